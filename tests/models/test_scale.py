"""The score's scale (models.standing): bounded feature scores, the composite's own spread,
shrinkage by the evidence, honest intervals, split-half reliability."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.special import ndtr, ndtri

from models.default import DefaultModel
from models.scoring import EvidenceCounts, half_standings_of, split_half_reliability
from models.standing import (
    TAU2_MIN,
    Z_INTERVAL,
    RankScale,
    composite,
    scale_scores,
    spearman_brown,
    standard_errors,
)
from models.weights import load_weights, parse_weights
from tests.models.test_default_model import cohort


def test_rank_scale_is_bounded_monotone_and_shares_ties() -> None:
    values = np.array([0.0, 0.0, 0.0, 1.0, 2.0, 10.0, 1000.0])
    scale = RankScale.of(values, min_people=5)
    assert scale is not None
    z = scale.z(np.array([-5.0, 0.0, 0.5, 1.0, 2.0, 10.0, 1e9, np.nan]))
    bound = float(ndtri(1 - 0.5 / 7))
    assert np.nanmax(np.abs(z)) <= bound + 1e-12
    assert z[0] == z[1]  # below the group: flat at the lowest value's mid-rank (0.5 * 3 / 7)
    assert z[1] == pytest.approx(float(ndtri(1.5 / 7)))
    assert np.all(np.diff(z[1:7]) > 0)
    assert z[6] == pytest.approx(bound)  # an outlier is only the top of the group
    assert math.isnan(z[7])
    assert RankScale.of(values[:4], min_people=5) is None  # too few people
    assert RankScale.of(np.zeros(9), min_people=5) is None  # no spread


def test_correlated_features_do_not_add_up_as_if_independent() -> None:
    frame = cohort(30, seed=3)
    one = parse_weights(_weights_with({"humble": [("humility__apology_own_rate", 1.0)]}))
    twice = parse_weights(_weights_with({"humble": [("humility__apology_own_rate", 1.0),
                                                    ("humility__apology_own_rate", 1.0)]}))
    empty = pd.DataFrame()
    a = DefaultModel(weights=one, reference_people=empty).fit(frame).standings(frame)
    b = DefaultModel(weights=twice, reference_people=empty).fit(frame).standings(frame)
    humble_a = a[a["trait"] == "humble"]["standing"].to_numpy()
    humble_b = b[b["trait"] == "humble"]["standing"].to_numpy()
    np.testing.assert_allclose(humble_a, humble_b)  # Σwz/√Σw² would have multiplied these by √2
    # the composite placed by its own rank: the 30 people's standings are the normal scores of ranks
    np.testing.assert_allclose(np.sort(humble_a), ndtri((np.arange(30) + 0.5) / 30))


def _weights_with(traits: dict[str, list[tuple[str, float]]]) -> dict[str, object]:
    base = load_weights()
    raw_traits = {}
    for trait, spec in base.traits.items():
        features = traits.get(trait, [(f.feature, f.weight) for f in spec.features])
        raw_traits[trait] = {
            "evidence_basis": spec.evidence_basis,
            "features": [{"feature": f, "weight": w, "rationale": "test"} for f, w in features],
        }
    return {"schema_version": 1, "model_id": "test", "traits": raw_traits,
            "evidence_thresholds": base.thresholds, "standardization": {"min_cohort": base.min_cohort}}


def test_composite_is_the_weighted_mean_of_what_a_person_has() -> None:
    z = np.array([[1.0, -1.0, np.nan], [np.nan, np.nan, np.nan], [0.5, 0.5, 2.0]])
    w = np.array([1.0, -0.5, 0.5])
    c = composite(z, w)
    assert c[0] == pytest.approx((1.0 + 0.5) / 1.5)
    assert math.isnan(c[1])
    assert c[2] == pytest.approx((0.5 - 0.25 + 1.0) / 2.0)


def test_standard_errors_have_a_floor_for_texts_that_all_look_alike() -> None:
    rng = np.random.default_rng(0)
    replicates = rng.normal(0, 0.3, size=(6, 100))
    replicates[5] = 0.7  # every replicate the same: all of the person's texts alike
    units = np.array([100, 100, 400, 25, 100, 100])
    errors = standard_errors(replicates, units)
    se2 = errors.se2
    kappa = np.median(np.var(replicates[:5], axis=1, ddof=1) * units[:5])
    assert se2[5] == pytest.approx(kappa / 100)
    assert se2[5] > 0
    assert se2[2] >= kappa / 400 and se2[3] >= kappa / 25
    # both sides of the person whose texts all look alike are floored too: no zero-width side
    assert errors.below[5] == pytest.approx(kappa / 100) and errors.above[5] == pytest.approx(kappa / 100)


def test_replicates_that_differ_only_by_rounding_do_not_set_the_floor() -> None:
    """A person whose replicates all equal their standing up to rounding (sums in another order)
    has no variance: counting 1e-33 as one would make the typical per-text variance (κ) tiny."""
    rng = np.random.default_rng(2)
    replicates = rng.normal(0, 0.3, size=(5, 100))
    replicates[:3] = 0.4 + rng.normal(0, 1e-16, size=(3, 100))  # three people: rounding only
    units = np.full(5, 50)
    errors = standard_errors(replicates, units)
    kappa = np.median(np.var(replicates[3:], axis=1, ddof=1) * 50)
    assert errors.se2[0] == pytest.approx(kappa / 50)


def test_a_person_at_the_top_of_the_group_gets_the_room_below_their_replicates_show() -> None:
    """The person ranked first cannot rank higher: their replicates only move down, and the
    interval's lower side says how far, while the upper side keeps the floor."""
    rng = np.random.default_rng(1)
    replicates = rng.normal(0, 0.1, size=(8, 200))
    top = 1.9
    replicates[7] = np.where(rng.random(200) < 0.5, top, top - 0.6)  # half the draws lose a rank
    units = np.full(8, 100)
    point = np.append(np.zeros(7), top)
    errors = standard_errors(replicates, units, point=point)
    below = 2 * np.mean(np.minimum(replicates[7] - top, 0) ** 2)
    assert errors.below[7] == pytest.approx(below)
    assert errors.below[7] > errors.se2[7] > errors.above[7] > 0
    scaled = scale_scores(point, errors.se2, below=errors.below, above=errors.above)
    assert scaled.score[7] - scaled.lower[7] > scaled.upper[7] - scaled.score[7]
    # a draw without the feature (NaN) counts on neither side: it does not thin the spread
    with_gaps = replicates.copy()
    with_gaps[7, ::2] = np.nan
    gaps = standard_errors(with_gaps, units, point=point)
    kept = with_gaps[7][~np.isnan(with_gaps[7])]
    assert gaps.below[7] == pytest.approx(2 * np.mean(np.minimum(kept - top, 0) ** 2))
    # replicates spread evenly around the point: both sides about SE²
    assert errors.below[:7] == pytest.approx(errors.se2[:7], rel=0.35)
    assert errors.above[:7] == pytest.approx(errors.se2[:7], rel=0.35)


def test_scores_follow_the_stated_formula_and_never_saturate_from_a_clip() -> None:
    standing = np.array([-4.0, -1.0, 0.0, 0.5, 3.0, np.nan])
    se2 = np.array([0.05, 0.05, 0.05, 0.8, 0.05, 0.05])
    scaled = scale_scores(standing, se2)
    tau2 = max(1 - float(np.mean(se2[:5])), TAU2_MIN)
    shrink = tau2 / (tau2 + se2)
    mu, half = shrink * standing, Z_INTERVAL * np.sqrt(shrink * se2)
    np.testing.assert_allclose(scaled.score[:5], 100 * ndtr(mu[:5]))
    np.testing.assert_allclose(scaled.lower[:5], 100 * ndtr(mu[:5] - half[:5]))
    assert np.all(scaled.lower[:5] < scaled.score[:5]) and np.all(scaled.score[:5] < scaled.upper[:5])
    assert math.isnan(scaled.score[5])
    # the same distance from the middle with four times less evidence is pulled toward 50
    weak = scale_scores(np.array([0.5, 0.5, -1.0, 1.0]), np.array([0.05, 0.8, 0.05, 0.05]))
    assert 50 < weak.score[1] < weak.score[0]
    assert (weak.upper[1] - weak.lower[1]) > (weak.upper[0] - weak.lower[0])


def test_a_large_cohort_with_heavy_tails_keeps_extreme_scores_rare() -> None:
    rng = np.random.default_rng(5)
    n = 300
    frame = cohort(n, seed=6)
    for feature in load_weights().features:  # rare events: most people 0, a few far out
        if feature.endswith("_rate") or feature.endswith("_share"):
            frame[feature] = np.where(rng.random(n) < 0.7, 0.0, rng.pareto(1.5, n))
    model = DefaultModel(reference_people=pd.DataFrame()).fit(frame)
    # replicates vary each value by a factor e^N(0, 0.5): two of them agree at a reliability of
    # about 0.93 (a percentile scale puts the top and bottom 2% of a perfectly measured large
    # cohort at 98 and 2; measurement error is what keeps real cohorts well inside)
    replicates = [frame.assign(**{
        c: frame[c] * np.exp(rng.normal(0, 0.5, n)) for c in load_weights().features
    }) for _ in range(30)]
    reliability = split_half_reliability(half_standings_of(model.standings, replicates[:2]))["reliability"]
    assert 0.85 < reliability.mean() < 0.97
    table = model.score(frame, replicates=replicates, counts=EvidenceCounts.of(frame))
    extreme = ((table["score"] <= 2) | (table["score"] >= 98)).mean()
    assert extreme <= 0.04
    assert ((table["upper"] - table["lower"]) > 0).all()  # no zero-width interval, even at the ends


def test_spearman_brown_of_two_halves() -> None:
    rng = np.random.default_rng(1)
    truth = rng.normal(size=60)
    first, second = truth + rng.normal(0, 0.5, 60), truth + rng.normal(0, 0.5, 60)
    value, n = spearman_brown(first, second, min_people=10)
    ranks = pd.Series(first).rank(), pd.Series(second).rank()
    rho = float(np.corrcoef(ranks[0], ranks[1])[0, 1])
    assert n == 60 and value == pytest.approx(2 * rho / (1 + rho))
    assert 0.7 < value < 1.0
    noise, _ = spearman_brown(rng.normal(size=60), rng.normal(size=60), min_people=10)
    assert noise < 0.5
    assert math.isnan(spearman_brown(first[:9], second[:9], min_people=10)[0])
