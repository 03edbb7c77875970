"""Test-wide setup.

The tests run against the installed package (site-packages comes first on sys.path); the
repository root is appended last only so that repo tools that are not part of the
distribution, such as `validation/`, can be imported by their tests.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO_ROOT = str(Path(__file__).resolve().parents[1])
if REPO_ROOT not in sys.path:
    sys.path.append(REPO_ROOT)

# `signals run` keeps read exports in the user's cache folder: tests (and the CLI runs they
# start) keep theirs in a folder of their own, removed at the end
_READ_CACHE = tempfile.mkdtemp(prefix="signals-tests-cache-")
os.environ["SIGNALS_CACHE_DIR"] = _READ_CACHE
atexit.register(shutil.rmtree, _READ_CACHE, ignore_errors=True)
