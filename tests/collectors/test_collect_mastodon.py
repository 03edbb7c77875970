"""collectors.mastodon on the quirk-faithful alice_archive fixture (folder, .zip, .tar.gz)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import (
    ALICE,
    FIXTURES,
    assert_balanced,
    post_by_id,
    tar_folder,
    without_source,
    zip_folder,
)

from collectors.common import mastodon_id_time
from collectors.mastodon import MastodonCollector, html_to_text, mastodon_post_id, status_time
from signals.ground.errors import InputError

M = MastodonCollector()
HOST = "mastodon:social.example.org"


@pytest.fixture(scope="module")
def alice():
    return M.collect(ALICE)


def test_raw_outbox_really_has_the_quirks() -> None:
    raw = (ALICE / "outbox.json").read_text()
    assert raw.count('"orderedItems"') == 2
    # Python's json keeps the last duplicate key; the collector relies on that deliberately.
    outbox = json.loads(raw)
    assert len(outbox["orderedItems"]) == 10 and outbox["totalItems"] == 12
    first_key_wins = json.loads(raw, object_pairs_hook=lambda pairs: dict(reversed(pairs)))
    assert first_key_wins["orderedItems"] == []


def test_counts(alice) -> None:
    # 10 items: 9 posts (6 post incl. the Question, 3 replies... see below) + 1 direct message excluded.
    assert_balanced(alice)
    row = alice.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (10, 9, 0, 1)
    assert row["excluded_detail"] == "direct_message=1"
    # posts: 2021 unlisted, 11-08 post, 11-12 edited, 11-15 followers-only, 11-16 Question;
    # replies: self-thread 11-08, bob 11-09, Pleroma 11-14; repost: the 11-10 boost.
    assert alice.posts["kind"].value_counts().to_dict() == {"post": 5, "reply": 3, "repost": 1}
    assert set(alice.posts["account"]) == {"alice@social.example.org"}
    assert alice.notes == []  # the wrong totalItems (12) is expected, not worth a note


def test_items_sorted_whatever_the_file_order(alice) -> None:
    assert alice.posts["created_at"].is_monotonic_increasing
    assert alice.posts["created_at"].iloc[0] == pd.Timestamp(
        "2021-03-01 12:00:00.700", tz="UTC"
    )  # old layout


def test_html_content_to_text(alice) -> None:
    first = post_by_id(alice, f"{HOST}/109305976201084935")
    assert first["text"] == (
        "Hello & welcome! Our new #transit map is out: example.com/maps/2022/new-netw"
        "\n\nTell us what you think."
    )
    assert first["lang"] == "en"
    assert (
        first["thread_id"]
        == "mastodon:tag:social.example.org,2022-11-08:objectId=1001:objectType=Conversation"
    )
    # created_at refined to the ms from the status id (published is to the second)
    assert first["created_at"] == pd.Timestamp("2022-11-08 03:07:14.123", tz="UTC")


def test_reply_to_remote_mastodon_status(alice) -> None:
    reply = post_by_id(alice, f"{HOST}/109313310736384003")
    assert reply["kind"] == "reply"
    assert reply["text"] == "@bob Sorry about that, we fixed the timetable.\nThanks for flagging!"
    assert reply["reply_to_id"] == "mastodon:other.example.net/109313261600768042"
    assert reply["reply_to_account"] == "bob@other.example.net"
    assert reply["parent_created_at"] == pd.Timestamp("2022-11-09 10:00:00.500", tz="UTC")  # id >> 16


def test_self_thread_and_non_mastodon_parent(alice) -> None:
    own = post_by_id(alice, f"{HOST}/109306026393665538")
    assert own["reply_to_id"] == f"{HOST}/109305976201084935"
    assert own["reply_to_account"] == "alice@social.example.org"
    assert own["parent_created_at"] == post_by_id(alice, f"{HOST}/109305976201084935")["created_at"]
    pleroma = post_by_id(alice, f"{HOST}/109342930370560004")
    assert (
        pleroma["reply_to_id"]
        == "mastodon:https://pleroma.example.com/objects/9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f"
    )
    assert pd.isna(pleroma["parent_created_at"])  # no id-encoded time on Pleroma
    assert pleroma["reply_to_account"] == "carol@pleroma.example.com"  # the one mention on the parent's host
    assert pleroma["text"] == "@carol Good point, you're right <3"


def test_boost_and_edit(alice) -> None:
    boost = post_by_id(alice, f"{HOST}/109318452078182409")
    assert (boost["kind"], boost["text"]) == ("repost", "") and pd.isna(boost["lang"])
    edited = post_by_id(alice, f"{HOST}/109330012897935371")
    assert edited["edited"] and edited["lang"] == "de"
    assert edited["text"] == "Ab Montag fährt die Linie 4 wieder nach Fahrplan. Danke für eure Geduld!"
    assert alice.posts["edited"].sum() == 1


def test_direct_messages_only_when_asked() -> None:
    c = MastodonCollector(include_direct=True).collect(ALICE)
    assert len(c.posts) == 10
    assert "here is my private number" in " ".join(c.posts["text"])


def test_zip_and_tar_equal_folder(alice, tmp_path: Path) -> None:
    for packed in (
        zip_folder(ALICE, tmp_path / "archive.zip"),
        tar_folder(ALICE, tmp_path / "archive.tar.gz"),
    ):
        assert M.sniff(packed)
        c = M.collect(packed)
        pd.testing.assert_frame_equal(without_source(c.posts), without_source(alice.posts))
        assert c.posts["source"].str.startswith(f"{packed}!outbox.json#orderedItems[").all()


def test_bad_items_are_rejects(tmp_path: Path) -> None:
    folder = tmp_path / "alice"
    folder.mkdir()
    (folder / "actor.json").write_bytes((ALICE / "actor.json").read_bytes())
    outbox = json.loads((ALICE / "outbox.json").read_text())
    outbox["orderedItems"] += [
        "just a string",
        {
            "type": "Create",
            "object": {"type": "Note", "id": "https://h/users/a/statuses/1", "published": "soon"},
        },
        {"type": "Create", "object": "https://h/users/a/statuses/2"},
        {"type": "Like", "object": "https://h/users/b/statuses/3"},
    ]
    (folder / "outbox.json").write_text(json.dumps(outbox))
    c = M.collect(folder)
    assert_balanced(c)
    assert c.rejects["locator"].tolist() == ["orderedItems[10]", "orderedItems[11]", "orderedItems[12]"]
    assert c.rejects["reason"].tolist() == [
        "activity is not an object",
        "Create without id or valid published time",
        "Create without an embedded object",
    ]
    assert c.sources["excluded_detail"].iloc[0] == "direct_message=1; other_activity=1"


def test_whole_file_problems_are_input_errors(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "outbox.json").write_text('{"orderedItems": [\n{"type": "Create",]}')
    (folder / "actor.json").write_bytes((ALICE / "actor.json").read_bytes())
    with pytest.raises(InputError, match=r"outbox.json:line 2, column 19: invalid JSON"):
        M.collect(folder)
    (folder / "actor.json").unlink()
    with pytest.raises(InputError, match="no actor.json"):
        M.collect(folder)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        (
            "https://mastodon.social/users/Gargron/statuses/109305012345678901",
            "mastodon:mastodon.social/109305012345678901",
        ),
        (
            "https://mastodon.social/users/Gargron/statuses/109305012345678901/activity",
            "mastodon:mastodon.social/109305012345678901",
        ),
        ("https://pleroma.example.com/objects/abc", "mastodon:https://pleroma.example.com/objects/abc"),
    ],
)
def test_post_id_rule(uri: str, expected: str) -> None:
    assert mastodon_post_id(uri) == expected


def test_id_time_plausibility() -> None:
    assert status_time("https://a.example/users/x/statuses/109313261600768042") == pd.Timestamp(
        "2022-11-09 10:00:00.500", tz="UTC"
    )
    assert status_time("https://old.example/users/x/statuses/12345") is None  # pre-2017 sequential id: 1970
    assert mastodon_id_time(str(9 * 10**21)) is None  # year > 2100
    assert status_time("https://misskey.example/notes/9abcdefghi") is None


def test_html_to_text_edge_cases() -> None:
    assert html_to_text("<p>a<br>b<br/>c</p><p>d</p>") == "a\nb\nc\n\nd"
    # a void element inside an invisible span must not leave the rest of the text hidden
    assert html_to_text('<p><span class="invisible">x<img src="a.png"></span>shown</p>') == "shown"
    assert html_to_text("<p>5 &lt; 6 &amp;&amp; caf&eacute;</p>") == "5 < 6 && café"


OLD_ZH = FIXTURES / "mastodon" / "old_zh_archive"


def test_older_layout_with_chinese_posts() -> None:
    # every item has its own @context and signature; every status is tagged Chinese (SOURCE.txt)
    outbox = json.loads((OLD_ZH / "outbox.json").read_text(encoding="utf-8"))
    assert all("@context" in item and "signature" in item for item in outbox["orderedItems"])
    c = M.collect(OLD_ZH)
    assert_balanced(c)
    row = c.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (7, 6, 0, 1)
    assert row["excluded_detail"] == "direct_message=1"
    assert c.posts["kind"].value_counts().to_dict() == {"post": 3, "reply": 2, "repost": 1}
    assert set(c.posts["account"]) == {"lanxi@toot.example.org"}
    written = c.posts[c.posts["kind"] != "repost"]
    assert sorted(written["lang"]) == ["zh", "zh-CN", "zh-CN", "zh-CN", "zh-TW"]
    reply = post_by_id(c, "mastodon:toot.example.org/104611912935014402")
    assert reply["reply_to_account"] == "bob@other.example.net"
    assert reply["parent_created_at"] == pd.Timestamp("2020-08-01 02:40:00.250", tz="UTC")
    assert reply["text"].startswith("@bob 谢谢您的反馈")
    thread = post_by_id(c, "mastodon:toot.example.org/104619091231375361")
    assert thread["reply_to_id"] == "mastodon:toot.example.org/104611717455544321"
    assert thread["text"].endswith("新時刻表請見 transit.example.org/timetabl\n如有問題歡迎留言 & 私訊。")
    followers_only = post_by_id(c, "mastodon:toot.example.org/104639740182790148")
    assert followers_only["text"] == "周末线路调整：<12 路> 改经人民路。"
