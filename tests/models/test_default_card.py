"""The default model card says, for every weight, what supports it, and says so checkably.

The card is the rendering of the weights file (never hand-edited), every feature link states a
basis among citation / measured / guess with a source, and every figure the file quotes as
measured is the one the package's own feature code computes on the committed politeness data.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from models.default_card import (
    MEASURED_PAIRS,
    POLITENESS_CSV,
    basis_counts,
    default_model_card,
    politeness_associations,
)
from models.weights import BASES, load_weights, parse_weights
from signals.ground.config import TRAITS
from signals.ground.errors import ModelError

REPO = Path(__file__).resolve().parents[2]


def test_the_committed_card_is_the_rendered_card() -> None:
    committed = (REPO / "models" / "DEFAULT_MODEL_CARD.md").read_text(encoding="utf-8")
    assert committed == default_model_card(), "run: .venv/bin/python -m models.default_card"


def test_every_feature_of_every_trait_states_a_basis_and_a_source() -> None:
    weights = load_weights()
    for trait in TRAITS:
        spec = weights.traits[trait]
        assert spec.construct.strip() and spec.cannot_see.strip(), trait
        for feature in spec.features:
            assert feature.basis in BASES, (trait, feature.feature)
            assert feature.source.strip(), (trait, feature.feature)


def _row(card: str, trait_heading: str, column: str) -> str:
    section = card[card.index(trait_heading) :]
    section = section[: section.index("\n### ")] if "\n### " in section else section
    return next(line for line in section.splitlines() if f"| `{column}` |" in line)


def test_guesses_are_labelled_guess_in_the_card_and_counted() -> None:
    weights = load_weights()
    card = default_model_card(weights)
    for trait, spec in weights.traits.items():
        for feature in spec.features:
            cells = [c.strip() for c in _row(card, f"(`{trait}`)", feature.feature).split(" | ")]
            assert cells[3] == feature.basis, (trait, feature.feature, cells)
            if feature.basis == "guess":
                assert "guess" in feature.source.lower(), (trait, feature.feature)
    counts = basis_counts(weights)
    assert counts["guess"] > 0
    assert f"**{counts['guess']} are a guess**" in card
    assert sum(counts[b] for b in BASES) == sum(len(s.features) for s in weights.traits.values())


def test_measured_figures_are_what_the_feature_code_measures_on_the_politeness_data() -> None:
    weights = load_weights()
    sources = {(t, f.feature): f.source for t, s in weights.traits.items() for f in s.features}
    measured = politeness_associations(REPO / POLITENESS_CSV)
    pairs = {feature: trait for trait, feature in MEASURED_PAIRS}
    assert [a.feature for a in measured] == list(pairs)
    for association in measured:
        assert association.n == 3047
        assert association.phrase() in sources[(pairs[association.feature], association.feature)]
    quoted = {a.feature for a in measured}
    for trait, spec in weights.traits.items():
        for feature in spec.features:
            if feature.basis == "measured":  # no "measured" claim without a figure the code recomputes
                assert (trait, feature.feature) in MEASURED_PAIRS, (trait, feature.feature)
                assert feature.feature in quoted, (trait, feature.feature)


def _raw() -> dict:
    return json.loads(resources.files("models").joinpath("data/default_weights.json").read_text("utf-8"))


@pytest.mark.parametrize(
    "change",
    [{"basis": "hunch"}, {"basis": "citation", "source": " "}, {"source": "somebody said so"}, {"basis": 3}],
)
def test_a_basis_outside_the_three_or_without_source_is_named(change: dict) -> None:
    raw = _raw()
    item = raw["traits"]["creative"]["features"][1]
    item.pop("basis"), item.pop("source")
    item.update(change)
    with pytest.raises(ModelError, match=r"creative\.features\[1\]: basis must be one of citation, measured"):
        parse_weights(raw)


def test_a_researchers_file_without_the_new_fields_still_loads() -> None:
    raw = _raw()
    for spec in raw["traits"].values():
        spec.pop("construct"), spec.pop("cannot_see")
        for item in spec["features"]:
            item.pop("basis"), item.pop("source")
    weights = parse_weights(raw)
    assert weights.traits["humble"].construct == "" and weights.traits["humble"].features[0].basis == ""
    assert weights.traits["humble"].features[0].weight == load_weights().traits["humble"].features[0].weight
