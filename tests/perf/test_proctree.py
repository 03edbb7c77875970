"""The process-tree sampler sees the memory and CPU of processes the run starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from waiting import wait_until

from signals.proctree import TreeSampler, descendants

TESTS = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

# holds about 300 MB and spins for a second of its own CPU time (not of the clock: on a busy
# machine a second of the clock may give it little CPU), then holds on until its stdin closes, so
# the test ends it once the sampler has seen what it waits for
CHILD = (
    "import sys, time\nx = bytearray(300 * 2**20)\nx[::4096] = b'1' * len(x[::4096])\n"
    "t = time.process_time()\nwhile time.process_time() - t < 1.0: pass\nsys.stdin.read()\n"
)


def _with_tests_path() -> dict[str, str]:
    """The environment of a child interpreter that imports `waiting` from the tests folder."""
    paths = [str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _start_child() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE)


def _end(child: subprocess.Popen[bytes]) -> None:
    assert child.stdin is not None
    child.stdin.close()
    assert child.wait() == 0


def test_descendants_lists_a_running_child() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        assert child.pid in descendants(os.getpid())
    finally:
        child.kill()
        child.wait()


def test_sampler_sees_a_child_s_memory_and_cpu() -> None:
    with TreeSampler(interval=0.05) as tree:
        child = _start_child()

        def seen() -> bool:
            memory = min(tree.peak_descendant_mb, tree.peak_total_pss_mb)
            return memory >= 250 and tree.descendant_cpu_s >= 0.5

        wait_until(seen, what="the sampler to see the child's memory and CPU")
        _end(child)
    assert tree.peak_descendant_mb >= 250
    assert tree.peak_total_mb >= tree.peak_descendant_mb
    assert tree.descendant_cpu_s >= 0.5
    assert 250 <= tree.peak_total_pss_mb <= tree.peak_total_mb


def test_cpu_of_a_child_waited_for_is_not_unreaped() -> None:
    # in a fresh interpreter: this one may have worker servers from earlier tests
    script = (
        "import subprocess, sys\n"
        "from signals.proctree import TreeSampler\n"
        "from waiting import wait_until\n"
        "with TreeSampler(interval=0.05) as tree:\n"
        f"    child = subprocess.Popen([sys.executable, '-c', {CHILD!r}], stdin=subprocess.PIPE)\n"
        "    wait_until(lambda: tree.descendant_cpu_s >= 0.5, what='the child to be sampled')\n"
        "    child.stdin.close()\n"
        "    child.wait()\n"
        "print(tree.descendant_cpu_s, tree.unreaped_cpu_s)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, env=_with_tests_path()
    )
    sampled, unreaped = (float(x) for x in done.stdout.split())
    assert sampled >= 0.5 and unreaped == 0  # counted by RUSAGE_CHILDREN, not a second time


def test_cpu_of_a_child_still_running_counts_as_unreaped() -> None:
    child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        with TreeSampler(interval=0.05) as tree:
            wait_until(lambda: tree.unreaped_cpu_s >= 0.3, what="the running child's CPU to be sampled")
        assert tree.unreaped_cpu_s >= 0.3  # and still after the last sample, taken on exit
    finally:
        child.kill()
        child.wait()


# the forked child holds on until the sampler has seen both processes at once
SHARED = """
import os
from signals.proctree import TreeSampler
from waiting import wait_until
block = bytearray(300 * 2**20)
for i in range(0, len(block), 4096):
    block[i] = 1
with TreeSampler(interval=0.05, pss_every=1) as tree:
    hold, release = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(release)
        os.read(hold, 1)
        os._exit(0)
    os.close(hold)
    wait_until(lambda: tree.peak_total_mb >= 600, what="a sample of both processes")
    os.close(release)
    os.waitpid(pid, 0)
print(tree.peak_total_mb, tree.peak_total_pss_mb)
"""


def test_pages_shared_by_a_fork_count_once_in_pss() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SHARED], check=True, capture_output=True, text=True, env=_with_tests_path()
    )
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


def test_a_sample_with_proportional_sizes_never_has_less_resident_than_proportional_memory() -> None:
    """Resident and proportional sizes come from one read of smaps_rollup per process, so a
    process that exits or grows between two reads cannot make a stage's PSS exceed its RSS."""
    from signals.proctree import _rss_pss_bytes

    rss, pss = _rss_pss_bytes(os.getpid())
    assert rss >= pss > 0
    sampler = TreeSampler()
    sampler.sample(with_pss=True)
    rss_mb, pss_mb = sampler.stage_peaks()
    assert rss_mb >= pss_mb > 0
