"""The command line: help everywhere, clean errors with exit codes, never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from signals.cli import cli

COMMANDS = sorted(cli.commands)


def signals(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "signals", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = signals(command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout
    assert len(cli.commands[command].help or "") > 20


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"signals {command}" in readme, command


def test_unknown_export_is_one_clear_line(tmp_path: Path) -> None:
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"\x00\x01 not an export")
    result = signals("run", str(junk), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(junk) in result.stderr
    assert not (tmp_path / "out" / "scores.csv").exists()


def test_an_error_naming_a_long_path_is_not_broken_across_lines(tmp_path: Path) -> None:
    deep = tmp_path / ("exports-of-the-communications-team-" * 3) / "notes.bin"
    deep.parent.mkdir()
    deep.write_bytes(b"\x00\x01 not an export")
    result = signals("run", str(deep), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert len(str(deep)) > 100  # longer than a terminal line
    assert f"{deep}: not a known export" in result.stderr


def test_missing_path_and_bad_roster_exit_2(tmp_path: Path) -> None:
    result = signals("run", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    export = tmp_path / "posts.csv"
    export.write_text("post_id,account,created_at,text\n1,ann,2024-01-01T10:00:00Z,hello there\n")
    roster = tmp_path / "roster.csv"
    roster.write_text("who,handle\nAnn,ann\n")
    result = signals("run", str(export), "--roster", str(roster), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "roster lacks columns" in result.stderr and "Traceback" not in result.stderr


def test_usage_error_exit_2() -> None:
    result = signals("run")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_a_bad_roster_time_zone_is_one_line_naming_the_value_rows_and_fix(tmp_path: Path) -> None:
    export = tmp_path / "posts.csv"
    export.write_text("post_id,account,created_at,text\n1,acct1,2024-01-01T10:00:00Z,hello there\n")
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "person_id,display_name,platform,account,signature,team,timezone,work_hours,workdays,consent\n"
        + "".join(f"p{i},P {i},,acct{i},,Ops,Europe/Pariss,09:00-17:00,Mon-Fri,yes\n" for i in range(60)),
        encoding="utf-8",
    )
    result = signals("run", str(export), "--roster", str(roster), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {roster}: unknown timezone 'Europe/Pariss' on lines 2-61"
        " (use an IANA name such as Europe/Paris or America/Chicago)"
    )


SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "riverton"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# a per-export (narrow terminal) or per-file (-v) line of the run summary
COUNTS_LINE = re.compile(r"^  (\S.*?): read (\d+) = posts (\d+) \+ rejects (\d+) \+ excluded (\d+)", re.M)



def _table_rows(output: str) -> list[list[str]]:
    """The body rows of the rich table in `output` (cells split at │; header and rules skipped)."""
    return [[cell.strip() for cell in line.split("│")] for line in output.splitlines() if "│" in line]


def test_run_summary_has_one_row_per_export_named_by_its_distinct_path(
    tmp_path: Path, sample_export_names: set[str]
) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "signals", "run", str(SAMPLE / "exports"),
         "--roster", str(SAMPLE / "roster.csv"), "--out", str(out), "--bootstrap", "10"],
        capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    expected = sample_export_names
    assert len(expected) == 12
    rows = _table_rows(result.stderr)
    body, total = rows[:-1], rows[-1]
    names = [row[0] for row in body]
    assert sorted(names) == sorted(expected)  # one row each, named by the path under exports/
    assert f"{len(expected)} exports under {SAMPLE / 'exports'}" in result.stderr
    read, posts, rejects, excluded = (int(v) for v in total[3:7])
    assert total[0] == "total" and read == posts + rejects + excluded
    for row in body:
        assert int(row[3]) == int(row[4]) + int(row[5]) + int(row[6]), row
    assert f"records read {read} = posts {posts} + rejects {rejects} + excluded {excluded}" in result.stderr
    with duckdb.connect(str(out / "signals.duckdb"), read_only=True) as con:
        files, per_export = con.execute("select count(*), count(distinct export) from sources").fetchone()
    assert int(total[2]) == files > 100 and per_export == len(expected)  # files stay in the workspace
    assert ".json: read" not in result.stderr  # per-file lines only with -v


def test_verbose_run_lists_every_file_read(tmp_path: Path) -> None:
    slack = FIXTURES / "slack" / "hfaran_testarchive"
    result = subprocess.run(
        [sys.executable, "-m", "signals", "-v", "run", str(slack), "--out", str(tmp_path / "out"),
         "--bootstrap", "0"],
        capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    lines = COUNTS_LINE.findall(result.stderr)
    assert len(lines) == 17  # the day files of the export, each named inside it
    assert all(path.startswith("hfaran_testarchive/") for path, *_ in lines)
    assert len({path for path, *_ in lines}) == 17
    assert all(int(r) == int(p) + int(j) + int(e) for _, r, p, j, e in lines)


def test_a_narrow_terminal_gets_one_whole_line_per_export(tmp_path: Path) -> None:
    exports = tmp_path / "exports-of-the-communications-team"
    names = ["mastodon-archive-of-alice", "slack-workspace-of-the-whole-agency"]
    shutil.copytree(FIXTURES / "mastodon" / "alice_archive", exports / names[0])
    shutil.copytree(FIXTURES / "slack" / "hfaran_testarchive", exports / names[1])
    result = subprocess.run(
        [sys.executable, "-m", "signals", "run", str(exports), "--out", str(tmp_path / "out"),
         "--bootstrap", "0"],
        capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "50"},
    )
    assert result.returncode == 0, result.stderr
    lines = COUNTS_LINE.findall(result.stderr)
    assert [name for name, *_ in lines] == names
    assert all(int(r) == int(p) + int(j) + int(e) for _, r, p, j, e in lines)
    assert "…" not in result.stderr
