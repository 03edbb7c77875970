"""The score's scale: where a person stands on a trait among the people they are compared with.

Every model ends in a *standing* per (person, trait): a normal score, 0 at the comparison
group's middle. This module turns standings and their bootstrap replicates into the published
score, the same way for every model:

    SE²  = the variance of the person's standing over bootstrap replicates of their texts and
           replies, at least κ / n, where n counts their distinct texts (replies for
           `responsive`) and κ is the median of SE²·n over the cohort's people whose replicates
           vary (or, when larger, of (half₁ − half₂)²/4 · n, from each person's two split
           halves, which also see the features the bootstrap keeps fixed): a person whose texts
           all look alike is not measured more exactly than a typical colleague with as many
           texts;
    τ²   = the share of the standings' spread that is not noise: 1 − the mean SE² of the
           cohort (at least TAU2_MIN);
    λ    = τ² / (τ² + SE²), the share of the standing the evidence supports;
    μ    = λ · standing  (shrunk toward the middle as evidence gets thin);
    SE²₋, SE²₊ = the variance on each side of the standing: twice the mean over replicates of
           min(r − standing, 0)² (below) and of max(r − standing, 0)² (above), each at least
           κ / n;
    score = 100 · Φ(μ),  interval = 100 · Φ(μ − 1.645 · √(λ · SE²₋)) to
            100 · Φ(μ + 1.645 · √(λ · SE²₊)).

So the score is the estimated percentile of the person's standing among the people they are
compared with: the standings are normal scores of ranks in that group, so Φ(standing) is the
person's place in it (50 its middle, 84 one spread above), and thin evidence pulls it toward 50.
τ² only sets how far: it is not used to stretch a well-measured person beyond their place in the
group (in a cohort where most people have one or two posts τ² is small, and dividing by τ made
the few people with more posts look more extreme than their rank among everyone). The interval
is shown around the point by the rule above (the posterior of a normal model with a spread of
its own on each side), never widened to include it. The two sides matter at the group's ends:
the person ranked first cannot rank higher, so their replicates only move down, and so does
their score on fewer texts; a symmetric interval would hide that. When the replicates spread
evenly, both sides equal SE². Without replicates there is no SE: no shrinkage, no interval.

The default model's standings are normal scores of ranks (`RankScale`): of each feature's value
among the group's values, then of the trait's composite among the group's composites. A group of
m people places nobody beyond the normal score of 1 − 1/(2m), so no value, however extreme,
pins a score to 0 or 100, and no clip collapses an interval.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr, ndtri

INTERVAL = 0.90
Z_INTERVAL = float(ndtri(0.5 + INTERVAL / 2))  # 1.645 for a 90% interval
TAU2_MIN = 0.2  # true spread kept at least this share of the observed one
# κ when no row's replicates vary: one unit of evidence carries the variance of the whole spread
# of standings (1), so that a person is never measured exactly for lack of colleagues who vary
KAPPA_NOBODY_VARIES = 1.0
SAME_STANDING = 1e-9  # replicate standings closer than this are the same standing (rounding)


@dataclass(frozen=True)
class RankScale:
    """A feature's normal scores against a comparison group's values.

    The mid-rank percentile of a value among the group's m values (ties share their mid-rank),
    linear between the group's distinct values and flat beyond them, is turned into a normal
    score Φ⁻¹(p); p stays within [1/(2m), 1 − 1/(2m)], so no value, however extreme, gets an
    unbounded score, and a monotone transform of a feature (a log) changes nothing.
    """

    values: np.ndarray  # the group's distinct values, ascending
    percentiles: np.ndarray  # mid-rank percentile of each
    n: int  # people in the group with the feature

    @classmethod
    def of(cls, group_values: np.ndarray, *, min_people: int) -> RankScale | None:
        """The scale of a group's values; None with fewer than `min_people` or no spread."""
        present = np.asarray(group_values, dtype=float)
        present = present[~np.isnan(present)]
        m = present.size
        if m < min_people:
            return None
        distinct, counts = np.unique(present, return_counts=True)
        if distinct.size < 2:
            return None
        below = np.cumsum(counts) - counts
        percentiles = np.clip((below + counts / 2.0) / m, 0.5 / m, 1.0 - 0.5 / m)
        return cls(distinct, percentiles, m)

    def z(self, x: np.ndarray) -> np.ndarray:
        """Normal scores of values (NaN stays NaN)."""
        x = np.asarray(x, dtype=float)
        out = np.full(x.shape, np.nan)
        present = ~np.isnan(x)
        out[present] = ndtri(np.interp(x[present], self.values, self.percentiles))
        return out


def composite(z: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Per row, the weighted mean Σ wᵢzᵢ / Σ|wᵢ| over the features the row has (NaN: none).

    `z` is (people, features) with NaN where a person has no value; a negative weight makes a
    high value count against the trait.
    """
    present = ~np.isnan(z)
    weighted = np.where(present, z * weights, 0.0).sum(axis=1)
    mass = np.where(present, np.abs(weights), 0.0).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(mass > 0, weighted / mass, np.nan)


@dataclass(frozen=True)
class Scaled:
    """Scores of one trait for a cohort, with what was used to make them."""

    score: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    se: np.ndarray  # the standing's standard error (after the floor)
    shrink: np.ndarray  # λ per person
    tau2: float


@dataclass(frozen=True)
class StandingErrors:
    """Per row (person): SE² of the standing and the variance on each side of it, all floored."""

    se2: np.ndarray
    below: np.ndarray
    above: np.ndarray


def standard_errors(
    replicates: np.ndarray,
    units: np.ndarray,
    *,
    split: np.ndarray | None = None,
    point: np.ndarray | None = None,
) -> StandingErrors:
    """SE² of each row (person) of replicate standings, floored at κ / units, and its two sides.

    The side variances are twice the mean squared distance of the replicates below (above) the
    row's `point` standing (the replicates' mean when no point is given), floored like SE².

    κ is the variance one unit of evidence (a distinct text, a reply) carries for a typical
    person of this cohort: the median of (bootstrap variance × units) over the rows whose
    replicates vary (rows that do not vary are left out, or a cohort where most people show no
    apology at all would have no floor), or, when larger, the median of (split-half variance ×
    units) over the rows that have one (`split`: per row, (half₁ − half₂)² / 4). The split
    halves see noise the bootstrap cannot: features it keeps at their full-sample value, and
    texts that repeat.
    """
    with np.errstate(invalid="ignore"):
        counts = np.count_nonzero(~np.isnan(replicates), axis=1)
        variance = np.full(replicates.shape[0], np.nan)
        enough = counts >= 2
        if enough.any():
            rows = replicates[enough]
            spread = np.nanmax(rows, axis=1) - np.nanmin(rows, axis=1)
            # replicates that are all equal have no variance, also when they differ by rounding
            # (sums of the same values in another order): 1e-30 is not a typical variance
            variance[enough] = np.where(spread > SAME_STANDING, np.nanvar(rows, axis=1, ddof=1), 0.0)
    units = np.asarray(units, dtype=float)
    kappa = _per_unit_median(variance, units)
    if split is not None:
        kappa = float(np.fmax(kappa, _per_unit_median(np.asarray(split, dtype=float), units)))
    if math.isnan(kappa):  # nobody's standing varies (a cohort of one, a trait nobody shows)
        kappa = KAPPA_NOBODY_VARIES
    floor = np.where(units > 0, kappa / np.where(units > 0, units, 1.0), np.nan)
    below, above = _side_variances(replicates, point)
    return StandingErrors(np.fmax(variance, floor), np.fmax(below, floor), np.fmax(above, floor))


def _side_variances(replicates: np.ndarray, point: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Per row: 2 · mean of min(r − point, 0)² and of max(r − point, 0)² over its replicates."""
    with np.errstate(invalid="ignore"):
        center = np.nanmean(replicates, axis=1) if point is None else np.asarray(point, dtype=float)
        distance = replicates - center[:, None]
        # NaN replicates (a person without the feature in that draw) count on neither side
        below = 2.0 * np.nanmean(np.minimum(distance, 0.0) ** 2, axis=1)
        above = 2.0 * np.nanmean(np.maximum(distance, 0.0) ** 2, axis=1)
    missing = np.count_nonzero(~np.isnan(replicates), axis=1) < 2
    below[missing] = above[missing] = np.nan
    return below, above


def _per_unit_median(variance: np.ndarray, units: np.ndarray) -> float:
    """Median of variance × units over the rows where both are positive (NaN without any)."""
    per_unit = variance * units
    usable = (per_unit > 0) & (units > 0)
    return float(np.median(per_unit[usable])) if usable.any() else math.nan


def scale_scores(
    standing: np.ndarray,
    se2: np.ndarray | None,
    *,
    below: np.ndarray | None = None,
    above: np.ndarray | None = None,
) -> Scaled:
    """Scores, intervals and shrinkage of one trait from standings and their SE² (None: no
    bootstrap); `below` and `above` are the variances of each side of the interval (default SE²)."""
    standing = np.asarray(standing, dtype=float)
    if se2 is None:
        score = 100.0 * ndtr(standing)
        nan = np.full(standing.shape, np.nan)
        return Scaled(score, nan, nan, nan, np.ones(standing.shape), 1.0)
    se2 = np.asarray(se2, dtype=float)
    known = ~np.isnan(standing) & ~np.isnan(se2)
    mean_se2 = float(se2[known].mean()) if known.any() else 0.0
    tau2 = max(1.0 - mean_se2, TAU2_MIN)
    shrink = tau2 / (tau2 + se2)
    mu = shrink * standing
    down = Z_INTERVAL * np.sqrt(shrink * (se2 if below is None else np.asarray(below, dtype=float)))
    up = Z_INTERVAL * np.sqrt(shrink * (se2 if above is None else np.asarray(above, dtype=float)))
    return Scaled(
        score=100.0 * ndtr(mu),
        lower=100.0 * ndtr(mu - down),
        upper=100.0 * ndtr(mu + up),
        se=np.sqrt(se2),
        shrink=shrink,
        tau2=tau2,
    )


def spearman_brown(first: np.ndarray, second: np.ndarray, *, min_people: int) -> tuple[float, int]:
    """Split-half reliability: Spearman ρ of two halves' standings across people, Spearman–Brown
    corrected to the full length (2ρ / (1 + ρ)); NaN with fewer than `min_people` people in both."""
    a, b = np.asarray(first, dtype=float), np.asarray(second, dtype=float)
    both = ~np.isnan(a) & ~np.isnan(b)
    n = int(both.sum())
    if n < min_people:
        return math.nan, n
    ra, rb = _ranks(a[both]), _ranks(b[both])
    if ra.std() == 0 or rb.std() == 0:
        return math.nan, n
    rho = float(np.corrcoef(ra, rb)[0, 1])
    return (2 * rho / (1 + rho) if rho > -1 else -1.0), n


def _ranks(values: np.ndarray) -> np.ndarray:
    """Average ranks (ties share their mean rank)."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(values.size)
    ranks[order] = np.arange(values.size, dtype=float)
    distinct, inverse = np.unique(values, return_inverse=True)
    sums = np.bincount(inverse, weights=ranks)
    counts = np.bincount(inverse)
    return (sums / counts)[inverse]
