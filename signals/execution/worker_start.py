"""How the per-text workers start and stop: forked from a preloaded forkserver, never running the
caller's script, deaf to Ctrl-C, ended by their parent.

multiprocessing prepares every process it starts with the forkserver or spawn method by
importing the parent's `__main__` again in the child (as `__mp_main__`), so that functions
defined there can be unpickled. For the caller of `signals.analyze` that `__main__` is their
script: without an `if __name__ == "__main__":` guard the child runs the whole script again and
dies trying to start processes of its own (BrokenProcessPool), and a script read from stdin
(`python - < script.py`) cannot be imported at all. Our workers only ever run functions of our
own modules, so they do not need it: they are `SignalsWorker` processes, and the forkserver
(which imports `features.worker_preload`, which calls `leave_callers_main_alone`) prepares
processes of that name without the caller's `__main__`. Other processes of the same forkserver
are prepared as multiprocessing always does.

Where there is no forkserver (Windows), workers are spawned as fresh interpreters, which
prepare themselves before any of our code runs; there the usual guard is still needed.

Ctrl-C in a terminal interrupts every process of the foreground group, the forkserver and the
workers included. Interrupted while it preloads, or while it waits for work, such a process dies
with a KeyboardInterrupt traceback; so the forkserver is started with SIGINT blocked, a mask it
and every worker forked from it keep (as multiprocessing starts its resource tracker), and
workers ignore SIGINT besides. The parent, interrupted, cancels the work not started and ends
them (`stop_now`); a worker never decides on its own that the run is over. So that it knows
every worker to end, it starts them with its stopping signals held (`stops_held`): an
interruption in the middle of starting one would leave a process it does not know of, which
would keep the forkserver (and the parent stopping it) waiting for ever.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import forkserver, resource_tracker, spawn
from multiprocessing.context import BaseContext, ForkServerContext, ForkServerProcess
from typing import Any

from signals.ground.stopping import STOPPING_SIGNALS, handled_by

# what multiprocessing's preparation data uses to import the parent's __main__ in the child
_MAIN_KEYS = ("init_main_from_name", "init_main_from_path")


class SignalsWorker(ForkServerProcess):
    """A worker process of ours. Its default name, `SignalsWorker-N`, tells the forkserver's
    preparation to leave the caller's `__main__` alone."""


class _WorkerContext(ForkServerContext):
    """The forkserver start method, with our workers' process class."""

    Process = SignalsWorker


def worker_context(preload: list[str]) -> BaseContext:
    """The context worker pools start their processes with: the forkserver (which imports
    `preload` once for all workers) where there is one, else spawn."""
    if not has_forkserver():
        return multiprocessing.get_context("spawn")
    context = _WorkerContext()
    context.set_forkserver_preload(preload)
    return context


def _is_ours(data: Mapping[str, Any]) -> bool:
    return str(data.get("name", "")).startswith(f"{SignalsWorker.__name__}-")


def leave_callers_main_alone() -> None:
    """Make this process (the forkserver) prepare the `SignalsWorker` processes it forks without
    importing the caller's `__main__`; other processes as before. Calling it again changes nothing.

    `multiprocessing.spawn.prepare` is what every forked child of a forkserver calls with the
    parent's preparation data before it unpickles its work; it is wrapped here, in the server,
    so the children inherit the wrapper.
    """
    original: Callable[[Mapping[str, Any]], None] = spawn.prepare
    if getattr(original, "leaves_callers_main_alone", False):
        return

    def prepare(data: Mapping[str, Any]) -> None:
        if _is_ours(data):
            ignore_interrupts()  # at once: the server gave its children back the default handler
            data = {key: value for key, value in data.items() if key not in _MAIN_KEYS}
        original(data)

    prepare.leaves_callers_main_alone = True  # type: ignore[attr-defined]
    spawn.prepare = prepare


def ignore_interrupts() -> None:
    """Let SIGINT (Ctrl-C) pass this process by: its parent decides when it stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def has_forkserver() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def start_forkserver(preload: list[str]) -> None:
    """Start this process's forkserver (loading `preload`) unless it runs, deaf to Ctrl-C from
    its first instruction: it inherits SIGINT blocked, and so do the workers it forks."""
    worker_context(preload)
    # multiprocessing starts the resource tracker (first, as the forkserver needs it) with its
    # own block of SIGINT, which it lifts afterwards: started here, before ours is in place
    resource_tracker.ensure_running()
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C held meanwhile arrives now


def new_executor(jobs: int, *, preload: list[str]) -> ProcessPoolExecutor:
    """A pool of `jobs` worker processes started with `worker_context(preload)`, which ignore
    Ctrl-C (also where they are spawned rather than forked from our forkserver)."""
    if has_forkserver():
        start_forkserver(preload)
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=worker_context(preload), initializer=ignore_interrupts
    )


# seconds a terminated worker has to end before it is killed
_TERMINATE_GRACE_S = 10.0


def stop_now(executor: ProcessPoolExecutor) -> None:
    """End `executor` without waiting for its work: work not started is cancelled, and the
    workers (busy or not) are terminated and waited for.

    For a run that is being interrupted or has failed: `shutdown()` would first finish every
    piece of work already handed over, which can be the rest of the features stage. The
    standard library has no public call to end the workers before Python 3.14
    (`terminate_workers`); their processes are read from the executor's `_processes`.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(_TERMINATE_GRACE_S)
        if process.is_alive():
            process.kill()
            process.join()


def stop_forkserver() -> None:
    """Stop this process's multiprocessing forkserver, if it runs.

    The standard library has no public call for it; `ForkServer._stop` (there since Python
    3.8, used by its own tests) is called when present, else the server stays.
    """
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop):
        stop()


@contextmanager
def stops_held() -> Iterator[None]:
    """Within the block, STOPPING_SIGNALS handled by Python functions (the command line's, or
    KeyboardInterrupt's) are noted rather than handled; when it ends, the handlers come back
    and each noted signal is raised again, so it unwinds the process after the block, not in
    the middle of it. Outside the main thread (where handlers cannot be set) nothing is held.
    """
    noted: list[int] = []
    held = [signum for signum in STOPPING_SIGNALS if callable(signal.getsignal(signum))]
    try:
        with handled_by(lambda signum, _frame: noted.append(signum), held):
            yield
    finally:
        for signum in dict.fromkeys(noted):
            signal.raise_signal(signum)
