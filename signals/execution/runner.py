"""What feature code may ask of execution: `Runner`, and the runners that need no process.

A runner maps a picklable function over a batch of work (split into pieces as it sees fit,
results one per piece, in order) and carries the run's per-text cache, if any. Feature code
asks nothing else: which processes or cluster run the pieces, and when freed memory goes back
to the operating system, is the runner's business (as httpx's transport is the client's).

Here: the protocol, `LocalRunner` (in this process; one job and tests) and `MapperRunner` (on
anything with an Executor-like `map`, such as the Dask engine's cluster,
signals.engine_dask). The worker processes' runner is `signals.execution.workers.WorkerRunner`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import numpy as np

from signals.execution.memory import release_freed_memory

MAPPER_BATCH_TEXTS = 20_000  # texts per task when a cluster runs the per-text pass

R = TypeVar("R")
B = TypeVar("B", bound="Batch")


class Batch(Protocol):
    """Work a runner can cut: its number of items, and consecutive pieces of at most `size`."""

    def __len__(self) -> int: ...

    def split(self: B, size: int) -> Sequence[B]: ...


class TextStore(Protocol):
    """A per-text cache (features.text_cache.TextCache): keys of a batch's texts, the rows it
    holds for them (-1: not held), those rows, and new rows to keep."""

    def keys(self, batch: Any) -> np.ndarray: ...

    def lookup(self, keys: np.ndarray) -> np.ndarray: ...

    def take(self, rows: np.ndarray) -> Any: ...

    def add(self, keys: np.ndarray, block: Any) -> None: ...


class Runner(Protocol):
    """What the features stage asks of execution."""

    @property
    def cache(self) -> TextStore | None:
        """The run's per-text cache (None: every text is analyzed)."""
        ...

    def start(self, work: Callable[[B], R], batch: B) -> Callable[[], list[R]]:
        """`work` over the pieces of `batch`, started: the returned call gives the results,
        one per piece, in order. Work started later may run after it, so a caller can start
        the next piece before it uses this one's results."""
        ...


class BatchMapper(Protocol):
    """Runs work on batches elsewhere (a cluster): `map(work, batches)` returns `work(batch)`
    for each batch, in order, like `concurrent.futures.Executor.map`."""

    def map(self, work: Callable[[Any], R], batches: list[Any]) -> Iterable[R]: ...


def released(work: Callable[[B], R], batch: B) -> R:
    """`work(batch)`, then the memory it freed handed back: a process runs many batches, and
    without this its resident size stays near its largest batch's peak (signals.execution.memory)."""
    result = work(batch)
    release_freed_memory()
    return result


@dataclass(frozen=True)
class LocalRunner:
    """Every batch whole, in this process, when its results are asked for."""

    cache: TextStore | None = None

    def start(self, work: Callable[[B], R], batch: B) -> Callable[[], list[R]]:
        release_freed_memory()  # what the work before this one let go
        return lambda: [released(work, batch)]


@dataclass(frozen=True)
class MapperRunner:
    """Batches of at most MAPPER_BATCH_TEXTS items on `mapper` (a cluster), when asked for."""

    mapper: BatchMapper
    cache: TextStore | None = None

    def start(self, work: Callable[[B], R], batch: B) -> Callable[[], list[R]]:
        release_freed_memory()
        return lambda: list(self.mapper.map(work, list(batch.split(MAPPER_BATCH_TEXTS))))
