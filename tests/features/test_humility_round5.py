"""Golden cases of round 5's structures (features/humility_revisions.py), from validation/labels/GUIDE.md.

Chat self-repairs, retractions, lapses of one's own words in any verb form, and "I meant" only where
it withdraws the author's words. Each structure has cases that must not count: someone else's
action, a complaint, a question, a condition, a hedge, a restatement, an instruction.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from features.columnar.matches import may_be_humble
from features.humility import CORRECTION, OWN, humility_matches
from features.humility_revisions import meant_is_repair
from features.text import prepare


def kinds(text: str) -> set[str]:
    return {m.feature for m in humility_matches(text)}


@pytest.mark.parametrize(
    "text",
    [
        "s/their/there/",
        "ana: s/monday/tuesday",
        "er, s/install/reinstall/",
        "tomorrow*",
        "bob: thursday*",
        "Retracted my close vote after reading the link.",
        "I deleted my answer, it was based on the old version.",
        "I've rolled back my edit.",
        "Oh, I'll fix that typo now.",
        "Actually, my question was poorly worded, I've edited it.",
        "My title is misleading.",
        "Typo. Meant the 2019 release.",
        "argh, typo",
        "no wait, wrong window",
        "I was reading the wrong manual, ignore that.",
        "I see where I went wrong now.",
        "Hm, I read that wrong.",
        "I spelt the name wrong earlier, sorry.",
        "Accidentally linked the old page. Fixed.",
        "You're right. Somehow I missed the second step.",
        "Sorry for the confusion, I meant the 64-bit build.",
        "Also I meant --force",
        "I'm obviously wrong about that one.",
        "as I already corrected myself above",
    ],
)
def test_corrections_by_structure(text: str) -> None:
    assert CORRECTION in kinds(text)
    # the columnar engine's prefilter lets the text through to the rules
    assert may_be_humble(pa.array([prepare(text).masked]))[0]


@pytest.mark.parametrize(
    "text",
    [
        # instructions and substitutions inside other words
        "use sed 's/foo/bar/g' on the file",
        "s/foo/bar/g will replace every foo in the file with bar for you",
        "see https://example.org/s/abc/def for the docs",
        # footnotes, emphasis, sign-offs
        "Terms and conditions apply*",
        "*sigh*",
        "JM*",
        # someone else's retraction, or a question about one's own
        "Somebody deleted my answer to your question.",
        "Should I delete my answer?",
        "I haven't retracted my vote.",
        # complaints and products
        "I received the wrong item again.",
        "The app keeps loading the wrong page.",
        "I think you have the wrong number.",
        # hedges, conditions, questions
        "I hope I'm wrong, but the numbers look bad.",
        "If my answer is wrong, please say so.",
        "Is this elderberry or have I got it wrong (again)?",
        # restatements (GUIDE.md: no correction)
        "I meant the style attribute I put in with the edit.",
        "That's what I meant, just a rebuild after it fails.",
        "I meant that I'm close enough to the border to drive there.",
        # a typo complained of, a typo of someone else
        "Damn typos :(",
        "Sorry, I edited your post to fix the formatting.",
        # a hedge, someone else correcting themselves
        "I may be wrong about that one.",
        "She corrected herself later.",
    ],
)
def test_not_corrections(text: str) -> None:
    assert CORRECTION not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was looking at the wrong machine, sorry.",
        "I may have missed a detail when I wrote this up.",
        "Sorry, didn't properly define the term.",
        "By mistake I've put the wrong tag on it.",
        "I should have just let it go.",
        "I should never have merged that branch.",
        "I worded it badly.",
    ],
)
def test_own_lapses_by_structure(text: str) -> None:
    assert OWN in kinds(text)
    assert may_be_humble(pa.array([prepare(text).masked]))[0]


@pytest.mark.parametrize(
    "text",
    [
        "You may have missed a detail.",
        "Something went wrong with the upload.",
        "Should I have asked this somewhere else?",
        "I should have the report by Friday.",
        "The question was worded poorly.",
        "sorry for the long post",
        "Sorry for long comment.",
    ],
)
def test_not_own_lapses(text: str) -> None:
    assert OWN not in kinds(text)


@pytest.mark.parametrize(
    ("text", "repair"),
    [
        ("Sorry, I meant the other flag", True),  # an apology beside it
        ("you're right, I meant signed", True),  # a concession beside it
        ("I meant Tuesday", True),  # a short line of its own
        ("I meant the attribute I put in with the edit, not the class", False),
        ("this is what I meant", False),
    ],
)
def test_meant_withdraws_only_with_a_slip_or_alone(text: str, repair: bool) -> None:
    at = text.lower().index("i meant")
    assert meant_is_repair(text, at, at + len("i meant")) is repair
