"""Training and evaluating a trait model on researchers' ratings.

Ratings are `person_id, trait, rating` rows (1-5; several raters of a person and trait are
averaged). Per trait a regularized linear model — by default the anchored ridge of
models/anchored.py, which learns corrections to the default model's weights of the trait; or a scikit-learn
pipeline of median imputation, standardization and ridge, lasso or elastic net — is
cross-validated with repeated K-fold against a baseline that predicts the training fold's mean
rating, then refitted on every labelled person. Every penalty is chosen inside the data the
model is fitted on, so in cross-validation inside the training folds only. What was learned is
kept as plain numbers in a TrainedModel (models/trained.py).
"""

from __future__ import annotations

import hashlib
import logging
import math
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pandas as pd

from models.anchored import AnchoredRidge
from models.default import load_reference_norms
from models.evaluation import mae, spearman
from models.inputs import (
    RATING_RANGE,
    check_people,
    check_person_features,
    check_ratings,
    check_trainable,
    mean_ratings,
)
from models.trained import ANCHORED_ESTIMATORS, ESTIMATORS, TrainedModel, TraitModel
from models.weights import WeightsFile, load_weights
from signals.ground.config import TRAITS
from signals.ground.errors import InputError
from signals.ground.version import __version__

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

DEFAULT_CV = 5
DEFAULT_REPEATS = 5
DEFAULT_SEED = 20261125
DEFAULT_ESTIMATOR = "anchored"
# Fixed penalty grids (features are standardized, ratings 1-5), the same on every scikit-learn version.
RIDGE_ALPHAS: tuple[float, ...] = tuple(float(a) for a in np.logspace(-2, 4, 25))
SPARSE_ALPHAS: tuple[float, ...] = tuple(float(a) for a in np.logspace(-3, 0.5, 30))
ELASTICNET_L1_RATIOS: tuple[float, ...] = (0.2, 0.5, 0.8)


class Regressor(Protocol):
    """What cross-validation needs of a model: fit on rows of features, predict ratings."""

    def fit(self, x: np.ndarray, y: np.ndarray) -> Any: ...

    def predict(self, x: np.ndarray) -> np.ndarray: ...


def make_estimator(
    estimator: str,
    *,
    features: Sequence[str],
    trait: str,
    weights: WeightsFile | None = None,
    reference_norms: dict[str, dict[str, Any]] | None = None,
) -> Regressor:
    """An unfitted model of one trait: AnchoredRidge for the anchored estimators, else make_pipeline."""
    if estimator in ANCHORED_ESTIMATORS:
        return AnchoredRidge(
            features=features,
            trait=trait,
            own_only=estimator == "anchored",
            weights=weights,
            reference_norms=reference_norms,
        )
    return make_pipeline(estimator)


def make_pipeline(estimator: str) -> Pipeline:
    """Median imputation → standardization → the regularized linear model (penalty chosen by inner CV).

    The inner CV of lasso/elastic net uses a fixed split seed, so the final coefficients depend only
    on the data and the estimator, not on --seed (which drives the outer, reported CV).
    scikit-learn is imported here, not at module level: checking inputs, loading and applying a
    model never need it (and the command line answers bad input without the slow import).
    """
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import ElasticNetCV, LassoCV, RidgeCV
    from sklearn.model_selection import KFold
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    inner = KFold(n_splits=3, shuffle=True, random_state=0)
    model: Any
    if estimator == "ridge":
        model = RidgeCV(alphas=RIDGE_ALPHAS)
    elif estimator == "lasso":
        model = LassoCV(alphas=list(SPARSE_ALPHAS), cv=inner, max_iter=10_000)
    elif estimator == "elasticnet":
        model = ElasticNetCV(
            l1_ratio=list(ELASTICNET_L1_RATIOS), alphas=list(SPARSE_ALPHAS), cv=inner, max_iter=10_000
        )
    else:
        raise InputError(f"unknown estimator {estimator!r}; expected one of {list(ESTIMATORS)}")
    return Pipeline(
        [
            ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
            ("scale", StandardScaler()),
            ("model", model),
        ]
    )


def training_table(person_features: pd.DataFrame, means: pd.DataFrame) -> pd.DataFrame:
    """Features and mean ratings of the labelled people: rows by person_id, features sorted by name,
    then one `rating__<trait>` column per rated trait. Its CSV bytes are what the training hash covers."""
    features = sorted(c for c in person_features.columns if c != "person_id")
    wide = means.pivot(index="person_id", columns="trait", values="rating")
    wide = wide[[t for t in TRAITS if t in wide.columns]].add_prefix("rating__")
    table = person_features.set_index("person_id")[features].join(wide, how="inner")
    return table.sort_index().reset_index()


def table_sha256(table: pd.DataFrame) -> str:
    """SHA-256 of a table's canonical CSV (UTF-8, LF, floats with 17 significant digits)."""
    text = table.to_csv(index=False, lineterminator="\n", float_format="%.17g")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cross_validate(
    x: np.ndarray,
    y: np.ndarray,
    build: Callable[[], Regressor],
    *,
    cv: int,
    repeats: int,
    seed: int,
) -> dict[str, float | None]:
    """Spearman rho and MAE of out-of-fold predictions, model and training-fold-mean baseline.

    Each repeat predicts every person once; metrics are computed per repeat and averaged
    (with their standard deviation over repeats). Undefined rho (constant predictions) is None.
    """
    from sklearn.model_selection import RepeatedKFold

    oof = np.full((repeats, len(y)), math.nan)
    base = np.full((repeats, len(y)), math.nan)
    splitter = RepeatedKFold(n_splits=cv, n_repeats=repeats, random_state=seed)
    for i, (train, test) in enumerate(splitter.split(x)):
        fitted = build().fit(x[train], y[train])
        oof[i // cv, test] = np.clip(fitted.predict(x[test]), *RATING_RANGE)
        base[i // cv, test] = y[train].mean()
    rho = np.array([spearman(oof[r], y) for r in range(repeats)])
    base_rho = np.array([spearman(base[r], y) for r in range(repeats)])
    err = np.array([mae(oof[r], y) for r in range(repeats)])
    base_err = np.array([mae(base[r], y) for r in range(repeats)])
    return {
        "spearman": _mean(rho),
        "spearman_sd": _sd(rho),
        "mae": _mean(err),
        "mae_sd": _sd(err),
        "baseline_spearman": _mean(base_rho),
        "baseline_mae": _mean(base_err),
    }


def _mean(values: np.ndarray) -> float | None:
    present = values[~np.isnan(values)]
    return round(float(present.mean()), 6) if present.size else None


def _sd(values: np.ndarray) -> float | None:
    present = values[~np.isnan(values)]
    return round(float(present.std(ddof=0)), 6) if present.size else None


def train_model(
    person_features: pd.DataFrame,
    ratings: pd.DataFrame,
    *,
    cv: int = DEFAULT_CV,
    repeats: int = DEFAULT_REPEATS,
    seed: int = DEFAULT_SEED,
    estimator: str = DEFAULT_ESTIMATOR,
    traits: Sequence[str] | None = None,
    features_source: str | Path = "person features",
    labels_source: str | Path = "ratings",
) -> TrainedModel:
    """Cross-validate and fit one model per rated trait; InputError on anything unusable.

    `person_features` is checked by models.inputs.check_person_features (read_person_features
    does it for a file); `ratings` has person_id, trait, rating rows. The sources name the inputs
    in error messages.
    """
    if estimator not in ESTIMATORS:
        raise InputError(f"unknown estimator {estimator!r}; expected one of {list(ESTIMATORS)}")
    if cv < 2 or repeats < 1:
        raise InputError(f"--cv must be at least 2 and --repeats at least 1 (got {cv} and {repeats})")
    person_features = check_person_features(person_features, source=features_source)
    ratings = check_ratings(ratings, source=labels_source, rating_range=RATING_RANGE)
    if traits:
        unknown = sorted(set(traits) - set(TRAITS))
        if unknown:
            raise InputError(f"unknown traits {unknown}; expected some of {list(TRAITS)}")
        ratings = ratings[ratings["trait"].isin(set(traits))]
        if ratings.empty:
            raise InputError(f"no ratings of the requested traits {sorted(set(traits))}", path=labels_source)
    means = mean_ratings(ratings)
    check_people(means, person_features, features_source=features_source, labels_source=labels_source)
    check_trainable(means, cv=cv, labels_source=labels_source)

    import sklearn
    from sklearn.exceptions import ConvergenceWarning

    table = training_table(person_features, means)
    digest = table_sha256(table)
    features = [c for c in table.columns if c != "person_id" and not c.startswith("rating__")]
    anchors: dict[str, Any] = {}
    if estimator in ANCHORED_ESTIMATORS:  # read once, not once per fold
        anchors = {"weights": load_weights(), "reference_norms": load_reference_norms()}
    fitted: dict[str, TraitModel] = {}
    for trait in (t for t in TRAITS if f"rating__{t}" in table.columns):
        rows = table[f"rating__{trait}"].notna().to_numpy()
        x = table.loc[rows, features].to_numpy(dtype=float, na_value=np.nan)
        y = table.loc[rows, f"rating__{trait}"].to_numpy(dtype=float)

        def build(trait: str = trait) -> Regressor:
            return make_estimator(estimator, features=features, trait=trait, **anchors)

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConvergenceWarning)
            final = build().fit(x, y)
            if getattr(final, "fallback_", False):
                log.warning(
                    "%s: none of the default model's features for it is usable; the anchored model "
                    "learns corrections on every feature instead",
                    trait,
                )
            metrics = cross_validate(x, y, build, cv=cv, repeats=repeats, seed=seed)
        if any(issubclass(w.category, ConvergenceWarning) for w in caught):
            log.warning("%s: the %s solver did not fully converge on some fits", trait, estimator)
        for w in caught:  # everything else is passed on as it came
            if not issubclass(w.category, ConvergenceWarning):
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        raw = ratings[ratings["trait"] == trait]
        fitted[trait] = _trait_model(trait, features, final, y, metrics, n_ratings=len(raw))
    n_labelled = len(table)
    return TrainedModel(
        model_id=f"trained-{digest[:8]}-{estimator}",
        traits=fitted,
        data={"sha256": digest, "n_people": n_labelled, "n_ratings": len(ratings)},
        params={"cv": cv, "repeats": repeats, "seed": seed, "estimator": estimator},
        versions={"staff_signals": __version__, "scikit_learn": sklearn.__version__},
    )


def _trait_model(
    trait: str,
    features: list[str],
    fitted: Any,
    y: np.ndarray,
    metrics: dict[str, Any],
    *,
    n_ratings: int,
) -> TraitModel:
    labels = {
        "n_people": len(y),
        "n_ratings": n_ratings,
        "mean": float(y.mean()),
        "sd": round(float(y.std(ddof=0)), 6),
    }
    if isinstance(fitted, AnchoredRidge):
        centers = tuple(float(v) for v in fitted.centers_)
        return TraitModel(
            trait=trait,
            features=tuple(features),
            medians=centers,  # a missing value sits at the center: z = 0, as in the default model
            means=centers,
            scales=tuple(float(v) for v in fitted.scales_),
            coefficients=tuple(float(c) + 0.0 for c in fitted.coef_),
            intercept=fitted.intercept_,
            alpha=fitted.alpha_,
            rating_range=RATING_RANGE,
            labels=labels,
            cv=metrics,
            transforms=tuple(fitted.transforms_),
            clip_z=float(fitted.clip_z_),
            prior={"weights": [float(w) for w in fitted.prior_weights_], "slope": fitted.slope_},
        )
    imputer, scaler, model = (fitted.named_steps[k] for k in ("impute", "scale", "model"))
    return TraitModel(
        trait=trait,
        features=tuple(features),
        medians=tuple(float(v) for v in imputer.statistics_),
        means=tuple(float(v) for v in scaler.mean_),
        scales=tuple(float(v) for v in scaler.scale_),
        # a feature constant in the training data cannot move a prediction: its coefficient is 0 exactly
        coefficients=tuple(
            float(c) + 0.0 if v > 0 else 0.0 for c, v in zip(model.coef_, scaler.var_, strict=True)
        ),
        intercept=float(model.intercept_),
        alpha=float(model.alpha_),
        rating_range=RATING_RANGE,
        labels=labels,
        cv=metrics,
    )
