"""Round 6 of the labelled texts (IBM customer-care test.json) stays what its sampler and guide say.

Structure only, as in test_round5_labels.py: the sampler's output, split and strata, that every turn of
test.json with words is there once, and that the labelled files are the sample files labelled row for row.
No detector runs on these texts here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from label_files import imports_outside_stdlib, read_rows

from validation.labels import round5, round6, sample

LABELS = Path(sample.ROOT) / "validation/data/labels"


def _sampled() -> list[dict[str, str]]:
    return [row for split in ("dev", "test") for row in read_rows(LABELS / f"sample_{split}_round6.csv")]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two round-6 sample files as the sampler writes them now, from the repository's copy alone."""
    out = tmp_path_factory.mktemp("round6")
    round6.main(["--out", str(out)])
    return out


@pytest.mark.parametrize("split", ["dev", "test"])
def test_sample_files_are_the_samplers_output(written: Path, split: str) -> None:
    name = f"sample_{split}_round6.csv"
    assert (written / name).read_bytes() == (LABELS / name).read_bytes()


@pytest.mark.parametrize("split", ["dev", "test"])
def test_rows_follow_the_split_and_strata(split: str) -> None:
    rows = read_rows(LABELS / f"sample_{split}_round6.csv")
    assert rows and list(rows[0]) == list(sample.COLUMNS)
    for row in rows:
        assert row["split"] == split == sample.split_of(row["document"]), row["id"]
        assert row["stratum"] == round6.stratum_of(row["text"]), row["id"]
        assert (row["source"], row["sampling_fraction"]) == ("ibm", "1")
    assert {row["stratum"] for row in rows} == {"enriched", "random"}


def test_every_turn_of_test_json_is_taken_once_unless_labelled_before() -> None:
    every = sample.ibm_texts(Path(sample.ROOT), name=round6.IBM_TEST)
    texts = [t for t in every if sample._has_words(t.text)]
    rows = _sampled()
    taken = {row["id"]: row for row in rows}
    assert len(taken) == len(rows)
    keys = [sample.normalized(row["text"]) for row in rows]
    assert len(set(keys)) == len(keys)
    earlier = round5.labelled_texts(Path(sample.ROOT), rounds=(5,))
    assert not set(keys) & earlier
    documents: dict[str, set[str]] = {}
    for text in texts:
        documents.setdefault(sample.normalized(text.text), set()).add(text.document)
        if text.id in taken:
            assert taken[text.id]["document"] in {t.document for t in texts if t.id == text.id}
        else:  # left out only as a repeat of a text taken or labelled before
            key = sample.normalized(text.text)
            assert key in earlier or key in set(keys), text.id
    # a text in several conversations (one tweet shared by two) has them all in one split: no leak
    assert all(len({sample.split_of(d) for d in found}) == 1 for found in documents.values())


def test_round6_texts_are_not_the_dev_json_conversations() -> None:
    dev_ids = {t.id for t in sample.ibm_texts(Path(sample.ROOT))}
    assert not dev_ids & {row["id"] for row in _sampled()}


def test_sampler_is_independent_of_the_detectors() -> None:
    """The round-6 sampler imports the standard library and the earlier samplers only."""
    assert imports_outside_stdlib(round6) == {"validation.labels.sample", "validation.labels.round5"}


@pytest.mark.parametrize(
    ("text", "stratum"),
    [
        ("@Jo Sorry for the inconvenience! ^AS", "enriched"),
        ("@Jo We hate to hear this. Please DM us.", "enriched"),
        ("@Jo Sorry to hear that", "enriched"),
        ("@Jo We understand your frustration.", "enriched"),
        ("@Spotify why is the album not on the app?", "random"),
    ],
)
def test_stratum_cues(text: str, stratum: str) -> None:
    assert round6.stratum_of(text) == stratum


@pytest.mark.parametrize("split", ["dev", "test"])
def test_labelled_rows_are_the_sample_labelled(split: str) -> None:
    drawn = read_rows(LABELS / f"sample_{split}_round6.csv")
    labelled = read_rows(LABELS / f"{split}_round6.csv")
    assert [{column: row[column] for column in sample.COLUMNS} for row in labelled] == drawn
    assert {row["type"] for row in labelled} <= {"own", "org", "empathy", "deference", "none"}
    assert {row["correction"] for row in labelled} <= {"yes", "no"}
    assert all(row["span"] in row["text"] for row in labelled)


def test_relabel_rows_are_the_seeded_choice() -> None:
    """The 90 blind relabels: per split the first 30 enriched and 15 random texts in seeded order."""
    relabelled = read_rows(LABELS / "relabel_check_round6.csv")
    chosen: list[dict[str, str]] = []
    for split in ("dev", "test"):
        drawn = read_rows(LABELS / f"sample_{split}_round6.csv")
        for stratum, count in (("enriched", 30), ("random", 15)):
            rows = [row for row in drawn if row["stratum"] == stratum]
            chosen += sorted(rows, key=lambda row: sample._unit("relabel-round6-v1:", row["id"]))[:count]
    assert [{column: row[column] for column in sample.COLUMNS} for row in relabelled] == chosen
