"""The people of the fictional organization and their designed latent trait levels.

The first eighteen staff and the contractor are hand-designed so that every trait has one clear
top and one clear bottom person (documented in sample_data/README.md); larger samples add staff
with seeded random levels. Everything downstream (text, timing, volume) is driven by these levels.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from sample_data.generator import vocab
from signals.ground.config import TRAITS

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")


class FastRandom(random.Random):
    """`random.Random` with `choice` and two-argument `randrange` drawn from one `random()` call.

    The standard versions loop over `getrandbits`; these are several times faster, which matters
    for a million posts, and just as deterministic (the Mersenne Twister stream is stable).
    """

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if step != 1:
            return super().randrange(start, stop, step)
        if stop is None:
            start, stop = 0, start
        if stop <= start:
            raise ValueError(f"empty range in randrange({start}, {stop})")
        return start + int(self.random() * (stop - start))


def rng_for(seed: int, *keys: object) -> FastRandom:
    """A random stream private to (seed, keys): independent of the order other streams are used in."""
    digest = hashlib.blake2b("|".join(map(str, (seed, *keys))).encode(), digest_size=8).digest()
    return FastRandom(int.from_bytes(digest, "big"))


@dataclass
class Person:
    """One member of staff (or the contractor) with every account and the latent trait levels."""

    person_id: str
    first: str
    last: str
    team: str
    title: str
    timezone: str
    work_hours: str
    levels: dict[str, float]
    consent: bool = True
    x_export: bool = False
    x_zip: bool = False
    mastodon_export: bool = False
    mastodon_tar: bool = False
    inbox: bool = False
    inbox_own_account: bool = False
    x_handle: str = ""
    x_user_id: str = ""
    mastodon_user: str = ""
    slack_name: str = ""
    slack_id: str = ""
    signature: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        return f"{self.first[0]}{self.last[0]}"

    @property
    def mastodon_acct(self) -> str:
        return f"{self.mastodon_user}@{vocab.STAFF_MASTODON_HOST}"

    @cached_property
    def work_window(self) -> tuple[int, int]:
        """Work hours as minutes after local midnight (start, end)."""
        start, end = self.work_hours.split("-")
        return _minutes(start), _minutes(end)

    def lv(self, trait: str) -> float:
        return self.levels[trait]


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


# trait order of the level tuples below
# fmt: off
_ORDER = (
    "loves_mission", "believes_in_social", "enjoyable", "unafraid_of_failure", "team_player", "responsive",
    "speaks_human", "self_aware", "humble", "creative", "generous",
)
# fmt: on
assert set(_ORDER) == set(TRAITS)

# first, last, team, title, timezone, work hours, levels (in _ORDER), flags
# fmt: off
_DESIGNED: tuple[tuple[str, str, str, str, str, str, tuple[float, ...], str], ...] = (
    (
        "Maya", "Okafor", "Communications", "Social Media Manager", "America/Chicago", "09:00-17:00",
        (0.78, 0.97, 0.85, 0.70, 0.72, 0.80, 0.82, 0.60, 0.55, 0.80, 0.70),
        "x inbox",
    ),
    (
        "Jordan", "Reyes", "Customer Experience", "Customer Service Specialist", "America/Chicago",
        "08:00-16:30", (0.75, 0.70, 0.78, 0.45, 0.65, 0.97, 0.80, 0.55, 0.60, 0.45, 0.50), "x inbox",
    ),
    (
        "Harold", "Whitcombe", "Planning", "Director of Strategic Planning", "America/Chicago", "09:00-17:00",
        (0.55, 0.30, 0.40, 0.35, 0.45, 0.30, 0.04, 0.08, 0.25, 0.25, 0.30),
        "x inbox",
    ),
    (
        "Tessa", "Nguyen", "Community Engagement", "Community Outreach Coordinator", "America/Chicago",
        "09:00-17:00", (0.85, 0.75, 0.88, 0.60, 0.75, 0.70, 0.96, 0.65, 0.65, 0.70, 0.65),
        "mastodon inbox own",
    ),
    (
        "Sam", "Patel", "Data & Technology", "Data Analyst", "America/Chicago", "09:00-17:00",
        (0.65, 0.50, 0.70, 0.55, 0.70, 0.60, 0.70, 0.85, 0.97, 0.50, 0.60),
        "x inbox",
    ),
    (
        "Rosa", "Delgado", "Communications", "Communications Specialist", "America/Chicago", "09:00-17:00",
        (0.75, 0.80, 0.80, 0.50, 0.85, 0.65, 0.75, 0.60, 0.60, 0.60, 0.97),
        "x inbox",
    ),
    (
        "Victor", "Lang", "Operations", "Operations Supervisor", "America/Chicago", "07:00-15:30",
        (0.45, 0.25, 0.06, 0.30, 0.25, 0.45, 0.45, 0.30, 0.05, 0.30, 0.15),
        "mastodon inbox",
    ),
    (
        "Priya", "Raman", "Innovation", "Innovation Program Lead", "America/New_York", "09:00-17:00",
        (0.70, 0.65, 0.70, 0.96, 0.60, 0.55, 0.65, 0.55, 0.50, 0.85, 0.55),
        "mastodon inbox",
    ),
    (
        "Dale", "Kowalski", "Operations", "Fleet Maintenance Manager", "America/Chicago", "07:00-15:30",
        (0.60, 0.20, 0.45, 0.05, 0.55, 0.40, 0.55, 0.45, 0.45, 0.15, 0.35),
        "inbox",
    ),
    (
        "Aisha", "Bello", "Accessibility", "Accessibility Coordinator", "America/Chicago", "09:00-17:00",
        (0.97, 0.55, 0.75, 0.50, 0.70, 0.60, 0.70, 0.60, 0.60, 0.55, 0.60),
        "inbox own",
    ),
    (
        "Greg", "Tanaka", "Planning", "Senior Service Planner", "America/Chicago", "09:00-17:00",
        (0.40, 0.05, 0.40, 0.30, 0.40, 0.04, 0.40, 0.40, 0.45, 0.30, 0.25),
        "x zip inbox",
    ),
    (
        "Lena", "Fischer", "Communications", "Creative Lead", "Europe/London", "09:00-17:30",
        (0.60, 0.85, 0.75, 0.75, 0.55, 0.50, 0.75, 0.50, 0.50, 0.96, 0.60),
        "mastodon tar",
    ),
    (
        "Marcus", "Hill", "Customer Experience", "Customer Service Specialist", "America/New_York",
        "08:00-16:00", (0.45, 0.40, 0.35, 0.40, 0.06, 0.55, 0.55, 0.20, 0.30, 0.35, 0.05), "inbox",
    ),
    (
        "Olivia", "Chen", "Planning", "Transit Planner", "America/Chicago", "09:00-17:00",
        (0.70, 0.45, 0.65, 0.50, 0.70, 0.55, 0.60, 0.96, 0.75, 0.50, 0.55),
        "inbox",
    ),
    (
        "Ben", "Carter", "Customer Experience", "Customer Service Lead", "America/New_York", "09:00-17:00",
        (0.70, 0.55, 0.96, 0.45, 0.70, 0.75, 0.80, 0.55, 0.60, 0.50, 0.60),
        "inbox own",
    ),
    (
        "Nadia", "Haddad", "Community Engagement", "Community Engagement Manager", "America/Chicago",
        "09:00-17:00", (0.80, 0.60, 0.80, 0.55, 0.96, 0.60, 0.70, 0.65, 0.60, 0.55, 0.75), "inbox own",
    ),
    (
        "Chris", "Dunn", "Operations", "Service Alerts Dispatcher", "America/Chicago", "06:00-14:30",
        (0.55, 0.35, 0.50, 0.20, 0.50, 0.65, 0.45, 0.40, 0.40, 0.04, 0.30),
        "inbox",
    ),
    (
        "Elena", "Petrova", "Legal & Compliance", "Compliance Officer", "America/Chicago", "09:00-17:00",
        (0.06, 0.15, 0.45, 0.15, 0.40, 0.35, 0.20, 0.50, 0.40, 0.20, 0.25),
        "",
    ),
    (
        "Kevin", "Brooks", "Contractor", "Agency Designer (Brightline Creative)", "America/Chicago",
        "09:00-17:00", (0.35, 0.90, 0.60, 0.80, 0.40, 0.70, 0.70, 0.40, 0.30, 0.75, 0.40), "contractor",
    ),
)
# fmt: on
N_DESIGNED_STAFF = 18

# fmt: off
_TEAMS: tuple[tuple[str, str], ...] = (
    ("Communications", "Communications Specialist"), ("Customer Experience", "Customer Service Specialist"),
    ("Planning", "Transit Planner"),
    ("Operations", "Operations Supervisor"), ("Community Engagement", "Community Liaison"),
    ("Data & Technology", "Systems Analyst"),
    ("Accessibility", "Mobility Specialist"), ("Finance", "Budget Analyst"),
    ("Innovation", "Program Analyst"),
    ("Legal & Compliance", "Compliance Analyst"), ("Maintenance", "Fleet Technician"),
)
# fmt: on
_HOURS = ("09:00-17:00", "08:00-16:30", "07:00-15:30", "10:00-18:00", "08:30-17:00")


def build_cast(n_staff: int, seed: int) -> list[Person]:
    """The designed eighteen plus the contractor, then seeded extra staff up to `n_staff` staff."""
    total = max(n_staff, N_DESIGNED_STAFF) + 1
    width = max(2, len(str(total)))
    people: list[Person] = []
    for i, (first, last, team, title, tz, hours, designed, flags) in enumerate(_DESIGNED):
        tags = set(flags.split())
        people.append(
            Person(
                person_id=f"p{i + 1:0{width}d}",
                first=first,
                last=last,
                team=team,
                title=title,
                timezone=tz,
                work_hours=hours,
                levels=dict(zip(_ORDER, designed, strict=True)),
                consent="contractor" not in tags,
                x_export="x" in tags,
                x_zip="zip" in tags,
                mastodon_export="mastodon" in tags,
                mastodon_tar="tar" in tags,
                inbox="inbox" in tags,
                inbox_own_account="own" in tags,
            )
        )
    rng = rng_for(seed, "cast")
    used_names = {(p.first, p.last) for p in people}
    for i in range(len(_DESIGNED), total):
        while True:
            first, last = rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.LAST_NAMES)
            if (first, last) not in used_names or len(used_names) > 0.8 * len(vocab.FIRST_NAMES) ** 2:
                break
        used_names.add((first, last))
        team, title = rng.choice(_TEAMS)
        roll = rng.random()
        tz = "America/Chicago" if roll < 0.8 else "America/New_York" if roll < 0.97 else "Europe/London"
        levels = {t: round(min(0.98, max(0.02, rng.betavariate(2.2, 2.2))), 2) for t in _ORDER}
        people.append(
            Person(
                person_id=f"p{i + 1:0{width}d}",
                first=first,
                last=last,
                team=team,
                title=title,
                timezone=tz,
                work_hours=rng.choice(_HOURS),
                levels=levels,
                x_export=i % 3 == 0,
                mastodon_export=i % 4 == 1,
                inbox=rng.random() < 0.7,
                inbox_own_account=i % 9 == 4,
            )
        )
    _assign_accounts(people, rng)
    return people


def _assign_accounts(people: list[Person], rng: random.Random) -> None:
    """Handles, Slack ids and inbox signatures: readable, unique, stable for a seed."""
    taken: dict[str, set[str]] = {"x": set(), "mastodon": set(), "slack": set()}

    def unique(platform: str, base: str) -> str:
        candidate, n = base, 1
        while candidate.lower() in taken[platform]:
            n += 1
            candidate = f"{base}{n}"
        taken[platform].add(candidate.lower())
        return candidate

    styles = ("{f}{l}_rrta", "{f}_{l}", "{fi}{l}", "{f}rides", "{f}{l}")
    for i, p in enumerate(people):
        f, last = p.first.lower(), p.last.lower()
        p.x_handle = unique("x", styles[i % len(styles)].format(f=f, l=last, fi=f[0])[:15])
        p.mastodon_user = unique("mastodon", f"{f}{last[0]}" if i % 2 else f"{f[0]}{last}")
        p.slack_name = unique("slack", f"{f}.{last}")
        p.x_user_id = str(rng.randrange(10**17, 10**19) if i % 3 else rng.randrange(10**8, 4 * 10**9))
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    slack_ids: set[str] = set()
    for p in people:
        while not p.slack_id or p.slack_id in slack_ids:
            p.slack_id = "U0" + "".join(rng.choice(alphabet) for _ in range(9))
        slack_ids.add(p.slack_id)
    signatures: set[str] = set()
    for p in people:
        if not p.inbox:
            continue
        options = itertools.chain(
            (f"^{p.initials}", f"^{p.first[0]}{p.last[:2].title()}", f"^{p.first[:2].title()}{p.last[0]}"),
            (f"^{p.initials}{n}" for n in itertools.count(2)),
        )
        p.signature = next(s for s in options if s not in signatures)
        signatures.add(p.signature)
