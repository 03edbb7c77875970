"""The organization-level files: roster, manager ratings, designed latent levels, org.json.

Ratings stand in for a manager's 1-5 judgement: `round(1 + 4 * level + N(0, 0.5))`, clipped to
1..5, with a seeded noise stream, for consenting staff only (nobody rates the contractor).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from sample_data.generator import archive_io, vocab
from sample_data.generator.cast import Person, rng_for
from sample_data.generator.inbox import PLATFORM as INBOX_PLATFORM
from signals.ground.config import TRAITS

ROSTER_COLUMNS = (
    "person_id",
    "display_name",
    "platform",
    "account",
    "signature",
    "team",
    "timezone",
    "work_hours",
    "workdays",
    "consent",
)
RATING_NOISE_SD = 0.5


def _csv(header: tuple[str, ...], rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def roster_rows(people: list[Person]) -> list[tuple[str, ...]]:
    """One row per (person, account); shared-inbox rows carry the person's sign-off."""
    rows: list[tuple[str, ...]] = []
    for p in people:
        common = (p.team, p.timezone, p.work_hours, "Mon-Fri", "yes" if p.consent else "no")
        accounts: list[tuple[str, str, str]] = []
        if p.consent:
            accounts += [("x", p.x_handle, ""), ("mastodon", p.mastodon_acct, "")]
        accounts.append(("slack", p.slack_name, ""))
        if p.inbox:
            accounts.append((INBOX_PLATFORM, vocab.SHARED_ACCOUNT, p.signature))
        if p.inbox_own_account:
            accounts.append((INBOX_PLATFORM, p.x_handle, ""))
        rows += [
            (p.person_id, p.display_name, platform, account, signature, *common)
            for platform, account, signature in accounts
        ]
    return rows


def rating_rows(people: list[Person], seed: int) -> list[tuple[str, ...]]:
    rng = rng_for(seed, "ratings")
    rows: list[tuple[str, ...]] = []
    for p in people:
        if not p.consent:
            continue
        for trait in TRAITS:
            score = round(1 + 4 * p.lv(trait) + rng.gauss(0.0, RATING_NOISE_SD))
            rows.append((p.person_id, trait, str(min(5, max(1, score)))))
    return rows


def write_tables(out_dir: Path, people: list[Person], seed: int) -> None:
    """Write roster.csv, ratings.csv, latent_traits.csv and org.json."""
    archive_io.write_text(out_dir / "roster.csv", _csv(ROSTER_COLUMNS, roster_rows(people)))
    archive_io.write_text(
        out_dir / "ratings.csv", _csv(("person_id", "trait", "rating"), rating_rows(people, seed))
    )
    latent = [(p.person_id, t, f"{p.lv(t):.2f}") for p in people for t in TRAITS]
    archive_io.write_text(out_dir / "latent_traits.csv", _csv(("person_id", "trait", "level"), latent))
    org = {"name": vocab.ORG_NAME, "mission_terms": list(vocab.MISSION_TERMS)}
    archive_io.write_text(out_dir / "org.json", json.dumps(org, indent=2, sort_keys=True) + "\n")
