"""The per-text pass over a batch of distinct texts, column by column.

A batch is masked and cleaned text by text (cheap string calls), tokenized once into a token
table (features.columnar.tokens), and every family is then computed for the whole batch:
VADER and readability as array operations, word families as per-word flags, phrase lexicons
and humility per text only where a vectorized prefilter says they can match. The result is
the batch's `SummaryBlock`, equal to what `features.posts.analyze_text` finds text by text
(tests/features/test_columnar_equality.py).
"""

from __future__ import annotations

import math

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from features.columnar.block import CAPPED_AT_ONE, TEXT_VALUE_COLUMNS, SummaryBlock
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
from features.lexical import ColleagueIndex, MentionCandidate
from features.posts import TEMPLATE_TOKENS, TEXT_COUNT_FEATURES, TextBatch, text_tools
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


def _languages(batch: TextBatch, masked: list[str], clean: list[str], table: TokenTable) -> list[str | None]:
    """`features.language.detect_prepared` of the texts to detect (None for the others): the
    word-count and English-function-word rules on the token table, the detector on the rest."""
    n_words = np.diff(table.first)
    function = np.array([w in ENGLISH_FUNCTION_WORDS for w in table.vocab], dtype=bool)[table.word_id]
    n_function = np.bincount(table.text, weights=function, minlength=len(masked))
    langs: list[str | None] = [None] * len(masked)
    for t in np.flatnonzero(batch.detect).tolist():
        if n_words[t] < MIN_WORDS:
            continue
        if n_function[t] >= ENGLISH_FUNCTION_SHARE * n_words[t]:
            langs[t] = "en"
            continue
        toks = tuple(table_tokens(table, t))
        langs[t] = detect_prepared(Prepared(batch.texts[t], masked[t], clean[t], (), toks))
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


def summarize(
    batch: TextBatch, *, mission_terms: tuple[str, ...], colleagues: ColleagueIndex
) -> SummaryBlock:
    """Detected language and summary of each text of `batch` (the worker of `signals run`).

    A text to detect whose language is another than English is not analyzed unless `always`;
    nor is a text with nothing left after cleaning.
    """
    n = len(batch.texts)
    if not n:
        return SummaryBlock.empty()
    mission, scanner, known = text_tools(mission_terms)
    masked = [mask(t) for t in batch.texts]
    clean = [collapse_spaces(m) for m in masked]
    table = tokenize(masked)
    langs = _languages(batch, masked, clean, table)
    analyzed = np.array(
        [
            bool(c) and (lang in (None, "en") or always)
            for c, lang, always in zip(clean, langs, batch.always, strict=True)
        ],
        dtype=bool,
    )
    rows = np.flatnonzero(analyzed)
    texts = [batch.texts[r] for r in rows]
    sub_masked = [masked[r] for r in rows]
    sub_clean = [clean[r] for r in rows]
    sub = _subset(table, rows, n)
    found = Found(TEXT_COUNT_FEATURES, len(rows))
    common, mid = word_families(sub, found, known=known, rank=_RANK)
    lexicon_families(texts, sub_masked, sub_clean, sub, found, scanner=scanner, mission=mission, rank=_RANK)
    marks(texts, sub_masked, found, rank=_RANK)
    n_words = np.diff(sub.first).astype(np.float64)
    rare = found.counts[:, found.code[RARE]]
    with np.errstate(divide="ignore", invalid="ignore"):
        jargon = np.where(n_words > 0, 100.0 - (0.5 * mid + rare) * 100.0 / n_words, math.nan)
    fre, fk = readabilities(sub_clean)
    for feature in CAPPED_AT_ONE:
        found.counts[:, found.code[feature]] = np.minimum(found.counts[:, found.code[feature]], 1.0)
    values = np.full((n, len(TEXT_VALUE_COLUMNS)), math.nan)
    values[rows] = np.column_stack(
        [n_words, fre, fk, common, mid, jargon, compounds(sub_clean), found.counts]
    )
    words, openings = _words_and_openings(sub, len(rows))
    all_words = [""] * n
    all_openings = np.zeros((n, 2), dtype=np.int64)
    all_openings[rows] = openings
    mentions: dict[int, tuple[MentionCandidate, ...]] = {}
    for i, r in enumerate(rows):
        all_words[r] = words[i]
        candidates = colleagues.candidates(sub_masked[i])
        if candidates:
            mentions[int(r)] = candidates
    first_row, first_feature, first_span, first_label = found.firsts()
    return SummaryBlock(
        values=values,
        analyzed=analyzed,
        langs=langs,
        words=all_words,
        openings=all_openings,
        first_row=rows[first_row],
        first_feature=first_feature,
        first_span=first_span,
        first_label=first_label,
        mentions=mentions,
    )
