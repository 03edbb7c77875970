"""Self-repairs: corrections of one's own earlier words without the word "correction" (issue #24).

validation/labels/GUIDE.md counts as a correction any text where the author withdraws or fixes
their own earlier statement. The correction lexicon holds the fixed phrases ("I stand
corrected", "scratch that", "ignore my last"); these are the STRUCTURES around them that no
phrase list can hold:

- a starred repair on a line of its own: "*their", "*Tuesday" (the chat convention for fixing a
  word of one's last line); not an emphasis or action ("*sigh*", "*shakes fist*"), not a sign-off
  of a shared account ("*MS"), not a bullet ("* item");
- an edit or update note that changes a fact: "edit: it's 5pm not 4pm", "Update: typo, I meant
  ..."; not one that only adds ("update: it works now", "Edit: if anyone knows ...");
- a repair inside the sentence: "Tuesday, I mean Wednesday" ("I mean" after a comma, a few
  words, then the clause ends); not the filler ("I mean, surely ...", "that's what I mean");
- conceding with the corrected fact: "you're right, it's actually Tuesday", "you're right, it's
  5pm, not 4pm", "you're right, I misread it"; not a bare "you're right" (a concession);
- "I said X ... it's actually Y": the author's own earlier words set right;
- an apology beside a fix of one's own earlier words or action, in one sentence: "sorry, I changed
  it to X", "Sorry @ana, I reopened the question", "I've updated the question (sorry for the
  ambiguity)"; not a fix of someone else's ("sorry, I edited your post"), not a question;
- an apology beside "I meant" or a confession of bad wording: "Sorry for the confusion, I meant
  ...", "Sorry that was written badly" (a restatement, "sorry, but I was talking about ...", is
  no correction by the guide).

Round 4 adds the same kinds of structure in other words (word classes, not copied phrases):

- a repair word before a new value: "er, make that four", "Tuesday, or rather Wednesday", "at 4 --
  no wait, 5";
- the author's earlier words called wrong: "my earlier answer was wrong", "my previous comment is
  incorrect", "what I said above was not right" (any noun of one's own words: answer, comment,
  post, claim, figure ...);
- a fix acknowledged to the one who pointed it out: "Thanks, fixed.", "good catch, corrected",
  "fixed now, thanks"; not a fix by someone else ("thanks, you fixed it");
- a revision of one's own claim: "I changed my answer to 12", "I've amended my estimate"; not
  "I edited my question" (an update that adds, by the guide);
- a concession with an admission: "you're right, my mistake", "you are correct, oops";
- an interjection of error before the fixed value or the wrong thing: "oops, that should read
  5pm", "sorry, it's 5pm, not 4pm", "Oops, wrong link";
- a starred repair at the end of a line of text: "see you on tuesday *thursday" (one word, not a
  sign-off "*MS", not an emote);
- a typo acknowledged after a reply word: "yes, that's a typo", "oops, it was a typo", "good catch,
  that was my typo" (a bare "that's a typo" may point at someone else's);
- the author's words called wrong in other words: "I was incorrect", "I was off base", "I should
  have written X";
- accepting another's correction of one's words (GUIDE.md, dev batch 1): "thanks for pointing that
  out", "thanks for catching my typo", "thanks for the catch"; not when a contrast follows in the
  sentence ("thanks for pointing that out, however, the figures are ...").

Questions, quotations and negations are left out; the rule layer drops sarcastic sentences.

It also holds what the rule layer asks of the correction lexicon's matches (`withdraws`: not an
intention, "I meant to scroll"; not a restatement, "that's what I meant"; not a hedge, "probably
I'm wrong") and of the author's own lapses (`repaired_lapses`: a lapse of reading or wording, "I
misread it", "sorry for the typo", withdraws what was read or written, so it is a correction
too).
"""

from __future__ import annotations

import re

from features.humility_admissions import reported_by_other
from features.humility_model import asked
from features.humility_revisions import (
    lapse_repaired,
    meant_is_repair,
    repair_spans,
    starred_repairs,
)
from features.humility_types import (
    CONCESSION,
    QUESTION_AUX,
    RESTATING_VERBS,
    SLIP_WORDS,
    clause_words,
    conditional,
    may_hold,
)
from features.lexical import Match
from features.text import Prepared, inside, negated

_EDIT = re.compile(r"(?<![\w'’])(?:edit(?:ed)?|update[d]?|upd|eta)\s*(?:\d+\s*)?:", re.IGNORECASE)
# What makes an edit a repair: words of error, or a contrast of two values ("5pm not 4pm").
_EDIT_REPAIR = re.compile(
    r"(?<![\w'’])(?:typo|typos|wrong|mistake|mistaken|misread|misspel\w*|misstated|incorrect|corrected|"
    r"i\s+meant|meant\s+to\s+(?:say|write|type)|should\s+(?:be|read|say|have\s+been))(?![\w'’])"
    r"|(?<![\w'’])(?:\d[\w:.]*|[A-Z][a-z]+)\s*,?\s+not\s+(?:\d[\w:.]*|[A-Z][a-z]+)",
)
_LINE_END = re.compile(r"\n|$")
_I_MEAN = re.compile(
    rf"(?<=[\w)\]])\s*(?:,|\s[-–—])\s*(?:(?:{SLIP_WORDS}|err?|uh|um)\s*,?\s+)?(i\s+mean)\s+"
    r"(?:[\w'’:.$€£%-]+)(?:\s+[\w'’:.$€£%-]+){0,2}?\s*(?=[.!;)]|,?\s+not\s|$)",
    re.IGNORECASE,
)
# Words before "I mean" that make it the filler or an explanation: "that's what I mean", "you
# know, I mean".
_I_MEAN_FILLER_BEFORE = frozenset(
    {"what", "that", "which", "know", "see", "yeah", "well", "like", "so", "ok", "okay", "oh", "and", "but"}
)
_CONCEDED = re.compile(
    rf"(?<![\w'’]){CONCESSION}[\s,.!;:–—-]+"
    r"(?:(?:it|that|this|they|he|she)(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+"
    r"(?:actually|in\s+fact)\b|(?:it|that|this|they)(?:['’]s|\s+is|\s+was)\s+[\w:.$€£%-]+\s*,?\s+not\s+\S"
    r"|i\s+(?:(?:must|might|may)\s+have\s+)?(?:meant|misread|misremembered|mixed|confused|misunderstood|"
    r"missed|overlooked|forgot|had\s+it|got\s+it|was\s+wrong))",
    re.IGNORECASE,
)
_SAID_ACTUALLY = re.compile(
    r"(?<![\w'’])i\s+(?:said|wrote|posted|typed|put|claimed|stated|thought)\b[^.!?\n]{1,80}?"
    r"(?:,|\bbut|\s[-–—])\s*(?:it|that|this|they|he|she)(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+actually\b",
    re.IGNORECASE,
)


_APOLOGY = rf"(?:{SLIP_WORDS}|apolog\w*)"
_FIX = (
    r"i(?:['’]ve|\s+have)?\s+(?:just\s+|now\s+)?(?:fixed|corrected|amended|restored|reopened|undid|updated|"
    r"changed|edited|reverted|rephrased|reworded|rewrote|rewritten|reformulated|clarified)\b"
    r"(?!\s+(?:your|ur|his|her|their)\b)"
)
# "sorry, I meant ...": GUIDE.md counts it; a restatement without "meant" ("sorry, but I was talking
# about ...") it does not
_RESTATED = rf"i\s+meant\b(?!\s+to\s+(?!(?:{RESTATING_VERBS})\b))"
_BADLY_WORDED = (
    r"(?:that|this|it|my\s+\w+)\s+(?:was|is|were)\s+(?:\w+\s+)?(?:(?:badly|poorly)\s+(?:worded|written|phrased)|"
    r"(?:written|worded|phrased)\s+(?:badly|poorly)|unclear|ambiguous)"
)
_APOLOGIZED_REPAIR = re.compile(
    rf"(?<![\w'’]){_APOLOGY}(?![\w'’])[^.!?\n]{{0,80}}?(?<![\w'’])(?:{_FIX}|{_RESTATED}|{_BADLY_WORDED})"
    rf"|(?<![\w'’]){_FIX}[^.!?\n]{{0,120}}?(?<![\w'’]){_APOLOGY}(?![\w'’])"
    # "sorry about that. I meant ...": the repair opens the next sentence
    rf"|(?<![\w'’]){_APOLOGY}(?![\w'’])[^.!?\n]{{0,30}}[.!]+\s+{_RESTATED}",
    re.IGNORECASE,
)


# -- round 4: the same repairs in other words -------------------------------------------------------

# Interjections of one's own error (each one a word the prefilter of features/columnar/matches.py holds).
_OOPS = rf"(?:{SLIP_WORDS})"
_VALUE = r"[\w$€£][\w$€£:.%-]*(?:\s+[\w$€£:.%-]+){0,2}?\s*(?=[.!;:)]|,|$)"
_REPAIR_WORD = re.compile(
    rf"(?<![\w'’])(?:er+m?|um+|uh+|{SLIP_WORDS}|corrections?|wait)\s*[,.:!-]*\s+make\s+that\s+"
    + _VALUE
    + r"|(?<=[\w)%])\s*(?:,|\s[-–—]+|\.\.\.)\s*(?:or\s+rather|no\s*,?\s+wait|wait\s*,?\s+no)"
    r"\s*,?\s+[\w$€£][\w'’$€£:.%-]*",
    re.IGNORECASE,
)
# Nouns of one's own earlier words (not "my number", "my info": a customer's account details).
_OWN_WORDS = (
    r"answer|answers|comment|comments|post|posts|statement|reply|claim|response|edit|message|tweet|suggestion|"
    r"estimate|figure|figures|link|assumption|example|description|explanation|remark|calculation|calculations|"
    r"guess|advice|math|maths|reading|understanding|quote|wording|formula"
)
_WRONG_WORD = (
    r"(?:(?!not\b|never\b)[\w'’]+\s+)?(?:wrong|incorrect|mistaken|inaccurate|misleading|erroneous|"
    r"not\s+correct|a\s+mistake|in\s+error)\b"
)
_WORDS_WRONG = re.compile(
    r"(?<![\w'’])my\s+(?:(?:earlier|previous|last|original|first|above|prior|initial|own)\s+)?"
    rf"(?:{_OWN_WORDS})\s+(?:above\s+|here\s+)?(?:was|is|were|are)\s+{_WRONG_WORD}"
    r"|(?<![\w'’])what\s+i\s+(?:said|wrote|posted|typed|claimed|stated|suggested|told\s+you)\s+"
    rf"(?:[\w'’]+\s+){{0,3}}?(?:was|is)\s+{_WRONG_WORD}",
    re.IGNORECASE,
)
# What a fix of one's own words looks like: "corrected", "amended", or "fixed the typo", "edited my answer".
_FIXED = (
    r"(?:corrected|amended|(?:fixed|edited|updated|changed)\s+(?:my|the|that|this)\s+(?:[\w-]+\s+)?"
    rf"(?:{_OWN_WORDS}|typo|typos|spelling|title|text))\b"
)
_THANKED = r"(?:thanks|thank\s+you|thx|ty|cheers|good\s+catch|nice\s+catch|well\s+spotted|good\s+spot)"
_THANKS_FIXED = re.compile(
    rf"(?<![\w'’]){_THANKED}\b[\s,.!:;–—-]*(?:i(?:['’]ve|\s+have)?\s+)?(?:just\s+|now\s+)?{_FIXED}"
    rf"|(?<![\w'’])(?:i(?:['’]ve|\s+have)?\s+)?(?:now\s+)?{_FIXED}(?:\s+now)?[\s,.!:;–—-]+{_THANKED}\b",
    re.IGNORECASE,
)
_CHANGED_MY = re.compile(
    r"(?<![\w'’])i(?:['’]ve|\s+have)?\s+(?:just\s+|now\s+|since\s+)?(?:changed|amended|revised|corrected|"
    rf"adjusted|rephrased|reworded)\s+my\s+(?:\w+\s+)?(?:{_OWN_WORDS}|typo|mistake|error)\b",
    re.IGNORECASE,
)
_CONCEDED_SLIP = re.compile(
    rf"(?<![\w'’]){CONCESSION}[\s,.!;:–—-]+(?:my\s+(?:bad|mistake|error|fault)|oops|whoops)",
    re.IGNORECASE,
)
_OOPS_VALUE = re.compile(
    rf"(?<![\w'’]){_OOPS}(?![\w'’])(?!\s+to\b|\W{{0,3}}but\b)[^.!?\n]{{0,25}}?(?<![\w'’])(?:"
    r"(?:that|this|it|the\s+[\w-]+)\s+should\s+(?:read|say|have\s+said|have\s+read|be\s+(?=[\d\"'“`$]))"
    r"|(?:it|that|this)(?:['’]s|\s+is|\s+was|\s+should\s+be)\s+[\w:.$€£%-]+(?:\s+[\w:.$€£%-]+)?\s*,?\s+"
    r"not\s+[\w$€£])"
    rf"|(?<![\w'’]){_OOPS}[\s,.!:;–—-]{{1,4}}(?:the\s+|a\s+)?wrong\s+[\w-]+(?=\s*(?:[.!,;:)\n]|$))",
    re.IGNORECASE,
)
_TYPO_OWNED = re.compile(
    r"(?<![\w'’])(?:yes|yeah|yep|yup|right|oops|whoops|sorry|thanks|thank\s+you|good\s+catch|nice\s+catch|"
    r"my\s+bad|ah|oh|ahh|argh|doh)\b[\s,.!:;–—-]{0,4}(?:that|it|this)(?:['’]s|\s+is|\s+was|\s+were)\s+"
    r"(?:just\s+|simply\s+|only\s+)?(?:a|my|an?\s+\w+)\s+typos?\b",
    re.IGNORECASE,
)
_SELF_WRONG = re.compile(
    r"(?<![\w'’])i(?:\s+was|\s+am|['’]m|m)\s+(?:(?!not\b|never\b)\w+\s+)?(?:incorrect|in\s+error|off\s+base)\b"
    r"|(?<![\w'’])i\s+(?:really\s+|probably\s+)?should\s+have\s+(?:written|typed|worded|phrased)\b",
    re.IGNORECASE,
)


_THANKS_CAUGHT = re.compile(
    r"(?<![\w'’])(?:thanks|thank\s+you|thx|ty)\s+(?:so\s+much\s+|very\s+much\s+|a\s+lot\s+)?for\s+"
    r"(?:pointing\s+(?:that|this|it)\s+out|pointing\s+out\s+(?:that|my|the\s+(?:[\w-]+\s+)?(?:error|mistake|typo|bug))|"
    r"catching\s+(?:that|this|it|my)|the\s+catch|spotting\s+(?:that|this|it|my)|noticing\s+(?:that|this|my))\b"
    r"(?![^.!?\n]*\b(?:but|however|though|although|yet)\b)",
    re.IGNORECASE,
)
# Each structure with the words (lowercase) without which it cannot match (a cheap pre-check).
_REWORDED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_REPAIR_WORD, ("make", "rather", "wait")),
    (_WORDS_WRONG, ("wrong", "correct", "mistake", "inaccurate", "misleading", "erroneous", "error")),
    (_THANKS_FIXED, ("corrected", "amended", "fixed", "edited", "updated", "changed")),
    (_CHANGED_MY, ("changed", "amended", "revised", "corrected", "adjusted", "rephrased", "reworded")),
    (_CONCEDED_SLIP, ("right", "correct")),
    (_OOPS_VALUE, ("sorr", "sry", "oops", "bad", "mistake")),
    (_TYPO_OWNED, ("typo",)),
    (_SELF_WRONG, ("incorrect", "error", "base", "should")),
    (_THANKS_CAUGHT, ("pointing", "catch", "spotting", "noticing")),
)
_CLAUSE_BREAK = re.compile(r"[.!?;:\n()]|\s[-–—]\s")


def _reported(masked: str, start: int) -> bool:
    """Whether the sentence before `start` reports someone else's words ("she said I was incorrect")."""
    found = clause_words(masked, start, breaks=_CLAUSE_BREAK, reach=100)
    return reported_by_other([w.group().lower().replace("’", "'") for w in found])


def _said_plainly(masked: str, start: int, end: int) -> bool:
    """Whether a repair at [start, end) is stated: not negated, asked, reported or a condition."""
    return not (
        negated(masked, start)
        or asked(masked, end)
        or _reported(masked, start)
        or conditional(masked, start, breaks=_CLAUSE_BREAK)
    )


def _reworded(p: Prepared) -> list[tuple[int, int]]:
    """Spans of the round-4 structures (see the module docstring), not negated, not asked."""
    low = p.masked.lower()
    found = [
        (
            m.start() + len(m.group()) - len(m.group().lstrip(" \t,.-–—")),
            m.start() + len(m.group().rstrip(".,:")),
        )
        for pattern, keys in _REWORDED
        if may_hold(low, keys)
        for m in pattern.finditer(p.masked)
        if _said_plainly(p.masked, m.start(), m.end())
    ]
    return found


def _edits(p: Prepared) -> list[tuple[int, int]]:
    """Spans of edit notes that repair a fact: from "edit:" to the repairing words, on its line."""
    found = []
    for m in _EDIT.finditer(p.masked):
        stop = _LINE_END.search(p.masked, m.end())
        line_end = stop.start() if stop else len(p.masked)
        repair = _EDIT_REPAIR.search(p.masked, m.end(), min(line_end, m.end() + 160))
        if repair and not negated(p.masked, repair.start()):
            found.append((m.start(), repair.end()))
    return found


def _in_sentence_repairs(p: Prepared) -> list[tuple[int, int]]:
    """Spans of "X, I mean Y" repairs inside a sentence."""
    found = []
    for m in _I_MEAN.finditer(p.masked):
        before = re.findall(r"[\w'’]+", p.masked[max(0, m.start() - 30) : m.start()])
        if not before or before[-1].lower() in _I_MEAN_FILLER_BEFORE or asked(p.masked, m.end()):
            continue
        found.append((m.start(1), m.end()))
    return found


def _conceded(p: Prepared) -> list[tuple[int, int]]:
    """Spans of concessions that state the corrected fact or the author's slip, and of apologies
    beside a fix or a restatement."""
    return [
        m.span()
        for pattern in (_CONCEDED, _SAID_ACTUALLY, _APOLOGIZED_REPAIR)
        for m in pattern.finditer(p.masked)
        if not negated(p.masked, m.start()) and not asked(p.masked, m.end())
    ]


def self_repairs(p: Prepared, *, feature: str, label: str) -> list[Match]:
    """Corrections by structure (see the module docstring), outside quotations, in text order."""
    revised = [span for span in repair_spans(p.masked, p.text) if _said_plainly(p.masked, *span)]
    spans = (
        starred_repairs(p.text) + _edits(p) + _in_sentence_repairs(p) + _conceded(p) + _reworded(p) + revised
    )
    kept = sorted({s for s in spans if not (p.quoted and inside(s[0], s[1], p.quoted))})
    return [Match(feature, start, end, f'{label}: "{p.text[start:end]}"') for start, end in kept]


_INTENTION = re.compile(rf"\s+to\s+(?!(?:{RESTATING_VERBS})\b)", re.IGNORECASE)
_INVERTED_BEFORE = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(QUESTION_AUX))})\s+$", re.IGNORECASE)
_HEDGED_BEFORE = re.compile(
    r"(?<![\w'’])(?:probably|maybe|perhaps|possibly|might|may|could|think|guess|hope|hopefully|fear|afraid|"
    r"suspect|bet)(?![\w'’])[^,;:.!?\n()]*$",
    re.IGNORECASE,
)


def withdraws(masked: str, m: Match) -> bool:
    """Whether a correction lexicon match withdraws the author's words: not "I meant to <verb>" (an
    intention), not "that's what I meant" (a restatement, no correction by the guide), not a hedged
    present "probably I'm wrong"."""
    phrase = masked[m.start : m.end].lower().replace("’", "'")
    if phrase.endswith("meant") and _INTENTION.match(masked, m.end):
        return False
    if phrase == "i meant":
        return meant_is_repair(masked, m.start, m.end)
    if phrase.startswith("i ") and _INVERTED_BEFORE.search(masked, max(0, m.start - 20), m.start):
        return False  # "have I got it wrong (again)?": asked, even when the "?" is after a bracket
    return not (
        phrase in ("i'm wrong", "i am wrong")
        and _HEDGED_BEFORE.search(masked, max(0, m.start - 100), m.start)
    )


_REPAIRING_LAPSE = re.compile(
    r"misread|misunderst|misinterpret|misspo|mistyp|misstat|misremember|misquot|typo|wrong\s+(?:track|tree)|"
    r"\bi\s+(?:wrote|typed)\b|\b(?:got|had)\s+(?:it|that|this)\s+(?:wrong|backwards)|"
    r"(?:mistake|error)\s+in\s+my\b|ambigu|unclear|(?:badly|poorly)\s+(?:worded|written|phrased)|"
    r"written\s+badly|"
    # round 5: a lapse of information or reading ("I gave the wrong channel", "I saw that wrong", "I see
    # where I went wrong", "used the word incorrectly", "worded it poorly")
    r"\bspel(?:t|led|ling)\b|"
    r"\bwent\s+wrong|\b(?:saw|read|heard|understood|remembered|recalled)\s+(?:it|that|this|them)\s+wrong|"
    r"incorrectly|inaccurate|(?:poorly|badly|unclearly)\b",
    re.IGNORECASE,
)


def repaired_lapses(p: Prepared, own: list[Match], *, feature: str, label: str) -> list[Match]:
    """Correction matches at the author's own lapses (`own`) of reading or wording."""
    return [
        Match(feature, m.start, m.end, f'{label}: "{p.text[m.start : m.end]}"')
        for m in own
        if _REPAIRING_LAPSE.search(p.masked, m.start, m.end) or lapse_repaired(p.masked, m.start, m.end)
    ]
