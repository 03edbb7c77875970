"""A small generated organization shared by the perf tests, and its outputs of a plain run
(generating and analyzing it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from perf.runs import OUTPUT_FILES, run_outputs
from sample_data.generator import generate

SMALL_POSTS = 300


@pytest.fixture(scope="session")
def small_org(tmp_path_factory: pytest.TempPathFactory) -> Path:
    org = tmp_path_factory.mktemp("perf-org")
    generate(org, posts=SMALL_POSTS, seed=11)
    return org


@pytest.fixture(scope="session")
def plain(small_org: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """OUTPUT_FILES of `small_org` run in this process (jobs 1, no caches): what the other ways
    of running it must give."""
    return run_outputs(small_org, tmp_path_factory.mktemp("plain"), names=OUTPUT_FILES, jobs=1)
