"""Golden cases of round 6: the word classes the repair structures share (features/humility_types.py),
the conversation's "we", and a self-repair that admits the slip (features/humility_revisions.py).

Every structure that opens or closes a repair with a slip word ("sorry", "oops", "woops", "my
mistake") reads the same class, every one that reads a repair after a concession ("you're right",
"you're completely right") the same spelling, and "meant to <verb>" is a restatement with the
same verbs of saying everywhere. A "we" that asks or shares a view ("do we agree") is the
conversation's, not an organization's voice. A self-repair whose sentence names the slip as the
author's ("no wait, wrong window", "my question was poorly framed") admits it: an own-mistake
apology by validation/labels/GUIDE.md as well as a correction; a bare repair ("*their") is not.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from features.columnar.matches import may_be_humble
from features.humility import CORRECTION, EMPATHY, ORG, OWN, humility_matches
from features.text import prepare


def kinds(text: str) -> set[str]:
    return {m.feature for m in humility_matches(text)}


@pytest.mark.parametrize(
    "text",
    [
        "sorrry, typo",  # the slip class's lengthened "sorry"
        "my mistake, meant the 5.10 kernel",
        "woops, I meant the other branch",
        "You're completely right, somehow I missed the menu",
        "sorry, I meant to direct that to kees",
        "sorry, meant to link the other page",
    ],
)
def test_repairs_with_the_shared_classes(text: str) -> None:
    assert CORRECTION in kinds(text)
    # the columnar engine's prefilter lets the text through to the rules
    assert may_be_humble(pa.array([prepare(text).masked]))[0]


@pytest.mark.parametrize(
    "text",
    [
        "sorry, I meant to ask you yesterday",  # an intention, not a restatement
        "I meant to call you but the day got away",
        "your right to reply is in the rules",  # a noun phrase, not "you're right"
    ],
)
def test_intentions_and_noun_phrases_are_not_repairs(text: str) -> None:
    assert CORRECTION not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "@DaftWullie sorry, now I'm confused. Do we agree that it does not work?",
        "sorry, should we both restart then?",
        "Sorry, I don't follow. Are we talking about the same file?",
    ],
)
def test_the_conversations_we_is_not_a_service_voice(text: str) -> None:
    assert ORG not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry for the wait, how can we help?",
        "Sorry for the delay, we are looking into it now.",
        "Sorry for the trouble! Could we get your order number?",
    ],
)
def test_a_service_voice_still_speaks_for_the_organization(text: str) -> None:
    found = kinds(text)
    assert ORG in found and OWN not in found


@pytest.mark.parametrize(
    "text",
    [
        "no wait wrong window",
        "Actually, my question was poorly framed so I've edited it.",
        "sorry I just rewrote my question with more details",
        "OK, that one actually was a mistake, I will fix it.",
    ],
)
def test_a_repair_that_names_the_slip_admits_it(text: str) -> None:
    found = {m.feature: text[m.start : m.end] for m in humility_matches(text)}
    assert CORRECTION in found and OWN in found


@pytest.mark.parametrize(
    "text",
    [
        "*their",
        "s/apt/snap/",
        "Retracted my close vote after reading the link.",
        "I retract that, your answer was not wrong.",  # the slip word is denied
        "I've edited it; your wording was misleading.",  # someone else's words called misleading
    ],
)
def test_a_bare_repair_is_a_correction_only(text: str) -> None:
    assert OWN not in kinds(text)


def test_the_evidence_runs_from_the_slip_word_to_the_repair() -> None:
    text = "OK, that one actually was a mistake, I will fix it."
    own = [text[m.start : m.end] for m in humility_matches(text) if m.feature == OWN]
    assert own == ["a mistake, I will fix it"]


# -- round 7: what an apology word's context says (features/humility_heads.py) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "GregAce: this may sound insulting (apologies if it does) but do you know how to use vi",
        "apologies, somebody deleted my answer to your question.",
        "if I read it correctly the server responds, but I have no idea what the matter is - sorry",
    ],
)
def test_apologies_that_admit_nothing_of_the_authors(text: str) -> None:
    # pre-emptive ("if it does"), someone else's act, a condition of another clause
    assert OWN not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry if that was unclear, I meant the second disk.",  # a past condition stays an apology
        "Sorry, I deleted your answer by mistake.",
        "If I missed it, I apologize.",
    ],
)
def test_apologies_that_still_admit(text: str) -> None:
    assert OWN in kinds(text)


def test_sorry_for_your_trouble_is_the_organizations_in_its_voice_else_sympathy() -> None:
    assert ORG in kinds("@Chelle We're genuinely sorry for your frustration. We'll update you soon.")
    assert EMPATHY in kinds("sorry for your trouble man, hope it works out")
    assert EMPATHY in kinds("@anonymous :( sorry for your loss.")
