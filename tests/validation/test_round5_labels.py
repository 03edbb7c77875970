"""Round 5 of the labelled texts (IRC lines, Stack Exchange comments) stays what its sampler and guide say.

Structure only, as in test_labels.py: the sampler's output, strata, split and fractions, and that the labelled
files are the sample files labelled row for row. No detector runs on these texts here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from label_files import imports_outside_stdlib, read_rows

from validation.labels import round5, sample

LABELS = Path(sample.ROOT) / "validation/data/labels"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two round-5 sample files as the sampler writes them now, from the repository's copies alone."""
    out = tmp_path_factory.mktemp("round5")
    round5.main(["--out", str(out)])
    return out


@pytest.mark.parametrize("split", ["dev", "test"])
def test_sample_files_are_the_samplers_output(written: Path, split: str) -> None:
    name = f"sample_{split}_round5.csv"
    assert (written / name).read_bytes() == (LABELS / name).read_bytes()


@pytest.mark.parametrize("split", ["dev", "test"])
def test_rows_follow_the_split_strata_and_fractions(split: str) -> None:
    rows = read_rows(LABELS / f"sample_{split}_round5.csv")
    assert rows and list(rows[0]) == list(sample.COLUMNS)
    for row in rows:
        assert row["split"] == split == sample.split_of(row["document"]), row["id"]
        assert row["stratum"] == round5.stratum_of(row["text"]), row["id"]
        assert float(row["sampling_fraction"]) == round5.FRACTIONS[(row["source"], row["stratum"])]
        assert sample._unit(round5.ROUND5_SALT, row["id"]) < float(row["sampling_fraction"])
        assert row["document"] == (
            "irc:" + row["id"][4:].rsplit(":", 1)[0] if row["source"] == "irc" else row["document"]
        )
    assert {row["source"] for row in rows} == {"irc", "secomment"}
    assert {row["stratum"] for row in rows} == {"enriched", "random"}


def test_round5_texts_are_new_and_unique() -> None:
    earlier = round5.earlier_texts(Path(sample.ROOT))
    rows = [row for split in ("dev", "test") for row in read_rows(LABELS / f"sample_{split}_round5.csv")]
    keys = [sample.normalized(row["text"]) for row in rows]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & earlier
    assert len({row["id"] for row in rows}) == len(rows)


def test_stack_comment_documents_are_threads() -> None:
    """A comment's document is its post's thread (site and post id), so a thread never spans both splits."""
    copies = {text.id: text.document for text in round5.stack_comment_texts(Path(sample.ROOT))}
    rows = [row for split in ("dev", "test") for row in read_rows(LABELS / f"sample_{split}_round5.csv")]
    assert all(copies[row["id"]] == row["document"] for row in rows if row["source"] == "secomment")


def test_sampler_is_independent_of_the_detectors() -> None:
    """The round-5 sampler imports the standard library and the first sampler only."""
    assert imports_outside_stdlib(round5) == {"validation.labels.sample"}


@pytest.mark.parametrize(
    ("text", "stratum"),
    [
        ("*their", "enriched"),
        ("s/foo/bar/", "enriched"),
        ("you're right, it is the other flag", "enriched"),
        ("edit: typo", "enriched"),
        ("sorry, wrong channel", "enriched"),
        ("install the package from the archive", "random"),
        ("the *only* way is apt", "random"),
    ],
)
def test_stratum_cues(text: str, stratum: str) -> None:
    assert round5.stratum_of(text) == stratum


@pytest.mark.parametrize("split", ["dev", "test"])
def test_labelled_rows_are_the_sample_labelled(split: str) -> None:
    drawn = read_rows(LABELS / f"sample_{split}_round5.csv")
    labelled = read_rows(LABELS / f"{split}_round5.csv")
    assert [{column: row[column] for column in sample.COLUMNS} for row in labelled] == drawn


def test_relabel_rows_are_the_seeded_choice() -> None:
    """The 120 blind relabels: per split the first 40 enriched and 20 random texts in seeded order, with the
    sample's columns unchanged (GUIDE.md, agreement of round 5)."""
    relabelled = read_rows(LABELS / "relabel_check_round5.csv")
    chosen: list[dict[str, str]] = []
    for split in ("dev", "test"):
        drawn = read_rows(LABELS / f"sample_{split}_round5.csv")
        for stratum, count in (("enriched", 40), ("random", 20)):
            rows = [row for row in drawn if row["stratum"] == stratum]
            chosen += sorted(rows, key=lambda row: sample._unit("relabel-round5-v1:", row["id"]))[:count]
    assert [{column: row[column] for column in sample.COLUMNS} for row in relabelled] == chosen
