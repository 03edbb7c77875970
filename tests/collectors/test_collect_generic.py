"""collectors.generic: the generic posts file, CSV or JSONL."""

from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import HELPDESK_CSV, assert_balanced, post_by_id

from collectors.generic import GenericCollector
from signals.ground.errors import InputError

G = GenericCollector()


@pytest.fixture(scope="module")
def helpdesk():
    return G.collect(HELPDESK_CSV)


def test_helpdesk_counts_and_rejects(helpdesk) -> None:
    # By hand (tests/fixtures/generic/SOURCE.txt): 9 records = 4 posts + 5 rejects; 1 naive time.
    assert_balanced(helpdesk)
    assert helpdesk.sources[["records_read", "posts", "rejects", "excluded"]].iloc[0].tolist() == [9, 4, 5, 0]
    assert helpdesk.rejects[["locator", "reason"]].values.tolist() == [
        ["line 6", "created_at is not an ISO 8601 time: 'not-a-date'"],
        ["line 7", "missing required field post_id"],
        [
            "line 8",
            "unknown kind 'tweetstorm' (expected one of post, reply, repost, quote, comment, message)",
        ],
        ["line 9", "expected 13 fields, got 4"],
        ["line 11", "edited must be true/false/1/0/yes/no, got 'maybe'"],
    ]
    assert helpdesk.naive_times == 1
    assert any("naive_times=1" in n for n in helpdesk.notes)
    assert any("extra columns ignored: queue" in n for n in helpdesk.notes)


def test_float_looking_ids_stay_exact(helpdesk) -> None:
    assert float("1590000000000000001") == float("1590000000000000000")  # what a float reader would do
    reply = post_by_id(helpdesk, "1590000000000000001")
    assert reply["reply_to_id"] == "1590000000000000000"
    assert reply["thread_id"] == "1590000000000000000"
    assert reply["kind"] == "reply"  # default when reply_to_id is set
    assert reply["parent_created_at"] == pd.Timestamp("2022-11-18 20:58:00", tz="UTC")
    assert reply["platform"] == "helpdesk"
    assert helpdesk.posts["post_id"].tolist() == [
        "1590000000000000000",
        "1590000000000000001",
        "1590000000000000002",
        "1590000000000000006",
    ]


def test_times_offsets_text_and_flags(helpdesk) -> None:
    naive = post_by_id(helpdesk, "1590000000000000002")
    assert naive["created_at"] == pd.Timestamp("2022-11-18 21:30:00", tz="UTC")
    assert naive["text"] == "Update: route 4 is back on schedule.\nThanks for your patience!"
    assert (naive["kind"], naive["edited"]) == ("post", False)
    shifted = post_by_id(helpdesk, "1590000000000000006")
    assert shifted["created_at"] == pd.Timestamp("2022-11-19 03:15:00", tz="UTC")  # -05:00
    assert shifted["text"] == "été au café"  # mojibake repaired
    assert shifted["edited"] and shifted["lang"] == "fr"
    assert post_by_id(helpdesk, "1590000000000000000")["source"] == f"{HELPDESK_CSV}#line 3"


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"post_id": 1590000000000000001, "account": "help", "created_at": "2022-11-18T21:10:34Z",'
                ' "text": "numeric id", "reply_to_id": 1590000000000000000, "edited": true, "ticket": 7}',
                '{"post_id": "2", "account": "help", "created_at": "2022-11-18T21:11:00", "text": "naive"}',
                "",
                "not json",
                "[1, 2]",
                '{"post_id": "3", "account": "help", "created_at": 1668805894, "text": "epoch number"}',
                '{"post_id": "4", "account": "help", "created_at": "2022-11-18T21:12:00Z"}',
                '{"post_id": {"a": 1}, "account": "help", "created_at": "2022-11-18T21:12:00Z", "text": "x"}',
                '{"post_id": "5", "account": "help", "created_at": "2022-11-18T21:13:00Z", "text": "",'
                ' "kind": "repost"}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    c = G.collect(path)
    assert_balanced(c)
    assert c.posts["post_id"].tolist() == ["1590000000000000001", "2", "5"]
    first = c.posts.iloc[0]
    assert first["reply_to_id"] == "1590000000000000000" and first["edited"] and first["kind"] == "reply"
    assert c.naive_times == 1
    assert c.rejects[["locator", "reason"]].values.tolist() == [
        ["line 4", "invalid JSON: Expecting value (column 1)"],
        ["line 5", "not a JSON object"],
        ["line 6", "created_at is not an ISO 8601 time: '1668805894'"],
        ["line 7", "missing required field text"],
        ["line 8", "post_id must be a string, got dict"],
    ]
    assert c.sources["records_read"].iloc[0] == 8  # 9 lines, but the blank one is not a record
    assert any("ticket" in n for n in c.notes)


def test_header_without_required_columns_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,author,date,body\n1,a,2022-01-01,hi\n")
    with pytest.raises(InputError) as err:
        G.collect(path)
    message = str(err.value)
    assert message.startswith(f"{path}:line 1: missing required columns post_id, account, created_at, text")
    jsonl = tmp_path / "wrong.jsonl"
    jsonl.write_text('{"id": 1, "account": "a", "created_at": "2022-01-01", "text": "x"}\n')
    with pytest.raises(InputError, match="line 1: missing required columns post_id"):
        G.collect(jsonl)


def test_whole_file_problems(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(InputError, match="empty file"):
        G.collect(empty)
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("post_id,account,created_at,text\n1,a,2022-01-01T00:00:00Z,caf\xe9\n".encode("latin-1"))
    with pytest.raises(
        InputError, match=r"latin1.csv: not valid UTF-8 \(invalid continuation byte\) after line 1"
    ):
        G.collect(latin)


def test_malformed_quoting_is_a_reject_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    path.write_text(
        "post_id,account,created_at,text\n"
        '1,a,2022-01-01T00:00:00Z,"quoted" then more\n'  # a quote closed mid-field
        "2,a,2022-01-01T00:01:00Z,fine\n"
        '3,a,2022-01-01T00:02:00Z,"never closed\n'
        "4,a,2022-01-01T00:03:00Z,swallowed by the open quote\n"
    )
    c = G.collect(path)
    assert_balanced(c)
    assert c.posts["post_id"].tolist() == ["2"]
    assert c.rejects[["locator", "reason"]].values.tolist() == [
        ["line 2", "malformed CSV: ',' expected after '\"'"],
        ["line 4", "malformed CSV: unexpected end of data"],
    ]


def test_bom_and_header_case(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "\ufeffPost_ID, Account ,created_at,TEXT\r\n007,a,2022-01-01T00:00:00+01:00,hi\r\n".encode()
    )
    c = G.collect(path)
    assert c.posts[["post_id", "account", "text"]].values.tolist() == [["007", "a", "hi"]]
    assert c.posts["created_at"].iloc[0] == pd.Timestamp("2021-12-31 23:00:00", tz="UTC")


def test_sniff(tmp_path: Path) -> None:
    assert G.sniff(HELPDESK_CSV)
    no_suffix = tmp_path / "replies"
    no_suffix.write_text("post_id,account,created_at,text\n")
    assert G.sniff(no_suffix)
    other = tmp_path / "notes.txt"
    other.write_text("hello, world\n")
    assert not G.sniff(other)
    assert not G.sniff(tmp_path)


def test_fifteen_thousand_rows_are_fast(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = ["post_id,account,created_at,text,reply_to_id"]
    rows += [
        f"{1590000000000000000 + i},acct{i % 50},2022-11-18T21:{i % 60:02d}:00Z,text {i},{i}"
        for i in range(15_000)
    ]
    path.write_text("\n".join(rows) + "\n")
    # this process's CPU time, not the clock's: other processes on a busy machine do not count
    start = time.process_time()
    c = G.collect(path)
    elapsed = time.process_time() - start
    assert len(c.posts) == 15_000
    assert elapsed < 3.0, f"15,000 rows took {elapsed:.1f} s of CPU"


def test_repeated_post_id_is_a_counted_exclusion(tmp_path: Path) -> None:
    path = tmp_path / "dupes.csv"
    path.write_text(
        "post_id,account,created_at,text\n"
        "1,a,2022-01-01T00:00:00Z,first\n"
        "1,a,2022-01-01T00:05:00Z,same id again\n"
        "2,a,2022-01-01T00:06:00Z,other\n"
    )
    c = G.collect(path)
    assert_balanced(c)
    assert c.posts["text"].tolist() == ["first", "other"]  # the first one read wins
    assert c.sources["excluded_detail"].tolist() == ["duplicate_post_id=1"]
