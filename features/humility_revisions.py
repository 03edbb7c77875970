"""Round 5 structures: chat self-repairs, retractions and lapses of one's own words (issue #24).

Written from the categories of validation/labels/GUIDE.md while reading the development split of
round 5 (IRC support chat and Stack Exchange comments), as word classes and shapes rather than the
phrases read there:

Lapses of the author (fed to the lapse family of features/humility_rules.py, which then asks who
the subject is, whether it is asked, conditional, reported or negated):

- an action of any verb form that hit the wrong target, not only the past tenses of a closed list:
  "I was looking at the wrong machine", "I have been using the wrong flag"; not a receiving verb
  ("I got / received / was sent the wrong item" is a complaint by the guide);
- a way that went wrong: "I see where I went wrong";
- a perception or recollection gone wrong: "I saw that wrong", "I remembered it wrong";
- one's words put badly: "I worded it poorly", "I explained that badly";
- a hedged oversight: "I may have missed a detail", "I must have overlooked it";
- not doing it properly, the adverb first: "I didn't properly define it";
- a lapse announced by its manner first: "By mistake I've put X".

Repairs of one's own words (corrections, fed to `self_repairs`):

- the chat substitution "s/old/new/" opening a line (an editor's notation for "read new for old");
  not "sed 's/a/b/'" or a longer instruction after it;
- a one- or two-word line ending in a star, "through*" (the star after the word, as "*through");
- a retraction of one's own words or vote: "Retracted my close vote", "I deleted my answer",
  "rolled back my edit"; a repair of one's own typo to come: "I'll fix that typo";
- one's own words called badly put: "my question was poorly framed", "my title is misleading";
- an interjection of error before a bare "meant": "Typo. Meant X", "oops, meant to direct that at
  Ana".

`meant_is_repair` is what the rule layer asks of the correction lexicon's "I meant": with a slip,
apology or concession word in the text ("Sorry for the confusion, I meant ...", "oh, you're
right, I meant ...") or as a short line of its own ("Also I meant .filter"), it withdraws the
author's words; otherwise it restates them ("I meant the style attribute I put in", "that's what I
meant"), which the guide does not count.

`admitted_fault` is what the rule layer asks of every self-repair: a repair whose sentence also names
the slip as the author's ("no wait, wrong window", "sorry, I just rewrote my question", "my
question was poorly framed", "that one was a mistake, I will fix it") admits a lapse, so it is an
own-mistake apology by the guide as well as a correction; a bare repair ("*their", "s/a/b/") is a
correction only.
"""

from __future__ import annotations

import re

from features.humility_model import sentence_ends
from features.humility_types import CONCESSION, RESTATING_VERBS, SIGN_OFF, SLIP_WORDS, may_hold

# Verbs of getting or being given: "I got the wrong item" is a complaint, not an admission.
_RECEIVING = (
    r"got|get|gets|getting|received|receive|receiving|was|were|been|being|is|are|am|be|sent|shipped|"
    r"delivered|charged|billed|given|handed|have|has|had|having"
)
# Verbs of judging, and of what a product shows: no action of the author's ("I keep seeing the wrong
# page" is a complaint).
_JUDGING_OR_SHOWING = (
    r"thought|think|found|find|heard|felt|feel|believe|believed|guess|suppose|mean|meant|said|say|told|"
    r"seeing|showing|showed|displaying|displayed|returning|returned|loading|loaded|happening|charging|"
    r"billing|shipping|shipped|needed|wanted|expecting|expected"
)
_WRONG_TARGET_ANY = re.compile(
    # the auxiliary first, so that the subject check sees "I" before the span: "I was looking at ..."
    r"(?<![\w'’])(?:(?:was|were|am|been|have\s+been|had\s+been)\s+)?"
    rf"(?!(?:{_RECEIVING}|{_JUDGING_OR_SHOWING})\b)[a-z]+(?:ing|ed)\b"
    r"(?:\s+(?!(?:was|is|were|are|be|been|that|if|whether|and|but|so|then|or)\b)[\w'’-]+){0,4}?\s+"
    r"(?:the|a|an|my)\s+(?:wrong|incorrect)\s+[\w#-]+",
    re.IGNORECASE,
)
_WENT_WRONG = re.compile(r"(?<![\w'’])went\s+wrong\b", re.IGNORECASE)
_PERCEIVED_WRONG = re.compile(
    r"(?<![\w'’])(?:saw|read|heard|understood|remembered|recalled|counted|calculated|measured)\s+"
    r"(?:it|that|this|them|those|these)\s+(?:all\s+)?(?:wrong|wrongly|incorrectly)\b",
    re.IGNORECASE,
)
_SAID_BADLY = re.compile(
    r"(?<![\w'’])(?:worded|phrased|wrote|explained|framed|formulated|put|described|expressed|stated|"
    r"defined|titled)\s+(?:[\w'’-]+\s+){0,3}?(?:poorly|badly|unclearly|clumsily|sloppily|inaccurately)\b",
    re.IGNORECASE,
)
_HEDGED_OVERSIGHT = re.compile(
    r"(?<![\w'’])(?:may|might|must|could)(?:\s+(?:well\s+|just\s+|simply\s+)?have\s+|['’]ve\s+)"
    r"(?:missed|overlooked|misread|misunderstood|misremembered|skipped|mixed\s+up|confused)\b",
    re.IGNORECASE,
)
_NOT_PROPERLY_FIRST = re.compile(
    r"(?<![\w'’])(?:did\s*n['’]?t|did\s+not)\s+(?:properly|carefully|correctly|fully|clearly|thoroughly)\s+"
    r"[a-z]+\b",
    re.IGNORECASE,
)
_MANNER_FIRST = re.compile(
    r"(?<![\w'’])(?:by\s+mistake|mistakenly|in\s+error)\s*,?\s+i(?:['’]ve|\s+have|['’]d|\s+had)?\s+[a-z]+",
    re.IGNORECASE,
)
# Round 8: the manner of a lapse after or before its verb ("I assumed incorrectly", "I, wrongly,
# inverted the words"); the author in the wrong place ("I'm in the wrong room"); the author calling
# themselves a fool for a slip just seen ("doh, I'm an idiot", "my stupidity was resetting it"). The
# rule layer still asks who the subject is and leaves out questions, conditions and requests
# ("forgive my stupidity": its subject is not the author).
_MANNER_AFTER = re.compile(
    r"(?<![\w'’])[a-z]+(?:ed|ook|rote|ut|et)\s+(?:[\w'’-]+\s+){0,2}?(?:wrongly|incorrectly|mistakenly|"
    r"erroneously)\b",
    re.IGNORECASE,
)
_MANNER_BEFORE = re.compile(
    r"(?<![\w'’])(?:wrongly|incorrectly|erroneously)\s*,?\s+[a-z]+(?:ed|ook|rote|ut|et)\b", re.IGNORECASE
)
_IN_WRONG_PLACE = re.compile(
    r"(?:(?<=\w)['’]m|(?<![\w'’])(?:am|was|im|been))\s+(?:\w+\s+)?(?:in|on|at)\s+the\s+wrong\s+[\w#-]+",
    re.IGNORECASE,
)
_SELF_FOOL = re.compile(
    # only after an interjection of realizing ("doh, I'm an idiot", "wait nvm I'm stupid"): without one,
    # "I'm an idiot. How do I ...?" softens a question and "maybe I'm blind but" is pre-emptive
    r"(?<![\w'’])(?:d['’]?oh|wait|nvm|never\s*mind|oh|ugh|argh|damn|dammit|crap|bah|oops|ah)\W+"
    r"(?:[\w'’]+\W+){0,2}?i(?:['’]?m|\s+am|\s+was)\s+(?:(?:such|so|just|really|totally|an?)\s+)*"
    r"(?:idiot|stupid|dumb|moron|dummy|fool|blind|silly)\b"
    r"|(?<![\w'’])(?:did|said|wrote)\s+something\s+(?:stupid|dumb|silly)\b"
    r"|(?<![\w'’])my\s+(?:own\s+)?(?:stupidity|idiocy|carelessness)\b",
    re.IGNORECASE,
)
# Each lapse structure with the words (lowercase) without which it cannot match.
LAPSES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_WRONG_TARGET_ANY, ("wrong", "incorrect")),
    (_WENT_WRONG, ("wrong",)),
    (_PERCEIVED_WRONG, ("wrong", "incorrect")),
    (_SAID_BADLY, ("poorly", "badly", "unclearly", "clumsily", "sloppily", "inaccurately")),
    (_HEDGED_OVERSIGHT, ("missed", "overlooked", "mis", "skipped", "mixed", "confused")),
    (_NOT_PROPERLY_FIRST, ("properly", "carefully", "correctly", "fully", "clearly", "thoroughly")),
    (_MANNER_FIRST, ("mistake", "error")),
    (_MANNER_AFTER, ("wrongly", "incorrectly", "mistakenly", "erroneously")),
    (_MANNER_BEFORE, ("wrongly", "incorrectly", "erroneously")),
    (_IN_WRONG_PLACE, ("wrong",)),
    (
        _SELF_FOOL,
        ("idiot", "stupid", "dumb", "moron", "dummy", "fool", "dense", "blind", "silly", "carelessness"),
    ),
)

# -- repairs of one's own words -------------------------------------------------------------------

_ADDRESS = r"(?:@?[\w.|-]+[:,]\s+)?"
_OPENER = rf"(?:(?:er+m?|um+|uh+|{SLIP_WORDS}|correction|i\s+mean)[\s,.:!-]+)?"
_SUBSTITUTION = re.compile(
    rf"^[ \t]*{_ADDRESS}{_OPENER}(?P<repair>s/[^/\s][^/\n]{{0,40}}/[^/\n]{{0,60}}/?g?)[ \t]*[.!]*"
    r"(?:[ \t]+[\w'’.,!:)(-]+){0,4}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An emphasis or action in asterisks, or a starred emote: not a repair.
_EMOTES = frozenset(
    {
        "cough",
        "coughs",
        "cries",
        "cry",
        "facepalm",
        "facepalms",
        "gasp",
        "gasps",
        "grin",
        "grins",
        "hug",
        "hugs",
        "laugh",
        "laughs",
        "nod",
        "nods",
        "shrug",
        "shrugs",
        "sigh",
        "sighs",
        "sob",
        "sobs",
        "wave",
        "waves",
        "wink",
        "winks",
        "yawn",
        "yawns",
    }
)
# Starred repairs: "*their" on a line of its own (up to two more words), "see you tuesday *thursday"
# at a line's end, "thursday*" on a line of its own.
_STAR_LINE = re.compile(
    r"^(?:[ \t]*@[\w.]+)*[ \t]*(?P<repair>\*(?P<word>[^\W_][\w'’:-]*)(?:[ \t]+[\w'’-]+){0,2})"
    r"[ \t]*[.!]*[ \t]*$",
    re.MULTILINE,
)
_INLINE_STAR = re.compile(
    r"(?<=[^\s*])[ \t]+(?P<repair>\*(?P<word>[^\W_][\w'’-]*))[ \t]*[.!]*[ \t]*$", re.MULTILINE
)
_STAR_AFTER = re.compile(
    rf"^[ \t]*{_ADDRESS}(?P<repair>(?P<word>[^\W\d_][\w'’-]*))\*(?!\*)[ \t]*[.!]*[ \t]*$", re.MULTILINE
)
_OWN_THINGS = (
    r"answer|answers|comment|comments|post|posts|vote|close\s+vote|downvote|upvote|edit|edits|flag|claim|"
    r"statement|suggestion|question|reply|message|link|remark|tweet"
)
# Who retracts: the author ("I", "I've", "I have") or nobody named, at the start of a clause.
_BY_AUTHOR = (
    r"(?:(?<![\w'’])i(?:['’]ve|\s+have|\s+had|['’]d)?\s+(?:just\s+|now\s+|already\s+)?"
    r"|(?:^|(?<=[.!?:;,(\n]))[ \t]*)"
)
_RETRACTED = re.compile(
    rf"{_BY_AUTHOR}(?:retracted|withdrew|withdrawn|deleted|removed|rolled\s+back|reverted|undid|undone)\s+"
    rf"my\s+(?:own\s+|earlier\s+|previous\s+|last\s+|original\s+)?(?:{_OWN_THINGS})\b"
    r"|(?<![\w'’])i['’]ll\s+(?:fix|correct|amend)\s+(?:that|the|this|my)\s+(?:typo|typos|mistake|error)\b",
    re.IGNORECASE | re.MULTILINE,
)
_WORDS_PUT_BADLY = re.compile(
    r"(?<![\w'’])my\s+(?:own\s+|earlier\s+|original\s+|first\s+|previous\s+)?(?:question|answer|comment|"
    r"post|title|wording|phrasing|description|explanation|example|statement)\s+(?:was|is)\s+"
    r"(?:(?:a\s+bit|a\s+little|rather|very|quite|too|somewhat)\s+)?(?:(?:poorly|badly)\s+(?:framed|worded|"
    r"phrased|written|put|formulated|asked|explained)|misleading|unclear|ambiguous|confusing)\b",
    re.IGNORECASE,
)
_SLIP = rf"(?:{SLIP_WORDS}|typo|err?)"
# "My bad, typo", "argh, a typo": the slip word, then the typo named bare (the lexicon holds "sorry,
# typo" and "oops, typo"; this is their class).
_SLIP_TYPO = re.compile(
    rf"(?<![\w'’])(?:{SLIP_WORDS}|argh|doh|d['’]oh)"
    r"[\s,.:;!–—-]{1,4}(?:(?:a|my|another)\s+)?typos?\b(?!\s+(?:in|on)\s+(?:your|the\s+question|the\s+title)\b)",
    re.IGNORECASE,
)
# "no wait, wrong window", "er, the wrong link": a repair word, then the wrong thing named bare.
_WAIT_WRONG = re.compile(
    r"(?<![\w'’])(?:no\s*,?\s+wait|wait|er+m?|um+)[\s,.!:;–—-]{1,4}(?:the\s+|a\s+)?wrong\s+[\w#-]+"
    r"(?=\s*(?:[.!,;:)\n]|$))",
    re.IGNORECASE,
)
_BARE_MEANT = re.compile(
    rf"(?<![\w'’]){_SLIP}[\s,.:;!-]{{1,4}}meant\b(?!\s+to\s+(?!(?:{RESTATING_VERBS})\b))",
    re.IGNORECASE,
)
# "I was clearly wrong", "I'm obviously wrong about that": the lexicon's "I was wrong" with a word of
# certainty between (not a hedge: "I may be wrong", "probably I'm wrong" withdraw nothing).
_SURELY_WRONG = re.compile(
    r"(?<![\w'’])i(?:['’]m|\s+am|\s+was)\s+(?:obviously|clearly|completely|totally|definitely|absolutely|"
    r"plainly|simply|just|indeed|actually|dead|quite|so|very)\s+(?:wrong|mistaken)\b",
    re.IGNORECASE,
)
_CORRECTED_MYSELF = re.compile(r"(?<![\w'’])correct(?:ed|ing)?\s+myself\b", re.IGNORECASE)
# Each repair structure with its words (lowercase); the star line is found on the raw text.
REPAIRS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_SUBSTITUTION, ("s/",)),
    (
        _RETRACTED,
        ("retract", "withdr", "delet", "remov", "roll", "revert", "undid", "undone")
        + ("fix", "correct", "amend"),
    ),
    (_WORDS_PUT_BADLY, ("poorly", "badly", "misleading", "unclear", "ambiguous", "confusing")),
    (_BARE_MEANT, ("meant",)),
    (_SLIP_TYPO, ("typo",)),
    (_WAIT_WRONG, ("wrong",)),
    (_SURELY_WRONG, ("wrong", "mistaken")),
    (_CORRECTED_MYSELF, ("myself",)),
)


def lapse_spans(masked: str) -> list[tuple[int, int]]:
    """Spans of the round-5 lapse structures, in text order (overlaps are resolved by the caller)."""
    low = masked.lower()
    return sorted(
        m.span() for pattern, keys in LAPSES if may_hold(low, keys) for m in pattern.finditer(masked)
    )


def repair_spans(masked: str, text: str) -> list[tuple[int, int]]:
    """Spans of the round-5 repair structures: the repairing part of each, in text order."""
    low = masked.lower()
    found = [
        m.span("repair") if "repair" in pattern.groupindex else m.span()
        for pattern, keys in REPAIRS
        if may_hold(low, keys)
        for m in pattern.finditer(masked)
    ]
    return sorted(found)


def starred_repairs(text: str) -> list[tuple[int, int]]:
    """Spans of the starred repairs of a raw text (the star is a chat convention, so not masked
    text): not a sign-off of a shared account ("*MS", "JM*") and not an emote ("*sigh")."""
    if "*" not in text:
        return []
    return [
        m.span("repair")
        for pattern in (_STAR_LINE, _INLINE_STAR, _STAR_AFTER)
        for m in pattern.finditer(text)
        if not SIGN_OFF.fullmatch(m["word"]) and m["word"].lower() not in _EMOTES
    ]


_SLIP_OR_CONCESSION = re.compile(
    rf"(?<![\w'’])(?:{SLIP_WORDS}|apolog\w*|typo|confusion|on\s+my\s+part|{CONCESSION}|"
    r"i(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:update[d]?|edit(?:ed)?|amend(?:ed)?|correct(?:ed)?)\s+my)\b",
    re.IGNORECASE,
)
_SHORT_LINE_AFTER = re.compile(r"[ \t]*(?:\S+[ \t]*){0,3}?[.!]*[ \t]*(?:\n|$)")
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)


def meant_is_repair(masked: str, start: int, end: int) -> bool:
    """Whether "I meant" at [start, end) withdraws the author's words (see the module docstring)."""
    if _SLIP_OR_CONCESSION.search(masked):
        return True
    if _WHAT_BEFORE.search(masked, 0, start):
        return False
    return bool(_SHORT_LINE_AFTER.match(masked, end))


# Words that name a slip: an interjection of one's own error, or one's words or act called wrong.
_FAULT = re.compile(
    rf"(?<![\w'’])(?:{SLIP_WORDS}|wrong|mistaken|a\s+mistake|(?:poorly|badly)\s+(?:worded|written|phrased|framed|put|explained|formulated|asked|chosen)|ambiguous|ambiguity|unclear|"
    r"misleading)(?![\w'’])",
    re.IGNORECASE,
)
# Just before a slip word, words that make it someone else's or deny it ("your mistake", "not wrong").
_NOT_THE_AUTHORS = re.compile(
    r"(?<![\w'’])(?:you|your|you['’]re|youre|ur|his|her|their|they|not|never|nothing|isn['’]?t|wasn['’]?t)"
    r"\s+(?:[\w'’]+\s+)?$",
    re.IGNORECASE,
)


def admitted_fault(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The span from the slip word to the self-repair at [start, end) (whichever comes first),
    when the repair's sentence names the slip as the author's; else None."""
    ends = sentence_ends(masked)
    begin = max((e for e in ends if e <= start), default=0)
    stop = next((e for e in ends if e > end), len(masked))
    faults = [
        m
        for m in _FAULT.finditer(masked, begin, stop)
        if not _NOT_THE_AUTHORS.search(masked, max(begin, m.start() - 30), m.start())
    ]
    if not faults:
        return None
    nearest = min(
        faults,
        key=lambda m: (
            0 if m.start() < end and start < m.end() else min(abs(m.start() - end), abs(start - m.end()))
        ),
    )
    return min(start, nearest.start()), max(end, nearest.end())


# What was wrong, when it is information or the place one looked: "I gave the wrong channel", "bad info".
INFORMATION = (
    r"(?:info|information|link|url|address|number|name|date|time|figure|channel|command|word|term|version|"
    r"value|example|reference|source|quote|formula|path|flag|option|package|answer|machine|window|manual|"
    r"page|docs?|document|article|file|line|section|table)\b"
)
_WRONG_INFORMATION = re.compile(rf"(?<![\w'’])(?:wrong|incorrect|bad)\s+{INFORMATION}", re.IGNORECASE)
# A fix by the author (or by nobody named) after the lapse: "Accidentally linked the old article. Fixed".
_FIXED_AFTER = re.compile(
    r"(?:[.!;,:)]\s*|\s[-–—]\s*|(?<![\w'’])i(?:['’]ve|\s+have)?\s+(?:now\s+|just\s+|since\s+)?)"
    r"(?:fixed|corrected|restored|amended|updated|edited|reverted|rolled\s+back|undid|undone)\b"
    r"(?!\s+(?:your|ur|his|her|their|its)\b)",
    re.IGNORECASE,
)
_CONCEDED_BEFORE = re.compile(rf"(?<![\w'’]){CONCESSION}", re.IGNORECASE)


_AUTHOR_FIRST = re.compile(r"i(?:['’]ve|['’]d|['’]m)?\b", re.IGNORECASE)


def lapse_repaired(masked: str, start: int, end: int) -> bool:
    """Whether the author's own lapse at [start, end) is a correction too, by what surrounds it: the
    wrong thing is information ("I gave the wrong | channel"), the author fixed it afterwards
    ("Accidentally linked the old article. Fixed"), or it follows a concession ("you are right
    ... Somehow I missed the menu")."""
    wrong = _WRONG_INFORMATION.search(masked, start, min(len(masked), end + 40))
    if wrong and wrong.start() < end:  # inside the lapse or just after it: "I gave the wrong | channel"
        return True
    if _FIXED_AFTER.search(masked, end, min(len(masked), end + 160)):
        return True
    # a concession counts before a lapse the author names as theirs ("I missed"), not before a
    # regret ("you're right! I should have been on twitpic") or a bare participle ("(and misused)")
    said_by_author = bool(_AUTHOR_FIRST.match(masked, start)) and "should" not in masked[start:end].lower()
    return said_by_author and bool(_CONCEDED_BEFORE.search(masked, max(0, start - 160), start))
