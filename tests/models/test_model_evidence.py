"""Evidence rows: direction-aware post choice, and honest rows where no post can show a feature."""

from __future__ import annotations

import pandas as pd

from models.evidence import build_evidence
from signals.ground import schemas


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
    # features by their plain label (features.catalog), never `family__feature`
    assert humble["feature"].tolist() == ["apologies for own mistakes", "self-corrections"]
    first = humble.iloc[0]
    assert first["snippet"][first["match_start"] : first["match_end"]] == "my mistake"
    enjoyable = evidence[evidence["trait"] == "enjoyable"]
    assert enjoyable["post_id"].isna().all(), "a post that lowers tone cannot evidence a high tone"
    assert enjoyable.iloc[0]["note"] == "average tone: 0.3; no single post shows this"


def test_middle_scores_need_no_evidence() -> None:
    evidence = build_evidence(contributions(0.01, 0.01), scores(52, 49), feature_evidence(), posts())
    assert evidence.empty
    assert list(evidence.columns) == schemas.EVIDENCE.names


def test_low_score_uses_posts_pushing_down() -> None:
    evidence = build_evidence(contributions(0.5, -2.0), scores(70, 20), feature_evidence(), posts())
    enjoyable = evidence[evidence["trait"] == "enjoyable"]
    assert enjoyable["post_id"].tolist() == ["b"]
    assert enjoyable.iloc[0]["contribution"] < 0


def test_an_absence_is_counted_in_words_against_colleagues_and_shown_by_a_colleagues_post() -> None:
    """A low score driven by something absent: the count with its denominator, the colleagues'
    median at the same denominator, and a colleague's post showing what would have counted."""
    person_features = pd.DataFrame(
        {
            "person_id": ["p1", "p2", "p3", "p4"],
            "humility__apology_own_rate": [0.0, 0.02, 0.015, 0.03],
            "humility__n": [200.0, 150.0, 180.0, 100.0],
        }
    )
    contrib = pd.DataFrame(
        {
            "person_id": ["p1"],
            "trait": ["humble"],
            "feature": ["humility__apology_own_rate"],
            "value": [0.0],
            "z": [-1.5],
            "weight": [1.0],
            "contribution": [-0.9],
        }
    )
    low = pd.DataFrame(
        {"person_id": ["p1"], "trait": ["humble"], "score": [20.0], "lower": [10.0], "upper": [30.0],
         "evidence_level": ["sufficient"], "n_posts": [200], "n_replies": [0], "model_id": ["m"]}
    )
    colleague = pd.DataFrame(
        {"person_id": ["p4"], "feature": ["humility__apology_own_rate"], "post_id": ["c1"], "strength": [1.0],
         "match_start": [0], "match_end": [11], "note": ["apology (own mistake)"]}
    )
    staff = pd.DataFrame(
        {"post_id": ["c1"], "created_at": [pd.Timestamp("2024-03-01", tz="UTC")],
         "text": ["My mistake, the link was wrong."], "person_id": ["p4"]}
    )
    evidence = build_evidence(contrib, low, colleague, staff, person_features=person_features)
    statement, example = evidence.iloc[0], evidence.iloc[1]
    assert statement["note"] == (
        "0 apologies for own mistakes in 200 posts; colleagues' median: 4 in 200; no single post shows this"
    )
    assert example["post_id"] == "c1" and example["person_id"] == "p1"
    assert example["snippet"][example["match_start"] : example["match_end"]] == "My mistake,"[:11]
    assert "a colleague's post" in example["note"]


def test_an_absence_is_followed_by_the_persons_own_posts_where_it_could_have_appeared() -> None:
    """Issue 22 item 4: after the counts and a colleague's example, two of the person's own
    posts where an apology could have appeared: their longest replies without one."""
    from models.evidence import occasion_posts

    texts = {
        "r1": "We are looking into the outage on route 5 and will post updates here.",
        "r2": "Sorry, my mistake: the detour starts at Elm St, not Oak St, today.",
        "r3": "Thanks for the note, the shelter was cleaned this morning.",
        "r4": "ok",
        "p1": "Our longest announcement of the week: the spring schedule starts on Monday for every line.",
    }
    staff = pd.DataFrame(
        {
            "post_id": list(texts),
            "created_at": pd.to_datetime(["2024-03-01"] * 5, utc=True),
            "text": list(texts.values()),
            "person_id": ["p1"] * 5,
            "reply_to_id": ["in1", "in2", "in3", "in4", None],
        }
    )
    post_features = pd.DataFrame(
        {
            "post_id": list(texts),
            "humanness__n_words": [float(len(t.split())) for t in texts.values()],
            "humility__apology_own": [0.0, 1.0, 0.0, 0.0, 0.0],
        }
    )
    occasions = occasion_posts(staff, post_features, {"humility__apology_own_rate": "humility__apology_own"})
    person_features = pd.DataFrame(
        {"person_id": ["p1", "p2"], "humility__apology_own_rate": [0.2, 2.0], "humility__n": [5.0, 5.0]}
    )
    contrib = pd.DataFrame(
        {"person_id": ["p1"], "trait": ["humble"], "feature": ["humility__apology_own_rate"], "value": [0.2],
         "z": [-1.5], "weight": [1.0], "contribution": [-0.9]}
    )
    low = pd.DataFrame(
        {"person_id": ["p1"], "trait": ["humble"], "score": [20.0], "lower": [10.0], "upper": [30.0],
         "evidence_level": ["limited"], "n_posts": [5], "n_replies": [4], "model_id": ["m"]}
    )
    evidence = build_evidence(
        contrib, low, feature_evidence().iloc[:0], staff, person_features=person_features, occasions=occasions
    )
    own = evidence[evidence["note"].str.contains("could have appeared", na=False)]
    # replies before other posts, longest first, never the reply that holds an apology
    assert own["post_id"].tolist() == ["r1", "r3"]
    assert own["snippet"].tolist() == [texts["r1"], texts["r3"]]
    assert own["note"].iloc[0] == (
        "one of their own posts where apologies for own mistakes could have appeared; it shows none"
    )
