"""A batch of masked texts tokenized once, as columns: the token table.

`features.text.tokens` finds words with Python's `re` one text at a time. Here the whole batch
goes through RE2 (pyarrow compute) at once: every word is wrapped in NUL marks by one regex
replacement, the batch is split at the marks, and the pieces' lengths give each word's span
(in code points, as Python indexes strings). Words are then dictionary-encoded: per-word facts
(lowercase form, syllables, Zipf band, lexicon hits) are looked up once per distinct word.

RE2 knows no look-behind and its `\\w` is ASCII only, so the batch path is taken only where
both agree with Python's pattern `(?<![\\w@])[^\\W\\d_]+(?:['’][^\\W\\d_]+)*`: texts without
letters or digits outside ASCII (emoji and punctuation are fine) and without NUL. A word right
after a word character or `@` is dropped, as the look-behind would; when such a word holds an
apostrophe, Python's pattern may still match its part after the apostrophe, so those texts
(and the others) are tokenized by `features.text.tokens`. Tests hold both paths equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from features.text import tokens

_WORD = r"([A-Za-z]+(?:['’][A-Za-z]+)*)"
# a letter or a number outside ASCII, or a NUL: Python's and RE2's word rules may differ
_NOT_PLAIN = r"[^\x00-\x7F\P{L}]|[^\x00-\x7F\P{N}]|\x00"
_BEFORE_WORD = r"[A-Za-z0-9_@]$"  # a gap ending so: the next word is inside a word or a handle


@dataclass(frozen=True)
class TokenTable:
    """Every word of a batch of texts, in text order then position order.

    `text[k]`, `start[k]`, `end[k]`: the text a word is in and its span; `word_id[k]` indexes
    `vocab` (lowercased words, straight apostrophes, as `features.text.Token.word`);
    `original_id[k]` indexes `originals` (the words as written). `first[t]:first[t + 1]` are
    the words of text t.
    """

    text: np.ndarray
    start: np.ndarray
    end: np.ndarray
    word_id: np.ndarray
    vocab: list[str]
    original_id: np.ndarray
    originals: list[str]
    first: np.ndarray


def _batch_words(masked: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray, pa.Array, np.ndarray]:
    """RE2 tokenization of plain texts: per word its text (index into `masked`), start, end and
    form as written; and which texts must go to Python after all (a dropped word with an
    apostrophe)."""
    marked = pc.replace_substring_regex(masked, _WORD, "\x00\\1\x00")
    pieces = pc.split_pattern(marked, "\x00")
    sizes = np.asarray(pc.list_value_length(pieces), dtype=np.int64)
    flat = pc.list_flatten(pieces)
    lengths = np.asarray(pc.utf8_length(flat), dtype=np.int64)
    owner = np.repeat(np.arange(len(masked), dtype=np.int64), sizes)
    piece_start = np.repeat(np.cumsum(sizes) - sizes, sizes)
    place = np.arange(len(lengths), dtype=np.int64) - piece_start
    # offsets within the text: cumulative length of the text's earlier pieces
    offsets = np.cumsum(lengths) - lengths
    offsets -= offsets[piece_start] if len(offsets) else 0
    is_word = (place % 2) == 1
    gap_before = np.flatnonzero(is_word) - 1
    after_word_char = np.asarray(
        pc.match_substring_regex(flat.take(pa.array(gap_before)), _BEFORE_WORD), dtype=bool
    )
    at = np.flatnonzero(is_word)
    words = flat.take(pa.array(at))
    dropped = after_word_char
    redo = np.zeros(len(masked), dtype=bool)
    if dropped.any():
        with_apostrophe = np.asarray(
            pc.match_substring_regex(words.filter(pa.array(dropped)), "['’]"), dtype=bool
        )
        redo[owner[at[dropped]][with_apostrophe]] = True
    keep = ~dropped & ~redo[owner[at]]
    return (
        owner[at][keep],
        offsets[at][keep],
        offsets[at][keep] + lengths[at][keep],
        words.filter(pa.array(keep)),
        redo,
    )


def tokenize(masked: Sequence[str]) -> TokenTable:
    """The token table of masked texts (`features.text.mask`): the same words and spans as
    `features.text.tokens` of each text."""
    n = len(masked)
    arrow = pa.array(masked, type=pa.large_string())
    plain = ~np.asarray(pc.match_substring_regex(arrow, _NOT_PLAIN), dtype=bool)
    plain_at = np.flatnonzero(plain)
    owner, start, end, written, redo = _batch_words(arrow.take(pa.array(plain_at)))
    owner = plain_at[owner]
    python_at = np.concatenate([np.flatnonzero(~plain), plain_at[redo]])
    if len(python_at):
        extra = [(int(t), tok) for t in python_at for tok in tokens(masked[t])]
        owner = np.concatenate([owner, np.array([t for t, _ in extra], dtype=np.int64)])
        start = np.concatenate([start, np.array([tok.start for _, tok in extra], dtype=np.int64)])
        end = np.concatenate([end, np.array([tok.end for _, tok in extra], dtype=np.int64)])
        written = pa.concat_arrays(
            [
                written.cast(pa.large_string()),
                pa.array([masked[t][tok.start : tok.end] for t, tok in extra], type=pa.large_string()),
            ]
        )
        # Python's own lowercasing for these texts: a few characters change length when
        # lowercased, and the whole text's lowercase is what `tokens` slices
        python_words = [tok.word for _, tok in extra]
    else:
        python_words = []
    order = np.lexsort((start, owner))
    encoded = pc.dictionary_encode(written.cast(pa.large_string()))
    originals: list[str] = encoded.dictionary.to_pylist()
    original_id = np.asarray(encoded.indices, dtype=np.int64)
    lowered = [w.lower().replace("’", "'") for w in originals]
    vocab = list(dict.fromkeys(lowered + python_words))
    index = {w: i for i, w in enumerate(vocab)}
    word_id = np.array([index[w] for w in lowered], dtype=np.int64)[original_id]
    n_batch = len(original_id) - len(python_words)
    if python_words:
        word_id[n_batch:] = [index[w] for w in python_words]
    owner, order_start, order_end = owner[order], start[order], end[order]
    first = np.searchsorted(owner, np.arange(n + 1))
    return TokenTable(
        text=owner,
        start=order_start,
        end=order_end,
        word_id=word_id[order],
        vocab=vocab,
        original_id=original_id[order],
        originals=originals,
        first=first,
    )
