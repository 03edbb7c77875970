"""The forget list of an output folder: people `signals forget` erased, kept out of later runs.

`signals forget PERSON --workspace OUT` erases a person from the outputs in OUT, but the
person is still in the roster and in the exports, so the next `signals run ... --out OUT`
would score them again. The folder therefore keeps the ids of the people forgotten in it,
in `OUT/.signals-forgotten.json` (owner-only, like every file there), and a run into that
folder leaves them out (signals.pipeline.analyze's `forgotten`, checked by
signals.outputs.write_outputs). Only an explicit `unforget` takes a person off the list.

The file is JSON, `{"forgotten": ["p02", ...]}` with the ids sorted, so that it says what it
is when opened and a person id may hold any character.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from signals.ground.atomic import atomic_path
from signals.ground.errors import InputError

FORGET_FILE = ".signals-forgotten.json"
# what the outputs show in place of a forgotten person's account where others answered them
FORGOTTEN_ACCOUNT = "[forgotten person]"


def forget_path(out_dir: str | Path) -> Path:
    """Where the forget list of the output folder `out_dir` is kept."""
    return Path(out_dir) / FORGET_FILE


def read_forgotten(out_dir: str | Path) -> tuple[str, ...]:
    """The sorted person ids forgotten in `out_dir` (none when it has no list).

    InputError (exit code 2) when the file is not a list this module wrote: a damaged list
    must not let forgotten people back in silently.
    """
    path = forget_path(out_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no folder (yet), or not a folder: no list
        return ()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"the forget list cannot be read ({exc})", path=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"the forget list is not valid JSON ({exc.msg}); expected "
            '{"forgotten": ["PERSON", ...]}: repair it, or forget the people again with `signals forget`',
            path=path,
        ) from None
    ids = data.get("forgotten") if isinstance(data, dict) else None
    if not isinstance(ids, list) or not all(isinstance(p, str) for p in ids):
        raise InputError(
            'the forget list is damaged; expected {"forgotten": ["PERSON", ...]}: repair it, '
            "or forget the people again with `signals forget`",
            path=path,
        )
    return tuple(sorted(set(ids)))


def write_forgotten(out_dir: str | Path, person_ids: Iterable[str]) -> None:
    """Make `person_ids` the forget list of `out_dir` (owner-only, replaced whole); no ids
    remove the file."""
    ids = sorted(set(person_ids))
    path = forget_path(out_dir)
    if not ids:
        path.unlink(missing_ok=True)
        return
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps({"forgotten": ids}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def add_forgotten(out_dir: str | Path, person_id: str) -> bool:
    """Put `person_id` on the forget list of `out_dir`; False if it was there already."""
    ids = read_forgotten(out_dir)
    if person_id in ids:
        return False
    write_forgotten(out_dir, [*ids, person_id])
    return True


def check_unforget(out_dir: str | Path, person_ids: Iterable[str]) -> tuple[str, ...]:
    """The forget list of `out_dir` without `person_ids`; InputError naming any of them that
    is not on it (a mistyped id must not pass unnoticed)."""
    ids = read_forgotten(out_dir)
    unknown = sorted(set(person_ids) - set(ids))
    if unknown:
        held = ", ".join(ids) if ids else "nobody"
        raise InputError(
            f"--unforget {' '.join(unknown)}: not on the forget list of this folder (it holds {held})",
            path=forget_path(out_dir),
        )
    return tuple(p for p in ids if p not in set(person_ids))
