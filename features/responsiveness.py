"""Responsiveness: which staff posts are replies, to what, after how long; inbound answered.

"Responsive: reply quickly and thoroughly; social media does not stop at 5 pm."

A reply is a staff post (not a repost) whose parent was written by someone else. The parent,
by the first rule that applies:

1. `reply_to_id` is a post of the export: its time, account and author;
2. no `reply_to_id` but a `thread_id` (Slack threads, DM conversations): the latest earlier
   message of the same thread by another account;
3. `parent_created_at` (derived by the collector from the parent's id) with `reply_to_account`;
4. none of these: the parent time is unknown; counted (`replies_without_parent_time`), excluded.

Self-replies (parent by the same person, or by the same account unless the account is shared
and the parent is not attributed to staff) and self-threads are counted and excluded. A negative
latency is a broken record: it goes to rejects. Everything here is vectorized pandas; the only
Python loops run over distinct accounts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from pandas.api.extensions import take

from features.lexical import handles, normalize_account
from features.roster import RosterIndex
from features.worktime import is_working_time, working_seconds_between
from signals.ground.config import REPLY_RATE_WINDOW_S
from signals.ground.membership import is_in, map_distinct_pairs
from signals.ground.schemas import POSTS, REJECTS, REPLIES, empty, validate

logger = logging.getLogger(__name__)


@dataclass
class ReplyResult:
    """Replies (schemas.REPLIES), inbound messages addressed to staff, rejects and counters."""

    replies: pd.DataFrame
    inbound: pd.DataFrame
    rejects: pd.DataFrame
    counts: dict[str, int] = field(default_factory=dict)


def combine_posts(staff_posts: pd.DataFrame, all_posts: pd.DataFrame) -> pd.DataFrame:
    """Every post once, with `person_id` (staff attribution wins) and a normalized `acct`."""
    cols = POSTS.names
    staff = staff_posts[[*cols, "person_id"]]
    others = all_posts[[*cols, *(["person_id"] if "person_id" in all_posts.columns else [])]]
    others = others[~is_in(others["post_id"], staff["post_id"])]
    if "person_id" not in others.columns:
        others = others.assign(person_id=None)
    parts = [p.astype({"person_id": object}) for p in (staff, others) if len(p)]
    posts = pd.concat(parts, ignore_index=True) if parts else staff.iloc[0:0].astype({"person_id": object})
    # a take of every row would copy every text: only when there is a duplicate to drop
    repeated = posts["post_id"].duplicated(keep="first").to_numpy()
    if repeated.any():
        posts = posts[~repeated].reset_index(drop=True)
    return posts.assign(acct=_map_unique(posts["account"], normalize_account))


def _map_unique(values: pd.Series, func: Callable[[object], object]) -> pd.Series:
    """`values.map(func)` calling `func` once per distinct value (accounts repeat a lot)."""
    lookup = {v: func(v) for v in values.dropna().unique()}
    return values.map(lookup).astype(object)


def _owner_lookup(posts: pd.DataFrame, platform: str, account: str, roster: RosterIndex) -> pd.Series:
    """Personal owner (person_id) of each row's (platform, account), else None (also for a
    missing account), looked up once per distinct pair."""

    def owner(plat: object, acc: object) -> object:
        return roster.personal_owner(plat, acc) if isinstance(acc, str) else None

    owners = map_distinct_pairs(posts[platform], posts[account], owner)
    return pd.Series(owners, index=posts.index, dtype=object)


def _roster_accounts(posts: pd.DataFrame, roster: RosterIndex) -> pd.Series:
    """Whether each post's (platform, account) is on the roster (anyone's, shared or not)."""
    flags = map_distinct_pairs(posts["platform"], posts["account"], roster.is_roster_account)
    return pd.Series(flags.astype(bool), index=posts.index)


def _thread_parents(posts: pd.DataFrame) -> pd.DataFrame:
    """Rule 2: per thread message, the latest earlier message by another account.

    Sorted by time, a thread is a sequence of runs of one account; the latest earlier message
    by someone else is the last message of the previous run. `thread_self` marks messages
    whose earlier thread messages are all by their own account.
    """
    t = posts.loc[posts["thread_id"].notna(), ["post_id", "platform", "thread_id", "created_at", "acct"]]
    out = pd.DataFrame(index=t.index, columns=["parent_id", "thread_self"], dtype=object)
    if t.empty:
        return out.assign(thread_self=pd.Series(dtype=bool))
    t = t.sort_values(["platform", "thread_id", "created_at", "post_id"])
    key = t["platform"].astype(str) + "\x1f" + t["thread_id"].astype(str)
    run = ((key != key.shift()) | (t["acct"] != t["acct"].shift())).cumsum()
    first_run = run.groupby(key).transform("min")
    position = t.groupby(key).cumcount()
    last_of_run = t.assign(run=run).groupby("run")["post_id"].last()
    prev = (run - 1).where(run > first_run)
    out.loc[t.index, "parent_id"] = prev.map(last_of_run).to_numpy()
    out.loc[t.index, "thread_self"] = ((run == first_run) & (position > 0)).to_numpy()
    return out.astype({"thread_self": bool})


def resolve_parents(posts: pd.DataFrame, roster: RosterIndex) -> pd.DataFrame:
    """Parent of every post (rules 1-3 above): id, time, account, author, rule, thread_self."""
    # only the looked-up columns: taking rows of the text columns would copy every text
    looked_up = ["post_id", "created_at", "account", "platform", "person_id"]
    by_id = posts[looked_up].drop_duplicates("post_id").set_index("post_id")
    out = pd.DataFrame(index=posts.index)
    out["rule"] = 0
    parent_id = posts["reply_to_id"].where(is_in(posts["reply_to_id"], by_id.index))
    out.loc[parent_id.notna(), "rule"] = 1
    threads = _thread_parents(posts)
    rule2 = posts["reply_to_id"].isna() & threads["parent_id"].reindex(posts.index).notna()
    parent_id = parent_id.where(~rule2, threads["parent_id"].reindex(posts.index))
    out.loc[rule2, "rule"] = 2
    # the thread rule (and so a self-thread) only applies to messages without a reply link
    out["thread_self"] = (
        threads["thread_self"].reindex(posts.index, fill_value=False).astype(bool)
        & posts["reply_to_id"].isna()
    )
    known = parent_id.notna()
    rule3 = ~known & posts["parent_created_at"].notna()
    out.loc[rule3, "rule"] = 3

    at = by_id.index.get_indexer(parent_id.to_numpy())  # each parent's row, looked up once

    def parent(column: str, fallback: str) -> pd.Series:
        taken = take(by_id[column].array, at, allow_fill=True)
        # times stay times (as objects, each would be parsed again); text as objects, NaN if missing
        values = taken if isinstance(taken.dtype, pd.DatetimeTZDtype) else np.asarray(taken.to_numpy())
        found = pd.Series(values, index=posts.index)
        return found.where(~rule3, posts[fallback])

    out["parent_id"] = parent_id.astype(object).where(~rule3, posts["reply_to_id"])
    out["parent_at"] = pd.to_datetime(parent("created_at", "parent_created_at"), utc=True)
    out["parent_account"] = parent("account", "reply_to_account").astype(object)
    out["parent_platform"] = parent("platform", "platform").astype(object)
    out["parent_person"] = parent("person_id", "person_id").where(~rule3, None).astype(object)
    # A parent without attribution but from someone's personal account is theirs.
    missing = out["parent_person"].isna() & out["parent_account"].notna()
    if missing.any():
        owners = _owner_lookup(out.loc[missing], "parent_platform", "parent_account", roster)
        out.loc[missing, "parent_person"] = owners
    out["parent_acct"] = _map_unique(out["parent_account"], normalize_account)
    return out


def _is_candidate(posts: pd.DataFrame, parents: pd.DataFrame) -> pd.Series:
    linked = (
        posts["reply_to_id"].notna()
        | posts["reply_to_account"].notna()
        | posts["parent_created_at"].notna()
        | posts["kind"].eq("reply")
    )
    return posts["kind"].ne("repost") & (linked | parents["rule"].eq(2) | parents["thread_self"])


def _business(replies: pd.DataFrame, roster: RosterIndex) -> tuple[np.ndarray, np.ndarray]:
    """Working seconds from inbound to reply, and whether the reply was sent off hours, each by
    the replying person's schedule. Both are row by row, so the replies of everyone sharing a
    schedule (most people keep the defaults) are computed at once."""
    business = np.zeros(len(replies), dtype=float)
    off_hours = np.zeros(len(replies), dtype=bool)
    person_codes, people = pd.factorize(replies["person_id"], use_na_sentinel=False)
    schedule_codes, schedules = pd.factorize(
        np.array([roster.schedule(str(person)) for person in people], dtype=object)
    )
    row_schedule = schedule_codes[person_codes]
    inbound, replied = replies["inbound_at"], replies["replied_at"]
    for code, schedule in enumerate(schedules):
        idx = np.flatnonzero(row_schedule == code)
        business[idx] = working_seconds_between(inbound.iloc[idx], replied.iloc[idx], schedule)
        off_hours[idx] = ~is_working_time(replied.iloc[idx], schedule)
    return business, off_hours


def _rejects(bad: pd.DataFrame) -> pd.DataFrame:
    reasons = [
        f"negative reply latency ({lat:.0f} s): reply at {at.isoformat()} is before its parent "
        f"{pid if isinstance(pid, str) else '(id unknown)'} at {pat.isoformat()}"
        for lat, at, pid, pat in zip(
            bad["latency_s"], bad["created_at"], bad["parent_id"], bad["parent_at"], strict=True
        )
    ]
    frame = pd.DataFrame(
        {
            "source": bad["source"].astype(str).to_numpy(),
            "locator": bad["post_id"].astype(str).to_numpy(),
            "reason": reasons,
            "excerpt": bad["text"].astype(str).str.slice(0, 120).to_numpy(),
        }
    )
    return validate(frame, REJECTS) if len(frame) else empty(REJECTS)


def detect_replies(posts: pd.DataFrame, staff_ids: pd.Series, roster: RosterIndex) -> ReplyResult:
    """Replies of staff with their latencies, inbound messages to staff, rejects, counters."""
    parents = resolve_parents(posts, roster)
    staff = is_in(posts["post_id"], staff_ids) & posts["person_id"].notna().to_numpy()
    narrow = posts[[c for c in posts.columns if c not in ("text", "source")]]  # those only for rejects
    cand = narrow[staff & _is_candidate(posts, parents)].join(parents)
    unknown = cand["rule"].eq(0) & ~cand["thread_self"]
    same_person = cand["parent_person"].notna() & cand["parent_person"].eq(cand["person_id"])
    same_account = cand["parent_acct"].notna() & cand["parent_acct"].eq(cand["acct"])
    shared_exception = (
        cand["acct"].map(lambda a: roster.is_shared(a)).astype(bool) & cand["parent_person"].isna()
    )
    self_reply = ~unknown & (cand["thread_self"] | same_person | (same_account & ~shared_exception))
    kept = cand[~unknown & ~self_reply].copy()
    kept["latency_s"] = (kept["created_at"] - kept["parent_at"]).dt.total_seconds().astype(float)
    negative = kept["latency_s"] < 0
    rejects = _rejects(kept[negative].join(posts[["text", "source"]]))
    kept = kept[~negative]
    replies = pd.DataFrame(
        {
            "person_id": kept["person_id"].astype(str),
            "post_id": kept["post_id"].astype(str),
            "inbound_id": kept["parent_id"].astype(object),
            "inbound_account": kept["parent_account"].astype(object),
            "inbound_at": kept["parent_at"],
            "replied_at": kept["created_at"],
            "latency_s": kept["latency_s"],
        }
    ).sort_values(["person_id", "replied_at", "post_id"], ignore_index=True)
    business, off_hours = _business(replies, roster)
    replies["business_latency_s"] = business
    replies["off_hours"] = off_hours
    replies = validate(replies, REPLIES) if len(replies) else empty(REPLIES)
    inbound, censored = _inbound(posts, parents, replies, roster)
    counts = {
        "reply_candidates": int(len(cand)),
        "replies": int(len(replies)),
        "replies_without_parent_time": int(unknown.sum()),
        "self_replies_excluded": int(self_reply.sum()),
        "negative_latency_rejected": int(negative.sum()),
        "inbound_messages": int(len(inbound)),
        "inbound_censored": censored,
    }
    logger.info("replies: %s", counts)
    return ReplyResult(replies=replies, inbound=inbound, rejects=rejects, counts=counts)


def _inbound(
    posts: pd.DataFrame, parents: pd.DataFrame, replies: pd.DataFrame, roster: RosterIndex
) -> tuple[pd.DataFrame, int]:
    """Messages by non-staff addressed to a consenting person, and whether they answered.

    Addressed = a reply to the person's post (any parent rule) or an @mention of one of their
    personal accounts. Answered = the person replied to it within REPLY_RATE_WINDOW_S. An
    unanswered message whose window reaches past the end of the export has no known outcome
    yet: it is left out and counted (`inbound_censored`).
    """
    columns = ["person_id", "post_id", "account", "created_at", "answered", "latency_s"]
    consenting = set(roster.consenting)
    outsider = posts["person_id"].isna() & ~_roster_accounts(posts, roster)
    pairs = []
    to_post = outsider & parents["parent_person"].isin(consenting)
    pairs.append(
        pd.DataFrame({"person_id": parents.loc[to_post, "parent_person"], "row": posts.index[to_post]})
    )
    personal = roster.personal_handles()
    mentioned = [
        (person, row)
        for row, text in posts.loc[outsider & posts["text"].str.contains("@", regex=False), "text"].items()
        for handle, _, _ in handles(text)
        if (person := personal.get(handle) or personal.get(handle.split("@")[0])) in consenting
    ]
    pairs.append(pd.DataFrame(mentioned, columns=["person_id", "row"]))
    both = pd.concat(pairs, ignore_index=True).drop_duplicates()
    if both.empty:
        return pd.DataFrame(columns=columns), 0
    src = posts.loc[both["row"].to_numpy()]
    inbound = pd.DataFrame(
        {
            "person_id": both["person_id"].astype(str).to_numpy(),
            "post_id": src["post_id"].to_numpy(),
            "account": src["account"].to_numpy(),
            "created_at": src["created_at"].array,
        }
    )
    first = (
        replies.loc[replies["inbound_id"].notna(), ["person_id", "inbound_id", "latency_s"]]
        .groupby(["person_id", "inbound_id"], as_index=False)["latency_s"]
        .min()
        .rename(columns={"inbound_id": "post_id"})
    )
    inbound = inbound.merge(first, on=["person_id", "post_id"], how="left")
    inbound["answered"] = inbound["latency_s"].le(REPLY_RATE_WINDOW_S)
    export_end = posts["created_at"].max()
    open_window = inbound["created_at"] > export_end - pd.Timedelta(seconds=REPLY_RATE_WINDOW_S)
    censored = ~inbound["answered"] & open_window
    inbound = inbound[~censored].sort_values(["person_id", "created_at", "post_id"], ignore_index=True)
    return inbound[columns], int(censored.sum())
