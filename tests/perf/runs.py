"""Whole runs of a generated organization for the perf tests, their output files as bytes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from signals import pipeline
from signals.bench import export_paths
from signals.outputs import write_outputs

# the output files the perf tests compare between runs
OUTPUT_FILES = (
    "scores.csv", "evidence.csv", "person_features.csv", "replies.csv", "rejects.csv", "report.html"
)


def run_outputs(
    org: Path, out: Path, *, names: Iterable[str], exports: list[Path] | None = None, **options: Any
) -> dict[str, bytes]:
    """`signals run` of `org` (all its exports unless `exports`, bootstrap 3) into `out`: the
    bytes of the output files `names`."""
    result = pipeline.analyze(
        exports or export_paths(org), roster=org / "roster.csv", org=org / "org.json", bootstrap=3, **options
    )
    write_outputs(result, out)
    return {name: (out / name).read_bytes() for name in names}
