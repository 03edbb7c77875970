"""The per-text pass over a batch of distinct texts, column by column.

A batch is masked and cleaned text by text (cheap string calls), tokenized once into a token
table (features.columnar.tokens), and every family is then computed for the whole batch:
VADER and readability as array operations, word families as per-word flags, phrase lexicons
and humility per text only where a vectorized prefilter says they can match. The result is
an `Analysis` of the batch (for `signals text-features`) or its `SummaryBlock` (for
`signals run`), equal to what the families' own per-text functions find text by text
(tests/features/test_columnar_equality.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from features.columnar.block import CAPPED_AT_ONE, SummaryBlock
from features.columnar.matches import (
    EMOJI,
    QUESTION,
    WE,
    Found,
    lexicon_families,
    marks,
    table_tokens,
    word_families,
)
from features.columnar.readability import readabilities
from features.columnar.tokens import TokenTable, tokenize
from features.columnar.vader import compounds
from features.humanness import BUZZWORD, CONTRACTION, PRONOUN, RARE
from features.language import ENGLISH_FUNCTION_SHARE, ENGLISH_FUNCTION_WORDS, MIN_WORDS, detect_prepared
from features.lexical import ColleagueIndex, Match, MentionCandidate
from features.politeness import FEATURES as POLITENESS_FEATURES
from features.politeness import politeness_markers, politeness_values
from features.posts import TEMPLATE_TOKENS, TEXT_COUNT_FEATURES, VALUE_COLUMNS, TextBatch, text_tools
from features.text import Prepared, collapse_spaces, mask
from features.tone import GRATITUDE, INCIVILITY

# the order in which the per-text pass lists a text's matches, family by family
_RANK = {
    family: rank
    for rank, family in enumerate(
        (
            BUZZWORD,
            PRONOUN,
            CONTRACTION,
            RARE,
            "humility",
            INCIVILITY,
            GRATITUDE,
            "simple",
            WE,
            QUESTION,
            EMOJI,
        )
    )
}


def _languages(
    texts: list[str], detect: list[bool], masked: list[str], clean: list[str], table: TokenTable
) -> list[str | None]:
    """`features.language.detect_prepared` of the texts to detect (None for the others): the
    word-count and English-function-word rules on the token table, the detector on the rest."""
    n_words = np.diff(table.first)
    function = np.array([w in ENGLISH_FUNCTION_WORDS for w in table.vocab], dtype=bool)[table.word_id]
    n_function = np.bincount(table.text, weights=function, minlength=len(masked))
    langs: list[str | None] = [None] * len(masked)
    for t in np.flatnonzero(np.asarray(detect, dtype=bool)).tolist():
        if n_words[t] < MIN_WORDS:
            continue
        if n_function[t] >= ENGLISH_FUNCTION_SHARE * n_words[t]:
            langs[t] = "en"
            continue
        toks = tuple(table_tokens(table, t))
        langs[t] = detect_prepared(Prepared(texts[t], masked[t], clean[t], (), toks))
    return langs


def _subset(table: TokenTable, rows: np.ndarray, n: int) -> TokenTable:
    """The words of texts `rows` (renumbered 0..len(rows)-1) of a table of `n` texts."""
    new = np.full(n, -1, dtype=np.int64)
    new[rows] = np.arange(len(rows))
    keep = new[table.text] >= 0
    text = new[table.text[keep]]
    return TokenTable(
        text=text,
        start=table.start[keep],
        end=table.end[keep],
        word_id=table.word_id[keep],
        vocab=table.vocab,
        original_id=table.original_id[keep],
        originals=table.originals,
        first=np.searchsorted(text, np.arange(len(rows) + 1)),
    )


def _words_and_openings(table: TokenTable, n: int) -> tuple[list[str], np.ndarray]:
    """Each text's lowercased words joined by spaces, and the span of its first TEMPLATE_TOKENS."""
    words = pa.array(table.vocab, type=pa.large_string()).take(pa.array(table.word_id))
    lists = pa.LargeListArray.from_arrays(pa.array(table.first, type=pa.int64()), words)
    joined: list[str] = pc.binary_join(lists, pa.scalar(" ", pa.large_string())).to_pylist()
    count = np.diff(table.first)
    openings = np.zeros((n, 2), dtype=np.int64)
    some = np.flatnonzero(count > 0)
    openings[some, 0] = table.start[table.first[some]]
    openings[some, 1] = table.end[table.first[some] + np.minimum(count[some], TEMPLATE_TOKENS) - 1]
    return joined, openings


@dataclass
class Analysis:
    """What the per-text pass finds in a batch of distinct texts, row i for text i.

    `analyzed[i]`: the text has writing features (False: nothing left after cleaning, or
    detected as another language and not asked for anyway). `values`: VALUE_COLUMNS then the
    match count of each TEXT_COUNT_FEATURES feature (NaN rows for texts not analyzed). Matches
    (every one, or the first of each feature per text): `match_row`, `match_feature` (index
    into TEXT_COUNT_FEATURES), `match_span`, `match_label`, text by text in the order the
    families list them. `politeness` (politeness.FEATURES columns) and `politeness_matches`
    only when asked for.
    """

    langs: list[str | None]
    analyzed: np.ndarray
    masked: list[str]
    values: np.ndarray
    words: list[str]
    openings: np.ndarray
    match_row: np.ndarray
    match_feature: np.ndarray
    match_span: np.ndarray
    match_label: list[str]
    politeness: np.ndarray | None = None
    politeness_matches: dict[int, list[Match]] = field(default_factory=dict)


def analyze(
    texts: list[str],
    *,
    detect: list[bool],
    always: list[bool],
    mission_terms: tuple[str, ...],
    every_match: bool = False,
    politeness: bool = False,
) -> Analysis:
    """The per-text pass over distinct `texts`: the language of those to `detect`, and the
    features of every text except those detected as another language (unless `always`) and
    those with nothing left after cleaning."""
    n = len(texts)
    mission, scanner, known = text_tools(mission_terms)
    masked = [mask(t) for t in texts]
    clean = [collapse_spaces(m) for m in masked]
    table = tokenize(masked)
    langs = _languages(texts, detect, masked, clean, table)
    analyzed = np.array(
        [bool(c) and (lang in (None, "en") or a) for c, lang, a in zip(clean, langs, always, strict=True)],
        dtype=bool,
    )
    rows = np.flatnonzero(analyzed)
    sub_texts = [texts[r] for r in rows]
    sub_masked = [masked[r] for r in rows]
    sub_clean = [clean[r] for r in rows]
    sub = _subset(table, rows, n)
    found = Found(TEXT_COUNT_FEATURES, len(rows), every=every_match)
    common, mid = word_families(sub, found, known=known, rank=_RANK)
    lexicon_families(
        sub_texts, sub_masked, sub_clean, sub, found, scanner=scanner, mission=mission, rank=_RANK
    )
    marks(sub_texts, sub_masked, found, rank=_RANK)
    n_words = np.diff(sub.first).astype(np.float64)
    rare = found.counts[:, found.code[RARE]]
    with np.errstate(divide="ignore", invalid="ignore"):
        jargon = np.where(n_words > 0, 100.0 - (0.5 * mid + rare) * 100.0 / n_words, math.nan)
    fre, fk = readabilities(sub_clean)
    values = np.full((n, len(VALUE_COLUMNS) + len(TEXT_COUNT_FEATURES)), math.nan)
    values[rows] = np.column_stack(
        [n_words, fre, fk, common, mid, jargon, compounds(sub_clean), found.counts]
    )
    words, openings = _words_and_openings(sub, len(rows))
    all_words = [""] * n
    for i, r in enumerate(rows.tolist()):
        all_words[r] = words[i]
    all_openings = np.zeros((n, 2), dtype=np.int64)
    all_openings[rows] = openings
    match_row, match_feature, match_span, match_label = found.kept()
    result = Analysis(
        langs=langs,
        analyzed=analyzed,
        masked=masked,
        values=values,
        words=all_words,
        openings=all_openings,
        match_row=rows[match_row],
        match_feature=match_feature,
        match_span=match_span,
        match_label=match_label,
    )
    if politeness:
        result.politeness = np.full((n, len(POLITENESS_FEATURES)), math.nan)
        for i, r in enumerate(rows.tolist()):
            p = Prepared(texts[r], masked[r], clean[r], (), tuple(table_tokens(sub, i)))
            markers = politeness_markers(p)
            polite = politeness_values(p, markers)
            result.politeness[r] = [polite[f] for f in POLITENESS_FEATURES]
            result.politeness_matches[r] = markers
    return result


def summarize(
    batch: TextBatch, *, mission_terms: tuple[str, ...], colleagues: ColleagueIndex
) -> SummaryBlock:
    """Detected language and summary of each text of `batch` (the worker of `signals run`):
    the first match of each feature, counts of questions and emoji capped at one, and the
    texts' roster colleague candidates."""
    if not batch.texts:
        return SummaryBlock.empty()
    found = analyze(batch.texts, detect=batch.detect, always=batch.always, mission_terms=mission_terms)
    offset = len(VALUE_COLUMNS)
    for feature in CAPPED_AT_ONE:
        column = offset + TEXT_COUNT_FEATURES.index(feature)
        found.values[:, column] = np.minimum(found.values[:, column], 1.0)
    mentions: dict[int, tuple[MentionCandidate, ...]] = {}
    for r in np.flatnonzero(found.analyzed).tolist():
        candidates = colleagues.candidates(found.masked[r])
        if candidates:
            mentions[r] = candidates
    return SummaryBlock(
        values=found.values,
        analyzed=found.analyzed,
        langs=found.langs,
        words=found.words,
        openings=found.openings,
        first_row=found.match_row,
        first_feature=found.match_feature,
        first_span=found.match_span,
        first_label=found.match_label,
        mentions=mentions,
    )
