"""Politeness strategies: golden markers and values, sentence starts, triggers, column order."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from features.politeness import (
    FEATURES,
    PREFIX,
    lowered,
    politeness_markers,
    politeness_values,
    sentence_starts,
    strategies_of,
)
from features.politeness_lexicon import STRATEGIES, strategy
from features.text import prepare

REPO = Path(__file__).resolve().parents[2]


def markers(text: str) -> list[tuple[str, str]]:
    return sorted((m.feature.removeprefix(PREFIX), text[m.start : m.end]) for m in politeness_markers(text))


def nonzero(text: str) -> dict[str, float]:
    values = politeness_values(text)
    return {k.removeprefix(PREFIX): v for k, v in values.items() if v}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi Ana, could you please take a look at the route 5 page when you get a chance? Thanks!",
            [
                ("counterfactual_modal", "could you"),
                ("gratitude", "Thanks"),
                ("greeting", "Hi"),
                ("please", "please"),
                ("second_person", "you"),
                ("second_person", "you"),
                ("subjunctive", "when you get a chance"),
            ],
        ),
        (
            "Why did you remove my edit?? You obviously did not read the talk page.",
            [
                ("direct_question", "Why did you remove my edit?"),
                ("factuality", "obviously"),
                ("first_person", "my"),
                ("second_person", "You"),
                ("second_person", "you"),
                ("second_person_start", "You"),
                ("shouting", "??"),
                ("why", "Why"),
                ("why_you", "Why did you"),
            ],
        ),
        (
            "Great work on the article! Would you be willing to review mine? What do you think?",
            [
                ("ask_opinion", "What do you think"),
                ("counterfactual_modal", "Would you"),
                ("deference", "Great work"),
                ("direct_question", "What do you think?"),
                ("first_person", "mine"),
                ("indirect_request", "Would you be willing"),
                ("second_person", "you"),
                ("second_person", "you"),
            ],
        ),
        (
            "Please stop reverting. I already explained it twice.",
            [
                ("challenge", "I already"),
                ("first_person", "I"),
                ("first_person_start", "I"),
                ("please_start", "Please"),
            ],
        ),
        (
            "Sorry to bother you. May I ask why it was deleted?",
            [
                ("apologizing", "Sorry"),
                ("first_person", "I"),
                ("first_person_modal", "May I"),
                ("hedges", "May"),
                ("second_person", "you"),
                ("why", "why"),
            ],
        ),
        # "you" ends at the apostrophe of "You've", as a word boundary does
        (
            "You've removed it again. Can you explain?",
            [
                ("indicative_modal", "Can you"),
                ("second_person", "You"),
                ("second_person", "you"),
                ("second_person_start", "You"),
            ],
        ),
        # leading mentions are masked; "İ" lowercases to two characters: case-insensitive fallback
        (
            "@ana_b İstanbul: could you check this?",
            [("counterfactual_modal", "could you"), ("second_person", "you")],
        ),
        ("", []),
    ],
)
def test_markers(text: str, expected: list[tuple[str, str]]) -> None:
    assert markers(text) == sorted(expected)


def test_values() -> None:
    assert nonzero(
        "Hi Ana, could you please take a look at the route 5 page when you get a chance? Thanks!"
    ) == {
        "gratitude": 1.0,
        "greeting": 1.0,
        "please": 1.0,
        "counterfactual_modal": 1.0,
        "subjunctive": 1.0,
        "second_person": 2.0,
        "n_questions": 1.0,
        "n_sentences": 2.0,
        "positive_lexicon": 3.0,  # please, chance, thanks (VADER valence > 0)
    }
    values = nonzero("Why did you remove my edit?? You obviously did not read the talk page.")
    assert values["negation"] == 1.0 and values["n_questions"] == 2.0 and values["why"] == 1.0
    assert nonzero("Sorry to bother you. I don't think so.")["negation"] == 1.0
    assert nonzero("Sorry to bother you.")["negative_lexicon"] == 2.0  # sorry, bother
    assert nonzero("I think it's fine")["has_hedge"] == 1.0


def test_values_from_given_markers_equal_computed() -> None:
    text = "So, could you maybe check it? Thanks"
    p = prepare(text)
    assert politeness_values(p, politeness_markers(p)) == politeness_values(text)


def test_please_at_start_is_not_please() -> None:
    assert markers("Please fix it. Could you please check?") == [
        ("counterfactual_modal", "Could you"),
        ("please", "please"),
        ("please_start", "Please"),
        ("second_person", "you"),
    ]


def test_start_strategies_only_at_sentence_starts() -> None:
    assert markers("I said so.") == [("first_person", "I"), ("first_person_start", "I")]
    assert ("direct_start", "so") not in markers("I said so.")
    text = '  "So, what?" (And then) ok.\nNext'
    assert [text[i : i + 3] for i in sentence_starts(text)] == ["So,", "And", "Nex"]


def test_columns_keep_the_first_versions_order() -> None:
    first = [
        *("gratitude", "deference", "greeting", "apologizing", "please", "please_start", "indirect_btw"),
        *("direct_question", "direct_start", "counterfactual_modal", "indicative_modal", "subjunctive"),
        *("first_person_start", "first_person_plural", "first_person", "second_person"),
        *("second_person_start", "hedges", "factuality", "why_you", "imperative_start", "obligation"),
        *("negative_words", "welcome", "shouting", "has_hedge", "n_questions", "n_sentences"),
    ]
    assert FEATURES[: len(first)] == tuple(PREFIX + n for n in first)
    assert len(set(FEATURES)) == len(FEATURES)
    assert set(politeness_values("Thanks!")) == set(FEATURES)


def test_strategy_triggers_from_phrases() -> None:
    s = strategy(
        "x", "x", "thanks?|(?:would|will) you|apologi[sz]e|suggest(?:ed)?|by the way", prefixes="idiot"
    )
    assert s.triggers == {"thank", "thanks", "would", "will", "by"}
    assert s.prefixes == ("apologi", "idiot", "suggest")
    harsh = [s.name for s in STRATEGIES].index("negative_words")
    assert harsh in strategies_of("idiots") and harsh in strategies_of("idiotic")
    assert strategies_of("zebra") == ()


def _texts() -> list[str]:
    path = REPO / "validation" / "data" / "politeness" / "wikipedia.dev.csv"
    return [str(t) for t in pd.read_csv(path)["Request"].head(600)]


def test_every_match_starts_at_a_trigger() -> None:
    """A strategy runs only at its trigger words: a full scan of its regex finds nothing else."""
    for text in _texts():
        low, _ = lowered(prepare(text).masked)
        words = {m.start(): m.group() for m in re.finditer(r"(?<![\w@])[^\W\d_]+(?:'[^\W\d_]+)*", low)}
        for i, s in enumerate(STRATEGIES):
            for m in re.finditer(s.pattern, low):
                assert m.start() in words, (s.name, text)
                assert i in strategies_of(words[m.start()]), (s.name, words[m.start()], text)
