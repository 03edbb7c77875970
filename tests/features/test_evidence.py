"""Selection of evidence rows and the wording of notes."""

from __future__ import annotations

import pandas as pd
import pytest

from features.catalog import duration
from features.evidence import CANDIDATE_COLUMNS, select_top


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45, "45 s"), (600, "10 min"), (3 * 3600 + 720, "3.2 h"), (50 * 3600, "2.1 days")],
)
def test_duration(seconds: float, text: str) -> None:
    assert duration(seconds) == text


def test_select_top_keeps_the_five_strongest_per_person_and_feature() -> None:
    at = pd.Timestamp("2024-03-12T14:00:00Z")
    strengths = [0.5, -3.0, 2.0, 0.0, 1.0, -0.1, 4.0, 1.0]
    rows = [
        ["ana", "tone__mean_compound", f"x:{i}", s, pd.NA, pd.NA, "n", at + pd.Timedelta(minutes=i)]
        for i, s in enumerate(strengths)
    ]
    rows.append(["bob", "tone__mean_compound", "x:99", 1.0, 3, 7, "n", at])
    top = select_top([pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)])
    ana = top[top["person_id"] == "ana"]
    # by |strength|, ties (1.0) broken by recency; a strength of 0 moves nothing and is dropped
    assert list(ana["post_id"]) == ["x:6", "x:1", "x:2", "x:7", "x:4"]
    assert list(top[top["person_id"] == "bob"][["match_start", "match_end"]].iloc[0]) == [3, 7]
    assert str(top["match_start"].dtype) == "Int64"


def test_select_top_without_candidates_is_an_empty_table() -> None:
    assert select_top([]).empty
