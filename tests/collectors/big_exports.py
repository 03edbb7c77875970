"""Writers of big synthetic exports for the memory tests (a plain module, imported by name).

Each record copies the shape and size of a real one (an X archive tweet pretty-printed as X
writes it, ~1.4 kB; a Mastodon `Create` activity with its Note, ~1.5 kB; a Slack message is
smaller than most real ones, ~0.3 kB, with no blocks or profile), with its own id,
time and text, so a collector does the same work per record as on a real export. Records
are written from string templates: generating 50 MB must take a second or two, not the
test's whole budget.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

X_EPOCH_MS = 1288834974657
WORDS = [
    *("the", "bus", "route", "riders", "schedule", "thanks", "sorry", "delay", "station", "platform"),
    *("team", "update", "service", "weekend", "night", "line", "map", "card", "fare", "ticket", "stop"),
    *("we", "you", "our", "today", "please", "check", "café", "über", "naïve"),
]

_TWEET = """{
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "%(id)s"
          ],
          "editableUntil" : "2026-03-06T14:02:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [%(mentions)s],
        "urls" : [
          {
            "url" : "https://t.co/2UHqruPk7w",
            "expanded_url" : "https://example.com/riders/%(n)d",
            "display_url" : "example.com/riders/%(n)d",
            "indices" : [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "%(length)d"
      ],
      "favorite_count" : "%(likes)d",%(reply)s
      "id_str" : "%(id)s",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "%(id)s",
      "possibly_sensitive" : false,
      "created_at" : "%(created)s",
      "favorited" : false,
      "full_text" : %(text)s,
      "lang" : "en"
    }
  }"""
_MENTION = """
          {
            "name" : "Sama Hoole",
            "screen_name" : "SamaHoole",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2253756806",
            "id" : "2253756806"
          }
        """
_REPLY = """
      "in_reply_to_status_id_str" : "%(parent)s",
      "in_reply_to_user_id" : "2253756806",
      "in_reply_to_status_id" : "%(parent)s",
      "in_reply_to_screen_name" : "SamaHoole",
      "in_reply_to_user_id_str" : "2253756806","""

_ACTIVITY = (
    '{"id": "%(uri)s/activity", "type": "Create", "actor": "%(host)s/users/alice", '
    '"published": "%(published)s", "to": ["https://www.w3.org/ns/activitystreams#Public"], '
    '"cc": ["%(host)s/users/alice/followers"], '
    '"object": {"id": "%(uri)s", "type": "Note", "summary": null, "inReplyTo": %(parent)s, '
    '"published": "%(published)s", "url": "%(host)s/@alice/%(sid)s", "attributedTo": "%(host)s/users/alice", '
    '"to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["%(host)s/users/alice/followers"], '
    '"sensitive": false, "atomUri": "%(uri)s", "inReplyToAtomUri": %(parent)s, '
    '"conversation": "tag:social.example.org,2022-11-12:objectId=%(n)d:objectType=Conversation", '
    '"content": %(html)s, "contentMap": {"en": %(html)s}, "attachment": [], "tag": [%(tag)s], '
    '"replies": {"id": "%(uri)s/replies", "type": "Collection", "first": {"type": "CollectionPage", '
    '"next": "%(uri)s/replies?only_other_accounts=true&page=true", "partOf": "%(uri)s/replies", '
    '"items": []}}}}'
)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def write_x_archive(root: Path, size: int, *, seed: int = 1) -> tuple[Path, int]:
    """An X archive folder whose `data/tweets.js` has at least `size` bytes; (that file, tweets)."""
    rng = random.Random(seed)
    data = root / "data"
    data.mkdir(parents=True)
    account = {"account": {"accountId": "42", "username": "bigacct", "accountDisplayName": "Big"}}
    (data / "account.js").write_text(f"window.YTD.account.part0 = [{json.dumps(account)}]", encoding="utf-8")
    start = datetime(2022, 1, 1, tzinfo=UTC)
    path, written, n = data / "tweets.js", 0, 0
    with path.open("w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [ ")
        while written < size:
            ms = int((start + timedelta(seconds=97 * n)).timestamp() * 1000)
            tid = str(((ms - X_EPOCH_MS) << 22) + n % 4096)
            reply = n % 3 == 0
            text = ("@SamaHoole " if reply else "") + _words(rng, 8, 30) + " &amp; more"
            record = _TWEET % {
                "id": tid,
                "n": n,
                "mentions": _MENTION if reply else " ",
                "length": len(text),
                "likes": n % 17,
                "reply": _REPLY % {"parent": ((ms - 60_000 - X_EPOCH_MS) << 22) + 7} if reply else "",
                "created": (start + timedelta(seconds=97 * n)).strftime("%a %b %d %H:%M:%S +0000 %Y"),
                "text": json.dumps(text, ensure_ascii=False),
            }
            chunk = ("" if n == 0 else ", ") + record
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            n += 1
        out.write(" ]")
    return path, n


def write_mastodon_archive(root: Path, size: int, *, seed: int = 2) -> tuple[Path, int]:
    """A Mastodon archive folder whose `outbox.json` has at least `size` bytes; (that file, statuses)."""
    rng = random.Random(seed)
    root.mkdir(parents=True)
    host = "https://social.example.org"
    actor = {"id": f"{host}/users/alice", "type": "Person", "preferredUsername": "alice"}
    (root / "actor.json").write_text(json.dumps(actor), encoding="utf-8")
    start = datetime(2022, 11, 1, tzinfo=UTC)
    path, written, n = root / "outbox.json", 0, 0
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", '
            '"type": "OrderedCollection", "totalItems": 99, "orderedItems": [],"orderedItems":['
        )
        while written < size:
            when = start + timedelta(seconds=61 * n)
            ms = int(when.timestamp() * 1000)
            sid = str((ms << 16) + n % 65536)
            uri = f"{host}/users/alice/statuses/{sid}"
            parent = f"{host}/users/bob/statuses/{(ms - 90_000) << 16}" if n % 4 == 0 else None
            record = _ACTIVITY % {
                "uri": uri,
                "host": host,
                "sid": sid,
                "n": n,
                "published": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "parent": json.dumps(parent),
                "html": json.dumps(f"<p>{_words(rng, 8, 40)} &amp; more</p>", ensure_ascii=False),
                "tag": f'{{"type": "Mention", "href": "{host}/users/bob", "name": "@bob"}}' if parent else "",
            }
            chunk = ("" if n == 0 else ",") + record
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            n += 1
        out.write("]}")
    return path, n


def write_slack_export(root: Path, size: int, *, seed: int = 3, per_day: int = 200) -> tuple[Path, int]:
    """A Slack export folder whose day files hold at least `size` bytes; (the folder, messages).

    Two channels, `per_day` messages per day file; every fifth message starts a thread whose
    replies land in the next day's file, some replies come from a user who is missing from
    users.json and named only by the `user_profile` of a later message, and messages mention
    users (`<@U…>`), so the reader needs what other files hold.
    """
    rng = random.Random(seed)
    root.mkdir(parents=True)
    users = [{"id": f"U{i:03d}", "name": f"user{i}"} for i in range(8)]
    (root / "users.json").write_text(json.dumps(users), encoding="utf-8")
    channels = [{"id": "C001", "name": "general"}, {"id": "C002", "name": "support"}]
    (root / "channels.json").write_text(json.dumps(channels), encoding="utf-8")
    start = datetime(2023, 1, 1, tzinfo=UTC)
    written, n, day = 0, 0, 0
    open_threads: dict[str, list[str]] = {"general": [], "support": []}
    while written < size:
        for channel in ("general", "support"):
            folder = root / channel
            folder.mkdir(exist_ok=True)
            when = start + timedelta(days=day)
            messages = []
            threads, open_threads[channel] = open_threads[channel], []
            for k in range(per_day):
                ts = f"{int((when + timedelta(seconds=37 * k)).timestamp())}.{k:06d}"
                user = "U999" if k % 11 == 0 else f"U{rng.randrange(8):03d}"
                text = f"<@U{rng.randrange(8):03d}> {_words(rng, 6, 30)} &amp; <@U999>"
                message: dict[str, Any] = {"type": "message", "user": user, "text": text, "ts": ts}
                if threads and k % 2:
                    message["thread_ts"] = threads.pop()
                elif k % 5 == 0:
                    message["thread_ts"] = ts
                    open_threads[channel].append(ts)
                if k == per_day - 1:
                    message["user_profile"] = {"name": "latecomer", "real_name": "Late Comer"}
                    message["user"] = "U999"
                messages.append(message)
            data = json.dumps(messages, ensure_ascii=False, indent=1)
            (folder / f"{when:%Y-%m-%d}.json").write_text(data, encoding="utf-8")
            written += len(data.encode("utf-8"))
            n += len(messages)
        day += 1
    return root, n
