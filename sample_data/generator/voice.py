"""A person's way of writing, derived from their latent trait levels.

`Voice` composes a message from parts (an opener, the factual core, trait markers, asides, emoji,
hashtags), each with a priority so that a message over the platform's length limit loses its least
important parts first. The latent levels set every rate: the register (plain or corporate) from
speaks_human, the template openers from (low) creative, the trait marker sentences from each
trait's level. Every text is checked against the organization-wide `UniqueTexts`: no two posts are
the same unless a repost is meant.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sample_data.generator import bank_inbox as inbox_bank
from sample_data.generator import bank_topics as topics
from sample_data.generator import bank_traits as traits
from sample_data.generator import textutil, vocab
from sample_data.generator.cast import Person
from sample_data.generator.slots import Renderer, Slots

# (rate at level 1 for the "hi" sentences, rate at level 0 for the "lo" sentences), per message
MARKER_RATES: dict[str, tuple[float, float]] = {
    "humble": (0.22, 0.12),
    "self_aware": (0.20, 0.08),
    "unafraid_of_failure": (0.20, 0.10),
    "team_player": (0.25, 0.08),
    "generous": (0.20, 0.05),
    "enjoyable": (0.40, 0.30),
    "loves_mission": (0.28, 0.08),
    "believes_in_social": (0.20, 0.10),
}
GROUP_SCALE = {"int": 1.0, "pub": 0.8, "rep": 0.6}
FORMAL_HUMBLE = (
    "I apologize for the error in my earlier message regarding {route}.",
    "I must correct my previous statement: the {route} change takes effect {day}, not {day2}.",
    "I was mistaken about the {metric} figures and have revised them.",
)

Part = tuple[int, str]  # (priority: lower is dropped first when too long, text)


@dataclass(frozen=True)
class Surface:
    """Where a message is written: the marker group, how mentions look, the length limit (0: none)."""

    group: str
    colleague: Renderer | None = None
    partner: Renderer | None = None
    limit: int = 0
    chat: bool = False


def _clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, x))


class Voice:
    """Writes as one person; all randomness comes from the generator passed in."""

    def __init__(self, person: Person, unique: textutil.UniqueTexts, rng: random.Random) -> None:
        self.person = person
        self.unique = unique
        self.rng = rng
        lv = person.lv
        sh, cr, en = lv("speaks_human"), lv("creative"), lv("enjoyable")
        self.p_plain = _clamp(1.6 * sh - 0.25, 0.02, 0.99)
        self.p_contract = sh
        # per marker group: (P(hi sentence), P(hi or lo sentence), hi bank, lo bank, family) for each family
        self.marker_plan = {
            group: [
                (
                    hi * lv(f) ** 2 * scale,
                    (hi * lv(f) ** 2 + lo * (1 - lv(f)) ** 2) * scale,
                    traits.MARKERS[f]["hi"][group],
                    traits.MARKERS[f]["lo"][group],
                    f,
                )
                for f, (hi, lo) in MARKER_RATES.items()
            ]
            for group, scale in GROUP_SCALE.items()
        }
        self.p_template_open = 0.85 * (1 - cr) ** 1.5
        favourite = rng.randrange(3)
        self.favourite_open = traits.OPENERS_TEMPLATED[favourite]
        self.favourite_chat_open = traits.OPENERS_CHAT[favourite]
        self.favourite_greeting = (
            inbox_bank.GREETINGS_PLAIN[favourite],
            inbox_bank.GREETINGS_FORMAL[favourite],
        )
        self.template_reach = 0.15 + 0.85 * cr  # share of a template list a person ever uses
        self.p_story = 0.3 * cr**2
        self.p_vivid = 0.15 * cr**2
        self.p_emoji = 0.03 + 0.4 * en * sh
        self.p_sour = 0.06 * (1 - en) ** 2
        self.p_exclaim = 0.35 * en
        self.p_plain_aside = 0.22 * sh**2
        self.p_jargon_aside = 0.55 * (1 - sh) ** 2
        self.p_hashtag = 0.1 + 0.5 * lv("believes_in_social")
        self.p_mission = 0.15 + 0.8 * lv("loves_mission")
        self.p_typo = 0.02 + 0.05 * lv("responsive")
        self.p_formal_apology = 0.5 * (1 - sh)

    # ----------------------------------------------------------------- public
    def post(self, surface: Surface, now: datetime, *, lead: str = "") -> str:
        """An original public post (X, Mastodon) or, with `lead`, the comment of a quote post."""

        def build(s: Slots) -> list[Part]:
            rng = self.rng
            parts: list[Part] = []
            if lead:
                parts.append((9, s.fill(lead)))
            elif rng.random() < self.p_template_open:
                parts.append(
                    (9, self.favourite_open if rng.random() < 0.75 else rng.choice(traits.OPENERS_TEMPLATED))
                )
            if rng.random() < self.p_story:
                parts.append((6, s.pick(traits.STORIES)))
            topic = (
                rng.choice(topics.MISSION_TOPICS)
                if rng.random() < self.p_mission
                else rng.choice(topics.NON_MISSION_PUBLIC)
            )
            content = self._content(topics.PUBLIC[topic], s)
            parts.append((10, content))
            if rng.random() < 0.2:
                detail = self._content(topics.PUBLIC[topic], s)
                if detail not in content:
                    parts.append((2, detail))
            parts += [(7, m) for m in self._markers("pub", s, 2)]
            parts += self._asides(s)
            if rng.random() < 0.1 and vocab.WEBSITE not in " ".join(p for _, p in parts):
                parts.append((3, s["url"]))
            if rng.random() < self.p_hashtag:
                tags = rng.sample(vocab.HASHTAGS, rng.choice((1, 1, 2)))
                parts.append((4, " ".join("#" + t for t in tags)))
            parts += self._emoji()
            return parts

        return self._compose(build, surface, now, None)

    def answer(self, surface: Surface, kind: str, scene: dict[str, str], now: datetime) -> str:
        """An answer to a rider's message of `kind` (public reply or shared-inbox reply)."""

        def build(s: Slots) -> list[Part]:
            rng = self.rng
            if scene.get("lang") == "es":
                return [(10, s.pick(inbox_bank.SPANISH_REPLY))]
            plain = rng.random() < self.p_plain
            parts: list[Part] = []
            if rng.random() < self.p_template_open:  # low creativity: always the same greeting
                greeting = self.favourite_greeting[0 if plain else 1]
            else:
                greeting = rng.choice(inbox_bank.GREETINGS_PLAIN if plain else inbox_bank.GREETINGS_FORMAL)
            if greeting:
                parts.append((2, greeting))
            if kind in inbox_bank.APOLOGY_KINDS and rng.random() < 0.6:
                manners = inbox_bank.EMPATHY if rng.random() < 0.5 else inbox_bank.ORG_APOLOGY
                parts.append((5, rng.choice(manners)))
            answers = inbox_bank.ANSWER[kind]["plain" if plain else "formal"]
            parts.append((10, s.pick(answers)))
            parts += [(7, m) for m in self._markers("rep", s, 1)]
            closer = rng.choice(inbox_bank.CLOSERS_PLAIN if plain else inbox_bank.CLOSERS_FORMAL)
            if closer:
                parts.append((3, closer))
            parts += self._emoji()
            return parts

        return self._compose(build, surface, now, scene)

    def followup(self, surface: Surface, kind: str, scene: dict[str, str], now: datetime) -> str:
        """A second staff turn: answering pushback (humble or not), thanks, or a further question."""

        def build(s: Slots) -> list[Part]:
            rng = self.rng
            if kind == "pushback":
                humble = rng.random() < 0.1 + 0.85 * self.person.lv("humble")
                bank = inbox_bank.STAFF_FOLLOWUP_HUMBLE if humble else inbox_bank.STAFF_FOLLOWUP_PROUD
            elif kind == "thanks":
                bank = inbox_bank.STAFF_FOLLOWUP_THANKS
            else:
                bank = inbox_bank.STAFF_FOLLOWUP_MORE
            parts: list[Part] = [(10, s.pick(bank))]
            if kind != "pushback" or rng.random() < 0.5:
                parts += [(7, m) for m in self._markers("rep", s, 1)]
            parts += self._emoji()
            return parts

        return self._compose(build, surface, now, scene)

    def chat(self, surface: Surface, now: datetime, scene: dict[str, str] | None, *, reply: bool) -> str:
        """A Slack message: a new message in a channel or an answer inside a thread."""

        def build(s: Slots) -> list[Part]:
            rng = self.rng
            parts: list[Part] = []
            if reply:
                parts.append((10, self._pick_reach(topics.INTERNAL_REPLY, s)))
            else:
                if rng.random() < self.p_template_open * 0.7:
                    parts.append((9, self.favourite_chat_open))
                elif rng.random() < self.p_story * 0.5:
                    parts.append((6, s.pick(traits.STORIES)))
                topic = "work" if rng.random() < self.p_mission else "office"
                parts.append((10, self._content(topics.INTERNAL[topic], s)))
            parts += [(7, m) for m in self._markers("int", s, 1 if reply else 2)]
            parts += self._asides(s)
            parts += self._emoji()
            return parts

        return self._compose(build, surface, now, scene)

    # ----------------------------------------------------------------- parts
    def _pick_reach(self, bank: dict[str, tuple[str, ...]], s: Slots) -> str:
        options = bank["plain" if self.rng.random() < self.p_plain else "formal"]
        reach = max(2, math.ceil(len(options) * self.template_reach))
        return s.fill(options[self.rng.randrange(min(reach, len(options)))])

    def _content(self, bank: dict[str, tuple[str, ...]], s: Slots) -> str:
        text = self._pick_reach(bank, s)
        if self.rng.random() < self.p_vivid:
            text = f"{s.pick(traits.VIVID_OPENERS)} {text}"
        return text

    def _markers(self, group: str, s: Slots, cap: int) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for p_hi, p_any, hi_bank, lo_bank, family in self.marker_plan[group]:
            roll = rng.random()
            if roll >= p_any:
                continue
            bank = hi_bank if roll < p_hi else lo_bank
            if bank is hi_bank and family == "humble" and rng.random() < self.p_formal_apology:
                bank = FORMAL_HUMBLE
            if bank:
                out.append(s.pick(bank))
        rng.shuffle(out)
        return out[:cap]

    def _asides(self, s: Slots) -> list[Part]:
        rng = self.rng
        if rng.random() < self.p_plain_aside:
            return [(3, rng.choice(traits.PLAIN_ASIDES))]
        if rng.random() < self.p_jargon_aside:
            return [(5, s.pick(traits.JARGON_ASIDES))]
        return []

    def _emoji(self) -> list[Part]:
        rng = self.rng
        if rng.random() < self.p_emoji:
            pool = vocab.EMOJI_WARM if rng.random() < 0.7 else vocab.EMOJI_TRANSIT
            return [(4, "".join(rng.sample(pool, rng.choice((1, 1, 1, 2)))))]
        if rng.random() < self.p_sour:
            return [(4, rng.choice(vocab.EMOJI_SOUR))]
        return []

    # ----------------------------------------------------------------- assembly
    def _finish(self, parts: list[Part], surface: Surface) -> str:
        rng = self.rng
        text = textutil.tidy(" ".join(p for _, p in parts))
        if rng.random() < self.p_contract:
            text = textutil.contract(text)
        elif rng.random() < 0.9:
            text = textutil.expand(text)
        if rng.random() < self.p_typo:
            text = textutil.typo(text, rng)
        if text.endswith(".") and rng.random() < self.p_exclaim:
            text = text[:-1] + "!"
        casual = surface.chat and text[:1].isupper() and text[1:2].islower()
        if casual and rng.random() < 0.3 * self.p_contract:
            text = text[0].lower() + text[1:]
        return text

    def _compose(
        self,
        build: Callable[[Slots], list[Part]],
        surface: Surface,
        now: datetime,
        scene: dict[str, str] | None,
    ) -> str:
        for attempt in range(40):
            s = Slots(self.rng, now=now, scene=scene, colleague=surface.colleague, partner=surface.partner)
            parts = build(s)
            if attempt >= 6:  # rare: a short factual detail makes the text new
                parts.append((9, s.pick(topics.DETAILS)))
            if surface.limit:  # drop the least important parts before the (costly) finishing touches
                while sum(len(t) + 1 for _, t in parts) > surface.limit - 6 and len(parts) > 1:
                    del parts[_weakest(parts)]
            text = self._finish(parts, surface)
            while surface.limit and len(text) > surface.limit and len(parts) > 1:
                del parts[_weakest(parts)]
                text = self._finish(parts, surface)
            if surface.limit and len(text) > surface.limit:
                text = text[: surface.limit - 1].rsplit(" ", 1)[0] + "…"
            if self.unique.add(text):
                return text
        raise RuntimeError(f"could not write a new message for {self.person.person_id} after 40 attempts")


CITIZEN_OPENERS = (
    "hey ",
    "hi ",
    "ok so ",
    "um ",
    "hello? ",
    "quick question: ",
    "yo ",
    "morning! ",
    "excuse me ",
)
CITIZEN_CONTEXT = (
    "I'm at {stop}",
    "heading to {landmark}",
    "need to get to {landmark} by {time2}",
    "my {relative} asked",
    "this is the {n}th time this month",
    "I'm on the {rnum2} right now",
    "asking for my {relative}",
    "I ride every day from {hood}",
    "it's my first week riding",
    "been riding for {years} years",
    "going to {event} later",
    "I start a new job at {landmark} on {day}",
    "coming from {hood}",
)


def _weakest(parts: list[Part]) -> int:
    """Index of the part to drop first: lowest priority, the later one on ties."""
    return min(range(len(parts)), key=lambda i: (parts[i][0], -i))


def citizen_text(
    options: tuple[str, ...], slots: Slots, unique: textutil.UniqueTexts, *, casual: bool = True
) -> str:
    """A rider's message from `options`: informal, lower case, sometimes emoji, typos and some context.

    `casual=False` (messages in Spanish) keeps the template as it is apart from the slot values.
    """
    rng = slots.rng
    for attempt in range(80):
        text = textutil.tidy(slots.pick(options), capitalize=False)
        if casual:
            if attempt > 2 or rng.random() < 0.35:
                context = slots.pick(CITIZEN_CONTEXT)
                text = f"{text}, {context}" if rng.random() < 0.5 else f"{context}. {text}"
            roll = rng.random()
            if roll < 0.25:
                text += " " + rng.choice(vocab.EMOJI_CITIZEN)
            elif roll < 0.4:
                text += rng.choice(("??", "!!", " pls", " lol", " ugh", "...", " thx", " asap", " :("))
            if rng.random() < 0.3:
                text = text[0].upper() + text[1:]
            if rng.random() < 0.12:
                text = textutil.typo(text, rng)
            if rng.random() < 0.15:
                text = rng.choice(CITIZEN_OPENERS) + text
        if unique.add(text):
            return text
        for key in (
            "rnum",
            "rnum2",
            "stop",
            "time",
            "time2",
            "mins",
            "mins2",
            "busnum",
            "item",
            "street",
            "landmark",
            "hood",
            "relative",
            "n",
            "years",
            "event",
            "day",
            "project",
            "date",
            "url",
        ):
            slots.pop(key, None)
    raise RuntimeError(f"could not write a new rider message from {options[0]!r}")
