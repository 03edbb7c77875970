"""Typed apologies, corrections and admissions: golden spans, negation and quotation cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from features.humility import ADMISSION, CORRECTION, EMPATHY, ORG, OWN, admissions, apologies, corrections
from features.lexical import Match, lexicon


def typed(matches: list, text: str) -> list[tuple[str, str]]:
    return sorted((m.feature, text[m.start : m.end]) for m in matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry, my mistake - the bus leaves at 9.", [(OWN, "Sorry, my mistake")]),
        ("I apologize for the error in my last post", [(OWN, "I apologize for the error")]),
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
    text = 'He said "I apologize" and then: my bad. I messed up'
    assert typed(apologies(text), text) == [(OWN, "I messed up"), (OWN, "my bad")]


def test_one_apology_per_sentence_with_the_apology_word_as_evidence() -> None:
    text = "I was wrong about the schedule, sorry about that. My bad, I messed up."
    assert typed(apologies(text), text) == [(OWN, "My bad"), (OWN, "sorry about that")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apology's object says whose fault it is
        ("Sorry for the late reply, I was away", [(OWN, "Sorry for the late reply")]),
        ("Apologies again for the mix-up", [(OWN, "Apologies again for the mix-up")]),
        ("I do apologize for any inconvenience", [(ORG, "I do apologize for any inconvenience")]),
        ("Sorry about your bike", [(EMPATHY, "Sorry about your bike")]),
        # "sorry for the delay" is the author's own in a person's voice, the organization's in its voice
        ("Sorry for the delay in responding", [(OWN, "Sorry for the delay")]),
        ("Sorry for the delay, we are looking into it", [(ORG, "Sorry for the delay")]),
        ("Sorry for the delay ^JM", [(ORG, "Sorry for the delay")]),
        ("Thanks for your patience, sorry about that", [(ORG, "sorry about that")]),
        # a first-person past action after the apology word
        ("Sorry I missed this yesterday", [(OWN, "Sorry")]),
        ("sorry, I didn't see your tweet", [(OWN, "sorry")]),
        ("Sorry dude, didnt see ur tweet", [(OWN, "Sorry")]),
        ("Sorry, that was a typo", [(OWN, "Sorry")]),
        ("I'm sorry, I see what you mean now", [(OWN, "I'm sorry")]),
        ("sorry if I offended anyone", [(OWN, "sorry")]),
        ("If I missed something, I apologize", [(OWN, "I apologize")]),
        ("My apologies.", [(OWN, "My apologies")]),
        ("Sorry, we missed your message", [(ORG, "Sorry")]),
        ("sorry that your flight was cancelled", [(EMPATHY, "sorry that your")]),
        # admitted lapses: the author (or "we", the organization) is their subject
        ("I think I screwed up the times", [(OWN, "I screwed up")]),
        ("Drat, forgot to tag you", [(OWN, "forgot to")]),
        ("I should have checked first", [(OWN, "I should have")]),
        ("We messed up the timetable", [(ORG, "We messed up")]),
        ("We both overlooked it", [(OWN, "We both overlooked")]),
        ("posted wrong link, here is the right one", [(OWN, "posted wrong")]),
    ],
)
def test_typed_by_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed(apologies(text), text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry to bother you, could you check?",  # an imposition
        "Sorry, but that is not possible",  # a softener
        "Sorry, that is not possible ^SR",
        "Sorry, I can't make it",
        "Not sure, sorry",
        "I tend not to close those -- apologies",
        "Sorry? What do you mean?",  # pardon?
        "I'm sorry you feel that way",  # the reader's feelings
        "I'm sorry you have interpreted it that way",
        "I'm sorry for bothering you",
        "I feel sorry for them",
        "@ana I'm sorry.",  # apology or sympathy: cannot tell
        "Sorry... He ruined the song",
        "You forgot to tag me",  # someone else's lapse
        "Your claim that I messed up is false",  # reported, not admitted
        "Apparently it's my fault",
        "Have I misunderstood your question?",  # asked, not admitted
        "I should have the report by Friday",
        "I shouldn't have to wait this long",
        "The newspaper apologizes for the word",
        "I didn't realize it was so many",
    ],
)
def test_no_apology_of_the_author(text: str) -> None:
    assert [m for m in apologies(text) if m.feature in (OWN, ORG)] == []


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


def test_lexicons_read_outside_the_scanner_have_no_prefix_phrases() -> None:
    assert not lexicon("own_lapse").by_prefix and not lexicon("service_voice").by_prefix


def test_structures_are_searched_in_non_ascii_texts_whatever_words_they_hold() -> None:
    """The words pre-check skips only ASCII texts: `re`'s IGNORECASE reads a dotless "ı" as "i"
    and a long "ſ" as "s", which `str.lower` leaves as they are, so "I mıstook" is a lapse as the
    structure's pattern finds it."""
    from features.humility_admissions import structural_lapses

    assert structural_lapses("I mistook the date") == [(2, 9)]
    assert structural_lapses("I mıstook the date") == [(2, 9)]
    assert structural_lapses("I miſtook the date") == [(2, 9)]
