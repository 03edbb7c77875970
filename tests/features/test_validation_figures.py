"""Keep the validation figures (validation/RESULTS.md) from silently dropping.

Thresholds sit slightly under the measured values; the politeness check uses 5 outer folds for speed.
"""

from __future__ import annotations

import pytest

from validation import checks


def test_tone_correlation() -> None:
    assert checks.tone()["pearson_r"] >= 0.865  # measured 0.872; published 0.881


def test_politeness_accuracy() -> None:
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    frame, y = checks.politeness_frame()
    x = frame[checks.politeness_columns(list(frame.columns))]
    model = checks.politeness_model(list(x.columns))  # C chosen inside each training fold
    scores = cross_val_score(model, x.to_numpy(), y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
    assert scores.mean() >= 0.835  # measured 0.845 (5-fold), 0.846 (10-fold, RESULTS.md)


def test_jargon_agreement() -> None:
    found = checks.jargon()
    assert found["agreement"] >= 0.70 and found["kappa"] >= 0.49  # measured 71.3%, 0.506


def test_humility_development_figures() -> None:
    """Nested cross-validation by document on the development labels (never the test split)."""
    from validation import humility_eval

    dev = humility_eval.development()["figures"]
    own, corrections = dev["own"]["all"], dev["correction"]["all"]
    # round 7's 975 chat and comment texts were labelled after the rules were written: their own-mistake
    # recall was 0.56 and corrections 0.32 before round 8 was written from them, which lowers the whole
    # figure (0.79 / 0.72 on the six earlier files)
    assert own["precision"] >= 0.87 and own["recall"] >= 0.68  # measured 0.92 / 0.73 (245 of 336)
    # corrections measured 0.93 / 0.52 (120 of 229)
    assert corrections["precision"] >= 0.88 and corrections["recall"] >= 0.47
    org, empathy = dev["org"]["all"], dev["empathy"]["all"]
    # org: a few texts of the chat and comment sources read as an organization's apology; 1.00 / 1.00
    # before round 5's development texts
    assert org["precision"] >= 0.85 and org["recall"] >= 0.93  # measured 0.91 / 0.97 (58 of 60)
    # sympathy: round 6's customer-care replies bring sympathy without an apology word ("we understand
    # how this feels"), which the rules do not read
    assert empathy["precision"] >= 0.93 and empathy["recall"] >= 0.84  # measured 0.97 / 0.87 (62 of 71)


def test_responsiveness_agents() -> None:
    agents = checks.responsiveness()["per_agent"].set_index(["brand", "initials"])
    assert agents.loc[("RockstarSupport", "SR"), "replies"] == 37
    assert agents.loc[("RockstarSupport", "MM"), "replies"] == 15
    assert agents.loc[("RockstarSupport", "MS"), "median_latency_s"] == pytest.approx(622.652)
