"""The signals that stop a command, and handlers set for them while a block of code runs.

The command line turns them into an exception that unwinds the run (signals.cli); the worker
pools hold them while they start processes (signals.execution.worker_start). Imports nothing of ours.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import FrameType

STOPPING_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

Handler = Callable[[int, FrameType | None], object]


@contextmanager
def handled_by(handler: Handler, signums: Iterable[int] = STOPPING_SIGNALS) -> Iterator[None]:
    """Within the block, `handler` handles each signal of `signums`; the previous handlers come
    back afterwards. Only the main thread can set handlers: elsewhere nothing changes."""
    previous = {}
    try:
        for signum in signums:
            previous[signum] = signal.signal(signum, handler)
    except ValueError:  # not the main thread: leave signals alone
        pass
    try:
        yield
    finally:
        for signum, earlier in previous.items():
            signal.signal(signum, earlier)
