"""The sources table summed per export, with names a reader can tell apart.

The workspace's `sources` table has one row per file read: a Slack export is hundreds of day
files, an X archive several parts. The run summary and the report's data-quality section show
one row per export as the user named it (a folder, zip, CAR or CSV; the `export` column), and
per-file rows only on request. Exports are named by their paths with the folder they all share
taken off, so the distinguishing end of each path is always shown whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

import pandas as pd

from collectors.common import format_detail, parse_detail

COUNTS = ("records_read", "posts", "rejects", "excluded")
_SEPARATORS = ("/", "!", "\\")  # folder members, archive members (`archive.zip!data/tweets.js`)


@dataclass(frozen=True)
class ExportsSummary:
    """Per-export and per-file rows of a run's sources.

    `folder`: the folder every export is in, taken off their names ('' when they share none);
    `exports`: name, export, format, files, records_read, posts, rejects, excluded,
    excluded_detail, one row per export in name order; `files`: name (of the export), file
    (inside the export; its name when the export is the file), path (the file's path without
    `folder`), format, the counts and excluded_detail, one row per file; `total`:
    the counts summed over every export (records_read = posts + rejects + excluded).
    """

    folder: str
    exports: pd.DataFrame
    files: pd.DataFrame
    total: dict[str, int]


def short_names(paths: list[str]) -> tuple[str, list[str]]:
    """The folder all `paths` share and each path without it (at least its last part is kept).

    `/data/exports/x/ann`, `/data/exports/slack` -> (`/data/exports`, [`x/ann`, `slack`]).
    Paths with nothing in common but the root keep their full text.
    """
    if not paths:
        return "", []
    parts = [PurePath(p).parts for p in paths]
    shared = 0
    limit = min(len(p) for p in parts) - 1  # never the whole of a path
    while shared < limit and len({p[shared] for p in parts}) == 1:
        shared += 1
    common = parts[0][:shared]
    if not common or (len(common) == 1 and PurePath(common[0]).anchor == common[0]):
        return "", list(paths)
    return str(PurePath(*common)), [PurePath(*p[shared:]).as_posix() for p in parts]


def _inside(source: str, export: str) -> str:
    """What follows the export's path in `source` (`/data/tweets.js`, `!outbox.json`), '' when
    the export is the file itself, or all of `source` when it is not under the export."""
    if source == export:
        return ""
    if source.startswith(export) and source[len(export) : len(export) + 1] in _SEPARATORS:
        return source[len(export) :]
    return source


def _merged_detail(details: pd.Series) -> str:
    merged = parse_detail(None)
    for detail in details:
        merged.update(parse_detail(detail))
    return format_detail(merged) or ""


def summarize_sources(sources: pd.DataFrame) -> ExportsSummary:
    """One row per export (and per file) of `sources`; rows without an export (tables built
    by hand, or by a collector called alone) are their own export."""
    frame = sources.reset_index(drop=True)
    source = frame["source"].astype(str) if "source" in frame else pd.Series("", index=frame.index)
    export = frame["export"] if "export" in frame else pd.Series(None, index=frame.index, dtype=object)
    export = export.where(export.notna() & (export.astype(str) != ""), source).astype(str)
    counts = {c: pd.to_numeric(frame[c], errors="coerce").fillna(0).astype("int64") for c in COUNTS}
    detail = frame["excluded_detail"] if "excluded_detail" in frame else pd.Series(None, index=frame.index)
    fmt = frame["format"].astype(str) if "format" in frame else pd.Series("", index=frame.index)
    unique = sorted(set(export))
    folder, names = short_names(unique)
    name_of = dict(zip(unique, names, strict=True))
    name = export.map(name_of)
    inside = [_inside(s, e) for s, e in zip(source, export, strict=True)]
    files = pd.DataFrame(
        {
            "name": name,
            "file": [rest[1:] or PurePath(e).name for rest, e in zip(inside, export, strict=True)],
            "path": [n + rest if rest != s else s for n, rest, s in zip(name, inside, source, strict=True)],
            "format": fmt,
            **counts,
            "excluded_detail": detail.where(detail.notna(), "").astype(str),
            "_export": export,
        }
    ).sort_values(["name", "file"], kind="stable")
    rows = []
    for export_path, group in files.groupby("_export", sort=False):
        rows.append(
            {
                "name": name_of[str(export_path)],
                "export": str(export_path),
                "format": ", ".join(sorted(set(group["format"]))),
                "files": len(group),
                **{c: int(group[c].sum()) for c in COUNTS},
                "excluded_detail": _merged_detail(group["excluded_detail"]),
            }
        )
    columns = ["name", "export", "format", "files", *COUNTS, "excluded_detail"]
    exports = pd.DataFrame(rows, columns=columns).sort_values("name", kind="stable").reset_index(drop=True)
    total = {c: int(exports[c].sum()) for c in COUNTS}
    files = files.drop(columns="_export").reset_index(drop=True)
    return ExportsSummary(folder=folder, exports=exports, files=files, total=total)
