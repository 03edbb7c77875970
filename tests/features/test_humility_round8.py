"""Golden cases of round 8 (features/humility_revisions.py, humility_heads.py): admissions without an
apology word in other shapes, and a concession beside "sorry".

The manner of a lapse ("I assumed incorrectly", "I, wrongly, inverted"), the author in the wrong place
("I'm in the wrong room"), a hedged oversight in its contracted form ("I must've missed it"), calling
oneself a fool for a slip just seen ("doh, I'm an idiot"), "you're right, sorry". Each with cases that
must not count: someone else's manner, a question, a softener ("maybe I'm blind but"), a request.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from features.columnar.matches import may_be_humble
from features.humility import OWN, humility_matches
from features.text import prepare


def kinds(text: str) -> set[str]:
    return {m.feature for m in humility_matches(text)}


@pytest.mark.parametrize(
    "text",
    [
        "You're right, I assumed incorrectly that the wallets did not append keys.",
        "You are correct. I, wrongly, inverted the words.",
        "I wrongly assumed the port was open.",
        "yeah, im in the wrong room :)",
        "Oops, I was on the wrong branch the whole time.",
        "Thanks for finding the dupe, I must've missed it in my search.",
        "doh, im an idiot, 10.10 is what I am on",
        "wait nvm I'm stupid",
        "you were right, my stupidity was resetting it while it was connected",
        "patapon: you're right sorry",
        "Sorry, you're right, the flag is -r.",
    ],
)
def test_admissions_of_round8(text: str) -> None:
    assert OWN in kinds(text)
    # the columnar engine's prefilter lets the text through to the rules
    assert may_be_humble(pa.array([prepare(text).masked]))[0]


@pytest.mark.parametrize(
    "text",
    [
        "The file was parsed incorrectly by the old version.",  # the manner of something else
        "He wrongly assumed the port was open.",
        "Am I in the wrong room?",  # asked
        "maybe i'm blind but i see nothing on api.php",  # a softener, no slip named
        "ok. I'm an idiot. How do I do that?",  # softening a question
        "Forgive my stupidity, what does this flag do?",  # a request
        "you might have missed it, it is in the sidebar",  # someone else's oversight
        "you're right, sorry to bother you",  # an imposition
    ],
)
def test_not_admissions(text: str) -> None:
    assert OWN not in kinds(text)
