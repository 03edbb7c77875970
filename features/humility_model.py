"""Humility cues as features, and the small logistic model that weighs them (issue #24).

The rules of features/humility.py say what an apology looks like; on texts no rule was written
from they miss admissions worded otherwise ("boy was I wrong", "I suppose I should not have
used rollback") and take jabs for admissions ("i also forgot to ask, since youre such a ...").
So a logistic model over STRUCTURAL features, never single phrases, may decide: for each
family of cues (error words, lapses, regret, apology words, "my fault" phrases, corrections)
whether it occurs with the author as subject (or no subject), with another subject, negated,
inside a question, or inside someone else's words; plus sympathy, service, softener and
sarcasm markers, the rule layer's own verdicts, pronoun person, length and position.

The coefficients are trained by `python -m validation.humility_train` on the development
labels (validation/data/labels/dev*.csv, legacy_dev.csv) and shipped as JSON
(features/lexicons/humility_model.json), read once; the thresholds of each type were chosen by
cross-validation by source document so that precision comes first, and set to let the rules
decide (keep 0, add above 1) where nested cross-validation showed the model no better than the
rules alone. A text is scored only when a decision needs it (see `TypeModel.settled`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from features.humility_types import CLAUSE_BREAKS, clause_words
from features.text import NEGATORS, Prepared, inside

# -- cue families (closed classes of words, matched on the masked text) -------------------------------

_APOSTROPHE = "['’]"
FAMILIES: dict[str, str] = {
    "error": r"mistakes?|errors?|wrong|faults?|oversight|typos?|blunder|guesswork|"
    r"(?:mess|screw)(?:ed)?\s+(?:(?:it|that|this|things)\s+)?up|goofed|"
    r"mis(?:read|understood|interpreted|spoke|typed|spel(?:led|t)|counted|remembered|judged)|"
    r"overlooked|confused|mixed\s+up|stupid(?:ity)?|silly|dumb|idiot(?:ic)?",
    "lapse": r"forg[eo]t(?:ten)?|missed|skipped|overlooked|accident(?:al)?l?y|inadvertently|"
    r"unintentionally|mistakenly|did(?:n['’]?t| not)\s+(?:see|notice|realize|realise|read|check|mean)|"
    r"never\s+meant|meant\s+to|wasn['’]?t\s+(?:paying|thinking|careful)",
    "regret": r"should(?:n['’]?t|\s+not)?\s+have|should['’]ve|shoulda|regret(?:ted|s)?|"
    r"(?:would|could)\s+have|wish\s+i\s+(?:had|hadn['’]?t|would)|had\s+i\s+(?:not|only|known)|"
    r"if\s+only\s+i",
    "apology": r"sorr+y+|sry|apologi[sz]e[sd]?|apolog(?:y|ies)|forgive|pardon|excuse",
    "myfault": r"my\s+(?:own\s+)?(?:bad|fault|mistake|error|oversight|typo|blunder|misunderstanding|"
    r"misreading|apologies)|on\s+my\s+part|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+on\s+me|"
    r"mea\s+culpa|oops|oopsie|whoops|operator\s+error|user\s+error|unwise\s+choice|(?:am|['’]m)\s+to\s+blame|"
    r"the\s+one\s+to\s+blame|take\s+(?:full\s+)?responsibility|owe\s+you\s+an\s+apology|(?:stupid|dumb|silly)\s+of\s+me",
    "correction": r"correction|stand\s+corrected|i\s+meant|meant\s+to\s+say|what\s+i\s+meant|retract|"
    r"take\s+(?:that|it|this)\s+back|scratch\s+that|ignore\s+my\s+(?:last|previous)|edit\s*:|errata|"
    r"proven\s+wrong|correct(?:ed|ing)\s+me|pointing\s+(?:that|this|it)\s+out|"
    r"catching\s+(?:that|this|it)|fixed|corrected|restored|amended|re-?fixed|undid|undone|"
    r"put\s+(?:it|that|them)\s+back|noticed\s+i\s+(?:wrote|said|put)|"
    r"i\s+(?:wrote|said)\s+\W?\w+\W?\s+(?:for|instead)|earlier\s+i\s+said|disregard|typo|backwards|misstated|"
    r"correct(?:ing)?\s+myself|(?:will|['’]ll)\s+fix",
}
MARKERS: dict[str, str] = {
    "empathy": r"(?:sorry|sad|upset|hate)\s+to\s+(?:hear|see|read|learn)|sorry\s+(?:about|for)\s+(?:your|ur)|"
    r"sorry\s+(?:that\s+)?(?:you|ur)\b|understand\s+how\s+(?:frustrating|annoying|upsetting)|"
    r"can\s+imagine|not\s+(?:what|the\s+experience)\s+(?:we|that\s+we)|feel\s+(?:for|with)\s+you",
    "org": r"we(?:['’]re|\s+are)?\s+(?:so\s+|very\s+|truly\s+|really\s+|deeply\s+)?sorry|"
    r"we\s+(?:do\s+)?apologi[sz]e|our\s+(?:sincere\s+)?(?:apologies|mistake|fault|bad|error)|on\s+us\b|"
    r"dropped\s+the\s+ball|sorry\s+(?:for|about)\s+(?:the|any|this|all|that)\s+(?:inconvenience|trouble|"
    r"wait|delay|confusion|frustration|hassle|issue|problem|experience|difficult)",
    "sarcasm": r"since\s+you['’]?re\s+such|since\s+youre\s+such|sorry\s+not\s+sorry|(?<!\w)/s\b|"
    r"how\s+dare|yeah\s+right|oh\s+i\s+forgot|apparently\s+(?:it['’]?s|this\s+is|i)|"
    r"[\"'‘“](?:sorry|mistake|apolog\w*|my\s+bad)[\"'’”]",
    "softener": r"sorry,?\s+but|sorry,?\s+no\b|"
    r"sorry\s+to\s+(?:bother|disturb|interrupt|ask|trouble|butt|jump|say)|sorry\s+for\s+(?:asking|bothering)|"
    r"sorry\s+if\s+this|excuse\s+me|pardon\s+me|forgive\s+my\s+(?:ignorance|stupidity)|i['’]m\s+afraid",
    "reported": r"(?:he|she|they|who|someone|somebody)\s+"
    r"(?:said|says|say|wrote|writes|apologi[sz]ed|admitted)|"
    r"apparently|allegedly|supposedly|accus\w+|claim(?:s|ed)?\s+(?:that\s+)?i",
    "thanks_fix": r"thanks?\s+(?:you\s+)?for\s+(?:the\s+)?(?:correct\w*|pointing|catching|fixing|spotting)",
}


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?:" + source + r")(?![\w'’])", re.IGNORECASE)


_FAMILY_RE = {name: _compile(src) for name, src in FAMILIES.items()}
_MARKER_RE = {name: _compile(src) for name, src in MARKERS.items()}
# Words without which the model cannot add a type the rules did not propose (a fast pre-check).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "own": ("sorr", "apolog", "mistak", "wrong", "fault", "forg", "miss", "accident", "should", "regret"),
    "org": ("sorr", "apolog", " our ", "on us", "ball"),
    "empathy": ("sorr", "hear", "imagine", "understand", "feel"),
    "correction": ("correct", "meant", "wrong", "retract", "back", "edit", "fix"),
}

# Who does what in a clause: the last subject pronoun before the cue.
_SUBJECTS = {
    "i": "i",
    "i'm": "i",
    "i've": "i",
    "i'd": "i",
    "im": "i",
    "ive": "i",
    "me": "i",
    "my": "i",
    "we": "we",
    "we're": "we",
    "we've": "we",
    "our": "we",
    "us": "we",
    "you": "you",
    "you're": "you",
    "you've": "you",
    "your": "you",
    "u": "you",
    "ur": "you",
    "youre": "you",
    "he": "other",
    "she": "other",
    "they": "other",
    "it": "other",
    "he's": "other",
    "she's": "other",
    "they're": "other",
    "it's": "other",
    "his": "other",
    "her": "other",
    "their": "other",
    "someone": "other",
    "somebody": "other",
    "this": "other",
    "that": "other",
}
_SENTENCE_END = re.compile(r"[.!?\n]+(?=\s|$)")
_CLAUSE_END = re.compile(r"[?!;,\n()]|\.(?!\w)|\s[-–—]\s")
_PERSON_WORDS = {"i": 0, "you": 1, "we": 2}
# Per family: the evidence a cue with the author as subject can give, in this order of preference.
SUBJECT_KINDS = ("i", "none", "we", "you", "other")


@dataclass(frozen=True)
class Cue:
    """One cue occurrence: its family, span, clause subject and context flags."""

    family: str
    start: int
    end: int
    subject: str  # i, none, we, you, other
    negated: bool
    question: bool
    quoted: bool
    sentence: int


def _subject(masked: str, start: int) -> tuple[str, bool, int]:
    """The clause subject before `start`, whether the clause is negated, and where the evidence
    starts: at the subject ("I was a bit confused"), else at the clause ("forgot to sign")."""
    found = clause_words(masked, start, breaks=CLAUSE_BREAKS, reach=120)
    words = [w.group().lower().replace("’", "'") for w in found]
    neg = any(w in NEGATORS or w.endswith("n't") for w in words[-3:])
    for k in range(len(words) - 1, -1, -1):
        person = _SUBJECTS.get(words[k])
        if person is not None:
            return person, neg, found[k].start()
    return "none", neg, found[0].start() if found else start


def asked(masked: str, end: int) -> bool:
    """Whether the clause going on after `end` is a question ("did I miss it?", "was that my fault?")."""
    stop = _CLAUSE_END.search(masked, end)
    return stop is not None and stop.group() == "?"


def _marked(pattern: re.Pattern[str], masked: str, sentences: list[int]) -> set[int]:
    """Indexes of the sentences where `pattern` occurs."""
    return {sentence_of(sentences, m.start()) for m in pattern.finditer(masked)}


def sentence_ends(masked: str) -> list[int]:
    """Offsets where the sentences of a masked text end."""
    return [m.end() for m in _SENTENCE_END.finditer(masked)]


def sarcastic_sentences(masked: str) -> set[int]:
    """Sentences with a sarcasm marker ("since you're such a", "sorry not sorry", "/s", scare quotes)."""
    return _marked(_MARKER_RE["sarcasm"], masked, sentence_ends(masked))


def sentence_of(ends: list[int], start: int) -> int:
    """Index of the sentence holding offset `start` (`ends` ascending, as sentence_ends gives them):
    how many sentences end at or before it."""
    return bisect_right(ends, start)


def cues(p: Prepared) -> list[Cue]:
    """Every cue of the families in the text, in text order.

    A cue is `negated` in a negated clause or in a sentence with a sarcasm marker (the words are
    not meant), `quoted` inside someone else's words or after a reporting phrase in its sentence
    ("he said sorry", "apparently I messed up"), `question` when its clause ends with "?".
    """
    masked = p.masked
    ends = sentence_ends(masked)
    sarcastic = _marked(_MARKER_RE["sarcasm"], masked, ends)
    reported = {m.start(): m.end() for m in _MARKER_RE["reported"].finditer(masked)}
    found = []
    for family, pattern in _FAMILY_RE.items():
        for m in pattern.finditer(masked):
            subject, neg, _ = _subject(masked, m.start())
            if family == "myfault":
                subject = "i"
            sentence = sentence_of(ends, m.start())
            question = asked(masked, m.end())
            quoted = (bool(p.quoted) and inside(m.start(), m.end(), p.quoted)) or any(
                sentence_of(ends, r) == sentence and r < m.start() for r in reported
            )
            neg = neg or sentence in sarcastic
            found.append(Cue(family, m.start(), m.end(), subject, neg, question, quoted, sentence))
    return sorted(found, key=lambda c: (c.start, c.end, c.family))


def features(p: Prepared, rules: dict[str, int], *, voice: bool) -> tuple[dict[str, float], list[Cue]]:
    """The model's inputs for one text, and its cues (the evidence to show).

    `rules` counts the rule layer's matches by source (own_lexicon, own_lapse, own_head, org,
    empathy, refusal, correction, admission); `voice` says whether the text speaks for an
    organization (features.humility.service_voice).
    """
    found = cues(p)
    x: dict[str, float] = {f"rule_{k}": float(min(v, 2)) for k, v in sorted(rules.items())}
    for family in FAMILIES:
        mine = [c for c in found if c.family == family]
        plain = [c for c in mine if not (c.negated or c.question or c.quoted)]
        x[f"{family}_i"] = float(any(c.subject == "i" for c in plain))
        x[f"{family}_none"] = float(any(c.subject == "none" for c in plain))
        x[f"{family}_we"] = float(any(c.subject == "we" for c in plain))
        x[f"{family}_other"] = float(any(c.subject in ("you", "other") for c in plain))
        x[f"{family}_negated"] = float(any(c.negated for c in mine))
        x[f"{family}_question"] = float(any(c.question for c in mine))
        x[f"{family}_quoted"] = float(any(c.quoted for c in mine))
        x[f"{family}_first_sentence"] = float(any(c.sentence == 0 for c in plain))
    for name, pattern in _MARKER_RE.items():
        x[f"marker_{name}"] = float(bool(pattern.search(p.masked)))
    counts = [0, 0, 0]
    for tok in p.toks:
        person = _SUBJECTS.get(tok.word)
        if person in _PERSON_WORDS:
            counts[_PERSON_WORDS[person]] += 1
    n = max(len(p.toks), 1)
    x["person_i"] = counts[0] / n
    x["person_you"] = counts[1] / n
    x["person_we"] = counts[2] / n
    x["service_voice"] = float(voice)
    x["log_words"] = math.log1p(len(p.toks))
    x["question_text"] = float("?" in p.masked)
    x["n_sentences"] = float(min(len(list(_SENTENCE_END.finditer(p.masked))), 10))
    return x, found


# -- the shipped model --------------------------------------------------------------------------------

MODEL_FILE = "humility_model.json"
TYPES = ("own", "org", "empathy", "correction")


@dataclass(frozen=True)
class TypeModel:
    """A standardized logistic regression for one type, with its decision threshold."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    keep: float
    add: float

    def probability(self, x: dict[str, float]) -> float:
        """P(type | features); features the model does not know are ignored."""
        z = self.intercept
        for name, mu, sd, w in zip(self.names, self.mean, self.scale, self.coef, strict=True):
            value = x.get(name, 0.0)
            if value != mu:
                z += w * (value - mu) / sd
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def settled(self, *, proposed: bool) -> bool:
        """Whether the decision needs no features: a proposed type kept whatever P (keep <= 0),
        or an unproposed one never added (add > 1)."""
        return self.keep <= 0.0 if proposed else self.add > 1.0

    def decides(self, x: dict[str, float], *, proposed: bool) -> bool:
        """Whether the text is of this type: a type the rules proposed is kept at P >= keep,
        another is added at P >= add (precision first: add is high, or above 1 = never)."""
        return self.probability(x) >= (self.keep if proposed else self.add)


def may_add(masked: str, models: dict[str, TypeModel]) -> bool:
    """Whether the model could add a type to a text the rules found nothing in: some type's model
    adds at all (`add` <= 1) and the text has one of that type's trigger words."""
    low = masked.lower()
    return any(m.add <= 1.0 and any(t in low for t in TRIGGERS[kind]) for kind, m in models.items())


def type_model(spec: dict[str, object]) -> TypeModel:
    """A TypeModel from its JSON form (the one `validation.humility_train` writes)."""
    names = tuple(str(n) for n in spec["names"])  # type: ignore[attr-defined]
    return TypeModel(
        names=names,
        mean=tuple(float(v) for v in spec["mean"]),  # type: ignore[attr-defined]
        scale=tuple(float(v) for v in spec["scale"]),  # type: ignore[attr-defined]
        coef=tuple(float(v) for v in spec["coef"]),  # type: ignore[attr-defined]
        intercept=float(spec["intercept"]),  # type: ignore[arg-type]
        keep=float(spec["keep"]),  # type: ignore[arg-type]
        add=float(spec["add"]),  # type: ignore[arg-type]
    )


@lru_cache(maxsize=1)
def shipped() -> dict[str, TypeModel]:
    """The trained models of features/lexicons/humility_model.json (read once per process)."""
    raw = resources.files("features").joinpath("lexicons", MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    return {kind: type_model(data["types"][kind]) for kind in TYPES if kind in data["types"]}


# Which cue families can serve as evidence of each type, best first.
EVIDENCE: dict[str, tuple[str, ...]] = {
    "own": ("myfault", "error", "lapse", "regret", "apology", "correction"),
    "correction": ("correction", "error", "myfault", "lapse"),
    "org": ("apology", "myfault", "error", "lapse"),
    "empathy": ("apology",),
}


def evidence(kind: str, found: list[Cue], masked: str) -> tuple[int, int] | None:
    """The span to show for a text the model put in `kind`: the author's best cue, from its clause start."""
    usable = [c for c in found if not (c.negated or c.quoted)]
    for family in EVIDENCE[kind]:
        for subject in SUBJECT_KINDS:
            for c in usable:
                if c.family == family and c.subject == subject:
                    return _clause_start(masked, c), c.end
    marker = _MARKER_RE.get(kind)
    m = marker.search(masked) if marker is not None else None
    return (m.start(), m.end()) if m else None


def _clause_start(masked: str, c: Cue) -> int:
    """Where the evidence of cue `c` starts: its subject or clause when near, else the cue itself."""
    begin = _subject(masked, c.start)[2]
    return begin if c.start - begin <= 40 else c.start
