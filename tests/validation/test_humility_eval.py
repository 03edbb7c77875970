"""The humility figures of validation/RESULTS.md: intervals, precision-first thresholds, test files, the log.

On synthetic labelled files only: these tests never read the real test split.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from validation import humility_eval, humility_train


def test_wilson_interval_matches_the_formula() -> None:
    low, high = humility_train.wilson(9, 10)
    assert (round(low, 3), round(high, 3)) == (0.596, 0.982)
    assert humility_train.wilson(5, 5)[1] == 1.0
    assert np.isnan(humility_train.wilson(0, 0)[0])


def test_thresholds_put_precision_first() -> None:
    # proposed texts: two true ones score high, a false one scores 0.15; the model alone finds a third at 0.95
    scores = np.array([0.9, 0.8, 0.15, 0.95, 0.55, 0.05])
    ruled = np.array([True, True, True, False, False, False])
    y = np.array([1, 1, 0, 1, 0, 0])
    keep, add = humility_train.thresholds_for(scores, ruled, y, 0.90)
    pred = humility_train.decide(scores, ruled, keep, add)
    assert pred.tolist() == [True, True, False, True, False, False]


def labelled(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"id": f"t:{i}", "document": f"d{i}", "type": kind, "correction": corr, "text": text}
            for i, (text, kind, corr) in enumerate(rows)
        ]
    )


def test_held_out_figures_per_file_and_together(tmp_path: Path) -> None:
    labelled(
        [
            ("Sorry, I sent the wrong link", "own", "no"),
            ("I stand corrected", "own", "yes"),
            ("sorry to hear that", "empathy", "no"),
            ("The bus is on time", "none", "no"),
        ]
    ).to_csv(tmp_path / "a.csv", index=False)
    labelled([("I read the diff upside down", "own", "no")]).to_csv(tmp_path / "b.csv", index=False)
    out = humility_eval.held_out(("a.csv", "b.csv", "missing.csv"), folder=tmp_path)
    assert set(out) == {"a.csv", "b.csv", "all"}
    assert (out["a.csv"]["own"]["tp"], out["a.csv"]["own"]["labelled"]) == (2, 2)
    assert out["a.csv"]["correction"]["tp"] == 1
    assert out["a.csv"]["empathy"]["precision"] == 1.0
    assert (out["all"]["own"]["labelled"], out["all"]["own"]["recall"]) == (3, pytest.approx(2 / 3))


def test_log_entries_are_appended_with_date_and_commit(tmp_path: Path) -> None:
    figures = {"test.csv": humility_eval.evaluate(labelled([("my bad", "own", "no")]))}
    log = tmp_path / "EVALUATION_LOG.md"
    when = datetime(2026, 12, 6, 4, 30, tzinfo=UTC)
    for _ in range(2):
        humility_eval.append_log(humility_eval.log_entry(figures, when=when, at="abc123"), log=log)
    text = log.read_text(encoding="utf-8")
    assert text.count("# Evaluation log") == 1
    assert text.count("## 2026-12-06 04:30 UTC, commit abc123") == 2
    assert any(line.startswith("| own | test.csv") for line in humility_eval.log_text(log=log))
    assert "### 2026-12-06 04:30 UTC, commit abc123" in humility_eval.log_text(log=log)
    row = "| own | test.csv | P 1.00 [0.21, 1.00], R 1.00 [0.21, 1.00] (1/1/1) "
    row += "| P >= 0.90, R >= 0.85: reached |"
    assert row in text


def test_errors_are_counted_by_kind_never_shown() -> None:
    frame = labelled(
        [
            ("wrong channel, sorry!", "own", "no"),  # a short miss with an apology word
            ("Long ago I read that whole diff upside down, and then I went home for the night", "own", "yes"),
            ("Sorry for the wait", "own", "no"),  # typed as the organization's
            ("*their", "none", "yes"),  # a correction found
            ("sorry I deleted it, that was my fault", "none", "no"),  # a false alarm labelled none
        ]
    )
    found = [
        {"own": False, "org": False, "empathy": False, "correction": False},
        {"own": False, "org": False, "empathy": False, "correction": False},
        {"own": False, "org": True, "empathy": False, "correction": False},
        {"own": False, "org": False, "empathy": False, "correction": True},
        {"own": True, "org": False, "empathy": False, "correction": False},
    ]
    out = humility_eval.errors(frame, found)
    assert out["own missed"] == {
        "an apology word, typed as none": 1,
        "no apology word": 1,
        "typed as the organization's": 1,
        "of them 8 words or fewer": 2,
    }
    assert out["own false"] == {"labelled none": 1}
    assert out["org false"] == {"labelled own": 1}  # "Sorry for the wait", labelled own, typed org
    assert not out["org missed"] and not out["empathy missed"] and not out["empathy false"]
    assert out["correction missed"] == {"labelled own": 1}
    assert not out["correction false"]
    lines = humility_eval.error_lines({"errors": out})
    assert lines[0].startswith("- own missed: 3 (")
    assert not any("channel" in line for line in lines)  # counts only, never a text


def test_closing_note_gives_every_types_test_figures() -> None:
    from validation import run

    figures = {
        kind: {"precision": p, "recall": r}
        for kind, p, r in (
            ("own", 0.8, 0.5),
            ("correction", 0.9, 0.3),
            ("org", 0.76, 0.87),
            ("empathy", 0.96, 0.81),
        )
    }
    note = run.closing_note({"all": {"n": 10, **figures}})[0]
    assert "own-mistake apologies reach precision 0.80 and recall 0.50" in note
    assert "the organization's apologies precision 0.76 and recall 0.87" in note
    assert "sympathy precision 0.96 and recall 0.81" in note
    assert note.count("**not reached**") == 2
