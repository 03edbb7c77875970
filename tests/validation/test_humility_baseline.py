"""The lexical baseline of validation/humility_baseline.py, on synthetic texts only (never the test split)."""

from __future__ import annotations

import numpy as np
import pytest

from validation import humility_baseline


def test_best_at_precision_takes_the_lowest_threshold_that_keeps_precision() -> None:
    scores = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.1])
    y = np.array([1, 1, 1, 0, 1, 0])
    best = humility_baseline.best_at_precision(scores, y, 0.90)
    assert best["threshold"] == pytest.approx(0.8)
    assert (best["tp"], best["detected"], best["labelled"]) == (3, 3, 4)
    # no threshold reaches 0.99 precision with a false text on top: the best precision is taken
    worst = humility_baseline.best_at_precision(np.array([0.9, 0.5]), np.array([0, 1]), 0.99)
    assert worst["precision"] == pytest.approx(0.5)


def test_out_of_fold_scores_separate_a_plain_signal() -> None:
    slips = ["i messed up the date", "my mistake, the time", "i forgot the link, my bad", "i messed up again"]
    others = ["the bus is late", "what time is it", "see you at the stop", "the route is open"]
    texts = [t for pair in zip(slips * 3, others * 3, strict=True) for t in pair]
    y = np.array([1, 0] * 12)
    groups = np.repeat(np.arange(6), 4)
    scores = humility_baseline.out_of_fold(texts, None, y, groups, splits=3)
    assert scores[y == 1].min() > scores[y == 0].max()
    # every text is scored by a model fitted on the other groups
    assert np.all(scores > 0)
