"""collectors.x_archive on the real milahu104 archive and on small archives built in the test."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from collector_helpers import MILAHU, assert_balanced, post_by_id, without_source, zip_folder

from collectors.common import X_EPOCH_MS, x_snowflake_time
from collectors.x_archive import XArchiveCollector, parse_twitter_time
from signals.ground.errors import InputError

X = XArchiveCollector()


@pytest.fixture(scope="module")
def milahu():
    return X.collect(MILAHU)


@pytest.fixture(scope="module")
def milahu_with_deleted():
    return XArchiveCollector(include_deleted=True).collect(MILAHU)


def _counts_by_file(c) -> dict[str, list[int]]:
    columns = ["records_read", "posts", "rejects", "excluded"]
    return {Path(row.source).name: [getattr(row, n) for n in columns] for row in c.sources.itertuples()}


def test_milahu_counts(milahu) -> None:
    # Verified by hand with a separate json pass over the fixture:
    # tweets.js 94 = 10 retweets (RT @) + 9 quotes (/status/ url; 8 of them are also replies)
    #              + 70 replies (12 with a user id but no status id) + 5 original posts;
    # deleted-tweets.js 47 tweets the owner deleted: read, counted, excluded (issue 21 item 4);
    # note-tweet.js is empty.
    assert_balanced(milahu)
    assert _counts_by_file(milahu) == {
        "tweets.js": [94, 94, 0, 0],
        "deleted-tweets.js": [47, 0, 0, 47],
        "note-tweet.js": [0, 0, 0, 0],
    }
    deleted = milahu.sources[milahu.sources["source"].str.endswith("deleted-tweets.js")].iloc[0]
    assert deleted["excluded_detail"] == "deleted=47"
    assert not milahu.posts["source"].str.contains("deleted-tweets.js").any()
    assert milahu.posts["kind"].value_counts().to_dict() == {"reply": 70, "repost": 10, "quote": 9, "post": 5}
    assert len(milahu.rejects) == 0
    assert set(milahu.posts["account"]) == {"milahu104"}
    assert set(milahu.posts["platform"]) == {"x"}
    # replies with a parent status id: 70 replies + 8 quotes that are also replies - 12 without status id
    assert milahu.posts["reply_to_id"].notna().sum() == 66
    assert milahu.posts["reply_to_account"].notna().sum() == 78
    # lang: en 68, de 17; X's qme pseudo-language (8) and und (1) become null
    assert milahu.posts["lang"].fillna("(null)").value_counts().to_dict() == {"en": 68, "de": 17, "(null)": 9}


def test_milahu_deleted_tweets_when_asked(milahu_with_deleted) -> None:
    # deleted-tweets.js 47 = 4 retweets + 2 quotes + 41 replies; no id in both files; no edits
    c = milahu_with_deleted
    assert_balanced(c)
    assert len(c.posts) == 141
    assert c.posts["kind"].value_counts().to_dict() == {"reply": 111, "repost": 14, "quote": 11, "post": 5}
    assert _counts_by_file(c)["deleted-tweets.js"] == [47, 47, 0, 0]
    # replies with a parent status id: 111 replies + 10 quotes that are also replies - 12 without status id
    assert c.posts["reply_to_id"].notna().sum() == 109
    assert c.posts["reply_to_account"].notna().sum() == 121
    # lang: en 68+17, de 17+26, es 1; und (1) and X's qme pseudo-language (8+3) become null
    langs = c.posts["lang"].fillna("(null)").value_counts().to_dict()
    assert langs == {"en": 85, "de": 43, "(null)": 12, "es": 1}


def test_milahu_parent_time_from_snowflake(milahu) -> None:
    # tweets.js[0]: reply at Fri Mar 06 13:02:05 2026 to 2029903943413772741 (own tweet, tweets.js[2]).
    row = post_by_id(milahu, "x:2029905358261502168")
    assert row["reply_to_id"] == "x:2029903943413772741"
    assert row["reply_to_account"] == "milahu104"
    assert row["parent_created_at"] == pd.Timestamp("2026-03-06 12:56:28.558", tz="UTC")
    parent = post_by_id(milahu, "x:2029903943413772741")
    assert parent["created_at"] == row["parent_created_at"]  # same clock for post and parent
    assert row["created_at"] == pd.Timestamp("2026-03-06 13:02:05.884", tz="UTC")
    assert row["source"] == f"{MILAHU}/data/tweets.js#[0]"
    assert row["kind"] == "quote"  # links x.com/milahu104/status/2027739112069878026


def test_milahu_text_is_unescaped(milahu) -> None:
    texts = milahu.posts["text"]
    assert not texts.str.contains("&amp;|&gt;|&lt;").any()
    assert texts.str.startswith("@vitahyoso @BetterCallMedhi > Fish running out?").sum() == 1
    retweets = milahu.posts[milahu.posts["kind"] == "repost"]
    assert retweets["text"].str.startswith("RT @").all()
    assert retweets["reply_to_id"].isna().all()


def test_milahu_zip_equals_folder(milahu, tmp_path: Path) -> None:
    zipped = X.collect(zip_folder(MILAHU, tmp_path / "twitter-archive.zip"))
    pd.testing.assert_frame_equal(without_source(zipped.posts), without_source(milahu.posts))
    assert zipped.posts["source"].str.startswith(f"{tmp_path}/twitter-archive.zip!data/").all()
    assert (
        zipped.posts["source"].str.extract(r"!(data/.*)$")[0]
        == milahu.posts["source"].str.extract(r"/(data/.*)$")[0]
    ).all()


def test_parse_twitter_time() -> None:
    assert parse_twitter_time("Fri Nov 18 21:10:34 +0000 2022") == datetime(
        2022, 11, 18, 21, 10, 34, tzinfo=UTC
    )
    assert parse_twitter_time("Fri Nov 18 23:10:34 +0200 2022") == datetime(
        2022, 11, 18, 21, 10, 34, tzinfo=UTC
    )
    with pytest.raises(ValueError):
        parse_twitter_time("yesterday")


# -- a synthetic archive with every quirk the real fixture lacks ------------------------------------

OWNER_ID = "1500000000000000001"


def sid(when: str, seq: int = 0) -> str:
    """A snowflake id for `when` (ISO, UTC)."""
    ms = int(datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp() * 1000)
    return str(((ms - X_EPOCH_MS) << 22) | seq)


def twitter_time(when: str) -> str:
    return datetime.fromisoformat(when).strftime("%a %b %d %H:%M:%S +0000 %Y")


def tweet(when: str, text: str, *, seq: int = 0, **extra: Any) -> dict[str, Any]:
    tid = sid(when, seq)
    t = {
        "id_str": tid,
        "id": tid,
        "created_at": twitter_time(when),
        "full_text": text,
        "lang": "en",
        "entities": {"urls": [], "user_mentions": []},
        "retweeted": False,
    }
    t.update(extra)
    return {"tweet": t}


def ytd(name: str, items: list[Any]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2)


def write_archive(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


ACCOUNT = "window.YTD.account.part0 = " + json.dumps(
    [{"account": {"username": "rivertonhelp", "accountId": OWNER_ID}}]
)


def synthetic(root: Path) -> Path:
    v1 = tweet("2023-03-01T10:00:00", "We are closed on Monday.", seq=1)
    v2 = tweet("2023-03-01T10:04:00", "We are closed on Monday (correction: Tuesday).", seq=2)
    v1["tweet"]["edit_info"] = {"initial": {"editTweetIds": [v1["tweet"]["id_str"], v2["tweet"]["id_str"]]}}
    v2["tweet"]["edit_info"] = {
        "edit": {
            "initialTweetId": v1["tweet"]["id_str"],
            "editControlInitial": {"editTweetIds": [v1["tweet"]["id_str"], v2["tweet"]["id_str"]]},
        }
    }
    long_text = "Our long update about the new network: " + "routes and stops " * 30 + "the end."
    note = tweet("2023-03-02T08:00:00", long_text[:270] + "… https://t.co/abcdef", seq=3)
    parent = sid("2023-03-02T09:00:00.250", 5)
    reply = tweet(
        "2023-03-02T09:30:00",
        "@rider42 Sorry &amp; thanks &lt;3",
        seq=4,
        in_reply_to_status_id_str=parent,
        in_reply_to_user_id_str="42",
        in_reply_to_screen_name="rider42",
        lang="und",
    )
    self_reply = tweet(
        "2023-03-02T09:31:00",
        "and one more thing",
        seq=6,
        in_reply_to_status_id_str=reply["tweet"]["id_str"],
        in_reply_to_user_id_str=OWNER_ID,
    )
    mention = tweet(
        "2023-03-02T09:32:00",
        "@someone hi",
        seq=7,
        in_reply_to_user_id_str="99",
        in_reply_to_screen_name="someone",
        lang="qme",
    )
    quote = tweet(
        "2023-03-02T09:33:00",
        "look https://t.co/q",
        seq=8,
        entities={"urls": [{"expanded_url": "https://twitter.com/other/status/1630000000000000000"}]},
    )
    rt = tweet("2023-03-02T09:34:00", "RT @other: something", seq=9)
    bad_id = {"tweet": {"created_at": twitter_time("2023-03-02T09:35:00"), "full_text": "no id"}}
    bad_time = tweet("2023-03-02T09:36:00", "bad time", seq=10)
    bad_time["tweet"]["created_at"] = "sometime in March"
    notes = [
        {
            "noteTweet": {
                "noteTweetId": "1",
                "createdAt": "2023-03-02T08:00:00.000Z",
                "core": {"text": long_text},
            }
        },
        {
            "noteTweet": {
                "noteTweetId": "2",
                "createdAt": "2023-03-05T08:00:00.000Z",
                "core": {"text": "orphan"},
            }
        },
    ]
    deleted = tweet("2023-03-03T12:00:00", "oops, wrong link", seq=11)
    deleted["tweet"]["deleted_at"] = "Fri Mar 03 12:01:00 +0000 2023"
    manifest = {
        "userInfo": {"accountId": OWNER_ID, "userName": "rivertonhelp"},
        "dataTypes": {
            "account": {"files": [{"fileName": "data/account.js", "count": "1"}]},
            "tweets": {
                "files": [
                    {"fileName": "data/tweets.js", "count": "5"},
                    {"fileName": "data/tweets-part1.js", "count": "99"},
                ]
            },
            "deletedTweets": {"files": [{"fileName": "data/deleted-tweets.js", "count": "1"}]},
            "noteTweet": {"files": [{"fileName": "data/note-tweet.js", "count": "2"}]},
        },
    }
    return write_archive(
        root,
        {
            "data/manifest.js": "window.__THAR_CONFIG = " + json.dumps(manifest),
            "data/account.js": ACCOUNT,
            "data/tweets.js": ytd("tweets", [v2, v1, note, reply, self_reply]),
            "data/tweets-part1.js": ytd(
                "tweets.part1", [mention, quote, rt, bad_id, bad_time, "not a tweet"]
            ),
            "data/deleted-tweets.js": ytd("deleted_tweets", [deleted]),
            "data/note-tweet.js": ytd("note_tweet", notes),
        },
    )


@pytest.fixture
def built(tmp_path: Path):
    root = synthetic(tmp_path / "archive")
    return root, X.collect(root)


def test_synthetic_counts_and_rejects(built) -> None:
    root, c = built
    assert_balanced(c)
    # 5 + 6 tweets + 1 deleted + 2 notes = 14 records: 7 posts, 3 rejects, 1 superseded edit,
    # 1 deleted, 2 notes
    assert c.sources["records_read"].sum() == 14
    assert len(c.posts) == 7
    assert c.rejects[["locator", "reason"]].values.tolist() == [
        ["[3]", "missing or non-numeric id_str"],
        ["[4]", "unparseable created_at 'sometime in March'"],
        ["[5]", "tweet record is not an object"],
    ]
    assert (c.rejects["source"] == f"{root}/data/tweets-part1.js").all()
    detail = dict(
        zip(c.sources["source"].map(lambda s: Path(s).name), c.sources["excluded_detail"], strict=True)
    )
    assert detail["tweets.js"] == "superseded_edit=1"
    assert detail["note-tweet.js"] == "note_tweet_merged=1; note_tweet_unmatched=1"
    assert detail["deleted-tweets.js"] == "deleted=1"
    assert any("manifest says 99 records, the file has 6" in n for n in c.notes)


def test_synthetic_edit_chain_kept_once(built, post_by_id=post_by_id) -> None:
    _, c = built
    latest = sid("2023-03-01T10:04:00", 2)
    row = post_by_id(c, f"x:{latest}")
    assert row["edited"]
    assert row["text"] == "We are closed on Monday (correction: Tuesday)."
    # the post counts from its first version
    assert row["created_at"] == pd.Timestamp("2023-03-01 10:00:00", tz="UTC")
    assert f"x:{sid('2023-03-01T10:00:00', 1)}" not in set(c.posts["post_id"])


def test_synthetic_note_tweet_full_text(built) -> None:
    _, c = built
    row = post_by_id(c, f"x:{sid('2023-03-02T08:00:00', 3)}")
    assert row["text"].endswith("the end.") and "…" not in row["text"]


def test_synthetic_kinds_and_parents(built) -> None:
    _, c = built
    reply = post_by_id(c, f"x:{sid('2023-03-02T09:30:00', 4)}")
    assert reply["kind"] == "reply" and reply["text"] == "@rider42 Sorry & thanks <3"
    assert reply["parent_created_at"] == pd.Timestamp("2023-03-02 09:00:00.250", tz="UTC")
    assert pd.isna(reply["lang"])  # und
    self_reply = post_by_id(c, f"x:{sid('2023-03-02T09:31:00', 6)}")
    assert self_reply["reply_to_account"] == "rivertonhelp"  # screen name absent, user id is the owner's
    mention = post_by_id(c, f"x:{sid('2023-03-02T09:32:00', 7)}")
    assert (mention["kind"], mention["reply_to_account"]) == ("reply", "someone")
    assert pd.isna(mention["reply_to_id"])
    assert post_by_id(c, f"x:{sid('2023-03-02T09:33:00', 8)}")["kind"] == "quote"
    assert post_by_id(c, f"x:{sid('2023-03-02T09:34:00', 9)}")["kind"] == "repost"
    assert f"x:{sid('2023-03-03T12:00:00', 11)}" not in set(c.posts["post_id"])


def test_synthetic_deleted_tweet_when_asked(built) -> None:
    root, _ = built
    c = XArchiveCollector(include_deleted=True).collect(root)
    assert_balanced(c)
    assert len(c.posts) == 8
    deleted = post_by_id(c, f"x:{sid('2023-03-03T12:00:00', 11)}")
    assert deleted["source"].endswith("deleted-tweets.js#[0]") and deleted["text"] == "oops, wrong link"
    assert repr(XArchiveCollector(include_deleted=True)) == "XArchiveCollector(include_deleted=True)"


def test_old_layout_tweet_js_without_manifest(tmp_path: Path) -> None:
    bare = tweet("2019-05-01T12:00:00", "hello from 2019")[
        "tweet"
    ]  # pre-2020 items had no {"tweet": ...} wrapper
    root = write_archive(
        tmp_path / "old", {"data/account.js": ACCOUNT, "data/tweet.js": ytd("tweet", [bare])}
    )
    assert X.sniff(root)
    c = X.collect(root)
    assert c.posts["text"].tolist() == ["hello from 2019"]
    assert c.posts["created_at"].iloc[0] == pd.Timestamp("2019-05-01 12:00:00", tz="UTC")


def test_invalid_json_names_file_line_and_column(tmp_path: Path) -> None:
    root = write_archive(
        tmp_path / "broken",
        {
            "data/account.js": ACCOUNT,
            "data/tweets.js": 'window.YTD.tweets.part0 = [\n  {"tweet": {"id_str": "1",}}\n]',
        },
    )
    with pytest.raises(InputError) as err:
        X.collect(root)
    assert str(err.value).startswith(f"{root}/data/tweets.js:line 2, column 28: invalid JSON")


def test_missing_account_is_an_input_error(tmp_path: Path) -> None:
    root = write_archive(tmp_path / "anon", {"data/tweets.js": ytd("tweets", [])})
    with pytest.raises(InputError, match="cannot tell whose tweets"):
        X.collect(root)


def test_snowflake_helper() -> None:
    assert x_snowflake_time("2029903943413772741") == datetime(2026, 3, 6, 12, 56, 28, 558000, tzinfo=UTC)
    assert x_snowflake_time("20") is None  # pre-snowflake ids carry no time
    assert x_snowflake_time("abc") is None


def test_fifteen_thousand_tweets_are_fast(tmp_path: Path) -> None:
    items = [tweet("2023-01-01T00:00:00", f"post number {i} &amp; more", seq=i % 4096) for i in range(15_000)]
    for i, item in enumerate(items):  # distinct ids over several seconds
        t = item["tweet"]
        t["id_str"] = t["id"] = str(int(sid("2023-01-01T00:00:00")) + (i << 22))
    root = write_archive(
        tmp_path / "big", {"data/account.js": ACCOUNT, "data/tweets.js": ytd("tweets", items)}
    )
    # this process's CPU time, not the clock's: other processes on a busy machine do not count
    start = time.process_time()
    c = X.collect(root)
    elapsed = time.process_time() - start
    assert len(c.posts) == 15_000
    assert elapsed < 3.0, f"15,000 tweets took {elapsed:.1f} s of CPU"
