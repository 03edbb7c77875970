"""Per-text work that never ends, for runs a test interrupts while their workers are busy.

A plain module (not the test file): the worker processes import it by name to run it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

MARKER = "SIGNALS_TEST_STUCK_MARKER"  # environment: a folder where each busy worker leaves a file


def stuck(*_args: object, **_kwargs: object) -> None:
    """Say (by a file named by this process id) that this worker has its work, then hold it."""
    (Path(os.environ[MARKER]) / str(os.getpid())).touch()
    threading.Event().wait()  # no deadline: only the end of the process ends it
