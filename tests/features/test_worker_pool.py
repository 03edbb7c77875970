"""One pool of worker processes serves every piece of work, started ahead or not, in order."""

from __future__ import annotations

import os
from pathlib import Path

from features.posts import WorkerPool
from signals.proctree import descendants


def _forkservers() -> list[int]:
    children = descendants(os.getpid())
    return [pid for pid in children if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def test_work_started_ahead_comes_back_in_order_and_unmixed() -> None:
    with WorkerPool(2) as pool:
        first = pool.start(abs, [-1, -2, -3, -4, -5])
        second = pool.start(abs, [-10, -20])  # queued behind the first
        assert second() == [10, 20]
        assert first() == [1, 2, 3, 4, 5]
        assert pool.map(abs, [-7]) == [7]
        assert _forkservers()  # the workers came from a forkserver
    assert _forkservers() == []  # which stopped with the pool


def test_a_pool_that_never_ran_starts_no_process() -> None:
    before = descendants(os.getpid())
    with WorkerPool(2):
        pass
    assert descendants(os.getpid()) == before
