"""CSV cells that a spreadsheet would run as a formula come out as text (apostrophe first),
and carriage returns as line feeds (quoted, so no reader splits the row), whatever kind of
text column holds them; numbers and other cells are left as they are."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from signals.outputs import guard_formulas, write_csv

CELLS = ['=HYPERLINK("x")', "+1", "-2 points", "@[someone] hi", "\tx", "\rx", "a\r\nb\rc", "a=b", None]
GUARDED = ['\'=HYPERLINK("x")', "'+1", "'-2 points", "'@[someone] hi", "'\tx", "'\nx", "a\n\nb\nc", "a=b", ""]


@pytest.mark.parametrize("dtype", [object, "str", "string[pyarrow]", "string[python]"])
def test_every_text_column_kind_is_guarded(dtype: object, tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "key": range(len(CELLS)),
            "text": pd.Series(CELLS, dtype=dtype),
            "number": [-1.5, 2.0, -3.0, 0.0, 1.0, -0.25, 5.0, 6.0, -7.0],
        }
    )
    write_csv(frame, tmp_path / "out.csv", sort_by=["key"])
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["text"] for row in rows] == GUARDED
    assert [row["number"] for row in rows] == ["-1.5", "2", "-3", "0", "1", "-0.25", "5", "6", "-7"]


def test_guard_keeps_types_and_leaves_the_input_alone() -> None:
    mixed = pd.Series(["=x", 3, True, None, "-y\r"], dtype=object)
    arrow = pd.Series(["@a", "b", None, "+c", "d"], dtype="str")
    frame = pd.DataFrame({"mixed": mixed, "arrow": arrow, "flag": [True, False, True, False, True]})
    guarded = guard_formulas(frame)
    assert guarded["mixed"].tolist() == ["'=x", 3, True, None, "'-y\n"]
    assert guarded["arrow"].dtype == arrow.dtype
    assert guarded["arrow"].tolist()[:2] == ["'@a", "b"] and guarded["arrow"].tolist()[3:] == ["'+c", "d"]
    assert guarded["arrow"].isna().tolist() == [False, False, True, False, False]
    assert frame["mixed"].tolist()[0] == "=x" and frame["arrow"].tolist()[0] == "@a"
