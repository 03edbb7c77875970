"""Generates the Slack workspace export: channel day files written day by day, never all in memory.

Messages are generated in the order of the organization's local days. A new message may start a
thread; its replies are generated at once (each replier answers after their own latency, see
timing.reply_time) and wait in per-day buckets, because a reply written after midnight belongs to
a later day file. When a day is finished, its buckets are complete and written. Day files are
named by the workspace's local date (America/Chicago), not by UTC. The export also holds a few
system messages (`channel_join`, `bot_message`), edited messages and thread broadcasts. Like a
free-plan workspace, the export covers the last 90 days of the period only.
"""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path
from typing import Any

from sample_data.generator import archive_io, timing
from sample_data.generator.cast import Person, rng_for
from sample_data.generator.org import Org
from sample_data.generator.slack_meta import (
    Channel,
    channels_json,
    mrkdwn,
    plan_channels,
    slack_id,
    users_json,
)
from sample_data.generator.slots import scene
from sample_data.generator.voice import Surface, Voice

P_THREAD = 0.45
MEAN_REPLIES = 2.3
WEEKEND_FACTOR = 0.12
# The workspace is on Slack's free plan: its export holds the last 90 days only.
SLACK_DAYS = 90
SLACK_START = timing.PERIOD_START + timedelta(days=timing.PERIOD_DAYS - SLACK_DAYS)
SLACK_START_MS = timing.to_ms(SLACK_START)
CONTRACTOR_START = timing.to_ms(SLACK_START + timedelta(days=15, hours=9))


class SlackWriter:
    """Writes `exports/slack/`; `generate` returns the number of messages (system messages included)."""

    def __init__(self, org: Org, out: Path) -> None:
        self.org, self.out = org, out
        self.rng = rng_for(org.seed, "slack")
        self.team_id = slack_id(self.rng, "T")
        self.bot = (slack_id(self.rng, "U"), "RidershipBot")
        self.channels = plan_channels(org.people, self.rng)
        self.voices = {p.person_id: Voice(p, org.unique, self.rng) for p in org.people}
        self.surfaces = {
            p.person_id: Surface("int", org.colleague(p, "slack"), org.partner("slack"), chat=True)
            for p in org.people
        }
        self.buckets: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (channel, local day) -> messages
        self.taken: dict[tuple[str, str], set[str]] = {}
        self.count = 0
        self.authors = org.people
        self.author_weights = list(_cumulative([self._weight(p) for p in org.people]))
        self._plan_joins()
        self.memberships = {p.person_id: [c for c in self.channels if p in c.members] for p in org.people}

    @staticmethod
    def _weight(p: Person) -> float:
        return 0.4 + 0.6 * p.lv("team_player") + 0.4 * p.lv("believes_in_social") + 0.3 * p.lv("enjoyable")

    def _plan_joins(self) -> None:
        """The contractor joins their channels mid-period; two staff join a channel they were not in."""
        for c in self.channels:
            for p in c.members:
                if not p.consent:
                    c.joins[p.person_id] = CONTRACTOR_START + self.rng.randrange(0, 3_600_000)
        for c in self.channels[1:3]:
            newcomer = c.members[-1] if len(c.members) > 2 else None
            if newcomer is not None and newcomer.consent:
                c.joins[newcomer.person_id] = SLACK_START_MS + self.rng.randrange(10, 60) * 86_400_000

    # ------------------------------------------------------------------ generation
    def generate(self, budget: int) -> int:
        """Generate day by day; the daily rate adapts so that the total lands near `budget`."""
        rng = self.rng
        first = SLACK_START.date()
        days = [first + timedelta(days=d) for d in range(SLACK_DAYS)]
        weights = [1.0 if day.weekday() < 5 else WEEKEND_FACTOR for day in days]
        remaining_weight = sum(weights)
        self._system_joins()
        conversations = 0
        for day, weight in zip(days, weights, strict=True):
            if weight == 1.0:
                self._bot_message(day)
            per_conversation = (
                self.count / conversations if conversations > 30 else 1 + P_THREAD * MEAN_REPLIES
            )
            mean = max(0.0, budget - self.count) * weight / remaining_weight / per_conversation
            remaining_weight -= weight
            for _ in range(max(0, int(mean + rng.gauss(0, math.sqrt(mean)) + 0.5)) if mean else 0):
                self._conversation(day, weight < 1.0)
                conversations += 1
            self._flush(day.isoformat())
        self._flush("9999-12-31")
        self._write_meta()
        return self.count

    def _pick_author(self, weekend: bool) -> Person:
        rng = self.rng
        while True:
            p = rng.choices(self.authors, cum_weights=self.author_weights)[0]
            if not weekend or rng.random() < timing.after_hours_share(p) + 0.05:
                return p

    def _conversation(self, day: Any, weekend: bool) -> None:
        rng = self.rng
        author = self._pick_author(weekend)
        ms = timing.time_on_day(author, day, rng)
        options = [c for c in self.memberships[author.person_id] if ms >= c.joins.get(author.person_id, 0)]
        if not options:
            return
        weights = [1.0 if c.name == "random" else 1.5 if c.general else 3.0 for c in options]
        channel = rng.choices(options, weights=weights)[0]
        talk = scene(rng)
        parent = self._message(author, channel, ms, talk, reply=False)
        if rng.random() >= P_THREAD:
            return
        replies: list[dict[str, Any]] = []
        prev_author, prev_ms = author, ms
        for _ in range(1 + int(rng.expovariate(1 / (MEAN_REPLIES - 1)))):
            replier = self._pick_replier(author, prev_author, channel, prev_ms)
            if replier is None:
                break
            reply_ms = timing.reply_time(replier, prev_ms, rng, scale=0.5)
            if reply_ms > timing.END_MS:
                break
            msg = self._message(replier, channel, reply_ms, talk, reply=True)
            msg["thread_ts"] = parent["ts"]
            msg["parent_user_id"] = author.slack_id
            if rng.random() < 0.02:
                msg["subtype"] = "thread_broadcast"
                msg["root"] = {
                    "text": parent["text"],
                    "user": author.slack_id,
                    "ts": parent["ts"],
                    "thread_ts": parent["ts"],
                }
            replies.append(msg)
            prev_author, prev_ms = replier, reply_ms
        if replies:
            users = list(dict.fromkeys(m["user"] for m in replies))
            parent |= {
                "thread_ts": parent["ts"],
                "reply_count": len(replies),
                "reply_users_count": len(users),
                "latest_reply": replies[-1]["ts"],
                "reply_users": users,
                "replies": [{"user": m["user"], "ts": m["ts"]} for m in replies],
                "is_locked": False,
                "subscribed": False,
            }

    def _pick_replier(self, author: Person, prev: Person, channel: Channel, ms: int) -> Person | None:
        rng = self.rng
        for _ in range(12):
            if prev is not author and rng.random() < 0.35:
                candidate = author
            elif rng.random() < 0.6:
                candidate = rng.choice(self.org.circles[author.person_id])
            else:
                candidate = rng.choice(channel.members)
            if candidate is prev or not channel.is_member(candidate, ms):
                continue
            if rng.random() < 0.35 + 0.65 * candidate.lv("responsive"):
                return candidate
        return None

    def _message(
        self, p: Person, channel: Channel, ms: int, talk: dict[str, str], *, reply: bool
    ) -> dict[str, Any]:
        rng = self.rng
        text = self.voices[p.person_id].chat(
            self.surfaces[p.person_id], timing.local(ms, p.timezone), talk, reply=reply
        )
        key = self._key(channel, ms)
        msg: dict[str, Any] = {
            "type": "message",
            "text": mrkdwn(text, rng),
            "user": p.slack_id,
            "ts": self._ts(key, ms),
        }
        if rng.random() < 0.03 + 0.12 * p.lv("humble"):
            msg["edited"] = {"user": p.slack_id, "ts": f"{ms // 1000 + rng.randrange(20, 1500)}.000000"}
        self._store(key, msg)
        return msg

    def _key(self, channel: Channel, ms: int) -> tuple[str, str]:
        return channel.name, timing.local(ms, timing.ORG_TZ).date().isoformat()

    def _ts(self, key: tuple[str, str], ms: int) -> str:
        """A `seconds.micros` ts not yet used in the channel (ts is the message id)."""
        taken = self.taken.setdefault(key, set())
        micros = (ms % 1000) * 1000 + self.rng.randrange(1000)
        while True:
            ts = f"{ms // 1000}.{micros:06d}"
            if ts not in taken:
                taken.add(ts)
                return ts
            micros = (micros + 1) % 1_000_000

    def _store(self, key: tuple[str, str], msg: dict[str, Any]) -> None:
        self.buckets.setdefault(key, []).append(msg)
        self.count += 1

    def _system_joins(self) -> None:
        for channel in self.channels:
            for pid, ms in sorted(channel.joins.items()):
                p = next(q for q in channel.members if q.person_id == pid)
                key = self._key(channel, ms)
                msg = {
                    "user": p.slack_id,
                    "type": "message",
                    "subtype": "channel_join",
                    "ts": self._ts(key, ms),
                    "text": f"<@{p.slack_id}> has joined the channel",
                }
                if p.consent:
                    msg["inviter"] = channel.members[0].slack_id
                self._store(key, msg)

    def _bot_message(self, day: Any) -> None:
        rng = self.rng
        channel = next((c for c in self.channels if c.name == "service-changes"), self.channels[0])
        ms = timing.to_ms(
            timing.PERIOD_START.replace(
                year=day.year, month=day.month, day=day.day, hour=7, minute=rng.randrange(0, 15)
            )
        )
        yesterday = day - timedelta(days=1)
        text = (
            f"Daily ridership for {yesterday.isoformat()}: {rng.randrange(28_000, 52_000):,} boardings, "
            f"on-time performance {rng.uniform(78, 94):.1f}%, {rng.randrange(0, 14)} missed trips. "
            f"<https://dashboards.rrta.example/ridership/{yesterday.isoformat()}|Dashboard>"
        )
        key = self._key(channel, ms)
        self._store(
            key,
            {
                "text": text,
                "username": self.bot[1],
                "bot_id": "B" + self.bot[0][1:],
                "type": "message",
                "subtype": "bot_message",
                "ts": self._ts(key, ms),
            },
        )

    # ------------------------------------------------------------------ output
    def _flush(self, through: str) -> None:
        """Write every bucket of a local day up to `through`; later days may still receive replies."""
        for key in sorted(k for k in self.buckets if k[1] <= through):
            messages = sorted(self.buckets.pop(key), key=lambda m: m["ts"])
            self.taken.pop(key, None)
            archive_io.write_text(self.out / key[0] / f"{key[1]}.json", archive_io.slack_json(messages))

    def _write_meta(self) -> None:
        archive_io.write_text(
            self.out / "users.json",
            archive_io.slack_json(users_json(self.org.people, self.team_id, [self.bot])),
        )
        archive_io.write_text(self.out / "channels.json", archive_io.slack_json(channels_json(self.channels)))
        logs = [
            {
                "user_id": self.org.people[0].slack_id,
                "user_name": self.org.people[0].slack_name,
                "date": str(SLACK_START_MS // 1000 - 86400 * 30),
                "change_type": "added",
                "service_id": "4410982235",
                "service_type": "Incoming WebHooks",
                "scope": "incoming-webhook",
                "channel": next(c.id for c in self.channels if c.name == "service-changes"),
            }
        ]
        archive_io.write_text(self.out / "integration_logs.json", archive_io.slack_json(logs))


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out
