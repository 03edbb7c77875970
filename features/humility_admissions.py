"""Admitted lapses by structure: a verb of the author's own action and what went wrong (issue #24).

own_lapse.txt lists fixed phrases ("posted the wrong", "got the date wrong"); these are the
STRUCTURES they stand for, with any object between, so that wordings no list holds are found too:

- an own action that hit the wrong target: "I posted this in the wrong forum", "I sent the file to
  the wrong person", "I gave you incorrect information", "I ordered the wrong size";
- having something wrong or mixed up: "I had the dates mixed up", "I got his name wrong";
- taking one thing for another: "I confused Austria with Australia";
- not reading or checking properly: "I didn't read your message properly", "I did not check it
  carefully";
- leaving out: "I left out a step".

Each returns the span of the verb phrase; features/humility_rules.py then asks who the subject is
(the author, "we", someone else), whether it is asked, conditional or reported, as for the
lexicon's phrases. Negation is not checked here: "didn't read properly" is negative by form.
"""

from __future__ import annotations

import re

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
PATTERNS = (_WRONG_TARGET, _HAD_WRONG, _CONFUSED_WITH, _NOT_PROPERLY, _LEFT_OUT)


def structural_lapses(masked: str) -> list[tuple[int, int]]:
    """Spans of lapse verb phrases found by structure, in text order, not overlapping."""
    spans = sorted(m.span() for pattern in PATTERNS for m in pattern.finditer(masked))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
