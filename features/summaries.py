"""`signals run`'s per-text pass: each distinct text summarized once, by the columnar engine
(features.columnar), in worker processes or on a cluster, with the text cache's rows reused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

import numpy as np
import pandas as pd

from features.columnar.block import SummaryBlock
from features.columnar.engine import summarize
from features.lexical import ColleagueIndex, MentionCandidate
from features.posts import TextBatch, distinct_batch
from features.text import mask
from signals.execution.runner import LocalRunner, Runner

# what the forkserver of the per-text workers loads once for all of them (given to
# signals.execution.workers.WorkerPool by the pipeline): workers are forked from it, not from
# this process, which may hold a million posts they would carry too
WORKER_PRELOAD = ("features.summaries", "features.worker_preload")


def summarize_batch(
    batch: TextBatch, *, mission_terms: tuple[str, ...], colleagues: ColleagueIndex
) -> SummaryBlock:
    """Detected language and summary of each text of `batch`, by the columnar engine (the
    worker of `signals run`; arguments and result pickle, for worker processes and cluster
    tasks)."""
    return summarize(batch, mission_terms=mission_terms, colleagues=colleagues)


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
    runner: Runner | None = None,
) -> Callable[[], tuple[pd.Index, SummaryBlock]]:
    """Each distinct text of `texts` and `detect` summarized once (`texts` analyzed whatever
    their language, those of `detect` only when the detector finds English or cannot tell),
    started by `runner` (default: here, when asked for): the returned call gives the distinct
    texts (row i of the block is text i) and their summaries.

    With the runner's `cache` (features.text_cache), texts it holds are taken from it instead
    (their colleague mentions found by the runner) and every summary is added to it.
    """
    runner = runner or LocalRunner()
    batch = distinct_batch(texts, detect)
    work = partial(summarize_batch, mission_terms=mission_terms, colleagues=colleagues)
    cache = runner.cache
    if cache is None:
        pending = runner.start(work, batch)
        return lambda: (pd.Index(batch.texts, dtype=object), SummaryBlock.concat(pending()))
    keys = cache.keys(batch)
    rows = cache.lookup(keys)
    known, new = np.flatnonzero(rows >= 0), np.flatnonzero(rows < 0)
    fresh, seen = (
        TextBatch([batch.texts[i] for i in at], [batch.detect[i] for i in at], [batch.always[i] for i in at])
        for at in (new, known)
    )
    # every text known: nothing for the runner (a pool would split an empty batch in no parts)
    pending = runner.start(work, fresh) if len(new) else list
    # the colleague mentions of known texts (they depend on the roster) are found by the
    # workers too, for every known text: which ones were analyzed is only read in `result`
    find = partial(mention_candidates, colleagues=colleagues)
    mentions = runner.start(find, seen) if len(known) else list

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
