"""The text cache gives the same summaries as the per-text pass, and trusts nothing it should not."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from test_summaries import COLLEAGUES
from test_summaries import TEXTS as SUMMARY_TEXTS

from features.columnar.block import SummaryBlock
from features.posts import TextBatch
from features.registry import MATCH, READING_EASE, VALUE, columns_of
from features.summaries import start_summaries, summarize_batch
from features.text_cache import CACHE_FILE, TextCache, generation, text_keys
from signals.execution.runner import LocalRunner

# the summaries' distinct texts (one with nothing left after cleaning, one in German), and one more
TEXTS = [*SUMMARY_TEXTS[:6], "I was wrong about the date, apologies. \"Never again\" they said :)"]
DETECT = [TEXTS[4], TEXTS[6], "Ceci est une phrase française tout à fait ordinaire, merci beaucoup."]
MISSION = ("volunteers",)


def assert_same_blocks(got: SummaryBlock, expected: SummaryBlock) -> None:
    for name in ("values", "analyzed", "openings", "first_row", "first_feature", "first_span"):
        np.testing.assert_array_equal(getattr(got, name), getattr(expected, name), err_msg=name)
        assert getattr(got, name).dtype == getattr(expected, name).dtype, name
    assert got.langs == expected.langs and got.words == expected.words
    assert got.first_label == expected.first_label
    assert got.mentions == expected.mentions and list(got.mentions) == list(expected.mentions)


def _summaries(texts: list[str], detect: list[str], cache: TextCache | None = None) -> SummaryBlock:
    result = start_summaries(
        texts, detect=detect, mission_terms=MISSION, colleagues=COLLEAGUES, runner=LocalRunner(cache=cache)
    )
    return result()[1]


def _opened(path: Path, mission: tuple[str, ...] = MISSION) -> TextCache:
    return TextCache(path, generation=generation(mission)).open()


def test_take_reorders_rows_with_their_matches_and_mentions() -> None:
    batch = TextBatch(list(TEXTS), [True] * len(TEXTS), [False] * len(TEXTS))
    block = summarize_batch(batch, mission_terms=MISSION, colleagues=COLLEAGUES)
    order = np.array([6, 0, 5, 3, 1, 4, 2])
    permuted = TextBatch([TEXTS[i] for i in order], [True] * len(TEXTS), [False] * len(TEXTS))
    expected = summarize_batch(permuted, mission_terms=MISSION, colleagues=COLLEAGUES)
    assert len(expected.first_row) > len(TEXTS)  # several first matches per row
    assert_same_blocks(block.take(order), expected)
    some = block.take(np.array([5, 0]))  # a selection of rows
    assert some.words == [block.words[5], block.words[0]] and set(some.mentions) == {0, 1}


def test_cold_warm_and_partial_caches_give_the_summaries_of_no_cache(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    expected = _summaries(TEXTS, DETECT)
    cold = _opened(path)
    assert_same_blocks(_summaries(TEXTS, DETECT, cold), expected)
    assert cold.hits_ == 0 and cold.misses_ == 8  # 7 + 3 texts, 2 of them in both
    cold.commit()
    warm = _opened(path)
    assert_same_blocks(_summaries(TEXTS, DETECT, warm), expected)
    assert warm.hits_ == 8 and warm.misses_ == 0
    warm.commit()
    # new texts beside known ones, in another order, one known text now also to be detected
    texts = ["A brand new post about our volunteers, thanks Priya!", *TEXTS[::-1]]
    detect = [TEXTS[0], *DETECT]
    partial = _opened(path)
    assert_same_blocks(_summaries(texts, detect, partial), _summaries(texts, detect))
    assert partial.hits_ == 7 and partial.misses_ == 2  # the new text, and TEXTS[0] with new flags
    partial.commit()


def test_rows_from_several_batches_of_the_file_come_back_in_order(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    first = _opened(path)
    for part in (TEXTS[:3], TEXTS[3:5], TEXTS[5:]):  # three groups: three batches in the file
        _summaries(part, [], first)
    first.commit()
    scrambled = [TEXTS[6], TEXTS[1], TEXTS[4], TEXTS[0], TEXTS[5], TEXTS[3], TEXTS[2]]
    again = _opened(path)
    assert again.keys_.shape == (7, 32)
    assert_same_blocks(_summaries(scrambled, [], again), _summaries(scrambled, []))
    assert again.hits_ == 7


def test_the_file_names_each_value_column_as_the_registry_does(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    cache = _opened(path)
    block = _summaries(TEXTS, DETECT, cache)
    cache.commit()
    table = pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    declared = columns_of(VALUE, MATCH, by_author=False)
    assert [name for name in table.column_names if "__" in name] == list(declared)
    reading = table.column(READING_EASE).to_numpy(zero_copy_only=False)
    # the file's rows are the texts in the order they were first summarized, as the block's
    np.testing.assert_array_equal(reading, block.values[: len(reading), declared.index(READING_EASE)])


def test_keys_tell_texts_and_flags_apart() -> None:
    keys = text_keys(["a", "a", "a", "b", "\ud800"], [False, True, False, False, False], [True] * 5)
    assert keys.shape == (5, 32)
    assert (keys[0] == keys[2]).all() and not (keys[0] == keys[1]).all()
    assert len({k.tobytes() for k in keys}) == 4


def test_another_generation_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    first = _opened(path)
    _summaries(TEXTS, DETECT, first)
    first.commit()
    other = _opened(path, mission=("volunteers", "libraries"))  # other mission terms
    _summaries(TEXTS, DETECT, other)
    assert other.hits_ == 0
    assert generation(MISSION) == generation(MISSION) != generation(("libraries",))


def test_an_unreadable_cache_is_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / CACHE_FILE
    path.write_bytes(b"ARROW1 but not really")
    with caplog.at_level(logging.WARNING, logger="features.text_cache"):
        cache = _opened(path)
    assert "cannot be read" in caplog.text and str(path) in caplog.text
    assert_same_blocks(_summaries(TEXTS, DETECT, cache), _summaries(TEXTS, DETECT))
    assert cache.hits_ == 0
    cache.commit()  # replaced by a good one
    assert _opened(path).lookup(text_keys(TEXTS[:1], [False], [True])).tolist() == [0]


def test_a_cache_of_no_texts_opens_empty(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    _opened(path).commit()  # a run whose people wrote nothing of their own
    again = _opened(path)
    assert again.keys_.shape == (0, 32) and again.lookup(text_keys(["x"], [False], [True])).tolist() == [-1]
    again.discard()


def test_a_file_damaged_on_disk_is_not_used(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / CACHE_FILE
    first = _opened(path)
    _summaries(TEXTS, DETECT, first)
    first.commit()
    assert _opened(path).lookup(first.keys_[:0]).shape == (0,)  # a good file opens without a word
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit in the middle: the Arrow footer still reads
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="features.text_cache"):
        damaged = _opened(path)
    assert "does not match" in caplog.text
    assert_same_blocks(_summaries(TEXTS, DETECT, damaged), _summaries(TEXTS, DETECT))
    assert damaged.hits_ == 0
    damaged.discard()


def test_discard_keeps_the_earlier_file_and_leaves_no_part(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    first = _opened(path)
    _summaries(TEXTS, DETECT, first)
    first.commit()
    before = path.read_bytes()
    second = _opened(path)
    _summaries(["something else entirely"], [], second)
    second.discard()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [CACHE_FILE, CACHE_FILE + ".sha256"]


def test_a_failed_write_gives_up_the_new_file_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import features.text_cache

    path = tmp_path / CACHE_FILE
    first = _opened(path)
    _summaries(TEXTS[:2], [], first)
    first.commit()
    before = path.read_bytes()

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(features.text_cache, "_record_batch", disk_full)
    second = _opened(path)
    with caplog.at_level(logging.WARNING, logger="features.text_cache"):
        got = _summaries(TEXTS, DETECT, second)
        _summaries(["another group"], [], second)
    assert caplog.text.count("cannot be written") == 1
    assert_same_blocks(got, _summaries(TEXTS, DETECT))
    second.commit()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [CACHE_FILE, CACHE_FILE + ".sha256"]
