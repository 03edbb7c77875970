"""Imported last by the forkserver of every worker pool (signals.execution.workers.WorkerPool),
after the modules the pool's work preloads.

It makes the server prepare our workers without the caller's `__main__`
(signals.execution.worker_start): a script calling `signals.analyze` needs no `__main__`
guard. And it moves everything loaded so far out of the cyclic collector's reach, so a
worker's collections do not write to (and so copy) the pages it shares with the server.
"""

from __future__ import annotations

import gc

from signals.execution.worker_start import leave_callers_main_alone

leave_callers_main_alone()
gc.freeze()
