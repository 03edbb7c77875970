"""Who wrote what: the roster, consent, and attributing posts to people.

The roster maps accounts to people (one row per person and account). A row with a
`signature` attributes the posts of a shared organizational account that end with that
sign-off (`^JM`, `*SR`, `-Jo`, `~KB`, as real logs write them: signals.signoffs) to its
person; unsigned posts of a shared account stay with the account and are scored for nobody.
Only people with consent are scored; the posts of people without consent are kept out of
every person table, evidence and report. What each roster row matched is counted, with "did
you mean" for accounts that matched no post (signals.roster_accounts).
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
from signals.ground import schemas
from signals.ground.config import CONSENT_TRUE, DEFAULT_TIMEZONE, DEFAULT_WORK_HOURS, DEFAULT_WORKDAYS
from signals.ground.errors import InputError
from signals.ground.membership import map_distinct, map_distinct_pairs
from signals.roster_accounts import account_table, posts_per_account
from signals.signoffs import SignOff

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
    """Normalize roster rows (defaults, consent to bool) and check each value; every problem
    is reported in one InputError, each bad value once with the lines it is on."""
    records: list[dict[str, object]] = []
    problems: dict[str, dict[str, list[int]]] = {}  # column -> bad value -> lines
    for line, row in enumerate(rows, start=2):
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        record, bad_columns = _roster_record(clean)
        for column in bad_columns:
            problems.setdefault(column, {}).setdefault(clean.get(column, ""), []).append(line)
        records.append(record)
    if problems:
        found = [_problem(column, problems[column]) for column in _PROBLEMS if column in problems]
        raise InputError("; ".join(found), path=path)
    frame = pd.DataFrame.from_records(records, columns=schemas.ROSTER.names)
    if frame.empty:
        return schemas.empty(schemas.ROSTER)
    frame["consent"] = frame["consent"].astype(bool)
    return schemas.validate(frame, schemas.ROSTER)


# per roster column: what a bad value is called, and how to write a good one ("" = must not be empty)
_PROBLEMS = {
    "person_id": ("empty person_id", ""),
    "account": ("empty account", ""),
    "timezone": ("unknown timezone", "use an IANA name such as Europe/Paris or America/Chicago"),
    "work_hours": ("bad work_hours", "use HH:MM-HH:MM such as 09:00-17:00"),
    "workdays": ("bad workdays", "use day names such as Mon-Fri, Sun-Thu or Mon,Wed,Fri"),
    "consent": ("bad consent", "use yes/no, true/false or 1/0"),
}
SHOWN_VALUES = 3  # bad values of one column named in the message, at most
SHOWN_RANGES = 5  # line ranges named per value, at most


def _problem(column: str, lines_of: dict[str, list[int]]) -> str:
    """`unknown timezone 'Mars/Base' on lines 2-61 (use an IANA name such as Europe/Paris ...)`."""
    what, fix = _PROBLEMS[column]
    if not fix:
        return f"{what} on {line_ranges([n for lines in lines_of.values() for n in lines])}"
    values = list(lines_of.items())
    named = ", ".join(f"{value!r} on {line_ranges(lines)}" for value, lines in values[:SHOWN_VALUES])
    rest = [n for _, lines in values[SHOWN_VALUES:] for n in lines]
    if rest:
        named += f" and {len(values) - SHOWN_VALUES} more values on {line_ranges(rest)}"
    return f"{what} {named} ({fix})"


def line_ranges(lines: list[int]) -> str:
    """`line 4`, `lines 2-61`, `lines 2, 5-9, 12` (sorted, runs joined; SHOWN_RANGES at most, then
    how many more lines)."""
    numbers = sorted(set(lines))
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs[:SHOWN_RANGES])
    hidden = sum(b - a + 1 for a, b in runs[SHOWN_RANGES:])
    if hidden:
        text += f" and {hidden} more"
    return ("line " if len(numbers) == 1 else "lines ") + text


def _roster_record(row: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """The row as a roster record, and the columns whose values are not usable."""
    problems: list[str] = []
    if not row.get("person_id"):
        problems.append("person_id")
    if not row.get("account"):
        problems.append("account")
    timezone = row.get("timezone") or DEFAULT_TIMEZONE
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append("timezone")
    work_hours = row.get("work_hours") or DEFAULT_WORK_HOURS
    if not _HOURS_RE.match(work_hours):
        problems.append("work_hours")
    workdays = row.get("workdays") or DEFAULT_WORKDAYS
    try:
        parse_workdays(workdays)
    except ValueError:
        problems.append("workdays")
    consent_text = row.get("consent", "").lower()
    if consent_text not in CONSENT_TRUE and consent_text not in _CONSENT_FALSE:
        problems.append("consent")
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
    """Posts with their authors resolved, what was held back, and what each roster row matched."""

    all_posts: pd.DataFrame  # every post, `person_id` set for consenting staff (else null)
    staff_posts: pd.DataFrame  # schemas.STAFF_POSTS: posts of consenting people only
    counts: dict[str, int] = field(default_factory=dict)
    forgotten_post_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    accounts: pd.DataFrame = field(default_factory=lambda: schemas.empty(schemas.ROSTER_ACCOUNTS))


# a sign-off row of the roster: (roster position, platform or None, person, its rule)
_SignOffRow = tuple[int, str | None, str, SignOff]


def attribute(posts: pd.DataFrame, roster: pd.DataFrame, *, forgotten: Collection[str] = ()) -> Attribution:
    """Give each post its person: a matching sign-off on a shared account first (signals.signoffs),
    then the account; and count what each roster row matched (signals.roster_accounts).

    People in `forgotten` (the output folder's forget list, signals.forget_list) are held back
    as people without consent are, and counted apart; their posts' ids are kept so that the
    outputs can leave those posts out.
    """
    exact: dict[tuple[str, str], str] = {}
    any_platform: dict[str, str] = {}
    # account -> last character of the sign-off -> its rows, in roster order: a post is checked
    # against the few sign-offs ending like it, not against every agent of the account
    signed: dict[str, dict[str, list[_SignOffRow]]] = {}
    for at, row in enumerate(roster.itertuples(index=False)):
        account = normalize_account(row.account)
        person = str(row.person_id)
        platform = row.platform.lower() if isinstance(row.platform, str) and row.platform else None
        if isinstance(row.signature, str) and row.signature.strip():
            rule = SignOff.of(row.signature)
            signed.setdefault(account, {}).setdefault(rule.name[-1], []).append((at, platform, person, rule))
        elif platform:
            exact.setdefault((platform, account), person)
        else:
            any_platform.setdefault(account, person)

    # an account without sign-offs has one owner per (platform, account): looked up once per
    # distinct pair; only posts of accounts with sign-offs are read one by one
    def owner_without_sign_off(platform: object, account: object) -> str | None:
        normalized = normalize_account(account)
        return exact.get((str(platform).lower(), normalized)) or any_platform.get(normalized)

    owners = map_distinct_pairs(posts["platform"], posts["account"], owner_without_sign_off)
    accounts = map_distinct(posts["account"], normalize_account)
    platforms, texts = (posts[c].to_numpy() for c in ("platform", "text"))
    signed_posts = np.zeros(len(roster), dtype=np.int64)  # posts each sign-off row matches
    for row in np.flatnonzero(pd.Series(accounts).isin(list(signed)).to_numpy()):
        stripped = str(texts[row]).rstrip()
        platform = str(platforms[row]).lower()
        matched = [
            (at, person)
            for at, sig_platform, person, rule in signed[accounts[row]].get(stripped[-1:], ())
            if (sig_platform is None or sig_platform == platform) and rule.ends(stripped)
        ]
        for at, _ in matched:
            signed_posts[at] += 1
        if matched:  # the earliest roster row wins
            owners[row] = matched[0][1]
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
    per_account = posts_per_account(posts["platform"], posts["account"])
    matched_by_row = account_table(roster, per_account, signed_posts.tolist())
    counts = {
        "posts_by_consenting_staff": int(consenting.sum()),
        "posts_withheld_no_consent": int(withheld.sum()),
        "posts_by_others": int((~has_owner).sum()),
        "people_without_consent": int((~people["consent"] & ~is_forgotten).sum()),
        "people_forgotten": int(is_forgotten.sum()),
        "posts_withheld_forgotten": int(of_forgotten.sum()),
        "roster_accounts_unmatched": int((matched_by_row["posts"] == 0).sum()),
    }
    if counts["posts_withheld_no_consent"]:
        log.info("%d posts of people without consent held back", counts["posts_withheld_no_consent"])
    if counts["people_forgotten"]:
        log.info(
            "%d people forgotten in this workspace left out, with their %d posts",
            counts["people_forgotten"],
            counts["posts_withheld_forgotten"],
        )
    if counts["roster_accounts_unmatched"]:
        log.info("%d roster accounts matched no post", counts["roster_accounts_unmatched"])
    forgotten_ids = posts["post_id"].to_numpy()[of_forgotten].astype(object)
    return Attribution(
        all_posts=all_posts, staff_posts=staff, counts=counts,
        forgotten_post_ids=forgotten_ids, accounts=matched_by_row,
    )


def consenting_people(roster: pd.DataFrame, accounts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per consenting person: id, display name, team (first non-empty of their rows) and
    `unmatched_accounts`, how many of their roster accounts matched no post (`accounts`:
    schemas.ROSTER_ACCOUNTS; 0 without it)."""
    people = roster[roster["consent"]].sort_values("person_id")
    grouped = people.groupby("person_id", sort=True).agg(
        display_name=("display_name", "first"), team=("team", "first")
    )
    grouped = grouped.reset_index()
    unmatched = (
        accounts.loc[accounts["posts"] == 0, "person_id"].value_counts()
        if accounts is not None
        else pd.Series(dtype="int64")
    )
    grouped["unmatched_accounts"] = grouped["person_id"].map(unmatched).fillna(0).astype("int64")
    return grouped
