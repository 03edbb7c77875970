"""Property and fuzz tests for the collectors test_fuzz_collectors.py does not cover.

Bluesky (.car bytes: truncation, flipped bytes, spliced and pure junk), TWCS (CSV mutations: bad
cells, float ids, ragged rows, stray quotes, encodings, BOMs, 0 bytes), LinkedIn (Shares.csv,
Comments.csv, Profile.csv, Connections.csv), Facebook and Instagram (JSON mutations: a wrong type in
any field, deep nesting, mojibake, truncation) and Discord (the JSON package and the legacy CSV
one). Every case mutates one file of a real fixture and collects it through
`collectors.registry.collect`; the only allowed outcomes are a Collection whose records-read
equation holds, or one InputError naming the input (see `reliability_helpers.outcome`). The
mutations, settings and case counter are the ones of test_fuzz_collectors.py, imported.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import libipld
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reliability_helpers import (
    CASES,
    FIXTURES,
    WRONG_VALUES,
    copy_fixture,
    dumps,
    json_slots,
    outcome,
    set_slot,
    split_js,
)
from test_fuzz_collectors import (  # noqa: F401 - _report_counts prints the case table (pytest -s)
    CSV_MUTATIONS,
    FUZZ,
    JSON_MUTATIONS,
    RAW_MUTATIONS,
    _mutate_csv,
    _mutate_json,
    _mutate_raw,
    _report_counts,
)

BLUESKY = FIXTURES / "bluesky"
META = FIXTURES / "meta"
LINKEDIN = FIXTURES / "linkedin" / "Basic_LinkedInDataExport_07-01-2025"
DISCORD = FIXTURES / "discord"

CAR_MUTATIONS = (
    "cbor_field",
    "cbor_field",
    "truncate",
    "empty",
    "junk",
    "flip",
    "splice",
    "append",
    "bom",
    "nul_bytes",
    "huge_line",
)
CSV_MORE = ("float_id", "time_cell", "stray_quote", "encoding")
JSON_MORE = ("mojibake", "truncate_json", "wrap")
FLOAT_IDS = ("1.55162E+05", "3.0", "1e999", "nan", "-0.0", "1,55,157", "inf", "0x1F", " 12 ", "1_000")
MOJIBAKE = (
    "Caf\u00c3\u00a9",
    "\u00f0\u009f\u008e",
    "\u00c3",
    "\u00e2\u0080\u0099s",
    "\udcff".encode("utf-8", "surrogatepass").decode("latin-1"),
    "\ufffd\u0000\u202e",
)


def _files(root: Path) -> tuple[str, ...]:
    return tuple(sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()))


# name -> (fixtures, format); each case picks a fixture and one of its files to mutate
COLLECTORS: dict[str, tuple[tuple[Path, ...], str]] = {
    "bluesky": (tuple(sorted(BLUESKY.glob("*.car"))), "bluesky"),
    "twcs": ((FIXTURES / "twcs" / "twcs_excel.csv", FIXTURES / "twcs" / "twcs_pandas.csv"), "twcs"),
    "linkedin": ((LINKEDIN,), "linkedin"),
    "facebook": (tuple(META.glob("facebook-*")), "facebook"),
    "instagram": (tuple(META.glob("instagram-*")), "instagram"),
    "discord": ((DISCORD / "package", DISCORD / "package_2020"), "discord"),
}


def _utf8(data: bytes) -> tuple[bytes, str]:
    """The bytes as UTF-8 plus the encoding to write them back in (Excel exports are cp1252)."""
    try:
        data.decode("utf-8")
        return data, "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace").encode("utf-8"), "cp1252"


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def _uvarint(value: int) -> bytes:
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        out.append(low | 0x80 if value else low)
        if not value:
            return bytes(out)


def _cbor_field(data: bytes, draw: Any) -> bytes:
    """A well-framed CAR in which one field of one block (commit, tree node, record) has a wrong value."""
    size, at = _varint(data, 0)
    head, blocks = data[: at + size], []
    at += size
    while at < len(data):
        size, start = _varint(data, at)
        blocks.append(data[start : start + size])
        at = start + size
    i = draw(st.integers(0, len(blocks) - 1))
    cid_len = 36  # CIDv1, dag-cbor, sha2-256: 1 + 1 + 1 + 1 + 32 bytes
    cid, body = blocks[i][:cid_len], blocks[i][cid_len:]
    try:
        doc = libipld.decode_dag_cbor(body)
    except ValueError:  # not a dag-cbor block (a raw blob): leave the file as it is
        return data
    slots = json_slots(doc)
    if slots:
        value = draw(st.sampled_from([v for v in WRONG_VALUES if not (isinstance(v, int) and v > 2**64)]))
        set_slot(doc, draw(st.sampled_from(slots)), value)
        blocks[i] = cid + libipld.encode_dag_cbor(doc)
    return head + b"".join(_uvarint(len(b)) + b for b in blocks)


def _mutate_car(data: bytes, kind: str, draw: Any) -> bytes:
    if kind == "cbor_field":
        return _cbor_field(data, draw)
    if kind == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 16))):
            at = draw(st.integers(0, len(out) - 1))
            out[at] ^= draw(st.integers(1, 255))
        return bytes(out)
    if kind == "splice":
        at = draw(st.integers(0, len(data)))
        cut = draw(st.integers(0, 64))
        return data[:at] + draw(st.binary(min_size=0, max_size=64)) + data[at + cut :]
    if kind == "append":
        return data + draw(st.binary(min_size=1, max_size=256))
    if kind == "truncate":  # bias toward the header and block boundaries, not just anywhere
        return data[: draw(st.one_of(st.integers(0, 80), st.integers(0, max(len(data) - 1, 0))))]
    return _mutate_raw(data, kind, draw)


def _mutate_csv_more(data: bytes, kind: str, draw: Any) -> bytes:
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if kind == "encoding":
        return text.encode(
            draw(st.sampled_from(["cp1252", "latin-1", "utf-16", "utf-8-sig", "mac_roman"])), errors="replace"
        )
    if kind == "stray_quote":
        lines = text.splitlines(keepends=True)
        at = draw(st.integers(0, len(lines) - 1))
        pos = draw(st.integers(0, len(lines[at])))
        lines[at] = lines[at][:pos] + draw(st.sampled_from(['"', '""', '\\"', "'", '"\n'])) + lines[at][pos:]
        return "".join(lines).encode("utf-8")
    if len(rows) < 2:
        return data
    header = [h.strip().lower() for h in rows[0]]
    wanted = ("id", "tweet_id", "response_tweet_id", "in_response_to_tweet_id", "link", "sharelink")
    if kind == "time_cell":
        wanted = ("created_at", "date", "timestamp")
    cols = [i for i, h in enumerate(header) if h in wanted] or list(range(len(header)))
    r = draw(st.integers(1, len(rows) - 1))
    c = draw(st.sampled_from(cols))
    if c < len(rows[r]):
        if kind == "time_cell":
            rows[r][c] = draw(
                st.sampled_from(
                    [
                        "9999-12-31 23:59:59",
                        "0000-00-00 00:00:00",
                        "2023-02-30 00:00:00",
                        "1e400",
                        "nan",
                        "",
                        "-1",
                        "2025-07-01T25:61:61+99:00",
                        "Fri Jan 01 00:00:00 +0000 99999",
                        "yesterday",
                    ]
                )
            )
        else:  # float_id
            rows[r][c] = draw(st.sampled_from(FLOAT_IDS))
    buf = io.StringIO()
    csv.writer(buf, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))).writerows(rows)
    return buf.getvalue().encode("utf-8")


def _mutate_json_more(data: bytes, kind: str, draw: Any) -> bytes:
    if kind == "truncate_json":
        return data[: draw(st.integers(0, max(len(data) - 1, 0)))]
    prefix, body = split_js(data)
    doc = json.loads(body)
    if kind == "wrap":
        return prefix + dumps(draw(st.sampled_from([[doc], {"data": doc}, [doc, doc], {"messages": doc}])))
    strings = [s for s in json_slots(doc) if isinstance(_get(doc, s), str)]
    if not strings:
        return data
    set_slot(doc, draw(st.sampled_from(strings)), draw(st.sampled_from(MOJIBAKE)))
    return prefix + dumps(doc)


def _get(doc: Any, slot: tuple[Any, ...]) -> Any:
    for key in slot:
        doc = doc[key]
    return doc


def _mutate(name: str, member: str, data: bytes, draw: Any) -> tuple[str, bytes]:
    if name == "bluesky":
        kind = draw(st.sampled_from(CAR_MUTATIONS))
        return kind, _mutate_car(data, kind, draw)
    utf8, encoding = _utf8(data)
    is_csv = member.endswith(".csv") or (not member and name == "twcs")
    if member.endswith(".txt"):
        extra: tuple[str, ...] = ()
    elif is_csv:
        extra = CSV_MUTATIONS + CSV_MORE
    else:
        extra = JSON_MUTATIONS + JSON_MORE
    kind = draw(st.sampled_from(RAW_MUTATIONS + extra))
    if kind in RAW_MUTATIONS:
        if kind in ("utf16", "latin1") and encoding != "utf-8":
            return kind, _mutate_raw(utf8, kind, draw)
        return kind, _mutate_raw(data, kind, draw)
    if kind in CSV_MORE:
        out = _mutate_csv_more(utf8, kind, draw)
    elif kind in JSON_MORE:
        out = _mutate_json_more(utf8, kind, draw)
    elif is_csv:
        header = next(csv.reader(io.StringIO(utf8.decode("utf-8"))), [])
        if kind == "cell_time" and "created_at" not in header:
            kind = "time_cell"
            out = _mutate_csv_more(utf8, kind, draw)
        else:
            out = _mutate_csv(utf8, kind, draw)
    else:
        out = _mutate_json(utf8, kind, draw, jsonl=False)
    if encoding != "utf-8" and kind != "encoding":
        out = out.decode("utf-8").encode(encoding, errors="replace")
    return kind, out


def _run_case(name: str, data_strategy: Any, *, sniffed: bool) -> None:
    draw = data_strategy.draw
    fixtures, fmt = COLLECTORS[name]
    fixture = draw(st.sampled_from(fixtures))
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_fixture(fixture, Path(tmp))
        member = draw(st.sampled_from(_files(root))) if root.is_dir() else ""
        target = root / member if member else root
        kind, mutated = _mutate(name, member, target.read_bytes(), draw)
        target.write_bytes(mutated)
        CASES[(name, kind, outcome(root, None if sniffed else fmt))] += 1


@pytest.mark.parametrize("name", sorted(COLLECTORS))
@settings(FUZZ, max_examples=150)
@given(data=st.data())
def test_more_mutated_exports_give_posts_and_rejects_or_one_input_error(name: str, data: Any) -> None:
    _run_case(name, data, sniffed=False)


@pytest.mark.parametrize("name", sorted(COLLECTORS))
@settings(FUZZ, max_examples=15)
@given(data=st.data())
def test_more_mutated_exports_sniffed_give_posts_and_rejects_or_one_input_error(name: str, data: Any) -> None:
    _run_case(name, data, sniffed=True)


@pytest.mark.parametrize("name", ["linkedin", "facebook", "instagram", "discord"])
def test_every_file_emptied_junked_or_halved_is_handled(name: str, tmp_path: Path) -> None:
    """Exhaustive over files: each file of each fixture as 0 bytes, as binary junk, and cut in half."""
    fixtures, fmt = COLLECTORS[name]
    for f, fixture in enumerate(fixtures):
        for i, rel in enumerate(_files(fixture)):
            if rel in ("SOURCE.txt",):
                continue
            for kind, make in (
                ("empty", lambda d: b""),
                ("junk", lambda d: b"\x89PNG\r\n\x1a\n\xff\xfe\x00" * 9),
                ("half", lambda d: d[: len(d) // 2]),
            ):
                root = copy_fixture(fixture, tmp_path / f"{f}-{i}-{kind}")
                (root / rel).write_bytes(make((root / rel).read_bytes()))
                CASES[(name, f"each_{kind}", outcome(root, fmt))] += 1


@pytest.mark.parametrize("car", sorted(p.name for p in BLUESKY.glob("*.car")))
def test_car_truncated_at_every_early_offset_is_handled(car: str, tmp_path: Path) -> None:
    """The CAR header and the first block's varint: every cut in the first 128 bytes."""
    data = (BLUESKY / car).read_bytes()
    for cut in range(129):
        path = tmp_path / f"{cut}-{car}"
        path.write_bytes(data[:cut])
        CASES[("bluesky", "each_cut", outcome(path, "bluesky"))] += 1
