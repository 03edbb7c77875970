"""The Ledger turns its posts into typed arrays every `chunk_posts` posts, then sorts the chunks
into one table: whatever the chunk size, the posts table, its dtypes and the account per file
are those of building it in one piece, and the rows are in (created_at, post_id) order as
Python compares them (code points, also for ids outside ASCII)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from collectors.base import Collection, Ledger, merge

IDS = ["a", "b", "Z", "é", "ä", "日本", "x1", "x10", "x2", "ß", "\U0001f600", "A"]


def _collect(chunk: int, seed: int) -> Collection:
    """A ledger fed posts with ties in time, duplicates, missing values and mixed ids."""
    rng = random.Random(seed)
    ledger = Ledger("test", chunk_posts=chunk)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(300):
        file = f"f{n % 3}.json"
        ledger.read(file)
        post_id = f"{rng.choice(IDS)}{rng.randrange(60)}"
        # parent times only in the second half: some chunks have none at all
        parent = start + timedelta(seconds=rng.randrange(50)) if n > 150 and n % 2 else None
        ledger.post(
            file,
            f"[{n}]",
            post_id=post_id,
            platform="x",
            account=rng.choice(["ann", "bo"]),
            created_at=start + timedelta(minutes=rng.randrange(40), microseconds=rng.randrange(3)),
            text=rng.choice(["hi", "", "日本語 text", "a\nb"]),
            kind="post",
            reply_to_id=rng.choice([None, "p1", 12345678901234567890]),  # type: ignore[arg-type]
            reply_to_account=rng.choice([None, "cy"]),
            parent_created_at=parent,
            thread_id=rng.choice([None, "t"]),
            edited=rng.random() < 0.3,
            lang=rng.choice([None, "en"]),
        )
    return ledger.finish()


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("chunk", [1, 7, 64, 299])
def test_chunks_give_the_table_of_one_piece(chunk: int, seed: int) -> None:
    whole, chunked = _collect(10**6, seed), _collect(chunk, seed)
    pd.testing.assert_frame_equal(chunked.posts, whole.posts, check_exact=True)
    pd.testing.assert_frame_equal(chunked.sources, whole.sources, check_exact=True)
    assert list(chunked.posts.dtypes) == list(whole.posts.dtypes)


@pytest.mark.parametrize("chunk", [5, 10**6])
def test_rows_in_time_then_python_id_order(chunk: int) -> None:
    posts = _collect(chunk, seed=11).posts
    keys = list(zip(posts["created_at"], posts["post_id"], strict=True))
    assert keys == sorted(keys)
    assert posts["post_id"].is_unique
    assert set(posts["reply_to_id"].dropna()) == {"p1", "12345678901234567890"}  # ids as str


def test_duplicates_are_excluded_across_chunks() -> None:
    ledger = Ledger("test", chunk_posts=2)
    when = datetime(2024, 1, 1, tzinfo=UTC)
    for n, post_id in enumerate(["a", "b", "c", "a", "d", "b"]):
        ledger.read("f")
        ledger.post(
            "f",
            f"[{n}]",
            post_id=post_id,
            platform="x",
            account="ann",
            created_at=when,
            text="t",
            kind="post",
        )
    c = ledger.finish()
    assert list(c.posts["post_id"]) == ["a", "b", "c", "d"]
    assert list(c.posts["source"]) == ["f#[0]", "f#[1]", "f#[2]", "f#[4]"]
    assert c.sources.loc[0, ["records_read", "posts", "excluded"]].tolist() == [6, 4, 2]


@pytest.mark.parametrize("seed", range(3))
def test_merged_parts_in_time_then_python_id_order(seed: int) -> None:
    # parts read from different exports interleave in time and tie on it; merge puts the rows
    # in the order pandas' two-column sort gives, dropping ids an earlier part had
    parts = [_collect(chunk, seed=seed * 10 + i) for i, chunk in enumerate([7, 10**6, 3])]
    merged = merge(parts)
    expected = (
        pd.concat(parts_without_earlier_ids(parts), ignore_index=True)
        .sort_values(["created_at", "post_id"], kind="stable")
        .reset_index(drop=True)
    )
    assert merged.posts["post_id"].is_unique and len(merged.posts) == len(expected)
    pd.testing.assert_frame_equal(merged.posts, expected, check_exact=True)


def parts_without_earlier_ids(parts: list[Collection]) -> list[pd.DataFrame]:
    seen: set[str] = set()
    kept = []
    for part in parts:
        posts = part.posts[~part.posts["post_id"].isin(seen)]
        seen |= set(part.posts["post_id"])
        kept.append(posts)
    return kept
