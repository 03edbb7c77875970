"""Mastodon account archive (folder, .zip or older .tar.gz) → posts.

Field map and pitfalls in FORMATS.md §2. The outbox is an ActivityStreams OrderedCollection
whose raw file repeats the `orderedItems` key (an empty one, then the real one) and whose
`totalItems` is wrong; items come in database order; older archives give every item its own
`@context` and signature. `Create` activities are posts or replies, `Announce` are boosts.
Content is sanitized HTML, turned into plain text here with the stdlib HTML parser.

The outbox is streamed (collectors.jsonstream): one activity is decoded and turned into a
post at a time, so an archive of a million statuses needs memory for its posts, not for its
whole JSON tree.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlparse

from collectors.archive import Archive, contains_any, open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text, mastodon_id_time, parse_iso_time, parse_json, refine_time
from collectors.jsonstream import JsonStream
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
_STATUS_URI = re.compile(r"^https?://([^/\s]+)/users/[^/\s]+/statuses/(\d+)(?:/activity)?/?$")
_ANY_STATUS_ID = re.compile(r"^https?://[^/\s]+/.*/statuses/(\d+)/?$")
_POST_TYPES = frozenset({"Note", "Question", "Article", "Page"})


def mastodon_post_id(uri: str) -> str:
    """`mastodon:<host>/<status id>` for Mastodon status URIs, else `mastodon:<uri>`.

    The same rule turns `inReplyTo` into `reply_to_id`, so a reply and its parent (exported
    by another account of the same organization) meet on one id.
    """
    match = _STATUS_URI.match(uri)
    if match:
        return f"mastodon:{match.group(1).lower()}/{match.group(2)}"
    return f"mastodon:{uri}"


def status_time(uri: str) -> datetime | None:
    """Creation time of a status from a Mastodon `/statuses/<digits>` URI (id >> 16 ms), or None."""
    match = _ANY_STATUS_ID.match(uri)
    return mastodon_id_time(match.group(1)) if match else None


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class _TextExtractor(HTMLParser):
    """Plain text of Mastodon's sanitized HTML: `invisible` spans dropped, <br> and <p> as newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = []  # open elements and whether each is invisible
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._text("\n")
        elif tag == "p" and self.parts:
            self._text("\n\n")
        if tag in _VOID:
            return
        invisible = "invisible" in (dict(attrs).get("class") or "").split()
        self._open.append((tag, invisible))
        self._hidden += invisible

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if not any(name == tag for name, _ in self._open):
            return  # a stray end tag closes nothing
        while self._open:
            name, invisible = self._open.pop()
            self._hidden -= invisible
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        self._text(data)

    def _text(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(content: str) -> str:
    """Plain text of a status' HTML content (mentions stay `@user`, hashtags `#tag`)."""
    parser = _TextExtractor()
    parser.feed(content)
    parser.close()
    return "".join(parser.parts).strip()


def visibility(activity: dict[str, Any], obj: dict[str, Any]) -> str:
    """public / unlisted / private / direct from the audience fields (FORMATS.md §2)."""
    to = _audience(obj.get("to")) or _audience(activity.get("to"))
    cc = _audience(obj.get("cc")) or _audience(activity.get("cc"))
    if to & PUBLIC:
        return "public"
    if cc & PUBLIC:
        return "unlisted"
    if any(a.endswith("/followers") for a in to | cc):
        return "private"
    return "direct"


def _audience(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


class MastodonCollector(Collector):
    """Reads a Mastodon archive's outbox; direct messages are left out unless asked for."""

    name = "mastodon"
    description = (
        "Mastodon account archive (.zip/.tar.gz or its folder with outbox.json + actor.json): "
        "Preferences > Import and export > Data export > Request your archive"
    )

    def __init__(self, *, include_direct: bool = False) -> None:
        self.include_direct = include_direct

    def sniff(self, path: PathLike) -> bool:
        return contains_any(path, ("outbox.json",), allow_tar=True)

    def collect(self, path: PathLike) -> Collection:
        with open_archive(path) as arc:
            outbox_member = arc.locate("outbox.json")
            if outbox_member is None:
                raise InputError("no outbox.json: not a Mastodon archive", path=path)
            root = outbox_member[: -len("outbox.json")]
            account = self._account(arc, root + "actor.json")
            return self._outbox(arc, outbox_member, account).finish()

    def _account(self, arc: Archive, member: str) -> str:
        """`preferredUsername@host` of the archive owner, from actor.json."""
        if not arc.exists(member):
            raise InputError(
                "no actor.json next to outbox.json: cannot tell whose archive this is", path=arc.path
            )
        actor = parse_json(arc.read_text(member), where=arc.display(member))
        user = actor.get("preferredUsername") if isinstance(actor, dict) else None
        host = (
            urlparse(str(actor.get("id") or actor.get("url") or "")).hostname
            if isinstance(actor, dict)
            else None
        )
        if not user or not host:
            raise InputError("actor.json has no preferredUsername or id URL", path=arc.display(member))
        return f"{user}@{host}"

    def _outbox(self, arc: Archive, member: str, account: str) -> Ledger:
        """The outbox's activities, streamed into the ledger of its last `orderedItems` list.

        The raw file repeats the key (`"orderedItems":[],"orderedItems":[...]`); like
        `json.loads`, the last one wins. Each list is read into a fresh ledger as it streams
        past, and a later `orderedItems` replaces it, so the result is the same as decoding
        the whole file, without holding it.
        """
        where = arc.display(member)
        ledger: Ledger | None = None  # the ledger of the last orderedItems, if it is a list
        lists, items, total = 0, 0, None
        with arc.open(member) as raw:
            stream = JsonStream(raw, where=where)
            if stream.peek() != "{":
                _skip_value(stream)  # json's own error if the file is not JSON at all
                raise InputError("expected an OrderedCollection with orderedItems", path=where)
            for key in stream.members():
                if key != "orderedItems":
                    value = stream.value()
                    total = value if key == "totalItems" else total
                    continue
                lists += 1
                if stream.peek() != "[":
                    stream.value()
                    ledger = None
                    continue
                ledger, items = Ledger(self.name), 0
                ledger.read(where, 0)
                for i, item in enumerate(stream.array()):
                    items += 1
                    ledger.read(where)
                    self._item(item, where, f"orderedItems[{i}]", account, ledger)
            stream.finish()
        if ledger is None:
            raise InputError("expected an OrderedCollection with orderedItems", path=where)
        if lists > 1:
            log.debug("%s: duplicate orderedItems key, the last one is used", where)
        if total != items:  # Mastodon counts statuses, not exported items: expected, not news
            log.debug("%s: totalItems says %s, orderedItems has %d", where, total, items)
        return ledger

    def _item(self, item: Any, file: str, locator: str, account: str, ledger: Ledger) -> None:
        if not isinstance(item, dict):
            ledger.reject(file, locator, "activity is not an object", item)
            return
        kind = item.get("type")
        obj: dict[str, Any] = {}
        if kind == "Announce":  # a boost: `object` is only the URI of someone else's status
            uri, published = item.get("id"), _time(item.get("published"))
        elif kind == "Create":
            embedded = item.get("object")
            if not isinstance(embedded, dict):
                ledger.reject(file, locator, "Create without an embedded object", item)
                return
            if not isinstance(embedded.get("type"), str) or embedded["type"] not in _POST_TYPES:
                ledger.exclude(file, "other_object")
                return
            obj = embedded
            uri, published = obj.get("id"), _time(obj.get("published")) or _time(item.get("published"))
        else:
            ledger.exclude(file, "other_activity")
            return
        if not isinstance(uri, str) or published is None:
            ledger.reject(file, locator, f"{kind} without id or valid published time", item)
            return
        if visibility(item, obj) == "direct" and not self.include_direct:
            ledger.exclude(file, "direct_message")
            return
        fields = _status_fields(obj) if obj else {"text": "", "kind": "repost"}
        ledger.post(
            file,
            locator,
            post_id=mastodon_post_id(uri),
            platform="mastodon",
            account=account,
            created_at=refine_time(published, status_time(uri.removesuffix("/activity"))),
            **fields,
        )


def _status_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """Text, reply link, thread, edit flag and language of a Note/Question."""
    content_map = obj.get("contentMap")
    lang = next(iter(content_map), None) if isinstance(content_map, dict) and content_map else None
    content = obj.get("content")
    if not isinstance(content, str) and isinstance(content_map, dict) and lang is not None:
        content = content_map[lang]
    parent = obj.get("inReplyTo")
    parent = parent if isinstance(parent, str) and parent else None
    conversation = obj.get("conversation")
    return {
        "text": clean_text(html_to_text(content)) if isinstance(content, str) else "",
        "kind": "reply" if parent else "post",
        "reply_to_id": mastodon_post_id(parent) if parent else None,
        "reply_to_account": _mentioned_account(obj, parent) if parent else None,
        "parent_created_at": status_time(parent) if parent else None,
        "thread_id": f"mastodon:{conversation}" if isinstance(conversation, str) and conversation else None,
        "edited": bool(obj.get("updated")),
        "lang": str(lang) if lang else None,
    }


def _skip_value(stream: JsonStream) -> None:
    """Read past the top-level value (an array element by element) and what follows it."""
    if stream.peek() == "[":
        for _ in stream.array():
            pass
    else:
        stream.value()
    stream.finish()


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_iso_time(value)[0]
    except ValueError:
        return None


def _mentioned_account(obj: dict[str, Any], parent: str) -> str | None:
    """The parent's author as `user@host`, from the reply's Mention tags.

    A reply mentions the author it answers. On Mastodon the parent URI starts with that
    author's actor URI (`https://host/users/bob/statuses/1` ↔ `https://host/users/bob`);
    for other software (Pleroma `/objects/<uuid>`) the one mention on the parent's host is
    taken; if that is ambiguous, the author is left unknown.
    """
    mentions: list[tuple[str, str]] = []
    tags = obj.get("tag")
    for tag in tags if isinstance(tags, list) else []:
        href = tag.get("href") if isinstance(tag, dict) and tag.get("type") == "Mention" else None
        host = _hostname(href) if isinstance(href, str) else None
        if not isinstance(href, str) or not host:
            continue
        name = str(tag.get("name") or "").lstrip("@") or href.rstrip("/").rsplit("/", 1)[-1]
        mentions.append((href, name if "@" in name else f"{name}@{host}"))
    for href, name in mentions:
        if parent.startswith(href.rstrip("/") + "/"):
            return name
    match = re.match(r"^https?://([^/]+)/users/([^/]+)/statuses/", parent)
    if match:
        return f"{match.group(2)}@{match.group(1)}"
    parent_host = _hostname(parent)
    same_host = {name for href, name in mentions if _hostname(href) == parent_host}
    return same_host.pop() if len(same_host) == 1 else None


def _hostname(url: str) -> str | None:
    """The host of a URL, or None when the URL is malformed (e.g. a broken IPv6 literal)."""
    try:
        return urlparse(url).hostname
    except ValueError:
        return None
