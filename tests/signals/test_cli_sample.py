"""`signals sample` says what it wrote and the command to run next, and that command runs."""

from __future__ import annotations

import csv
import shlex
import subprocess
import sys
from pathlib import Path

from sample_data.generator import generate


def signals(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "signals", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_sample_prints_what_it_wrote_and_the_next_command(tmp_path: Path) -> None:
    out = tmp_path / "an org"  # a space: the printed command quotes it
    done = signals("sample", "--posts", "200", "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # what was written, counted here from the folder and from the same generation elsewhere
    with (out / "roster.csv").open(encoding="utf-8") as handle:
        consent = {row["person_id"]: row["consent"] for row in csv.DictReader(handle)}
    consenting = sum(value == "yes" for value in consent.values())
    others = len(consent) - consenting
    files = [p for p in out.rglob("*") if p.is_file()]
    counts = generate(tmp_path / "again", posts=200).counts
    assert list(counts) == ["x", "mastodon", "inbox", "slack"]
    assert done.stdout.splitlines() == [
        f"Sample organization written to {out}",
        f"  people: {len(consent)} ({consenting} consenting staff, {others} without consent)",
        f"  posts:  {sum(counts.values()):,} (X {counts['x']:,}, Mastodon {counts['mastodon']:,}, "
        f"shared inbox {counts['inbox']:,}, Slack {counts['slack']:,})",
        f"  files:  {len(files):,} ({sum(p.stat().st_size for p in files) / 1e6:.1f} MB)",
        f"  roster: {out / 'roster.csv'} (beside it: org.json, ratings.csv, latent_traits.csv)",
        f"Next: signals run '{out / 'exports'}' --roster '{out / 'roster.csv'}' --org '{out / 'org.json'}'"
        " --out signals-out",
    ]
    assert "GenerationSummary" not in done.stdout + done.stderr

    # the printed command runs as it is
    command = shlex.split(done.stdout.splitlines()[-1].removeprefix("Next: "))
    assert command[0] == "signals"
    ran = signals(*command[1:], "--bootstrap", "2", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "signals-out" / "report.html").is_file()


def test_sample_into_a_folder_of_other_files_is_a_one_line_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    done = signals("sample", "--posts", "200", "--out", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"error: {tmp_path}: holds files the generator did not write (notes.txt); "
        "choose an empty or new folder for --out"
    )
    too_few = signals("sample", "--posts", "150", "--out", str(tmp_path / "new"))
    assert too_few.returncode == 2 and "Traceback" not in too_few.stderr and "200" in too_few.stderr
