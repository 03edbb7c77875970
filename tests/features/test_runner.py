"""The runner (signals.execution) is the one object through which the features stage runs its
per-text work: each runner cuts a batch its own way and gives the results in order, and
`features.extract` hands every batch to the runner it is given."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pandas as pd
import pytest
from test_extract import ROSTER, ROWS

import signals.execution.runner
import signals.execution.workers
from features import extract
from features.posts import TextBatch
from signals.execution.runner import B, LocalRunner, MapperRunner, TextStore
from signals.execution.workers import WorkerPool, WorkerRunner
from signals.ground.config import OWN_WRITING_KINDS

R = TypeVar("R")
TEXTS = TextBatch([f"text {i}" for i in range(16)], [False] * 16, [True] * 16)


def test_the_local_runner_works_the_whole_batch_when_asked() -> None:
    calls: list[int] = []

    def work(batch: TextBatch) -> int:
        calls.append(len(batch))
        return len(batch)

    pending = LocalRunner().start(work, TEXTS)
    assert calls == []  # nothing before the results are asked for
    assert pending() == [16] and calls == [16]


def test_the_mapper_runner_cuts_batches_for_the_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    class InOrder:
        def map(self, work: Callable[[Any], R], batches: list[Any]) -> Iterable[R]:
            return [work(batch) for batch in batches]

    monkeypatch.setattr(signals.execution.runner, "MAPPER_BATCH_TEXTS", 5)
    firsts = MapperRunner(InOrder()).start(lambda batch: batch.texts[0], TEXTS)()
    assert firsts == ["text 0", "text 5", "text 10", "text 15"]


def test_the_worker_runner_spreads_big_batches_over_its_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signals.execution.workers, "PARALLEL_MIN_TEXTS", 0)
    with WorkerPool(2) as pool:
        # four chunks per worker, in order
        assert WorkerRunner(pool).start(len, TEXTS)() == [2] * 8
    with WorkerPool(1) as alone:
        assert WorkerRunner(alone).start(len, TEXTS)() == [16]


@dataclass
class CountingRunner:
    """A LocalRunner that counts the texts handed to it."""

    texts: list[int] = field(default_factory=list)
    cache: TextStore | None = None

    def start(self, work: Callable[[B], R], batch: B) -> Callable[[], list[R]]:
        self.texts.append(len(batch))
        return LocalRunner().start(work, batch)


def test_extract_runs_every_text_on_the_runner_it_is_given(split_posts: Any, make_roster: Any) -> None:
    staff, everything = split_posts(ROWS)
    roster = make_roster(ROSTER)
    runner = CountingRunner()
    given = extract(staff, all_posts=everything, roster=roster, mission_terms=["riverton"], runner=runner)
    plain = extract(staff, all_posts=everything, roster=roster, mission_terms=["riverton"])
    writing = staff["kind"].isin(OWN_WRITING_KINDS) & staff["text"].notna()
    assert sum(runner.texts) == staff.loc[writing, "text"].nunique() > 0  # every text, once
    pd.testing.assert_frame_equal(given.person_features, plain.person_features)
    pd.testing.assert_frame_equal(given.post_features, plain.post_features)
