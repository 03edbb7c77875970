"""The `signals` command line: the only place that prints and chooses exit codes.

Exit codes: 0 ok, 1 failure, 2 bad input or usage, 128 + N when stopped by signal N
(SIGTERM, SIGHUP). Library errors (the SignalsError tree) become one clear line on stderr;
anything unexpected becomes a short internal-error line (the traceback only with --debug).
A stopping signal unwinds the run like Ctrl-C does, so its temporary files are removed and
no partial output is left in place.
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.table import Table

from signals import __version__
from signals.commands_model import register_model_commands
from signals.errors import SignalsError

if TYPE_CHECKING:
    import pandas as pd

    from signals.exports_summary import ExportsSummary

err_console = Console(stderr=True)
out_console = Console()
NARROW_COLUMNS = 72  # below this the exports table would not fit


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="signals")
@click.option("-v", "--verbose", is_flag=True, help="Log every step (to stderr).")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool, debug: bool) -> None:
    """staff-signals: who on your staff shows the traits of a good social-media lead, with the evidence."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_time=False, show_path=False)],
        force=True,
    )


@cli.command()
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
) -> None:
    """Ingest EXPORTS, score every consenting person and write the report and tables to --out.

    Per-text results are kept in --out (.signals-text-cache.arrow) so that a rerun into the
    same folder analyzes only texts it has not seen, and each export read is kept in the user's
    cache folder ($SIGNALS_CACHE_DIR, else ~/.cache/staff-signals) so that a rerun on the same
    export does not read it again; the outputs are the same either way.
    """
    from collectors.read_cache import default_folder
    from features.text_cache import CACHE_FILE
    from signals.outputs import write_outputs
    from signals.pipeline import analyze

    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is only used with --engine dask")
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
        )
        status.update("Writing outputs")
        written = write_outputs(result, out_dir)
    if roster is None:
        err_console.print("[yellow]warning:[/] no --roster: every account was scored as its own person")
    _print_summary(result.summary, result.sources)
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


@cli.command()
@click.option("--posts", default=15000, show_default=True, type=click.IntRange(100, 50_000_000),
              help="About how many posts to generate.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True)
@click.option("--seed", default=20261125, show_default=True, type=int)
def sample(posts: int, out_dir: Path, seed: int) -> None:
    """Generate a fictional organization (exports, roster.csv, ratings.csv) of about --posts posts."""
    from sample_data.generator import generate

    with err_console.status(f"Generating about {posts} posts"):
        summary = generate(out_dir, posts=posts, seed=seed)
    out_console.print(f"Sample organization written to {out_dir} ({summary})")


@cli.command()
def formats() -> None:
    """List the supported export formats and how to obtain each."""
    from collectors.registry import FORMATS

    for collector in FORMATS:
        out_console.print(f"[bold]{collector.name}[/]: {collector.description}")


register_model_commands(cli)


class _Stopped(BaseException):
    """A stopping signal arrived; raised in the main thread so the run unwinds."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise _Stopped(signum)


@contextmanager
def _stopping_signals_unwind() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `_Stopped` while the command runs (their default would end
    the process on the spot, leaving its temporary table behind); the previous handlers
    come back afterwards."""
    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {}
    try:
        for signum in wanted:
            previous[signum] = signal.signal(signum, _stop)
    except ValueError:  # not the main thread: leave signals alone
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn errors into messages and exit codes."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        with _stopping_signals_unwind():
            cli.main(args=argv, prog_name="signals", standalone_mode=False)
    except _Stopped as stopped:
        err_console.print(f"stopped by {signal.Signals(stopped.signum).name}")
        return 128 + stopped.signum
    except click.exceptions.Abort:
        err_console.print("aborted")
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except SignalsError as exc:
        # soft_wrap: a message is never broken inside a path or locator ("file:line 1")
        err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        return exc.exit_code
    except KeyboardInterrupt:
        err_console.print("interrupted")
        return 1
    except Exception as exc:  # an unexpected bug: one line, traceback only on request
        if debug:
            raise
        detail = escape(f"{type(exc).__name__}: {exc}")
        message = f"[red]internal error:[/] {detail} (rerun with --debug)"
        err_console.print(message, highlight=False, soft_wrap=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

from signals.commands_collect import collect  # noqa: E402 - registered last, by design

cli.add_command(collect)

from signals.commands_features import text_features_command  # noqa: E402

cli.add_command(text_features_command)

from signals.commands_bench import bench  # noqa: E402 - registered last, by design

cli.add_command(bench)

from signals.commands_workspace import forget  # noqa: E402 - registered last, by design

cli.add_command(forget)
