"""The sources table summed per export, named by the distinguishing end of each path."""

from __future__ import annotations

import pandas as pd
import pytest

from signals.exports_summary import short_names, summarize_sources


@pytest.mark.parametrize(
    ("paths", "folder", "names"),
    [
        (["/d/org/exports/x/ann", "/d/org/exports/slack", "/d/org/exports/x/bo.zip"],
         "/d/org/exports", ["x/ann", "slack", "x/bo.zip"]),
        (["/d/org/exports/slack"], "/d/org/exports", ["slack"]),
        (["/d/org/exports/slack/comms-team-2025", "/d/org/exports/slack/comms-team-2026"],
         "/d/org/exports/slack", ["comms-team-2025", "comms-team-2026"]),
        (["/a/x", "/b/x"], "", ["/a/x", "/b/x"]),  # nothing shared but the root: full paths
        (["inbox.csv"], "", ["inbox.csv"]),
        (["exports/x/ann", "exports/x"], "exports", ["x/ann", "x"]),
        ([], "", []),
    ],
)
def test_short_names_drop_only_the_shared_folder(paths: list[str], folder: str, names: list[str]) -> None:
    assert short_names(paths) == (folder, names)


def _sources(rows: list[tuple[str, str | None, int, int, int, int, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["source", "export", "records_read", "posts", "rejects", "excluded", "excluded_detail"]
    ).assign(format="slack")


def test_one_row_per_export_with_its_files_counts_and_exclusions() -> None:
    sources = _sources(
        [
            ("/e/slack/general/2025-06-10.json", "/e/slack", 5, 3, 1, 1, "channel_join=1"),
            ("/e/slack/general/2025-06-11.json", "/e/slack", 4, 2, 0, 2, "bot_message=1; channel_join=1"),
            ("/e/x/ann.zip!data/tweets.js", "/e/x/ann.zip", 7, 7, 0, 0, None),
            ("/e/inbox.csv", "/e/inbox.csv", 2, 1, 1, 0, None),
            ("/elsewhere/hand-made.csv", None, 1, 1, 0, 0, None),
        ]
    )
    read = summarize_sources(sources)
    assert read.folder == ""
    rows = read.exports.set_index("name")
    assert list(rows.index) == ["/e/inbox.csv", "/e/slack", "/e/x/ann.zip", "/elsewhere/hand-made.csv"]
    counts = ["files", "records_read", "posts", "rejects", "excluded"]
    assert rows.loc["/e/slack", counts].tolist() == [2, 9, 5, 1, 3]
    assert rows.loc["/e/slack", "excluded_detail"] == "bot_message=1; channel_join=2"
    assert read.total == {"records_read": 19, "posts": 14, "rejects": 2, "excluded": 3}
    files = read.files.set_index("path")
    assert files.loc["/e/slack/general/2025-06-11.json", "file"] == "general/2025-06-11.json"
    assert files.loc["/e/x/ann.zip!data/tweets.js", "file"] == "data/tweets.js"
    assert files.loc["/e/inbox.csv", "file"] == "inbox.csv"


def test_exports_in_one_folder_are_named_inside_it() -> None:
    sources = _sources(
        [
            ("/e/slack/general/2025-06-10.json", "/e/slack", 5, 3, 1, 1, None),
            ("/e/x/ann.zip!data/tweets.js", "/e/x/ann.zip", 7, 7, 0, 0, None),
        ]
    )
    read = summarize_sources(sources)
    assert (read.folder, read.exports["name"].tolist()) == ("/e", ["slack", "x/ann.zip"])
    assert read.files["path"].tolist() == ["slack/general/2025-06-10.json", "x/ann.zip!data/tweets.js"]
