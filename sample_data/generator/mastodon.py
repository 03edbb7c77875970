"""Generates one person's Mastodon account archive (`outbox.json`, `actor.json`, `likes.json`).

Quirks of real archives are reproduced on purpose (FORMATS.md section 2): the duplicate
`"orderedItems":[]` key before the real list, a `totalItems` taken from a status counter that
does not match, items in database batch order rather than by time, HTML content with h-card
mentions and hashtag links, `Announce` boosts whose object is a bare URI, `updated` on edited
posts, and replies to statuses on other Mastodon servers whose ids encode their time (`id >> 16`).
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path
from typing import Any

from sample_data.generator import archive_io, timing, vocab
from sample_data.generator.bank_inbox import CITIZEN
from sample_data.generator.cast import Person, rng_for
from sample_data.generator.org import Org
from sample_data.generator.voice import Surface, Voice

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
CONTEXT: list[Any] = [
    "https://www.w3.org/ns/activitystreams",
    {
        "ostatus": "http://ostatus.org#",
        "atomUri": "ostatus:atomUri",
        "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
        "conversation": "ostatus:conversation",
        "sensitive": "as:sensitive",
        "toot": "http://joinmastodon.org/ns#",
        "votersCount": "toot:votersCount",
        "Hashtag": "as:Hashtag",
    },
]
_TOKEN_RE = re.compile(r"https?://[^\s]+[^\s.,!?)]|(?<![\w@])@(\w+)(?:@([\w.-]+\w))?|(?<![\w&])#(\w+)")
KINDS = tuple(CITIZEN)


def _link(url: str) -> str:
    bare = url.split("://", 1)[1]
    scheme = url[: len(url) - len(bare)]
    if len(bare) > 30:
        head, tail = html.escape(bare[:30]), html.escape(bare[30:])
        shown = f'<span class="ellipsis">{head}</span><span class="invisible">{tail}</span>'
    else:
        shown = f'<span class="">{html.escape(bare)}</span><span class="invisible"></span>'
    return (
        f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
        f'<span class="invisible">{scheme}</span>{shown}</a>'
    )


def render_html(text: str, home: str) -> tuple[str, list[dict[str, str]]]:
    """Mastodon's sanitized HTML for `text`, and the `tag` list (mentions and hashtags)."""
    out: list[str] = []
    tags: list[dict[str, str]] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        out.append(html.escape(text[pos : m.start()]).replace("&#x27;", "&#39;"))
        pos = m.end()
        user, host, hashtag = m.group(1), m.group(2), m.group(3)
        if user:
            host = host or home
            out.append(
                f'<span class="h-card" translate="no"><a href="https://{host}/@{user}" class="u-url mention">'
                f"@<span>{user}</span></a></span>"
            )
            tags.append(
                {"type": "Mention", "href": f"https://{host}/users/{user}", "name": f"@{user}@{host}"}
            )
        elif hashtag:
            out.append(
                f'<a href="https://{home}/tags/{hashtag.lower()}" class="mention hashtag" rel="tag">'
                f"#<span>{hashtag}</span></a>"
            )
            tags.append(
                {
                    "type": "Hashtag",
                    "href": f"https://{home}/tags/{hashtag.lower()}",
                    "name": f"#{hashtag.lower()}",
                }
            )
        else:
            out.append(_link(m.group(0)))
    out.append(html.escape(text[pos:]).replace("&#x27;", "&#39;"))
    return "<p>" + "".join(out) + "</p>", tags


class MastodonWriter:
    """Builds the outbox of one person; `write` serializes it to a folder or a tar.gz."""

    def __init__(self, org: Org, p: Person) -> None:
        self.org, self.p = org, p
        self.rng = rng_for(org.seed, "mastodon", p.person_id)
        self.voice = Voice(p, org.unique, self.rng)
        self.host = vocab.STAFF_MASTODON_HOST
        self.actor = f"https://{self.host}/users/{p.mastodon_user}"
        self.surface_pub = Surface("pub", org.colleague(p, "mastodon"), org.partner("mastodon"), limit=500)
        self.items: list[tuple[int, dict[str, Any]]] = []  # (status id, activity)
        lv = p.lv
        self.share_boost = 0.04 + 0.32 * lv("generous")
        self.share_reply = 0.08 + 0.30 * lv("responsive")
        self.p_thread = 0.03 + 0.12 * lv("believes_in_social")
        self.p_edit = 0.03 + 0.12 * lv("humble")
        self.next_conversation = 4_100_000 + self.rng.randrange(900_000)
        self.boost_sources = [q for q in org.staff if not q.mastodon_export]

    def generate(self, n_target: int) -> None:
        rng = self.rng
        while len(self.items) < n_target:
            roll = rng.random()
            if roll < self.share_boost:
                self._boost()
            elif roll < self.share_boost + self.share_reply:
                self._reply()
            else:
                ms = timing.own_post_time(self.p, rng)
                sid, conversation = self._note(
                    ms, self.voice.post(self.surface_pub, timing.local(ms, self.p.timezone))
                )
                if rng.random() < self.p_thread:
                    for _ in range(rng.choice((1, 1, 2))):
                        ms += rng.randrange(40_000, 400_000)
                        text = self.voice.post(self.surface_pub, timing.local(ms, self.p.timezone))
                        parent = f"{self.actor}/statuses/{sid}"
                        sid, _ = self._note(ms, text, parent=parent, conversation=conversation)

    def _conversation(self, ms: int) -> str:
        self.next_conversation += self.rng.randrange(1, 400)
        day = timing.iso_z(ms)[:10]
        return f"tag:{self.host},{day}:objectId={self.next_conversation}:objectType=Conversation"

    def _note(
        self,
        ms: int,
        text: str,
        *,
        parent: str | None = None,
        conversation: str = "",
        extra_cc: tuple[str, ...] = (),
    ) -> tuple[int, str]:
        rng = self.rng
        sid = timing.mastodon_id(ms, rng)
        uri = f"{self.actor}/statuses/{sid}"
        content, tags = render_html(text, self.host)
        mentioned = tuple(t["href"] for t in tags if t["type"] == "Mention" and t["href"] not in extra_cc)
        cc = [f"{self.actor}/followers", *extra_cc, *mentioned]
        conversation = conversation or self._conversation(ms)
        published = timing.iso_z(ms)
        note: dict[str, Any] = {
            "id": uri,
            "type": "Note",
            "summary": None,
            "inReplyTo": parent,
            "published": published,
        }
        if rng.random() < self.p_edit:
            note["updated"] = timing.iso_z(ms + rng.randrange(60_000, 7_200_000))
        note |= {
            "url": f"https://{self.host}/@{self.p.mastodon_user}/{sid}",
            "attributedTo": self.actor,
            "to": [PUBLIC],
            "cc": cc,
            "sensitive": False,
            "atomUri": uri,
            "inReplyToAtomUri": parent,
            "conversation": conversation,
            "content": content,
            "contentMap": {"en": content},
            "attachment": [],
            "tag": tags,
            "replies": {
                "id": f"{uri}/replies",
                "type": "Collection",
                "first": {
                    "type": "CollectionPage",
                    "next": f"{uri}/replies?only_other_accounts=true&page=true",
                    "partOf": f"{uri}/replies",
                    "items": [],
                },
            },
        }
        activity = {
            "id": f"{uri}/activity",
            "type": "Create",
            "actor": self.actor,
            "published": published,
            "to": [PUBLIC],
            "cc": cc,
            "object": note,
        }
        self.items.append((sid, activity))
        return sid, conversation

    def _reply(self) -> None:
        rng, p = self.rng, self.p
        parent_ms, ms = timing.answered_rider(p, rng)
        host = rng.choice(vocab.CITIZEN_MASTODON_HOSTS)
        user = "".join(rng.sample(vocab.CITIZEN_NAME_PARTS, 2)).replace("_", "")
        parent_id = timing.mastodon_id(parent_ms, rng)
        parent = f"https://{host}/users/{user}/statuses/{parent_id}"
        prefix = f"@{user}@{host} "
        surface = Surface(
            "rep", self.surface_pub.colleague, self.surface_pub.partner, limit=500 - len(prefix)
        )
        text = self.voice.answer(surface, rng.choice(KINDS), {}, timing.local(ms, p.timezone))
        conversation = (
            f"tag:{host},{timing.iso_z(parent_ms)[:10]}:objectId={rng.randrange(10**6, 10**8)}"
            ":objectType=Conversation"
        )
        self._note(
            ms,
            prefix + text,
            parent=parent,
            conversation=conversation,
            extra_cc=(f"https://{host}/users/{user}",),
        )

    def _boost(self) -> None:
        rng = self.rng
        ms = timing.own_post_time(self.p, rng)
        if self.boost_sources and rng.random() < 0.45:
            author = f"https://{self.host}/users/{rng.choice(self.boost_sources).mastodon_user}"
        else:
            author = f"https://{vocab.PARTNER_HOST}/users/{rng.choice(vocab.PARTNERS)[1]}"
        target = f"{author}/statuses/{timing.mastodon_id(ms - rng.randrange(300_000, 86_400_000), rng)}"
        sid = timing.mastodon_id(ms, rng)
        self.items.append(
            (
                sid,
                {
                    "id": f"{self.actor}/statuses/{sid}/activity",
                    "type": "Announce",
                    "actor": self.actor,
                    "published": timing.iso_z(ms),
                    "to": [PUBLIC],
                    "cc": [author, f"{self.actor}/followers"],
                    "object": target,
                },
            )
        )

    def _files(self) -> list[tuple[str, bytes]]:
        rng, p = self.rng, self.p
        ordered = sorted(self.items, key=lambda item: item[0])
        batches = [ordered[i : i + 40] for i in range(0, len(ordered), 40)]
        rng.shuffle(batches)  # database batch order, not time order
        head = archive_io.compact_json(
            {
                "@context": CONTEXT,
                "id": "outbox.json",
                "type": "OrderedCollection",
                "totalItems": len(ordered) + rng.randrange(3, 40),
            }
        )
        body = ",".join(archive_io.compact_json(activity) for batch in batches for _, activity in batch)
        outbox = head[:-1] + ',"orderedItems":[],"orderedItems":[' + body + "]}"
        key = base64.b64encode(rng.randbytes(270)).decode()
        pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(key[i : i + 64] for i in range(0, len(key), 64))
        actor = {
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": self.actor,
            "type": "Person",
            "following": f"{self.actor}/following",
            "followers": f"{self.actor}/followers",
            "inbox": f"{self.actor}/inbox",
            "outbox": "outbox.json",
            "featured": f"{self.actor}/collections/featured",
            "preferredUsername": p.mastodon_user,
            "name": p.display_name,
            "summary": f"<p>{html.escape(p.title)} at Riverton Regional Transit. Posts are my own.</p>",
            "url": f"https://{self.host}/@{p.mastodon_user}",
            "manuallyApprovesFollowers": False,
            "discoverable": True,
            "published": "2022-11-08T00:00:00Z",
            "publicKey": {
                "id": f"{self.actor}#main-key",
                "owner": self.actor,
                "publicKeyPem": pem + "\n-----END PUBLIC KEY-----\n",
            },
            "tag": [],
            "attachment": [],
            "endpoints": {"sharedInbox": f"https://{self.host}/inbox"},
            "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
            "likes": "likes.json",
            "bookmarks": "bookmarks.json",
        }
        liked = [
            f"https://{vocab.PARTNER_HOST}/users/{rng.choice(vocab.PARTNERS)[1]}/statuses/"
            f"{timing.mastodon_id(timing.own_post_time(p, rng), rng)}"
            for _ in range(12)
        ]
        likes = {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": "likes.json",
            "type": "OrderedCollection",
            "orderedItems": liked,
        }
        return [
            ("actor.json", archive_io.compact_json(actor).encode()),
            ("likes.json", archive_io.compact_json(likes).encode()),
            ("outbox.json", outbox.encode()),
        ]

    def write(self, mastodon_dir: Path) -> int:
        """Write `mastodon/<user>/` (or `mastodon/<user>.tar.gz`); returns the number of outbox items."""
        files = self._files()
        if self.p.mastodon_tar:
            archive_io.write_tar_gz(mastodon_dir / f"{self.p.mastodon_user}.tar.gz", files)
        else:
            for name, data in files:
                archive_io.write_text(mastodon_dir / self.p.mastodon_user / name, data.decode())
        return len(self.items)
