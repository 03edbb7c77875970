"""Model files with unexpected content are refused with a ModelError and never executed."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from models.persistence import dumps_model, load_model, loads_model
from models.training import train_model
from signals.ground.errors import ModelError


class _Boom:
    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (Path("/tmp/staff-signals-pickle-ran"),))


@pytest.fixture(scope="module")
def valid() -> dict[str, Any]:
    rng = np.random.default_rng(0)
    n = 30
    feats = pd.DataFrame(
        {
            "person_id": [f"p{i}" for i in range(n)],
            "humility__apology_rate": rng.normal(1, 0.5, n),
            "tone__mean_compound": rng.normal(0.2, 0.3, n),
            "activity__n": 200.0,
            "humanness__n_words": 3000.0,
        }
    )
    ratings = pd.DataFrame(
        [(p, "humble", float(1 + i % 5)) for i, p in enumerate(feats["person_id"])],
        columns=["person_id", "trait", "rating"],
    )
    raw: dict[str, Any] = json.loads(dumps_model(train_model(feats, ratings, cv=3, repeats=1, seed=1)))
    return raw


def _first_number_path(raw: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    items = raw.items() if isinstance(raw, dict) else enumerate(raw) if isinstance(raw, list) else []
    for key, value in items:
        if isinstance(value, float):
            return (*path, key)
        found = _first_number_path(value, (*path, key))
        if found:
            return found
    return None


def _set(raw: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        raw = raw[key]
    raw[path[-1]] = value


def test_the_valid_model_loads(valid: dict[str, Any]) -> None:
    """The baseline: without the hostile change the file loads (so each refusal below can fail)."""
    loads_model(json.dumps(valid))


def _hostile(valid: dict[str, Any]) -> dict[str, str]:
    number = _first_number_path(valid["traits"])
    assert number is not None
    cases: dict[str, str] = {}

    def variant(name: str, change: Any) -> None:
        raw = copy.deepcopy(valid)
        change(raw)
        cases[name] = json.dumps(raw)

    variant("huge_number", lambda r: _set(r["traits"], number, 10**400))
    variant("nested_object", lambda r: _set(r["traits"], number, {"a": {"b": {"c": [1, 2]}}}))
    variant("class_key", lambda r: r.update({"__class__": "os.system"}))
    variant("reduce_key", lambda r: r["traits"]["humble"].update({"__reduce__": ["os.system", ["id"]]}))
    variant("string_number", lambda r: _set(r["traits"], number, "1; import os"))
    variant("deep_list", lambda r: _set(r["traits"], number, json.loads("[" * 500 + "]" * 500)))
    cases["infinity"] = json.dumps(valid).replace(json.dumps(_get(valid["traits"], number)), "Infinity", 1)
    cases["nan"] = json.dumps(valid).replace(json.dumps(_get(valid["traits"], number)), "NaN", 1)
    cases["overflow_literal"] = json.dumps(valid).replace(
        json.dumps(_get(valid["traits"], number)), "1e999", 1
    )
    cases["repeated_key"] = (
        json.dumps(valid)[:-1] + ', "schema_version": ' + json.dumps(valid["schema_version"]) + "}"
    )
    cases["deep_nesting"] = "[" * 100_000 + "]" * 100_000
    cases["not_object"] = "[1, 2, 3]"
    return cases


def _get(raw: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        raw = raw[key]
    return raw


CASE_NAMES = [
    "huge_number",
    "nested_object",
    "class_key",
    "reduce_key",
    "string_number",
    "deep_list",
    "infinity",
    "nan",
    "overflow_literal",
    "repeated_key",
    "deep_nesting",
    "not_object",
]


KNOWN_BUGS: dict[str, str] = {}  # cases expected to fail, with the reason (none known)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[c])) if c in KNOWN_BUGS else c
        for c in CASE_NAMES
    ],
)
def test_hostile_model_text_is_refused(case: str, valid: dict[str, Any], tmp_path: Path) -> None:
    text = _hostile(valid)[case]
    path = tmp_path / "model.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ModelError):
        load_model(path)


def test_pickle_bytes_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = Path("/tmp/staff-signals-pickle-ran")
    marker.unlink(missing_ok=True)
    for protocol in (0, 2, 5):
        path = tmp_path / f"model{protocol}.json"
        path.write_bytes(pickle.dumps(_Boom(), protocol=protocol))
        with pytest.raises(ModelError):
            load_model(path)
    assert not marker.exists(), "loading a model ran code"
