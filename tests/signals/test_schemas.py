"""The table contracts' check (signals.ground.schemas.validate): every problem named, nothing else."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from signals.ground.errors import SchemaError
from signals.ground.schemas import Column, Table, validate

TABLE = Table(
    "things",
    (
        Column("name", "string", nullable=False),
        Column("note", "string"),
        Column("at", "datetime"),
        Column("score", "float"),
        Column("n", "int", nullable=False),
    ),
)


def frame(**changes: object) -> pd.DataFrame:
    data: dict[str, object] = {
        "n": [1, 2, 3],
        "name": ["a", "b", "c"],
        "note": pd.Series(["x", None, pd.NaT], dtype=object),
        "at": pd.to_datetime(["2026-01-01", None, "2026-01-03"], utc=True),
        "score": [0.5, np.nan, 1.0],
    }
    data.update(changes)
    return pd.DataFrame(data)


def problems(table: pd.DataFrame) -> list[str]:
    with pytest.raises(SchemaError) as raised:
        validate(table, TABLE)
    return list(raised.value.problems)


def test_a_valid_frame_comes_back_with_the_contracts_columns_first() -> None:
    checked = validate(frame(extra=[1, 2, 3]), Table(TABLE.name, TABLE.columns, allow_extra=True))
    assert list(checked.columns) == ["name", "note", "at", "score", "n", "extra"]
    assert checked["name"].tolist() == ["a", "b", "c"]


@pytest.mark.parametrize(
    "note",
    [
        pd.Series([None, None, None], dtype=object),  # nothing present: no kind to check
        pd.Series(["x", np.nan, pd.NA], dtype=object),
        pd.Series(["x", None, None], dtype="str"),
        pd.Series(["x", pd.NaT, "y"], dtype=object),  # NaT is a missing value, not a time
    ],
)
def test_missing_values_of_a_nullable_text_column_are_not_its_kind(note: pd.Series) -> None:
    validate(frame(note=note), TABLE)


def test_every_problem_is_named() -> None:
    found = problems(
        frame(
            name=["a", None, None],
            note=pd.Series(["x", 3, None], dtype=object),
            at=pd.to_datetime(["2026-01-01", None, "2026-01-03"]),  # naive, not UTC
            n=[1.5, 2.0, 3.0],
        )
    )
    assert found == [
        "column 'name' has 2 missing values",
        "column 'note' is not of kind string (dtype object)",
        "column 'at' is not of kind datetime (dtype datetime64[us])",
        "column 'n' is not of kind int (dtype float64)",
    ]


def test_missing_and_unexpected_columns() -> None:
    found = problems(frame().drop(columns=["score"]).assign(other=1))
    assert found == ["missing columns ['score']", "unexpected columns ['other']"]


def test_an_all_missing_required_column_is_counted_not_kind_checked() -> None:
    assert problems(frame(n=[None, None, None])) == ["column 'n' has 3 missing values"]
