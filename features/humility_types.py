"""The humility types, their labels, and the closed word classes the rule modules share (issue #24).

Split out of features/humility_rules.py (round 4) so that the rule modules (humility_rules,
humility_heads) can share them without importing each other.
"""

from __future__ import annotations

import re

from features.registry import (
    ADMISSION_RATE,
    APOLOGY_ORG_RATE,
    APOLOGY_OWN_RATE,
    CORRECTION_RATE,
    EMPATHY_RATE,
)

OWN = APOLOGY_OWN_RATE
ORG = APOLOGY_ORG_RATE
EMPATHY = EMPATHY_RATE
CORRECTION = CORRECTION_RATE
ADMISSION = ADMISSION_RATE

LABELS: dict[str, str] = {
    OWN: "own-mistake apology",
    ORG: "apology for the organization",
    EMPATHY: "sympathy, not apology",
    CORRECTION: "correction",
    ADMISSION: "admission",
}


def may_hold(low: str, keys: tuple[str, ...]) -> bool:
    """Whether a lowercased text may hold a match of a case-insensitive pattern every match of
    which contains one of `keys` (lowercase): it holds one of them, or it is not ASCII.

    The rules run per text, and most texts hold none of a structure's words: this skips the
    search, with the same matches. Non-ASCII texts are searched whatever they hold: `re`'s
    IGNORECASE also reads "ı" as "i" and "ſ" as "s", which `str.lower` leaves as they are.
    """
    return not low.isascii() or any(key in low for key in keys)


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def clause_words(masked: str, start: int, *, breaks: re.Pattern[str], reach: int) -> list[re.Match[str]]:
    """The words from the start of the clause to `start`, looking at most `reach` characters back.

    The clause starts after the last match of `breaks` in that stretch. Each caller keeps its own
    break pattern: whether a comma ends a clause differs between asking "who is the subject" and
    asking "does this sentence report someone's words".
    """
    begin = max(0, start - reach)
    found = list(breaks.finditer(masked, begin, start))
    if found:
        begin = found[-1].end()
    return list(WORD.finditer(masked, begin, start))


# Where a clause ends when asking who its subject is: punctuation, a comma, a spaced dash (the
# rules' lapse subjects and conditions, the model's cue subjects).
CLAUSE_BREAKS = re.compile(r"[!?;:\n—–()]|\.(?!\w)|,|\s-\s")
# A sign-off of a shared account's writer ("*MS", "JM*"): initials, not a starred repair.
SIGN_OFF = re.compile(r"[A-Z]{1,3}")

# The interjections of one's own slip ("sorry", "oops", "my bad"): one class for every repair
# structure that opens or closes with one; each structure adds its own neighbours (an "er", a
# "typo", "apologies"). Every word holds a key of the columnar prefilter ("sorr", "sry", "oops",
# "bad", "mistake").
SLIP_WORDS = r"sorr+y+|sry|oops|oopsie|whoops|woops|my\s+bad|my\s+mistake"
# A concession of the other's point ("you're right", "you are absolutely correct"): one spelling
# for every structure that reads a repair after one.
CONCESSION = (
    r"you(?:['’]re|['’]r|re|\s+are)\s+(?:(?:absolutely|quite|totally|completely)\s+)?(?:right|correct)\b"
)
# "meant to <verb>": with a verb of saying it restates ("I meant to say X", "sorry, meant to link
# the other page"); with any other verb it is an intention ("I meant to ask you yesterday").
RESTATING_VERBS = r"say|write|type|put|link|direct|address|reply"

CONDITIONS = frozenset({"if", "unless", "whether"})


def conditional(masked: str, start: int, *, breaks: re.Pattern[str]) -> bool:
    """Whether the clause before `start` makes it a condition ("if I made a mistake, tell me",
    "If my answer is wrong, ...")."""
    return any(w.group().lower() in CONDITIONS for w in clause_words(masked, start, breaks=breaks, reach=100))


def words(text: str) -> frozenset[str]:
    """A closed word class from a space-separated string."""
    return frozenset(text.split())


# Auxiliaries that, just before "I", make a question of it ("have I got it wrong?", "did I miss").
QUESTION_AUX = words("am could did do does had has have shall should was would")

# Past forms of the author's own actions, for "sorry, I <past>" and "should have <past participle>".
PAST_WORDS = (
    r"forgot|forgotten|got|did|didn['’]?t|was|wasn['’]?t|had|hadn['’]?t|haven['’]?t|hasn['’]?t|made|"
    r"saw|took|thought|sent|put|wrote|left|broke|meant|misread|misunderstood|gave|ran|went|lost|"
    r"said|told|set|overslept|spoke|misspoke|chose|knew|read|blew|fell|\w+[^e\W]ed|\w+ied"
)
