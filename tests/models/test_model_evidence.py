"""Evidence rows: direction-aware post choice, and honest rows where no post can show a feature."""

from __future__ import annotations

import pandas as pd

from models.evidence import build_evidence
from signals import schemas


def posts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "post_id": ["a", "b", "c"],
            "created_at": pd.to_datetime(
                ["2024-01-01T10:00Z", "2024-01-02T10:00Z", "2024-01-03T10:00Z"], utc=True
            ),
            "text": ["sorry, my mistake", "all good here", "I was wrong about route 5"],
        }
    )


def feature_evidence() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "person_id": ["p1", "p1", "p1"],
            "feature": ["humility__apology_own_rate", "humility__correction_rate", "tone__mean_compound"],
            "post_id": ["a", "c", "b"],
            "strength": [1.0, 1.0, -0.4],
            "match_start": pd.array([7, 0, None], dtype="Int64"),
            "match_end": pd.array([17, 11, None], dtype="Int64"),
            "note": ["own-mistake apology", "correction", None],
        }
    )
    return schemas.validate(frame, schemas.FEATURE_EVIDENCE)


def contributions(z_apology: float, z_tone: float) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "person_id": ["p1", "p1", "p1"],
            "trait": ["humble", "humble", "enjoyable"],
            "feature": ["humility__apology_own_rate", "humility__correction_rate", "tone__mean_compound"],
            "value": [0.2, 0.1, 0.3],
            "z": [z_apology, 1.0, z_tone],
            "weight": [1.0, 0.8, 1.0],
            "contribution": [z_apology * 0.6, 0.5, z_tone * 0.5],
        }
    )


def scores(humble: float, enjoyable: float) -> pd.DataFrame:
    return pd.DataFrame(
        {"person_id": ["p1", "p1"], "trait": ["humble", "enjoyable"], "score": [humble, enjoyable]}
    )


def test_high_scores_point_at_matching_posts_and_spans() -> None:
    evidence = build_evidence(contributions(2.0, 1.5), scores(90, 70), feature_evidence(), posts())
    humble = evidence[evidence["trait"] == "humble"]
    assert humble["feature"].tolist() == ["humility__apology_own_rate", "humility__correction_rate"]
    first = humble.iloc[0]
    assert first["snippet"][first["match_start"] : first["match_end"]] == "my mistake"
    enjoyable = evidence[evidence["trait"] == "enjoyable"]
    assert enjoyable["post_id"].isna().all(), "a post that lowers tone cannot evidence a high tone"
    assert "above the norm" in enjoyable.iloc[0]["note"]


def test_middle_scores_need_no_evidence() -> None:
    evidence = build_evidence(contributions(0.01, 0.01), scores(52, 49), feature_evidence(), posts())
    assert evidence.empty
    assert list(evidence.columns) == schemas.EVIDENCE.names


def test_low_score_uses_posts_pushing_down() -> None:
    evidence = build_evidence(contributions(0.5, -2.0), scores(70, 20), feature_evidence(), posts())
    enjoyable = evidence[evidence["trait"] == "enjoyable"]
    assert enjoyable["post_id"].tolist() == ["b"]
    assert enjoyable.iloc[0]["contribution"] < 0
