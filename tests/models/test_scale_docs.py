"""The scale as documented is the scale as computed: the README and the report print the lines
of models.formula.formula_lines, whose numbers come from the code's constants."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.special import ndtr

from features.catalog import CATALOG
from models.default import MIN_COMPARABLE_WEIGHT, MIN_GROUP
from models.formula import formula_lines
from models.scoring import RELIABILITY_MIN_PEOPLE, UNRELIABLE_BELOW
from models.standing import TAU2_MIN, Z_INTERVAL, scale_scores

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
CARD = (Path(__file__).resolve().parents[2] / "models" / "DEFAULT_MODEL_CARD.md").read_text(encoding="utf-8")


def test_readme_states_the_formula_as_the_code_renders_it() -> None:
    lines = formula_lines()
    for line in lines:
        assert line in README, line
        assert line in CARD, line
    text = "\n".join(lines)
    assert f"{Z_INTERVAL:.3f}" in text and f"{TAU2_MIN}" in text
    assert f"at least {MIN_GROUP})" in text and f"{MIN_COMPARABLE_WEIGHT:.0%}" in text
    assert f"at least {RELIABILITY_MIN_PEOPLE} people" in text and f"below {UNRELIABLE_BELOW}" in text
    assert "default-v1" not in README


def test_rule_5_and_6_are_what_scale_scores_computes() -> None:
    standing = np.array([-1.2, 0.0, 0.4, 1.5])
    se2 = np.array([0.04, 0.5, 0.1, 0.2])
    scaled = scale_scores(standing, se2)
    tau2 = max(1 - float(se2.mean()), TAU2_MIN)
    shrink = tau2 / (tau2 + se2)
    mu, v = shrink * standing, shrink * se2
    assert np.allclose(scaled.score, 100 * ndtr(mu))
    assert np.allclose(scaled.lower, 100 * ndtr(mu - Z_INTERVAL * np.sqrt(v)))
    assert np.allclose(scaled.upper, 100 * ndtr(mu + Z_INTERVAL * np.sqrt(v)))
    below, above = np.array([0.09, 0.5, 0.1, 0.4]), np.array([0.01, 0.5, 0.1, 0.2])
    sided = scale_scores(standing, se2, below=below, above=above)
    assert np.allclose(sided.score, scaled.score)
    assert np.allclose(sided.lower, 100 * ndtr(mu - Z_INTERVAL * np.sqrt(shrink * below)))
    assert np.allclose(sided.upper, 100 * ndtr(mu + Z_INTERVAL * np.sqrt(shrink * above)))


def test_the_readme_glossary_lists_every_feature_once() -> None:
    glossary = README[README.index("**Glossary**") :]
    for name in CATALOG:
        assert glossary.count(f"| `{name}` |") == 1, name
