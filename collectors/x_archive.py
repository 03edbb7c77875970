"""X/Twitter account archive (folder or .zip) → posts.

Field map and pitfalls in FORMATS.md §1. In short: `data/manifest.js` lists the tweet files
(big archives split into `tweets-partN.js`); every data file is `window.YTD.<name>.partN = [...]`;
the author is the archive owner (`account.js`); retweets are `RT @` texts, quotes are
`/status/<id>` links; every edit version is its own tweet; long posts have their full text
in `note-tweet.js`. Tweets in `deleted-tweets.js` (those deleted in the days before the
archive was made) were taken back by their author: excluded and counted (`deleted`) unless
`include_deleted=True` (`signals run --include-deleted`) reads them as posts.

The tweet files are streamed (collectors.jsonstream): one tweet is decoded at a time and
only what a post needs is kept (a few strings and a time), because edit chains and note
tweets can only be resolved once every file has been read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from collectors.archive import Archive, contains_any, open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text, parse_json, refine_time, x_snowflake_time
from collectors.jsonstream import JsonStream
from collectors.x_tweets import Note, NoteIndex, Tweet, check_tweet, compact_tweet, note_seconds, str_or_none
from collectors.x_tweets import parse_twitter_time as parse_twitter_time  # public here too (twcs, tests)
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

_SNIFF = ("data/manifest.js", "data/tweets.js", "data/tweet.js", "data/tweets-part1.js")


class XArchiveCollector(Collector):
    """Reads an X account archive: tweets and note tweets of the owner, and with
    `include_deleted=True` the tweets they deleted (otherwise only counted)."""

    name = "x_archive"
    description = (
        "X/Twitter account archive (.zip or its folder): Settings > Your account > "
        "Download an archive of your data"
    )

    def __init__(self, *, include_deleted: bool = False) -> None:
        self.include_deleted = include_deleted

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
            read = files["tweets"] + (files["deleted"] if self.include_deleted else [])
            tweets = self._read_tweets(arc, read, counts, owner, ledger)
            if not self.include_deleted:
                _count_deleted(arc, files["deleted"], counts, ledger)
            notes = self._read_notes(arc, files["notes"], ledger)
            self._emit(tweets, notes, owner[0], ledger)  # empties `tweets` as it goes
            del notes
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
            for item in list(_ytd(arc, member)):  # a few lines: read whole, so any error in it counts
                acc = item.get("account") if isinstance(item, dict) else None
                if isinstance(acc, dict) and acc.get("username"):
                    return str(acc["username"]).lstrip("@"), str_or_none(acc.get("accountId"))
        user = manifest.get("userInfo")
        if isinstance(user, dict) and user.get("userName"):
            return str(user["userName"]).lstrip("@"), str_or_none(user.get("accountId"))
        raise InputError(
            "no username in data/account.js or data/manifest.js: cannot tell whose tweets these are",
            path=arc.path,
        )

    def _read_tweets(
        self,
        arc: Archive,
        members: list[str],
        counts: dict[str, int],
        owner: tuple[str, str | None],
        ledger: Ledger,
    ) -> list[Tweet]:
        tweets = []
        for member in members:
            file = arc.display(member)
            ledger.read(file, 0)
            n = 0
            for i, item in enumerate(_ytd(arc, member)):
                n += 1
                ledger.read(file)
                tweet = item.get("tweet", item) if isinstance(item, dict) else item
                checked = check_tweet(tweet)
                if isinstance(checked, str):
                    ledger.reject(file, f"[{i}]", checked, item)
                    continue
                tweets.append(compact_tweet(tweet, file, i, checked, owner))
            _check_count(file, counts.get(member), n, ledger)
        return tweets

    def _read_notes(self, arc: Archive, members: list[str], ledger: Ledger) -> list[Note]:
        notes: list[Note] = []
        for member in members:
            file = arc.display(member)
            ledger.read(file, 0)
            for i, item in enumerate(_ytd(arc, member)):
                ledger.read(file)
                note = item.get("noteTweet") if isinstance(item, dict) else None
                core = note.get("core") if isinstance(note, dict) else None
                if (
                    not isinstance(note, dict)
                    or not isinstance(core, dict)
                    or not isinstance(core.get("text"), str)
                ):
                    ledger.reject(file, f"[{i}]", "note tweet without noteTweet.core.text", item)
                    continue
                notes.append((file, core["text"], note_seconds(note)))
        return notes

    # -- records -----------------------------------------------------------------------

    def _emit(self, tweets: list[Tweet], notes: list[Note], owner: str, ledger: Ledger) -> None:
        """Post the last version of every edit chain, in file order, freeing each tweet once posted."""
        # Only tweets in an edit chain need their siblings; grouping every tweet would cost a
        # list per tweet.
        involved = {t.chain for t in tweets if t.chain != t.id or t.chain_size > 1}
        chains: dict[str, list[Tweet]] = {}
        for t in tweets:
            if t.chain in involved:
                chains.setdefault(t.chain, []).append(t)
        note_index = NoteIndex(notes)
        tweets.reverse()
        while tweets:
            t = tweets.pop()
            versions = chains.get(t.chain) or [t]
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
        self, t: Tweet, owner: str, created: datetime, edited: bool, notes: NoteIndex, ledger: Ledger
    ) -> None:
        text = notes.full_text(t.created_at, t.text) or t.text
        if text.startswith("RT @"):
            kind = "repost"
        elif t.quoted:
            kind = "quote"
        else:
            kind = "reply" if t.is_reply else "post"
        parent = t.parent
        ledger.post(
            t.file,
            f"[{t.index}]",
            post_id=f"x:{t.id}",
            platform="x",
            account=owner,
            created_at=created,
            text=clean_text(text),
            kind=kind,
            reply_to_id=f"x:{parent}" if parent else None,
            reply_to_account=t.reply_account,
            parent_created_at=x_snowflake_time(parent) if parent else None,
            edited=edited,
            lang=t.lang,
        )


def _count_deleted(arc: Archive, members: list[str], counts: dict[str, int], ledger: Ledger) -> None:
    """Every record of the deleted-tweets files read and excluded as `deleted`."""
    for member in members:
        file = arc.display(member)
        n = sum(1 for _ in _ytd(arc, member))
        ledger.read(file, n)
        ledger.exclude(file, "deleted", n)
        _check_count(file, counts.get(member), n, ledger)


def _check_count(file: str, listed: int | None, n: int, ledger: Ledger) -> None:
    """A note when the manifest's count of a file's records is not what the file holds."""
    if listed is not None and listed != n:
        ledger.note(f"{file}: manifest says {listed} records, the file has {n}")


def _ytd(arc: Archive, member: str) -> Iterator[Any]:
    """The elements of a `window.YTD.<name>.partN = [...]` file, streamed; InputError if it is not one."""
    where = arc.display(member)
    with arc.open(member) as raw:
        stream = JsonStream(raw, where=where)
        before = stream.find("[")
        if before is None or before not in ("", "="):
            stream.drain()
            raise InputError(
                "not an X archive data file (expected `window.YTD.<name>.partN = [`)",
                path=where,
                location="line 1",
            )
        yield from stream.array()
        stream.finish()


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
