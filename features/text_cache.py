"""Per-text summaries kept from one run to the next, so that a rerun analyzes only new texts.

An analyst reruns the batch often, mostly on the same posts plus a few new ones (next month's
export, a corrected roster). What a text's summary holds (features.summaries.SummaryBlock:
values, first matches, detected language, words) depends on nothing but the text, whether its
language was to be detected, the organization's mission terms and the code and word lists that
computed it. So `signals run` keeps every summary of a run in one Arrow file beside its
outputs, and the next run into the same folder takes the summaries of the texts it has seen
from there and sends only the others to the per-text pass.

A summary is found by the SHA-256 of the text and its two flags. The file says which
*generation* wrote it: a hash of the Python and library versions, of every file of the
installed `features` package (code and word lists) and of the mission terms. A file of another
generation is not used (and is replaced at the end of the run). Colleague mentions depend on
the roster and are found again for every run, as before. The file is written beside its
final name and moved into place only when the whole features stage has succeeded; a file
that cannot be read is ignored with a warning, never trusted in part.

It holds derived data of the analyzed posts (their words, values and matched phrases) of
consenting staff, the same posts the workspace holds; `signals forget` deletes it, and so
does deleting the output folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

import numpy as np
import pyarrow as pa

from features.columnar.block import SummaryBlock
from features.posts import TextBatch
from signals.ground.atomic import atomic_path, new_part
from signals.ground.fingerprint import code_generation, file_digest

log = logging.getLogger(__name__)

CACHE_FILE = ".signals-text-cache.arrow"
FORMAT = "2"  # 2: one named column per per-text value (1: a list column of all values)
_LIBRARIES = ("vaderSentiment", "pyphen", "wordfreq", "py3langid", "textstat", "numpy")
_KEY_BYTES = 32


def generation(mission_terms: tuple[str, ...]) -> str:
    """Hash of everything a text's summary depends on besides the text itself."""
    return code_generation(
        packages=[Path(__file__).resolve().parent],
        libraries=_LIBRARIES,
        extra={"format": FORMAT, "mission_terms": sorted(mission_terms)},
    )


def text_keys(texts: list[str], detect: list[bool], always: list[bool]) -> np.ndarray:
    """(n, 32) uint8: the SHA-256 of each text with its two flags."""
    keys = np.empty((len(texts), _KEY_BYTES), dtype=np.uint8)
    for i, (text, d, a) in enumerate(zip(texts, detect, always, strict=True)):
        flags = b"%d%d" % (d, a)
        keys[i] = np.frombuffer(
            hashlib.sha256(flags + text.encode("utf-8", "surrogatepass")).digest(), np.uint8
        )
    return keys


def _schema(generation_id: str) -> pa.Schema:
    """The cache file's rows: a text's key, then its summary (SummaryBlock.SCHEMA)."""
    return pa.schema(
        [("key", pa.binary(_KEY_BYTES)), *SummaryBlock.SCHEMA],
        metadata={"generation": generation_id},
    )


def _record_batch(keys: np.ndarray, block: SummaryBlock, schema: pa.Schema) -> pa.RecordBatch:
    """A SummaryBlock (its colleague mentions left out) as rows of the cache file."""
    key = pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(_KEY_BYTES), len(block), [None, pa.py_buffer(np.ascontiguousarray(keys))]
    )
    return pa.RecordBatch.from_arrays([key, *block.to_arrow()], schema=schema)


def _keys_of(batch: pa.RecordBatch) -> np.ndarray:
    """(rows, 32) uint8 copy of a batch's keys."""
    column = batch.column(0)
    data = np.frombuffer(column.buffers()[1], dtype=np.uint8)
    start = column.offset * _KEY_BYTES
    return data[start : start + len(column) * _KEY_BYTES].reshape(-1, _KEY_BYTES).copy()


def digest_path(path: Path) -> Path:
    """Where the SHA-256 of the cache file at `path` is kept."""
    return path.with_name(path.name + ".sha256")


def _recorded_digest(path: Path) -> str:
    try:
        return digest_path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


class TextCache:
    """The summaries an earlier run left in `path` (read) and those of this run (written).

    `open()` reads the earlier file's keys when it is of this `generation`; `lookup` and
    `take` serve its rows; `add` appends this run's summaries to a new file beside it, which
    `commit` moves into place (`discard` removes it instead). Used by one thread.
    """

    def __init__(self, path: str | Path, *, generation: str) -> None:
        self.path = Path(path)
        self.generation = generation

    def open(self) -> TextCache:
        """Read the earlier file's keys (none when absent, unreadable or of another generation)
        and start the new file (its folder made if need be; OSError if it cannot be)."""
        self.keys_ = np.zeros((0, _KEY_BYTES), dtype=np.uint8)
        self._starts = np.zeros(1, dtype=np.int64)  # first row of each batch of the earlier file, and the end
        self.hits_ = 0
        self.misses_ = 0
        if self.path.is_file():
            try:
                if file_digest(self.path) != _recorded_digest(self.path):
                    raise OSError("its content does not match the digest written with it")
                with pa.memory_map(str(self.path)) as source:
                    reader = pa.ipc.open_file(source)
                    if (reader.schema.metadata or {}).get(b"generation") != self.generation.encode():
                        log.info("%s was written by another version or settings: not used", self.path)
                    else:
                        batches = [reader.get_batch(i) for i in range(reader.num_record_batches)]
                        self._starts = np.cumsum([0, *(len(b) for b in batches)])
                        self.keys_ = np.concatenate([self.keys_, *(_keys_of(b) for b in batches)])
            except (OSError, pa.ArrowException) as error:
                log.warning("%s cannot be read (%s): every text is analyzed anew", self.path, error)
        self._prefix = self.keys_[:, :8].copy().view("<u8").ravel()
        self._order = np.argsort(self._prefix, kind="stable")
        self._sorted = self._prefix[self._order]
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._part = new_part(self.path)
        self._schema = _schema(self.generation)
        self._writer = pa.ipc.new_file(str(self._part), self._schema)
        self._failed = False
        return self

    @staticmethod
    def keys(batch: TextBatch) -> np.ndarray:
        """The key of each text of a batch of distinct texts."""
        return text_keys(batch.texts, batch.detect, batch.always)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """For each key, its row in the earlier file, or -1."""
        if not len(self._sorted) or not len(keys):
            self.misses_ += len(keys)
            return np.full(len(keys), -1, dtype=np.int64)
        prefix = np.ascontiguousarray(keys[:, :8]).view("<u8").ravel()
        at = np.minimum(np.searchsorted(self._sorted, prefix), len(self._sorted) - 1)
        rows = self._order[at]
        found = (self._prefix[rows] == prefix) & (self.keys_[rows] == keys).all(axis=1)
        self.hits_ += int(found.sum())
        self.misses_ += int((~found).sum())
        return np.where(found, rows, -1)

    def take(self, rows: np.ndarray) -> SummaryBlock:
        """The earlier file's rows (from `lookup`) as a SummaryBlock without colleague mentions.

        The file is mapped only while its rows are copied out, and rows are taken batch by
        batch of the file: a take over the whole file as one table would first copy all of it.
        """
        if not len(rows):
            return SummaryBlock.concat([])
        batch_of = np.searchsorted(self._starts, rows, side="right") - 1
        by_batch = np.argsort(batch_of, kind="stable")  # positions in `rows`, batch by batch
        pieces = []
        with pa.memory_map(str(self.path)) as source:
            reader = pa.ipc.open_file(source)
            for batch in np.unique(batch_of):
                at = by_batch[batch_of[by_batch] == batch]
                local = pa.array(rows[at] - self._starts[batch], type=pa.int64())
                pieces.append(reader.get_batch(int(batch)).take(local))
            taken = pa.Table.from_batches(pieces)
        # the pieces' rows are `rows[by_batch]`: back in the order of `rows`
        return SummaryBlock.from_arrow(taken).take(np.argsort(by_batch, kind="stable"))

    def add(self, keys: np.ndarray, block: SummaryBlock) -> None:
        """Append summaries of this run (row i of `block` has key i) to the new file.

        A write that fails (a full disk) is logged once and the new file is given up: the
        run goes on, and `commit` then leaves the earlier file as it was.
        """
        if self._failed:
            return
        try:
            self._writer.write_batch(_record_batch(keys, block, self._schema))
        except (OSError, pa.ArrowException) as error:
            log.warning("text cache %s cannot be written (%s): not kept for the next run", self._part, error)
            self._failed = True

    def commit(self) -> None:
        """The new file replaces the earlier one (unless writing it failed), its SHA-256 beside it.

        Arrow files carry no checksums: the digest is how the next run tells a file damaged on
        disk from a good one. A run stopped between the two replacements leaves a digest that
        does not match, so the file is not used.
        """
        if self._failed:
            self.discard()
            return
        self._writer.close()
        digest = file_digest(self._part)
        with atomic_path(digest_path(self.path)) as part:
            part.write_text(digest + "\n", encoding="ascii")
        os.replace(self._part, self.path)

    def discard(self) -> None:
        """The new file is removed; the earlier one stays as it was."""
        try:
            with contextlib.suppress(OSError, pa.ArrowException):  # closed already, or the disk is full
                self._writer.close()
        finally:
            self._part.unlink(missing_ok=True)
