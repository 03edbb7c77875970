"""Builders of tiny hand-made tables for the features tests (as fixtures, so no imports)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

from signals.ground.schemas import POSTS, ROSTER, STAFF_POSTS

POST_DEFAULTS: dict[str, Any] = {
    "platform": "x",
    "reply_to_id": None,
    "reply_to_account": None,
    "parent_created_at": None,
    "thread_id": None,
    "kind": "post",
    "edited": False,
    "lang": None,
    "source": "test.jsonl",
    "text": "",
}
ROSTER_DEFAULTS: dict[str, Any] = {
    "display_name": None,
    "platform": "",
    "account": None,
    "signature": "",
    "team": "",
    "timezone": "UTC",
    "work_hours": "09:00-17:00",
    "workdays": "Mon-Fri",
    "consent": True,
}


def build_posts(rows: list[dict[str, Any]], *, staff: bool = False) -> pd.DataFrame:
    """A posts frame (or, with staff=True, a staff posts frame) from partial rows.

    Times are ISO strings in UTC. Rows of a posts frame keep `person_id` when given (the
    optional extra column of all_posts).
    """
    table = STAFF_POSTS if staff else POSTS
    full = [{**POST_DEFAULTS, **row} for row in rows]
    columns = table.names if staff else [*table.names, "person_id"]
    frame = pd.DataFrame(full, columns=columns).astype({"person_id": object})
    for col in ("created_at", "parent_created_at"):
        frame[col] = pd.to_datetime(frame[col], utc=True)
    frame["edited"] = frame["edited"].astype(bool)
    return frame


def build_roster(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A roster frame; schedule defaults are UTC, 09:00-17:00, Mon-Fri, consent true."""
    return pd.DataFrame([{**ROSTER_DEFAULTS, **row} for row in rows], columns=ROSTER.names)


def split(rows: list[dict[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(staff_posts, all_posts) from rows; staff rows are those with a person_id."""
    return build_posts([r for r in rows if r.get("person_id")], staff=True), build_posts(rows)


@pytest.fixture
def make_posts() -> Callable[..., pd.DataFrame]:
    return build_posts


@pytest.fixture
def make_roster() -> Callable[..., pd.DataFrame]:
    return build_roster


@pytest.fixture
def split_posts() -> Callable[..., tuple[pd.DataFrame, pd.DataFrame]]:
    return split
