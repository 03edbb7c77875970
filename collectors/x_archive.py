"""X/Twitter account archive (folder or .zip) → posts.

Field map and pitfalls in FORMATS.md §1. In short: `data/manifest.js` lists the tweet files
(big archives split into `tweets-partN.js`); every data file is `window.YTD.<name>.partN = [...]`;
the author is the archive owner (`account.js`); retweets are `RT @` texts, quotes are
`/status/<id>` links; every edit version is its own tweet; long posts have their full text
in `note-tweet.js`. Tweets in `deleted-tweets.js` were written, so they are posts too.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from collectors.archive import Archive, contains_any, open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import UTC, clean_text, parse_iso_time, parse_json, refine_time, x_snowflake_time
from signals.errors import InputError

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
_SNIFF = ("data/manifest.js", "data/tweets.js", "data/tweet.js", "data/tweets-part1.js")


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


@dataclass
class _Tweet:
    """One valid tweet record with what is needed to resolve edits and note tweets."""

    file: str
    locator: str
    raw: dict[str, Any]
    id: str
    created_at: datetime
    chain: str  # id of the first version of its edit chain
    chain_size: int  # number of versions X says the chain has


class XArchiveCollector(Collector):
    """Reads an X account archive: tweets, deleted tweets and note tweets of the owner."""

    name = "x_archive"
    description = (
        "X/Twitter account archive (.zip or its folder): Settings > Your account > "
        "Download an archive of your data"
    )

    def sniff(self, path: PathLike) -> bool:
        return contains_any(path, _SNIFF)

    def collect(self, path: PathLike) -> Collection:
        with open_archive(path, allow_tar=False) as arc:
            anchors = [(m, rel) for rel in _SNIFF if (m := arc.locate(rel))]
            if not anchors:
                raise InputError("no data/tweets.js or data/manifest.js: not an X archive", path=path)
            member, rel = anchors[0]
            root = member[: len(member) - len(rel)]
            ledger = Ledger(self.name)
            manifest = self._manifest(arc, root)
            files, counts = _data_files(arc, root, manifest)
            owner = self._account(arc, files["account"], manifest)
            tweets = self._read_tweets(arc, files["tweets"] + files["deleted"], counts, ledger)
            notes = self._read_notes(arc, files["notes"], ledger)
            self._emit(tweets, notes, owner, ledger)
            return ledger.finish()

    # -- files -------------------------------------------------------------------------

    def _manifest(self, arc: Archive, root: str) -> dict[str, Any]:
        member = root + "data/manifest.js"
        if not arc.exists(member):
            return {}
        text = arc.read_text(member)
        start = text.find("{")
        value = parse_json(text, where=arc.display(member), start=max(start, 0))
        return value if isinstance(value, dict) else {}

    def _account(self, arc: Archive, members: list[str], manifest: dict[str, Any]) -> tuple[str, str | None]:
        """(username without @, account id) of the archive owner."""
        for member in members:
            for item in _ytd(arc, member):
                acc = item.get("account") if isinstance(item, dict) else None
                if isinstance(acc, dict) and acc.get("username"):
                    return str(acc["username"]).lstrip("@"), _str_or_none(acc.get("accountId"))
        user = manifest.get("userInfo")
        if isinstance(user, dict) and user.get("userName"):
            return str(user["userName"]).lstrip("@"), _str_or_none(user.get("accountId"))
        raise InputError(
            "no username in data/account.js or data/manifest.js: cannot tell whose tweets these are",
            path=arc.path,
        )

    def _read_tweets(
        self, arc: Archive, members: list[str], counts: dict[str, int], ledger: Ledger
    ) -> list[_Tweet]:
        tweets = []
        for member in members:
            file = arc.display(member)
            items = _ytd(arc, member)
            ledger.read(file, len(items))
            if member in counts and counts[member] != len(items):
                ledger.note(f"{file}: manifest says {counts[member]} records, the file has {len(items)}")
            for i, item in enumerate(items):
                locator = f"[{i}]"
                tweet = item.get("tweet", item) if isinstance(item, dict) else item
                checked = _check_tweet(tweet)
                if isinstance(checked, str):
                    ledger.reject(file, locator, checked, item)
                    continue
                tid = str(tweet.get("id_str") or tweet.get("id"))
                chain, size = _edit_chain(tweet, tid)
                tweets.append(_Tweet(file, locator, tweet, tid, checked, chain, size))
        return tweets

    def _read_notes(
        self, arc: Archive, members: list[str], ledger: Ledger
    ) -> list[tuple[str, dict[str, Any]]]:
        notes: list[tuple[str, dict[str, Any]]] = []
        for member in members:
            file = arc.display(member)
            items = _ytd(arc, member)
            ledger.read(file, len(items))
            for i, item in enumerate(items):
                note = item.get("noteTweet") if isinstance(item, dict) else None
                core = note.get("core") if isinstance(note, dict) else None
                if (
                    not isinstance(note, dict)
                    or not isinstance(core, dict)
                    or not isinstance(core.get("text"), str)
                ):
                    ledger.reject(file, f"[{i}]", "note tweet without noteTweet.core.text", item)
                    continue
                notes.append((file, note))
        return notes

    # -- records -----------------------------------------------------------------------

    def _emit(
        self,
        tweets: list[_Tweet],
        notes: list[tuple[str, dict[str, Any]]],
        owner: tuple[str, str | None],
        ledger: Ledger,
    ) -> None:
        chains: dict[str, list[_Tweet]] = {}
        for t in tweets:
            chains.setdefault(t.chain, []).append(t)
        note_index = _NoteIndex(notes)
        for t in tweets:
            versions = chains[t.chain]
            latest = max(int(v.id) for v in versions)
            if int(t.id) != latest:
                ledger.exclude(t.file, "superseded_edit")
                continue
            first = next((v for v in versions if v.id == t.chain), None)
            # A post counts from its first version (an edit does not make a reply slower).
            if first is not None:
                created = refine_time(first.created_at, x_snowflake_time(first.id))
            else:
                initial = x_snowflake_time(t.chain) if t.chain != t.id else None
                created = initial or refine_time(t.created_at, x_snowflake_time(t.id))
            edited = t.chain_size > 1 or len({v.id for v in versions}) > 1
            self._post(t, owner, created, edited, note_index, ledger)
        note_index.account(ledger)

    def _post(
        self,
        t: _Tweet,
        owner: tuple[str, str | None],
        created: datetime,
        edited: bool,
        notes: _NoteIndex,
        ledger: Ledger,
    ) -> None:
        raw = t.raw
        text = html.unescape(str(raw.get("full_text") or raw.get("text") or ""))
        text = notes.full_text(t.created_at, text) or text
        parent = raw.get("in_reply_to_status_id_str") or raw.get("in_reply_to_status_id")
        parent = str(parent) if parent else None
        is_reply = bool(parent or raw.get("in_reply_to_user_id_str") or raw.get("in_reply_to_user_id"))
        if text.startswith("RT @"):
            kind = "repost"
        elif _quoted_id(raw, t.id):
            kind = "quote"
        else:
            kind = "reply" if is_reply else "post"
        reply_account = _str_or_none(raw.get("in_reply_to_screen_name"))
        parent_user = _str_or_none(raw.get("in_reply_to_user_id_str") or raw.get("in_reply_to_user_id"))
        if is_reply and not reply_account and parent_user is not None and parent_user == owner[1]:
            reply_account = owner[0]  # a self-thread whose screen name X left out
        lang = raw.get("lang")
        ledger.post(
            t.file,
            t.locator,
            post_id=f"x:{t.id}",
            platform="x",
            account=owner[0],
            created_at=created,
            text=clean_text(text),
            kind=kind,
            reply_to_id=f"x:{parent}" if parent else None,
            reply_to_account=reply_account,
            parent_created_at=x_snowflake_time(parent) if parent else None,
            edited=edited,
            lang=None if not isinstance(lang, str) or _NO_LANG.match(lang) else lang,
        )


class _NoteIndex:
    """Long-post texts from note-tweet.js, joined to tweets by creation second + text prefix."""

    def __init__(self, notes: list[tuple[str, dict[str, Any]]]) -> None:
        self._by_second: dict[datetime, list[int]] = {}
        self._notes = notes
        self._used = [False] * len(notes)
        for i, (_, note) in enumerate(notes):
            for key in ("createdAt", "updatedAt"):
                try:
                    second = parse_iso_time(str(note.get(key)))[0].replace(microsecond=0)
                except ValueError:
                    continue
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
            text = html.unescape(self._notes[i][1]["core"]["text"])
            if _prefix_key(text).startswith(want[:40]):
                self._used[i] = True
                return text
        return None

    def account(self, ledger: Ledger) -> None:
        """Classify every note: merged into its tweet, or excluded as unmatched."""
        for (file, _), used in zip(self._notes, self._used, strict=True):
            ledger.exclude(file, "note_tweet_merged" if used else "note_tweet_unmatched")
        unmatched = self._used.count(False)
        if unmatched:
            log.warning("%d note tweets matched no tweet (tweet deleted or missing)", unmatched)


def _prefix_key(text: str) -> str:
    text = _LEADING_MENTIONS.sub("", _URL.sub("", text).replace("…", " ").strip())
    return " ".join(text.split())


def _check_tweet(tweet: object) -> str | datetime:
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
        match = _STATUS_URL.match(str(url.get("expanded_url") or "")) if isinstance(url, dict) else None
        if match and match.group(1) != own_id:
            return match.group(1)
    return None


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _ytd(arc: Archive, member: str) -> list[Any]:
    """The array of a `window.YTD.<name>.partN = [...]` file; InputError if it is not one."""
    text = arc.read_text(member)
    start = text.find("[")
    head = text[: max(start, 0)].strip()
    if start < 0 or (head and not head.endswith("=")):
        raise InputError(
            "not an X archive data file (expected `window.YTD.<name>.partN = [`)",
            path=arc.display(member),
            location="line 1",
        )
    value = parse_json(text, where=arc.display(member), start=start)
    if not isinstance(value, list):
        raise InputError("expected a JSON array", path=arc.display(member))
    return value


def _data_files(
    arc: Archive, root: str, manifest: dict[str, Any]
) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Members holding tweets, deleted tweets, note tweets and the account, plus manifest counts.

    The manifest is authoritative when it lists files; otherwise `data/<stem>.js` and its
    `-partN.js` siblings are used (`tweet.js` for archives from before 2022).
    """
    types = manifest.get("dataTypes")
    types = types if isinstance(types, dict) else {}
    wanted = {
        "tweets": (("tweets", "tweet"), ("tweets", "tweet")),
        "deleted": (("deletedTweets",), ("deleted-tweets",)),
        "notes": (("noteTweet",), ("note-tweet",)),
        "account": (("account",), ("account",)),
    }
    found: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for key, (type_names, stems) in wanted.items():
        members: list[str] = []
        for entry in (types.get(t) for t in type_names):
            files = entry.get("files") if isinstance(entry, dict) else None
            for f in files if isinstance(files, list) else []:
                member = root + str(f.get("fileName", "") if isinstance(f, dict) else "").removeprefix("./")
                if not arc.exists(member):
                    log.warning("manifest lists %s but the archive does not have it", member)
                elif member not in members:
                    members.append(member)
                    if str(f.get("count", "")).isdigit():
                        counts[member] = int(f["count"])
        for stem in stems if not members else ():
            pattern = re.compile(re.escape(root) + rf"data/{re.escape(stem)}(-part\d+)?\.js")
            members = sorted((m for m in arc.find(suffix=".js") if pattern.fullmatch(m)), key=_part_number)
            if members:
                break
        found[key] = members
    return found, counts


def _part_number(member: str) -> int:
    match = re.search(r"-part(\d+)\.js$", member)
    return int(match.group(1)) if match else 0
