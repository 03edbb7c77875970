"""The command line: help everywhere, clean errors with exit codes, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
