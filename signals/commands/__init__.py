"""Every command of the `signals` command line, one module per command or group of commands.

Each module defines click commands over the library (thin: read options, call one library
function, print through signals.commands.console); signals.cli adds every entry of COMMANDS to
its one group. Library errors propagate to signals.cli.main, which turns them into one line and
an exit code.
"""

from __future__ import annotations

import click

from signals.commands.bench import bench
from signals.commands.collect import collect
from signals.commands.features import text_features_command
from signals.commands.model import evaluate, train
from signals.commands.run import run
from signals.commands.sample import formats, sample
from signals.commands.workspace import forget

COMMANDS: tuple[click.Command, ...] = (
    run,
    sample,
    formats,
    train,
    evaluate,
    collect,
    text_features_command,
    bench,
    forget,
)
