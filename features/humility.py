"""Humility: typed apologies, corrections and admissions, negation and quotation aware.

"People mess up: admit it, fix it, move on." What counts is the author admitting their own
mistake, so apologies are typed: sympathy ("sorry to hear") is not an apology at all and
wins over both apology types; an apology on behalf of the organization ("we apologize for the
delay") wins over a first-person one where they overlap ("I'm sorry for the inconvenience"
is the service formula). Refusals ("sorry not sorry", "I'm not wrong"), negated phrases ("I
don't think I was wrong") and quoted words ("he said "I apologize"", `RT @x: sorry`) are not
the author's admission. Edits are a property of the post, not of its text (see aggregate).
"""

from __future__ import annotations

from features.lexical import Match, find, lexicon, overlaps
from features.text import Prepared, as_prepared

OWN = "humility__apology_own_rate"
ORG = "humility__apology_org_rate"
EMPATHY = "humility__empathy_rate"
CORRECTION = "humility__correction_rate"
ADMISSION = "humility__admission_rate"

LABELS: dict[str, str] = {
    OWN: "own-mistake apology",
    ORG: "apology for the organization",
    EMPATHY: "sympathy, not apology",
    CORRECTION: "correction",
    ADMISSION: "admission",
}


def _refusals(p: Prepared) -> list[Match]:
    return find(lexicon("non_apology"), p, feature="", label="refusal")


def _typed(p: Prepared, name: str, feature: str, *, drop: list[Match]) -> list[Match]:
    found = find(lexicon(name), p, feature=feature, label=LABELS[feature], negatable=True)
    return [m for m in found if not overlaps(m, drop)]


def apologies(text: str | Prepared) -> list[Match]:
    """Typed apology matches: sympathy over organizational over own-mistake apologies."""
    p = as_prepared(text)
    refusals = _refusals(p)
    empathy = find(lexicon("empathy"), p, feature=EMPATHY, label=LABELS[EMPATHY])
    org = _typed(p, "apology_org", ORG, drop=empathy + refusals)
    own = _typed(p, "apology_own", OWN, drop=empathy + refusals + org)
    return empathy + org + own


def corrections(text: str | Prepared) -> list[Match]:
    """Corrections of one's own earlier words ("correction:", "I stand corrected")."""
    p = as_prepared(text)
    return _typed(p, "correction", CORRECTION, drop=_refusals(p))


def admissions(text: str | Prepared) -> list[Match]:
    """Admissions of not knowing or of the other being right ("I don't know", "you're right")."""
    p = as_prepared(text)
    return _typed(p, "admission", ADMISSION, drop=_refusals(p))


def humility_matches(text: str | Prepared) -> list[Match]:
    """Every humility match of one text."""
    p = as_prepared(text)
    return apologies(p) + corrections(p) + admissions(p)
