"""Jargon bands and score, buzzwords, pronouns, contractions."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from per_text_reference import contractions, jargon_counts, jargon_score, pronouns

from features.humanness import (
    COMMON_ZIPF,
    RARE_ZIPF,
    band,
    buzzwords,
    is_contraction,
)
from features.lexical import Match
from features.text import zipf


def test_thresholds_are_the_de_jargonizer_counts_on_the_zipf_scale() -> None:
    # >= 1,000 and < 50 occurrences in ~90 million words of BBC articles, per billion words;
    # wordfreq reports Zipf values to two decimals, so each cut-off is the first two-decimal
    # value at or above the exact one (4.0458 -> 4.05, 2.7447 -> 2.75).
    common, rare = math.log10(1000 / 90e6 * 1e9), math.log10(50 / 90e6 * 1e9)
    assert COMMON_ZIPF - 0.01 < common <= COMMON_ZIPF
    assert RARE_ZIPF - 0.01 < rare <= RARE_ZIPF


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("the", "common"),
        ("bus", "common"),
        ("pressure", "common"),
        ("stakeholders", "mid"),
        ("paradigm", "mid"),
        ("deliverables", "rare"),
        ("qwxzvbnmplk", "rare"),
    ],
)
def test_band(word: str, expected: str) -> None:
    assert band(word) == expected
    z = zipf(word)
    assert (z >= COMMON_ZIPF) == (expected == "common")
    assert (z < RARE_ZIPF) == (expected == "rare")


@pytest.mark.parametrize(
    ("mid", "rare", "total", "score"),
    [
        (0, 0, 10, 100.0),
        (2, 0, 10, 90.0),  # 100 - (0.5*2 + 0)*100/10
        (2, 1, 10, 80.0),  # 100 - (1 + 1)*100/10
        (0, 4, 4, 0.0),
    ],
)
def test_jargon_score(mid: int, rare: int, total: int, score: float) -> None:
    assert jargon_score(mid=mid, rare=rare, total=total) == pytest.approx(score)


def test_jargon_score_without_words_is_nan() -> None:
    assert math.isnan(jargon_score(mid=0, rare=0, total=0))


def test_jargon_counts_and_rare_spans() -> None:
    text = "Our stakeholders want deliverables"
    counts = jargon_counts(text)
    assert (counts.common, counts.mid, counts.rare) == (2, 1, 1)
    assert [text[m.start : m.end] for m in counts.rare_matches] == ["deliverables"]


@pytest.mark.parametrize(
    ("matcher", "text", "expected"),
    [
        (buzzwords, "Going forward we will leverage synergies", ["Going forward", "leverage", "synergies"]),
        (
            buzzwords,
            "Let's circle back on actionable deliverables",
            ["circle back", "actionable", "deliverables"],
        ),
        (buzzwords, "Our best-in-class paradigm", ["best-in-class", "paradigm"]),
        (buzzwords, '"Leverage synergies", said nobody real', []),
        (buzzwords, "The bus is late again", []),
        (pronouns, "I think you're right about my idea", ["I", "you're", "my"]),
        (pronouns, "We'll send it to you and y'all", ["We'll", "you", "y'all"]),
        (pronouns, "Made in the US", []),
        (pronouns, "The bus is late", []),
        (contractions, "It’s fine, we don't mind Anna's bus", ["It’s", "don't"]),
    ],
)
def test_matched_spans(matcher: Callable[[str], list[Match]], text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in matcher(text)] == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("don't", True),
        ("we're", True),
        ("it's", True),
        ("let's", True),
        ("i'd", True),
        ("anna's", False),
        ("city's", False),
        ("dont", False),
    ],
)
def test_is_contraction(word: str, expected: bool) -> None:
    assert is_contraction(word) is expected
