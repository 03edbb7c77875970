"""Exports kept by one run and taken by the next (collectors.read_cache) give the same tables."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from collector_helpers import ALICE, BNEWBOLD, HELPDESK_CSV, HFARAN, HFARAN_ZIP, MILAHU, SLACK_MODERN

from collectors import Collection, collect_many, read_cache, registry
from collectors.read_cache import ReadCache
from signals.ground.errors import SchemaError
from signals.ground.schemas import POST_STRING_DTYPE

EXPORTS = [HFARAN, ALICE, MILAHU, HELPDESK_CSV, BNEWBOLD, HFARAN_ZIP, SLACK_MODERN]


def _identical(left: Collection, right: Collection) -> None:
    """Equal tables, dtypes and indexes, and the same kind of missing value (None is not NaN)."""
    for name in ("posts", "rejects", "sources"):
        a, b = getattr(left, name), getattr(right, name)
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        for column in a.columns:
            assert [repr(v) for v in a[column]] == [repr(v) for v in b[column]], (name, column)
            tz_a, tz_b = (getattr(frame[column].dtype, "tz", None) for frame in (a, b))
            assert repr(tz_a) == repr(tz_b), (name, column)  # equal dtypes may hold different zones
    assert (left.notes, left.naive_times) == (right.notes, right.naive_times)


def _refuse_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object, *, format: str | None = None) -> Collection:  # noqa: A002
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(registry, "collect", refuse)


@pytest.mark.parametrize("export", EXPORTS, ids=lambda p: p.name)
def test_an_export_taken_from_the_cache_equals_the_export_read(
    export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = collect_many([export])
    cold = ReadCache(tmp_path / "cache")
    _identical(collect_many([export], cache=cold), read)
    assert (cold.hits_, cold.misses_) == (0, 1)
    _refuse_reading(monkeypatch)
    warm = ReadCache(tmp_path / "cache")
    _identical(collect_many([export], cache=warm), read)
    assert (warm.hits_, warm.misses_) == (1, 0)


def test_several_exports_merge_the_same_with_some_taken_from_the_cache(tmp_path: Path) -> None:
    read = collect_many(EXPORTS)
    cache = ReadCache(tmp_path / "cache")
    collect_many(EXPORTS[::2], cache=cache)  # half of them kept by an earlier run
    rerun = ReadCache(tmp_path / "cache")
    _identical(collect_many(EXPORTS, cache=rerun), read)
    assert (rerun.hits_, rerun.misses_) == (len(EXPORTS[::2]), len(EXPORTS) - len(EXPORTS[::2]))


def test_a_changed_export_is_read_again(tmp_path: Path) -> None:
    export = tmp_path / "replies.csv"
    shutil.copy(HELPDESK_CSV, export)
    before = collect_many([export], cache=ReadCache(tmp_path / "cache"))
    stamp = export.stat()
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    export.write_text("".join(lines[:-1]), encoding="utf-8")  # the last record gone
    os.utime(export, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # same time: bytes decide, not times
    cache = ReadCache(tmp_path / "cache")
    after = collect_many([export], cache=cache)
    assert (cache.hits_, cache.misses_) == (0, 1)
    _identical(after, collect_many([export]))
    assert int(after.sources["records_read"].sum()) == int(before.sources["records_read"].sum()) - 1


def test_the_same_export_under_another_path_is_its_own_entry(tmp_path: Path) -> None:
    copy = tmp_path / "copy.csv"
    shutil.copy(HELPDESK_CSV, copy)
    collect_many([HELPDESK_CSV], cache=ReadCache(tmp_path / "cache"))
    cache = ReadCache(tmp_path / "cache")
    kept = collect_many([copy], cache=cache)
    assert cache.hits_ == 0  # the path is in every `source`: a hit would name the other file
    assert set(kept.sources["source"]) == {str(copy)}


def test_a_damaged_entry_is_not_used(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    read = collect_many([ALICE])
    collect_many([ALICE], cache=ReadCache(tmp_path / "cache"))
    (posts,) = (tmp_path / "cache").glob("*/posts.arrow")
    data = bytearray(posts.read_bytes())
    data[len(data) // 2] ^= 0x01
    posts.write_bytes(bytes(data))
    cache = ReadCache(tmp_path / "cache")
    with caplog.at_level(logging.WARNING):
        again = collect_many([ALICE], cache=cache)
    assert cache.hits_ == 0 and "does not match the digest" in caplog.text
    _identical(again, read)


def test_another_generation_of_the_code_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    collect_many([ALICE], cache=ReadCache(tmp_path / "cache"))
    monkeypatch.setattr(read_cache, "generation", lambda: "another version")
    cache = ReadCache(tmp_path / "cache")
    collect_many([ALICE], cache=cache)
    assert (cache.hits_, cache.misses_) == (0, 1)


def test_a_cache_that_cannot_be_written_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        kept = collect_many([ALICE], cache=ReadCache(blocker / "cache"))
    _identical(kept, collect_many([ALICE]))
    assert "cannot be written" in caplog.text


def test_entries_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    collect_many([ALICE, HELPDESK_CSV], cache=ReadCache(tmp_path / "cache"))
    files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert len(files) == 2 * 4
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


def test_unused_entries_and_leftover_parts_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    collect_many([ALICE, HELPDESK_CSV], cache=ReadCache(folder))
    old = time.time() - 30 * 86_400
    for meta in folder.glob("*/meta.json"):
        os.utime(meta, (old, old))
    leftover = folder / ".part-0123456789abcdef-x"
    leftover.mkdir()
    os.utime(leftover, (old, old))
    cache = ReadCache(folder, keep_days=14)
    collect_many([ALICE], cache=cache)  # used now: kept; the other one was last used 30 days ago
    assert cache.hits_ == 1
    assert len(list(folder.iterdir())) == 1


def test_the_default_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SIGNALS_CACHE_DIR", str(tmp_path / "signals"))
    assert read_cache.default_folder() == tmp_path / "signals" / "exports"
    monkeypatch.delenv("SIGNALS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert read_cache.default_folder() == tmp_path / "xdg" / "staff-signals" / "exports"


def test_kept_tables_that_break_their_contract_never_pass_silently(tmp_path: Path) -> None:
    """Parts taken from the cache are checked once, merged; a lone export's part on its own."""
    good = collect_many([ALICE])
    sources = good.sources.copy()
    sources.loc[0, "records_read"] += 1  # records read no longer add up
    broken = Collection(good.posts, good.rejects, sources, check=False)
    cache = ReadCache(tmp_path / "cache")
    cache.put(cache.key(ALICE, format=None), broken)
    with pytest.raises(SchemaError, match="records_read"):
        collect_many([ALICE, HELPDESK_CSV], cache=ReadCache(tmp_path / "cache"))
    with pytest.raises(SchemaError, match="records_read"):
        collect_many([ALICE], cache=ReadCache(tmp_path / "cache"))


@pytest.mark.parametrize("seed", range(20))
def test_ids_taken_by_earlier_parts_match_a_running_set(seed: int) -> None:
    from collectors.base import _taken_by_earlier_parts

    rng = np.random.default_rng(seed)
    ids = [
        pd.Series([f"id{v}" for v in rng.integers(0, 40, rng.integers(0, 30))], dtype=POST_STRING_DTYPE)
        for _ in range(rng.integers(1, 6))
    ]
    seen: set[str] = set()
    expected = []
    for part in ids:  # the rule: an id an earlier part had (repeats within a part are not counted)
        expected.append([pid in seen for pid in part])
        seen.update(part)
    got = _taken_by_earlier_parts(ids)
    assert [list(flags) for flags in got] == expected
