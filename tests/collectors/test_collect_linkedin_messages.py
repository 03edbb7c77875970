"""collectors.linkedin_messages on a synthetic messages.csv in the real layout (fixtures/linkedin/SOURCE.txt).

Counts verified by hand on the fixture's 16 records (line numbers of messages.csv):
  rejects 2: line 7 (DATE "yesterday"), line 12 (3 fields of 13);
  default: the 14 readable messages are private, excluded as direct_message;
  include_direct=True: 11 posts + 3 excluded (line 3 draft, line 13 attachment without text, line 17
  repeats line 16) + 2 rejects. Of the 11 posts 6 are replies (lines 16, 14, 10, 8, 5, 4) and 5 messages
  (lines 18, 15, 11, 6, 2); 5 are the owner's (lines 16, 15, 11, 8, 4).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import LINKEDIN_MESSAGES, assert_balanced, zip_folder

from collectors import collect, sniff
from collectors.linkedin import LinkedInCollector
from collectors.linkedin_messages import message_text, person_name
from signals.ground.errors import InputError
from signals.ground.schemas import ROSTER

MESSAGES_CSV = LINKEDIN_MESSAGES / "messages.csv"
INCLUDE = LinkedInCollector(include_direct=True)


@pytest.fixture(scope="module")
def included():
    return INCLUDE.collect(LINKEDIN_MESSAGES)


def _by_line(c, line: int) -> pd.Series:
    rows = c.posts[c.posts["source"].str.endswith(f"#line {line}")]
    assert len(rows) == 1, line
    return rows.iloc[0]


def test_direct_messages_are_excluded_by_default() -> None:
    c = collect(LINKEDIN_MESSAGES)
    assert_balanced(c)
    (row,) = c.sources.itertuples()
    assert (row.records_read, row.posts, row.rejects, row.excluded) == (16, 0, 2, 14)
    assert row.excluded_detail == "direct_message=14"
    assert list(zip(c.rejects["locator"], c.rejects["reason"], strict=True)) == [
        ("line 7", "DATE is not a time: 'yesterday'"),
        ("line 12", "expected 13 fields, got 3"),
    ]


def test_counts_when_included(included) -> None:
    assert_balanced(included)
    (row,) = included.sources.itertuples()
    assert (row.records_read, row.posts, row.rejects, row.excluded) == (16, 11, 2, 3)
    assert row.excluded_detail == "draft=1; duplicate_post_id=1; no_text=1"
    posts = included.posts
    assert posts["kind"].value_counts().to_dict() == {"reply": 6, "message": 5}
    assert posts["account"].value_counts().to_dict() == {
        "Maya Santos": 5,
        "José Pérez": 2,  # mojibake in FROM repaired
        "Ana Silva": 2,
        "Sam Lee": 1,
        "Jordan Blake": 1,
    }
    assert set(posts["platform"]) == {"linkedin"}
    assert posts["post_id"].str.startswith("linkedin:message:").all()
    assert included.notes == []


def test_a_message_after_someone_else_is_a_reply_to_it(included) -> None:
    question, answer, follow_up, thanks = (_by_line(included, n) for n in (18, 16, 15, 14))
    assert (question["kind"], question["account"]) == ("message", "José Pérez")
    assert pd.isna(question["reply_to_id"])
    assert (answer["kind"], answer["account"]) == ("reply", "Maya Santos")
    assert answer["reply_to_id"] == question["post_id"] and answer["reply_to_account"] == "José Pérez"
    assert answer["parent_created_at"] == question["created_at"] == pd.Timestamp("2025-06-02 09:00", tz="UTC")
    assert (answer["created_at"] - answer["parent_created_at"]).total_seconds() == 2730  # 45.5 min
    assert follow_up["kind"] == "message" and pd.isna(follow_up["reply_to_id"])  # after her own message
    assert thanks["reply_to_id"] == follow_up["post_id"] and thanks["reply_to_account"] == "Maya Santos"
    assert question["thread_id"] == answer["thread_id"] == thanks["thread_id"]
    assert question["thread_id"].startswith("linkedin:conversation:2-QjA1")
    # the group conversation: Sam asks, Ana answers Sam, Maya answers Ana
    sam, ana, maya = (_by_line(included, n) for n in (6, 5, 4))
    assert (sam["kind"], ana["reply_to_account"]) == ("message", "Sam Lee")
    assert maya["reply_to_account"] == "Ana Silva"
    assert maya["reply_to_id"] == ana["post_id"]
    inmail = _by_line(included, 2)
    assert (inmail["kind"], inmail["account"]) == ("message", "Jordan Blake")
    assert pd.isna(inmail["reply_to_id"])


def test_message_text(included) -> None:
    html = 'Sure, here they are: posters.\n\nTell me if the "blue" one works.'
    assert _by_line(included, 10)["text"] == html
    assert _by_line(included, 8)["text"] == 'The "blue" one is perfect,\nthank you!'
    assert _by_line(included, 14)["text"] == "Thanks! ¡Genial!"
    assert message_text("<p>a<br>b</p>") == "a\nb" and message_text("1 < 2 &amp; <3") == "1 < 2 &amp; <3"
    assert person_name("  JosÃ©   PÃ©rez ") == "José Pérez" and person_name("𝗠𝗮𝘆𝗮") == "Maya"


def test_owner_replies_have_a_latency(included) -> None:
    """The inbound turns are in the table, so reply detection measures the owner's latency."""
    from features import extract  # here: the other tests of this file need only the collectors

    posts = included.posts.assign(person_id=None)
    mine = posts["account"] == "Maya Santos"
    posts.loc[mine, "person_id"] = "maya"
    roster = pd.DataFrame(
        [
            {
                "person_id": "maya",
                "display_name": "Maya Santos",
                "platform": "linkedin",
                "account": "Maya Santos",
                "signature": "",
                "team": "",
                "timezone": "UTC",
                "work_hours": "09:00-17:00",
                "workdays": "Mon-Fri",
                "consent": True,
            }
        ],
        columns=ROSTER.names,
    )
    result = extract(posts[mine].reset_index(drop=True), all_posts=posts, roster=roster)
    replies = result.replies.set_index("post_id")
    answer = _by_line(included, 16)
    assert replies.loc[answer["post_id"], "latency_s"] == 2730.0
    assert replies.loc[answer["post_id"], "inbound_account"] == "José Pérez"
    group = _by_line(included, 4)
    assert replies.loc[group["post_id"], "latency_s"] == 2400.0


def test_owner_without_profile_zip_and_single_file(tmp_path: Path, included) -> None:
    assert sniff(LINKEDIN_MESSAGES).name == "linkedin" and sniff(MESSAGES_CSV).name == "linkedin"
    packed = zip_folder(LINKEDIN_MESSAGES, tmp_path / "Complete_LinkedInDataExport_08-01-2025.zip")
    assert sniff(packed).name == "linkedin"
    zipped = INCLUDE.collect(packed)
    assert zipped.posts.drop(columns="source").equals(included.posts.drop(columns="source"))
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(MESSAGES_CSV, lone / "messages.csv")
    assert sniff(lone).name == "linkedin"
    inferred = INCLUDE.collect(lone)  # no Profile.csv: the person in every conversation is the owner
    assert inferred.notes == [
        f"{lone / 'messages.csv'}: no Profile.csv; the owner is taken to be Maya Santos, in most messages"
    ]
    assert inferred.posts.drop(columns="source").equals(included.posts.drop(columns="source"))
    named = LinkedInCollector(include_direct=True, account="maya-s").collect(lone / "messages.csv")
    assert named.posts["account"].value_counts()["maya-s"] == 5


def test_whole_file_problems_and_sniffing(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "messages.csv").write_text("ID,Timestamp,Contents\n1,2,3\n")  # not LinkedIn's layout
    assert not LinkedInCollector().sniff(other)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "messages.csv").write_text('"CONVERSATION ID","FROM","DATE","CONTENT"\n')
    with pytest.raises(InputError, match="no Profile.csv with a name"):
        INCLUDE.collect(empty)  # nobody in any message: the owner cannot be inferred
    c = LinkedInCollector(include_direct=True, account="me").collect(empty)
    assert c.sources["records_read"].tolist() == [0] and c.posts.empty
