"""features.columnar.vader.compounds equals vaderSentiment's polarity_scores compound, text for text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from features.columnar.vader import compounds

REPO = Path(__file__).resolve().parents[2]

# The rules one by one: "but", ALL CAPS, negation at each distance, "never so", "without
# doubt", "least", boosters and two-word boosters, idioms, "no", emoji and punctuation emphasis.
EDGE_CASES = [
    "",
    "   ",
    "good",
    "but but good",
    "GOOD but BAD news",
    "the food is good but the service is bad but ok",
    "good good but good",
    "not good",
    "not very good",
    "not so very good",
    "never so good",
    "it was never this bad",
    "without doubt good",
    "without any doubt good",
    "at least good",
    "very least good",
    "least good",
    "no good",
    "no no good",
    "no problem or bad",
    "sort of good",
    "kind of bad",
    "kind of",
    "it is the bomb",
    "kiss of death for us",
    "yeah right, great",
    "I LOVE it",
    "I LOVE IT",
    "VERY good",
    "I love it!!!!!! ??",
    "bad?? really??? no????",
    "😀 great",
    "great😀😀 fine",
    "I'm not sure it isn't good",
    "don't like it",
    "uh-uh that's horrible",
]


def _vader_tweets() -> list[str]:
    path = REPO / "validation" / "data" / "vader" / "tweets_GroundTruth.txt"
    with path.open(encoding="utf-8", errors="replace") as handle:
        return [parts[2] for parts in (line.rstrip("\n").split("\t") for line in handle) if len(parts) >= 3]


def _politeness_requests() -> list[str]:
    path = REPO / "validation" / "data" / "politeness" / "wikipedia.dev.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    column = next(c for c in rows[0] if "request" in c.lower() or "text" in c.lower())
    return [row[column] for row in rows]


@pytest.fixture(scope="module")
def analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(analyzer: SentimentIntensityAnalyzer, text: str) -> None:
    assert compounds([text])[0] == analyzer.polarity_scores(text)["compound"]


def test_edge_cases_in_one_batch(analyzer: SentimentIntensityAnalyzer) -> None:
    # the shifted arrays must not reach from one text into the next
    got = compounds(EDGE_CASES)
    expected = [analyzer.polarity_scores(t)["compound"] for t in EDGE_CASES]
    assert [(t, g, e) for t, g, e in zip(EDGE_CASES, got, expected, strict=True) if g != e] == []


def test_real_corpora(analyzer: SentimentIntensityAnalyzer) -> None:
    texts = _vader_tweets() + _politeness_requests()
    assert len(texts) > 5000
    got = compounds(texts)
    different = [t for t, g in zip(texts, got, strict=True) if g != analyzer.polarity_scores(t)["compound"]]
    assert different == []
    # the corpora exercise the rules: many texts are not neutral
    assert (got != 0).sum() > len(texts) / 2
