"""One pool of worker processes serves every piece of work, started ahead or not, in order."""

from __future__ import annotations

import os
from pathlib import Path

from waiting import wait_until

from features.posts import WorkerPool
from signals.proctree import descendants


def _forkservers() -> list[int]:
    """Forkservers of this process: its own children running multiprocessing's forkserver (the
    workers, forked from a server, are the server's children)."""

    def parent(pid: int) -> int:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])

    return [
        pid
        for pid in descendants(os.getpid())
        if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes() and parent(pid) == os.getpid()
    ]


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


def test_warm_up_starts_the_server_ahead_and_close_stops_it() -> None:
    pool = WorkerPool(2)
    pool.warm_up()
    # before any work: the server is forked at once, but shows as a forkserver only once it has
    # started its new program, which a loaded machine may take a while to do
    wait_until(lambda: len(_forkservers()) == 1, what="the forkserver to run")
    assert pool.map(abs, [-3]) == [3]
    pool.close()
    assert _forkservers() == []


def test_a_pool_that_keeps_the_server_hands_it_to_the_next() -> None:
    with WorkerPool(2, keep_server=True) as readers:
        assert readers.map(abs, [-1, -2]) == [1, 2]
        (server,) = _forkservers()
    assert _forkservers() == [server]  # still there for the next pool
    with WorkerPool(2) as pool:
        assert pool.map(abs, [-4]) == [4]
        assert _forkservers() == [server]
    assert _forkservers() == []


def test_one_job_starts_nothing() -> None:
    before = descendants(os.getpid())
    with WorkerPool(1) as pool:
        pool.warm_up()
    assert descendants(os.getpid()) == before
