"""The default model's card: why each trait reads the features it reads, and how sure that is.

The card is rendered from models/data/default_weights.json, never written by hand, so that it
cannot drift from the weights the scores use: `python -m models.default_card` writes
models/DEFAULT_MODEL_CARD.md and a test compares the committed card with a fresh rendering.

A feature's link to its trait has one of three bases (models.weights.BASES): a published study,
an association measured on real data in this repository, or a guess. The measured figures are
recomputed by `politeness_associations` with the package's own per-text features
(`python -m models.default_card --measure CSV`), and a test checks that the weights file quotes
exactly what it computes, so a "measured" claim stays checkable when the feature code changes.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from features.catalog import CATALOG
from features.registry import (
    APOLOGY_OWN_RATE,
    EMOJI_SHARE,
    GRATITUDE_RATE,
    INCIVILITY_RATE,
    MEAN_COMPOUND,
    NEGATIVE_SHARE,
    TONE_COMPOUND,
)
from models.formula import formula_lines
from models.scoring import RELIABILITY_MIN_PEOPLE, UNRELIABLE_BELOW
from models.weights import BASES, WeightedFeature, WeightsFile, load_weights
from signals.ground.config import TRAIT_LABELS

CARD = Path(__file__).resolve().parent / "DEFAULT_MODEL_CARD.md"
# The Stanford Politeness Corpus dev split as committed in this repository (its SOURCE.txt).
POLITENESS_CSV = "validation/data/politeness/wikipedia.dev.csv"
# A marker found in fewer requests than this is too rare for its correlation to mean anything.
MIN_MARKED = 30
# (trait, feature) pairs whose source quotes an association measured on the politeness corpus.
MEASURED_PAIRS: tuple[tuple[str, str], ...] = (
    ("enjoyable", MEAN_COMPOUND),
    ("enjoyable", GRATITUDE_RATE),
    ("enjoyable", INCIVILITY_RATE),
    ("enjoyable", NEGATIVE_SHARE),
    ("enjoyable", EMOJI_SHARE),
    ("humble", APOLOGY_OWN_RATE),
)


@dataclass(frozen=True)
class Association:
    """Spearman correlation of one feature's per-request value with readers' politeness score."""

    feature: str
    rho: float
    lower: float
    upper: float
    n: int
    marked: int | None  # requests with at least one match (None: the feature is a score)

    def phrase(self) -> str:
        """The figure as the weights file quotes it (the test looks for this exact text)."""
        if self.marked is not None and self.marked < MIN_MARKED:
            return f"too rare to measure: {self.marked} of {self.n:,} requests have one"
        with_one = "" if self.marked is None else f", {self.marked:,} with one"
        return (
            f"Spearman ρ = {self.rho:+.2f} (95% CI {self.lower:+.2f} to {self.upper:+.2f}; "
            f"n = {self.n:,} requests{with_one})"
        )


def spearman_interval(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """Spearman's ρ (average ranks for ties) and its 95% interval.

    The interval is Fisher's z with the Bonett–Wright variance (1 + ρ²/2) / (n − 3), the usual
    approximation for a rank correlation; no scipy needed.
    """
    rx = pd.Series(x).rank().to_numpy(float)
    ry = pd.Series(y).rank().to_numpy(float)
    rho = float(np.corrcoef(rx, ry)[0, 1])
    z, se = math.atanh(rho), math.sqrt((1 + rho * rho / 2) / (len(x) - 3))
    return rho, math.tanh(z - 1.96 * se), math.tanh(z + 1.96 * se)


def politeness_associations(csv_path: str | Path) -> list[Association]:
    """Measure each feature of MEASURED_PAIRS on the Stanford Politeness Corpus requests.

    Each request is read as one post by `features.texts_features` (as English, which the corpus
    is); a feature's per-request value is what its person feature averages: the VADER compound
    for the average tone, compound <= −0.05 for negative posts, and "has at least one match" for
    counted features. Requests the features cannot read (empty after cleaning) are left out.
    """
    from features import MATCH_COLUMNS, texts_features
    from features.tone import NEGATIVE_COMPOUND

    frame = pd.read_csv(csv_path)
    texts = [str(t) for t in frame["Request"]]
    found = [values for values, _ in texts_features(texts, langs=["en"] * len(texts))]
    kept = [i for i, values in enumerate(found) if values]
    rated = frame["Normalized Score"].to_numpy(float)[kept]
    values = pd.DataFrame([found[i] for i in kept])
    out = []
    for feature in dict.fromkeys(f for _, f in MEASURED_PAIRS):
        marked: int | None
        if feature == MEAN_COMPOUND:
            per_text, marked = values[TONE_COMPOUND].to_numpy(float), None
        elif feature == NEGATIVE_SHARE:
            per_text = (values[TONE_COMPOUND] <= NEGATIVE_COMPOUND).to_numpy(float)
            marked = int(per_text.sum())
        else:
            per_text = (values[MATCH_COLUMNS[feature]] > 0).to_numpy(float)
            marked = int(per_text.sum())
        rho, lower, upper = spearman_interval(per_text, rated)
        out.append(Association(feature, rho, lower, upper, len(kept), marked))
    return out


# -- the card -------------------------------------------------------------------------------------

_READING = """\
Each feature's **basis** says what supports its place in the trait:

- **citation**: a published study links what the feature counts to the trait (or to the way of writing the
  essay names); the source says which and how far.
- **measured**: an association measured on real data in this repository, with the figure, the n and the
  command below ("Measured associations").
- **guess**: no study or measurement here supports the link; it rests on judgement or on the essay's own
  words (face validity). Where a study only shows that the *measure* works (VADER measures sentiment), the
  link to the trait is still a guess and is labelled guess.

The **size** of every weight (1.0, 0.8, 0.5, ...) is a judgement in every row, whatever the basis: the basis
supports that the feature belongs to the trait and in which direction, not how much it should count."""

_MEASURED = f"""\
Of the human ratings of writing in this repository, readers' politeness ratings come nearest to a trait:
the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al. 2013, "A computational approach to
politeness with application to social factors"), Wikipedia requests each rated by five readers; its
development split of 3,047 requests is committed in `{POLITENESS_CSV}` (origin and licence in its
SOURCE.txt). Each request is read as one post by the package's own per-text features
(`features.texts_features`); a feature's per-request value is what its person feature averages (the VADER
compound; compound <= -0.05 for negative posts; "has at least one" for counted features). The figure is
Spearman's rho with the corpus's normalized politeness score, with a 95% interval (Fisher z, variance
(1 + rho^2/2) / (n - 3)); a marker found in fewer than {MIN_MARKED} requests is reported as too rare to
measure. Politeness is no trait of the essay: the figures support a feature's direction for "enjoyable",
not that it measures enjoyableness, and the apology figure quoted under "Humble" shows only that such
apologies read as polite. Recompute from the repository root:

```
.venv/bin/python -m models.default_card --measure {POLITENESS_CSV}
```

A test (`tests/models/test_default_card.py`) recomputes them and checks that the weights file quotes
exactly these figures."""


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _weight(feature: WeightedFeature) -> str:
    scale = "" if feature.transform == "none" else f" ({feature.transform})"
    return f"{feature.weight:+.1f}{scale}"


def _label(feature: str) -> str:
    label = CATALOG[feature].label if feature in CATALOG else feature
    return label[:1].upper() + label[1:]


def _threshold(weights: WeightsFile, evidence_basis: str) -> str:
    """`sufficient from 600 words and 20 posts, limited from 100 words and 5 posts`."""
    levels = weights.thresholds.get(evidence_basis, {})
    return ", ".join(
        f"{level} from " + " and ".join(f"{n:,} {what}" for what, n in levels[level].items())
        for level in ("sufficient", "limited")
        if level in levels
    )


def basis_counts(weights: WeightsFile) -> Counter[str]:
    """How many feature links of the file rest on each basis ("" for a link with none stated)."""
    return Counter(f.basis for spec in weights.traits.values() for f in spec.features)


def _summary(weights: WeightsFile) -> list[str]:
    counts = basis_counts(weights)
    total = sum(counts.values())
    lines = [
        f"Of {total} feature links, {counts['citation']} rest on a citation, {counts['measured']} on a "
        f"measured association and **{counts['guess']} are a guess**"
        + (f"; {counts['']} state no basis." if counts[""] else "."),
        "",
        "| trait | features | citation | measured | guess |",
        "|---|---|---|---|---|",
    ]
    for trait, spec in weights.traits.items():
        per = Counter(f.basis for f in spec.features)
        lines.append(
            f"| {TRAIT_LABELS[trait]} | {len(spec.features)} | "
            + " | ".join(str(per[b]) for b in BASES)
            + " |"
        )
    return lines


def _trait(weights: WeightsFile, trait: str) -> list[str]:
    spec = weights.traits[trait]
    guesses = sum(f.basis == "guess" for f in spec.features)
    lines = [
        f"### {TRAIT_LABELS[trait]} (`{trait}`)",
        "",
        f"**Construct.** {spec.construct or '(not stated)'}",
        "",
        f"**What it cannot see.** {spec.cannot_see or '(not stated)'}",
        "",
        f"Evidence level: {_threshold(weights, spec.evidence_basis)}. Guesses: {guesses} of "
        f"{len(spec.features)} features.",
        "",
        "| feature | column | weight | basis | source or reason |",
        "|---|---|---|---|---|",
    ]
    for f in spec.features:
        lines.append(
            f"| {_cell(_label(f.feature))} | `{f.feature}` | {_weight(f)} | {f.basis or '(none)'} | "
            f"{_cell(f.source or f.rationale)} |"
        )
    return lines


def default_model_card(weights: WeightsFile | None = None) -> str:
    """The Markdown card of the default weights (the shipped file unless given). Deterministic."""
    weights = weights or load_weights()
    lines = [
        f"# Default model card: `{weights.model_id}`",
        "",
        "Generated by `python -m models.default_card` from `models/data/default_weights.json`; do not edit "
        "by hand (a test compares this file with a fresh rendering).",
        "",
        weights.description,
        "",
        "## How to read the basis",
        "",
        _READING,
        "",
        "## Summary",
        "",
        *_summary(weights),
        "",
        "## Traits",
    ]
    for trait in weights.traits:
        lines += ["", *_trait(weights, trait)]
    lines += [
        "",
        "## Measured associations",
        "",
        _MEASURED,
        "",
        "## Scale",
        "",
        "A score is the estimated percentile of the person's standing on the trait among the people they are "
        "compared with, pulled toward 50 by thin evidence. Exactly as the code computes it (the README and "
        "the report print the same lines):",
        "",
        *formula_lines(),
        "",
        "## Reliability",
        "",
        "Reliability is measured in every run of at least "
        f"{RELIABILITY_MIN_PEOPLE} people, not assumed: each person's posts and replies are split in two "
        "alternating halves, both are scored, and the Spearman correlation of the halves across people is "
        f"stepped up by Spearman–Brown (2r / (1 + r)); below {UNRELIABLE_BELOW} a trait is marked unreliable "
        "in that cohort. Measured so far (`models/data/measured_reliability.json`; details in "
        "`validation/TRUST_FIGURES.md`):",
        "",
        *_reliability(measured_reliability()),
    ]
    return "\n".join(lines) + "\n"


def measured_reliability() -> dict[str, Any]:
    """The reliability figures shipped with the package (written by validation.trust_figures)."""
    data = resources.files("models").joinpath("data", "measured_reliability.json").read_text(encoding="utf-8")
    figures: dict[str, Any] = json.loads(data)
    return figures


def _reliability(figures: dict[str, Any]) -> list[str]:
    """One row per trait, one column per cohort: reliability (people), "—" where not measurable."""
    cohorts = list(figures["cohorts"].values())
    header = " | ".join(f"{c['description']}, {c['people']} people" for c in cohorts)
    lines = [f"| trait | {header} |", "|---|" + "---:|" * len(cohorts)]
    for trait, label in TRAIT_LABELS.items():
        cells = [_reliability_cell(cohort["traits"].get(trait, {})) for cohort in cohorts]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return [
        *lines,
        "",
        "(n): people with a standing in both halves; —: not measured (fewer than "
        f"{RELIABILITY_MIN_PEOPLE} such people, or the trait is not comparable in that cohort); †: below "
        f"{UNRELIABLE_BELOW}, unreliable in that cohort.",
    ]


def _reliability_cell(value: dict[str, Any]) -> str:
    r = value.get("reliability")
    if r is None:
        return "—"
    return f"{r:.2f} ({value['people']})" + (" †" if r < UNRELIABLE_BELOW else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m models.default_card",
        description="Write models/DEFAULT_MODEL_CARD.md, or print the measured associations.",
    )
    parser.add_argument("--out", type=Path, default=CARD)
    parser.add_argument(
        "--measure",
        type=Path,
        metavar="CSV",
        help=f"print the associations measured on CSV ({POLITENESS_CSV})",
    )
    args = parser.parse_args(argv)
    if args.measure is not None:
        pairs = dict((f, t) for t, f in MEASURED_PAIRS)
        for association in politeness_associations(args.measure):
            print(f"{pairs[association.feature]}\t{association.feature}\t{association.phrase()}")
        return 0
    args.out.write_text(default_model_card(), encoding="utf-8", newline="\n")
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
