"""Files replaced whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def new_part(final: Path) -> Path:
    """A new empty file beside `final`, named `.NAME.XXXX.part` as `stale_parts` recognizes."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    return Path(tmp_name)


def stale_parts(folder: Path, name: str) -> Iterator[Path]:
    """Files that writers of `folder / name` left behind: parts and their DuckDB logs."""
    yield from folder.glob(f".{name}.*.part")
    yield from folder.glob(f".{name}.*.part.wal")


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """A temporary path beside `final` that replaces it only if the block succeeds.

    The temporary file (and a DuckDB write-ahead log beside it) is removed whatever happens,
    so an interrupted writer leaves the previous file whole and nothing else.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = new_part(final)
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            if leftover.exists():
                leftover.unlink()
