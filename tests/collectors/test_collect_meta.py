"""collectors.meta on synthetic Facebook and Instagram exports (mojibake, path variants, localized keys)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import FACEBOOK, INSTAGRAM, assert_balanced, zip_folder

from collectors import collect, sniff
from collectors.meta import FacebookCollector, InstagramCollector, fix_mojibake
from signals.ground.errors import InputError

FB = FacebookCollector()
IG = InstagramCollector()


@pytest.fixture(scope="module")
def facebook():
    return FB.collect(FACEBOOK)


@pytest.fixture(scope="module")
def instagram():
    return IG.collect(INSTAGRAM)


def _counts(c, name: str) -> tuple[int, int, int, int, str | None]:
    row = c.sources[c.sources["source"].str.endswith(name)].iloc[0]
    return row["records_read"], row["posts"], row["rejects"], row["excluded"], row["excluded_detail"]


def test_facebook_counts(facebook) -> None:
    # 14 records = 7 posts + 2 rejects + 5 excluded (see tests/fixtures/meta/SOURCE.txt)
    assert_balanced(facebook)
    assert _counts(facebook, "your_posts__check_ins__photos_and_videos_1.json") == (
        6, 3, 1, 2, "duplicate_post_id=1; no_text=1",
    )  # fmt: skip
    assert _counts(facebook, "comments.json") == (3, 2, 0, 1, "no_text=1")
    assert _counts(facebook, "message_1.json") == (5, 2, 1, 2, "no_text=1; other_message_type=1")
    assert facebook.posts["kind"].value_counts().to_dict() == {"post": 3, "comment": 2, "message": 2}
    assert set(facebook.posts["platform"]) == {"facebook"}


def test_facebook_mojibake_edits_and_inbox(facebook) -> None:
    raw = (
        FACEBOOK / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    ).read_text()
    assert "Gr\\u00c3\\u00bc\\u00c3\\u009fe" in raw
    texts = facebook.posts.set_index("text")
    assert "Grüße aus Riverton! Our new clinic opens today 😂" in texts.index
    assert "¿Quién viene al taller del sábado?" in texts.index
    assert bool(texts.loc["Correction: the open day is on Saturday, not Sunday. Sorry!", "edited"])
    inbox = facebook.posts[facebook.posts["kind"] == "message"]
    assert inbox["account"].tolist() == ["Jo Díaz", "Maya Santos"]  # oldest first
    assert set(inbox["thread_id"]) == {"facebook:thread:inbox/jodiaz_123"}
    gap = inbox["created_at"].iloc[1] - inbox["created_at"].iloc[0]
    assert gap == pd.Timedelta(minutes=16, seconds=40, milliseconds=123)
    assert set(facebook.posts.loc[facebook.posts["kind"] != "message", "account"]) == {"Maya Santos"}


def test_instagram(instagram) -> None:
    # 10 records = 7 posts + 2 rejects + 1 excluded; 1 naive (string) time
    assert_balanced(instagram)
    assert _counts(instagram, "posts_1.json") == (4, 2, 1, 1, "no_text=1")
    assert _counts(instagram, "post_comments_1.json") == (2, 1, 1, 0, None)
    assert _counts(instagram, "reels_comments.json") == (2, 2, 0, 0, None)
    assert instagram.naive_times == 1
    by_text = instagram.posts.set_index("text")
    assert by_text.loc["Café opening day 🎉 thanks to our amazing team", "account"] == "maya.santos"
    danish = by_text.loc["Så fint! Tak for jeres hjælp"]
    assert (danish["kind"], danish["reply_to_account"]) == ("comment", "rivertonhealth")
    assert danish["created_at"] == pd.Timestamp(1719950000, unit="s", tz="UTC")
    assert by_text.loc["old export time", "created_at"] == pd.Timestamp("2017-04-19 03:35", tz="UTC")
    dms = instagram.posts[instagram.posts["kind"] == "message"]
    assert dms["account"].tolist() == ["customer_456", "maya.santos"]  # display name mapped to the username


def test_older_facebook_layout_without_profile(tmp_path: Path, facebook) -> None:
    old = tmp_path / "facebook-old"
    (old / "posts").mkdir(parents=True)
    (old / "comments").mkdir()
    posts = FACEBOOK / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    shutil.copy(posts, old / "posts" / "your_posts_1.json")
    comments = json.loads(
        (FACEBOOK / "your_facebook_activity/comments_and_reactions/comments.json").read_text()
    )
    (old / "comments" / "comments.json").write_text(json.dumps({"comments": comments["comments_v2"]}))
    assert sniff(old).name == "facebook"
    c = collect(old)  # the owner comes from the comments' author
    assert_balanced(c)
    assert len(c.posts) == 5 and set(c.posts["account"]) == {"Maya Santos"}
    # the same posts under either layout get the same ids, so two exports merge without double counting
    assert set(c.posts["post_id"]) <= set(facebook.posts["post_id"])


def test_zip_and_sniff(tmp_path: Path, facebook) -> None:
    packed = zip_folder(FACEBOOK, tmp_path / "facebook-mayasantos.zip")
    assert sniff(packed).name == "facebook" and sniff(INSTAGRAM).name == "instagram"
    assert collect(packed).posts["post_id"].tolist() == facebook.posts["post_id"].tolist()
    assert not FB.sniff(INSTAGRAM) and not IG.sniff(FACEBOOK)


def test_whole_file_problems(tmp_path: Path) -> None:
    broken = tmp_path / "fb"
    (broken / "posts").mkdir(parents=True)
    (broken / "posts" / "your_posts_1.json").write_text('[{"timestamp": 1,')
    with pytest.raises(InputError, match=r"your_posts_1\.json:line 1, column \d+: invalid JSON"):
        FacebookCollector(account="x").collect(broken)
    (broken / "posts" / "your_posts_1.json").write_text('{"something": "else"}')
    with pytest.raises(InputError, match=r"your_posts_1\.json: expected a list or an object with"):
        FacebookCollector(account="x").collect(broken)
    (broken / "posts" / "your_posts_1.json").write_text("[]")
    with pytest.raises(InputError, match="cannot tell whose facebook export this is"):
        FB.collect(broken)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no instagram posts, comments or messages"):
        IG.collect(empty)


def test_fix_mojibake() -> None:
    assert fix_mojibake("\u00f0\u009f\u0098\u0082") == "😂"
    assert fix_mojibake({"a": ["ha compartido una p\u00c3\u00a1gina", 3]}) == {
        "a": ["ha compartido una página", 3]
    }
    assert fix_mojibake("already fine: café, 😂") == "already fine: café, 😂"  # not mojibake: unchanged
    assert fix_mojibake("caf\u00e9") == "caf\u00e9"  # latin-1 é alone is not UTF-8: unchanged


def test_a_folder_of_two_exports_is_neither(tmp_path: Path) -> None:
    from collectors.discovery import discover
    from signals.ground.errors import UnknownFormatError

    parent = tmp_path / "exports"
    for export in (FACEBOOK, INSTAGRAM):
        shutil.copytree(export, parent / export.name)
    with pytest.raises(UnknownFormatError):
        sniff(parent)  # not claimed whole by the first collector that finds an anchor inside
    assert [sniff(p).name for p in discover([parent])] == ["facebook", "instagram"]
    wrapped = tmp_path / "download"
    wrapped.mkdir()
    shutil.copytree(INSTAGRAM, wrapped / INSTAGRAM.name)  # one enclosing folder is still one export
    assert sniff(wrapped).name == "instagram"
