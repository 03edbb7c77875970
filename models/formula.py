"""How a score is made, stated once in words with the numbers the code uses.

The README ("How scores are made"), the default model card and the report's "Method and limits"
all print these lines, so the formula a reader sees is the formula the code computes.
"""

from __future__ import annotations

from models.default import MIN_COMPARABLE_WEIGHT, MIN_GROUP
from models.scoring import RELIABILITY_MIN_PEOPLE, UNRELIABLE_BELOW
from models.standing import INTERVAL, KAPPA_NOBODY_VARIES, TAU2_MIN, Z_INTERVAL


def formula_lines() -> list[str]:
    """How a score is made, with the numbers the code uses (the README, the default model card and
    the report's "Method and limits" print these lines; a test checks them against the constants)."""
    return [
        "1. Each feature's value becomes a normal score of its rank among the comparison group's "
        f"values: z = Φ⁻¹((rank − ½) / m) for a group of m people (at least {MIN_GROUP}), so no "
        "value lies beyond Φ⁻¹(1 − 1/(2m)).",
        "2. A trait's composite is the weighted mean of the person's feature scores, Σ wᵢ zᵢ / Σ |wᵢ| "
        "over the features they have; a trait whose comparable features carry less than "
        f"{MIN_COMPARABLE_WEIGHT:.0%} of its weight is not comparable (no score).",
        "3. The standing is the normal score of the composite's rank in the group, the same way: "
        "correlated features do not add up as if independent.",
        "4. SE² is the variance of the standing over bootstrap resamples of the person's distinct "
        "texts and replies, at least κ / n (n: their distinct texts, or replies for Responsive; κ: "
        "the cohort's median of SE² · n, or of the split halves' (half₁ − half₂)²/4 · n when larger; "
        f"{KAPPA_NOBODY_VARIES:g} when nobody's standing varies).",
        f"5. τ² = max(1 − mean SE², {TAU2_MIN}); λ = τ² / (τ² + SE²); μ = λ · standing; "
        "SE²₋ and SE²₊ are twice the mean of min(r − standing, 0)² and of max(r − standing, 0)² over "
        "the replicates r, each at least κ / n (the first in a group cannot rank higher, so their "
        "interval reaches further down than up).",
        f"6. score = 100 · Φ(μ), the person's estimated place among the group (Φ of a rank's normal "
        f"score is its percentile); {INTERVAL:.0%} interval = 100 · Φ(μ − {Z_INTERVAL:.3f} · √(λ · SE²₋)) "
        f"to 100 · Φ(μ + {Z_INTERVAL:.3f} · √(λ · SE²₊)).",
        "7. Reliability: each person's posts and replies are split in two alternating halves (time "
        "order); both halves are scored; the Spearman correlation r of the halves across people "
        f"becomes 2r / (1 + r) (Spearman–Brown), with at least {RELIABILITY_MIN_PEOPLE} people; below "
        f"{UNRELIABLE_BELOW} a trait is marked unreliable in this cohort.",
    ]
