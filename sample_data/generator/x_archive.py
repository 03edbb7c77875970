"""Generates one person's X account archive: originals, replies to riders, self-threads, quotes,
retweets, edit chains, long (note) posts and recently deleted posts.

The mix follows the latent levels: generous people retweet and quote others, responsive people
answer riders (fast, see timing.reply_time), people who believe in social media post more and
write threads, humble people edit and delete-and-repost, corporate writers produce long posts.
Reply parents are riders' tweets that are not in the archive; their snowflake ids encode the time
they were written, so latency is measurable from the archive alone.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from sample_data.generator import archive_io, bank_topics, timing, vocab
from sample_data.generator.bank_inbox import CITIZEN
from sample_data.generator.cast import Person, rng_for
from sample_data.generator.org import Org, citizen_handle, citizen_user_id
from sample_data.generator.textutil import typo
from sample_data.generator.voice import Surface, Voice
from sample_data.generator.x_files import CLIENTS, Tweet, archive_files
from signals.ground.config import TRAITS

_URL_RE = re.compile(r"https?://[^\s]+[^\s.,!?)]")
_TCO_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
KINDS = tuple(CITIZEN)


def neutral_person() -> Person:
    """The voice of partner organizations whose posts staff retweet."""
    return Person(
        "partner",
        "Partner",
        "Org",
        "Partners",
        "Communications",
        "America/Chicago",
        "09:00-17:00",
        dict.fromkeys(TRAITS, 0.5),
    )


def shorten(text: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """Replace every link by a `t.co` link, as X does; returns the text and (t.co, expanded) pairs."""
    urls: list[tuple[str, str]] = []

    def repl(m: re.Match[str]) -> str:
        tco = "https://t.co/" + "".join(rng.choice(_TCO_CHARS) for _ in range(10))
        urls.append((tco, m.group(0)))
        return tco

    return _URL_RE.sub(repl, text), urls


class XWriter:
    """Builds the tweets of one person; `write` serializes them to a folder or a zip."""

    def __init__(self, org: Org, p: Person) -> None:
        self.org, self.p = org, p
        self.rng = rng_for(org.seed, "x", p.person_id)
        self.voice = Voice(p, org.unique, self.rng)
        self.neutral = Voice(neutral_person(), org.unique, rng_for(org.seed, "x-partner", p.person_id))
        self.colleague = org.colleague(p, "x")
        self.partner = org.partner("x")
        self.directory = org.x_directory()
        self.tweets: list[Tweet] = []
        lv = p.lv
        self.share_rt = 0.03 + 0.30 * lv("generous")
        self.share_reply = 0.08 + 0.30 * lv("responsive")
        self.share_quote = 0.02 + 0.06 * lv("generous")
        self.p_thread = 0.03 + 0.12 * lv("believes_in_social")
        self.p_edit = 0.02 + 0.10 * lv("humble")
        self.p_note = 0.4 if lv("speaks_human") < 0.2 else 0.0
        self.client = CLIENTS[self.rng.randrange(3)]
        self.sources = [p for p in org.staff if not p.x_export]

    def surface(self, group: str, limit: int) -> Surface:
        return Surface(group, self.colleague, self.partner, limit=limit)

    def _add(self, ms: int, text: str, urls: list[tuple[str, str]] | None = None, **fields: object) -> Tweet:
        """Append a tweet; links in `text` become t.co links unless `urls` says they already are."""
        rng, lv = self.rng, self.p.lv
        short = text
        if urls is None:
            short, urls = shorten(text, rng)
        source = (
            CLIENTS[3]
            if self.p.team == "Communications" and rng.random() < 0.3
            else (self.client if rng.random() < 0.85 else rng.choice(CLIENTS[:3]))
        )
        tweet = Tweet(
            id=timing.x_snowflake(ms, rng),
            ms=ms,
            text=short,
            urls=urls,
            source=source,
            favorites=int(rng.expovariate(1 / (0.5 + 12 * lv("believes_in_social") * lv("enjoyable")))),
            retweets=int(rng.expovariate(1 / (0.3 + 3 * lv("believes_in_social")))),
        )
        for key, value in fields.items():
            setattr(tweet, key, value)
        self.tweets.append(tweet)
        return tweet

    def generate(self, n_target: int) -> None:
        rng = self.rng
        while len(self.tweets) < n_target:
            roll = rng.random()
            if roll < self.share_rt:
                self._retweet()
            elif roll < self.share_rt + self.share_reply:
                self._reply()
            elif roll < self.share_rt + self.share_reply + self.share_quote:
                self._quote()
            else:
                self._original()
        self._deletions()

    def _original(self) -> None:
        rng, p = self.rng, self.p
        ms = timing.own_post_time(p, rng)
        now = timing.local(ms, p.timezone)
        if rng.random() < self.p_note:
            text, urls = shorten(self.voice.post(self.surface("pub", 0), now), rng)
            if len(text) > 280:  # tweets.js keeps a cut version, note-tweet.js the whole post
                cut = text[:272].rsplit(" ", 1)[0] + "…"
                note_id = timing.x_snowflake(ms, rng) ^ rng.getrandbits(20)
                self._add(ms, cut, urls=[u for u in urls if u[0] in cut], note_text=text, note_id=note_id)
            else:
                self._add(ms, text, urls=urls)
            return
        text = self.voice.post(self.surface("pub", 280), now)
        if rng.random() < self.p_edit and self._edit_chain(ms, text):
            return
        head = self._add(ms, text)
        if rng.random() < self.p_thread:
            self._thread(head, rng.choice((1, 1, 2, 3)))

    def _edit_chain(self, ms: int, final: str) -> bool:
        """First version with a slip, second version fixed a few minutes later (both in tweets.js)."""
        first = typo(final, self.rng)
        if first == final or not self.org.unique.add(first):
            return False
        a = self._add(ms, first)
        b = self._add(ms + self.rng.randrange(30_000, 2_400_000), final)
        for t in (a, b):
            t.edit_ids, t.edit_initial = [a.id, b.id], a.id
        return True

    def _thread(self, head: Tweet, length: int) -> None:
        rng, p, prev = self.rng, self.p, head
        head.text += " 🧵"
        for i in range(length):
            ms = prev.ms + rng.randrange(40_000, 360_000)
            text = self.voice.post(self.surface("pub", 274), timing.local(ms, p.timezone))
            if rng.random() < 0.5:
                text = f"{i + 2}/ {text}"
            prev = self._add(
                ms, text, reply_status=prev.id, reply_user_id=p.x_user_id, reply_screen_name=p.x_handle
            )

    def _reply(self) -> None:
        rng, p = self.rng, self.p
        parent_ms, ms = timing.answered_rider(p, rng)
        handle = citizen_handle(rng)
        uid = citizen_user_id(handle)
        self.directory[handle.lower()] = (handle.replace("_", " ").title(), uid)
        prefix = f"@{handle} "
        kind = rng.choice(KINDS)
        text = self.voice.answer(
            self.surface("rep", 280 - len(prefix)), kind, {}, timing.local(ms, p.timezone)
        )
        status = timing.x_snowflake(parent_ms, rng) if rng.random() > 0.02 else None
        self._add(ms, prefix + text, reply_status=status, reply_user_id=uid, reply_screen_name=handle)

    def _source_account(self) -> str:
        if self.sources and self.rng.random() < 0.4:
            return self.rng.choice(self.sources).x_handle
        return self.rng.choice(vocab.PARTNERS)[1]

    def _retweet(self) -> None:
        rng, p = self.rng, self.p
        ms = timing.own_post_time(p, rng)
        author = self._source_account()
        original = self.neutral.post(
            Surface("pub", self.colleague, self.partner, 270), timing.local(ms, p.timezone)
        )
        short, urls = shorten(f"RT @{author}: {original}", rng)
        if len(short) > 140:
            short = short[:139].rstrip() + "…"
        self._add(ms, short, urls=[u for u in urls if u[0] in short])

    def _quote(self) -> None:
        rng, p = self.rng, self.p
        ms = timing.own_post_time(p, rng)
        author = self._source_account()
        quoted = timing.x_snowflake(ms - rng.randrange(600_000, 172_800_000), rng)
        lead = rng.choice(bank_topics.QUOTE_LEADS)
        comment = self.voice.post(self.surface("pub", 255), timing.local(ms, p.timezone), lead=lead)
        tweet = self._add(ms, comment)
        tco = "https://t.co/" + "".join(rng.choice(_TCO_CHARS) for _ in range(10))
        tweet.text += " " + tco
        tweet.urls.append((tco, f"https://x.com/{author}/status/{quoted}"))

    def _deletions(self) -> None:
        """Recent delete-and-repost corrections (X keeps deleted tweets about 14 days)."""
        rng, p = self.rng, self.p
        recent = timing.EXPORT_MS - 13 * 86_400_000
        for _ in range(sum(rng.random() < 0.15 + 0.6 * p.lv("humble") for _ in range(3))):
            ms = timing.own_post_time(p, rng, start_ms=recent)
            wrong = self.voice.post(self.surface("pub", 280), timing.local(ms, p.timezone))
            repost_ms = ms + rng.randrange(120_000, 5_400_000)
            self._add(ms, wrong, deleted_ms=repost_ms)
            lead = (
                "Deleted my earlier post, it had a mistake. Here's the right info:"
                if p.lv("humble") >= 0.5
                else "Reposting with the right details:"
            )
            fixed = self.voice.post(self.surface("pub", 280), timing.local(repost_ms, p.timezone), lead=lead)
            self._add(repost_ms, fixed)

    def write(self, x_dir: Path) -> int:
        """Write the archive (a folder `x/<handle>/` or `x/<handle>.zip`); returns the number of tweets."""
        return write_archive(self.p, self.tweets, self.directory, x_dir)


def write_archive(p: Person, tweets: list[Tweet], directory: dict[str, tuple[str, str]], x_dir: Path) -> int:
    """Serialize and write one X archive: a pure function of its arguments, so it may run elsewhere."""
    files = archive_files(p, tweets, directory)
    if p.x_zip:
        archive_io.write_zip(x_dir / f"{p.x_handle}.zip", files)
    else:
        for name, data in files:
            path = x_dir / p.x_handle / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return len(tweets)
