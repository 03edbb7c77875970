"""Finding the exports inside the paths a user gives.

A user may point at one export (an X archive folder, a Slack zip) or at a folder that holds
several (`exports/` with `x/<handle>/`, `mastodon/<user>.tar.gz`, `inbox/log.csv`). A folder
that is no export itself is searched, a few levels deep, for exports; anything inside it that
is neither an export nor a folder of exports stops the run with its name, so nothing given
is skipped silently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from collectors.registry import sniff
from signals.ground.errors import InputError, UnknownFormatError

log = logging.getLogger(__name__)

MAX_DEPTH = 3
IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def discover(paths: Iterable[str | Path], *, max_depth: int = MAX_DEPTH) -> list[Path]:
    """Every export path under `paths`, in a stable order, each one sniffed once."""
    found: list[Path] = []
    for path in paths:
        found.extend(_discover_one(Path(path), depth=0, max_depth=max_depth))
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in found:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique


def _discover_one(path: Path, *, depth: int, max_depth: int) -> list[Path]:
    if not path.exists():
        raise InputError("no such file or folder", path=path)
    try:
        sniff(path)
        return [path]
    except UnknownFormatError:
        if not path.is_dir() or depth >= max_depth:
            raise
    children = sorted(
        (c for c in path.iterdir() if c.name not in IGNORED_NAMES and not c.name.startswith(".")),
        key=lambda c: c.name,
    )
    if not children:
        raise UnknownFormatError("an empty folder, not an export", path=path)
    found: list[Path] = []
    for child in children:
        found.extend(_discover_one(child, depth=depth + 1, max_depth=max_depth))
    log.info("%s: found %d exports inside", path, len(found))
    return found
