"""Ridge regression anchored on the default model: the ratings correct documented weights.

A model fitted from scratch on the few people a researcher can rate (18 on the sample) has to
find every weight in noisy ratings, and its ridge penalty pulls every weight towards zero, i.e.
towards "no feature matters". The default model already says which features should matter and
how much. The anchored estimator starts there and lets the ratings earn every departure:

    z_j    = clip((T_j(x_j) − c_j) / s_j, ±clip_z)       0 where x_j is missing
    prior  = Σ_j w_j·z_j          the default model's sum for the trait (w_j = weight / √Σweight²)
    rating = a + γ·prior + Σ_j δ_j·z_j  =  a + Σ_j (γ·w_j + δ_j)·z_j

T_j, c_j and s_j are the weights file's transform and a robust standardization (median and MAD,
the reference norms for features few people have; models.default.feature_norm) computed on the
training people, and w_j are the default model's weights, so `prior` is the default model's
weighting of the trait's features. (The default model itself places features by rank and
standardizes the composite by its own spread, models/default.py; a trained model must carry its
standardization in the model file, so it keeps two numbers per feature instead of a distribution.)
The intercept
a and the slope γ are not penalized; the corrections δ are (α·‖δ‖²). A large α gives the default
model rescaled to the rating scale; a small one lets the ratings reweight. α is chosen by the
exact leave-one-out error over a fixed grid on the data `fit` is given (inside cross-validation:
the training folds only), ties going to the larger α.

With `own_only=True` (estimator "anchored", the default of `signals train`) only the features the
default model uses for the trait may earn a correction: the domain prior says which features measure
the trait, the ratings only reweight them. With `own_only=False` ("anchored-all") every feature may,
which needs more rated people to pay off. When none of the trait's default features can be
standardized on the training people there is no prior to anchor to: `own_only` then falls back to
corrections on every feature (logged; `fallback_` is True and the model card says so).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from models.default import feature_norm, load_reference_norms, norm_key
from models.weights import WeightsFile, load_weights
from signals.ground.errors import InputError

# Penalty grid of the corrections (z are robust z-scores, ratings 1-5): from almost free reweighting
# to the default model rescaled. Fixed, so the fit depends only on the data.
ANCHORED_ALPHAS: tuple[float, ...] = tuple(float(a) for a in np.logspace(0, 5, 26))
_RANK_TOL = 1e-10


def feature_transforms(weights: WeightsFile, trait: str) -> dict[str, str]:
    """The transform of every feature the weights name: the trait's own choice first, then any trait's."""
    found: dict[str, str] = {}
    for spec in sorted(weights.traits.values(), key=lambda s: s.trait != trait):
        for wf in spec.features:
            found.setdefault(wf.feature, wf.transform)
    return found


def apply_transform(values: np.ndarray, transform: str) -> np.ndarray:
    """numpy twin of models.default.transform_values (NaN stays NaN)."""
    if transform == "log1p":
        return np.log1p(np.clip(values, 0.0, None))
    return values.astype(float)


class AnchoredRidge:
    """Linear model of a trait's rating, shrunk towards the default model's weights (see module doc).

    `features` names the columns of the arrays given to fit/predict. Learned state: `transforms_`,
    `centers_`, `scales_` (standardization, scale 1 for unusable features), `prior_weights_` (w_j,
    0 for features the default does not use for the trait), `slope_` (γ), `coef_` (γ·w + δ),
    `intercept_`, `alpha_`, `loo_mse_` (leave-one-out error at the chosen α), `fallback_` (own_only,
    but no own feature usable: every feature may earn a correction).
    """

    def __init__(
        self,
        *,
        features: Sequence[str],
        trait: str,
        own_only: bool = True,
        alphas: Sequence[float] = ANCHORED_ALPHAS,
        weights: WeightsFile | None = None,
        reference_norms: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.features = features
        self.trait = trait
        self.own_only = own_only
        self.alphas = alphas
        self.weights = weights
        self.reference_norms = reference_norms

    def fit(self, x: np.ndarray, y: np.ndarray) -> AnchoredRidge:
        """Standardize like the default model on these people, then fit a, γ and δ (α by LOO)."""
        weights = self.weights or load_weights()
        if self.trait not in weights.traits:
            raise InputError(f"the default weights have no trait {self.trait!r} to anchor on")
        norms = self.reference_norms if self.reference_norms is not None else load_reference_norms()
        spec = weights.traits[self.trait]
        norm = math.sqrt(sum(wf.weight**2 for wf in spec.features))
        own = {wf.feature: wf.weight / norm for wf in spec.features}
        transform_of = feature_transforms(weights, self.trait)
        self.clip_z_ = weights.clip_z
        p = len(self.features)
        self.transforms_ = tuple(transform_of.get(f, "none") for f in self.features)
        centers, scales = np.zeros(p), np.ones(p)
        usable = np.zeros(p, dtype=bool)
        for j, (name, transform) in enumerate(zip(self.features, self.transforms_, strict=True)):
            values = apply_transform(x[:, j], transform)
            reference = norms.get(norm_key(name, transform))
            center, scale, source = feature_norm(values, reference=reference, min_cohort=weights.min_cohort)
            if source != "unavailable":
                centers[j], scales[j], usable[j] = center, scale, True
            elif not np.isnan(values).all():
                centers[j] = float(np.nanmedian(values))  # shown as z in contributions; its coefficient is 0
        self.centers_, self.scales_ = centers, scales
        self.prior_weights_ = np.array(
            [own.get(f, 0.0) if ok else 0.0 for f, ok in zip(self.features, usable, strict=True)]
        )
        has_prior = bool(np.any(self.prior_weights_ != 0.0))
        self.fallback_ = self.own_only and not has_prior
        free = usable & (self.prior_weights_ != 0.0) if self.own_only and has_prior else usable
        z = self.standardize(x)
        prior = z @ self.prior_weights_
        unpenalized = np.column_stack([np.ones(len(y)), prior])
        alpha, delta, mse = _partially_penalized_ridge(unpenalized, z[:, free], y, self.alphas)
        corrections = np.zeros(p)
        corrections[free] = delta
        a, gamma = np.linalg.lstsq(unpenalized, y - z @ corrections, rcond=None)[0]
        self.alpha_, self.loo_mse_ = alpha, mse
        self.intercept_, self.slope_ = float(a), float(gamma)
        self.coef_ = self.slope_ * self.prior_weights_ + corrections
        return self

    def standardize(self, x: np.ndarray) -> np.ndarray:
        """Clipped robust z of every row and feature; 0 for a missing value (the default model's rule)."""
        columns = [apply_transform(x[:, j], t) for j, t in enumerate(self.transforms_)]
        z = np.column_stack(columns) if columns else np.zeros((len(x), 0))
        z = np.clip((z - self.centers_) / self.scales_, -self.clip_z_, self.clip_z_)
        return np.nan_to_num(z, nan=0.0)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The predicted rating of every row (not clipped to the rating range)."""
        return np.asarray(self.intercept_ + self.standardize(x) @ self.coef_, dtype=float)


def _partially_penalized_ridge(
    u: np.ndarray, z: np.ndarray, y: np.ndarray, alphas: Sequence[float]
) -> tuple[float, np.ndarray, float]:
    """min ‖y − u·b − z·δ‖² + α‖δ‖² with b free; α from `alphas` by exact leave-one-out error.

    Projecting u out of z and y (Frisch-Waugh-Lovell) leaves a plain ridge whose SVD gives the fit
    and the hat matrix diagonal (leverage of u plus the ridge's) for every α at once. Returns α, δ
    and the leave-one-out mean squared error at α. Ties go to the larger α (closer to the default).
    """
    q, s, _ = np.linalg.svd(u, full_matrices=False)
    q = q[:, s > _RANK_TOL * max(float(s[0]), 1.0)] if s.size else q[:, :0]
    y_r = y - q @ (q.T @ y)
    z_r = z - q @ (q.T @ z)
    leverage_u = (q**2).sum(axis=1)
    fitted_u = y - y_r
    if z.shape[1] == 0:
        h = np.minimum(leverage_u, 1 - 1e-8)
        return float(max(alphas)), np.zeros(0), float(np.mean(((y - fitted_u) / (1 - h)) ** 2))
    uz, sz, vzt = np.linalg.svd(z_r, full_matrices=False)
    keep = sz > _RANK_TOL * max(float(sz[0]), 1.0)
    uz, sz, vzt = uz[:, keep], sz[keep], vzt[keep]
    projected = uz.T @ y_r
    best: tuple[float, float] | None = None
    for alpha in sorted(alphas, reverse=True):
        shrink = sz**2 / (sz**2 + alpha)
        h = np.minimum(leverage_u + (uz**2) @ shrink, 1 - 1e-8)
        residual = y - fitted_u - uz @ (shrink * projected)
        mse = float(np.mean((residual / (1 - h)) ** 2))
        if best is None or mse < best[1] * (1 - 1e-9):
            best = (float(alpha), mse)
    assert best is not None
    alpha, mse = best
    delta = vzt.T @ ((sz / (sz**2 + alpha)) * projected)
    return alpha, delta, mse
