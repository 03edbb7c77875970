"""collectors.live_bluesky against a local server shaped like the Bluesky XRPC API.

The author feed run meets a spent rate limit (RateLimit-Remaining 0, epoch-seconds reset), a
503, a truncated body and an empty last page; the written posts.jsonl is read by the generic
collector and must carry the same ids and fields as the same records read from a .car.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from collector_helpers import BNEWBOLD, assert_balanced
from live_server import FakeTime, Reply, Script, serve

from collectors import collect
from collectors.bluesky import BlueskyCollector
from collectors.live_bluesky import collect_bluesky, feed_row
from collectors.live_http import Fetcher, LiveError, RetryPolicy
from signals.commands.collect import collect as collect_cli
from signals.ground.errors import InputError

START = datetime(2024, 8, 1, tzinfo=UTC)
ME = "did:plc:nhxcyu4ewwhl5pqil4dotqjo"
OTHER = "did:plc:oio4hkxaop4ao4wz2pp3f4cr"
FEED = "/xrpc/app.bsky.feed.getAuthorFeed"
PROFILE = "/xrpc/app.bsky.actor.getProfile"


def _car_records() -> dict[str, dict]:
    """The real repository's post records, to serve as feed items."""
    import libipld

    from collectors.bluesky import read_repo

    def jsonable(value: object) -> object:  # CIDs (bytes) as the API writes them: {"$link": ...}
        if isinstance(value, bytes):
            return {"$link": libipld.encode_cid(value)}
        if isinstance(value, dict):
            return {k: jsonable(v) for k, v in value.items()}
        if isinstance(value, list):
            return [jsonable(v) for v in value]
        return value

    repo = read_repo(BNEWBOLD.read_bytes(), where="car")
    return {key: jsonable(rec) for key, rec in repo.records if key.startswith("app.bsky.feed.")}


def _view(key: str, record: dict, author: str = ME) -> dict:
    uri = f"at://{author}/{key}"
    return {
        "post": {
            "uri": uri,
            "cid": "bafy",
            "author": {"did": author, "handle": "x.test"},
            "record": record,
            "indexedAt": record.get("createdAt"),
        }
    }


def _script() -> Script:
    records = _car_records()
    posts = [k for k in records if k.startswith("app.bsky.feed.post/")]
    newest_first = sorted(posts, key=lambda k: records[k]["createdAt"], reverse=True)
    page1 = [_view(k, records[k]) for k in newest_first[:12]]
    repost = {
        "post": _view(
            "app.bsky.feed.post/3kly6ksx2kk27",
            {"text": "theirs", "createdAt": "2024-02-22T06:30:00Z"},
            author="did:plc:xgs3qrwos3dwxmixoflcxrhu",
        )["post"],
        "reason": {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": {"did": ME, "handle": "x.test"},
            "indexedAt": "2024-02-22T06:37:22.782Z",
            "uri": f"at://{ME}/app.bsky.feed.repost/3klyeqyfh3k26",
        },
    }
    someone_else = _view(
        "app.bsky.feed.post/3kaaaaaaaaa22",
        {"text": "not mine", "createdAt": "2024-01-01T00:00:00Z"},
        author=OTHER,
    )
    pinned = dict(page1[0], reason={"$type": "app.bsky.feed.defs#reasonPin"})
    page2 = [_view(k, records[k]) for k in newest_first[12:]] + [repost, someone_else, pinned]
    s = Script()
    s.on(PROFILE, Reply(200, {"did": ME, "handle": "bnewbold.robocracy.org"}))
    s.on(
        FEED,
        Reply(
            200,
            {"feed": page1, "cursor": "c1"},
            {"RateLimit-Remaining": "0", "RateLimit-Reset": str(int(START.timestamp()) + 60)},
        ),
        actor=ME,
        limit="100",
    )
    s.on(
        FEED,
        Reply(503, {"error": "Unavailable"}),
        Reply(200, {"feed": page2}, truncate=True),
        Reply(200, {"feed": page2, "cursor": "c2"}),
        actor=ME,
        limit="100",
        cursor="c1",
    )
    s.on(FEED, Reply(200, {"feed": [], "cursor": "c3"}), actor=ME, limit="100", cursor="c2")
    return s


def _run(base: str, out: Path, **kw: object):
    fake = FakeTime(START)
    with Fetcher(clock=fake.clock, sleep=fake.sleep, policy=RetryPolicy(max_retries=3)) as fetcher:
        return collect_bluesky("bnewbold.robocracy.org", out, service=base, fetcher=fetcher, **kw), fake  # type: ignore[arg-type]


def test_author_feed_matches_the_car(tmp_path: Path) -> None:
    script = _script()
    with serve(script) as base:
        result, fake = _run(base, tmp_path / "out")
    assert fake.sleeps == [60.0, 1.0, 2.0]  # reset in 60 s; backoff after the 503, after the truncated body
    # 23 posts and 1 repost kept; the pinned copy and someone else's post left out; 3 pages (the last empty).
    assert (result.new, result.total, result.pages) == (24, 24, 3)
    live = collect(result.out)
    assert_balanced(live)
    assert set(live.sources["format"]) == {"generic"}
    car = BlueskyCollector().collect(BNEWBOLD)
    cols = [
        "post_id",
        "account",
        "created_at",
        "text",
        "kind",
        "reply_to_id",
        "reply_to_account",
        "parent_created_at",
        "thread_id",
        "lang",
        "platform",
    ]
    assert live.posts[cols].equals(car.posts[cols]) or _diff(live.posts[cols], car.posts[cols])


def _diff(a, b) -> bool:
    for col in a.columns:
        for x, y in zip(a[col], b[col], strict=True):
            assert x == y or (x != x and y != y) or (x is None and y is None), (col, x, y)
    return True


def test_resume_stops_at_known_posts(tmp_path: Path) -> None:
    script = _script()
    with serve(script) as base:
        _run(base, tmp_path / "out")
        script.routes.clear()
        script.seen.clear()
        newer = _view(
            "app.bsky.feed.post/3lkaaaaaaaa22", {"text": "a new one", "createdAt": "2025-03-09T00:00:00Z"}
        )
        first = json.loads((tmp_path / "out" / "posts.jsonl").read_text().splitlines()[0])
        known = _view(
            first["post_id"].split(f"{ME}/")[1], {"text": first["text"], "createdAt": first["created_at"]}
        )
        script.on(PROFILE, Reply(200, {"did": ME}))
        script.on(FEED, Reply(200, {"feed": [newer, known], "cursor": "more"}), actor=ME, limit="100")
        result, _ = _run(base, tmp_path / "out")
    assert (result.new, result.total, result.pages) == (1, 25, 1)
    assert [p for p, _ in script.seen].count(FEED) == 1


def test_car_route_and_errors(tmp_path: Path) -> None:
    s = Script()
    s.on("/xrpc/com.atproto.identity.resolveHandle", Reply(200, {"did": ME}))
    s.on("/xrpc/com.atproto.sync.getRepo", Reply(200, BNEWBOLD.read_bytes()), did=ME)
    with serve(s) as base:
        result, _ = _run(base, tmp_path / "car", car=True)
        assert result.out.name == "did_plc_nhxcyu4ewwhl5pqil4dotqjo.car" and result.total == 38
        c = collect(tmp_path / "car")
        assert len(c.posts) == 24
        s.on("/xrpc/com.atproto.sync.getRepo", Reply(200, b"not a car"), did=ME)
        with pytest.raises(InputError, match="not a readable CAR file"):
            _run(base, tmp_path / "bad", car=True)
        s.on(PROFILE, Reply(400, {"error": "InvalidRequest", "message": "Profile not found"}))
        with pytest.raises(InputError, match="HTTP 400 .*InvalidRequest: Profile not found"):
            _run(base, tmp_path / "none")
        s.on(PROFILE, Reply(200, {"did": ME}))
        s.on(FEED, Reply(200, {"nofeed": True}))
        with pytest.raises(LiveError, match="returned no feed list"):
            _run(base, tmp_path / "none")


def test_feed_row_shapes() -> None:
    assert feed_row({"post": "x"}, ME) is None
    assert (
        feed_row({"reason": {"$type": "app.bsky.feed.defs#reasonRepost"}, "post": {"uri": "bad"}}, ME) is None
    )
    named = {
        "post": {"uri": f"at://{OTHER}/app.bsky.feed.post/3kaaaaaaaaa22", "author": {"did": OTHER}},
        "reason": {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": {"did": ME},
            "indexedAt": "2024-01-01T00:00:00Z",
            "uri": f"at://{ME}/app.bsky.feed.repost/3kbbbbbbbbb22",
        },
    }
    row = feed_row(named, ME)
    assert row is not None and row["post_id"] == f"bluesky:at://{ME}/app.bsky.feed.repost/3kbbbbbbbbb22"
    assert (row["kind"], row["reply_to_account"], row["created_at"]) == (
        "repost",
        OTHER,
        "2024-01-01T00:00:00+00:00",
    )


def test_cli_commands(tmp_path: Path) -> None:
    s = Script()
    s.on(PROFILE, Reply(200, {"did": ME}))
    s.on(
        FEED,
        Reply(
            200,
            {
                "feed": [
                    _view(
                        "app.bsky.feed.post/3kz4lf3n2es2j",
                        {"text": "hi", "createdAt": "2024-08-07T09:14:24Z"},
                    )
                ]
            },
        ),
    )
    s.on("/api/v1/accounts/lookup", Reply(200, {"id": "1", "username": "alice", "acct": "alice"}))
    s.on("/api/v1/accounts/1/statuses", Reply(200, []))
    runner = CliRunner()
    with serve(s) as base:
        out = runner.invoke(
            collect_cli, ["bluesky", "--actor", "x.test", "--service", base, "--out", str(tmp_path / "b")]
        )
        assert out.exit_code == 0, out.output
        assert "1 new posts (1 in all)" in out.output
        out = runner.invoke(
            collect_cli, ["mastodon", "--server", base, "--account", "alice", "--out", str(tmp_path / "m")]
        )
        assert out.exit_code == 0, out.output
    assert (tmp_path / "m" / "outbox.json").is_file() and (tmp_path / "m" / "actor.json").is_file()
    for args in (["--help"], ["mastodon", "--help"], ["bluesky", "--help"]):
        assert runner.invoke(collect_cli, args).exit_code == 0
