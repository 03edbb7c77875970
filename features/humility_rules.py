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
own_lapse.txt; with "we" it is the organization's); and a bare apology word ("sorry", "I
apologize") typed by its context: its object ("for your loss" is sympathy, "for bothering you"
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
from features.humility_admissions import reported_by_other, structural_lapses
from features.humility_repairs import repaired_lapses, self_repairs, withdraws
from features.lexical import Match, find, lexicon, overlaps
from features.registry import (
    ADMISSION_RATE,
    APOLOGY_ORG_RATE,
    APOLOGY_OWN_RATE,
    CORRECTION_RATE,
    EMPATHY_RATE,
)
from features.text import Prepared, inside, negated

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

# -- grammar of an apology (closed word classes, not lexicons) --------------------------------------

# An apology word with its subject and intensifiers: "sorry", "I'm so sorry", "sorryyy", "sry",
# "I do apologise", "apologies".
_HEAD = re.compile(
    r"(?<![\w@'’])(?:(?:i|we)(?:['’]m|['’]re| am| are| do|m)?\s+"
    r"(?:(?:so|very|really|truly|deeply|terribly|sincerely|extremely|sooo+)\s+)*|my\s+(?:sincere\s+)?)?"
    r"(?:sorr+y+|sry|apologi[sz]e|apologies)(?![\w'’])",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    """A closed word class from a space-separated string."""
    return frozenset(text.split())


# Determiners and adjectives between "for"/"about" and the object's noun.
_DETERMINERS = _words(
    "a all an any bad continued extended it its late long my negative ongoing our poor recent slow "
    "such that the these this those unexpected ur your"
)
# Nouns that make "sorry for the ..." the service formula, whoever writes it.
ORG_OBJECTS: frozenset[str] = _words(
    "difficulties difficulty disappointment disruption disruptions experience frustration "
    "frustrations hassle inconvenience inconveniences issue issues outage outages problem problems "
    "trouble troubles wait waiting"
)
# Gerunds of an imposition: "sorry for bothering you" apologizes for asking, not for a fault.
IMPOSITIONS: frozenset[str] = _words(
    "asking barging bothering butting chiming disturbing insisting interrupting intruding jumping "
    "nagging persisting pestering repeating troubling"
)
# Objects of "sorry for ..." that soften a question or an intended act, not a fault (deference in
# validation/labels/GUIDE.md): "sorry for my ignorance", "sorry for the edit", "apologies for
# this being on your page", "sorry for being a nitwit".
DEFERENCE_OBJECTS: frozenset[str] = _words(
    "bump clarification digression edit ignorance interruption intrusion naivety newbieness nitpick "
    "nitpicking noobness pedantry question questions rambling rant tangent this"
)
SELF_DEPRECATION: frozenset[str] = _words(
    "annoying dense dumb ignorant naive nitwit noob newbie pain pedant pedantic persistent picky pushy "
    "slow stupid thick"
)
# What one forgets that is a state, not a lapse ("I forgot my password", "forgot how to"): the
# guide's "forgetting a piece of information".
_INFORMATION = _words(
    "account accounts address answer code combination command detail details email how id info "
    "information login meaning name names number passcode password passwords pin recovery rules "
    "spelling syntax title use username what when where which who why word words"
)
# Words that may stand between the author and a lapse ("I obviously made", "I might have just
# done", "I think I screwed up") or open a clause before a lapse without a subject ("Drat,
# forgot to sign", "oops sorry responded to the wrong tweet").
_FILLERS = _words(
    "'ve accidentally actually admit again all almost already also always apparently been believe clearly "
    "completely could definitely evidently foolishly guess have honestly how i i'd i've id ive just "
    "kind kinda may might must nearly obviously of possibly probably really recently seem seemed "
    "seems simply some somehow sort sorta stupidly suppose then think to totally would"
)
_INTERJECTIONS = _words(
    "ah ahh and apologies argh but crap d'oh dammit damn doh drat ha haha heh hmm lol man oh ok okay "
    "oops so sorry sry ugh wait well welp whoops yeah yes"
)
# A lapse or fault reported, not admitted: "apparently this is my fault", "your claim that I
# messed up".
_REPORTED = _words(
    "accusation accusations allegation allegations allegedly apparently assertion claim claims "
    "implication insinuation notion reportedly suggestion suggestions supposedly"
)
_QUESTION_AUX = _words("am could did do does had has have shall should was would")
_SUBJECT_I = frozenset({"i", "i've", "i'd", "ive"})
_SUBJECT_WE = frozenset({"we", "we've", "we'd"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE = re.compile(r"[!?;:\n—–()]|\.(?!\w)|,|\s-\s")
# A first-person past action at the start of the clause after an apology word ("sorry, I
# didn't see", "sorry I missed", "Sorry... haven't unblocked many people before").
_PAST_WORDS = (
    r"forgot|forgotten|got|did|didn['’]?t|was|wasn['’]?t|had|hadn['’]?t|haven['’]?t|hasn['’]?t|made|"
    r"saw|took|thought|sent|put|wrote|left|broke|meant|misread|misunderstood|gave|ran|went|lost|"
    r"said|told|set|overslept|spoke|misspoke|chose|knew|read|blew|fell|\w+[^e\W]ed|\w+ied"
)
_AFTER_PAST = re.compile(
    r"^[^\w@]*(?:@?\w+\s*,\s*|@\w+\s+)??(?:(?:i|i['’]ve|ive|i['’]d)\s+)?(?:(?:just|totally|completely|"
    r"almost|accidentally|actually|simply|also|must|have|clearly)\s+)*(?:" + _PAST_WORDS + r")\b"
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
# "Sorry, I did not understand ...", "sorry, I don't follow": softening not following (deference).
_AFTER_NOT_FOLLOWING = re.compile(
    r"^\W*(?:i\s+)?(?:did\s*n['’]?t|did\s+not|do\s*n['’]?t|do\s+not|can['’]?t|cannot)\s+"
    r"(?:quite\s+|really\s+)?(?:understand|follow|get\s+(?:it|you|what|how|why))\b",
    re.IGNORECASE,
)
_AFTER_WE = re.compile(r"^\W*we\s+(?:" + _PAST_WORDS + r")\b", re.IGNORECASE)
_AFTER_IF_PRESENT = re.compile(
    r"^\s*if\s+(?:i['’]m|i\s+am|im|i\s+(?:should|shouldn['’]?t|may|might|can|must))\b", re.IGNORECASE
)
_AFTER_FIRST_PERSON_CLAUSE = re.compile(r"^\s*(?:that|if)\s+(?:i|i['’]ve|i['’]d|i['’]m|my)\b", re.IGNORECASE)
# "sorry that (all of) your photos were lost": sympathy for what befell the reader.
_AFTER_SYMPATHY = re.compile(r"^\s+(?:\w+\s+)?that\s+(?:\w+\s+){0,3}?(?:you|your|ur)\b", re.IGNORECASE)
_BEFORE_CONDITION = re.compile(r"\bif\s+(?:i|i['’]ve|i['’]d)\b[^.!?\n]*$", re.IGNORECASE)
# A softener: "sorry, but ...", "Sorry, no", "Sorry, that is not possible", "sorry, we can't".
_SOFTENER = re.compile(
    r"^\W*(?:but|no)\b|^[^\w.!?\n]*(?:[\w'’]+\s+){0,3}?(?:not|can['’]?t|cannot|don['’]?t|won['’]?t|"
    r"isn['’]?t|aren['’]?t|unable)\b",
    re.IGNORECASE,
)
_ADVERBS_AFTER_SHOULD = frozenset({"just", "really", "probably", "also", "simply", "actually", "definitely"})
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
# A sign-off of a shared organizational account at the end of the text: ^JM, *SR, ~KB, -Jo.
_SIGNATURE = re.compile(r"(?:^|\s)(?:[\^*~]\s?[A-Z][A-Za-z]{1,11}|[-–—]\s?[A-Z][A-Za-z]?[A-Z]?)\W*$")
_WE_WORDS = frozenset({"we", "we're", "we've", "we'll", "we'd", "our", "ours", "us", "ourselves"})


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
        and not _REPORTED.intersection(w.group().lower() for w in _clause_words(p.masked, m.start))
        and not humility_model.asked(p.masked, m.end)
        and not _conditional(p.masked, m.start)
    ]


_CONDITIONS = frozenset({"if", "unless", "whether"})


def _conditional(masked: str, start: int) -> bool:
    """Whether the clause before `start` is a condition ("if I made a mistake, tell me")."""
    return bool(_CONDITIONS.intersection(w.group().lower() for w in _clause_words(masked, start)))


def service_voice(p: Prepared) -> bool:
    """Whether a text speaks for an organization: a sign-off, we/our/us, or a service phrase.

    A shared account's reply ends with its writer's sign-off (`^JM`); a brand speaks as "we"
    ("let us know", "our team"); service replies thank for patience and link help articles.
    """
    if _SIGNATURE.search(p.text.rstrip()):
        return True
    for tok in p.toks:
        if tok.word in _WE_WORDS and p.text[tok.start : tok.end] != "US":
            return True
    return bool(_find_indexed("service_voice", p, feature="", label=""))


def _clause_words(masked: str, start: int) -> list[re.Match[str]]:
    """The words from the start of the clause to `start` (at most 100 characters back)."""
    begin = max(0, start - 100)
    head = masked[begin:start]
    breaks = list(_CLAUSE.finditer(head))
    if breaks:
        begin += breaks[-1].end()
    return list(_WORD.finditer(masked, begin, start))


def _lapse_subject(masked: str, start: int) -> tuple[str, int] | None:
    """Who made the lapse starting at `start`, and where the subject starts.

    ("i", at): the author, when "I" is the last subject of the clause with only fillers after
    it ("I think I just messed up"), or when the clause has no subject at all ("Drat, forgot to
    sign"); "we both" is the author too. ("we", at): the organization. None: someone else.
    """
    found = _clause_words(masked, start)
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
        if i > 1 and words[i - 2] in _QUESTION_AUX:
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


def _should_have_lapse(masked: str, end: int) -> bool:
    """Whether "should have" at `end` goes on with a past participle ("should have asked",
    "should have double-checked": the last part of a hyphenated word)."""
    for m in _HYPHENATED.finditer(masked, end, min(len(masked), end + 60)):
        word = m.group().lower().rsplit("-", 1)[-1]
        if word in _ADVERBS_AFTER_SHOULD:
            continue
        return bool(re.fullmatch(_PAST_WORDS + r"|been|known|done|seen|gone|taken|asked|checked", word))
    return False


def _forgot_information(phrase: str, masked: str, start: int, end: int) -> bool:
    """Whether "forgot <object>" forgets a piece of information ("forgot my password", "forgot my
    recovery email", "changed the password, then forgot it", "forgot how to"): an information word
    among the object's first words, or, for "it"/"them", in the clauses before."""
    if phrase.endswith(" to"):
        return False
    after = [m.group().lower() for m in _WORD.finditer(masked, end, min(len(masked), end + 40))][:4]
    words = [phrase.split()[-1], *after]
    if phrase.split()[-1] in ("it", "them"):
        words += [m.group().lower() for m in _WORD.finditer(masked, max(0, start - 100), start)][-16:]
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
        if phrase in ("should have", "should've") and not _should_have_lapse(p.masked, m.end):
            continue  # "I should have the report by Friday" is no lapse
        if phrase.startswith("forgot") and _forgot_information(phrase, p.masked, m.start, m.end):
            continue  # "I forgot my password" is a state, not a lapse
        subject = _lapse_subject(p.masked, m.start)
        if subject is None or humility_model.asked(p.masked, m.end):
            continue
        if _conditional(p.masked, m.start):
            continue
        kind = OWN if subject[0] == "i" else ORG
        start = subject[1]
        found.append(Match(kind, start, m.end, f'{LABELS[kind]}: "{p.text[start : m.end]}"'))
    return found


def _object_type(words: list[str], *, voice: bool) -> str | None:
    """Type of "sorry for/about <words>": empathy, org, own, "" (no apology) or None (no object)."""
    if not words:
        return None
    first = words[0]
    if first in ("your", "ur", "you"):
        return EMPATHY
    nouns = [w for w in words if w not in _DETERMINERS]
    if DEFERENCE_OBJECTS.intersection(nouns[:2]):
        return ""  # "sorry for my ignorance", "sorry for the edit": a softener, no fault
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
        kind = _object_type([w.lower().replace("’", "'") for w in _WORD.findall(obj.group(1))], voice=voice)
        if kind is not None:
            return kind, end + _object_end(obj)
    if _AFTER_SYMPATHY.match(after):
        return EMPATHY, end
    if _AFTER_IF_PRESENT.match(after):
        return "", end  # "sorry if I am blind", "sorry if I should not ask this": pre-emptive
    if _AFTER_FIRST_PERSON_CLAUSE.match(after):
        return OWN, end
    if _AFTER_WE.match(after):
        return ORG, end
    if _AFTER_NOT_FOLLOWING.match(after):
        return "", end
    if _AFTER_PAST.match(after) or _AFTER_REALIZING.match(after):
        return OWN, end
    if _AFTER_THAT_WAS.match(after):
        return ORG if voice else OWN, end
    if _AGAIN.match(after):
        return ORG if voice else OWN, end  # "apologies again"
    if _SOFTENER.match(after) or _BEFORE_SOFTENER.search(masked[max(0, start - 100) : start]):
        return "", end
    if voice:
        return ORG, end
    return (OWN if "apolog" in masked[start:end].lower() else ""), end


def _heads(p: Prepared, *, drop: list[Match]) -> list[Match]:
    """Bare apology words, typed by their context (see the module docstring)."""
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
            voice = service_voice(p)
        kind, end = _head_type(p, start, end, voice)
        if kind:
            found.append(Match(kind, start, end, f'{LABELS[kind]}: "{p.text[start:end]}"'))
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
    heads = _heads(p, drop=refusals + empathy + org + own + lapses)
    correction = [m for m in typed(p, "correction", CORRECTION, drop=refusals) if withdraws(p.masked, m)]
    correction += repaired_lapses(
        p, [m for m in own + lapses + heads if m.feature == OWN], feature=CORRECTION, label=LABELS[CORRECTION]
    )
    correction += self_repairs(p, feature=CORRECTION, label=LABELS[CORRECTION])
    correction = _first_of_overlapping(correction, drop=refusals)
    layer = {
        "empathy_lexicon": empathy,
        "org_lexicon": org,
        "own_lexicon": own,
        "lapse": lapses,
        "head": heads,
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
