"""`signals train` and `signals evaluate`: fit a trait model on ratings, and check it on held-out ratings.

Thin wrappers over models.training; errors propagate to signals.cli.main, which turns them into
one line and an exit code (2 for bad input, 1 for an unusable model file).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table

from signals.commands.console import err_console, out_console

if TYPE_CHECKING:
    import pandas as pd

# models.trained.ESTIMATORS and models.training.DEFAULT_ESTIMATOR, written out so that `--help` does not
# import pandas (a test checks they agree)
ESTIMATOR_CHOICES = ("anchored", "anchored-all", "ridge", "lasso", "elasticnet")
DEFAULT_ESTIMATOR = "anchored"



def _fmt(value: object, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _metrics_table(title: str, frame: pd.DataFrame, columns: dict[str, str]) -> Table:
    table = Table(title=title, show_edge=False)
    for header in columns.values():
        if header == "trait":
            table.add_column(header, no_wrap=True)
        else:
            table.add_column(header, justify="right")
    for row in frame.to_dict("records"):
        table.add_row(*(_fmt(row[key]) for key in columns))
    return table


@click.command()
@click.option("--features", "features_path", required=True, type=click.Path(path_type=Path),
              help="person_features.csv (from `signals run`).")
@click.option("--labels", "labels_path", required=True, type=click.Path(path_type=Path),
              help="ratings.csv with columns person_id,trait,rating (1-5; raters are averaged).")
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path),
              help="Model file to write (JSON); the model card goes beside it as <name>.md.")
@click.option("--cv", default=5, show_default=True, type=click.IntRange(2, 100),
              help="Folds K of the cross-validation.")
@click.option("--repeats", default=5, show_default=True, type=click.IntRange(1, 100),
              help="Repeats of the K-fold cross-validation.")
@click.option("--seed", default=20261125, show_default=True, type=int,
              help="Seed of the cross-validation splits.")
@click.option("--estimator", default=DEFAULT_ESTIMATOR, show_default=True,
              type=click.Choice(ESTIMATOR_CHOICES),
              help="anchored: the ratings correct the default model's weights of the trait's own features "
                   "(anchored-all: of every feature); ridge, lasso, elasticnet: fitted from scratch on "
                   "every feature.")
@click.option("--trait", "traits", multiple=True,
              help="Train only this trait (repeatable; default: every rated trait).")
def train(
    features_path: Path,
    labels_path: Path,
    out_path: Path,
    cv: int,
    repeats: int,
    seed: int,
    estimator: str,
    traits: tuple[str, ...],
) -> None:
    """Fit one model per rated trait, cross-validate it against a predict-the-mean baseline, save it."""
    from models.inputs import read_person_features, read_ratings
    from models.persistence import save_model
    from models.training import train_model

    features = read_person_features(features_path)
    ratings = read_ratings(labels_path)
    with err_console.status("Training"):
        model = train_model(
            features,
            ratings,
            cv=cv,
            repeats=repeats,
            seed=seed,
            estimator=estimator,
            traits=list(traits) or None,
            features_source=features_path,
            labels_source=labels_path,
        )
    written = save_model(model, out_path)
    rows = [
        {"trait": trait, "n_people": m.labels["n_people"], **m.cv} for trait, m in model.traits.items()
    ]
    columns = {
        "trait": "trait",
        "n_people": "people",
        "spearman": "Spearman ρ",
        "baseline_spearman": "baseline ρ",
        "mae": "MAE",
        "baseline_mae": "baseline MAE",
    }
    import pandas as pd

    title = f"{model.model_id}: {cv}-fold CV × {repeats}"
    err_console.print(_metrics_table(title, pd.DataFrame(rows), columns))
    for path in written:
        out_console.print(f"Wrote {path}", highlight=False, markup=False)


@click.command()
@click.option("--model", "model_path", required=True, type=click.Path(path_type=Path),
              help="Model file written by `signals train`.")
@click.option("--features", "features_path", required=True, type=click.Path(path_type=Path),
              help="person_features.csv of the held-out people.")
@click.option("--labels", "labels_path", required=True, type=click.Path(path_type=Path),
              help="Held-out ratings.csv (person_id,trait,rating).")
def evaluate(model_path: Path, features_path: Path, labels_path: Path) -> None:
    """Spearman ρ and MAE of a trained model on held-out ratings, next to a predict-the-mean baseline."""
    from models.evaluation import evaluate_model
    from models.inputs import read_person_features, read_ratings
    from models.persistence import load_model

    model = load_model(model_path)
    features = read_person_features(features_path)
    ratings = read_ratings(labels_path)
    metrics = evaluate_model(
        model, features, ratings, features_source=features_path, labels_source=labels_path
    )
    columns = {
        "trait": "trait",
        "n_people": "n",
        "spearman": "ρ",
        "baseline_spearman": "base ρ",
        "mae": "MAE",
        "baseline_mae": "base MAE",
        "cv_spearman": "CV ρ",
        "cv_mae": "CV MAE",
    }
    out_console.print(_metrics_table(f"{model.model_id} on {labels_path}", metrics, columns))
    out_console.print(
        "ρ: Spearman; base: the training mean rating for everyone (its ρ is undefined); "
        "CV: cross-validated at training.",
        highlight=False,
        markup=False,
    )
