"""Small independent readers of the generated sample, for the sample_data tests.

They read the files the way a first-time user would (plain json/csv/zipfile/tarfile), not through
the project's collectors, so the tests check the generator's output rather than a collector.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sample_data.generator import generate

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "sample_data" / "riverton"
SMALL_POSTS = 2000
ARCHIVE_SUFFIXES = (".zip", ".gz")


def load_js(text: str) -> Any:
    """The JSON of an X archive `data/*.js` file: everything from the first `[` or `{` after `=`."""
    body = text.split("=", 1)[1]
    return json.loads(body)


def x_archives(exports: Path) -> dict[str, dict[str, str]]:
    """Handle -> {path inside the archive: text}, for folders and zips alike."""
    out: dict[str, dict[str, str]] = {}
    for entry in sorted((exports / "x").iterdir()):
        if entry.suffix == ".zip":
            with zipfile.ZipFile(entry) as archive:
                out[entry.stem] = {n: archive.read(n).decode() for n in archive.namelist()}
        else:
            out[entry.name] = {
                str(f.relative_to(entry)): f.read_text("utf-8") for f in entry.rglob("*") if f.is_file()
            }
    return out


def mastodon_archives(exports: Path) -> dict[str, dict[str, str]]:
    """User -> {file name: text}, for folders and tar.gz alike."""
    out: dict[str, dict[str, str]] = {}
    for entry in sorted((exports / "mastodon").iterdir()):
        if entry.name.endswith(".tar.gz"):
            with tarfile.open(entry, "r:gz") as tar:
                files = {}
                for member in tar.getmembers():
                    handle = tar.extractfile(member)
                    assert handle is not None
                    files[member.name] = handle.read().decode()
            out[entry.name.removesuffix(".tar.gz")] = files
        else:
            out[entry.name] = {f.name: f.read_text("utf-8") for f in entry.iterdir()}
    return out


def slack_messages(exports: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(channel, day-file date, message) for every message of every day file."""
    for day_file in sorted((exports / "slack").glob("*/*.json")):
        for message in json.loads(day_file.read_text("utf-8")):
            yield day_file.parent.name, day_file.stem, message


def inbox_rows(exports: Path) -> list[dict[str, str]]:
    with (exports / "inbox" / "social_inbox.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass
class Post:
    """One authored text with who wrote it (person_id, or '' for riders and outsiders)."""

    person: str
    source: str
    text: str
    kind: str = "post"
    extra: dict[str, Any] = field(default_factory=dict)


_TAG_RE = re.compile(r"<[^>]+>")


def authored_posts(root: Path) -> list[Post]:
    """Every authored text of the sample, attributed through roster.csv (system messages left out)."""
    roster = read_csv(root / "roster.csv")
    owner = {(r["platform"], r["account"]): r["person_id"] for r in roster}
    signatures = {r["signature"]: r["person_id"] for r in roster if r["signature"]}
    exports = root / "exports"
    posts: list[Post] = []
    for handle, files in x_archives(exports).items():
        for item in load_js(files["data/tweets.js"]):
            tweet = item["tweet"]
            text = tweet["full_text"]
            kind = (
                "repost"
                if text.startswith("RT @")
                else "reply"
                if "in_reply_to_user_id_str" in tweet
                else "post"
            )
            posts.append(Post(owner[("x", handle)], "x", text, kind, tweet))
    for files in mastodon_archives(exports).values():
        actor = json.loads(files["actor.json"])
        person = owner[("mastodon", f"{actor['preferredUsername']}@{actor['id'].split('/')[2]}")]
        for item in json.loads(files["outbox.json"])["orderedItems"]:
            if item["type"] == "Create":
                text = _TAG_RE.sub("", item["object"]["content"]).replace("&#39;", "'").replace("&amp;", "&")
                kind = "reply" if item["object"]["inReplyTo"] else "post"
                posts.append(Post(person, "mastodon", text, kind, item))
            else:
                posts.append(Post(person, "mastodon", "", "repost", item))
    users = {u["id"]: u["name"] for u in json.loads((exports / "slack" / "users.json").read_text("utf-8"))}
    for channel, day, message in slack_messages(exports):
        if message.get("subtype") in ("channel_join", "bot_message"):
            continue
        person = owner.get(("slack", users.get(message.get("user", ""), "")), "")
        kind = "reply" if "parent_user_id" in message else "message"
        posts.append(
            Post(person, "slack", message["text"], kind, {"channel": channel, "day": day, **message})
        )
    for row in inbox_rows(exports):
        if row["account"] == "RivertonTransit":
            person = signatures.get(row["text"].rsplit(" ", 1)[-1], "")
        else:
            person = owner.get(("inbox", row["account"]), "")
        posts.append(Post(person, "inbox", row["text"], row["kind"], row))
    return posts


def tree_digests(root: Path) -> dict[str, str]:
    """Relative path -> sha256; a zip or tar.gz is digested by its member names and contents, so the
    comparison does not depend on the zlib build that compressed it."""
    out: dict[str, str] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = str(path.relative_to(root))
        digest = hashlib.sha256()
        if path.suffix in ARCHIVE_SUFFIXES:
            members = _archive_members(path)
            for name in sorted(members):
                digest.update(name.encode() + b"\0" + members[name] + b"\0")
        else:
            digest.update(path.read_bytes())
        out[rel] = digest.hexdigest()
    return out


def _archive_members(path: Path) -> dict[str, bytes]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    with tarfile.open(path, "r:gz") as tar:
        out = {}
        for member in tar.getmembers():
            handle = tar.extractfile(member)
            assert handle is not None
            out[member.name] = handle.read()
        return out


@pytest.fixture(scope="session")
def small_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """The same small sample generated twice (same seed) in two directories, and its post count."""
    first, second = tmp_path_factory.mktemp("gen_a"), tmp_path_factory.mktemp("gen_b")
    summary = generate(first, posts=SMALL_POSTS)
    generate(second, posts=SMALL_POSTS)
    return first, second, summary.total_posts


@pytest.fixture(scope="session")
def committed_posts() -> list[Post]:
    return authored_posts(COMMITTED)
