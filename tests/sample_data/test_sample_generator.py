"""The sample generator: determinism, the committed sample, counts, tables, command line."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sample_readers import (
    COMMITTED,
    REPO,
    SMALL_POSTS,
    Post,
    committed_posts,
    inbox_rows,
    mastodon_archives,
    read_csv,
    slack_messages,
    small_pair,
    tree_digests,
    x_archives,
)

import sample_data.generator.core as core
from sample_data.generator import generate
from sample_data.generator.archive_io import ZIP_TIME
from signals.ground.config import TRAITS

__all__ = ["committed_posts", "small_pair"]  # fixtures, used by name


def count_posts(root: Path) -> dict[str, int]:
    """Posts per format counted from the files themselves."""
    exports = root / "exports"
    x = 0
    for files in x_archives(exports).values():
        for name in ("data/tweets.js", "data/deleted-tweets.js"):
            x += len(json.loads(files[name].split("=", 1)[1]))
    mastodon = sum(
        len(json.loads(f["outbox.json"])["orderedItems"]) for f in mastodon_archives(exports).values()
    )
    slack = sum(1 for _ in slack_messages(exports))
    return {"x": x, "mastodon": mastodon, "slack": slack, "inbox": len(inbox_rows(exports))}


def test_same_seed_gives_identical_bytes(small_pair: tuple[Path, Path, int]) -> None:
    first, second, _ = small_pair
    files_a = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert files_a == files_b
    assert len(files_a) > 100
    different = [str(f) for f in files_a if (first / f).read_bytes() != (second / f).read_bytes()]
    assert not different, f"generated twice with the same seed, these files differ: {different[:10]}"


def test_another_seed_gives_other_content(small_pair: tuple[Path, Path, int], tmp_path: Path) -> None:
    first, _, _ = small_pair
    generate(tmp_path, posts=SMALL_POSTS, seed=7)
    assert (tmp_path / "exports/inbox/social_inbox.csv").read_bytes() != (
        first / "exports/inbox/social_inbox.csv"
    ).read_bytes()
    assert (tmp_path / "latent_traits.csv").read_bytes() == (first / "latent_traits.csv").read_bytes(), (
        "the designed cast does not depend on the seed"
    )


def test_second_process_path_writes_the_same_bytes(
    small_pair: tuple[Path, Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big samples generate Slack and write X archives in other processes; the output must not change."""
    first, _, _ = small_pair
    monkeypatch.setattr(core, "PARALLEL_FROM", 0)
    generate(tmp_path, posts=SMALL_POSTS)
    assert tree_digests(tmp_path) == tree_digests(first)


def test_committed_sample_is_a_fresh_generation(tmp_path: Path) -> None:
    summary = generate(tmp_path / "riverton", posts=15000)
    fresh, committed = tree_digests(tmp_path / "riverton"), tree_digests(COMMITTED)
    assert sorted(fresh) == sorted(committed), (
        "files differ: regenerate with python -m sample_data.generator sample_data/riverton"
    )
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, (
        f"sample_data/riverton was edited or is stale ({changed[:5]}); regenerate it with "
        "`python -m sample_data.generator sample_data/riverton`"
    )
    assert count_posts(COMMITTED) == summary.counts


def test_post_counts_are_near_the_target(small_pair: tuple[Path, Path, int]) -> None:
    first, _, total = small_pair
    counted = count_posts(first)
    assert sum(counted.values()) == total
    assert abs(total - SMALL_POSTS) <= 0.1 * SMALL_POSTS
    committed = count_posts(COMMITTED)
    assert abs(sum(committed.values()) - 15000) <= 1500, committed
    assert all(n > 0.05 * 15000 for n in committed.values()), committed


def test_committed_sample_is_small() -> None:
    size = sum(p.stat().st_size for p in COMMITTED.rglob("*") if p.is_file())
    assert size < 10_000_000, f"{size / 1e6:.1f} MB"


def test_tables_have_the_contract_columns() -> None:
    roster = read_csv(COMMITTED / "roster.csv")
    assert list(roster[0]) == [
        "person_id",
        "display_name",
        "platform",
        "account",
        "signature",
        "team",
        "timezone",
        "work_hours",
        "workdays",
        "consent",
    ]
    people = {r["person_id"] for r in roster}
    staff = {r["person_id"] for r in roster if r["consent"] == "yes"}
    assert len(people) == 19 and len(staff) == 18
    assert {r["consent"] for r in roster} == {"yes", "no"}
    assert {r["platform"] for r in roster} == {"x", "mastodon", "slack", "inbox"}
    assert {r["timezone"] for r in roster} == {"America/Chicago", "America/New_York", "Europe/London"}
    assert sum(r["timezone"] == "Europe/London" for r in roster if r["platform"] == "slack") == 1
    signatures = [r["signature"] for r in roster if r["signature"]]
    assert len(signatures) == len(set(signatures)) >= 10
    assert all(s.startswith("^") for s in signatures)

    ratings = read_csv(COMMITTED / "ratings.csv")
    assert list(ratings[0]) == ["person_id", "trait", "rating"]
    assert {r["person_id"] for r in ratings} == staff, "ratings only for consenting staff"
    assert len(ratings) == 18 * len(TRAITS)
    assert {r["rating"] for r in ratings} <= {"1", "2", "3", "4", "5"}

    latent = read_csv(COMMITTED / "latent_traits.csv")
    assert list(latent[0]) == ["person_id", "trait", "level"]
    assert len(latent) == 19 * len(TRAITS) and {r["trait"] for r in latent} == set(TRAITS)
    assert all(0.0 <= float(r["level"]) <= 1.0 for r in latent)
    org = json.loads((COMMITTED / "org.json").read_text("utf-8"))
    assert set(org) == {"name", "mission_terms"} and "riders" in org["mission_terms"]


def test_ratings_follow_the_latent_levels() -> None:
    level = {
        (r["person_id"], r["trait"]): float(r["level"]) for r in read_csv(COMMITTED / "latent_traits.csv")
    }
    pairs = [
        (level[(r["person_id"], r["trait"])], int(r["rating"])) for r in read_csv(COMMITTED / "ratings.csv")
    ]
    high = [rating for lv, rating in pairs if lv >= 0.8]
    low = [rating for lv, rating in pairs if lv <= 0.2]
    assert sum(high) / len(high) >= 4.0 and sum(low) / len(low) <= 2.0


def test_every_exported_account_is_in_the_roster(committed_posts: list[Post]) -> None:
    roster = read_csv(COMMITTED / "roster.csv")
    accounts = {(r["platform"], r["account"]) for r in roster}
    exports = COMMITTED / "exports"
    for handle in x_archives(exports):
        assert ("x", handle) in accounts
    slack_users = json.loads((exports / "slack/users.json").read_text("utf-8"))
    for user in slack_users:
        assert user["is_bot"] or ("slack", user["name"]) in accounts, user["name"]
    contractor = next(r for r in roster if r["consent"] == "no")
    assert [r["platform"] for r in roster if r["person_id"] == contractor["person_id"]] == ["slack"]
    assert sum(p.person == contractor["person_id"] for p in committed_posts) >= 20, (
        "the contractor's messages exist"
    )
    inbox_accounts = {r["account"] for r in inbox_rows(exports) if not r["account"].isdigit()}
    assert inbox_accounts <= {a for p, a in accounts if p == "inbox"}


def test_archives_have_fixed_metadata() -> None:
    zips = list((COMMITTED / "exports/x").glob("*.zip"))
    assert len(zips) == 1
    with zipfile.ZipFile(zips[0]) as archive:
        infos = archive.infolist()
    assert all(i.date_time == ZIP_TIME for i in infos)
    assert "data/tweets.js" in [i.filename for i in infos]
    assert len(list((COMMITTED / "exports/mastodon").glob("*.tar.gz"))) == 1


def test_command_line(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "sample_data.generator"]
    helped = subprocess.run([*run, "--help"], capture_output=True, text=True, cwd=REPO, check=False)
    assert helped.returncode == 0 and "--posts" in helped.stdout and "--seed" in helped.stdout
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    refused = subprocess.run(
        [*run, str(tmp_path), "--posts", "500"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert refused.returncode == 2 and "notes.txt" in refused.stderr
    assert (tmp_path / "notes.txt").read_text("utf-8") == "mine"
    made = subprocess.run(
        [*run, str(tmp_path / "org"), "--posts", "500", "--seed", "3"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "org/roster.csv").exists() and "Generated" in made.stderr
