"""Helpdesk reply log in the Kaggle "Customer Support on Twitter" layout (twcs.csv) → posts.

Columns (FORMATS.md §8): `tweet_id, author_id, inbound, created_at, text,
response_tweet_id, in_response_to_tweet_id`. Brand rows and customer rows are both kept:
customers' messages are the inbound side that reply latency and reply rate are measured
against. Parents are looked up in the same file, which gives `reply_to_account`,
`parent_created_at` and a `thread_id` (the conversation's first message).

Copies in the wild are resaved by pandas and Excel, and every such quirk is absorbed here:
an extra leading index column; ids written as floats (`3.0`) or with digit grouping
(`1,55,157`); `True/False`, `TRUE/FALSE` or `1/0`; bare carriage returns left unquoted
inside a text (they would split the record, so they become spaces); Windows-1252 text.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text
from collectors.csvfile import CsvExport, counted_rows, csv_rows, head_text, header_of, read_header
from collectors.inputs import export_files, sniff_files
from collectors.x_archive import parse_twitter_time
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

REQUIRED = ("tweet_id", "author_id", "inbound", "created_at", "text")
PARENT = "in_response_to_tweet_id"
_TRUE = frozenset({"true", "1", "1.0", "yes"})
_FALSE = frozenset({"false", "0", "0.0", "no"})
_FLOAT_ID = re.compile(r"^(\d+)\.0*$")
# Western (1,234,567) or Indian (12,34,567) digit grouping of a single id.
_GROUPED_ID = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d{1,2}(?:,\d{2})*,\d{3}$")


def normalize_id(value: str) -> tuple[str | None, bool]:
    """A tweet id as decimal digits from how spreadsheets write it; (None, _) if it is not one.

    Returns (id, was_grouped): `3.0` → `3`; `1,55,157` → `155157` (counted: Excel with an
    Indian locale wrote it); exponent notation (`1.2e+18`) lost digits and is refused.
    """
    value = value.strip()
    if value.isdigit() and value.isascii():
        return value.lstrip("0") or "0", False
    match = _FLOAT_ID.match(value)
    if match:
        return match.group(1).lstrip("0") or "0", False
    if _GROUPED_ID.match(value):
        return value.replace(",", "").lstrip("0") or "0", True
    return None, False


@dataclass(frozen=True, slots=True)
class _Tweet:
    """One valid row, kept (compactly) until every parent in the file is known."""

    locator: str
    id: str
    author: str
    created_at: datetime
    text: str
    parent: str | None


class TwcsCollector(Collector):
    """Reads twcs-layout CSVs: one file, or a folder/.zip (Kaggle's download) holding them."""

    name = "twcs"
    description = (
        "Helpdesk / social-inbox log in the twcs.csv layout (tweet_id, author_id, inbound, created_at, "
        "text, response_tweet_id, in_response_to_tweet_id): Kaggle 'Customer Support on Twitter' or a "
        "social-inbox tool export with those columns"
    )

    def __init__(self, *, platform: str = "x") -> None:
        self.platform = platform

    def sniff(self, path: PathLike) -> bool:
        return sniff_files(path, suffix=".csv", accept=_is_twcs)

    def collect(self, path: PathLike) -> Collection:
        ledger = Ledger(self.name)
        what = "CSV in the twcs layout (tweet_id, author_id, inbound...)"
        for file, opener in export_files(path, suffix=".csv", accept=_is_twcs, what=what):
            self._file(CsvExport(opener, where=file, bare_cr_to_space=True), ledger)
        return ledger.finish()

    def _file(self, export: CsvExport, ledger: Ledger) -> None:
        file = export.where
        with export.text(newline="\n") as text:
            names = read_header(text, where=file)
        missing = [c for c in REQUIRED if c not in names]
        if missing:
            raise InputError(
                f"missing twcs columns {', '.join(missing)} (found: {', '.join(names)})",
                path=file,
                location="line 1",
            )
        col = {name: names.index(name) for name in (*REQUIRED, PARENT) if name in names}
        tweets: list[_Tweet] = []
        grouped = 0
        with export.text() as text:
            for row in counted_rows(csv_rows(text, width=len(names)), file=file, ledger=ledger):
                tweet_or_reason = _tweet(row.locator, row.fields, col)
                if isinstance(tweet_or_reason, str):
                    ledger.reject(file, row.locator, tweet_or_reason, ",".join(row.fields))
                    continue
                tweet, was_grouped = tweet_or_reason
                grouped += was_grouped
                tweets.append(tweet)
        self._emit(tweets, file, ledger)
        if export.cp1252:
            ledger.note(f"{file}: not UTF-8, read as Windows-1252 (an Excel resave)")
        if export.bare_crs:
            ledger.note(f"{file}: {export.bare_crs} bare carriage returns inside texts read as spaces")
        if grouped:
            ledger.note(f"{file}: {grouped} ids had digit grouping (1,55,157) from a spreadsheet; removed")

    def _emit(self, tweets: list[_Tweet], file: str, ledger: Ledger) -> None:
        """Post every tweet in file order with its parent and thread; `tweets` is emptied as it goes.

        Parents and threads are resolved first, so the id index can go before the posts pile up
        in the ledger, and each tweet is dropped once posted.
        """
        by_id = {t.id: t for t in tweets}
        memo: dict[str, str] = {}
        roots = [_root(t, by_id, memo) for t in tweets]
        parents = [by_id.get(t.parent) if t.parent else None for t in tweets]
        del by_id, memo
        prefix = self.platform
        for lst in (tweets, roots, parents):
            lst.reverse()
        while tweets:
            t, root, parent = tweets.pop(), roots.pop(), parents.pop()
            ledger.post(
                file,
                t.locator,
                post_id=f"{prefix}:{t.id}",
                platform=prefix,
                account=t.author,
                created_at=t.created_at,
                text=t.text,
                kind="reply" if t.parent else "post",
                reply_to_id=f"{prefix}:{t.parent}" if t.parent else None,
                reply_to_account=parent.author if parent else None,
                parent_created_at=parent.created_at if parent else None,
                thread_id=f"{prefix}:{root}",
            )


def _is_twcs(head: bytes) -> bool:
    names = header_of(head_text(head))
    return all(c in names for c in REQUIRED) and (PARENT in names or "response_tweet_id" in names)


def _tweet(locator: str, fields: list[str], col: dict[str, int]) -> tuple[_Tweet, int] | str:
    """One row as a tweet, with 1 if an id had digit grouping; or the reason it is unusable."""
    tid, grouped = normalize_id(fields[col["tweet_id"]])
    if tid is None:
        return f"tweet_id is not an integer: {fields[col['tweet_id']]!r}"
    raw_parent = fields[col[PARENT]].strip() if PARENT in col else ""
    parent, parent_grouped = normalize_id(raw_parent) if raw_parent else (None, False)
    if raw_parent and parent is None:
        return f"{PARENT} is not an integer: {raw_parent!r}"
    inbound = fields[col["inbound"]].strip().lower()
    if inbound not in _TRUE and inbound not in _FALSE:
        return f"inbound must be True/False, got {fields[col['inbound']]!r}"
    author_raw = fields[col["author_id"]].strip()
    author = (normalize_id(author_raw)[0] if _FLOAT_ID.match(author_raw) else None) or author_raw
    if not author:
        return "author_id is empty"
    try:
        created = parse_twitter_time(fields[col["created_at"]].strip())
    except (ValueError, KeyError, IndexError):
        return f"created_at is not a Twitter or ISO 8601 time: {fields[col['created_at']]!r}"
    text = html.unescape(fields[col["text"]]).replace("\r\n", "\n")  # tweets carry &amp; &lt; &gt;
    text = clean_text(text)
    return _Tweet(locator, tid, author, created, text, parent), int(grouped or parent_grouped)


def _root(tweet: _Tweet, by_id: dict[str, _Tweet], roots: dict[str, str]) -> str:
    """The first message of the conversation, following parents inside the file (memoized)."""
    chain: list[str] = []
    current: _Tweet | None = tweet
    root = tweet.id
    while current is not None:
        if current.id in roots:
            root = roots[current.id]
            break
        if current.id in chain:  # a cycle in a corrupted file: stop at the repeat
            break
        chain.append(current.id)
        root = current.parent or current.id
        current = by_id.get(current.parent) if current.parent else None
    for tid in chain:
        roots[tid] = root
    return root
