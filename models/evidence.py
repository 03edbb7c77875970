"""Evidence rows: for every score that moved, the features that moved it and the posts behind them.

A manager must be able to check each number against posts, so each feature contribution is
paired with the posts the features stage named for it (with the matched span). Where a
feature is low because something is absent (no apologies at all), no post can show that: the
row says it in counts and words instead ("0 apologies for own mistakes in 267 posts;
colleagues' median: 4 in 267 posts", features.catalog), a colleague's post shows what would
have counted, and two of the person's own posts where it could have appeared (their longest
replies for humility and thanks, their longest posts otherwise, among those with none of it)
let the reader judge the absence. Features are named by their plain label, never
`family__feature`.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from features.catalog import count_of, counted, describe_value, info
from features.registry import N_WORDS
from signals.ground import schemas

MIN_SCORE_SHIFT = 5.0  # points away from 50 before a score needs evidence
MIN_CONTRIBUTION = 0.05  # contributions smaller than this do not move a score visibly
OCCASIONS_SHOWN = 2  # of a person's own posts where an absent feature could have appeared
OCCASIONS_PER_PERSON = 24  # longest posts and replies kept per person to find those in


def build_evidence(
    contributions: pd.DataFrame,
    scores: pd.DataFrame,
    feature_evidence: pd.DataFrame,
    staff_posts: pd.DataFrame,
    *,
    person_features: pd.DataFrame | None = None,
    occasions: pd.DataFrame | None = None,
    posts_per_feature: int = 3,
) -> pd.DataFrame:
    """The evidence table (schemas.EVIDENCE), one row per (score, feature, post).

    With `person_features`, a feature no post shows is stated against its denominator and the
    colleagues' median, and followed by a colleague's post that shows it; with `occasions`
    (`occasion_posts`), by the person's own posts where it could have appeared.
    """
    moved = scores[(scores["score"] - 50.0).abs() >= MIN_SCORE_SHIFT][["person_id", "trait"]]
    contrib = contributions.merge(moved, on=["person_id", "trait"])
    contrib = contrib.assign(_abs=contrib["contribution"].abs()).sort_values(
        ["person_id", "trait", "_abs", "feature"], ascending=[True, True, False, True], kind="stable"
    )
    # the features that visibly moved the score, and always the one that moved it most: a score
    # away from the middle never goes without evidence
    largest = ~contrib.duplicated(["person_id", "trait"]) & contrib["_abs"].gt(0)
    contrib = contrib[(contrib["_abs"] >= MIN_CONTRIBUTION) | largest]
    posts = dict(
        zip(
            staff_posts["post_id"],
            zip(staff_posts["created_at"], staff_posts["text"], strict=True),
            strict=True,
        )
    )
    ranked = _ranked_candidates(feature_evidence)
    plain = _Plain.of(person_features, ranked)
    own = _Occasions(occasions)
    rows: list[dict[str, object]] = []
    for item in contrib.itertuples(index=False):
        base = {
            "person_id": item.person_id,
            "trait": item.trait,
            "feature": _label(item.feature),
            "contribution": round(float(item.contribution), 4),
        }
        z = float(item.z)
        agreeing = [] if math.isnan(z) or z == 0 else ranked.get((item.person_id, item.feature, z > 0), [])
        chosen = [ev for ev in agreeing[:posts_per_feature] if ev[0] in posts]
        if not chosen:
            rows.append(
                {**base, **_no_post_row(plain.statement(item.person_id, item.feature, float(item.value)))}
            )
            if not z < 0 < item.weight:
                continue
            example = plain.example(item.person_id, item.feature, posts)
            chosen = [example] if example is not None else []
            chosen += own.of(item.person_id, item.feature, posts)
        for post_id, match_start, match_end, note in chosen:
            created_at, text = posts[post_id]
            rows.append(
                {
                    **base,
                    "post_id": post_id,
                    "created_at": created_at,
                    "snippet": text,
                    "match_start": match_start,
                    "match_end": match_end,
                    "note": note,
                }
            )
    frame = pd.DataFrame(rows, columns=schemas.EVIDENCE.names)
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    frame["contribution"] = frame["contribution"].astype(float)
    for column in ("match_start", "match_end"):
        frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    for column in ("post_id", "snippet", "note"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return schemas.validate(frame, schemas.EVIDENCE)


Candidate = tuple[object, object, object, object]  # post_id, match_start, match_end, note


def _ranked_candidates(feature_evidence: pd.DataFrame) -> dict[tuple[object, object, bool], list[Candidate]]:
    """Per (person, feature, pushes up?), the candidate posts, strongest first (ties: post id).

    A score's evidence shows posts whose push on the feature agrees with where the person
    stands (above or below the norm); ranking every candidate once keeps this linear.
    """
    ranked: dict[tuple[object, object, bool], list[Candidate]] = {}
    if feature_evidence.empty:
        return ranked
    frame = feature_evidence.assign(
        _abs=feature_evidence["strength"].abs(), _up=feature_evidence["strength"] > 0
    )
    frame = frame.sort_values(["_abs", "post_id"], ascending=[False, True], kind="stable")
    for person, feature, up, post_id, start, end, note in zip(
        frame["person_id"],
        frame["feature"],
        frame["_up"],
        frame["post_id"],
        frame["match_start"],
        frame["match_end"],
        frame["note"],
        strict=True,
    ):
        ranked.setdefault((person, feature, bool(up)), []).append((post_id, start, end, note))
    return ranked


def _label(feature: str) -> str:
    """The plain label of a feature (its id when the catalog has none: a trained model's)."""
    try:
        return info(feature).label
    except KeyError:
        return feature


def _no_post_row(note: str) -> dict[str, object]:
    return {
        "post_id": None,
        "created_at": pd.NaT,
        "snippet": None,
        "match_start": None,
        "match_end": None,
        "note": note,
    }


class _Plain:
    """Statements in words for features no post shows, and colleagues' posts that show them."""

    def __init__(
        self, frame: pd.DataFrame | None, best: dict[object, list[tuple[object, Candidate]]]
    ) -> None:
        self.frame = frame
        self.best = best
        self._sorted: dict[str, np.ndarray] = {}  # per feature: everyone's values, ascending

    def colleagues_median(self, person: object, feature: str) -> float:
        """The median of the feature over everyone but `person` (NaN without anyone).

        Everyone's values are sorted once per feature and the person's own value taken out of
        that small array, so a statement costs a few array operations, not a copy of the table.
        """
        assert self.frame is not None
        values = self._sorted.get(feature)
        if values is None:
            column = self.frame[feature].to_numpy(dtype=float)
            values = self._sorted[feature] = np.sort(column[~np.isnan(column)])
        key = str(person)
        if key in self.frame.index:
            own = float(self.frame.at[key, feature])
            if own == own:
                values = np.delete(values, int(np.searchsorted(values, own)))
        return float(np.median(values)) if values.size else math.nan

    @classmethod
    def of(
        cls, person_features: pd.DataFrame | None, ranked: dict[tuple[object, object, bool], list[Candidate]]
    ) -> _Plain:
        frame = (
            None
            if person_features is None
            else person_features.set_index(person_features["person_id"].astype(str))
        )
        best: dict[object, list[tuple[object, Candidate]]] = {}
        for (person, feature, up), candidates in sorted(ranked.items(), key=lambda kv: str(kv[0])):
            if up and candidates:
                best.setdefault(feature, []).append((person, candidates[0]))
        return cls(frame, best)

    def statement(self, person: object, feature: str, value: float) -> str:
        """`0 apologies for own mistakes in 267 posts; colleagues' median: 4 in 267 posts; no
        single post shows this` (a value and the median for features that count nothing)."""
        try:
            entry = info(feature)
        except KeyError:
            return f"{feature} = {value:.3g}; no single post shows this"
        if self.frame is None or feature not in self.frame.columns:
            return f"{entry.label}: {describe_value(feature, value)}; no single post shows this"
        median = self.colleagues_median(person, feature)
        base = entry.denominator
        if base is not None and base in self.frame.columns and str(person) in self.frame.index:
            n = float(self.frame.at[str(person), base])
            mine = counted(feature, value, n)
            theirs = f"{round(count_of(feature, median, n)):,} in {int(n):,}" if median == median else "none"
        else:
            mine = f"{entry.label} {describe_value(feature, value)}"
            theirs = describe_value(feature, median) if median == median else "none"
        return f"{mine}; colleagues' median: {theirs}; no single post shows this"

    def example(self, person: object, feature: str, posts: dict[object, object]) -> Candidate | None:
        """A colleague's post that shows the feature, strongest first (None without one)."""
        for other, (post_id, start, end, _note) in self.best.get(feature, []):
            if other != person and post_id in posts:
                return (post_id, start, end, f"what counts as {_label(feature)}: a colleague's post")
        return None


def occasion_posts(
    staff_posts: pd.DataFrame, post_features: pd.DataFrame, match_counts: dict[str, str]
) -> pd.DataFrame:
    """Per person, their longest measured posts and longest replies (OCCASIONS_PER_PERSON of
    each, longest first, ties by post id), with each counted feature's matches in the post.

    Columns: person_id, post_id, reply (answers someone), words, and one column per person feature of
    `match_counts` (person feature -> per-post column of its matches), so an absent feature's
    occasions are the person's posts with 0 in its column.
    """
    columns = [c for c in dict.fromkeys(match_counts.values()) if c in post_features.columns]
    words = N_WORDS
    # the posts are chosen on their words alone; the match columns are joined to the few kept
    measured = post_features[["post_id", words]].dropna(subset=[words])
    posts = staff_posts[["post_id", "person_id", "reply_to_id"]].drop_duplicates("post_id")
    frame = posts.merge(measured, on="post_id").assign(reply=lambda f: f["reply_to_id"].notna())
    frame = frame.sort_values(
        ["person_id", words, "post_id"], ascending=[True, False, True], kind="stable"
    )
    longest = frame.groupby("person_id", sort=False).head(OCCASIONS_PER_PERSON)
    replies = frame[frame["reply"]].groupby("person_id", sort=False).head(OCCASIONS_PER_PERSON)
    kept = pd.concat([longest, replies]).drop_duplicates("post_id").sort_values(
        ["person_id", "reply", words, "post_id"], ascending=[True, False, False, True], kind="stable"
    )
    chosen = post_features["post_id"].isin(kept["post_id"]).to_numpy()
    matches = post_features.loc[chosen, ["post_id", *columns]].drop_duplicates("post_id").set_index("post_id")
    kept_matches = matches.reindex(kept["post_id"].to_numpy())
    out = kept[["person_id", "post_id", "reply"]].astype({"person_id": str, "post_id": object})
    out["words"] = kept[words].to_numpy()
    for feature, column in match_counts.items():
        if column in kept_matches.columns:
            out[feature] = kept_matches[column].fillna(0).to_numpy()
    return out.reset_index(drop=True)


class _Occasions:
    """The person's own posts without a feature where it could have appeared (`occasion_posts`)."""

    def __init__(self, occasions: pd.DataFrame | None) -> None:
        self.by_person: dict[str, pd.DataFrame] = {}
        self.by_words: dict[str, np.ndarray] = {}  # per person: row order, longest first
        if occasions is None:
            return
        for person, rows in occasions.groupby("person_id", sort=False):
            rows = rows.reset_index(drop=True)
            self.by_person[str(person)] = rows
            self.by_words[str(person)] = np.lexsort((rows["post_id"].astype(str).to_numpy(), -rows["words"]))

    def of(self, person: object, feature: str, posts: dict[object, object]) -> list[Candidate]:
        """Up to OCCASIONS_SHOWN posts: replies first where the feature's occasion is a reply
        (features.registry), else the longest posts."""
        mine = self.by_person.get(str(person))
        if mine is None or feature not in mine.columns:
            return []
        order = (
            np.arange(len(mine))
            if info(feature).occasion == "reply"
            else self.by_words[str(person)]
        )
        absent = mine[feature].to_numpy()[order] == 0
        note = f"one of their own posts where {_label(feature)} could have appeared; it shows none"
        ids = mine["post_id"].to_numpy()[order][absent]
        shown = [post_id for post_id in ids if post_id in posts][:OCCASIONS_SHOWN]
        return [(post_id, None, None, note) for post_id in shown]


def carrying_posts(
    contributions: pd.DataFrame, feature_evidence: pd.DataFrame, point: pd.DataFrame, *, k: int = 2
) -> dict[str, list[object]]:
    """Per trait, every person's `k` posts that push their standing hardest in its direction.

    For each (person, trait) away from the middle, the features pushing the same way, largest
    contribution first, and within each the posts the features stage ranked strongest that push
    that way. Leaving these out (signals.replicates.leave_out) tells whether a score rests on
    one or two posts.
    """
    direction = point.set_index(["person_id", "trait"])["standing"]
    contrib = contributions.dropna(subset=["contribution"])
    contrib = contrib.assign(
        _sign=np.sign(direction.reindex(pd.MultiIndex.from_frame(contrib[["person_id", "trait"]])).to_numpy())
    )
    contrib = contrib[(contrib["_sign"] != 0) & (np.sign(contrib["contribution"]) == contrib["_sign"])]
    contrib = contrib.assign(_abs=contrib["contribution"].abs()).sort_values(
        ["trait", "person_id", "_abs", "feature"], ascending=[True, True, False, True], kind="stable"
    )
    ranked = _ranked_candidates(feature_evidence)
    carried: dict[str, list[object]] = {}
    for (trait, person), rows in contrib.groupby(["trait", "person_id"], sort=True):
        chosen: list[object] = []
        for feature, weight, sign in zip(rows["feature"], rows["weight"], rows["_sign"], strict=True):
            up = bool(sign * np.sign(weight) > 0)  # the feature's own value pushed up or down
            for post_id, *_ in ranked.get((person, feature, up), []):
                if post_id not in chosen:
                    chosen.append(post_id)
                if len(chosen) == k:
                    break
            if len(chosen) == k:
                break
        carried.setdefault(str(trait), []).extend(chosen)
    return carried
