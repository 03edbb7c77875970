"""Deterministic generator of a fictional organization's staff exports, roster and ratings.

`generate(out_dir, posts=15000, seed=20261125)` writes X and Mastodon archives, a Slack workspace
export and a shared social-inbox log whose writing and timing follow each person's designed latent
trait levels, plus `roster.csv`, `ratings.csv`, `latent_traits.csv` and `org.json`. See
sample_data/README.md for the organization and its designed contrasts.
"""

from __future__ import annotations

from sample_data.generator.core import DEFAULT_POSTS, DEFAULT_SEED, GenerationSummary, generate

__all__ = ["DEFAULT_POSTS", "DEFAULT_SEED", "GenerationSummary", "generate"]
