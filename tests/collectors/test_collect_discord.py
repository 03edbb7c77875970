"""collectors.discord on synthetic data packages (2024 JSON layout and legacy CSV layout)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import DISCORD, DISCORD_2020, assert_balanced, post_by_id, zip_folder

from collectors import collect, sniff
from collectors.discord import NO_LATENCY_NOTE, DiscordCollector, discord_snowflake_time, discord_text
from signals.ground.errors import InputError

D = DiscordCollector()
GUILD = DISCORD / "messages" / "c1071634560735809536" / "messages.json"


@pytest.fixture(scope="module")
def package():
    return D.collect(DISCORD)


def test_ids_above_2_53_stay_exact(package) -> None:
    raw = GUILD.read_text()
    assert '"ID": 1071606110085030579,' in raw  # a bare number
    assert int(json.loads(raw)[0]["ID"] * 1.0) != 1071606110085030579  # a float would corrupt it
    first = post_by_id(package, "discord:1071606110085030579")
    assert first["created_at"] == pd.Timestamp("2023-02-05 01:40:06.123", tz="UTC")  # ms from the snowflake
    assert first["text"] == "Welcome everyone! Grab a coffee ☕ and say hi :wave:"


def test_counts_and_note(package) -> None:
    # 8 records = 3 posts + 2 rejects + 3 excluded (1 no_text, 2 direct messages)
    assert_balanced(package)
    rows = package.sources.set_index(package.sources["source"].str.extract(r"/(c\d+)/")[0])
    assert tuple(rows.loc["c1071634560735809536", ["records_read", "posts", "rejects", "excluded"]]) == (
        6,
        3,
        2,
        1,
    )
    assert rows.loc["c1085000000000000000", "excluded_detail"] == "direct_message=2"
    assert package.rejects["locator"].tolist() == ["[4]", "[5]"]
    assert set(package.posts["kind"]) == {"message"} and set(package.posts["account"]) == {"maya_santos"}
    assert package.posts["reply_to_id"].isna().all()
    assert package.notes == [NO_LATENCY_NOTE]
    with_dms = DiscordCollector(include_direct=True).collect(DISCORD)
    assert len(with_dms.posts) == 5


def test_legacy_csv_package() -> None:
    # 4 records = 3 messages + 1 reject (line 6)
    old = collect(DISCORD_2020)
    assert_balanced(old)
    assert sniff(DISCORD_2020).name == "discord"
    assert len(old.posts) == 3 and old.rejects["locator"].tolist() == ["line 6"]
    assert old.posts["created_at"].tolist() == [
        pd.Timestamp("2017-10-01 18:20:34.469", tz="UTC"),
        pd.Timestamp("2017-10-02 09:00:00.250", tz="UTC"),
        pd.Timestamp("2017-10-03 10:00:00", tz="UTC"),  # broken Timestamp: the id's time
    ]
    assert old.posts["text"].iloc[1] == "Two lines,\nwith a comma"


def test_zip(tmp_path: Path, package) -> None:
    packed = zip_folder(DISCORD, tmp_path / "package.zip")
    assert sniff(packed).name == "discord"
    assert collect(packed).posts["post_id"].tolist() == package.posts["post_id"].tolist()


def test_whole_file_problems(tmp_path: Path) -> None:
    pkg = tmp_path / "package"
    (pkg / "messages" / "c1").mkdir(parents=True)
    (pkg / "messages" / "c1" / "messages.json").write_text("[]")
    with pytest.raises(InputError, match="no account/user.json"):
        D.collect(pkg)
    (pkg / "account").mkdir()
    (pkg / "account" / "user.json").write_text('{"username": "u"}')
    (pkg / "messages" / "c1" / "messages.json").write_text('{"ID": 1}')
    with pytest.raises(InputError, match=r"c1/messages\.json: expected a JSON list of messages"):
        D.collect(pkg)
    (pkg / "messages" / "c1" / "messages.json").write_text('[{"ID": 1,')
    with pytest.raises(InputError, match=r"messages\.json:line 1, column \d+: invalid JSON"):
        D.collect(pkg)
    empty = tmp_path / "empty"
    (empty / "account").mkdir(parents=True)
    (empty / "account" / "user.json").write_text('{"username": "u"}')
    with pytest.raises(InputError, match="not a Discord package"):
        D.collect(empty)


def test_helpers() -> None:
    assert discord_snowflake_time("175928847299117063") == pd.Timestamp("2016-04-30 11:18:25.796", tz="UTC")
    assert discord_snowflake_time("12") is None and discord_snowflake_time("x") is None
    assert discord_text("<@123> <@!456> <@&7> <#8> <a:party:9>") == "@123 @456 @role-7 #channel-8 :party:"
