"""The posts table a collector returns, built from plain value lists.

Collectors hand the Ledger one value per column and post; here those lists become typed
arrays (Arrow strings, numpy times and flags) a chunk at a time, and the chunks one table in
(created_at, post_id) order, so that equal inputs give equal tables.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from signals.ground import schemas

_ID_COLUMNS = frozenset({"post_id", "reply_to_id", "thread_id"})


def posts_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """Build the posts table from dicts in one go: ids as str, UTC datetimes, bool edited.

    Missing keys become nulls. Sorted by (created_at, post_id) so equal inputs give equal output.
    """
    return _posts_from_columns({name: [r.get(name) for r in records] for name in schemas.POSTS.names})


def _posts_from_columns(columns: MutableMapping[str, list[Any]]) -> pd.DataFrame:
    """The posts table from one value list per POSTS column; the lists are consumed."""
    if not columns or not len(columns["post_id"]):
        return schemas.empty(schemas.POSTS)
    return sorted_posts([posts_chunk(columns)])


def posts_chunk(columns: MutableMapping[str, list[Any]]) -> dict[str, Any]:
    """One value list per POSTS column turned into typed arrays, in the order read; each list
    is dropped from `columns` as soon as its array is built. Python objects take two to
    three times the memory of the same values in Arrow and numpy arrays."""
    chunk: dict[str, Any] = {}
    for name in schemas.POSTS.names:
        values = columns.pop(name)
        if name in ("created_at", "parent_created_at"):
            chunk[name] = pd.to_datetime(values, utc=True)
        elif name == "edited":
            chunk[name] = np.array([bool(v) for v in values], dtype=bool)
        else:
            chunk[name] = pd.array(
                _object_array(values, as_id=name in _ID_COLUMNS), dtype=schemas.POST_STRING_DTYPE
            )
        del values
    return chunk


def sorted_posts(chunks: list[dict[str, Any]]) -> pd.DataFrame:
    """The posts table from chunks of `posts_chunk`, in (created_at, post_id) order; the
    chunks are consumed.

    Each column is put in order as it is joined up and the chunks' copy of it let go, rather
    than sorting a whole table into a second copy: the memory of a big export's posts is
    needed about once, not twice.
    """
    created = chunks[0]["created_at"].append([c["created_at"] for c in chunks[1:]])
    order = time_then_id_order(created.asi8, pa.chunked_array([pa.array(c["post_id"]) for c in chunks]))
    data: dict[str, Any] = {}
    for name in schemas.POSTS.names:
        parts = [c.pop(name) for c in chunks]
        if name == "created_at":
            data[name] = created[order]
        elif name == "parent_created_at":
            data[name] = parts[0].append(parts[1:])[order]
        elif name == "edited":
            data[name] = pd.Series(np.concatenate(parts)[order])
        else:
            joined = parts[0] if len(parts) == 1 else type(parts[0])._concat_same_type(parts)
            data[name] = pd.Series(joined.take(order))
        del parts
    return pd.DataFrame(data)


def time_then_id_order(created_ticks: np.ndarray, post_ids: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Positions of posts in (created_at, post_id) order, from the times as integers (all in
    one unit, as `DatetimeIndex.asi8` gives them) and the ids.

    Post ids are unique, so the order is total and any sort gives it; Arrow's sort compares
    strings by their UTF-8 bytes, which is the code point order Python's `<` uses. It is
    faster than pandas sorting the two columns: the 1M merge took 2.3 s instead of 3.4-3.9.
    """
    keys = pa.table({"created_at": pa.array(created_ticks), "post_id": post_ids})
    order = pc.sort_indices(keys, sort_keys=[("created_at", "ascending"), ("post_id", "ascending")])
    return order.to_numpy().astype(np.int64)


def _object_array(values: list[Any], *, as_id: bool) -> np.ndarray:
    """A list as a 1-D object array (ids as str: never a number that could lose digits)."""
    array = np.empty(len(values), dtype=object)
    array[:] = [v if v is None or isinstance(v, str) else str(v) for v in values] if as_id else values
    return array
