"""Live collection from Bluesky: an author feed into a generic posts file, or the repository CAR.

`collect_bluesky(actor, out)` resolves the actor (`app.bsky.actor.getProfile`), pages through
`app.bsky.feed.getAuthorFeed` (`cursor` until absent or an empty page) and writes
`out/posts.jsonl`, a generic posts file (`post_id, account, created_at, text, kind, ...`) with
the same ids and fields the `.car` collector gives, so both routes score alike. Feed items with
a `reason` of `#reasonRepost` are reposts (the reposter's, not the author's, text); pinned
items and posts by others are left out. Run again on the same folder, it stops at the first
post it already has and merges.

`collect_bluesky(actor, out, car=True)` fetches the whole repository instead
(`com.atproto.identity.resolveHandle`, then `com.atproto.sync.getRepo`) into `out/<did>.car`;
`--service` must then be the account's PDS.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from collectors.bluesky import BadRecord, parse_at_uri, read_repo, record_fields
from collectors.common import parse_iso_time
from collectors.live_http import Fetcher, LiveError
from collectors.live_mastodon import LiveResult, normalize_server
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

PUBLIC_APPVIEW = "https://public.api.bsky.app"
PAGE_LIMIT = 100
REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
POSTS_FILE = "posts.jsonl"
COLUMNS = (
    "post_id",
    "platform",
    "account",
    "created_at",
    "text",
    "kind",
    "reply_to_id",
    "reply_to_account",
    "parent_created_at",
    "thread_id",
    "lang",
)


def collect_bluesky(
    actor: str,
    out: str | os.PathLike[str],
    *,
    service: str = PUBLIC_APPVIEW,
    car: bool = False,
    fetcher: Fetcher | None = None,
    max_pages: int | None = None,
) -> LiveResult:
    """Fetch `actor`'s posts (or, with `car`, their repository) from `service` into `out`."""
    base = normalize_server(service)
    folder = Path(out)
    handle = actor.strip().lstrip("@")
    own = fetcher is None
    fetch = fetcher or Fetcher()
    try:
        if car:
            return _repository(fetch, base, handle, folder)
        profile, _ = fetch.get_json(f"{base}/xrpc/app.bsky.actor.getProfile", {"actor": handle})
        did = profile.get("did") if isinstance(profile, dict) else None
        if not isinstance(did, str) or not did.startswith("did:"):
            raise LiveError(f"{base}: getProfile for {handle!r} returned no DID")
        old = _previous(folder / POSTS_FILE, did)
        rows, pages, fetched = _feed(fetch, base, did, {r["post_id"] for r in old}, max_pages)
    finally:
        if own:
            fetch.close()
    merged = rows + old
    merged.sort(key=lambda r: (r["created_at"], r["post_id"]), reverse=True)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{POSTS_FILE}.tmp"
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in merged), encoding="utf-8")
    tmp.replace(folder / POSTS_FILE)
    log.info("%s: %d new posts of %s (%d in all)", folder, len(rows), handle, len(merged))
    return LiveResult(
        folder / POSTS_FILE,
        fetched,
        len(rows),
        len(merged),
        pages,
        fetch.requests,
        fetch.retries,
        fetch.waited_s,
    )


def _feed(
    fetch: Fetcher, base: str, did: str, known: set[str], max_pages: int | None
) -> tuple[list[dict[str, Any]], int, int]:
    """New rows from the author feed, newest first; (rows, pages, feed items seen)."""
    rows: list[dict[str, Any]] = []
    cursor: str | None = None
    pages = seen = 0
    while max_pages is None or pages < max_pages:
        params = {"actor": did, "limit": PAGE_LIMIT} | ({"cursor": cursor} if cursor else {})
        page, _ = fetch.get_json(f"{base}/xrpc/app.bsky.feed.getAuthorFeed", params)
        pages += 1
        feed = page.get("feed") if isinstance(page, dict) else None
        if not isinstance(feed, list):
            raise LiveError(f"{base}: getAuthorFeed returned no feed list")
        seen += len(feed)
        for item in feed:
            row = feed_row(item, did)
            if row is None:
                continue
            if row["post_id"] in known:
                return rows, pages, seen  # the rest was collected by an earlier run
            known.add(row["post_id"])
            rows.append(row)
        cursor = page.get("cursor")
        if not feed or not isinstance(cursor, str) or not cursor:
            break
    return rows, pages, seen


def feed_row(item: object, did: str) -> dict[str, Any] | None:
    """One feed item as a generic posts row, or None (someone else's post, a pin, a bad record)."""
    post = item.get("post") if isinstance(item, dict) else None
    if not isinstance(post, dict):
        return None
    reason = item.get("reason") if isinstance(item, dict) else None
    uri = parse_at_uri(post.get("uri"))
    if isinstance(reason, dict):
        if reason.get("$type") != REASON_REPOST or _did(reason.get("by")) != did or uri is None:
            return None
        own = parse_at_uri(reason.get("uri"))  # newer AppViews name the repost record
        when = _time(reason.get("indexedAt"))
        if when is None:
            return None
        post_id = f"bluesky:{reason['uri']}" if own else f"bluesky:repost:{did}:{post['uri']}"
        return _row(
            post_id=post_id,
            account=did,
            created_at=when,
            text="",
            kind="repost",
            reply_to_account=uri.authority,
        )
    if uri is None or _did(post.get("author")) != did or not isinstance(post.get("record"), dict):
        return None
    try:
        fields, _ = record_fields(did, uri.collection, uri.rkey, post["record"])
    except BadRecord as exc:
        log.warning("%s: left out (%s)", post.get("uri"), exc)
        return None
    return _row(**fields)


def _did(value: object) -> str | None:
    return value.get("did") if isinstance(value, dict) else None


def _time(value: object) -> datetime | None:
    try:
        return parse_iso_time(value)[0] if isinstance(value, str) else None
    except ValueError:
        return None


def _row(**fields: Any) -> dict[str, Any]:
    fields.setdefault("platform", "bluesky")
    out = {k: fields.get(k) for k in COLUMNS}
    for key in ("created_at", "parent_created_at"):
        value = out[key]
        if isinstance(value, datetime):
            out[key] = value.isoformat()
    return out


def _previous(path: Path, did: str) -> list[dict[str, Any]]:
    """Rows of an earlier run (for resuming); InputError if they are another account's."""
    if not path.is_file():
        return []
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot resume from the previous output ({exc})", path=path) from None
    accounts = {r.get("account") for r in rows if isinstance(r, dict)}
    if accounts - {did}:
        raise InputError(f"holds posts of {sorted(map(str, accounts - {did}))}, not {did}", path=path)
    return [r for r in rows if isinstance(r, dict) and isinstance(r.get("post_id"), str)]


def _repository(fetch: Fetcher, base: str, handle: str, folder: Path) -> LiveResult:
    """The whole repository as a CAR, checked to decode before it is written."""
    did: object = handle
    if not handle.startswith("did:"):
        found, _ = fetch.get_json(f"{base}/xrpc/com.atproto.identity.resolveHandle", {"handle": handle})
        did = found.get("did") if isinstance(found, dict) else None
    if not isinstance(did, str) or not did.startswith("did:"):
        raise LiveError(f"{base}: resolveHandle for {handle!r} returned no DID")
    data, _ = fetch.get_bytes(f"{base}/xrpc/com.atproto.sync.getRepo", {"did": did})
    target = folder / f"{did.replace(':', '_')}.car"
    repo = read_repo(data, where=f"{base} getRepo {did}")  # InputError if it is not a repository
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".car.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
    n = len(repo.records)
    return LiveResult(target, n, n, n, 1, fetch.requests, fetch.retries, fetch.waited_s)
