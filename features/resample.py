"""Person features of many bootstrap replicates at once, from resampling counts.

A bootstrap replicate draws, within each person, as many posts (and replies) as the person
has, with replacement. Every person feature of a replicate is a reduction over the drawn
rows — sums, NaN-skipping means, a standard deviation, first and last times, medians and a
quantile — so a replicate is fully described by how many times each row was drawn. Here a
block of replicates is a count matrix (replicates × rows) and each reduction is a matrix
product per person (or a weighted order statistic), instead of one pandas group-by per
replicate: the same features, about a hundred times faster. The reductions feed the same
`*_from_stats` functions as the full-sample aggregation (features.aggregate), so the two
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from features.aggregate import (
    ACTIVITY_SHARES,
    REPLY_SHARES,
    WRITING_MEANS,
    WRITING_SUMS,
    activity_from_stats,
    assemble_person_features,
    reply_frame,
    responsiveness_from_stats,
    writing_frame,
    writing_from_stats,
)
from features.registry import N_WORDS, TONE_COMPOUND

# counts (replicates x rows) reduced together in _weighted_sums: a slice and its products
# fit in a core's cache
SUM_SLICE_CELLS = 131_072


@dataclass(frozen=True)
class _Groups:
    """Rows ordered so that each person's rows are contiguous: person i owns order[starts[i]:ends[i]]."""

    persons: list[str]
    order: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    @classmethod
    def of(cls, person_ids: Sequence[str] | np.ndarray, *, within: np.ndarray | None = None) -> _Groups:
        """Group rows by person; `within` sorts each person's rows by that key (stable)."""
        codes, uniques = pd.factorize(np.asarray(person_ids, dtype=object), sort=True)
        keys = [codes] if within is None else [within, codes]
        order = np.lexsort(keys) if within is not None else np.argsort(codes, kind="stable")
        sorted_codes = codes[order]
        starts = np.searchsorted(sorted_codes, np.arange(len(uniques)), side="left")
        ends = np.searchsorted(sorted_codes, np.arange(len(uniques)), side="right")
        return cls([str(u) for u in uniques], order, starts, ends)


def _weighted_sums(block: np.ndarray, filled: np.ndarray, groups: _Groups) -> np.ndarray:
    """(replicates, persons, columns): per person, Σ count × value.

    `block` (counts) and `filled` (values, NaN as 0) are both in `groups.order` already, so
    a block of counts is reordered once, not once per reduction. Exact products summed by
    numpy's reduction, one column at a time, rather than a BLAS matrix product: BLAS kernels
    may add in an order that depends on memory alignment and on the block's shape, and the
    replicates must not change from run to run.

    The rows are taken a few thousand at a time, cut at person boundaries, and every column
    is reduced over one such slice before the next: the slice of counts stays in the
    processor's cache for all columns, where one product per column over the whole block
    streamed it from memory once per column. Each person's sum covers the same rows in the
    same order either way, so the sums are the same to the bit.
    """
    n_persons = len(groups.persons)
    out = np.zeros((block.shape[0], n_persons, filled.shape[1]))
    rows_per_slice = max(1, SUM_SLICE_CELLS // max(1, block.shape[0]))
    first = 0
    while first < n_persons:
        # the persons whose rows end within rows_per_slice of this one's start (at least one)
        reach = groups.starts[first] + rows_per_slice
        stop = max(first + 1, int(np.searchsorted(groups.ends, reach, side="right")))
        lo, hi = int(groups.starts[first]), int(groups.ends[stop - 1])
        counts = block[:, lo:hi]
        products = np.empty(counts.shape)
        at = groups.starts[first:stop] - lo
        for j in range(filled.shape[1]):
            np.multiply(counts, filled[lo:hi, j], out=products)
            out[:, first:stop, j] = np.add.reduceat(products, at, axis=1)
        first = stop
    return out


def _weighted_quantiles(
    block: np.ndarray, values: np.ndarray, groups: _Groups, qs: tuple[float, ...]
) -> list[np.ndarray]:
    """(replicates, persons) for each q of `qs`: the q-quantile (linear interpolation, as
    pandas) of the drawn values, all persons at once.

    `groups` must order each person's rows by value, NaN last (NaN rows are skipped);
    `block` holds the counts in that order, `values` are in their own.

    The value at expanded rank k of a person is their first value whose running count
    exceeds k. The running counts of every person are one cumulative sum along each
    replicate's row, less what came before the person's rows (NaN rows, last in each person,
    are beyond the rows looked at): whole counts, so the differences are exact and the picks
    are those of a sum per person.
    """
    outs = [np.full((block.shape[0], len(groups.persons)), np.nan) for _ in qs]
    ordered = values[groups.order]
    present = ~np.isnan(ordered)
    seen = np.concatenate([[0], np.cumsum(present)])
    n_present = seen[groups.ends] - seen[groups.starts]  # NaN last: the values are a prefix
    who = np.flatnonzero(n_present > 0)
    if not len(who):
        return outs
    first, n = groups.starts[who], n_present[who]
    running = np.cumsum(block, axis=1)
    before = np.concatenate([np.zeros((len(running), 1)), running], axis=1)
    base, total = before[:, first], before[:, first + n] - before[:, first]
    at_most = _counts_at_most(running, base, first, n)
    for out, q in zip(outs, qs, strict=True):
        h = (total - 1) * q
        lo = np.floor(h)
        # the value holding expanded rank k is the first with running count > k
        lo_at = at_most(lo)
        hi_at = at_most(np.minimum(lo + 1, total - 1))
        lo_v, hi_v = ordered[first + np.minimum(lo_at, n - 1)], ordered[first + np.minimum(hi_at, n - 1)]
        frac = h - lo
        with np.errstate(invalid="ignore"):
            # pandas: the mean of the two middle values for a median, linear interpolation otherwise
            between = 0.5 * (lo_v + hi_v) if q == 0.5 else lo_v + (hi_v - lo_v) * frac
        out[:, who] = np.where(total > 0, np.where(frac == 0, lo_v, between), np.nan)
    return outs


def _counts_at_most(
    running: np.ndarray, base: np.ndarray, first: np.ndarray, n: np.ndarray
) -> Callable[[np.ndarray], np.ndarray]:
    """A function giving, for bounds x (replicates, persons), how many of each person's `n`
    rows from `first` on have a running count (`running` less the person's `base`) <= x:
    what comparing every entry gives, by one binary search per bound.

    The rows of `running` (nondecreasing whole counts) laid end to end, row r shifted up by r
    times (the largest running count plus 2), are one sorted array; a bound (at least the
    person's base less 1) shifted like its row falls within that row's stretch, and the
    entries <= it there are a prefix of the row, clipped to the person's rows.
    """
    n_reps, width = running.shape
    shift = (float(running.max(initial=0.0)) + 2.0) * np.arange(n_reps)
    flat = (running + shift[:, None]).ravel()
    row_start = (width * np.arange(n_reps))[:, None]

    def at_most(bound: np.ndarray) -> np.ndarray:
        prefix = np.searchsorted(flat, (bound + base + shift[:, None]).ravel(), side="right")
        return np.clip(prefix.reshape(bound.shape) - row_start - first, 0, n)

    return at_most


@dataclass(frozen=True)
class ReplicateInputs:
    """What every replicate of one extract result shares, prepared once.

    Rows are those of the `staff_posts` frame given to `features.extract` (posts) and of
    `result.replies` (replies), in their own order: count matrices index them.
    """

    persons: list[str]
    posts: _Groups
    # in posts.order: writing_frame columns (NaN as 0; zero rows for posts that are not own
    # writing); which rows of the WRITING_MEANS columns are present, each distinct pattern once
    # (`present`, bool: a million posts' matrix in an eighth of the memory; counts times True
    # are the same floats) and the pattern of each of those columns (`present_of`): most
    # columns are present on the same posts, so most of their weighted sums would be the
    # same sums again; the tone compound squared, the ACTIVITY_SHARES flags
    writing: np.ndarray
    present: np.ndarray
    present_of: np.ndarray
    compound_squared: np.ndarray
    is_writing: np.ndarray
    flags: np.ndarray
    times: pd.Series  # created_at, positional
    replies: _Groups
    reply_values: np.ndarray  # reply_frame columns, positional (the quantiles order them their own way)
    reply_filled: np.ndarray  # its REPLY_SHARES columns in replies.order, NaN as 0
    by_latency: _Groups
    by_business_latency: _Groups
    full: pd.DataFrame  # the full-sample features replicates keep, indexed by person

    def row_orders(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The row orders of OrderedCounts: positions of posts, then of replies (three ways)."""
        return (self.posts.order, self.replies.order, self.by_latency.order, self.by_business_latency.order)

    @classmethod
    def of(
        cls,
        *,
        post_features: pd.DataFrame,
        person_features_: pd.DataFrame,
        replies: pd.DataFrame,
        staff_posts: pd.DataFrame,
        keep_full: Sequence[str],
    ) -> ReplicateInputs:
        """From the tables of an extract result and the staff posts given to it."""
        at = pd.Index(post_features["post_id"]).get_indexer(staff_posts["post_id"])
        if (at < 0).any():
            raise ValueError(
                "staff_posts has posts that are not in result.post_features; pass the frame given to extract"
            )
        person = staff_posts["person_id"].to_numpy(dtype=object)
        times = staff_posts["created_at"].reset_index(drop=True)
        posts = _Groups.of(person, within=pd.DatetimeIndex(times).asi8)
        take = at[posts.order]  # the post_features row of each post, in posts.order
        is_writing = post_features[N_WORDS].notna().to_numpy()[take]
        ordered = _writing_matrix(post_features, take)
        ordered[~is_writing] = np.nan
        compound = ordered[:, len(WRITING_SUMS) + WRITING_MEANS.index(TONE_COMPOUND)]
        compound_squared = np.nan_to_num(compound**2, nan=0.0)[:, None]
        present, present_of = _distinct_columns(~np.isnan(ordered[:, len(WRITING_SUMS) :]))
        values = reply_frame(replies).to_numpy(dtype=float)
        reply_person = replies["person_id"].to_numpy(dtype=object)
        replies_by_person = _Groups.of(reply_person)

        def by(column: int) -> _Groups:
            # NaN sorts last within each person
            return _Groups.of(
                reply_person, within=np.where(np.isnan(values[:, column]), np.inf, values[:, column])
            )

        return cls(
            persons=list(person_features_["person_id"].astype(str)),
            posts=posts,
            writing=np.nan_to_num(ordered, copy=False, nan=0.0),
            present=present,
            present_of=present_of,
            compound_squared=compound_squared,
            is_writing=is_writing,
            flags=np.asfortranarray(post_features[list(ACTIVITY_SHARES)].to_numpy(dtype=float)[take]),
            times=times,
            replies=replies_by_person,
            reply_values=values,
            reply_filled=np.asfortranarray(
                np.nan_to_num(values[replies_by_person.order, values.shape[1] - len(REPLY_SHARES) :], nan=0.0)
            ),
            by_latency=by(0),
            by_business_latency=by(1),
            full=person_features_.set_index("person_id")[list(keep_full)],
        )


def _distinct_columns(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct columns of a bool matrix (column-major), in order of first appearance, and
    for each column of `matrix` the position of its copy among them."""
    position: dict[bytes, int] = {}
    keep: list[int] = []
    of: list[int] = []
    for j, column in enumerate(matrix.T):
        key = np.packbits(column).tobytes()
        if key not in position:
            position[key] = len(keep)
            keep.append(j)
        of.append(position[key])
    return np.asfortranarray(matrix[:, keep]), np.array(of, dtype=np.intp)


def _writing_matrix(post_features: pd.DataFrame, take: np.ndarray) -> np.ndarray:
    """`writing_frame` of the rows `take` of `post_features` as a float matrix, filled one
    column at a time: the rows are not copied as a frame first (a million posts' frame, and
    its copy as a matrix, would be the bootstrap's peak memory)."""
    frame = writing_frame(post_features)
    out = np.empty((len(take), len(frame.columns)), order="F")  # columns contiguous (_weighted_sums)
    for j, column in enumerate(frame.columns):
        out[:, j] = frame[column].to_numpy(dtype=float)[take]
    return out


@dataclass(frozen=True)
class OrderedCounts:
    """How many times each row was drawn in a block of replicates (replicates × rows), in the
    row orders the reductions read (`ReplicateInputs.row_orders`): posts in `posts.order`,
    replies in `replies.order`, `by_latency.order` and `by_business_latency.order`.

    Drawing straight into these orders spares reordering whole count matrices, which at a
    million posts took longer than the sums over them."""

    posts: np.ndarray
    replies: np.ndarray
    by_latency: np.ndarray
    by_business_latency: np.ndarray


def aggregate_replicates(
    inputs: ReplicateInputs, *, post_counts: np.ndarray, reply_counts: np.ndarray
) -> list[pd.DataFrame]:
    """Person features (schemas.PERSON_FEATURES layout) of each replicate of a block.

    `post_counts` (replicates × staff posts) and `reply_counts` (replicates × replies) say
    how many times each row was drawn, rows in their own order.
    """
    post_counts = np.asarray(post_counts, dtype=float).reshape(-1, len(inputs.is_writing))
    reply_counts = np.asarray(reply_counts, dtype=float).reshape(post_counts.shape[0], -1)
    posts, *reply_orders = inputs.row_orders()
    return aggregate_ordered(
        inputs, OrderedCounts(post_counts[:, posts], *(reply_counts[:, order] for order in reply_orders))
    )


def aggregate_ordered(inputs: ReplicateInputs, counts: OrderedCounts) -> list[pd.DataFrame]:
    """Person features (schemas.PERSON_FEATURES layout) of each replicate of a block whose
    counts are already in the reductions' row orders."""
    g, r = inputs.posts, inputs.replies
    posts_block = counts.posts
    writing_block = posts_block * inputs.is_writing
    n_sums = len(WRITING_SUMS)
    sums = _weighted_sums(writing_block, inputs.writing, g)
    present = _weighted_sums(writing_block, inputs.present, g)[:, :, inputs.present_of]
    squares = _weighted_sums(writing_block, inputs.compound_squared, g)[:, :, 0]
    n_writing = _group_totals(writing_block, g)
    n_posts = _group_totals(posts_block, g)
    flag_sums = _weighted_sums(posts_block, inputs.flags, g)
    first, last = _first_last(posts_block, g)
    replies_block = counts.replies
    reply_sums = _weighted_sums(replies_block, inputs.reply_filled, r)
    n_replies = _group_totals(replies_block, r)
    medians, p90 = _weighted_quantiles(
        counts.by_latency, inputs.reply_values[:, 0], inputs.by_latency, (0.5, 0.9)
    )
    (business,) = _weighted_quantiles(
        counts.by_business_latency, inputs.reply_values[:, 1], inputs.by_business_latency, (0.5,)
    )

    n_reps = posts_block.shape[0]

    def rows(persons: list[str]) -> pd.MultiIndex:  # (replicate, person), replicate-major
        return pd.MultiIndex.from_product([range(n_reps), persons], names=["replicate", "person_id"])

    def flat(a: np.ndarray) -> np.ndarray:  # (replicates, persons[, columns]) -> rows
        return a.reshape(n_reps * a.shape[1], *a.shape[2:])

    at_posts, at_replies = rows(g.persons), rows(r.persons)
    mean_at = WRITING_MEANS.index(TONE_COMPOUND)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = flat(sums[:, :, n_sums:]) / flat(present)
        k = flat(present[:, :, mean_at])
        variance = np.where(k > 1, (flat(squares) - k * means[:, mean_at] ** 2) / (k - 1), np.nan)
        writing = writing_from_stats(
            n=pd.Series(flat(n_writing), index=at_posts),
            sums=pd.DataFrame(flat(sums[:, :, :n_sums]), index=at_posts, columns=list(WRITING_SUMS)),
            means=pd.DataFrame(means, index=at_posts, columns=list(WRITING_MEANS)),
            compound_std=pd.Series(np.sqrt(np.clip(variance, 0.0, None)), index=at_posts),
        )
        drawn = flat(n_posts) > 0
        activity = activity_from_stats(
            n=pd.Series(flat(n_posts), index=at_posts),
            first=pd.Series(inputs.times.take(flat(first)).array, index=at_posts).where(drawn),
            last=pd.Series(inputs.times.take(flat(last)).array, index=at_posts).where(drawn),
            shares=pd.DataFrame(
                flat(flag_sums) / flat(n_posts)[:, None], index=at_posts, columns=list(ACTIVITY_SHARES)
            ),
        )
        responsiveness = responsiveness_from_stats(
            n=pd.Series(flat(n_replies), index=at_replies),
            shares=pd.DataFrame(
                flat(reply_sums) / flat(n_replies)[:, None],
                index=at_replies,
                columns=list(REPLY_SHARES),
            ),
            median_latency=pd.Series(flat(medians), index=at_replies),
            p90_latency=pd.Series(flat(p90), index=at_replies),
            median_business_latency=pd.Series(flat(business), index=at_replies),
        )
    everyone = sorted(set(inputs.persons))
    full = inputs.full.reindex(everyone)
    repeated = pd.DataFrame(
        np.tile(full.to_numpy(dtype=float), (n_reps, 1)), index=rows(everyone), columns=full.columns
    )
    stacked = assemble_person_features(rows(everyone), [writing, activity, responsiveness, repeated])
    size = len(everyone)
    return [
        stacked.iloc[i * size : (i + 1) * size].reset_index(level="replicate", drop=True).reset_index()
        for i in range(n_reps)
    ]


def _group_totals(block: np.ndarray, groups: _Groups) -> np.ndarray:
    """(replicates, persons): per person, the number of rows drawn (`block` in groups.order)."""
    if not len(groups.persons):
        return np.zeros((block.shape[0], 0))
    return np.add.reduceat(block, groups.starts, axis=1)


def _first_last(block: np.ndarray, groups: _Groups) -> tuple[np.ndarray, np.ndarray]:
    """(replicates, persons) positions of each person's earliest and latest drawn post.

    `groups` orders each person's rows by time and `block` (counts) is in that order; a
    person with nothing drawn gets position 0 (callers mask it by the count).
    """
    first = np.zeros((block.shape[0], len(groups.persons)), dtype=np.int64)
    last = np.zeros_like(first)
    drawn = block > 0
    for i, (s, e) in enumerate(zip(groups.starts, groups.ends, strict=True)):
        if e == s:
            continue
        block = drawn[:, s:e]
        first[:, i] = groups.order[s + np.argmax(block, axis=1)]
        last[:, i] = groups.order[e - 1 - np.argmax(block[:, ::-1], axis=1)]
    return first, last
