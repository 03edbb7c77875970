"""A bare apology word ("sorry", "I apologize", "apologies") typed by its context (issue #24).

Split out of features/humility_rules.py (round 4, which keeps the module under 400 lines); the
rule layer calls `heads`. An apology word's type comes from its object ("for the late reply" is
something done, "for your loss" sympathy, "for bothering you" an imposition), a first-person past
action after it ("sorry, I didn't see it"), a condition before it ("if I missed it, I apologize"),
a softener ("sorry, but"), or, when nothing says whose fault it is, the voice of the text: the
organization's when it speaks for one, else the author's for "apologize"/"apologies" and none for a
bare "sorry" (apology or sympathy: it cannot tell). Quoted and negated words are not the author's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from features.humility_types import CONCESSION, EMPATHY, LABELS, ORG, OWN, PAST_WORDS, WORD, words
from features.lexical import Match, overlaps
from features.text import Prepared, inside, negated

# An apology word with its subject and intensifiers: "sorry", "I'm so sorry", "sorryyy", "sry",
# "I do apologise", "apologies".
_HEAD = re.compile(
    r"(?<![\w@'’])(?:(?:i|we)(?:['’]m|['’]re| am| are| do|m)?\s+"
    r"(?:(?:so|very|really|truly|deeply|terribly|sincerely|extremely|sooo+)\s+)*|my\s+(?:sincere\s+)?)?"
    r"(?:sorr+y+|sry|apologi[sz]e|apologies)(?![\w'’])",
    re.IGNORECASE,
)


# Determiners and adjectives between "for"/"about" and the object's noun.
_DETERMINERS = words(
    "a all an any bad continued extended it its late lengthy long my negative ongoing our poor recent slow "
    "such that the these this those unexpected ur your"
)
# Nouns that make "sorry for the ..." the service formula, whoever writes it.
ORG_OBJECTS: frozenset[str] = words(
    "difficulties difficulty disappointment disruption disruptions experience frustration "
    "frustrations hassle inconvenience inconveniences issue issues outage outages problem problems "
    "trouble troubles wait waiting"
)
# Gerunds of an imposition: "sorry for bothering you" apologizes for asking, not for a fault.
IMPOSITIONS: frozenset[str] = words(
    "asking barging bothering butting chiming disturbing insisting interrupting intruding jumping "
    "nagging persisting pestering repeating troubling"
)
# Objects of "sorry for ..." that soften a question or an intended act, not a fault (deference in
# validation/labels/GUIDE.md): "sorry for my ignorance", "sorry for the edit", "apologies for
# this being on your page", "sorry for being a nitwit".
DEFERENCE_OBJECTS: frozenset[str] = words(
    "bump clarification digression dive edit essay ignorance interruption intrusion naivety newbieness "
    "nitpick nitpicking noobness novel pedantry question questions rambling rant tangent this verbosity wall"
)
# What one wrote, when "long": "sorry for the long post" is deference (GUIDE.md), not a fault.
_WRITINGS = words(
    "answer answers comment comments email explanation mail message messages note post posts reply text"
)
SELF_DEPRECATION: frozenset[str] = words(
    "annoying dense dumb ignorant naive nitwit noob newbie pain pedant pedantic persistent picky pushy "
    "slow stupid thick"
)


# A first-person past action at the start of the clause after an apology word ("sorry, I
# didn't see", "sorry I missed", "Sorry... haven't unblocked many people before").


_AFTER_PAST = re.compile(
    r"^[^\w@]*(?:@?\w+\s*,\s*|@\w+\s+)??(?:(?:i|i['’]ve|ive|i['’]d)\s+)?(?:(?:just|totally|completely|"
    r"almost|accidentally|actually|simply|also|must|have|clearly)\s+)*(?:" + PAST_WORDS + r")\b"
    r"(?!\s+(?:wondering|hoping|curious|thinking of|going to|about to))",
    re.IGNORECASE,
)
# "Sorry, that was a typo", "sorry that was written badly": what the author just wrote or did.
_AFTER_THAT_WAS = re.compile(
    r"^\W*(?:that|this|it)\s+(?:one\s+)?(?:was|were)\b(?!\s+(?:not|n['’]t))", re.IGNORECASE
)
# "Sorry, I see what happened now": the apology of someone who has just understood.
_AFTER_REALIZING = re.compile(
    r"^\W*(?:i\s+|now\s+i\s+)?(?:see|get|understand|realize|realise)\s+(?:it\s+)?(?:now|what)\b",
    re.IGNORECASE,
)
# "Sorry I've been away", "sorry it took me so long", "sorry I'm late": the delay is the writer's (own),
# or the organization's in its voice, as "sorry for the late reply".
_AFTER_DELAY = re.compile(
    r"^\W*(?:(?:that\s+)?(?:i['’]ve|i\s+have|ive)\s+been\s+(?:so\s+|really\s+|a\s+bit\s+|very\s+)?"
    r"(?:away|busy|offline|slow|swamped|afk|absent|quiet|mia|awol|sick|ill|travell?ing|distracted)\b"
    r"|(?:that\s+)?(?:it|this)\s+(?:has\s+|had\s+)?(?:took|taken)\s+(?:me\s+|us\s+)?(?:so\s+long|a\s+while|"
    r"forever|ages|this\s+long|a\s+bit|longer)\b"
    r"|(?:that\s+)?(?:i['’]m|i\s+am|im)\s+(?:so\s+|a\s+bit\s+|very\s+|really\s+)?late\b"
    r"(?!\s+to\s+(?:the|this)\s+(?:game|party|discussion|thread|conversation)))",
    re.IGNORECASE,
)
# "Sorry, let me be more clear", "sorry, I'll rephrase": redoing what one said badly (own, GUIDE.md).
_AFTER_REDO = re.compile(
    r"^\W*(?:let\s+me|i['’]ll|i\s+will)\s+(?:be\s+(?:more\s+)?clear(?:er)?|clarify|rephrase|reword|"
    r"explain\s+(?:better|again|more\s+clearly)|try\s+again|correct\s+(?:that|this|myself|it))\b",
    re.IGNORECASE,
)
# "Sorry, I did not understand ...", "sorry, I don't follow": softening not following (deference).
_AFTER_NOT_FOLLOWING = re.compile(
    r"^\W*(?:i\s+)?(?:did\s*n['’]?t|did\s+not|do\s*n['’]?t|do\s+not|can['’]?t|cannot)\s+"
    r"(?:quite\s+|really\s+)?(?:understand|follow|get\s+(?:it|you|what|how|why))\b",
    re.IGNORECASE,
)
_AFTER_WE = re.compile(r"^\W*we\s+(?:" + PAST_WORDS + r")\b", re.IGNORECASE)
# A condition on the present is pre-emptive (deference): on the author ("sorry if I am blind", "sorry if
# I should not ask this") or on what the message is or does ("apologies if it does", "sorry if this is a
# dumb question"); "sorry if that was unclear" (past) stays a conditional apology.
_AFTER_IF_NOW = re.compile(
    r"^\s*if\s+(?:i['’]m|i\s+am|im|i\s+(?:should|shouldn['’]?t|may|might|can|must)"
    r"|(?:this|it|that|my\s+\w+)\s+(?:is|does|sounds|seems|comes|reads|looks|appears))\b",
    re.IGNORECASE,
)
# "apologies, somebody deleted my answer": what someone else did; the author admits nothing.
_AFTER_OTHERS_ACT = re.compile(
    r"^\W*(?:somebody|someone|they|he|she|others)\s+(?:has\s+|had\s+|have\s+)?(?:" + PAST_WORDS + r")\b",
    re.IGNORECASE,
)
_AFTER_FIRST_PERSON_CLAUSE = re.compile(r"^\s*(?:that|if)\s+(?:i|i['’]ve|i['’]d|i['’]m|my)\b", re.IGNORECASE)
# "sorry that (all of) your photos were lost": sympathy for what befell the reader.
_AFTER_SYMPATHY = re.compile(r"^\s+(?:\w+\s+)?that\s+(?:\w+\s+){0,3}?(?:you|your|ur)\b", re.IGNORECASE)
# "If I missed it, I apologize"; not when "but" opens another clause between ("if I read it right the
# server responds, but I have no idea why - sorry": the apology is not the condition's).
_BEFORE_CONDITION = re.compile(r"\bif\s+(?:i|i['’]ve|i['’]d)\b(?:(?!\bbut\b)[^.!?\n])*$", re.IGNORECASE)
# A softener: "sorry, but ...", "Sorry, no", "Sorry, that is not possible", "sorry, we can't".
_SOFTENER = re.compile(
    r"^\W*(?:but|no)\b|^[^\w.!?\n]*(?:[\w'’]+\s+){0,3}?(?:not|can['’]?t|cannot|don['’]?t|won['’]?t|"
    r"isn['’]?t|aren['’]?t|unable)\b",
    re.IGNORECASE,
)


_OBJECT = re.compile(
    r"^\s+(?:again\s+)?(?:for|about|bout)\s+((?:[\w'’]+(?:-[\w'’]+)*\s*){1,4})", re.IGNORECASE
)
_OBJECT_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_AGAIN = re.compile(r"^\s+again\b", re.IGNORECASE)
# A refusal or not-knowing before a bare apology in its sentence: "not sure, sorry", "I can't
# make it, sorry", "I tend not to close those -- apologies".
_BEFORE_SOFTENER = re.compile(
    r"\b(?:not|no|can['’]?t|cannot|don['’]?t|won['’]?t|isn['’]?t|aren['’]?t)\b[^.!?\n]*$", re.IGNORECASE
)


# A concession just before the apology word in its sentence, or just after it.
_CONCEDED_NEAR = re.compile(rf"(?<![\w'’]){CONCESSION}[^.!?\n]*$", re.IGNORECASE)
_CONCEDED_AFTER = re.compile(rf"^\W{{0,4}}{CONCESSION}", re.IGNORECASE)


def _object_type(words: list[str], *, voice: bool) -> str | None:
    """Type of "sorry for/about <words>": empathy, org, own, "" (no apology) or None (no object)."""
    if not words:
        return None
    first = words[0]
    if first in ("your", "ur", "you"):
        # "sorry for your loss" is sympathy; "sorry for your frustration" in a service voice is the
        # organization's apology for the trouble, as "sorry for the frustration"
        return ORG if voice and ORG_OBJECTS.intersection(words[1:2]) else EMPATHY
    nouns = [w for w in words if w not in _DETERMINERS]
    if DEFERENCE_OBJECTS.intersection(nouns[:2]):
        return ""  # "sorry for my ignorance", "sorry for the edit": a softener, no fault
    if {"long", "lengthy"}.intersection(words[:3]) and _WRITINGS.intersection(nouns[:1]):
        return ""  # "sorry for the long post", "sorry for long comment": writing at length
    if (first == "being" and SELF_DEPRECATION.intersection(words[1:4])) or words[:2] == ["this", "being"]:
        return ""  # "sorry for being dense", "apologies for this being here": softening a question
    if first.endswith("ing"):
        return "" if first in IMPOSITIONS else OWN
    if first == "my":
        return OWN
    if nouns and nouns[0] in ORG_OBJECTS:
        return ORG
    return ORG if voice else OWN


def _object_end(obj: re.Match[str]) -> int:
    """Offset (from the apology word's end) where its object ends: through its first noun."""
    words = list(_OBJECT_WORD.finditer(obj.string, obj.start(1), obj.end(1)))
    for w in words:
        if w.group().lower() not in _DETERMINERS:
            return w.end() - obj.start()
    return words[-1].end() - obj.start() if words else obj.start(1) - obj.start()


def _head_type(p: Prepared, start: int, end: int, voice: bool) -> tuple[str, int]:
    """Type of a bare apology word at [start, end) (OWN, ORG, EMPATHY, "" = none) and its span end.

    In order: "Sorry?" (pardon) and "sorry to <verb>" are none (sympathy "sorry to hear" is a
    lexicon); a condition before ("if I missed it, I apologize") makes it own; then its object
    ("for the late reply"), a sympathy clause ("that your ..."), a first-person clause, a past
    action of "we" (org) or of the author (own), "that was" (what was just said), "again"; then
    a softener before or after ("sorry, but", "not sure, sorry") makes it none. What is left is
    the organization's in its voice, else the author's when the word is "apologize"/"apologies"
    (never sympathy), and none for a bare "sorry" (apology or sympathy: it cannot tell).
    """
    masked = p.masked
    after = masked[end : end + 120]
    if after[:1] == "?" or re.match(r"^\s+to\s", after):
        return "", end
    if _BEFORE_CONDITION.search(masked[max(0, start - 100) : start]):
        return OWN, end
    obj = _OBJECT.match(after)
    if obj:
        kind = _object_type([w.lower().replace("’", "'") for w in WORD.findall(obj.group(1))], voice=voice)
        if kind is not None:
            return kind, end + _object_end(obj)
    if _AFTER_SYMPATHY.match(after):
        return EMPATHY, end
    if _AFTER_IF_NOW.match(after):
        return "", end
    if _AFTER_OTHERS_ACT.match(after):
        return "", end
    if _AFTER_FIRST_PERSON_CLAUSE.match(after):
        return OWN, end
    if _AFTER_WE.match(after):
        return ORG, end
    if _AFTER_NOT_FOLLOWING.match(after):
        return "", end
    if _AFTER_PAST.match(after) or _AFTER_REALIZING.match(after) or _AFTER_REDO.match(after):
        return OWN, end
    if _AFTER_THAT_WAS.match(after) or _AFTER_DELAY.match(after):
        return ORG if voice else OWN, end
    if _AGAIN.match(after):
        return ORG if voice else OWN, end  # "apologies again"
    if _CONCEDED_NEAR.search(masked[max(0, start - 40) : start]) or _CONCEDED_AFTER.match(after):
        return OWN, end  # "you're right, sorry", "Sorry, you're right": conceding one's own error
    if _SOFTENER.match(after) or _BEFORE_SOFTENER.search(masked[max(0, start - 100) : start]):
        return "", end
    if voice:
        return ORG, end
    return (OWN if "apolog" in masked[start:end].lower() else ""), end


def heads(p: Prepared, *, drop: list[Match], voice_of: Callable[[Prepared], bool]) -> list[Match]:
    """Bare apology words, typed by their context (see the module docstring); `voice_of` says whether
    the text speaks for an organization (asked once, only when a word needs it)."""
    low = p.masked.lower()
    if "sorr" not in low and "apolog" not in low and "sry" not in low:
        return []
    found: list[Match] = []
    voice: bool | None = None
    for m in _HEAD.finditer(p.masked):
        start, end = m.span()
        span = Match("", start, end, "")
        if overlaps(span, drop) or (p.quoted and inside(start, end, p.quoted)) or negated(p.masked, start):
            continue
        if voice is None:
            voice = voice_of(p)
        kind, end = _head_type(p, start, end, voice)
        if kind:
            found.append(Match(kind, start, end, f'{LABELS[kind]}: "{p.text[start:end]}"'))
    return found
