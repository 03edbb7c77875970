"""The per-post pass: its columns, templated openings, and how its batches of distinct texts
are spread over worker processes or a cluster (the per-text work itself is
features.columnar's engine).

Own writing = kind in OWN_WRITING_KINDS (reposts carry someone else's words) with a non-empty
cleaned text; posts in a language other than English (their `lang` tag, else
`features.language`'s offline detector) are left out of the English lexicons and formulas
(counted, and per person as `humanness__english_share`). Each distinct text is analyzed once
(templated posts repeat); only colleague mentions depend on the author.

Output: one row of per-post values per writing post (columns `<family>__<feature>`, floats)
and, per (post, person feature), the number of matches with the first one's span and label.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

import numpy as np
import pandas as pd

from features.lexical import (
    Lexicon,
    Scanner,
    all_lexicons,
    mission_lexicon,
    term_words,
)
from features.registry import FLAG, MATCH, VALUE, columns_of, fed_by
from features.worker_start import (
    has_forkserver,
    new_executor,
    start_forkserver,
    stop_forkserver,
    stop_now,
    stops_held,
)

logger = logging.getLogger(__name__)

# person feature fed by matches -> per-post column holding the number of matches (features.registry)
MATCH_COLUMNS: dict[str, str] = fed_by((MATCH,))
VALUE_COLUMNS: tuple[str, ...] = columns_of(VALUE)
WRITING_COLUMNS: tuple[str, ...] = columns_of(VALUE) + columns_of(MATCH) + columns_of(FLAG)
TEMPLATE_TOKENS = 6
TEMPLATE_WINDOW = 10  # posts before and after a post whose openings it is compared with
PARALLEL_MIN_TEXTS = 4000  # below this, starting worker processes costs more than it saves
MAPPER_BATCH_TEXTS = 20_000  # texts per task when a cluster runs the per-text pass
MATCH_FRAME_COLUMNS = ["post_id", "feature", "count", "match_start", "match_end", "note"]


# per-text match counts of the person features that do not depend on the author
TEXT_COUNT_FEATURES: tuple[str, ...] = tuple(
    feature for feature, column in MATCH_COLUMNS.items() if column in columns_of(MATCH, by_author=False)
)


def opening_words(words: str) -> str:
    """The first TEMPLATE_TOKENS of space-joined words."""
    return " ".join(words.split(" ", TEMPLATE_TOKENS)[:TEMPLATE_TOKENS])


def template_flags(words: pd.Series, person: pd.Series, created_at: pd.Series | None = None) -> pd.Series:
    """Whether each post opens with the same first six words as one of the TEMPLATE_WINDOW
    posts its author wrote just before or just after it.

    The window is counted in posts, not in time: a person who posts twice as much has twice the
    posts to repeat an opening from, so "like any other post" would read volume as a lack of
    creativity (keeping a random half of someone's posts halved their template share). `words`
    (index post_id) holds each post's words joined by spaces; posts without words never match.
    `created_at` orders each person's posts (table order without it).
    """
    openings = words.map(opening_words).to_numpy()
    keys = np.where(openings == "", -1, pd.factorize(openings)[0])
    people, _ = pd.factorize(person.to_numpy())
    when = np.arange(len(words)) if created_at is None else pd.to_datetime(created_at, utc=True).to_numpy()
    order = np.lexsort((np.arange(len(words)), when, people))
    key, who = keys[order], people[order]
    flagged = np.zeros(len(words), dtype=bool)
    for offset in range(1, TEMPLATE_WINDOW + 1):
        same = (key[offset:] == key[:-offset]) & (who[offset:] == who[:-offset]) & (key[offset:] >= 0)
        flagged[offset:] |= same
        flagged[:-offset] |= same
    result = np.zeros(len(words), dtype=bool)
    result[order] = flagged
    return pd.Series(result, index=words.index)


@lru_cache(maxsize=4)
def text_tools(mission_terms: tuple[str, ...]) -> tuple[Lexicon, Scanner, frozenset[str]]:
    """The compiled lexicons of a run: built once per process.

    The lexicons every run shares (about a second to compile) are loaded in the workers'
    forkserver (features.worker_preload); only the organization's mission terms are added here.
    """
    mission = mission_lexicon(mission_terms)
    return mission, Scanner(all_lexicons(mission)), term_words(mission_terms)


@dataclass(frozen=True)
class TextBatch:
    """Distinct texts for one worker: which need language detection, and which need analysis
    whatever their detected language (a tagged-English post shares the text)."""

    def split(self, size: int) -> list[TextBatch]:
        """Consecutive batches of at most `size` texts."""
        return [
            TextBatch(self.texts[i : i + size], self.detect[i : i + size], self.always[i : i + size])
            for i in range(0, len(self.texts), size)
        ]

    texts: list[str]
    detect: list[bool]
    always: list[bool]


R = TypeVar("R")
T = TypeVar("T")


class BatchMapper(Protocol):
    """Runs the per-text pass on batches elsewhere (a cluster): `map(work, batches)` returns
    `work(batch)` for each batch, in order, like `concurrent.futures.Executor.map`."""

    def map(self, work: Callable[[TextBatch], R], batches: list[TextBatch]) -> Iterable[R]:
        """`work` of every batch, in the order of `batches`."""
        ...


def distinct_batch(texts: Iterable[str], detect: Iterable[str]) -> TextBatch:
    """Each distinct text of `texts` and `detect` once, in first-seen order, with its flags:
    `detect` for those of `detect`, `always` for those of `texts`."""
    texts, detect = list(texts), list(detect)
    always, to_detect = set(texts), set(detect)
    distinct = list(dict.fromkeys([*texts, *detect]))
    return TextBatch(distinct, [t in to_detect for t in distinct], [t in always for t in distinct])


# what the forkserver of the per-text workers loads once for all of them (features.worker_start):
# workers are forked from it, not from this process, which may hold a million posts they would
# carry too
TEXT_WORKER_PRELOAD = ("features.summaries", "features.worker_preload")


class WorkerPool:
    """`jobs` worker processes for the per-text pass, started on first use and shared by every
    `start_batches` call until closed: a run analyzing many groups of people starts them once.

    Their forkserver loads TEXT_WORKER_PRELOAD first. A process has one forkserver, which
    every pool uses; closing the pool stops it too, unless `keep_server` (another pool of the
    run will use it).
    """

    def __init__(self, jobs: int, *, keep_server: bool = False) -> None:
        self.jobs = jobs
        self.keep_server = keep_server
        self._executor: ProcessPoolExecutor | None = None
        self._used_server = False  # started it, or had workers from it: close stops it

    def warm_up(self) -> None:
        """Start the forkserver now, in the background (with more than one job, where there is
        a forkserver): it loads its modules while this process goes on, so the first workers
        need not wait for that loading (about two seconds)."""
        if self.jobs > 1 and has_forkserver():
            self._used_server = True  # first: stopped by `close` even if interrupted while starting
            start_forkserver(list(TEXT_WORKER_PRELOAD))

    def map(self, work: Callable[[T], R], chunks: list[T]) -> list[R]:
        """`work` of every chunk, in order, in the worker processes."""
        return self.start(work, chunks)()

    def start(self, work: Callable[[T], R], chunks: list[T]) -> Callable[[], list[R]]:
        """Hand `work` of every chunk to the workers now; the returned call waits for the
        results, in order. Work started later runs after it (the queue is first in, first out),
        so the caller can start the next piece before it uses this one's results."""
        with stops_held():  # the workers the executor starts here are all known to `close`
            if self._executor is None:
                self._executor = new_executor(self.jobs, preload=list(TEXT_WORKER_PRELOAD))
            futures = [self._executor.submit(work, chunk) for chunk in chunks]
        return lambda: [future.result() for future in futures]

    def close(self, *, now: bool = False) -> None:
        """Stop the workers (if any were started), and the forkserver they came from. `now`
        (the run failed or is interrupted): without finishing the work handed to them.

        The server holds the preloaded lexicons and language model (about 200 MB) and would
        otherwise outlive the features stage; the next pool starts a new one.
        """
        if self._executor is not None:
            if now:
                stop_now(self._executor)
            else:
                self._executor.shutdown()
            self._executor = None
            self._used_server = True
        if self._used_server and not self.keep_server:
            stop_forkserver()
            self._used_server = False

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_exc: object) -> None:
        self.close(now=kind is not None)


def start_batches(
    work: Callable[[TextBatch], R],
    batch: TextBatch,
    *,
    jobs: int,
    mapper: BatchMapper | None,
    pool: WorkerPool | None = None,
) -> Callable[[], list[R]]:
    """`work` over `batch`: on the mapper's cluster, in worker processes (`pool`'s, else
    `jobs` started for this call), or here. The returned call gives the results, one per
    batch piece, in order; with a `pool` the work starts in its workers now, otherwise it
    runs when the call is made."""
    if mapper is not None:
        return lambda: list(mapper.map(work, batch.split(MAPPER_BATCH_TEXTS)))
    workers = pool.jobs if pool is not None else jobs
    if workers <= 1 or len(batch.texts) < PARALLEL_MIN_TEXTS:
        return lambda: [work(batch)]
    # at least four chunks per worker (even load), at most MAPPER_BATCH_TEXTS texts each (a
    # worker's memory follows its chunk)
    chunks = batch.split(min(MAPPER_BATCH_TEXTS, math.ceil(len(batch.texts) / (4 * workers))))
    logger.info("per-post pass: %d distinct texts in %d processes", len(batch.texts), workers)
    if pool is not None:
        return pool.start(work, chunks)

    def in_own_workers() -> list[R]:
        with WorkerPool(workers) as own:
            return own.map(work, chunks)

    return in_own_workers
