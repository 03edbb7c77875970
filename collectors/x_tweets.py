"""X/Twitter archive records: one tweet or note tweet turned into what a post needs.

Used by collectors.x_archive, which streams the files; this module only looks at one decoded
record at a time (FORMATS.md §1): the time format, edit chains (`edit_info`), quote tweets
(a `/status/<id>` URL), replies, languages, and the join of long posts from `note-tweet.js`
to their tweets by creation second and text prefix. `parse_twitter_time` is shared with the
twcs collector, whose logs use the same time format.
"""

from __future__ import annotations

import html
import logging
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from collectors.base import Ledger
from collectors.common import UTC, parse_iso_time

log = logging.getLogger(__name__)

_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_STATUS_URL = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:[A-Za-z0-9_]+/|i/(?:web/)?)?status(?:es)?/(\d+)"
)
# X's pseudo-languages: und(etermined), zxx (no text), qme (media), qht (hashtags), qam, qct, qst...
_NO_LANG = re.compile(r"^(und|zxx|q[a-z]{2})$")
_URL = re.compile(r"https?://\S+")
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")


def parse_twitter_time(text: str) -> datetime:
    """`Fri Nov 18 21:10:34 +0000 2022` (English names, whatever the locale) or ISO 8601."""
    parts = text.split()
    if len(parts) == 6 and parts[1] in _MONTHS:
        _, mon, day, clock, offset, year = parts
        hh, mm, ss = (int(x) for x in clock.split(":"))
        if offset == "+0000":  # always, in practice: the fast path
            return datetime(int(year), _MONTHS[mon], int(day), hh, mm, ss, tzinfo=UTC)
        sign = -1 if offset[0] == "-" else 1
        delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
        local = datetime(int(year), _MONTHS[mon], int(day), hh, mm, ss, tzinfo=timezone(delta))
        return local.astimezone(UTC)
    return parse_iso_time(text.replace(" +0000", "+00:00"))[0]


@dataclass(slots=True)
class Tweet:
    """What a post needs from one valid tweet record, kept until edits and note tweets are resolved.

    The raw record (entities, counts, edit metadata: most of a tweet's bytes) is dropped as
    soon as it is read.
    """

    file: str
    index: int  # position in the file's array: the locator is `[index]`
    id: str
    created_at: datetime
    chain: str  # id of the first version of its edit chain
    chain_size: int  # number of versions X says the chain has
    text: str  # full_text with HTML entities decoded (a note tweet may replace it)
    parent: str | None
    is_reply: bool
    quoted: bool
    reply_account: str | None
    lang: str | None


Note = tuple[str, str, list[datetime]]  # (file, raw text, the seconds it was created and updated in)


class NoteIndex:
    """Long-post texts from note-tweet.js, joined to tweets by creation second + text prefix."""

    def __init__(self, notes: list[Note]) -> None:
        self._by_second: dict[datetime, list[int]] = {}
        self._notes = notes
        self._used = [False] * len(notes)
        for i, (_, _, seconds) in enumerate(notes):
            for second in seconds:
                slots = self._by_second.setdefault(second, [])
                if i not in slots:
                    slots.append(i)

    def full_text(self, created_at: datetime, truncated: str) -> str | None:
        """The note's text if one was written in the same second and starts like the tweet."""
        candidates = self._by_second.get(created_at.replace(microsecond=0))
        if not candidates:
            return None
        want = _prefix_key(truncated)
        for i in candidates:
            text = html.unescape(self._notes[i][1])
            if _prefix_key(text).startswith(want[:40]):
                self._used[i] = True
                return text
        return None

    def account(self, ledger: Ledger) -> None:
        """Classify every note: merged into its tweet, or excluded as unmatched."""
        for (file, _, _), used in zip(self._notes, self._used, strict=True):
            ledger.exclude(file, "note_tweet_merged" if used else "note_tweet_unmatched")
        unmatched = self._used.count(False)
        if unmatched:
            log.warning("%d note tweets matched no tweet (tweet deleted or missing)", unmatched)


def note_seconds(note: dict[str, Any]) -> list[datetime]:
    """The seconds a note tweet was created and updated in (unreadable times are skipped)."""
    seconds = []
    for key in ("createdAt", "updatedAt"):
        try:
            seconds.append(parse_iso_time(str(note.get(key)))[0].replace(microsecond=0))
        except ValueError:
            continue
    return seconds


def compact_tweet(
    tweet: dict[str, Any], file: str, index: int, created: datetime, owner: tuple[str, str | None]
) -> Tweet:
    """The fields of a valid tweet record that its post needs (see `Tweet`)."""
    tid = str(tweet.get("id_str") or tweet.get("id"))
    chain, size = _edit_chain(tweet, tid)
    parent = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
    parent = str(parent) if parent else None
    is_reply = bool(parent or tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id"))
    reply_account = str_or_none(tweet.get("in_reply_to_screen_name"))
    parent_user = str_or_none(tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id"))
    if is_reply and not reply_account and parent_user is not None and parent_user == owner[1]:
        reply_account = owner[0]  # a self-thread whose screen name X left out
    lang = tweet.get("lang")
    return Tweet(
        file=file,
        index=index,
        id=tid,
        created_at=created,
        chain=chain,
        chain_size=size,
        text=html.unescape(str(tweet.get("full_text") or tweet.get("text") or "")),
        parent=parent,
        is_reply=is_reply,
        quoted=_quoted_id(tweet, tid) is not None,
        reply_account=None if reply_account is None else sys.intern(reply_account),
        lang=None if not isinstance(lang, str) or _NO_LANG.match(lang) else sys.intern(lang),
    )


def _prefix_key(text: str) -> str:
    text = _LEADING_MENTIONS.sub("", _URL.sub("", text).replace("…", " ").strip())
    return " ".join(text.split())


def check_tweet(tweet: object) -> str | datetime:
    """The tweet's creation time, or why the record cannot be a post."""
    if not isinstance(tweet, dict):
        return "tweet record is not an object"
    tid = tweet.get("id_str") or tweet.get("id")
    if tid is None or not str(tid).isdigit():
        return "missing or non-numeric id_str"
    created = tweet.get("created_at")
    if not isinstance(created, str) or not created.strip():
        return "missing created_at"
    try:
        return parse_twitter_time(created)
    except (ValueError, KeyError, IndexError):
        return f"unparseable created_at {created!r}"


def _edit_chain(tweet: dict[str, Any], tid: str) -> tuple[str, int]:
    """(id of the chain's first version, number of versions) from `edit_info`."""
    info = tweet.get("edit_info")
    if not isinstance(info, dict):
        return tid, 1
    edit = info.get("edit")
    if isinstance(edit, dict) and edit.get("initialTweetId"):
        ids = (edit.get("editControlInitial") or {}).get("editTweetIds") or []
        return str(edit["initialTweetId"]), max(len(ids), 2)
    initial = info.get("initial")
    if isinstance(initial, dict):
        return tid, len(initial.get("editTweetIds") or [tid])
    return tid, 1


def _quoted_id(tweet: dict[str, Any], own_id: str) -> str | None:
    entities = tweet.get("entities")
    urls = entities.get("urls") if isinstance(entities, dict) else None
    for url in urls if isinstance(urls, list) else []:
        expanded = url.get("expanded_url") if isinstance(url, dict) else None
        match = _STATUS_URL.match(expanded) if isinstance(expanded, str) else None  # only text is a URL
        if match and match.group(1) != own_id:
            return match.group(1)
    return None


def str_or_none(value: object) -> str | None:
    """A field as text, None when absent or empty."""
    return str(value) if value not in (None, "") else None
