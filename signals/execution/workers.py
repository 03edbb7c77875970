"""Worker processes: a pool started once for a run, and the runner that spreads batches over it.

The processes are forked from a forkserver that preloads what the work needs (the modules the
pool is given, then signals.execution.worker_preload); how they start and stop is
signals.execution.worker_start.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from signals.execution.memory import release_freed_memory
from signals.execution.runner import MAPPER_BATCH_TEXTS, B, TextStore, released
from signals.execution.worker_start import (
    has_forkserver,
    new_executor,
    start_forkserver,
    stop_forkserver,
    stop_now,
    stops_held,
)

logger = logging.getLogger(__name__)

PARALLEL_MIN_TEXTS = 4000  # below this, starting worker processes costs more than it saves
# loaded last by every pool's forkserver: it freezes what the modules before it loaded
EXECUTION_PRELOAD = "signals.execution.worker_preload"

R = TypeVar("R")
T = TypeVar("T")


class WorkerPool:
    """`jobs` worker processes, started on first use and shared by every piece of work handed to
    them until closed: a run analyzing many groups of people starts them once.

    Their forkserver loads `preload` (modules the work needs, imported once for every worker),
    then EXECUTION_PRELOAD. A process has one forkserver, which every pool uses; closing the
    pool stops it too, unless `keep_server` (another pool of the run will use it).
    """

    def __init__(self, jobs: int, *, keep_server: bool = False, preload: Sequence[str] = ()) -> None:
        self.jobs = jobs
        self.keep_server = keep_server
        self.preload = [*preload, EXECUTION_PRELOAD]
        self._executor: ProcessPoolExecutor | None = None
        self._used_server = False  # started it, or had workers from it: close stops it

    def warm_up(self) -> None:
        """Start the forkserver now, in the background (with more than one job, where there is
        a forkserver): it loads its modules while this process goes on, so the first workers
        need not wait for that loading (about two seconds)."""
        if self.jobs > 1 and has_forkserver():
            self._used_server = True  # first: stopped by `close` even if interrupted while starting
            start_forkserver(self.preload)

    def map(self, work: Callable[[T], R], chunks: list[T]) -> list[R]:
        """`work` of every chunk, in order, in the worker processes."""
        return self.start(work, chunks)()

    def start(self, work: Callable[[T], R], chunks: list[T]) -> Callable[[], list[R]]:
        """Hand `work` of every chunk to the workers now; the returned call waits for the
        results, in order. Work started later runs after it (the queue is first in, first out),
        so the caller can start the next piece before it uses this one's results."""
        with stops_held():  # the workers the executor starts here are all known to `close`
            if self._executor is None:
                self._executor = new_executor(self.jobs, preload=self.preload)
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


@dataclass(frozen=True)
class WorkerRunner:
    """signals.execution.runner.Runner on `pool`'s processes: a batch of at least
    PARALLEL_MIN_TEXTS items (with more than one job) goes to the workers at once, in chunks;
    a smaller one runs in this process when its results are asked for. The pool stays open."""

    pool: WorkerPool
    cache: TextStore | None = None

    def start(self, work: Callable[[B], R], batch: B) -> Callable[[], list[R]]:
        release_freed_memory()  # what the work before this one let go, before more is held
        workers = self.pool.jobs
        if workers <= 1 or len(batch) < PARALLEL_MIN_TEXTS:
            return lambda: [released(work, batch)]
        # at least four chunks per worker (even load), at most MAPPER_BATCH_TEXTS texts each (a
        # worker's memory follows its chunk)
        chunks = list(batch.split(min(MAPPER_BATCH_TEXTS, math.ceil(len(batch) / (4 * workers)))))
        logger.info("per-post pass: %d distinct texts in %d processes", len(batch), workers)
        return self.pool.start(partial(released, work), chunks)
