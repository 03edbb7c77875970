"""The commands the README shows, run as a user would copy them, on the sample organization."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SAMPLE = ROOT / "sample_data" / "riverton"


def _code_block_after(heading: str) -> list[str]:
    """The command lines of the first ```sh block after `heading`, comments removed."""
    section = README.read_text("utf-8").split(heading, 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, f"no sh block after {heading!r}"
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def _table_command(name: str) -> str:
    """The command of the README's command table that starts with `signals NAME`."""
    found = re.findall(rf"^\| `(signals {name} [^`]*)` \|", README.read_text("utf-8"), re.M)
    assert len(found) == 1, found
    return str(found[0])


def _signals(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    args = shlex.split(line)
    assert args[0] == "signals", line
    return subprocess.run(
        [sys.executable, "-m", "signals", *args[1:]], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_retraining_commands_and_evaluate_run_on_the_sample(tmp_path: Path) -> None:
    for name in ("roster.csv", "ratings.csv", "org.json"):
        shutil.copy(SAMPLE / name, tmp_path)
    lines = _code_block_after("## Retraining on your own ratings")
    assert [shlex.split(line)[1] for line in lines] == ["run", "train", "run"]
    for line in lines:
        done = _signals(line.replace("EXPORTS", shlex.quote(str(SAMPLE / "exports"))), tmp_path)
        assert done.returncode == 0, (line, done.stderr)
    scores = (tmp_path / "out-trained" / "scores.csv").read_text("utf-8")
    assert ",trained-" in scores, "step 3 scores with the model of step 2"
    evaluate = _table_command("evaluate")
    filled = evaluate.replace(" F ", " out/person_features.csv ").replace(" L", " ratings.csv")
    done = _signals(filled, tmp_path)
    assert done.returncode == 0, (filled, done.stderr)
    assert "Spearman" in done.stdout or "ρ" in done.stdout
