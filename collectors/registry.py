"""Which collector reads which path: the ordered list of formats, sniffing and dispatch.

Order matters: specific archive layouts are tried before the generic file, which claims
any .csv/.jsonl. `collect` is what the pipeline and CLI call; it never lets a bad input
escape as anything but an InputError.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Protocol

from collectors.base import Collection, Collector, PathLike, merge
from collectors.bluesky import BlueskyCollector
from collectors.discord import DiscordCollector
from collectors.generic import GenericCollector
from collectors.linkedin import LinkedInCollector
from collectors.mastodon import MastodonCollector
from collectors.meta import FacebookCollector, InstagramCollector
from collectors.options import ACCOUNT, ReadOptions, takes
from collectors.read_cache import ReadCache
from collectors.slack import SlackCollector
from collectors.twcs import TwcsCollector
from collectors.x_archive import XArchiveCollector
from signals.ground import schemas
from signals.ground.errors import InputError, UnknownFormatError

log = logging.getLogger(__name__)
# below this much to read, starting worker processes costs more than reading in parallel saves
PARALLEL_MIN_BYTES = 16 * 2**20

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


def collect(
    path: PathLike, *, format: str | None = None, options: ReadOptions | None = None  # noqa: A002 - the CLI's word
) -> Collection:
    """Read one export with the named collector, or the sniffed one when `format` is None,
    configured with the `options` that apply to it (collectors.options)."""
    p = Path(path)
    collector = get(format) if format is not None else sniff(p)
    if not p.exists():
        raise InputError("no such file or folder", path=p)
    if options is not None:
        collector = options.reader(collector, p)
    log.info("%s: reading as %r", p, collector)
    collection = collector.collect(p)
    # every file's row names the export it belongs to, so that summaries can show one row per
    # export as the user named it (a Slack folder holds hundreds of day files)
    collection.sources = schemas.validate(collection.sources.assign(export=str(p)), schemas.SOURCES)
    return collection


def check_owners(exports: list[Path], *, format: str | None, options: ReadOptions) -> None:  # noqa: A002
    """InputError for an owner (`--owner PATH=ACCOUNT`) that names the owner of no export given,
    so that an option is never ignored silently."""
    if not options.owners:
        return
    readers = [(p, get(format) if format is not None else sniff(p)) for p in exports]
    for path, account in options.unused_owners(readers):
        kinds = ", ".join(c.name for c in FORMATS if takes(c, ACCOUNT))
        raise InputError(
            f"--owner names {account!r} for no export given at or under this path whose format takes an "
            f"owner ({kinds})",
            path=path,
        )


class ExportMapper(Protocol):
    """Runs `work` on each item elsewhere (worker processes) and returns the results in order."""

    def map(self, work: Callable[[Path], Collection], items: list[Path]) -> Iterable[Collection]:
        """`work(item)` of every item, in the order of `items`."""
        ...


def collect_many(
    paths: Iterable[PathLike],
    *,
    format: str | None = None,  # noqa: A002
    mapper: ExportMapper | None = None,
    cache: ReadCache | None = None,
    options: ReadOptions | None = None,
) -> Collection:
    """Read several exports and merge them (a post id read twice is kept once and counted).

    `options` (collectors.options) are handed to the collector of each export they apply to.

    With a `cache` (collectors.read_cache), exports read by an earlier run are taken from it
    and the others are kept in it. With a `mapper` (worker processes) and at least
    PARALLEL_MIN_BYTES to read, the exports are read in parallel, the largest first (the
    longest task starts first); the merge takes them in the given order, so the result is the
    same either way.
    """
    exports = [Path(p) for p in paths]
    options = options or ReadOptions()
    check_owners(exports, format=format, options=options)
    keys = (
        [cache.key(p, format=format, options=options.identity(p)) for p in exports]
        if cache is not None
        else [None] * len(exports)
    )
    # merging checks the merged tables: parts taken from the cache need no check of their own
    alone = len(exports) == 1
    parts = [cache.get(k, check=alone) if cache is not None else None for k in keys]
    to_read = [i for i, part in enumerate(parts) if part is None]
    read = _read(exports, to_read, format=format, mapper=mapper, options=options)
    for i, part in zip(to_read, read, strict=True):
        parts[i] = part
        if cache is not None:
            cache.put(keys[i], part)
    if cache is not None:
        cache.prune(keep=keys)
        log.info("read cache: %d exports taken from it, %d read", cache.hits_, cache.misses_)
    return merge(part for part in parts if part is not None)


def _read(
    exports: list[Path],
    wanted: list[int],
    *,
    format: str | None,  # noqa: A002
    mapper: ExportMapper | None,
    options: ReadOptions,
) -> list[Collection]:
    """The `wanted` exports read, in that order: in parallel by `mapper` when there is enough
    to read, the largest first."""
    sizes = [_bytes(exports[i]) for i in wanted] if mapper is not None and len(wanted) > 1 else []
    if mapper is None or sum(sizes) < PARALLEL_MIN_BYTES:
        return [collect(exports[i], format=format, options=options) for i in wanted]
    order = sorted(range(len(wanted)), key=lambda j: (-sizes[j], j))
    done = mapper.map(partial(collect, format=format, options=options), [exports[wanted[j]] for j in order])
    parts: list[Collection | None] = [None] * len(wanted)
    for j, part in zip(order, done, strict=True):
        parts[j] = part
    log.info("read %d exports in worker processes", len(wanted))
    return [part for part in parts if part is not None]


def _bytes(path: Path) -> int:
    """Size of a file, or of every file under a folder (0 for what cannot be read here)."""
    try:
        if path.is_dir():
            return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        return path.stat().st_size
    except OSError:  # collect reports it properly
        return 0
