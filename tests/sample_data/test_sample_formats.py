"""The committed sample's files look like real exports (FORMATS.md): layouts, ids, quirks."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sample_readers import (
    COMMITTED,
    inbox_rows,
    load_js,
    mastodon_archives,
    read_csv,
    slack_messages,
    x_archives,
)

EXPORTS = COMMITTED / "exports"
X_EPOCH_MS = 1288834974657
CHICAGO = ZoneInfo("America/Chicago")


def x_time(created_at: str) -> float:
    return datetime.strptime(created_at, "%a %b %d %H:%M:%S %z %Y").timestamp()


def test_x_archives_parse_and_ids_encode_their_time() -> None:
    archives = x_archives(EXPORTS)
    assert len(archives) == 6
    kinds: Counter[str] = Counter()
    for handle, files in archives.items():
        manifest = load_js(files["data/manifest.js"])
        assert files["data/manifest.js"].startswith("window.__THAR_CONFIG = {")
        assert manifest["userInfo"]["userName"] == handle
        for name, text in files.items():
            if name.startswith("data/") and name.endswith(".js") and name != "data/manifest.js":
                assert text.startswith("window.YTD."), name
                load_js(text)
        for data_type in manifest["dataTypes"].values():
            for part in data_type.get("files", []):
                items = load_js(files[part["fileName"]])
                assert str(len(items)) == part["count"], part["fileName"]
                assert files[part["fileName"]].startswith(f"window.{part['globalName']} = ")
        tweets = [t["tweet"] for t in load_js(files["data/tweets.js"])]
        ids = [int(t["id_str"]) for t in tweets]
        assert ids == sorted(ids, reverse=True), "newest first, like real archives"
        for t in tweets:
            assert t["id"] == t["id_str"] and isinstance(t["favorite_count"], str)
            assert ((int(t["id_str"]) >> 22) + X_EPOCH_MS) // 1000 == x_time(t["created_at"])
            text = t["full_text"]
            assert "<" not in text and ">" not in text and not re.search(r"&(?!amp;|lt;|gt;)", text)
            parent = t.get("in_reply_to_status_id_str")
            if parent:
                assert (int(parent) >> 22) + X_EPOCH_MS < (int(t["id_str"]) >> 22) + X_EPOCH_MS
            if text.startswith("RT @"):
                kinds["retweet"] += 1
                assert t["entities"]["user_mentions"][0]["indices"] == [
                    "3",
                    str(3 + len(t["entities"]["user_mentions"][0]["screen_name"]) + 1),
                ]
            elif any("/status/" in u["expanded_url"] for u in t["entities"]["urls"]):
                kinds["quote"] += 1
            elif parent and t.get("in_reply_to_screen_name") == handle:
                kinds["self-thread"] += 1
            elif "in_reply_to_user_id_str" in t:
                kinds["reply"] += 1
                assert text.startswith("@" + t["in_reply_to_screen_name"])
            for url in t["entities"]["urls"]:
                start, end = map(int, url["indices"])
                assert url["url"].startswith("https://t.co/") and url["url"] in text
            if "edit" in t["edit_info"]:
                kinds["edited"] += 1
                chain = t["edit_info"]["edit"]["editControlInitial"]["editTweetIds"]
                assert t["edit_info"]["edit"]["initialTweetId"] == chain[0] and t["id_str"] == chain[-1]
        notes = load_js(files["data/note-tweet.js"])
        by_second = {x_time(t["created_at"]): t for t in tweets}
        for note in notes:
            created = datetime.fromisoformat(
                note["noteTweet"]["createdAt"].replace("Z", "+00:00")
            ).timestamp()
            tweet = by_second[int(created)]
            assert note["noteTweet"]["core"]["text"].startswith(
                tweet["full_text"].removesuffix("…").replace("&amp;", "&")
            )
            kinds["note"] += 1
        kinds["deleted"] += len(load_js(files["data/deleted-tweets.js"]))
    assert min(kinds.values()) >= 1 and len(kinds) == 7, kinds


def test_mastodon_outbox_quirks() -> None:
    archives = mastodon_archives(EXPORTS)
    assert len(archives) == 4
    seen: Counter[str] = Counter()
    for files in archives.values():
        raw = files["outbox.json"]
        assert '"orderedItems":[],"orderedItems":[' in raw
        outbox = json.loads(raw)
        items = outbox["orderedItems"]
        assert outbox["totalItems"] != len(items)
        published = [it["published"] for it in items]
        assert published != sorted(published), "items are in database batch order, not by time"
        actor = json.loads(files["actor.json"])
        assert actor["type"] == "Person" and actor["outbox"] == "outbox.json"
        for item in items:
            assert item["to"] == ["https://www.w3.org/ns/activitystreams#Public"]
            sid = int(item["id"].split("/statuses/")[1].split("/")[0])
            stamp = datetime.fromisoformat(item["published"].replace("Z", "+00:00")).timestamp()
            assert (sid >> 16) // 1000 == stamp
            if item["type"] == "Announce":
                seen["boost"] += 1
                assert isinstance(item["object"], str) and "/statuses/" in item["object"]
                continue
            note = item["object"]
            assert note["content"].startswith("<p>") and note["contentMap"]["en"] == note["content"]
            assert note["conversation"].startswith("tag:")
            if "updated" in note:
                seen["edited"] += 1
            if 'class="h-card"' in note["content"]:
                seen["mention"] += 1
                assert any(t["type"] == "Mention" for t in note["tag"])
            if note["inReplyTo"]:
                seen["reply"] += 1
                parent = int(note["inReplyTo"].rsplit("/", 1)[1])
                assert (parent >> 16) < (sid >> 16)
                assert re.fullmatch(r"https://[\w.-]+/users/\w+/statuses/\d+", note["inReplyTo"])
    assert len(seen) == 4 and min(seen.values()) >= 3, seen


def test_slack_day_files_threads_and_system_messages() -> None:
    messages = list(slack_messages(EXPORTS))
    users = {u["id"] for u in json.loads((EXPORTS / "slack/users.json").read_text("utf-8"))}
    channels = json.loads((EXPORTS / "slack/channels.json").read_text("utf-8"))
    assert {c["name"] for c in channels} == {p.name for p in (EXPORTS / "slack").iterdir() if p.is_dir()}
    assert "\\/" in (EXPORTS / "slack/users.json").read_text("utf-8"), "slashes escaped like Slack's exporter"
    by_ts = {(ch, m["ts"]): (day, m) for ch, day, m in messages}
    assert len(by_ts) == len(messages), "ts is unique within a channel"
    subtypes = Counter(m.get("subtype", "") for _, _, m in messages)
    assert (
        subtypes["channel_join"] >= 3 and subtypes["bot_message"] >= 20 and subtypes["thread_broadcast"] >= 1
    )
    later_day = edited = 0
    replies: Counter[tuple[str, str]] = Counter()
    for channel, day, m in messages:
        local = datetime.fromtimestamp(float(m["ts"]), UTC).astimezone(CHICAGO)
        assert local.date().isoformat() == day, "day files are named in the workspace's local time"
        for mentioned in re.findall(r"<@(U\w+)>", m["text"]):
            assert mentioned in users
        edited += "edited" in m
        if "parent_user_id" in m:
            parent_day, parent = by_ts[(channel, m["thread_ts"])]
            assert parent["user"] == m["parent_user_id"] and float(parent["ts"]) < float(m["ts"])
            replies[(channel, m["thread_ts"])] += 1
            later_day += day > parent_day
    for (channel, thread_ts), count in replies.items():
        parent = by_ts[(channel, thread_ts)][1]
        assert parent["reply_count"] == count == len(parent["replies"])
        assert parent["latest_reply"] == max(r["ts"] for r in parent["replies"])
    assert later_day >= 10 and edited >= 50 and len(replies) >= 500


def test_inbox_log_is_a_generic_posts_file() -> None:
    rows = inbox_rows(EXPORTS)
    assert list(rows[0]) == [
        "post_id",
        "platform",
        "account",
        "created_at",
        "text",
        "reply_to_id",
        "reply_to_account",
        "kind",
        "lang",
    ]
    ids = {r["post_id"]: r for r in rows}
    assert len(ids) == len(rows) and all(re.fullmatch(r"inbox:\d{6,}", i) for i in ids)
    signatures = {r["signature"] for r in read_csv(COMMITTED / "roster.csv") if r["signature"]}
    answered = set()
    own_account = 0
    for r in rows:
        stamp = datetime.fromisoformat(r["created_at"])
        assert stamp.utcoffset() is not None and r["platform"] == "inbox"
        if r["reply_to_id"]:
            parent = ids[r["reply_to_id"]]
            assert datetime.fromisoformat(parent["created_at"]) < stamp and r["kind"] == "reply"
            assert r["reply_to_account"] == parent["account"]
            answered.add(r["reply_to_id"])
        else:
            assert r["kind"] == "post" and r["account"].isdigit()
        if r["account"] == "RivertonTransit":
            assert r["text"].rsplit(" ", 1)[-1] in signatures
        elif not r["account"].isdigit():
            own_account += 1
    inbound = [r for r in rows if r["kind"] == "post"]
    unanswered = [r for r in inbound if r["post_id"] not in answered]
    assert 0.05 * len(inbound) < len(unanswered) < 0.4 * len(inbound)
    assert own_account >= 5
    assert {r["lang"] for r in rows} == {"en", "es"}
