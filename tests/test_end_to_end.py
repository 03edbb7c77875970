"""End to end: the committed sample organization through `signals run`.

The generator designed each person's latent trait levels; the scores must recover the
designed contrasts (orderings, not exact floats).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from signals.ground.config import TRAITS

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "riverton"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    exports = sorted(str(p) for p in (SAMPLE / "exports").iterdir())
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "signals",
            "run",
            *exports,
            "--roster",
            str(SAMPLE / "roster.csv"),
            "--org",
            str(SAMPLE / "org.json"),
            "--out",
            str(out),
            "--bootstrap",
            "20",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert f"Report: {out / 'report.html'}" in completed.stdout
    return out


def latent() -> pd.DataFrame:
    return pd.read_csv(SAMPLE / "latent_traits.csv", dtype={"person_id": str})


def test_every_output_is_written(run_dir: Path) -> None:
    for name in (
        "report.html",
        "scores.csv",
        "evidence.csv",
        "person_features.csv",
        "replies.csv",
        "rejects.csv",
        "signals.duckdb",
    ):
        assert (run_dir / name).stat().st_size > 0, name


def test_scores_cover_consenting_staff_and_every_trait(run_dir: Path) -> None:
    scores = pd.read_csv(run_dir / "scores.csv", dtype={"person_id": str})
    assert list(scores.columns) == [
        "person_id",
        "trait",
        "score",
        "lower",
        "upper",
        "evidence_level",
        "n_posts",
        "n_replies",
        "model_id",
    ]
    roster = pd.read_csv(SAMPLE / "roster.csv", dtype=str)
    consenting = set(roster.loc[roster["consent"].str.lower() == "yes", "person_id"])
    assert len(consenting) == 18
    assert set(scores["person_id"]) == consenting
    assert sorted(scores["trait"].unique()) == sorted(TRAITS)
    assert len(scores) == 18 * 11
    assert set(scores["evidence_level"]) <= {"sufficient", "limited", "insufficient"}


def test_people_without_consent_never_appear(run_dir: Path) -> None:
    roster = pd.read_csv(SAMPLE / "roster.csv", dtype=str)
    refused = set(roster.loc[roster["consent"].str.lower() != "yes", "person_id"])
    assert refused, "the sample has a person without consent"
    for name in ("scores.csv", "evidence.csv", "person_features.csv", "replies.csv"):
        frame = pd.read_csv(run_dir / name, dtype=str)
        assert not set(frame["person_id"]) & refused, name


def test_the_workspace_keeps_no_words_of_the_contractor_without_consent(run_dir: Path) -> None:
    """p19 (kevin.brooks on Slack, consent=no): posts counted and hashed, texts not kept; the
    workspace is owner-only like every other file."""
    con = duckdb.connect(str(run_dir / "signals.duckdb"), read_only=True)
    try:
        kept = "SELECT count(*), count(text), count(text_hash) FROM posts WHERE account = 'kevin.brooks'"
        n_posts, n_texts, n_hashes = con.execute(kept).fetchone() or (0, 0, 0)
    finally:
        con.close()
    assert n_posts > 0 and n_texts == 0 and n_hashes == n_posts
    modes = {p.name: p.stat().st_mode & 0o777 for p in run_dir.iterdir()}
    assert {name: oct(mode) for name, mode in modes.items() if mode != 0o600} == {}


@pytest.mark.parametrize("trait", TRAITS)
def test_designed_extremes_are_ordered(run_dir: Path, trait: str) -> None:
    levels = latent()
    levels = levels[levels["trait"] == trait].set_index("person_id")["level"]
    scores = pd.read_csv(run_dir / "scores.csv", dtype={"person_id": str})
    scores = scores[scores["trait"] == trait].set_index("person_id")["score"]
    top, bottom = levels.idxmax(), levels.idxmin()
    assert scores[top] > scores[bottom], f"{trait}: designed top {top} should outscore bottom {bottom}"


def test_fastest_responder_ranks_first(run_dir: Path) -> None:
    levels = latent()
    fastest = levels[levels["trait"] == "responsive"].set_index("person_id")["level"].idxmax()
    scores = pd.read_csv(run_dir / "scores.csv", dtype={"person_id": str})
    ranked = scores[scores["trait"] == "responsive"].sort_values("score", ascending=False)
    assert ranked.iloc[0]["person_id"] == fastest


def test_evidence_points_at_real_spans(run_dir: Path) -> None:
    evidence = pd.read_csv(
        run_dir / "evidence.csv", dtype={"person_id": str, "post_id": str}, keep_default_na=False
    )
    with_spans = evidence[(evidence["match_start"] != "") & (evidence["snippet"] != "")]
    assert len(with_spans) > 50
    for row in with_spans.itertuples(index=False):
        start, end = int(row.match_start), int(row.match_end)
        assert 0 <= start <= end <= len(row.snippet.lstrip("'"))
    scores = pd.read_csv(run_dir / "scores.csv", dtype={"person_id": str})
    moved = scores[(scores["score"] - 50).abs() >= 5]
    keyed = set(zip(evidence["person_id"], evidence["trait"], strict=True))
    missing = [(p, t) for p, t in zip(moved["person_id"], moved["trait"], strict=True) if (p, t) not in keyed]
    assert not missing, f"scores that moved without evidence: {missing[:5]}"


def test_workspace_holds_every_table(run_dir: Path) -> None:
    con = duckdb.connect(str(run_dir / "signals.duckdb"), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        n_scores = con.execute("SELECT count(*) FROM scores").fetchone()
    finally:
        con.close()
    assert {"posts", "rejects", "sources", "replies", "person_features", "scores", "evidence"} <= tables
    assert n_scores == (18 * 11,)


def test_report_escapes_post_text(run_dir: Path) -> None:
    html = (run_dir / "report.html").read_text("utf-8")
    assert "Content-Security-Policy" in html
    assert html.count('class="card person"') == 18
    body = html.split("</main>")[0]
    assert "<script" not in body, "the only script is the report's own, after the content"


def test_same_input_same_bytes(run_dir: Path, tmp_path: Path) -> None:
    exports = sorted(str(p) for p in (SAMPLE / "exports").iterdir())
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "signals",
            "run",
            *reversed(exports),
            "--roster",
            str(SAMPLE / "roster.csv"),
            "--org",
            str(SAMPLE / "org.json"),
            "--out",
            str(tmp_path),
            "--bootstrap",
            "20",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    for name in ("scores.csv", "evidence.csv", "person_features.csv", "replies.csv"):
        assert (tmp_path / name).read_bytes() == (run_dir / name).read_bytes(), name


def test_workspace_keeps_each_traits_reliability(run_dir: Path) -> None:
    import duckdb

    with duckdb.connect(str(run_dir / "signals.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT trait, reliability, n_people FROM reliability ORDER BY trait").fetchall()
    assert len(rows) == 11
    people = pd.read_csv(run_dir / "scores.csv", dtype={"person_id": str})["person_id"].nunique()
    for trait, value, n in rows:
        assert n <= people
        assert (value is None and n < 10) or -1.0 <= value <= 1.0, (trait, value, n)
