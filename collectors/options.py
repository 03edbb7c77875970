"""What a user asks of the collectors beyond the format: deleted posts, and who owns an export.

Two things an export cannot always settle by itself:

- posts the person deleted: an X archive keeps the tweets deleted in the last days
  (`deleted-tweets.js`), Messenger and Instagram keep unsent messages. They were taken back,
  so they are excluded and counted (`deleted`) unless `include_deleted` asks for them;
- the owner: LinkedIn, Facebook, Instagram and Discord exports name their owner only in a
  profile file (`Profile.csv`, `profile_information/`, `personal_information/`,
  `account/user.json`), which partial exports, the ones people often share, lack. `owners`
  names the account of an export, or of every export under a folder (the nearest folder
  wins), as the roster names it; it also overrides the profile file.

A collector takes these as keyword options of its constructor (`include_deleted`,
`account`); `ReadOptions.reader` gives the collector of a path with the options it takes.
"""

from __future__ import annotations

import inspect
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from collectors.base import Collector, PathLike
from signals.ground.errors import InputError

INCLUDE_DELETED = "include_deleted"
ACCOUNT = "account"


def owner_hint(path: PathLike) -> str:
    """The command-line (and Python) way to name the owner of the export at `path`."""
    given = f"{path}=ACCOUNT"
    return (
        f"name its owner as the roster names them: signals run ... --owner {shlex.quote(given)} "
        f"(Python: owners={{{str(path)!r}: 'ACCOUNT'}})"
    )


def parse_owner(value: str) -> tuple[str, str]:
    """(path, account) of a command-line `PATH=ACCOUNT`; the path is the longest part before an
    `=` that exists (a path may hold `=` too). InputError if there is no `=` or no account."""
    cuts = [i for i, char in enumerate(value) if char == "="]
    if not cuts:
        example = "--owner 'exports/linkedin.zip=Maya Santos'"
        raise InputError(f"--owner {value!r}: expected PATH=ACCOUNT, e.g. {example}")
    cut = next((i for i in reversed(cuts) if Path(value[:i]).exists()), cuts[-1])
    path, account = value[:cut], value[cut + 1 :].strip()
    if not account:
        raise InputError(f"--owner {value!r}: no account after '='; expected PATH=ACCOUNT")
    return path, account


def takes(collector: Collector, option: str) -> bool:
    """Whether `collector`'s class has the keyword option `option`."""
    return option in inspect.signature(type(collector)).parameters


@dataclass(frozen=True)
class ReadOptions:
    """The options of a run for its collectors (see the module docstring).

    `owners` holds (resolved export or folder path, account) pairs; build it with `make`.
    """

    include_deleted: bool = False
    owners: tuple[tuple[Path, str], ...] = ()

    @classmethod
    def make(
        cls, *, include_deleted: bool = False, owners: Mapping[str | Path, str] | None = None
    ) -> ReadOptions:
        """Options from what a caller gives; InputError for a path that does not exist or an
        empty account."""
        pairs: list[tuple[Path, str]] = []
        for path, account in (owners or {}).items():
            if not isinstance(account, str) or not account.strip():
                raise InputError("an owner needs an account: PATH=ACCOUNT", path=path)
            if not Path(path).exists():
                raise InputError("no such file or folder (given as the path of an owner)", path=path)
            pairs.append((Path(path).resolve(), account.strip()))
        return cls(include_deleted=include_deleted, owners=tuple(sorted(pairs)))

    def _owner_entry(self, export: PathLike) -> tuple[Path, str] | None:
        """The (path, account) pair naming `export`'s owner: given for the export itself or for
        the nearest folder holding it."""
        where = Path(export).resolve()
        held = [(path, account) for path, account in self.owners if where == path or path in where.parents]
        return max(held, key=lambda pair: len(pair[0].parts), default=None)

    def owner_of(self, export: PathLike) -> str | None:
        """The account named for `export`, or for the nearest folder holding it; None if none is."""
        entry = self._owner_entry(export)
        return None if entry is None else entry[1]

    def reader(self, collector: Collector, export: PathLike) -> Collector:
        """`collector` (one of the registry's, with default options) configured for `export`:
        a new instance when an option applies to it, else the same one."""
        options: dict[str, object] = {}
        if self.include_deleted and takes(collector, INCLUDE_DELETED):
            options[INCLUDE_DELETED] = True
        owner = self.owner_of(export)
        if owner is not None and takes(collector, ACCOUNT):
            options[ACCOUNT] = owner
        return type(collector)(**options) if options else collector

    def identity(self, export: PathLike) -> list[object]:
        """What of these options may change the tables read from `export` (for the read cache)."""
        owner = self.owner_of(export)
        return [self.include_deleted, owner] if self.include_deleted or owner is not None else []

    def unused_owners(self, readers: list[tuple[Path, Collector]]) -> list[tuple[Path, str]]:
        """The owners that name the owner of no export in `readers` (export, collector) whose
        format takes one: a typo, or exports that name their owners themselves."""
        used = {self._owner_entry(export) for export, collector in readers if takes(collector, ACCOUNT)}
        return [pair for pair in self.owners if pair not in used]
