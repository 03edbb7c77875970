"""Discord data package (`package.zip` or its folder) → the requesting user's own messages.

Field map and pitfalls in FORMATS.md §7. Two layouts:

- 2024 packages: `messages/c<channel_id>/messages.json` (a list of `{ID, Timestamp, Contents,
  Attachments}`) + `channel.json`, and `messages/index.json`;
- legacy (≤2020) packages: `messages/<channel_id>/messages.csv` (`ID,Timestamp,Contents,Attachments`).

`ID` is a bare JSON number above 2^53: it is parsed as its literal digits, never as a float.
`Timestamp` is UTC without a zone; the snowflake id gives the same time to the millisecond.
Only the user's own messages are exported and nothing links a message to what it answers,
so Discord supports writing-style features and cadence but not response latency (a note on
the Collection says so). Direct messages are left out unless `include_direct=True`. The owner
(every message's author) is the username in `account/user.json`, or the `account` option
(`signals run --owner PATH=ACCOUNT`), which a package without that file needs.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from collectors.archive import Archive, open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text, from_epoch_ms, parse_iso_time, parse_json, refine_time
from collectors.csvfile import csv_rows, decode_export, read_header
from collectors.inputs import has_export
from collectors.options import owner_hint
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

DISCORD_EPOCH_MS = 1420070400000
DIRECT_TYPES = frozenset({1, 3})  # DM, group DM
_CHANNEL_DIR = re.compile(r"(?:^|/)messages/c?(\d+)/messages\.(json|csv)$", re.IGNORECASE)
_MARKUP = (
    (re.compile(r"<@!?(\d+)>"), r"@\1"),  # user mention: the id is all the package has
    (re.compile(r"<@&(\d+)>"), r"@role-\1"),
    (re.compile(r"<#(\d+)>"), r"#channel-\1"),
    (re.compile(r"<a?:(\w+):\d+>"), r":\1:"),  # custom emoji
)
NO_LATENCY_NOTE = (
    "discord: a data package holds only the user's own messages and no reply links, "
    "so it gives writing-style features and cadence but no response latency"
)


def discord_text(contents: str) -> str:
    """Plain text of a message: `<@!123>` → `@123`, `<#9>` → `#channel-9`, `<:wave:42>` → `:wave:`."""
    for pattern, replacement in _MARKUP:
        contents = pattern.sub(replacement, contents)
    return clean_text(contents)


def discord_snowflake_time(id_value: str) -> datetime | None:
    """Creation time of a Discord message from its id: (id >> 22) + 1420070400000 ms."""
    if not (id_value.isdigit() and id_value.isascii()) or not 0 < int(id_value) >> 22 < 2**42:
        return None  # 2**42 ms after 2015 is the year 2154: a larger id is not a snowflake
    return from_epoch_ms((int(id_value) >> 22) + DISCORD_EPOCH_MS)


class DiscordCollector(Collector):
    """Reads the messages of a Discord data package (2024 JSON or legacy CSV layout)."""

    name = "discord"
    description = (
        "Discord data package (package.zip or its folder): User Settings > Data & Privacy > "
        "Request all of my data"
    )

    def __init__(self, *, account: str | None = None, include_direct: bool = False) -> None:
        self.account = account
        self.include_direct = include_direct

    def sniff(self, path: PathLike) -> bool:
        return has_export(path, ("messages/index.json", "Messages/index.json", "account/user.json"))

    def collect(self, path: PathLike) -> Collection:
        with open_archive(path, allow_tar=False) as arc:
            channels = [(m, match) for m in arc.names() if (match := _CHANNEL_DIR.search(m))]
            if not channels:
                raise InputError(
                    "no messages/<channel>/messages.json or .csv: not a Discord package", path=path
                )
            account = self.account or _account(arc)
            if account is None:
                raise InputError(
                    "no account/user.json with a username: cannot tell whose package this is; "
                    + owner_hint(path),
                    path=path,
                )
            ledger = Ledger(self.name)
            for member, match in channels:
                folder = member.rsplit("/", 1)[0]
                channel = _channel(arc, f"{folder}/channel.json")
                self._channel(arc, member, match.group(1), match.group(2).lower(), channel, account, ledger)
            ledger.note(NO_LATENCY_NOTE)
            return ledger.finish()

    def _channel(
        self,
        arc: Archive,
        member: str,
        channel_id: str,
        ext: str,
        channel: dict[str, Any],
        account: str,
        ledger: Ledger,
    ) -> None:
        file = arc.display(member)
        rows = list(_json_rows(arc, member) if ext == "json" else _csv_rows(arc, member))
        ledger.read(file, len(rows))
        kind = channel.get("type")
        direct = isinstance(kind, int) and kind in DIRECT_TYPES and not self.include_direct
        for locator, row, problem in rows:
            if problem is not None:
                ledger.reject(file, locator, problem, row)
                continue
            mid = str(row.get("ID") or row.get("id") or "").strip()
            created = _time(row.get("Timestamp") or row.get("timestamp"), mid)
            text = row.get("Contents") if isinstance(row.get("Contents"), str) else row.get("contents")
            if not mid.isdigit() or created is None:
                ledger.reject(file, locator, "message without a numeric ID or a valid Timestamp", row)
            elif direct:
                ledger.exclude(file, "direct_message")
            elif not isinstance(text, str) or not text.strip():
                ledger.exclude(file, "no_text")  # an attachment or sticker alone
            else:
                ledger.post(
                    file,
                    locator,
                    post_id=f"discord:{mid}",
                    platform="discord",
                    account=account,
                    created_at=created,
                    text=discord_text(text),
                    kind="message",
                    thread_id=f"discord:channel:{channel_id}",
                )


def _time(value: object, mid: str) -> datetime | None:
    """`Timestamp` (UTC; `2023-02-05 01:40:06` or `…34.469000+00:00`), refined to the ms by the id."""
    precise = discord_snowflake_time(mid)
    if isinstance(value, str) and value.strip():
        try:
            return refine_time(parse_iso_time(value)[0], precise)
        except ValueError:
            pass
    return precise


Row = tuple[str, Any, str | None]  # (locator, record, problem)


def _json_rows(arc: Archive, member: str) -> list[Row]:
    data = parse_json(arc.read_text(member), where=arc.display(member), parse_int=str)
    if not isinstance(data, list):
        raise InputError("expected a JSON list of messages", path=arc.display(member))
    return [
        (f"[{i}]", item, None if isinstance(item, dict) else "message is not an object")
        for i, item in enumerate(data)
    ]


def _csv_rows(arc: Archive, member: str) -> list[Row]:
    where = arc.display(member)
    text, _ = decode_export(arc.read(member), where=where)
    names = read_header(text, where=where)
    if "id" not in names or "timestamp" not in names:
        raise InputError(f"expected ID,Timestamp,Contents,Attachments; found {','.join(names)}", path=where)
    header = [n.capitalize() if n != "id" else "ID" for n in names]
    return [
        (
            r.locator,
            dict(zip(header, r.fields, strict=False)) if r.problem is None else ",".join(r.fields),
            r.problem,
        )
        for r in csv_rows(text, width=len(names))
    ]


def _channel(arc: Archive, member: str) -> dict[str, Any]:
    """channel.json of a channel folder ({} if absent: then the channel is treated as not direct)."""
    if not arc.exists(member):
        return {}
    data = parse_json(arc.read_text(member), where=arc.display(member), parse_int=str)
    if isinstance(data, dict) and isinstance(data.get("type"), str) and data["type"].isdigit():
        data["type"] = int(data["type"])
    return data if isinstance(data, dict) else {}


def _account(arc: Archive) -> str | None:
    """The package owner's username from account/user.json."""
    member = arc.locate("account/user.json") or arc.locate("Account/user.json")
    if member is None:
        return None
    user = parse_json(arc.read_text(member), where=arc.display(member), parse_int=str)
    name = user.get("username") if isinstance(user, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None
