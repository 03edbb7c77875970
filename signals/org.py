"""The organization file (`org.json`): the organization's name and its mission terms."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from signals.ground.errors import InputError

log = logging.getLogger(__name__)
ORG_FILE = "org.json"  # looked for beside the roster when no organization file is given


@dataclass(frozen=True)
class Organization:
    """What the tool knows about the organization whose staff are analyzed."""

    name: str = "the organization"
    mission_terms: tuple[str, ...] = field(default_factory=tuple)


def load_org(path: str | Path) -> Organization:
    """Read `org.json`: {"name": str, "mission_terms": [str, ...]}."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise InputError("organization file not found", path=path) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", path=path, location=f"line {exc.lineno}") from exc
    if not isinstance(raw, dict):
        raise InputError('expected an object like {"name": ..., "mission_terms": [...]}', path=path)
    terms = raw.get("mission_terms", [])
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise InputError("'mission_terms' must be a list of strings", path=path)
    return Organization(name=str(raw.get("name", "the organization")), mission_terms=tuple(terms))


def organization_for(org: str | Path | Organization | None, *, roster: object = None) -> Organization:
    """The run's organization: `org` (an Organization or its file), else the `org.json` beside
    a roster given as a path, else an unnamed one."""
    if isinstance(org, Organization):
        return org
    if org is not None:
        return load_org(org)
    if isinstance(roster, (str, Path)) and (Path(roster).parent / ORG_FILE).is_file():
        beside = Path(roster).parent / ORG_FILE
        log.info("using organization file %s found beside the roster", beside)
        return load_org(beside)
    return Organization()
