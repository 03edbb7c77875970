"""The generic posts file (CSV or JSONL) → posts.

The format for reply logs and anything without a dedicated collector (DESIGN.md):
required `post_id, account, created_at, text`; optional `platform` (default `generic`),
`reply_to_id`, `reply_to_account`, `parent_created_at`, `thread_id`, `kind` (default `reply`
when `reply_to_id` is set, else `post`), `edited`, `lang`. Ids are kept exactly as written:
the CSV is read as text, and JSON numbers are kept as their literal digits, so a
`1590000000000000001` never passes through a float. A time without an offset is read as UTC
and counted (`Collection.naive_times`).
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text, parse_iso_time
from signals.ground.errors import InputError
from signals.ground.schemas import POST_KINDS, POSTS

log = logging.getLogger(__name__)

REQUIRED = ("post_id", "account", "created_at", "text")
# Every other posts column may be given; `source` is ours (file and line), never the file's.
OPTIONAL = tuple(n for n in POSTS.names if n not in REQUIRED and n != "source")
_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "f", ""})
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_SUFFIXES = (".csv", *_JSONL_SUFFIXES)


class _BadRow(ValueError):
    """A row that cannot become a post; the message is the reject reason."""


class GenericCollector(Collector):
    """Reads one generic posts file, CSV (header row) or JSONL (one object per line)."""

    name = "generic"
    description = (
        "Generic posts file (.csv or .jsonl) with post_id, account, created_at, text: write it yourself "
        "from a helpdesk or social-inbox reply log, or any source without a dedicated collector"
    )

    def sniff(self, path: PathLike) -> bool:
        p = Path(path)
        if not p.is_file():
            return False
        if p.suffix.lower() in _SUFFIXES:
            return True
        try:
            with p.open("rb") as handle:
                head = handle.read(4096).decode("utf-8-sig", errors="replace")
        except OSError:
            return False
        first = head.lstrip().split("\n", 1)[0]
        return "post_id" in first and (first.startswith("{") or "," in first)

    def collect(self, path: PathLike) -> Collection:
        p = Path(path)
        if not p.is_file():
            raise InputError("expected a .csv or .jsonl file", path=p)
        file = str(p)
        ledger = Ledger(self.name)
        extra: set[str] = set()
        naive = records = 0
        locator = "line 1"
        try:
            # Streamed: a 1M-row file is never held in memory as one string.
            with p.open("r", encoding="utf-8-sig", newline="") as handle:
                head = handle.read(4096).lstrip()
                handle.seek(0)
                jsonl = p.suffix.lower() in _JSONL_SUFFIXES or (
                    p.suffix.lower() != ".csv" and head[:1] == "{"
                )
                rows = _jsonl_rows(handle, file, extra) if jsonl else _csv_rows(handle, file, extra)
                for locator, row, problem in rows:
                    records += 1
                    reason = problem
                    if problem is None:
                        try:
                            naive += self._post(row, file, locator, ledger)
                        except _BadRow as exc:
                            reason = str(exc)
                    if reason is not None:
                        ledger.reject(file, locator, reason, row or None)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid UTF-8 ({exc.reason}) after {locator}; re-save the file as UTF-8", path=file
            ) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=p) from None
        ledger.read(file, records)
        if extra:
            ledger.note(f"{file}: extra columns ignored: {', '.join(sorted(extra))}")
        if naive:
            log.warning("%s: %d times had no UTC offset and were read as UTC", file, naive)
            ledger.note(f"{file}: naive_times={naive} (times without an offset, read as UTC)")
        return ledger.finish(naive_times=naive)

    def _post(self, values: dict[str, Any], file: str, locator: str, ledger: Ledger) -> int:
        """Add one row (known columns only, as text) as a post; returns how many of its times
        were naive. _BadRow if unusable."""
        get = values.get
        # An empty text is allowed (a repost row); the other required fields need content.
        missing = [k for k in REQUIRED if (get(k) is None if k == "text" else not (get(k) or "").strip())]
        if missing:
            raise _BadRow(f"missing required field {', '.join(missing)}")
        created, naive = _time(get("created_at"), "created_at")
        parent_time = None
        if get("parent_created_at"):
            parent_time, parent_naive = _time(get("parent_created_at"), "parent_created_at")
            naive += parent_naive
        reply_to = get("reply_to_id") or None
        kind = (get("kind") or "").strip().lower() or ("reply" if reply_to else "post")
        if kind not in POST_KINDS:
            raise _BadRow(f"unknown kind {get('kind')!r} (expected one of {', '.join(POST_KINDS)})")
        edited = (get("edited") or "").strip().lower()
        if edited not in _TRUE and edited not in _FALSE:
            raise _BadRow(f"edited must be true/false/1/0/yes/no, got {get('edited')!r}")
        ledger.post(
            file,
            locator,
            post_id=str(get("post_id")),
            platform=(get("platform") or "").strip() or "generic",
            account=str(get("account")).strip(),
            created_at=created,
            text=clean_text(get("text") or ""),
            kind=kind,
            reply_to_id=reply_to,
            reply_to_account=get("reply_to_account") or None,
            parent_created_at=parent_time,
            thread_id=get("thread_id") or None,
            edited=edited in _TRUE,
            lang=(get("lang") or "").strip() or None,
        )
        return naive


def _text(value: object, key: str) -> str | None:
    """A field as text: strings as written, JSON booleans as true/false; objects are bad rows."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    raise _BadRow(f"{key} must be a string, got {type(value).__name__}")


def _time(value: str | None, key: str) -> tuple[Any, int]:
    try:
        when, naive = parse_iso_time(value or "")
    except ValueError:
        raise _BadRow(f"{key} is not an ISO 8601 time: {value!r}") from None
    return when, int(naive)


Row = tuple[str, dict[str, Any], str | None]  # (locator, fields, reject reason or None)
KNOWN = frozenset(REQUIRED + OPTIONAL)


def _csv_rows(handle: TextIO, file: str, extra: set[str]) -> Iterator[Row]:
    """Rows of a CSV with a header; every cell stays a string (no type guessing).

    Quoting is parsed strictly, so a stray quote is a reject at its line instead of silently
    swallowing the following rows; the reader then carries on with the next line.
    """
    reader = csv.reader(handle, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"unreadable CSV header: {exc}", path=file, location="line 1") from None
    if header is None:
        raise InputError(
            "empty file: expected a header row with post_id, account, created_at, text", path=file
        )
    names = [h.strip().lower() for h in header]
    _check_header(names, file, "line 1")
    extra.update(n for n in names if n not in KNOWN)
    index = [(name, i) for i, name in enumerate(names) if name in KNOWN]
    start = reader.line_num + 1
    width = len(names)
    while True:
        try:
            for fields in reader:
                locator = f"line {start}"
                start = reader.line_num + 1
                if len(fields) == width:
                    yield locator, {name: fields[i] for name, i in index}, None
                elif fields:  # a blank line is not a record
                    yield (
                        locator,
                        {str(i): f for i, f in enumerate(fields)},
                        f"expected {width} fields, got {len(fields)}",
                    )
            return
        except csv.Error as exc:
            locator, start = f"line {start}", reader.line_num + 1
            yield locator, {}, f"malformed CSV: {exc}"


def _check_header(names: list[str], file: str, location: str) -> None:
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise InputError(
            f"missing required columns {', '.join(missing)} (found: {', '.join(names) or 'none'}); "
            f"a generic posts file needs {', '.join(REQUIRED)}",
            path=file,
            location=location,
        )
    duplicated = sorted({n for n in names if names.count(n) > 1 and n in REQUIRED + OPTIONAL})
    if duplicated:
        raise InputError(f"duplicate columns {', '.join(duplicated)}", path=file, location=location)


def _jsonl_rows(handle: TextIO, file: str, extra: set[str]) -> Iterator[Row]:
    """Objects of a JSONL file. Numbers keep their literal digits (parse_int/parse_float=str).

    The first object's keys act as the header: if it lacks a required field the whole file is
    refused (likely the wrong file); later objects missing fields are rejected one by one.
    """
    checked = False
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        locator = f"line {number}"
        try:
            obj = json.loads(line, parse_int=str, parse_float=str)
        except json.JSONDecodeError as exc:
            yield locator, {"line": line.rstrip("\r\n")}, f"invalid JSON: {exc.msg} (column {exc.colno})"
            continue
        except RecursionError:
            yield locator, {"line": line[:200]}, "invalid JSON: nested too deeply"
            continue
        if not isinstance(obj, dict):
            yield locator, {"line": line.rstrip("\r\n")}, "not a JSON object"
            continue
        if not checked:
            _check_header(list(obj), file, locator)
            checked = True
        extra.update(obj.keys() - KNOWN)
        try:
            yield locator, {k: _text(v, k) for k, v in obj.items() if k in KNOWN}, None
        except _BadRow as exc:
            yield locator, obj, str(exc)
