"""Test-wide setup.

The tests run against the installed package (site-packages comes first on sys.path); the
repository root is appended last only so that repo tools that are not part of the
distribution, such as `validation/`, can be imported by their tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = str(Path(__file__).resolve().parents[1])
if REPO_ROOT not in sys.path:
    sys.path.append(REPO_ROOT)
