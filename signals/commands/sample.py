"""`signals sample` (a fictional organization to try the tool on) and `signals formats`."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

import click

from signals.commands.console import err_console, out_console

if TYPE_CHECKING:
    from sample_data.generator.core import GenerationSummary


@click.command()
@click.option("--posts", default=15000, show_default=True, type=click.IntRange(200, 50_000_000),
              help="About how many posts to generate.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True)
@click.option("--seed", default=20261125, show_default=True, type=int)
def sample(posts: int, out_dir: Path, seed: int) -> None:
    """Generate a fictional organization (exports, roster.csv, ratings.csv) of about --posts posts."""
    from sample_data.generator import generate

    with err_console.status(f"Generating about {posts} posts"):
        summary = generate(out_dir, posts=posts, seed=seed)
    for line in sample_report(summary):
        out_console.print(line, highlight=False, markup=False, soft_wrap=True)


# how `signals sample` names the exports it writes, in the order it lists them
SAMPLE_EXPORTS = {"x": "X", "mastodon": "Mastodon", "slack": "Slack", "inbox": "shared inbox"}


def sample_report(summary: GenerationSummary) -> list[str]:
    """What `signals sample` wrote, line by line, and the command that analyzes it."""
    out = summary.out_dir
    per_export = ", ".join(f"{SAMPLE_EXPORTS.get(k, k)} {n:,}" for k, n in summary.counts.items())
    without_consent = summary.people - summary.staff
    return [
        f"Sample organization written to {out}",
        f"  people: {summary.people} ({summary.staff} consenting staff, {without_consent} without consent)",
        f"  posts:  {summary.total_posts:,} ({per_export})",
        f"  files:  {summary.files:,} ({summary.bytes / 1e6:.1f} MB)",
        f"  roster: {out / 'roster.csv'} (beside it: org.json, ratings.csv, latent_traits.csv)",
        "Next: " + shlex.join([
            "signals", "run", str(out / "exports"), "--roster", str(out / "roster.csv"),
            "--org", str(out / "org.json"), "--out", "signals-out",
        ]),
    ]  # fmt: skip


@click.command()
def formats() -> None:
    """List the supported export formats and how to obtain each."""
    from collectors.registry import FORMATS

    for collector in FORMATS:
        out_console.print(f"[bold]{collector.name}[/]: {collector.description}")
