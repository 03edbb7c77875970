"""Typed apologies, corrections and admissions: golden spans, negation and quotation cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from features.humility import ADMISSION, CORRECTION, EMPATHY, ORG, OWN, admissions, apologies, corrections
from features.lexical import Match


def typed(matches: list, text: str) -> list[tuple[str, str]]:
    return sorted((m.feature, text[m.start : m.end]) for m in matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry, my mistake - the bus leaves at 9.", [(OWN, "Sorry, my mistake")]),
        ("I apologize for the error in my last post", [(OWN, "I apologize")]),
        ("My bad, fixed now", [(OWN, "My bad")]),
        ("That's on me. I messed up the times", [(OWN, "I messed up"), (OWN, "That's on me")]),
        ("We apologize for the delay on route 5", [(ORG, "We apologize")]),
        ("Sorry for the inconvenience, service resumes at 6", [(ORG, "Sorry for the inconvenience")]),
        # the service formula wins over the first-person apology it overlaps
        ("I'm sorry for the inconvenience", [(ORG, "sorry for the inconvenience")]),
        # sympathy is not an apology, and wins over both apology types
        ("So sorry to hear about your commute", [(EMPATHY, "So sorry to hear")]),
        ("I'm sorry for your loss", [(EMPATHY, "sorry for your loss")]),
        ("The bus is on time today", []),
    ],
)
def test_apology_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed(apologies(text), text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sorry for saying it",  # negation before
        "I am sorry not sorry about it",  # a refusal overlapping "I am sorry"
        "I never said my bad",  # negated in its clause
        'He wrote "my mistake, sorry about that" yesterday',  # someone else's words
        "RT @city: We apologize for the delay",  # a retweet's text
        "> I apologize for the error",  # a quoted line
        "I won't apologize for that",
    ],
)
def test_not_the_authors_apology(text: str) -> None:
    assert [m for m in apologies(text) if m.feature in (OWN, ORG)] == []


def test_quoted_apology_next_to_own_apology() -> None:
    text = 'He said "I apologize" and then: my bad, I messed up'
    assert typed(apologies(text), text) == [(OWN, "I messed up"), (OWN, "my bad")]


@pytest.mark.parametrize(
    ("matcher", "feature", "text", "expected"),
    [
        (corrections, CORRECTION, "Correction: the 12 runs every 20 minutes", ["Correction:"]),
        (corrections, CORRECTION, "I was wrong about the detour", ["I was wrong"]),
        (corrections, CORRECTION, "Fair enough, I stand corrected", ["I stand corrected"]),
        (corrections, CORRECTION, "Update: earlier I said Monday, it's Tuesday", ["Update: earlier I said"]),
        (corrections, CORRECTION, "To clarify, I misspoke yesterday", ["To clarify, I misspoke"]),
        (corrections, CORRECTION, "I'm not wrong about this", []),
        (corrections, CORRECTION, "I don't think I was wrong", []),
        (corrections, CORRECTION, "I was not wrong", []),
        (admissions, ADMISSION, "Honestly I don't know, let me check", ["I don't know"]),
        (admissions, ADMISSION, "Good point, you're right", ["Good point", "you're right"]),
        (admissions, ADMISSION, "I hadn't thought of that!", ["I hadn't thought of that"]),
        (admissions, ADMISSION, "Not sure yet, will find out", ["Not sure"]),
        (admissions, ADMISSION, "you're not right at all", []),
        (admissions, ADMISSION, 'She replied "you are right" to him', []),
    ],
)
def test_corrections_and_admissions(
    matcher: Callable[[str], list[Match]], feature: str, text: str, expected: list[str]
) -> None:
    found = matcher(text)
    assert all(m.feature == feature for m in found)
    assert [text[m.start : m.end] for m in found] == expected


def test_match_labels_name_the_type() -> None:
    [m] = apologies("my bad")
    assert m.label == 'own-mistake apology: "my bad"'
