"""`signals forget`: erase a person from a run's workspace folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from signals.commands.console import out_console

if TYPE_CHECKING:
    from signals.workspace import ForgetResult


@click.command()
@click.argument("person")
@click.option(
    "--workspace",
    "workspace",
    type=click.Path(path_type=Path),
    required=True,
    help="The --out folder of `signals run` (holds signals.duckdb and the CSV tables).",
)
def forget(person: str, workspace: Path) -> None:
    """Erase PERSON (a roster person_id) from the workspace: posts, features, scores, evidence, replies.

    PERSON also goes on the folder's forget list: later `signals run ... --out` into it leave
    them out until `--unforget PERSON`.
    """
    from collectors.read_cache import default_folder
    from signals.workspace import forget as forget_person

    result = forget_person(person, workspace, read_cache=default_folder())
    if not result.total:
        out_console.print(f"Nothing of {person!r} found in {workspace}", highlight=False, markup=False)
    _print_removed(person, result)
    _print_kept_forgotten(person, workspace, newly=result.newly_listed)


def _print_kept_forgotten(person: str, workspace: Path, *, newly: bool) -> None:
    from signals.forget_list import forget_path

    already = "" if newly else " (already on it)"
    out_console.print(
        f"{person} is still in your roster and exports. They stay forgotten in this workspace: "
        f"{person} is on its forget list{already} ({forget_path(workspace)}), and every "
        f"`signals run ... --out {workspace}` leaves them out; "
        f"`signals run ... --out {workspace} --unforget {person}` scores them again.",
        highlight=False,
        markup=False,
    )


def _print_removed(person: str, result: ForgetResult) -> None:
    from collectors.read_cache import default_folder

    for table, n in sorted(result.tables.items()):
        out_console.print(f"signals.duckdb {table}: {n} rows removed", highlight=False, markup=False)
    for filename, n in sorted(result.csv_files.items()):
        out_console.print(f"{filename}: {n} rows removed", highlight=False, markup=False)
    for filename in result.removed_files:
        out_console.print(
            f"{filename}: deleted (it showed {person}); rerun `signals run` to rebuild it",
            highlight=False,
            markup=False,
        )
    if result.cache_removed:
        out_console.print(
            "text cache: deleted (it may hold their words); the next run analyzes every text again",
            highlight=False,
            markup=False,
        )
    if result.read_cache_removed:
        out_console.print(
            f"read exports kept in {default_folder()}: deleted (they hold their posts); "
            "the next run reads every export again",
            highlight=False,
            markup=False,
        )
