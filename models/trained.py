"""A model trained on researchers' ratings, applied without scikit-learn.

Per trait the learned pipeline is transform → impute (median) → standardize → linear.
Everything it learned is plain numbers (see models/persistence.py for the JSON file), so
applying it is a few lines of numpy and loading it can never run code:

    z = (T(x) or the median − mean) / scale, clipped to ±clip_z when the model has a clip
    rating = intercept + Σ coefficient·z          (on the rating scale, e.g. 1-5), clipped to it
    standing = (rating − mean rating) / sd of the ratings it was trained on

and the standing becomes a score as for every model (models.standing: shrinkage by the
evidence, the percentile scale, the interval). `contributions` reports coefficient·z in points
of the 0-100 rating scale (100 · (rating − low) / (high − low)).

The scikit-learn estimators (ridge, lasso, elastic net) use no transform (T(x) = x) and no clip.
The anchored estimators (models/anchored.py) use the default model's weights and transforms with
robust standardization (median and MAD, clipped), and keep their prior — the default's weights
and the slope γ that maps them to ratings — so the model card can say how far the ratings moved
the model from the default.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from models.anchored import apply_transform
from models.scoring import EvidenceCounts, score_table
from models.weights import load_weights
from signals.ground.config import TRAITS
from signals.ground.errors import ModelError

ESTIMATORS: tuple[str, ...] = ("anchored", "anchored-all", "ridge", "lasso", "elasticnet")
ANCHORED_ESTIMATORS: tuple[str, ...] = ("anchored", "anchored-all")


@dataclass(frozen=True)
class TraitModel:
    """What was learned for one trait, plus how well it did in cross-validation."""

    trait: str
    features: tuple[str, ...]
    medians: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    alpha: float
    rating_range: tuple[float, float]
    labels: dict[str, Any] = field(default_factory=dict)
    cv: dict[str, Any] = field(default_factory=dict)
    transforms: tuple[str, ...] | None = None  # None: no transform of any feature
    clip_z: float | None = None  # None: z is not clipped
    prior: dict[str, Any] | None = None  # anchored models: {"weights": [w_j...], "slope": γ}

    @property
    def points_per_rating(self) -> float:
        low, high = self.rating_range
        return 100.0 / (high - low)

    def standardized(self, values: np.ndarray) -> np.ndarray:
        """z of every person (rows) and feature (columns), missing values at the training median."""
        if self.transforms is not None:
            values = (
                np.column_stack([apply_transform(values[:, j], t) for j, t in enumerate(self.transforms)])
                if values.shape[1]
                else values
            )
        filled = np.where(np.isnan(values), np.asarray(self.medians), values)
        z = (filled - np.asarray(self.means)) / np.asarray(self.scales)
        return np.clip(z, -self.clip_z, self.clip_z) if self.clip_z is not None else z

    def predict_rating(self, values: np.ndarray) -> np.ndarray:
        """The predicted rating (clipped to the rating range) of every row of raw feature values."""
        rating = self.standardized(values) @ np.asarray(self.coefficients) + self.intercept
        return np.clip(rating, *self.rating_range)

    def no_evidence(self, values: np.ndarray) -> np.ndarray:
        """Rows without a value of any feature that carries weight (any feature if none does).

        Like the default model, a person none of whose weighted features was measured gets no score
        rather than the intercept.
        """
        weighted = np.asarray(self.coefficients) != 0.0
        columns = values[:, weighted] if weighted.any() else values
        return np.asarray(np.isnan(columns).all(axis=1))

    def to_score(self, rating: np.ndarray) -> np.ndarray:
        low, high = self.rating_range
        return np.clip((rating - low) * (100.0 / (high - low)), 0.0, 100.0)


class TrainedModel:
    """Scores the traits it was trained on from person features; same interface as DefaultModel.

    Build one with models.training.train_model or load one with models.persistence.load_model.
    `fit` does nothing (the model is already fitted); traits without ratings are not scored.
    """

    def __init__(
        self,
        *,
        model_id: str,
        traits: dict[str, TraitModel],
        data: dict[str, Any],
        params: dict[str, Any],
        versions: dict[str, str],
    ) -> None:
        unknown = [t for t in traits if t not in TRAITS]
        if not traits or unknown:
            raise ModelError(f"a trained model needs at least one known trait (unknown: {unknown})")
        self.model_id = model_id
        self.traits = {t: traits[t] for t in TRAITS if t in traits}
        self.data = data
        self.params = params
        self.versions = versions
        used = (f for m in self.traits.values() for f in m.features)
        self.features: tuple[str, ...] = tuple(dict.fromkeys(used))
        self.norm_source_: dict[str, str] = dict.fromkeys(self.features, "trained")
        weights = load_weights()
        self.evidence_basis_ = {t: weights.traits[t].evidence_basis for t in self.traits}
        self.thresholds_ = weights.thresholds

    def fit(self, person_features: pd.DataFrame) -> TrainedModel:
        """Nothing to learn from an unlabelled cohort: standardization was fixed at training."""
        return self

    def check_features(self, person_features: pd.DataFrame) -> None:
        """ModelError naming the missing and extra feature columns unless they match the model's."""
        if "person_id" not in person_features.columns:
            raise ModelError("person features have no 'person_id' column")
        given = [c for c in person_features.columns if c != "person_id"]
        missing = [f for f in self.features if f not in set(given)]
        extra = sorted(set(given) - set(self.features))
        if missing or extra:
            raise ModelError(
                f"model {self.model_id} does not match these person features: "
                f"missing features {missing}, extra features {extra}. "
                "Score with the feature set the model was trained on, or retrain it on these features."
            )

    def _values(self, person_features: pd.DataFrame, model: TraitModel) -> np.ndarray:
        return person_features[list(model.features)].to_numpy(dtype=float, na_value=np.nan)

    def contributions(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """Long table: person_id, trait, feature, value, z, weight (coefficient), contribution (points).

        A missing value is standardized at the training median (as the prediction does), so its z and
        contribution are reported while `value` stays NaN.
        """
        self.check_features(person_features)
        people = person_features["person_id"].astype(str).to_numpy()
        parts: list[pd.DataFrame] = []
        for trait, model in self.traits.items():
            values = self._values(person_features, model)
            z = model.standardized(values)
            z[model.no_evidence(values)] = math.nan  # no evidence: no score, no contributions
            coef = np.asarray(model.coefficients)
            n, p = values.shape
            parts.append(
                pd.DataFrame(
                    {
                        "person_id": np.repeat(people, p),
                        "trait": trait,
                        "feature": np.tile(np.asarray(model.features, dtype=object), n),
                        "value": values.ravel(),
                        "z": z.ravel(),
                        "weight": np.tile(coef, n),
                        "contribution": (z * coef * model.points_per_rating).ravel(),
                    }
                )
            )
        columns = ["person_id", "trait", "feature", "value", "z", "weight", "contribution"]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)

    def predict_ratings(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """person_id, trait, rating (clipped to the rating range), score (0-100); person-major order.

        Both are NaN for a person without a value of any weighted feature (TraitModel.no_evidence).
        """
        self.check_features(person_features)
        people = person_features["person_id"].astype(str).to_numpy()
        ratings: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        for model in self.traits.values():
            values = self._values(person_features, model)
            rating = np.where(model.no_evidence(values), math.nan, model.predict_rating(values))
            ratings.append(rating)
            scores.append(model.to_score(rating))
        n_traits = len(self.traits)
        table = pd.DataFrame(
            {
                "person_id": np.repeat(people, n_traits),
                "trait": np.tile(np.asarray(list(self.traits), dtype=object), len(people)),
                "rating": np.column_stack(ratings).ravel() if len(people) else np.array([], float),
                "score": np.column_stack(scores).ravel() if len(people) else np.array([], float),
            }
        )
        return table.sort_values("person_id", kind="stable").reset_index(drop=True)

    def predict(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """person_id, trait, score (0-100; NaN for a person without evidence: TraitModel.no_evidence)."""
        return self.predict_ratings(person_features)[["person_id", "trait", "score"]]

    def standings(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """person_id, trait, standing: the predicted rating's distance from the mean rating of the
        people the model was trained on, in standard deviations of their ratings."""
        table = self.predict_ratings(person_features)
        mean = table["trait"].map({t: float(m.labels.get("mean", math.nan)) for t, m in self.traits.items()})
        sd = table["trait"].map({t: float(m.labels.get("sd") or 1.0) for t, m in self.traits.items()})
        return table.assign(standing=(table["rating"] - mean) / sd)[["person_id", "trait", "standing"]]

    def score(
        self,
        person_features: pd.DataFrame,
        *,
        replicates: list[pd.DataFrame] | None = None,
        counts: EvidenceCounts | None = None,
        resting_on_few: frozenset[tuple[str, str]] = frozenset(),
        half_standings: Sequence[pd.DataFrame] = (),
    ) -> pd.DataFrame:
        """The scores table: score, interval, evidence level, counts, model id (`half_standings`:
        the standings of each half of every person's posts, models.scoring.score_table)."""
        return score_table(
            self.standings,
            person_features,
            model_id=self.model_id,
            evidence_basis=self.evidence_basis_,
            thresholds=self.thresholds_,
            replicates=replicates,
            counts=counts,
            resting_on_few=resting_on_few,
            half_standings=half_standings,
        )
