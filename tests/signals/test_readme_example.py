"""The README's Python example works as it is written: in a script file, from stdin and with
`python -c`, with worker processes and without a `__main__` guard."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import signals
from sample_data.generator import generate

README = Path(__file__).resolve().parents[2] / "README.md"
# Before the example, in the same __main__: two workers however many cores the machine has, and
# workers for the reading and the per-text pass however small the sample (their thresholds are
# made for large runs); a fixed display width so the printed table does not depend on a terminal.
PRELUDE = """\
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
import pandas
pandas.set_option("display.width", 250)
pandas.set_option("display.max_columns", 20)
import collectors.registry, signals.execution.workers, signals.pipeline
signals.pipeline.default_jobs = lambda: 2
signals.execution.workers.PARALLEL_MIN_TEXTS = 0
collectors.registry.PARALLEL_MIN_BYTES = 0
"""


def readme_example() -> str:
    """The Python block of the README's "From Python" paragraph, verbatim."""
    text = README.read_text("utf-8")
    found = re.search(r"From Python the same code path returns DataFrames:\s*```python\n(.*?)```", text, re.S)
    assert found, "the README's Python example is gone"
    return found.group(1)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a small organization where the example looks for it."""
    here = tmp_path_factory.mktemp("readme-example")
    generate(here / "sample_data" / "riverton", posts=300, seed=11)
    return here


@pytest.fixture(scope="module")
def expected_head(folder: Path) -> str:
    """What the example prints, from a run in this process with one job."""
    org = folder / "sample_data" / "riverton"
    result = signals.analyze([org / "exports"], roster=org / "roster.csv", model=None, jobs=1)
    with pd.option_context("display.width", 250, "display.max_columns", 20):
        return str(result.scores.head()) + "\n"


@pytest.mark.parametrize("how", ["script file", "stdin", "python -c"])
def test_the_readme_example_runs_without_a_main_guard(folder: Path, expected_head: str, how: str) -> None:
    script = PRELUDE + readme_example()
    assert "__main__" not in script
    (folder / "example.py").write_text(script, encoding="utf-8")
    command = {
        "script file": [sys.executable, "example.py"],
        "stdin": [sys.executable, "-"],
        "python -c": [sys.executable, "-c", script],
    }[how]
    done = subprocess.run(
        command, input=script if how == "stdin" else None, cwd=folder, capture_output=True, text=True,
        timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "texts in 2 processes" in done.stderr  # the per-text pass did run in workers
    assert done.stdout == expected_head
