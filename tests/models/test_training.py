"""Training on ratings: cross-validation against the baseline, the JSON model file, evaluation, the CLI."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from models.default import DefaultModel
from models.evaluation import evaluate_model
from models.inputs import mean_ratings, read_person_features, read_ratings
from models.persistence import dumps_model, load_model, loads_model, save_model
from models.scoring import score_table
from models.trained import TrainedModel
from models.training import make_pipeline, train_model, training_table
from signals.ground import schemas
from signals.ground.errors import InputError, ModelError

ROOT = Path(__file__).resolve().parents[2]
TRAITS_USED = ("humble", "creative")
NOISE = ("ideas__idea_rate", "mission__term_rate", "teamwork__we_rate")


def synthetic(n: int = 40, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """People whose ratings depend linearly on two features plus noise; two raters each, 1-5."""
    rng = np.random.default_rng(seed)
    features = pd.DataFrame({"person_id": [f"p{i:03d}" for i in range(n)]})
    features["humility__apology_rate"] = rng.normal(1.0, 0.5, n)
    features["tone__mean_compound"] = rng.normal(0.2, 0.3, n)
    for name in NOISE:
        features[name] = rng.gamma(2.0, 1.0, n)
    features["activity__n"] = 200.0
    features["responsiveness__n"] = 30.0
    features["humanness__n_words"] = 3000.0
    features["humanness__n"] = 120.0
    features.loc[3, "tone__mean_compound"] = math.nan  # a missing value to impute
    latent = 3.0 + 1.2 * (features["humility__apology_rate"] - 1.0) / 0.5
    latent -= 0.8 * (features["tone__mean_compound"].fillna(0.2) - 0.2) / 0.3
    rows = []
    for i, person in enumerate(features["person_id"]):
        for trait in TRAITS_USED:
            for _rater in range(2):
                rating = float(np.clip(np.round(latent[i] + rng.normal(0, 0.5)), 1, 5))
                rows.append((person, trait, rating))
    return features, pd.DataFrame(rows, columns=["person_id", "trait", "rating"])


@pytest.fixture(scope="module")
def data() -> tuple[pd.DataFrame, pd.DataFrame]:
    return synthetic()


@pytest.fixture(scope="module")
def model(data: tuple[pd.DataFrame, pd.DataFrame]) -> TrainedModel:
    """The scikit-learn ridge (the anchored default estimator is tested in test_anchored.py)."""
    features, ratings = data
    return train_model(features, ratings, cv=5, repeats=3, seed=7, estimator="ridge")


def test_cross_validated_rho_is_clearly_above_the_baseline(model: TrainedModel) -> None:
    assert list(model.traits) == ["humble", "creative"]  # in TRAITS order
    for trait in TRAITS_USED:
        cv = model.traits[trait].cv
        assert cv["spearman"] > 0.6
        assert cv["spearman"] > (cv["baseline_spearman"] or 0.0) + 0.4
        assert cv["mae"] < 0.8 * cv["baseline_mae"]
    top = model.traits["humble"]
    coef = dict(zip(top.features, top.coefficients, strict=True))
    assert coef["humility__apology_rate"] > 0 > coef["tone__mean_compound"]
    assert coef["activity__n"] == 0.0  # constant in training: exactly no say


def test_model_file_layout(model: TrainedModel) -> None:
    raw = json.loads(dumps_model(model))
    assert raw["schema_version"] == 1
    assert raw["model_id"] == model.model_id
    assert model.model_id.startswith("trained-" + raw["data"]["sha256"][:8])
    assert raw["params"] == {"cv": 5, "repeats": 3, "seed": 7, "estimator": "ridge"}
    assert set(raw["versions"]) == {"staff_signals", "scikit_learn"}
    humble = raw["traits"]["humble"]
    assert humble["rating_range"] == [1.0, 5.0]
    assert len(humble["features"]) == len(humble["coefficients"]) == len(humble["scaler_scales"]) == 9
    assert humble["labels"]["n_people"] == 40 and humble["labels"]["n_ratings"] == 80
    assert "created" not in json.dumps(raw) and "time" not in raw


def test_training_twice_gives_identical_bytes_whatever_the_row_and_column_order(
    data: tuple[pd.DataFrame, pd.DataFrame], model: TrainedModel, tmp_path: Path
) -> None:
    features, ratings = data
    save_model(model, tmp_path / "a" / "model.json")
    again = train_model(features, ratings, cv=5, repeats=3, seed=7, estimator="ridge")
    save_model(again, tmp_path / "b" / "model.json")
    shuffled = features.sample(frac=1.0, random_state=1)[list(reversed(features.columns))]
    third = train_model(
        shuffled, ratings.sample(frac=1.0, random_state=2), cv=5, repeats=3, seed=7, estimator="ridge"
    )
    save_model(third, tmp_path / "c" / "model.json")
    for name in ("model.json", "model.md"):
        first = (tmp_path / "a" / name).read_bytes()
        assert first == (tmp_path / "b" / name).read_bytes() == (tmp_path / "c" / name).read_bytes()


def test_loaded_model_predicts_exactly_like_the_trained_one_and_like_sklearn(
    data: tuple[pd.DataFrame, pd.DataFrame], model: TrainedModel, tmp_path: Path
) -> None:
    features, ratings = data
    save_model(model, tmp_path / "model.json")
    loaded = load_model(tmp_path / "model.json")
    assert loaded.model_id == model.model_id
    pd.testing.assert_frame_equal(loaded.predict(features), model.predict(features))
    pd.testing.assert_frame_equal(loaded.contributions(features), model.contributions(features))
    pd.testing.assert_frame_equal(loaded.score(features), model.score(features))
    # the numpy application equals the scikit-learn pipeline it was extracted from
    table = training_table(features, mean_ratings(ratings))
    names = list(model.traits["humble"].features)
    pipeline = make_pipeline("ridge").fit(table[names].to_numpy(float), table["rating__humble"].to_numpy())
    expected = np.clip(pipeline.predict(features[names].to_numpy(float)), 1, 5)
    got = model.predict_ratings(features)
    got = got[got["trait"] == "humble"].set_index("person_id").loc[features["person_id"], "rating"]
    np.testing.assert_allclose(got.to_numpy(), expected, rtol=1e-9, atol=1e-9)


def test_contributions_add_up_to_the_score(
    data: tuple[pd.DataFrame, pd.DataFrame], model: TrainedModel
) -> None:
    features, _ = data
    contrib = model.contributions(features)
    assert list(contrib.columns) == ["person_id", "trait", "feature", "value", "z", "weight", "contribution"]
    assert math.isnan(
        contrib.query("person_id == 'p003' and feature == 'tone__mean_compound'")["value"].iloc[0]
    )
    summed = contrib.groupby(["person_id", "trait"])["contribution"].sum()
    scores = model.predict(features).set_index(["person_id", "trait"])["score"]
    for trait, m in model.traits.items():
        base = 100 * (m.intercept - 1.0) / 4.0
        inside = scores.xs(trait, level="trait").between(0.5, 99.5)
        total = base + summed.xs(trait, level="trait")
        np.testing.assert_allclose(total[inside], scores.xs(trait, level="trait")[inside], atol=1e-9)


def test_score_table_like_the_default_model(
    data: tuple[pd.DataFrame, pd.DataFrame], model: TrainedModel
) -> None:
    features, _ = data
    assert model.fit(features) is model
    assert set(model.norm_source_.values()) == {"trained"}
    rng = np.random.default_rng(3)
    replicates = []
    for _ in range(20):
        rep = features.copy()
        rep["humility__apology_rate"] = rep["humility__apology_rate"] + rng.normal(0, 0.1, len(rep))
        replicates.append(rep)
    scores = model.score(features, replicates=replicates)
    assert list(scores.columns) == schemas.SCORES.names
    assert len(scores) == 2 * len(features)
    assert (scores["model_id"] == model.model_id).all()
    assert set(scores["evidence_level"]) == {"sufficient"}
    assert ((scores["lower"] <= scores["score"]) & (scores["score"] <= scores["upper"])).all()
    assert scores["score"].between(0, 100).all()
    no_data = features.head(1).copy()
    no_data.loc[:, [c for c in features.columns if c != "person_id"]] = math.nan
    empty = model.score(no_data)
    assert empty["score"].isna().all() and set(empty["evidence_level"]) == {"insufficient"}
    assert model.contributions(no_data)["contribution"].isna().all()


def test_shared_score_table_gives_the_default_models_scores() -> None:
    from tests.models.test_default_model import cohort

    frame = cohort(12)
    default = DefaultModel().fit(frame)
    replicates = [cohort(12, seed=s) for s in range(2, 6)]
    weights = default.weights_
    shared = score_table(
        default.standings,
        frame,
        model_id=default.model_id,
        evidence_basis={t: s.evidence_basis for t, s in weights.traits.items()},
        thresholds=weights.thresholds,
        replicates=replicates,
        not_comparable=frozenset(t for t, s in default.comparison_.items() if s == "not comparable"),
    )
    pd.testing.assert_frame_equal(shared, default.score(frame, replicates=replicates))


def _tampered(model: TrainedModel, change: str) -> str:
    raw = json.loads(dumps_model(model))
    humble = raw["traits"]["humble"]
    if change == "unexpected top-level key":
        raw["code"] = "__import__('os').system('echo hi')"
    elif change == "unexpected trait key":
        humble["loader"] = "pickle"
    elif change == "string where number":
        humble["coefficients"][0] = "0.5"
    elif change == "boolean where number":
        humble["intercept"] = True
    elif change == "length mismatch":
        humble["scaler_means"].pop()
    elif change == "zero scale":
        humble["scaler_scales"][1] = 0.0
    elif change == "unknown trait":
        raw["traits"]["charisma"] = humble
    elif change == "missing key":
        del raw["data"]["sha256"]
    text = json.dumps(raw)
    if change == "NaN":
        text = text.replace('"intercept": ', '"intercept": NaN, "_": ', 1)
    if change == "repeated key":
        text = text.replace('"model_id": ', '"model_id": "x", "model_id": ', 1)
    return text


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("unexpected top-level key", "unexpected keys ['code']"),
        ("unexpected trait key", "traits.humble: unexpected keys ['loader']"),
        ("string where number", "traits.humble.coefficients[0]: expected a number, got string"),
        ("boolean where number", "traits.humble.intercept: expected a number, got boolean"),
        ("length mismatch", "traits.humble.scaler_means"),
        ("zero scale", "scaler_scales: every scale must be > 0"),
        ("unknown trait", "unknown trait ids ['charisma']"),
        ("missing key", "data: missing keys ['sha256']"),
        ("NaN", "NaN is not allowed"),
        ("repeated key", "repeated keys ['model_id']"),
    ],
)
def test_tampered_model_files_are_refused(model: TrainedModel, change: str, named: str) -> None:
    with pytest.raises(ModelError) as info:
        loads_model(_tampered(model, change), where="model.json")
    assert named in str(info.value)
    assert str(info.value).startswith("model.json: ")


def test_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_bytes(b"\x80\x04\x95 pickled")
    with pytest.raises(ModelError, match="model.json"):
        load_model(path)


def test_feature_mismatch_names_missing_and_extra(
    data: tuple[pd.DataFrame, pd.DataFrame], model: TrainedModel
) -> None:
    features, _ = data
    other = features.drop(columns=["ideas__idea_rate"]).assign(tone__sarcasm_rate=0.0)
    for method in (model.predict, model.contributions, model.score):
        with pytest.raises(ModelError) as info:
            method(other)
        message = str(info.value)
        assert "missing features ['ideas__idea_rate']" in message
        assert "extra features ['tone__sarcasm_rate']" in message


def test_too_few_people_is_a_clear_error() -> None:
    features, ratings = synthetic(n=9)
    with pytest.raises(InputError) as info:
        train_model(features, ratings, cv=5, labels_source="ratings.csv")
    message = str(info.value)
    assert message.startswith("ratings.csv: ")
    assert "trait 'humble' has ratings for 9 people" in message and "at least 10" in message
    small, small_ratings = synthetic(n=7)
    with pytest.raises(InputError, match="at least 8"):
        train_model(small, small_ratings, cv=2)


def test_input_problems_are_named(data: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    features, ratings = data
    flat = ratings.assign(rating=3.0)
    with pytest.raises(InputError, match="no variance"):
        train_model(features, flat)
    strangers = pd.concat([ratings, pd.DataFrame([("zz9", "humble", 3.0)], columns=ratings.columns)])
    with pytest.raises(InputError, match="does not have: zz9"):
        train_model(features, strangers, features_source="pf.csv")
    with pytest.raises(InputError, match="unknown estimator"):
        train_model(features, ratings, estimator="forest")


def test_rating_file_problems_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "ratings.csv"
    path.write_text(
        "person_id,trait,rating\np1,humble,4\np2,humble,7\np3,charisma,3\np4,humble,good\n,humble,2\n"
    )
    with pytest.raises(InputError) as info:
        read_ratings(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "rating outside 1-5 at line 3 (7)" in message
    assert "unknown trait at line 4 ('charisma')" in message
    assert "rating is not a number at line 5 ('good')" in message
    assert "blank person_id at line 6" in message
    path.write_text("person,trait,score\np1,humble,4\n")
    with pytest.raises(InputError, match=r"missing columns \['person_id', 'rating'\]"):
        read_ratings(path)
    with pytest.raises(InputError, match="no such file"):
        read_ratings(tmp_path / "absent.csv")
    features = tmp_path / "person_features.csv"
    features.write_text("person_id,tone__x,bad\np1,0.5,1\np1,abc,2\n")
    with pytest.raises(InputError) as info:
        read_person_features(features)
    message = str(info.value)
    assert "person_id repeated: p1" in message and "['bad']" not in message
    assert "columns not named <family>__<feature>: bad" in message
    assert "column 'tone__x' is not numeric (line 3: 'abc')" in message


def test_evaluate_on_held_out_people(model: TrainedModel) -> None:
    held_features, held_ratings = synthetic(n=30, seed=11)
    metrics = evaluate_model(model, held_features, held_ratings)
    assert list(metrics["trait"]) == [t for t in model.traits if t in TRAITS_USED]
    for row in metrics.itertuples():
        assert row.n_people == 30
        assert row.spearman > 0.6
        assert math.isnan(row.baseline_spearman)
        assert row.mae < row.baseline_mae
        assert row.cv_spearman == model.traits[row.trait].cv["spearman"]
    others = held_ratings.assign(trait="generous")
    with pytest.raises(InputError, match="not trained on: \\['generous'\\]"):
        evaluate_model(model, held_features, others)


def test_lasso_and_elasticnet_train(data: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    features, ratings = data
    for estimator in ("lasso", "elasticnet"):
        trained = train_model(features, ratings, cv=3, repeats=1, estimator=estimator, traits=["humble"])
        assert list(trained.traits) == ["humble"]
        assert trained.model_id.endswith(estimator)
        assert trained.traits["humble"].cv["spearman"] > 0.6
        assert loads_model(dumps_model(trained)).predict(features).equals(trained.predict(features))


def test_model_card(model: TrainedModel, tmp_path: Path) -> None:
    written = save_model(model, tmp_path / "model.json")
    assert written == [tmp_path / "model.json", tmp_path / "model.md"]
    card = (tmp_path / "model.md").read_text("utf-8")
    assert "an aid to a conversation, not a verdict" in card.lower()
    for heading in (
        "## Intended use",
        "## Data",
        "## Performance",
        "## Features with the largest",
        "## Limits",
    ):
        assert heading in card
    assert "`humility__apology_rate` +" in card
    assert model.data["sha256"] in card


def _signals(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "signals", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_cli_train_and_evaluate(data: tuple[pd.DataFrame, pd.DataFrame], tmp_path: Path) -> None:
    features, ratings = data
    features.to_csv(tmp_path / "person_features.csv", index=False)
    ratings.to_csv(tmp_path / "ratings.csv", index=False)
    held_features, held_ratings = synthetic(n=20, seed=5)
    held_features.to_csv(tmp_path / "held_features.csv", index=False)
    held_ratings.to_csv(tmp_path / "held_ratings.csv", index=False)

    result = _signals(
        "train",
        "--features",
        "person_features.csv",
        "--labels",
        "ratings.csv",
        "--out",
        "out/model.json",
        "--cv",
        "4",
        "--repeats",
        "2",
        "--seed",
        "3",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "model.json").exists() and (tmp_path / "out" / "model.md").exists()
    assert "humble" in result.stderr

    result = _signals(
        "evaluate",
        "--model",
        "out/model.json",
        "--features",
        "held_features.csv",
        "--labels",
        "held_ratings.csv",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "humble" in result.stdout and "base MAE" in result.stdout

    (tmp_path / "bad.csv").write_text("person_id,trait,rating\np000,humble,9\n")
    result = _signals(
        "train", "--features", "person_features.csv", "--labels", "bad.csv", "--out", "m.json", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "bad.csv" in result.stderr and "rating outside 1-5" in result.stderr
    assert "Traceback" not in result.stderr

    tampered = json.loads((tmp_path / "out" / "model.json").read_text())
    tampered["traits"]["humble"]["intercept"] = "3"
    (tmp_path / "tampered.json").write_text(json.dumps(tampered))
    result = _signals(
        "evaluate",
        "--model",
        "tampered.json",
        "--features",
        "held_features.csv",
        "--labels",
        "held_ratings.csv",
        cwd=tmp_path,
    )
    assert result.returncode == 1 and "traits.humble.intercept" in result.stderr
    assert "Traceback" not in result.stderr
