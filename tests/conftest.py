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

import pytest

REPO_ROOT = str(Path(__file__).resolve().parents[1])
if REPO_ROOT not in sys.path:
    sys.path.append(REPO_ROOT)

# `signals run` keeps read exports in the user's cache folder: tests (and the CLI runs they
# start) keep theirs in a folder of their own, removed at the end
_READ_CACHE = tempfile.mkdtemp(prefix="signals-tests-cache-")
os.environ["SIGNALS_CACHE_DIR"] = _READ_CACHE
atexit.register(shutil.rmtree, _READ_CACHE, ignore_errors=True)


SAMPLE_EXPORTS = Path(REPO_ROOT) / "sample_data" / "riverton" / "exports"


@pytest.fixture(scope="session")
def sample_export_names() -> set[str]:
    """The committed sample's exports, counted from its folder rather than by the tool, as
    paths under `exports/`: a folder with a Slack workspace's `channels.json` is one export,
    any other folder holds one export per entry (archive folder, zip, tar.gz, CSV)."""
    found = set()
    for child in sorted(SAMPLE_EXPORTS.iterdir()):
        if (child / "channels.json").is_file():
            found.add(child.name)
        else:
            found.update(f"{child.name}/{entry.name}" for entry in child.iterdir())
    return found
