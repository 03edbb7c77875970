"""What the features need from the roster: accounts, shared accounts, schedules, first names.

One row per (person, account). An empty `platform` matches the account on any platform. An
account is *shared* (an organizational account several people post from) when a row gives it
a signature or when more than one person lists it; replies and mentions addressed to a
shared account are not addressed to one person.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from features.lexical import ColleagueIndex, normalize_account
from features.worktime import Schedule, parse_schedule
from signals.ground.config import CONSENT_TRUE

logger = logging.getLogger(__name__)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _consents(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return _text(value).lower() in CONSENT_TRUE or value == 1


def first_name(display_name: object) -> str:
    """First word of a display name if it looks like a name (capitalized, 2+ letters)."""
    parts = _text(display_name).split()
    name = parts[0] if parts else ""
    return name if len(name) >= 2 and name[0].isupper() and name.isalpha() else ""


@dataclass
class RosterIndex:
    """Lookups over the roster, built once per extract call."""

    consenting: list[str] = field(default_factory=list)
    schedules: dict[str, Schedule] = field(default_factory=dict)
    # normalized account -> {platform ('' = any): {person_id}}
    owners_by_account: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    shared: set[str] = field(default_factory=set)
    first_names: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, roster: pd.DataFrame) -> RosterIndex:
        """Index a roster frame (schemas.ROSTER columns)."""
        index = cls()
        owners: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        people_of: dict[str, set[str]] = defaultdict(set)
        settings: dict[str, dict[str, str]] = defaultdict(dict)
        consenting: set[str] = set()
        for row in roster.to_dict("records"):
            person = _text(row.get("person_id"))
            if not person:
                continue
            if _consents(row.get("consent")):
                consenting.add(person)
            acct = normalize_account(row.get("account"))
            if acct:
                owners[acct][_text(row.get("platform")).lower()].add(person)
                people_of[acct].add(person)
                if _text(row.get("signature")):
                    index.shared.add(acct)
            for key in ("timezone", "work_hours", "workdays"):
                if _text(row.get(key)) and key not in settings[person]:
                    settings[person][key] = _text(row.get(key))
            name = first_name(row.get("display_name"))
            if name:
                index.first_names.setdefault(name, set()).add(person)
        index.shared.update(a for a, people in people_of.items() if len(people) > 1)
        index.owners_by_account = {a: dict(p) for a, p in owners.items()}
        index.consenting = sorted(consenting)
        for person, values in settings.items():
            index.schedules[person] = parse_schedule(
                values.get("timezone"), values.get("work_hours"), values.get("workdays"), person=person
            )
        return index

    def schedule(self, person: str) -> Schedule:
        """The person's schedule; roster defaults (UTC, 09:00-17:00, Mon-Fri) if not in the roster."""
        if person not in self.schedules:
            self.schedules[person] = parse_schedule(person=person)
        return self.schedules[person]

    def owners(self, platform: object, account: object) -> set[str]:
        """People listing this account on this platform (or on any platform)."""
        by_platform = self.owners_by_account.get(normalize_account(account), {})
        return by_platform.get(_text(platform).lower(), set()) | by_platform.get("", set())

    def is_roster_account(self, platform: object, account: object) -> bool:
        """Whether the account belongs to anyone on the roster (staff, consenting or not)."""
        return bool(self.owners(platform, account))

    def is_shared(self, account: object) -> bool:
        """Whether the account is an organizational account several people post from."""
        return normalize_account(account) in self.shared

    def personal_owner(self, platform: object, account: object) -> str | None:
        """The one person owning a non-shared account, else None."""
        if self.is_shared(account):
            return None
        people = self.owners(platform, account)
        return next(iter(people)) if len(people) == 1 else None

    def personal_handles(self) -> dict[str, str]:
        """Normalized non-shared account -> its one owner (for @mentions, which carry no platform)."""
        out = {}
        for acct, by_platform in self.owners_by_account.items():
            people = set().union(*by_platform.values())
            if acct not in self.shared and len(people) == 1:
                out[acct] = next(iter(people))
        return out

    def colleague_index(self) -> ColleagueIndex:
        """Mentions of roster people (accounts, first names), for the teamwork family."""
        accounts = {
            acct: set().union(*by_platform.values())
            for acct, by_platform in self.owners_by_account.items()
            if acct not in self.shared  # the organization's account is not a colleague
        }
        for acct in list(accounts):  # `@ana` also names `ana@host.social`
            local = acct.split("@")[0]
            if local != acct:
                accounts.setdefault(local, set()).update(accounts[acct])
        return ColleagueIndex(accounts=accounts, first_names=self.first_names)
