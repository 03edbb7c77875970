"""The weights file is checked against features.registry: every feature it weighs is declared."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from features.registry import REGISTRY
from models.weights import load_weights
from signals.ground.errors import ModelError


def test_the_shipped_weights_name_only_registry_features() -> None:
    weights = load_weights()
    assert weights.features and set(weights.features) <= set(REGISTRY)


def test_a_feature_the_registry_does_not_know_is_a_clear_model_error(tmp_path: Path) -> None:
    raw = json.loads(resources.files("models").joinpath("data/default_weights.json").read_text("utf-8"))
    trait, spec = next(iter(raw["traits"].items()))
    spec["features"][0]["feature"] = "humility__apology_rte"  # a typo of humility__apology_own_rate
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ModelError) as caught:
        load_weights(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert f"{trait}.features[0]: 'humility__apology_rte' is not a feature of the registry" in message
