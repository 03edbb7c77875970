"""A stopped run leaves no temporary table behind; a killed run's table goes at the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from waiting import wait_until

from perf.stuck_work import MARKER
from signals.execution.spill import STORE_PREFIX, StoredTable, remove_leftovers
from signals.execution.spill import _host as this_host
from signals.proctree import descendants

TESTS = Path(__file__).resolve().parents[1]

# `signals run` whose posts table, once stored, waits: the test signals it while it waits
_SLOW_RUN = """
import sys, time
from signals.execution.spill import StoredTable
from signals.cli import main
write = StoredTable.write.__func__
def slow_write(cls, frame, **options):
    stored = write(cls, frame, **options)
    print("stored", flush=True)
    time.sleep(120)
    return stored
StoredTable.write = classmethod(slow_write)
sys.exit(main(sys.argv[1:]))
"""


# `signals run` whose per-text work, in two worker processes even for a small organization,
# never ends: the test interrupts it while both workers are busy with it
_STUCK_RUN = """
import sys
import features.summaries, signals.execution.workers, signals.pipeline
from perf.stuck_work import stuck
from signals.cli import main
signals.execution.workers.PARALLEL_MIN_TEXTS = 0
features.summaries.summarize_batch = stuck
signals.pipeline.default_jobs = lambda: 2
sys.exit(main(sys.argv[1:]))
"""


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_a_table_folder_is_named_by_its_host_and_process(tmp_path: Path) -> None:
    stored = StoredTable.write(pd.DataFrame({"a": [1, 2]}), folder=tmp_path)
    assert stored.path.parent.name.startswith(f"{STORE_PREFIX}{this_host()}-{os.getpid()}-")


def test_only_folders_of_gone_processes_of_this_host_are_removed(tmp_path: Path) -> None:
    dead, host = _dead_pid(), this_host()
    left = tmp_path / f"{STORE_PREFIX}{host}-{dead}-abc_123"
    live = tmp_path / f"{STORE_PREFIX}{host}-{os.getpid()}-def456"
    other_host = tmp_path / f"{STORE_PREFIX}elsewhere.example-{dead}-ghi789"
    unnamed = tmp_path / f"{STORE_PREFIX}xyz"  # an older version's name: owner unknown
    for folder in (left, live, other_host, unnamed):
        folder.mkdir()
        (folder / "table.arrow").write_bytes(b"x")
    assert remove_leftovers(tmp_path) == [left]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (live, other_host, unnamed))
    # the next table stored there clears leftovers too
    left.mkdir()
    StoredTable.write(pd.DataFrame({"a": [1]}), folder=tmp_path)
    assert not left.exists()


def _start_slow_run(small_org: Path, tmp_path: Path, scratch: Path) -> subprocess.Popen[str]:
    exports = [str(p) for p in sorted((small_org / "exports").iterdir())]
    command = [
        sys.executable, "-c", _SLOW_RUN, "run", *exports, "--roster", str(small_org / "roster.csv"),
        "--org", str(small_org / "org.json"), "--out", str(tmp_path / "out"), "--bootstrap", "2",
    ]  # fmt: skip
    run = subprocess.Popen(
        command,
        env={**os.environ, "TMPDIR": str(scratch)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert run.stdout is not None
    for line in run.stdout:  # wait until the table is on disk
        if line.strip() == "stored":
            break
    assert len(list(scratch.glob(f"{STORE_PREFIX}*"))) == 1
    return run


@pytest.mark.parametrize("stop", ["SIGTERM", "SIGHUP"])
def test_a_stopped_run_removes_its_table_and_says_why(small_org: Path, tmp_path: Path, stop: str) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    run = _start_slow_run(small_org, tmp_path, scratch)
    signum = getattr(signal, stop)
    run.send_signal(signum)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 128 + signum, stderr
    assert f"stopped by {stop}" in stderr
    assert list(scratch.glob(f"{STORE_PREFIX}*")) == []
    assert not (tmp_path / "out" / "report.html").exists()


def test_a_killed_runs_table_goes_at_the_next_run(small_org: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    run = _start_slow_run(small_org, tmp_path, scratch)
    run.kill()  # SIGKILL: nothing of the run can clean up
    run.communicate(timeout=60)
    (left,) = scratch.glob(f"{STORE_PREFIX}*")
    assert remove_leftovers(scratch) == [left]


def test_ctrl_c_in_the_features_stage_exits_130_in_one_line_and_leaves_nothing(
    small_org: Path, tmp_path: Path
) -> None:
    scratch, busy = tmp_path / "tmp", tmp_path / "busy"
    scratch.mkdir()
    busy.mkdir()
    exports = [str(p) for p in sorted((small_org / "exports").iterdir())]
    command = [
        sys.executable, "-c", _STUCK_RUN, "run", *exports, "--roster", str(small_org / "roster.csv"),
        "--out", str(tmp_path / "out"), "--bootstrap", "2", "--no-cache",
    ]  # fmt: skip
    env = {**os.environ, "TMPDIR": str(scratch), MARKER: str(busy), "PYTHONPATH": str(TESTS)}
    # its own process group, as a terminal's foreground job is: Ctrl-C signals the whole group
    run = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_until(lambda: len(list(busy.iterdir())) == 2, what="both workers busy with the features stage")
        workers = descendants(run.pid)  # the workers and their forkserver
        assert len(list(scratch.glob(f"{STORE_PREFIX}*"))) == 1  # the posts table waits on disk
        os.killpg(run.pid, signal.SIGINT)
        _, stderr = run.communicate(timeout=300)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    assert run.returncode == 130, stderr
    assert stderr.strip() == "interrupted"
    assert list(scratch.glob(f"{STORE_PREFIX}*")) == []
    assert not (tmp_path / "out" / "report.html").exists()
    # the workers and their forkserver went with the run (multiprocessing's resource tracker,
    # never waited for, ends once the run has: at most a zombie of it is left for init)
    wait_until(lambda: not _running_in_group(run.pid), what=f"the run's processes {workers} to end")


def _running_in_group(group: int) -> list[int]:
    """Processes of process group `group` that run (zombies, which only wait to be reaped, left out)."""
    running = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # gone meanwhile
                continue
            state, _parent, pgrp = stat[stat.rfind(")") + 2 :].split()[:3]
            if int(pgrp) == group and state != "Z":
                running.append(int(entry.name))
    return running
