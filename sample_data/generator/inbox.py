"""Generates the shared social inbox log (`exports/inbox/social_inbox.csv`) in the generic posts format.

Modelled on the Kaggle "Customer Support on Twitter" log (FORMATS.md section 8): riders (anonymized
numeric handles) write to the shared `@RivertonTransit` account; whoever is on the rotation answers
from the shared account and signs with their initials (`… ^JM`). A few riders write to a staff
member's own account, who answers from it, unsigned. Some messages are never answered: a person's
responsive level sets both how often and how fast they answer. Rows are written conversation by
conversation as they are generated.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

from sample_data.generator import bank_inbox as bank
from sample_data.generator import timing, vocab
from sample_data.generator.cast import Person, rng_for
from sample_data.generator.org import Org
from sample_data.generator.slots import Slots, scene
from sample_data.generator.voice import Surface, Voice, citizen_text

COLUMNS = (
    "post_id",
    "platform",
    "account",
    "created_at",
    "text",
    "reply_to_id",
    "reply_to_account",
    "kind",
    "lang",
)
PLATFORM = "inbox"
ROWS_PER_CONVERSATION = 2.1
KINDS = tuple(bank.CITIZEN)


class RowWriter(Protocol):
    def writerow(self, row: Iterable[str], /) -> Any: ...


class InboxWriter:
    """Streams the inbox log to CSV; `generate` returns the number of rows written."""

    def __init__(self, org: Org, path: Path) -> None:
        self.org, self.path = org, path
        self.rng = rng_for(org.seed, "inbox")
        self.answerers = [p for p in org.staff if p.inbox]
        self.weights = [
            (0.3 + p.lv("responsive")) * (1.5 if p.team in ("Customer Experience", "Communications") else 1.0)
            for p in self.answerers
        ]
        self.own = [p for p in org.staff if p.inbox_own_account]
        self.voices = {
            p.person_id: Voice(p, org.unique, self.rng) for p in org.staff if p.inbox or p.inbox_own_account
        }
        self.next_id = 100001
        self.rows = 0

    def _surface(self, p: Person, limit: int) -> Surface:
        return Surface("rep", self.org.colleague(p, "x"), self.org.partner("x"), limit=limit)

    def generate(self, budget: int) -> int:
        """Write conversations day by day, in order of their first message; adapts to land near `budget`."""
        rng = self.rng
        first = timing.PERIOD_START.date()
        conversations = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(COLUMNS)
            for d in range(timing.PERIOD_DAYS):
                per_conversation = self.rows / conversations if conversations > 30 else ROWS_PER_CONVERSATION
                mean = max(0.0, budget - self.rows) / (timing.PERIOD_DAYS - d) / per_conversation
                n = max(0, int(mean + rng.gauss(0, math.sqrt(mean)) + 0.5)) if mean else 0
                day = first + timedelta(days=d)
                for ms in sorted(timing.citizen_time_on(day, rng) for _ in range(n)):
                    self._conversation(writer, ms)
                    conversations += 1
        return self.rows

    def _row(
        self,
        writer: RowWriter,
        ms: int,
        account: str,
        text: str,
        *,
        reply_to: str = "",
        reply_account: str = "",
        lang: str = "en",
    ) -> str:
        post_id = f"inbox:{self.next_id}"
        self.next_id += 1
        kind = "reply" if reply_to else "post"
        writer.writerow(
            (post_id, PLATFORM, account, timing.iso_local(ms), text, reply_to, reply_account, kind, lang)
        )
        self.rows += 1
        return post_id

    def _conversation(self, writer: RowWriter, ms: int) -> None:
        rng = self.rng
        rider = str(rng.randrange(100_000, 1_000_000))
        talk = scene(rng)
        slots = Slots(rng, now=timing.local(ms, timing.ORG_TZ), scene=talk)
        own = self.own and rng.random() < 0.04
        spanish = not own and rng.random() < 0.02
        kind = rng.choice(KINDS)
        if own:
            p = rng.choice(self.own)
            to_account = p.x_handle
            body = citizen_text(bank.OWN_ACCOUNT_INBOUND, slots, self.org.unique)
        else:
            p = rng.choices(self.answerers, weights=self.weights)[0]
            to_account = vocab.SHARED_ACCOUNT
            body = (
                citizen_text(bank.SPANISH_INBOUND, slots, self.org.unique, casual=False)
                if spanish
                else citizen_text(bank.CITIZEN[kind], slots, self.org.unique)
            )
        lang = "es" if spanish else "en"
        talk = dict(slots) | ({"lang": "es"} if spanish else {})
        inbound = self._row(writer, ms, rider, f"@{to_account} {body}", lang=lang)
        if rng.random() > 0.55 + 0.43 * p.lv("responsive"):
            return  # never answered
        reply_ms = timing.reply_time(p, ms, rng)
        if reply_ms > timing.END_MS:
            return
        voice = self.voices[p.person_id]
        now = timing.local(reply_ms, p.timezone)
        prefix = f"@{rider} "
        if own:
            text = prefix + Slots(rng, now=now, scene=talk).pick(bank.OWN_ACCOUNT_REPLY)
            if not self.org.unique.add(text):
                text = prefix + voice.answer(self._surface(p, 270), "service", talk, now)
            self._row(writer, reply_ms, p.x_handle, text, reply_to=inbound, reply_account=rider)
            return
        limit = 280 - len(prefix) - len(p.signature) - 1
        answer = voice.answer(self._surface(p, limit), kind, talk, now)
        reply = self._row(
            writer,
            reply_ms,
            vocab.SHARED_ACCOUNT,
            f"{prefix}{answer} {p.signature}",
            reply_to=inbound,
            reply_account=rider,
            lang=lang,
        )
        if spanish or rng.random() > 0.3:
            return
        self._followups(writer, p, rider, reply, reply_ms, talk)

    def _followups(
        self, writer: RowWriter, p: Person, rider: str, reply: str, reply_ms: int, talk: dict[str, str]
    ) -> None:
        rng = self.rng
        roll = rng.random()
        turn, options = (
            ("pushback", bank.FOLLOWUP_PUSHBACK)
            if roll < 0.25
            else ("more", bank.FOLLOWUP_MORE)
            if roll < 0.45
            else ("thanks", bank.FOLLOWUP_THANKS)
        )
        back_ms = reply_ms + int(rng.lognormvariate(3.0, 1.0) * 60_000)
        if back_ms > timing.END_MS:
            return
        slots = Slots(rng, now=timing.local(back_ms, timing.ORG_TZ), scene=talk)
        text = citizen_text(options, slots, self.org.unique)
        back = self._row(
            writer,
            back_ms,
            rider,
            f"@{vocab.SHARED_ACCOUNT} {text}",
            reply_to=reply,
            reply_account=vocab.SHARED_ACCOUNT,
        )
        if rng.random() > {"pushback": 0.85, "more": 0.8, "thanks": 0.3}[turn]:
            return
        again_ms = timing.reply_time(p, back_ms, rng)
        if again_ms > timing.END_MS:
            return
        now = timing.local(again_ms, p.timezone)
        prefix = f"@{rider} "
        limit = 280 - len(prefix) - len(p.signature) - 1
        answer = self.voices[p.person_id].followup(self._surface(p, limit), turn, talk, now)
        self._row(
            writer,
            again_ms,
            vocab.SHARED_ACCOUNT,
            f"{prefix}{answer} {p.signature}",
            reply_to=back,
            reply_account=rider,
        )
