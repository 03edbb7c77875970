"""The default model's weights file: loading and checking it.

The file is JSON (never code) so that a reviewer can read every weight and its rationale,
and so that loading a model can never execute anything.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from features.registry import REGISTRY
from signals.ground.config import TRAITS
from signals.ground.errors import ModelError

TRANSFORMS = ("none", "log1p")
# What supports a feature's place in a trait (models/DEFAULT_MODEL_CARD.md): a published study, an
# association measured on real data in this repository, or a judgement that nothing has tested.
BASES = ("citation", "measured", "guess")


@dataclass(frozen=True)
class WeightedFeature:
    """One feature's say in a trait, with the reason it has that say.

    `basis` (one of BASES) and `source` say what supports the feature's link to the trait, so a
    reviewer can check it; both are optional ("") so that researchers' files without them load.
    """

    feature: str
    weight: float
    rationale: str
    transform: str = "none"
    basis: str = ""
    source: str = ""


@dataclass(frozen=True)
class TraitSpec:
    """How one trait is computed and which evidence threshold applies.

    `construct` states the trait as the essay means it and `cannot_see` what text cannot show of
    it (both optional, "" when the file has none): the model card prints them beside the weights.
    """

    trait: str
    features: tuple[WeightedFeature, ...]
    evidence_basis: str
    construct: str = ""
    cannot_see: str = ""


@dataclass(frozen=True)
class WeightsFile:
    """The parsed weights file."""

    model_id: str
    description: str
    traits: dict[str, TraitSpec]
    thresholds: dict[str, dict[str, dict[str, int]]]
    min_cohort: int
    clip_z: float

    @property
    def features(self) -> list[str]:
        """Every feature any trait uses, sorted."""
        return sorted({f.feature for spec in self.traits.values() for f in spec.features})


def load_weights(path: str | Path | None = None) -> WeightsFile:
    """Read the shipped default weights, or a researcher's file in the same layout."""
    if path is None:
        text = resources.files("models").joinpath("data/default_weights.json").read_text("utf-8")
        where = "models/data/default_weights.json"
    else:
        where = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ModelError(f"{where}: cannot read weights file ({exc.strerror})") from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(f"{where}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    return parse_weights(raw, where=where)


def _optional_text(item: dict[str, Any], key: str) -> str | None:
    """An optional text field: "" when absent, None when present but not a string."""
    value = item.get(key, "")
    return value if isinstance(value, str) else None


def parse_weights(raw: Any, *, where: str = "<weights>") -> WeightsFile:
    """Check the structure completely and say what is wrong and where."""
    problems: list[str] = []
    if not isinstance(raw, dict) or raw.get("schema_version") != 1:
        raise ModelError(f"{where}: expected a JSON object with schema_version 1")
    traits_raw = raw.get("traits")
    if not isinstance(traits_raw, dict):
        raise ModelError(f"{where}: 'traits' must be an object keyed by trait id")
    unknown = sorted(set(traits_raw) - set(TRAITS))
    missing = [t for t in TRAITS if t not in traits_raw]
    if unknown:
        problems.append(f"unknown traits {unknown}")
    if missing:
        problems.append(f"missing traits {missing}")
    thresholds = raw.get("evidence_thresholds", {})
    traits: dict[str, TraitSpec] = {}
    for trait in TRAITS:
        spec = traits_raw.get(trait)
        if not isinstance(spec, dict):
            continue
        basis = spec.get("evidence_basis", "words")
        if basis not in thresholds:
            problems.append(f"{trait}: evidence_basis {basis!r} has no entry in evidence_thresholds")
        features: list[WeightedFeature] = []
        for i, item in enumerate(spec.get("features", [])):
            try:
                wf = WeightedFeature(
                    feature=str(item["feature"]),
                    weight=float(item["weight"]),
                    rationale=str(item["rationale"]),
                    transform=str(item.get("transform", "none")),
                    basis=_optional_text(item, "basis") or "",
                    source=_optional_text(item, "source") or "",
                )
            except (KeyError, TypeError, ValueError):
                problems.append(f"{trait}.features[{i}]: needs feature, numeric weight and rationale")
                continue
            if wf.transform not in TRANSFORMS or not math.isfinite(wf.weight) or "__" not in wf.feature:
                problems.append(f"{trait}.features[{i}]: bad transform, weight or feature name")
                continue
            if wf.feature not in REGISTRY:
                problems.append(
                    f"{trait}.features[{i}]: {wf.feature!r} is not a feature of the registry "
                    "(features/registry.py; the columns of person_features.csv)"
                )
                continue
            stated = "basis" in item or "source" in item  # optional, but then both and checkable
            if stated and (wf.basis not in BASES or not wf.source.strip()):
                problems.append(
                    f"{trait}.features[{i}]: basis must be one of {', '.join(BASES)} with a non-empty source"
                )
                continue
            features.append(wf)
        if not features:
            problems.append(f"{trait}: no usable features")
        construct, cannot_see = _optional_text(spec, "construct"), _optional_text(spec, "cannot_see")
        if construct is None or cannot_see is None:
            problems.append(f"{trait}: construct and cannot_see must be strings")
            continue
        traits[trait] = TraitSpec(
            trait=trait,
            features=tuple(features),
            evidence_basis=basis,
            construct=construct,
            cannot_see=cannot_see,
        )
    if problems:
        raise ModelError(f"{where}: " + "; ".join(problems))
    standard = raw.get("standardization", {})
    return WeightsFile(
        model_id=str(raw.get("model_id", "default")),
        description=str(raw.get("description", "")),
        traits=traits,
        thresholds=thresholds,
        min_cohort=int(standard.get("min_cohort", 10)),
        clip_z=float(standard.get("clip_z", 3.0)),
    )
