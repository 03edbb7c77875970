"""The trained-model file: JSON only, written deterministically, read strictly.

Loading parses JSON and checks every key and type against the layout below — nothing in the
file is ever executed (no pickle, no joblib), unexpected keys or types are refused, and
NaN/Infinity or repeated keys are not accepted. Writing has no timestamps, so the same inputs
and parameters give a byte-identical file (on the same package and scikit-learn versions).

Layout (schema_version 1: the scikit-learn estimators; schema_version 2: the anchored ones, whose
traits also carry "transforms", "clip_z" and "prior" — see below):

    {"schema_version": 1,
     "model_id": "trained-<8 hex of data.sha256>-<estimator>",
     "versions": {"staff_signals": str, "scikit_learn": str},
     "data": {"sha256": 64 hex, "n_people": int, "n_ratings": int},
     "params": {"cv": int, "repeats": int, "seed": int, "estimator": str},
     "traits": {<trait id>: {
         "features": [str, ...], "imputer_medians": [num, ...], "scaler_means": [num, ...],
         "scaler_scales": [num > 0, ...], "coefficients": [num, ...], "intercept": num, "alpha": num,
         "rating_range": [low, high],
         "labels": {"n_people": int, "n_ratings": int, "mean": num, "sd": num},
         "cv": {"spearman": num|null, "spearman_sd": num|null, "mae": num|null, "mae_sd": num|null,
                "baseline_spearman": num|null, "baseline_mae": num|null},
         # schema_version 2 only:
         "transforms": ["none"|"log1p", ...], "clip_z": num > 0,
         "prior": {"weights": [num, ...], "slope": num}}}}

In version 2 a feature is transformed before imputation and standardization, z is clipped to
±clip_z, and prior.weights are the default model's weights of the trait (0 for the features it
does not use) that prior.slope maps to ratings: the coefficients minus slope·weights are what the
ratings changed (models/anchored.py).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from models.card import render_card
from models.trained import ANCHORED_ESTIMATORS, ESTIMATORS, TrainedModel, TraitModel
from models.weights import TRANSFORMS
from signals.ground.config import TRAITS
from signals.ground.errors import ModelError

SCHEMA_VERSION = 1
ANCHORED_SCHEMA_VERSION = 2
SCHEMA_VERSIONS = (SCHEMA_VERSION, ANCHORED_SCHEMA_VERSION)

# A layout is a type name, a dict of key → layout (exactly these keys), or a one-item list (array of).
_NUM, _NUM_OR_NULL, _INT, _STR = "number", "number or null", "integer", "string"
_TRAIT_LAYOUT: dict[str, Any] = {
    "features": [_STR],
    "imputer_medians": [_NUM],
    "scaler_means": [_NUM],
    "scaler_scales": [_NUM],
    "coefficients": [_NUM],
    "intercept": _NUM,
    "alpha": _NUM,
    "rating_range": [_NUM],
    "labels": {"n_people": _INT, "n_ratings": _INT, "mean": _NUM, "sd": _NUM},
    "cv": dict.fromkeys(
        ("spearman", "spearman_sd", "mae", "mae_sd", "baseline_spearman", "baseline_mae"), _NUM_OR_NULL
    ),
}
_ANCHORED_TRAIT_LAYOUT: dict[str, Any] = {
    **_TRAIT_LAYOUT,
    "transforms": [_STR],
    "clip_z": _NUM,
    "prior": {"weights": [_NUM], "slope": _NUM},
}
_LAYOUT: dict[str, Any] = {
    "schema_version": _INT,
    "model_id": _STR,
    "versions": {"staff_signals": _STR, "scikit_learn": _STR},
    "data": {"sha256": _STR, "n_people": _INT, "n_ratings": _INT},
    "params": {"cv": _INT, "repeats": _INT, "seed": _INT, "estimator": _STR},
    "traits": "traits",  # checked per trait below
}
_ARRAYS = ("imputer_medians", "scaler_means", "scaler_scales", "coefficients")


def model_to_dict(model: TrainedModel) -> dict[str, Any]:
    """The JSON-ready content of the model file (keys in a fixed order)."""
    traits: dict[str, Any] = {}
    anchored = _is_anchored(model)
    for trait, m in model.traits.items():
        traits[trait] = {
            "features": list(m.features),
            "imputer_medians": list(m.medians),
            "scaler_means": list(m.means),
            "scaler_scales": list(m.scales),
            "coefficients": list(m.coefficients),
            "intercept": m.intercept,
            "alpha": m.alpha,
            "rating_range": list(m.rating_range),
            "labels": dict(m.labels),
            "cv": dict(m.cv),
        }
        if anchored:
            traits[trait].update(
                transforms=list(m.transforms or ("none",) * len(m.features)),
                clip_z=m.clip_z,
                prior={"weights": list((m.prior or {})["weights"]), "slope": (m.prior or {})["slope"]},
            )
    return {
        "schema_version": ANCHORED_SCHEMA_VERSION if anchored else SCHEMA_VERSION,
        "model_id": model.model_id,
        "versions": dict(model.versions),
        "data": dict(model.data),
        "params": dict(model.params),
        "traits": traits,
    }


def _is_anchored(model: TrainedModel) -> bool:
    return any(m.prior is not None for m in model.traits.values())


def dumps_model(model: TrainedModel) -> str:
    """The model file's text: indented JSON, fixed key order, floats as shortest round-trip repr."""
    return json.dumps(model_to_dict(model), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def save_model(model: TrainedModel, path: str | Path, *, card: bool = True) -> list[Path]:
    """Write the model JSON and (by default) its Markdown model card beside it (`<stem>.md`)."""
    target = Path(path)
    card_path = target.with_suffix(".md")
    if card and card_path == target:
        raise ModelError(f"{target}: the model file must not end in .md (the model card goes there)")
    target.parent.mkdir(parents=True, exist_ok=True)
    written = [target]
    target.write_text(dumps_model(model), encoding="utf-8", newline="\n")
    if card:
        card_path.write_text(render_card(model), encoding="utf-8", newline="\n")
        written.append(card_path)
    return written


def load_model(path: str | Path) -> TrainedModel:
    """Read and strictly check a model file; ModelError says what is wrong and where."""
    where = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"{where}: cannot read the model file ({exc})") from exc
    return loads_model(text, where=where)


def loads_model(text: str, *, where: str = "<model>") -> TrainedModel:
    try:
        raw = json.loads(text, object_pairs_hook=_no_repeated_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ModelError(f"{where}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except ValueError as exc:
        raise ModelError(f"{where}: {exc}") from exc
    except RecursionError as exc:
        raise ModelError(f"{where}: nested too deeply to be a model file") from exc
    try:
        return parse_model(raw, where=where)
    except (OverflowError, RecursionError) as exc:
        raise ModelError(f"{where}: a value is out of range or nested too deeply ({exc})") from exc


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ValueError(f"repeated keys {repeated}")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a model file (numbers must be finite)")


def parse_model(raw: Any, *, where: str = "<model>") -> TrainedModel:
    """Check the structure completely (every key, type and length) and build the TrainedModel."""
    problems: list[str] = []
    if not isinstance(raw, dict) or raw.get("schema_version") not in SCHEMA_VERSIONS:
        raise ModelError(
            f"{where}: expected a JSON object with schema_version {' or '.join(map(str, SCHEMA_VERSIONS))}"
        )
    anchored = raw["schema_version"] == ANCHORED_SCHEMA_VERSION
    trait_layout = _ANCHORED_TRAIT_LAYOUT if anchored else _TRAIT_LAYOUT
    _check(raw, _LAYOUT, "", problems)
    traits_raw = raw.get("traits")
    if isinstance(traits_raw, dict):
        unknown = sorted(set(traits_raw) - set(TRAITS))
        if unknown:
            problems.append(f"traits: unknown trait ids {unknown}")
        if not traits_raw:
            problems.append("traits: no trait")
        for trait, spec in traits_raw.items():
            found: list[str] = []
            _check(spec, trait_layout, f"traits.{trait}", found)
            if not found:
                _check_trait_values(spec, f"traits.{trait}", found)
            if not found and anchored:
                _check_anchored_values(spec, f"traits.{trait}", found)
            problems.extend(found)
    elif "traits" in raw:
        problems.append(f"traits: expected an object keyed by trait id, got {_kind(traits_raw)}")
    if not problems:
        _check_header(raw, problems)
    if problems:
        raise ModelError(f"{where}: not a valid model file: " + "; ".join(problems[:10]))
    specs: dict[str, Any] = raw["traits"]
    traits = {
        trait: TraitModel(
            trait=trait,
            features=tuple(spec["features"]),
            medians=tuple(float(v) for v in spec["imputer_medians"]),
            means=tuple(float(v) for v in spec["scaler_means"]),
            scales=tuple(float(v) for v in spec["scaler_scales"]),
            coefficients=tuple(float(v) for v in spec["coefficients"]),
            intercept=float(spec["intercept"]),
            alpha=float(spec["alpha"]),
            rating_range=(float(spec["rating_range"][0]), float(spec["rating_range"][1])),
            labels=dict(spec["labels"]),
            cv=dict(spec["cv"]),
            transforms=tuple(spec["transforms"]) if anchored else None,
            clip_z=float(spec["clip_z"]) if anchored else None,
            prior=_prior(spec["prior"]) if anchored else None,
        )
        for trait, spec in specs.items()
    }
    return TrainedModel(
        model_id=raw["model_id"],
        traits=traits,
        data=dict(raw["data"]),
        params=dict(raw["params"]),
        versions=dict(raw["versions"]),
    )


def _check(value: Any, layout: Any, path: str, problems: list[str]) -> None:
    if layout == "traits":
        return
    if isinstance(layout, dict):
        if not isinstance(value, dict):
            problems.append(f"{path or 'top level'}: expected an object, got {_kind(value)}")
            return
        unexpected = sorted(set(value) - set(layout))
        missing = [k for k in layout if k not in value]
        if unexpected:
            problems.append(f"{path or 'top level'}: unexpected keys {unexpected}")
        if missing:
            problems.append(f"{path or 'top level'}: missing keys {missing}")
        for key, sub in layout.items():
            if key in value:
                _check(value[key], sub, f"{path}.{key}" if path else key, problems)
    elif isinstance(layout, list):
        if not isinstance(value, list):
            problems.append(f"{path}: expected an array, got {_kind(value)}")
            return
        for i, item in enumerate(value):
            _check(item, layout[0], f"{path}[{i}]", problems)
    elif not _is(value, layout):
        problems.append(f"{path}: expected {'an' if layout == _INT else 'a'} {layout}, got {_kind(value)}")


def _is(value: Any, kind: str) -> bool:
    if kind == _STR:
        return isinstance(value, str)
    if kind == _INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if value is None:
        return kind == _NUM_OR_NULL
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    names = {bool: "boolean", str: "string", int: "integer", float: "number", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)


def _check_trait_values(spec: dict[str, Any], path: str, problems: list[str]) -> None:
    n = len(spec["features"])
    if n == 0:
        problems.append(f"{path}.features: empty")
    if len(set(spec["features"])) != n:
        problems.append(f"{path}.features: repeated feature names")
    for key in _ARRAYS:
        if len(spec[key]) != n:
            problems.append(f"{path}.{key}: {len(spec[key])} values for {n} features")
    if any(s <= 0 for s in spec["scaler_scales"]):
        problems.append(f"{path}.scaler_scales: every scale must be > 0")
    rating_range = spec["rating_range"]
    if len(rating_range) != 2 or not rating_range[0] < rating_range[1]:
        problems.append(f"{path}.rating_range: expected [low, high] with low < high")


def _prior(raw: dict[str, Any]) -> dict[str, Any]:
    return {"weights": [float(w) for w in raw["weights"]], "slope": float(raw["slope"])}


def _check_anchored_values(spec: dict[str, Any], path: str, problems: list[str]) -> None:
    n = len(spec["features"])
    for key, values in (("transforms", spec["transforms"]), ("prior.weights", spec["prior"]["weights"])):
        if len(values) != n:
            problems.append(f"{path}.{key}: {len(values)} values for {n} features")
    unknown = sorted({t for t in spec["transforms"] if t not in TRANSFORMS})
    if unknown:
        problems.append(f"{path}.transforms: unknown {unknown}; expected some of {list(TRANSFORMS)}")
    if not spec["clip_z"] > 0:
        problems.append(f"{path}.clip_z: must be > 0")


def _check_header(raw: dict[str, Any], problems: list[str]) -> None:
    if not re.fullmatch(r"[0-9a-f]{64}", raw["data"]["sha256"]):
        problems.append("data.sha256: expected 64 lowercase hex digits")
    estimator = raw["params"]["estimator"]
    if estimator not in ESTIMATORS:
        problems.append(f"params.estimator: expected one of {list(ESTIMATORS)}")
    elif (estimator in ANCHORED_ESTIMATORS) != (raw["schema_version"] == ANCHORED_SCHEMA_VERSION):
        problems.append(
            f"params.estimator {estimator!r} does not go with schema_version {raw['schema_version']} "
            f"(the anchored estimators write version {ANCHORED_SCHEMA_VERSION}, the others {SCHEMA_VERSION})"
        )
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}", raw["model_id"]):
        problems.append("model_id: expected letters, digits, '.', '_' or '-' (at most 80)")
