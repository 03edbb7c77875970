"""Facebook and Instagram "Download your information" exports (JSON; zip or folder) → posts.

Field map and pitfalls in FORMATS.md §6. Every string is UTF-8 written as `\\u00XX` code
points; it is repaired with `s.encode('latin-1').decode('utf-8')`, guarded (a string that is
not mojibake stays as it is). Nothing carries an id: a post's id is a hash of its content
(timestamp, text), so the same entry read twice, from two files or two exports, is counted
once as a duplicate. Files are found by pattern, whatever folder the export's vintage puts
them in (`posts/`, `your_activity_across_facebook/posts/`, `your_facebook_activity/posts/`;
`content/` or `your_instagram_activity/...`). Instagram's `string_map_data` keys are
localized (`Comment`/`Kommentar`, `Time`/`Tidspunkt`), so values are found by shape first.

Read: Facebook posts, comments and Messenger threads; Instagram posts, comments and direct
messages. Entries without any text (photos, check-ins, calls) are excluded as `no_text`;
unsent messages as `deleted`, unless `include_deleted=True`. The owner is named in the profile
file, else by the `account` option (`signals run --owner PATH=ACCOUNT`), else, for Facebook,
by the author of its comments.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from collectors.archive import Archive, open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import UTC, clean_text, from_epoch_ms, parse_json, plausible
from collectors.inputs import content_id, has_export
from collectors.options import owner_hint
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

_ACTIVITY = r"(?:^|/)"
MESSAGES = re.compile(_ACTIVITY + r"messages/[a-z_]+/[^/]+/message_\d+\.json$")
FB_POSTS = re.compile(_ACTIVITY + r"posts/your_posts(?:_\d+|__check_ins__photos_and_videos_\d+)\.json$")
FB_COMMENTS = re.compile(_ACTIVITY + r"comments(?:_and_reactions)?/comments(?:_\d+)?\.json$")
FB_PROFILE = re.compile(_ACTIVITY + r"profile_information/profile_information\.json$")
IG_POSTS = re.compile(_ACTIVITY + r"(?:content|media)/posts_\d+\.json$")
IG_COMMENTS = re.compile(_ACTIVITY + r"comments/(?:post|reels)_comments(?:_\d+)?\.json$")
IG_PROFILE = re.compile(_ACTIVITY + r"personal_information/personal_information\.json$")
# Localized string_map_data keys seen in exports (English, Danish, German, French, Spanish...).
COMMENT_KEYS = frozenset({"comment", "kommentar", "commentaire", "comentario", "commento", "comentário"})
OWNER_KEYS = frozenset({"media owner", "forfatter", "medieejer", "author", "autor", "auteur"})
USERNAME_KEYS = frozenset(
    {"username", "brugernavn", "benutzername", "nom d'utilisateur", "nombre de usuario"}
)
DISPLAY_NAME_KEYS = frozenset({"name", "navn", "nom", "nombre", "nome"})
_MESSAGE_TYPES = (None, "Generic", "Share")  # a tuple: `in` compares, so odd JSON values cannot break it


def fix_mojibake(value: Any) -> Any:
    """Repair Meta's Latin-1-escaped UTF-8 in every string of a parsed JSON value."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value  # already real text (a code point above U+00FF) or not mojibake
    if isinstance(value, list):
        return [fix_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: fix_mojibake(v) for k, v in value.items()}
    return value


def _load(arc: Archive, member: str) -> Any:
    """One JSON member, parsed and repaired; InputError if it nests too deeply to walk."""
    where = arc.display(member)
    try:
        return fix_mojibake(parse_json(arc.read_text(member), where=where))
    except RecursionError:  # parsed, but too deep for fix_mojibake: parse_json's answer for deeper ones
        raise InputError("invalid JSON: nested too deeply", path=where) from None


def _seconds(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1e11:
        return None  # 1e11 s is the year 5138: anything larger is not a time
    moment = from_epoch_ms(int(value * 1000))
    return moment if plausible(moment, first_year=2004, last_year=2100) else None


def _old_ig_time(value: object) -> datetime | None:
    """Old Instagram exports: `Apr 19, 2017, 3:35 AM` (read as UTC)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%b %d, %Y, %I:%M %p").replace(tzinfo=UTC)
    except ValueError:
        return None


# What a file reader yields per record: the keyword fields of Ledger.post (`id` without the
# platform prefix), or {"reject": reason, "excerpt": ...}, or {"exclude": reason}.
_Item = dict
Records = Iterator[tuple[str, dict[str, Any]]]


@dataclass(frozen=True)
class _Context:
    owner: str
    member: str
    platform: str
    aliases: frozenset[str] = frozenset()  # other names of the owner (Instagram DMs show the display name)
    include_deleted: bool = False


Reader = Callable[[Any, _Context], Records]


class _MetaCollector(Collector):
    """What Facebook and Instagram share: owner lookup, file patterns, messages, the ledger loop."""

    platform: ClassVar[str]
    profile: ClassVar[str]  # the file naming the owner, for messages
    anchors: ClassVar[tuple[str, ...]]
    readers: ClassVar[tuple[tuple[re.Pattern[str], Reader], ...]]

    def __init__(self, *, account: str | None = None, include_deleted: bool = False) -> None:
        self.account = account
        self.include_deleted = include_deleted

    def sniff(self, path: PathLike) -> bool:
        return has_export(path, self.anchors)

    def collect(self, path: PathLike) -> Collection:
        with open_archive(path, allow_tar=False) as arc:
            work = [(m, read) for m in arc.names() for pattern, read in self.readers if pattern.search(m)]
            if not work:
                raise InputError(
                    f"no {self.platform} posts, comments or messages found in this export", path=path
                )
            found, aliases = self._owner(arc)
            found = found or _owner_from_comments(arc, work)
            owner = self.account or found
            if not owner:
                raise InputError(
                    f"cannot tell whose {self.platform} export this is (no {self.profile}); "
                    + owner_hint(path),
                    path=path,
                )
            if found and found != owner:  # named by the option: the export's name for them is an alias
                aliases = aliases | {found}
            ledger = Ledger(self.name)
            naive = 0
            for member, read in work:
                file = arc.display(member)
                data = _load(arc, member)
                try:
                    context = _Context(owner, member, self.platform, aliases, self.include_deleted)
                    items = list(read(data, context))
                except _Malformed as exc:
                    raise InputError(str(exc), path=file) from None
                ledger.read(file, len(items))
                naive += sum(_record(ledger, file, locator, item, self.platform) for locator, item in items)
            return ledger.finish(naive_times=naive)

    def _owner(self, arc: Archive) -> tuple[str | None, frozenset[str]]:
        """The owner's account as the roster names it, and other names the export uses for them."""
        raise NotImplementedError


def _record(ledger: Ledger, file: str, locator: str, item: _Item, platform: str) -> int:
    """Classify one item; returns 1 if its time was read as UTC for want of a zone."""
    if "reject" in item:
        ledger.reject(file, locator, item["reject"], item.get("excerpt"))
    elif "exclude" in item:
        ledger.exclude(file, item["exclude"])
    else:
        post_id = f"{platform}:{item.pop('id')}"
        text = clean_text(item.pop("text")).strip()
        naive = item.pop("naive", False)
        ledger.post(file, locator, post_id=post_id, platform=platform, text=text, **item)
        return int(naive)
    return 0


def _owner_from_comments(arc: Archive, work: list[tuple[str, Reader]]) -> str | None:
    """Facebook comments carry `author` (the owner): a fallback when the profile file is absent."""
    for member in (m for m, read in work if read is _fb_comments):
        data = _load(arc, member)
        with contextlib.suppress(_Malformed):
            for entry in _entries(data, "comments_v2", "comments"):
                for part in _list(_obj(entry).get("data")):
                    if author := _text(_obj(_obj(part).get("comment")).get("author")):
                        return author
    return None


def _entries(data: Any, *keys: str) -> list[Any]:
    """The list of records, whether the file is a bare list or `{"<key>": [...]}` (older names later)."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in keys:
            if isinstance(data.get(key), list):
                return list(data[key])
    raise _Malformed(f"expected a list or an object with {' or '.join(keys)}")


class _Malformed(ValueError):
    pass


def _messages(data: Any, ctx: _Context) -> Records:
    """Messenger / Instagram direct threads: every message, the owner's and the others'."""
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list):
        raise _Malformed("expected an object with a messages list")
    thread = str(data.get("thread_path") or ctx.member.rsplit("/", 1)[0])
    for i, msg in enumerate(messages):
        locator = f"messages[{i}]"
        if not isinstance(msg, dict):
            yield locator, _Item(reject="message is not an object")
            continue
        ms = msg.get("timestamp_ms")
        created = _seconds(ms / 1000) if isinstance(ms, int) and not isinstance(ms, bool) else None
        sender, content = msg.get("sender_name"), msg.get("content")
        if created is None or not isinstance(sender, str) or not sender:
            yield locator, _Item(reject="message without timestamp_ms or sender_name", excerpt=msg)
        elif msg.get("type") not in _MESSAGE_TYPES:
            yield locator, _Item(exclude="other_message_type")
        elif msg.get("is_unsent") and not ctx.include_deleted:
            yield locator, _Item(exclude="deleted")  # taken back by its sender
        elif not isinstance(content, str) or not content.strip():
            yield locator, _Item(exclude="no_text")
        else:
            key = content_id(thread, ms, sender, content)
            yield (
                locator,
                _Item(
                    id=f"message:{key}",
                    account=ctx.owner if sender in ctx.aliases else sender,
                    created_at=created,
                    text=content,
                    kind="message",
                    thread_id=f"{ctx.platform}:thread:{thread}",
                ),
            )


def _obj(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _post(kind: str, stamp: object, text: str, created: datetime, account: str, **extra: Any) -> _Item:
    """A post item whose id is a hash of (timestamp, text): Meta exports carry no ids."""
    return _Item(
        id=f"{kind}:{content_id(stamp, text)}",
        account=account,
        created_at=created,
        text=text,
        kind=kind,
        **extra,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _fb_posts(data: Any, ctx: _Context) -> Records:
    for i, entry in enumerate(_entries(data, "status_updates", "posts")):
        parts = [d for d in _list(_obj(entry).get("data")) if isinstance(d, dict)]
        stamp = _obj(entry).get("timestamp")
        created, text = _seconds(stamp), next((d["post"] for d in parts if _text(d.get("post"))), None)
        if created is None:
            yield f"[{i}]", _Item(reject="entry without a valid timestamp", excerpt=entry)
        elif text is None:
            yield f"[{i}]", _Item(exclude="no_text")
        else:
            edited = any("update_timestamp" in d for d in parts)
            yield f"[{i}]", _post("post", stamp, text, created, ctx.owner, edited=edited)


def _fb_comments(data: Any, ctx: _Context) -> Records:
    for i, entry in enumerate(_entries(data, "comments_v2", "comments")):
        parts = [_obj(d).get("comment") for d in _list(_obj(entry).get("data"))]
        comment = next((c for c in parts if isinstance(c, dict)), {})
        stamp = comment.get("timestamp") or _obj(entry).get("timestamp")
        created, text = _seconds(stamp), _text(comment.get("comment"))
        if created is None:
            yield f"[{i}]", _Item(reject="comment without a valid timestamp", excerpt=entry)
        elif text is None:
            yield f"[{i}]", _Item(exclude="no_text")
        else:
            author = _text(comment.get("author"))
            account = author if author and author not in ctx.aliases else ctx.owner
            yield f"[{i}]", _post("comment", stamp, text, created, account)


def _ig_posts(data: Any, ctx: _Context) -> Records:
    for i, entry in enumerate(_entries(data, "ig_posts", "posts")):
        media = [m for m in _list(_obj(entry).get("media")) if isinstance(m, dict)]
        first = media[0] if media else {}
        stamp = _obj(entry).get("creation_timestamp") or first.get("creation_timestamp")
        old = _old_ig_time(stamp)
        created = _seconds(stamp) or old
        text = _text(_obj(entry).get("title")) or _text(first.get("title"))
        if created is None:
            yield f"[{i}]", _Item(reject="post without a valid creation_timestamp", excerpt=entry)
        elif text is None:
            yield f"[{i}]", _Item(exclude="no_text")
        else:
            yield f"[{i}]", _post("post", stamp, text, created, ctx.owner, naive=old is not None)


def _ig_comments(data: Any, ctx: _Context) -> Records:
    for i, entry in enumerate(_entries(data, "comments_media_comments", "comments_reels_comments")):
        fields = _obj(entry).get("string_map_data")
        if not isinstance(fields, dict):
            yield f"[{i}]", _Item(reject="comment without string_map_data", excerpt=entry)
            continue
        text, media_owner, created, stamp = _string_map(fields)
        naive = isinstance(stamp, str)  # an old export's "Apr 19, 2017, 3:35 AM": no zone
        if created is None:
            yield f"[{i}]", _Item(reject="comment without a valid time", excerpt=entry)
        elif not text:
            yield f"[{i}]", _Item(exclude="no_text")
        else:
            extra = {"reply_to_account": media_owner, "naive": naive}
            yield f"[{i}]", _post("comment", stamp, text, created, ctx.owner, **extra)


def _string_map(fields: dict[str, Any]) -> tuple[str | None, str | None, datetime | None, object]:
    """(comment, media owner, time, raw time) from localized string_map_data, by key then by shape."""
    text = owner = None
    created, stamp = None, None
    loose: list[str] = []
    for key, cell in fields.items():
        if not isinstance(cell, dict):
            continue
        value, when = cell.get("value"), _seconds(cell.get("timestamp")) or _old_ig_time(cell.get("value"))
        if when is not None and created is None:
            created, stamp = when, cell.get("timestamp") or cell.get("value")
        elif isinstance(value, str) and value.strip():
            name = key.strip().lower()
            if name in COMMENT_KEYS:
                text = value
            elif name in OWNER_KEYS:
                owner = value
            else:
                loose.append(value)
    return text or (loose[0] if len(loose) == 1 else None), owner, created, stamp


class FacebookCollector(_MetaCollector):
    """Facebook export: posts, comments and Messenger threads; the owner from profile_information."""

    name = "facebook"
    description = (
        "Facebook 'Download your information' in JSON (.zip or folder): Settings > Accounts Center > "
        "Your information and permissions > Download your information"
    )
    platform = "facebook"
    profile = "profile_information/profile_information.json"
    anchors = (
        "posts/your_posts_1.json",
        "comments/comments.json",
        "profile_information/profile_information.json",
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_facebook_activity/comments_and_reactions/comments.json",
        "your_activity_across_facebook/comments_and_reactions/comments.json",
    )
    readers = ((FB_POSTS, _fb_posts), (FB_COMMENTS, _fb_comments), (MESSAGES, _messages))

    def _owner(self, arc: Archive) -> tuple[str | None, frozenset[str]]:
        for member in (m for m in arc.names() if FB_PROFILE.search(m)):
            data = _obj(_load(arc, member))
            name = _obj(data.get("profile_v2") or data.get("profile")).get("name")
            if full := _text(_obj(name).get("full_name") if isinstance(name, dict) else name):
                return full.strip(), frozenset()
        return None, frozenset()


class InstagramCollector(_MetaCollector):
    """Instagram export: posts, comments and direct messages; the owner from personal_information."""

    name = "instagram"
    description = (
        "Instagram 'Download your information' in JSON (.zip or folder): Settings > Accounts Center > "
        "Your information and permissions > Download your information"
    )
    platform = "instagram"
    profile = "personal_information/personal_information.json"
    anchors = (
        "content/posts_1.json",
        "comments/post_comments_1.json",
        "personal_information/personal_information.json",
        "your_instagram_activity/content/posts_1.json",
        "your_instagram_activity/media/posts_1.json",
        "your_instagram_activity/comments/post_comments_1.json",
    )
    readers = ((IG_POSTS, _ig_posts), (IG_COMMENTS, _ig_comments), (MESSAGES, _messages))

    def _owner(self, arc: Archive) -> tuple[str | None, frozenset[str]]:
        """The username; the display name is an alias (direct messages show it as the sender)."""
        for member in (m for m in arc.names() if IG_PROFILE.search(m)):
            data = _obj(_load(arc, member))
            for user in _list(data.get("profile_user")):
                cells = {
                    k.strip().lower(): _text(_obj(v).get("value"))
                    for k, v in _obj(_obj(user).get("string_map_data")).items()
                }
                username = next((v for k, v in cells.items() if k in USERNAME_KEYS and v), None)
                if username:
                    names = {v for k, v in cells.items() if k in DISPLAY_NAME_KEYS and v}
                    return username.strip(), frozenset(names)
        return None, frozenset()
