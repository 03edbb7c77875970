"""One pool of worker processes serves every piece of work, started ahead or not, in order."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from perf.stuck_work import MARKER, stuck
from waiting import wait_until

from signals.execution.worker_start import stops_held
from signals.execution.workers import WorkerPool
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


def test_close_now_ends_busy_workers_without_finishing_their_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MARKER, str(tmp_path))  # the workers' server starts with it
    pool = WorkerPool(2)
    pool.start(stuck, [1, 2, 3, 4])  # work that never ends, more than there are workers
    wait_until(lambda: len(list(tmp_path.iterdir())) == 2, what="both workers busy")
    workers = [int(p.name) for p in tmp_path.iterdir()]
    pool.close(now=True)
    assert not [pid for pid in workers if pid in descendants(os.getpid())]
    assert _forkservers() == []
    assert len(list(tmp_path.iterdir())) == 2  # the work not started was dropped


def test_a_stopping_signal_in_a_held_block_is_handled_after_it() -> None:
    seen: list[object] = []

    def stop(signum: int, _frame: object) -> None:
        seen.append(signum)
        raise RuntimeError("stopped")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(RuntimeError, match="stopped"), stops_held():
            signal.raise_signal(signal.SIGTERM)
            seen.append("the block went on")
        assert seen == ["the block went on", signal.SIGTERM]
        assert signal.getsignal(signal.SIGTERM) is stop
    finally:
        signal.signal(signal.SIGTERM, previous)
