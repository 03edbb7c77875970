"""Serializes one person's tweets into the files of a real X account archive.

Layout and field order follow real archives (FORMATS.md section 1, fixture milahu104): every
number a string, `full_text` HTML-escaped with `t.co` links, `entities` with indices, `edit_info`
on every tweet, retweets as `RT @user: …`, quotes as a `/status/` URL, long posts truncated in
`tweets.js` with the full text in `note-tweet.js`, recent deletions in `deleted-tweets.js`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sample_data.generator import archive_io, timing, vocab
from sample_data.generator.cast import Person

_MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,15})\b")
_HASHTAG_RE = re.compile(r"(?<![\w&])#(\w+)")
CLIENTS = (
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    '<a href="https://www.hootsuite.com" rel="nofollow">Hootsuite Inc.</a>',
)
RAILS_ZONES = {
    "America/Chicago": "Central Time (US & Canada)",
    "America/New_York": "Eastern Time (US & Canada)",
    "Europe/London": "London",
}


@dataclass
class Tweet:
    """One record of tweets.js (or deleted-tweets.js when `deleted_ms` is set)."""

    id: int
    ms: int
    text: str  # unescaped, links already t.co
    urls: list[tuple[str, str]] = field(default_factory=list)  # (t.co url, expanded url)
    reply_status: int | None = None
    reply_user_id: str = ""
    reply_screen_name: str = ""
    edit_ids: list[int] = field(default_factory=list)
    edit_initial: int | None = None
    note_text: str = ""
    note_id: int = 0
    deleted_ms: int | None = None
    lang: str = "en"
    source: str = CLIENTS[0]
    favorites: int = 0
    retweets: int = 0


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _display_url(expanded: str) -> str:
    bare = expanded.split("://", 1)[-1]
    return bare if len(bare) <= 26 else bare[:25] + "…"


def _entities(t: Tweet, directory: dict[str, tuple[str, str]]) -> dict[str, Any]:
    hashtags = [
        {"text": m.group(1), "indices": [str(m.start()), str(m.end())]} for m in _HASHTAG_RE.finditer(t.text)
    ]
    mentions = []
    for m in _MENTION_RE.finditer(t.text):
        known = directory.get(m.group(1).lower())
        if known is None:
            continue
        name, uid = known
        mentions.append(
            {
                "name": name,
                "screen_name": m.group(1),
                "indices": [str(m.start()), str(m.end())],
                "id_str": uid,
                "id": uid,
            }
        )
    urls = []
    for tco, expanded in t.urls:
        start = t.text.find(tco)
        urls.append(
            {
                "url": tco,
                "expanded_url": expanded,
                "display_url": _display_url(expanded),
                "indices": [str(start), str(start + len(tco))],
            }
        )
    return {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}


def _edit_info(t: Tweet) -> dict[str, Any]:
    ids = [str(i) for i in (t.edit_ids or [t.id])]
    initial_ms = timing.x_ms(int(ids[0]))
    control = {
        "editTweetIds": ids,
        "editableUntil": timing.iso_z(initial_ms + 3_600_000, millis=True),
        "editsRemaining": str(6 - len(ids)),
        "isEditEligible": not t.reply_screen_name,
    }
    if t.edit_initial is not None and t.edit_initial != t.id:
        return {"edit": {"initialTweetId": str(t.edit_initial), "editControlInitial": control}}
    return {"initial": control}


def tweet_object(t: Tweet, directory: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """The `tweet` object in the key order of real archives."""
    tid = str(t.id)
    obj: dict[str, Any] = {
        "edit_info": _edit_info(t),
        "retweeted": False,
        "source": t.source,
        "entities": _entities(t, directory),
        "display_text_range": ["0", str(len(t.text))],
        "favorite_count": str(t.favorites),
    }
    if t.reply_status is not None:
        obj["in_reply_to_status_id_str"] = str(t.reply_status)
    obj["id_str"] = tid
    if t.reply_user_id:
        obj["in_reply_to_user_id"] = t.reply_user_id
    obj["truncated"] = False
    obj["retweet_count"] = str(t.retweets)
    obj["id"] = tid
    if t.reply_status is not None:
        obj["in_reply_to_status_id"] = str(t.reply_status)
    if t.urls:
        obj["possibly_sensitive"] = False
    obj["created_at"] = timing.x_date(t.ms)
    obj["favorited"] = False
    obj["full_text"] = _escape(t.text)
    obj["lang"] = t.lang
    if t.reply_screen_name:
        obj["in_reply_to_screen_name"] = t.reply_screen_name
    if t.reply_user_id:
        obj["in_reply_to_user_id_str"] = t.reply_user_id
    if t.deleted_ms is not None:
        obj["deleted_at"] = timing.x_date(t.deleted_ms)
    return obj


def note_object(t: Tweet) -> dict[str, Any]:
    created = timing.iso_z(t.ms, millis=True)
    return {
        "noteTweet": {
            "noteTweetId": str(t.note_id),
            "updatedAt": created,
            "lifecycle": {"value": "live", "name": "Live", "originalName": "live", "annotations": {}},
            "createdAt": created,
            "core": {
                "styletags": [],
                "urls": [],
                "text": t.note_text,
                "mentions": [],
                "cashtags": [],
                "hashtags": [],
            },
        }
    }


def archive_files(
    p: Person, tweets: list[Tweet], directory: dict[str, tuple[str, str]]
) -> list[tuple[str, bytes]]:
    """Every file of the archive as (path inside the archive, bytes), manifest last computed, listed first."""
    live = sorted((t for t in tweets if t.deleted_ms is None), key=lambda t: t.id, reverse=True)
    deleted = sorted((t for t in tweets if t.deleted_ms is not None), key=lambda t: t.id, reverse=True)
    notes = [t for t in live if t.note_text]
    account = {
        "account": {
            "email": f"{p.first.lower()}.{p.last.lower()}@rrta.example",
            "createdVia": "web",
            "username": p.x_handle,
            "accountId": p.x_user_id,
            "createdAt": "2019-04-11T15:02:20.496Z",
            "accountDisplayName": p.display_name,
        }
    }
    zone: dict[str, str] = {"accountId": p.x_user_id}
    if p.person_id[-1] not in "13579":  # like real archives, some have no time zone at all
        zone["timeZone"] = RAILS_ZONES.get(p.timezone, "Central Time (US & Canada)")
    profile = {
        "profile": {
            "description": {
                "bio": f"{p.title} at @{vocab.SHARED_ACCOUNT}. Views my own.",
                "website": vocab.WEBSITE,
                "location": "Riverton",
            },
            "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{p.x_user_id}/avatar.jpg",
        }
    }
    headers = [
        {"tweet": {"tweet_id": str(t.id), "user_id": p.x_user_id, "created_at": timing.x_date(t.ms)}}
        for t in live
    ]
    deleted_headers = [
        {
            "tweet": {
                "tweet_id": str(t.id),
                "user_id": p.x_user_id,
                "created_at": timing.x_date(t.ms),
                "deleted_at": timing.x_date(t.deleted_ms or t.ms),
            }
        }
        for t in deleted
    ]
    files: list[tuple[str, str, str, list[Any]]] = [
        ("account", "account.js", "YTD.account.part0", [account]),
        ("accountTimezone", "account-timezone.js", "YTD.account_timezone.part0", [{"accountTimezone": zone}]),
        (
            "deletedTweetHeaders",
            "deleted-tweet-headers.js",
            "YTD.deleted_tweet_headers.part0",
            deleted_headers,
        ),
        (
            "deletedTweets",
            "deleted-tweets.js",
            "YTD.deleted_tweets.part0",
            [{"tweet": tweet_object(t, directory)} for t in deleted],
        ),
        ("noteTweet", "note-tweet.js", "YTD.note_tweet.part0", [note_object(t) for t in notes]),
        ("profile", "profile.js", "YTD.profile.part0", [profile]),
        ("tweetHeaders", "tweet-headers.js", "YTD.tweet_headers.part0", headers),
        ("tweets", "tweets.js", "YTD.tweets.part0", [{"tweet": tweet_object(t, directory)} for t in live]),
    ]
    out: list[tuple[str, bytes]] = []
    data_types: dict[str, Any] = {}
    for key, name, global_name, items in files:
        out.append((f"data/{name}", archive_io.x_js(global_name, items).encode("utf-8")))
        entry: dict[str, Any] = {
            "files": [{"fileName": f"data/{name}", "globalName": global_name, "count": str(len(items))}]
        }
        if key == "tweets":
            entry = {"mediaDirectory": "data/tweets_media", **entry}
        data_types[key] = entry
    readme = (
        f"Fictional sample archive of @{p.x_handle}, written by the staff-signals sample generator.\n"
        "The layout follows a real X archive; see tweets.js, account.js and manifest.js.\n"
    ).encode()
    out.append(("data/README.txt", readme))
    html = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Your archive</title></head>'
        f"<body><p>Archive of @{p.x_handle} (fictional sample). Open data/ for the files.</p></body></html>\n"
    )
    out.append(("Your archive.html", html.encode()))
    manifest = {
        "userInfo": {"accountId": p.x_user_id, "userName": p.x_handle, "displayName": p.display_name},
        "archiveInfo": {
            "sizeBytes": str(sum(len(data) for _, data in out)),
            "generationDate": timing.iso_z(timing.EXPORT_MS, millis=True),
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": data_types,
    }
    out.insert(
        0, ("data/manifest.js", ("window.__THAR_CONFIG = " + archive_io.jackson(manifest)).encode("utf-8"))
    )
    return out
