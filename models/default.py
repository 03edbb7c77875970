"""The transparent default model: weighted sums of standardized person features.

For each trait, score = 100 · Φ(Σ wᵢ·zᵢ / √Σwᵢ²) over the features a person has evidence
for, where zᵢ is the person's robust z-score on feature i (clipped). Standardization is
against the analyzed cohort when enough people have the feature, else against reference
norms shipped with the package; which one was used is recorded per feature.
"""

from __future__ import annotations

import json
import logging
import math
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from models.scoring import score_table
from models.weights import TraitSpec, WeightsFile, load_weights

log = logging.getLogger(__name__)

_NORMAL_SCALE = 1.4826  # MAD of a normal distribution times this is its standard deviation


def load_reference_norms() -> dict[str, dict[str, Any]]:
    """Reference center/scale per feature, used when the cohort is too small to standardize."""
    text = resources.files("models").joinpath("data/reference_norms.json").read_text("utf-8")
    data = json.loads(text)
    return dict(data.get("features", {}))


def transform_values(values: pd.Series, transform: str) -> pd.Series:
    """Apply a feature's transform (heavy-tailed latencies are compared on a log scale)."""
    if transform == "log1p":
        return np.log1p(values.clip(lower=0))
    return values.astype(float)


def robust_center_scale(values: pd.Series | np.ndarray) -> tuple[float, float]:
    """Median and MAD-based scale, falling back to the standard deviation when MAD is 0.

    numpy throughout: the anchored estimator calls this for every feature of every training fold.
    """
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
    """Center, scale and where they come from, for one (already transformed) feature of a cohort.

    The cohort's own median and MAD when at least `min_cohort` people have the feature; else the
    reference norm when there is one; else the cohort's, down to 3 people ("small cohort");
    else nothing ("unavailable", NaN center and scale). The trained anchored model standardizes
    its training people with this same rule, so its prior is exactly the default model's.
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


class DefaultModel:
    """Scores every trait from person features with documented weights.

    Parameters are only stored here; `fit` learns the standardization (`center_`, `scale_`,
    `norm_source_`) from a cohort of person features.
    """

    def __init__(
        self,
        *,
        weights: WeightsFile | None = None,
        reference_norms: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.weights = weights
        self.reference_norms = reference_norms

    @property
    def model_id(self) -> str:
        return self.weights_.model_id

    def fit(self, person_features: pd.DataFrame) -> DefaultModel:
        """Learn per-feature center and scale from the cohort (or take the reference norms)."""
        self.weights_ = self.weights or load_weights()
        norms = self.reference_norms if self.reference_norms is not None else load_reference_norms()
        self.center_: dict[tuple[str, str], float] = {}
        self.scale_: dict[tuple[str, str], float] = {}
        self.norm_source_: dict[str, str] = {}
        for wf in (f for spec in self.weights_.traits.values() for f in spec.features):
            key = (wf.feature, wf.transform)
            if key in self.center_:
                continue
            if wf.feature in person_features.columns:
                values = transform_values(person_features[wf.feature], wf.transform)
            else:
                values = pd.Series([], dtype=float)
            center, scale, source = feature_norm(
                values,
                reference=norms.get(norm_key(wf.feature, wf.transform)),
                min_cohort=self.weights_.min_cohort,
            )
            self.center_[key], self.scale_[key] = center, scale
            self.norm_source_[wf.feature] = source
        return self

    def contributions(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """Long table: person, trait, feature, value, z, weight, contribution (= w·z / √Σw²).

        Built column-wise with numpy: the bootstrap calls this once per replicate.
        """
        people = person_features["person_id"].astype(str).to_numpy(dtype=object)
        n = len(people)
        missing = np.full(n, np.nan)
        blocks: list[pd.DataFrame] = []
        for trait, spec in self.weights_.traits.items():
            norm = math.sqrt(sum(f.weight**2 for f in spec.features))
            for wf in spec.features:
                key = (wf.feature, wf.transform)
                center, scale = self.center_[key], self.scale_[key]
                if wf.feature in person_features.columns:
                    raw = person_features[wf.feature].to_numpy(dtype=float)
                else:
                    raw = missing
                if math.isfinite(center) and math.isfinite(scale):
                    values = transform_values(pd.Series(raw), wf.transform).to_numpy(dtype=float)
                    z = np.clip((values - center) / scale, -self.weights_.clip_z, self.weights_.clip_z)
                else:
                    z = missing
                blocks.append(
                    pd.DataFrame(
                        {
                            "person_id": people,
                            "trait": trait,
                            "feature": wf.feature,
                            "value": raw,
                            "z": z,
                            "weight": wf.weight,
                            "contribution": wf.weight * z / norm,
                        }
                    )
                )
        return pd.concat(blocks, ignore_index=True)

    def predict(self, person_features: pd.DataFrame) -> pd.DataFrame:
        """person_id, trait, score (0-100; NaN where no feature of the trait has evidence)."""
        contrib = self.contributions(person_features)
        return _scores_from_contributions(contrib, self.weights_.traits)

    def score(
        self,
        person_features: pd.DataFrame,
        *,
        replicates: list[pd.DataFrame] | None = None,
        interval: float = 0.90,
    ) -> pd.DataFrame:
        """The scores table: score, bootstrap interval, evidence level, counts, model id."""
        return score_table(
            self.predict,
            person_features,
            model_id=self.model_id,
            evidence_basis={t: spec.evidence_basis for t, spec in self.weights_.traits.items()},
            thresholds=self.weights_.thresholds,
            replicates=replicates,
            interval=interval,
        )


def _scores_from_contributions(contrib: pd.DataFrame, traits: dict[str, TraitSpec]) -> pd.DataFrame:
    """Φ of the summed contributions; a trait without any usable feature gets NaN."""
    summed = contrib.groupby(["person_id", "trait"], sort=False)["contribution"].agg(
        total="sum", present="count"
    )
    order = {t: i for i, t in enumerate(traits)}
    summed = summed.reset_index()
    summed["score"] = [
        100.0 * _phi(total) if present else math.nan
        for total, present in zip(summed["total"], summed["present"], strict=True)
    ]
    summed["_order"] = summed["trait"].map(order)
    summed = summed.sort_values(["person_id", "_order"], kind="stable").reset_index(drop=True)
    return summed[["person_id", "trait", "score"]]


def _phi(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))
