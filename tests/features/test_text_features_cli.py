"""`signals text-features` end to end, through `python -m signals` in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from features import TEXT_FEATURE_COLUMNS, text_features

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "signals", "text-features", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


TEXT = "I was wrong about the schedule, sorry about that. Could you please check again?"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_writes_features_and_spans(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f'id,text\na1,"{TEXT}"\na2,\n', encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    done = _run(str(src), "--out", str(out), "--mission-terms", "schedule")
    assert done.returncode == 0, done.stderr
    if suffix == ".csv":
        with out.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        matches = json.loads(rows[0]["matches"])
        assert rows[1]["humanness__n_words"] == ""
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        matches = rows[0]["matches"]
        assert rows[1]["humanness__n_words"] is None
    assert list(rows[0]) == ["id", *TEXT_FEATURE_COLUMNS, "matches"]
    assert float(rows[0]["humility__apology_own"]) == 1.0
    assert float(rows[0]["mission__terms"]) == 1.0
    found = {(m["feature"], TEXT[m["start"] : m["end"]].lower()) for m in matches}
    assert ("humility__apology_own_rate", "sorry about that") in found
    assert ("politeness__counterfactual_modal", "could you") in found
    values, _ = text_features(TEXT, mission_terms=("schedule",))  # the same code path
    assert float(rows[0]["tone__compound"]) == pytest.approx(values["tone__compound"])


def test_jsonl_input_and_missing_columns(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "thanks!"}) + "\n" + json.dumps({"text": "x"}) + "\n")
    done = _run(str(src), "--out", str(tmp_path / "o.csv"))
    assert done.returncode == 2
    assert "in.jsonl:line 2" in done.stderr and "id" in done.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("ident,body\n1,hello\n", encoding="utf-8")
    done = _run(str(bad), "--out", str(tmp_path / "o.csv"))
    assert done.returncode == 2
    assert "bad.csv:line 1" in done.stderr and "missing column" in done.stderr


def test_non_english_text_is_not_read(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,text,lang\n1,Thanks a lot for the quick fix,\n2,Thanks a lot for the quick fix,es\n")
    out = tmp_path / "o.csv"
    assert _run(str(src), "--out", str(out)).returncode == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["tone__gratitude"] == "1.0" and rows[1]["tone__gratitude"] == ""


# Emoji outside the basic plane (two UTF-16 units each), a combining accent and CJK before
# the matched phrases: spans count code points of the text, as evidence.csv documents.
UNICODE_TEXTS = {
    "astral": "🚌😀 Sorry, my mistake. We're on it, thanks to @ana for the help! 🙏 Can you check?",
    "combining": "Cafe\u0301 e\u0301 first: sorry, my mistake. We're on it 😀 thanks to the team",
    "cjk": "我们的巴士 🚌 sorry, my mistake. We're grateful, thank you 😀 you're right",
}


def test_spans_count_code_points_after_emoji_accents_and_cjk(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": k, "text": t}, ensure_ascii=False) for k, t in UNICODE_TEXTS.items()]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = _run(str(src), "--out", str(out))
    assert done.returncode == 0, done.stderr
    checked: set[str] = set()
    for row in (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()):
        text = UNICODE_TEXTS[row["id"]]
        for match in row["matches"]:
            quoted = re.search(r'"(.+)"', match["label"])
            if quoted is None or match["feature"] == "creativity__template_share":  # normalized words
                continue
            assert text[match["start"] : match["end"]].lower() == quoted.group(1).lower(), (row["id"], match)
            checked.add(text[match["start"] : match["end"]])
    assert {"my mistake", "🚌", "😀", "thanks to @ana", "you're right", "我们的巴士"} <= checked
