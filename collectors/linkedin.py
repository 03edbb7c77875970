"""LinkedIn data export (the .zip of CSVs or its folder) → posts and comments.

Field map and pitfalls in FORMATS.md §5:

- `Shares.csv` (`Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility`): each inner
  line of a multi-line commentary comes wrapped in doubled quotes, so after CSV parsing the
  lines carry stray `"` at their ends; they are stripped line by line. An empty commentary is
  a repost. The post id is the URN in `ShareLink`; `Date` is UTC without a zone marker and the
  URN encodes the same time in ms (`n >> 22`).
- `Comments.csv` (`Date, Link, Message`) escapes quotes as `\\"`. Comments have no id of their
  own: the id is a hash of (date, link, message), so a comment exported twice is counted once.
  The parent is the post URN in `Link`, whose time comes from the URN.
- Unicode "bold" letters (𝗕𝗼𝗹𝗱) are NFKC-normalized so readability and lexicons see words.

The author of every row is the export's owner, named in `Profile.csv` (or the `account`
option). Other files of the export (connections, messages, reactions...) are not read.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from collectors.archive import open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text, from_epoch_ms, parse_iso_time, plausible, refine_time
from collectors.csvfile import csv_rows, decode_export, header_of, read_header
from collectors.inputs import HEAD_BYTES, content_id, has_export
from signals.errors import InputError

log = logging.getLogger(__name__)

SHARES = ("date", "sharelink", "sharecommentary")
COMMENTS = ("date", "link", "message")
_URN = re.compile(r"urn:li:([A-Za-z]+):([0-9A-Za-z_-]+)")
_STRAY_QUOTES = re.compile(r'^"+|"+$', flags=re.M)


Getter = Callable[[str], str | None]


class Urn(NamedTuple):
    """A LinkedIn URN found in a link, and the time its number encodes (None if implausible)."""

    urn: str
    created_at: datetime | None


def find_urn(link: str) -> Urn | None:
    """The `urn:li:<type>:<n>` in a (percent-encoded) link, with `n >> 22` ms as its time."""
    match = _URN.search(unquote(link))
    if not match:
        return None
    digits = re.findall(r"\d{10,}", match.group(2))
    created = None
    if digits:
        moment = from_epoch_ms(int(digits[-1]) >> 22)
        created = moment if plausible(moment, first_year=2003, last_year=2100) else None
    return Urn(match.group(0), created)


def clean_commentary(text: str) -> str:
    """Post text: stray quotes of the broken multi-line quoting removed, NFKC, mojibake repaired.

    Only multi-line texts carry the broken quoting; a one-line text keeps its quotes.
    """
    if "\n" in text:
        text = _STRAY_QUOTES.sub("", text.replace("\r\n", "\n"))
    return clean_text(unicodedata.normalize("NFKC", text)).strip()


def _kind_of(names: list[str]) -> str | None:
    if all(c in names for c in SHARES):
        return "shares"
    if all(c in names for c in COMMENTS):
        return "comments"
    return None


class LinkedInCollector(Collector):
    """Reads `Shares.csv` and `Comments.csv` of a LinkedIn export (zip, folder or the CSV itself)."""

    name = "linkedin"
    description = (
        "LinkedIn data export (.zip or folder with Shares.csv / Comments.csv): Settings & Privacy > "
        "Data privacy > Get a copy of your data"
    )

    def __init__(self, *, account: str | None = None) -> None:
        self.account = account

    def sniff(self, path: PathLike) -> bool:
        p = Path(path)
        try:
            if p.is_file() and not zipfile.is_zipfile(p):
                with p.open("rb") as handle:
                    head = handle.read(HEAD_BYTES).decode("utf-8-sig", errors="replace")
                return _kind_of(header_of(head)) is not None
        except OSError:
            return False
        return has_export(p, ("Shares.csv", "Comments.csv"))

    def collect(self, path: PathLike) -> Collection:
        p = Path(path)
        ledger = Ledger(self.name)
        if p.is_file() and not zipfile.is_zipfile(p):  # one CSV; its Profile.csv may sit beside it
            profile = p.parent / "Profile.csv"
            account = self._account(profile.read_bytes() if profile.is_file() else None, str(profile), p)
            try:
                self._read(p.read_bytes(), str(p), account, ledger)
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror}", path=p) from None
            return ledger.finish()
        with open_archive(p, allow_tar=False) as arc:
            members = [m for m in (arc.locate("Shares.csv"), arc.locate("Comments.csv")) if m]
            if not members:
                raise InputError("no Shares.csv or Comments.csv: not a LinkedIn export", path=p)
            member = arc.locate("Profile.csv")
            where = arc.display(member or "Profile.csv")
            account = self._account(arc.read(member) if member else None, where, p)
            for member in members:
                self._read(arc.read(member), arc.display(member), account, ledger)
        return ledger.finish()

    def _account(self, profile: bytes | None, where: str, path: Path) -> str:
        """The owner's name from Profile.csv (`First Name` + `Last Name`), unless given."""
        if self.account:
            return self.account
        if profile is not None:
            text, _ = decode_export(profile, where=where)
            names = read_header(text, where=where)
            row = next((r.fields for r in csv_rows(text) if r.problem is None), None)
            if row is not None and len(row) == len(names):
                parts = [row[names.index(c)].strip() for c in ("first name", "last name") if c in names]
                owner = " ".join(part for part in parts if part)
                if owner:
                    return clean_text(unicodedata.normalize("NFKC", owner))
        raise InputError(
            "no Profile.csv with a name: cannot tell whose export this is (give the whole export, "
            "or account=... to the collector)",
            path=path,
        )

    def _read(self, data: bytes, file: str, account: str, ledger: Ledger) -> None:
        text, cp1252 = decode_export(data, where=file)
        names = read_header(text, where=file, escapechar="\\")
        kind = _kind_of(names)
        if kind is None:
            raise InputError(
                f"expected the columns of Shares.csv ({', '.join(SHARES)}) or Comments.csv "
                f"({', '.join(COMMENTS)}); found {', '.join(names)}",
                path=file,
                location="line 1",
            )
        if cp1252:
            ledger.note(f"{file}: not UTF-8, read as Windows-1252")
        col = {n: i for i, n in enumerate(names)}
        hashed = 0
        for row in csv_rows(text, width=len(names), escapechar="\\" if kind == "comments" else None):
            ledger.read(file)
            if row.problem is not None:
                ledger.reject(file, row.locator, row.problem, ",".join(row.fields) or None)
                continue
            get: Getter = {n: row.fields[i] for n, i in col.items()}.get
            try:
                created, _ = parse_iso_time((get("date") or "").replace(" UTC", ""))
            except ValueError:
                ledger.reject(file, row.locator, f"Date is not a time: {get('date')!r}", ",".join(row.fields))
                continue
            if kind == "shares":
                hashed += _share(get, created, account, file, row.locator, ledger)
            else:
                _comment(get, created, account, file, row.locator, ledger)
        if hashed:
            ledger.note(f"{file}: {hashed} shares without a URN in ShareLink got an id from their content")


def _share(get: Getter, created: datetime, account: str, file: str, locator: str, ledger: Ledger) -> int:
    """One Shares.csv row; returns 1 if its id had to come from its content."""
    text = clean_commentary(get("sharecommentary") or "")
    urn = find_urn(get("sharelink") or "")
    post_id = f"linkedin:{urn.urn}" if urn else f"linkedin:share:{content_id(created.isoformat(), text)}"
    ledger.post(
        file,
        locator,
        post_id=post_id,
        platform="linkedin",
        account=account,
        created_at=refine_time(created, urn.created_at if urn else None),
        text=text,
        kind="post" if text else "repost",  # an empty commentary is a plain repost
        thread_id=post_id,
    )
    return 0 if urn else 1


def _comment(get: Getter, created: datetime, account: str, file: str, locator: str, ledger: Ledger) -> None:
    """One Comments.csv row: a comment whose parent is the post in `Link`."""
    link = get("link") or ""
    message = clean_commentary(get("message") or "")
    parent = find_urn(link)
    parent_id = f"linkedin:{parent.urn}" if parent else None
    ledger.post(
        file,
        locator,
        post_id=f"linkedin:comment:{content_id(created.isoformat(), link, message)}",
        platform="linkedin",
        account=account,
        created_at=created,
        text=message,
        kind="comment",
        reply_to_id=parent_id,
        parent_created_at=parent.created_at if parent else None,
        thread_id=parent_id,
    )
