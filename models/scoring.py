"""The scores table shared by every model: point score, bootstrap interval and evidence level.

A model only has to say how it predicts a 0-100 score per (person, trait); turning those
predictions into the schemas.SCORES table — the interval over bootstrap replicates of the
person features, the evidence level from the person's counts and the thresholds of the trait's
evidence basis — is the same for the default and the trained model, and lives here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from signals import schemas

Thresholds = Mapping[str, Mapping[str, Mapping[str, int]]]

# person-feature columns holding the counts the evidence thresholds are stated in
COUNT_FEATURES = {
    "posts": "activity__n",
    "replies": "responsiveness__n",
    "words": "humanness__n_words",
    "text_posts": "humanness__n",
}


def score_table(
    predict: Callable[[pd.DataFrame], pd.DataFrame],
    person_features: pd.DataFrame,
    *,
    model_id: str,
    evidence_basis: Mapping[str, str],
    thresholds: Thresholds,
    replicates: list[pd.DataFrame] | None = None,
    interval: float = 0.90,
) -> pd.DataFrame:
    """The scores table (schemas.SCORES) of `predict` (person_id, trait, score 0-100) on a cohort.

    `lower`/`upper` are the `interval` quantiles of the scores predicted on each bootstrap
    replicate of the person features (widened to contain the point score); NaN without replicates.
    `evidence_basis` maps each trait to a key of `thresholds` ("words" or "replies").
    """
    point = predict(person_features)
    lower = upper = pd.Series(math.nan, index=point.index)
    if replicates:
        reps = replicate_scores(predict, replicates, point)
        alpha = (1 - interval) / 2
        lo, hi = row_nanquantile(reps, alpha), row_nanquantile(reps, 1 - alpha)
        lower = pd.Series(np.fmin(lo, point["score"].to_numpy()), index=point.index)
        upper = pd.Series(np.fmax(hi, point["score"].to_numpy()), index=point.index)
    counts = person_features.set_index(person_features["person_id"].astype(str))
    n_posts = count_column(counts, COUNT_FEATURES["posts"])
    n_replies = count_column(counts, COUNT_FEATURES["replies"])
    n_words = count_column(counts, COUNT_FEATURES["words"])
    n_text_posts = count_column(counts, COUNT_FEATURES["text_posts"])
    levels = [
        evidence_level(thresholds, evidence_basis[t], n_words[p], n_text_posts[p], n_replies[p])
        if not math.isnan(s)
        else "insufficient"
        for p, t, s in zip(point["person_id"], point["trait"], point["score"], strict=True)
    ]
    table = pd.DataFrame(
        {
            "person_id": point["person_id"],
            "trait": point["trait"],
            "score": point["score"].round(1),
            "lower": lower.round(1),
            "upper": upper.round(1),
            "evidence_level": levels,
            "n_posts": point["person_id"].map(n_posts).astype("int64"),
            "n_replies": point["person_id"].map(n_replies).astype("int64"),
            "model_id": model_id,
        }
    )
    return schemas.validate(table, schemas.SCORES)


REPLICATE_SEPARATOR = "\x1f"  # between replicate number and person id in a stacked prediction


# person rows (replicates x people) predicted in one call: a model's long contribution table
# has one row per (person row, trait feature): about 40 MB for 5,000 person rows
REPLICATE_BLOCK_ROWS = 5_000


def row_nanquantile(values: np.ndarray, q: float) -> np.ndarray:
    """`np.nanquantile(values, q, axis=1)` (NaN for a row of NaN only), without its Python
    call per row: rows without NaN go to `np.quantile` in one call, which computes each the
    same way (the same order statistics and interpolation, element by element), and only
    rows with some NaN take numpy's per-row path."""
    out = np.full(values.shape[0], np.nan)
    if not values.size:
        return out
    missing = np.isnan(values)
    whole = ~missing.any(axis=1)
    if whole.any():
        out[whole] = np.quantile(values[whole], q, axis=1)
    for row in np.flatnonzero(~whole & ~missing.all(axis=1)):
        out[row] = np.nanquantile(values[row], q)
    return out


def replicate_scores(
    predict: Callable[[pd.DataFrame], pd.DataFrame], replicates: list[pd.DataFrame], point: pd.DataFrame
) -> np.ndarray:
    """(rows of `point`, replicates) scores of every replicate, predicted a block at a time.

    Models predict each row from their fitted state alone, so replicates are stacked with
    each person id made unique per replicate (`<replicate>\x1f<person>`) and predicted
    together: a hundred replicates cost a few predictions, not a hundred. Blocks hold at most
    REPLICATE_BLOCK_ROWS person rows (at least one replicate), so a cohort of a thousand
    people does not build one contribution table for all hundred replicates at once.
    """
    per_replicate = max(1, max((len(r) for r in replicates), default=1))
    step = max(1, REPLICATE_BLOCK_ROWS // per_replicate)
    long = pd.concat(
        [_predict_block(predict, replicates, start, step) for start in range(0, len(replicates), step)],
        ignore_index=True,
    )
    wide = long.pivot(index=["person_id", "trait"], columns="replicate", values="score")
    rows = pd.MultiIndex.from_arrays([point["person_id"].astype(str), point["trait"]])
    return wide.reindex(rows).reindex(columns=range(len(replicates))).to_numpy(dtype=float)


def _predict_block(
    predict: Callable[[pd.DataFrame], pd.DataFrame], replicates: list[pd.DataFrame], start: int, size: int
) -> pd.DataFrame:
    """replicate, person_id, trait, score of replicates start .. start + size - 1."""
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
            "score": predicted["score"].to_numpy(dtype=float),
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


def count_column(frame: pd.DataFrame, column: str) -> dict[str, int]:
    """A count feature per person (index), 0 where the column or the value is missing."""
    if column not in frame.columns:
        return dict.fromkeys(frame.index, 0)
    return {k: int(v) if v == v else 0 for k, v in frame[column].items()}
