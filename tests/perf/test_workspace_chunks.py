"""The workspace written a chunk of rows at a time holds the same tables, types and rows.

The posts table waits on disk (signals.execution.spill.StoredTable) and goes in one stored batch at a
time; the other tables in WORKSPACE_CHUNK_ROWS pieces.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from signals import outputs, pipeline
from signals.bench import export_paths
from signals.execution.spill import StoredTable


def _tables(path: Path) -> dict[str, tuple[list[tuple[str, str]], pd.DataFrame]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        return {
            name: (
                [(r[0], r[1]) for r in con.execute(f'DESCRIBE "{name}"').fetchall()],
                con.execute(f'SELECT * FROM "{name}"').df(),
            )
            for name in sorted(names)
        }
    finally:
        con.close()


def test_chunked_workspace_equals_one_insert(
    small_org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = pipeline.analyze(
        export_paths(small_org),
        roster=small_org / "roster.csv",
        org=small_org / "org.json",
        bootstrap=2,
        jobs=1,
    )
    key = b"k" * 32
    posts = result.posts.read()
    monkeypatch.setattr(outputs, "WORKSPACE_CHUNK_ROWS", 10**9)  # every table in one insert
    whole_posts = StoredTable.write(posts, batch_rows=10**9)
    outputs.write_workspace(replace(result, posts=whole_posts), tmp_path / "whole.duckdb", key=key)
    monkeypatch.setattr(outputs, "WORKSPACE_CHUNK_ROWS", 7)
    chunked_posts = StoredTable.write(posts, batch_rows=7)
    outputs.write_workspace(replace(result, posts=chunked_posts), tmp_path / "chunked.duckdb", key=key)
    whole, chunked = _tables(tmp_path / "whole.duckdb"), _tables(tmp_path / "chunked.duckdb")
    assert list(whole) == list(chunked) and "posts" in whole
    assert len(whole["posts"][1]) > 7 * 3  # several chunks
    for name, (types, rows) in whole.items():
        assert chunked[name][0] == types, name
        pd.testing.assert_frame_equal(chunked[name][1], rows, obj=name)


@pytest.fixture(scope="module")
def small_result(small_org: Path) -> pipeline.RunResult:
    return pipeline.analyze(
        export_paths(small_org),
        roster=small_org / "roster.csv",
        org=small_org / "org.json",
        bootstrap=2,
        jobs=1,
    )


def test_outputs_workspace_equals_write_workspace_alone(
    small_result: pipeline.RunResult, tmp_path: Path
) -> None:
    """The workspace write_outputs writes holds what write_workspace alone writes."""
    together, alone = tmp_path / "together", tmp_path / "alone"
    written = outputs.write_outputs(small_result, together)
    assert list(written) == [*outputs.CSV_OUTPUTS, "signals.duckdb", "report.html"]
    assert all(path.is_file() for path in written.values())
    alone.mkdir()
    key = (together / outputs.KEY_FILE).read_bytes()
    outputs.write_workspace(small_result, alone / "signals.duckdb", key=key)
    one, other = _tables(together / "signals.duckdb"), _tables(alone / "signals.duckdb")
    assert list(one) == list(other) and "posts" in one
    for name, (types, rows) in one.items():
        assert other[name][0] == types, name
        pd.testing.assert_frame_equal(other[name][1], rows, obj=name)


def test_a_failed_report_leaves_no_workspace_and_no_part(
    small_result: pipeline.RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report fails: the error is the report's, the CSVs written before it stay, and no
    report, workspace or temporary file is left."""

    def failing_report(result: object) -> list[str]:
        raise OSError("disk full")

    monkeypatch.setattr(outputs, "report_chunks", failing_report)
    with pytest.raises(OSError, match="disk full"):
        outputs.write_outputs(small_result, tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "signals.duckdb" not in left and "report.html" not in left
    assert not [name for name in left if name.endswith((".part", ".wal"))], left
    assert all(name in left for name in outputs.CSV_OUTPUTS)  # written before the report failed
