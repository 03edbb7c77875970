"""collectors.slack: the real 2016 hfaran export, zulip's thread_broadcast example, a synthetic modern one."""

from __future__ import annotations

import gc
import json
import shutil
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from big_exports import write_slack_export
from collector_helpers import (
    HFARAN,
    HFARAN_ZIP,
    SLACK_MODERN,
    ZULIP_BROADCAST,
    assert_balanced,
    post_by_id,
    without_source,
)

from collectors import base
from collectors.slack import SlackCollector, mrkdwn_to_text, slack_time
from signals.ground.errors import InputError

S = SlackCollector()


@pytest.fixture(scope="module")
def hfaran():
    return S.collect(HFARAN)


def test_hfaran_counts(hfaran) -> None:
    # Verified by hand over the 17 day files: 158 messages =
    #   94 bot_message (GitHub integration bots B0JL6RASU/B0JL6UFSL/B0VJZKVHC, as FORMATS.md says)
    #   + 3 bot_add + 8 channel_join (excluded: 105)
    #   + 49 plain user messages + 3 file_share + 1 file_comment (posts: 53); no rejects.
    assert_balanced(hfaran)
    totals = hfaran.sources[["records_read", "posts", "rejects", "excluded"]].sum().to_dict()
    assert totals == {"records_read": 158, "posts": 53, "rejects": 0, "excluded": 105}
    detail: dict[str, int] = {}
    for text in hfaran.sources["excluded_detail"].dropna():
        for part in text.split("; "):
            key, value = part.split("=")
            detail[key] = detail.get(key, 0) + int(value)
    assert detail == {"bot_message": 94, "bot_add": 3, "channel_join": 8}
    assert len(hfaran.sources) == 17  # one row per day file read
    assert hfaran.posts["kind"].value_counts().to_dict() == {"message": 52, "comment": 1}
    assert hfaran.posts["account"].value_counts().to_dict() == {
        "hamza": 33,
        "doubledeez": 14,
        "abilinski": 5,
        "heroeshannibal": 1,
    }
    assert hfaran.posts["edited"].sum() == 1
    assert hfaran.posts["thread_id"].isna().all()  # 2016: no threads yet


def test_hfaran_times_come_from_ts_not_file_names(hfaran) -> None:
    # The day files are named in US-Pacific time: most UTC dates differ from the file name.
    file_day = hfaran.posts["source"].str.extract(r"(\d{4}-\d{2}-\d{2})\.json#")[0]
    utc_day = hfaran.posts["created_at"].dt.strftime("%Y-%m-%d")
    assert (file_day != utc_day).sum() > 0
    first = hfaran.posts.iloc[0]
    assert first["post_id"] == "slack:C0JGLMMNX/1452837352.000006"
    assert first["created_at"] == pd.Timestamp("2016-01-15 05:55:52.000006", tz="UTC")  # microseconds kept
    assert first["source"] == f"{HFARAN}/enrique/2016-01-14.json#[4]"


def test_hfaran_mrkdwn_and_file_comment(hfaran) -> None:
    assert post_by_id(hfaran, "slack:C0JGLMMNX/1452837352.000006")["text"].startswith(
        "@abilinski: Created an issue"
    )
    comment = hfaran.posts[hfaran.posts["kind"] == "comment"].iloc[0]
    assert comment["account"] == "doubledeez" and comment["text"].startswith("```'cities'")
    upload = hfaran.posts[hfaran.posts["text"] == "@hamza uploaded a file: cities1000"]
    assert len(upload) == 1
    assert not hfaran.posts["text"].str.contains("<@U|&lt;|&gt;|&amp;").any()


def test_hfaran_zip_equals_folder(hfaran) -> None:
    zipped = S.collect(HFARAN_ZIP)
    pd.testing.assert_frame_equal(without_source(zipped.posts), without_source(hfaran.posts))
    assert zipped.posts["source"].iloc[0] == f"{HFARAN_ZIP}!enrique/2016-01-14.json#[4]"
    pd.testing.assert_frame_equal(
        zipped.sources.drop(columns="source"), hfaran.sources.drop(columns="source")
    )


@pytest.fixture(scope="module")
def modern():
    return S.collect(SLACK_MODERN)


def test_modern_counts(modern) -> None:
    # By hand (tests/fixtures/slack/SOURCE.txt): 16 read = 9 posts + 1 reject + 6 excluded.
    assert_balanced(modern)
    totals = modern.sources[["records_read", "posts", "rejects", "excluded"]].sum().to_dict()
    assert totals == {"records_read": 16, "posts": 9, "rejects": 1, "excluded": 6}
    details = "; ".join(modern.sources["excluded_detail"].dropna())
    for key in (
        "bot_id=1",
        "bot_message=1",
        "channel_join=1",
        "channel_topic=1",
        "direct_message=1",
        "deleted=1",  # the tombstone of a deleted thread root
    ):
        assert key in details
    assert modern.rejects[["locator", "reason"]].values.tolist() == [["[5]", "missing or malformed ts"]]
    assert modern.rejects["source"].iloc[0].endswith("general/2023-05-02.json")
    assert modern.notes == [
        "slack: folder 'old-archived' is not in channels.json; its name is used as channel id"
    ]


def test_modern_thread_across_day_files(modern) -> None:
    thread = "slack:C01GEN/1682956800.000200"
    in_thread = modern.posts[modern.posts["thread_id"] == thread]
    assert in_thread["kind"].tolist() == ["message", "reply", "reply", "reply", "reply"]  # root included
    replies = in_thread[in_thread["kind"] == "reply"]
    assert replies["reply_to_id"].isna().all()  # features pick the parent inside the thread
    assert (replies["parent_created_at"] == pd.Timestamp("2023-05-01 16:00:00.000200", tz="UTC")).all()
    # next day's reply has no parent_user_id: the root is found in the previous day's file
    next_day = post_by_id(modern, "slack:C01GEN/1683014400.000500")
    assert next_day["reply_to_account"] == "alice"
    assert next_day["source"].endswith("general/2023-05-02.json#[0]")
    # thread_broadcast: counted once, as a reply; author known only from user_profile
    broadcast = post_by_id(modern, "slack:C01GEN/1683018000.000600")
    assert (broadcast["kind"], broadcast["account"]) == ("reply", "carol")
    assert post_by_id(modern, "slack:C01GEN/1682964000.000400")["edited"]


def test_modern_reply_to_tombstoned_root(modern) -> None:
    reply = post_by_id(modern, "slack:C01GEN/1683025200.000800")
    assert reply["reply_to_account"] == "bob"
    assert reply["parent_created_at"] == pd.Timestamp("2023-05-02 10:00:00.000700", tz="UTC")
    assert reply["text"] == "I don't know, let me ask @bob."
    assert "slack:C01GEN/1683021600.000700" not in set(modern.posts["post_id"])


def test_modern_mrkdwn(modern) -> None:
    root = post_by_id(modern, "slack:C01GEN/1682956800.000200")
    assert root["text"] == (
        "Morning @here! New timetable is live, see the timetable and https://example.com/faq. "
        "Questions to #support or @bob <3 & thanks"
    )
    # 05:00 UTC on May 2 is the evening of May 1 in the workspace, so it sits in 2023-05-01.json
    late = post_by_id(modern, "slack:C01GEN/1683003600.000700")
    assert late["created_at"] == pd.Timestamp("2023-05-02 05:00:00.000700", tz="UTC")
    assert late["source"].endswith("general/2023-05-01.json#[6]")


def test_direct_messages_only_when_asked() -> None:
    c = SlackCollector(include_direct=True).collect(SLACK_MODERN)
    dm = post_by_id(c, "slack:D01AB/1683036000.001100")
    assert dm["account"] == "bob"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<@U1> hi", "@alice hi"),
        ("<@U9|zed> hi", "@zed hi"),
        ("<@U8>", "@U8"),
        ("see <#C1|general> and <#C2>", "see #general and #random"),
        ("<!here> <!channel> <!everyone>", "@here @channel @everyone"),
        ("<!subteam^S1|@oncall> ping", "@oncall ping"),
        ("<!date^1392734382^{date}|Feb 18, 2014>", "Feb 18, 2014"),
        ("<https://example.com/a?b=1&amp;c=2|the docs>", "the docs"),
        ("<https://example.com/a?b=1&amp;c=2>", "https://example.com/a?b=1&c=2"),
        ("<mailto:a@example.com|a@example.com>", "a@example.com"),
        ("1 &lt; 2 &amp;&amp; 3 &gt; 2 &amp;lt;", "1 < 2 && 3 > 2 &lt;"),
    ],
)
def test_mrkdwn_to_text(raw: str, expected: str) -> None:
    assert mrkdwn_to_text(raw, users={"U1": "alice"}, channels={"C1": "general", "C2": "random"}) == expected


def test_slack_time_is_exact() -> None:
    assert slack_time("1454884927.000002") == datetime(2016, 2, 7, 22, 42, 7, 2, tzinfo=UTC)
    assert slack_time("1454884927") == datetime(2016, 2, 7, 22, 42, 7, tzinfo=UTC)
    with pytest.raises(ValueError):
        slack_time("14548.84927.1")


def make_export(root: Path, channel: str, messages: object) -> Path:
    root.mkdir()
    (root / "users.json").write_text(
        json.dumps([{"id": "U061A5N1G", "name": "tim"}, {"id": "U061A1R2R", "name": "iago"}])
    )
    (root / "channels.json").write_text(json.dumps([{"id": "C061A0HJG", "name": channel}]))
    (root / channel).mkdir()
    (root / channel / "2015-06-12.json").write_text(
        json.dumps(messages) if not isinstance(messages, str) else messages
    )
    return root


def test_zulip_thread_broadcast_counts_once(tmp_path: Path) -> None:
    messages = json.loads(ZULIP_BROADCAST.read_text())
    c = S.collect(make_export(tmp_path / "zulip", "random", messages))
    assert_balanced(c)
    assert c.posts["kind"].tolist() == ["message", "reply", "reply"]
    assert c.posts["account"].tolist() == ["tim", "iago", "iago"]
    assert set(c.posts["thread_id"]) == {"slack:C061A0HJG/1434139102.000002"}
    # the broadcast's parent from `root`
    assert c.posts["reply_to_account"].fillna("").tolist() == ["", "tim", "tim"]


def test_day_file_with_broken_json_is_an_input_error(tmp_path: Path) -> None:
    root = make_export(
        tmp_path / "broken", "random", '[{"ts": "1.0", "user": "U061A5N1G",\n "text": "x" "y"}]'
    )
    with pytest.raises(InputError, match=r"random/2015-06-12.json:line 2, column 14: invalid JSON"):
        S.collect(root)


def test_day_file_that_is_not_a_list_is_an_input_error(tmp_path: Path) -> None:
    root = make_export(tmp_path / "odd", "random", {"messages": []})
    with pytest.raises(InputError, match="expected a JSON array, got dict"):
        S.collect(root)


def test_export_inside_an_enclosing_folder(tmp_path: Path) -> None:
    shutil.copytree(SLACK_MODERN, tmp_path / "wrap" / "Riverton Slack export May 2023")
    assert S.sniff(tmp_path / "wrap")
    c = S.collect(tmp_path / "wrap")
    assert len(c.posts) == 9


def _export(tmp_path: Path, days: dict[str, list[object]]) -> Path:
    root = tmp_path / "export"
    (root / "general").mkdir(parents=True)
    (root / "channels.json").write_text(json.dumps([{"id": "C1", "name": "general"}]))
    (root / "users.json").write_text(json.dumps([{"id": "U1", "name": "alice"}]))
    for day, messages in days.items():
        (root / "general" / f"{day}.json").write_text(json.dumps(messages))
    return root


def test_what_one_day_needs_of_later_days_is_found(tmp_path: Path) -> None:
    # Each day's JSON is let go once read; a message still gets what only a later file holds:
    # the name of a user who has no users.json entry, and its thread's root
    export = _export(
        tmp_path,
        {
            "2023-01-01": [
                {"type": "message", "user": "U1", "ts": "1672570800.000100", "text": "thanks <@U7>!"},
                {
                    "type": "message",
                    "user": "U1",
                    "ts": "1672574400.000300",
                    "thread_ts": "1672572600.000200",
                    "text": "on it",
                },
            ],
            "2023-01-02": [
                {
                    "type": "message",
                    "user": "U7",
                    "ts": "1672572600.000200",
                    "thread_ts": "1672572600.000200",
                    "text": "who can help?",
                    "user_profile": {"name": "dana", "real_name": "Dana D"},
                }
            ],
        },
    )
    c = S.collect(export)
    assert post_by_id(c, "slack:C1/1672570800.000100")["text"] == "thanks @dana!"
    reply = post_by_id(c, "slack:C1/1672574400.000300")
    assert (reply["kind"], reply["reply_to_account"]) == ("reply", "dana")
    assert post_by_id(c, "slack:C1/1672572600.000200")["account"] == "dana"


def test_a_rejected_message_keeps_its_whole_record(tmp_path: Path) -> None:
    bad = {"type": "message", "ts": "1672570800.000100", "text": "no user", "blocks": [{"type": "rich_text"}]}
    c = S.collect(_export(tmp_path, {"2023-01-01": [bad]}))
    assert c.rejects["reason"].tolist() == ["message without a user"]
    assert json.loads(c.rejects["excerpt"].iloc[0]) == bad


def test_export_without_day_files_has_no_posts(tmp_path: Path) -> None:
    # a workspace whose channels never had a message: both passes have no file to read
    (tmp_path / "channels.json").write_text('[{"id": "C1", "name": "general"}]', encoding="utf-8")
    (tmp_path / "users.json").write_text("[]", encoding="utf-8")
    c = S.collect(tmp_path)
    assert c.posts.empty and c.rejects.empty and c.sources.empty


def test_big_export_made_into_posts_day_by_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages become posts as their day file is read (second pass) and the posts typed
    arrays every few thousand; Python objects then peak near the export's size instead of
    about three times it (tracemalloc: 3.18x before, 1.04x after, for this 8 MiB export
    with chunks of 1,000 posts), and the tables are those of one chunk."""
    monkeypatch.chdir(tmp_path)  # relative paths: `source` strings do not depend on the folder
    root, n = write_slack_export(Path("slack"), 8 * 2**20)
    size = sum(f.stat().st_size for f in root.rglob("*.json"))
    one_chunk = S.collect(root)
    monkeypatch.setattr(base, "CHUNK_POSTS", 1_000)
    gc.collect()
    tracemalloc.start()
    try:
        chunked = S.collect(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(chunked.posts) == n and chunked.rejects.empty
    pd.testing.assert_frame_equal(chunked.posts, one_chunk.posts, check_exact=True)
    # what earlier days need of later ones: a profile name, thread roots
    latecomer = chunked.posts[chunked.posts["account"] == "latecomer"]
    assert len(latecomer) > n // 12
    assert chunked.posts["text"].str.contains("@latecomer").all()
    assert chunked.posts["reply_to_account"].notna().sum() == (chunked.posts["kind"] == "reply").sum() > 0
    assert peak < 1.5 * size, f"peak {peak / size:.2f}x the export's size"
