"""Bluesky / AT Protocol repository export (`.car`, repo format v3 and legacy v2) → posts.

Field map and pitfalls in FORMATS.md §3. A repository is a CAR v1 file whose root is the
signed commit `{did, rev?, data, prev, version, sig}`; `data` is the root of a Merkle Search
Tree whose entries map `<collection>/<rkey>` to record blocks. CAR framing and DAG-CBOR are
decoded by `libipld` (the library the `atproto` SDK uses); this module only walks the tree.

`app.bsky.feed.post` records become posts, replies (`reply.parent` / `reply.root`) and quotes
(`embed` of type `app.bsky.embed.record` or `recordWithMedia` pointing at a post);
`app.bsky.feed.repost` records become reposts. Every other record (likes, follows, profile,
third-party lexicons) is excluded and counted as `other_collection`. The author is the repo
DID (a handle is not in the file). Parent times come from the parent's record key, a TID.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

import libipld

from collectors.base import Collection, Collector, Ledger, PathLike
from collectors.common import UTC, clean_text, parse_iso_time, plausible
from collectors.inputs import export_files, read_all, sniff_files
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
_QUOTE_EMBEDS = frozenset({"app.bsky.embed.record", "app.bsky.embed.recordWithMedia"})
_MENTION = "app.bsky.richtext.facet#mention"
# TIDs: 13 characters of base32-sortable, a 64-bit integer whose top bit is 0;
# value >> 10 is microseconds since the Unix epoch (the low 10 bits are a clock id).
TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_TID_INDEX = {c: i for i, c in enumerate(TID_ALPHABET)}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CAR_SUFFIX = ".car"


def tid_time(rkey: str) -> datetime | None:
    """Creation time encoded in a TID record key, or None if `rkey` is not a TID."""
    if len(rkey) != 13 or _TID_INDEX.get(rkey[0], 16) >= 16:
        return None
    value = 0
    for char in rkey:
        digit = _TID_INDEX.get(char)
        if digit is None:
            return None
        value = value * 32 + digit
    moment = _EPOCH + timedelta(microseconds=value >> 10)
    return moment if plausible(moment, first_year=2000, last_year=2100) else None


class AtUri(NamedTuple):
    """`at://<authority>/<collection>/<rkey>` split into its parts."""

    authority: str
    collection: str
    rkey: str


def parse_at_uri(uri: object) -> AtUri | None:
    """The parts of a record's at-URI, or None if `uri` is not one."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        return None
    parts = uri[len("at://") :].split("/")
    if len(parts) != 3 or not all(parts):
        return None
    return AtUri(*parts)


class Mention(NamedTuple):
    """A mention facet: the DID and the mentioned text as a character span of the post text."""

    did: str
    start: int
    end: int


def mentions(record: dict[str, Any]) -> list[Mention]:
    """Mentions of a post record as character spans of its text.

    Facets index the text in UTF-8 bytes (`index.byteStart/byteEnd`); the deprecated
    `entities` of 2022-23 posts index it in UTF-16 code units. Spans that do not fall on
    character boundaries inside the text are dropped.
    """
    text = record.get("text")
    if not isinstance(text, str):
        return []
    found: list[Mention] = []
    for facet in _dicts(record.get("facets")):
        index = _map(facet.get("index"))
        dids = [f.get("did") for f in _dicts(facet.get("features")) if f.get("$type") == _MENTION]
        span = _span(text, index.get("byteStart"), index.get("byteEnd"), "utf-8")
        found += [Mention(d, *span) for d in dids if isinstance(d, str) and span]
    for entity in _dicts(record.get("entities")):
        index = _map(entity.get("index"))
        span = _span(text, index.get("start"), index.get("end"), "utf-16-le")
        if entity.get("type") == "mention" and isinstance(entity.get("value"), str) and span:
            found.append(Mention(entity["value"], *span))
    return found


def _map(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _span(text: str, start: object, end: object, codec: str) -> tuple[int, int] | None:
    """Character offsets of the encoded [start, end) unit range, if it is a whole-character range."""
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end:
        return None
    width = 2 if codec.startswith("utf-16") else 1
    data = text.encode(codec)
    if end * width > len(data):
        return None
    try:
        head = data[: start * width].decode(codec)
        body = data[start * width : end * width].decode(codec)
    except UnicodeDecodeError:
        return None
    return len(head), len(head) + len(body)


@dataclass
class Repo:
    """A decoded repository: the commit's DID and version and its records in key order."""

    did: str
    version: int
    rev: str | None
    records: list[tuple[str, Any]] = field(default_factory=list)  # (key, record or None if absent)
    bad_entries: list[tuple[str, str]] = field(default_factory=list)  # (locator, reason)
    missing_nodes: int = 0


def read_repo(data: bytes, *, where: str) -> Repo:
    """Decode a CAR repository; InputError naming `where` if the file is not one."""
    try:
        header, blocks = libipld.decode_car(data)
    except (ValueError, RecursionError) as exc:
        raise InputError(
            f"not a readable CAR file ({exc})", path=where, location=_car_location(data)
        ) from None
    roots = header.get("roots") if isinstance(header, dict) else None
    commit = blocks.get(roots[0]) if isinstance(roots, list) and roots else None
    if not isinstance(commit, dict) or not isinstance(commit.get("did"), str) or "data" not in commit:
        raise InputError("the CAR root is not a repository commit {did, data, ...}", path=where)
    rev, version = commit.get("rev"), commit.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        version = 0  # only logged: a corrupt version (a string, list, map) must not stop the read
    repo = Repo(commit["did"], version, rev if isinstance(rev, str) else None)
    _walk(blocks, commit["data"], repo)
    return repo


def _walk(blocks: dict[bytes, Any], root: object, repo: Repo) -> None:
    """Depth-first, in key order: left subtree, then each entry followed by its right subtree."""
    stack: list[tuple[str, Any]] = [("node", root)]
    seen: set[bytes] = set()
    while stack:
        what, item = stack.pop()
        if what == "record":
            key, cid = item
            repo.records.append((key, blocks.get(cid) if isinstance(cid, bytes) else None))
            continue
        if not isinstance(item, bytes) or item in seen:
            continue
        seen.add(item)
        node = blocks.get(item)
        if not isinstance(node, dict):
            repo.missing_nodes += 1  # a partial CAR (getRepo since=...): that subtree is not here
            continue
        todo: list[tuple[str, Any]] = [("node", node.get("l"))]
        prev = b""
        entries = node.get("e")
        if not isinstance(entries, list):
            repo.bad_entries.append((f"mst:{libipld.encode_cid(item)}", "MST node without an entry list"))
            entries = []
        for i, entry in enumerate(entries):
            try:
                key_bytes = prev[: entry["p"]] + entry["k"]
                key = key_bytes.decode("utf-8")
            except (TypeError, KeyError, UnicodeDecodeError, AttributeError):
                repo.bad_entries.append((f"mst:{libipld.encode_cid(item)}/e[{i}]", "malformed MST entry"))
                continue
            prev = key_bytes
            todo += [("record", (key, entry.get("v"))), ("node", entry.get("t"))]
        stack.extend(reversed(todo))


def _car_location(data: bytes) -> str | None:
    """Where a CAR's framing breaks: the offset of the first block that runs past the end."""
    offset, index = 0, -1
    while offset < len(data):
        length, start = _uvarint(data, offset)
        if length is None:
            break
        if start + length > len(data):
            what = "header" if index < 0 else f"block {index}"
            return f"byte {offset} ({what} of {length} bytes runs past the end at {len(data)})"
        offset, index = start + length, index + 1
    return None if offset >= len(data) else f"byte {offset}"


def _uvarint(data: bytes, offset: int) -> tuple[int | None, int]:
    value = shift = 0
    for pos in range(offset, min(offset + 10, len(data))):
        value |= (data[pos] & 0x7F) << shift
        if not data[pos] & 0x80:
            return value, pos + 1
        shift += 7
    return None, offset


def looks_like_car(head: bytes) -> bool:
    """Whether bytes start like a CAR v1 header: a varint length, then a CBOR map with `roots`."""
    length, start = _uvarint(head, 0)
    if length is None or not 0 < length <= 4096:
        return False
    header = head[start : start + length]
    return len(header) == length and header[:1] in (b"\xa2", b"\xa1") and b"roots" in header


class BlueskyCollector(Collector):
    """Reads Bluesky repository exports: a `.car` file, or a folder or .zip holding `.car` files."""

    name = "bluesky"
    description = (
        "Bluesky repository export (.car, or a folder/.zip of them): Settings > Account > "
        "Export my data, or `signals collect bluesky`"
    )

    def sniff(self, path: PathLike) -> bool:
        return sniff_files(path, suffix=_CAR_SUFFIX, accept=looks_like_car, limit=3)

    def collect(self, path: PathLike) -> Collection:
        ledger = Ledger(self.name)
        naive = 0
        for file, opener in export_files(
            path, suffix=_CAR_SUFFIX, accept=looks_like_car, what=".car repository"
        ):
            # libipld decodes a CAR only from one buffer (decode_car(bytes)), so a repository is
            # read whole; repositories are tens of MB even for very active accounts.
            naive += self._repo(read_all(opener), file, ledger)
        return ledger.finish(naive_times=naive)

    def _repo(self, data: bytes, file: str, ledger: Ledger) -> int:
        """Read one repository into the ledger; returns how many times had no offset."""
        repo = read_repo(data, where=file)
        ledger.read(file, len(repo.records) + len(repo.bad_entries))
        for locator, reason in repo.bad_entries:
            ledger.reject(file, locator, reason)
        if repo.missing_nodes:
            ledger.note(
                f"{file}: {repo.missing_nodes} MST subtrees are not in the file (a partial repository); "
                "records under them were not read"
            )
        log.debug("%s: repo %s version %s rev %s", file, repo.did, repo.version, repo.rev)
        naive = 0
        for key, record in repo.records:
            collection, _, rkey = key.partition("/")
            if collection not in (POST, REPOST):
                ledger.exclude(file, "other_collection")
            elif not isinstance(record, dict):
                ledger.reject(file, key, "record block missing from the CAR or not a map", record)
            else:
                try:
                    fields, was_naive = record_fields(repo.did, collection, rkey, record)
                except BadRecord as exc:
                    ledger.reject(file, key, str(exc), _excerpt(record))
                    continue
                naive += was_naive
                ledger.post(file, key, **fields)
        return naive


class BadRecord(ValueError):
    """A post or repost record that cannot become a post; the message is the reject reason."""


def record_fields(
    did: str, collection: str, rkey: str, record: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """The Ledger.post fields of one `app.bsky.feed.post` or `.repost` record, and whether its
    time had no offset. BadRecord if it is unusable. Shared with the live collector."""
    created, naive = _created_at(record.get("createdAt"), rkey)
    if created is None:
        raise BadRecord("no valid createdAt and the record key is not a TID")
    uri = f"at://{did}/{collection}/{rkey}"
    fields: dict[str, Any] = {"post_id": f"bluesky:{uri}", "platform": "bluesky", "account": did}
    fields["created_at"] = created
    if collection == REPOST:
        target = parse_at_uri(_map(record.get("subject")).get("uri"))
        if target is None:
            raise BadRecord("repost without a subject at-URI")
        return fields | {"text": "", "kind": "repost", "reply_to_account": target.authority}, naive
    text = record.get("text")
    if not isinstance(text, str):
        raise BadRecord("post record without a text string")
    reply = _map(record.get("reply"))
    parent_uri = _map(reply.get("parent")).get("uri")
    parent = parse_at_uri(parent_uri)
    root = _map(reply.get("root")).get("uri")
    if reply and parent is None:
        raise BadRecord("reply without a parent at-URI")
    langs = record.get("langs")
    fields |= {
        "text": clean_text(text),
        "kind": "reply" if parent else "quote" if _is_quote(record) else "post",
        "reply_to_id": f"bluesky:{parent_uri}" if parent else None,
        "reply_to_account": parent.authority if parent else None,
        "parent_created_at": tid_time(parent.rkey) if parent else None,
        "thread_id": f"bluesky:{root if isinstance(root, str) and root else uri}",
        "lang": langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
    }
    return fields, naive


def _created_at(value: object, rkey: str) -> tuple[datetime | None, bool]:
    """`createdAt` (any ISO 8601 precision or offset), else the record key's TID time."""
    if isinstance(value, str):
        try:
            return parse_iso_time(value)
        except ValueError:
            pass
    return tid_time(rkey), False


def _is_quote(record: dict[str, Any]) -> bool:
    """Whether the post embeds another post (`embed.record`, or `embed.record.record` with media)."""
    embed = _map(record.get("embed"))
    if embed.get("$type") not in _QUOTE_EMBEDS:
        return False
    ref = _map(embed.get("record"))
    if isinstance(ref.get("record"), dict):
        ref = ref["record"]
    target = parse_at_uri(ref.get("uri"))
    return target is not None and target.collection == POST


def _excerpt(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its bytes values (CIDs, signatures), for a rejects excerpt."""
    return {k: v for k, v in record.items() if not isinstance(v, bytes)}
