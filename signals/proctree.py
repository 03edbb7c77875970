"""Memory and CPU of this process and every process it started, sampled from /proc.

`resource.getrusage(RUSAGE_CHILDREN)` only sees children this process has waited for. The
per-text workers are children of a forkserver that lives until the run ends, so the benchmark
samples the whole process tree instead: peak resident memory of the tree (the sum at one
moment), of the largest descendant, and the CPU seconds of every descendant seen. Linux only;
elsewhere nothing is sampled and the figures stay zero.

Resident memory counts a page shared by several processes (the forkserver's lexicons in
every worker, copy-on-write) once per process, so the tree's RSS sum overstates what the
tree uses. The proportional set size (PSS: each shared page split between its sharers, from
/proc/PID/smaps_rollup) sums to the memory really in use; it is costlier to read, so it is
sampled every `pss_every`-th sample.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

PROC = Path("/proc")


def _read_proc(pid: int, name: str) -> str:
    """/proc/PID/NAME as text; OSError if the process is gone.

    Plain `os.open`/`os.read`, not `Path.read_text`: the sampler reads a file per process of
    the machine several times a second, in a thread beside the measured run, and the text
    layer costs five times as much (each call also gives the interpreter lock up and back).
    """
    handle = os.open(f"/proc/{pid}/{name}", os.O_RDONLY)
    try:
        chunks = []
        while chunk := os.read(handle, 65536):
            chunks.append(chunk)
    finally:
        os.close(handle)
    return b"".join(chunks).decode("ascii", errors="replace")


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (which may hold spaces), or None."""
    try:
        raw = _read_proc(pid, "stat")
    except OSError:
        return None
    return raw[raw.rfind(")") + 2 :].split()


def _rss_bytes(pid: int) -> int:
    try:
        resident = _read_proc(pid, "statm").split()[1]
    except (OSError, IndexError):
        return 0
    return int(resident) * os.sysconf("SC_PAGE_SIZE")


def _rss_pss_bytes(pid: int) -> tuple[int, int]:
    """Resident and proportional set size of one process, read together from smaps_rollup, so
    that the first is never below the second (two reads at two moments can say otherwise)."""
    try:
        rollup = _read_proc(pid, "smaps_rollup")
    except OSError:
        return 0, 0
    found = {"Rss:": 0, "Pss:": 0}
    for line in rollup.splitlines():
        key = line.split(maxsplit=1)[0] if line else ""
        if key in found:
            found[key] = int(line.split()[1]) * 1024
    return found["Rss:"], found["Pss:"]


def descendants(root: int) -> list[int]:
    """Process ids of every live descendant of `root` (children, their children, ...)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir(PROC):
        if not name.isdigit():
            continue
        fields = _stat_fields(int(name))
        if fields is not None:
            children.setdefault(int(fields[1]), []).append(int(name))
    found: list[int] = []
    todo = list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


class TreeSampler:
    """Samples this process tree every `interval` seconds while in a `with` block.

    `peak_total_mb`: largest sum of resident memory over the tree; `peak_total_pss_mb`: the
    same in proportional set size (shared pages split between their sharers);
    `peak_descendant_mb`: largest resident memory of one descendant; `descendant_cpu_s`: CPU
    seconds of the descendants (the last sample of each; up to `interval` of a short-lived
    one is missed).
    """

    def __init__(self, *, interval: float = 0.1, pss_every: int = 5) -> None:
        self.interval = interval
        self.pss_every = pss_every
        self.peak_total_mb = 0.0
        self.peak_total_pss_mb = 0.0
        self._samples = 0
        self.peak_descendant_mb = 0.0
        self._cpu_ticks: dict[int, int] = {}
        self._alive: list[int] = []
        self._stage_lock = threading.Lock()
        self._stage_rss_mb = 0.0
        self._stage_pss_mb = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def descendant_cpu_s(self) -> float:
        return sum(self._cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")

    @property
    def unreaped_cpu_s(self) -> float:
        """CPU seconds of the descendants still running at the last sample: the ones this
        process's RUSAGE_CHILDREN does not count yet (it counts a child, and the children that
        child waited for, once the child is waited for)."""
        return sum(self._cpu_ticks.get(pid, 0) for pid in self._alive) / os.sysconf("SC_CLK_TCK")

    def sample(self, *, with_pss: bool = False) -> None:
        """One sample of the tree now (PSS every `pss_every` samples, or when asked)."""
        root = os.getpid()
        tree = [root, *descendants(root)]
        self._alive = tree[1:]
        pss_mb = None
        resident: dict[int, int] = {}
        if with_pss or self._samples % self.pss_every == 0:
            pairs = {pid: _rss_pss_bytes(pid) for pid in tree}
            resident = {pid: rss for pid, (rss, _pss) in pairs.items()}
            pss_mb = sum(pss for _rss, pss in pairs.values()) / 2**20
            self.peak_total_pss_mb = max(self.peak_total_pss_mb, pss_mb)
        self._samples += 1
        total = resident[root] if root in resident else _rss_bytes(root)
        for pid in tree[1:]:
            rss = resident[pid] if pid in resident else _rss_bytes(pid)
            total += rss
            self.peak_descendant_mb = max(self.peak_descendant_mb, rss / 2**20)
            fields = _stat_fields(pid)
            if fields is not None:
                ticks = int(fields[11]) + int(fields[12])  # utime, stime
                self._cpu_ticks[pid] = max(ticks, self._cpu_ticks.get(pid, 0))
        self.peak_total_mb = max(self.peak_total_mb, total / 2**20)
        with self._stage_lock:
            self._stage_rss_mb = max(self._stage_rss_mb, total / 2**20)
            if pss_mb is not None:
                self._stage_pss_mb = max(self._stage_pss_mb, pss_mb)

    def stage_peaks(self) -> tuple[float, float]:
        """Largest RSS sum and PSS sum of the tree (MB) since the last call (or the start),
        sampling once now; the next stage starts from zero."""
        self.sample(with_pss=True)
        with self._stage_lock:
            peaks = (self._stage_rss_mb, self._stage_pss_mb)
            self._stage_rss_mb = self._stage_pss_mb = 0.0
        return peaks

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeSampler:
        if PROC.is_dir():
            self.sample()
            self._thread = threading.Thread(target=self._run, name="tree-sampler", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self.sample()  # the last peaks, and which descendants still run now
