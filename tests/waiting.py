"""Waiting for a condition in tests, never for a fixed time.

(A plain module, not conftest.py, so test files import it by a name no other test folder uses.)
A test that sleeps and then asserts fails on a loaded machine where the awaited thing takes
longer; one that polls for the condition up to a generous deadline fails only when the thing
never happens.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

DEADLINE_S = 120.0  # generous: a loaded shared machine may be many times slower than usual


def wait_until(condition: Callable[[], T], *, what: str, deadline_s: float = DEADLINE_S) -> T:
    """Call `condition` until it returns something truthy, and return that; fail the test
    naming `what` if it has not after `deadline_s` seconds."""
    give_up = time.monotonic() + deadline_s
    while True:
        found = condition()
        if found:
            return found
        if time.monotonic() > give_up:
            raise AssertionError(f"waited {deadline_s:.0f} s for {what}; last seen: {found!r}")
        time.sleep(0.01)
