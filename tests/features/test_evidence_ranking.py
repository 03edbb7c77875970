"""The evidence ranking on numbers (`_top_positions`) equals the plain pandas ranking it replaced."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import pytest

from features.evidence import _top_positions
from signals.ground.schemas import POST_STRING_DTYPE


def _plain_top_positions(
    base: pd.DataFrame, strength: pd.Series, *, by: Sequence[str], k: int
) -> np.ndarray:
    """The ranking as one pandas sort and a group-by head: the reference."""
    ranked = pd.DataFrame(
        {
            **{key: base[key].to_numpy() for key in by},
            "_abs": strength.abs().to_numpy(dtype=float),
            "_t": pd.DatetimeIndex(pd.to_datetime(base["created_at"], utc=True)).asi8,
            "post_id": base["post_id"].to_numpy(),
            "_at": np.arange(len(base)),
        }
    )
    ranked = ranked[ranked["_abs"].notna() & ranked["_abs"].ne(0)]
    ranked = ranked.sort_values(
        [*by, "_abs", "_t", "post_id"], ascending=[*(True for _ in by), False, False, True]
    )
    return ranked.groupby(list(by), sort=False).head(k)["_at"].to_numpy()


def _frame(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, pd.Series]:
    """Few people, features, times and strengths, so that every kind of tie occurs."""
    people = np.array(["ana", "bob", "Émile", "zoë", "Bob", None], dtype=object)
    features = np.array(["tone__x", "humility__y", "humanness__z"], dtype=object)
    times = pd.to_datetime(
        ["2024-01-01T10:00Z", "2024-01-01T10:00Z", "2024-03-05T08:30Z", None, "2023-12-31T23:59Z"], utc=True
    )
    person = people[rng.choice(len(people), n, p=[0.3, 0.25, 0.15, 0.15, 0.1, 0.05])]
    base = pd.DataFrame(
        {
            "person_id": pd.Series(person, dtype=POST_STRING_DTYPE),
            "feature": pd.Categorical(features[rng.integers(0, len(features), n)], categories=features),
            "post_id": pd.Series(
                [f"p{rng.integers(0, n // 2 + 1)}" for _ in range(n)], dtype=POST_STRING_DTYPE
            ),
            "created_at": times[rng.integers(0, len(times), n)],
        }
    )
    strength = pd.Series(rng.choice([0.0, 1.0, -1.0, 2.5, -2.5, np.nan, 0.25], n))
    return base, strength


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize(
    ("by", "k"), [(("person_id",), 5), (("person_id", "feature"), 5), (("person_id",), 2)]
)
def test_equals_the_plain_ranking(seed: int, by: tuple[str, ...], k: int) -> None:
    rng = np.random.default_rng(seed)
    base, strength = _frame(rng, int(rng.integers(0, 200)))
    expected = _plain_top_positions(base, strength, by=by, k=k)
    np.testing.assert_array_equal(_top_positions(base, strength, by=by, k=k), expected)


def test_ties_in_strength_and_time_go_by_post_id_then_input_order() -> None:
    at = pd.Timestamp("2024-03-12T14:00:00Z")
    base = pd.DataFrame(
        {
            "person_id": ["ana"] * 5,
            "post_id": ["x:9", "x:10", "x:2", "x:2", "x:1"],
            "created_at": [at] * 4 + [at - pd.Timedelta(hours=1)],
        }
    )
    top = _top_positions(base, pd.Series([1.0, -1.0, 1.0, 1.0, 3.0]), k=4)
    # x:1 is strongest; the rest tie, and "x:10" < "x:2" < "x:9" as text; the two x:2 stay in order
    assert list(top) == [4, 1, 2, 3]
