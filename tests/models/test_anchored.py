"""The anchored estimator: ridge corrections to the default model's weights, learned from ratings."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from models.anchored import AnchoredRidge, _partially_penalized_ridge
from models.card import prior_distance, render_card
from models.default import DefaultModel
from models.evaluation import spearman
from models.persistence import dumps_model, loads_model, save_model
from models.trained import ESTIMATORS, TrainedModel
from models.training import DEFAULT_ESTIMATOR, cross_validate, train_model
from models.weights import load_weights
from signals.commands.model import DEFAULT_ESTIMATOR as CLI_DEFAULT
from signals.commands.model import ESTIMATOR_CHOICES
from signals.ground.errors import ModelError
from tests.models.test_default_model import cohort

NO_NORMS: dict[str, dict[str, float]] = {}


def rated(n: int = 30, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A cohort with every default feature; 'humble' ratings follow its default features with other
    weights than the default's (apologies count for less, corrections for more), plus noise."""
    frame = cohort(n, seed=seed)
    rng = np.random.default_rng(seed + 100)
    model = DefaultModel(reference_people=pd.DataFrame()).fit(frame)
    z = model.contributions(frame).pivot_table(index="person_id", columns="feature", values="z")
    signal = 0.3 * z["humility__apology_own_rate"] + 1.2 * z["humility__correction_rate"]
    signal += 0.6 * z["humility__admission_rate"]
    latent = (signal - signal.mean()) / signal.std()
    rating = np.clip(np.round(3 + 1.1 * latent + rng.normal(0, 0.4, n)), 1, 5)
    ratings = pd.DataFrame({"person_id": latent.index, "trait": "humble", "rating": rating.to_numpy()})
    return frame, ratings, pd.DataFrame({"person_id": latent.index, "latent": latent.to_numpy()})


@pytest.fixture(scope="module")
def sample() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return rated()


@pytest.fixture(scope="module")
def anchored(sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]) -> TrainedModel:
    features, ratings, _ = sample
    return train_model(features, ratings, cv=5, repeats=2, seed=3)


def test_anchored_is_the_default_estimator_everywhere() -> None:
    assert DEFAULT_ESTIMATOR == CLI_DEFAULT == "anchored"
    assert ESTIMATOR_CHOICES == ESTIMATORS


def test_a_huge_penalty_gives_the_default_weights_rescaled() -> None:
    frame = cohort(20, seed=4)
    features = [c for c in frame.columns if c != "person_id"]
    x = frame[features].to_numpy(float)
    weights = load_weights()
    for trait in ("humble", "responsive", "speaks_human"):
        y = np.random.default_rng(1).uniform(1, 5, len(frame))
        fitted = AnchoredRidge(features=features, trait=trait, alphas=(1e12,), reference_norms=NO_NORMS)
        predicted = fitted.fit(x, y).predict(x)
        # the prior: the default weights of the trait (normalized) on the robust z-scores
        own = {f.feature: f.weight for f in weights.traits[trait].features}
        w = np.array([own.get(f, 0.0) for f in features]) / math.sqrt(sum(v * v for v in own.values()))
        prior = fitted.standardize(x) @ w
        assert np.allclose(predicted, fitted.intercept_ + fitted.slope_ * prior)
        assert np.abs(fitted.coef_ - fitted.slope_ * fitted.prior_weights_).max() < 1e-6


def test_leave_one_out_error_is_exact() -> None:
    rng = np.random.default_rng(2)
    n = 15
    u = np.column_stack([np.ones(n), rng.normal(size=n)])
    z = rng.normal(size=(n, 6))
    y = u @ np.array([3.0, 0.5]) + z @ rng.normal(size=6) * 0.3 + rng.normal(0, 0.3, n)
    alpha, _, mse = _partially_penalized_ridge(u, z, y, [2.5])
    assert alpha == 2.5
    errors = []
    for i in range(n):
        keep = np.arange(n) != i
        _, delta, _ = _partially_penalized_ridge(u[keep], z[keep], y[keep], [2.5])
        b = np.linalg.lstsq(u[keep], y[keep] - z[keep] @ delta, rcond=None)[0]
        errors.append(y[i] - u[i] @ b - z[i] @ delta)
    assert mse == pytest.approx(float(np.mean(np.square(errors))), rel=1e-9)


def test_the_ratings_move_the_weights_towards_the_truth(
    sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], anchored: TrainedModel
) -> None:
    features, _, truth = sample
    humble = anchored.traits["humble"]
    coef = dict(zip(humble.features, humble.coefficients, strict=True))
    assert coef["humility__correction_rate"] > coef["humility__apology_own_rate"]
    assert humble.cv["spearman"] > 0.6 and humble.cv["mae"] < humble.cv["baseline_mae"]
    predicted = anchored.predict(features).merge(truth, on="person_id")
    default = DefaultModel(reference_people=pd.DataFrame()).fit(features).standings(features)
    default = default[default["trait"] == "humble"].merge(truth, on="person_id")
    trained_rho = spearman(predicted["score"].to_numpy(float), predicted["latent"].to_numpy(float))
    default_rho = spearman(default["standing"].to_numpy(float), default["latent"].to_numpy(float))
    assert trained_rho > default_rho


def test_penalty_is_chosen_inside_the_training_folds_only(
    sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    features, ratings, _ = sample
    names = [c for c in features.columns if c != "person_id"]
    x = features[names].to_numpy(float)
    y = ratings.set_index("person_id").loc[features["person_id"], "rating"].to_numpy(float)
    seen: list[int] = []

    class Spy(AnchoredRidge):
        def fit(self, x: np.ndarray, y: np.ndarray) -> AnchoredRidge:
            seen.append(len(y))
            return super().fit(x, y)

    cross_validate(x, y, lambda: Spy(features=names, trait="humble"), cv=5, repeats=2, seed=1)
    assert seen == [24] * 10  # every fit sees the 4/5 of the 30 people in its training folds


def test_model_file_round_trip_and_layout(
    sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], anchored: TrainedModel, tmp_path: Path
) -> None:
    features, _, _ = sample
    raw = json.loads(dumps_model(anchored))
    assert raw["schema_version"] == 2 and raw["params"]["estimator"] == "anchored"
    humble = raw["traits"]["humble"]
    n = len(humble["features"])
    assert len(humble["transforms"]) == len(humble["prior"]["weights"]) == n
    assert humble["clip_z"] == 3.0 and humble["imputer_medians"] == humble["scaler_means"]
    latency = humble["features"].index("responsiveness__median_latency_s")
    assert humble["transforms"][latency] == "log1p"
    save_model(anchored, tmp_path / "model.json")
    loaded = loads_model((tmp_path / "model.json").read_text("utf-8"))
    pd.testing.assert_frame_equal(loaded.predict(features), anchored.predict(features))
    pd.testing.assert_frame_equal(loaded.contributions(features), anchored.contributions(features))
    card = (tmp_path / "model.md").read_text("utf-8")
    assert "## Distance from the default model" in card and "corrections δ" in card
    assert prior_distance(anchored.traits["humble"]) is not None


def test_training_twice_gives_identical_bytes(
    sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], anchored: TrainedModel
) -> None:
    features, ratings, _ = sample
    again = train_model(features.sample(frac=1.0, random_state=5), ratings, cv=5, repeats=2, seed=3)
    assert dumps_model(again) == dumps_model(anchored)
    assert render_card(again) == render_card(anchored)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("unknown transform", "transforms: unknown ['sqrt']"),
        ("missing prior", "missing keys ['prior']"),
        ("short prior", "prior.weights: 1 values"),
        ("version 1", "unexpected keys"),
        ("estimator", "does not go with schema_version 2"),
        ("zero clip", "clip_z: must be > 0"),
    ],
)
def test_tampered_anchored_files_are_refused(anchored: TrainedModel, change: str, named: str) -> None:
    raw = json.loads(dumps_model(anchored))
    humble = raw["traits"]["humble"]
    if change == "unknown transform":
        humble["transforms"][0] = "sqrt"
    elif change == "missing prior":
        del humble["prior"]
    elif change == "short prior":
        humble["prior"]["weights"] = [0.5]
    elif change == "version 1":
        raw["schema_version"] = 1
    elif change == "estimator":
        raw["params"]["estimator"] = "ridge"
    elif change == "zero clip":
        humble["clip_z"] = 0
    with pytest.raises(ModelError, match=named.replace("[", r"\[").replace("]", r"\]")):
        loads_model(json.dumps(raw))


def test_only_the_traits_own_features_carry_weight_and_none_measured_gives_no_score(
    sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], anchored: TrainedModel
) -> None:
    features, _, _ = sample
    humble = anchored.traits["humble"]
    weighted = {f for f, c in zip(humble.features, humble.coefficients, strict=True) if c != 0.0}
    assert weighted == {wf.feature for wf in load_weights().traits["humble"].features}
    blank = features.head(2).copy()
    blank.loc[:, sorted(weighted)] = math.nan
    assert anchored.predict(blank)["score"].isna().all()


def test_anchored_all_lets_every_feature_earn_a_correction(
    sample: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    features, ratings, _ = sample
    wide = train_model(features, ratings, cv=3, repeats=1, estimator="anchored-all")
    assert wide.model_id.endswith("-anchored-all") and json.loads(dumps_model(wide))["schema_version"] == 2
    humble = wide.traits["humble"]
    own = {wf.feature for wf in load_weights().traits["humble"].features}
    assert any(c != 0.0 for f, c in zip(humble.features, humble.coefficients, strict=True) if f not in own)


def test_without_any_own_feature_the_anchor_falls_back_to_every_feature(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rng = np.random.default_rng(0)
    n = 20
    signal = rng.normal(size=n)
    features = pd.DataFrame({"person_id": [f"p{i}" for i in range(n)], "tone__sarcasm_rate": signal})
    rating = np.clip(np.round(3 + signal), 1, 5)
    ratings = pd.DataFrame({"person_id": features["person_id"], "trait": "humble", "rating": rating})
    with caplog.at_level("WARNING", logger="models.training"):
        model = train_model(features, ratings, cv=3, repeats=1)
    assert "none of the default model's features" in caplog.text
    humble = model.traits["humble"]
    assert humble.prior == {"weights": [0.0], "slope": 0.0}
    assert humble.coefficients[0] > 0 and prior_distance(humble) is None
    assert "| `humble` | 0.00 |" in render_card(model)
