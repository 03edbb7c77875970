"""Shared helpers for the collectors tests: fixture paths, packing folders, table checks.

(A plain module, not conftest.py, so test files can import it by a name no other test folder uses.)
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pandas as pd

from collectors.base import Collection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MILAHU = FIXTURES / "x_archive" / "milahu104"
HFARAN = FIXTURES / "slack" / "hfaran_testarchive"
HFARAN_ZIP = HFARAN / "testarchive.zip"
SLACK_MODERN = FIXTURES / "slack" / "modern_synthetic"
ZULIP_BROADCAST = FIXTURES / "slack" / "zulip_fixtures" / "thread_with_broadcast_reply.json"
ALICE = FIXTURES / "mastodon" / "alice_archive"
HELPDESK_CSV = FIXTURES / "generic" / "helpdesk_replies.csv"

_SKIP = {"SOURCE.txt", "LICENSE", "LICENSE.txt", "testarchive.zip"}


def zip_folder(folder: Path, dest: Path, *, prefix: str = "") -> Path:
    """Zip every file of `folder` (except licence notes) under `prefix`."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name not in _SKIP:
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return dest


def tar_folder(folder: Path, dest: Path) -> Path:
    """A .tar.gz of `folder`'s files, members at the top like Mastodon's backups."""
    with tarfile.open(dest, "w:gz") as tf:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name not in _SKIP:
                tf.add(path, path.relative_to(folder).as_posix())
    return dest


def add_tar_member(tf: tarfile.TarFile, name: str, data: bytes = b"", **attrs: object) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    for key, value in attrs.items():
        setattr(info, key, value)
    tf.addfile(info, io.BytesIO(data) if data else None)


def without_source(posts: pd.DataFrame) -> pd.DataFrame:
    """Posts minus the `source` column (which names the folder or the zip)."""
    return posts.drop(columns=["source"]).reset_index(drop=True)


def assert_balanced(c: Collection) -> None:
    """records_read = posts + rejects + excluded per file, and the sums match the tables."""
    s = c.sources
    assert (s["records_read"] == s["posts"] + s["rejects"] + s["excluded"]).all()
    assert int(s["posts"].sum()) == len(c.posts)
    assert int(s["rejects"].sum()) == len(c.rejects)
    assert c.posts["post_id"].is_unique
    files = {src.rpartition("#")[0] for src in c.posts["source"]}
    assert files <= set(s["source"])


def post_by_id(c: Collection, post_id: str) -> pd.Series:
    """The one post with this id."""
    rows = c.posts[c.posts["post_id"] == post_id]
    assert len(rows) == 1, f"{post_id} not found once"
    return rows.iloc[0]
