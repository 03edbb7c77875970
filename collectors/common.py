"""Small pure helpers every collector needs: id-encoded times, text cleaning, JSON decoding,
exclusion details and the order of rejects.

They live in one place so that, for example, the X snowflake formula or the rule for
reading a time without an offset exists exactly once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd

from signals.ground.errors import InputError

__all__ = [
    "UTC",
    "X_EPOCH_MS",
    "clean_text",
    "format_detail",
    "from_epoch_ms",
    "mastodon_id_time",
    "parse_iso_time",
    "parse_detail",
    "parse_json",
    "plausible",
    "refine_time",
    "sort_rejects",
    "x_snowflake_time",
]

# Twitter/X snowflake epoch (FORMATS.md): ms = (id >> 22) + X_EPOCH_MS.
X_EPOCH_MS = 1288834974657
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Times outside this window are not real post times (and would overflow datetime64).
_MIN_TIME = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_TIME = datetime(2200, 1, 1, tzinfo=UTC)


def from_epoch_ms(ms: int) -> datetime:
    """An aware UTC datetime from milliseconds since the Unix epoch (exact, no float)."""
    return _EPOCH + timedelta(milliseconds=ms)


def plausible(value: datetime, *, first_year: int = 1970, last_year: int = 2199) -> bool:
    """Whether `value` falls in [first_year, last_year]; guards id-derived and typed-in times."""
    return first_year <= value.year <= last_year


def _as_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit() and value.isascii():
        return int(value)
    return None


def x_snowflake_time(id_value: object) -> datetime | None:
    """Creation time of a Twitter/X status from its id: (id >> 22) + 1288834974657 ms.

    Returns None for anything that is not a decimal id of a post made after 2010-11-04
    (older sequential ids carry no time).
    """
    n = _as_int(id_value)
    if n is None or n >> 22 == 0:
        return None
    return from_epoch_ms((n >> 22) + X_EPOCH_MS)


def mastodon_id_time(id_value: object) -> datetime | None:
    """Creation time of a Mastodon status from its id: id >> 16 ms since the epoch.

    Only ids of Mastodon servers follow this; the year is checked (2016-2100) so a
    sequential id from an old server or another software's id gives None, not 1970.
    """
    n = _as_int(id_value)
    if n is None:
        return None
    try:
        value = from_epoch_ms(n >> 16)
    except OverflowError:
        return None
    return value if plausible(value, first_year=2016, last_year=2100) else None


def refine_time(coarse: datetime, precise: datetime | None) -> datetime:
    """Use an id-derived time when it agrees with a second-precision field, else the field.

    Archives give times to the second while snowflake ids give milliseconds; taking the
    id's time when it falls inside that second keeps latencies between posts and parents
    (whose time also comes from the id) on the same clock.
    """
    if precise is not None and timedelta(0) <= precise - coarse < timedelta(seconds=1):
        return precise
    return coarse


def parse_iso_time(text: str) -> tuple[datetime, bool]:
    """Parse ISO 8601; returns (aware UTC time, was_naive). ValueError if not ISO 8601.

    A time without an offset is read as UTC (DESIGN.md) and reported as naive so the
    caller can count it.
    """
    value = datetime.fromisoformat(text.strip())
    naive = value.tzinfo is None
    value = value.replace(tzinfo=UTC) if naive else value.astimezone(UTC)
    if not _MIN_TIME <= value < _MAX_TIME:
        raise ValueError(f"time {text!r} is outside 1970-2199")
    return value, naive


# A UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation byte read the same
# way: the signature of mojibake ("Ã©" for "é", "â€™" for "’").
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_HIGH + "]")


def _fix_encoding_fallback(text: str) -> str:
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _load_fixer() -> Callable[[str], str]:
    try:
        import ftfy  # installed with wordfreq; a better repair for mixed strings
    except ImportError:  # pragma: no cover - depends on the environment
        return _fix_encoding_fallback
    return ftfy.fix_encoding


_fix_encoding = _load_fixer()


def clean_text(text: str) -> str:
    """Repair mojibake (only when its signature is present, so clean text is untouched) and NFC."""
    if _MOJIBAKE.search(text):
        text = _fix_encoding(text)
    return unicodedata.normalize("NFC", text)


def parse_json(text: str, *, where: str, start: int = 0, **decoder: Any) -> Any:
    """Decode one JSON value starting at `start`; InputError with line and column on failure.

    Trailing whitespace or a `;` (as in X's `.js` files) is allowed after the value.
    `decoder` is passed to json.JSONDecoder (e.g. `object_pairs_hook`).
    """
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    try:
        value, end = json.JSONDecoder(**decoder).raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg}", path=where, location=f"line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", path=where) from None
    rest = text[end:].strip().lstrip(";").strip()
    if rest:
        line = text.count("\n", 0, end) + 1
        col = end - (text.rfind("\n", 0, end) + 1) + 1
        raise InputError(
            "invalid JSON: unexpected content after the value",
            path=where,
            location=f"line {line}, column {col}",
        )
    return value


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key putting `line 9` before `line 10` and `[2]` before `[12]`."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text) if p)


def sort_rejects(frame: pd.DataFrame) -> pd.DataFrame:
    """Rejects in (source, locator) order, numbers in locators compared as numbers."""
    keys = list(zip(frame["source"], map(_natural, frame["locator"]), strict=True))
    order = sorted(range(len(frame)), key=keys.__getitem__)
    return frame.iloc[order].reset_index(drop=True)


def format_detail(counts: Counter[str]) -> str | None:
    """`bot_message=94; channel_join=3`: exclusion reasons sorted by name, or None."""
    items = sorted((k, v) for k, v in counts.items() if v)
    return "; ".join(f"{k}={v}" for k, v in items) or None


def parse_detail(detail: object) -> Counter[str]:
    """Inverse of format_detail."""
    counts: Counter[str] = Counter()
    if isinstance(detail, str) and detail:
        for part in detail.split("; "):
            key, _, value = part.rpartition("=")
            counts[key] += int(value)
    return counts
