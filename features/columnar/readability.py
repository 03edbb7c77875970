"""Flesch reading ease and Flesch-Kincaid grade of a batch of cleaned texts, as columns.

The counting rules are textstat 0.7.4's, as `features.text.readability` applies them: words
are what is left between spaces once every character other than a word character or a space
is removed; a sentence is a match of `\\b[^.!?]+[.!?]*` with more than two such words (at
least one sentence per text); syllables come from pyphen, looked up once per distinct word.
RE2's `\\w` and `\\b` are ASCII only, so texts with a letter or number outside ASCII are
counted by `features.text.readability` itself.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from features.text import readability, syllables

_NOT_PLAIN = r"[^\x00-\x7F\P{L}]|[^\x00-\x7F\P{N}]|[\x00\x01]"
_PUNCT = r"[^A-Za-z0-9_ ]"  # textstat's [^\w\s] on a text whose only whitespace is single spaces
_SENTENCE = r"(\b[^.!?]+[.!?]*)"
_WORDS = r"[^ ]+"


def _sentences(clean: pa.Array) -> np.ndarray:
    """Sentences of each text as textstat counts them."""
    pieces = pc.split_pattern(pc.replace_substring_regex(clean, _SENTENCE, "\x00\\1\x01"), "\x00")
    sizes = np.asarray(pc.list_value_length(pieces), dtype=np.int64)
    owner = np.repeat(np.arange(len(clean), dtype=np.int64), sizes)
    place = np.arange(len(owner), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    found = place > 0  # every piece after the first starts with a sentence
    sentences = pc.replace_substring_regex(pc.list_flatten(pieces).filter(pa.array(found)), "(?s)\x01.*", "")
    n_words = np.asarray(pc.count_substring_regex(pc.replace_substring_regex(sentences, _PUNCT, ""), _WORDS))
    counted = np.bincount(owner[found], weights=n_words > 2, minlength=len(clean))
    return np.maximum(1, counted.astype(np.int64))


def readabilities(clean: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Flesch reading ease and Flesch-Kincaid grade of each cleaned text (NaN without words),
    equal to `features.text.readability` of each."""
    n = len(clean)
    fre = np.full(n, np.nan)
    fk = np.full(n, np.nan)
    arrow = pa.array(clean, type=pa.large_string())
    plain = ~np.asarray(pc.match_substring_regex(arrow, _NOT_PLAIN), dtype=bool)
    at = np.flatnonzero(plain)
    texts = arrow.take(pa.array(at))
    n_sentences = _sentences(texts)
    pieces = pc.split_pattern(pc.utf8_lower(pc.replace_substring_regex(texts, _PUNCT, "")), " ")
    sizes = np.asarray(pc.list_value_length(pieces), dtype=np.int64)
    owner = np.repeat(np.arange(len(at), dtype=np.int64), sizes)
    flat = pc.list_flatten(pieces)
    nonempty = np.asarray(pc.not_equal(pc.binary_length(flat), 0), dtype=bool)
    encoded = pc.dictionary_encode(flat.filter(pa.array(nonempty)))
    per_word = np.array([syllables(w) for w in encoded.dictionary.to_pylist()], dtype=np.float64)
    owner = owner[nonempty]
    n_words = np.bincount(owner, minlength=len(at)).astype(np.float64)
    n_syllables = np.bincount(
        owner, weights=per_word[np.asarray(encoded.indices, dtype=np.int64)], minlength=len(at)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        asl = n_words / n_sentences
        asw = n_syllables / n_words
        fre[at] = np.where(n_words > 0, 206.835 - 1.015 * asl - 84.6 * asw, np.nan)
        fk[at] = np.where(n_words > 0, 0.39 * asl + 11.8 * asw - 15.59, np.nan)
    for t in np.flatnonzero(~plain).tolist():
        found = readability(clean[t])
        fre[t], fk[t] = found.flesch_reading_ease, found.fk_grade
    return fre, fk
