"""Exports read in worker processes merge to the same collection as read one after another."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pytest
from collector_helpers import ALICE, BNEWBOLD, HELPDESK_CSV, HFARAN, HFARAN_ZIP, MILAHU, assert_balanced

from collectors import Collection, collect_many, registry
from collectors.streams import NotUtf8Error
from signals.execution.workers import WorkerPool
from signals.ground.errors import InputError, SchemaError

T = TypeVar("T")
R = TypeVar("R")
EXPORTS = [HFARAN, ALICE, MILAHU, HELPDESK_CSV, BNEWBOLD, HFARAN_ZIP]  # the zip repeats HFARAN


class RecordingMapper:
    """Runs the work here, remembering the order the items came in."""

    def __init__(self) -> None:
        self.items: list[object] = []

    def map(self, work: Callable[[T], R], items: list[T]) -> list[R]:
        self.items.extend(items)
        return [work(item) for item in items]


def _same(left: Collection, right: Collection) -> None:
    pd.testing.assert_frame_equal(left.posts, right.posts)
    pd.testing.assert_frame_equal(left.rejects, right.rejects)
    pd.testing.assert_frame_equal(left.sources, right.sources)
    assert (left.notes, left.naive_times) == (right.notes, right.naive_times)


def test_worker_processes_read_the_same_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "PARALLEL_MIN_BYTES", 0)
    one_by_one = collect_many(EXPORTS)
    with WorkerPool(2) as pool:
        parallel = collect_many(EXPORTS, mapper=pool)
    assert_balanced(parallel)
    assert parallel.sources["excluded_detail"].str.contains("duplicate_post_id=").any()
    _same(parallel, one_by_one)


def test_largest_export_goes_first_and_the_merge_keeps_the_given_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "PARALLEL_MIN_BYTES", 0)
    mapper = RecordingMapper()
    _same(collect_many(EXPORTS, mapper=mapper), collect_many(EXPORTS))
    sizes = [registry._bytes(Path(p)) for p in mapper.items]
    assert sorted(mapper.items) == sorted(EXPORTS)
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]


def test_small_inputs_are_read_here() -> None:
    mapper = RecordingMapper()
    collect_many(EXPORTS, mapper=mapper)  # well under PARALLEL_MIN_BYTES
    assert mapper.items == []


def test_an_input_error_in_a_worker_arrives_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "PARALLEL_MIN_BYTES", 0)
    bad = tmp_path / "helpdesk.csv"
    shutil.copy(HELPDESK_CSV, bad)
    bad.write_bytes(bad.read_bytes().replace(b"e", b"\xe9", 1))  # Latin-1, not UTF-8
    with pytest.raises(InputError) as here:
        collect_many([HFARAN, bad])
    with WorkerPool(2) as pool, pytest.raises(InputError) as there:
        collect_many([HFARAN, bad], mapper=pool)
    assert type(there.value) is type(here.value)
    assert str(there.value) == str(here.value) and str(bad) in str(there.value)
    assert (there.value.path, there.value.location) == (here.value.path, here.value.location)


def test_errors_survive_pickling_with_their_attributes() -> None:
    for error in (
        InputError("expected a date", path="a.csv", location="line 3"),
        NotUtf8Error(17, "invalid start byte", "b.csv"),
        SchemaError("posts", ["missing columns ['text']"]),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
        assert back.__dict__ == error.__dict__ and back.exit_code == error.exit_code
