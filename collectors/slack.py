"""Slack workspace export (folder or .zip) → posts.

Field map and pitfalls in FORMATS.md §4: `users.json`, `channels.json` (plus `groups.json`,
`mpims.json`, `dms.json` in full exports) and one folder per channel of `YYYY-MM-DD.json`
day files. Day-file names are in the workspace's local time, so times come from `ts` only;
thread replies are stored under their own day, so threads are resolved across all files.
Bots and system events (joins, topic changes...) are excluded and counted by subtype;
tombstones of deleted thread roots are counted as `deleted`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from collectors.archive import Archive, contains_any, open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import UTC, clean_text, parse_json
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TS = re.compile(r"^(\d{1,12})(?:\.(\d{1,9}))?$")
_DAY_FILE = re.compile(r"^([^/]+)/(\d{4}-\d{2}-\d{2})\.json$")
_TOKEN = re.compile(r"<([^<>]*)>")
_ANCHORS = ("channels.json", "groups.json", "mpims.json", "dms.json")
# Subtypes whose text a person wrote; every other subtype is a system event, excluded and counted.
CONTENT_SUBTYPES = frozenset({None, "thread_broadcast", "file_share", "me_message", "file_comment"})
# A deleted message: the placeholder Slack keeps for a deleted thread root ("This message was
# deleted.", by USLACKBOT), or a deletion event. Counted as `deleted` like other platforms'
# deleted posts; it keeps no text of its author, so it is never a post.
DELETED_SUBTYPES = frozenset({"tombstone", "message_deleted"})


def slack_time(ts: str) -> datetime:
    """A message `ts` ("1454884927.000002") as an exact UTC datetime (ValueError if malformed)."""
    match = _TS.match(ts)
    if not match:
        raise ValueError(f"not a Slack ts: {ts!r}")
    micros = int((match.group(2) or "0")[:6].ljust(6, "0"))
    return _EPOCH + timedelta(seconds=int(match.group(1)), microseconds=micros)


def mrkdwn_to_text(text: str, *, users: dict[str, str], channels: dict[str, str]) -> str:
    """Slack mrkdwn → plain text: `<@U1>` → `@name`, `<#C1|general>` → `#general`,
    `<!here>` → `@here`, `<url|label>` → `label`, `<url>` → `url`, then `&lt; &gt; &amp;`."""

    def token(match: re.Match[str]) -> str:
        target, _, label = match.group(1).partition("|")
        if target.startswith("@"):
            uid = target[1:]
            return "@" + (users.get(uid) or label.lstrip("@") or uid)
        if target.startswith("#"):
            cid = target[1:]
            return "#" + (label or channels.get(cid) or cid)
        if target.startswith("!"):
            command = target[1:]
            if command in ("here", "channel", "everyone"):
                return "@" + command
            if command.startswith("subteam^"):
                return "@" + (label.lstrip("@") or command.partition("^")[2])
            return label or "@" + command
        return label or target.removeprefix("mailto:")

    text = _TOKEN.sub(token, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@dataclass
class _Channel:
    id: str
    name: str
    direct: bool


@dataclass
class _Day:
    member: str
    file: str
    channel: _Channel


@dataclass(slots=True)
class _Kept:
    """The fields of a message a post is made of."""

    file: str
    locator: str
    channel_id: str
    ts: str
    created: datetime
    user: str
    text: str | None
    comment: bool
    thread_ts: str | None
    parent_user: Any
    root_user: Any
    edited: bool


class SlackCollector(Collector):
    """Reads every channel's day files; DMs and group DMs are left out unless asked for."""

    name = "slack"
    description = (
        "Slack workspace export (.zip or its folder): Workspace settings > Import/Export Data > Export "
        "(workspace admins)"
    )

    def __init__(self, *, include_direct: bool = False) -> None:
        self.include_direct = include_direct

    def sniff(self, path: PathLike) -> bool:
        return contains_any(path, _ANCHORS)

    def collect(self, path: PathLike) -> Collection:
        """Two passes over the day files. A message needs what other files hold (its thread's
        root, profile names of users missing from users.json, which its text may mention), so
        the first pass gathers only those; the second makes each message a post as it is
        read, and lets each day's parsed JSON go. Keeping every message until all files had
        been read took about 4.5 times the export's size; parsing twice costs about a
        sixth more time."""
        with open_archive(path, allow_tar=False) as arc:
            anchor = next(((m, rel) for rel in _ANCHORS if (m := arc.locate(rel))), None)
            if anchor is None:
                raise InputError("no channels.json: not a Slack export", path=path)
            root = anchor[0][: len(anchor[0]) - len(anchor[1])]
            ledger = Ledger(self.name)
            users, bots = self._users(arc, root)
            channels = self._channels(arc, root)
            days = self._days(arc, root, channels, ledger)
            profiles: dict[str, str] = {}
            roots: dict[tuple[str, str], str] = {}
            for day in days:
                messages = _json_list(arc, day.member, required=True)
                _gather_profiles(messages, profiles)
                _gather_roots(messages, day.channel.id, roots)
            for uid, name in profiles.items():
                users.setdefault(uid, name)
            names = {c.id: c.name for c in channels.values()}
            for day in days:
                messages = _json_list(arc, day.member, required=True)
                ledger.read(day.file, len(messages))
                for i, msg in enumerate(messages):
                    found = self._keep(msg, day, f"[{i}]", bots, ledger)
                    if found is not None:
                        self._post(found, users, names, roots, ledger)
            return ledger.finish()

    def _users(self, arc: Archive, root: str) -> tuple[dict[str, str], set[str]]:
        """user id → `name` (the handle), and the ids of bot users."""
        users: dict[str, str] = {}
        bots: set[str] = set()
        for fname in ("users.json", "org_users.json"):
            for u in _json_list(arc, root + fname):
                if isinstance(u, dict) and isinstance(u.get("id"), str):
                    users.setdefault(u["id"], str(u.get("name") or u["id"]))
                    if u.get("is_bot") or u["id"] == "USLACKBOT":
                        bots.add(u["id"])
        return users, bots

    def _channels(self, arc: Archive, root: str) -> dict[str, _Channel]:
        """Folder name → channel. DM folders are named by id, the others by channel name."""
        folders: dict[str, _Channel] = {}
        for fname, direct, by_id in (
            ("channels.json", False, False),
            ("groups.json", False, False),
            ("mpims.json", True, False),
            ("dms.json", True, True),
        ):
            for c in _json_list(arc, root + fname):
                if not isinstance(c, dict) or not isinstance(c.get("id"), str):
                    continue
                name = str(c.get("name") or c["id"])
                folders.setdefault(c["id"] if by_id else name, _Channel(c["id"], name, direct))
        return folders

    def _days(self, arc: Archive, root: str, channels: dict[str, _Channel], ledger: Ledger) -> list[_Day]:
        """The day files of the export, in the archive's order, with their channels."""
        days = []
        unknown: set[str] = set()
        for member in arc.names():
            match = _DAY_FILE.match(member[len(root) :]) if member.startswith(root) else None
            if not match:
                continue
            folder = match.group(1)
            channel = channels.get(folder)
            if channel is None:
                unknown.add(folder)
                channel = channels[folder] = _Channel(folder, folder, False)
            days.append(_Day(member, arc.display(member), channel))
        for folder in sorted(unknown):
            ledger.note(f"slack: folder {folder!r} is not in channels.json; its name is used as channel id")
        return days

    def _keep(self, msg: Any, day: _Day, locator: str, bots: set[str], ledger: Ledger) -> _Kept | None:
        """What a post needs of one message, or None when it is rejected or excluded (counted)."""
        file, channel = day.file, day.channel
        if not isinstance(msg, dict):
            ledger.reject(file, locator, "message is not an object", msg)
            return None
        ts = msg.get("ts")
        try:
            created = slack_time(ts) if isinstance(ts, str) else None
        except ValueError:
            created = None
        if created is None or not isinstance(ts, str):
            ledger.reject(file, locator, "missing or malformed ts", msg)
            return None
        excluded = self._exclusion(msg, channel, bots)
        if excluded:
            ledger.exclude(file, excluded)
            return None
        subtype = msg.get("subtype")
        user, text = msg.get("user"), msg.get("text")
        comment = msg.get("comment")
        if subtype == "file_comment" and isinstance(comment, dict):
            user, text = comment.get("user"), comment.get("comment")
        if not isinstance(user, str) or not user:
            ledger.reject(file, locator, "message without a user", msg)
            return None
        root_copy = msg.get("root")
        return _Kept(
            file=file,
            locator=locator,
            channel_id=channel.id,
            ts=ts,
            created=created,
            user=user,
            text=text if isinstance(text, str) else None,
            comment=subtype == "file_comment",
            thread_ts=msg.get("thread_ts") if isinstance(msg.get("thread_ts"), str) else None,
            parent_user=msg.get("parent_user_id") or None,
            root_user=root_copy.get("user") if isinstance(root_copy, dict) else None,
            edited=bool(msg.get("edited")),
        )

    def _post(
        self,
        kept: _Kept,
        users: dict[str, str],
        channels: dict[str, str],
        roots: dict[tuple[str, str], str],
        ledger: Ledger,
    ) -> None:
        ts, thread_ts, channel_id = kept.ts, kept.thread_ts, kept.channel_id
        is_reply = thread_ts is not None and thread_ts != ts
        parent_user = kept.parent_user or roots.get((channel_id, thread_ts or "")) or kept.root_user
        parent_time = None
        if is_reply and thread_ts is not None:
            try:
                parent_time = slack_time(thread_ts)
            except ValueError:
                parent_time = None
        ledger.post(
            kept.file,
            kept.locator,
            post_id=f"slack:{channel_id}/{ts}",
            platform="slack",
            account=users.get(kept.user, kept.user),
            created_at=kept.created,
            text=clean_text(mrkdwn_to_text(kept.text, users=users, channels=channels))
            if kept.text is not None
            else "",
            kind="comment" if kept.comment else "reply" if is_reply else "message",
            reply_to_account=users.get(parent_user, parent_user) if is_reply and parent_user else None,
            parent_created_at=parent_time,
            thread_id=f"slack:{channel_id}/{thread_ts}" if thread_ts else None,
            edited=kept.edited,
        )

    def _exclusion(self, msg: dict[str, Any], channel: _Channel, bots: set[str]) -> str | None:
        """Why a message is left out (its subtype, `bot_id`, `direct_message`), or None to keep it."""
        subtype = msg.get("subtype")
        if subtype in DELETED_SUBTYPES:
            return "deleted"
        if subtype not in CONTENT_SUBTYPES:
            return str(subtype)
        if msg.get("bot_id"):
            return "bot_id"
        if msg.get("user") in bots:
            return "bot_user"
        if channel.direct and not self.include_direct:
            return "direct_message"
        return None


def _gather_profiles(messages: list[Any], into: dict[str, str]) -> None:
    """user id → name from the `user_profile` copies in messages (first one seen wins)."""
    for msg in messages:
        profile = msg.get("user_profile") if isinstance(msg, dict) else None
        uid = msg.get("user") if isinstance(msg, dict) else None
        if isinstance(profile, dict) and isinstance(uid, str) and uid not in into:
            name = profile.get("name") or profile.get("display_name") or profile.get("real_name")
            if name:
                into[uid] = str(name)


def _gather_roots(messages: list[Any], channel_id: str, into: dict[tuple[str, str], str]) -> None:
    """(channel id, thread_ts) → user of the root message, for the thread roots in `messages`."""
    for msg in messages:
        if (
            isinstance(msg, dict)
            and msg.get("thread_ts")
            and msg.get("thread_ts") == msg.get("ts")
            and msg.get("subtype") in CONTENT_SUBTYPES  # a tombstone's user is USLACKBOT
        ):
            user = msg.get("user")
            if isinstance(user, str):
                into.setdefault((channel_id, str(msg["ts"])), user)


def _json_list(arc: Archive, member: str, *, required: bool = False) -> list[Any]:
    """A JSON array member; [] if an optional one is absent; InputError if it is not an array."""
    if not arc.exists(member):
        if required:
            raise InputError("missing", path=arc.display(member))
        return []
    value = parse_json(arc.read_text(member), where=arc.display(member))
    if not isinstance(value, list):
        raise InputError(f"expected a JSON array, got {type(value).__name__}", path=arc.display(member))
    return value
