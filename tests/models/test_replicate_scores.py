"""Replicates predicted stacked (in blocks) equal replicates predicted one by one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from features import PERSON_FEATURE_COLUMNS
from models.default import DefaultModel
from models.scoring import replicate_scores
from signals.ground.config import TRAITS


def cohort(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        rng.gamma(2.0, 1.0, size=(n, len(PERSON_FEATURE_COLUMNS))), columns=PERSON_FEATURE_COLUMNS
    )
    frame.iloc[::4, 3] = np.nan  # some missing values
    frame.insert(0, "person_id", [f"p{i:02d}" for i in range(n)])
    return frame


def test_stacked_prediction_equals_one_call_per_replicate() -> None:
    people = cohort(25, seed=1)
    model = DefaultModel().fit(people)
    point = model.standings(people)
    replicates = []
    for seed in range(2, 9):
        rep = cohort(25, seed=seed)
        replicates.append(rep.sample(frac=1.0, random_state=seed))  # any row order
    stacked = replicate_scores(model.standings, replicates, point, column="standing")
    one_by_one = np.column_stack(
        [
            model.standings(r)
            .set_index(["person_id", "trait"])["standing"]
            .reindex(pd.MultiIndex.from_frame(point[["person_id", "trait"]]))
            .to_numpy()
            for r in replicates
        ]
    )
    assert stacked.shape == (25 * len(TRAITS), len(replicates))
    np.testing.assert_array_equal(stacked, one_by_one)
    assert np.isfinite(stacked).mean() > 0.9
    assert not np.array_equal(stacked[:, 0], stacked[:, 1])


def test_blocks_of_replicates_give_the_same_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    import models.scoring

    people = cohort(25, seed=1)
    model = DefaultModel().fit(people)
    point = model.standings(people)
    replicates = [cohort(25, seed=seed) for seed in range(2, 9)]
    together = replicate_scores(model.standings, replicates, point, column="standing")
    monkeypatch.setattr(models.scoring, "REPLICATE_BLOCK_ROWS", 60)  # two replicates per block
    in_blocks = replicate_scores(model.standings, replicates, point, column="standing")
    np.testing.assert_array_equal(in_blocks, together)
    assert not np.array_equal(in_blocks[:, 0], in_blocks[:, 6])
