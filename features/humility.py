"""Humility: own-mistake apologies, organizational apologies, sympathy, corrections, admissions.

"People mess up: admit it, fix it, move on." Two layers (issue #24). The rules
(features/humility_rules.py) propose typed matches from structure: who apologizes for what,
negation, quotation, reported speech, questions, conditions, sarcasm markers ("since you're
such a", "sorry not sorry", "/s"), "sorry to hear", "sorry, but". The model
(features/humility_model.py, trained on the development labels) may then decide per text and
type: keep a proposed type when its probability reaches `keep`, add an unproposed one above
`add` (precision first). Training lets it decide only for the types where nested
cross-validation shows it beats the rules alone (`decides` in the JSON); where it does not,
`keep` is 0 and `add` above 1, the rules decide, and no model feature is computed. The
evidence is the rules' matched span, or the author's cue when the model added the type. One
apology per type and sentence counts. Edits are a property of the post, not of its text (see
aggregate).
"""

from __future__ import annotations

import re

from features import humility_model
from features.humility_rules import counts, refusals_of, rule_layer, service_voice, typed
from features.humility_types import ADMISSION, CORRECTION, EMPATHY, LABELS, ORG, OWN
from features.lexical import Match
from features.text import Prepared, as_prepared

__all__ = [
    "ADMISSION",
    "CORRECTION",
    "EMPATHY",
    "LABELS",
    "ORG",
    "OWN",
    "admissions",
    "apologies",
    "corrections",
    "humility_matches",
    "model_inputs",
]


def model_inputs(text: str | Prepared) -> dict[str, float]:
    """The features the humility model reads for one text (what validation.humility_train fits)."""
    p = as_prepared(text)
    layer = rule_layer(p, refusals_of(p))
    return humility_model.features(p, counts(layer), voice=service_voice(p))[0]


_FEATURES = {"own": OWN, "org": ORG, "empathy": EMPATHY, "correction": CORRECTION}


def _decided(p: Prepared, refusals: list[Match]) -> dict[str, list[Match]]:
    """Matches per type after the model's decision (features/humility_model.py).

    The rules propose, the model decides: a type the model rejects for the text keeps no match;
    a type it accepts keeps the rules' matches, or, when no rule matched, the author's best cue
    as evidence. A text the rules found nothing in is scored only when the model may add a type
    and the text has a word of that type (most texts have none: this keeps them fast).
    """
    layer = rule_layer(p, refusals)
    proposed = [m for found in layer.values() for m in found]
    models = humility_model.shipped()
    if not proposed and not humility_model.may_add(p.masked, models):
        return {kind: [] for kind in _FEATURES}
    scored: tuple[dict[str, float], list[humility_model.Cue]] | None = None
    out: dict[str, list[Match]] = {}
    for kind, feature in _FEATURES.items():
        ruled = [m for m in proposed if m.feature == feature]
        model = models.get(kind)
        if model is None or model.settled(proposed=bool(ruled)):
            out[kind] = ruled
            continue
        if scored is None:
            scored = humility_model.features(p, counts(layer), voice=service_voice(p))
        x, found = scored
        if ruled and model.decides(x, proposed=True):
            out[kind] = ruled
        elif not ruled and model.decides(x, proposed=False):
            span = humility_model.evidence(kind, found, p.masked)
            out[kind] = [] if span is None else [_match(p, feature, *span)]
        else:
            out[kind] = []
    for kind in ("own", "org", "empathy"):
        out[kind] = _one_per_sentence(out[kind], p.masked)
    return out


def _match(p: Prepared, feature: str, start: int, end: int) -> Match:
    return Match(feature, start, end, f'{LABELS[feature]}: "{p.text[start:end]}"')


def apologies(text: str | Prepared, *, refusals: list[Match] | None = None) -> list[Match]:
    """Typed apology matches (own-mistake, organizational, sympathy), decided by the model.

    `refusals` are the text's non-apology matches when the caller already has them.
    """
    p = as_prepared(text)
    out = _decided(p, refusals_of(p) if refusals is None else refusals)
    return sorted(out["own"] + out["org"] + out["empathy"], key=lambda m: (m.start, m.end, m.feature))


_APOLOGY_WORD = re.compile(r"sorr|apolog", re.IGNORECASE)


def _one_per_sentence(found: list[Match], masked: str) -> list[Match]:
    """One match per type and sentence, in text order: "My bad, I messed up" is one apology.

    The evidence kept is the phrase with an apology word if there is one ("I was wrong about
    it, sorry about that" keeps "sorry about that"), else the first.
    """
    ends = humility_model.sentence_ends(masked) if len(found) > 1 else []
    best: dict[tuple[str, int], Match] = {}
    for m in sorted(found, key=lambda m: (m.start, m.end)):
        key = (m.feature, sum(1 for e in ends if e <= m.start))
        kept = best.get(key)
        if kept is None or (
            not _APOLOGY_WORD.search(masked, kept.start, kept.end)
            and _APOLOGY_WORD.search(masked, m.start, m.end)
        ):
            best[key] = m
    return sorted(best.values(), key=lambda m: (m.start, m.end))


def corrections(text: str | Prepared, *, refusals: list[Match] | None = None) -> list[Match]:
    """Corrections of one's own earlier words ("correction:", "I stand corrected"), decided by the model."""
    p = as_prepared(text)
    return _decided(p, refusals_of(p) if refusals is None else refusals)["correction"]


def admissions(text: str | Prepared, *, refusals: list[Match] | None = None) -> list[Match]:
    """Admissions of not knowing or of the other being right ("I don't know", "you're right")."""
    p = as_prepared(text)
    return typed(p, "admission", ADMISSION, drop=refusals_of(p) if refusals is None else refusals)


def humility_matches(text: str | Prepared) -> list[Match]:
    """Every humility match of one text."""
    p = as_prepared(text)
    refusals = refusals_of(p)
    out = _decided(p, refusals)
    found = sorted(out["own"] + out["org"] + out["empathy"], key=lambda m: (m.start, m.end, m.feature))
    return found + out["correction"] + admissions(p, refusals=refusals)
