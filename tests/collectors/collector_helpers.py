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
from collectors.common import parse_detail
from collectors.exclusions import undocumented

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
    """The account of every record, per input file.

    records_read = posts + rejects + excluded; the posts and rejects columns match the rows of
    the posts and rejects tables from that file; excluded_detail adds up to excluded and names
    only documented reasons (collectors/exclusions.py).
    """
    s = c.sources
    assert (s["records_read"] == s["posts"] + s["rejects"] + s["excluded"]).all()
    assert int(s["posts"].sum()) == len(c.posts)
    assert int(s["rejects"].sum()) == len(c.rejects)
    assert c.posts["post_id"].is_unique
    files = {src.rpartition("#")[0] for src in c.posts["source"]}
    assert files <= set(s["source"])
    post_files = c.posts["source"].map(lambda src: src.rpartition("#")[0]).value_counts()
    reject_files = c.rejects["source"].value_counts()
    per_file = s.groupby("source")[["posts", "rejects"]].sum()  # a file read twice has two rows
    for source, row in per_file.iterrows():
        assert post_files.get(source, 0) == row["posts"], source
        assert reject_files.get(source, 0) == row["rejects"], source
    for row in s.itertuples():
        assert sum(parse_detail(row.excluded_detail).values()) == row.excluded, row.source
        assert undocumented(row.excluded_detail, row.format) == [], row.source


def post_by_id(c: Collection, post_id: str) -> pd.Series:
    """The one post with this id."""
    rows = c.posts[c.posts["post_id"] == post_id]
    assert len(rows) == 1, f"{post_id} not found once"
    return rows.iloc[0]


BLUESKY = FIXTURES / "bluesky"
BNEWBOLD = BLUESKY / "bnewbold.robocracy.org.20250310005405.car"
PAUL = BLUESKY / "paul_staging.repo.car"


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _cid(block: bytes) -> bytes:
    import hashlib

    return b"\x01\x71\x12\x20" + hashlib.sha256(block).digest()  # CIDv1, dag-cbor, sha2-256


def build_car(did: str, records: dict[str, object], *, version: int = 3, drop: tuple[str, ...] = ()) -> bytes:
    """A small repository CAR: one MST node holding every key (prefix-compressed), the commit, the header.

    Keys listed in `drop` keep their MST entry but lose their record block (a partial CAR).
    """
    import libipld

    blocks: list[tuple[bytes, bytes]] = []
    entries, prev = [], b""
    for key in sorted(records):
        data = libipld.encode_dag_cbor(records[key])
        cid = _cid(data)
        if key not in drop:
            blocks.append((cid, data))
        kb = key.encode()
        p = 0
        while p < min(len(prev), len(kb)) and prev[p] == kb[p]:
            p += 1
        entries.append({"p": p, "k": kb[p:], "v": cid, "t": None})
        prev = kb
    node = libipld.encode_dag_cbor({"l": None, "e": entries})
    blocks.append((_cid(node), node))
    commit_obj: dict[str, object] = {"did": did, "data": _cid(node), "prev": None, "version": version}
    if version >= 3:
        commit_obj["rev"] = "3kaaaaaaaaa22"
    commit = libipld.encode_dag_cbor(commit_obj)
    blocks.insert(0, (_cid(commit), commit))
    header = libipld.encode_dag_cbor({"roots": [_cid(commit)], "version": 1})
    out = bytearray(_varint(len(header)) + header)
    for cid, data in blocks:
        out += _varint(len(cid) + len(data)) + cid + data
    return bytes(out)


TWCS_PANDAS = FIXTURES / "twcs" / "twcs_pandas.csv"
TWCS_EXCEL = FIXTURES / "twcs" / "twcs_excel.csv"
LINKEDIN = FIXTURES / "linkedin" / "Basic_LinkedInDataExport_07-01-2025"
LINKEDIN_MESSAGES = FIXTURES / "linkedin" / "Complete_LinkedInDataExport_08-01-2025"
FACEBOOK = FIXTURES / "meta" / "facebook-mayasantos-2025-07-01-AbCdEf"
INSTAGRAM = FIXTURES / "meta" / "instagram-maya.santos-2025-07-01-XyZ"
DISCORD = FIXTURES / "discord" / "package"
DISCORD_2020 = FIXTURES / "discord" / "package_2020"
