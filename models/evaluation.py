"""Evaluating a trained model on held-out ratings, and the two metrics training reports.

Needs neither scikit-learn nor scipy: a model is applied from its numbers (models/trained.py).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from models.inputs import RATING_RANGE, check_people, check_person_features, check_ratings, mean_ratings
from models.trained import TrainedModel
from signals.ground.errors import InputError

EVALUATION_COLUMNS = (
    "trait", "n_people", "spearman", "baseline_spearman", "mae", "baseline_mae", "cv_spearman", "cv_mae"
)


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rho over the pairs where both are present; NaN if either side is constant."""
    mask = ~(np.isnan(a) | np.isnan(b))
    if mask.sum() < 2:
        return math.nan
    ra = pd.Series(a[mask]).rank(method="average").to_numpy()
    rb = pd.Series(b[mask]).rank(method="average").to_numpy()
    if ra.std() == 0 or rb.std() == 0:
        return math.nan
    return float(np.corrcoef(ra, rb)[0, 1])


def mae(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference over the pairs where both are present."""
    mask = ~(np.isnan(a) | np.isnan(b))
    return float(np.abs(a[mask] - b[mask]).mean()) if mask.any() else math.nan


def evaluate_model(
    model: TrainedModel,
    person_features: pd.DataFrame,
    ratings: pd.DataFrame,
    *,
    features_source: str | Path = "person features",
    labels_source: str | Path = "ratings",
) -> pd.DataFrame:
    """Per rated trait: n_people, spearman, baseline_spearman, mae, baseline_mae, cv_spearman, cv_mae.

    The baseline predicts the training mean rating (a constant, so its rho is undefined: NaN).
    People whose prediction is undefined (no value of any of the trait's features) are left out.
    """
    model.check_features(person_features)
    person_features = check_person_features(person_features, source=features_source)
    ratings = check_ratings(ratings, source=labels_source, rating_range=RATING_RANGE)
    means = mean_ratings(ratings)
    check_people(means, person_features, features_source=features_source, labels_source=labels_source)
    untrained = sorted(set(means["trait"]) - set(model.traits))
    if untrained:
        raise InputError(
            f"ratings of traits the model was not trained on: {untrained} "
            f"(model traits: {list(model.traits)})",
            path=labels_source,
        )
    predicted = model.predict_ratings(person_features)
    joined = means.merge(predicted, on=["person_id", "trait"], how="left", suffixes=("", "_predicted"))
    rows: list[dict[str, Any]] = []
    for trait, trait_model in model.traits.items():
        part = joined[(joined["trait"] == trait) & joined["rating_predicted"].notna()]
        if part.empty:
            continue
        y = part["rating"].to_numpy(dtype=float)
        yhat = part["rating_predicted"].to_numpy(dtype=float)
        baseline = np.full(len(y), float(trait_model.labels.get("mean", math.nan)))
        rows.append(
            {
                "trait": trait,
                "n_people": len(y),
                "spearman": spearman(yhat, y),
                "baseline_spearman": spearman(baseline, y),
                "mae": mae(yhat, y),
                "baseline_mae": mae(baseline, y),
                "cv_spearman": _nan_if_none(trait_model.cv.get("spearman")),
                "cv_mae": _nan_if_none(trait_model.cv.get("mae")),
            }
        )
    return pd.DataFrame(rows, columns=list(EVALUATION_COLUMNS))


def _nan_if_none(value: Any) -> float:
    return math.nan if value is None else float(value)
