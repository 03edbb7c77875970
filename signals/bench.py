"""`signals bench`: throughput and memory of the pipeline against the naive per-post loop.

One bench generates a fictional organization of about N posts (sample_data.generator) in a
temporary folder, then measures in a fresh child process (so its peak RSS is the pipeline's,
not the generator's):

1. the full pipeline, ingest to report, as `signals run` does it (outputs to a temporary folder);
2. on the same post texts (the texts of the staff posts the pipeline analyzed) the naive loop:
   per post `textstat.flesch_reading_ease`, `textstat.flesch_kincaid_grade`, one
   `SentimentIntensityAnalyzer().polarity_scores` and `wordfreq.zipf_frequency(tok, "en")` for
   every token of `wordfreq.tokenize`;
3. `polarity_scores` alone on the same texts.

Throughputs are posts per second of wall-clock time (CPU seconds are reported beside them,
since wall-clock time on a shared machine depends on its other load); ratios are pipeline ÷ loop
on staff posts (the texts the pipeline analyzes). Peak RSS is `resource.getrusage` maxrss of the
measuring process, and, sampled from /proc (signals.proctree) every 0.1 s, the largest sum over
the process tree (pipeline, forkserver and per-text workers) and the largest single worker;
the pipeline's CPU seconds include the workers'. Each stage of the pipeline (as its progress
names them, and the outputs) gets its seconds and the peaks of the tree's RSS and PSS sums
while it ran. Nothing here asserts timings.
"""

from __future__ import annotations

import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from signals.proctree import TreeSampler

MEASURE_FLAG = "--measure"
RERUN = "rerun"  # in place of the loop limit: the child measures a rerun only
OUTPUTS_STAGE = "Writing outputs"


@dataclass
class BenchResult:
    """Everything one bench measured (the JSON of `signals bench --json`)."""

    posts_target: int
    posts: int
    staff_posts: int
    jobs: int
    bootstrap: int
    pipeline_s: float
    pipeline_cpu_s: float
    pipeline_posts_per_s: float
    pipeline_staff_posts_per_s: float
    loop_texts: int
    naive_loop_s: float
    naive_loop_cpu_s: float
    naive_loop_posts_per_s: float
    polarity_loop_s: float
    polarity_loop_posts_per_s: float
    ratio_vs_naive: float
    ratio_vs_polarity: float
    peak_rss_mb: float
    peak_rss_self_mb: float
    peak_rss_children_mb: float
    peak_pss_mb: float
    generate_s: float
    machine: str
    # each stage of the pipeline as its progress names it: seconds, peak RSS and PSS sums (MB)
    stages: list[dict[str, Any]] = field(default_factory=list)
    # a second run into the same output folder, its texts and exports from the first run's caches
    rerun_s: float | None = None
    rerun_cpu_s: float | None = None
    rerun_staff_posts_per_s: float | None = None
    ratio_rerun_vs_naive: float | None = None
    rerun_stages: list[dict[str, Any]] = field(default_factory=list)
    rerun_peak_rss_self_mb: float | None = None
    rerun_peak_pss_mb: float | None = None

    def as_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


def _maxrss_mb(who: int) -> float:
    # Linux reports kilobytes, macOS bytes
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def machine_description() -> str:
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.0f} GB RAM"
    except (ValueError, OSError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {sys.platform}"


def naive_loop(texts: Sequence[str]) -> float:
    """Seconds of the naive per-post loop (readability, VADER, Zipf per token) over `texts`."""
    import textstat
    import wordfreq
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    for text in texts:
        textstat.flesch_reading_ease(text)
        textstat.flesch_kincaid_grade(text)
        analyzer.polarity_scores(text)
        for token in wordfreq.tokenize(text, "en"):
            wordfreq.zipf_frequency(token, "en")
    return time.perf_counter() - started


def polarity_loop(texts: Sequence[str]) -> float:
    """Seconds of `polarity_scores` alone over `texts` (one analyzer)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    for text in texts:
        analyzer.polarity_scores(text)
    return time.perf_counter() - started


def export_paths(org_dir: Path) -> list[Path]:
    """The export folders of a generated organization (as `signals run exports/*`)."""
    return sorted(p for p in (org_dir / "exports").iterdir() if not p.name.startswith("."))


def _run_options(org_dir: Path, out_dir: Path, *, jobs: int, bootstrap: int) -> dict[str, Any]:
    """`analyze` options of `signals run ORG/exports/* --roster --org --out OUT` (text cache in OUT;
    read exports in OUT/read-cache, not the user's cache folder, so that a first run is cold)."""
    from features.text_cache import CACHE_FILE

    out_dir.mkdir(parents=True, exist_ok=True)
    return {
        "roster": org_dir / "roster.csv",
        "org": org_dir / "org.json",
        "bootstrap": bootstrap,
        "jobs": jobs,
        "text_cache": out_dir / CACHE_FILE,
        "read_cache": out_dir / "read-cache",
    }


def measure(
    org_dir: Path, out_dir: Path, *, jobs: int, bootstrap: int, loop_limit: int = 0
) -> dict[str, Any]:
    """Pipeline and loops on a generated organization, in this process; a dict of figures.

    The pipeline keeps its text cache in `out_dir`, as `signals run` does, and its read cache there too.
    """
    run = _sampled_run(org_dir, out_dir, _run_options(org_dir, out_dir, jobs=jobs, bootstrap=bootstrap))
    texts = run.result.staff_posts["text"].astype(str).tolist()
    figures: dict[str, Any] = {
        "posts": len(run.result.posts),
        "staff_posts": len(texts),
        "pipeline_s": run.seconds,
        "pipeline_cpu_s": run.cpu_s,
        "rss_after_pipeline_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "stages": run.stages,
    }
    tree = run.tree
    del run
    if loop_limit > 0:
        texts = texts[:loop_limit]
    figures["loop_texts"] = len(texts)
    cpu_before = _cpu_s()
    figures["naive_loop_s"] = naive_loop(texts)
    figures["naive_loop_cpu_s"] = _cpu_s() - cpu_before
    figures["polarity_loop_s"] = polarity_loop(texts)
    figures["peak_rss_self_mb"] = _maxrss_mb(resource.RUSAGE_SELF)
    # not RUSAGE_CHILDREN: a short-lived fork of a large process would count as a large worker
    figures["peak_rss_children_mb"] = tree.peak_descendant_mb
    figures["peak_rss_tree_mb"] = max(tree.peak_total_mb, figures["peak_rss_self_mb"])
    figures["peak_pss_tree_mb"] = tree.peak_total_pss_mb
    return figures


def measure_rerun(org_dir: Path, out_dir: Path, *, jobs: int, bootstrap: int) -> dict[str, Any]:
    """A second run into `out_dir` after `measure`, in a fresh process as an analyst's rerun
    is (its texts from the first run's cache): seconds, CPU, stages and peak memory."""
    run = _sampled_run(org_dir, out_dir, _run_options(org_dir, out_dir, jobs=jobs, bootstrap=bootstrap))
    return {
        "rerun_s": run.seconds,
        "rerun_cpu_s": run.cpu_s,
        "rerun_stages": run.stages,
        "rerun_peak_rss_self_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "rerun_peak_pss_mb": run.tree.peak_total_pss_mb,
    }


@dataclass
class _SampledRun:
    result: Any  # signals.pipeline.RunResult
    seconds: float
    cpu_s: float
    stages: list[dict[str, Any]]
    tree: TreeSampler


def _sampled_run(org_dir: Path, out_dir: Path, options: dict[str, Any]) -> _SampledRun:
    """One pipeline run and its outputs, timed, with each stage's seconds and memory peaks."""
    from signals.outputs import write_outputs
    from signals.pipeline import analyze

    cpu_before = _cpu_s()
    started = time.perf_counter()
    stages: list[dict[str, Any]] = []
    with TreeSampler() as tree:

        def stage(name: str) -> None:  # closes the stage under way, opens `name`
            now = time.perf_counter()
            rss_mb, pss_mb = tree.stage_peaks()
            if stages:
                seconds = round(now - stages[-1].pop("at"), 2)
                stages[-1].update(s=seconds, rss_mb=round(rss_mb), pss_mb=round(pss_mb))
            if name:
                stages.append({"stage": name, "at": now})

        result = analyze(export_paths(org_dir), progress=stage, **options)
        stage(OUTPUTS_STAGE)
        write_outputs(result, out_dir)
        stage("")
    seconds = time.perf_counter() - started
    # waited-for processes (the workers' forkserver, and the workers it waited for) are in
    # RUSAGE_CHILDREN; those still running are counted from their samples
    return _SampledRun(result, seconds, _cpu_s() - cpu_before + tree.unreaped_cpu_s, stages, tree)


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process and the child processes it waited for."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def run_bench(
    posts: int,
    *,
    jobs: int,
    bootstrap: int = 100,
    seed: int = 20261125,
    loop_limit: int = 0,
    rerun: bool = False,
    workdir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> BenchResult:
    """Generate about `posts` posts, measure pipeline and loops in a child process."""
    from sample_data.generator import generate

    step = progress or (lambda _message: None)
    with tempfile.TemporaryDirectory(prefix="signals-bench-", dir=workdir) as tmp:
        org_dir, out_dir = Path(tmp) / "org", Path(tmp) / "out"
        step(f"Generating about {posts} posts")
        started = time.perf_counter()
        generate(org_dir, posts=posts, seed=seed)
        generate_s = time.perf_counter() - started
        step("Running the pipeline and the loops")
        command = [
            sys.executable, "-m", "signals.bench", MEASURE_FLAG, str(org_dir), str(out_dir),
            str(jobs), str(bootstrap), str(loop_limit),
        ]  # fmt: skip
        figures = _child_figures(command)
        if rerun:
            step("Running the pipeline again, its texts and exports from the caches")
            figures |= _child_figures([*command[:-1], RERUN])
    staff = int(figures["staff_posts"])
    pipeline_staff_rate = _rate(staff, figures["pipeline_s"])
    naive_rate = _rate(figures["loop_texts"], figures["naive_loop_s"])
    polarity_rate = _rate(figures["loop_texts"], figures["polarity_loop_s"])
    return BenchResult(
        posts_target=posts,
        posts=int(figures["posts"]),
        staff_posts=staff,
        jobs=jobs,
        bootstrap=bootstrap,
        pipeline_s=round(figures["pipeline_s"], 3),
        pipeline_cpu_s=round(figures["pipeline_cpu_s"], 3),
        pipeline_posts_per_s=round(_rate(int(figures["posts"]), figures["pipeline_s"]), 1),
        pipeline_staff_posts_per_s=round(pipeline_staff_rate, 1),
        loop_texts=int(figures["loop_texts"]),
        naive_loop_s=round(figures["naive_loop_s"], 3),
        naive_loop_cpu_s=round(figures["naive_loop_cpu_s"], 3),
        naive_loop_posts_per_s=round(naive_rate, 1),
        polarity_loop_s=round(figures["polarity_loop_s"], 3),
        polarity_loop_posts_per_s=round(polarity_rate, 1),
        ratio_vs_naive=round(pipeline_staff_rate / naive_rate, 3) if naive_rate else float("nan"),
        ratio_vs_polarity=round(pipeline_staff_rate / polarity_rate, 3) if polarity_rate else float("nan"),
        peak_rss_mb=round(figures["peak_rss_tree_mb"], 1),
        peak_rss_self_mb=round(figures["peak_rss_self_mb"], 1),
        peak_rss_children_mb=round(figures["peak_rss_children_mb"], 1),
        peak_pss_mb=round(figures["peak_pss_tree_mb"], 1),
        generate_s=round(generate_s, 3),
        machine=machine_description(),
        stages=list(figures["stages"]),
        **_rerun_figures(figures, staff, naive_rate),
    )


def _rerun_figures(figures: dict[str, Any], staff: int, naive_rate: float) -> dict[str, Any]:
    """The BenchResult fields of the rerun, when there was one."""
    if "rerun_s" not in figures:
        return {}
    rate = _rate(staff, figures["rerun_s"])
    return {
        "rerun_s": round(figures["rerun_s"], 3),
        "rerun_cpu_s": round(figures["rerun_cpu_s"], 3),
        "rerun_staff_posts_per_s": round(rate, 1),
        "ratio_rerun_vs_naive": round(rate / naive_rate, 3) if naive_rate else float("nan"),
        "rerun_stages": list(figures["rerun_stages"]),
        "rerun_peak_rss_self_mb": round(figures["rerun_peak_rss_self_mb"], 1),
        "rerun_peak_pss_mb": round(figures["rerun_peak_pss_mb"], 1),
    }


def _child_figures(command: list[str]) -> dict[str, Any]:
    """The figures a `python -m signals.bench --measure ...` child prints as its last line."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench measurement failed:\n{done.stderr.strip()[-4000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _measure_main(argv: list[str]) -> int:
    org_dir, out_dir, jobs, bootstrap, loop_limit = argv
    org, out, options = Path(org_dir), Path(out_dir), {"jobs": int(jobs), "bootstrap": int(bootstrap)}
    if loop_limit == RERUN:
        figures = measure_rerun(org, out, **options)
    else:
        figures = measure(org, out, **options, loop_limit=int(loop_limit))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == MEASURE_FLAG:
        sys.exit(_measure_main(sys.argv[2:]))
    sys.exit("usage: python -m signals.bench --measure ORG OUT JOBS BOOTSTRAP LOOP_LIMIT|rerun")
