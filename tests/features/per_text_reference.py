"""The per-text pass as it was before the columnar engine: text by text, every family's own
function. The oracle of tests/features/test_columnar_equality.py and test_summaries.py (kept
here, not in the product: the engine replaced it)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from features.columnar.vader import analyzer
from features.humanness import (
    CONTRACTION,
    PRONOUN,
    RARE,
    band,
    buzzwords,
    is_contraction,
    is_first_second_person,
)
from features.humility import humility_matches
from features.language import detect_prepared
from features.lexical import Lexicon, Match, Scanner, is_we_word, simple_matches
from features.politeness import FEATURES as POLITENESS_FEATURES
from features.politeness import politeness_markers, politeness_values
from features.posts import TEMPLATE_TOKENS, TextBatch, text_tools
from features.registry import WE_RATE
from features.text import Prepared, Token, as_prepared, first_emoji, prepare, readability
from features.tone import gratitude, incivility

# -- the families' text-by-text functions the engine replaced (features.columnar) ----------------


@dataclass(frozen=True, slots=True)
class JargonCounts:
    """Words of one text by frequency band, and the rare words' spans."""

    common: int
    mid: int
    rare: int
    rare_matches: tuple[Match, ...]

    @property
    def total(self) -> int:
        return self.common + self.mid + self.rare


def jargon_counts(text: str | Prepared, *, known: frozenset[str] = frozenset()) -> JargonCounts:
    """Band counts of a text's words (`known` words count as common); rare words as matches."""
    p = as_prepared(text)
    counts = {"common": 0, "mid": 0, "rare": 0}
    rare = []
    for t in p.toks:
        b = "common" if t.word in known else band(t.word)
        counts[b] += 1
        if b == "rare":
            rare.append(Match(RARE, t.start, t.end, f'rare word: "{p.text[t.start : t.end]}"'))
    return JargonCounts(counts["common"], counts["mid"], counts["rare"], tuple(rare))


def jargon_score(*, mid: float, rare: float, total: float) -> float:
    """De-Jargonizer suitability score: 100 - (0.5*mid + rare)*100/total; NaN without words."""
    if total <= 0:
        return math.nan
    return 100.0 - (0.5 * mid + rare) * 100.0 / total


def _word_matches(
    text: str | Prepared, is_one: Callable[[str], bool], feature: str, label: str
) -> list[Match]:
    """The words `is_one` accepts (`US` in capitals is the country, never a pronoun)."""
    p = as_prepared(text)
    found = []
    for t in p.toks:
        if is_one(t.word):
            original = p.text[t.start : t.end]
            if original == "US":
                continue
            found.append(Match(feature, t.start, t.end, f'{label}: "{original}"'))
    return found


def pronouns(text: str | Prepared) -> list[Match]:
    """First- and second-person words, including their contractions (I'm, we're, you'll)."""
    return _word_matches(text, is_first_second_person, PRONOUN, "1st/2nd person")


def contractions(text: str | Prepared) -> list[Match]:
    """Contractions among a text's words."""
    return _word_matches(text, is_contraction, CONTRACTION, "contraction")


def we_matches(text: str | Prepared) -> list[Match]:
    """First-person plural words (we, us, our, we're, let's)."""
    return _word_matches(text, is_we_word, WE_RATE, "we word")


def first_question(masked: str) -> tuple[int, int] | None:
    """Span of the first question mark in a masked text (URLs already blanked)."""
    at = masked.find("?")
    return (at, at + 1) if at >= 0 else None


def scan(scanner: Scanner, prepared: Prepared) -> Prepared:
    """`prepared` with `hits`: per scanned lexicon, the words where it may match."""
    hits: dict[object, list[Token]] = {}
    for tok in prepared.toks:
        for lex in scanner.lexicons_at(tok.word):
            hits.setdefault(lex, []).append(tok)
    return replace(prepared, hits=hits, scanned=scanner.scanned)


def _compound(clean: str) -> float:
    """VADER compound of a cleaned text, by the library itself."""
    return float(analyzer().polarity_scores(clean)["compound"])


@dataclass(frozen=True)
class TextFeatures:
    """What one text yields, independent of its author."""

    masked: str  # for colleague mentions, which depend on the author
    values: tuple[float, ...]  # in VALUE_COLUMNS order
    matches: tuple[Match, ...]
    words: str  # the lowercased words joined by spaces (compact; for diversity and templates)
    opening: tuple[int, int]  # span of the first TEMPLATE_TOKENS words (templated writing)
    politeness: tuple[float, ...] = ()  # politeness.FEATURES order (per-text only, not per person)
    politeness_matches: tuple[Match, ...] = ()


def analyze_text(
    text: str | Prepared,
    *,
    mission: Lexicon,
    scanner: Scanner | None = None,
    known: frozenset[str] = frozenset(),
    politeness: bool = True,
) -> TextFeatures | None:
    """All per-text features of one post text (or of one already prepared); None when nothing
    is left after cleaning.

    `politeness=False` leaves the politeness strategies out (empty): `signals run` does not
    use them, and they are a third of the per-text time.
    """
    p = as_prepared(text)
    if not p.clean:
        return None
    if scanner is not None:
        p = scan(scanner, p)
    read = readability(p.clean)
    jargon = jargon_counts(p, known=known)
    matches: list[Match] = [
        *buzzwords(p),
        *pronouns(p),
        *contractions(p),
        *jargon.rare_matches,
        *humility_matches(p),
        *incivility(p),
        *gratitude(p),
        *simple_matches(p, mission=mission),
        *we_matches(p),
    ]
    for feature, span, label in (
        ("humanness__question_share", first_question(p.masked), "question"),
        ("humanness__emoji_share", first_emoji(p.masked), "emoji"),
    ):
        if span:
            matches.append(Match(feature, span[0], span[1], f'{label}: "{p.text[span[0] : span[1]]}"'))
    values = (  # VALUE_COLUMNS
        float(len(p.toks)),
        read.flesch_reading_ease,
        read.fk_grade,
        float(jargon.common),
        float(jargon.mid),
        jargon_score(mid=jargon.mid, rare=jargon.rare, total=jargon.total),
        _compound(p.clean),
    )
    toks = p.toks
    opening = (toks[0].start, toks[min(len(toks), TEMPLATE_TOKENS) - 1].end) if toks else (0, 0)
    joined = " ".join(t.word for t in toks)
    if not politeness:
        return TextFeatures(p.masked, values, tuple(matches), joined, opening)
    markers = politeness_markers(p)
    polite = politeness_values(p, markers)
    return TextFeatures(
        p.masked,
        values,
        tuple(matches),
        joined,
        opening,
        tuple(polite[f] for f in POLITENESS_FEATURES),
        tuple(markers),
    )


def analyzed_texts(
    batch: TextBatch, *, mission_terms: tuple[str, ...], politeness: bool
) -> Iterator[tuple[str | None, TextFeatures | None]]:
    """Detected language (None: not asked or unknown) and features of each text of `batch`.

    A text whose detection says another language is not analyzed (None) unless `always`.
    """
    mission, scanner, known = text_tools(mission_terms)
    for text, detect, always in zip(batch.texts, batch.detect, batch.always, strict=True):
        prepared = prepare(text)
        found = detect_prepared(prepared) if detect else None
        if found not in (None, "en") and not always:
            yield found, None
            continue
        yield (
            found,
            analyze_text(prepared, mission=mission, scanner=scanner, known=known, politeness=politeness),
        )
