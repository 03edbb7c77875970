"""collectors.linkedin on a quirk-faithful synthetic export (folder, .zip, single CSV)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import LINKEDIN, assert_balanced, post_by_id, zip_folder

from collectors import collect, sniff
from collectors.linkedin import LinkedInCollector, clean_commentary, find_urn
from signals.ground.errors import InputError

L = LinkedInCollector()
SHARES = LINKEDIN / "Shares.csv"
COMMENTS = LINKEDIN / "Comments.csv"


@pytest.fixture(scope="module")
def export():
    return L.collect(LINKEDIN)


def test_raw_files_have_the_quirks() -> None:
    with SHARES.open(newline="") as handle:
        texts = [row[2] for row in list(csv.reader(handle))[1:] if len(row) == 6]
    assert texts[0].splitlines()[:2] == ['𝗕𝗶𝗴 𝗻𝗲𝘄𝘀 from the Riverton team!"', '""']
    with COMMENTS.open(newline="") as handle:
        widths = [len(row) for row in csv.reader(handle)]
    assert widths == [3, 4, 3, 4, 3, 3, 3]  # without escapechar='\\' the \" breaks two rows


def test_counts(export) -> None:
    # Shares.csv: 8 records = 6 posts (1 a repost) + 2 rejects (lines 9, 13).
    # Comments.csv: 6 records = 4 comments + 1 duplicate excluded + 1 reject (line 7).
    assert_balanced(export)
    rows = export.sources.set_index(export.sources["source"].str.rpartition("/")[2])
    assert tuple(rows.loc["Shares.csv", ["records_read", "posts", "rejects", "excluded"]]) == (8, 6, 2, 0)
    assert tuple(rows.loc["Comments.csv", ["records_read", "posts", "rejects", "excluded"]]) == (6, 4, 1, 1)
    assert rows.loc["Comments.csv", "excluded_detail"] == "duplicate_post_id=1"
    assert export.posts["kind"].value_counts().to_dict() == {"post": 5, "comment": 4, "repost": 1}
    assert set(export.posts["account"]) == {"Maya Santos"} and set(export.posts["platform"]) == {"linkedin"}
    assert list(export.rejects["reason"]) == [
        "Date is not a time: '3 July'",
        "Date is not a time: 'yesterday'",
        "expected 6 fields, got 2",
    ]
    assert export.notes == [f"{SHARES}: 1 shares without a URN in ShareLink got an id from their content"]


def test_broken_quoting_bold_letters_and_urn_time(export) -> None:
    post = post_by_id(export, "linkedin:urn:li:share:7345821826146108069")
    assert post["text"] == (
        "Big news from the Riverton team!\n\n"
        "We opened a new clinic today. Thanks to everyone who made it happen.\nCome and say hi 👋"
    )
    assert post["created_at"] == pd.Timestamp("2025-07-01 14:33:22.123", tz="UTC")  # ms from the URN
    quoted = post_by_id(export, "linkedin:urn:li:ugcPost:7341751689801630373")
    assert quoted["text"] == '"Data beats opinions" - our quarterly numbers are out.'  # one line: kept
    off = post_by_id(export, "linkedin:urn:li:share:7323647383437312677")
    assert off["text"] == 'Two lines,\nwith a comma and a "quote" inside'
    assert off["created_at"] == pd.Timestamp("2025-05-01 10:00:00", tz="UTC")  # URN 3 s later: Date kept
    repost = post_by_id(export, "linkedin:urn:li:share:7339985023816172197")
    assert (repost["kind"], repost["text"]) == ("repost", "")


def test_comments(export) -> None:
    comments = export.posts[export.posts["kind"] == "comment"].set_index("created_at")
    first = comments.loc[pd.Timestamp("2025-07-01 16:00", tz="UTC")]
    assert first["text"] == 'Great point about "lived experience", thanks for sharing!'
    assert first["reply_to_id"] == first["thread_id"] == "linkedin:urn:li:activity:7345632234700800677"
    assert first["parent_created_at"] == pd.Timestamp("2025-07-01 02:00", tz="UTC")  # 14 h latency
    assert first["post_id"].startswith("linkedin:comment:")
    early = comments.loc[pd.Timestamp("2025-07-03 11:00", tz="UTC")]
    assert early["parent_created_at"] > pd.Timestamp("2025-07-03 11:00", tz="UTC")  # kept; negative latency
    no_urn = comments.loc[pd.Timestamp("2025-07-04 08:15", tz="UTC")]
    assert pd.isna(no_urn["reply_to_id"]) and pd.isna(no_urn["parent_created_at"])


def test_zip_single_csv_and_account_option(tmp_path: Path, export) -> None:
    packed = zip_folder(LINKEDIN, tmp_path / "Basic_LinkedInDataExport_07-01-2025.zip")
    assert sniff(packed).name == "linkedin" and sniff(LINKEDIN).name == "linkedin"
    zipped = collect(packed)
    assert zipped.posts["post_id"].tolist() == export.posts["post_id"].tolist()
    assert sniff(SHARES).name == "linkedin"
    one = collect(SHARES)  # Profile.csv beside it names the owner
    assert_balanced(one)
    assert len(one.posts) == 6 and set(one.posts["account"]) == {"Maya Santos"}
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(COMMENTS, lone / "Comments.csv")
    with pytest.raises(InputError, match="no Profile.csv with a name"):
        L.collect(lone / "Comments.csv")
    named = LinkedInCollector(account="maya-santos").collect(lone)
    assert set(named.posts["account"]) == {"maya-santos"} and len(named.posts) == 4


def test_whole_file_problems(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name\nA,B\n")
    (folder / "Shares.csv").write_text("When,What\n1,2\n")
    with pytest.raises(InputError, match=r"Shares\.csv:line 1: expected the columns of Shares\.csv"):
        L.collect(folder)
    (folder / "Shares.csv").write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        L.collect(folder)
    other = tmp_path / "other"
    other.mkdir()
    (other / "Profile.csv").write_text("First Name,Last Name\nA,B\n")
    assert not L.sniff(other)
    with pytest.raises(InputError, match="not a LinkedIn export"):
        L.collect(other)


def test_helpers() -> None:
    assert find_urn("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826146108069") == (
        "urn:li:share:7345821826146108069",
        pd.Timestamp("2025-07-01 14:33:22.123", tz="UTC"),
    )
    assert find_urn("https://www.linkedin.com/in/someone") is None
    assert find_urn("urn:li:share:1").created_at is None  # 1970: not a real post time
    assert clean_commentary('one\n"two"\n""') == "one\ntwo"
    assert clean_commentary("𝗕𝗼𝗹𝗱 ﬁne") == "Bold fine"


# An article id is not a time: read as n >> 22 ms it falls in October 2029 (issue 21, item 5).
ARTICLE = "urn:li:article:7912345678901234567"


def _comments_on_an_article(folder: Path) -> Path:
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name\nMaya,Santos\n", encoding="utf-8")
    (folder / "Comments.csv").write_text(
        "Date,Link,Message\n"
        f"2025-07-05 10:00:00,https://www.linkedin.com/feed/update/{ARTICLE.replace(':', '%3A')},"
        '"Thanks for writing this up, it helped our team a lot."\n'
        "2025-07-01 16:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7345632234700800677,"
        '"Great point, thanks for sharing!"\n',
        encoding="utf-8",
    )
    return folder


def test_an_article_urn_gives_no_parent_time(tmp_path: Path) -> None:
    c = L.collect(_comments_on_an_article(tmp_path / "export"))
    assert_balanced(c)
    comments = c.posts.set_index("reply_to_id")
    assert pd.isna(comments.loc[f"linkedin:{ARTICLE}", "parent_created_at"])
    assert comments.loc["linkedin:urn:li:activity:7345632234700800677", "parent_created_at"] == pd.Timestamp(
        "2025-07-01 02:00", tz="UTC"
    )
    assert find_urn(f"https://www.linkedin.com/feed/update/{ARTICLE}") == (ARTICLE, None)
    # the types whose ids encode a time keep it, whatever the case of the type
    for urn in ("urn:li:share:", "urn:li:ugcPost:", "urn:li:activity:", "urn:li:UGCPOST:"):
        assert find_urn(urn + "7345632234700800677").created_at == pd.Timestamp("2025-07-01 02:00", tz="UTC")
    assert find_urn("urn:li:groupPost:12345-7345632234700800677").created_at == pd.Timestamp(
        "2025-07-01 02:00", tz="UTC"
    )


def test_a_comment_on_an_article_is_a_reply_of_unknown_latency_not_a_reject(tmp_path: Path) -> None:
    from signals.pipeline import analyze

    result = analyze([_comments_on_an_article(tmp_path / "export")], bootstrap=0, jobs=1)
    assert not result.rejects["reason"].str.contains("negative reply latency").any()
    assert result.summary["negative_latency_rejected"] == 0
    assert result.summary["replies_without_parent_time"] == 1  # the article comment
    assert result.summary["replies"] == 1  # the activity comment, 14 h after its post
    assert result.replies["latency_s"].tolist() == [14 * 3600]
