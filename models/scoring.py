"""The scores table shared by every model: score, interval and evidence level from standings.

A model only has to say where each person stands on each trait (a standing, in units of the
comparison group's spread; models.standing). Turning standings into the schemas.SCORES table —
the standard error from bootstrap replicates, the shrinkage and the percentile scale
(models.standing), the evidence level from the person's counts and the thresholds of the trait's
evidence basis — is the same for the default and the trained model, and lives here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from features.registry import ACTIVITY_N, HUMANNESS_N, N_REPLIES, N_WORDS
from models.standing import scale_scores, spearman_brown, standard_errors
from signals.ground import schemas

Thresholds = Mapping[str, Mapping[str, Mapping[str, int]]]
LEVELS = ("sufficient", "limited", "insufficient", "not_comparable")

# person-feature columns holding the counts the evidence thresholds are stated in
COUNT_FEATURES = {
    "posts": ACTIVITY_N,
    "replies": N_REPLIES,
    "words": N_WORDS,
    "text_posts": HUMANNESS_N,
}


@dataclass(frozen=True)
class EvidenceCounts:
    """Per person (index: person_id), what the evidence thresholds count.

    `texts` and `words` count distinct texts of own writing and their words: forty copies of
    one post are one text. Without the posts (a researcher's person features only) they are the
    person features' counts, which cannot see repeats.
    """

    words: pd.Series
    texts: pd.Series
    replies: pd.Series

    @classmethod
    def of(cls, person_features: pd.DataFrame) -> EvidenceCounts:
        frame = person_features.set_index(person_features["person_id"].astype(str))
        return cls(
            words=_counts(frame, COUNT_FEATURES["words"]),
            texts=_counts(frame, COUNT_FEATURES["text_posts"]),
            replies=_counts(frame, COUNT_FEATURES["replies"]),
        )

    def units(self, basis: str) -> pd.Series:
        """The units of evidence a trait's standard error is counted in: texts, or replies."""
        return self.replies if basis == "replies" else self.texts


def _counts(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(0, index=frame.index, dtype="int64")
    return frame[column].fillna(0).astype("int64")


def score_table(
    standings: Callable[[pd.DataFrame], pd.DataFrame],
    person_features: pd.DataFrame,
    *,
    model_id: str,
    evidence_basis: Mapping[str, str],
    thresholds: Thresholds,
    replicates: list[pd.DataFrame] | None = None,
    counts: EvidenceCounts | None = None,
    not_comparable: frozenset[str] = frozenset(),
    resting_on_few: frozenset[tuple[str, str]] = frozenset(),
    half_standings: Sequence[pd.DataFrame] = (),
) -> pd.DataFrame:
    """The scores table (schemas.SCORES) of a model's `standings` (person_id, trait, standing).

    With bootstrap `replicates` of the person features, each standing gets a standard error and
    the score is shrunk and given an interval (models.standing.scale_scores); without, the score
    is Φ(standing) with no interval. `evidence_basis` maps each trait to a key of `thresholds`
    ("words" or "replies"). Traits in `not_comparable` get no score and that level; a (person,
    trait) in `resting_on_few` (the score rests on one or two posts) is at most `limited`.

    `half_standings` (the standings of each half of every person's posts, `half_standings_of`)
    measure the sampling noise the bootstrap cannot see (features it keeps at their full-sample
    value, such as lexical diversity, and texts that repeat): the squared difference of a
    person's two half standings, over four, estimates the variance of their full standing, and
    its typical value per unit of evidence joins the floor of every SE².
    """
    point = standings(person_features)
    split = _split_variance(half_standings, point)
    counts = counts if counts is not None else EvidenceCounts.of(person_features)
    reps = replicate_scores(standings, replicates, point, column="standing") if replicates else None
    person = point["person_id"].astype(str).to_numpy(dtype=object)
    trait = point["trait"].to_numpy(dtype=object)
    standing = point["standing"].to_numpy(dtype=float)
    score, lower, upper = (np.full(len(point), np.nan) for _ in range(3))
    for name in pd.unique(trait):
        rows = np.flatnonzero(trait == name)
        if reps is None:
            scaled = scale_scores(standing[rows], None)
        else:
            units = counts.units(evidence_basis[name]).reindex(person[rows]).fillna(0).to_numpy(dtype=float)
            errors = standard_errors(
                reps[rows], units, split=None if split is None else split[rows], point=standing[rows]
            )
            scaled = scale_scores(standing[rows], errors.se2, below=errors.below, above=errors.above)
        score[rows], lower[rows], upper[rows] = scaled.score, scaled.lower, scaled.upper
    words = counts.words.reindex(person).fillna(0).to_numpy()
    texts = counts.texts.reindex(person).fillna(0).to_numpy()
    replies = counts.replies.reindex(person).fillna(0).to_numpy()
    levels = []
    for i in range(len(point)):
        if trait[i] in not_comparable:
            levels.append("not_comparable")
        elif math.isnan(standing[i]):
            levels.append("insufficient")
        else:
            level = evidence_level(
                thresholds, evidence_basis[trait[i]], int(words[i]), int(texts[i]), int(replies[i])
            )
            levels.append(
                "limited" if level == "sufficient" and (person[i], trait[i]) in resting_on_few else level
            )
    missing = np.isnan(standing)
    score[missing] = lower[missing] = upper[missing] = np.nan
    frame = person_features.set_index(person_features["person_id"].astype(str))
    table = pd.DataFrame(
        {
            "person_id": point["person_id"],
            "trait": point["trait"],
            "score": np.round(score, 1),
            "lower": np.round(lower, 1),
            "upper": np.round(upper, 1),
            "evidence_level": levels,
            "n_posts": _counts(frame, COUNT_FEATURES["posts"])
            .reindex(person)
            .fillna(0)
            .to_numpy(dtype="int64"),
            "n_replies": replies.astype("int64"),
            "model_id": model_id,
        }
    )
    return schemas.validate(table, schemas.SCORES)


def half_standings_of(
    standings: Callable[[pd.DataFrame], pd.DataFrame], halves: Sequence[pd.DataFrame]
) -> list[pd.DataFrame]:
    """The standings of each half's person features (signals.replicates.split_halves), computed
    once for both the SE floor (score_table) and the reliability (split_half_reliability)."""
    return [standings(half) for half in halves]


def _split_variance(half_standings: Sequence[pd.DataFrame], point: pd.DataFrame) -> np.ndarray | None:
    """Per row of `point`: (first half's standing - second's)² / 4, NaN where a half has none."""
    if len(half_standings) != 2:
        return None
    index = pd.MultiIndex.from_arrays([point["person_id"].astype(str), point["trait"]])
    values = []
    for table in half_standings:
        table = table.assign(person_id=table["person_id"].astype(str)).set_index(["person_id", "trait"])
        values.append(table["standing"].reindex(index).to_numpy(dtype=float))
    return np.asarray((values[0] - values[1]) ** 2 / 4.0)


REPLICATE_SEPARATOR = "\x1f"  # between replicate number and person id in a stacked prediction


# person rows (replicates x people) predicted in one call: a model's long contribution table
# has one row per (person row, trait feature): about 40 MB for 5,000 person rows
REPLICATE_BLOCK_ROWS = 5_000


def replicate_scores(
    predict: Callable[[pd.DataFrame], pd.DataFrame],
    replicates: list[pd.DataFrame],
    point: pd.DataFrame,
    *,
    column: str = "score",
) -> np.ndarray:
    """(rows of `point`, replicates) values (`column`) of every replicate, predicted a block at a time.

    Models predict each row from their fitted state alone, so replicates are stacked with
    each person id made unique per replicate (`<replicate>\x1f<person>`) and predicted
    together: a hundred replicates cost a few predictions, not a hundred. Blocks hold at most
    REPLICATE_BLOCK_ROWS person rows (at least one replicate), so a cohort of a thousand
    people does not build one contribution table for all hundred replicates at once.
    """
    per_replicate = max(1, max((len(r) for r in replicates), default=1))
    step = max(1, REPLICATE_BLOCK_ROWS // per_replicate)
    long = pd.concat(
        [
            _predict_block(predict, replicates, start, step, column)
            for start in range(0, len(replicates), step)
        ],
        ignore_index=True,
    )
    wide = long.pivot(index=["person_id", "trait"], columns="replicate", values=column)
    rows = pd.MultiIndex.from_arrays([point["person_id"].astype(str), point["trait"]])
    return wide.reindex(rows).reindex(columns=range(len(replicates))).to_numpy(dtype=float)


def _predict_block(
    predict: Callable[[pd.DataFrame], pd.DataFrame],
    replicates: list[pd.DataFrame],
    start: int,
    size: int,
    column: str,
) -> pd.DataFrame:
    """replicate, person_id, trait, `column` of replicates start .. start + size - 1."""
    block = replicates[start : start + size]
    persons = [r["person_id"].astype(str).to_numpy(dtype=object) for r in block]
    stacked = pd.concat(
        [
            r.assign(person_id=[f"{i}{REPLICATE_SEPARATOR}{p}" for p in ids])
            for i, (r, ids) in enumerate(zip(block, persons, strict=True), start=start)
        ],
        ignore_index=True,
    )
    predicted = predict(stacked)
    # each predicted row's replicate and person, looked up by its stacked id (row of `stacked`)
    at = pd.Index(stacked["person_id"]).get_indexer(predicted["person_id"].astype(str))
    replicate_of = np.repeat(np.arange(start, start + len(block)), [len(ids) for ids in persons])
    person_of = np.concatenate(persons) if persons else np.array([], dtype=object)
    return pd.DataFrame(
        {
            "replicate": replicate_of[at],
            "person_id": person_of[at],
            "trait": predicted["trait"].to_numpy(),
            column: predicted[column].to_numpy(dtype=float),
        }
    )


def evidence_level(thresholds: Thresholds, basis: str, words: int, posts: int, replies: int) -> str:
    """'sufficient', 'limited' or 'insufficient' for a person's counts under one evidence basis."""
    have = {"words": words, "posts": posts, "replies": replies}
    for level in ("sufficient", "limited"):
        needs = thresholds[basis][level]
        if all(have[k] >= v for k, v in needs.items()):
            return level
    return "insufficient"


RELIABILITY_MIN_PEOPLE = 10  # people a cohort needs before its split-half reliability is computed
UNRELIABLE_BELOW = 0.5  # a trait whose reliability is below this is marked unreliable in the cohort


def split_half_reliability(
    half_standings: Sequence[pd.DataFrame], *, min_people: int = RELIABILITY_MIN_PEOPLE
) -> pd.DataFrame:
    """Per trait: the split-half reliability of its standings and the people it rests on.

    Each person's posts and replies are split into two halves (signals.replicates.split_halves),
    both halves are scored by the same fitted model (`half_standings`, from `half_standings_of`),
    and the Spearman correlation of the two halves' standings across people is corrected to the
    full length (Spearman–Brown). NaN when fewer than `min_people` people have a standing in
    both halves.
    """
    columns = ["trait", "reliability", "n_people"]
    if len(half_standings) != 2:
        return pd.DataFrame(columns=columns)
    first, second = (h.set_index(["person_id", "trait"])["standing"] for h in half_standings)
    rows = []
    for trait in pd.unique(first.index.get_level_values("trait")):
        a = first.xs(trait, level="trait")
        b = second.xs(trait, level="trait").reindex(a.index)
        value, n = spearman_brown(a.to_numpy(), b.to_numpy(), min_people=min_people)
        rows.append(
            {"trait": trait, "reliability": round(value, 3) if value == value else math.nan, "n_people": n}
        )
    return pd.DataFrame(rows, columns=columns)


MIN_SHIFT_STANDING = 0.25  # |standing| at which a score is about 10 points from the middle


def resting_on_few(
    standings: Callable[[pd.DataFrame], pd.DataFrame],
    point: pd.DataFrame,
    left_out: Mapping[str, pd.DataFrame],
) -> frozenset[tuple[str, str]]:
    """(person, trait) pairs whose standing loses more than half its distance from the middle,
    or changes side, when the one or two posts pushing it hardest are left out (`left_out`: per
    trait, the person features without those posts)."""
    full = point.set_index(["person_id", "trait"])["standing"]
    flagged: set[tuple[str, str]] = set()
    for trait, frame in left_out.items():
        without = standings(frame).set_index(["person_id", "trait"])["standing"].xs(trait, level="trait")
        before = full.xs(trait, level="trait").reindex(without.index)
        moved = (before.abs() >= MIN_SHIFT_STANDING) & (
            (np.sign(before) * without.fillna(0.0)) < 0.5 * before.abs()
        )
        flagged |= {(str(person), trait) for person in before.index[moved.to_numpy()]}
    return frozenset(flagged)
