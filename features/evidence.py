"""feature_evidence: per person and feature, the (up to) five posts that moved it most.

"A manager must be able to check every number against the posts." Each candidate row says
how strongly one post pulls the person's value up (`strength` > 0) or down, with the matched
span of the post's `text` where there is one:

- phrase and word features (apologies, buzzwords, we words, rare words...): the posts with
  matches, strength = number of matches (share-of-posts features: 1), span = first match;
- means and shares over posts or replies: strength = the post's value minus the person's
  value (readability, sentiment, latency in seconds, 0/1 for "answered", "within 1 h");
- reply rate: the inbound messages themselves (answered or not), so unanswered ones show.

Ties are broken by recency, then post id, so the selection does not depend on input order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Union

import numpy as np
import pandas as pd

from features.aggregate import HASHTAG, PER_100_WORDS, SHARE_OF_POSTS, post_flags
from features.catalog import duration
from features.posts import MATCH_COLUMNS, opening_words
from features.registry import (
    EDIT_RATE,
    EDITED,
    FK_GRADE,
    HASHTAG_SHARE,
    JARGON_SCORE,
    MEAN_COMPOUND,
    NEGATIVE_SHARE,
    POST_HASHTAG,
    POST_REPOST,
    POST_THREAD,
    RARE_WORD_SHARE,
    READING_EASE,
    REPLY_RATE,
    REPOST_SHARE,
    TEMPLATE_SHARE,
    TEMPLATED,
    THREAD_SHARE,
    TONE_COMPOUND,
    VOLATILITY,
)
from features.tone import NEGATIVE_COMPOUND
from signals.ground.config import REPLY_RATE_WINDOW_S
from signals.ground.schemas import FEATURE_EVIDENCE, empty, validate

TOP_K = 5
CANDIDATE_COLUMNS = [
    "person_id",
    "feature",
    "post_id",
    "strength",
    "match_start",
    "match_end",
    "note",
    "created_at",
]


def _at(account: object) -> str:
    return f"@{str(account).lstrip('@')}" if isinstance(account, str) and account else "an unknown account"


Note = Union[pd.Series, str, Callable[[pd.DataFrame], pd.Series]]  # noqa: UP007 - pandas is untyped


def _each(rows: pd.DataFrame, feature: str, note: Note) -> pd.DataFrame:
    """Candidate rows of a feature that every one of `rows` shows equally (a post flag)."""
    return _frame(rows, feature, pd.Series(1.0, index=rows.index), note)


def _frame(base: pd.DataFrame, feature: str, strength: pd.Series, note: Note) -> pd.DataFrame:
    """Candidate rows of one feature: only the TOP_K per person that `select_top` could keep.

    Ranking before the notes are written (a `note` may be a function of the kept rows) keeps
    this linear in posts with small constants: notes are made for a few rows per person,
    not for every post.
    """
    keep = np.sort(_top_positions(base, strength))
    base = base.iloc[keep]
    if isinstance(note, pd.Series):
        note = note.iloc[keep]
    elif not isinstance(note, str):
        note = note(base)
    return pd.DataFrame(
        {
            "person_id": base["person_id"].to_numpy(),
            "feature": feature,
            "post_id": base["post_id"].to_numpy(),
            "strength": strength.iloc[keep].to_numpy(dtype=float),
            "match_start": pd.NA,
            "match_end": pd.NA,
            "note": note.to_numpy() if isinstance(note, pd.Series) else note,
            "created_at": base["created_at"].array,
        }
    )


def _top_positions(
    base: pd.DataFrame, strength: pd.Series, *, by: Sequence[str] = ("person_id",), k: int = TOP_K
) -> np.ndarray:
    """Positions of the top `k` rows per `by` group, in rank order: |strength| (zero and NaN
    never count), then recency, then post id. The one ranking rule of feature evidence.

    Rows whose `by` value is missing belong to no group and are never kept. The ranking is
    done on numbers (group codes in text order, |strength|, time); post ids, as text, are
    compared only among rows equal in all of those, which are few.
    """
    magnitude = np.abs(strength.to_numpy(dtype=float))
    at = np.flatnonzero(~np.isnan(magnitude) & (magnitude != 0))
    groups = [_text_order_codes(base[key], at) for key in by]
    if groups:
        grouped = np.logical_and.reduce([codes >= 0 for codes in groups])
        at, groups = at[grouped], [codes[grouped] for codes in groups]
    # NaT is the smallest int64, so under `~` (order reversed, no overflow) it comes last
    newest_first = ~pd.DatetimeIndex(pd.to_datetime(base["created_at"], utc=True)).asi8[at]
    keys = [newest_first, -magnitude[at], *reversed(groups)]
    order = np.lexsort(keys)  # stable, the last key first
    sorted_keys = [key[order] for key in keys]
    order = _ties_by_post_id(order, at, sorted_keys, base["post_id"])
    ranked = at[order]
    if not len(ranked):
        return ranked
    group_keys = sorted_keys[2:]
    new_group = np.ones(len(ranked), dtype=bool)
    if group_keys:
        new_group[1:] = np.logical_or.reduce([key[1:] != key[:-1] for key in group_keys])
    else:
        new_group[1:] = False
    starts = np.flatnonzero(new_group)
    rank = np.arange(len(ranked)) - np.repeat(starts, np.diff(np.append(starts, len(ranked))))
    return ranked[rank < k]


def _text_order_codes(column: pd.Series, at: np.ndarray) -> np.ndarray:
    """Codes of `column[at]` that sort as its values do as text; -1 for a missing value."""
    # factorized in the column's own type (no Python string per row); only the distinct values,
    # few, are then put in text order
    codes, distinct = pd.factorize(column.iloc[at])
    if not len(distinct):
        return codes
    rank = np.empty(len(distinct), dtype=codes.dtype)
    rank[np.argsort(np.asarray(distinct, dtype=object), kind="stable")] = np.arange(len(distinct))
    return np.where(codes >= 0, rank[codes], -1)


def _ties_by_post_id(
    order: np.ndarray, at: np.ndarray, sorted_keys: list[np.ndarray], post_ids: pd.Series
) -> np.ndarray:
    """`order` with each run of rows equal in every key put in post id order (stable)."""
    if len(order) < 2:
        return order
    tied = np.logical_and.reduce([key[1:] == key[:-1] for key in sorted_keys])
    if not tied.any():
        return order
    order = order.copy()
    edges = np.diff(np.concatenate([[0], tied.astype(np.int8), [0]]))
    for first, last in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
        run = order[first : last + 1]
        ids = post_ids.iloc[at[run]].to_numpy(dtype=object)
        order[first : last + 1] = run[sorted(range(len(run)), key=lambda i: _missing_last(ids[i]))]
    return order


def _missing_last(value: object) -> tuple[bool, str]:
    missing = value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))
    return (missing, "" if missing else str(value))


def match_candidates(values: pd.DataFrame, matches: pd.DataFrame) -> pd.DataFrame:
    """Posts with phrase or word matches: strength = count (1 for share features)."""
    m = matches.merge(values[["post_id", "person_id", "created_at"]], on="post_id")
    share = m["feature"].isin(list(SHARE_OF_POSTS))
    m = m.assign(strength=m["count"].astype(float).where(~share, 1.0))
    m = m.iloc[np.sort(_top_positions(m, m["strength"], by=["person_id", "feature"]))]
    more = [
        f"{note} (+{count - 1} more)" if count > 1 else note
        for note, count in zip(m["note"], m["count"], strict=True)
    ]
    return m.assign(note=more)[CANDIDATE_COLUMNS]


_PERSON = "_person"  # suffix of the person's value next to the post's, in mean_candidates


def mean_candidates(values: pd.DataFrame, person: pd.DataFrame, matches: pd.DataFrame) -> list[pd.DataFrame]:
    """Posts far from the person's mean readability, jargon score and sentiment."""
    v = values.merge(person, on="person_id", suffixes=("", _PERSON))
    out = []
    for feature, column, name, fmt in (
        (READING_EASE, READING_EASE, "Flesch reading ease", "{:.1f}"),
        (FK_GRADE, FK_GRADE, "Flesch-Kincaid grade", "{:.1f}"),
        (MEAN_COMPOUND, TONE_COMPOUND, "VADER compound", "{:+.2f}"),
    ):
        center = f"{feature}{_PERSON}" if feature in values.columns else feature
        ok = v[v[column].notna() & v[center].notna()]
        delta = ok[column] - ok[center]
        template = f"{name} {fmt} (person mean {fmt})"
        out.append(_frame(ok, feature, delta, partial(_column_notes, template, column, center)))
    ok = v[v[TONE_COMPOUND].notna()]
    out.append(
        _frame(
            ok,
            VOLATILITY,
            (ok[TONE_COMPOUND] - ok[MEAN_COMPOUND]).abs(),
            lambda rows: rows[TONE_COMPOUND].map(lambda x: f"VADER compound {x:+.2f}"),
        )
    )
    negative = ok[ok[TONE_COMPOUND] <= NEGATIVE_COMPOUND]
    out.append(
        _frame(
            negative,
            NEGATIVE_SHARE,
            1.0 - negative[NEGATIVE_SHARE],
            lambda rows: rows[TONE_COMPOUND].map(lambda x: f"negative post, VADER compound {x:+.2f}"),
        )
    )
    person_jargon = f"{JARGON_SCORE}{_PERSON}"  # the post's own jargon score is a per-text column too
    ok = v[v[person_jargon].notna() & v[JARGON_SCORE].notna()]
    jargon = _frame(
        ok,
        JARGON_SCORE,
        ok[JARGON_SCORE] - ok[person_jargon],
        lambda rows: rows[JARGON_SCORE].map(lambda x: f"post jargon score {x:.0f}"),
    )
    rare = matches[matches["feature"].eq(RARE_WORD_SHARE)].set_index("post_id")
    jargon["match_start"] = jargon["post_id"].map(rare["match_start"])
    jargon["match_end"] = jargon["post_id"].map(rare["match_end"])
    jargon["note"] = jargon["note"] + jargon["post_id"].map(rare["note"]).map(
        lambda n: f"; {n}" if isinstance(n, str) else ""
    )
    out.append(jargon)
    return out


def post_flag_candidates(
    staff_posts: pd.DataFrame, values: pd.DataFrame, words: pd.Series, openings: pd.DataFrame
) -> list[pd.DataFrame]:
    """Edited posts, reposts of others, threads and hashtags, posts with a templated opening."""
    out = []
    flags = post_flags(staff_posts)
    out.append(_each(values[values[EDITED] > 0], EDIT_RATE, "edited after posting"))
    out.append(
        _each(
            staff_posts[flags[POST_REPOST].to_numpy() > 0],
            REPOST_SHARE,
            lambda rows: rows["reply_to_account"].map(lambda a: f"repost of {_at(a)}"),
        )
    )
    threads = staff_posts[flags[POST_THREAD].to_numpy() > 0]
    out.append(_each(threads, THREAD_SHARE, "continues their own thread"))
    tagged = staff_posts[flags[POST_HASHTAG].to_numpy() > 0]
    frame = _each(tagged, HASHTAG_SHARE, "uses a hashtag")
    spans = [_first_hashtag(text) for text in frame["post_id"].map(tagged.set_index("post_id")["text"])]
    frame["match_start"] = [span[0] for span in spans]
    frame["match_end"] = [span[1] for span in spans]
    out.append(frame)
    templated = values[values[TEMPLATED] > 0]
    frame = _frame(
        templated,
        TEMPLATE_SHARE,
        pd.Series(1.0, index=templated.index),
        lambda rows: rows["post_id"].map(lambda p: f'templated opening: "{opening_words(words[p])}"'),
    )
    spans = openings.reindex(frame["post_id"].to_numpy())
    frame["match_start"] = spans["start"].to_numpy()
    frame["match_end"] = spans["end"].to_numpy()
    out.append(frame)
    return out


def _first_hashtag(text: object) -> tuple[int | None, int | None]:
    found = re.search(HASHTAG, text) if isinstance(text, str) else None
    return (found.start(1), found.end(1)) if found else (None, None)


def _column_notes(template: str, column: str, center: str, rows: pd.DataFrame) -> pd.Series:
    return _notes(template, rows[column], rows[center])


def _notes(template: str, *columns: pd.Series) -> pd.Series:
    index = columns[0].index
    return pd.Series(
        [template.format(*values) for values in zip(*columns, strict=True)], index=index, dtype=object
    )


def reply_candidates(
    replies: pd.DataFrame, inbound: pd.DataFrame, person: pd.DataFrame
) -> list[pd.DataFrame]:
    """Replies far from the person's latency statistics; inbound messages answered or not."""
    out = []
    if len(replies):
        r = replies.merge(person, on="person_id").rename(columns={"replied_at": "created_at"})

        def calendar(rows: pd.DataFrame) -> pd.Series:
            return _notes(
                "reply after {} to {}", rows["latency_s"].map(duration), rows["inbound_account"].map(_at)
            )

        def working(rows: pd.DataFrame) -> pd.Series:
            return _notes(
                "reply after {} of working time to {}",
                rows["business_latency_s"].map(duration),
                rows["inbound_account"].map(_at),
            )

        def hours(rows: pd.DataFrame) -> pd.Series:
            return _notes(
                "{} reply: {}",
                rows["off_hours"].map({True: "off-hours", False: "working-hours"}),
                calendar(rows),
            )

        feature = "responsiveness__{}".format
        for name, value, note in (
            ("median_latency_s", r["latency_s"], calendar),
            ("p90_latency_s", r["latency_s"], calendar),
            ("median_business_latency_s", r["business_latency_s"], working),
            ("share_within_1h", r["latency_s"].le(3600).astype(float), calendar),
            ("share_within_24h", r["latency_s"].le(86_400).astype(float), calendar),
            ("off_hours_share", r["off_hours"].astype(float), hours),
        ):
            out.append(_frame(r, feature(name), value - r[feature(name)], note))
    if len(inbound):
        i = inbound.merge(person, on="person_id")
        answered = i["latency_s"].le(REPLY_RATE_WINDOW_S)

        def inbound_note(rows: pd.DataFrame) -> pd.Series:
            return pd.Series(
                [
                    f"answered after {duration(lat)}: message from {_at(acct)}"
                    if lat <= REPLY_RATE_WINDOW_S
                    else f"unanswered message from {_at(acct)}"
                    for lat, acct in zip(rows["latency_s"], rows["account"], strict=True)
                ],
                index=rows.index,
                dtype=object,
            )

        strength = answered.astype(float) - i[REPLY_RATE]
        out.append(_frame(i, REPLY_RATE, strength, inbound_note))
    return out


def select_top(candidates: list[pd.DataFrame], *, k: int = TOP_K) -> pd.DataFrame:
    """Up to `k` rows per (person, feature) by |strength|, then recency, then post id."""
    frames = [c for c in candidates if len(c)]
    if not frames:
        return empty(FEATURE_EVIDENCE)
    allc = pd.concat(frames, ignore_index=True)
    top = allc.iloc[_top_positions(allc, allc["strength"], by=["person_id", "feature"], k=k)]
    out = top[FEATURE_EVIDENCE.names].reset_index(drop=True)
    out = out.astype({"person_id": str, "feature": str, "post_id": str, "strength": float, "note": object})
    out["match_start"] = pd.array(out["match_start"], dtype="Int64")
    out["match_end"] = pd.array(out["match_end"], dtype="Int64")
    return validate(out, FEATURE_EVIDENCE)


def build_evidence(
    *,
    staff_posts: pd.DataFrame,
    values: pd.DataFrame,
    matches: pd.DataFrame,
    words: pd.Series,
    openings: pd.DataFrame,
    replies: pd.DataFrame,
    inbound: pd.DataFrame,
    person: pd.DataFrame,
) -> pd.DataFrame:
    """Every family's candidates, reduced to the top rows per (person, feature)."""
    known = set(MATCH_COLUMNS) | set(PER_100_WORDS)
    candidates = [match_candidates(values, matches[matches["feature"].isin(known)])]
    candidates += mean_candidates(values, person, matches)
    candidates += post_flag_candidates(staff_posts, values, words, openings)
    candidates += reply_candidates(replies, inbound, person)
    return select_top(candidates)
