"""`signals run --out` is checked before any export is read: a folder it cannot write, another
organization's outputs and other people's files stop it with one line (exit code 2)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from reliability_helpers import run_cli, small_org, tree_hashes

from signals.out_folder import MANIFEST_FILE

FIX = "pass a folder you can write to --out (a new one, an empty one, or an earlier run's)"


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return small_org(tmp_path_factory.mktemp("org"), posts=30)


def _run(org: tuple[Path, Path], out: Path, *extra: str, roster: Path | None = None) -> CompletedProcess[str]:
    posts_csv, roster = org[0], roster or org[1]
    options = ["--roster", str(roster), "--out", str(out), "--bootstrap", "2"]
    return run_cli("run", str(posts_csv), *options, *extra)


def _one_error_line(done: CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_a_file_as_out_is_refused_before_any_export_is_read(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    target.write_text("mine\n")
    # the export does not exist: the --out check comes first, so it is the one reported
    done = run_cli("run", str(tmp_path / "no-such-export"), "--out", str(target))
    assert _one_error_line(done) == f"error: {target}: is a file, not a folder; {FIX}"
    assert target.read_text() == "mine\n"


def test_an_out_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine\n")
    target = blocker / "runs" / "out"
    done = run_cli("run", str(tmp_path / "no-such-export"), "--out", str(target))
    assert _one_error_line(done) == f"error: {target}: cannot be created: {blocker} is a file; {FIX}"


def test_a_read_only_out_is_refused_up_front(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        try:  # root writes anyway: then there is nothing to refuse (the test above covers root)
            (locked / "probe").touch()
        except PermissionError:
            pass
        else:
            pytest.skip("this user can write into a read-only folder (root)")
        done = run_cli("run", str(tmp_path / "no-such-export"), "--out", str(locked))
        assert _one_error_line(done) == f"error: {locked}: cannot write there (Permission denied); {FIX}"
        nested = locked / "out"
        done = run_cli("run", str(tmp_path / "no-such-export"), "--out", str(nested))
        line = _one_error_line(done)
        assert line == f"error: {nested}: cannot be created in {locked} (Permission denied); {FIX}"
    finally:
        locked.chmod(stat.S_IRWXU)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_folder_where_even_root_cannot_write_is_refused_up_front(tmp_path: Path) -> None:
    """/proc takes no new files from anyone: the check that the read-only folder above makes
    for other users, made whoever runs the tests."""
    done = run_cli("run", str(tmp_path / "no-such-export"), "--out", "/proc")
    line = _one_error_line(done)
    assert line.startswith("error: /proc: cannot write there (") and line.endswith(f"); {FIX}")
    done = run_cli("run", str(tmp_path / "no-such-export"), "--out", "/proc/signals-out")
    line = _one_error_line(done)
    assert line.startswith("error: /proc/signals-out: cannot be created in /proc (")
    assert line.endswith(f"); {FIX}")


def test_a_rerun_of_the_same_organization_replaces_its_outputs(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = _run(org, out)
    assert first.returncode == 0, first.stderr
    manifest = json.loads((out / MANIFEST_FILE).read_text())
    assert manifest["organization"] == "the organization" and manifest["people"] == 3
    again = _run(org, out)
    assert again.returncode == 0, again.stderr
    assert json.loads((out / MANIFEST_FILE).read_text()) == manifest


def test_another_organizations_outputs_are_kept_unless_forced(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert _run(org, out).returncode == 0
    before = tree_hashes(out)
    other_org = tmp_path / "org.json"
    other_org.write_text(json.dumps({"name": "Lakeside Ferries", "mission_terms": ["ferry"]}))
    refused = _run(org, out, "--org", str(other_org))
    assert _one_error_line(refused) == (
        f"error: {out}: holds the outputs of another run (organization 'the organization', a roster of 3 "
        "people; this run: organization 'Lakeside Ferries', a roster of 3 people); pass --force to replace "
        "them, or choose another folder for --out"
    )
    # the same organization with a roster that gained a person is another roster
    roster = tmp_path / "roster.csv"
    roster.write_text(org[1].read_text() + "dan,Dan Wu,,dan_w,yes\n")
    refused = _run(org, out, roster=roster)
    assert "a roster of 4 people" in _one_error_line(refused)
    assert tree_hashes(out) == before  # nothing was replaced
    forced = _run(org, out, "--org", str(other_org), "--force")
    assert forced.returncode == 0, forced.stderr
    assert json.loads((out / MANIFEST_FILE).read_text())["organization"] == "Lakeside Ferries"


def test_a_folder_of_other_files_is_refused_unless_forced(org: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "letter.txt").write_text("mine\n")
    refused = _run(org, out)
    assert _one_error_line(refused) == (
        f"error: {out}: is not empty and holds no outputs of signals (1 entry: letter.txt); choose a new or "
        "empty folder for --out, or pass --force to write the outputs among these files (none is deleted)"
    )
    assert sorted(os.listdir(out)) == ["letter.txt"]
    forced = _run(org, out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert (out / "letter.txt").read_text() == "mine\n" and (out / "report.html").is_file()
