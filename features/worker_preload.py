"""Imported once by the forkserver that starts the per-text workers (features.posts.WorkerPool).

Importing this module loads what every worker needs and would otherwise load for itself:
the compiled lexicons, VADER's lexicon, the word-frequency and hyphenation tables (through one
analyzed sentence) and the language model. Workers are forked from the server afterwards and
start with all of it, instead of spending a few seconds each loading it. Only pure, cached
loaders run here; no result depends on whether they ran.

It also makes the server prepare our workers without the caller's `__main__`
(features.worker_start): a script calling `signals.analyze` needs no `__main__` guard.
"""

from __future__ import annotations

import gc

from features.columnar.engine import analyze
from features.language import load_detector
from features.worker_start import leave_callers_main_alone

leave_callers_main_alone()

analyze(
    ["Thanks for waiting, we're sorry the form broke - it's fixed now!"],
    detect=[False],
    always=[True],
    mission_terms=(),
)
load_detector()
# Everything loaded so far lives as long as the server: moved out of the cyclic collector's
# reach, so a worker's collections do not write to (and so copy) the pages it shares with the
# server.
gc.freeze()
