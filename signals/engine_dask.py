"""The Dask engine of `signals run --engine dask --scheduler ADDRESS`.

Ingest and the features stage run on an existing Dask distributed cluster; identity, scoring,
evidence and outputs stay on the machine that runs the command (they work on per-person
tables, which are small). Between stages the tables travel as partitioned Parquet in a
staging folder that the client and every worker can read:

- ingest: one task per export path (`registry.collect`), each writing its posts as one Parquet
  partition (`posts/part-00000.parquet`, ...); the client merges the partitions in path order
  exactly as `registry.collect_many` does, so duplicates and ordering are the same;
- per-post features: the distinct post texts are written as Parquet partitions
  (`texts/part-00000.parquet`, ... of `signals.execution.runner.MAPPER_BATCH_TEXTS` texts each, with
  which need language detection); one task per partition runs the per-text pass there and
  returns its per-text features (the features stage reaches the cluster through the runner
  `DaskEngine.runner` gives, signals.execution.runner.MapperRunner). Replies, aggregation
  per person and evidence (tables per person, and joins the per-text results already carry)
  run on the client, as do scoring and outputs.

The staging folder defaults to a temporary folder on this machine, which is right for a
`LocalCluster` or workers on this host. For workers on other hosts set `SIGNALS_DASK_STAGING`
(or pass `staging=`) to a folder on a file system every worker mounts at the same path; the
export paths must be readable by the workers at the same paths too.

The results are the same tables as the local engine's, byte for byte once written.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from collectors import registry
from collectors.base import Collection, merge
from collectors.options import ReadOptions
from features.posts import TextBatch
from signals.execution.runner import MapperRunner, TextStore, released

log = logging.getLogger(__name__)
R = TypeVar("R")

STAGING_ENV = "SIGNALS_DASK_STAGING"
# rows per Parquet partition of the posts tables handed to the features stage
PARTITION_ROWS = 250_000


def _write_partitions(frame: pd.DataFrame, folder: Path, *, rows: int = PARTITION_ROWS) -> list[str]:
    """`frame` as numbered Parquet partitions in `folder` (at least one, even when empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    frame = frame.reset_index(drop=True)
    paths: list[str] = []
    for number, start in enumerate(range(0, max(len(frame), 1), rows)):
        path = folder / f"part-{number:05d}.parquet"
        frame.iloc[start : start + rows].to_parquet(path, index=False)
        paths.append(str(path))
    return paths


def _read_partitions(paths: Sequence[str]) -> pd.DataFrame:
    parts = [pd.read_parquet(p) for p in paths]
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)


def _collect_task(path: str, input_format: str | None, options: ReadOptions, folder: str) -> dict[str, Any]:
    """Worker side of ingest: read one export, stage its posts as Parquet."""
    collection = registry.collect(path, format=input_format, options=options)
    return {
        "posts": _write_partitions(collection.posts, Path(folder)),
        "rejects": collection.rejects,
        "sources": collection.sources,
        "notes": list(collection.notes),
        "naive_times": int(collection.naive_times),
    }


def _text_task(path: str, work: Callable[[TextBatch], R]) -> R:
    """Worker side of the per-post features: read one staged partition of texts, analyze it."""
    frame = pd.read_parquet(path)
    batch = TextBatch(
        frame["text"].astype(str).tolist(),
        frame["detect"].astype(bool).tolist(),
        frame["always"].astype(bool).tolist(),
    )
    return released(work, batch)  # a cluster worker lives for many batches


class _ClusterMapper:
    """signals.execution.runner.BatchMapper on a Dask client: each batch staged as one Parquet partition."""

    def __init__(self, client: Any, folder: Path) -> None:
        self.client = client
        self.folder = folder

    def map(self, work: Callable[[TextBatch], R], batches: list[TextBatch]) -> list[R]:
        self.folder.mkdir(parents=True, exist_ok=True)
        futures = []
        for number, batch in enumerate(batches):
            path = self.folder / f"part-{number:05d}.parquet"
            frame = pd.DataFrame({"text": batch.texts, "detect": batch.detect, "always": batch.always})
            frame.to_parquet(path, index=False)
            futures.append(self.client.submit(_text_task, str(path), work, pure=False))
        results: list[R] = self.client.gather(futures)
        return results


class DaskEngine:
    """Ingest and features on the Dask cluster at `address` (a `distributed` scheduler)."""

    def __init__(self, address: str, *, staging: str | Path | None = None) -> None:
        from distributed import Client

        self.address = address
        self.client = Client(address, set_as_default=False)
        base = staging or os.environ.get(STAGING_ENV)
        if base:
            Path(base).mkdir(parents=True, exist_ok=True)
        self._staging = Path(tempfile.mkdtemp(prefix="signals-dask-", dir=base or None))
        log.info("dask engine: scheduler %s, staging %s", address, self._staging)

    def collect_many(
        self,
        paths: Iterable[str | Path],
        *,
        format: str | None = None,  # noqa: A002
        options: ReadOptions | None = None,
    ) -> Collection:
        """registry.collect_many, one task per path on the cluster."""
        path_list = [str(p) for p in paths]
        options = options or ReadOptions()
        registry.check_owners([Path(p) for p in path_list], format=format, options=options)
        futures = [
            self.client.submit(
                _collect_task, p, format, options, str(self._staging / "ingest" / f"{i:05d}"), pure=False
            )
            for i, p in enumerate(path_list)
        ]
        staged = self.client.gather(futures)
        collections = [
            Collection(
                posts=_read_partitions(s["posts"]),
                rejects=s["rejects"],
                sources=s["sources"],
                notes=s["notes"],
                naive_times=s["naive_times"],
            )
            for s in staged
        ]
        return merge(collections)

    def runner(self, *, cache: TextStore | None = None) -> MapperRunner:
        """The features stage's runner: its per-text pass on the cluster (texts staged as
        Parquet); texts in `cache` are taken from it on this machine, not sent."""
        return MapperRunner(_ClusterMapper(self.client, self._staging / "features" / "texts"), cache=cache)

    def close(self) -> None:
        """Disconnect from the scheduler and remove the staging folder."""
        self.client.close()
        shutil.rmtree(self._staging, ignore_errors=True)
