"""collectors.archive: one read-only view over folders, zips and tarballs; unsafe members refused."""

from __future__ import annotations

import hashlib
import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest
from collector_helpers import ALICE, HFARAN, HFARAN_ZIP, add_tar_member, tar_folder, zip_folder

from collectors.archive import FolderArchive, TarArchive, ZipArchive, contains_any, open_archive
from signals.ground.errors import InputError


def test_folder_zip_and_tar_list_the_same_members(tmp_path: Path) -> None:
    with open_archive(ALICE) as folder:
        names = [n for n in folder.names() if n not in ("SOURCE.txt", "LICENSE")]
    with open_archive(zip_folder(ALICE, tmp_path / "a.zip")) as zipped:
        assert isinstance(zipped, ZipArchive)
        assert zipped.names() == names
        assert zipped.read("actor.json") == (ALICE / "actor.json").read_bytes()
    with open_archive(tar_folder(ALICE, tmp_path / "a.tar.gz")) as tarred:
        assert isinstance(tarred, TarArchive)
        assert tarred.exists("outbox.json")
        assert tarred.names() == names
        assert tarred.read("outbox.json") == (ALICE / "outbox.json").read_bytes()


def test_real_slack_zip_members_and_display() -> None:
    with open_archive(HFARAN_ZIP) as arc:
        assert "enrique/2016-01-14.json" in arc.names()
        assert not any(n.endswith("/") for n in arc.names())  # directory entries are not members
        assert arc.find(name="users.json") == ["users.json"]
        assert len(arc.find(suffix=".json")) == 20  # 17 day files + channels, users, integration_logs
        assert arc.display("users.json") == f"{HFARAN_ZIP}!users.json"


def test_locate_finds_files_under_an_enclosing_folder(tmp_path: Path) -> None:
    z = zip_folder(ALICE, tmp_path / "wrapped.zip", prefix="archive-20221116/")
    with open_archive(z) as arc:
        assert arc.locate("outbox.json") == "archive-20221116/outbox.json"
        assert arc.locate("nothing.json") is None


def test_missing_member_is_an_input_error() -> None:
    with open_archive(HFARAN) as arc, pytest.raises(InputError, match="no member"):
        arc.read("nope.json")


@pytest.mark.parametrize("bad", ["../evil.json", "/etc/passwd", "a/../../b.json", "C:/x.json"])
def test_zip_with_escaping_member_is_refused(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ok.json", "[]")
        zf.writestr(zipfile.ZipInfo(bad), "{}")
    with pytest.raises(InputError) as err:
        open_archive(path)
    assert "bad.zip" in str(err.value) and "unsafe path" in str(err.value)


def test_zip_symlink_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("data/tweets.js")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(InputError, match="symlink"):
        open_archive(path)


@pytest.mark.parametrize(
    ("name", "attrs", "message"),
    [
        ("outbox.json", {"type": tarfile.SYMTYPE, "linkname": "/etc/passwd"}, "link"),
        ("outbox.json", {"type": tarfile.LNKTYPE, "linkname": "actor.json"}, "link"),
        ("dev", {"type": tarfile.CHRTYPE}, "special"),
        ("../outbox.json", {}, "unsafe path"),
    ],
)
def test_tar_unsafe_members_are_refused(tmp_path: Path, name: str, attrs: dict, message: str) -> None:
    path = tmp_path / "bad.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        add_tar_member(tf, "actor.json", b"{}")
        add_tar_member(tf, name, **attrs)
    with pytest.raises(InputError, match=message) as err, open_archive(path) as arc:
        arc.names()
    assert "bad.tar.gz" in str(err.value)


def test_folder_symlink_outside_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    export = tmp_path / "export"
    export.mkdir()
    (export / "users.json").write_text("[]")
    (export / "inside.json").symlink_to(export / "users.json")  # stays inside: allowed
    assert FolderArchive(export).read("inside.json") == b"[]"
    (export / "leak.json").symlink_to(secret)
    with pytest.raises(InputError, match="symlink"):
        FolderArchive(export).names()


def test_corrupt_zip_and_tar_are_input_errors(tmp_path: Path) -> None:
    good = zip_folder(ALICE, tmp_path / "good.zip").read_bytes()
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good[: len(good) // 2] + b"\0" * 10 + good[-22:])  # valid end record, broken body
    with pytest.raises(InputError), open_archive(truncated) as arc:
        for name in arc.names():
            arc.read(name)
    broken_tar = tmp_path / "broken.tar.gz"
    broken_tar.write_bytes(tar_folder(ALICE, tmp_path / "t.tar.gz").read_bytes()[:300])
    with pytest.raises(InputError), open_archive(broken_tar) as arc:
        arc.names()


def test_not_an_archive_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.bin"
    path.write_bytes(os.urandom(2000))
    with pytest.raises(InputError, match="expected a folder, a .zip or a .tar.gz"):
        open_archive(path)
    with pytest.raises(InputError, match="no such file"):
        open_archive(tmp_path / "missing.zip")


def test_contains_any_is_cheap_and_never_raises(tmp_path: Path) -> None:
    assert contains_any(HFARAN, ("channels.json",))
    assert contains_any(HFARAN_ZIP, ("channels.json",))
    assert not contains_any(HFARAN, ("outbox.json",))
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert not contains_any(junk, ("channels.json",))
    tgz = tar_folder(ALICE, tmp_path / "m.tgz")
    assert not contains_any(tgz, ("outbox.json",))  # tar only when asked for
    assert contains_any(tgz, ("outbox.json",), allow_tar=True)


def test_reading_never_modifies_inputs(tmp_path: Path) -> None:
    from collectors import collect

    def fingerprint(root: Path) -> dict[str, tuple[str, float]]:
        return {
            str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
            for p in sorted(root.rglob("*"))
            if p.is_file()
        }

    before = fingerprint(HFARAN)
    collect(HFARAN)
    collect(HFARAN_ZIP)
    assert fingerprint(HFARAN) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing extracted anywhere we own
