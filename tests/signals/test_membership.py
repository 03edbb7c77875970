"""`is_in` answers as pandas' `isin` (a missing value is never found), for Arrow strings,
Python strings and the rest; `map_distinct` as a call per value, one call per distinct value."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from features.lexical import normalize_account
from signals.ground.membership import is_in, map_distinct, map_distinct_pairs
from signals.ground.schemas import POST_STRING_DTYPE

VALUES = ["x:1", "x:2", None, "mastodon:a/3", "x:1", "ü🙂", ""]
CANDIDATES = ["x:1", "ü🙂", "nothing", ""]


@pytest.mark.parametrize("left_dtype", [POST_STRING_DTYPE, object])
@pytest.mark.parametrize("right_kind", ["arrow", "object", "index", "empty", "with_missing"])
def test_same_answer_as_pandas(left_dtype: object, right_kind: str) -> None:
    values = pd.Series(VALUES, dtype=left_dtype)
    right: pd.Series | pd.Index = {
        "arrow": pd.Series(CANDIDATES, dtype=POST_STRING_DTYPE),
        "object": pd.Series(CANDIDATES, dtype=object),
        "index": pd.Index(CANDIDATES, dtype=object),
        "empty": pd.Series([], dtype=object),
        "with_missing": pd.Series([*CANDIDATES, None], dtype=object),
    }[right_kind]
    expected = np.asarray(values.astype(object).isin(right.astype(object)) & values.notna(), dtype=bool)
    got = is_in(values, right)
    assert got.dtype == bool
    np.testing.assert_array_equal(got, expected)
    assert got.any() == (right_kind != "empty")  # the sets overlap unless there are no candidates


def test_golden_values() -> None:
    values = pd.Series(VALUES, dtype=POST_STRING_DTYPE)
    got = is_in(values, pd.Series(CANDIDATES, dtype=POST_STRING_DTYPE)).tolist()
    assert got == [True, False, False, False, True, True, True]


def test_non_strings_fall_back_to_pandas() -> None:
    got = is_in(pd.Series([1, 2, 3]), pd.Series([3, 1]))
    assert got.tolist() == [True, False, True]
    mixed = is_in(pd.Series(["1", 1, None], dtype=object), pd.Series([1, None]))
    assert mixed.tolist() == [False, True, False]


@pytest.mark.parametrize("dtype", [POST_STRING_DTYPE, object])
def test_map_distinct_equals_a_call_per_value_with_one_call_per_distinct_value(dtype: object) -> None:
    values = pd.Series(["@Ana", "ana.", None, "@Ana", "Bo@host.social", None, "", "ana."], dtype=dtype)
    calls: list[object] = []

    def counted(value: object) -> str:
        calls.append(value)
        return normalize_account(value)

    got = map_distinct(values, counted)
    assert got.dtype == object
    assert got.tolist() == [normalize_account(v) for v in values.tolist()]
    assert len(calls) == 5  # "@Ana", "ana.", missing, "Bo@host.social", ""
    assert map_distinct(pd.Series([], dtype=dtype), counted).tolist() == []


@pytest.mark.parametrize("dtype", [POST_STRING_DTYPE, object])
def test_map_distinct_pairs_equals_a_call_per_row_with_one_call_per_distinct_pair(dtype: object) -> None:
    first = pd.Series(["x", "x", "slack", None, "x", None, "slack"], dtype=dtype)
    second = pd.Series(["a", "b", "a", "a", "a", "a", None], dtype=dtype)
    calls: list[tuple[object, object]] = []

    def joined(a: object, b: object) -> str:  # a missing value, whichever kind, as "-"
        calls.append((a, b))
        return f"{a if isinstance(a, str) else '-'}|{b if isinstance(b, str) else '-'}"

    got = map_distinct_pairs(first, second, joined)
    assert got.dtype == object
    assert got.tolist() == ["x|a", "x|b", "slack|a", "-|a", "x|a", "-|a", "slack|-"]
    assert len(calls) == 5  # (x, a), (x, b), (slack, a), (missing, a), (slack, missing)
    assert map_distinct_pairs(first[:0], second[:0], joined).tolist() == []
