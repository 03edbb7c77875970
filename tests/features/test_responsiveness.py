"""Reply detection and latency rules on tiny hand-made exports (through `extract`)."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pytest

from features import FeatureResult, extract

T0 = pd.Timestamp("2024-03-12T14:00:00Z")  # a Tuesday, 10:00 in New York
ROSTER = [
    {"person_id": "ana", "display_name": "Ana B", "account": "ana_b", "timezone": "America/New_York"},
    {"person_id": "bob", "display_name": "Bob K", "account": "bob_k"},
]
PEOPLE = {"ana_b": "ana", "bob_k": "bob"}  # staff accounts -> person (rows by them are staff posts)


def at(minutes: float) -> str:
    return (T0 + pd.Timedelta(minutes=minutes)).isoformat()


def post(post_id: str, account: str, when: float | str, text: str = "text", **extra: Any) -> dict[str, Any]:
    """A row: `when` is minutes after T0 or an ISO time; staff accounts get their person_id."""
    created = at(when) if isinstance(when, (int, float)) else when
    row = {"post_id": post_id, "account": account, "created_at": created, "text": text, **extra}
    if account in PEOPLE:
        row.setdefault("person_id", PEOPLE[account])
    return row


def reply(post_id: str, account: str, when: float | str, to: str, **extra: Any) -> dict[str, Any]:
    return post(post_id, account, when, extra.pop("text", "reply"), reply_to_id=to, kind="reply", **extra)


def run(
    split_posts: Any, make_roster: Any, rows: list[dict[str, Any]], roster: list[dict[str, Any]]
) -> FeatureResult:
    staff, everything = split_posts(rows)
    return extract(staff, all_posts=everything, roster=make_roster(roster))


def reply_of(result: FeatureResult, post_id: str) -> pd.Series:
    rows = result.replies[result.replies["post_id"] == post_id]
    assert len(rows) == 1, f"{post_id} is not exactly one reply"
    return rows.iloc[0]


def test_explicit_reply_link(split_posts: Any, make_roster: Any) -> None:
    rows = [post("x:1", "citizen42", 0, "@ana_b is the 5 running?"), reply("x:2", "ana_b", 30, "x:1")]
    result = run(split_posts, make_roster, rows, ROSTER)
    got = reply_of(result, "x:2")
    assert (got["inbound_id"], got["inbound_account"], got["latency_s"]) == ("x:1", "citizen42", 1800.0)
    assert got["business_latency_s"] == 1800.0 and not got["off_hours"]
    people = result.person_features.set_index("person_id")
    assert people.loc["ana", "responsiveness__n"] == 1
    assert people.loc["ana", "responsiveness__median_latency_s"] == 1800.0
    assert people.loc["ana", "responsiveness__share_within_1h"] == 1.0
    assert people.loc["bob", "responsiveness__n"] == 0
    assert math.isnan(people.loc["bob", "responsiveness__median_latency_s"])


def test_weekend_business_latency_and_off_hours(split_posts: Any, make_roster: Any) -> None:
    rows = [
        post("x:1", "citizen42", "2024-03-08T21:00:00Z"),  # Fri 16:00 EST
        reply("x:2", "ana_b", "2024-03-11T14:00:00Z", "x:1"),  # Mon 10:00 EDT (clocks changed on Sunday)
        post("x:3", "citizen42", "2024-03-09T15:00:00Z"),  # Saturday
        reply("x:4", "ana_b", "2024-03-09T16:00:00Z", "x:3"),
    ]
    result = run(split_posts, make_roster, rows, ROSTER)
    weekend, saturday = reply_of(result, "x:2"), reply_of(result, "x:4")
    assert [weekend["latency_s"], weekend["business_latency_s"], weekend["off_hours"]] == [
        65 * 3600,
        7200,
        False,
    ]
    assert [saturday["latency_s"], saturday["business_latency_s"], saturday["off_hours"]] == [3600, 0, True]
    ana = result.person_features.set_index("person_id").loc["ana"]
    assert ana["responsiveness__off_hours_share"] == 0.5
    assert ana["responsiveness__median_business_latency_s"] == 3600.0  # median of 0 and 7200


def test_business_latency_follows_each_repliers_own_schedule(split_posts: Any, make_roster: Any) -> None:
    # the same half hour (Tue 12:00-12:30 UTC) is working time for bob (roster defaults: UTC)
    # but before 09:00 for ana in New York; people sharing a schedule are computed together
    roster = [*ROSTER, {"person_id": "cy", "display_name": "Cy D", "account": "cy_d"}]
    rows = [
        post("x:1", "citizen42", "2024-03-12T12:00:00Z"),
        reply("x:2", "bob_k", "2024-03-12T12:30:00Z", "x:1"),
        reply("x:3", "ana_b", "2024-03-12T12:30:00Z", "x:1"),
        reply("x:4", "cy_d", "2024-03-12T12:30:00Z", "x:1", person_id="cy"),
    ]
    result = run(split_posts, make_roster, rows, roster)
    got = {pid: reply_of(result, pid) for pid in ("x:2", "x:3", "x:4")}
    assert [(r["latency_s"], r["business_latency_s"], r["off_hours"]) for r in got.values()] == [
        (1800, 1800, False),
        (1800, 0, True),
        (1800, 1800, False),
    ]


def test_slack_thread_parent_is_latest_earlier_message_by_another_account(
    split_posts: Any, make_roster: Any
) -> None:
    thread = {"platform": "slack", "thread_id": "C1/100.0", "kind": "message"}
    rows = [
        post("slack:C1/100.0", "ana_b", 0, "Question?", **thread),
        post("slack:C1/101.0", "dev9", 10, **thread),
        post("slack:C1/102.0", "bob_k", 15, **thread),
        post("slack:C1/103.0", "ana_b", 40, **thread),
        post("slack:C1/104.0", "ana_b", 45, **thread),
    ]
    result = run(split_posts, make_roster, rows, ROSTER)
    assert "slack:C1/100.0" not in set(result.replies["post_id"])  # the thread's root is no reply
    bob = reply_of(result, "slack:C1/102.0")
    assert (bob["inbound_id"], bob["latency_s"]) == ("slack:C1/101.0", 300.0)
    first = reply_of(result, "slack:C1/103.0")
    assert (first["inbound_id"], first["latency_s"]) == ("slack:C1/102.0", 25 * 60.0)
    second = reply_of(result, "slack:C1/104.0")  # ana's own message in between does not count
    assert (second["inbound_id"], second["latency_s"]) == ("slack:C1/102.0", 30 * 60.0)


def test_self_replies_and_self_threads_are_excluded_and_counted(split_posts: Any, make_roster: Any) -> None:
    thread = {"platform": "slack", "thread_id": "C1/200.0", "kind": "message"}
    rows = [
        post("x:1", "ana_b", 0, "1/ a thread"),
        reply("x:2", "ana_b", 1, "x:1", reply_to_account="ana_b"),
        post("slack:C1/200.0", "ana_b", 0, **thread),
        post("slack:C1/201.0", "ana_b", 5, **thread),
    ]
    result = run(split_posts, make_roster, rows, ROSTER)
    assert result.replies.empty
    assert result.counts["self_replies_excluded"] == 2


def test_shared_account(split_posts: Any, make_roster: Any) -> None:
    roster = [
        *ROSTER,
        {"person_id": "ana", "account": "rivertransit", "signature": "^AB"},
        {"person_id": "bob", "account": "rivertransit", "signature": "^BK"},
    ]
    rows = [
        post("x:1", "rivertransit", 0, "Service update"),  # unsigned: not attributed to staff
        reply("x:2", "rivertransit", 20, "x:1", text="More soon ^AB", person_id="ana"),
        post("x:3", "rivertransit", 30, "Detour ^BK", person_id="bob"),
        reply("x:4", "rivertransit", 35, "x:3", text="Also ^AB", person_id="ana"),
    ]
    result = run(split_posts, make_roster, rows, roster)
    assert list(result.replies["post_id"]) == ["x:2"]  # a reply to the unattributed post counts
    assert result.counts["self_replies_excluded"] == 1  # the same account continuing a colleague's thread


def test_negative_latency_goes_to_rejects(split_posts: Any, make_roster: Any) -> None:
    rows = [reply("x:9", "ana_b", 0, "x:8", reply_to_account="citizen42", parent_created_at=at(60))]
    result = run(split_posts, make_roster, rows, ROSTER)
    assert result.replies.empty
    assert result.counts["negative_latency_rejected"] == 1
    [reject] = result.rejects.to_dict("records")
    assert reject["locator"] == "x:9" and reject["source"] == "test.jsonl"
    assert "negative reply latency (-3600 s)" in reject["reason"]


def test_parent_time_from_the_collector_and_unknown_parents(split_posts: Any, make_roster: Any) -> None:
    rows = [
        reply("x:2", "ana_b", 90, "x:1", reply_to_account="citizen42", parent_created_at=at(0)),
        reply("x:3", "ana_b", 95, "x:0"),  # parent neither in the export nor dated
        # two replies in one conversation whose other messages are not in the export
        reply("x:11", "ana_b", 20, "x:10", thread_id="x:10", parent_created_at=at(5)),
        reply("x:13", "ana_b", 50, "x:12", thread_id="x:10", parent_created_at=at(40)),
    ]
    result = run(split_posts, make_roster, rows, ROSTER)
    got = reply_of(result, "x:2")
    assert (got["inbound_id"], got["inbound_account"], got["latency_s"]) == ("x:1", "citizen42", 5400.0)
    assert reply_of(result, "x:13")["latency_s"] == 600.0  # not a self-thread: it has a reply link
    assert result.counts["replies_without_parent_time"] == 1
    assert result.counts["reply_candidates"] == 4


def test_reply_rate(split_posts: Any, make_roster: Any) -> None:
    rows = [
        post("x:1", "ana_b", 0, "New timetable out"),
        reply("x:2", "cit1", 10, "x:1", text="Where?"),  # a reply to ana's post ...
        reply("x:3", "ana_b", 130, "x:2"),  # ... answered after 2 h
        post("x:4", "cit2", 60, "hey @ana_b what about route 9"),  # a mention never answered
        post("x:5", "cit3", 70, "@Ana_B hello"),  # a mention answered after four days: too late
        reply("x:6", "ana_b", 70 + 4 * 24 * 60, "x:5"),
        post("x:7", "bob_k", 80, "cc @ana_b"),  # a colleague is not the public
        post("x:8", "cit4", 70 + 4 * 24 * 60 - 5, "@ana_b ?"),  # in the export's last 72 h: outcome unknown
    ]
    result = run(split_posts, make_roster, rows, ROSTER)
    people = result.person_features.set_index("person_id")
    assert people.loc["ana", "responsiveness__n_inbound"] == 3
    assert people.loc["ana", "responsiveness__reply_rate"] == pytest.approx(1 / 3)
    assert result.counts["inbound_censored"] == 1
    assert people.loc["bob", "responsiveness__n_inbound"] == 0
    assert math.isnan(people.loc["bob", "responsiveness__reply_rate"])
    unanswered = result.feature_evidence.query("feature == 'responsiveness__reply_rate' and strength < 0")
    assert set(unanswered["post_id"]) == {"x:4", "x:5"}
    assert any("unanswered message from @cit2" in n for n in unanswered["note"])


def test_owner_lookup_tells_a_missing_account_from_the_account_named_nan(make_roster: Any) -> None:
    from features.responsiveness import _owner_lookup
    from features.roster import RosterIndex

    roster = RosterIndex.from_frame(
        make_roster([{"person_id": "ana", "platform": "x", "account": "nan"}, *ROSTER])
    )
    parents = pd.DataFrame(
        {"plat": ["x", "x", "x", "x"], "acct": [None, "nan", None, "nan"]}, index=[7, 3, 5, 1]
    )
    owners = _owner_lookup(parents, "plat", "acct", roster)
    assert owners.index.tolist() == [7, 3, 5, 1]
    assert owners.tolist() == [None, "ana", None, "ana"]
