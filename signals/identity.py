"""Who wrote what: the roster, consent, and attributing posts to people.

The roster maps accounts to people (one row per person and account). A row with a
`signature` attributes the posts of a shared organizational account that end with that
sign-off (`^JM`, `*SR`, `-Jo`, `~KB`) to its person; unsigned posts of a shared account stay
with the account and are scored for nobody. Only people with consent are scored; the posts
of people without consent are kept out of every person table, evidence and report.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd

from features.lexical import normalize_account
from signals import schemas
from signals.config import CONSENT_TRUE, DEFAULT_TIMEZONE, DEFAULT_WORK_HOURS, DEFAULT_WORKDAYS
from signals.errors import InputError
from signals.membership import map_distinct, map_distinct_pairs

log = logging.getLogger(__name__)

_HOURS_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CONSENT_FALSE = frozenset({"no", "false", "0", "n", ""})
REQUIRED_ROSTER_COLUMNS = ("person_id", "account")


def parse_workdays(spec: str) -> frozenset[int]:
    """`Mon-Fri`, `Mon,Wed,Fri` or `Sun-Thu` to weekday numbers (Monday = 0)."""
    days: set[int] = set()
    for part in spec.replace(" ", "").lower().split(","):
        if not part:
            continue
        ends = part.split("-")
        try:
            idx = [_DAY_NAMES.index(e[:3]) for e in ends]
        except ValueError as exc:
            raise ValueError(f"unknown weekday in {spec!r}; expected names like Mon-Fri or Mon,Wed") from exc
        if len(idx) == 1:
            days.add(idx[0])
        elif len(idx) == 2:
            start, end = idx
            span = (end - start) % 7
            days.update((start + i) % 7 for i in range(span + 1))
        else:
            raise ValueError(f"bad weekday range {part!r} in {spec!r}")
    if not days:
        raise ValueError(f"no weekdays in {spec!r}")
    return frozenset(days)


def load_roster(path: str | Path) -> pd.DataFrame:
    """Read and check a roster CSV; every problem is reported with its line number."""
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED_ROSTER_COLUMNS if c not in header]
            if missing:
                raise InputError(
                    f"roster lacks columns {missing}; expected {', '.join(schemas.ROSTER.names)}",
                    path=path,
                    location="line 1",
                )
            rows = list(reader)
    except FileNotFoundError as exc:
        raise InputError("roster file not found", path=path) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"roster is not UTF-8 text ({exc.reason})", path=path) from exc
    except csv.Error as exc:
        raise InputError(f"roster is not valid CSV ({exc})", path=path) from exc
    return roster_from_rows(rows, path=path)


def roster_from_rows(rows: list[dict[str, str]], *, path: str | Path = "<roster>") -> pd.DataFrame:
    """Normalize roster rows (defaults, consent to bool) and check each value."""
    records: list[dict[str, object]] = []
    problems: list[str] = []
    for line, row in enumerate(rows, start=2):
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        record, row_problems = _roster_record(clean)
        problems.extend(f"line {line}: {p}" for p in row_problems)
        records.append(record)
    if problems:
        raise InputError("; ".join(problems), path=path)
    frame = pd.DataFrame.from_records(records, columns=schemas.ROSTER.names)
    if frame.empty:
        return schemas.empty(schemas.ROSTER)
    frame["consent"] = frame["consent"].astype(bool)
    return schemas.validate(frame, schemas.ROSTER)


def _roster_record(row: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    problems: list[str] = []
    if not row.get("person_id"):
        problems.append("empty person_id")
    if not row.get("account"):
        problems.append("empty account")
    timezone = row.get("timezone") or DEFAULT_TIMEZONE
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"unknown timezone {timezone!r}; expected an IANA name like America/Chicago")
    work_hours = row.get("work_hours") or DEFAULT_WORK_HOURS
    if not _HOURS_RE.match(work_hours):
        problems.append(f"bad work_hours {work_hours!r}; expected HH:MM-HH:MM like 09:00-17:00")
    workdays = row.get("workdays") or DEFAULT_WORKDAYS
    try:
        parse_workdays(workdays)
    except ValueError as exc:
        problems.append(str(exc))
    consent_text = row.get("consent", "").lower()
    if consent_text not in CONSENT_TRUE and consent_text not in _CONSENT_FALSE:
        problems.append(f"bad consent {row.get('consent')!r}; expected yes/no, true/false or 1/0")
    record: dict[str, object] = {
        "person_id": row.get("person_id", ""),
        "display_name": row.get("display_name") or None,
        "platform": (row.get("platform") or "").lower() or None,
        "account": row.get("account", ""),
        "signature": row.get("signature") or None,
        "team": row.get("team") or None,
        "timezone": timezone,
        "work_hours": work_hours,
        "workdays": workdays,
        "consent": consent_text in CONSENT_TRUE,
    }
    return record, problems


def roster_from_posts(posts: pd.DataFrame) -> pd.DataFrame:
    """Without a roster every authoring account is its own person (consent assumed: warned)."""
    accounts = posts[["platform", "account"]].drop_duplicates().sort_values(["platform", "account"])
    rows = [
        {"person_id": f"{p}:{a}", "display_name": a, "platform": p, "account": a, "consent": "yes"}
        for p, a in accounts.itertuples(index=False)
    ]
    log.warning(
        "no roster given: each of %d accounts is treated as its own consenting person", len(rows)
    )
    return roster_from_rows(rows, path="<accounts in the export>")


@dataclass
class Attribution:
    """Posts with their authors resolved, and what was held back."""

    all_posts: pd.DataFrame  # every post, `person_id` set for consenting staff (else null)
    staff_posts: pd.DataFrame  # schemas.STAFF_POSTS: posts of consenting people only
    counts: dict[str, int] = field(default_factory=dict)
    forgotten_post_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))


def attribute(posts: pd.DataFrame, roster: pd.DataFrame, *, forgotten: Collection[str] = ()) -> Attribution:
    """Give each post its person: a matching sign-off on a shared account first, then the account.

    People in `forgotten` (the output folder's forget list, signals.forget_list) are held back
    as people without consent are, and counted apart; their posts' ids are kept so that the
    outputs can leave those posts out.
    """
    exact: dict[tuple[str, str], str] = {}
    any_platform: dict[str, str] = {}
    # account -> signature -> [(roster position, platform or None, person)], in roster order
    signed: dict[str, dict[str, list[tuple[int, str | None, str]]]] = {}
    # signatures with spaces inside: (roster position, pattern, platform or None, person)
    spaced: dict[str, list[tuple[int, re.Pattern[str], str | None, str]]] = {}
    for at, row in enumerate(roster.itertuples(index=False)):
        account = normalize_account(row.account)
        person = str(row.person_id)
        platform = row.platform.lower() if isinstance(row.platform, str) and row.platform else None
        if isinstance(row.signature, str) and row.signature:
            if any(ch.isspace() for ch in row.signature):
                pattern = re.compile(r"(?:^|\s)" + re.escape(row.signature) + r"\s*$")
                spaced.setdefault(account, []).append((at, pattern, platform, person))
            else:
                signed.setdefault(account, {}).setdefault(row.signature, []).append((at, platform, person))
        elif platform:
            exact.setdefault((platform, account), person)
        else:
            any_platform.setdefault(account, person)

    def owner_of(platform: str, account_raw: str, text: str) -> str | None:
        account = normalize_account(account_raw)
        found: list[tuple[int, str]] = []  # (roster position, person): the earliest roster row wins
        by_signature = signed.get(account)
        if by_signature:
            # a sign-off without spaces is the text's last word: one lookup, not one regex per signer
            words = text.rsplit(None, 1)
            for at, sig_platform, person in by_signature.get(words[-1] if words else "", ()):
                if sig_platform is None or sig_platform == platform:
                    found.append((at, person))
                    break
        for at, pattern, sig_platform, person in spaced.get(account, ()):
            if (sig_platform is None or sig_platform == platform) and pattern.search(text):
                found.append((at, person))
                break
        if found:
            return min(found)[1]
        return exact.get((platform, account)) or any_platform.get(account)

    # an account without sign-offs has one owner per (platform, account): looked up once per
    # distinct pair; only posts of accounts with sign-offs are read one by one
    def owner_without_sign_off(platform: object, account: object) -> str | None:
        normalized = normalize_account(account)
        return exact.get((str(platform).lower(), normalized)) or any_platform.get(normalized)

    owners = map_distinct_pairs(posts["platform"], posts["account"], owner_without_sign_off)
    accounts = map_distinct(posts["account"], normalize_account)
    platforms, raw_accounts, texts = (posts[c].to_numpy() for c in ("platform", "account", "text"))
    for row in np.flatnonzero(pd.Series(accounts).isin([*signed, *spaced]).to_numpy()):
        owners[row] = owner_of(str(platforms[row]).lower(), raw_accounts[row], texts[row])
    left_out = set(forgotten)
    consent = {
        pid: bool(agreed) and pid not in left_out
        for pid, agreed in zip(roster["person_id"], roster["consent"], strict=False)
    }
    owner = pd.Series(owners, index=posts.index, dtype=object)
    has_owner = owner.notna()
    consenting = owner.map(lambda pid: pid is not None and bool(consent.get(pid, False))).astype(bool)
    of_forgotten = owner.isin(left_out).to_numpy(dtype=bool) if left_out else np.zeros(len(owner), bool)
    withheld = has_owner & ~consenting & ~of_forgotten
    all_posts = posts.copy()
    all_posts["person_id"] = owner.where(consenting, None)
    staff = all_posts[consenting].copy()
    staff["person_id"] = staff["person_id"].astype(str)
    staff = schemas.validate(staff.reset_index(drop=True), schemas.STAFF_POSTS)
    people = roster.drop_duplicates("person_id")
    is_forgotten = people["person_id"].isin(left_out)
    counts = {
        "posts_by_consenting_staff": int(consenting.sum()),
        "posts_withheld_no_consent": int(withheld.sum()),
        "posts_by_others": int((~has_owner).sum()),
        "people_without_consent": int((~people["consent"] & ~is_forgotten).sum()),
        "people_forgotten": int(is_forgotten.sum()),
        "posts_withheld_forgotten": int(of_forgotten.sum()),
    }
    if counts["posts_withheld_no_consent"]:
        log.info("%d posts of people without consent held back", counts["posts_withheld_no_consent"])
    if counts["people_forgotten"]:
        log.info(
            "%d people forgotten in this workspace left out, with their %d posts",
            counts["people_forgotten"],
            counts["posts_withheld_forgotten"],
        )
    forgotten_ids = posts["post_id"].to_numpy()[of_forgotten].astype(object)
    return Attribution(all_posts, staff, counts, forgotten_post_ids=forgotten_ids)


def consenting_people(roster: pd.DataFrame) -> pd.DataFrame:
    """One row per consenting person: id, display name, team (first non-empty of their rows)."""
    people = roster[roster["consent"]].sort_values("person_id")
    grouped = people.groupby("person_id", sort=True).agg(
        display_name=("display_name", "first"), team=("team", "first")
    )
    return grouped.reset_index()
