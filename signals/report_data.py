"""The report's data pieces: links to original posts, trait descriptions, lazy evidence blocks.

Evidence can be large (hundreds of people, hundreds of thousands of rows), so each person's
evidence travels as one JSON data block that the page's script turns into DOM nodes (with
textContent, never innerHTML) only when that person's section is opened.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import pandas as pd

from features.registry import ENGLISH_SHARE, N_REPLIES, N_WORDS
from signals.ground.config import OWN_WRITING_KINDS, TRAIT_LABELS, TRAITS
from signals.ground.membership import is_in
from signals.roster_accounts import unmatched

# What each trait is about, in the words of the practitioner essay the traits come from.
TRAIT_MEANS: dict[str, str] = {
    "loves_mission": "Loves the organization and understands its mission.",
    "believes_in_social": "Believes in the transformative power of social media.",
    "enjoyable": "Is enjoyable to be around: how they are in real life is how they will be online.",
    "unafraid_of_failure": "Has little fear of failure and keeps bringing off-the-wall ideas.",
    "team_player": "Enjoys working in teams.",
    "responsive": "Is responsive: replies quickly and thoroughly; social media does not stop at 5 pm.",
    "speaks_human": "Speaks like a human being, not in corporate speak, statistics and pie charts.",
    "self_aware": "Is aware of their strengths and weaknesses: knows what they don't know and who to ask.",
    "humble": "Is humble: people mess up; they admit it, fix it and move on.",
    "creative": "Is creative: tells stories rather than presenting slide decks.",
    "generous": "Is generous: credits and shares the work of others.",
}

_X_ID = re.compile(r"^x:([0-9]{1,25})$")
_X_ACCOUNT = re.compile(r"^@?([A-Za-z0-9_]{1,30})$")
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+"
_MASTODON_ID = re.compile(rf"^mastodon:({_HOST})/([A-Za-z0-9]{{1,40}})$")
_MASTODON_ACCOUNT = re.compile(r"^@?([A-Za-z0-9_]{1,64})(?:@[A-Za-z0-9.-]+)?$")


def original_url(post_id: Any, account: Any) -> str:
    """A link to the original post where the id and account allow one, else ''. Only https."""
    if not isinstance(post_id, str) or not isinstance(account, str):
        return ""
    x = _X_ID.match(post_id)
    if x:
        handle = _X_ACCOUNT.match(account.strip())
        return f"https://x.com/{handle.group(1)}/status/{x.group(1)}" if handle else ""
    m = _MASTODON_ID.match(post_id)
    if m:
        user = _MASTODON_ACCOUNT.match(account.strip())
        return f"https://{m.group(1).lower()}/@{user.group(1)}/{m.group(2)}" if user else ""
    return ""


def json_block(value: Any) -> str:
    """JSON safe to place inside <script type="application/json">: no '<', '>', '&' or line separators."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _times(values: pd.Series) -> list[str]:
    stamps = pd.to_datetime(values, utc=True, errors="coerce")
    return stamps.dt.strftime("%Y-%m-%d %H:%M UTC").fillna("").tolist()


def _strings(values: pd.Series) -> list[str]:
    return [v if isinstance(v, str) else "" for v in values.astype(object).tolist()]


class _Person:
    """One person's evidence with repeated posts, snippets and notes stored once."""

    def __init__(self) -> None:
        self.posts: list[list[str]] = []
        self.post_index: dict[str, int] = {}
        self.texts: list[str] = []
        self.text_index: dict[str, int] = {}
        self.items: dict[str, list[list[Any]]] = {}

    def post(self, post_id: str, when: str, platform: str, url: str) -> int:
        if post_id not in self.post_index:
            self.post_index[post_id] = len(self.posts)
            self.posts.append([post_id, when, platform, url])
        return self.post_index[post_id]

    def text(self, value: str) -> int:
        if value not in self.text_index:
            self.text_index[value] = len(self.texts)
            self.texts.append(value)
        return self.text_index[value]

    def block(self) -> str:
        return json_block({"posts": self.posts, "texts": self.texts, "ev": self.items})


def evidence_blocks(evidence: pd.DataFrame, staff_posts: pd.DataFrame) -> dict[str, str]:
    """person_id -> JSON text of their evidence for the page's script to render on demand.

    Layout: {"posts": [[post_id, time, platform, url]], "texts": [str], "ev": {trait: [[feature,
    contribution, post index, snippet text index, match start, match end, note text index]]}};
    items are ordered by |contribution|, largest first. Match offsets count code points of the
    snippet, as everywhere in Python and in evidence.csv (the page's script slices the snippet's
    code points, not the UTF-16 units of its strings, in which an emoji such as 🚌 takes two).
    They are checked here, so a bad span shows the snippet unhighlighted rather than breaking
    the page.
    """
    if evidence.empty:
        return {}
    # only the evidence's posts, and only the columns looked up: the staff posts of a big run
    # (texts included) would otherwise be copied once more just to find a few thousand rows
    looked_up = ["post_id", *(c for c in ("platform", "account") if c in staff_posts.columns)]
    named = is_in(staff_posts["post_id"], pd.Index(evidence["post_id"].dropna().unique()))
    posts = staff_posts.loc[named, looked_up].drop_duplicates("post_id").set_index("post_id")
    frame = evidence.assign(_abs=evidence["contribution"].abs()).sort_values(
        ["person_id", "trait", "_abs", "feature", "post_id"],
        ascending=[True, True, False, True, True],
        kind="stable",
    )
    ids = _strings(frame["post_id"])
    platform = frame["post_id"].map(posts["platform"]) if "platform" in posts else frame["post_id"]
    account = frame["post_id"].map(posts["account"]) if "account" in posts else frame["post_id"]
    columns = (
        frame["person_id"].astype(str).tolist(),
        frame["trait"].astype(str).tolist(),
        frame["feature"].astype(str).tolist(),
        pd.to_numeric(frame["contribution"], errors="coerce").fillna(0.0).round(2).tolist(),
        ids,
        _times(frame["created_at"]),
        _strings(frame["snippet"]),
        pd.to_numeric(frame["match_start"], errors="coerce").fillna(-1).astype(int).tolist(),
        pd.to_numeric(frame["match_end"], errors="coerce").fillna(-1).astype(int).tolist(),
        _strings(frame["note"]),
        _strings(platform) if "platform" in posts else [""] * len(frame),
        _strings(account) if "account" in posts else [""] * len(frame),
    )
    people: dict[str, _Person] = {}
    urls: dict[tuple[str, str], str] = {}
    for pid, trait, feature, contribution, post_id, when, snippet, ms, me, note, pl, ac in zip(
        *columns, strict=True
    ):
        person = people.get(pid)
        if person is None:
            person = people[pid] = _Person()
        url = urls.get((post_id, ac))
        if url is None:
            url = urls[(post_id, ac)] = original_url(post_id, ac)
        start, end = ms, me
        if not 0 <= start <= end <= len(snippet):
            start = end = -1
        person.items.setdefault(trait, []).append(
            [
                feature,
                contribution,
                person.post(post_id, when, pl, url),
                person.text(snippet),
                start,
                end,
                person.text(note),
            ]
        )
    return {pid: person.block() for pid, person in people.items()}


def trait_features(model_id: str) -> dict[str, list[dict[str, Any]]]:
    """trait -> [{feature, weight, rationale}] from the default weights file when it is the model used."""
    try:
        from models.weights import load_weights

        weights = load_weights()
    except Exception:  # noqa: BLE001 - the report still renders without the weights' text
        return {t: [] for t in TRAITS}
    if weights.model_id != model_id:
        return {t: [] for t in TRAITS}
    return {
        t: [
            {
                "feature": feature_label(f.feature),
                "weight": f.weight,
                "rationale": f.rationale,
                "transform": f.transform,
                "basis": f.basis,
            }
            for f in spec.features
        ]
        for t, spec in weights.traits.items()
    }


def feature_label(feature: str) -> str:
    from features.catalog import CATALOG

    return CATALOG[feature].label if feature in CATALOG else feature


def glossary() -> list[dict[str, str]]:
    """Every person feature once: plain label, unit as read, how it is measured, its column."""
    from features.catalog import CATALOG

    return [
        {"label": f.label, "unit": f.unit.replace("_", " "), "description": f.description, "column": f.name}
        for f in sorted(CATALOG.values(), key=lambda f: f.label.lower())
    ]


ENGLISH_FAMILIES = (
    "humanness, humility, tone, mission, advocacy, ideas, teamwork, help-seeking, creativity and crediting"
)


def coverage(
    staff_posts: pd.DataFrame, post_features: pd.DataFrame, person_features: pd.DataFrame
) -> dict[str, dict[str, Any]]:
    """person_id -> what each family could read of that person's posts.

    Language-independent measures (activity, reposts, edits, reply latency and rate) read
    every post and reply; the English lexicons and readability formulas read the person's
    own writing in English only (`humanness__english_share` of it), and not texts that are
    empty once links and mentions are removed. Tables without those columns (a run built by
    hand): no coverage lines.
    """
    needed = (
        {"person_id", "post_id", "kind", "text"} <= set(staff_posts.columns)
        and {"post_id", N_WORDS} <= set(post_features.columns)
        and "person_id" in person_features.columns
    )
    if not needed:
        return {}
    own = staff_posts["kind"].isin(OWN_WRITING_KINDS) & staff_posts["text"].notna()
    n_posts = staff_posts.groupby("person_id").size()
    n_own = own.groupby(staff_posts["person_id"]).sum()
    written = (
        post_features[post_features[N_WORDS].notna()] if len(post_features) else post_features
    )
    n_read = (
        pd.Series(is_in(staff_posts["post_id"], written["post_id"]))
        .groupby(staff_posts["person_id"].to_numpy())
        .sum()
    )
    features = person_features.set_index(person_features["person_id"].astype(str))
    out: dict[str, dict[str, Any]] = {}
    for pid in features.index:
        own_n = int(n_own.get(pid, 0))
        read = int(n_read.get(pid, 0))
        share = (
            features.at[pid, ENGLISH_SHARE] if ENGLISH_SHARE in features else None
        )
        english = own_n if share is None or share != share else int(round(own_n * float(share)))
        out[pid] = {
            "posts": int(n_posts.get(pid, 0)),
            "replies": int(features.at[pid, N_REPLIES]) if N_REPLIES in features else 0,
            "own": own_n,
            "read": read,
            "read_pct": round(100.0 * read / own_n) if own_n else 0,
            "other_language": max(0, own_n - english),
            "families": ENGLISH_FAMILIES,
        }
    return out


def unmatched_accounts(accounts: pd.DataFrame) -> tuple[dict[str, list[dict[str, str]]], dict[str, int]]:
    """person_id -> their roster accounts that matched no post and look like a mistake
    ({platform, account, hint}): a close name that no roster row claims wrote posts ("did you
    mean"), or the account wrote posts but none ends with the row's sign-off; and, per platform,
    how many other roster accounts matched no post. Those wrote nothing in the exports given,
    nor did any close name: their export was most likely not given to this run (a roster kept
    for several platforms would otherwise flag everyone), which the report says in one line."""
    found: dict[str, list[dict[str, str]]] = {}
    if accounts.empty:
        return found, {}
    rows = unmatched(accounts)
    suspect = rows["did_you_mean"].notna() | (rows["signature"].notna() & (rows["account_posts"] > 0))
    for row in rows[suspect].itertuples(index=False):
        signature = f" {row.signature}" if isinstance(row.signature, str) else ""
        found.setdefault(str(row.person_id), []).append(
            {
                "platform": row.platform or "any platform",
                "account": f"{row.account}{signature}",
                "hint": row.hint,
            }
        )
    not_given = rows.loc[~suspect, "platform"].fillna("any platform").value_counts().sort_index()
    return found, {str(k): int(v) for k, v in not_given.items()}


def trait_trust(reliability: pd.DataFrame, comparison: dict[str, str]) -> dict[str, dict[str, Any]]:
    """trait -> its reliability (value, people, plain sentence, unreliable?) and what its scores
    are compared with, for the report."""
    from models.scoring import RELIABILITY_MIN_PEOPLE, UNRELIABLE_BELOW

    by_trait = reliability.set_index("trait") if len(reliability) else pd.DataFrame()
    out: dict[str, dict[str, Any]] = {}
    for trait in TRAITS:
        value = float(by_trait.at[trait, "reliability"]) if trait in by_trait.index else math.nan
        people = int(by_trait.at[trait, "n_people"]) if trait in by_trait.index else 0
        if value != value:
            sentence = (
                f"Reliability not measured: it needs at least {RELIABILITY_MIN_PEOPLE} people scored on both "
                f"halves of their posts ({people} here)."
            )
        else:
            agreement = (
                "alike" if value >= 0.7 else "partly alike" if value >= UNRELIABLE_BELOW else "differently"
            )
            sentence = (
                f"Reliability {value:.2f}: scoring each person's posts in two alternating halves, the halves "
                f"rank {people} people {agreement} (split-half, Spearman–Brown; 1 = the same order)."
            )
        unreliable = value == value and value < UNRELIABLE_BELOW
        if unreliable:
            sentence += " Unreliable in this cohort: read its scores as a hint at most."
        out[trait] = {
            "reliability": None if value != value else round(value, 2),
            "reliability_text": sentence,
            "unreliable": unreliable,
            "compared_with": comparison.get(trait, "cohort"),
        }
    return out


def scale_statement(n_people: int, comparison: dict[str, str]) -> str:
    """What 0–100 means in this report, and against whom people are compared."""
    with_reference = sorted(t for t, c in comparison.items() if c == "cohort and reference people")
    not_comparable = sorted(t for t, c in comparison.items() if c == "not comparable")
    text = (
        "A score is the estimated percentile of the person's standing on the trait among the people "
        "they are compared with: 50 is the middle of that group, 84 one spread above it, 16 one below; "
        "the interval is 90%, and thin evidence pulls a score toward 50 and widens its interval."
    )
    # whom each trait is compared with comes from the model (its comparison_), never from a
    # head count here: the model's minimum cohort is the one place that number lives
    if with_reference:
        names = ", ".join(TRAIT_LABELS[t] for t in with_reference)
        text += (
            f" With {n_people} people here, traits are compared with these people together with the "
            f"reference people shipped with the model where the cohort alone is too small ({names})."
        )
    elif len(not_comparable) < len(comparison):
        text += f" Everyone is compared with the {n_people} people of this cohort."
    if not_comparable:
        text += " Not comparable (no score): " + ", ".join(TRAIT_LABELS[t] for t in not_comparable) + "."
    return text
