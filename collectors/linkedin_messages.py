"""LinkedIn `messages.csv` (direct messages and InMail of the export's owner) → posts.

Layout (FORMATS.md §5): `CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO,
RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER`, in newer exports also `ATTACHMENTS,
IS MESSAGE DRAFT, IS CONVERSATION DRAFT`. Every header name is quoted; rows come newest
first, conversations interleaved; `DATE` is `2025-06-02 09:45:30 UTC`; `FROM` and `TO` are
display names, often with mojibake (`JosÃ©`); `CONTENT` may be HTML.

Messages are private: like Mastodon, Slack and Discord direct messages they are counted and
excluded as `direct_message` unless the collector is given `include_direct=True`. Included,
every message is a post of its sender (the owner's under the owner's account, the others'
under their display name, as Messenger threads are read), so the inbound side of a
conversation is there for reply detection. A message that directly follows a message by
someone else in the same conversation (in time order) is a `reply` to it, with its id,
sender and time; any other message (a conversation's first, a sender's follow-up) is a
`message` of the conversation's thread. Drafts are excluded (`draft`), messages without text
(an attachment alone) as `no_text`. Messages carry no id: the id is a hash of (conversation,
time, sender, text), so a message exported twice is counted once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from collectors.base import Ledger
from collectors.common import clean_text, parse_iso_time
from collectors.csvfile import CsvExport, counted_rows, csv_rows
from collectors.inputs import content_id
from collectors.mastodon import html_to_text

MESSAGES = ("conversation id", "from", "date", "content")
_YES = frozenset({"yes", "true", "1"})
# Content that is HTML rather than plain text: an element LinkedIn's message editor writes.
_HTML = re.compile(r"<(?:p|br|div|span|a|b|i|strong|em|ul|ol|li)\b[^>]*>", re.I)
_NAMES = re.compile(r"\s*[,;]\s*")


@dataclass(slots=True)
class _Message:
    """One usable message, kept until its conversation can be put in time order."""

    locator: str
    conversation: str
    sender: str
    created_at: datetime
    text: str
    post_id: str


def person_name(value: str | None) -> str:
    """A display name as text: mojibake repaired, NFKC (𝗕𝗼𝗹𝗱 letters), spaces collapsed."""
    return " ".join(clean_text(unicodedata.normalize("NFKC", value or "")).split())


def name_key(name: str) -> str:
    """How two spellings of one name compare: case and spacing ignored."""
    return " ".join(name.casefold().split())


def message_text(content: str | None) -> str:
    """Plain text of a message's CONTENT: HTML turned into text when it is HTML, NFKC, repaired."""
    text = (content or "").replace("\r\n", "\n")
    if _HTML.search(text):
        text = html_to_text(text)
    return clean_text(unicodedata.normalize("NFKC", text)).strip()


def infer_owner(export: CsvExport, names: list[str]) -> str | None:
    """The export's owner when no profile names them: the person in most messages.

    The owner is in every conversation, as sender or recipient, whereas a correspondent is
    only in theirs; ties go to the more frequent sender, then to the name in alphabetical
    order. None if no row names anyone.
    """
    col = {n: i for i, n in enumerate(names)}
    present: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    with export.text() as text:
        for row in csv_rows(text, width=len(names)):
            if row.problem is not None:
                continue
            sender = person_name(row.fields[col["from"]])
            recipients = _NAMES.split(row.fields[col["to"]]) if "to" in col else []
            people = {name_key(sender): sender} if sender else {}
            for raw in recipients:
                if name := person_name(raw):
                    people.setdefault(name_key(name), name)
            for key, name in people.items():
                present[key] += 1
                spelled.setdefault(key, name)
            if sender:
                sent[name_key(sender)] += 1
    if not present:
        return None
    best = min(present, key=lambda k: (-present[k], -sent[k], k))
    return spelled[best]


def read_messages(
    export: CsvExport, names: list[str], *, owner: str, account: str, include: bool, ledger: Ledger
) -> None:
    """Read messages.csv into the ledger: posts (when `include`), rejects and exclusions.

    `owner` is the owner's display name as FROM spells it (from Profile.csv or inferred);
    the owner's messages are posted under `account`.
    """
    file = export.where
    messages: list[_Message] = []
    ledger.read(file, 0)  # a sources row even for a file without messages
    with export.text() as text:
        for row in counted_rows(csv_rows(text, width=len(names)), file=file, ledger=ledger):
            fields = dict(zip(names, row.fields, strict=True))
            conversation = fields["conversation id"].strip()
            sender = person_name(fields["from"])
            date = fields["date"]
            try:
                created, _ = parse_iso_time(date.replace(" UTC", ""))
            except ValueError:
                ledger.reject(file, row.locator, f"DATE is not a time: {date!r}", ",".join(row.fields))
                continue
            if not conversation or not sender:
                reason = "message without CONVERSATION ID or FROM"
                ledger.reject(file, row.locator, reason, ",".join(row.fields))
            elif not include:
                ledger.exclude(file, "direct_message")
            elif _yes(fields.get("is message draft")) or _yes(fields.get("is conversation draft")):
                ledger.exclude(file, "draft")
            elif not (body := message_text(fields["content"])):
                ledger.exclude(file, "no_text")  # an attachment alone
            else:
                post_id = f"linkedin:message:{content_id(conversation, created.isoformat(), sender, body)}"
                messages.append(_Message(row.locator, conversation, sender, created, body, post_id))
    _post_all(messages, file, owner, account, ledger)
    if include and messages and not any(name_key(m.sender) == name_key(owner) for m in messages):
        ledger.note(f"{file}: no message is from {owner} (the export's owner): all are other people's")


def _post_all(messages: list[_Message], file: str, owner: str, account: str, ledger: Ledger) -> None:
    """Link each message to the one before it in its conversation, then post them in file order."""
    order = sorted(range(len(messages)), key=lambda i: (messages[i].conversation, messages[i].created_at, i))
    parents: dict[int, _Message] = {}
    for previous, current in zip(order, order[1:], strict=False):
        before, this = messages[previous], messages[current]
        if before.conversation == this.conversation and name_key(before.sender) != name_key(this.sender):
            parents[current] = before
    owner_key = name_key(owner)

    def author(m: _Message) -> str:
        return account if name_key(m.sender) == owner_key else m.sender

    for i, m in enumerate(messages):
        parent = parents.get(i)
        ledger.post(
            file,
            m.locator,
            post_id=m.post_id,
            platform="linkedin",
            account=author(m),
            created_at=m.created_at,
            text=m.text,
            kind="reply" if parent else "message",
            reply_to_id=parent.post_id if parent else None,
            reply_to_account=author(parent) if parent else None,
            parent_created_at=parent.created_at if parent else None,
            thread_id=f"linkedin:conversation:{m.conversation}",
        )


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in _YES
