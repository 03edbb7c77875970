"""Column lookups without a Python object per row: membership in a large set, and a function
of each value computed once per distinct value.

The posts tables hold their ids as Arrow strings (`schemas.POST_STRING_DTYPE`). pandas'
`isin` on such a column first turns every candidate into an Arrow scalar and then a Python
string, one at a time: for the hundreds of thousands of ids of a big run (staff post ids,
parent ids) that costs seconds and hundreds of MB. `is_in` hands both sides to Arrow's
`is_in` kernel instead, and falls back to pandas for anything that is not strings. The
answer is pandas' own, except that a missing value is never found (pandas' answer for a
missing value depends on the column types; no caller looks one up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias, Union

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

Column: TypeAlias = Union[pd.Series, pd.Index]  # noqa: UP007 - pandas is untyped


def is_in(values: Column, candidates: Column) -> np.ndarray:
    """`values.isin(candidates)` as a bool array, in the order of `values`; missing values
    are not found."""
    left, right = _strings(values), _strings(candidates)
    if left is None or right is None:
        return np.asarray(values.isin(candidates) & values.notna()).astype(bool)
    if isinstance(right, pa.ChunkedArray):
        right = right.combine_chunks()
    found = pc.is_in(left, value_set=right.cast(left.type), skip_nulls=True)
    found = pc.fill_null(found, False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def _strings(column: Column) -> pa.Array | pa.ChunkedArray | None:
    """The column as an Arrow string array (no Python objects made for Arrow-backed columns),
    or None when it holds anything but strings and missing values."""
    try:
        array = pa.array(column.array, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if pa.types.is_null(array.type):
        return pa.nulls(len(array), type=pa.large_string())
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        return None
    return array


def map_distinct(values: pd.Series, func: Callable[[object], object]) -> np.ndarray:
    """`func` of each value, missing ones included, called once per distinct value (a column
    of a million accounts or platforms holds a few thousand), as an object array."""
    codes, distinct = pd.factorize(values, use_na_sentinel=False)
    return np.array([func(v) for v in distinct], dtype=object)[codes]


def map_distinct_pairs(
    first: pd.Series, second: pd.Series, func: Callable[[object, object], object]
) -> np.ndarray:
    """`func(a, b)` of each row's pair of values (missing ones included), called once per
    distinct pair, as an object array. The pairs are numbered from the two columns' codes:
    no tuple is made per row."""
    first_codes, first_values = pd.factorize(first, use_na_sentinel=False)
    second_codes, second_values = pd.factorize(second, use_na_sentinel=False)
    width = max(1, len(second_values))
    pairs, pair_of_row = np.unique(first_codes.astype(np.int64) * width + second_codes, return_inverse=True)
    results = [func(first_values[pair // width], second_values[pair % width]) for pair in pairs.tolist()]
    return np.array(results, dtype=object)[pair_of_row]
