"""Humility rules: typed apologies, corrections and admissions, negation and quotation aware.

The rule layer of features/humility.py: the rules propose, the model (features/humility_model.py)
decides.

"People mess up: admit it, fix it, move on." What counts is the author admitting their own
mistake, so apologies are typed as validation/apology_labels_GUIDE.md defines them: sympathy
("sorry to hear") is no apology and wins over both types; an apology on behalf of the
organization ("we apologize", "sorry for the inconvenience") wins over a first-person one where
they overlap; the rest is the author's own ("my bad", "I was wrong", "sorry I missed this").

The evidence: phrases that need no context (the apology_own, apology_org and empathy lexicons);
a lapse whose subject is the author ("I obviously made a mistake", "Drat, forgot to sign";
own_lapse.txt and the structures of features/humility_admissions.py; with "we" it is the
organization's); and a bare apology word ("sorry", "I apologize") typed by its context
(features/humility_heads.py): its object ("for your loss" is sympathy, "for bothering you"
an imposition, "for the late reply" something done), a first-person past action after it
("sorry, I didn't see it") or a condition before it ("if I missed it, I apologize"). An apology
that does not say whose fault it is ("sorry about that", "sorry for the delay") belongs to
whoever speaks: the organization when the text is in its voice (a sign-off such as `^JM`,
we/our/us, a service phrase), else the author. Softeners ("sorry, but"), impositions ("sorry to
bother you"), "Sorry?" and apologies for the reader's feelings are no apology; refused ("sorry
not sorry"), negated ("I don't think I was wrong"), quoted, reported ("apparently it's my
fault") and asked ("did I miss it?") admissions are not the author's. One apology per type and
sentence counts. Edits are a property of the post, not of its text (see aggregate).
"""

from __future__ import annotations

import re
from dataclasses import replace

from features import humility_model
from features.humility_admissions import idiom_of_perception, reported_by_other, structural_lapses
from features.humility_heads import heads
from features.humility_repairs import repaired_lapses, self_repairs, withdraws
from features.humility_revisions import admitted_fault
from features.humility_types import (
    CLAUSE_BREAKS,
    CORRECTION,
    EMPATHY,
    LABELS,
    ORG,
    OWN,
    PAST_WORDS,
    QUESTION_AUX,
    WORD,
    clause_words,
    conditional,
    words,
)
from features.lexical import Match, find, lexicon, overlaps
from features.text import Prepared, Token, inside, negated

# -- grammar of an apology (closed word classes, not lexicons) --------------------------------------

# What one forgets that is a state, not a lapse ("I forgot my password", "forgot how to"): the
# guide's "forgetting a piece of information".
_INFORMATION = words(
    "account accounts address answer code combination command detail details email how id info "
    "information login meaning name names number passcode password passwords pin recovery rules "
    "spelling syntax title use username what when where which who why word words"
)
# Words that may stand between the author and a lapse ("I obviously made", "I might have just
# done", "I think I screwed up") or open a clause before a lapse without a subject ("Drat,
# forgot to sign", "oops sorry responded to the wrong tweet").
_FILLERS = words(
    "'ve accidentally actually admit again all almost already also always apparently believe clearly "
    "completely could definitely evidently foolishly guess have honestly how i i'd i've id ive just "
    "kind kinda may may've might might've must must've nearly obviously of possibly probably really "
    "recently seem seemed seems simply some somehow sort sorta stupidly suppose then think to totally would"
)
_INTERJECTIONS = words(
    "ah ahh and apologies argh but crap d'oh dammit damn doh drat ha haha heh hmm lol man oh ok okay "
    "oops so sorry sry ugh wait well welp whoops yeah yes"
)
# A lapse or fault reported, not admitted: "apparently this is my fault", "your claim that I
# messed up".
_REPORTED = words(
    "accusation accusations allegation allegations allegedly apparently assertion claim claims "
    "implication insinuation notion reportedly suggestion suggestions supposedly"
)
_SUBJECT_I = frozenset({"i", "i've", "i'd", "ive"})
_SUBJECT_WE = frozenset({"we", "we've", "we'd"})
_ADVERBS_AFTER_SHOULD = frozenset({"just", "really", "probably", "also", "simply", "actually", "definitely"})
# A sign-off of a shared organizational account at the end of the text: ^JM, *SR, ~KB, -Jo.
_SIGNATURE = re.compile(r"(?:^|\s)(?:[\^*~]\s?[A-Z][A-Za-z]{1,11}|[-–—]\s?[A-Z][A-Za-z]?[A-Z]?)\W*$")
_WE_WORDS = frozenset({"we", "we're", "we've", "we'll", "we'd", "our", "ours", "us", "ourselves"})
# "we" of the people in a conversation, not of an organization: asked ("do we agree", "should we
# break them") or with the words of a shared view ("we both", "we all agree").
_INCLUSIVE_WE_BEFORE = words("are did do does have shall should were")
_INCLUSIVE_WE_AFTER = words("agree all both disagree")


def refusals_of(p: Prepared) -> list[Match]:
    return find(lexicon("non_apology"), p, feature="", label="refusal")


def _find_indexed(
    name: str, p: Prepared, *, feature: str, label: str, negatable: bool = False
) -> list[Match]:
    """`find` for a lexicon the per-post Scanner may not index: only at words that can start it.

    (These lists have no prefix phrases, `word*`; tests/features/test_humility.py checks it.)
    """
    lex = lexicon(name)
    if p.hits is None or lex not in p.scanned:
        at = [t for t in p.toks if t.word in lex.by_first]
        if not at:
            return []
        p = replace(p, hits={lex: at}, scanned=frozenset({lex}))
    return find(lex, p, feature=feature, label=label, negatable=negatable)


def typed(p: Prepared, name: str, feature: str, *, drop: list[Match]) -> list[Match]:
    """Matches of a lexicon, not negated, not overlapping `drop`, not reported ("apparently"),
    not asked ("was that my fault?")."""
    found = find(lexicon(name), p, feature=feature, label=LABELS[feature], negatable=True)
    return [
        m
        for m in found
        if not overlaps(m, drop)
        and not _REPORTED.intersection(w.group().lower() for w in _clausewords(p.masked, m.start))
        and not humility_model.asked(p.masked, m.end)
        and not conditional(p.masked, m.start, breaks=CLAUSE_BREAKS)
    ]


def service_voice(p: Prepared) -> bool:
    """Whether a text speaks for an organization: a sign-off, we/our/us, or a service phrase.

    A shared account's reply ends with its writer's sign-off (`^JM`); a brand speaks as "we"
    ("let us know", "our team"); service replies thank for patience and link help articles.
    """
    if _SIGNATURE.search(p.text.rstrip()):
        return True
    toks = p.toks
    for i, tok in enumerate(toks):
        if tok.word in _WE_WORDS and p.text[tok.start : tok.end] != "US" and not _inclusive(toks, i):
            return True
    return bool(_find_indexed("service_voice", p, feature="", label=""))


def _inclusive(toks: tuple[Token, ...], i: int) -> bool:
    """Whether the "we" at `i` is the conversation's, not a service voice's."""
    if toks[i].word != "we":
        return False
    before = toks[i - 1].word if i else ""
    after = toks[i + 1].word if i + 1 < len(toks) else ""
    return before in _INCLUSIVE_WE_BEFORE or after in _INCLUSIVE_WE_AFTER


def _clausewords(masked: str, start: int) -> list[re.Match[str]]:
    """The words from the start of the clause to `start` (at most 100 characters back)."""
    return clause_words(masked, start, breaks=CLAUSE_BREAKS, reach=100)


def _lapse_subject(masked: str, start: int) -> tuple[str, int] | None:
    """Who made the lapse starting at `start`, and where the subject starts.

    ("i", at): the author, when "I" is the last subject of the clause with only fillers after
    it ("I think I just messed up"), or when the clause has no subject at all ("Drat, forgot to
    sign"); "we both" is the author too. ("we", at): the organization. None: someone else.
    """
    found = _clausewords(masked, start)
    words = [m.group().lower().replace("’", "'") for m in found]
    if _REPORTED.intersection(words):
        return None
    i = len(words)
    while i > 0 and words[i - 1] in _FILLERS and words[i - 1] not in _SUBJECT_I:
        i -= 1
    if i == 0 or all(w in _INTERJECTIONS for w in words[:i]):
        return "i", start
    last, at = words[i - 1], found[i - 1].start()
    if last in _SUBJECT_I:
        if i > 1 and words[i - 2] in QUESTION_AUX:
            return None  # "have I misunderstood?" asks, it does not admit
        if reported_by_other(words[: i - 1]):
            return None  # "she said I was rude": her words about the author
        return "i", at
    if last == "both" and i > 1 and words[i - 2] in _SUBJECT_WE:
        return "i", found[i - 2].start()  # "we both overlooked it": the author and the reader
    if last in _SUBJECT_WE:
        return "we", at
    return None


_HYPHENATED = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Participles that are not in PAST_WORDS' shapes: "should have let it go", "should have kept quiet".
_SAME_PARTICIPLES = (
    r"let|kept|spent|paid|brought|built|caught|bought|sought|taught|slept|held|stuck|shut|quit|cut|hit"
)
_SHOULD_PARTICIPLE = re.compile(
    PAST_WORDS + r"|been|known|done|seen|gone|taken|asked|checked|" + _SAME_PARTICIPLES
)


_SENTENCE_STOP = re.compile(r"\s*(?:[.!;]|$)")


def _should_have_lapse(masked: str, end: int) -> bool:
    """Whether "should have" at `end` goes on with a past participle ("should have asked",
    "should have double-checked": the last part of a hyphenated word), or ends the sentence ("I
    should have." -- the omission named before)."""
    if _SENTENCE_STOP.match(masked, end):
        return True
    for m in _HYPHENATED.finditer(masked, end, min(len(masked), end + 60)):
        word = m.group().lower().rsplit("-", 1)[-1]
        if word in _ADVERBS_AFTER_SHOULD:
            continue
        return bool(_SHOULD_PARTICIPLE.fullmatch(word))
    return False


def _forgot_information(phrase: str, masked: str, start: int, end: int) -> bool:
    """Whether "forgot <object>" forgets a piece of information ("forgot my password", "forgot my
    recovery email", "changed the password, then forgot it", "forgot how to"): an information word
    among the object's first words, or, for "it"/"them", in the clauses before."""
    if phrase.endswith(" to"):
        return False
    after = [m.group().lower() for m in WORD.finditer(masked, end, min(len(masked), end + 40))][:4]
    words = [phrase.split()[-1], *after]
    if phrase.split()[-1] in ("it", "them"):
        words += [m.group().lower() for m in WORD.finditer(masked, max(0, start - 100), start)][-16:]
    return bool(_INFORMATION.intersection(words))


def _lapses(p: Prepared, *, drop: list[Match]) -> list[Match]:
    """Admitted lapses: a lapse verb of own_lapse.txt, or a lapse found by its structure
    (features/humility_admissions.py), whose subject is the author (or "we")."""
    found = []
    listed = _find_indexed("own_lapse", p, feature=OWN, label=LABELS[OWN], negatable=True)
    shaped = [
        Match(OWN, start, end, "")
        for start, end in structural_lapses(p.masked)
        if not (p.quoted and inside(start, end, p.quoted))
        and (p.masked.startswith("did", start) or not negated(p.masked, start))  # "didn't read it properly"
    ]
    for m in listed + [m for m in shaped if not overlaps(m, listed)]:
        if overlaps(m, drop):
            continue
        phrase = p.masked[m.start : m.end].lower().replace("’", "'")
        should = phrase in ("should have", "should've", "should never have")
        if should and not _should_have_lapse(p.masked, m.end):
            continue  # "I should have the report by Friday" is no lapse
        if phrase.startswith("forgot") and _forgot_information(phrase, p.masked, m.start, m.end):
            continue  # "I forgot my password" is a state, not a lapse
        if idiom_of_perception(p.masked, m.end):
            continue  # "I didn't see that coming", "I didn't see your point"
        subject = _lapse_subject(p.masked, m.start)
        if subject is None or humility_model.asked(p.masked, m.end):
            continue
        if conditional(p.masked, m.start, breaks=CLAUSE_BREAKS):
            continue
        kind = OWN if subject[0] == "i" else ORG
        start = subject[1]
        found.append(Match(kind, start, m.end, f'{LABELS[kind]}: "{p.text[start : m.end]}"'))
    return found


def _first_of_overlapping(found: list[Match], *, drop: list[Match]) -> list[Match]:
    """The matches in text order, without those overlapping `drop` or an earlier kept one."""
    kept: list[Match] = []
    for m in found:  # the lexicon's first: their spans are the phrases people know
        if not overlaps(m, drop + kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def rule_layer(p: Prepared, refusals: list[Match]) -> dict[str, list[Match]]:
    """The rules' matches by source: empathy, org and own lexicons, lapses, typed apology words,
    corrections; none in a sentence with a sarcasm marker."""
    empathy = [
        m
        for m in find(lexicon("empathy"), p, feature=EMPATHY, label=LABELS[EMPATHY])
        if not overlaps(m, refusals)
    ]
    org = typed(p, "apology_org", ORG, drop=empathy + refusals)
    own = typed(p, "apology_own", OWN, drop=empathy + refusals + org)
    lapses = _lapses(p, drop=empathy + refusals + org + own)
    heads_found = heads(p, drop=refusals + empathy + org + own + lapses, voice_of=service_voice)
    correction = [m for m in typed(p, "correction", CORRECTION, drop=refusals) if withdraws(p.masked, m)]
    correction += repaired_lapses(
        p,
        [m for m in own + lapses + heads_found if m.feature == OWN],
        feature=CORRECTION,
        label=LABELS[CORRECTION],
    )
    correction += self_repairs(p, feature=CORRECTION, label=LABELS[CORRECTION])
    correction = _first_of_overlapping(correction, drop=refusals)
    typed_before = empathy + org + own + lapses + heads_found
    for m in correction:  # a repair that names the slip as the author's admits it (GUIDE.md: own)
        span = None if overlaps(m, typed_before) else admitted_fault(p.masked, m.start, m.end)
        if span is not None:
            lapses.append(Match(OWN, *span, f'{LABELS[OWN]}: "{p.text[span[0] : span[1]]}"'))
    layer = {
        "empathy_lexicon": empathy,
        "org_lexicon": org,
        "own_lexicon": own,
        "lapse": lapses,
        "head": heads_found,
        "correction": correction,
    }
    sarcastic = humility_model.sarcastic_sentences(p.masked)
    if sarcastic:  # "i also forgot to ask, since youre such a ...": the words are a jab, not meant
        ends = humility_model.sentence_ends(p.masked)
        for name, found in layer.items():
            layer[name] = [m for m in found if humility_model.sentence_of(ends, m.start) not in sarcastic]
    return layer


def counts(layer: dict[str, list[Match]]) -> dict[str, int]:
    """How many matches each rule source found, per type (the model's rule_* inputs)."""
    counts = {"correction": len(layer["correction"])}
    for name in ("empathy_lexicon", "org_lexicon", "own_lexicon"):
        counts[name] = len(layer[name])
    for source in ("lapse", "head"):
        for feature, kind in ((OWN, "own"), (ORG, "org"), (EMPATHY, "empathy")):
            counts[f"{kind}_{source}"] = sum(1 for m in layer[source] if m.feature == feature)
    return counts
