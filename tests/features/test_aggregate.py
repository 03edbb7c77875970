"""Per-person aggregators: lexical diversity, templated openings, person frame assembly."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from features.aggregate import (
    COUNT_COLUMNS,
    HASHTAG,
    PERSON_FEATURE_COLUMNS,
    has_hashtag,
    lexical_diversity,
    mtld,
    mtld_pass,
    person_features,
)
from features.posts import template_flags


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a a a a", 2.0),  # two full factors: TTR falls to 0.5 at every second word
        ("a b a b", 4.0),  # one factor at the third word (2/3 <= 0.72), the rest has TTR 1
        ("a b c a", 4 / ((1 - 0.75) / (1 - 0.72))),  # no full factor, a partial one of 0.8929
        ("a b c", 3.0),  # never falls: the text's own length
    ],
)
def test_mtld_pass_golden(words: str, expected: float) -> None:
    assert mtld_pass(words.split()) == pytest.approx(expected)


def test_mtld_averages_both_directions_and_needs_100_words() -> None:
    text = ("the bus was late so we took the train and the train was late too " * 8).split()
    assert len(text) >= 100
    assert mtld(text) == pytest.approx((mtld_pass(text) + mtld_pass(text[::-1])) / 2)
    assert math.isnan(mtld(text[:99]))


def test_template_flags() -> None:
    opening = "thanks for reaching out we will"
    words = pd.Series(
        [f"{opening} check", f"{opening} fix", opening, "a different post entirely ok ok", ""],
        index=["p1", "p2", "p3", "p4", "p5"],
    )
    person = pd.Series(["ana", "ana", "bob", "ana", "ana"], index=words.index)
    # p1/p2 share ana's opening; bob's p3 has it too but is another person; empty posts never match
    assert template_flags(words, person).tolist() == [True, True, False, False, False]


def test_template_flags_look_at_the_posts_around_each_post_not_at_all_of_them() -> None:
    """An opening repeated 15 posts apart is not a template: with a window counted in posts,
    a person who posts more does not look less creative."""
    opening = "thanks for reaching out we will"
    texts = (
        [f"{opening} a"]
        + [f"post number {i} is different from the rest" for i in range(14)]
        + [f"{opening} b"]
    )
    index = [f"p{i}" for i in range(len(texts))]
    times = pd.Series(pd.date_range("2024-01-01", periods=len(texts), freq="h", tz="UTC"), index=index)
    words = pd.Series(texts, index=index)
    person = pd.Series("ana", index=index)
    assert not template_flags(words, person, times).any()
    # the same two posts written next to each other (reversed table order, sorted by time)
    near = pd.Series([texts[0], texts[-1], *texts[1:-1]], index=index)[::-1]
    flags = template_flags(near, person, times[::-1])
    assert flags[["p0", "p1"]].all() and not flags.drop(["p0", "p1"]).any()


def test_person_features_frame() -> None:
    part = pd.DataFrame({"humanness__n": [2.0], "humanness__pronoun_rate": [5.0]}, index=pd.Index(["b"]))
    out = person_features(["b", "a"], [part])
    assert list(out["person_id"]) == ["a", "b"]
    assert list(out.columns) == ["person_id", *PERSON_FEATURE_COLUMNS]
    a = out.set_index("person_id").loc["a"]
    assert all(a[c] == 0 for c in COUNT_COLUMNS)
    assert math.isnan(a["humanness__pronoun_rate"])
    assert out.set_index("person_id").loc["b", "humanness__pronoun_rate"] == 5.0


def test_lexical_diversity_pools_each_persons_words_in_an_order_set_by_post_ids() -> None:
    rng = np.random.default_rng(7)
    vocabulary = [f"w{i}" for i in range(40)]
    n = 400
    values = pd.DataFrame(
        {
            "post_id": [f"p{i}" for i in rng.permutation(n)],
            "person_id": rng.choice(["ana", "bob", "cy", "Dee"], n),
            "created_at": pd.Timestamp("2024-01-01", tz="UTC")
            + pd.to_timedelta(rng.integers(0, 50, n), unit="h"),
        }
    )
    words = pd.Series(
        [" ".join(rng.choice(vocabulary, rng.integers(0, 12))) for _ in range(n)], index=values["post_id"]
    )
    shuffle = pd.util.hash_pandas_object(values["post_id"], index=False)
    ordered = values.assign(order=shuffle.to_numpy()).sort_values(["person_id", "order", "post_id"])
    expected = {
        person: mtld(" ".join(words.loc[group["post_id"]]).split())
        for person, group in ordered.groupby("person_id", sort=True)
    }
    got = lexical_diversity(values.sample(frac=1, random_state=3), words)
    assert list(got.index) == sorted(expected)
    assert got.to_dict() == pytest.approx(expected, nan_ok=True)


def test_lexical_diversity_does_not_fall_as_a_person_posts_more() -> None:
    """A person who repeats an opening in bursts: keeping a random half of their posts used to
    raise their MTLD (in time order the repeats sit closer together the more one posts)."""
    rng = np.random.default_rng(11)
    vocabulary = [f"w{i}" for i in range(400)]
    texts = []
    for i in range(600):  # bursts of ten templated replies, then ten varied posts
        opening = "thanks for reaching out we will look into this" if i // 10 % 2 == 0 else ""
        texts.append(f"{opening} {' '.join(rng.choice(vocabulary, 8))}".strip())
    ids = [f"p{i:04d}" for i in range(len(texts))]
    values = pd.DataFrame(
        {"post_id": ids, "person_id": "ana",
         "created_at": pd.date_range("2024-01-01", periods=len(ids), freq="h", tz="UTC")}
    )  # fmt: skip
    words = pd.Series(texts, index=ids)
    full = float(lexical_diversity(values, words).iloc[0])
    halves = [lexical_diversity(values.sample(frac=0.5, random_state=s), words).iloc[0] for s in range(5)]
    assert abs(np.mean(halves) / full - 1) < 0.05, (full, halves)


def test_has_hashtag_is_the_hashtag_pattern() -> None:
    """Texts with a '#' that is not a tag, tags after letters, digits, '&' (HTML entities) or
    another '#', non-ASCII tags, missing and empty texts: the same as HASHTAG's own search."""
    texts = [
        None, "", "#", "#tag", "a#b", "x #1a", "x #a1", "é#x", " #über", "&#39;", "##x", "#_x", "line\n#tag",
        "(#tag)", "no tag here", "#Ω", "e-mail: a#@b", "#٣",
    ]
    expected = [isinstance(t, str) and re.search(HASHTAG, t) is not None for t in texts]
    assert has_hashtag(pd.Series(texts, dtype=object)).tolist() == expected
    assert sum(expected) >= 5  # the cases hold tags and non-tags
