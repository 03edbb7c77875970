"""How work runs, apart from what it computes: worker processes, a Dask cluster, tables that wait
on disk, memory handed back to the operating system.

Feature code sees one object of it, a `runner.Runner`, which `signals.pipeline.analyze` builds
once and hands to the features stage; it maps work over batches and knows nothing of pools.
This layer sits right above the ground (docs/architecture.md): it imports the ground only.
"""
