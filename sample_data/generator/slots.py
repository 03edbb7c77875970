"""Fills `{slot}` fields of templates with seeded, context-aware values.

`Slots` is a mapping for `str.format_map`: a missing key is generated on first use and then kept,
so a template (or a whole conversation, through a shared scene) that says `{route}` twice says the
same route twice. Values that must differ from another slot (`time2`, `street2`, `day2`) do.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from sample_data.generator import bank_topics as topics
from sample_data.generator import bank_traits as traits
from sample_data.generator import vocab

Renderer = Callable[[random.Random], str]

ROUTE_NUMBERS: tuple[str, ...] = tuple(str(n) for n in range(1, 43)) + ("7X", "31A", "50", "61", "88")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


SCENE_KEYS = ("route", "project", "stop", "day")


def scene(rng: random.Random) -> dict[str, str]:
    """Slot values shared by every message of one conversation, so replies talk about the same things."""
    slots = Slots(rng)
    return {key: slots[key] for key in SCENE_KEYS} | {"rnum": slots["rnum"]}


def _slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in text.lower().removeprefix("the "))
    return "-".join(part for part in out.split("-") if part)


class Slots(dict[str, str]):
    """Slot values for one message (or one conversation when seeded with a shared scene)."""

    def __init__(
        self,
        rng: random.Random,
        *,
        now: datetime | None = None,
        scene: dict[str, str] | None = None,
        colleague: Renderer | None = None,
        partner: Renderer | None = None,
    ) -> None:
        super().__init__(scene or {})
        self.rng = rng
        self.now = now
        self.colleague = colleague
        self.partner = partner

    def fill(self, template: str) -> str:
        return template.format_map(self)

    def pick(self, options: tuple[str, ...]) -> str:
        return self.fill(self.rng.choice(options))

    def other(self, key: str, options: tuple[str, ...]) -> str:
        """A value from `options` different from the value of slot `key`."""
        first = self[key]
        while True:
            value = self.rng.choice(options)
            if value != first:
                return value

    def __missing__(self, key: str) -> str:
        maker = _MAKERS.get(key)
        if maker is None:
            raise KeyError(f"unknown template slot {{{key}}}")
        value = maker(self)
        self[key] = value
        return value


def _route(s: Slots) -> str:
    roll = s.rng.random()
    if roll < 0.12:
        return "the " + s.rng.choice(vocab.NAMED_LINES)
    return f"Route {s['rnum']}" if roll < 0.6 else f"the {s['rnum']}"


def _route2(s: Slots) -> str:
    return f"Route {s['rnum2']}"


def _time(s: Slots) -> str:
    hour = s.rng.choice((5, 6, 6, 7, 7, 7, 8, 8, 9, 10, 11, 12, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10))
    minute = s.rng.randrange(0, 60, 5)
    suffix = s.rng.choice(("", " am" if hour in (5, 6, 7, 8, 9, 10, 11) else " pm"))
    return f"{hour}:{minute:02d}{suffix}"


def _time2(s: Slots) -> str:
    while True:
        value = _time(s)
        if value != s["time"]:
            return value


def _date(s: Slots) -> str:
    base = s.now or datetime(2025, 3, 3) + timedelta(days=s.rng.randrange(0, 180))
    day = base + timedelta(days=s.rng.randrange(1, 22))
    return f"{MONTH_NAMES[day.month - 1]} {day.day}"


def _day(s: Slots) -> str:
    return s.rng.choice(WEEKDAYS[:5] if s.rng.random() < 0.8 else WEEKDAYS)


def _stop(s: Slots) -> str:
    if s.rng.random() < 0.5:
        return s.rng.choice(vocab.LANDMARKS)
    return f"{s['street']} & {s.other('street', vocab.STREETS)}"


def _url(s: Slots) -> str:
    rng = s.rng
    path = rng.choice(
        (
            "detours/route-{rnum}",
            "alerts/{month_slug}-route-{rnum}",
            "projects/{project_slug}",
            "survey/{hood_slug}",
            "schedules/{month_slug}",
            "fares/reduced-fare",
            "meetings/{project_slug}-{n}",
            "news/{event_slug}",
            "maps/route-{rnum}",
        )
    )
    slugs = {
        "month_slug": _slug(s["month"]) + f"-{rng.randrange(1, 29)}",
        "project_slug": _slug(s["project"]),
        "hood_slug": _slug(s["hood"]),
        "event_slug": _slug(s["event"]),
        "rnum": s["rnum"].lower(),
        "n": s["n"],
    }
    return f"{vocab.WEBSITE}/{path.format(**slugs)}"


def _strength(s: Slots) -> str:
    strength, weakness = s.rng.choice(vocab.STRENGTHS)
    s["weakness"] = weakness
    return strength


def _weakness(s: Slots) -> str:
    _ = s["strength"]
    return s["weakness"]


def _colleague(s: Slots) -> str:
    return s.colleague(s.rng) if s.colleague else "the team"


def _partner_mention(s: Slots) -> str:
    return s.partner(s.rng) if s.partner else s["partner"]


def _m2(s: Slots) -> str:
    first = s["m"]
    for _ in range(5):
        value = _colleague(s)
        if value != first:
            return value
    return "everyone"


def _choice(options: tuple[str, ...]) -> Callable[[Slots], str]:
    return lambda s: s.rng.choice(options)


def _nested(options: tuple[str, ...]) -> Callable[[Slots], str]:
    return lambda s: s.pick(options)


_MAKERS: dict[str, Callable[[Slots], str]] = {
    "rnum": _choice(ROUTE_NUMBERS),
    "rnum2": lambda s: s.other("rnum", ROUTE_NUMBERS),
    "route": _route,
    "route2": _route2,
    "line": _choice(vocab.NAMED_LINES),
    "street": _choice(vocab.STREETS),
    "street2": lambda s: s.other("street", vocab.STREETS),
    "stop": _stop,
    "station": _choice(vocab.STATIONS),
    "landmark": _choice(vocab.LANDMARKS),
    "hood": _choice(vocab.NEIGHBORHOODS),
    "time": _time,
    "time2": _time2,
    "mins": lambda s: str(s.rng.choice((5, 8, 10, 10, 12, 15, 15, 20, 25, 30, 40, 45))),
    "mins2": lambda s: str(s.rng.choice((3, 4, 5, 6, 7, 8, 10, 12, 15, 20))),
    "day": _day,
    "day2": lambda s: s.other("day", WEEKDAYS),
    "weekday": _choice(WEEKDAYS[:5]),
    "date": _date,
    "month": lambda s: (
        MONTH_NAMES[s.now.month - 1] if s.now and s.rng.random() < 0.5 else s.rng.choice(topics.MONTHS)
    ),
    "event": _choice(vocab.EVENTS),
    "project": _choice(vocab.PROJECTS),
    "partner": lambda s: s.rng.choice(vocab.PARTNERS)[0],
    "cause": _choice(vocab.DETOUR_CAUSES),
    "cause_f": _choice(vocab.DETOUR_CAUSES_FORMAL),
    "delay": _choice(vocab.DELAY_CAUSES),
    "delay_f": _choice(vocab.DELAY_CAUSES_FORMAL),
    "item": _choice(vocab.LOST_ITEMS),
    "relative": _choice(
        ("mom", "dad", "grandma", "son", "daughter", "roommate", "neighbor", "boss", "coworkers")
    ),
    "food": _choice(vocab.FOODS),
    "training": _choice(vocab.TRAININGS),
    "doc": _choice(vocab.DOCS),
    "metric": _choice(vocab.METRICS),
    "form": _choice(vocab.FORMS),
    "weekend": _choice(vocab.WEEKEND_PLANS),
    "sports": _choice(vocab.SPORTS_TEAMS),
    "operator": _choice(vocab.OPERATORS),
    "weather": _choice(vocab.WEATHER),
    "thing": _choice(vocab.GENERIC_THINGS),
    "pct": lambda s: str(s.rng.randrange(2, 39)),
    "count": lambda s: f"{s.rng.choice((s.rng.randrange(12, 400), s.rng.randrange(400, 48000))):,}",
    "n": lambda s: str(s.rng.randrange(2, 7)),
    "q": lambda s: str(s.rng.randrange(1, 5)),
    "years": lambda s: str(s.rng.randrange(3, 32)),
    "busnum": lambda s: str(s.rng.randrange(1102, 2399)),
    "url": _url,
    "org": lambda s: vocab.ORG_SPOKEN,
    "m": _colleague,
    "m2": _m2,
    "mp": _partner_mention,
    "emoji": _choice(vocab.EMOJI_CITIZEN),
    "floor": _choice(topics.FLOORS),
    "blocker": _choice(topics.BLOCKERS),
    "progress": _nested(topics.PROGRESS),
    "progress_f": _choice(topics.PROGRESS_FORMAL),
    "topic_short": _nested(topics.TOPIC_SHORT),
    "idea": _nested(vocab.IDEAS),
    "tweak": _choice(vocab.TWEAKS),
    "boss": _choice(vocab.BOSSES),
    "task": _choice(vocab.TASKS),
    "question": _nested(vocab.QUESTIONS),
    "strength": _strength,
    "weakness": _weakness,
    "area": _choice(vocab.AREAS),
    "help": _nested(vocab.HELP),
    "partner_help": _nested(vocab.PARTNER_HELP),
    "colleague_did": _nested(vocab.COLLEAGUE_DID),
    "reason": _nested(vocab.REASONS),
    "fun_fact": _nested(vocab.FUN_FACTS),
    "vivid": _choice(traits.VIVID),
    "daypart": _choice(topics.DAYPARTS),
}
