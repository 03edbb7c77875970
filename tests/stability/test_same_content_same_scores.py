"""Same content, same scores: how the posts reach the pipeline must not change a score.

One small generated organization is read once per module; its posts are then fed through
`signals.pipeline.analyze` (bootstrap 5, one job) in several equivalent ways, and the scores
table (and the evidence table where the post ids and texts are the same) must be identical
to the byte when written as CSV:

(a) the native exports vs the same posts written as one generic posts CSV;
(b) the export paths in another order;
(c) the rows of the generic CSV shuffled;
(d) the same export passed twice (a post id read twice is kept once).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from collectors import registry
from collectors.discovery import discover
from sample_data.generator import generate
from signals.pipeline import RunResult, analyze

BOOTSTRAP = 5
GENERIC_COLUMNS = (
    "post_id",
    "account",
    "created_at",
    "text",
    "platform",
    "reply_to_id",
    "reply_to_account",
    "parent_created_at",
    "thread_id",
    "kind",
    "edited",
    "lang",
)


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("org")
    generate(out, posts=1500)
    return out


@pytest.fixture(scope="module")
def exports(org: Path) -> list[Path]:
    return sorted(discover([org / "exports"]))


def _run(org: Path, paths: list[Path]) -> RunResult:
    return analyze(
        [str(p) for p in paths], roster=org / "roster.csv", org=org / "org.json", bootstrap=BOOTSTRAP, jobs=1
    )


def _csv(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def _time(value: object) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()


def _text(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def write_generic(posts: pd.DataFrame, path: Path, *, shuffle_seed: int | None = None) -> Path:
    """The collected posts table as a generic posts CSV (same ids, platforms, times, links)."""
    rows = posts.reset_index(drop=True)
    order = np.arange(len(rows))
    if shuffle_seed is not None:
        order = np.random.default_rng(shuffle_seed).permutation(len(rows))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(GENERIC_COLUMNS)
        for i in order:
            r = rows.iloc[int(i)]
            writer.writerow(
                [
                    r["post_id"],
                    r["account"],
                    _time(r["created_at"]),
                    _text(r["text"]),
                    r["platform"],
                    _text(r["reply_to_id"]),
                    _text(r["reply_to_account"]),
                    _time(r["parent_created_at"]),
                    _text(r["thread_id"]),
                    r["kind"],
                    "true" if bool(r["edited"]) else "false",
                    _text(r["lang"]),
                ]
            )
    return path


@pytest.fixture(scope="module")
def native(org: Path, exports: list[Path]) -> RunResult:
    return _run(org, exports)


@pytest.fixture(scope="module")
def generic_csv(exports: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    posts = registry.collect_many(exports).posts
    return write_generic(posts, tmp_path_factory.mktemp("generic") / "posts.csv")


@pytest.fixture(scope="module")
def generic(org: Path, generic_csv: Path) -> RunResult:
    return _run(org, [generic_csv])


def test_generic_csv_round_trips_the_posts_table(exports: list[Path], generic_csv: Path) -> None:
    """The premise of (a): the generic CSV reads back as the same posts (all but `source`)."""
    native_posts = registry.collect_many(exports).posts.drop(columns="source")
    generic_posts = registry.collect(generic_csv).posts.drop(columns="source")
    key = ["post_id"]
    a = native_posts.sort_values(key).reset_index(drop=True)
    b = generic_posts.sort_values(key).reset_index(drop=True)
    for column in a.columns:
        if column in ("created_at", "parent_created_at"):
            # the generic reader may keep another datetime unit; the instants must agree
            left = pd.to_datetime(a[column], utc=True).astype("datetime64[us, UTC]")
            right = pd.to_datetime(b[column], utc=True).astype("datetime64[us, UTC]")
            pd.testing.assert_series_equal(left, right, check_names=False)
        else:
            assert (
                a[column].astype(object).where(a[column].notna(), None).tolist()
                == b[column].astype(object).where(b[column].notna(), None).tolist()
            ), column


def test_native_exports_and_generic_csv_give_the_same_scores(native: RunResult, generic: RunResult) -> None:
    assert len(native.scores) > 0 and native.scores["score"].notna().any()  # not vacuously equal
    assert _csv(generic.scores) == _csv(native.scores)


def test_native_exports_and_generic_csv_give_the_same_evidence(native: RunResult, generic: RunResult) -> None:
    assert _csv(generic.evidence) == _csv(native.evidence)


def test_export_order_does_not_change_scores(org: Path, exports: list[Path], native: RunResult) -> None:
    reordered = _run(org, list(reversed(exports)))
    assert _csv(reordered.scores) == _csv(native.scores)
    assert _csv(reordered.evidence) == _csv(native.evidence)


def test_shuffled_generic_rows_do_not_change_scores(
    org: Path, exports: list[Path], generic: RunResult, tmp_path: Path
) -> None:
    posts = registry.collect_many(exports).posts
    shuffled = write_generic(posts, tmp_path / "shuffled.csv", shuffle_seed=7)
    result = _run(org, [shuffled])
    assert _csv(result.scores) == _csv(generic.scores)
    assert _csv(result.evidence) == _csv(generic.evidence)


def test_same_export_twice_does_not_change_scores(org: Path, exports: list[Path], native: RunResult) -> None:
    result = _run(org, [*exports, exports[0]])
    assert _csv(result.scores) == _csv(native.scores)
    assert _csv(result.evidence) == _csv(native.evidence)


def test_copy_of_an_export_does_not_change_scores(
    org: Path, exports: list[Path], native: RunResult, tmp_path: Path
) -> None:
    """discover() drops a repeated path, so (d) above never reaches the merge; a byte copy at
    another path does: its post ids are read twice and kept once."""
    inbox = next(p for p in exports if p.suffix == ".csv")
    copy = tmp_path / "copy_of_inbox.csv"
    copy.write_bytes(inbox.read_bytes())
    result = _run(org, [*exports, copy])
    assert len(result.posts) == len(native.posts)
    assert _csv(result.scores) == _csv(native.scores)
    assert _csv(result.evidence) == _csv(native.evidence)
