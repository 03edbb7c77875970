"""Politeness strategies: regex markers of how a request is phrased, each with its span.

The strategies are the ones Danescu-Niculescu-Mizil et al. (2013, "A computational approach to
politeness with application to social factors", ACL) found to separate polite from impolite
requests: gratitude, deference ("great point"), greetings, apologizing, "please" (and a request
that *starts* with it, which reads as less polite), indirection ("by the way"), direct questions
and direct starts ("so", "then"), counterfactual modals ("could you", "would you") against
indicative ones ("can you", "will you"), first- and second-person words and sentence starts,
hedges ("I think", "perhaps") and factuality ("in fact", "actually"). The paper finds them on
dependency parses; here each is a small regex over the text (no parser model), written for
this project. A few markers of the impolite side that the paper's examples show (imperatives
aimed at the reader, "why did you", insults, shouting) are added.

Every marker is a per-text count; `politeness_markers` returns the spans, so a score can be
checked against the words that moved it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from features.lexical import Match
from features.text import Prepared, as_prepared

PREFIX = "politeness__"

# A sentence start: the text start or after a stop / newline, with optional quote or bracket.
_S = r"(?:^|(?<=[.!?\n])\s*|^\s*)[\"'(\[]*\s*"


def _words(*phrases: str) -> str:
    return r"\b(?:" + "|".join(phrases) + r")\b"


_HEDGES = _words(
    r"i think",
    r"i suggest",
    r"i'd suggest",
    r"i would suggest",
    r"perhaps",
    r"maybe",
    r"probably",
    r"possibly",
    r"might",
    r"seems?",
    r"apparently",
    r"i believe",
    r"i guess",
    r"i suppose",
    r"somewhat",
    r"kind of",
    r"sort of",
    r"it appears",
    r"likely",
    r"i assume",
    r"i feel",
    r"i wonder(?:ed)?",
    r"i was wondering",
    r"roughly",
    r"generally",
    r"usually",
    r"presumably",
    r"in my (?:view|opinion)",
    r"not sure",
    r"unsure",
    r"suggest(?:ed|ion)?",
    r"hopefully",
    r"i hope",
)

# (feature, regex source, evidence label); matched case-insensitively on the masked text.
STRATEGIES: tuple[tuple[str, str, str], ...] = (
    (
        "gratitude",
        _words(r"thanks?", r"thank you", r"thx", r"ty", r"appreciated?", r"grateful", r"cheers"),
        "gratitude",
    ),
    (
        "deference",
        _S
        + _words(
            r"(?:great|good|nice|interesting|excellent|fantastic|cool|fair|valid)"
            r" (?:point|question|work|job|idea|catch|call|suggestion|article)s?",
            r"well done",
            r"nice one",
            r"you(?:'re| are) right",
        ),
        "deference",
    ),
    (
        "greeting",
        _S
        + _words(
            r"hi",
            r"hello",
            r"hey",
            r"hiya",
            r"greetings",
            r"dear",
            r"good (?:morning|afternoon|evening)",
            r"howdy",
        ),
        "greeting",
    ),
    (
        "apologizing",
        _words(
            r"sorry",
            r"apologi[sz]e[ds]?",
            r"apologies",
            r"excuse me",
            r"forgive me",
            r"pardon",
            r"oops",
            r"i regret",
            r"my bad",
            r"my mistake",
        ),
        "apologizing",
    ),
    ("please", r"(?<!^)(?<![.!?]\s)\bplease\b|\bplz\b|\bpls\b", "please"),
    ("please_start", _S + r"\bplease\b", "please starts the request"),
    ("indirect_btw", _words(r"by the way", r"btw", r"incidentally"), "indirect (by the way)"),
    (
        "direct_question",
        _S + _words(r"what", r"why", r"who", r"how", r"where", r"when", r"which") + r"[^.!?\n]*\?",
        "direct question",
    ),
    ("direct_start", _S + _words(r"so", r"then", r"and", r"but", r"or", r"now"), "direct start"),
    (
        "counterfactual_modal",
        _words(r"could you", r"would you", r"could u", r"would u"),
        "counterfactual modal",
    ),
    ("indicative_modal", _words(r"can you", r"will you", r"can u", r"will u"), "indicative modal"),
    (
        "subjunctive",
        _words(
            r"would it be",
            r"would you mind",
            r"if you could",
            r"if you would",
            r"do you mind",
            r"i was wondering",
            r"i wonder(?:ed)? if",
            r"would it be possible",
            r"if (?:you )?possible",
            r"when you get a chance",
            r"if you (?:have|get) (?:the |a )?(?:time|chance|moment)",
            r"feel free",
        ),
        "subjunctive",
    ),
    (
        "first_person_start",
        _S + _words(r"i", r"my", r"mine", r"myself", r"i'm", r"i've", r"i'd", r"i'll"),
        "first person start",
    ),
    (
        "first_person_plural",
        _words(r"we", r"our", r"ours", r"us", r"ourselves", r"we're", r"we've", r"let's"),
        "first person plural",
    ),
    (
        "first_person",
        _words(r"i", r"my", r"mine", r"me", r"myself", r"i'm", r"i've", r"i'd", r"i'll"),
        "first person",
    ),
    (
        "second_person",
        _words(
            r"you", r"your", r"yours", r"yourself", r"u", r"ur", r"you're", r"you've", r"you'd", r"you'll"
        ),
        "second person",
    ),
    ("second_person_start", _S + _words(r"you", r"your", r"you're", r"u"), "second person start"),
    ("hedges", _HEDGES, "hedge"),
    (
        "factuality",
        _words(
            r"in fact",
            r"actually",
            r"the point is",
            r"the reality is",
            r"the truth is",
            r"really",
            r"obviously",
            r"clearly",
            r"of course",
            r"definitely",
            r"certainly",
            r"in reality",
        ),
        "factuality",
    ),
    (
        "why_you",
        _words(
            r"why (?:did|do|would|are|were|is|does|didn't|don't|haven't|won't|can't)"
            r" (?:you|u|your|it|this|that|not)",
            r"what the (?:hell|heck|fuck)",
            r"wtf",
        ),
        "challenging why-question",
    ),
    (
        "imperative_start",
        _S
        + _words(
            r"stop",
            r"don't",
            r"do not",
            r"quit",
            r"read",
            r"look",
            r"go",
            r"get",
            r"leave",
            r"explain",
            r"tell me",
            r"give me",
            r"fix",
            r"remove",
            r"revert",
            r"see",
            r"check",
            r"just",
        ),
        "imperative start",
    ),
    (
        "obligation",
        _words(r"you (?:should|must|need to|have to|ought to)", r"you'd better", r"you had better"),
        "obligation on the reader",
    ),
    (
        "negative_words",
        _words(
            r"stupid",
            r"idiot\w*",
            r"ridiculous",
            r"nonsense",
            r"bullshit",
            r"crap",
            r"damn\w*",
            r"hell",
            r"fuck\w*",
            r"shit\w*",
            r"dumb",
            r"moron\w*",
            r"vandal\w*",
            r"pathetic",
            r"absurd",
            r"ignorant",
            r"lame",
            r"sucks?",
            r"wrong",
            r"bad",
            r"annoying",
            r"rude",
            r"silly",
        ),
        "harsh word",
    ),
    (
        "welcome",
        _words(r"welcome", r"any help", r"let me know", r"help me", r"your help", r"thanks? in advance"),
        "welcoming / asking help",
    ),
    ("shouting", r"(?<![\w<])[A-Z]{3,}(?![\w>])|[!?]{2,}", "shouting"),
)
FEATURES: tuple[str, ...] = tuple(PREFIX + name for name, _, _ in STRATEGIES) + (
    PREFIX + "has_hedge",
    PREFIX + "n_questions",
    PREFIX + "n_sentences",
)
_NEG_OK = frozenset({"shouting", "negative_words"})


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    return tuple(
        (name, re.compile(source, 0 if name == "shouting" else re.IGNORECASE | re.MULTILINE), label)
        for name, source, label in STRATEGIES
    )


_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
_ALLCAPS_OK = frozenset({"URL", "FAQ", "AFD", "NPOV", "BLP", "WP", "USA", "UK", "API", "RFC", "NOT", "IMO"})


def politeness_markers(text: str | Prepared) -> list[Match]:
    """Every politeness-strategy marker of a text (masked: URLs, leading mentions blanked)."""
    p = as_prepared(text)
    masked = p.masked.replace("’", "'")
    found: list[Match] = []
    for name, pattern, label in _compiled():
        for m in pattern.finditer(masked):
            start, end = m.span()
            stripped = masked[start:end]
            lead = len(stripped) - len(stripped.lstrip(" \t\n\"'([."))
            start += lead
            if end <= start:
                continue
            if name == "shouting" and masked[start:end].isalpha() and masked[start:end] in _ALLCAPS_OK:
                continue
            found.append(Match(PREFIX + name, start, end, f'{label}: "{p.text[start:end]}"'))
    return found


def politeness_values(text: str | Prepared, markers: list[Match] | None = None) -> dict[str, float]:
    """Counts per strategy (FEATURES order) plus has_hedge, questions and sentences."""
    p = as_prepared(text)
    found = politeness_markers(p) if markers is None else markers
    values = dict.fromkeys(FEATURES, 0.0)
    for m in found:
        values[m.feature] += 1.0
    values[PREFIX + "has_hedge"] = float(values[PREFIX + "hedges"] > 0)
    values[PREFIX + "n_questions"] = float(p.masked.count("?"))
    values[PREFIX + "n_sentences"] = float(max(1, len(_SENTENCE_END.findall(p.masked.strip()))))
    return values
