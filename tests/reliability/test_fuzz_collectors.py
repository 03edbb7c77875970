"""Property and fuzz tests: mutated real exports give posts + rejects, or one clear InputError.

Every case starts from a real fixture (X archive, Mastodon outbox, Slack export, generic CSV and
JSONL), mutates one file (truncation, wrong encoding, BOMs, empty file, binary junk, a huge single
line, deeply nested JSON, a wrong type in a field, an out-of-range timestamp, a missing key) and
collects it through `collectors.registry.collect`, both with the format named and sniffed. The only
allowed outcomes are a Collection whose records-read equation holds, or an InputError naming the
file; any other exception fails the test. Hypothesis runs derandomized with a bounded number of
examples, so the run is deterministic.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import (
    ALICE,
    BAD_TIMES,
    CASES,
    HELPDESK_CSV,
    MILAHU,
    SLACK_MODERN,
    TIME_KEYS,
    WRONG_VALUES,
    copy_fixture,
    dumps,
    json_slots,
    outcome,
    set_slot,
    split_js,
)

FUZZ = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

RAW_MUTATIONS = ("truncate", "empty", "junk", "bom", "utf16", "latin1", "huge_line", "nul_bytes")
JSON_MUTATIONS = ("wrong_type", "bad_time", "drop_key", "deep_nest", "huge_string", "not_container")
CSV_MUTATIONS = ("cell_type", "cell_time", "ragged_row", "bad_quote", "drop_column")
HUGE = 2 * 1024 * 1024  # one 2 MiB line (no newline)


def _helpdesk_jsonl(dest: Path) -> Path:
    with HELPDESK_CSV.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    path = dest / "helpdesk.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# name, fixture (None: generated), files that may be mutated (relative), format
COLLECTORS: dict[str, tuple[Path | None, tuple[str, ...], str]] = {
    "x_archive": (
        MILAHU,
        (
            "data/tweets.js",
            "data/account.js",
            "data/note-tweet.js",
            "data/deleted-tweets.js",
            "data/account-timezone.js",
        ),
        "x_archive",
    ),
    "mastodon": (ALICE, ("outbox.json", "actor.json"), "mastodon"),
    "slack": (
        SLACK_MODERN,
        (
            "channels.json",
            "users.json",
            "dms.json",
            "general/2023-05-01.json",
            "general/2023-05-02.json",
            "support/2023-05-02.json",
        ),
        "slack",
    ),
    "generic_csv": (HELPDESK_CSV, ("",), "generic"),
    "generic_jsonl": (None, ("",), "generic"),
}


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Iterator[None]:
    yield
    total = sum(CASES.values())
    lines = [f"fuzz cases tried: {total}"]
    for (name, mutation, result), n in sorted(CASES.items()):
        lines.append(f"  {name:14} {mutation:14} {result:12} {n}")
    print("\n".join(lines))  # shown with `pytest -s`; the counts go in the README's Reliability section


def _mutate_raw(data: bytes, kind: str, draw: Any) -> bytes:
    if kind == "truncate":
        return data[: draw(st.integers(0, max(len(data) - 1, 0)))]
    if kind == "empty":
        return b""
    if kind == "junk":
        return draw(st.binary(min_size=1, max_size=512))
    if kind == "bom":
        return draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf" * 2])) + data
    if kind == "utf16":
        return data.decode("utf-8").encode(draw(st.sampled_from(["utf-16", "utf-16-be", "utf-32"])))
    if kind == "latin1":
        return data.decode("utf-8").encode("cp1252", errors="replace") + "café é".encode("latin-1")
    if kind == "huge_line":
        at = draw(st.integers(0, len(data)))
        return data[:at] + b"a" * HUGE + data[at:]
    if kind == "nul_bytes":
        at = draw(st.integers(0, len(data)))
        return data[:at] + b"\x00" * draw(st.integers(1, 64)) + data[at:]
    raise AssertionError(kind)


def _mutate_json(data: bytes, kind: str, draw: Any, *, jsonl: bool) -> bytes:
    if jsonl:
        lines = data.decode("utf-8").splitlines()
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = (
            _mutate_json(lines[i].encode("utf-8"), kind, draw, jsonl=False).decode("utf-8").replace("\n", " ")
        )
        return ("\n".join(lines) + "\n").encode("utf-8")
    prefix, body = split_js(data)
    doc = json.loads(body)
    slots = json_slots(doc)
    if kind == "not_container" or not slots:
        return prefix + dumps(draw(st.sampled_from(WRONG_VALUES)))
    if kind == "deep_nest":
        depth = draw(st.sampled_from([50, 1000, 100_000]))
        slot = draw(st.sampled_from(slots))
        text = dumps(doc).decode("utf-8")
        marker = "\u2603NEST\u2603"
        set_slot(doc, slot, marker)
        text = (
            dumps(doc)
            .decode("utf-8")
            .replace(json.dumps(marker, ensure_ascii=False), "[" * depth + "]" * depth)
        )
        return prefix + text.encode("utf-8")
    if kind == "bad_time":
        timed = [s for s in slots if isinstance(s[-1], str) and TIME_KEYS.search(s[-1])] or slots
        slot = draw(st.sampled_from(timed))
        set_slot(doc, slot, draw(st.sampled_from(BAD_TIMES)))
    elif kind == "drop_key":
        slot = draw(st.sampled_from(slots))
        set_slot(doc, slot, None, delete=True)
    elif kind == "huge_string":
        slot = draw(st.sampled_from(slots))
        set_slot(doc, slot, "w" * HUGE)
    else:  # wrong_type
        slot = draw(st.sampled_from(slots))
        set_slot(doc, slot, draw(st.sampled_from(WRONG_VALUES)))
    return prefix + dumps(doc)


def _mutate_csv(data: bytes, kind: str, draw: Any) -> bytes:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    r = draw(st.integers(0, len(body) - 1))
    c = draw(st.integers(0, len(header) - 1))
    if kind == "cell_type" and c < len(body[r]):
        body[r][c] = draw(
            st.sampled_from(
                [
                    "",
                    "null",
                    "[1,2]",
                    '{"a":1}',
                    "1e999",
                    "-0",
                    "=cmd|' /C calc'!A0",
                    "\u202e\u0000",
                    "x" * 5000,
                    "true",
                ]
            )
        )
    elif kind == "cell_time" and len(body[r]) == len(header):
        body[r][header.index("created_at")] = str(draw(st.sampled_from(BAD_TIMES)))
    elif kind == "ragged_row":
        body[r] = body[r][: draw(st.integers(0, len(body[r])))] + ["extra"] * draw(st.integers(0, 3))
    elif kind == "drop_column":
        header.pop(c)
    else:  # bad_quote
        out = data.decode("utf-8").splitlines(keepends=True)
        at = draw(st.integers(1, len(out) - 1))
        out[at] = '"' + out[at]
        return "".join(out).encode("utf-8")
    lines = [header, *body]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(lines)
    return buf.getvalue().encode("utf-8")


def _run_case(name: str, data_strategy: Any, *, sniffed: bool) -> None:
    draw = data_strategy.draw
    fixture, members, fmt = COLLECTORS[name]
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_fixture(fixture, Path(tmp)) if fixture is not None else _helpdesk_jsonl(Path(tmp))
        member = draw(st.sampled_from(members))
        target = root / member if member else root
        original = target.read_bytes()
        json_like = name != "generic_csv"
        kinds = RAW_MUTATIONS + (JSON_MUTATIONS if json_like else CSV_MUTATIONS)
        kind = draw(st.sampled_from(kinds))
        if kind in RAW_MUTATIONS:
            mutated = _mutate_raw(original, kind, draw)
        elif json_like:
            mutated = _mutate_json(original, kind, draw, jsonl=name == "generic_jsonl")
        else:
            mutated = _mutate_csv(original, kind, draw)
        target.write_bytes(mutated)
        result = outcome(root, None if sniffed else fmt)
        CASES[(name, kind, result)] += 1


@pytest.mark.parametrize("name", sorted(COLLECTORS))
@FUZZ
@given(data=st.data())
def test_mutated_export_gives_posts_and_rejects_or_one_input_error(name: str, data: Any) -> None:
    _run_case(name, data, sniffed=False)


@pytest.mark.parametrize("name", sorted(COLLECTORS))
@settings(FUZZ, max_examples=15)
@given(data=st.data())
def test_mutated_export_sniffed_gives_posts_and_rejects_or_one_input_error(name: str, data: Any) -> None:
    _run_case(name, data, sniffed=True)


@pytest.mark.parametrize("name", ["x_archive", "mastodon", "slack"])
def test_every_member_emptied_or_junked_is_handled(name: str, tmp_path: Path) -> None:
    """Exhaustive over files: each member of the export as 0 bytes, as binary junk, and truncated."""
    fixture, _members, fmt = COLLECTORS[name]
    assert fixture is not None
    files = sorted(
        p.relative_to(fixture)
        for p in fixture.rglob("*")
        if p.is_file() and p.name not in ("SOURCE.txt", "LICENSE", "LICENSE.txt") and p.suffix != ".zip"
    )
    for i, rel in enumerate(files):
        for kind, make in (
            ("empty", lambda d: b""),
            ("junk", lambda d: b"\x89PNG\r\n\x1a\n\xff\xfe\x00" * 9),
            ("half", lambda d: d[: len(d) // 2]),
        ):
            root = copy_fixture(fixture, tmp_path / f"{i}-{kind}")
            (root / rel).write_bytes(make((root / rel).read_bytes()))
            CASES[(name, f"each_{kind}", outcome(root, fmt))] += 1


def test_cli_reports_bad_input_with_exit_2_and_no_traceback(tmp_path: Path) -> None:
    """Through the real command line: one clear line, exit code 2, never a traceback."""
    tweets = copy_fixture(MILAHU, tmp_path / "x")
    (tweets / "data" / "tweets.js").write_bytes(b'window.YTD.tweets.part0 = [ {"tweet": ')
    junk_csv = tmp_path / "junk.csv"
    junk_csv.write_bytes(b"\xff\xfe\x00garbage\x80\x81")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for bad in (tweets, junk_csv, empty):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "signals",
                "run",
                str(bad),
                "--out",
                str(tmp_path / "out"),
                "--bootstrap",
                "0",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        CASES[("cli", bad.name, f"exit_{proc.returncode}")] += 1
        assert proc.returncode == 2, (bad, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
        assert bad.name in proc.stderr.replace("\n", ""), proc.stderr


def test_cli_run_where_every_record_is_rejected_is_a_clean_error(tmp_path: Path) -> None:
    nested = tmp_path / "nested.jsonl"
    nested.write_text('{"post_id": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "signals",
            "run",
            str(nested),
            "--out",
            str(tmp_path / "out"),
            "--bootstrap",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode in (0, 2), proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
