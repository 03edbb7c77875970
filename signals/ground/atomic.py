"""Files replaced whole or not at all, readable by their owner only.

Every file a run writes into its output folder may hold people's words or data derived from
them, so each is created owner-only (0600) and keeps that mode when it replaces the previous
version: `tempfile.mkstemp` creates files 0600, and a database that DuckDB creates itself
(with the process's umask, 0644 as a rule, and its write-ahead log beside it) is written
inside a folder only the owner can enter and made 0600 before it is moved into place.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR  # 0600


def new_part(final: Path) -> Path:
    """A new empty file beside `final`, owner-only, named `.NAME.XXXX.part` as `stale_parts`
    recognizes."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    return Path(tmp_name)


def stale_parts(folder: Path, name: str) -> Iterator[Path]:
    """Files and folders that writers of `folder / name` left behind: parts and their DuckDB
    logs."""
    yield from folder.glob(f".{name}.*.part")
    yield from folder.glob(f".{name}.*.part.wal")


def remove_part(path: Path) -> None:
    """Delete a part left behind (a file, or the private folder of `atomic_database`)."""
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def _replace_owner_only(tmp: Path, final: Path) -> None:
    os.chmod(tmp, OWNER_ONLY)  # whatever wrote it: only its owner may read what replaces `final`
    os.replace(tmp, final)


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """A temporary owner-only path beside `final` that replaces it only if the block succeeds.

    The temporary file (and a DuckDB write-ahead log beside it) is removed whatever happens,
    so an interrupted writer leaves the previous file whole and nothing else.
    """
    final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a folder made here: owner only
    tmp = new_part(final)
    try:
        yield tmp
        _replace_owner_only(tmp, final)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            if leftover.exists():
                leftover.unlink()


@contextlib.contextmanager
def atomic_database(final: Path) -> Iterator[Path]:
    """A path, not yet a file, where DuckDB may create a database that replaces `final` (made
    owner-only) only if the block succeeds.

    DuckDB creates the file and its write-ahead log with the process's umask, so the path lies
    in a new folder `.NAME.XXXX.part` that only the owner can enter (`tempfile.mkdtemp`); the
    folder and whatever is left in it are removed whatever happens.
    """
    final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a folder made here: owner only
    folder = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent))
    try:
        tmp = folder / final.name
        yield tmp
        _replace_owner_only(tmp, final)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
