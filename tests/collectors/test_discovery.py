"""Discovery: a folder of several exports is searched, never claimed whole by one format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from collectors.discovery import discover
from collectors.registry import sniff
from signals.ground.errors import UnknownFormatError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_folder_of_exports_yields_each_export(tmp_path: Path) -> None:
    root = tmp_path / "exports"
    shutil.copytree(FIXTURES / "x_archive" / "milahu104", root / "x" / "milahu104")
    shutil.copytree(FIXTURES / "x_archive" / "milahu104", root / "x" / "copy")
    shutil.copytree(FIXTURES / "slack" / "hfaran_testarchive", root / "slack")
    (root / "inbox").mkdir()
    (root / "inbox" / "log.csv").write_text("post_id,account,created_at,text\n1,a,2024-01-01T00:00:00Z,hi\n")
    found = discover([root])
    names = {p.relative_to(root).as_posix(): sniff(p).name for p in found}
    assert names == {
        "inbox/log.csv": "generic",
        "slack": "slack",
        "x/copy": "x_archive",
        "x/milahu104": "x_archive",
    }


def test_a_wrapper_folder_is_still_one_export(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "slack" / "hfaran_testarchive", tmp_path / "download" / "workspace")
    assert [p.name for p in discover([tmp_path / "download"])] == ["download"]


def test_unknown_file_inside_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an export")
    with pytest.raises(UnknownFormatError, match="notes.txt"):
        discover([tmp_path])


def test_same_export_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("post_id,account,created_at,text\n1,a,2024-01-01T00:00:00Z,hi\n")
    assert discover([path, tmp_path]) == [path]
