"""A table kept on disk reads back with the same columns, dtypes, values and row order."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from signals.execution.spill import STORE_PREFIX, StoredTable
from signals.ground.errors import SignalsError


def _posts_like(n: int) -> pd.DataFrame:
    """Columns of the dtypes the posts table has: Arrow strings with missing values, UTC
    times (some missing), booleans."""
    rng = np.random.default_rng(7)
    texts = [f"post {i} — “quoted” 🚌" if i % 5 else None for i in range(n)]
    times = pd.Series(pd.to_datetime(rng.integers(1.6e9, 1.7e9, n), unit="s", utc=True)).astype(
        "datetime64[us, UTC]"
    )
    times[::7] = pd.NaT
    return pd.DataFrame(
        {
            "post_id": pd.Series([f"p{i}" for i in range(n)], dtype="str"),
            "text": pd.Series(texts, dtype="str"),
            "created_at": times,
            "edited": rng.random(n) < 0.3,
            "score": rng.normal(size=n),
        }
    )


def test_read_gives_back_the_frame_written() -> None:
    frame = _posts_like(1000)
    stored = StoredTable.write(frame, batch_rows=128)
    assert len(stored) == 1000 and not stored.empty
    assert list(stored.columns) == list(frame.columns)
    pd.testing.assert_frame_equal(stored.read(), frame)
    pd.testing.assert_frame_equal(stored.read(["created_at", "post_id"]), frame[["created_at", "post_id"]])


def test_batches_cover_the_rows_in_order_with_their_row_numbers() -> None:
    frame = _posts_like(1000)
    pieces = list(StoredTable.write(frame, batch_rows=300).batches())
    assert [len(p) for p in pieces] == [300, 300, 300, 100]
    assert pieces[1].index[0] == 300
    pd.testing.assert_frame_equal(pd.concat(pieces), frame)


def test_an_empty_table_is_one_empty_piece_with_its_dtypes() -> None:
    frame = _posts_like(10).iloc[0:0].reset_index(drop=True)
    stored = StoredTable.write(frame)
    assert stored.empty
    (piece,) = list(stored.batches())
    pd.testing.assert_frame_equal(piece, frame)


def test_the_file_goes_when_the_table_does(tmp_path: Path) -> None:
    stored = StoredTable.write(_posts_like(10), folder=tmp_path)
    folder = stored.path.parent
    assert folder.parent == tmp_path and stored.path.exists()
    del stored
    gc.collect()
    assert not folder.exists()


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SignalsError, match="could not keep a table"):
        StoredTable.write(_posts_like(10), folder=tmp_path / "missing")


def test_a_run_keeps_its_posts_in_the_temporary_folder_and_removes_them(
    small_org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from signals import pipeline
    from signals.bench import export_paths

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    org = {"roster": small_org / "roster.csv", "org": small_org / "org.json"}
    result = pipeline.analyze(export_paths(small_org), **org, bootstrap=2, jobs=1)
    (folder,) = tmp_path.glob(f"{STORE_PREFIX}*")
    assert len(result.posts) == result.summary["posts"] > 0
    del result
    gc.collect()
    assert not folder.exists()


def test_the_command_leaves_nothing_in_the_temporary_folder(small_org: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    exports = [str(p) for p in sorted((small_org / "exports").iterdir())]
    command = [
        sys.executable, "-m", "signals", "run", *exports, "--roster", str(small_org / "roster.csv"),
        "--org", str(small_org / "org.json"), "--out", str(tmp_path / "out"), "--bootstrap", "2",
    ]  # fmt: skip
    done = subprocess.run(command, env={**os.environ, "TMPDIR": str(scratch)}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "report.html").is_file()
    assert list(scratch.iterdir()) == []
