"""What each roster account matched: posts per roster row, and "did you mean" for the ones
that matched nothing.

A mistyped roster account (`mayaokafor_rrtaa` for `mayaokafor_rrta`) loses all of that
account's posts without an error: the person is scored on what is left. So every roster row
is counted (table `roster_accounts`), and a row whose account wrote no post gets the closest
account names of its platform (any platform when the row names none) that wrote posts and
that no roster row claims, with their post counts. Closeness is difflib's ratio between
comparison forms (lowercase, no leading `@`, no `.`, `_`, `-` or spaces: `maya.okafor` and
`maya_okafor` are the same form), at least SIMILARITY, best first, then by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from features.lexical import normalize_account
from signals.ground import schemas

SUGGESTIONS = 3  # "did you mean" names per unmatched roster account, at most
SIMILARITY = 0.6  # difflib ratio a name needs to be suggested
# candidates sharing the most character pairs with the account, whose ratio is computed: with
# tens of thousands of customer handles on a reply log, comparing each would take seconds
SHORTLIST = 50
_SEPARATORS = re.compile(r"[._\-\s]+")


def comparison_form(account: object) -> str:
    """The form accounts are compared in: normalized, without separators."""
    return _SEPARATORS.sub("", normalize_account(account))


def posts_per_account(platforms: pd.Series, accounts: pd.Series) -> dict[str, dict[str, int]]:
    """normalized account -> {lowercase platform: posts}, counted once per distinct pair of
    values (a million posts hold a few thousand accounts)."""
    platform_codes, platform_values = pd.factorize(platforms, use_na_sentinel=False)
    account_codes, account_values = pd.factorize(accounts, use_na_sentinel=False)
    width = max(1, len(account_values))
    pairs, counts = np.unique(platform_codes.astype(np.int64) * width + account_codes, return_counts=True)
    found: dict[str, dict[str, int]] = {}
    for pair, count in zip(pairs.tolist(), counts.tolist(), strict=True):
        account = normalize_account(account_values[pair % width])
        platform = str(platform_values[pair // width]).lower()
        per_platform = found.setdefault(account, {})
        per_platform[platform] = per_platform.get(platform, 0) + int(count)
    return found


class _Candidates:
    """Accounts that wrote posts and that no roster row claims, to suggest from: (name,
    platform, posts) each, in a fixed order (ties between equally close names keep it)."""

    def __init__(self, accounts: Sequence[tuple[str, str, int]]) -> None:
        self.accounts = list(accounts)
        self.forms = [comparison_form(name) for name, _, _ in self.accounts]
        grams: dict[str, list[int]] = {}
        for i, form in enumerate(self.forms):
            for gram in _bigrams(form):
                grams.setdefault(gram, []).append(i)
        self.grams = {g: np.array(ids, dtype=np.int64) for g, ids in grams.items()}

    def closest(self, account: str) -> list[tuple[str, str, int]]:
        """The accounts closest to `account`, best first, at most SUGGESTIONS."""
        form = comparison_form(account)
        hits = [self.grams[g] for g in _bigrams(form) if g in self.grams]
        if not hits:
            return []
        shared = np.bincount(np.concatenate(hits), minlength=len(self.accounts))
        picked = np.flatnonzero(shared)
        if len(picked) > SHORTLIST:
            picked = picked[np.argsort(-shared[picked], kind="stable")[:SHORTLIST]]
        scored = [(SequenceMatcher(None, form, self.forms[i], autojunk=False).ratio(), i) for i in picked]
        best = sorted((-ratio, i) for ratio, i in scored if ratio >= SIMILARITY)
        return [self.accounts[i] for _, i in best[:SUGGESTIONS]]


def _bigrams(form: str) -> set[str]:
    padded = f"^{form}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def account_table(
    roster: pd.DataFrame, per_account: dict[str, dict[str, int]], signed_posts: Sequence[int]
) -> pd.DataFrame:
    """schemas.ROSTER_ACCOUNTS: one row per roster row, in roster order.

    `posts` is what the row matches: the posts of its account (on its platform, if it names
    one), or for a sign-off row the posts of the account ending with the sign-off
    (`signed_posts`, by roster position). `account_posts` counts the account's posts either
    way. `did_you_mean` is filled for rows whose account wrote no post.
    """
    claimed = {
        (str(p).lower() if isinstance(p, str) and p else "", normalize_account(a))
        for p, a in zip(roster["platform"], roster["account"], strict=True)
    }
    pools: dict[str, _Candidates] = {}

    def candidates(platform: str) -> _Candidates:
        """Unclaimed accounts of `platform` ('' = of every platform)."""
        if platform not in pools:
            pools[platform] = _Candidates(
                sorted(
                    (name, p, n)
                    for name, by_platform in per_account.items()
                    if ("", name) not in claimed
                    for p, n in by_platform.items()
                    if (p, name) not in claimed and (not platform or p == platform)
                )
            )
        return pools[platform]

    rows: list[dict[str, object]] = []
    for at, row in enumerate(roster.itertuples(index=False)):
        platform = row.platform.lower() if isinstance(row.platform, str) and row.platform else ""
        account = normalize_account(row.account)
        by_platform = per_account.get(account, {})
        account_posts = sum(n for p, n in by_platform.items() if not platform or p == platform)
        signed = isinstance(row.signature, str) and bool(row.signature)
        guesses = candidates(platform).closest(account) if account_posts == 0 else []
        rows.append(
            {
                "person_id": str(row.person_id),
                "platform": platform or None,
                "account": row.account,
                "signature": row.signature if signed else None,
                "posts": int(signed_posts[at]) if signed else account_posts,
                "account_posts": account_posts,
                "did_you_mean": "; ".join(
                    f"{name} ({'' if platform else p + ', '}{n} post{'' if n == 1 else 's'})"
                    for name, p, n in guesses
                )
                or None,
            }
        )
    frame = pd.DataFrame.from_records(rows, columns=schemas.ROSTER_ACCOUNTS.names)
    frame = frame.astype({"posts": "int64", "account_posts": "int64"})
    return schemas.validate(frame, schemas.ROSTER_ACCOUNTS)



NO_POSTS = "no posts of this account in the exports"
LISTED = 20  # accounts named per summary line of accounts without posts, at most


def unmatched(accounts: pd.DataFrame) -> pd.DataFrame:
    """The rows of `accounts` (schemas.ROSTER_ACCOUNTS) that matched no post, those with a
    suggestion first, then in roster order; with a `hint` column saying what to check."""
    rows = accounts[accounts["posts"] == 0]
    hints = [
        f"did you mean {guess.replace('; ', ' or ')}?"
        if isinstance(guess, str) and guess
        else f"none of the account's {n} posts ends with {sig}"
        if isinstance(sig, str) and n
        else NO_POSTS
        for guess, sig, n in zip(rows["did_you_mean"], rows["signature"], rows["account_posts"], strict=True)
    ]
    rows = rows.assign(hint=hints, _guessed=rows["did_you_mean"].notna())
    return rows.sort_values("_guessed", ascending=False, kind="stable").drop(columns="_guessed")


def summary_lines(accounts: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """The run summary's account of roster rows that matched no post: one line per row with
    something to check (a suggestion, a sign-off nobody used), and one line per platform
    naming the accounts that simply have no posts in the exports (LISTED at most each)."""
    rows = unmatched(accounts)
    if rows.empty:
        return []
    lines = [
        f"Roster accounts that matched no post: {len(rows)} of {len(accounts)}"
        " (workspace table roster_accounts)"
    ]
    quiet: dict[str, list[str]] = {}
    for row in rows.itertuples(index=False):
        platform = row.platform or "any platform"
        if row.hint == NO_POSTS:
            quiet.setdefault(platform, []).append(f"{row.person_id} {row.account}")
            continue
        who = f"{row.person_id} {names.get(row.person_id, '')}".rstrip()
        signature = f" {row.signature}" if isinstance(row.signature, str) else ""
        lines.append(f"  {who}, {platform} {row.account}{signature}: {row.hint}")
    for platform, listed in sorted(quiet.items()):
        more = f" and {len(listed) - LISTED} more" if len(listed) > LISTED else ""
        named = ", ".join(listed[:LISTED]) + more
        lines.append(f"  no posts in the exports, {platform} ({len(listed)}): {named}")
    return lines
