"""collectors.bluesky on two real repositories (v3 and legacy v2) and small synthetic CARs.

The real CARs come with an independent decoding (decoded/*.records.jsonl): our MST walk must
find the same keys in the same order, and our post texts must equal its texts.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import BLUESKY, BNEWBOLD, PAUL, assert_balanced, build_car, post_by_id

from collectors import collect, sniff
from collectors.bluesky import (
    BlueskyCollector,
    Mention,
    looks_like_car,
    mentions,
    parse_at_uri,
    read_repo,
    tid_time,
)
from signals.ground.errors import InputError

B = BlueskyCollector()
NEWBOLD_DID = "did:plc:nhxcyu4ewwhl5pqil4dotqjo"
PAUL_DID = "did:plc:cmpvykrzb2l22kj4ojlv3ox4"
DID = "did:plc:synthetic0000000000000000"


def _decoded(name: str) -> list[dict]:
    lines = (BLUESKY / "decoded" / f"{name}.records.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines[1:]]  # line 1 is the commit and CAR header


@pytest.fixture(scope="module")
def newbold():
    return B.collect(BNEWBOLD)


@pytest.fixture(scope="module")
def paul():
    return B.collect(PAUL)


@pytest.mark.parametrize(("car", "name", "n"), [(BNEWBOLD, "bnewbold", 38), (PAUL, "paul_staging", 185)])
def test_decoding_matches_the_independent_decoder(car: Path, name: str, n: int) -> None:
    ref = _decoded(name)
    repo = read_repo(car.read_bytes(), where=str(car))
    assert len(repo.records) == len(ref) == n
    assert [k for k, _ in repo.records] == [r["path"] for r in ref]
    posts = B.collect(car).posts
    ours = {p.rpartition("bluesky:")[2]: t for p, t in zip(posts["post_id"], posts["text"], strict=True)}
    theirs = {r["uri"]: r["value"]["text"] for r in ref if r["path"].startswith("app.bsky.feed.post/")}
    assert {u: t for u, t in ours.items() if "/app.bsky.feed.post/" in u} == theirs


def test_v3_counts(newbold) -> None:
    # 38 records = 23 app.bsky.feed.post + 1 repost + 14 others (5 lexicon schemas, 3 follows,
    # 2 likes, profile, linkat board, lexicon record, mushroom demo record).
    assert_balanced(newbold)
    row = newbold.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (38, 24, 0, 14)
    assert row["excluded_detail"] == "other_collection=14"
    assert newbold.posts["kind"].value_counts().to_dict() == {"post": 20, "reply": 2, "repost": 1, "quote": 1}
    assert set(newbold.posts["account"]) == {NEWBOLD_DID} and set(newbold.posts["platform"]) == {"bluesky"}
    assert newbold.naive_times == 0 and newbold.notes == []


def test_legacy_v2_counts(paul) -> None:
    # 185 records = 101 posts (19 replies, 6 quotes, 3 of them recordWithMedia) + 15 reposts
    # + 60 likes + 8 follows + 1 profile.
    assert read_repo(PAUL.read_bytes(), where="p").rev is None  # v2 commit: no rev
    assert_balanced(paul)
    row = paul.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (185, 116, 0, 69)
    assert paul.posts["kind"].value_counts().to_dict() == {"post": 76, "reply": 19, "repost": 15, "quote": 6}


def test_reply_to_someone_else(newbold) -> None:
    reply = post_by_id(newbold, f"bluesky:at://{NEWBOLD_DID}/app.bsky.feed.post/3lj2ex7vyjc2h")
    parent = "at://did:plc:box3ql3jyrlb7ptzh2tnn2aw/app.bsky.feed.post/3lizyzajiks23"
    assert reply["kind"] == "reply"
    assert reply["reply_to_id"] == f"bluesky:{parent}" and reply["thread_id"] == f"bluesky:{parent}"
    assert reply["reply_to_account"] == "did:plc:box3ql3jyrlb7ptzh2tnn2aw"
    # parent time from the parent's TID: (value >> 10) µs; the reply came 3.5 h later
    assert reply["parent_created_at"] == pd.Timestamp("2025-02-25 23:23:26.271", tz="UTC")
    assert reply["created_at"] == pd.Timestamp("2025-02-26 02:57:03.419", tz="UTC")
    # a reply deeper in a thread: root (own post) differs from the parent (someone else's)
    deep = post_by_id(newbold, f"bluesky:at://{NEWBOLD_DID}/app.bsky.feed.post/3kyozfaqkgc23")
    assert deep["thread_id"] == f"bluesky:at://{NEWBOLD_DID}/app.bsky.feed.post/3ktbqfmhvak26"
    assert deep["reply_to_account"] == "did:plc:oio4hkxaop4ao4wz2pp3f4cr"


def test_quote_repost_and_precision(newbold) -> None:
    quote = post_by_id(newbold, f"bluesky:at://{NEWBOLD_DID}/app.bsky.feed.post/3ktbn5b7zkc26")
    assert (quote["kind"], quote["text"], quote["lang"]) == ("quote", "what about this @bnewbold.net", "en")
    assert pd.isna(quote["reply_to_id"]) and quote["thread_id"] == quote["post_id"]
    repost = newbold.posts[newbold.posts["kind"] == "repost"].iloc[0]
    assert (repost["text"], repost["reply_to_account"]) == ("", "did:plc:xgs3qrwos3dwxmixoflcxrhu")
    six = post_by_id(newbold, f"bluesky:at://{NEWBOLD_DID}/app.bsky.feed.post/3kz4lf3n2es2j")
    assert six["created_at"] == pd.Timestamp("2024-08-07 09:14:24.452762", tz="UTC")  # 6 digits kept


def test_tid_times_agree_with_created_at(newbold, paul) -> None:
    # The rkey TID trails createdAt by a few seconds. Measured on all 140 posts and reposts:
    # bnewbold 0.005 s to 17.5 s; paul_staging -1.6 s (3jkcufzuytk2k, a client clock) to 26.4 s.
    for c, low, high in ((newbold, 0.005, 17.5), (paul, -1.7, 26.4)):
        rkeys = c.posts["post_id"].str.rpartition("/")[2]
        delta = pd.to_datetime([tid_time(k) for k in rkeys], utc=True) - c.posts["created_at"].array
        assert low - 0.01 <= delta.total_seconds().min() and delta.total_seconds().max() <= high + 0.01
    assert tid_time("3kly5whjwmc2v") == pd.Timestamp("2024-02-22 04:35:24.989", tz="UTC")
    for bad in ("3kly5whjwmc2", "self", "zzzzzzzzzzzzz", "3kly5whjwmc21", "2222222222222"):
        assert tid_time(bad) is None  # wrong length, not base32-sortable, top bit set, 1970


def test_mentions_use_utf8_bytes_and_legacy_utf16() -> None:
    # "é" is 2 UTF-8 bytes and "😀" 4 bytes (2 UTF-16 units): byte offsets must not be used as str indices.
    text = "Café 😀 @ana.bsky.social merci"
    start = len("Café 😀 ".encode())
    facet = {
        "index": {"byteStart": start, "byteEnd": start + 16},
        "features": [{"$type": _M, "did": "did:x"}],
    }
    record = {"text": text, "facets": [facet, {"index": {"byteStart": 4, "byteEnd": 5}, "features": []}]}
    found = mentions(record)
    assert found == [Mention("did:x", 7, 23)] and text[7:23] == "@ana.bsky.social"
    split = {"text": text, "facets": [{"index": {"byteStart": 4, "byteEnd": 6}, "features": [_f("did:y")]}]}
    assert mentions(split) == []  # byte 4 is inside "é"
    legacy = {
        "text": "😀 @bob",
        "entities": [{"type": "mention", "value": "did:b", "index": {"start": 3, "end": 7}}],
    }
    assert mentions(legacy) == [Mention("did:b", 2, 6)]
    paul_post = json.loads(
        next(
            line
            for line in (BLUESKY / "decoded" / "paul_staging.records.jsonl").open()
            if '"app.bsky.feed.post/3jkx5h4udg226"' in line
        )
    )["value"]
    (m,) = mentions(paul_post)
    assert paul_post["text"][m.start : m.end] == "@android-tesr.staging.bsky.dev"


def test_mention_facets_of_the_real_repositories_map_onto_the_post_texts(newbold, paul) -> None:
    """Every mention facet of the decoded records (UTF-8 byte offsets; legacy `entities` in UTF-16
    units) becomes the `@handle` span of the text, in the record and in the posts table."""
    found = 0
    for name, c, did in (("bnewbold", newbold, NEWBOLD_DID), ("paul_staging", paul, PAUL_DID)):
        for row in _decoded(name):
            value = row.get("value")
            if not isinstance(value, dict) or not row["path"].startswith("app.bsky.feed.post/"):
                continue
            facets = [f for facet in value.get("facets") or [] for f in facet["features"] if f["$type"] == _M]
            legacy = [e for e in value.get("entities") or [] if e.get("type") == "mention"]
            spans = mentions(value)
            assert len(spans) == len(facets) + len(legacy), row["path"]
            text = post_by_id(c, f"bluesky:at://{did}/{row['path']}")["text"]
            for m in spans:
                span = value["text"][m.start : m.end]
                assert span.startswith("@") and " " not in span and text[m.start : m.end] == span
            # The same post after a prefix of multi-byte characters: UTF-8 byte offsets move by 13,
            # UTF-16 offsets by 9, character offsets by 8; the spans must follow.
            prefix = "Ça va 😀 "
            utf8, utf16 = len(prefix.encode()), len(prefix.encode("utf-16-le")) // 2
            moved = {
                "text": prefix + value["text"],
                "facets": [
                    {**facet, "index": {k: v + utf8 for k, v in facet["index"].items()}}
                    for facet in value.get("facets") or []
                ],
                "entities": [
                    {**e, "index": {k: v + utf16 for k, v in e["index"].items()}}
                    for e in value.get("entities") or []
                ],
            }
            assert [(m.did, m.start - len(prefix), m.end - len(prefix)) for m in mentions(moved)] == spans
            found += len(spans)
    assert found == 8  # bnewbold: 4 facets (UTF-8 bytes); paul_staging: 4 legacy entities (UTF-16)


_M = "app.bsky.richtext.facet#mention"


def _f(did: str) -> dict:
    return {"$type": _M, "did": did}


def _post(text: str, created: object = "2024-05-01T10:00:00.000Z", **extra: object) -> dict:
    record: dict[str, object] = {"$type": "app.bsky.feed.post", "text": text, **extra}
    if created is not None:
        record["createdAt"] = created
    return record


def _synthetic(tmp_path: Path) -> Path:
    parent = "at://did:plc:customer/app.bsky.feed.post/3kly5whjwmc2v"
    records = {
        "app.bsky.feed.post/3kz4lf3n2es2j": _post("offset time", "2024-08-07T02:14:24-07:00"),
        "app.bsky.feed.post/3kz4lf3n2es2k": _post("naive time", "2024-08-07T09:14:25"),
        "app.bsky.feed.post/3kz4lf3n2es2l": _post("no createdAt: TID time", None),
        "app.bsky.feed.post/notatid": _post("bad time, bad key", "yesterday"),
        "app.bsky.feed.post/3kz4lf3n2es2m": {
            "$type": "app.bsky.feed.post",
            "createdAt": "2024-08-07T09:14:26Z",
        },
        "app.bsky.feed.post/3kz4lf3n2es2n": _post("gone"),
        "app.bsky.feed.post/3kz4lf3n2es2o": _post(
            "Sorry about that!",
            reply={"root": {"uri": parent, "cid": "x"}, "parent": {"uri": parent, "cid": "x"}},
            langs=["en", "de"],
        ),
        "app.bsky.feed.post/3kz4lf3n2es2p": _post("broken reply", reply={"parent": {"uri": "https://x"}}),
        "app.bsky.feed.post/3kz4lf3n2es2q": _post(
            "look at this",
            embed={
                "$type": "app.bsky.embed.recordWithMedia",
                "record": {"record": {"uri": parent, "cid": "x"}},
                "media": {"$type": "app.bsky.embed.images", "images": []},
            },
        ),
        "app.bsky.feed.post/3kz4lf3n2es2r": _post(
            "a feed, not a quote",
            embed={
                "$type": "app.bsky.embed.record",
                "record": {"uri": "at://did:x/app.bsky.feed.generator/f"},
            },
        ),
        "app.bsky.feed.repost/3kz4lf3n2es2s": {
            "subject": {"uri": parent},
            "createdAt": "2024-08-07T10:00:00Z",
        },
        "app.bsky.feed.repost/3kz4lf3n2es2t": {"subject": {}, "createdAt": "2024-08-07T10:00:00Z"},
        "app.bsky.feed.like/3kz4lf3n2es2u": {"subject": {"uri": parent}, "createdAt": "2024-08-07T10:00:00Z"},
    }
    path = tmp_path / "repo.car"
    path.write_bytes(build_car(DID, records, drop=("app.bsky.feed.post/3kz4lf3n2es2n",)))
    return path


def test_synthetic_quirks(tmp_path: Path) -> None:
    c = B.collect(_synthetic(tmp_path))
    # 13 records = 7 posts (6 post records + 1 repost) + 5 rejects + 1 like excluded;
    # 1 time without offset counted.
    assert_balanced(c)
    row = c.sources.iloc[0]
    assert (row["records_read"], row["posts"], row["rejects"], row["excluded"]) == (13, 7, 5, 1)
    assert c.naive_times == 1
    assert dict(zip(c.rejects["locator"].str.rpartition("/")[2], c.rejects["reason"], strict=True)) == {
        "notatid": "no valid createdAt and the record key is not a TID",
        "3kz4lf3n2es2m": "post record without a text string",
        "3kz4lf3n2es2n": "record block missing from the CAR or not a map",
        "3kz4lf3n2es2p": "reply without a parent at-URI",
        "3kz4lf3n2es2t": "repost without a subject at-URI",
    }
    by_text = c.posts.set_index("text")
    assert by_text.loc["offset time", "created_at"] == pd.Timestamp("2024-08-07 09:14:24", tz="UTC")
    assert by_text.loc["naive time", "created_at"] == pd.Timestamp("2024-08-07 09:14:25", tz="UTC")
    assert by_text.loc["no createdAt: TID time", "created_at"] == tid_time("3kz4lf3n2es2l")
    reply = by_text.loc["Sorry about that!"]
    assert (reply["kind"], reply["lang"], reply["reply_to_account"]) == ("reply", "en", "did:plc:customer")
    assert reply["parent_created_at"] == tid_time("3kly5whjwmc2v")
    assert by_text.loc["look at this", "kind"] == "quote"
    assert by_text.loc["a feed, not a quote", "kind"] == "post"


def test_folder_and_zip_of_cars(tmp_path: Path) -> None:
    folder = tmp_path / "repos"
    folder.mkdir()
    for car in (BNEWBOLD, PAUL):
        (folder / car.name).write_bytes(car.read_bytes())
    packed = tmp_path / "repos.zip"
    with zipfile.ZipFile(packed, "w") as zf:
        for car in (BNEWBOLD, PAUL):
            zf.write(car, f"export/{car.name}")
    for path in (folder, packed):
        assert sniff(path).name == "bluesky"
        c = collect(path)
        assert_balanced(c)
        assert len(c.posts) == 24 + 116 and len(c.sources) == 2
    assert sniff(BNEWBOLD).name == "bluesky"


def test_whole_file_problems(tmp_path: Path) -> None:
    data = PAUL.read_bytes()
    cut = tmp_path / "cut.car"
    cut.write_bytes(data[:5000])
    assert B.sniff(cut)
    with pytest.raises(
        InputError, match=r"cut\.car:byte \d+ \(block \d+ of \d+ bytes runs past the end at 5000\)"
    ):
        B.collect(cut)
    not_a_repo = tmp_path / "plain.car"
    not_a_repo.write_bytes(_car_without_commit())
    with pytest.raises(InputError, match="not a repository commit"):
        B.collect(not_a_repo)
    junk = tmp_path / "junk.car"
    junk.write_bytes(b"\x00\x01 not a car")
    assert not B.sniff(junk) and not looks_like_car(b"")
    with pytest.raises(InputError, match="not a readable CAR file"):
        B.collect(junk)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not B.sniff(empty)
    with pytest.raises(InputError, match=r"no .car repository in this folder or zip"):
        B.collect(empty)


def _car_without_commit() -> bytes:
    """A valid CAR whose root block is a plain map, not a commit."""
    import hashlib

    import libipld

    block = libipld.encode_dag_cbor({"hello": "world"})
    cid = b"\x01\x71\x12\x20" + hashlib.sha256(block).digest()
    header = libipld.encode_dag_cbor({"roots": [cid], "version": 1})
    return bytes([len(header)]) + header + bytes([len(cid) + len(block)]) + cid + block


def test_at_uri() -> None:
    assert parse_at_uri("at://did:plc:a/app.bsky.feed.post/3k") == ("did:plc:a", "app.bsky.feed.post", "3k")
    assert parse_at_uri("at://did:plc:a/app.bsky.feed.post") is None
    assert parse_at_uri(42) is None
