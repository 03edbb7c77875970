"""Collectors: one module per export format, each turning an export into the posts table.

Public API::

    from collectors import collect, collect_many, sniff, FORMATS, Collection

    c = collect("archive.zip")            # format sniffed; or collect(p, format="slack")
    c.posts, c.rejects, c.sources         # schemas.POSTS / REJECTS / SOURCES
"""

from __future__ import annotations

from collectors.base import Collection, Collector, merge
from collectors.registry import FORMATS, collect, collect_many, format_names, get, sniff

__all__ = [
    "FORMATS",
    "Collection",
    "Collector",
    "collect",
    "collect_many",
    "format_names",
    "get",
    "merge",
    "sniff",
]
