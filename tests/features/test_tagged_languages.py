"""Runs whose writing posts all carry a language tag other than English (issue 21, item 6).

Texts of posts tagged with another language are never summarized; only English-tagged and
untagged posts are. An older Mastodon archive whose statuses are all tagged `zh-CN` / `zh-TW`
(every status has a `contentMap`) therefore sends no text at all to the per-text pass, and
the post table used to look up a detected language for every post by its text's row: -1 for
all of them, in an empty list (IndexError). These tests run that class of input on every
path: the post table alone, whole runs with jobs=1 and jobs=2, the text cache cold, warm and
partial, and `signals text-features`.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from features.lexical import ColleagueIndex
from features.post_table import finish_analysis, start_analysis
from features.text_cache import CACHE_FILE
from signals import pipeline
from signals.outputs import write_outputs

ROOT = Path(__file__).resolve().parents[2]
OLD_ZH = ROOT / "tests" / "fixtures" / "mastodon" / "old_zh_archive"
ALICE = ROOT / "tests" / "fixtures" / "mastodon" / "alice_archive"
COMPARED = ("scores.csv", "evidence.csv", "person_features.csv", "replies.csv", "rejects.csv", "report.html")

CHINESE = "谢谢您的反馈！8 路公交车明天早上恢复正常运行，给您带来不便，非常抱歉。"
JAPANESE = "ご迷惑をおかけして申し訳ありません。明日の朝から通常運行に戻ります。"
ENGLISH = "Sorry for the trouble, my mistake. The 8 runs as usual again from tomorrow morning."


def _analysis(staff_posts: Any) -> Any:
    started = start_analysis(staff_posts, colleagues=ColleagueIndex(accounts={}, first_names={}))
    return finish_analysis(started)


@pytest.mark.parametrize(
    "langs",
    [
        ["zh-CN", "zh-TW", "ja"],  # all CJK, every one tagged
        ["de", "fr", "zh"],  # not about CJK: every post tagged with a language other than English
    ],
)
def test_posts_all_tagged_with_other_languages_are_counted_not_analyzed(make_posts, langs) -> None:
    texts = [CHINESE, JAPANESE, "Entschuldigung, mein Fehler: der Bus fährt morgen wieder normal."]
    rows = [
        {
            "post_id": f"m:{i}",
            "account": "lanxi",
            "person_id": "p1",
            "created_at": f"2020-08-0{i + 1}T10:00:00Z",
            "text": text,
            "lang": lang,
        }
        for i, (text, lang) in enumerate(zip(texts, langs, strict=True))
    ]
    analysis = _analysis(make_posts(rows, staff=True))
    assert analysis.counts == {"writing_posts": 0, "empty_after_cleaning": 0, "non_english_posts_excluded": 3}
    assert analysis.values.empty and analysis.matches.empty and analysis.words.empty
    assert analysis.english_share.to_dict() == {"p1": 0.0}


def test_tagged_and_untagged_posts_each_take_their_own_language(make_posts) -> None:
    # the same Chinese text tagged on one post and untagged on another: the tagged post keeps
    # its tag, the untagged one the detector's answer; the English post is analyzed
    rows = [
        {
            "post_id": "m:1",
            "account": "lanxi",
            "person_id": "p1",
            "created_at": "2020-08-01T10:00:00Z",
            "text": CHINESE,
            "lang": "zh-CN",
        },
        {
            "post_id": "m:2",
            "account": "lanxi",
            "person_id": "p1",
            "created_at": "2020-08-02T10:00:00Z",
            "text": ENGLISH,
            "lang": None,
        },
        {
            "post_id": "m:3",
            "account": "lanxi",
            "person_id": "p1",
            "created_at": "2020-08-03T10:00:00Z",
            "text": JAPANESE,
            "lang": "ja",
        },
    ]
    analysis = _analysis(make_posts(rows, staff=True))
    assert analysis.values["post_id"].tolist() == ["m:2"]
    assert analysis.counts["non_english_posts_excluded"] == 2


def _run(paths: list[Path], out: Path, **options: Any) -> dict[str, bytes]:
    result = pipeline.analyze(paths, bootstrap=3, read_cache=None, **options)
    write_outputs(result, out)
    return {name: (out / name).read_bytes() for name in COMPARED}


def test_an_older_chinese_mastodon_archive_runs_on_every_path(tmp_path: Path) -> None:
    plain = _run([OLD_ZH], tmp_path / "plain", jobs=1)
    scores = list(csv.DictReader((tmp_path / "plain" / "scores.csv").open(encoding="utf-8")))
    assert {row["person_id"] for row in scores} == {"mastodon:lanxi@toot.example.org"}
    assert _run([OLD_ZH], tmp_path / "two", jobs=2) == plain
    cache = tmp_path / "zh" / CACHE_FILE
    assert _run([OLD_ZH], tmp_path / "zh", jobs=1, text_cache=cache) == plain  # cold
    assert _run([OLD_ZH], tmp_path / "zh", jobs=2, text_cache=cache) == plain  # warm
    # partial: a cache holding another archive's texts, then both archives in one run
    other = tmp_path / "mixed" / CACHE_FILE
    _run([ALICE], tmp_path / "mixed", jobs=1, text_cache=other)
    assert _run([OLD_ZH], tmp_path / "mixed-zh", jobs=1, text_cache=other) == plain
    both = _run([ALICE, OLD_ZH], tmp_path / "both", jobs=1)
    assert _run([ALICE, OLD_ZH], tmp_path / "mixed", jobs=2, text_cache=other) == both


def test_text_features_of_texts_all_tagged_chinese(tmp_path: Path) -> None:
    src = tmp_path / "zh.csv"
    src.write_text(f"id,text,lang\nz1,{CHINESE},zh-CN\nz2,{JAPANESE},ja\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [sys.executable, "-m", "signals", "text-features", str(src), "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["id"] for row in rows] == ["z1", "z2"]
    assert all(row["humanness__n_words"] == "" and row["matches"] == "[]" for row in rows)
