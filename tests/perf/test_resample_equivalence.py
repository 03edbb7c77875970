"""The fast bootstrap (resampling counts, matrix products) equals the plain pandas aggregation.

The plain path is the one `features.extract` uses on the full sample: rows drawn by position,
then `writing_features`, `activity_features` and `responsiveness_features` group-bys. Both
must give the same person features for the same draws (to floating-point rounding).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import features
from collectors import registry
from collectors.discovery import discover
from features.aggregate import (
    WRITING_MEANS,
    activity_features,
    person_features,
    responsiveness_features,
    writing_features,
)
from signals import identity, replicates
from signals.bench import export_paths


@pytest.fixture(scope="module")
def extracted(small_org: Path) -> tuple[pd.DataFrame, features.FeatureResult]:
    posts = registry.collect_many(discover(export_paths(small_org))).posts
    roster = identity.load_roster(small_org / "roster.csv")
    staff = identity.attribute(posts, roster).staff_posts
    # a shuffled frame: count matrices index its rows, whatever their order
    staff = staff.sample(frac=1.0, random_state=3).reset_index(drop=True)
    result = features.extract(staff, all_posts=posts, roster=roster, mission_terms=("transit",))
    return staff, result


def plain_replicate(
    result: features.FeatureResult, staff: pd.DataFrame, posts_at: np.ndarray, replies_at: np.ndarray
) -> pd.DataFrame:
    at = pd.Index(result.post_features["post_id"]).get_indexer(staff["post_id"])
    rows = result.post_features.iloc[at[posts_at]].reset_index(drop=True)
    rows["person_id"] = staff["person_id"].to_numpy()[posts_at]
    rows["created_at"] = staff["created_at"].iloc[posts_at].reset_index(drop=True)
    full = result.person_features.set_index("person_id")
    return person_features(
        list(full.index),
        [
            writing_features(rows[rows["humanness__n_words"].notna()]),
            activity_features(rows),
            responsiveness_features(
                result.replies.iloc[replies_at], pd.DataFrame(columns=["person_id", "latency_s"])
            ),
            full[list(features.FULL_SAMPLE_FEATURES)],
        ],
    )


def test_count_blocks_equal_plain_group_bys(extracted: tuple[pd.DataFrame, features.FeatureResult]) -> None:
    staff, result = extracted
    _assert_blocks_equal_plain(staff, result)


def test_columns_missing_on_different_posts(extracted: tuple[pd.DataFrame, features.FeatureResult]) -> None:
    # in the sample every mean column is present on the same posts, so their weighted counts
    # are computed once; here readability and tone are missing on posts of their own, and
    # each mean must still divide by its own count
    staff, result = extracted
    post_features = result.post_features.copy()
    rng = np.random.default_rng(8)
    modified = ["humanness__flesch_reading_ease", "humanness__fk_grade", "tone__compound"]
    for column, share in zip(modified, [0.2, 0.2, 0.1], strict=True):
        post_features.loc[rng.random(len(post_features)) < share, column] = np.nan
    changed = dataclasses.replace(result, post_features=post_features)
    inputs = features.replicate_inputs(changed, staff_posts=staff)
    pattern = dict(zip(WRITING_MEANS, inputs.present_of, strict=True))
    assert len({pattern[c] for c in [*modified, "humanness__question_share"]}) == 4
    _assert_blocks_equal_plain(staff, changed)


def test_distinct_columns() -> None:
    from features.resample import _distinct_columns

    a, b = [True, False, True], [False, False, True]
    matrix = np.array([a, b, a, a, b, [True, True, True]]).T
    distinct, of = _distinct_columns(matrix)
    assert distinct.T.tolist() == [a, b, [True, True, True]]
    assert of.tolist() == [0, 1, 0, 0, 1, 2]
    assert np.array_equal(distinct[:, of], matrix)


def resample_positions(groups: list[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    """The plain resample: table positions drawn within each person, as many as the person has."""
    if not groups:
        return np.array([], dtype=np.int64)
    return np.concatenate([g[rng.integers(0, len(g), size=len(g))] for g in groups])


def _group_positions(keys: pd.Series) -> list[np.ndarray]:
    """Each person's row positions in table order, people in sorted order (the plain resample's groups)."""
    codes, _ = pd.factorize(keys, sort=True)
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    return np.split(order, bounds) if len(order) else []


def test_draws_count_the_plain_resample_in_each_order(
    extracted: tuple[pd.DataFrame, features.FeatureResult],
) -> None:
    # the pipeline counts its draws straight into the reductions' row orders; they must be the
    # plain resample's counts (same generator, same seed) reordered, so the replicates are too
    staff, result = extracted
    inputs = features.replicate_inputs(result, staff_posts=staff)
    post_order, *reply_orders = inputs.row_orders()
    for ids, orders in [(staff["person_id"], [post_order]), (result.replies["person_id"], reply_orders)]:
        draws = replicates._Draws.of(ids, orders)
        fast_rng, plain_rng = np.random.default_rng(4), np.random.default_rng(4)
        for _ in range(3):
            counts = np.zeros((len(orders), len(ids)))
            draws.count(fast_rng, into=counts)
            drawn = resample_positions(_group_positions(ids), plain_rng)
            plain = np.bincount(drawn, minlength=len(ids))
            for got, order in zip(counts, orders, strict=True):
                assert np.array_equal(got, plain[order])
            assert counts.sum() == len(ids) * len(orders)


def _assert_blocks_equal_plain(staff: pd.DataFrame, result: features.FeatureResult) -> None:
    assert len(result.replies) > 10 and staff["person_id"].nunique() > 3
    rng = np.random.default_rng(5)
    post_groups = _group_positions(staff["person_id"])
    reply_groups = _group_positions(result.replies["person_id"])
    draws = [(resample_positions(post_groups, rng), resample_positions(reply_groups, rng)) for _ in range(12)]
    # odd and even reply counts, and a person whose replies are not drawn at all
    draws.append((np.arange(len(staff)), np.arange(len(result.replies) - 1)))
    inputs = features.replicate_inputs(result, staff_posts=staff)
    fast = features.aggregate_replicates(
        inputs,
        post_counts=np.stack([np.bincount(p, minlength=len(staff)) for p, _ in draws]),
        reply_counts=np.stack([np.bincount(r, minlength=len(result.replies)) for _, r in draws]),
    )
    for (posts_at, replies_at), got in zip(draws, fast, strict=True):
        expected = plain_replicate(result, staff, posts_at, replies_at)
        pd.testing.assert_frame_equal(got, expected, check_exact=False, rtol=1e-9, atol=1e-9)
    # the replicates differ from each other (the draws matter)
    assert not fast[0].equals(fast[1])


@pytest.mark.parametrize("slice_cells", [1, 7, 1_000, 10_000_000])
def test_weighted_sums_do_not_depend_on_the_slices(monkeypatch: pytest.MonkeyPatch, slice_cells: int) -> None:
    # rows are reduced a slice at a time, cut at person boundaries; every person's sums must be
    # those of one reduction over the whole block, to the bit, whatever the slices (one person
    # per slice, a person larger than a slice, everything in one)
    from features import resample

    rng = np.random.default_rng(3)
    persons = np.sort(rng.choice(["ana", "bo", "cy", "di", "ed"], size=300, p=[0.5, 0.2, 0.2, 0.05, 0.05]))
    groups = resample._Groups.of(persons)
    values = np.asfortranarray(rng.normal(size=(300, 4)) * 10.0 ** rng.integers(-8, 8, size=(300, 4)))
    counts = rng.integers(0, 4, size=(6, 300)).astype(float)
    monkeypatch.setattr(resample, "SUM_SLICE_CELLS", slice_cells)
    got = resample._weighted_sums(counts, values, groups)
    for j in range(values.shape[1]):
        whole = np.add.reduceat(counts * values[:, j], groups.starts, axis=1)
        assert np.array_equal(got[:, :, j], whole)
        plain = [
            [(counts[r, s:e] * values[s:e, j]).sum() for s, e in zip(groups.starts, groups.ends, strict=True)]
            for r in range(6)
        ]
        np.testing.assert_allclose(got[:, :, j], plain, rtol=1e-12)


@pytest.mark.parametrize("seed", range(6))
def test_counts_at_most_equal_comparing_every_entry(seed: int) -> None:
    from features.resample import _counts_at_most

    rng = np.random.default_rng(seed)
    sizes = rng.integers(0, 6, size=5 + seed)  # persons' rows, some with none
    counts = rng.integers(0, 3, size=(40, int(sizes.sum()))).astype(float)
    counts[::5] = 0.0  # replicates that drew none of these rows
    first = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    running = np.cumsum(counts, axis=1)
    before = np.concatenate([np.zeros((40, 1)), running], axis=1)
    base, total = before[:, first], before[:, first + sizes] - before[:, first]
    at_most = _counts_at_most(running, base, first, sizes)
    for bound in [np.full(total.shape, -1.0), np.floor(total * 0.5), total - 1, total]:
        expected = np.zeros(total.shape, dtype=int)
        for i, (start, size) in enumerate(zip(first, sizes, strict=True)):
            own = np.cumsum(counts[:, start : start + size], axis=1)  # this person's alone
            expected[:, i] = (own <= bound[:, i : i + 1]).sum(axis=1)
        assert np.array_equal(at_most(bound), expected)


@pytest.mark.parametrize("seed", range(4))
def test_weighted_quantiles_pick_the_expanded_values_exactly(seed: int) -> None:
    from features.resample import _Groups, _weighted_quantiles

    rng = np.random.default_rng(seed)
    n_rows = 60
    persons = rng.choice(["ana", "bob", "cy", "dee"], size=n_rows)
    values = np.round(rng.exponential(500.0, size=n_rows), 1)
    values[rng.random(n_rows) < 0.2] = np.nan  # replies without a latency
    values[persons == "dee"] = np.nan  # a person with none at all
    key = np.where(np.isnan(values), np.inf, values)
    groups = _Groups.of(persons, within=key)
    block = rng.integers(0, 3, size=(7, n_rows)).astype(float)
    block[2] = 0.0  # a replicate that drew nothing
    qs = (0.5, 0.9)
    got = _weighted_quantiles(block, values, groups, qs)
    ordered = values[groups.order]
    for r in range(block.shape[0]):
        for i, (start, end) in enumerate(zip(groups.starts, groups.ends, strict=True)):
            drawn = np.repeat(ordered[start:end], block[r, start:end].astype(int))
            drawn = np.sort(drawn[~np.isnan(drawn)])
            for q, out in zip(qs, got, strict=True):
                if not len(drawn):
                    assert np.isnan(out[r, i])
                    continue
                h = (len(drawn) - 1) * q
                lo, frac = int(np.floor(h)), h - np.floor(h)
                low, high = drawn[lo], drawn[min(lo + 1, len(drawn) - 1)]
                between = 0.5 * (low + high) if q == 0.5 else low + (high - low) * frac
                assert out[r, i] == (low if frac == 0 else between)
                if q == 0.5:
                    assert out[r, i] == pd.Series(drawn).median()
