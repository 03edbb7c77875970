"""Live collection from a Mastodon server's REST API into an archive-shaped export.

`collect_mastodon(server, account, out)` resolves the account
(`GET /api/v1/accounts/lookup?acct=`), pages through `GET /api/v1/accounts/:id/statuses?limit=40`
by the `Link: <…>; rel="next"` header until there is no next page or a page is empty, and
writes `outbox.json` + `actor.json` in the shape of Mastodon's own archive, which the
mastodon collector (and so `signals run`) reads. Run again on the same folder, it asks only
for statuses newer than the newest one already there (`since_id`) and merges them in.

Statuses become ActivityStreams activities: `Create` of a `Note` (or `Announce` for a boost),
with `inReplyTo`, `updated`, `contentMap`, `Mention` tags and `to`/`cc` from `visibility`.
The API names a parent only by its id on the queried server, so `inReplyTo` is written as
that server's status URI (its id still encodes the time: `id >> 16`).
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from collectors.live_http import Fetcher, LiveError
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
AS_CONTEXT = "https://www.w3.org/ns/activitystreams"
PAGE_LIMIT = 40  # the API's maximum
_STATUS_ID = re.compile(r"/statuses/(\d+)(?:/activity)?/?$")


@dataclass(frozen=True)
class LiveResult:
    """What a live collection did: where it wrote, how many items, at what cost."""

    out: Path
    fetched: int
    new: int
    total: int
    pages: int
    requests: int
    retries: int
    waited_s: float


def normalize_server(server: str) -> str:
    """`mastodon.social` → `https://mastodon.social` (no trailing slash)."""
    given = server
    server = server.strip()
    if "://" not in server:
        server = "https://" + server
    parts = urlparse(server)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"not a server URL: {given!r} (expected e.g. https://mastodon.social)")
    return server.rstrip("/")


def collect_mastodon(
    server: str,
    account: str,
    out: str | os.PathLike[str],
    *,
    fetcher: Fetcher | None = None,
    max_pages: int | None = None,
) -> LiveResult:
    """Fetch `account`'s statuses from `server` into `out/outbox.json` and `out/actor.json`."""
    base = normalize_server(server)
    acct = account.strip().lstrip("@")
    folder = Path(out)
    own = fetcher is None
    fetch = fetcher or Fetcher()
    try:
        user, _ = fetch.get_json(f"{base}/api/v1/accounts/lookup", {"acct": acct})
        if not isinstance(user, dict) or not user.get("id") or not user.get("username"):
            raise LiveError(f"{base}: account lookup for {acct!r} returned no account")
        actor = _actor(base, user)
        old_items = _previous(folder, actor["id"])
        since = max((_status_id(i) for i in old_items), default=None)
        statuses, pages = _statuses(fetch, base, str(user["id"]), since, max_pages)
    finally:
        if own:
            fetch.close()
    items = [_activity(base, user, actor["id"], s) for s in statuses]
    known = {i.get("id") for i in old_items}
    new = [i for i in items if i["id"] not in known]
    merged = new + old_items
    _write(folder, actor, merged)
    log.info("%s: %d new statuses of %s (%d in all)", folder, len(new), acct, len(merged))
    return LiveResult(
        folder, len(statuses), len(new), len(merged), pages, fetch.requests, fetch.retries, fetch.waited_s
    )


def _statuses(
    fetch: Fetcher, base: str, account_id: str, since: int | None, max_pages: int | None
) -> tuple[list[dict[str, Any]], int]:
    """Every status newer than `since`, newest first, following rel="next" links."""
    url: str | None = f"{base}/api/v1/accounts/{account_id}/statuses"
    params: dict[str, Any] | None = {"limit": PAGE_LIMIT} | ({"since_id": str(since)} if since else {})
    found: list[dict[str, Any]] = []
    pages = 0
    while url and (max_pages is None or pages < max_pages):
        page, response = fetch.get_json(url, params)
        pages += 1
        if not isinstance(page, list):
            raise LiveError(f"{url}: expected a JSON list of statuses")
        fresh = [s for s in page if isinstance(s, dict) and (since is None or _int(s.get("id")) > since)]
        found += fresh
        if not page or len(fresh) < len(page):
            break  # an empty last page, or statuses we already have
        url, params = response.links.get("next", {}).get("url"), None
    return found, pages


def _int(value: object) -> int:
    return int(value) if isinstance(value, str) and value.isdigit() else -1


def _actor(base: str, user: dict[str, Any]) -> dict[str, Any]:
    """actor.json: the Person the mastodon collector reads `preferredUsername` and `id` from."""
    actor_id = user.get("uri") or f"{base}/users/{user['username']}"
    return {
        "@context": AS_CONTEXT,
        "id": actor_id,
        "type": "Person",
        "preferredUsername": user["username"],
        "name": user.get("display_name") or user["username"],
        "url": user.get("url"),
        "published": user.get("created_at"),
        "outbox": "outbox.json",
    }


def _audience(visibility: object, actor_id: str, mentions: list[str]) -> tuple[list[str], list[str]]:
    followers = f"{actor_id}/followers"
    if visibility == "public":
        return [PUBLIC], [followers, *mentions]
    if visibility == "unlisted":
        return [followers], [PUBLIC, *mentions]
    if visibility == "private":
        return [followers], mentions
    return mentions, []


def _activity(base: str, user: dict[str, Any], actor_id: str, status: dict[str, Any]) -> dict[str, Any]:
    """One status as the archive's activity: Announce for a boost, Create of a Note otherwise."""
    status_uri = status.get("uri") or f"{actor_id}/statuses/{status.get('id')}"
    raw_mentions = status.get("mentions")
    mentions = [m for m in raw_mentions if isinstance(m, dict)] if isinstance(raw_mentions, list) else []
    to, cc = _audience(status.get("visibility"), actor_id, [str(m.get("url")) for m in mentions])
    reblog = status.get("reblog")
    if isinstance(reblog, dict):
        return {
            "id": f"{status_uri}/activity" if not status_uri.endswith("/activity") else status_uri,
            "type": "Announce",
            "actor": actor_id,
            "published": status.get("created_at"),
            "to": to,
            "cc": cc,
            "object": reblog.get("uri") or reblog.get("url"),
        }
    tags = [{"type": "Mention", "href": m.get("url"), "name": "@" + str(m.get("acct"))} for m in mentions]
    parent = None
    if status.get("in_reply_to_id"):
        parent_user = _reply_author(user, mentions, status.get("in_reply_to_account_id"))
        parent = f"{base}/users/{parent_user[0]}/statuses/{status['in_reply_to_id']}"
        tags.append(
            {"type": "Mention", "href": f"{base}/users/{parent_user[0]}", "name": "@" + parent_user[1]}
        )
    content = status.get("content") or ""
    lang = status.get("language")
    note = {
        "id": status_uri,
        "type": "Note",
        "summary": status.get("spoiler_text") or None,
        "inReplyTo": parent,
        "published": status.get("created_at"),
        "url": status.get("url"),
        "attributedTo": actor_id,
        "to": to,
        "cc": cc,
        "sensitive": bool(status.get("sensitive")),
        "content": content,
        "contentMap": {lang: content} if lang else {},
        "tag": tags,
    }
    if status.get("edited_at"):
        note["updated"] = status["edited_at"]
    return {
        "id": f"{status_uri}/activity",
        "type": "Create",
        "actor": actor_id,
        "published": status.get("created_at"),
        "to": to,
        "cc": cc,
        "object": note,
    }


def _reply_author(
    user: dict[str, Any], mentions: list[dict[str, Any]], account_id: object
) -> tuple[str, str]:
    """(local username on the queried server, full acct) of the author a reply answers."""
    if account_id == user.get("id"):
        return str(user["username"]), str(user.get("acct") or user["username"])
    for m in mentions:
        if m.get("id") == account_id:
            acct = str(m.get("acct") or m.get("username"))
            return str(m.get("username") or acct.split("@")[0]), acct
    return f"account-{account_id}", f"account-{account_id}"


def _status_id(item: object) -> int:
    """The numeric status id of an activity (its object's URI, or the Announce's own)."""
    if not isinstance(item, dict):
        return -1
    obj = item.get("object")
    uri = obj.get("id") if isinstance(obj, dict) else item.get("id")
    match = _STATUS_ID.search(uri) if isinstance(uri, str) else None
    return int(match.group(1)) if match else -1


def _previous(folder: Path, actor_id: str) -> list[dict[str, Any]]:
    """Items of an earlier run into the same folder (for since_id); InputError if another account's."""
    outbox, actor = folder / "outbox.json", folder / "actor.json"
    if not outbox.is_file():
        return []
    try:
        previous_actor = json.loads(actor.read_text(encoding="utf-8")) if actor.is_file() else {}
        items = json.loads(outbox.read_text(encoding="utf-8")).get("orderedItems")
    except (OSError, ValueError, AttributeError) as exc:
        raise InputError(f"cannot resume from the previous output ({exc})", path=outbox) from None
    if previous_actor.get("id") not in (None, actor_id):
        raise InputError(f"holds the export of {previous_actor.get('id')}, not {actor_id}", path=folder)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _write(folder: Path, actor: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Write both files atomically (a crash leaves the previous run's files intact)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = sorted(items, key=_status_id, reverse=True)
    outbox = {
        "@context": AS_CONTEXT,
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }
    for name, value in (("actor.json", actor), ("outbox.json", outbox)):
        tmp = folder / f".{name}.tmp"
        tmp.write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(folder / name)
