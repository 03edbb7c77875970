"""The shared state of one generation run: people, who talks to whom, accounts by platform.

Each person has a circle of colleagues (their own team plus a few others) they mention, thank and
credit; mentions are rendered in each platform's own syntax (`@handle` on X, `@user` linking to the
local Mastodon server, `<@U…>` on Slack). Partner organizations have X handles and Mastodon accounts.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from sample_data.generator import vocab
from sample_data.generator.cast import Person, rng_for
from sample_data.generator.slots import Renderer
from sample_data.generator.textutil import UniqueTexts

PARTNER_IDS: dict[str, str] = {
    handle: str(int.from_bytes(hashlib.blake2b(handle.encode(), digest_size=4).digest(), "big") + 10**8)
    for _, handle in vocab.PARTNERS
}


@dataclass
class Org:
    """People and shared generation state; `unique` spans every format so no text repeats anywhere."""

    seed: int
    people: list[Person]
    unique: UniqueTexts = field(default_factory=UniqueTexts)
    circles: dict[str, list[Person]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        staff = [p for p in self.people if p.consent]
        by_team: dict[str, list[Person]] = {}
        for p in staff:
            by_team.setdefault(p.team, []).append(p)
        for p in self.people:
            rng = rng_for(self.seed, "circle", p.person_id)
            team = [q for q in by_team.get(p.team, []) if q is not p][:12]
            near = {q.person_id for q in team} | {p.person_id}
            others = [q for q in staff if q.person_id not in near]
            extra = rng.sample(others, min(len(others), max(3, 8 - len(team))))
            self.circles[p.person_id] = team + extra

    @property
    def staff(self) -> list[Person]:
        return [p for p in self.people if p.consent]

    def colleague(self, p: Person, platform: str) -> Renderer:
        """A renderer of a mention of one of `p`'s colleagues on `platform`."""
        circle = [q for q in self.circles[p.person_id] if platform == "slack" or q.consent]
        if platform == "slack":
            circle = circle + [q for q in self.people if not q.consent and q is not p]

        def render(rng: random.Random) -> str:
            q = rng.choice(circle)
            if platform == "slack":
                return f"<@{q.slack_id}>"
            if platform == "mastodon":
                return f"@{q.mastodon_user}"
            return f"@{q.x_handle}"

        return render

    @staticmethod
    def partner(platform: str) -> Renderer:
        """A renderer of a mention of a partner organization on `platform`."""

        def render(rng: random.Random) -> str:
            name, handle = rng.choice(vocab.PARTNERS)
            if platform == "mastodon":
                return f"@{handle}@{vocab.PARTNER_HOST}"
            if platform == "slack":
                return name
            return f"@{handle}"

        return render

    def x_directory(self) -> dict[str, tuple[str, str]]:
        """X handle (lower case) -> (display name, account id) for every known account."""
        out = {handle.lower(): (name, PARTNER_IDS[handle]) for name, handle in vocab.PARTNERS}
        for p in self.people:
            out[p.x_handle.lower()] = (p.display_name, p.x_user_id)
        out[vocab.SHARED_ACCOUNT.lower()] = (vocab.ORG_SPOKEN, "2931047755")
        return out


def citizen_handle(rng: random.Random) -> str:
    """A rider's X handle, e.g. `jess_riverbend22`."""
    parts = rng.sample(vocab.CITIZEN_NAME_PARTS, 2)
    sep = rng.choice(("", "_", ""))
    number = rng.choice(("", str(rng.randrange(1, 99)), str(rng.randrange(1950, 2010))))
    return (parts[0] + sep + parts[1] + number)[:15]


def citizen_user_id(handle: str) -> str:
    return str(
        int.from_bytes(hashlib.blake2b(handle.encode(), digest_size=7).digest(), "big") % 10**18 + 10**9
    )
