"""The `signals` command line: the one click group, and the only place that chooses exit codes.

The commands themselves live in signals.commands (one module per command or group of
commands, registered here one way: every entry of signals.commands.COMMANDS).

Exit codes: 0 ok, 1 failure, 2 bad input or usage, 128 + N when stopped by signal N
(Ctrl-C: SIGINT, 130; SIGTERM, SIGHUP). Library errors (the SignalsError tree) become one
clear line on stderr; anything unexpected becomes a short internal-error line (the traceback
only with --debug). A stopping signal unwinds the run, so its temporary files are removed,
its worker processes ended and no partial output is left in place.
"""

from __future__ import annotations

import logging
import signal
import sys
from contextlib import AbstractContextManager
from types import FrameType

import click
from rich.logging import RichHandler
from rich.markup import escape

from signals import __version__
from signals.commands import COMMANDS
from signals.commands.console import err_console
from signals.ground.errors import SignalsError
from signals.ground.stopping import STOPPING_SIGNALS, handled_by


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


for _command in COMMANDS:
    cli.add_command(_command)


class _Stopped(BaseException):
    """A stopping signal arrived; raised in the main thread so the run unwinds."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise _Stopped(signum)


def _stopping_signals_unwind() -> AbstractContextManager[None]:
    """SIGINT (Ctrl-C), SIGTERM and SIGHUP raise `_Stopped` while the command runs (the
    default of the last two would end the process on the spot, leaving its temporary table
    behind; Python's KeyboardInterrupt for the first would be taken by click for an "Abort");
    the previous handlers come back afterwards."""
    return handled_by(_stop, STOPPING_SIGNALS)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn errors into messages and exit codes."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        with _stopping_signals_unwind():
            cli.main(args=argv, prog_name="signals", standalone_mode=False)
    except _Stopped as stopped:
        name = signal.Signals(stopped.signum).name
        err_console.print("interrupted" if name == "SIGINT" else f"stopped by {name}")
        return 128 + stopped.signum
    except click.exceptions.Abort as abort:
        if isinstance(abort.__context__, KeyboardInterrupt):  # Ctrl-C before our handler was set
            err_console.print("interrupted")
            return 128 + signal.SIGINT
        err_console.print("aborted")
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except SignalsError as exc:
        # soft_wrap: a message is never broken inside a path or locator ("file:line 1")
        err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        return exc.exit_code
    except KeyboardInterrupt:  # Ctrl-C outside the command (then 130 too, as a shell reports it)
        err_console.print("interrupted")
        return 128 + signal.SIGINT
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
