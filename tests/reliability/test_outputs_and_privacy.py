"""Outputs survive a killed run, are byte-identical across runs; consent, pseudonyms and `forget`."""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from reliability_helpers import SECRET_WORD, run_cli, small_org

from signals.outputs import CSV_OUTPUTS, KEY_FILE, PSEUDONYM_PREFIX, write_outputs
from signals.pipeline import analyze

PERSON_TABLES = ("staff_posts", "replies", "person_features", "feature_evidence", "scores", "evidence")


def _hashes(out: Path) -> dict[str, str]:
    return {
        name: hashlib.sha256((out / name).read_bytes()).hexdigest()
        for name in [*CSV_OUTPUTS, "report.html"]
        if (out / name).exists()
    }


def _posts_in_db(out: Path) -> int:
    con = duckdb.connect(str(out / "signals.duckdb"), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM posts").fetchone()
        return int(row[0]) if row else -1
    finally:
        con.close()


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return small_org(tmp_path_factory.mktemp("org"), posts=60)


@pytest.fixture(scope="module")
def run_dir(org: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    write_outputs(analyze([org[0]], roster=org[1], bootstrap=3), out)
    return out


def test_killed_runs_leave_previous_outputs_whole_and_a_rerun_completes(tmp_path: Path) -> None:
    posts_csv, roster = small_org(tmp_path / "org", posts=40)
    out = tmp_path / "out"
    args = ["run", str(posts_csv), "--roster", str(roster), "--out", str(out), "--bootstrap", "3"]
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    previous, previous_posts = _hashes(out), _posts_in_db(out)
    assert len(previous) == len(CSV_OUTPUTS) + 1
    small_org(tmp_path / "org", posts=55)  # new content: the next complete run differs
    delays = (0.3, 1.5, 3.0, 5.0, 8.0)
    states = []
    for delay in delays:
        proc = subprocess.Popen(
            [sys.executable, "-m", "signals", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        states.append((delay, _hashes(out), _posts_in_db(out)))
    rerun = run_cli(*args)
    assert rerun.returncode == 0, rerun.stderr
    new, new_posts = _hashes(out), _posts_in_db(out)
    assert new_posts == 110 and previous_posts == 80
    for delay, hashes, n_posts in states:
        for name, digest in hashes.items():
            assert digest in (previous[name], new[name]), (
                f"{name} is neither version after a kill at {delay}s"
            )
        assert set(hashes) == set(previous), f"an output vanished after a kill at {delay}s"
        assert n_posts in (previous_posts, new_posts)
    assert not list(out.glob(".*.part*")), "the rerun cleans what killed runs left"


def test_two_runs_give_byte_identical_scores_and_evidence(
    org: tuple[Path, Path], run_dir: Path, tmp_path: Path
) -> None:
    write_outputs(analyze([org[0]], roster=org[1], bootstrap=3), tmp_path / "again")
    for name in ("scores.csv", "evidence.csv", "person_features.csv", "replies.csv"):
        assert (run_dir / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def test_ingesting_the_same_export_twice_adds_nothing(org: tuple[Path, Path], tmp_path: Path) -> None:
    copy = tmp_path / "again.csv"
    shutil.copyfile(org[0], copy)
    once = analyze([org[0]], roster=org[1], bootstrap=3)
    twice = analyze([org[0], copy], roster=org[1], bootstrap=3)
    assert len(twice.posts) == len(once.posts)
    assert twice.summary["records_read"] == 2 * once.summary["records_read"]
    assert twice.summary["excluded"] == once.summary["excluded"] + len(once.posts)
    pd.testing.assert_frame_equal(twice.scores, once.scores)
    pd.testing.assert_frame_equal(twice.evidence, once.evidence)


def test_people_without_consent_are_not_scored_and_their_text_never_shows(run_dir: Path) -> None:
    scores = pd.read_csv(run_dir / "scores.csv")
    assert set(scores["person_id"]) == {"ana", "ben"}
    assert SECRET_WORD not in (run_dir / "report.html").read_text(encoding="utf-8")
    assert SECRET_WORD not in (run_dir / "evidence.csv").read_text(encoding="utf-8")
    con = duckdb.connect(str(run_dir / "signals.duckdb"), read_only=True)
    try:
        # their posts are counted in the workspace, their words are not kept
        theirs = "SELECT count(*), count(text) FROM posts WHERE account = 'cleo_s'"
        assert con.execute(theirs).fetchone() == (20, 0)
        assert con.execute(f"SELECT count(*) FROM posts WHERE text LIKE '%{SECRET_WORD}%'").fetchone() == (0,)
        for table in PERSON_TABLES:
            frame = con.execute(f'SELECT * FROM "{table}"').fetchdf()
            assert "cleo" not in set(frame.get("person_id", [])), table
            text = frame.astype(str).to_csv()
            assert SECRET_WORD not in text and "cleo_s" not in text, table
    finally:
        con.close()


def test_non_staff_accounts_are_pseudonymized_with_a_stable_keyed_hash(
    org: tuple[Path, Path], run_dir: Path, tmp_path: Path
) -> None:
    con = duckdb.connect(str(run_dir / "signals.duckdb"), read_only=True)
    try:
        accounts = {r[0] for r in con.execute("SELECT account FROM posts").fetchall()}
        replied = {r[0] for r in con.execute("SELECT reply_to_account FROM posts").fetchall()} - {None}
        inbound = {r[0] for r in con.execute("SELECT inbound_account FROM replies").fetchall()}
    finally:
        con.close()
    assert {"ana_k", "ben_r", "cleo_s"} <= accounts
    citizens = accounts - {"ana_k", "ben_r", "cleo_s"}
    assert len(citizens) == 7 and all(a.startswith(PSEUDONYM_PREFIX) for a in citizens)
    assert replied == citizens and inbound <= citizens
    assert not any("citizen" in a for a in accounts | replied | inbound)
    assert len((run_dir / KEY_FILE).read_bytes()) == 32
    # a rerun into the same folder reuses the key: same pseudonyms; another folder: different ones
    result = analyze([org[0]], roster=org[1], bootstrap=3)
    shutil.copyfile(run_dir / KEY_FILE, tmp_path / "k")
    for out in (tmp_path / "same", tmp_path / "other"):
        out.mkdir()
        if out.name == "same":
            shutil.copyfile(tmp_path / "k", out / KEY_FILE)
        write_outputs(result, out)
        con = duckdb.connect(str(out / "signals.duckdb"), read_only=True)
        again = {r[0] for r in con.execute("SELECT account FROM posts").fetchall()}
        con.close()
        assert (again == accounts) == (out.name == "same")


def test_forget_erases_a_person_everywhere_and_keeps_the_rest(run_dir: Path, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(run_dir, ws)
    before = {n: (ws / n).read_text(encoding="utf-8") for n in CSV_OUTPUTS}
    proc = run_cli("forget", "ana", "--workspace", str(ws))
    assert proc.returncode == 0, proc.stderr
    assert "scores: 11 rows removed" in proc.stdout and "posts: 20 rows removed" in proc.stdout, proc.stdout
    con = duckdb.connect(str(ws / "signals.duckdb"), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SHOW TABLES").fetchall()]
        for table in tables:
            frame = con.execute(f'SELECT * FROM "{table}"').fetchdf()
            if "person_id" in frame:
                assert "ana" not in set(frame["person_id"]), table
            if "account" in frame:
                assert "ana_k" not in set(frame["account"]), table
        assert con.execute("SELECT count(*) FROM scores WHERE person_id = 'ben'").fetchone() == (11,)
    finally:
        con.close()
    for name in CSV_OUTPUTS:
        after = (ws / name).read_text(encoding="utf-8")
        assert ",ana," not in after and not after.count("\nana,"), name
        kept = [line for line in before[name].splitlines(keepends=True) if not line.startswith("ana,")]
        assert after == "".join(kept), f"{name}: other rows must be kept byte for byte"
    assert not (ws / "report.html").exists()
    again = run_cli("forget", "ana", "--workspace", str(ws))
    assert again.returncode == 0 and "Nothing" in again.stdout


def test_forget_without_a_workspace_is_a_usage_error(tmp_path: Path) -> None:
    proc = run_cli("forget", "ana", "--workspace", str(tmp_path))
    assert proc.returncode == 2 and "signals.duckdb" in proc.stderr and "Traceback" not in proc.stderr
