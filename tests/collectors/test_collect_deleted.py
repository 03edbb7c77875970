"""Posts their authors deleted are excluded and counted unless asked for (issue 21, item 4).

The real milahu104 archive (tests/fixtures/x_archive, SOURCE.txt) holds 47 tweets in
`deleted-tweets.js`; a run used to count them as posts, score them and cite some of them as
evidence. Messenger / Instagram unsent messages and Slack tombstones are the same notion on
other platforms.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from collector_helpers import FACEBOOK, MILAHU, assert_balanced

from collectors import collect_many
from collectors.meta import FacebookCollector
from collectors.options import ReadOptions
from collectors.read_cache import ReadCache
from signals.cli import cli
from signals.pipeline import analyze


def _deleted_ids() -> set[str]:
    text = (MILAHU / "data" / "deleted-tweets.js").read_text(encoding="utf-8")
    return {f"x:{item['tweet']['id_str']}" for item in json.loads(text[text.index("[") :])}


def _run(out: Path, *options: str) -> list[dict[str, str]]:
    done = CliRunner().invoke(
        cli,
        ["run", str(MILAHU), "--out", str(out), "--bootstrap", "2", "--jobs", "1", "--no-cache", *options],
    )
    assert done.exit_code == 0, done.output
    with (out / "evidence.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_deleted_tweets_are_counted_not_scored(tmp_path: Path) -> None:
    deleted = _deleted_ids()
    assert len(deleted) == 47
    result = analyze([MILAHU], bootstrap=2, jobs=1)
    assert result.summary["posts"] == 94 and result.summary["excluded"] == 47
    assert result.summary["records_read"] == 141 == 94 + result.summary["rejects"] + 47
    assert not deleted & set(result.posts.read()["post_id"])
    assert not deleted & set(result.staff_posts["post_id"])
    row = result.sources[result.sources["source"].str.endswith("deleted-tweets.js")].iloc[0]
    assert (row["records_read"], row["posts"], row["excluded"], row["excluded_detail"]) == (
        47,
        0,
        47,
        "deleted=47",
    )
    cited = {row["post_id"] for row in _run(tmp_path / "default")}
    assert cited and not cited & deleted


def test_include_deleted_reads_them_as_posts(tmp_path: Path) -> None:
    deleted = _deleted_ids()
    result = analyze([MILAHU], bootstrap=2, jobs=1, include_deleted=True)
    assert result.summary["posts"] == 141 and result.summary["excluded"] == 0
    assert deleted <= set(result.staff_posts["post_id"])
    cited = {row["post_id"] for row in _run(tmp_path / "with-deleted", "--include-deleted")}
    assert cited & deleted  # the option is honoured by the command line too


def _unsent_thread(tmp_path: Path) -> Path:
    root = tmp_path / "facebook"
    for path in FACEBOOK.rglob("*"):
        if path.is_file():
            target = root / path.relative_to(FACEBOOK)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    thread = root / "your_facebook_activity/messages/inbox/unsent_1/message_1.json"
    thread.parent.mkdir(parents=True)
    messages = [
        {
            "sender_name": "Maya Santos",
            "timestamp_ms": 1719841000123,
            "content": "Wrong thread, sorry",
            "type": "Generic",
            "is_unsent": True,
        },
        {"sender_name": "Maya Santos", "timestamp_ms": 1719841100123, "type": "Generic", "is_unsent": True},
    ]
    thread.write_text(json.dumps({"participants": [], "messages": messages, "thread_path": "inbox/unsent_1"}))
    return root


@pytest.mark.parametrize("include", [False, True])
def test_unsent_messages_are_deleted_posts(tmp_path: Path, include: bool) -> None:
    c = FacebookCollector(include_deleted=include).collect(_unsent_thread(tmp_path))
    assert_balanced(c)
    row = c.sources[c.sources["source"].str.contains("unsent_1")].iloc[0]
    # the second one kept no text: with the option it is an ordinary message without text
    expected = (2, 1, "no_text=1") if include else (2, 0, "deleted=2")
    assert (row["records_read"], row["posts"], row["excluded_detail"]) == expected
    assert ("Wrong thread, sorry" in set(c.posts["text"])) is include


def test_the_read_cache_keeps_exports_read_with_other_options_apart(tmp_path: Path) -> None:
    cache = tmp_path / "read-cache"
    default = collect_many([MILAHU], cache=ReadCache(cache))
    asked = collect_many([MILAHU], cache=ReadCache(cache), options=ReadOptions(include_deleted=True))
    again = collect_many([MILAHU], cache=(kept := ReadCache(cache)))
    assert (len(default.posts), len(asked.posts), len(again.posts)) == (94, 141, 94)
    assert kept.hits_ == 1
