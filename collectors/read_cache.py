"""Exports read once: each export's tables kept so that a rerun on the same export skips reading.

An analyst reruns the batch often on mostly the same exports (this month's archive added to
last month's). What a collector makes of an export (schemas.POSTS, REJECTS and SOURCES rows,
notes) depends on nothing but the export's bytes, the path it was given as (it is in every
`source`), the format asked for, the collector options (deleted posts included, the owner
named: collectors.options), and the code that read it. So each export read is kept as
one entry, found by a SHA-256 of all of those (signals.ground.fingerprint: the export's bytes, never
its timestamps), and the next run that is given the same export takes its tables from there.

An entry is a folder of three Arrow files and a `meta.json` (notes, naive times, and the
SHA-256 of each file, checked before use): written beside its final name and renamed into
place whole. An entry that cannot be read, or whose files do not match their digests, is not
used and the export is read again; a cache that cannot be written is a warning.

Privacy: an entry holds everything its export holds, third parties and people outside the
roster included, unmasked. So the cache is not kept in the output folder, which is made to be
shared (its workspace pseudonymizes third parties): it lives in the user's cache folder (see
`default_folder`), readable by its owner only, entries unused for `KEEP_DAYS` days are removed
by the next run, `signals forget` deletes it whole, and `signals run --no-cache` keeps none.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa

from collectors.base import Collection
from signals.ground.fingerprint import code_generation, content_digest, file_digest

log = logging.getLogger(__name__)

FORMAT = "1"
KEEP_DAYS = 14
_TABLES = ("posts", "rejects", "sources")
_META = "meta.json"
_LIBRARIES = ("pandas", "pyarrow", "numpy")
_PART_PREFIX = ".part-"


def default_folder() -> Path:
    """Where `signals run` keeps read exports: $SIGNALS_CACHE_DIR, else the user's cache folder
    ($XDG_CACHE_HOME or ~/.cache) / staff-signals, each with `exports` under it."""
    root = os.environ.get("SIGNALS_CACHE_DIR")
    if root:
        return Path(root) / "exports"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "staff-signals" / "exports"


def generation() -> str:
    """Hash of the code and libraries an export's tables depend on besides the export."""
    collectors = Path(__file__).resolve().parent
    schemas = collectors.parent / "signals" / "schemas.py"
    return code_generation(packages=[collectors, schemas], libraries=_LIBRARIES, extra={"format": FORMAT})


class ReadCache:
    """Entries of exports read earlier (`get`) and of this run's (`put`) in `folder`.

    `key` names an export's entry; `get` gives its Collection or None; `put` keeps one;
    `prune` removes entries no run has used for `keep_days` days. `hits_` and `misses_` count
    this run's lookups.
    """

    def __init__(self, folder: str | Path, *, keep_days: float = KEEP_DAYS, threads: int = 1) -> None:
        self.folder = Path(folder)
        self.keep_days = keep_days
        self.threads = threads
        self.hits_ = 0
        self.misses_ = 0
        self._generation: str | None = None

    def key(
        self, export: Path, *, format: str | None, options: list[object] | None = None  # noqa: A002 - the CLI's word
    ) -> str | None:
        """The entry name of `export` read as `format` (None: sniffed) with the collector
        options `options` (JSON values: ReadOptions.identity); None if its bytes cannot be
        read here (the collector then says what is wrong)."""
        if self._generation is None:
            self._generation = generation()
        try:
            content = content_digest(export, threads=self.threads)
        except OSError:
            return None
        identity = [self._generation, str(export), format, content, options or []]
        return hashlib.sha256(json.dumps(identity).encode()).hexdigest()

    def get(self, key: str | None, *, check: bool = True) -> Collection | None:
        """The tables kept under `key`, or None (absent, damaged, or unreadable). They were
        checked against their contracts when kept; `check=False` skips checking them again
        (for a caller that checks the tables it merges them into)."""
        entry = self.folder / key if key else None
        if entry is None or not (entry / _META).is_file():
            self.misses_ += 1
            return None
        try:
            meta = json.loads((entry / _META).read_text(encoding="utf-8"))
            frames = {}
            for name in _TABLES:
                path = entry / f"{name}.arrow"
                if file_digest(path) != meta["digests"][name]:
                    raise OSError(f"{path.name} does not match the digest written with it")
                frames[name] = _read_table(path)
            collection = Collection(
                frames["posts"],
                frames["rejects"],
                frames["sources"],
                notes=[str(n) for n in meta["notes"]],
                naive_times=int(meta["naive_times"]),
                check=check,
            )
            os.utime(entry / _META)  # used now: kept for another `keep_days`
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException) as error:
            log.warning("read cache entry %s cannot be used (%s): the export is read again", entry, error)
            self.misses_ += 1
            return None
        self.hits_ += 1
        return collection

    def put(self, key: str | None, collection: Collection) -> None:
        """Keep `collection` under `key` (written beside it, then renamed into place whole);
        a failure to write is logged and the run goes on."""
        if not key or (self.folder / key / _META).is_file():
            return
        part: Path | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            part = Path(tempfile.mkdtemp(prefix=f"{_PART_PREFIX}{key[:16]}-", dir=self.folder))
            digests = {}
            for name in _TABLES:
                path = part / f"{name}.arrow"
                _write_table(getattr(collection, name), path)
                digests[name] = file_digest(path)
            meta = {"notes": collection.notes, "naive_times": collection.naive_times, "digests": digests}
            (part / _META).write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")
            for file in part.iterdir():
                file.chmod(0o600)
            os.replace(part, self.folder / key)
            part = None
        except OSError as error:
            if (self.folder / key / _META).is_file():  # another run kept the same export meanwhile
                return
            log.warning("read cache %s cannot be written (%s): the export is not kept", self.folder, error)
        finally:
            if part is not None:
                shutil.rmtree(part, ignore_errors=True)

    def prune(self, *, keep: Sequence[str | None] = ()) -> None:
        """Remove entries not used for `keep_days` days (never those in `keep`) and parts that
        writers left; what cannot be removed stays."""
        if not self.folder.is_dir():
            return
        limit = time.time() - self.keep_days * 86_400
        kept = {k for k in keep if k}
        for entry in self.folder.iterdir():
            if entry.name in kept or not entry.is_dir():
                continue
            try:
                used = (entry / _META).stat().st_mtime if (entry / _META).exists() else entry.stat().st_mtime
            except OSError:
                continue
            if used < limit or (entry.name.startswith(_PART_PREFIX) and used < time.time() - 86_400):
                shutil.rmtree(entry, ignore_errors=True)


def clear(folder: Path) -> bool:
    """Delete the whole cache at `folder`; whether there was one."""
    if not folder.exists():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True


def _write_table(frame: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=None)  # a RangeIndex as metadata, others as columns
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=64_000)


def _read_table(path: Path) -> pd.DataFrame:
    """A table as `_write_table` was given it. Text columns of plain Python objects come back
    as such, missing values as None (pandas would make them its own string type, NaN missing);
    UTC times with the same time zone object."""
    with pa.memory_map(str(path)) as source:
        table = pa.ipc.open_file(source).read_all()
    frame = table.to_pandas()
    for name in frame.columns:
        dtype = frame[name].dtype
        # UTC as pd.to_datetime(utc=True) gives it: pandas tells the two apart when it
        # concatenates a column of missing times (merge would make it a column of objects)
        if isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) == "UTC":
            frame[name] = frame[name].dt.tz_convert(datetime.UTC)
    for column in (table.schema.pandas_metadata or {}).get("columns", []):
        name = column.get("name")
        if column.get("numpy_type") == "object" and name in frame.columns:
            frame[name] = pd.Series(table.column(name).to_pylist(), index=frame.index, dtype=object)
    return frame
