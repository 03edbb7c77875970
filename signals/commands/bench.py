"""The `signals bench` command (registered by signals.commands)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from signals.commands.console import err_console, out_console


@click.command()
@click.option("--posts", default=15000, show_default=True, type=click.IntRange(200, 50_000_000),
              help="About how many posts to generate and analyze.")
@click.option("--jobs", type=click.IntRange(1, 1024), default=None,
              help="Worker processes for the pipeline (default: every core).")
@click.option("--bootstrap", default=100, show_default=True, type=click.IntRange(0, 10000),
              help="Bootstrap resamples of the pipeline run (as `signals run`).")
@click.option("--seed", default=20261125, show_default=True, type=int, help="Seed of the generator.")
@click.option("--loop-limit", default=0, show_default=True, type=click.IntRange(0, None),
              help="Time the naive loops on at most this many texts (0: all staff posts).")
@click.option("--workdir", type=click.Path(path_type=Path, file_okay=False),
              help="Where the temporary organization and outputs go (default: the system temp folder).")
@click.option("--rerun", is_flag=True,
              help="Run the pipeline a second time into the same folder, texts and exports from the caches.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench(
    posts: int,
    jobs: int | None,
    bootstrap: int,
    seed: int,
    loop_limit: int,
    workdir: Path | None,
    rerun: bool,
    as_json: bool,
) -> None:
    """Throughput and peak memory of the pipeline against the naive per-post loop."""
    from signals.bench import run_bench
    from signals.pipeline import default_jobs

    with err_console.status("Starting") as status:
        result = run_bench(
            posts,
            jobs=jobs or default_jobs(),
            bootstrap=bootstrap,
            seed=seed,
            loop_limit=loop_limit,
            rerun=rerun,
            workdir=workdir,
            progress=lambda message: status.update(message),
        )
    if as_json:
        click.echo(result.as_json())
        return
    title = f"signals bench: {result.posts} posts ({result.staff_posts} staff), jobs {result.jobs}"
    table = Table(title=title)
    for column in ("measure", "seconds", "posts/s", "pipeline ÷ this"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    table.add_row("pipeline, posts read", f"{result.pipeline_s:.1f}",
                  f"{result.pipeline_posts_per_s:,.0f}", "")
    table.add_row("pipeline, staff posts", f"{result.pipeline_s:.1f}",
                  f"{result.pipeline_staff_posts_per_s:,.0f}", "1.00")
    if result.rerun_s is not None:
        table.add_row("pipeline rerun, staff posts (texts, exports cached)", f"{result.rerun_s:.1f}",
                      f"{result.rerun_staff_posts_per_s:,.0f}", "")
    table.add_row(f"naive loop ({result.loop_texts} texts)", f"{result.naive_loop_s:.1f}",
                  f"{result.naive_loop_posts_per_s:,.0f}", f"{result.ratio_vs_naive:.2f}")
    table.add_row("polarity_scores alone", f"{result.polarity_loop_s:.1f}",
                  f"{result.polarity_loop_posts_per_s:,.0f}", f"{result.ratio_vs_polarity:.2f}")
    out_console.print(table)
    _print_stages("stages of the pipeline run", result.stages)
    if result.rerun_stages:
        _print_stages("stages of the rerun (texts and exports from the caches)", result.rerun_stages)
        out_console.print(
            f"rerun, in a process of its own: peak {result.rerun_peak_rss_self_mb:,.0f} MB in the pipeline"
            f" process, peak PSS {result.rerun_peak_pss_mb:,.0f} MB of all processes",
            highlight=False,
        )
    out_console.print(
        f"peak RSS {result.peak_rss_mb:,.0f} MB, all processes together (pipeline process"
        f" {result.peak_rss_self_mb:,.0f} MB, largest worker {result.peak_rss_children_mb:,.0f} MB);"
        f" peak PSS {result.peak_pss_mb:,.0f} MB (pages shared between processes counted once)"
        f" · {result.machine}",
        highlight=False,
    )


def _print_stages(title: str, rows: list[dict[str, object]]) -> None:
    stages = Table(title=title)
    for column in ("stage", "seconds", "peak RSS, all processes", "peak PSS, all processes"):
        stages.add_column(column, justify="left" if column == "stage" else "right")
    for row in rows:
        stages.add_row(str(row["stage"]), f"{row['s']:.1f}", f"{row['rss_mb']:,} MB", f"{row['pss_mb']:,} MB")
    out_console.print(stages)
