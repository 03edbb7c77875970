"""The default model: weights file, standardization, scores, intervals, evidence levels."""

from __future__ import annotations

import json
import math
from importlib import resources

import numpy as np
import pandas as pd
import pytest

from models.default import DefaultModel, robust_center_scale
from models.weights import load_weights, parse_weights
from signals.ground.config import TRAITS
from signals.ground.errors import ModelError


def cohort(n: int, seed: int = 1) -> pd.DataFrame:
    """A cohort with every feature the weights use, random but reproducible."""
    rng = np.random.default_rng(seed)
    weights = load_weights()
    data: dict[str, object] = {"person_id": [f"p{i:02d}" for i in range(n)]}
    for feature in weights.features:
        data[feature] = rng.gamma(2.0, 1.0, size=n)
    data["activity__n"] = np.full(n, 200.0)
    data["humanness__n"] = np.full(n, 150.0)
    data["humanness__n_words"] = np.full(n, 3000.0)
    data["responsiveness__n"] = np.full(n, 40.0)
    return pd.DataFrame(data)


def test_shipped_weights_cover_every_trait_with_rationales() -> None:
    weights = load_weights()
    assert list(weights.traits) == list(TRAITS)
    for spec in weights.traits.values():
        assert spec.features
        assert all(f.rationale.strip() for f in spec.features)


def test_weights_file_problems_are_named() -> None:
    raw = json.loads(resources.files("models").joinpath("data/default_weights.json").read_text())
    raw["traits"]["charisma"] = raw["traits"].pop("humble")
    raw["traits"]["creative"]["features"][0]["weight"] = "heavy"
    with pytest.raises(ModelError) as info:
        parse_weights(raw)
    message = str(info.value)
    assert "unknown traits ['charisma']" in message
    assert "missing traits ['humble']" in message
    assert "creative.features[0]" in message


def test_robust_center_scale_falls_back_to_std_when_mad_is_zero() -> None:
    center, scale = robust_center_scale(pd.Series([0.0, 0.0, 0.0, 0.0, 1.0]))
    assert center == 0.0
    assert scale == pytest.approx(0.4)


def test_higher_on_positive_features_scores_higher() -> None:
    frame = cohort(12)
    model = DefaultModel().fit(frame)
    frame.loc[0, "humility__apology_own_rate"] = 50.0
    frame.loc[1, "humility__apology_own_rate"] = 0.0
    scores = model.standings(frame).set_index(["person_id", "trait"])["standing"]
    assert scores[("p00", "humble")] > scores[("p01", "humble")]
    assert model.norm_source_["humility__apology_own_rate"] == "cohort"


def test_latency_lowers_responsive() -> None:
    frame = cohort(12)
    frame.loc[0, "responsiveness__median_latency_s"] = 60.0
    frame.loc[1, "responsiveness__median_latency_s"] = 86400.0 * 3
    scores = DefaultModel().fit(frame).standings(frame).set_index(["person_id", "trait"])["standing"]
    assert scores[("p00", "responsive")] > scores[("p01", "responsive")]


def test_no_evidence_gives_nan_and_insufficient() -> None:
    frame = cohort(12)
    feats = [f.feature for f in load_weights().traits["humble"].features]
    frame.loc[3, feats] = math.nan
    frame.loc[3, ["humanness__n_words", "humanness__n"]] = 0
    table = DefaultModel().fit(frame).score(frame)
    row = table[(table["person_id"] == "p03") & (table["trait"] == "humble")].iloc[0]
    assert math.isnan(row["score"])
    assert row["evidence_level"] == "insufficient"


def test_small_cohort_is_compared_with_the_reference_people_and_nothing_else_is_50() -> None:
    frame = cohort(4)
    reference = cohort(6, seed=9).assign(person_id=lambda f: "ref" + f["person_id"])
    reference["tone__gratitude_rate"] = np.nan  # no reference value: four people are too few alone
    model = DefaultModel(reference_people=reference).fit(frame)
    assert model.norm_source_["tone__mean_compound"] == "cohort and reference people"
    assert model.scales_["tone__mean_compound"].n == 10
    assert model.norm_source_["tone__gratitude_rate"] == "not comparable"
    alone = DefaultModel(reference_people=pd.DataFrame()).fit(frame)
    table = alone.score(frame)
    assert set(alone.comparison_.values()) == {"not comparable"}
    assert table["score"].isna().all() and set(table["evidence_level"]) == {"not_comparable"}


def test_scores_table_contract_intervals_and_levels() -> None:
    frame = cohort(12)
    frame.loc[5, "humanness__n_words"] = 300
    frame.loc[6, "responsiveness__n"] = 2
    model = DefaultModel().fit(frame)
    rng = np.random.default_rng(0)
    replicates = []
    for _ in range(20):
        rep = frame.copy()
        numeric = rep.columns.drop("person_id")
        rep[numeric] = rep[numeric] * rng.uniform(0.8, 1.2, size=(len(rep), len(numeric)))
        replicates.append(rep)
    table = model.score(frame, replicates=replicates)
    assert len(table) == 12 * len(TRAITS)
    assert (table["lower"] <= table["score"]).all() and (table["score"] <= table["upper"]).all()
    assert (table["upper"] - table["lower"]).max() > 0
    levels = table.set_index(["person_id", "trait"])["evidence_level"]
    assert levels[("p00", "humble")] == "sufficient"
    assert levels[("p05", "humble")] == "limited"
    assert levels[("p06", "responsive")] == "insufficient"
    assert set(table["model_id"]) == {"default-v2"}
