"""Hand memory freed by a finished stage back to the operating system.

Reading exports and the per-text pass allocate and free many small objects. The allocators
keep freed memory for reuse (glibc's heap, Arrow's mimalloc pool), so a process's resident
size after a stage stays near that stage's peak although its tables are a fraction of it.
Between stages the pipeline asks both allocators to return what they hold unused; this changes
no result, only the resident size the next stage starts from.
"""

from __future__ import annotations

import ctypes
import logging
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _libc() -> Any:
    """The C library this process runs on, when it is glibc (malloc_trim is a glibc extension).

    `ctypes.CDLL(None)` opens the symbols already loaded; `ctypes.util.find_library` would
    start a subprocess, a fork of this (large) process.
    """
    try:
        libc = ctypes.CDLL(None)
    except (OSError, TypeError):
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release_freed_memory() -> None:
    """Return memory the allocators hold unused to the operating system (best effort)."""
    try:
        import pyarrow

        pyarrow.default_memory_pool().release_unused()
    except ImportError:  # a dependency; guarded so that releasing memory can never fail a run
        pass
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
