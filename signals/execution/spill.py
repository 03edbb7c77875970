"""A table that waits on disk between the stages that need it.

The posts table of a run (every post read, texts included) is needed by attribution and
reply detection at the start, and again only by the outputs at the end. Held in memory
through the features stage, the bootstrap and the evidence, it is about a third of what a
million-post run holds. `StoredTable` writes it once to an Arrow IPC file in a private
temporary folder and reads it back (memory-mapped, in batches if asked), with the same
columns, dtypes and values. The folder is removed when the `StoredTable` is garbage
collected, or at interpreter exit.

A process killed outright (SIGKILL, a power cut) cannot remove its folder. Folder names
carry the host and process id of their run, so the next run that stores a table in the same
place removes the folders of runs of this host that no longer exist (`remove_leftovers`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa

from signals.ground.errors import SignalsError

STORED_BATCH_ROWS = 100_000  # rows per record batch of the file: what `batches` yields at a time
STORE_PREFIX = "signals-table-"
# STORE_PREFIX, then the host and process id `write` puts in the name, then mkdtemp's suffix
_OWNER = re.compile(rf"^{re.escape(STORE_PREFIX)}(?P<host>.+)-(?P<pid>\d+)-[^-]+$")

logger = logging.getLogger(__name__)


def _host() -> str:
    """This machine's name as it goes into folder names (no separators of ours or paths)."""
    return re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname()) or "host"


def _alive(pid: int) -> bool:
    """Whether a process `pid` exists on this machine (one of another user counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(folder: Path | None = None) -> list[Path]:
    """Remove the table folders in `folder` (default: the temporary folder) left by runs of
    this host whose process is gone; the removed folders.

    Only folders named by `StoredTable.write` on this host are considered, so a run of
    another machine sharing the folder is never touched; a folder of a live process, or one
    that cannot be removed (another user's), stays.
    """
    where = Path(folder or tempfile.gettempdir())
    host = _host()
    removed: list[Path] = []
    try:
        candidates = sorted(where.glob(f"{STORE_PREFIX}*"))
    except OSError:
        return removed
    for path in candidates:
        owner = _OWNER.match(path.name)
        if owner is None or owner["host"] != host or _alive(int(owner["pid"])):
            continue
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
            logger.info("removed %s, left behind by a run that was killed", path)
    return removed


class StoredTable:
    """A DataFrame with a RangeIndex kept in an Arrow IPC file; `read` and `batches` give it back.

    Make one with `StoredTable.write(frame)`. Reading does not copy the file into memory:
    the columns map its pages, which the system can drop and reread.
    """

    def __init__(self, path: Path, *, rows: int, columns: Sequence[str]) -> None:
        self.path = path
        self.rows = rows
        self.columns = pd.Index(list(columns), dtype=object)

    @classmethod
    def write(
        cls, frame: pd.DataFrame, *, batch_rows: int = STORED_BATCH_ROWS, folder: Path | None = None
    ) -> StoredTable:
        """Write `frame` (index dropped) to a new temporary folder, in batches of `batch_rows`.

        Leftovers of killed runs in the same place are removed first (`remove_leftovers`).
        """
        remove_leftovers(folder)
        try:
            where = Path(tempfile.mkdtemp(prefix=f"{STORE_PREFIX}{_host()}-{os.getpid()}-", dir=folder))
        except OSError as exc:
            raise SignalsError(f"could not keep a table in {folder or tempfile.gettempdir()}: {exc}") from exc
        path = where / "table.arrow"
        try:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                for batch in table.to_batches(max_chunksize=batch_rows):
                    writer.write_batch(batch)
        except OSError as exc:  # a full or read-only temporary folder
            shutil.rmtree(where, ignore_errors=True)
            raise SignalsError(f"could not keep a table in {where}: {exc}") from exc
        stored = cls(path, rows=len(frame), columns=[str(c) for c in frame.columns])
        weakref.finalize(stored, shutil.rmtree, where, ignore_errors=True)
        return stored

    def __len__(self) -> int:
        return self.rows

    @property
    def empty(self) -> bool:
        """Whether the table has no rows."""
        return self.rows == 0

    def _reader(self) -> pa.ipc.RecordBatchFileReader:
        return pa.ipc.open_file(pa.memory_map(str(self.path)))

    def read(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The whole table (or only `columns`), as it was written."""
        table = self._reader().read_all()
        if columns is not None:
            table = table.select(list(columns))
        return table.to_pandas()

    def batches(self) -> Iterator[pd.DataFrame]:
        """The table in consecutive pieces of at most the written batch size, each with an index
        that continues the previous one's (row numbers of the whole table); an empty table is
        one empty piece."""
        reader = self._reader()
        if reader.num_record_batches == 0:
            yield reader.read_all().to_pandas()
            return
        start = 0
        for i in range(reader.num_record_batches):
            piece = reader.get_batch(i).to_pandas()
            piece.index = pd.RangeIndex(start, start + len(piece))
            start += len(piece)
            yield piece
