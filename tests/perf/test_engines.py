"""The same outputs, byte for byte, whatever `jobs` and engine compute them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from perf.runs import run_outputs
from signals import pipeline, replicates
from signals.bench import export_paths

COMPARED = ("scores.csv", "evidence.csv", "person_features.csv", "replies.csv", "rejects.csv")


def _run(org: Path, out: Path, **options: Any) -> dict[str, bytes]:
    return run_outputs(org, out, names=COMPARED, **options)


def test_jobs_do_not_change_outputs(
    small_org: Path, plain: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # force the worker pool of the per-text pass even on this small organization
    import signals.execution.workers

    monkeypatch.setattr(signals.execution.workers, "PARALLEL_MIN_TEXTS", 0)
    jobs2 = _run(small_org, tmp_path, jobs=2)
    assert b"person_id" in plain["scores.csv"]
    assert len(plain["scores.csv"].splitlines()) > 11  # a header and scores of several people
    for name in COMPARED:
        assert jobs2[name] == plain[name], name


def test_groups_of_people_do_not_change_outputs(
    small_org: Path, plain: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import features.groups

    monkeypatch.setattr(features.groups, "GROUP_POSTS", 50)  # many groups of a few people each
    grouped = _run(small_org, tmp_path, jobs=1)
    for name in COMPARED:
        assert grouped[name] == plain[name], name


def test_bootstrap_replicates_same_for_any_block_size(
    small_org: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import features
    from collectors import registry
    from collectors.discovery import discover
    from signals import identity

    collection = registry.collect_many(discover(export_paths(small_org)))
    roster = identity.load_roster(small_org / "roster.csv")
    attribution = identity.attribute(collection.posts, roster)
    result = features.extract(attribution.staff_posts, all_posts=attribution.all_posts, roster=roster)
    whole = replicates.bootstrap_replicates(attribution.staff_posts, result, n=5, seed=3)
    monkeypatch.setattr(replicates, "BOOTSTRAP_BLOCK_CELLS", 1)  # one replicate per block
    one = replicates.bootstrap_replicates(attribution.staff_posts, result, n=5, seed=3)
    two = whole
    assert len(one) == len(two) == 5
    for a, b in zip(one, two, strict=True):
        assert a.equals(b)
    assert not one[0].equals(one[1])  # the replicates are resamples, not copies


def test_dask_engine_matches_local(
    small_org: Path, plain: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import distributed  # a dependency of the package: never skipped

    import signals.execution.runner

    # several partitions of texts, hence several tasks, even on this small organization
    monkeypatch.setattr(signals.execution.runner, "MAPPER_BATCH_TEXTS", 40)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        on_dask = _run(small_org, tmp_path, jobs=1, engine="dask", scheduler=cluster.scheduler_address)
    for name in COMPARED:
        assert on_dask[name] == plain[name], name


def test_dask_engine_needs_a_scheduler(small_org: Path) -> None:
    with pytest.raises(ValueError, match="scheduler"):
        pipeline.analyze(export_paths(small_org), engine="dask")
    with pytest.raises(ValueError, match="engine"):
        pipeline.analyze(export_paths(small_org), engine="spark")


def test_dask_engine_reads_with_the_collector_options(tmp_path: Path) -> None:
    import distributed

    from collectors.options import ReadOptions
    from signals.engine_dask import DaskEngine

    milahu = Path(__file__).resolve().parents[1] / "fixtures" / "x_archive" / "milahu104"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        engine = DaskEngine(cluster.scheduler_address, staging=tmp_path)
        try:
            default = engine.collect_many([milahu])
            asked = engine.collect_many([milahu], options=ReadOptions(include_deleted=True))
        finally:
            engine.close()
    assert (len(default.posts), len(asked.posts)) == (94, 141)
