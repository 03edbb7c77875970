"""A rerun that takes its texts from the text cache writes the same outputs, byte for byte."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

from collectors.discovery import discover
from features.text_cache import CACHE_FILE
from perf.runs import OUTPUT_FILES, run_outputs
from signals.bench import export_paths
from signals.workspace import forget


def _run(org: Path, out: Path, exports: list[Path] | None = None, **options: Any) -> dict[str, bytes]:
    return run_outputs(org, out, names=OUTPUT_FILES, exports=exports, **options)


def test_cold_and_warm_cache_runs_equal_a_run_without(
    small_org: Path, plain: dict[str, bytes], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / CACHE_FILE
    with caplog.at_level(logging.INFO, logger="signals.pipeline"):
        cold = _run(small_org, tmp_path, jobs=1, text_cache=cache)
        first_size = cache.stat().st_size
        caplog.clear()
        warm = _run(small_org, tmp_path, jobs=1, text_cache=cache)
    assert cold == plain and warm == plain
    assert first_size > 0 and cache.stat().st_size == first_size
    assert "0 analyzed" in caplog.text  # every text of the rerun came from the cache
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_rerun_with_more_exports_equals_a_run_without(
    small_org: Path, plain: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exports = export_paths(small_org)
    assert len(exports) > 2
    cache = tmp_path / CACHE_FILE
    _run(small_org, tmp_path / "first", exports[: len(exports) // 2], jobs=1, text_cache=cache)
    # the rerun's per-text pass in worker processes, the cached texts found here
    import signals.execution.workers

    monkeypatch.setattr(signals.execution.workers, "PARALLEL_MIN_TEXTS", 0)
    assert _run(small_org, tmp_path / "all", jobs=2, text_cache=cache) == plain


def test_forget_deletes_the_cache(small_org: Path, tmp_path: Path) -> None:
    _run(small_org, tmp_path, jobs=1, text_cache=tmp_path / CACHE_FILE)
    person = next(line.split(",")[0] for line in (tmp_path / "scores.csv").read_text().splitlines()[1:])
    result = forget(person, tmp_path)
    assert result.cache_removed and not (tmp_path / CACHE_FILE).exists()
    assert not (tmp_path / (CACHE_FILE + ".sha256")).exists()


def test_a_cache_that_cannot_be_written_is_a_warning(
    small_org: Path, plain: dict[str, bytes], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="signals.pipeline"):
        got = _run(small_org, tmp_path / "out", jobs=1, text_cache=tmp_path / "a-file" / CACHE_FILE)
    assert got == plain
    assert "cannot be written" in caplog.text and "a-file" in caplog.text


def test_signals_run_keeps_the_cache_unless_told_not_to(small_org: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from signals.cli import cli

    base = [*map(str, export_paths(small_org)), "--roster", str(small_org / "roster.csv"), "--jobs", "1"]
    base += ["--bootstrap", "2"]
    kept = CliRunner().invoke(cli, ["run", *base, "--out", str(tmp_path / "kept")])
    assert kept.exit_code == 0, kept.output
    assert (tmp_path / "kept" / CACHE_FILE).is_file()
    assert (tmp_path / "kept" / CACHE_FILE).stat().st_mode & 0o077 == 0  # the owner's only
    none = CliRunner().invoke(cli, ["run", *base, "--out", str(tmp_path / "none"), "--no-text-cache"])
    assert none.exit_code == 0, none.output
    assert (tmp_path / "none" / "scores.csv").read_bytes() == (tmp_path / "kept" / "scores.csv").read_bytes()
    assert not (tmp_path / "none" / CACHE_FILE).exists()


def test_exports_taken_from_the_read_cache_give_the_same_outputs(
    small_org: Path,
    plain: dict[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import collectors.registry

    kept = tmp_path / "read-cache"
    exports = discover(export_paths(small_org))  # every export under the organization's folders
    half = exports[: len(exports) // 2]
    # half the exports kept by a first run, the others read by the rerun's worker processes
    _run(small_org, tmp_path / "first", half, jobs=1, read_cache=kept)
    monkeypatch.setattr(collectors.registry, "PARALLEL_MIN_BYTES", 0)
    with caplog.at_level(logging.INFO, logger="collectors.registry"):
        assert _run(small_org, tmp_path / "second", jobs=2, read_cache=kept) == plain
        assert f"{len(half)} exports taken from it, {len(exports) - len(half)} read" in caplog.text
        caplog.clear()
        assert _run(small_org, tmp_path / "third", jobs=2, read_cache=kept) == plain
    assert f"{len(exports)} exports taken from it, 0 read" in caplog.text


def test_forget_deletes_the_read_cache_it_is_given(small_org: Path, tmp_path: Path) -> None:
    kept = tmp_path / "read-cache"
    _run(small_org, tmp_path / "out", jobs=1, read_cache=kept)
    assert any(kept.iterdir())
    scores = (tmp_path / "out" / "scores.csv").read_text().splitlines()
    result = forget(scores[1].split(",")[0], tmp_path / "out", read_cache=kept)
    assert result.read_cache_removed and not kept.exists()


def test_signals_run_no_cache_keeps_nothing(
    small_org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from signals.cli import cli

    monkeypatch.setenv("SIGNALS_CACHE_DIR", str(tmp_path / "user-cache"))
    base = [*map(str, export_paths(small_org)), "--roster", str(small_org / "roster.csv"), "--jobs", "1"]
    base += ["--bootstrap", "2"]
    kept = CliRunner().invoke(cli, ["run", *base, "--out", str(tmp_path / "kept")])
    assert kept.exit_code == 0, kept.output
    entries = list((tmp_path / "user-cache" / "exports").iterdir())
    assert len(entries) == len(discover(export_paths(small_org)))
    shutil.rmtree(tmp_path / "user-cache")
    none = CliRunner().invoke(cli, ["run", *base, "--out", str(tmp_path / "none"), "--no-cache"])
    assert none.exit_code == 0, none.output
    assert (tmp_path / "none" / "scores.csv").read_bytes() == (tmp_path / "kept" / "scores.csv").read_bytes()
    assert not (tmp_path / "none" / CACHE_FILE).exists() and not (tmp_path / "user-cache").exists()
