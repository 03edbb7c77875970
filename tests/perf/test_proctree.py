"""The process-tree sampler sees the memory and CPU of processes the run starts."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from signals.proctree import TreeSampler, descendants

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

# holds about 300 MB and spins for a moment, so both memory and CPU show up in samples
CHILD = "import time\nx = bytearray(300 * 2**20)\nx[::4096] = b'1' * len(x[::4096])\nt = time.time()\n" + (
    "while time.time() - t < 1.0: pass\n"
)


def test_descendants_lists_a_running_child() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        assert child.pid in descendants(__import__("os").getpid())
    finally:
        child.kill()
        child.wait()


def test_sampler_sees_a_child_s_memory_and_cpu() -> None:
    with TreeSampler(interval=0.05) as tree:
        subprocess.run([sys.executable, "-c", CHILD], check=True)
    assert tree.peak_descendant_mb >= 250
    assert tree.peak_total_mb >= tree.peak_descendant_mb
    assert tree.descendant_cpu_s >= 0.5
    assert 250 <= tree.peak_total_pss_mb <= tree.peak_total_mb


def test_cpu_of_a_child_waited_for_is_not_unreaped() -> None:
    # in a fresh interpreter: this one may have worker servers from earlier tests
    script = (
        "import subprocess, sys\n"
        "from signals.proctree import TreeSampler\n"
        "with TreeSampler(interval=0.05) as tree:\n"
        f"    subprocess.run([sys.executable, '-c', {CHILD!r}], check=True)\n"
        "print(tree.descendant_cpu_s, tree.unreaped_cpu_s)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    sampled, unreaped = (float(x) for x in done.stdout.split())
    assert sampled >= 0.5 and unreaped == 0  # counted by RUSAGE_CHILDREN, not a second time


def test_cpu_of_a_child_still_running_counts_as_unreaped() -> None:
    child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        with TreeSampler(interval=0.05) as tree:
            time.sleep(0.8)
        assert tree.unreaped_cpu_s >= 0.3
    finally:
        child.kill()
        child.wait()


SHARED = """
import os, time
from signals.proctree import TreeSampler
block = bytearray(300 * 2**20)
for i in range(0, len(block), 4096):
    block[i] = 1
with TreeSampler(interval=0.05, pss_every=1) as tree:
    pid = os.fork()
    if pid == 0:
        time.sleep(1.0)
        os._exit(0)
    time.sleep(0.6)
    os.waitpid(pid, 0)
print(tree.peak_total_mb, tree.peak_total_pss_mb)
"""


def test_pages_shared_by_a_fork_count_once_in_pss() -> None:
    done = subprocess.run([sys.executable, "-c", SHARED], check=True, capture_output=True, text=True)
    rss_mb, pss_mb = (float(x) for x in done.stdout.split())
    assert rss_mb >= 600  # the 300 MB block counted in both processes
    assert 300 <= pss_mb <= 450  # and once in the proportional sizes


def test_sampler_without_children_reports_only_itself() -> None:
    # in a fresh interpreter: this one may have worker servers from earlier tests
    script = (
        "from signals.proctree import TreeSampler\n"
        "with TreeSampler(interval=0.05) as tree: pass\n"
        "print(tree.peak_descendant_mb, tree.descendant_cpu_s, tree.peak_total_mb)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    descendant_mb, cpu_s, total_mb = (float(x) for x in done.stdout.split())
    assert descendant_mb == 0 and cpu_s == 0
    assert total_mb > 10
