"""What every collector returns, and the accounting they share.

A collector turns one export into a `Collection`: the posts table, the rejects table and a
sources table with one row per input file read, where records_read = posts + rejects +
excluded (its `export`, the path of the export, is filled in by collectors.registry.collect).
The `Ledger` keeps that account while a collector walks its records, so no collector can
lose a record silently and all of them build their tables the same way:
plain lists first, typed arrays every CHUNK_POSTS posts, one table at the end, sorted for
determinism (collectors.posts_table).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable
from dataclasses import InitVar, dataclass, field
from datetime import datetime
from typing import Any, ClassVar

import numpy as np
import pandas as pd
import pyarrow as pa

from collectors.common import format_detail, mastodon_id_time, parse_detail, sort_rejects, x_snowflake_time
from collectors.posts_table import posts_chunk, posts_frame, sorted_posts, time_then_id_order
from signals.ground import schemas
from signals.ground.errors import SchemaError

__all__ = [
    "Collection",
    "Collector",
    "Ledger",
    "mastodon_id_time",
    "merge",
    "posts_frame",
    "reject_row",
    "rejects_frame",
    "x_snowflake_time",
]

log = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
EXCERPT_CHARS = 200
DUPLICATE = "duplicate_post_id"
# posts a Ledger holds as Python objects before making them typed arrays (about 40 MB)
CHUNK_POSTS = 50_000

# The order in which Ledger.post hands values to its column lists.
_POST_FIELDS = (
    "post_id",
    "platform",
    "account",
    "created_at",
    "text",
    "reply_to_id",
    "reply_to_account",
    "parent_created_at",
    "thread_id",
    "kind",
    "edited",
    "lang",
    "source",
)


@dataclass
class Collection:
    """The tables read from one or more exports.

    `posts`, `rejects` and `sources` follow schemas.POSTS, REJECTS and SOURCES (checked on
    construction unless `check` is False: tables kept by the read cache, checked when they
    were kept and checked again when merged). `notes` are human-readable remarks for the run
    summary (ignored extra columns, manifest mismatches); `naive_times` counts times read as
    UTC because they had no offset.
    """

    posts: pd.DataFrame
    rejects: pd.DataFrame
    sources: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    naive_times: int = 0
    check: InitVar[bool] = True

    def __post_init__(self, check: bool) -> None:
        if check:
            self.validate()

    def validate(self) -> None:
        """Check the tables against their contracts (SchemaError if one is broken)."""
        self.posts = schemas.validate(self.posts, schemas.POSTS)
        self.rejects = schemas.validate(self.rejects, schemas.REJECTS)
        self.sources = schemas.validate(self.sources, schemas.SOURCES)
        src = self.sources
        broken = src[src["records_read"] != src["posts"] + src["rejects"] + src["excluded"]]
        if len(broken):
            raise SchemaError(
                "sources", [f"records_read != posts + rejects + excluded for {list(broken.source)}"]
            )

    @classmethod
    def empty(cls) -> Collection:
        """A collection with no rows, for inputs with nothing in them."""
        return cls(
            schemas.empty(schemas.POSTS), schemas.empty(schemas.REJECTS), schemas.empty(schemas.SOURCES)
        )


class Collector(ABC):
    """One export format: cheap recognition (`sniff`) and full reading (`collect`).

    Subclasses set `name` (the format name users pass as `--format`) and `description`
    (one line, including how a user obtains that export). Options are keyword-only
    constructor arguments, stored as given.
    """

    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def sniff(self, path: PathLike) -> bool:
        """True if `path` looks like this format; must be cheap and never raise for bad input."""

    @abstractmethod
    def collect(self, path: PathLike) -> Collection:
        """Read the whole export; InputError for whole-file problems, rejects for bad records."""

    def __repr__(self) -> str:
        """`SlackCollector(include_direct=False)`: the class and the options it was given."""
        options = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({options})"


def reject_row(source: str, locator: str, reason: str, excerpt: object = None) -> dict[str, Any]:
    """One rejects row; the excerpt is shortened so a huge bad record cannot bloat the table."""
    if excerpt is None or isinstance(excerpt, str):
        text = excerpt
    else:
        text = json.dumps(excerpt, ensure_ascii=False, default=str)
    if text is not None and len(text) > EXCERPT_CHARS:
        text = text[: EXCERPT_CHARS - 1] + "…"
    return {"source": source, "locator": locator, "reason": reason, "excerpt": text}


def rejects_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Build the rejects table, sorted by (source, locator)."""
    if not rows:
        return schemas.empty(schemas.REJECTS)
    frame = pd.DataFrame(
        {n: pd.Series([r.get(n) for r in rows], dtype="object") for n in schemas.REJECTS.names}
    )
    return sort_rejects(frame)


def _sources_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return schemas.empty(schemas.SOURCES)
    data: dict[str, Any] = {}
    for name in schemas.SOURCES.names:
        values = [r[name] for r in rows]
        if name in ("first_at", "last_at"):
            data[name] = pd.to_datetime(values, utc=True)
        elif name in ("records_read", "posts", "rejects", "excluded"):
            data[name] = pd.Series(values, dtype="int64")
        else:
            data[name] = pd.Series(values, dtype="object")
    frame = pd.DataFrame(data)
    return frame.sort_values("source", kind="stable").reset_index(drop=True)


@dataclass
class _Tally:
    read: int = 0
    posts: int = 0
    rejects: int = 0
    excluded: Counter[str] = field(default_factory=Counter)
    first_at: datetime | None = None
    last_at: datetime | None = None


class Ledger:
    """Per-file accounting while a collector reads records, then the Collection.

    Every record a collector reads must be counted with `read` and classified exactly once
    with `post`, `reject` or `exclude`; `finish` checks that and builds the tables. A post
    whose id was already seen is excluded as `duplicate_post_id` (the first one read wins).
    """

    def __init__(self, fmt: str, *, chunk_posts: int | None = None) -> None:
        self.format = fmt
        self.chunk_posts = chunk_posts
        self.notes: list[str] = []
        self._files: dict[str, _Tally] = {}
        # One list per posts column (no per-post dict or tuple), made typed arrays every
        # `chunk_posts` posts (`_chunks`): Python objects for a million posts would take ~1 GB.
        self._columns: dict[str, list[Any]] = {name: [] for name in _POST_FIELDS}
        self._appends = tuple(self._columns[name].append for name in _POST_FIELDS)
        self._chunks: list[dict[str, Any]] = []
        self._rejects: list[dict[str, Any]] = []
        self._seen: set[str] = set()

    def _tally(self, file: str) -> _Tally:
        tally = self._files.get(file)
        if tally is None:
            tally = self._files[file] = _Tally()
        return tally

    def read(self, file: str, n: int = 1) -> None:
        """Count `n` records read from `file` (n=0 registers a file with no records)."""
        self._tally(file).read += n

    def post(
        self,
        file: str,
        locator: str,
        *,
        post_id: str,
        platform: str,
        account: str,
        created_at: datetime,
        text: str,
        kind: str,
        reply_to_id: str | None = None,
        reply_to_account: str | None = None,
        parent_created_at: datetime | None = None,
        thread_id: str | None = None,
        edited: bool = False,
        lang: str | None = None,
    ) -> bool:
        """Add one post; returns False if it was a duplicate id (then counted as excluded)."""
        tally = self._tally(file)
        if post_id in self._seen:
            tally.excluded[DUPLICATE] += 1
            return False
        self._seen.add(post_id)
        tally.posts += 1
        if tally.first_at is None or created_at < tally.first_at:
            tally.first_at = created_at
        if tally.last_at is None or created_at > tally.last_at:
            tally.last_at = created_at
        values = (  # short repeated strings are interned: one copy per account, not per post
            post_id,
            sys.intern(platform),
            sys.intern(account),
            created_at,
            text,
            reply_to_id,
            None if reply_to_account is None else sys.intern(reply_to_account),
            parent_created_at,
            thread_id,
            sys.intern(kind),
            edited,
            None if lang is None else sys.intern(lang),
            f"{file}#{locator}",
        )
        for column, value in zip(self._appends, values, strict=True):
            column(value)
        if len(self._columns["post_id"]) >= (self.chunk_posts or CHUNK_POSTS):
            self._take_chunk()
        return True

    def reject(self, file: str, locator: str, reason: str, excerpt: object = None) -> None:
        """Add one rejects row for a record that could not be read."""
        self._tally(file).rejects += 1
        self._rejects.append(reject_row(file, locator, reason, excerpt))

    def exclude(self, file: str, reason: str, n: int = 1) -> None:
        """Count `n` records deliberately left out (bots, joins, superseded edits...)."""
        self._tally(file).excluded[reason] += n

    def note(self, message: str) -> None:
        """A remark for the run summary; also logged."""
        log.info("%s", message)
        self.notes.append(message)

    def _take_chunk(self) -> None:
        """The posts added since the last chunk become one (typed arrays, in the order read)."""
        columns, self._columns = self._columns, {name: [] for name in _POST_FIELDS}
        self._appends = tuple(self._columns[name].append for name in _POST_FIELDS)
        if columns["post_id"]:
            self._chunks.append(posts_chunk(columns))

    def _frame(self) -> pd.DataFrame:
        self._take_chunk()
        chunks, self._chunks = self._chunks, []
        return sorted_posts(chunks) if chunks else schemas.empty(schemas.POSTS)

    def finish(self, *, naive_times: int = 0) -> Collection:
        """Build the Collection; SchemaError if a record was read but never classified."""
        rows = []
        for file, t in self._files.items():
            rows.append(
                {
                    "source": file,
                    "export": None,  # named by collectors.registry, which knows the path given
                    "format": self.format,
                    "records_read": t.read,
                    "posts": t.posts,
                    "rejects": t.rejects,
                    "excluded": sum(t.excluded.values()),
                    "excluded_detail": format_detail(t.excluded),
                    "first_at": t.first_at,
                    "last_at": t.last_at,
                }
            )
            if t.excluded:
                log.debug("%s: excluded %s", file, format_detail(t.excluded))
        return Collection(
            self._frame(),
            rejects_frame(self._rejects),
            _sources_frame(rows),
            notes=list(self.notes),
            naive_times=naive_times,
        )


def merge(collections: Iterable[Collection]) -> Collection:
    """One Collection from several, in order.

    A post id already taken by an earlier collection (the same export ingested twice, or the
    same tweet in two archives) is dropped and counted as `duplicate_post_id` on its own
    source row, so the records-read equation still holds and scores do not double count.
    """
    parts = list(collections)
    if not parts:
        return Collection.empty()
    if len(parts) == 1:
        return parts[0]  # already checked; skip a second pass over a big table
    taken_earlier = _taken_by_earlier_parts([part.posts["post_id"] for part in parts])
    posts, sources = [], []
    for part, dup in zip(parts, taken_earlier, strict=True):
        p, s = part.posts, part.sources
        if dup.any():
            s = _count_duplicates(s, p.loc[dup, "source"])
            p = p[~dup]
        posts.append(p)
        sources.append(s)
    all_posts = pd.concat([p for p in posts if len(p)] or [posts[0]], ignore_index=True)
    order = time_then_id_order(
        pd.DatetimeIndex(all_posts["created_at"]).asi8, pa.array(all_posts["post_id"], type=pa.large_string())
    )
    all_posts = all_posts.take(order).reset_index(drop=True)
    rejects = [c.rejects for c in parts if len(c.rejects)] or [parts[0].rejects]
    all_rejects = pd.concat(rejects, ignore_index=True)
    all_rejects = sort_rejects(all_rejects)
    all_sources = pd.concat([s for s in sources if len(s)] or [sources[0]], ignore_index=True)
    all_sources = all_sources.sort_values("source", kind="stable").reset_index(drop=True)
    return Collection(
        all_posts,
        all_rejects,
        all_sources,
        notes=[n for c in parts for n in c.notes],
        naive_times=sum(c.naive_times for c in parts),
    )


def _taken_by_earlier_parts(ids: list[pd.Series]) -> list[np.ndarray]:
    """For each part's post ids, whether an earlier part has the id (repeats within one part
    are not counted here). One hash pass over all ids, not a Python set lookup per id."""
    if not ids:
        return []
    codes, _ = pd.factorize(pd.concat(ids, ignore_index=True))
    part_of = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
    _, first_row = np.unique(codes, return_index=True)  # codes count up from 0 by first appearance
    first_part = part_of[first_row]
    taken = part_of > first_part[codes]
    return np.split(taken, np.cumsum([len(i) for i in ids])[:-1])


def _count_duplicates(sources: pd.DataFrame, dup_sources: pd.Series) -> pd.DataFrame:
    """Move dropped duplicate posts from `posts` to `excluded` on their file's sources row."""
    per_file = Counter(str(s).rpartition("#")[0] for s in dup_sources)
    sources = sources.copy()
    for file, n in per_file.items():
        idx = sources.index[sources["source"] == file]
        if not len(idx):
            raise SchemaError("sources", [f"no sources row for {file!r}"])
        i = idx[0]
        detail = parse_detail(sources.at[i, "excluded_detail"])
        detail[DUPLICATE] += n
        sources.at[i, "posts"] -= n
        sources.at[i, "excluded"] += n
        sources.at[i, "excluded_detail"] = format_detail(detail)
    log.info("dropped %d posts whose ids were already read", sum(per_file.values()))
    return sources
