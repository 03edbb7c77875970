"""Round 7 of the labelled texts (development only: admissions from chat lines and Q&A comments).

Structure only: the sampler's output, that every row is a development text of a development document
matching the admissions pre-filter and new, and that the labelled file is the sample labelled row for row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from label_files import imports_outside_stdlib, read_rows

from validation.labels import round5, round7, sample

LABELS = Path(sample.ROOT) / "validation/data/labels"


def test_sample_file_is_the_samplers_output(tmp_path: Path) -> None:
    round7.main(["--out", str(tmp_path)])
    name = "sample_dev_round7.csv"
    assert (tmp_path / name).read_bytes() == (LABELS / name).read_bytes()


def test_rows_are_new_development_admission_candidates() -> None:
    rows = read_rows(LABELS / "sample_dev_round7.csv")
    assert rows and list(rows[0]) == list(sample.COLUMNS)
    earlier = round5.labelled_texts(Path(sample.ROOT), rounds=(5, 6))
    keys = [sample.normalized(row["text"]) for row in rows]
    assert len(set(keys)) == len(keys) and not set(keys) & earlier
    for row in rows:
        assert row["split"] == "dev" == sample.split_of(row["document"]), row["id"]
        assert sample.ADMIT_PATTERN.search(row["text"]), row["id"]
        assert sample._unit(round7.ROUND7_SALT, row["id"]) < round7.FRACTION
    assert {row["source"] for row in rows} == {"irc", "secomment"}


def test_no_test_document_is_read() -> None:
    """Every drawn row's document is a development document; the test documents' texts are never drawn."""
    rows, counted = round7.round7_rows(Path(sample.ROOT))
    assert all(sample.split_of(row["document"]) == "dev" for row in rows)
    assert sum(n for (_, kind), n in counted.items() if kind == "drawn") == len(rows)


@pytest.mark.parametrize("name", ["dev_round7.csv"])
def test_labelled_rows_are_the_sample_labelled(name: str) -> None:
    drawn = read_rows(LABELS / "sample_dev_round7.csv")
    labelled = read_rows(LABELS / name)
    assert [{column: row[column] for column in sample.COLUMNS} for row in labelled] == drawn
    assert {row["type"] for row in labelled} <= {"own", "org", "empathy", "deference", "none"}
    assert all(row["span"] in row["text"] for row in labelled)


def test_sampler_is_independent_of_the_detectors() -> None:
    assert imports_outside_stdlib(round7) == {"validation.labels.sample", "validation.labels.round5"}
