"""Times in the CSV outputs: as `Timestamp.isoformat()` writes them, `Z` for UTC."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from signals.outputs import iso_times


def _per_value(column: pd.Series) -> list[str]:
    return ["" if pd.isna(t) else t.isoformat().replace("+00:00", "Z") for t in column]


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_iso_times_are_isoformat_for_every_precision(unit: str) -> None:
    rng = np.random.default_rng(11)
    nanos = rng.integers(-(10**17), 4 * 10**17, 3000)  # 1966 to 2096
    nanos[::4] = nanos[::4] // 10**9 * 10**9  # whole seconds: no fraction
    nanos[1::4] = nanos[1::4] // 1000 * 1000  # microseconds: six digits
    nanos[2::4] = nanos[2::4] // 10**6 * 10**6  # milliseconds: still six digits
    column = pd.Series(pd.to_datetime(nanos, utc=True)).astype(f"datetime64[{unit}, UTC]")
    column[::13] = pd.NaT
    got = iso_times(column)
    assert got.tolist() == _per_value(column)
    assert got.index.equals(column.index)


def test_iso_times_edge_values() -> None:
    column = pd.Series(
        pd.to_datetime(
            ["1970-01-01 00:00:00", "1969-12-31 23:59:59.999999999", "2024-02-29 12:00:00.000000001", None],
            format="ISO8601",
            utc=True,
        )
    )
    assert iso_times(column).tolist() == [
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.999999999Z",
        "2024-02-29T12:00:00.000000001Z",
        "",
    ]
    assert iso_times(column.iloc[:0]).tolist() == []


def test_iso_times_of_another_time_zone_keep_their_offset() -> None:
    column = pd.Series(pd.to_datetime(["2025-06-01 09:30:00.5"]).tz_localize("Europe/Paris"))
    assert iso_times(column).tolist() == ["2025-06-01T09:30:00.500000+02:00"]
