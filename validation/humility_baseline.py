"""A learned lexical baseline for own-mistake apologies and corrections, on the development labels only.

`python -m validation.humility_baseline` (from the repository root). It answers one question of
issue #24: would a model that learns words, instead of the detector's structures, find more of the
admissions no rule was written for? It fits a logistic regression on TF-IDF word 1-2-grams and
character 2-5-grams, alone and beside the detector's structural inputs
(`validation.humility_train.inputs`), and scores every development text out of fold two ways:
grouped by source document (as the detector's development figures are) and leaving one whole
source out (chat, Q&A comments, tweets ...), the nearer picture of texts from a place never seen.

Each row gives the best recall whose out-of-fold precision reaches the type's target, the threshold
chosen on those same scores: optimistic for the baseline, so a baseline that stays below the rules
here will not beat them on new texts. Never reads a test file.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
import pandas as pd

from validation import humility_train

KINDS = ("own", "correction")
FOLDS = humility_train.FOLDS


def _vectorizers() -> list[Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [
        TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        TfidfVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True),
    ]


def out_of_fold(
    texts: list[str], structural: np.ndarray | None, y: np.ndarray, groups: np.ndarray, *, splits: int
) -> np.ndarray:
    """Out-of-fold probabilities of the lexical model (with the structural inputs when given),
    folds grouped by `groups`."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=splits).split(texts, y, groups):
        if y[train].sum() == 0:
            continue
        vectorizers = _vectorizers()
        fit = [v.fit_transform([texts[i] for i in train]) for v in vectorizers]
        apply = [v.transform([texts[i] for i in held]) for v in vectorizers]
        if structural is not None:
            mean, scale = structural[train].mean(axis=0), structural[train].std(axis=0)
            scale[scale == 0] = 1.0
            fit.append(csr_matrix((structural[train] - mean) / scale))
            apply.append(csr_matrix((structural[held] - mean) / scale))
        model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
        model.fit(hstack(fit).tocsr(), y[train])
        scores[held] = model.predict_proba(hstack(apply).tocsr())[:, 1]
    return scores


def best_at_precision(scores: np.ndarray, y: np.ndarray, target: float) -> dict[str, Any]:
    """Figures at the lowest threshold whose precision reaches `target` (the best recall there);
    with none reaching it, at the threshold of the best precision."""
    best: dict[str, Any] | None = None
    for threshold in np.unique(scores)[::-1]:
        pred = scores >= threshold
        figures = humility_train.figures(y, pred)
        reached = figures["precision"] >= target
        key = (reached, figures["recall"] if reached else figures["precision"])
        if best is None or key > best["key"]:
            best = {"key": key, "threshold": float(threshold), **figures}
    assert best is not None
    return best


def baseline_rows(frame: pd.DataFrame, structural: pd.DataFrame) -> list[dict[str, Any]]:
    """One row per type, feature set and grouping: the baseline's figures next to the rules'."""
    texts = frame["text"].astype(str).tolist()
    rows = []
    for kind in KINDS:
        y = humility_train.truth(frame, kind)
        target = humility_train.PRECISION_TARGET[kind]
        ruled = structural[humility_train.RULES[kind]].sum(axis=1).to_numpy() > 0
        rules = humility_train.figures(y, ruled)
        for grouping, groups in (("document", frame["document"]), ("source", frame["source"])):
            group_values = groups.to_numpy()
            splits = min(FOLDS, len(set(group_values))) if grouping == "document" else len(set(group_values))
            for features, extra in (("words", None), ("words + structures", structural.to_numpy(float))):
                scores = out_of_fold(texts, extra, y, group_values, splits=splits)
                rows.append(
                    {
                        "type": kind,
                        "held out by": grouping,
                        "features": features,
                        "baseline": best_at_precision(scores, y, target),
                        "rules": rules,
                    }
                )
    return rows


def main() -> int:
    frame = humility_train.dev_frame()
    structural = humility_train.inputs(frame["text"].tolist())
    for row in baseline_rows(frame, structural):
        sys.stdout.write(
            f"{row['type']:10s} by {row['held out by']:8s} {row['features']:18s} "
            f"baseline {_figures(row['baseline'])} | rules {_figures(row['rules'])}\n"
        )
    return 0


def _figures(f: dict[str, Any]) -> str:
    return f"P {f['precision']:.2f} R {f['recall']:.2f} ({f['tp']}/{f['detected']}/{f['labelled']})"


if __name__ == "__main__":
    sys.exit(main())
