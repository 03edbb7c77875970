"""The labelled apology and correction texts (validation/data/labels/) stay what the sampler and guide say.

Structure only: these tests check ids, columns, label values, spans and the split by source document; they
never run a detector on the texts (issue #24: the labels must be independent of the rules).
"""

from __future__ import annotations

import ast
import csv
import sys
from pathlib import Path

import pytest

from validation.labels import sample

LABELS = Path(sample.ROOT) / "validation/data/labels"
LABEL_COLUMNS = [*sample.COLUMNS[:-1], "type", "correction", "sarcasm", "span", "note", "text"]
TYPES = {"own", "org", "empathy", "deference", "none"}
# Every file holding labelled rows, with the split its rows must carry.
LABEL_FILES = {
    "dev.csv": "dev",
    "legacy_dev.csv": "dev",
    "dev_enriched.csv": "dev",
    "dev_admissions.csv": "dev",
    "test.csv": "test",
    "test_enriched.csv": "test",
    "dev_round5.csv": "dev",
    "test_round5.csv": "test",
    "dev_round6.csv": "dev",
    "dev_round7.csv": "dev",
    "test_round6.csv": "test",
    "relabel_check.csv": None,
    "relabel_check_enriched.csv": None,
    "relabel_check_round5.csv": None,
    "relabel_check_round6.csv": None,
}


def _rows(name: str) -> list[dict[str, str]]:
    with (LABELS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seven sample files as the sampler writes them now, in a fresh folder."""
    out = tmp_path_factory.mktemp("labels")
    sample.main(["--out", str(out)])
    return out


@pytest.mark.parametrize(
    "name",
    [
        "sample_dev.csv",
        "sample_test.csv",
        "sample_dev_enriched.csv",
        "sample_test_enriched.csv",
        "sample_dev_stack.csv",
        "sample_test_stack.csv",
        "sample_dev_admissions.csv",
    ],
)
def test_sample_files_are_the_samplers_output(written: Path, name: str) -> None:
    assert (written / name).read_bytes() == (LABELS / name).read_bytes()


def _enriched_sample(split: str) -> list[dict[str, str]]:
    """The rows {split}_enriched.csv labels: the first enrichment, then the Stack Exchange requests."""
    return _rows(f"sample_{split}_enriched.csv") + _rows(f"sample_{split}_stack.csv")


@pytest.mark.parametrize("split", ["dev", "test"])
def test_enriched_labels_are_the_enriched_sample_labelled(split: str) -> None:
    drawn = _enriched_sample(split)
    labelled = _rows(f"{split}_enriched.csv")
    assert list(labelled[0]) == LABEL_COLUMNS
    assert [{column: row[column] for column in sample.COLUMNS} for row in labelled] == drawn
    assert {row["split"] for row in drawn} == {split}
    assert {(row["source"] == "stack", row["stratum"]) for row in drawn} == {
        (False, "enriched"),
        (True, "enriched"),
        (True, "random"),
    }


def test_enriched_texts_are_new() -> None:
    """No enrichment text was labelled before (main sample or legacy), and none is drawn twice."""
    earlier = {row["id"] for name in ("dev.csv", "test.csv", "legacy_dev.csv") for row in _rows(name)}
    enriched = [row["id"] for split in ("dev", "test") for row in _enriched_sample(split)]
    assert enriched and len(set(enriched)) == len(enriched)
    assert not earlier & set(enriched)


def test_enriched_texts_match_the_pre_filter_and_the_split_rule() -> None:
    """Stratum enriched: pre-filter matches; stratum random (Stack Exchange): none of them matches."""
    for split in ("dev", "test"):
        for row in _enriched_sample(split):
            matches = bool(sample.ENRICH_PATTERN.search(row["text"]))
            assert matches == (row["stratum"] == "enriched"), row["id"]
            # legacy documents are dev whatever their hash; every other document follows split_of
            assert row["split"] == sample.split_of(row["document"]) or row["split"] == "dev", row["id"]


def test_stack_random_stratum_is_150_requests_with_their_fraction() -> None:
    """150 random requests, each carrying the stratum's fraction, so weighted figures remain possible."""
    rows = [row for split in ("dev", "test") for row in _rows(f"sample_{split}_stack.csv")]
    random = [row for row in rows if row["stratum"] == "random"]
    _, _, counted, _ = sample.stack_rows(sample.ROOT)
    population = sum(count for (_, stratum, _), count in counted.items() if stratum == "random")
    assert len(random) == sample.STACK_RANDOM == 150 and population > 5000
    assert {row["sampling_fraction"] for row in random} == {f"{150 / population:g}"}
    assert {row["sampling_fraction"] for row in rows if row["stratum"] == "enriched"} == {"1"}
    assert all(row["document"] == row["id"] and row["id"].startswith("stack:") for row in rows)


@pytest.mark.parametrize("name", sorted(LABEL_FILES))
def test_labels_are_valid(name: str) -> None:
    """Label values of the guide; a span is an exact one-line substring, present when there is a label."""
    legacy = name == "legacy_dev.csv"
    for row in _rows(name):
        assert list(row) == LABEL_COLUMNS
        assert row["type"] in TYPES and row["correction"] in {"yes", "no"}, row["id"]
        assert row["sarcasm"] in ({"yes", "no", ""} if legacy else {"yes", "no"}), row["id"]
        assert row["span"] in row["text"] and "\n" not in row["span"], row["id"]
        if not legacy:  # legacy spans are empty except for the deference texts re-read under the guide
            assert bool(row["span"]) == (row["type"] != "none" or row["correction"] == "yes"), row["id"]
        if LABEL_FILES[name]:
            assert row["split"] == LABEL_FILES[name], row["id"]


def test_no_document_is_in_both_splits_across_all_label_files() -> None:
    split_of_document: dict[str, set[str]] = {}
    for name in LABEL_FILES:
        for row in _rows(name):
            split_of_document.setdefault(row["document"], set()).add(row["split"])
    assert not [document for document, splits in split_of_document.items() if len(splits) > 1]


def test_pre_filter_is_independent_of_the_detectors() -> None:
    """The sampler imports the standard library only: its word lists cannot come from features/."""
    tree = ast.parse(Path(sample.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}


def test_stack_relabel_rows_are_the_seeded_choice() -> None:
    """The 60 Stack Exchange relabel rows: per split the first 20 enriched and 10 random requests in seeded
    order, with the sample's columns unchanged (the blind relabel of GUIDE.md's agreement section)."""
    relabelled = [row for row in _rows("relabel_check_enriched.csv") if row["source"] == "stack"]
    chosen: list[dict[str, str]] = []
    for split in ("dev", "test"):
        drawn = _rows(f"sample_{split}_stack.csv")
        for stratum, count in (("enriched", 20), ("random", 10)):
            rows = [row for row in drawn if row["stratum"] == stratum]
            chosen += sorted(rows, key=lambda row: sample._unit("relabel-stack-v1:", row["id"]))[:count]
    assert [{column: row[column] for column in sample.COLUMNS} for row in relabelled] == chosen


def test_admission_labels_are_the_admissions_sample_labelled() -> None:
    """dev_admissions.csv labels sample_dev_admissions.csv row for row; every row is of the development split
    (a document split_of puts in dev, or a legacy one), and none was drawn or labelled before."""
    drawn = _rows("sample_dev_admissions.csv")
    labelled = _rows("dev_admissions.csv")
    assert len(labelled) >= 300 and list(labelled[0]) == LABEL_COLUMNS
    assert [{column: row[column] for column in sample.COLUMNS} for row in labelled] == drawn
    legacy = {row["document"] for row in _rows("legacy_dev.csv")}
    assert all(row["split"] == "dev" for row in drawn)
    assert all(sample.split_of(row["document"]) == "dev" or row["document"] in legacy for row in drawn)
    earlier = {
        row["id"]
        for name in ("sample_dev.csv", "sample_dev_enriched.csv", "sample_dev_stack.csv", "legacy_dev.csv")
        for row in _rows(name)
    }
    assert not earlier & {row["id"] for row in drawn}


def test_admissions_strata_follow_the_pre_filter() -> None:
    """Stratum enriched: ADMIT_PATTERN matches; stratum random: ADMIT_RANDOM texts it does not match."""
    drawn = _rows("sample_dev_admissions.csv")
    for row in drawn:
        assert bool(sample.ADMIT_PATTERN.search(row["text"])) == (row["stratum"] == "enriched"), row["id"]
    assert sum(row["stratum"] == "random" for row in drawn) == sample.ADMIT_RANDOM


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("I forgot to attach it", True),
        ("my mistake, the link is below", True),
        ("I meant Tuesday, not Monday", True),
        ("edit: it's 5pm", True),
        ("*their", True),
        ("scratch that", True),
        ("The weather is nice today", False),
        ("Thanks for the *great* answer", False),
    ],
)
def test_admission_pre_filter(text: str, matches: bool) -> None:
    assert bool(sample.ADMIT_PATTERN.search(text)) == matches
