"""CSV reading shared by the collectors of CSV exports (helpdesk twcs, LinkedIn, legacy Discord).

Real exports are resaved by spreadsheets and dataframes, so the helpers here absorb what
those do to a file: a byte-order mark, Windows-1252 instead of UTF-8 (Excel), CRLF line
ends, and a spreadsheet's index column. Rows come back with a `line N` locator (the line
the record starts on) and malformed quoting is a per-row problem, never an exception.

Big files are streamed (`CsvExport`): one pass checks the encoding (a file is Windows-1252
only if it is not UTF-8 as a whole, as `decode_export` decides), then the rows are read
through a text stream, never the whole text.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, TextIO

from collectors.streams import CHUNK_BYTES, NotUtf8Error, Opener, Utf8Chunks
from signals.ground.errors import InputError

if TYPE_CHECKING:
    from collectors.base import Ledger

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
        raise _neither(first_bad, where) from None


def _neither(first_bad: int, where: str) -> InputError:
    return InputError(
        f"neither UTF-8 nor Windows-1252 (first bad byte at {first_bad}); re-save the file as UTF-8",
        path=where,
        location=f"byte {first_bad}",
    )


def read_header(text: str | TextIO, *, where: str, escapechar: str | None = None) -> list[str]:
    """The first record, lower-cased and stripped; InputError if the file is empty or unreadable.

    A stream must split lines on `\\n` only (`CsvExport.text(newline="\\n")`), as a string is read.
    """
    lines = io.StringIO(text) if isinstance(text, str) else text
    reader = csv.reader(lines, escapechar=escapechar, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"unreadable CSV header: {exc}", path=where, location="line 1") from None
    if not header:
        raise InputError("empty file: expected a CSV header row", path=where, location="line 1")
    return [h.strip().lower() for h in header]


def csv_rows(
    text: str | TextIO, *, width: int | None = None, escapechar: str | None = None, skip_header: bool = True
) -> Iterator[Row]:
    """Records of a CSV text or text stream (opened with newline=""), each with the line it starts on.

    Blank lines are not records. A record with broken quoting, or with other than `width`
    fields, becomes a Row with a problem; reading resumes on the next line, so one stray
    quote costs one record.
    """
    lines = io.StringIO(text, newline="") if isinstance(text, str) else text
    reader = csv.reader(lines, escapechar=escapechar, strict=True)
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


class CsvExport:
    """A CSV export file read as a stream: its encoding is settled first, then `text` opens it.

    `opener` opens the file anew each time (a folder file or an archive member), because
    the encoding check, the header and the rows each read from the start. With
    `bare_cr_to_space`, a carriage return not followed by a line feed becomes a space while
    the bytes stream past (twcs copies written by pandas leave them unquoted inside texts);
    `bare_crs` counts them after the rows are read.
    """

    def __init__(self, opener: Opener, *, where: str, bare_cr_to_space: bool = False) -> None:
        self.where = where
        self._opener = opener
        self._fix_cr = bare_cr_to_space
        self.bare_crs = 0
        self.cp1252 = self._is_cp1252()

    def _is_cp1252(self) -> bool:
        """Whether the file must be read as Windows-1252: not UTF-8, but valid Windows-1252."""
        with self._opener() as raw:
            try:
                utf8 = Utf8Chunks(raw, where=self.where)
                while utf8.read():
                    pass
                return False
            except NotUtf8Error as exc:
                first_bad = exc.offset
        with self._opener() as raw:
            while data := raw.read(CHUNK_BYTES):
                try:
                    data.decode("cp1252")
                except UnicodeDecodeError:
                    raise _neither(first_bad, self.where) from None
        return True

    @contextlib.contextmanager
    def text(self, *, newline: str = "") -> Iterator[TextIO]:
        """The file as text; newline="" for rows (any line end), "\\n" for the header."""
        with self._opener() as raw:
            fixed = _BareCrToSpace(raw) if self._fix_cr else None
            source: IO[bytes] = io.BufferedReader(fixed) if fixed is not None else raw
            encoding = "cp1252" if self.cp1252 else "utf-8-sig"
            with io.TextIOWrapper(source, encoding=encoding, newline=newline) as handle:
                try:
                    yield handle
                except UnicodeDecodeError as exc:  # the file changed since its encoding was checked
                    raise InputError(f"cannot decode as {encoding}: {exc.reason}", path=self.where) from None
                if fixed is not None and newline == "":
                    self.bare_crs = fixed.count


_BARE_CR = re.compile(rb"\r(?!\n)")


class _BareCrToSpace(io.RawIOBase):
    """Bytes with every carriage return that no line feed follows turned into a space, counted.

    A 0x0D byte is a carriage return in UTF-8 and in Windows-1252 alike, so this is done on
    the bytes; a CR at the end of a read is held back until the next byte is known.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self._raw = raw
        self._held = b""
        self._out = b""
        self._done = False
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._out and not self._done:
            data = self._raw.read(max(len(buffer), 1))
            if not data:
                self._done = True
                data, self._held = self._held, b""
            else:
                data, self._held = self._held + data, b""
                if data.endswith(b"\r"):
                    data, self._held = data[:-1], b"\r"
            self._out, n = _BARE_CR.subn(b" ", data)
            self.count += n
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n


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


def counted_rows(rows: Iterable[Row], *, file: str, ledger: Ledger) -> Iterator[Row]:
    """The rows that parsed, each counted as read; the others counted and rejected with their problem."""
    for row in rows:
        ledger.read(file)
        if row.problem is not None:
            ledger.reject(file, row.locator, row.problem, ",".join(row.fields) or None)
            continue
        yield row
