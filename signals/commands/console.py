"""The two consoles every command prints to: results on stdout, progress and messages on stderr."""

from __future__ import annotations

from rich.console import Console

err_console = Console(stderr=True)
out_console = Console()
