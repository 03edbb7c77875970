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
- `messages.csv` (direct messages) is read by collectors.linkedin_messages: excluded and
  counted unless `include_direct=True`.

The author of every share and comment is the export's owner, named by the `account` option
(`signals run --owner PATH=ACCOUNT`), else in `Profile.csv`, else the person in most messages
of `messages.csv`. Other
files of the export (connections, reactions...) are not read. The CSVs are streamed.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

from collectors.archive import open_archive
from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import clean_text, from_epoch_ms, parse_iso_time, plausible, refine_time
from collectors.csvfile import CsvExport, counted_rows, csv_rows, decode_export, header_of, read_header
from collectors.inputs import HEAD_BYTES, content_id, has_export
from collectors.linkedin_messages import MESSAGES, infer_owner, read_messages
from collectors.options import owner_hint
from collectors.streams import Opener, open_file, read_head
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

SHARES = ("date", "sharelink", "sharecommentary")
COMMENTS = ("date", "link", "message")
_MESSAGES_CSV = "messages.csv"
_URN = re.compile(r"urn:li:([A-Za-z]+):([0-9A-Za-z_-]+)")
# The URN types whose number is a snowflake-like id, the time in ms since the Unix epoch in its
# bits above the 22nd (`n >> 22`): share, ugcPost and activity (FORMATS.md §5: 201 of 201 dates
# of a real Shares.csv match), groupPost (`<group id>-<activity id>`: the activity part, the
# last number) and comment ids (publicly reverse-engineered the same way, e.g. Ollie Boyd's
# LinkedIn timestamp extractor). Nothing documents a time in any other type, and article ids
# are not times: real `urn:li:article:<n>` parents read as `n >> 22` fell in 2029-2030, after
# the comments on them. Their time stays unknown (a reply whose latency is not measured).
TIMED_URN_TYPES = frozenset({"share", "ugcpost", "activity", "grouppost", "comment"})
_STRAY_QUOTES = re.compile(r'^"+|"+$', flags=re.M)


Getter = Callable[[str], str | None]


class Urn(NamedTuple):
    """A LinkedIn URN found in a link, and the time its number encodes (None if implausible)."""

    urn: str
    created_at: datetime | None


def find_urn(link: str) -> Urn | None:
    """The `urn:li:<type>:<n>` in a (percent-encoded) link, with `n >> 22` ms as its time when
    its type encodes one (TIMED_URN_TYPES; otherwise the time is None: unknown)."""
    match = _URN.search(unquote(link))
    if not match:
        return None
    digits = re.findall(r"\d{10,}", match.group(2))
    created = None
    if digits and match.group(1).lower() in TIMED_URN_TYPES:
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
    if all(c in names for c in MESSAGES):
        return "messages"
    return None


class LinkedInCollector(Collector):
    """Reads `Shares.csv`, `Comments.csv` and `messages.csv` of a LinkedIn export (zip, folder or one CSV).

    `include_direct=True` reads the direct messages of `messages.csv` as posts; by default they
    are private and only counted (`direct_message`).
    """

    name = "linkedin"
    description = (
        "LinkedIn data export (.zip or folder with Shares.csv / Comments.csv / messages.csv): Settings & "
        "Privacy > Data privacy > Get a copy of your data"
    )

    def __init__(self, *, account: str | None = None, include_direct: bool = False) -> None:
        self.account = account
        self.include_direct = include_direct

    def sniff(self, path: PathLike) -> bool:
        p = Path(path)
        try:
            if p.is_file() and not zipfile.is_zipfile(p):
                with p.open("rb") as handle:
                    head = handle.read(HEAD_BYTES).decode("utf-8-sig", errors="replace")
                return _kind_of(header_of(head)) is not None
            if has_export(p, ("Shares.csv", "Comments.csv")):
                return True
            if not has_export(p, (_MESSAGES_CSV,)):
                return False
            with open_archive(p, allow_tar=False) as arc:  # a messages.csv of this layout, not any
                member = arc.locate(_MESSAGES_CSV)
                if member is None:
                    return False
                with arc.open(member) as handle:
                    head = read_head(handle, HEAD_BYTES).decode("utf-8-sig", errors="replace")
                return _kind_of(header_of(head)) == "messages"
        except (OSError, InputError):
            return False

    def collect(self, path: PathLike) -> Collection:
        p = Path(path)
        ledger = Ledger(self.name)
        if p.is_file() and not zipfile.is_zipfile(p):  # one CSV; its Profile.csv may sit beside it
            profile = p.parent / "Profile.csv"
            try:
                data = profile.read_bytes() if profile.is_file() else None
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror}", path=profile) from None
            self._read_all([(str(p), partial(open_file, p))], data, str(profile), p, ledger)
            return ledger.finish()
        with open_archive(p, allow_tar=False) as arc:
            found = (arc.locate("Shares.csv"), arc.locate("Comments.csv"), arc.locate(_MESSAGES_CSV))
            members = [m for m in found if m]
            if not members:
                raise InputError("no Shares.csv, Comments.csv or messages.csv: not a LinkedIn export", path=p)
            member = arc.locate("Profile.csv")
            where = arc.display(member or "Profile.csv")
            files = [(arc.display(m), partial(arc.open, m)) for m in members]
            self._read_all(files, arc.read(member) if member else None, where, p, ledger)
        return ledger.finish()

    def _read_all(
        self,
        files: Sequence[tuple[str, Opener]],
        profile: bytes | None,
        where: str,
        path: Path,
        ledger: Ledger,
    ) -> None:
        """Read every CSV of the export in turn, once the owner is known."""
        name = self._profile_name(profile, where)
        inbox = next(((f, o) for f, o in files if _basename(f).lower() == _MESSAGES_CSV), None)
        messages = None
        if name is None and inbox is not None:
            messages = CsvExport(inbox[1], where=inbox[0])
            with messages.text(newline="\n") as text:
                name = infer_owner(messages, read_header(text, where=messages.where, escapechar="\\"))
            if name is not None and not self.account:
                note = f"no Profile.csv; the owner is taken to be {name}, in most messages"
                ledger.note(f"{messages.where}: {note}")
        account = self.account or name
        if account is None:
            raise InputError(
                f"no Profile.csv with a name: cannot tell whose export this is; {owner_hint(path)}",
                path=path,
            )
        for file, opener in files:
            export = messages if messages is not None and file == messages.where else None
            self._read(export or CsvExport(opener, where=file), account, name or account, ledger)

    def _profile_name(self, profile: bytes | None, where: str) -> str | None:
        """The owner's name from Profile.csv (`First Name` + `Last Name`); None if there is none.

        With the `account` option the profile only helps to recognize the owner's messages, so
        a broken one is then ignored rather than an error.
        """
        if profile is None:
            return None
        try:
            text, _ = decode_export(profile, where=where)
            names = read_header(text, where=where)
        except InputError:
            if self.account:
                return None
            raise
        row = next((r.fields for r in csv_rows(text) if r.problem is None), None)
        if row is not None and len(row) == len(names):
            parts = [row[names.index(c)].strip() for c in ("first name", "last name") if c in names]
            owner = " ".join(part for part in parts if part)
            if owner:
                return clean_text(unicodedata.normalize("NFKC", owner))
        return None

    def _read(self, export: CsvExport, account: str, owner: str, ledger: Ledger) -> None:
        file = export.where
        with export.text(newline="\n") as text:
            names = read_header(text, where=file, escapechar="\\")
        kind = _kind_of(names)
        if kind is None:
            raise InputError(
                f"expected the columns of Shares.csv ({', '.join(SHARES)}), Comments.csv "
                f"({', '.join(COMMENTS)}) or messages.csv ({', '.join(MESSAGES)}); found {', '.join(names)}",
                path=file,
                location="line 1",
            )
        if export.cp1252:
            ledger.note(f"{file}: not UTF-8, read as Windows-1252")
        if kind == "messages":
            include = self.include_direct
            read_messages(export, names, owner=owner, account=account, include=include, ledger=ledger)
            return
        col = {n: i for i, n in enumerate(names)}
        hashed = 0
        with export.text() as text:
            escape = "\\" if kind == "comments" else None
            for row in counted_rows(
                csv_rows(text, width=len(names), escapechar=escape), file=file, ledger=ledger
            ):
                get: Getter = {n: row.fields[i] for n, i in col.items()}.get
                try:
                    created, _ = parse_iso_time((get("date") or "").replace(" UTC", ""))
                except ValueError:
                    reason = f"Date is not a time: {get('date')!r}"
                    ledger.reject(file, row.locator, reason, ",".join(row.fields))
                    continue
                if kind == "shares":
                    hashed += _share(get, created, account, file, row.locator, ledger)
                else:
                    _comment(get, created, account, file, row.locator, ledger)
        if hashed:
            ledger.note(f"{file}: {hashed} shares without a URN in ShareLink got an id from their content")


def _basename(where: str) -> str:
    return where.replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1]


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
