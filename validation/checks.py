"""The checks behind validation/RESULTS.md, one function each, all on files in validation/data/.

Each returns a dict of figures; `run.py` writes them with their published anchors.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

DATA = Path(__file__).resolve().parent / "data"


def tone() -> dict[str, Any]:
    """Pearson r of features' VADER compound against the human means of the 4,200 tweets."""
    from features.columnar.vader import compounds
    from features.text import clean_text

    frame = pd.read_csv(
        DATA / "vader" / "tweets_GroundTruth.txt",
        sep="\t",
        header=None,
        names=["id", "mean", "text"],
        quoting=csv.QUOTE_NONE,
        encoding="utf-8",
    )
    scores = compounds([clean_text(str(t)) for t in frame["text"]])
    r = float(np.corrcoef(scores, frame["mean"].to_numpy(float))[0, 1])
    return {"n": len(frame), "pearson_r": r}


def politeness_frame() -> tuple[pd.DataFrame, np.ndarray]:
    """Per-text features of the top and bottom quartile requests, and the labels (1 = polite)."""
    from features import TEXT_FEATURE_COLUMNS, texts_features

    frame = pd.read_csv(DATA / "politeness" / "wikipedia.dev.csv")
    score = frame["Normalized Score"]
    low, high = score.quantile(0.25), score.quantile(0.75)
    kept = frame[(score <= low) | (score >= high)].reset_index(drop=True)
    texts = [str(t) for t in kept["Request"]]
    found = texts_features(texts, langs=["en"] * len(texts))  # the corpus is English
    x = pd.DataFrame([values for values, _ in found], columns=list(TEXT_FEATURE_COLUMNS)).fillna(0.0)
    return x, (kept["Normalized Score"] >= high).astype(int).to_numpy()


# Per-text features that are not counts; every other per-text feature is a count (log1p below).
CONTINUOUS = (
    "humanness__flesch_reading_ease",
    "humanness__fk_grade",
    "humanness__jargon_score",
    "tone__compound",
)
POLITENESS_CS = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
# What the politeness model reads besides the strategies: the manner of the text (sentiment,
# length, readability, contractions, emoji), not its topic or vocabulary (mission terms,
# buzzwords, word-frequency bands measure other traits and only add noise here).
STYLE_COLUMNS = (
    "tone__compound",
    "humanness__n_words",
    "humanness__flesch_reading_ease",
    "humanness__fk_grade",
    "humanness__contractions",
    "humanness__emoji",
)


def politeness_columns(columns: list[str]) -> list[str]:
    """The per-text columns of the politeness model: every politeness__ strategy, then style."""
    return [c for c in columns if c.startswith("politeness__")] + [c for c in STYLE_COLUMNS if c in columns]


def politeness_model(columns: list[str], *, inner_folds: int = 5) -> Any:
    """log1p of the counts, standardization, and a logistic regression whose C is chosen by an
    inner cross-validation on the training data only (nested inside the outer folds).

    Counts are long-tailed (one long request has ten "you"s); log1p keeps a first marker
    worth more than a tenth. Only `CONTINUOUS` columns stay as they are.
    """
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GridSearchCV, StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer, StandardScaler

    counts = [i for i, c in enumerate(columns) if c not in CONTINUOUS]
    keep = [i for i, c in enumerate(columns) if c in CONTINUOUS]
    transform = ColumnTransformer(
        [("counts", FunctionTransformer(np.log1p), counts), ("continuous", "passthrough", keep)]
    )
    inner = StratifiedKFold(inner_folds, shuffle=True, random_state=1)
    model = make_pipeline(transform, StandardScaler(), LogisticRegression(solver="liblinear", max_iter=5000))
    return GridSearchCV(model, {"logisticregression__C": list(POLITENESS_CS)}, cv=inner, scoring="accuracy")


def politeness(folds: int = 10) -> dict[str, Any]:
    """10-fold CV accuracy of a logistic regression on per-text features (no bag of words).

    C is chosen inside each training fold (nested CV); the test fold is never seen.
    """
    from sklearn.model_selection import StratifiedKFold, cross_validate

    frame, y = politeness_frame()
    x = frame[politeness_columns(list(frame.columns))]
    cv = StratifiedKFold(folds, shuffle=True, random_state=0)
    found = cross_validate(politeness_model(list(x.columns)), x.to_numpy(), y, cv=cv, return_estimator=True)
    scores = found["test_score"]
    chosen = [float(m.best_params_["logisticregression__C"]) for m in found["estimator"]]
    only = [c for c in x.columns if c.startswith("politeness__")]
    strategies = cross_validate(politeness_model(only), x[only].to_numpy(), y, cv=cv)["test_score"]
    return {
        "n": len(y),
        "n_features": x.shape[1],
        "n_strategy_features": len(only),
        "accuracy": float(scores.mean()),
        "accuracy_sd": float(scores.std()),
        "chosen_c": chosen,
        "accuracy_strategies_only": float(strategies.mean()),
        "majority_baseline": float(max(y.mean(), 1 - y.mean())),
    }


def _kappa(table: pd.DataFrame) -> float:
    m = table.to_numpy(float)
    n = m.sum()
    observed = np.trace(m) / n
    expected = float((m.sum(0) * m.sum(1)).sum()) / n**2
    return (observed - expected) / (1 - expected)


def jargon() -> dict[str, Any]:
    """De-Jargonizer bands (BBC counts) against features' wordfreq bands, on word types."""
    from features.humanness import band

    frame = pd.read_csv(
        DATA / "dejargonizer" / "words_count_ge10.csv",
        header=None,
        names=["word", "count"],
        keep_default_na=False,
    )
    theirs = np.where(frame["count"] >= 1000, "common", np.where(frame["count"] >= 50, "mid", "rare"))
    ours = np.array([band(str(w)) for w in frame["word"]])
    order = ["common", "mid", "rare"]
    table = pd.crosstab(pd.Categorical(theirs, order), pd.Categorical(ours, order), dropna=False)
    table.index.name, table.columns.name = "De-Jargonizer", "features (wordfreq)"
    agree = float(np.trace(table.to_numpy()) / table.to_numpy().sum())
    top = frame["count"] >= 50
    sub = pd.crosstab(pd.Categorical(theirs[top], order), pd.Categorical(ours[top], order), dropna=False)
    return {
        "n_types": len(frame),
        "agreement": agree,
        "kappa": _kappa(table),
        "table": table,
        "n_types_ge50": int(top.sum()),
        "agreement_ge50": float(np.trace(sub.to_numpy()) / sub.to_numpy().sum()),
        "kappa_ge50": _kappa(sub),
    }


def median(values: list[float]) -> float:
    return float(np.median(values)) if values else math.nan


SIGNATURE = r"(?:\^|\*|~|-|–|—)\s?([A-Z]{2,3})\W*$"


def snowflake_time(tweet_id: str) -> pd.Timestamp:
    """Creation time of a tweet from its id (FORMATS.md: unix_ms = (id >> 22) + 1288834974657)."""
    return pd.Timestamp((int(tweet_id) >> 22) + 1288834974657, unit="ms", tz="UTC")


def customer_care_replies() -> pd.DataFrame:
    """Every agent turn answering a client turn in dev.json: brand, initials, latency, texts."""
    import json
    import re

    dialogs = json.loads((DATA / "ibm_customer_care" / "dev.json").read_text(encoding="utf-8"))
    rows = []
    for dialog in dialogs:
        brand = dialog["dialogHeader"]["company"]
        turns = list(dialog["dialogContent"])
        last = dialog.get("agentURL") or {}
        if last.get("url_utterance"):
            turns.append({"agent": brand, "message": last["url_utterance"], "tweet_ID": last["tweet_ID"]})
        parent = None
        for turn in turns:
            when = (
                pd.Timestamp(turn["datetime"]) if turn.get("datetime") else snowflake_time(turn["tweet_ID"])
            )
            if "client" in turn:
                parent = (when, turn["message"])
                continue
            if parent is None:
                continue
            found = re.search(SIGNATURE, turn["message"].strip())
            rows.append(
                {
                    "brand": brand,
                    "initials": found.group(1) if found else None,
                    "latency_s": (when - parent[0]).total_seconds(),
                    "tweet_id": turn["tweet_ID"],
                    "inbound": parent[1],
                    "reply": turn["message"],
                }
            )
            parent = None  # one reply per inbound message
    return pd.DataFrame(rows)


def responsiveness() -> dict[str, Any]:
    """Median latency and reply count per (brand, signed initials)."""
    replies = customer_care_replies()
    signed = replies.dropna(subset=["initials"])
    per_agent = (
        signed.groupby(["brand", "initials"])["latency_s"]
        .agg(replies="size", median_latency_s="median")
        .sort_values("replies", ascending=False)
        .reset_index()
    )
    return {
        "n_replies": len(replies),
        "n_signed": len(signed),
        "n_negative": int((replies["latency_s"] < 0).sum()),
        "median_latency_s": float(replies["latency_s"].median()),
        "per_agent": per_agent,
    }
