"""Helpers of the label-round tests: read a label file; what a sampler imports beyond the standard library."""

from __future__ import annotations

import ast
import csv
import sys
from pathlib import Path
from types import ModuleType


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one label or sample file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def imports_outside_stdlib(module: ModuleType) -> set[str]:
    """The modules a module's source imports that are not of the standard library."""
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    standard = set(sys.stdlib_module_names) | {"__future__"}
    return {name for name in imported if name.split(".")[0] not in standard}
