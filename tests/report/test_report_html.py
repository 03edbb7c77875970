"""The report's HTML without a browser: determinism, escaping, links, CSP hashes."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from signals import report
from signals.report_data import evidence_blocks, json_block, original_url

from .runs import SAMPLE, hostile_run


@pytest.mark.parametrize(
    ("post_id", "account", "url"),
    [
        ("x:1790000000000000001", "rivertonbus", "https://x.com/rivertonbus/status/1790000000000000001"),
        ("x:1790000000000000001", "@rivertonbus", "https://x.com/rivertonbus/status/1790000000000000001"),
        ("mastodon:social.example/109", "alice", "https://social.example/@alice/109"),
        ("mastodon:social.example/109", "alice@social.example", "https://social.example/@alice/109"),
        ("mastodon:evil.example/7", "javascript:alert(1)", ""),
        ("x:123", "bad handle", ""),
        ('mastodon:a.b/"><script>', "alice", ""),
        ("slack:C1/1.2", "alice", ""),
        (None, "alice", ""),
    ],
)
def test_original_url(post_id: object, account: object, url: str) -> None:
    assert original_url(post_id, account) == url


def test_json_block_cannot_close_its_script() -> None:
    text = json_block({"a": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script> & \u2028"}


def test_csp_hashes_match_the_inline_script_and_style() -> None:
    def sha(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src '{sha(report.SCRIPT)}'" in report.CSP
    assert f"style-src '{sha(report.STYLE)}'" in report.CSP
    assert "unsafe" not in report.CSP


def test_same_run_same_bytes_and_everything_escaped(run: object) -> None:
    hostile = hostile_run(run)  # type: ignore[arg-type]
    first = report.render_report(hostile)
    assert first == report.render_report(hostile)
    body = first.split("</main>")[0]
    assert "<img" not in first and "<script>alert" not in first
    assert "&lt;img src=x onerror=alert(2)&gt;" in body
    assert re.search(r" on[a-z]+=", body.replace("onerror=alert", "")) is None


def test_evidence_blocks_store_each_post_once(run: object) -> None:
    blocks = evidence_blocks(run.evidence, run.staff_posts)  # type: ignore[attr-defined]
    data = json.loads(next(iter(blocks.values())))
    ids = [p[0] for p in data["posts"]]
    assert len(ids) == len(set(ids))
    for items in data["ev"].values():
        for _feature, _c, post, text, start, end, _note in items:
            assert 0 <= post < len(data["posts"])
            assert start == -1 or 0 <= start <= end <= len(data["texts"][text])


def test_coverage_says_what_each_family_read(run: object) -> None:
    from signals.ground.config import OWN_WRITING_KINDS
    from signals.pipeline import RunResult
    from signals.report_data import coverage

    assert isinstance(run, RunResult)
    read = coverage(run.staff_posts, run.post_features, run.person_features)
    assert set(read) == set(run.person_features["person_id"].astype(str))
    for pid, c in read.items():
        mine = run.staff_posts[run.staff_posts["person_id"] == pid]
        own = mine["kind"].isin(OWN_WRITING_KINDS) & mine["text"].notna()
        written = run.post_features[run.post_features["humanness__n_words"].notna()]
        assert c["posts"] == len(mine)
        assert c["own"] == int(own.sum())
        assert c["read"] == int(mine["post_id"].isin(set(written["post_id"])).sum())
        assert 0 <= c["read"] <= c["own"] <= c["posts"]
    html = report.render_report(run)
    someone = next(pid for pid, c in read.items() if c["own"])
    c = read[someone]
    assert f"{c['read']} of {c['own']} own-writing posts ({c['read_pct']}%)" in html


def test_report_renders_without_intervals(tmp_path: object) -> None:
    """--bootstrap 0: no intervals, so no whiskers, and the report still renders."""
    from pathlib import Path

    from signals import pipeline
    from signals.bench import export_paths

    sample = Path(__file__).resolve().parents[2] / "sample_data" / "riverton"
    result = pipeline.analyze(
        [p for p in export_paths(sample) if p.name == "slack"],
        roster=sample / "roster.csv",
        bootstrap=0,
        jobs=1,
    )
    assert result.scores["lower"].isna().all()
    html = report.render_report(result)
    assert 'class="whisker"' not in html and "Trait profile" in html



def test_data_quality_has_one_row_per_export_and_files_folded_away(
    run: object, sample_export_names: set[str]
) -> None:
    html = report.render_report(run)  # type: ignore[arg-type]
    table = re.search(r'<table id="exports-table">(.*?)</table>', html, re.S)
    assert table is not None
    body = re.search(r"<tbody>(.*?)</tbody>", table.group(1), re.S)
    assert body is not None
    rows = re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    sample_exports = SAMPLE / "exports"
    assert sorted(c[0] for c in cells) == sorted(sample_export_names)  # distinct, one each
    assert f"under <code>{sample_exports}</code>" in table.group(1)
    for c in cells:
        assert int(c[3]) == int(c[4]) + int(c[5]) + int(c[6]), c
    tfoot = re.search(r"<tfoot>(.*?)</tfoot>", table.group(1))
    assert tfoot is not None
    foot = re.findall(r'<td class="n">(\d+)</td>', tfoot.group(1))
    files, read, posts, rejects, excluded = (int(v) for v in foot)
    assert read == posts + rejects + excluded == sum(int(c[3]) for c in cells)
    assert f"Records read {read} = posts {posts} + rejects {rejects} + excluded by rule {excluded}" in html
    # each file read stays listed, folded away under the table
    folded = re.search(r'<details class="files">(.*?)</details>', html, re.S)
    assert folded is not None and files == len(run.sources) > 100  # type: ignore[attr-defined]
    assert folded.group(1).count("<tr>") == files + 1
