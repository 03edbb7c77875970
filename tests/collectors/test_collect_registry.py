"""collectors.registry and base: sniffing, dispatch, merging, the records-read equation everywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import (
    ALICE,
    BNEWBOLD,
    DISCORD,
    DISCORD_2020,
    FACEBOOK,
    HELPDESK_CSV,
    HFARAN,
    HFARAN_ZIP,
    INSTAGRAM,
    LINKEDIN,
    MILAHU,
    PAUL,
    SLACK_MODERN,
    TWCS_EXCEL,
    TWCS_PANDAS,
    assert_balanced,
    tar_folder,
    zip_folder,
)

from collectors import FORMATS, Collection, collect, collect_many, format_names, merge, sniff
from collectors.base import Ledger, posts_frame
from signals.ground import schemas
from signals.ground.errors import InputError, SchemaError, UnknownFormatError

FIXTURE_FORMATS = [
    (MILAHU, "x_archive"),
    (HFARAN, "slack"),
    (HFARAN_ZIP, "slack"),
    (SLACK_MODERN, "slack"),
    (ALICE, "mastodon"),
    (BNEWBOLD, "bluesky"),
    (PAUL, "bluesky"),
    (LINKEDIN, "linkedin"),
    (FACEBOOK, "facebook"),
    (INSTAGRAM, "instagram"),
    (DISCORD, "discord"),
    (DISCORD_2020, "discord"),
    (TWCS_PANDAS, "twcs"),
    (TWCS_EXCEL, "twcs"),
    (HELPDESK_CSV, "generic"),
]


def test_format_names_and_descriptions() -> None:
    assert format_names() == [
        "x_archive",
        "mastodon",
        "slack",
        "bluesky",
        "linkedin",
        "facebook",
        "instagram",
        "discord",
        "twcs",
        "generic",
    ]
    for collector in FORMATS:
        assert collector.description and "\n" not in collector.description


@pytest.mark.parametrize(("path", "name"), FIXTURE_FORMATS)
def test_sniff_each_fixture(path: Path, name: str) -> None:
    assert sniff(path).name == name
    # generic claims any .csv/.jsonl: it is tried last, as the fallback
    others = [c for c in FORMATS if c.name not in (name, "generic")]
    assert not any(c.sniff(path) for c in others)


def test_sniff_packed_fixtures(tmp_path: Path) -> None:
    assert sniff(zip_folder(MILAHU, tmp_path / "twitter.zip")).name == "x_archive"
    assert sniff(zip_folder(ALICE, tmp_path / "archive.zip")).name == "mastodon"
    assert sniff(tar_folder(ALICE, tmp_path / "archive.tar.gz")).name == "mastodon"


@pytest.mark.parametrize(("path", "name"), FIXTURE_FORMATS)
def test_every_fixture_balances_and_is_deterministic(path: Path, name: str) -> None:
    first = collect(path)
    assert_balanced(first)
    assert set(first.sources["format"]) == {name}
    schemas.validate(first.posts, schemas.POSTS)
    again = collect(path, format=name)
    pd.testing.assert_frame_equal(first.posts, again.posts)
    pd.testing.assert_frame_equal(first.rejects, again.rejects)
    pd.testing.assert_frame_equal(first.sources, again.sources)
    keys = list(zip(first.posts["created_at"], first.posts["post_id"], strict=True))
    assert keys == sorted(keys)


def test_unknown_format_on_a_random_file(tmp_path: Path) -> None:
    junk = tmp_path / "photo.bin"
    junk.write_bytes(os.urandom(4096))
    with pytest.raises(UnknownFormatError) as err:
        collect(junk)
    assert str(err.value) == (
        f"{junk}: not a known export: {', '.join(format_names()[:-1])}, generic (csv/jsonl) tried"
    )
    assert "\n" not in str(err.value)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    with pytest.raises(UnknownFormatError):
        sniff(empty_dir)


def test_bad_format_name_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(
        InputError,
        match="unknown format 'twitter'; valid formats: " + ", ".join(format_names()),
    ):
        collect(MILAHU, format="twitter")
    with pytest.raises(InputError, match="no such file or folder"):
        collect(tmp_path / "nope.zip")
    with pytest.raises(InputError, match="no such file or folder"):
        collect(tmp_path / "nope.zip", format="x_archive")
    with pytest.raises(InputError, match="expected a .csv or .jsonl file"):
        collect(HFARAN, format="generic")
    with pytest.raises(InputError, match="not an X archive"):
        collect(HFARAN, format="x_archive")


def test_collect_many_merges_and_counts_duplicates(tmp_path: Path) -> None:
    c = collect_many([HFARAN, ALICE, HELPDESK_CSV])
    assert_balanced(c)
    assert len(c.posts) == 53 + 9 + 4
    assert set(c.posts["platform"]) == {"slack", "mastodon", "helpdesk"}
    assert c.naive_times == 1
    # the same export twice (folder and zip): every post of the second is a counted duplicate
    twice = collect_many([HFARAN, HFARAN_ZIP])
    assert_balanced(twice)
    assert len(twice.posts) == 53
    zip_rows = twice.sources[twice.sources["source"].str.contains("testarchive.zip!")]
    assert zip_rows["posts"].sum() == 0
    assert zip_rows["records_read"].sum() == 158
    assert "duplicate_post_id=" in "; ".join(zip_rows["excluded_detail"].dropna())
    assert collect_many([]).posts.empty


def test_every_file_row_names_the_export_it_was_read_from() -> None:
    c = collect_many([HFARAN, HFARAN_ZIP, ALICE, HELPDESK_CSV])
    exports = c.sources.groupby("export")["source"].agg(list)
    assert set(exports.index) == {str(HFARAN), str(HFARAN_ZIP), str(ALICE), str(HELPDESK_CSV)}
    assert len(exports[str(HFARAN)]) == len(exports[str(HFARAN_ZIP)]) == 17  # its day files
    for export, files in exports.items():
        assert all(f == export or f[len(export)] in "/!" and f.startswith(export) for f in files), export
    assert list(c.sources.columns[:3]) == ["source", "export", "format"]
    assert list(collect(ALICE).sources.columns[:3]) == ["source", "export", "format"]  # one export alone


def test_merge_keeps_sources_equation_when_the_same_file_comes_twice() -> None:
    one = collect(HELPDESK_CSV)
    merged = merge([one, one])
    assert_balanced(merged)
    assert len(merged.sources) == 2
    assert merged.sources["excluded_detail"].tolist() == [None, "duplicate_post_id=4"]


def test_ledger_catches_unclassified_records() -> None:
    ledger = Ledger("generic")
    ledger.read("f.csv", 2)
    ledger.reject("f.csv", "line 2", "bad")
    with pytest.raises(SchemaError, match="records_read != posts"):
        ledger.finish()


def test_posts_frame_types() -> None:
    frame = posts_frame(
        [
            {
                "post_id": 1590000000000000001,
                "platform": "p",
                "account": "a",
                "created_at": pd.Timestamp("2022-01-01T01:00:00+01:00").to_pydatetime(),
                "text": "t",
                "kind": "post",
                "source": "s#1",
            },
        ]
    )
    schemas.validate(frame, schemas.POSTS)
    assert frame["post_id"].iloc[0] == "1590000000000000001"
    assert str(frame["created_at"].dtype).endswith("UTC]")
    assert frame["created_at"].iloc[0] == pd.Timestamp("2022-01-01T00:00:00Z")
    assert frame["edited"].dtype == bool and not frame["edited"].iloc[0]
    empty = Collection.empty()
    assert list(empty.posts.columns) == schemas.POSTS.names
