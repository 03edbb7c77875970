"""Memory hand-back between stages: the allocator choice and the release call."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import pyarrow as pa
from signals.memory import _libc, release_freed_memory, use_trimmable_allocator
before = pa.default_memory_pool().backend_name
use_trimmable_allocator()
table = pa.array(["x" * 100] * 10_000)
del table
release_freed_memory()
print(before, pa.default_memory_pool().backend_name, _libc() is not None)
"""


def test_arrow_allocates_from_malloc_where_glibc_can_trim() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], check=True, capture_output=True, text=True)
    before, after, glibc = done.stdout.split()
    assert before != "system"  # pyarrow's bundled pool is the default
    assert after == ("system" if glibc == "True" else before)
