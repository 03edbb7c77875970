"""The exact account of every record: for every input file of every fixture,
records_read = posts + rejects + documented exclusions, with the totals verified by hand.

assert_balanced (collector_helpers) checks the equation per file, that the posts and rejects
columns match the rows of the tables, and that every exclusion reason is documented in
collectors/exclusions.py. The table below pins the totals, so a collector change that moves a
record from one bucket to another shows up here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from collector_helpers import FIXTURES, assert_balanced

from collectors import collect
from collectors.exclusions import EXCLUSIONS, describe, undocumented

# fixture (relative to tests/fixtures): (format, files, records_read, posts, rejects, excluded)
VERIFIED = {
    # tweets.js 94 + deleted-tweets.js 47 (excluded: deleted) + an empty note-tweet.js (test_collect_x.py)
    "x_archive/milahu104": ("x_archive", 3, 141, 94, 0, 47),
    # 158 messages: 94 bot_message + 3 bot_add + 8 channel_join excluded (test_collect_slack.py)
    "slack/hfaran_testarchive": ("slack", 17, 158, 53, 0, 105),
    "slack/hfaran_testarchive/testarchive.zip": ("slack", 17, 158, 53, 0, 105),
    "slack/modern_synthetic": ("slack", 5, 16, 9, 1, 6),
    "mastodon/alice_archive": ("mastodon", 1, 10, 9, 0, 1),
    # 7 activities: 5 notes + 1 boost, 1 direct message excluded (test_collect_mastodon.py)
    "mastodon/old_zh_archive": ("mastodon", 1, 7, 6, 0, 1),
    # real repos: 23 posts + 1 repost + 14 other records; 101 posts + 15 reposts + 69 others
    "bluesky/bnewbold.robocracy.org.20250310005405.car": ("bluesky", 1, 38, 24, 0, 14),
    "bluesky/paul_staging.repo.car": ("bluesky", 1, 185, 116, 0, 69),
    # Shares 8 = 6 + 2 rejects; Comments 6 = 4 + 1 reject + 1 duplicate
    "linkedin/Basic_LinkedInDataExport_07-01-2025": ("linkedin", 2, 14, 10, 3, 1),
    # messages.csv 16 = 2 rejects + 14 direct messages excluded by default (test_collect_linkedin_messages)
    "linkedin/Complete_LinkedInDataExport_08-01-2025": ("linkedin", 1, 16, 0, 2, 14),
    # posts 6 = 3 + 1 + 2; comments 3 = 2 + 1; Messenger 5 = 2 + 1 + 2
    "meta/facebook-mayasantos-2025-07-01-AbCdEf": ("facebook", 3, 14, 7, 2, 5),
    # posts 4 = 2 + 1 + 1; comments 2 = 1 + 1; reels comments 2; direct 2
    "meta/instagram-maya.santos-2025-07-01-XyZ": ("instagram", 4, 10, 7, 2, 1),
    # guild channel 6 = 3 + 2 rejects + 1 no_text; DM channel 2 excluded
    "discord/package": ("discord", 2, 8, 3, 2, 3),
    "discord/package_2020": ("discord", 1, 4, 3, 1, 0),
    "twcs/twcs_pandas.csv": ("twcs", 1, 11, 11, 0, 0),
    "twcs/twcs_excel.csv": ("twcs", 1, 9, 5, 4, 0),
    "generic/helpdesk_replies.csv": ("generic", 1, 9, 4, 5, 0),
}
# notes, reference decodings, snippets (agent_turns.jsonl: real customer-care texts for sign-off tests)
NOT_EXPORTS = {"SOURCE.txt", "LICENSE", "decoded", "zulip_fixtures", "agent_turns.jsonl"}


@pytest.mark.parametrize("name", sorted(VERIFIED))
def test_every_record_is_accounted_for(name: str) -> None:
    c = collect(FIXTURES / name)
    assert_balanced(c)
    s = c.sources
    fmt, files, read, posts, rejects, excluded = VERIFIED[name]
    assert set(s["format"]) == {fmt}
    got = (len(s), s["records_read"].sum(), s["posts"].sum(), s["rejects"].sum(), s["excluded"].sum())
    assert tuple(int(v) for v in got) == (files, read, posts, rejects, excluded)


def test_every_fixture_export_is_in_the_table() -> None:
    exports = {
        p.relative_to(FIXTURES).as_posix()
        for folder in FIXTURES.iterdir()
        for p in folder.iterdir()
        if p.name not in NOT_EXPORTS and not p.name.startswith("LICENSE")
    }
    missing = exports - set(VERIFIED)
    assert not missing, f"fixtures without verified counts: {sorted(missing)}"


def test_exclusion_reasons_are_documented() -> None:
    assert all(text and "\n" not in text for text in EXCLUSIONS.values())
    assert undocumented("no_text=1; duplicate_post_id=2", "facebook") == []
    assert undocumented("mystery=1", "discord") == ["mystery"]
    assert undocumented("channel_join=3", "slack") == []  # Slack's subtypes are an open set
    assert describe("channel_join", "slack").startswith("Slack: a system event")
    assert describe("other_collection", "bluesky").startswith("Bluesky:")


def test_fixture_notes_exist() -> None:
    for folder in FIXTURES.iterdir():
        if folder.is_dir():
            assert (folder / "SOURCE.txt").is_file() or any(Path(folder).glob("*/SOURCE.txt")), folder
