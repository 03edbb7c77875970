"""The public entry point on a tiny hand-made export: contracts, aggregation, evidence."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from features import (
    PERSON_FEATURE_COLUMNS,
    POST_COLUMNS,
    FeatureResult,
    aggregate_resampled,
    extract,
    person_groups,
    text_features,
)
from features.posts import WRITING_COLUMNS
from signals.execution.workers import WorkerPool, WorkerRunner
from signals.ground.errors import SchemaError
from signals.ground.schemas import (
    FEATURE_EVIDENCE,
    REJECTS,
    REPLIES,
    empty,
    validate,
    validate_person_features,
)

# The contract, kept as data so a rename in code has to be made here on purpose too.
EXPECTED_COLUMNS = [
    line
    for line in (Path(__file__).parent / "golden" / "person_feature_columns.txt").read_text().splitlines()
    if line and not line.startswith("#")
]

ROSTER = [
    {"person_id": "ana", "display_name": "Ana B", "account": "ana_b", "timezone": "America/New_York"},
    {"person_id": "bob", "display_name": "Bob K", "account": "bob_k"},
    {"person_id": "cy", "display_name": "Cy D", "account": "cy_d"},  # consents, posts nothing
    {"person_id": "dee", "display_name": "Dee E", "account": "dee_e", "consent": False},
]
ROWS = [
    {
        "post_id": "x:1",
        "account": "citizen42",
        "created_at": "2024-03-12T14:00:00Z",
        "text": "@ana_b is the 5 late?",
    },
    {
        "post_id": "x:2",
        "account": "ana_b",
        "created_at": "2024-03-12T14:30:00Z",
        "reply_to_id": "x:1",
        "kind": "reply",
        "person_id": "ana",
        "text": "@citizen42 Sorry, my mistake - I gave the wrong time. "
        "Thanks @bob_k for the fix! We're on it.",
    },
    {
        "post_id": "x:3",
        "account": "ana_b",
        "created_at": "2024-03-13T15:00:00Z",
        "edited": True,
        "person_id": "ana",
        "text": "What if we tried a pilot of live-tweeting the council meeting for our riders? https://t.co/x",
    },
    {
        "post_id": "x:4",
        "account": "bob_k",
        "created_at": "2024-03-12T16:00:00Z",
        "person_id": "bob",
        "text": "Going forward we will leverage synergies with stakeholders "
        "to deliver actionable deliverables.",
    },
    {
        "post_id": "x:5",
        "account": "bob_k",
        "created_at": "2024-03-26T16:30:00Z",
        "kind": "repost",
        "reply_to_account": "citizen42",
        "person_id": "bob",
        "text": "RT @citizen42: great bus",
    },
    {
        "post_id": "x:6",
        "account": "bob_k",
        "created_at": "2024-03-26T17:00:00Z",
        "platform": "slack",
        "kind": "message",
        "person_id": "bob",
        "text": "   ",
    },
]


def _extract_rows(split_posts: Any, make_roster: Any, **options: Any) -> FeatureResult:
    """`extract` of ROWS and ROSTER with the mission terms every test here uses."""
    staff, everything = split_posts(ROWS)
    return extract(
        staff,
        all_posts=everything,
        roster=make_roster(ROSTER),
        mission_terms=["riverton", "riders"],
        **options,
    )


@pytest.fixture
def result(split_posts: Any, make_roster: Any) -> FeatureResult:
    return _extract_rows(split_posts, make_roster)


def test_tables_follow_their_contracts(result: FeatureResult) -> None:
    validate(result.replies, REPLIES)
    validate(result.feature_evidence, FEATURE_EVIDENCE)
    validate(result.rejects, REJECTS)
    validate_person_features(result.person_features)
    assert list(result.person_features.columns) == ["person_id", *EXPECTED_COLUMNS]
    assert list(PERSON_FEATURE_COLUMNS) == EXPECTED_COLUMNS
    assert list(result.post_features.columns) == ["post_id", *POST_COLUMNS]
    assert all(str(result.person_features[c].dtype) == "float64" for c in EXPECTED_COLUMNS)


def test_one_row_per_consenting_person_sorted(result: FeatureResult) -> None:
    assert list(result.person_features["person_id"]) == ["ana", "bob", "cy"]


def test_no_evidence_is_nan_and_counts_are_zero(result: FeatureResult) -> None:
    cy = result.person_features.set_index("person_id").loc["cy"]
    counts = [
        c
        for c in EXPECTED_COLUMNS
        if c.endswith("__n") or c in ("humanness__n_words", "responsiveness__n_inbound", "advocacy__n_public")
    ]
    assert all(cy[c] == 0 for c in counts)
    assert all(math.isnan(cy[c]) for c in EXPECTED_COLUMNS if c not in counts)


def test_writing_features_of_a_person(result: FeatureResult) -> None:
    ana = result.person_features.set_index("person_id").loc["ana"]
    assert ana["humanness__n"] == 2 and ana["humility__n"] == 2  # two own posts with text
    assert ana["humanness__n_words"] == 30  # 15 + 15 words
    assert ana["humility__apology_own_rate"] == 0.5  # share of posts
    assert ana["humility__edit_rate"] == 0.5
    assert ana["ideas__idea_rate"] == pytest.approx(100 * 2 / 30)  # "What if we", "pilot" per 100 words
    assert ana["teamwork__we_rate"] == pytest.approx(100 * 3 / 30)  # We're, we, our
    assert ana["teamwork__colleague_mention_share"] == 0.5  # @bob_k
    assert ana["teamwork__thanks_colleague_share"] == 0.5
    assert ana["tone__gratitude_rate"] == 0.5
    assert ana["mission__term_rate"] == pytest.approx(100 / 30)  # riders
    assert math.isnan(ana["creativity__lexical_diversity"])  # fewer than 100 words
    assert ana["creativity__template_share"] == 0.0


def test_activity_and_generosity(result: FeatureResult) -> None:
    bob = result.person_features.set_index("person_id").loc["bob"]
    assert bob["activity__n"] == 3  # a post, a repost, an empty Slack message
    assert bob["humanness__n"] == 1  # only the post has own writing
    assert bob["generosity__repost_share"] == pytest.approx(1 / 3)
    assert bob["activity__public_share"] == pytest.approx(2 / 3)
    assert bob["activity__posts_per_week"] == pytest.approx(3 / ((14 * 24 + 1) / (7 * 24)))  # 14 d 1 h
    assert bob["humanness__buzzword_rate"] == pytest.approx(100 * 6 / 12)
    assert bob["humanness__jargon_score"] == pytest.approx(100 - (0.5 * 4 + 1) * 100 / 12)
    assert math.isnan(bob["tone__volatility"])  # one post: no spread to speak of


def test_evidence_spans_point_at_the_matched_text(result: FeatureResult, split_posts: Any) -> None:
    texts = dict(zip(*[pd.DataFrame(ROWS)[c] for c in ("post_id", "text")], strict=True))
    spans = result.feature_evidence.dropna(subset=["match_start"])
    assert len(spans) > 10
    for row in spans.itertuples():
        matched = texts[row.post_id][row.match_start : row.match_end]
        assert matched, row
        quoted = re.search(r': "(.*)"', row.note)
        if quoted and row.feature != "creativity__template_share":
            assert matched == quoted.group(1), row
    apology = spans[spans["feature"] == "humility__apology_own_rate"].iloc[0]
    assert texts[apology.post_id][apology.match_start : apology.match_end] == "Sorry, my mistake"
    assert apology.note == 'own-mistake apology: "Sorry, my mistake"' and apology.strength > 0


def test_evidence_is_at_most_five_posts_per_feature(result: FeatureResult) -> None:
    sizes = result.feature_evidence.groupby(["person_id", "feature"]).size()
    assert sizes.max() <= 5
    assert set(result.feature_evidence["person_id"]) <= {"ana", "bob"}


def test_result_does_not_depend_on_row_order(
    split_posts: Any, make_roster: Any, result: FeatureResult
) -> None:
    staff, everything = split_posts(list(reversed(ROWS)))
    again = extract(
        staff.sample(frac=1, random_state=3),
        all_posts=everything,
        roster=make_roster(list(reversed(ROSTER))),
        mission_terms=["riders", "riverton"],
    )
    pd.testing.assert_frame_equal(again.person_features, result.person_features)
    pd.testing.assert_frame_equal(again.feature_evidence, result.feature_evidence)
    pd.testing.assert_frame_equal(again.replies, result.replies)


def test_post_features(result: FeatureResult) -> None:
    post = result.post_features.set_index("post_id")
    assert post.loc["x:2", "humility__apology_own"] == 1
    assert post.loc["x:4", "humanness__buzzwords"] == 6
    assert post.loc["x:5", list(WRITING_COLUMNS)].isna().all()  # a repost is not own writing
    assert post.loc["x:5", ["activity__public", "generosity__repost"]].tolist() == [1.0, 1.0]
    assert post.loc["x:6", ["activity__public", "generosity__repost"]].tolist() == [0.0, 0.0]  # Slack


def test_empty_input_flows(make_roster: Any) -> None:
    from signals.ground.schemas import POSTS, STAFF_POSTS

    got = extract(empty(STAFF_POSTS), all_posts=empty(POSTS), roster=make_roster(ROSTER))
    assert list(got.person_features["person_id"]) == ["ana", "bob", "cy"]
    assert got.replies.empty and got.feature_evidence.empty and got.rejects.empty and got.post_features.empty
    validate(got.replies, REPLIES)
    validate(got.feature_evidence, FEATURE_EVIDENCE)


def test_missing_columns_are_reported(split_posts: Any, make_roster: Any) -> None:
    staff, everything = split_posts(ROWS)
    with pytest.raises(SchemaError, match="thread_id"):
        extract(staff.drop(columns="thread_id"), all_posts=everything, roster=make_roster(ROSTER))


def test_non_english_posts_are_left_out(split_posts: Any, make_roster: Any) -> None:
    rows = [
        *ROWS,
        {
            "post_id": "x:7",
            "account": "cy_d",
            "created_at": "2024-03-12T10:00:00Z",
            "lang": "es",
            "text": "Lo siento, mi error",
            "person_id": "cy",
        },
    ]
    staff, everything = split_posts(rows)
    got = extract(staff, all_posts=everything, roster=make_roster(ROSTER))
    cy = got.person_features.set_index("person_id").loc["cy"]
    assert cy["activity__n"] == 1 and cy["humanness__n"] == 0
    assert got.counts["non_english_posts_excluded"] == 1


def test_resampled_replicate(split_posts: Any, make_roster: Any) -> None:
    staff, everything = split_posts(ROWS)
    result = extract(staff, all_posts=everything, roster=make_roster(ROSTER), mission_terms=["riders"])
    same = aggregate_resampled(
        result,
        staff_posts=staff,
        post_positions=np.arange(len(staff)),
        reply_positions=np.arange(len(result.replies)),
        roster=make_roster(ROSTER),
    )
    pd.testing.assert_frame_equal(same, result.person_features)
    # ana's apology post twice, her other post not at all
    apology = int(np.flatnonzero(staff["post_id"].to_numpy() == "x:2")[0])
    others = [i for i, person in enumerate(staff["person_id"]) if person != "ana"]
    twice = aggregate_resampled(
        result, staff_posts=staff, post_positions=[apology, apology, *others], reply_positions=[]
    ).set_index("person_id")
    assert twice.loc["ana", "humility__apology_own_rate"] == 1.0
    assert twice.loc["ana", "humanness__n"] == 2
    assert twice.loc["ana", "creativity__template_share"] == 0.0  # a repeated draw is not a template
    assert twice.loc["ana", "responsiveness__n"] == 0


def test_person_groups_cut_at_the_post_budget() -> None:
    authors = pd.Series(["a", "a", "b", "c", "c", "c", "e"])
    groups = person_groups(["a", "b", "c", "d", "e"], authors, max_posts=3)
    assert [(people, rows.tolist()) for people, rows in groups] == [
        (["a", "b"], [0, 1, 2]),
        (["c", "d"], [3, 4, 5]),  # d has no posts; c alone fills the budget
        (["e"], [6]),
    ]
    assert [p for p, _ in person_groups(["a", "b"], authors, max_posts=1)] == [["a"], ["b"]]
    assert [p for p, _ in person_groups([], authors.iloc[:0], max_posts=3)] == [[]]


def test_groups_of_people_give_the_same_result(
    split_posts: Any, make_roster: Any, result: FeatureResult
) -> None:
    one_by_one = _extract_rows(split_posts, make_roster, group_posts=1)  # every person a group of their own
    assert result.person_features["person_id"].nunique() > 1
    pd.testing.assert_frame_equal(one_by_one.person_features, result.person_features)
    pd.testing.assert_frame_equal(one_by_one.feature_evidence, result.feature_evidence)
    pd.testing.assert_frame_equal(one_by_one.post_features, result.post_features)
    pd.testing.assert_frame_equal(one_by_one.replies, result.replies)
    assert one_by_one.counts == result.counts


def test_worker_processes_give_the_same_result(
    split_posts: Any, make_roster: Any, result: FeatureResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signals.execution.workers

    monkeypatch.setattr(signals.execution.workers, "PARALLEL_MIN_TEXTS", 1)
    with WorkerPool(2) as pool:  # one pool serves every group
        again = _extract_rows(split_posts, make_roster, runner=WorkerRunner(pool), group_posts=1)
    pd.testing.assert_frame_equal(again.person_features, result.person_features)
    pd.testing.assert_frame_equal(again.feature_evidence, result.feature_evidence)
    pd.testing.assert_frame_equal(again.post_features, result.post_features)


def test_all_posts_from_a_loader_give_the_same_result(
    split_posts: Any, make_roster: Any, result: FeatureResult
) -> None:
    staff, everything = split_posts(ROWS)
    loads: list[int] = []

    def load() -> pd.DataFrame:
        loads.append(1)
        return everything

    loaded = extract(staff, all_posts=load, roster=make_roster(ROSTER), mission_terms=["riverton", "riders"])
    assert loads == [1]
    pd.testing.assert_frame_equal(loaded.replies, result.replies)
    pd.testing.assert_frame_equal(loaded.person_features, result.person_features)
    assert loaded.counts == result.counts


def test_text_features() -> None:
    text = "@ana Sorry, my mistake! Going forward we leverage the bus for our riders."
    values, matches = text_features(text, mission_terms=["riders"])
    assert values["humility__apology_own"] == 1
    assert values["humanness__buzzwords"] == 2
    assert values["mission__terms"] == 1
    assert values["humanness__n_words"] == 12
    assert {text[m.start : m.end] for m in matches} >= {"Sorry, my mistake", "Going forward", "riders"}
    assert text_features("@ana https://x.co") == ({}, [])
