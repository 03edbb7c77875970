"""How the per-text workers start: forked from a preloaded forkserver, never running the caller's script.

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
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Mapping
from multiprocessing import spawn
from multiprocessing.context import BaseContext, ForkServerContext, ForkServerProcess
from typing import Any

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
    if "forkserver" not in multiprocessing.get_all_start_methods():
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
            data = {key: value for key, value in data.items() if key not in _MAIN_KEYS}
        original(data)

    prepare.leaves_callers_main_alone = True  # type: ignore[attr-defined]
    spawn.prepare = prepare
