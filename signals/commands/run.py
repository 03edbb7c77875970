"""`signals run`: ingest exports, score every consenting person, write the report and tables."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.markup import escape
from rich.table import Table

from signals.commands.console import err_console, out_console

if TYPE_CHECKING:
    import pandas as pd

    from signals.exports_summary import ExportsSummary

NARROW_COLUMNS = 72  # below this the exports table would not fit


@click.command()
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--roster", type=click.Path(path_type=Path), help="roster.csv mapping accounts to people.")
@click.option("--org", "org_file", type=click.Path(path_type=Path), help="org.json (name, mission terms).")
@click.option("--model", "model_file", type=click.Path(path_type=Path),
              help="A model.json from `signals train` (default: the shipped transparent model).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("signals-out"),
              show_default=True, help="Folder for the report and tables.")
@click.option("--format", "input_format", help="Export format for every path (default: sniffed per path).")
@click.option("--bootstrap", default=100, show_default=True, type=click.IntRange(0, 10000),
              help="Bootstrap resamples for the score intervals.")
@click.option("--seed", default=20261125, show_default=True, type=int, help="Seed of the bootstrap.")
@click.option("--show-identities", is_flag=True, help="Do not mask third-party handles, e-mails and phones.")
@click.option("--jobs", type=click.IntRange(1, 1024), default=None,
              help="Processes that read exports and analyze texts (default: all cores); same results.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where ingest and per-post features run: this machine, or a Dask cluster (--scheduler).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786.")
@click.option("--no-text-cache", is_flag=True,
              help="Analyze every text anew and keep no per-text results in --out for the next run.")
@click.option("--no-cache", is_flag=True,
              help="Keep nothing for the next run: no per-text results in --out and no read exports "
                   "in the user's cache folder; read and analyze everything anew.")
@click.option("--unforget", "unforget", multiple=True, metavar="PERSON",
              help="Take PERSON off the forget list of --out (kept by `signals forget`) and score them "
                   "again; repeat for several people.")
@click.option("--include-deleted", is_flag=True,
              help="Read posts their authors deleted (X deleted-tweets.js, unsent messages) as posts; "
                   "by default they are counted as excluded (deleted).")
@click.option("--owner", "owners", multiple=True, metavar="PATH=ACCOUNT",
              help="The owner of the export at PATH (or of every export under the folder PATH), as the "
                   "roster names them: for LinkedIn, Facebook, Instagram and Discord exports without the "
                   "profile file that names them. Repeatable.")
@click.option("--force", is_flag=True,
              help="Write into --out even if it holds another organization's or roster's outputs "
                   "(they are replaced) or files that are not outputs of signals (they are kept).")
def run(
    exports: tuple[Path, ...],
    roster: Path | None,
    org_file: Path | None,
    model_file: Path | None,
    out_dir: Path,
    input_format: str | None,
    bootstrap: int,
    seed: int,
    show_identities: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    no_text_cache: bool,
    no_cache: bool,
    unforget: tuple[str, ...],
    include_deleted: bool,
    owners: tuple[str, ...],
    force: bool,
) -> None:
    """Ingest EXPORTS, score every consenting person and write the report and tables to --out.

    Per-text results are kept in --out (.signals-text-cache.arrow) so that a rerun into the
    same folder analyzes only texts it has not seen, and each export read is kept in the user's
    cache folder ($SIGNALS_CACHE_DIR, else ~/.cache/staff-signals) so that a rerun on the same
    export does not read it again; the outputs are the same either way. People forgotten in
    --out (`signals forget`) are left out unless named with --unforget.
    """
    from collectors.options import parse_owner
    from collectors.read_cache import default_folder
    from features.text_cache import CACHE_FILE
    from signals.forget_list import check_unforget
    from signals.out_folder import check_out_folder, run_identity, write_manifest
    from signals.outputs import write_outputs
    from signals.pipeline import analyze

    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is only used with --engine dask")
    identity = run_identity(roster=roster, org=org_file)
    check_out_folder(out_dir, identity=identity, force=force)  # before the work, not after it
    forgotten = check_unforget(out_dir, unforget)
    with err_console.status("Starting") as status:
        result = analyze(
            list(exports),
            roster=roster,
            org=org_file,
            model=model_file,
            input_format=input_format,
            bootstrap=bootstrap,
            seed=seed,
            show_identities=show_identities,
            progress=lambda message: status.update(message),
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            text_cache=None if no_text_cache or no_cache else out_dir / CACHE_FILE,
            read_cache=None if no_cache else default_folder(),
            forgotten=forgotten,
            include_deleted=include_deleted,
            owners=dict(parse_owner(value) for value in owners),
        )
        status.update("Writing outputs")
        write_manifest(out_dir, identity)  # first: from now on the folder holds this run's outputs
        written = write_outputs(result, out_dir, unforget=unforget)
    if roster is None:
        err_console.print("[yellow]warning:[/] no --roster: every account was scored as its own person")
    _print_summary(result.summary, result.sources)
    _print_forgotten(result.summary, forgotten, unforget, out_dir)
    _print_unmatched_accounts(result.roster_accounts, result.roster)
    out_console.print(f"Report: {written['report.html']}", highlight=False, markup=False)


def _print_summary(summary: dict[str, int], sources: pd.DataFrame) -> None:
    """One row per export (per file too with -v), then the run's totals."""
    from signals.exports_summary import summarize_sources

    read = summarize_sources(sources)
    if err_console.width >= NARROW_COLUMNS:
        err_console.print(_exports_table(read))
    else:  # a table would cut numbers: one line per export, as with -v per file
        _print_lines(f"{len(read.exports)} exports", read, read.exports.assign(path=read.exports["name"]))
    if logging.getLogger().isEnabledFor(logging.INFO):  # -v: the files of every export
        _print_files(read)
    total = read.total
    later = summary.get("negative_latency_rejected", 0)  # in rejects.csv too, yet still posts
    err_console.print(
        f"records read {total['records_read']} = posts {total['posts']} + rejects {total['rejects']}"
        f" + excluded {total['excluded']}"
        + (f" · replies rejected for a negative latency {later} (kept as posts)" if later > 0 else "")
        + f" · held back (no consent) {summary['posts_withheld_no_consent']}"
        f" · people scored {summary['people_scored']}",
        highlight=False,
    )


def _print_forgotten(
    summary: dict[str, int], forgotten: tuple[str, ...], unforget: tuple[str, ...], out_dir: Path
) -> None:
    """Who the forget list of --out kept out of this run, and who --unforget let back in."""
    if forgotten:
        people = summary["people_forgotten"]
        noun = "person" if people == 1 else "people"
        err_console.print(
            f"left out because forgotten: {people} {noun} of the roster and their "
            f"{summary['posts_withheld_forgotten']} posts (forget list of {out_dir}: "
            f"{', '.join(forgotten)}); `--unforget PERSON` includes a person again",
            highlight=False, markup=False,
        )
    if unforget:
        err_console.print(
            f"taken off the forget list of {out_dir}, included again: {', '.join(sorted(set(unforget)))}",
            highlight=False, markup=False,
        )


def _print_unmatched_accounts(accounts: pd.DataFrame, roster: pd.DataFrame) -> None:
    """Every roster account that matched no post, with "did you mean" where a name is close."""
    from signals.roster_accounts import summary_lines

    named = roster.dropna(subset=["display_name"]).drop_duplicates("person_id")
    lines = summary_lines(accounts, dict(zip(named["person_id"], named["display_name"], strict=True)))
    for line in lines:
        err_console.print(line, highlight=False, markup=False, soft_wrap=True)


def _exports_table(read: ExportsSummary) -> Table:
    where = f" under {read.folder}" if read.folder else ""
    n = len(read.exports)
    table = Table(
        title=f"{n} export{'' if n == 1 else 's'}{where}",
        caption="read = posts + rejects + excluded · per file: -v",
        show_edge=False,
    )
    # nothing is cut (every column folds); an export's name stays on one line where the
    # terminal has room beside the numbers (58 columns), else it wraps whole
    longest = max((len(name) for name in read.exports["name"]), default=6)
    table.add_column("export", overflow="fold", min_width=min(longest, max(8, err_console.width - 58)))
    table.add_column("format", overflow="fold")
    for column in ("files", "read", "posts", "rejects", "excluded"):
        table.add_column(column, justify="right", overflow="fold")
    for row in read.exports.itertuples(index=False):
        table.add_row(escape(row.name), row.format, str(row.files), *_counts(row._asdict()))
    table.add_section()
    table.add_row("total", "", str(len(read.files)), *_counts(read.total))
    return table


def _counts(row: Mapping[str, object]) -> list[str]:
    return [str(row[c]) for c in ("records_read", "posts", "rejects", "excluded")]


def _print_files(read: ExportsSummary) -> None:
    """-v: one line per file read."""
    _print_lines(f"{len(read.files)} files read", read, read.files)


def _print_lines(title: str, read: ExportsSummary, rows: pd.DataFrame) -> None:
    """One line per row (`path`, the counts, `excluded_detail`), wrapped by the terminal, never cut."""
    where = f" (under {read.folder})" if read.folder else ""
    err_console.print(f"{title}{where}:", highlight=False, markup=False)
    for row in rows.itertuples(index=False):
        read_, posts, rejects, excluded = _counts(row._asdict())
        detail = f" ({row.excluded_detail})" if row.excluded_detail else ""
        err_console.print(
            f"  {row.path}: read {read_} = posts {posts} + rejects {rejects} + excluded {excluded}{detail}",
            highlight=False, markup=False, soft_wrap=True,
        )
