"""The transparent default model: per trait, a weighted mean of rank-based feature scores.

For each trait (weights in models/data/default_weights.json):

1. every feature is placed by its rank among the comparison group's values and turned into a
   normal score z (models.standing.RankScale): bounded, robust to outliers and to the many
   zeros of rare events, and the same whatever monotone transform a feature has;
2. the composite is the weighted mean of the person's z over the trait's features they have,
   C = Σ wᵢzᵢ / Σ|wᵢ|;
3. the standing is the composite placed by its own rank in the group, as a normal score again:
   the trait's features are correlated, and ranking the composite itself takes that into
   account instead of adding them up as if independent (Σwz/√Σw² would).

The comparison group is the analyzed cohort when at least `min_cohort` (10) of its people have
the feature (the trait's composite); otherwise the cohort together with the reference people
(real people of public corpora, models/NORMS.md). A feature that no group of at least
MIN_GROUP people measures, or on which they all have the same value, is *not comparable* and
left out; a trait whose comparable features carry less than half its weight is not comparable
at all, and is reported so rather than as 50. The standings become scores in
models.standing (shrinkage by the evidence, the percentile scale, the interval).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from models.scoring import EvidenceCounts, score_table
from models.standing import RankScale, composite
from models.weights import TraitSpec, WeightsFile, load_weights

log = logging.getLogger(__name__)

_NORMAL_SCALE = 1.4826  # MAD of a normal distribution times this is its standard deviation
MIN_GROUP = 5  # people a comparison group needs on a feature or a composite
MIN_COMPARABLE_WEIGHT = 0.5  # share of a trait's weight its comparable features must carry
COHORT = "cohort"
WITH_REFERENCE = "cohort and reference people"
NOT_COMPARABLE = "not comparable"


def _norms_document() -> dict[str, Any]:
    text = resources.files("models").joinpath("data/reference_norms.json").read_text("utf-8")
    return dict(json.loads(text))


def load_reference_norms() -> dict[str, dict[str, Any]]:
    """Reference center/scale per "<feature>|<transform>" (the anchored estimator's standardization)."""
    return dict(_norms_document().get("features", {}))


def load_reference_people() -> pd.DataFrame:
    """The reference people's person features (one row each), the default model's second comparison group."""
    people = _norms_document().get("people", [])
    return pd.DataFrame(people).astype({k: float for k in {c for p in people for c in p} - {"person_id"}})


def transform_values(values: pd.Series, transform: str) -> pd.Series:
    """Apply a feature's transform (heavy-tailed latencies are compared on a log scale)."""
    if transform == "log1p":
        return np.log1p(values.clip(lower=0))
    return values.astype(float)


def robust_center_scale(values: pd.Series | np.ndarray) -> tuple[float, float]:
    """Median and MAD-based scale, falling back to the standard deviation when MAD is 0."""
    array = np.asarray(values, dtype=float)
    present = array[~np.isnan(array)]
    if present.size == 0:
        return math.nan, math.nan
    center = float(np.median(present))
    scale = float(_NORMAL_SCALE * np.median(np.abs(present - center)))
    if not scale > 0:
        scale = float(present.std(ddof=0))
    return center, scale if scale > 0 else math.nan


def norm_key(feature: str, transform: str) -> str:
    """The key of a feature's entry in the reference norms file: "<feature>|<transform>"."""
    return f"{feature}|{transform}"


def feature_norm(
    values: pd.Series | np.ndarray, *, reference: dict[str, Any] | None, min_cohort: int
) -> tuple[float, float, str]:
    """Center, scale and their source for the anchored estimator's robust z-scores.

    The cohort's own median and MAD when at least `min_cohort` people have the feature; else the
    reference norm when there is one; else the cohort's, down to 3 people ("small cohort");
    else nothing ("unavailable", NaN center and scale).
    """
    n_present = int(np.count_nonzero(~np.isnan(np.asarray(values, dtype=float))))
    center, scale = robust_center_scale(values)
    if n_present >= min_cohort and math.isfinite(scale):
        return center, scale, "cohort"
    if reference is not None:
        return float(reference["center"]), float(reference["scale"]), "reference"
    if n_present >= 3 and math.isfinite(scale):
        return center, scale, "small cohort"
    return math.nan, math.nan, "unavailable"


def _column(frame: pd.DataFrame, feature: str) -> np.ndarray:
    if feature in frame.columns:
        return frame[feature].to_numpy(dtype=float, na_value=np.nan)
    return np.full(len(frame), np.nan)


class DefaultModel:
    """Scores every trait from person features with documented weights.

    Parameters are only stored here; `fit` learns, from a cohort of person features, each
    feature's rank scale (`scales_`), each trait's composite scale (`composites_`) and where
    each came from (`norm_source_` per feature, `comparison_` per trait).
    """

    def __init__(
        self, *, weights: WeightsFile | None = None, reference_people: pd.DataFrame | None = None
    ) -> None:
        self.weights = weights
        self.reference_people = reference_people

    @property
    def model_id(self) -> str:
        return self.weights_.model_id

    def fit(self, person_features: pd.DataFrame) -> DefaultModel:
        """Learn the comparison groups: feature scales, then each trait's composite scale."""
        self.weights_ = self.weights or load_weights()
        reference = self.reference_people if self.reference_people is not None else load_reference_people()
        min_cohort = self.weights_.min_cohort
        self.scales_: dict[str, RankScale] = {}
        self.norm_source_: dict[str, str] = {}
        for feature in self.weights_.features:
            cohort = _column(person_features, feature)
            if np.count_nonzero(~np.isnan(cohort)) >= min_cohort:
                group, source = cohort, COHORT
            else:
                group, source = np.concatenate([cohort, _column(reference, feature)]), WITH_REFERENCE
            scale = RankScale.of(group, min_people=MIN_GROUP)
            if scale is None:
                self.norm_source_[feature] = NOT_COMPARABLE
            else:
                self.scales_[feature], self.norm_source_[feature] = scale, source
        self.composites_: dict[str, RankScale] = {}
        self.comparison_: dict[str, str] = {}
        for trait, spec in self.weights_.traits.items():
            comparable = sum(abs(f.weight) for f in spec.features if f.feature in self.scales_)
            if comparable < MIN_COMPARABLE_WEIGHT * sum(abs(f.weight) for f in spec.features):
                self.comparison_[trait] = NOT_COMPARABLE
                continue
            cohort_c = self._composite(person_features, spec)
            if np.count_nonzero(~np.isnan(cohort_c)) >= min_cohort:
                group, source = cohort_c, COHORT
            else:
                group = np.concatenate([cohort_c, self._composite(reference, spec)])
                source = WITH_REFERENCE
            scale = RankScale.of(group, min_people=MIN_GROUP)
            if scale is None:
                self.comparison_[trait] = NOT_COMPARABLE
            else:
                self.composites_[trait], self.comparison_[trait] = scale, source
        return self

    def _z(self, frame: pd.DataFrame, spec: TraitSpec) -> tuple[np.ndarray, np.ndarray]:
        """(people, features) normal scores of the trait's comparable features, and their weights."""
        used = [f for f in spec.features if f.feature in self.scales_]
        z = (
            np.column_stack([self.scales_[f.feature].z(_column(frame, f.feature)) for f in used])
            if used
            else (np.zeros((len(frame), 0)))
        )
        return z, np.array([f.weight for f in used], dtype=float)

    def _composite(self, frame: pd.DataFrame, spec: TraitSpec) -> np.ndarray:
        z, weights = self._z(frame, spec)
        return composite(z, weights)

    def contributions(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """Long table: person, trait, feature, value, z, weight, contribution.

        A contribution is the feature's part of the trait's composite, wᵢzᵢ / Σ|w| (the weights of
        the features the person has): the composite is their sum, and the standing its rank in
        the comparison group. Features that are not comparable, or traits that are not, have NaN
        z and contribution.
        """
        people = person_features["person_id"].astype(str).to_numpy(dtype=object)
        blocks: list[pd.DataFrame] = []
        for trait, spec in self.weights_.traits.items():
            z_used, weights = self._z(person_features, spec)
            scale = self.composites_.get(trait)
            mass = np.where(~np.isnan(z_used), np.abs(weights), 0.0).sum(axis=1)
            used = iter(range(z_used.shape[1]))
            for wf in spec.features:
                z = z_used[:, next(used)] if wf.feature in self.scales_ else np.full(len(people), np.nan)
                with np.errstate(invalid="ignore", divide="ignore"):
                    part = wf.weight * z / mass if scale else np.full(len(people), np.nan)
                blocks.append(
                    pd.DataFrame(
                        {
                            "person_id": people,
                            "trait": trait,
                            "feature": wf.feature,
                            "value": _column(person_features, wf.feature),
                            "z": z,
                            "weight": wf.weight,
                            "contribution": part,
                        }
                    )
                )
        return pd.concat(blocks, ignore_index=True)

    def standings(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """person_id, trait, standing (NaN: no feature of the trait measured, or not comparable)."""
        people = person_features["person_id"].astype(str).to_numpy(dtype=object)
        columns = []
        for trait, spec in self.weights_.traits.items():
            scale = self.composites_.get(trait)
            columns.append(
                scale.z(self._composite(person_features, spec)) if scale else (np.full(len(people), np.nan))
            )
        traits = list(self.weights_.traits)
        matrix = np.column_stack(columns) if columns else np.zeros((len(people), 0))
        return pd.DataFrame(
            {
                "person_id": np.repeat(people, len(traits)),
                "trait": np.tile(np.asarray(traits, dtype=object), len(people)),
                "standing": matrix.ravel(),
            }
        ).sort_values(["person_id"], kind="stable", ignore_index=True)

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
            evidence_basis={t: spec.evidence_basis for t, spec in self.weights_.traits.items()},
            thresholds=self.weights_.thresholds,
            replicates=replicates,
            counts=counts,
            not_comparable=frozenset(t for t, s in self.comparison_.items() if s == NOT_COMPARABLE),
            resting_on_few=resting_on_few,
            half_standings=half_standings,
        )
