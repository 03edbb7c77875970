"""Train the humility model on the development labels and write features/lexicons/humility_model.json.

`python -m validation.humility_train` (from the repository root). Reads ONLY the development
files (validation/data/labels/dev.csv, dev_enriched.csv, dev_admissions.csv, dev_round5.csv,
dev_round6.csv, dev_round7.csv when present, legacy_dev.csv), never a test file. Per type (own, org, empathy,
correction) it picks the inverse regularization C and the decision threshold by cross-validation
grouped by source document (GroupKFold on `document`), so that precision comes first (the
threshold is the lowest whose out-of-fold precision reaches the type's target), fits the model on
all development texts and writes its coefficients. The development figures it reports are
nested: each outer fold's C and threshold are chosen on the other folds only.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

LABELS = Path(__file__).resolve().parent / "data" / "labels"
DEV_FILES = (
    "dev.csv",
    "dev_enriched.csv",
    "dev_admissions.csv",
    "dev_round5.csv",
    "dev_round6.csv",
    "dev_round7.csv",
    "legacy_dev.csv",
)
MODEL_PATH = Path(__file__).resolve().parent.parent / "features" / "lexicons" / "humility_model.json"
TYPES = ("own", "org", "empathy", "correction")
PRECISION_TARGET = {"own": 0.90, "org": 0.90, "empathy": 0.90, "correction": 0.85}
CS = (0.03, 0.1, 0.3, 1.0)
FOLDS = 5


def truth(frame: pd.DataFrame, kind: str) -> np.ndarray:
    """1 where the label says `kind` (the type column, or correction yes)."""
    if kind == "correction":
        return frame["correction"].eq("yes").to_numpy(int)
    return frame["type"].eq(kind).to_numpy(int)


def dev_frame() -> pd.DataFrame:
    """The development labels: every dev file present, with the file it came from."""
    parts = []
    for name in DEV_FILES:
        path = LABELS / name
        if path.exists():
            part = pd.read_csv(path, dtype=str, keep_default_na=False)
            part["file"] = name
            parts.append(part)
    return pd.concat(parts, ignore_index=True)


def inputs(texts: list[str]) -> pd.DataFrame:
    """The model's features of each text, columns in sorted order."""
    from features.humility import model_inputs

    rows = [model_inputs(t) for t in texts]
    return pd.DataFrame(rows).fillna(0.0).reindex(sorted(rows[0]), axis=1).fillna(0.0)


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, Any]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=2000)
    model.fit((x - mean) / scale, y)
    return mean, scale, model


def _predict(fitted: tuple[np.ndarray, np.ndarray, Any], x: np.ndarray) -> np.ndarray:
    mean, scale, model = fitted
    return np.asarray(model.predict_proba((x - mean) / scale)[:, 1])


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by source document."""
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        if y[train].sum() == 0:
            continue
        scores[held] = _predict(_fit(x[train], y[train], c), x[held])
    return scores


KEEP = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
ADD = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: the model never adds a text the rules did not propose


def decide(scores: np.ndarray, ruled: np.ndarray, keep: float, add: float) -> np.ndarray:
    """The detector's decision: a proposed text is kept when P >= keep, another is added when P >= add."""
    return np.where(ruled, scores >= keep, scores >= add)


def thresholds_for(
    scores: np.ndarray, ruled: np.ndarray, y: np.ndarray, target: float
) -> tuple[float, float]:
    """(keep, add) with the best recall among those whose precision reaches `target`, else the best F0.5."""
    best: tuple[tuple[float, ...], tuple[float, float]] | None = None
    for keep in KEEP:
        for add in ADD:
            pred = decide(scores, ruled, keep, add)
            tp, detected = int((pred & (y == 1)).sum()), int(pred.sum())
            precision = tp / detected if detected else 0.0
            recall = tp / max(int(y.sum()), 1)
            f = 1.25 * precision * recall / (0.25 * precision + recall) if tp else 0.0
            # precision first: reaching the target beats any F; then recall, then precision, then simpler
            key = (float(precision >= target), recall if precision >= target else f, precision, -keep, add)
            if best is None or key > best[0]:
                best = (key, (keep, add))
    assert best is not None
    return best[1]


def choose(
    x: np.ndarray, ruled: np.ndarray, y: np.ndarray, groups: np.ndarray, target: float
) -> tuple[float, float, float]:
    """C (best out-of-fold average precision) and its precision-first (keep, add) thresholds."""
    from sklearn.metrics import average_precision_score

    best: tuple[float, float, np.ndarray] | None = None
    for c in CS:
        scores = out_of_fold(x, y, groups, c)
        ap = float(average_precision_score(y, scores)) if y.sum() else 0.0
        if best is None or ap > best[1] + 1e-9:
            best = (c, ap, scores)
    assert best is not None
    return (best[0], *thresholds_for(best[2], ruled, y, target))


def nested(x: np.ndarray, ruled: np.ndarray, y: np.ndarray, groups: np.ndarray, target: float) -> np.ndarray:
    """Nested cross-validated decisions: each outer fold's C and thresholds chosen on the other folds."""
    from sklearn.model_selection import GroupKFold

    decided = np.zeros(len(y), dtype=bool)
    for train, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        if y[train].sum() < FOLDS:
            decided[held] = ruled[held]
            continue
        c, keep, add = choose(x[train], ruled[train], y[train], groups[train], target)
        scores = _predict(_fit(x[train], y[train], c), x[held])
        decided[held] = decide(scores, ruled[held], keep, add)
    return decided


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of k successes out of n."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def figures(y: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    """Labelled, detected, true positives, precision and recall with Wilson intervals."""
    tp, detected, labelled = int((pred & (y == 1)).sum()), int(pred.sum()), int(y.sum())
    return {
        "labelled": labelled,
        "detected": detected,
        "tp": tp,
        "precision": tp / detected if detected else math.nan,
        "precision_ci": wilson(tp, detected),
        "recall": tp / labelled if labelled else math.nan,
        "recall_ci": wilson(tp, labelled),
    }


# The rule layer's inputs that say the rules proposed a type (features.humility._counts).
RULES = {
    "own": ["rule_own_lexicon", "rule_own_lapse", "rule_own_head"],
    "org": ["rule_org_lexicon", "rule_org_lapse", "rule_org_head"],
    "empathy": ["rule_empathy_lexicon", "rule_empathy_head"],
    "correction": ["rule_correction"],
}


def _files(frame: pd.DataFrame) -> list[tuple[str, np.ndarray]]:
    return [(name, frame["file"].eq(name).to_numpy()) for name in sorted(frame["file"].unique())]


def f_half(y: np.ndarray, pred: np.ndarray) -> float:
    """F0.5 (precision weighted over recall) of decisions against labels."""
    tp = int((pred & (y == 1)).sum())
    if not tp:
        return 0.0
    precision, recall = tp / int(pred.sum()), tp / int(y.sum())
    return 1.25 * precision * recall / (0.25 * precision + recall)


def train(frame: pd.DataFrame, x: pd.DataFrame) -> tuple[dict[str, Any], dict[str, Any]]:
    """The model JSON and the development figures (nested CV) per type.

    Per type, the model decides only where its nested cross-validated F0.5 beats the rules
    alone; otherwise its thresholds let the rules decide (keep 0: every proposal kept; add above
    1: nothing added) and `decides` says "rules". The figures of the detector as shipped are
    under the file name, those of the model and of the rules alone beside them.
    """
    groups = frame["document"].to_numpy()
    values = x.to_numpy(float)
    spec: dict[str, Any] = {}
    dev: dict[str, Any] = {}
    for kind in TYPES:
        y = truth(frame, kind)
        target = PRECISION_TARGET[kind]
        ruled = x[RULES[kind]].sum(axis=1).to_numpy() > 0
        modelled = nested(values, ruled, y, groups, target)
        decides = "model" if f_half(y, modelled) > f_half(y, ruled) else "rules"
        shipped = modelled if decides == "model" else ruled
        dev[kind] = {}
        for name, part in [("all", np.ones(len(y), dtype=bool)), *_files(frame)]:
            dev[kind][name] = figures(y[part], shipped[part])
            dev[kind][f"{name}: model"] = figures(y[part], modelled[part])
            dev[kind][f"{name}: rules alone"] = figures(y[part], ruled[part])
        c, keep, add = choose(values, ruled, y, groups, target)
        if decides == "rules":
            keep, add = 0.0, ADD[-1]
        mean, scale, model = _fit(values, y, c)
        spec[kind] = {
            "decides": decides,
            "C": c,
            "keep": keep,
            "add": add,
            "intercept": round(float(model.intercept_[0]), 6),
            "names": list(x.columns),
            "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale],
            "coef": [round(float(v), 6) for v in model.coef_[0]],
        }
    return spec, dev


def main() -> int:
    frame = dev_frame()
    x = inputs(frame["text"].tolist())
    spec, dev = train(frame, x)
    counts = {name: int(n) for name, n in frame["file"].value_counts().sort_index().items()}
    payload = {
        "about": "features/humility_model.py; trained by python -m validation.humility_train on "
        "development labels only",
        "trained_on": counts,
        "types": spec,
    }
    MODEL_PATH.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for kind, parts in dev.items():  # noqa: B007
        for name, f in parts.items():
            sys.stdout.write(
                f"{kind:10s} {name:18s} labelled {f['labelled']:3d} detected {f['detected']:3d} "
                f"P {f['precision']:.2f} R {f['recall']:.2f}\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
