"""Which collector reads which path: the ordered list of formats, sniffing and dispatch.

Order matters: specific archive layouts are tried before the generic file, which claims
any .csv/.jsonl. `collect` is what the pipeline and CLI call; it never lets a bad input
escape as anything but an InputError.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from collectors.base import Collection, Collector, PathLike, merge
from collectors.bluesky import BlueskyCollector
from collectors.discord import DiscordCollector
from collectors.generic import GenericCollector
from collectors.linkedin import LinkedInCollector
from collectors.mastodon import MastodonCollector
from collectors.meta import FacebookCollector, InstagramCollector
from collectors.slack import SlackCollector
from collectors.twcs import TwcsCollector
from collectors.x_archive import XArchiveCollector
from signals.errors import InputError, UnknownFormatError

log = logging.getLogger(__name__)

FORMATS: tuple[Collector, ...] = (
    XArchiveCollector(),
    MastodonCollector(),
    SlackCollector(),
    BlueskyCollector(),
    LinkedInCollector(),
    FacebookCollector(),
    InstagramCollector(),
    DiscordCollector(),
    TwcsCollector(),
    GenericCollector(),
)


def format_names() -> list[str]:
    """The format names users can pass as `format=` / `--format`."""
    return [c.name for c in FORMATS]


def get(name: str) -> Collector:
    """The collector called `name`; InputError listing the valid names otherwise."""
    for collector in FORMATS:
        if collector.name == name:
            return collector
    raise InputError(f"unknown format {name!r}; valid formats: {', '.join(format_names())}")


def _tried() -> str:
    return ", ".join(f"{c.name} (csv/jsonl)" if c.name == "generic" else c.name for c in FORMATS)


def sniff(path: PathLike) -> Collector:
    """The first collector that recognizes `path`; UnknownFormatError (one line) if none does."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or folder", path=p)
    for collector in FORMATS:
        if collector.sniff(p):
            log.debug("%s: sniffed as %s", p, collector.name)
            return collector
    raise UnknownFormatError(f"not a known export: {_tried()} tried", path=p)


def collect(path: PathLike, *, format: str | None = None) -> Collection:  # noqa: A002 - the CLI's word
    """Read one export with the named collector, or the sniffed one when `format` is None."""
    p = Path(path)
    collector = get(format) if format is not None else sniff(p)
    if not p.exists():
        raise InputError("no such file or folder", path=p)
    log.info("%s: reading as %s", p, collector.name)
    return collector.collect(p)


def collect_many(paths: Iterable[PathLike], *, format: str | None = None) -> Collection:  # noqa: A002
    """Read several exports and merge them (a post id read twice is kept once and counted)."""
    return merge(collect(p, format=format) for p in paths)
