"""The `--out` folder of `signals run`, checked before any export is read.

A run takes minutes; a folder it cannot write, or one that holds something it must not
replace, is found before the work, not after it. `check_out_folder` refuses (InputError, exit
code 2, one line saying what to do):

- a path that is a file, or under a file, or where this user cannot create or write files;
- a folder holding the outputs of another organization or roster, unless `force`;
- a non-empty folder holding no outputs of signals at all (someone's documents, an export
  folder), unless `force`: the run would put its tables among them (it deletes none of them).

Which organization a folder's outputs belong to is written beside them, in `.signals-run.json`
(`write_manifest`): the organization's name and a SHA-256 of the roster's person ids (sorted,
one per line), or null for a run without a roster. A rerun with the same name and the same set
of person ids is the same organization and replaces its earlier outputs as before; a roster
that gained or lost a person is another roster (`--force` once accepts it). A folder with
outputs but no such file (written by an earlier version) is taken as the same organization.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from features.text_cache import CACHE_FILE, digest_path
from signals.forget_list import FORGET_FILE
from signals.ground.atomic import atomic_path, stale_parts
from signals.ground.errors import InputError
from signals.identity import load_roster
from signals.org import organization_for
from signals.outputs import CSV_OUTPUTS, KEY_FILE

MANIFEST_FILE = ".signals-run.json"
# files of an output folder that only signals writes: one of them makes a folder "ours"
OUTPUT_NAMES = frozenset(
    [*CSV_OUTPUTS, "signals.duckdb", "report.html", KEY_FILE, CACHE_FILE, digest_path(Path(CACHE_FILE)).name,
     MANIFEST_FILE, FORGET_FILE]
)  # fmt: skip
PROBE_PREFIX = ".signals-probe-"  # what the writability checks create and remove at once
FIX_PATH = "pass a folder you can write to --out (a new one, an empty one, or an earlier run's)"


@dataclass(frozen=True)
class RunIdentity:
    """Whose outputs a folder holds: the organization's name, and its roster's person ids as
    a count and a SHA-256 (both None for a run without a roster)."""

    organization: str
    people: int | None
    roster_sha256: str | None

    def describe(self) -> str:
        roster = "no roster" if self.people is None else f"a roster of {self.people} people"
        return f"organization '{self.organization}', {roster}"


def run_identity(*, roster: str | Path | None, org: str | Path | None) -> RunIdentity:
    """The identity of a run given these `--roster` and `--org` files (read and checked now,
    so a bad roster or organization file also stops the run before the exports are read)."""
    organization = organization_for(org, roster=roster)
    if roster is None:
        return RunIdentity(organization.name, None, None)
    people = sorted(set(load_roster(roster)["person_id"].astype(str)))
    digest = hashlib.sha256("\n".join(people).encode("utf-8")).hexdigest()
    return RunIdentity(organization.name, len(people), digest)


def check_out_folder(out: str | Path, *, identity: RunIdentity, force: bool = False) -> None:
    """Refuse an `--out` folder the run could not or should not write (module docstring)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"is a file, not a folder; {FIX_PATH}", path=out)
    if not out.exists():
        _check_can_create(out)
        return
    _check_can_write(out)
    entries = sorted(p.name for p in out.iterdir() if not p.name.startswith(PROBE_PREFIX))
    ours = [name for name in entries if name in OUTPUT_NAMES or _is_part_of_ours(name)]
    if entries and not ours and not force:
        shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
        counted = f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
        raise InputError(
            f"is not empty and holds no outputs of signals ({counted}: {shown}); choose a "
            "new or empty folder for --out, or pass --force to write the outputs among these files "
            "(none is deleted)",
            path=out,
        )
    earlier = _read_manifest(out)
    if earlier is not None and earlier != identity and not force:
        raise InputError(
            f"holds the outputs of another run ({earlier.describe()}; this run: {identity.describe()}); "
            "pass --force to replace them, or choose another folder for --out",
            path=out,
        )


def write_manifest(out: str | Path, identity: RunIdentity) -> None:
    """Write (replace) the folder's record of whose outputs it holds, creating the folder."""
    out = Path(out)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder: only its owner lists it
    for stale in stale_parts(out, MANIFEST_FILE):
        with contextlib.suppress(OSError):
            stale.unlink()
    with atomic_path(out / MANIFEST_FILE) as tmp:
        tmp.write_text(json.dumps(asdict(identity), sort_keys=True, indent=1) + "\n", encoding="utf-8")


def _read_manifest(out: Path) -> RunIdentity | None:
    """The identity recorded in `out`, or None without a readable one."""
    try:
        raw = json.loads((out / MANIFEST_FILE).read_text("utf-8"))
        return RunIdentity(str(raw["organization"]), raw["people"], raw["roster_sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_part_of_ours(name: str) -> bool:
    """A temporary file a writer of one of OUTPUT_NAMES left (`.NAME.XXXX.part[.wal]`)."""
    return any(name.startswith(f".{known}.") and ".part" in name for known in OUTPUT_NAMES)


def _check_can_create(out: Path) -> None:
    """`out` does not exist: its nearest existing parent must be a folder this user can write."""
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(f"cannot be created: {parent} is a file; {FIX_PATH}", path=out)
    try:
        os.rmdir(tempfile.mkdtemp(prefix=PROBE_PREFIX, dir=parent))
    except OSError as error:
        raise InputError(f"cannot be created in {parent} ({error.strerror}); {FIX_PATH}", path=out) from error


def _check_can_write(out: Path) -> None:
    """`out` is a folder: this user must be able to create files in it."""
    try:
        handle, probe = tempfile.mkstemp(prefix=PROBE_PREFIX, dir=out)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise InputError(f"cannot write there ({error.strerror}); {FIX_PATH}", path=out) from error
