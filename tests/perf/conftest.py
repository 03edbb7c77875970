"""A small generated organization shared by the perf tests (generating and analyzing it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sample_data.generator import generate

SMALL_POSTS = 300


@pytest.fixture(scope="session")
def small_org(tmp_path_factory: pytest.TempPathFactory) -> Path:
    org = tmp_path_factory.mktemp("perf-org")
    generate(org, posts=SMALL_POSTS, seed=11)
    return org
