"""collectors.live_mastodon against a local server shaped like the Mastodon REST API.

The scripted run meets a 500 on the account lookup, a spent rate limit (Remaining 0 with an
ISO Reset), a 429 with Reset, a truncated body and an empty last page; the written folder
is then read by the mastodon collector like a real archive.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from collector_helpers import assert_balanced, post_by_id
from live_server import FakeTime, Reply, Script, serve

from collectors import collect
from collectors.live_http import Fetcher, LiveError, RetryPolicy, parse_reset
from collectors.live_mastodon import collect_mastodon, normalize_server
from signals.ground.errors import InputError

START = datetime(2024, 1, 1, tzinfo=UTC)
STATUSES = "/api/v1/accounts/1090000000000001/statuses"
ALICE = {
    "id": "1090000000000001",
    "username": "alice",
    "acct": "alice",
    "display_name": "Alice Transit",
    "url": "{base}/@alice",
    "created_at": "2022-11-01T00:00:00.000Z",
}
BOB = {"id": "2", "username": "bob", "acct": "bob@other.example.net", "url": "https://other.example.net/@bob"}


def status_id(iso: str, seq: int = 7) -> str:
    ms = int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() * 1000)
    return str(ms << 16 | seq)


def status(iso: str, content: str, base: str, **extra: object) -> dict:
    sid = status_id(iso)
    return {
        "id": sid,
        "created_at": iso,
        "uri": f"{base}/users/alice/statuses/{sid}",
        "url": f"{base}/@alice/{sid}",
        "visibility": "public",
        "language": "en",
        "content": content,
        "mentions": [],
        "reblog": None,
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "edited_at": None,
        **extra,
    }


def script_for(base_hint: str = "{base}") -> Script:
    """The full scripted run. `{base}` in bodies is filled in once the port is known."""
    b = base_hint
    parent = status_id("2024-01-02T09:00:00.250Z", 3)
    page1 = [
        status(
            "2024-01-02T09:30:00.125Z",
            '<p><span class="h-card"><a href="https://other.example.net/@bob" class="u-url mention">'
            "@<span>bob</span></a></span> Sorry about that, fixed now!</p>",
            b,
            in_reply_to_id=parent,
            in_reply_to_account_id="2",
            mentions=[BOB],
            edited_at="2024-01-02T09:31:00.000Z",
        ),
        status(
            "2024-01-02T08:00:00.000Z",
            "",
            b,
            uri=f"{b}/users/alice/statuses/{status_id('2024-01-02T08:00:00.000Z')}/activity",
            reblog={"uri": "https://other.example.net/users/bob/statuses/1", "id": "99"},
        ),
    ]
    page2 = [
        status("2024-01-01T12:00:00.000Z", "<p>Hello &amp; welcome to our new account!</p>", b),
        status("2023-12-31T10:00:00.500Z", "<p>Followers only</p>", b, visibility="private"),
    ]
    last_id = page2[-1]["id"]
    s = Script()
    s.on("/api/v1/accounts/lookup", Reply(500, {"error": "boom"}), Reply(200, ALICE))
    first_page_headers = {
        "Link": f'<{b}{STATUSES}?max_id={page1[-1]["id"]}>; rel="next", <{b}{STATUSES}?min_id=1>; rel="prev"',
        "X-RateLimit-Limit": "300",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "2024-01-01T00:00:30.000000Z",
    }
    s.on(STATUSES, Reply(200, page1, first_page_headers), limit="40")
    s.on(
        STATUSES,
        Reply(429, {"error": "Too many requests"}, {"X-RateLimit-Reset": "2024-01-01T00:00:40.000Z"}),
        Reply(200, page2, truncate=True),
        Reply(200, page2, {"Link": f'<{b}{STATUSES}?max_id={last_id}>; rel="next"'}),
        max_id=page1[-1]["id"],
    )
    s.on(STATUSES, Reply(200, []), max_id=last_id)  # an empty last page (still with no Link)
    return s


def _fill(script: Script, base: str) -> None:
    """Replace the `{base}` placeholder in every canned body with the server's URL."""
    for replies in script.routes.values():
        for r in replies:
            if not isinstance(r.body, bytes):
                r.body = json.loads(json.dumps(r.body).replace("{base}", base))
            r.headers = {k: v.replace("{base}", base) for k, v in r.headers.items()}


def fetch_into(base: str, tmp_path: Path, script: Script):
    """One collection run against the server at `base` (fake time: nothing really waits)."""
    _fill(script, base)
    fake = FakeTime(START)
    policy = RetryPolicy(max_retries=3, backoff_s=1.0)
    with Fetcher(clock=fake.clock, sleep=fake.sleep, policy=policy) as fetcher:
        return collect_mastodon(base, "@alice", tmp_path / "out", fetcher=fetcher), fake


def run(tmp_path: Path, script: Script):
    with serve(script) as base:
        result, fake = fetch_into(base, tmp_path, script)
    return result, fake, base


def test_full_run_with_every_kind_of_trouble(tmp_path: Path) -> None:
    script = script_for()
    result, fake, base = run(tmp_path, script)
    # sleeps: 1 s backoff after the 500; then, at 00:00:01, 29 s until the ISO reset 00:00:30
    # (Remaining 0); 10 s until the 429's reset 00:00:40; 2 s backoff after the truncated body
    # (the second retry of that request).
    assert fake.sleeps == [1.0, 29.0, 10.0, 2.0]
    assert (result.fetched, result.new, result.total, result.pages) == (4, 4, 4, 3)
    assert (result.requests, result.retries) == (7, 3)
    assert [q for p, q in script.seen if p == STATUSES][0] == {"limit": "40"}
    c = collect(result.out)
    # the written archive, read back: 4 items = 3 posts/replies + 1 boost, nothing rejected
    assert_balanced(c)
    assert set(c.sources["format"]) == {"mastodon"}
    host = base.removeprefix("http://").split(":")[0]
    assert set(c.posts["account"]) == {f"alice@{host}"}
    assert c.posts["kind"].value_counts().to_dict() == {"post": 2, "reply": 1, "repost": 1}
    reply = c.posts[c.posts["kind"] == "reply"].iloc[0]
    assert reply["text"] == "@bob Sorry about that, fixed now!"
    assert reply["reply_to_account"] == "bob@other.example.net"
    assert reply["parent_created_at"] == pd.Timestamp("2024-01-02 09:00:00.250", tz="UTC")  # id >> 16
    assert reply["created_at"] == pd.Timestamp("2024-01-02 09:30:00.125", tz="UTC")
    assert bool(reply["edited"]) and reply["lang"] == "en"
    netloc = base.removeprefix("http://")  # post ids keep the port; accounts name the host
    hello = post_by_id(c, f"mastodon:{netloc}/{status_id('2024-01-01T12:00:00.000Z')}")
    assert hello["text"] == "Hello & welcome to our new account!"


def test_resume_asks_only_for_newer_statuses(tmp_path: Path) -> None:
    script = script_for()
    with serve(script) as base:
        fetch_into(base, tmp_path, script)
        newest = status_id("2024-01-02T09:30:00.125Z")
        script.routes.clear()
        script.seen.clear()
        script.on("/api/v1/accounts/lookup", Reply(200, ALICE))
        fresh = status("2024-01-03T07:00:00.000Z", "<p>Good morning!</p>", "{base}")
        old = status("2024-01-02T09:30:00.125Z", "<p>already have it</p>", "{base}")
        script.on(STATUSES, Reply(200, [fresh, old]), limit="40", since_id=newest)
        result, fake = fetch_into(base, tmp_path, script)
    assert [q for p, q in script.seen if p == STATUSES] == [{"limit": "40", "since_id": newest}]
    assert (result.new, result.total, fake.sleeps) == (1, 5, [])
    c = collect(result.out)
    assert_balanced(c)
    assert len(c.posts) == 5 and c.posts["text"].iloc[-1] == "Good morning!"


def test_unknown_account_and_persistent_failure(tmp_path: Path) -> None:
    missing = Script()
    missing.on("/api/v1/accounts/lookup", Reply(404, {"error": "Record not found"}))
    with pytest.raises(InputError, match="HTTP 404 .*Record not found"):
        run(tmp_path, missing)
    down = Script()
    down.on("/api/v1/accounts/lookup", Reply(503, {"error": "down"}))
    with pytest.raises(LiveError, match="giving up after 4 attempts; last problem: HTTP 503"):
        run(tmp_path, down)
    assert len(down.seen) == 4  # 1 + 3 retries: bounded


def test_other_account_in_the_folder_is_refused(tmp_path: Path) -> None:
    run(tmp_path, script_for())
    actor = json.loads((tmp_path / "out" / "actor.json").read_text())
    actor["id"] = "https://elsewhere.example/users/carol"
    (tmp_path / "out" / "actor.json").write_text(json.dumps(actor))
    with pytest.raises(InputError, match="holds the export of https://elsewhere.example/users/carol"):
        run(tmp_path, script_for())


def test_helpers() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_reset("2020-09-08T13:25:00.019685Z", now) == datetime(
        2020, 9, 8, 13, 25, 0, 19685, tzinfo=UTC
    )
    assert parse_reset("1704067230", now) == datetime(2024, 1, 1, 0, 0, 30, tzinfo=UTC)  # epoch seconds
    assert parse_reset("30", now) == datetime(2024, 1, 1, 0, 0, 30, tzinfo=UTC)  # delta seconds
    assert parse_reset("soon", now) is None and parse_reset(None, now) is None
    assert normalize_server("mastodon.social/") == "https://mastodon.social"
    for bad in ("https://", "ftp://host", "://x"):
        with pytest.raises(InputError, match="not a server URL"):
            normalize_server(bad)
