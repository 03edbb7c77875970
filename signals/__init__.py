"""staff-signals: evidence-backed signals of social-media-lead traits in staff exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from signals.ground.version import __version__

__all__ = ["__version__", "analyze"]

if TYPE_CHECKING:
    from signals.pipeline import RunResult


def analyze(paths: Any, **options: Any) -> RunResult:
    """Run the batch on export paths and return every table as DataFrames (see signals.pipeline.analyze)."""
    from signals.pipeline import analyze as run_pipeline

    return run_pipeline(paths, **options)
