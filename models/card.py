"""The model card written beside a trained model: what it is for, what it learned from, how well it did.

Deterministic like the model file (no timestamps), so the pair can be committed and diffed.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from models.trained import ANCHORED_ESTIMATORS, TrainedModel, TraitModel
from signals.ground.config import TRAIT_LABELS

TOP_FEATURES = 5
# A trait "beats the baseline" when its CV rho is at least this much above max(0, the baseline's rho)
# and its MAE is lower. (The baseline's rho is usually negative: leaving high raters out of a training
# fold lowers that fold's mean, so the mean prediction anti-correlates with the held-out ratings.)
MIN_RHO_GAIN = 0.1


def beats_baseline(cv: dict[str, Any]) -> bool:
    """Whether cross-validation says the trait's model is better than predicting the mean."""
    keys = ("spearman", "baseline_spearman", "mae", "baseline_mae")
    rho, base_rho, err, base_err = (cv.get(k) for k in keys)
    if rho is None or err is None or base_err is None:
        return False
    floor = max(base_rho, 0.0) if base_rho is not None else 0.0
    return bool(rho - floor >= MIN_RHO_GAIN and err < base_err)


def _num(value: Any, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:.{digits}f}"


def _with_sd(mean: Any, sd: Any) -> str:
    return _num(mean) if sd is None else f"{_num(mean)} ± {_num(sd)}"


def top_features(model: TraitModel, n: int = TOP_FEATURES) -> list[tuple[str, float]]:
    """The n features with the largest absolute coefficients (ties by name), non-zero only."""
    pairs = [(f, c) for f, c in zip(model.features, model.coefficients, strict=True) if c != 0.0]
    return sorted(pairs, key=lambda p: (-abs(p[1]), p[0]))[:n]


def prior_distance(model: TraitModel) -> float | None:
    """‖δ‖ / ‖γ·w‖: how large the learned corrections δ = coefficients − γ·w are next to the default's
    rescaled weights (0: the default model rescaled). None for a model without prior or a zero prior."""
    if model.prior is None:
        return None
    gw = np.asarray(model.prior["weights"]) * float(model.prior["slope"])
    delta = np.asarray(model.coefficients) - gw
    size = float(np.linalg.norm(gw))
    return float(np.linalg.norm(delta)) / size if size > 0 else None


def _description(model: TrainedModel) -> list[str]:
    estimator, n_features = model.params["estimator"], len(model.features)
    if estimator not in ANCHORED_ESTIMATORS:
        return [
            "A trained staff-signals model: per trait, median imputation → standardization → "
            f"{estimator} regression of the mean rating on {n_features} person features.",
        ]
    scope = (
        "only the trait's own default features may carry weight"
        if estimator == "anchored"
        else f"any of the {n_features} person features may earn a weight"
    )
    return [
        f"A trained staff-signals model ({estimator}): per trait, the default model's weighted sum of "
        "robust z-scores (its features, transforms and clipping; median and MAD of the training people) "
        "is the starting point, rescaled to the rating scale by a slope γ, and ridge regression of the mean "
        f"rating learns corrections δ to its weights ({scope}). The penalty α on the corrections is chosen "
        "by leave-one-out error inside the training data: a large α means the ratings did not justify "
        "moving away from the default model; a small one, that they did.",
    ]


def render_card(model: TrainedModel) -> str:
    """The Markdown model card."""
    params, data, versions = model.params, model.data, model.versions
    anchored = params["estimator"] in ANCHORED_ESTIMATORS
    lines = [
        f"# Model card: {model.model_id}",
        "",
        *_description(model),
        "",
        "## Intended use",
        "",
        "**An aid to a conversation, not a verdict.** The scores suggest which traits a person's "
        "writing in the analyzed exports shows, with the evidence behind each score; they are a starting "
        "point for a conversation with the person, who should see the same evidence. Do not use them "
        "on their own to hire, fire, promote, pay or rank anyone, and do not score people who have not "
        "consented.",
        "",
        "## Data",
        "",
        f"- Labelled people: {data['n_people']}; rating rows: {data['n_ratings']} "
        "(several raters of a person and trait are averaged).",
        f"- Training data SHA-256 (canonical CSV of the labelled people's features and mean ratings): "
        f"`{data['sha256']}`",
        f"- Cross-validation: {params['cv']}-fold, repeated {params['repeats']} times, "
        f"seed {params['seed']}; the baseline predicts the training fold's mean rating.",
        f"- Versions: staff-signals {versions['staff_signals']}, scikit-learn {versions['scikit_learn']}.",
        "",
        "## Performance (cross-validated, ratings 1-5)",
        "",
        "| trait | people | Spearman ρ | baseline ρ | MAE | baseline MAE | better than baseline |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    weak: list[str] = []
    for trait, m in model.traits.items():
        cv = m.cv
        better = beats_baseline(cv)
        if not better:
            weak.append(trait)
        lines.append(
            f"| {TRAIT_LABELS.get(trait, trait)} (`{trait}`) | {m.labels.get('n_people', '—')} "
            f"| {_with_sd(cv.get('spearman'), cv.get('spearman_sd'))} | {_num(cv.get('baseline_spearman'))} "
            f"| {_with_sd(cv.get('mae'), cv.get('mae_sd'))} | {_num(cv.get('baseline_mae'))} "
            f"| {'yes' if better else '**no**'} |"
        )
    lines.append("")
    lines.append(
        f"'Better' means ρ at least {MIN_RHO_GAIN} above the baseline's (and above 0) and a lower MAE. "
        "The baseline's ρ is typically negative: a training fold's mean is lower when the held-out people "
        "rate high. "
        + (
            f"Do not rely on the scores of {', '.join(f'`{t}`' for t in weak)}: cross-validation found them "
            "no better than guessing the average rating."
            if weak
            else "Every trait passed; the ± values show how much the estimate moves between repeats."
        )
    )
    if anchored:
        lines += [
            "",
            "## Distance from the default model",
            "",
            "γ: rating points per unit of the default model's sum; corrections: ‖δ‖ / ‖γ·w‖ (0 = the default "
            "model rescaled to ratings). A γ at or below 0 means the ratings do not follow the default model "
            "for the trait. Corrections '—': none of the trait's default features was usable, so every "
            "feature could earn a weight (ridge towards zero).",
            "",
            "| trait | γ | α | corrections |",
            "|---|---:|---:|---:|",
        ]
        for trait, m in model.traits.items():
            slope = (m.prior or {}).get("slope")
            lines.append(
                f"| `{trait}` | {_num(slope)} | {m.alpha:.3g} | {_num(prior_distance(m))} |"
            )
    unit = "robust z unit (MAD-based, clipped)" if anchored else "standard deviation"
    lines += [
        "",
        "## Features with the largest coefficients",
        "",
        f"Coefficients are in rating points per {unit} of the feature (positive: a higher value "
        "predicts a higher rating).",
        "",
    ]
    for trait, m in model.traits.items():
        top = top_features(m)
        shown = ", ".join(f"`{f}` {c:+.3f}" for f, c in top) if top else "none (every coefficient is 0)"
        lines.append(f"- **{trait}** (penalty α = {m.alpha:.3g}): {shown}")
    lines += [
        "",
        "## Limits",
        "",
        f"- Small data: {data['n_people']} labelled people. Cross-validated estimates from samples this size "
        "are noisy; read the ± values before trusting a difference.",
        "- The model learns the raters' views, including their biases and how well they know each person; "
        "it cannot be more accurate than the ratings.",
        "- Linear associations with features computed from posts: correlations, not causes. A person who "
        "writes little, or mostly in channels not in the exports, is poorly described.",
        "- Valid for people and exports like the training ones. The model refuses person features whose "
        "columns differ from its own; retrain when the feature set changes.",
        "- Only the traits listed above were trained; other traits are not scored by this model. Scores of "
        "people with little evidence carry the evidence level 'limited' or 'insufficient'.",
        "",
    ]
    return "\n".join(lines)
