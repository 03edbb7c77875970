"""Writers of big synthetic exports for the memory tests (a plain module, imported by name).

Each record copies the shape and size of a real one (an X archive tweet pretty-printed as X
writes it, ~1.4 kB; a Mastodon `Create` activity with its Note, ~1.5 kB), with its own id,
time and text, so a collector does the same work per record as on a real export. Records
are written from string templates: generating 50 MB must take a second or two, not the
test's whole budget.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
