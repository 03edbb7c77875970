"""Sentiment, incivility and gratitude."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from features.columnar.vader import analyzer, compounds
from features.lexical import Match
from features.tone import NEGATIVE_COMPOUND, gratitude, incivility


def test_one_analyzer_instance() -> None:
    assert analyzer() is analyzer()


@pytest.mark.parametrize(
    ("text", "sign"),
    [("Thank you so much, this is wonderful!", 1), ("This is terrible and I hate it.", -1), ("The bus.", 0)],
)
def test_compound_sign(text: str, sign: int) -> None:
    value = compounds([text])[0]
    assert -1.0 <= value <= 1.0
    if sign > 0:
        assert value > 0.5
    elif sign < 0:
        assert value <= NEGATIVE_COMPOUND
    else:
        assert value == 0.0


@pytest.mark.parametrize(
    ("matcher", "text", "expected"),
    [
        (incivility, "Shut up, you idiot", ["Shut up", "you idiot"]),
        (incivility, "That's a stupid question", ["stupid question"]),
        (incivility, "That's not a stupid question at all", []),  # negated
        (incivility, "You're not an idiot", []),
        (incivility, 'He called me "an idiot" today', []),  # quoted
        (incivility, "Great question, thanks", []),
        (gratitude, "Thanks @ana, I really appreciate it", ["Thanks", "appreciate"]),
        (gratitude, "Thank you! So grateful", ["Thank you", "grateful"]),
        (gratitude, "No thanks", []),
        (gratitude, "The bus is late", []),
    ],
)
def test_matched_spans(matcher: Callable[[str], list[Match]], text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in matcher(text)] == expected
