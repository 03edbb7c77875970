"""Default vs trained models on the committed sample: Spearman ρ of each trait's score with the
designed latent level.

    python -m models.compare_sample OUT_DIR [--estimator anchored ...] [--bootstrap 10] [--cv 5] [--reuse]

Runs, through the `signals` CLI (so the figures are those a user would get):

1. `signals run` on sample_data/riverton with the default model → OUT_DIR/default/
2. for each estimator (default: anchored, anchored-all, ridge), `signals train --estimator E` on
   OUT_DIR/default/person_features.csv and the sample's ratings.csv → OUT_DIR/E/model.json (+ model.md)
3. `signals run ... --model OUT_DIR/E/model.json` → OUT_DIR/E/run/

and prints one row per trait:

- `default`: ρ(default score, latent level);
- `<E>`: ρ(score of the model trained with E, latent level) — in-sample and so optimistic: the model
  is fitted on the same 18 people it then scores;
- `<E> cv`: the model card's cross-validated ρ against the *ratings* on held-out folds;
- `default vs ratings`: ρ(default score, mean rating) — the default never saw a rating, so this is an
  out-of-sample figure, though not computed fold by fold like `<E> cv` (which is pulled down because
  each fold's model has its own intercept);
- `ratings`: ρ(mean rating, latent level), what a model fitted to the ratings is chasing.

latent_traits.csv is read only here, for the comparison; training never sees it. `--reuse` skips a
step whose output exists.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from models.evaluation import spearman
from signals.ground.config import TRAITS

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "riverton"
ESTIMATORS = ("anchored", "anchored-all", "ridge")


def _signals(*args: str) -> None:
    completed = subprocess.run([sys.executable, "-m", "signals", *args], capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        raise SystemExit(f"signals {args[0]} failed (exit {completed.returncode})")


def _run(out: Path, bootstrap: int, model: Path | None, reuse: bool) -> Path:
    if not (reuse and (out / "scores.csv").is_file()):
        extra = ["--model", str(model)] if model is not None else []
        _signals(
            "run",
            str(SAMPLE / "exports"),
            "--roster",
            str(SAMPLE / "roster.csv"),
            "--org",
            str(SAMPLE / "org.json"),
            "--out",
            str(out),
            "--bootstrap",
            str(bootstrap),
            *extra,
        )
    return out / "scores.csv"


def _train(features: Path, model: Path, estimator: str, cv: int, reuse: bool) -> None:
    if reuse and model.is_file():
        return
    _signals(
        "train",
        "--features",
        str(features),
        "--labels",
        str(SAMPLE / "ratings.csv"),
        "--out",
        str(model),
        "--cv",
        str(cv),
        "--estimator",
        estimator,
    )


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"person_id": str})


def _rho(values: pd.DataFrame, column: str, truth: pd.DataFrame, truth_column: str) -> dict[str, float]:
    joined = values.merge(truth, on=["person_id", "trait"], how="inner")
    return {
        trait: spearman(g[column].to_numpy(float), g[truth_column].to_numpy(float))
        for trait, g in joined.groupby("trait", sort=False)
    }


def compare(
    out_dir: Path,
    *,
    estimators: tuple[str, ...] = ESTIMATORS,
    bootstrap: int = 10,
    cv: int = 5,
    reuse: bool = False,
) -> pd.DataFrame:
    """One row per trait and a MEAN row; columns as described in the module docstring."""
    out_dir.mkdir(parents=True, exist_ok=True)
    default_scores = _read(_run(out_dir / "default", bootstrap, None, reuse))
    latent = _read(SAMPLE / "latent_traits.csv")
    ratings = _read(SAMPLE / "ratings.csv")
    mean_ratings = ratings.groupby(["person_id", "trait"], as_index=False)["rating"].mean()
    columns: dict[str, dict[str, float]] = {
        "default": _rho(default_scores, "score", latent, "level"),
    }
    for estimator in estimators:
        model = out_dir / estimator / "model.json"
        _train(out_dir / "default" / "person_features.csv", model, estimator, cv, reuse)
        scores = _read(_run(out_dir / estimator / "run", bootstrap, model, reuse))
        columns[estimator] = _rho(scores, "score", latent, "level")
        card = json.loads(model.read_text(encoding="utf-8"))["traits"]
        cv_rho = {t: card.get(t, {}).get("cv", {}).get("spearman", np.nan) for t in TRAITS}
        columns[f"{estimator} cv"] = cv_rho
    columns["default vs ratings"] = _rho(default_scores, "score", mean_ratings, "rating")
    columns["ratings"] = _rho(mean_ratings, "rating", latent, "level")
    table = pd.DataFrame(
        [{"trait": t, **{name: col.get(t, np.nan) for name, col in columns.items()}} for t in TRAITS]
    ).astype({name: float for name in columns})
    mean = table.drop(columns="trait").mean(numeric_only=True)
    return pd.concat([table, pd.DataFrame([{"trait": "MEAN", **mean.to_dict()}])], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m models.compare_sample", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument(
        "--estimator",
        action="append",
        dest="estimators",
        help=f"train with this estimator (repeatable; default: {', '.join(ESTIMATORS)})",
    )
    parser.add_argument("--bootstrap", type=int, default=10)
    parser.add_argument("--cv", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="skip steps whose outputs exist")
    args = parser.parse_args(argv)
    estimators = tuple(args.estimators or ESTIMATORS)
    table = compare(
        args.out_dir, estimators=estimators, bootstrap=args.bootstrap, cv=args.cv, reuse=args.reuse
    )
    print(
        "Spearman ρ with the designed latent level (18 consenting people per trait). <estimator>: the "
        "trained model's scores, in-sample; '<estimator> cv': its cross-validated ρ against ratings; "
        "'default vs ratings': ρ(default score, mean rating); 'ratings': ρ(mean rating, latent)."
    )
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
