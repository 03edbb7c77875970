"""Exports that are one file, or several files in a folder or .zip.

A Bluesky repository is one `.car`, a helpdesk log one `.csv`; users also hand over a
folder or a zip of them (Kaggle's download is a zip). These two helpers give every such
collector the same rules: a plain file is read as itself, otherwise the folder or zip is
searched for members with the right suffix whose first bytes look right, at its top or one
folder down (a zip re-packed with an enclosing folder, Kaggle's `twcs/twcs.csv`). A folder is
claimed only for files at its top, so a folder holding several exports is not taken whole.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from collectors.archive import open_archive
from collectors.base import PathLike
from collectors.streams import Opener, open_file, read_head
from signals.ground.errors import InputError

HEAD_BYTES = 4096
Accept = Callable[[bytes], bool]


def _plain_file(p: Path) -> bool:
    return p.is_file() and not zipfile.is_zipfile(p)


def sniff_files(path: PathLike, *, suffix: str, accept: Accept, limit: int = 5) -> bool:
    """Whether `path` (a file, or up to `limit` suffix members of a folder/zip) is accepted; never raises."""
    p = Path(path)
    try:
        if _plain_file(p):
            with p.open("rb") as handle:
                return accept(handle.read(HEAD_BYTES))
        if not p.exists():
            return False
        if p.is_dir():
            tops = sorted(c.name for c in p.iterdir() if c.name.endswith(suffix) and c.is_file())
            return any(accept(_head(p, name)) for name in tops[:limit])
        with open_archive(p, allow_tar=False) as arc:
            return any(accept(_head(p, m)) for m in _shallow(arc.find(suffix=suffix))[:limit])
    except (OSError, InputError, zipfile.BadZipFile):
        return False


def _shallow(members: list[str]) -> list[str]:
    """Members at the top or one folder down."""
    return [m for m in members if m.count("/") <= 1]


def _head(p: Path, member: str) -> bytes:
    """The first bytes of a member, without reading (or decompressing) all of a big one."""
    if p.is_dir():
        with (p / member).open("rb") as handle:
            return handle.read(HEAD_BYTES)
    with zipfile.ZipFile(p) as zf, zf.open(member) as handle:
        return handle.read(HEAD_BYTES)


def export_files(path: PathLike, *, suffix: str, accept: Accept, what: str) -> Iterator[tuple[str, Opener]]:
    """(name for `source`, opener) of each file to read; InputError naming `what` if there is none.

    The opener opens the file as a binary stream (anew on each call), so a big file is read
    as it is needed, not held; it is valid until the iteration moves on.
    """
    p = Path(path)
    if _plain_file(p):
        yield str(p), partial(open_file, p)
        return
    with open_archive(p, allow_tar=False) as arc:
        found = 0
        for member in _shallow(arc.find(suffix=suffix)):
            with arc.open(member) as handle:
                head = read_head(handle, HEAD_BYTES)
            if accept(head):
                found += 1
                yield arc.display(member), partial(arc.open, member)
        if not found:
            raise InputError(f"no {what} in this folder or zip", path=p)


def read_all(opener: Opener) -> bytes:
    """All the bytes of a file from its opener (for formats that can only be decoded whole)."""
    with opener() as handle:
        return handle.read()


def content_id(*parts: object) -> str:
    """A stable id for a record that has none (LinkedIn comments, Facebook posts): a hash of its content.

    Two records with the same parts get the same id, so the Ledger counts the second as a
    duplicate: exactly the dedupe that FORMATS.md asks for on (timestamp, text).
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def has_export(path: PathLike, anchors: tuple[str, ...]) -> bool:
    """Whether `path` is one export holding any of `anchors` (relative paths); never raises.

    The anchors count at the export's top, or inside a single enclosing folder (a zip or a
    download unpacked into `facebook-name-date/`). A folder holding several exports is not
    one export: discovery then looks at each of them in turn.
    """
    p = Path(path)
    try:
        if p.is_dir():
            entries = [c for c in p.iterdir() if not c.name.startswith(".") and c.name not in _JUNK]
            roots = [p] + ([entries[0]] if len(entries) == 1 and entries[0].is_dir() else [])
            return any((root / rel).is_file() for root in roots for rel in anchors)
        if not p.is_file() or not zipfile.is_zipfile(p):
            return False
        with zipfile.ZipFile(p) as zf:
            names = {n.rstrip("/") for n in zf.namelist() if not n.endswith("/")}
        tops = {n.split("/", 1)[0] for n in names}
        prefixes = [""] + ([f"{next(iter(tops))}/"] if len(tops) == 1 else [])
        return any(prefix + rel in names for prefix in prefixes for rel in anchors)
    except (OSError, zipfile.BadZipFile):
        return False


_JUNK = frozenset({"__MACOSX", "Thumbs.db", "desktop.ini"})
