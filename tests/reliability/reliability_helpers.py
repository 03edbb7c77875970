"""Shared helpers for the reliability tests: fixture paths, mutations of export files, outcome checks.

(A plain module, not conftest.py, so test files import it by a name no other test folder uses.)
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from datetime import UTC
from pathlib import Path
from typing import Any

from collectors import registry
from signals.ground.errors import InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MILAHU = FIXTURES / "x_archive" / "milahu104"
ALICE = FIXTURES / "mastodon" / "alice_archive"
SLACK_MODERN = FIXTURES / "slack" / "modern_synthetic"
HELPDESK_CSV = FIXTURES / "generic" / "helpdesk_replies.csv"

# How many cases each test tried, by (collector, mutation, outcome); printed at the end of a run.
CASES: Counter[tuple[str, str, str]] = Counter()

_YTD_RE = re.compile(rb"^\s*window\.YTD\.[\w.]+\s*=\s*")
TIME_KEYS = re.compile(r"(created_at|published|updated|ts|thread_ts|date|time|edited)", re.I)
WRONG_VALUES: tuple[Any, ...] = (
    None,
    0,
    -1,
    2**70,
    -(2**63),
    1.5,
    1e308,
    True,
    False,
    "",
    "x",
    "\u0000",
    [],
    {},
    [1, "a"],
    {"a": {"b": 1}},
)
BAD_TIMES: tuple[Any, ...] = (
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "2023-02-30T00:00:00Z",
    "-1",
    "1e400",
    "nan",
    "",
    "Fri Jan 01 00:00:00 +0000 99999",
    "Mon Feb 30 25:61:61 +9999 2020",
    "99999999999999999999",
    "-99999999999.000001",
    "1454884927.000002.3",
    1e308,
    -(2**63),
    2**80,
    0,
    -1,
    float("nan"),
)


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (or of `root` itself when it is a file)."""
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def copy_fixture(src: Path, dest_dir: Path) -> Path:
    """A private copy of a fixture folder or file (so mutations never touch the originals)."""
    target = dest_dir / src.name
    if src.is_dir():
        shutil.copytree(src, target, ignore=shutil.ignore_patterns("SOURCE.txt", "LICENSE*", "*.zip"))
    else:
        shutil.copy2(src, target)
    return target


def split_js(data: bytes) -> tuple[bytes, bytes]:
    """(prefix, JSON body) of an X archive `window.YTD.x.part0 = [...]` file; prefix empty for JSON."""
    match = _YTD_RE.match(data)
    return (data[: match.end()], data[match.end() :]) if match else (b"", data)


def json_slots(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every (container path + key) of a parsed JSON document, in document order."""
    slots: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            slots.append((*path, key))
            slots.extend(json_slots(item, (*path, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            slots.append((*path, i))
            slots.extend(json_slots(item, (*path, i)))
    return slots


def set_slot(doc: Any, slot: tuple[Any, ...], value: Any, *, delete: bool = False) -> None:
    container = doc
    for key in slot[:-1]:
        container = container[key]
    if delete:
        del container[slot[-1]]
    else:
        container[slot[-1]] = value


def outcome(path: Path, fmt: str | None) -> str:
    """Collect `path`; 'ok' (with the accounting checked) or 'input_error'. Anything else propagates."""
    try:
        coll = registry.collect(path, format=fmt)
    except InputError as exc:
        message = str(exc)
        assert message.strip(), "an InputError must say what is wrong"
        assert exc.path, f"the InputError must name the file: {message}"
        assert path.name in message, f"the InputError must name the input {path.name}: {message}"
        assert "Traceback" not in message
        return "input_error"
    src = coll.sources
    assert (src["records_read"] == src["posts"] + src["rejects"] + src["excluded"]).all(), src
    assert int(src["posts"].sum()) == len(coll.posts)
    assert int(src["rejects"].sum()) == len(coll.rejects)
    assert coll.posts["post_id"].is_unique
    assert all(isinstance(r, str) and r for r in coll.rejects["reason"]), "every reject has a reason"
    return "rejects" if len(coll.rejects) else "ok"


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


SECRET_WORD = "Zanzibarquokka"  # only the person without consent ever writes this


def small_org(dest: Path, *, posts: int = 120) -> tuple[Path, Path]:
    """A small generic-CSV organization: posts.csv (staff + citizens, with replies) and roster.csv."""
    from datetime import datetime, timedelta

    dest.mkdir(parents=True, exist_ok=True)
    start = datetime(2024, 3, 4, 8, 0, tzinfo=UTC)
    staff = ["ana_k", "ben_r", "cleo_s"]
    lines = [
        "Sorry, that was my mistake, fixed now. Thanks @ana_k for spotting it!",
        "We love what our library does for the town; come to the story hour!",
        "I don't know, but I'll ask our events team and get back to you today.",
        "Our quarterly KPI synergy deliverables are aligned with stakeholder value.",
        "Great idea, let's try a live Q&A with the team this Friday.",
    ]
    rows = []
    for i in range(posts):
        t = start + timedelta(minutes=37 * i)
        citizen = f"citizen{i % 7}"
        rows.append(
            {
                "post_id": f"q{i}",
                "account": citizen,
                "created_at": t.isoformat(),
                "text": f"@{staff[i % 3]} question {i}: is the library open late? call 555-123-4567",
                "reply_to_id": "",
                "reply_to_account": "",
                "kind": "post",
            }
        )
        author = staff[i % 3]
        text = lines[i % len(lines)]
        if author == "cleo_s":
            text = f"{SECRET_WORD} says: {text}"
        rows.append(
            {
                "post_id": f"r{i}",
                "account": author,
                "created_at": (t + timedelta(minutes=5 + i % 50)).isoformat(),
                "text": text,
                "reply_to_id": f"q{i}",
                "reply_to_account": citizen,
                "kind": "reply",
            }
        )
    roster = (
        "person_id,display_name,platform,account,consent\n"
        "ana,Ana Klein,,ana_k,yes\nben,Ben Ruiz,,ben_r,yes\ncleo,Cleo Stone,,cleo_s,no\n"
    )
    return write_org(dest, rows, roster)


def write_org(dest: Path, rows: list[dict[str, str]], roster: str) -> tuple[Path, Path]:
    """`rows` as the generic posts file dest/posts.csv and `roster` as dest/roster.csv."""
    import csv as _csv

    posts_csv = dest / "posts.csv"
    with posts_csv.open("w", newline="", encoding="utf-8") as handle:
        writer = _csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (dest / "roster.csv").write_text(roster, encoding="utf-8")
    return posts_csv, dest / "roster.csv"


def run_cli(*args: str, timeout: float = 300) -> Any:
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "signals", *args], capture_output=True, text=True, timeout=timeout
    )
