"""The `signals` command's entry point: loads the command line, quietly if Ctrl-C comes first.

Loading the command line (click, rich, pandas through its commands) takes a moment; Ctrl-C in
that moment would otherwise end the process with a KeyboardInterrupt traceback from an import.
Only this module and the light `signals` package are loaded before the interruption is caught.
"""

from __future__ import annotations

import signal
import sys


def main() -> int:
    """Run the command line (signals.cli.main); 128 + SIGINT, one line, if interrupted while loading it."""
    try:
        from signals.cli import main as run_command_line
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 128 + signal.SIGINT
    return run_command_line()
