"""CSV reading shared by the collectors of CSV exports (helpdesk twcs, LinkedIn, legacy Discord).

Real exports are resaved by spreadsheets and dataframes, so the helpers here absorb what
those do to a file: a byte-order mark, Windows-1252 instead of UTF-8 (Excel), CRLF line
ends, and a spreadsheet's index column. Rows come back with a `line N` locator (the line
the record starts on) and malformed quoting is a per-row problem, never an exception.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from signals.errors import InputError

log = logging.getLogger(__name__)

csv.field_size_limit(64 * 1024 * 1024)  # one long post must not stop a whole export


@dataclass(frozen=True)
class Row:
    """One CSV record: where it starts, its fields, and why it is unusable (None if usable)."""

    locator: str
    fields: list[str]
    problem: str | None = None


def decode_export(data: bytes, *, where: str) -> tuple[str, bool]:
    """Text of a CSV export: UTF-8 (BOM dropped), else Windows-1252 as Excel writes it.

    Returns (text, was_cp1252). Bytes that are neither are an InputError naming the offset.
    """
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        raise InputError(
            f"neither UTF-8 nor Windows-1252 (first bad byte at {first_bad}); re-save the file as UTF-8",
            path=where,
            location=f"byte {first_bad}",
        ) from None


def read_header(text: str, *, where: str, escapechar: str | None = None) -> list[str]:
    """The first record, lower-cased and stripped; InputError if the file is empty or unreadable."""
    reader = csv.reader(io.StringIO(text), escapechar=escapechar, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"unreadable CSV header: {exc}", path=where, location="line 1") from None
    if not header:
        raise InputError("empty file: expected a CSV header row", path=where, location="line 1")
    return [h.strip().lower() for h in header]


def csv_rows(
    text: str, *, width: int | None = None, escapechar: str | None = None, skip_header: bool = True
) -> Iterator[Row]:
    """Records of a CSV text, each with the line it starts on.

    Blank lines are not records. A record with broken quoting, or with other than `width`
    fields, becomes a Row with a problem; reading resumes on the next line, so one stray
    quote costs one record.
    """
    reader = csv.reader(io.StringIO(text, newline=""), escapechar=escapechar, strict=True)
    start = 1
    if skip_header:
        with contextlib.suppress(csv.Error):  # a broken header was reported by read_header
            next(reader, None)
        start = reader.line_num + 1
    while True:
        try:
            for fields in reader:
                locator = f"line {start}"
                start = reader.line_num + 1
                if not fields or not any(f.strip() for f in fields):
                    continue
                if width is not None and len(fields) != width:
                    yield Row(locator, fields, f"expected {width} fields, got {len(fields)}")
                else:
                    yield Row(locator, fields)
            return
        except csv.Error as exc:
            locator, start = f"line {start}", reader.line_num + 1
            yield Row(locator, [], f"malformed CSV: {exc}")


def head_text(data: bytes, n: int = 4096) -> str:
    """The first bytes of a file as text, for sniffing (never raises)."""
    return data[:n].decode("utf-8-sig", errors="replace")


def header_of(head: str) -> list[str]:
    """Column names of the first line of `head` (a sniffing aid; never raises)."""
    try:
        first = next(csv.reader(io.StringIO(head.lstrip("\ufeff"))), [])
    except csv.Error:
        return []
    return [c.strip().lower() for c in first]
