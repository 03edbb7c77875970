"""Streaming readers: the same values and errors as reading a file whole, in a fraction of the memory.

`JsonStream` is checked against `parse_json` of the whole text (values, error messages, line
and column) on generated documents cut into chunks as small as one byte; the collectors are
checked to give the same tables whatever the chunk size; and two big synthetic exports (an X
`tweets.js` and a Mastodon `outbox.json` of 40 MiB) are collected under tracemalloc, whose
peak must stay well below the size of the file.

Measured on the 2-core development machine (tracemalloc peak during `collect`, the returned
posts table included), before → after streaming: X tweets.js 3.2x → 0.43x the file size,
Mastodon outbox.json 3.5x → 0.49x (40 MiB files; 0.43x and 0.48x at 60 MiB). Reproduce with
`pytest tests/collectors/test_collect_streaming.py -k peak -s`, which prints the figures.
"""

from __future__ import annotations

import gc
import io
import json
import random
import tarfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from big_exports import write_mastodon_archive, write_x_archive
from collector_helpers import ALICE, MILAHU, assert_balanced, tar_folder, zip_folder

from collectors import archive, collect, streams
from collectors.common import parse_json
from collectors.csvfile import CsvExport, _BareCrToSpace, decode_export
from collectors.jsonstream import JsonStream
from collectors.streams import decode_utf8
from signals.ground.errors import InputError

CHUNKS = (1, 2, 3, 7, 64, None)  # None: the default chunk size
BIG = 40 * 1024**2
PEAK_RATIO = 0.6  # measured 0.43 (X) and 0.49 (Mastodon) at 40 MiB


def whole(data: bytes) -> tuple[str, Any]:
    """The one-shot reading: decode the whole file, then parse_json on the whole text."""
    try:
        return "ok", parse_json(decode_utf8(data, where="f"), where="f")
    except InputError as exc:
        return "error", str(exc)


def streamed(data: bytes, chunk: int | None) -> tuple[str, Any]:
    """The same document walked by JsonStream: arrays and objects element by element."""
    stream = JsonStream(io.BytesIO(data), where="f", chunk=chunk)
    try:
        first = stream.peek()
        if first == "[":
            value: Any = list(stream.array())
        elif first == "{":
            value = {}
            for key in stream.members():
                value[key] = stream.value()
        else:
            value = stream.value()
        stream.finish()
        return "ok", value
    except InputError as exc:
        return "error", str(exc)


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.35:
        scalars = [0, -1, 1.5, 1e-7, 2.5e300, 12345678901234567890, True, False, None, "", "a\nb", "é😀"]
        return rng.choice([*scalars, '\\"', "x" * 40])
    if roll < 0.65:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {f"{rng.choice('abc')}{i}": _random_value(rng, depth + 1) for i in range(rng.randint(0, 4))}


def _documents(n: int) -> list[bytes]:
    """Valid documents, and the same cut short, with a character inserted, with a prefix or a tail."""
    rng = random.Random(20250601)
    docs = []
    for _ in range(n):
        top = rng.choice(["list", "dict"])
        count = rng.randint(0, 5)
        value = (
            [_random_value(rng) for _ in range(count)]
            if top == "list"
            else {f"k{i}": _random_value(rng) for i in range(count)}
        )
        text = json.dumps(value, indent=rng.choice([None, 1, 2]), ensure_ascii=rng.random() < 0.5)
        roll = rng.random()
        if roll < 0.35:
            text = text[: rng.randint(0, len(text))]
        elif roll < 0.55:
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice('[]{},:"\\ 0ae\n;-.') + text[at:]
        elif roll < 0.7:
            tail = rng.choice(["", ";", " ;\n", "; ;", "x", "\u00a0"])
            text = rng.choice(["\ufeff", " ", "\n"]) + text + tail
        docs.append(text.encode("utf-8", "surrogatepass"))
    return docs


def test_json_stream_gives_what_the_whole_text_gives() -> None:
    for data in _documents(400):
        expected = whole(data)
        for chunk in CHUNKS:
            assert streamed(data, chunk) == expected, (data, chunk)


@pytest.mark.parametrize(
    "data",
    [
        b"[1.5e+10, 2E-3, -0.0, 1e400, NaN, -Infinity, 12345678901234567890123]",  # numbers cut by chunks
        b"[1.5e+, 2]",
        b"[" + b'"' + b"w" * 100_000 + b'"]',  # one value many chunks long
        b"[" + b'"' + b"w" * 100_000,  # ... never closed
        b"[" * 5000 + b"]" * 5000,  # nested too deeply
        b"\xef\xbb\xbf[]",  # a BOM, even with one-byte chunks
        b'[{"a": 1},\n {"a": 2}\n {"a": 3}]',  # a missing comma: line 3, column 2
        b"[1,]",  # a trailing comma
        b"[] ;;\n",
        b"[] ; ;",
        b'[1, "caf\xe9"]',  # not UTF-8: the byte named as a whole-file decode names it
        b"[1, 2 x] \xff",  # not UTF-8 later on wins over the JSON error, as when read whole
        b"\xef\xbb\xbf[1,\xc3",  # a cut multi-byte sequence, offset counted after the BOM
        b"",
        b"  \n",
    ],
)
def test_json_stream_edge_cases(data: bytes) -> None:
    expected = whole(data)
    for chunk in CHUNKS:
        assert streamed(data, chunk) == expected, chunk


def test_errors_far_into_a_file_name_the_line_and_column() -> None:
    lines = [json.dumps({"n": i, "text": "é" * (i % 50)}) for i in range(5000)]
    lines[4321] = lines[4321].replace(":", "", 1)
    data = ("[\n" + ",\n".join(lines) + "\n]").encode("utf-8")
    kind, message = streamed(data, 1000)
    assert kind == "error" and message == "f:line 4323, column 6: invalid JSON: Expecting ':' delimiter"
    assert whole(data) == (kind, message)


def _tables(c: Any) -> tuple[pd.DataFrame, ...]:
    return c.posts, c.rejects, c.sources


@pytest.mark.parametrize("export", [MILAHU, ALICE], ids=["x_archive", "mastodon"])
def test_collectors_give_the_same_tables_whatever_the_chunk_size(
    export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = collect(export)
    monkeypatch.setattr(streams, "CHUNK_BYTES", 5)
    tiny = collect(export)
    for a, b in zip(_tables(default), _tables(tiny), strict=True):
        pd.testing.assert_frame_equal(a, b)
    assert default.notes == tiny.notes


def test_a_broken_tweets_js_fails_the_same_way_whatever_the_chunk_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "milahu104"
    copy.mkdir()
    for path in MILAHU.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(MILAHU)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    tweets = copy / "data" / "tweets.js"
    tweets.write_bytes(tweets.read_bytes()[:-5000])
    with pytest.raises(InputError) as default:
        collect(copy)
    monkeypatch.setattr(streams, "CHUNK_BYTES", 3)
    with pytest.raises(InputError) as tiny:
        collect(copy)
    assert str(default.value) == str(tiny.value)
    assert "tweets.js:line " in str(default.value) and "invalid JSON" in str(default.value)


def test_zip_and_tar_members_are_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = collect(ALICE)
    monkeypatch.setattr(archive, "_TAR_CACHE_BYTES", 0)  # outbox.json streamed from the gzip, not cached
    packed = tar_folder(ALICE, tmp_path / "alice.tar.gz")
    with tarfile.open(packed) as tf:
        assert "outbox.json" in tf.getnames()
    for path in (packed, zip_folder(ALICE, tmp_path / "alice.zip")):
        c = collect(path)
        assert_balanced(c)
        pd.testing.assert_frame_equal(c.posts.drop(columns="source"), folder.posts.drop(columns="source"))


def test_bare_carriage_returns_are_found_across_reads() -> None:
    data = b"a\rb\r\nc\r\r\nd\r" * 7 + b"\r"
    for size in (1, 2, 3, 5, 64):
        fixed = _BareCrToSpace(io.BytesIO(data))
        out = bytearray()
        buffer = bytearray(size)
        while n := fixed.readinto(buffer):
            out += buffer[:n]
        assert bytes(out) == data.replace(b"\r\n", b"\n").replace(b"\r", b" ").replace(b"\n", b"\r\n")
        assert fixed.count == 3 * 7 + 1


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbfa,b\n1,2\n", b"a,b\ncaf\xe9,2\n", b"\xef\xbb\xbfa,b\n\x81\xe9\n", "a,b\né,😀\n".encode()],
)
def test_csv_export_decides_the_encoding_as_decode_export_does(data: bytes) -> None:
    try:
        text, cp1252 = decode_export(data, where="f.csv")
    except InputError as exc:
        with pytest.raises(InputError) as streamed_error:
            CsvExport(lambda: io.BytesIO(data), where="f.csv")  # type: ignore[arg-type,return-value]
        assert str(streamed_error.value) == str(exc)
        return
    export = CsvExport(lambda: io.BytesIO(data), where="f.csv")  # type: ignore[arg-type,return-value]
    assert export.cp1252 == cp1252
    with export.text() as handle:
        assert handle.read() == text


def _peak(root: Path, fmt: str) -> tuple[int, Any]:
    gc.collect()
    tracemalloc.start()
    try:
        c = collect(root, format=fmt)
        return tracemalloc.get_traced_memory()[1], c
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["x_archive", "mastodon"])
def test_peak_memory_stays_well_below_the_file_size(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = time.perf_counter()
    # A relative path: every post's `source` names its file, so a long temporary folder would
    # make the posts table (counted in the peak) depend on where the test runs.
    monkeypatch.chdir(tmp_path)
    if fmt == "x_archive":
        big, records = write_x_archive(Path("x"), BIG)
        root = big.parent.parent
    else:
        big, records = write_mastodon_archive(Path("mastodon"), BIG)
        root = big.parent
    size = big.stat().st_size
    peak, c = _peak(root, fmt)
    assert len(c.posts) == records and c.rejects.empty
    print(
        f"\n{fmt}: {big.name} {size / 2**20:.1f} MiB, {records} records; tracemalloc peak "
        f"{peak / 2**20:.1f} MiB = {peak / size:.2f} x the file size ({time.perf_counter() - start:.1f} s)"
    )
    assert peak < PEAK_RATIO * size
