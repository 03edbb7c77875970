"""Hostile archives are refused with a clear message; runs never write outside --out nor touch inputs."""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest
from reliability_helpers import MILAHU, SLACK_MODERN, run_cli, small_org, tree_hashes

from collectors import archive, registry
from signals.ground.errors import InputError


def _zip(dest: Path, members: dict[str, bytes], *, attrs: dict[str, int] | None = None) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if attrs and name in attrs:
                info.external_attr = attrs[name] << 16
            zf.writestr(info, data)
    return dest


def _slack_members() -> dict[str, bytes]:
    return {
        p.relative_to(SLACK_MODERN).as_posix(): p.read_bytes() for p in sorted(SLACK_MODERN.rglob("*.json"))
    }


BAD_ZIPS = {
    "dotdot": ({"../../evil.json": b"[]"}, None, "unsafe path"),
    "absolute": ({"/etc/evil.json": b"[]"}, None, "unsafe path"),
    "backslash_dotdot": ({"..\\..\\evil.json": b"[]"}, None, "unsafe path"),
    "symlink": ({"link.json": b"/etc/passwd"}, {"link.json": stat.S_IFLNK | 0o777}, "symlink"),
    "device": ({"dev.json": b""}, {"dev.json": stat.S_IFCHR | 0o666}, "special file"),
    "nested": ({"inner.zip": b"PK\x05\x06" + b"\x00" * 18}, None, "itself an archive"),
}


@pytest.mark.parametrize("case", sorted(BAD_ZIPS))
def test_hostile_zip_members_are_refused(case: str, tmp_path: Path) -> None:
    extra, attrs, message = BAD_ZIPS[case]
    path = _zip(tmp_path / "export.zip", {**_slack_members(), **extra}, attrs=attrs)
    with pytest.raises(InputError, match=message) as info:
        registry.collect(path, format="slack")
    assert "export.zip" in str(info.value)


@pytest.mark.parametrize(
    ("name", "kind", "message"),
    [
        ("../evil.json", tarfile.REGTYPE, "unsafe path"),
        ("/abs.json", tarfile.REGTYPE, "unsafe path"),
        ("link.json", tarfile.SYMTYPE, "link or special"),
        ("hard.json", tarfile.LNKTYPE, "link or special"),
        ("dev.json", tarfile.CHRTYPE, "link or special"),
        ("fifo.json", tarfile.FIFOTYPE, "link or special"),
        ("inner.tar.gz", tarfile.REGTYPE, "itself an archive"),
    ],
)
def test_hostile_tar_members_are_refused(name: str, kind: bytes, message: str, tmp_path: Path) -> None:
    dest = tmp_path / "backup.tar.gz"
    with tarfile.open(dest, "w:gz") as tf:
        for member in ("actor.json", "outbox.json"):
            data = (MILAHU.parent.parent / "mastodon" / "alice_archive" / member).read_bytes()
            info = tarfile.TarInfo(member)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = "/etc/passwd" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
        tf.addfile(info, io.BytesIO(b"") if kind == tarfile.REGTYPE else None)
    with pytest.raises(InputError, match=message), archive.open_archive(dest) as arc:
        arc.names()


def test_zip_bomb_is_refused_before_decompressing(tmp_path: Path) -> None:
    bomb = 64 * 1024 * 1024  # 64 MiB of zeros deflate to about 64 KiB: ratio ~1000
    path = _zip(tmp_path / "export.zip", {**_slack_members(), "general/2023-05-03.json": b"\0" * bomb})
    assert path.stat().st_size < bomb // 100
    with pytest.raises(InputError, match="decompression bomb"):
        registry.collect(path, format="slack")


def test_tar_bomb_is_refused_before_decompressing(tmp_path: Path) -> None:
    dest = tmp_path / "backup.tar.gz"
    with tarfile.open(dest, "w:gz") as tf:
        info = tarfile.TarInfo("media/zeros.bin")
        info.size = 64 * 1024 * 1024
        tf.addfile(info, io.BytesIO(b"\0" * info.size))
    with pytest.raises(InputError, match="decompression bomb"), archive.open_archive(dest) as arc:
        arc.names()


def test_total_uncompressed_size_is_limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 1000)
    path = _zip(tmp_path / "export.zip", _slack_members())
    with pytest.raises(InputError, match="add up to more than 1000 bytes"):
        registry.collect(path, format="slack")


def test_ordinary_zip_still_reads(tmp_path: Path) -> None:
    """The guards above must not refuse a normal export (so each refusal test can fail)."""
    coll = registry.collect(_zip(tmp_path / "export.zip", _slack_members()), format="slack")
    assert len(coll.posts) > 0


def test_run_never_modifies_inputs_nor_writes_outside_out(tmp_path: Path) -> None:
    posts_csv, roster = small_org(tmp_path / "org", posts=30)
    zipped = _zip(tmp_path / "org" / "slack.zip", _slack_members())
    before = tree_hashes(tmp_path)
    proc = run_cli(
        "run",
        str(posts_csv),
        str(zipped),
        "--roster",
        str(roster),
        "--out",
        str(tmp_path / "out"),
        "--bootstrap",
        "2",
    )
    assert proc.returncode == 0, proc.stderr
    after = tree_hashes(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith(str(tmp_path / "out"))} == before
    assert (tmp_path / "out" / "scores.csv").is_file()


def test_run_on_escaping_archive_writes_nothing_outside_out(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    bad = _zip(tmp_path / "in" / "x.zip", {**_slack_members(), "../../pwned.json": b"[]"})
    before = tree_hashes(tmp_path)
    proc = run_cli("run", str(bad), "--format", "slack", "--out", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr
    assert "unsafe path" in proc.stderr and "Traceback" not in proc.stderr
    assert tree_hashes(tmp_path) == before
    assert not list(tmp_path.parent.glob("pwned*")) and not (tmp_path / "out").exists()
