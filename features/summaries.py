"""`signals run`'s per-text pass: each distinct text summarized once, by the columnar engine
(features.columnar), in worker processes or on a cluster, with the text cache's rows reused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from features.columnar.block import SummaryBlock
from features.columnar.engine import summarize
from features.lexical import ColleagueIndex, MentionCandidate
from features.posts import BatchMapper, TextBatch, WorkerPool, distinct_batch, start_batches
from features.text import mask
from signals.ground.memory import release_freed_memory

if TYPE_CHECKING:
    from features.text_cache import TextCache


def summarize_batch(
    batch: TextBatch, *, mission_terms: tuple[str, ...], colleagues: ColleagueIndex
) -> SummaryBlock:
    """Detected language and summary of each text of `batch`, by the columnar engine (the
    worker of `signals run`; arguments and result pickle, for worker processes and cluster
    tasks)."""
    block = summarize(batch, mission_terms=mission_terms, colleagues=colleagues)
    release_freed_memory()  # a worker process lives for many batches
    return block


def mention_candidates(batch: TextBatch, *, colleagues: ColleagueIndex) -> list[tuple[MentionCandidate, ...]]:
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
    """Each distinct text of `texts` and `detect` summarized once (`texts` analyzed whatever
    their language, those of `detect` only when the detector finds English or cannot tell),
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
