"""Admitted lapses by structure: a verb of the author's own action and what went wrong (issue #24).

own_lapse.txt lists fixed phrases ("posted the wrong", "got the date wrong"); these are the
STRUCTURES they stand for, with any object between, so that wordings no list holds are found too:

- an own action that hit the wrong target: "I posted this in the wrong forum", "I sent the file to
  the wrong person", "I gave you incorrect information", "I ordered the wrong size";
- having something wrong or mixed up: "I had the dates mixed up", "I got his name wrong";
- taking one thing for another: "I confused Austria with Australia";
- not reading or checking properly: "I didn't read your message properly", "I did not check it
  carefully";
- leaving out: "I left out a step";
- a past action done wrongly (round 4): "I spelled his name wrong", "I entered the number incorrectly",
  "I deleted it by mistake" -- any past-tense verb (regular "-ed" or a closed list of irregular ones)
  but verbs of judging or finding ("I thought it wrong", "I found it by mistake"), a few words, then
  the manner word; not before a noun ("the wrong forum" is the first structure);
- a "mis-" verb in the past: "I misclicked", "I misconfigured the proxy", "I mislabeled the axis"
  (the prefix is the lapse, whatever the verb; "missed" is not one);
- not perceiving the reader's words or what was there: "I didn't see your reply", "I never noticed
  that you had answered", "I hadn't realised that it was closed", "didn't notice the edit"; not an
  absence reported ("I didn't see anything special"), not the idioms "didn't see that coming",
  "didn't see your point" (`idiom_of_perception`, asked of the lexicon's phrases too);
- verbs whose meaning is a lapse: "I botched the intro", "I neglected the docs", "I wasn't paying
  attention", "I lost track of the thread";
- one's own conduct in an episode, in the past ("I was rude earlier", "I've been a bit harsh", "I
  was too hasty"): words of conduct, not of a trait ("I was stupid about such matters" is none by
  the guide's changelog); fault taken ("I'm at fault", "I blame myself"); one's words called wrong
  in other words than the lexicon's ("I was incorrect", "I was off base").

Round 5 adds more such structures (features/humility_revisions.py, `LAPSES`: any verb form before
"the wrong", "went wrong", "saw it wrong", "worded it poorly", "may have missed", "didn't properly
define", "by mistake I've put"); they are searched here with the others.

Each returns the span of the verb phrase; features/humility_rules.py then asks who the subject is
(the author, "we", someone else; `reported_by_other`: "she said I was rude" is her claim, not the
author's admission), whether it is asked, conditional or reported, as for the lexicon's phrases.
Negation is not checked here: "didn't read properly" is negative by form.
"""

from __future__ import annotations

import re

from features.humility_revisions import LAPSES
from features.humility_types import may_hold

_ACTION = (
    r"posted|sent|put|added|uploaded|filed|replied|asked|tagged|linked|emailed|messaged|attached|used|"
    r"clicked|entered|typed|wrote|pasted|copied|saved|moved|deleted|removed|edited|reverted|picked|chose|"
    r"ordered|bought|booked|gave|told|quoted|cited|labell?ed|installed|downloaded|updated|changed|"
    r"submitted|selected|opened|closed|merged|pushed|committed|read|looked\s+at|went\s+to"
)
# Words between the verb and its wrong object, none of them a copula or "that" ("I told you it was
# wrong" reports a judgement, it admits nothing).
_BETWEEN = r"(?:\s+(?!(?:was|is|were|are|be|been|that|if|whether)\b)[\w'’-]+){0,5}?"
_WRONG_TARGET = re.compile(
    rf"(?<![\w'’])(?:{_ACTION})\b{_BETWEEN}\s+(?:(?:the|a|an|my|some)\s+(?:wrong|incorrect)|incorrect|"
    r"(?:(?:the|a|an|my|some)\s+)?bad(?=\s+(?:info\b|information|advice|link|directions|instructions)))",
    re.IGNORECASE,
)
_HAD_WRONG = re.compile(
    r"(?<![\w'’])(?:had|got|have)\s+(?:(?:the|my|those|these|your|his|her|their|both|a|an)\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,2}?|it|them|that|this|those|these|both)\s+"
    r"(?:mixed\s+up|muddled\s+up|wrong|backwards|the\s+wrong\s+way\s+round)\b",
    re.IGNORECASE,
)
_CONFUSED_WITH = re.compile(
    r"(?<![\w'’])(?:confused|mistook|mixed\s+up)\s+(?:[\w'’-]+\s+){1,3}?(?:with|for)\b", re.IGNORECASE
)
_NOT_PROPERLY = re.compile(
    r"(?<![\w'’])(?:did\s*n['’]?t|did\s+not)\s+(?:read|check|look\s+at|test|think\s+about|explain)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:properly|carefully|closely|thoroughly|correctly|fully|clearly|"
    r"right|well\s+enough)\b",
    re.IGNORECASE,
)
_LEFT_OUT = re.compile(r"(?<![\w'’])left\s+(?:out|off)\s+(?:a|an|the|one|some|two|part|my)\b", re.IGNORECASE)
# Verbs of judging, finding or learning: "I thought it wrong", "I found it by mistake" admit nothing.
_JUDGING = (
    r"thought|found|discovered|learned|learnt|stumbled|came|met|heard|felt|proved|proven|marked|called|"
    r"deemed|considered|judged|rated|graded|believed|guessed|noticed|realized|realised|suspected|needed|wanted"
)
_IRREGULAR_PAST = (
    r"did|done|made|put|wrote|written|read|said|told|gave|given|sent|set|took|taken|spelt|built|ran|chose|"
    r"chosen|hit|left|brought|bought|drew|drawn|spoke|understood|cut|sang|fed|held|kept|laid|"
    r"led|meant|paid|sold|shot|stuck|struck|swung|taught|threw|thrown|tore|wound|froze"
)
_PAST_VERB = rf"(?!(?:{_JUDGING})\b)(?:{_IRREGULAR_PAST}|[a-z]+(?:ed|ied))"
# The manner word ends the phrase or a clause follows: "wrong" before a noun is the wrong target.
_MANNER_END = (
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|but|so|because|since|in|on|at|from|for|again|earlier|before|yesterday|"
    r"today|last|this|sorry|oops|lol|haha|myself|too|though|then)\b)"
)
_DONE_WRONGLY = re.compile(
    rf"(?<![\w'’]){_PAST_VERB}\b"
    r"(?:\s+(?!(?:was|is|were|are|be|been|being|that|if|whether|nothing|anything|everything|he|she|they|"
    r"you|we|it['’]s|its|and|but|so|then|because|when|after|until|though)\b)[\w'’-]+){0,4}?\s+(?:wrong|wrongly|incorrectly|backwards|by\s+mistake|in\s+error)"
    + _MANNER_END,
    re.IGNORECASE,
)
_MIS_VERB = re.compile(
    r"(?<![\w'’])mis(?:[a-z]{2,}ed|read|took|heard|spoke|spelt|laid|led|understood|dealt|taken)\b",
    re.IGNORECASE,
)
# Not perceiving: "didn't see/notice", "hadn't noticed", "never noticed" ("never seen" is experience,
# not a lapse: "I've never seen this before").
_NOT_PERCEIVED = re.compile(
    r"(?<![\w'’])(?:(?:did\s*n['’]?t|did\s+not)\s+(?:even\s+|actually\s+|really\s+)?(?:see|notice|spot|realize|realise)"
    r"|(?:had\s*n['’]?t|had\s+not)\s+(?:even\s+|actually\s+|really\s+)?(?:seen|noticed|spotted|realized|realised)"
    r"|never\s+(?:even\s+|actually\s+|really\s+)?(?:saw|noticed|spotted|realized|realised))\s+"
    r"(?:(?:your|ur)\b(?!\s+(?:point|logic|reasoning)\b)"
    r"|(?:that\s+)?(?:you|u)\s+(?:had|have|['’]d|['’]ve|already|were|did|posted|wrote|said|replied|"
    r"mentioned|asked|answered|commented|edited|sent|added|linked)\b"
    r"|that\s+(?:it|this|there)\s+(?:was|were|is|had)\b"
    r"|(?:that|this|it|those|these)(?=\s*(?:[.!,;:)\n]|$)|\s+(?:before|earlier|sooner|at\s+first|until|till)\b)"
    # what was written in the thread; not what may never have arrived ("I didn't see the email", "the
    # link", "the instructions": a customer's complaint as often as a lapse)
    r"|(?:the|this|that|those|these)\s+(?:[\w-]+\s+)?(?:edit|edits|comment|comments|reply|replies|post|"
    r"answer|answers|note|question|typo|mistake|tweet|thread|discussion|date|deadline)\b)",
    re.IGNORECASE,
)
_LAPSE_VERB = re.compile(
    r"(?<![\w'’])(?:(?:been\s+)?neglect(?:ed|ing)|botched|bungled|fumbled|flubbed|fluffed|slipped\s+up|glossed\s+over|"
    r"lost\s+track\s+of|was\s*n['’]?t\s+(?:paying\s+attention|thinking|being\s+careful|careful|"
    r"concentrating|looking\s+properly))(?![\w'’])",
    re.IGNORECASE,
)
_CONDUCT = re.compile(
    r"(?<![\w'’])(?:was|been)\s+(?:(?:a\s+bit|a\s+little|too|so|really|very|being|quite|"
    r"rather|pretty|way\s+too|unnecessarily|overly)\s+)*(?:careless|sloppy|hasty|negligent|rude|out\s+of\s+line|"
    r"unfair|harsh|impatient|short\s+with|snappy|thoughtless|inconsiderate|insensitive|a\s+jerk|presumptuous)\b",
    re.IGNORECASE,
)
_AT_FAULT = re.compile(
    r"(?<![\w'’])(?:(?:i['’]m|i\s+am|im|i\s+was)\s+(?:(?!not\b|never\b)\w+\s+)?at\s+fault|blame\s+myself)\b",
    re.IGNORECASE,
)
_SELF_WRONG = re.compile(
    r"(?:(?<![\w'’])(?:was|am)|(?<=i)['’]m)\s+(?:(?!not\b|never\b)\w+\s+)?(?:incorrect|in\s+error|off\s+base)\b",
    re.IGNORECASE,
)
# Each structure with the words (lowercase) without which it cannot match: a text without any of
# them is not searched (most texts have none; the rules run per text).
PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_WRONG_TARGET, ("wrong", "incorrect", "bad")),
    (_HAD_WRONG, ("mixed", "muddled", "wrong", "backwards")),
    (_CONFUSED_WITH, ("confused", "mistook", "mixed")),
    (_NOT_PROPERLY, ("did",)),
    (_LEFT_OUT, ("left",)),
    (_DONE_WRONGLY, ("wrong", "incorrect", "backwards", "mistake", "error")),
    (_MIS_VERB, ("mis",)),
    (_NOT_PERCEIVED, ("see", "saw", "notic", "spot", "reali")),
    (
        _LAPSE_VERB,
        ("neglect", "botched", "bungled", "fumbled", "flubbed", "fluffed", "slipped", "glossed", "track")
        + ("paying", "thinking", "careful", "concentrating", "looking"),
    ),
    (
        _CONDUCT,
        ("careless", "sloppy", "hasty", "negligent", "rude", "line", "unfair", "harsh", "impatient", "short")
        + ("snappy", "thoughtless", "inconsiderate", "insensitive", "jerk", "presumptuous"),
    ),
    (_AT_FAULT, ("fault", "blame")),
    (_SELF_WRONG, ("incorrect", "error", "base")),
)


def structural_lapses(masked: str) -> list[tuple[int, int]]:
    """Spans of lapse verb phrases found by structure, in text order, not overlapping."""
    low = masked.lower()
    spans = sorted(
        m.span()
        for pattern, keys in PATTERNS + LAPSES
        if may_hold(low, keys)
        for m in pattern.finditer(masked)
    )
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


# Verbs that report what someone says or thinks of the author: "she said I was rude", "he thinks I
# messed up", "they accused me of ...".
_REPORTING = frozenset(
    {
        *("said", "says", "say", "told", "tells", "tell", "thinks", "think", "thought", "claims", "claim"),
        *("claimed", "accused", "accuses", "insists", "insisted", "reckons", "believes", "suggested"),
        *("suggests", "complained", "complains", "mentioned", "mentions", "wrote", "writes", "implied"),
        *("implies", "alleged", "alleges"),
    }
)
_AUTHOR = frozenset({"i", "i've", "i'd", "i'm", "im", "ive"})


def reported_by_other(words: list[str]) -> bool:
    """Whether the clause words before a first-person subject report someone else's words about the
    author: a reporting verb whose own subject is not the author ("she said", "Ana thinks"; "I said",
    "I think" are the author's)."""
    return any(w in _REPORTING and (k == 0 or words[k - 1] not in _AUTHOR) for k, w in enumerate(words))


_IDIOM_AFTER = re.compile(r"\s+(?:coming|point|points|logic|reasoning|argument|objection)\b", re.IGNORECASE)
_PERCEPTION_END = re.compile(
    r"(?:see|notice|spot|realize|realise)\s+(?:that|this|it|your|ur)$", re.IGNORECASE
)


def idiom_of_perception(masked: str, end: int) -> bool:
    """Whether a "didn't see that/your ..." lapse ending at `end` is an idiom, not a lapse: "I didn't see
    that coming" (surprise), "I didn't see your point" (disagreement)."""
    return bool(_PERCEPTION_END.search(masked, max(0, end - 30), end)) and bool(
        _IDIOM_AFTER.match(masked, end)
    )
