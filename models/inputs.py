"""Reading and checking the inputs of training: person features and ratings.

Every problem becomes an InputError that names the file, the line and what was expected,
listing all problems of one kind at once (the first few of each), so a researcher can fix a
ratings sheet in one pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from signals.ground.config import TRAITS
from signals.ground.errors import InputError
from signals.ground.schemas import FEATURE_SEPARATOR, PERSON_FEATURES_KEY

RATING_COLUMNS = ("person_id", "trait", "rating")
RATING_RANGE: tuple[float, float] = (1.0, 5.0)
MIN_PEOPLE = 8  # fewest rated people per trait to train on, whatever K
_SHOWN = 5


def _listing(items: list[str]) -> str:
    more = f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return ", ".join(items[:_SHOWN]) + more


def _read_csv(path: str | Path, *, dtype: Any, expected: str) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=dtype, keep_default_na=False, na_values=[""])
    except FileNotFoundError as exc:
        raise InputError(f"no such file; expected {expected}", path=path) from exc
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"the file is empty; expected {expected}", path=path) from exc
    except (pd.errors.ParserError, UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
        raise InputError(f"cannot read it as CSV ({exc}); expected {expected}", path=path) from exc


def read_person_features(path: str | Path) -> pd.DataFrame:
    """person_features.csv (as `signals run` writes it), checked by check_person_features."""
    frame = _read_csv(
        path,
        dtype={PERSON_FEATURES_KEY: str},
        expected="a CSV with person_id and <family>__<feature> columns (as `signals run` writes)",
    )
    return check_person_features(frame, source=path, first_line=2)


def _where(index: Any, first_line: int | None) -> str:
    return f"line {int(index) + first_line}" if first_line is not None else f"row {index}"


def check_person_features(
    frame: pd.DataFrame, *, source: str | Path = "person features", first_line: int | None = None
) -> pd.DataFrame:
    """person_id (unique, non-blank) plus numeric, finite `<family>__<feature>` columns, as floats."""
    if PERSON_FEATURES_KEY not in frame.columns:
        raise InputError(f"missing column 'person_id' (found {list(frame.columns)[:8]})", path=source)
    frame = frame.reset_index(drop=True)
    ids = frame[PERSON_FEATURES_KEY].map(lambda v: "" if pd.isna(v) else str(v).strip())
    problems: list[str] = []
    blank = [_where(i, first_line) for i in ids.index[ids == ""]]
    if blank:
        problems.append(f"blank person_id at {_listing(blank)}")
    duplicated = sorted(set(ids[ids.duplicated() & (ids != "")]))
    if duplicated:
        problems.append(f"person_id repeated: {_listing(duplicated)} (one row per person expected)")
    features = [c for c in frame.columns if c != PERSON_FEATURES_KEY]
    if not features:
        problems.append("no feature columns (expected <family>__<feature> columns next to person_id)")
    bad_names = [str(c) for c in features if not _is_feature_name(str(c))]
    if bad_names:
        problems.append(f"columns not named <family>__<feature>: {_listing(bad_names)}")
    numeric: dict[str, pd.Series] = {}
    for column in features:
        values = pd.to_numeric(frame[column], errors="coerce").astype(float)
        wrong = frame[column].notna() & values.isna()
        if wrong.any():
            first = wrong.idxmax()
            problems.append(
                f"column '{column}' is not numeric ({_where(first, first_line)}: {frame.at[first, column]!r})"
            )
        elif np.isinf(values.to_numpy()).any():
            problems.append(f"column '{column}' has infinite values")
        numeric[str(column)] = values
    if problems:
        raise InputError("; ".join(problems), path=source)
    out = pd.DataFrame(numeric, index=frame.index)
    out.insert(0, PERSON_FEATURES_KEY, ids.astype(object))
    return out


def _is_feature_name(name: str) -> bool:
    family, sep, feature = name.partition(FEATURE_SEPARATOR)
    return bool(sep and family and feature)


def read_ratings(path: str | Path) -> pd.DataFrame:
    """ratings.csv: person_id, trait, rating rows (other columns, like a rater id, are ignored)."""
    frame = _read_csv(path, dtype=str, expected="a CSV with columns person_id,trait,rating")
    return check_ratings(frame, source=path, first_line=2)


def check_ratings(
    frame: pd.DataFrame,
    *,
    source: str | Path = "ratings",
    rating_range: tuple[float, float] = RATING_RANGE,
    first_line: int | None = None,
) -> pd.DataFrame:
    """person_id, trait (a known trait id), rating (a number within `rating_range`) for every row."""
    missing = [c for c in RATING_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(
            f"missing columns {missing}; expected columns person_id,trait,rating "
            f"(found {list(frame.columns)[:8]})",
            path=source,
        )
    frame = frame.reset_index(drop=True)
    if frame.empty:
        raise InputError("no ratings (expected rows of person_id,trait,rating)", path=source)
    person = frame["person_id"].map(lambda v: "" if pd.isna(v) else str(v).strip())
    trait = frame["trait"].map(lambda v: "" if pd.isna(v) else str(v).strip())
    rating = pd.to_numeric(frame["rating"], errors="coerce").astype(float)
    low, high = rating_range
    problems: list[str] = []
    blank = [_where(i, first_line) for i in person.index[person == ""]]
    if blank:
        problems.append(f"blank person_id at {_listing(blank)}")
    unknown = [f"{_where(i, first_line)} ({t!r})" for i, t in trait.items() if t not in TRAITS]
    if unknown:
        problems.append(f"unknown trait at {_listing(unknown)}; expected one of {list(TRAITS)}")
    not_number = [
        f"{_where(i, first_line)} ({frame.at[i, 'rating']!r})" for i in rating.index[rating.isna()]
    ]
    if not_number:
        problems.append(f"rating is not a number at {_listing(not_number)}")
    outside = [
        f"{_where(i, first_line)} ({v:g})"
        for i, v in rating.items()
        if not np.isnan(v) and not low <= v <= high
    ]
    if outside:
        problems.append(f"rating outside {low:g}-{high:g} at {_listing(outside)}")
    if problems:
        raise InputError("; ".join(problems), path=source)
    return pd.DataFrame({"person_id": person.astype(object), "trait": trait.astype(object), "rating": rating})


def mean_ratings(ratings: pd.DataFrame) -> pd.DataFrame:
    """One row per (person_id, trait): the mean rating over raters and how many ratings it averages."""
    grouped = ratings.groupby(["person_id", "trait"], sort=True)["rating"]
    return grouped.agg(rating="mean", n_ratings="count").reset_index()


def check_people(
    means: pd.DataFrame,
    person_features: pd.DataFrame,
    *,
    features_source: str | Path,
    labels_source: str | Path,
) -> None:
    """InputError if the ratings name people the person features do not have."""
    known = set(person_features["person_id"].astype(str))
    unknown = sorted(set(means["person_id"]) - known)
    if unknown:
        shown = ", ".join(unknown[:10]) + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else "")
        raise InputError(
            f"ratings name {len(unknown)} people that {features_source} does not have: {shown}. "
            "Rate only people in the person features (person_id as in person_features.csv).",
            path=labels_source,
        )


def check_trainable(
    means: pd.DataFrame, *, cv: int, labels_source: str | Path, min_people: int = MIN_PEOPLE
) -> None:
    """InputError naming every trait with too few rated people or no variance in its ratings."""
    need = max(2 * cv, min_people)
    problems: list[str] = []
    for trait in (t for t in TRAITS if t in set(means["trait"])):
        y = means.loc[means["trait"] == trait, "rating"]
        if len(y) < need:
            problems.append(
                f"trait '{trait}' has ratings for {len(y)} people; {cv}-fold cross-validation needs at "
                f"least {need} (2·K and at least {min_people})"
            )
        elif y.nunique() < 2:
            problems.append(
                f"trait '{trait}': every person has the mean rating {y.iloc[0]:g}; no variance to learn from"
            )
    if problems:
        raise InputError(
            "; ".join(problems) + ". Add ratings, lower --cv, or leave the trait out (--trait).",
            path=labels_source,
        )
