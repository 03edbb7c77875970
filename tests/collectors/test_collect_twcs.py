"""collectors.twcs on quirk-faithful twcs.csv resaves (pandas and Excel), alone and zipped like Kaggle's."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import TWCS_EXCEL, TWCS_PANDAS, assert_balanced, post_by_id

from collectors import collect, sniff
from collectors.twcs import TwcsCollector, normalize_id
from signals.ground.errors import InputError

T = TwcsCollector()


@pytest.fixture(scope="module")
def pandas_copy():
    return T.collect(TWCS_PANDAS)


@pytest.fixture(scope="module")
def excel_copy():
    return T.collect(TWCS_EXCEL)


def test_raw_files_have_the_quirks() -> None:
    raw = TWCS_PANDAS.read_bytes()
    assert raw.startswith(b",tweet_id,") and b"\r\rplease" in raw and b",3.0\n" in raw
    # a naive csv read splits the record with the bare \r\r: 12 rows (plus a blank one) instead of 11
    naive = list(csv.reader(io.StringIO(raw.decode(), newline="")))[1:]
    assert len([r for r in naive if r]) == 12
    excel = TWCS_EXCEL.read_bytes()
    assert b"\r\n" in excel and b"Caf\xe9" in excel and b'"1,55,157"' in excel


def test_pandas_copy(pandas_copy) -> None:
    # 11 records = 11 posts: 5 customer messages and 6 brand replies; 9 are replies
    # (all but the starters 5 and 8; 11 answers a tweet that is not in the file).
    assert_balanced(pandas_copy)
    row = pandas_copy.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (11, 11, 0, 0)
    assert pandas_copy.posts["kind"].value_counts().to_dict() == {"reply": 9, "post": 2}
    assert pandas_copy.posts["account"].value_counts()["AcmeSupport"] == 6
    assert set(pandas_copy.posts["platform"]) == {"x"}
    assert pandas_copy.notes == [f"{TWCS_PANDAS}: 2 bare carriage returns inside texts read as spaces"]
    split = post_by_id(pandas_copy, "x:8")
    assert split["text"] == "@AcmeSupport my card was charged twice  please help"


def test_replies_get_parent_time_author_and_thread(pandas_copy) -> None:
    first = post_by_id(pandas_copy, "x:6")  # float parent "5.0"
    assert (first["reply_to_id"], first["reply_to_account"], first["thread_id"]) == ("x:5", "115712", "x:5")
    assert first["parent_created_at"] == pd.Timestamp("2017-10-31 21:49:35", tz="UTC")
    assert first["created_at"] - first["parent_created_at"] == pd.Timedelta(seconds=87)
    deep = post_by_id(pandas_copy, "x:2")  # 5 <- 4 <- 3 <- 1 <- 2: the thread is the starter
    assert (deep["reply_to_account"], deep["thread_id"]) == ("AcmeSupport", "x:5")
    outside = post_by_id(pandas_copy, "x:11")  # its parent (10) is not in the file
    assert outside["kind"] == "reply" and pd.isna(outside["reply_to_account"])
    assert pd.isna(outside["parent_created_at"]) and outside["thread_id"] == "x:10"
    assert post_by_id(pandas_copy, "x:9")["text"].endswith("on its way & should show in 3 days. ^JD")


def test_excel_copy(excel_copy) -> None:
    # 9 records (lines 2-11) = 5 posts + 4 rejects (lines 7-10).
    assert_balanced(excel_copy)
    row = excel_copy.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (9, 5, 4, 0)
    assert excel_copy.rejects["locator"].tolist() == ["line 7", "line 8", "line 9", "line 10"]
    assert excel_copy.rejects["reason"].tolist() == [
        "inbound must be True/False, got 'maybe'",
        "created_at is not a Twitter or ISO 8601 time: '31/12/2017 12:00'",
        "expected 7 fields, got 4",
        "tweet_id is not an integer: '1.55162E+05'",
    ]
    assert post_by_id(excel_copy, "x:101")["text"] == "@AcmeSupport Café closed again?"  # cp1252 read
    assert post_by_id(excel_copy, "x:102")["text"] == (
        "@115800 Sorry, the café reopens at noon.\nThanks for your patience! ^JD"
    )
    grouped = post_by_id(excel_copy, "x:155158")  # parent written "1,55,157"
    assert (grouped["reply_to_id"], grouped["reply_to_account"]) == ("x:155157", "115801")
    assert any("Windows-1252" in n for n in excel_copy.notes)
    assert any("2 ids had digit grouping" in n for n in excel_copy.notes)


def test_normalize_id() -> None:
    assert normalize_id("3.0") == ("3", False)
    assert normalize_id(" 119237 ") == ("119237", False)
    assert normalize_id("1,55,157") == ("155157", True)
    assert normalize_id("1,234,567") == ("1234567", True)
    assert normalize_id("1.2e+18") == (None, False)
    assert normalize_id("9,6,10") == (None, False)  # a response list, not one id
    assert normalize_id("abc") == (None, False)


def test_kaggle_zip_and_platform_option(tmp_path: Path) -> None:
    packed = tmp_path / "customer-support-on-twitter.zip"
    with zipfile.ZipFile(packed, "w") as zf:
        zf.write(TWCS_PANDAS, "twcs/twcs.csv")
        zf.write(TWCS_PANDAS, "sample.csv")  # Kaggle's sample repeats rows of twcs.csv
        zf.writestr("README.md", "not a csv")
    assert sniff(packed).name == "twcs" and sniff(TWCS_EXCEL).name == "twcs"
    c = collect(packed)
    assert_balanced(c)
    assert len(c.posts) == 11
    dup = c.sources.set_index("source").loc[f"{packed}!twcs/twcs.csv"]
    assert (dup["posts"], dup["excluded_detail"]) == (0, "duplicate_post_id=11")
    helpdesk = TwcsCollector(platform="helpdesk").collect(TWCS_PANDAS)
    assert set(helpdesk.posts["platform"]) == {"helpdesk"} and "helpdesk:5" in set(helpdesk.posts["post_id"])


def test_whole_file_problems(tmp_path: Path) -> None:
    wrong = tmp_path / "other.csv"
    wrong.write_text("tweet_id,author_id,text\n1,a,b\n")
    assert not T.sniff(wrong)
    with pytest.raises(InputError, match=r"other\.csv:line 1: missing twcs columns inbound, created_at"):
        T.collect(wrong)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        T.collect(empty)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"tweet_id\x81\x8d\x8f\x90\x9d")
    with pytest.raises(InputError, match="neither UTF-8 nor Windows-1252"):
        T.collect(binary)
    folder = tmp_path / "nothing"
    folder.mkdir()
    with pytest.raises(InputError, match="no CSV in the twcs layout"):
        T.collect(folder)
