"""Default vs trained model on the committed sample: Spearman ρ of each trait's score with the
designed latent level.

    python -m models.compare_sample OUT_DIR [--bootstrap 10] [--cv 3] [--reuse]

Runs, through the `signals` CLI (so the figures are those a user would get):

1. `signals run` on sample_data/riverton with the default model → OUT_DIR/default/
2. `signals train` on OUT_DIR/default/person_features.csv and the sample's ratings.csv
   → OUT_DIR/model.json (+ model.md, the model card)
3. `signals run ... --model OUT_DIR/model.json` → OUT_DIR/trained/

and prints one row per trait: ρ(score, latent) for the default model and for the trained one,
the trained model's cross-validated ρ from its card, and ρ(mean rating, latent), the ceiling
a model fitted to the ratings is chasing. The trained in-sample ρ is optimistic: the model is
fitted on the same 18 people it then scores; the CV ρ is measured against the *ratings* on
held-out folds, not against the latent level. `--reuse` skips a step whose output exists.
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
from signals.config import TRAITS

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "riverton"


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


def _rho_with_latent(values: pd.DataFrame, column: str, latent: pd.DataFrame) -> dict[str, float]:
    joined = values.merge(latent, on=["person_id", "trait"], how="inner")
    return {
        trait: spearman(g[column].to_numpy(float), g["level"].to_numpy(float))
        for trait, g in joined.groupby("trait", sort=False)
    }


def compare(out_dir: Path, *, bootstrap: int = 10, cv: int = 3, reuse: bool = False) -> pd.DataFrame:
    out_dir.mkdir(parents=True, exist_ok=True)
    default_scores = _run(out_dir / "default", bootstrap, None, reuse)
    model = out_dir / "model.json"
    if not (reuse and model.is_file()):
        _signals(
            "train",
            "--features",
            str(out_dir / "default" / "person_features.csv"),
            "--labels",
            str(SAMPLE / "ratings.csv"),
            "--out",
            str(model),
            "--cv",
            str(cv),
        )
    trained_scores = _run(out_dir / "trained", bootstrap, model, reuse)

    latent = pd.read_csv(SAMPLE / "latent_traits.csv", dtype={"person_id": str})
    ratings = pd.read_csv(SAMPLE / "ratings.csv", dtype={"person_id": str})
    mean_ratings = ratings.groupby(["person_id", "trait"], as_index=False)["rating"].mean()
    read = lambda p: pd.read_csv(p, dtype={"person_id": str})  # noqa: E731
    default_rho = _rho_with_latent(read(default_scores), "score", latent)
    trained_rho = _rho_with_latent(read(trained_scores), "score", latent)
    rating_rho = _rho_with_latent(mean_ratings, "rating", latent)
    card = json.loads(model.read_text(encoding="utf-8"))["traits"]
    rows = []
    for trait in TRAITS:
        cv_stats = card.get(trait, {}).get("cv", {})
        rows.append(
            {
                "trait": trait,
                "default_rho": default_rho.get(trait, np.nan),
                "trained_rho_in_sample": trained_rho.get(trait, np.nan),
                "trained_cv_rho_vs_ratings": cv_stats.get("spearman", np.nan),
                "cv_rho_sd": cv_stats.get("spearman_sd", np.nan),
                "ratings_rho": rating_rho.get(trait, np.nan),
            }
        )
    table = pd.DataFrame(rows)
    mean = table.drop(columns="trait").mean(numeric_only=True)
    return pd.concat([table, pd.DataFrame([{"trait": "MEAN", **mean.to_dict()}])], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m models.compare_sample", description=__doc__.split("\n")[0]
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--bootstrap", type=int, default=10)
    parser.add_argument("--cv", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="skip steps whose outputs exist")
    args = parser.parse_args(argv)
    table = compare(args.out_dir, bootstrap=args.bootstrap, cv=args.cv, reuse=args.reuse)
    print(
        "Spearman ρ with the designed latent level (18 consenting people per trait); "
        "trained_cv_rho_vs_ratings: the model card's cross-validated ρ against ratings; "
        "ratings_rho: ρ(mean rating, latent)."
    )
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
