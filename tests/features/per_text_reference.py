"""The per-text pass as it was before the columnar engine: text by text, every family's own
function. The oracle of tests/features/test_columnar_equality.py and test_summaries.py (kept
here, not in the product: the engine replaced it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from features.humanness import buzzwords, contractions, jargon_counts, jargon_score, pronouns
from features.humility import humility_matches
from features.language import detect_prepared
from features.lexical import Lexicon, Match, Scanner, simple_matches, we_matches
from features.politeness import FEATURES as POLITENESS_FEATURES
from features.politeness import politeness_markers, politeness_values
from features.posts import TEMPLATE_TOKENS, TextBatch, text_tools
from features.text import Prepared, as_prepared, first_emoji, first_question, prepare, readability
from features.tone import compound, gratitude, incivility


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
        p = scanner.scan(p)
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
        compound(p.clean),
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
