"""Imported once by the forkserver that starts the per-text workers (WORKER_PRELOAD of
features.summaries, given to signals.execution.workers.WorkerPool by the pipeline).

Importing this module loads what every worker needs and would otherwise load for itself:
the compiled lexicons, VADER's lexicon, the word-frequency and hyphenation tables (through one
analyzed sentence) and the language model. Workers are forked from the server afterwards and
start with all of it, instead of spending a few seconds each loading it. Only pure, cached
loaders run here; no result depends on whether they ran.
"""

from __future__ import annotations

from features.columnar.engine import analyze
from features.language import load_detector

analyze(
    ["Thanks for waiting, we're sorry the form broke - it's fixed now!"],
    detect=[False],
    always=[True],
    mission_terms=(),
)
load_detector()
