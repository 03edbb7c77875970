"""A stopped run leaves no temporary table behind; a killed run's table goes at the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from signals.spill import STORE_PREFIX, StoredTable, remove_leftovers
from signals.spill import _host as this_host

# `signals run` whose posts table, once stored, waits: the test signals it while it waits
_SLOW_RUN = """
import sys, time
from signals.spill import StoredTable
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
