"""Columnar summaries of analyzed texts: what `signals run` keeps of each distinct text.

A million posts hold most of a million distinct texts. One Python object per text (a
dataclass with a tuple of first matches, an opening tuple, a small array) costs about a
kilobyte each, is slow to pickle back from the workers, and stays in memory for the whole
run. A `SummaryBlock` keeps the same facts in a few arrays per batch of texts: the values in
one float matrix, the first match of each feature as parallel arrays (labels shared between
texts that match the same words), colleague-name candidates only for the texts that have any.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from features.lexical import ColleagueIndex, MentionCandidate
from features.posts import (
    MATCH_COLUMNS,
    TEXT_COUNT_FEATURES,
    VALUE_COLUMNS,
    BatchMapper,
    TextBatch,
    TextFeatures,
    WorkerPool,
    analyzed_texts,
    distinct_batch,
    start_batches,
)
from features.text import mask
from signals.memory import release_freed_memory

if TYPE_CHECKING:
    from features.text_cache import TextCache

# the columns of SummaryBlock.values: the per-text values, then each text count feature's matches
TEXT_VALUE_COLUMNS: tuple[str, ...] = VALUE_COLUMNS + tuple(MATCH_COLUMNS[f] for f in TEXT_COUNT_FEATURES)
# counted per post as 0 or 1 (a share of posts), however often the text matches
CAPPED_AT_ONE = frozenset({"humanness__question_share", "humanness__emoji_share"})
_FEATURE_CODE = {f: i for i, f in enumerate(TEXT_COUNT_FEATURES)}
_COUNT_OFFSET = len(VALUE_COLUMNS)


@dataclass
class SummaryBlock:
    """The summaries of consecutive distinct texts, row i for text i.

    `analyzed[i]`: the text has writing features (False: nothing left after cleaning, or
    detected as another language and not asked for anyway); its `values` row is NaN then.
    `langs[i]`: detected language (None: detection not asked, or unknown).
    First matches: one entry per (text, feature with matches) — row, feature (index into
    TEXT_COUNT_FEATURES), span and label. `mentions`: row -> roster colleague candidates,
    only for rows that have any.
    """

    values: np.ndarray
    analyzed: np.ndarray
    langs: list[str | None]
    words: list[str]
    openings: np.ndarray
    first_row: np.ndarray
    first_feature: np.ndarray
    first_span: np.ndarray
    first_label: list[str]
    mentions: dict[int, tuple[MentionCandidate, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.langs)

    @classmethod
    def concat(cls, blocks: Sequence[SummaryBlock]) -> SummaryBlock:
        """The blocks one after another, as one block (rows renumbered)."""
        if not blocks:
            return _Builder().block()
        offsets = np.cumsum([0, *(len(b) for b in blocks)])
        labels: dict[str, str] = {}
        return cls(
            values=np.concatenate([b.values for b in blocks]),
            analyzed=np.concatenate([b.analyzed for b in blocks]),
            langs=[lang for b in blocks for lang in b.langs],
            words=[w for b in blocks for w in b.words],
            openings=np.concatenate([b.openings for b in blocks]),
            first_row=np.concatenate([b.first_row + off for b, off in zip(blocks, offsets, strict=False)]),
            first_feature=np.concatenate([b.first_feature for b in blocks]),
            first_span=np.concatenate([b.first_span for b in blocks]),
            # equal labels of different blocks become one object
            first_label=[labels.setdefault(x, x) for b in blocks for x in b.first_label],
            mentions={
                int(row + off): found
                for b, off in zip(blocks, offsets, strict=False)
                for row, found in b.mentions.items()
            },
        )

    def take(self, order: np.ndarray) -> SummaryBlock:
        """Rows `order` of this block (a permutation of its rows, or a selection), renumbered:
        row i of the result is row `order[i]` here; each row's first matches keep their order."""
        new_row = np.full(len(self), -1, dtype=np.int64)
        new_row[order] = np.arange(len(order))
        rows = new_row[self.first_row]
        keep = np.flatnonzero(rows >= 0)
        firsts = keep[np.argsort(rows[keep], kind="stable")]
        return SummaryBlock(
            values=self.values[order],
            analyzed=self.analyzed[order],
            langs=[self.langs[i] for i in order],
            words=[self.words[i] for i in order],
            openings=self.openings[order],
            first_row=rows[firsts],
            first_feature=self.first_feature[firsts],
            first_span=self.first_span[firsts],
            first_label=[self.first_label[i] for i in firsts],
            mentions={
                int(new_row[row]): found
                for row, found in sorted(self.mentions.items(), key=lambda item: new_row[item[0]])
                if new_row[row] >= 0
            },
        )


class _Builder:
    """Accumulates one text at a time into the arrays of a SummaryBlock."""

    def __init__(self) -> None:
        # rows as Python lists, one matrix at the end: a few small numpy arrays per text cost
        # more than the rest of the summary
        self.values: list[list[float]] = []
        self.analyzed: list[bool] = []
        self.langs: list[str | None] = []
        self.words: list[str] = []
        self.openings: list[tuple[int, int]] = []
        self.first_row: list[int] = []
        self.first_feature: list[int] = []
        self.first_span: list[tuple[int, int]] = []
        self.first_label: list[str] = []
        self.labels: dict[str, str] = {}  # one object per distinct label: pickled and kept once
        self.mentions: dict[int, tuple[MentionCandidate, ...]] = {}
        self._empty = [math.nan] * len(TEXT_VALUE_COLUMNS)

    def add(self, lang: str | None, found: TextFeatures | None, colleagues: ColleagueIndex) -> None:
        row = len(self.langs)
        self.langs.append(lang)
        if found is None:
            self.values.append(self._empty)
            self.analyzed.append(False)
            self.words.append("")
            self.openings.append((0, 0))
            return
        counts = [0.0] * len(TEXT_COUNT_FEATURES)
        seen: set[int] = set()
        for m in found.matches:
            code = _FEATURE_CODE[m.feature]
            counts[code] += 1.0
            if code not in seen:
                seen.add(code)
                self.first_row.append(row)
                self.first_feature.append(code)
                self.first_span.append((m.start, m.end))
                self.first_label.append(self.labels.setdefault(m.label, m.label))
        for feature in CAPPED_AT_ONE:
            code = _FEATURE_CODE[feature]
            counts[code] = min(counts[code], 1.0)
        self.values.append([*found.values, *counts])
        self.analyzed.append(True)
        self.words.append(found.words)
        self.openings.append(found.opening)
        candidates = colleagues.candidates(found.masked)
        if candidates:
            self.mentions[row] = candidates

    def block(self) -> SummaryBlock:
        width = len(TEXT_VALUE_COLUMNS)
        return SummaryBlock(
            values=np.array(self.values, dtype=np.float64) if self.values else np.zeros((0, width)),
            analyzed=np.array(self.analyzed, dtype=bool),
            langs=self.langs,
            words=self.words,
            openings=np.array(self.openings, dtype=np.int64).reshape(-1, 2),
            first_row=np.array(self.first_row, dtype=np.int64),
            first_feature=np.array(self.first_feature, dtype=np.int16),
            first_span=np.array(self.first_span, dtype=np.int64).reshape(-1, 2),
            first_label=self.first_label,
            mentions=self.mentions,
        )


def summarize_batch(
    batch: TextBatch, *, mission_terms: tuple[str, ...], colleagues: ColleagueIndex
) -> SummaryBlock:
    """Detected language and summary of each text of `batch`, as `analyzed_texts` finds them
    (the worker of `signals run`; arguments and result pickle, for worker processes and
    cluster tasks)."""
    out = _Builder()
    for lang, features in analyzed_texts(batch, mission_terms=mission_terms, politeness=False):
        out.add(lang, features, colleagues)
    block = out.block()
    del out
    release_freed_memory()  # a worker process lives for many batches
    return block


def mention_candidates(
    batch: TextBatch, *, colleagues: ColleagueIndex
) -> list[tuple[MentionCandidate, ...]]:
    """Roster colleague candidates of each text of `batch`, as the per-text pass finds them for
    a text it analyzes (a worker's task; arguments and result pickle)."""
    return [colleagues.candidates(mask(text)) for text in batch.texts]


def start_summaries(
    texts: Iterable[str],
    *,
    detect: Iterable[str] = (),
    mission_terms: tuple[str, ...] = (),
    colleagues: ColleagueIndex,
    jobs: int = 1,
    mapper: BatchMapper | None = None,
    pool: WorkerPool | None = None,
    cache: TextCache | None = None,
) -> Callable[[], tuple[pd.Index, SummaryBlock]]:
    """Each distinct text of `texts` and `detect` summarized once, as `analyze_texts` analyzes,
    started (in `pool`'s workers, now; else in `jobs` processes or here when called): the
    returned call gives the distinct texts (row i of the block is text i) and their summaries.

    With a `cache` (features.text_cache), texts it holds are taken from it instead (their
    colleague mentions found here) and every summary is added to it.
    """
    batch = distinct_batch(texts, detect)
    work = partial(summarize_batch, mission_terms=mission_terms, colleagues=colleagues)
    if cache is None:
        pending = start_batches(work, batch, jobs=jobs, mapper=mapper, pool=pool)
        return lambda: (pd.Index(batch.texts, dtype=object), SummaryBlock.concat(pending()))
    keys = cache.keys(batch)
    rows = cache.lookup(keys)
    known, new = np.flatnonzero(rows >= 0), np.flatnonzero(rows < 0)
    fresh, seen = (
        TextBatch([batch.texts[i] for i in at], [batch.detect[i] for i in at], [batch.always[i] for i in at])
        for at in (new, known)
    )
    # every text known: nothing for the workers (a pool would split an empty batch in no parts)
    pending = start_batches(work, fresh, jobs=jobs, mapper=mapper, pool=pool) if len(new) else list
    # the colleague mentions of known texts (they depend on the roster) are found by the
    # workers too, for every known text: which ones were analyzed is only read in `result`
    find = partial(mention_candidates, colleagues=colleagues)
    mentions = start_batches(find, seen, jobs=jobs, mapper=mapper, pool=pool) if len(known) else list

    def result() -> tuple[pd.Index, SummaryBlock]:
        kept = cache.take(rows[known])
        found_in = [found for part in mentions() for found in part]
        for row, found in enumerate(found_in):
            if found and kept.analyzed[row]:
                kept.mentions[row] = found
        # rows of [kept, computed] are texts `known` then `new`: put them back in batch order
        both = SummaryBlock.concat([kept, *pending()])
        block = both.take(np.argsort(np.concatenate([known, new]), kind="stable"))
        cache.add(keys, block)
        return pd.Index(batch.texts, dtype=object), block

    return result
