"""`signals bench`: the loops it times and what it prints (timings are never asserted)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from features.text_cache import CACHE_FILE
from signals import bench
from signals.cli import cli


def test_loops_run_on_texts() -> None:
    texts = ["We fixed it, sorry for the delay!", "Great work by @sam on the new schedule."]
    assert bench.naive_loop(texts) >= 0
    assert bench.polarity_loop(texts) >= 0
    assert bench.naive_loop([]) >= 0


def _fake_result(posts: int) -> bench.BenchResult:
    return bench.BenchResult(
        posts_target=posts, posts=posts, staff_posts=posts // 2, jobs=2, bootstrap=0,
        pipeline_s=2.0, pipeline_cpu_s=3.0,
        pipeline_posts_per_s=posts / 2, pipeline_staff_posts_per_s=posts / 4, loop_texts=posts // 2,
        naive_loop_s=1.0, naive_loop_cpu_s=1.0,
        naive_loop_posts_per_s=posts / 2, polarity_loop_s=0.5,
        polarity_loop_posts_per_s=posts, ratio_vs_naive=0.5, ratio_vs_polarity=0.25, peak_rss_mb=100.0,
        peak_rss_self_mb=100.0, peak_rss_children_mb=50.0, peak_pss_mb=90.0, generate_s=1.0,
        machine="test", stages=[{"stage": "Reading exports", "s": 1.5, "rss_mb": 80, "pss_mb": 70}],
    )  # fmt: skip


def test_bench_json_and_table(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run_bench(posts: int, **options: object) -> bench.BenchResult:
        seen.update(options, posts=posts)
        return _fake_result(posts)

    monkeypatch.setattr(bench, "run_bench", fake_run_bench)
    done = CliRunner().invoke(cli, ["bench", "--posts", "1000", "--jobs", "2", "--json"])
    assert done.exit_code == 0, done.output
    figures = json.loads(done.output)
    assert figures["posts"] == 1000 and figures["ratio_vs_naive"] == 0.5
    assert seen["jobs"] == 2 and seen["posts"] == 1000
    table = CliRunner().invoke(cli, ["bench", "--posts", "1000"])
    assert table.exit_code == 0, table.output
    assert "naive loop" in table.output and "polarity_scores" in table.output and "peak RSS" in table.output
    assert "Reading exports" in table.output and "80 MB" in table.output


def test_bench_rejects_bad_usage() -> None:
    assert CliRunner().invoke(cli, ["bench", "--posts", "10"]).exit_code == 2
    assert CliRunner().invoke(cli, ["bench", "--jobs", "0"]).exit_code == 2


def test_measure_child_reports_figures(small_org: Path, tmp_path: Path) -> None:
    figures = bench.measure(small_org, tmp_path / "out", jobs=1, bootstrap=2, loop_limit=20)
    assert figures["posts"] > 0 and 0 < figures["loop_texts"] <= 20
    assert (tmp_path / "out" / "report.html").is_file()
    for key in ("pipeline_s", "pipeline_cpu_s", "naive_loop_s", "polarity_loop_s", "peak_rss_self_mb"):
        assert math.isfinite(figures[key]) and figures[key] >= 0
    stages = figures["stages"]
    assert [row["stage"] for row in stages] == [
        "Reading exports", "Resolving people", "Measuring features", "Scoring traits", "Collecting evidence",
        bench.OUTPUTS_STAGE,
    ]  # fmt: skip
    assert sum(row["s"] for row in stages) == pytest.approx(figures["pipeline_s"], abs=0.5)
    assert all(row["rss_mb"] >= row["pss_mb"] > 0 for row in stages)
    assert "rerun_s" not in figures and (tmp_path / "out" / CACHE_FILE).is_file()


def test_measure_rerun_takes_texts_from_the_cache(small_org: Path, tmp_path: Path) -> None:
    first = bench.measure(small_org, tmp_path / "out", jobs=1, bootstrap=2, loop_limit=5)
    figures = bench.measure_rerun(small_org, tmp_path / "out", jobs=1, bootstrap=2)
    assert figures["rerun_s"] > 0 and figures["rerun_cpu_s"] > 0 and figures["rerun_peak_pss_mb"] > 0
    assert [row["stage"] for row in figures["rerun_stages"]] == [row["stage"] for row in first["stages"]]
    result = bench.run_bench(300, jobs=1, bootstrap=2, loop_limit=5, rerun=True, workdir=tmp_path)
    assert result.rerun_s is not None and result.rerun_staff_posts_per_s is not None
    assert result.rerun_peak_rss_self_mb and result.rerun_stages
    assert result.ratio_rerun_vs_naive == pytest.approx(
        result.rerun_staff_posts_per_s / result.naive_loop_posts_per_s, rel=1e-2
    )


def test_run_command_options() -> None:
    done = CliRunner().invoke(cli, ["run", "x", "--engine", "dask"])
    assert done.exit_code == 2 and "--scheduler" in done.output
    done = CliRunner().invoke(cli, ["run", "--help"])
    assert "--jobs" in done.output and "--engine" in done.output and "--scheduler" in done.output
    assert "--no-text-cache" in done.output
