"""Per-person aggregation: from per-post values and replies to `person_features`.

Aggregators are kept apart from the per-text functions. Conventions (DESIGN.md):

- NaN means "no evidence", never 0: a family with nothing to read gives NaN features and a
  count column `<family>__n` of 0;
- rates are per 100 words, pooled over the person's writing (total matches / total words),
  so a long post weighs more than a one-word reply; "share" features are shares of posts;
  humility rates and `tone__gratitude_rate` are shares of posts too;
- means over posts (readability, sentiment) skip posts where the value is undefined.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from features.lexical import normalize_account
from features.registry import (
    ACTIVITY_N,
    COUNT,
    FK_GRADE,
    FLAG,
    GENEROSITY_N,
    HASHTAG_SHARE,
    JARGON_SCORE,
    LEXICAL_DIVERSITY,
    MATCH,
    MEAN_COMPOUND,
    MEDIAN_BUSINESS_LATENCY,
    MEDIAN_LATENCY,
    N_COMMON,
    N_INBOUND,
    N_MID,
    N_PUBLIC,
    N_RARE,
    N_REPLIES,
    N_WORDS,
    NEGATIVE_SHARE,
    OFF_HOURS_SHARE,
    P90_LATENCY,
    POST_FLAG,
    POST_HASHTAG,
    POST_PUBLIC,
    POST_REPOST,
    POST_THREAD,
    POSTS_PER_WEEK,
    PUBLIC_SHARE,
    RARE_WORD_SHARE,
    READING_EASE,
    REGISTRY,
    REPLY_RATE,
    REPOST_SHARE,
    SHARE_WITHIN_1H,
    SHARE_WITHIN_24H,
    THREAD_SHARE,
    TONE_COMPOUND,
    VOLATILITY,
    columns_of,
    fed_by,
    of_aggregation,
)
from features.registry import PER_100_WORDS as PER_100_WORDS_KIND
from features.registry import SHARE_OF_POSTS as SHARE_OF_POSTS_KIND
from features.tone import NEGATIVE_COMPOUND
from signals.ground.config import REPLY_RATE_WINDOW_S
from signals.ground.membership import map_distinct

INTERNAL_PLATFORMS: frozenset[str] = frozenset({"slack"})
POST_FLAG_COLUMNS: tuple[str, ...] = columns_of(POST_FLAG)
# a hashtag: '#' starting a word, then a letter (not '#1', not a Slack '#channel', which are
# not counted since Slack is not public)
HASHTAG = r"(?:^|[^\w&#])(#[^\W\d_]\w*)"  # group 1: the tag
_HAS_HASHTAG = HASHTAG.replace("(#", "(?:#", 1)
MTLD_THRESHOLD = 0.72
MIN_DIVERSITY_TOKENS = 100

PERSON_FEATURE_COLUMNS: tuple[str, ...] = tuple(REGISTRY)
COUNT_COLUMNS: tuple[str, ...] = of_aggregation(COUNT)
WRITING_FAMILIES = (
    "humanness",
    "humility",
    "tone",
    "mission",
    "advocacy",
    "ideas",
    "teamwork",
    "helpseeking",
    "creativity",
)

# Person features formed from per-post match counts (posts.MATCH_COLUMNS): pooled per 100
# words, or the share of posts with at least one match (or with the flag set).
PER_100_WORDS: dict[str, str] = fed_by((MATCH,), aggregation=PER_100_WORDS_KIND)
SHARE_OF_POSTS: dict[str, str] = fed_by((MATCH, FLAG), aggregation=SHARE_OF_POSTS_KIND)


def mtld_pass(words: Sequence[str], *, threshold: float = MTLD_THRESHOLD) -> float:
    """One direction of MTLD (McCarthy & Jarvis 2010): words per factor of TTR >= threshold.

    A factor ends when the running type-token ratio falls to the threshold; the remainder
    counts as a partial factor (1 - TTR) / (1 - threshold). A text that never falls (every
    word new) has no factor and gets its own length.
    """
    factors = 0.0
    types: set[str] = set()
    count = 0
    for word in words:
        count += 1
        # a new word cannot lower the ratio ((t+1)/(c+1) >= t/c, and rounding keeps the
        # order): only a repeated one can end a factor
        if word not in types:
            types.add(word)
        elif len(types) / count <= threshold:
            factors += 1.0
            types, count = set(), 0
    if count:
        factors += (1.0 - len(types) / count) / (1.0 - threshold)
    return len(words) / factors if factors > 0 else float(len(words))


def mtld(words: Sequence[str], *, min_tokens: int = MIN_DIVERSITY_TOKENS) -> float:
    """Bidirectional MTLD (mean of forward and backward passes); NaN below `min_tokens`."""
    if len(words) < min_tokens:
        return math.nan
    return (mtld_pass(words) + mtld_pass(list(reversed(words)))) / 2.0


# Per-post columns the writing families sum per person, and those they average.
WRITING_SUMS: tuple[str, ...] = (
    *PER_100_WORDS.values(),
    N_WORDS,
    N_COMMON,
    N_MID,
    N_RARE,
)
WRITING_MEANS: tuple[str, ...] = (
    READING_EASE,
    FK_GRADE,
    TONE_COMPOUND,
    *SHARE_OF_POSTS,
    NEGATIVE_SHARE,
)


def writing_frame(values: pd.DataFrame) -> pd.DataFrame:
    """Per post, the columns the writing families reduce: WRITING_SUMS then WRITING_MEANS.

    Match counts of share-of-posts features become 0/1 flags; a post is negative when its
    tone compound is at most VADER's threshold.
    """
    flags = (values[list(SHARE_OF_POSTS.values())] > 0).astype(float)
    flags.columns = list(SHARE_OF_POSTS)
    frame = pd.concat(
        [
            values[
                [*WRITING_SUMS, READING_EASE, FK_GRADE, TONE_COMPOUND]
            ],
            flags,
            values[TONE_COMPOUND].le(NEGATIVE_COMPOUND).astype(float).rename(NEGATIVE_SHARE),
        ],
        axis=1,
    )
    return frame[[*WRITING_SUMS, *WRITING_MEANS]]


def writing_features(values: pd.DataFrame) -> pd.DataFrame:
    """Writing families per person from per-post values (all but lexical diversity).

    Four grouped reductions (sums, means, standard deviation, sizes) over one frame; the
    bootstrap computes the same reductions from resampling counts (features.resample) and
    shares `writing_from_stats`.
    """
    frame = writing_frame(values)
    g = frame.groupby(values["person_id"].to_numpy(), sort=True)
    return writing_from_stats(
        n=g.size().astype(float),
        sums=g[list(WRITING_SUMS)].sum(),
        means=g[list(WRITING_MEANS)].mean(),
        compound_std=g[TONE_COMPOUND].std(ddof=1),
    )


def writing_from_stats(
    *, n: pd.Series, sums: pd.DataFrame, means: pd.DataFrame, compound_std: pd.Series
) -> pd.DataFrame:
    """Writing families per person from the per-person reductions of `writing_frame`.

    `n` posts, `sums` of WRITING_SUMS, NaN-skipping `means` of WRITING_MEANS and the sample
    standard deviation of the tone compound, all indexed by person.
    """
    per_word = 100.0 / sums[N_WORDS].where(sums[N_WORDS] > 0)
    banded = sums[N_COMMON] + sums[N_MID] + sums[N_RARE]
    per_banded = 1.0 / banded.where(banded > 0)
    out = {f"{family}__n": n for family in WRITING_FAMILIES}
    out |= {feature: sums[column] * per_word for feature, column in PER_100_WORDS.items()}
    out |= {feature: means[feature] for feature in [*SHARE_OF_POSTS, NEGATIVE_SHARE]}
    out |= {
        N_WORDS: sums[N_WORDS],
        READING_EASE: means[READING_EASE],
        FK_GRADE: means[FK_GRADE],
        JARGON_SCORE: 100.0
        - (0.5 * sums[N_MID] + sums[N_RARE]) * 100.0 * per_banded,
        RARE_WORD_SHARE: sums[N_RARE] * per_banded,
        MEAN_COMPOUND: means[TONE_COMPOUND],
        VOLATILITY: compound_std,
    }
    return pd.DataFrame(out, index=n.index)


def lexical_diversity(values: pd.DataFrame, words: pd.Series) -> pd.Series:
    """MTLD of each person's words pooled in a fixed shuffled order of their posts.

    Not in posting order: posts that repeat an opening come in bursts, and pooled in time order
    they sit closer together the more a person posts, so keeping a random half of someone's
    posts raised their MTLD by a sixth (posting more read as less creative). In an order set
    by a hash of each post id, a post's neighbours are a random draw of the person's posts
    whatever their number; the order is the same in every run.
    """
    shuffle = pd.util.hash_pandas_object(values["post_id"].astype(str), index=False).to_numpy()
    values = values.assign(_order=shuffle).sort_values(["person_id", "_order", "post_id"])
    ordered = words.reindex(values["post_id"].to_numpy()).to_numpy(dtype=object)
    codes, persons = pd.factorize(values["person_id"])
    # each person's posts are one run of the sorted rows (rows without a person, -1, are left out)
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])[: len(codes)]
    ends = np.r_[starts[1:], len(codes)][: len(starts)]
    return pd.Series(
        {
            persons[codes[start]]: mtld(" ".join(ordered[start:end]).split())
            for start, end in zip(starts, ends, strict=True)
            if codes[start] >= 0
        },
        dtype=float,
        name=LEXICAL_DIVERSITY,
    )


def post_flags(staff_posts: pd.DataFrame) -> pd.DataFrame:
    """Per post: on a public platform (not Slack); a repost of someone else's post; on a public
    platform, a reply to the person's own post (a thread) and a post with a hashtag.

    A repost is of someone else unless its original author (`reply_to_account`) is known and
    is the reposting account itself. Threads and hashtags are ways of using a public platform
    (believes_in_social): a reply in one's own Slack thread or a '#channel' is neither.
    """
    acct = map_distinct(staff_posts["account"], normalize_account)
    original = staff_posts["reply_to_account"]
    own = original.notna().to_numpy() & (map_distinct(original, normalize_account) == acct)
    public = ~staff_posts["platform"].astype(str).str.lower().isin(INTERNAL_PLATFORMS).to_numpy()
    kind = staff_posts["kind"]
    hashtag = has_hashtag(staff_posts["text"])
    return pd.DataFrame(
        {
            POST_PUBLIC: public,
            POST_REPOST: kind.eq("repost").to_numpy() & ~own,
            POST_THREAD: public & kind.isin(["reply", "comment"]).to_numpy() & own,
            POST_HASHTAG: public & kind.ne("repost").to_numpy() & hashtag,
        },
        index=staff_posts.index,
    ).astype(float)


def has_hashtag(texts: pd.Series) -> np.ndarray:
    """Per text, whether it holds a hashtag (HASHTAG); False where missing.

    The Unicode-aware pattern runs only on the texts with a '#' (found by one Arrow kernel):
    at a million posts the pattern over every text took seconds, most of them without a '#'.
    """
    found = np.zeros(len(texts), dtype=bool)
    values = texts.astype(object).to_numpy()
    arrow = pa.array(values, type=pa.large_string(), from_pandas=True)
    with_hash = np.asarray(pc.fill_null(pc.match_substring(arrow, "#"), False), dtype=bool)
    rows = np.flatnonzero(with_hash)
    pattern = re.compile(_HAS_HASHTAG)
    found[rows] = [pattern.search(values[row]) is not None for row in rows.tolist()]
    return found


ACTIVITY_SHARES: tuple[str, ...] = POST_FLAG_COLUMNS


def activity_features(posts: pd.DataFrame) -> pd.DataFrame:
    """Activity (all kinds of posts) and the repost share of generosity.

    `posts`: person_id, created_at and the post_flags columns, one row per post.
    """
    g = posts.groupby("person_id", sort=True)
    return activity_from_stats(
        n=g.size().astype(float),
        first=g["created_at"].min(),
        last=g["created_at"].max(),
        shares=g[list(ACTIVITY_SHARES)].mean(),
    )


def activity_from_stats(
    *, n: pd.Series, first: pd.Series, last: pd.Series, shares: pd.DataFrame
) -> pd.DataFrame:
    """Activity features from per-person post counts, first and last post times, flag means."""
    span_weeks = (last - first).dt.total_seconds() / (7 * 86_400)
    public = shares[POST_PUBLIC]
    of_public = 1.0 / public.where(public > 0)  # shares of public posts: ratios of the means
    return pd.DataFrame(
        {
            ACTIVITY_N: n,
            POSTS_PER_WEEK: n / span_weeks.clip(lower=1.0),
            PUBLIC_SHARE: public,
            GENEROSITY_N: n,
            REPOST_SHARE: shares[POST_REPOST],
            N_PUBLIC: (n * public).round(),
            THREAD_SHARE: shares[POST_THREAD] * of_public,
            HASHTAG_SHARE: shares[POST_HASHTAG] * of_public,
        }
    )


def reply_frame(replies: pd.DataFrame) -> pd.DataFrame:
    """Per reply, the values responsiveness reduces: the two latencies, then REPLY_SHARES flags."""
    return pd.DataFrame(
        {
            "latency_s": replies["latency_s"].astype(float),
            "business_latency_s": replies["business_latency_s"].astype(float),
            SHARE_WITHIN_1H: replies["latency_s"].le(3600).astype(float),
            SHARE_WITHIN_24H: replies["latency_s"].le(86_400).astype(float),
            OFF_HOURS_SHARE: replies["off_hours"].astype(float),
        }
    )


REPLY_SHARES: tuple[str, ...] = (
    SHARE_WITHIN_1H,
    SHARE_WITHIN_24H,
    OFF_HOURS_SHARE,
)


def responsiveness_features(replies: pd.DataFrame, inbound: pd.DataFrame) -> pd.DataFrame:
    """Latency statistics per person from replies; reply rate from inbound messages."""
    frame = reply_frame(replies)
    g = frame.groupby(replies["person_id"].to_numpy(), sort=True)
    medians = g[["latency_s", "business_latency_s"]].median()
    out = responsiveness_from_stats(
        n=g.size().astype(float),
        shares=g[list(REPLY_SHARES)].mean(),
        median_latency=medians["latency_s"],
        p90_latency=g["latency_s"].quantile(0.9),
        median_business_latency=medians["business_latency_s"],
    )
    if len(inbound):
        answered = inbound["latency_s"].le(REPLY_RATE_WINDOW_S).astype(float)
        rate = answered.groupby(inbound["person_id"].to_numpy()).agg(["size", "mean"])
        out = out.reindex(out.index.union(rate.index))
        out[N_INBOUND] = rate["size"].astype(float)
        out[REPLY_RATE] = rate["mean"]
    return out


def responsiveness_from_stats(
    *,
    n: pd.Series,
    shares: pd.DataFrame,
    median_latency: pd.Series,
    p90_latency: pd.Series,
    median_business_latency: pd.Series,
) -> pd.DataFrame:
    """Responsiveness features (all but the reply rate) from per-person reply statistics."""
    out = shares[list(REPLY_SHARES)].copy()
    out[N_REPLIES] = n
    out[MEDIAN_LATENCY] = median_latency
    out[P90_LATENCY] = p90_latency
    out[MEDIAN_BUSINESS_LATENCY] = median_business_latency
    return out


def person_features(persons: Sequence[str], parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """One row per person, every column of PERSON_FEATURE_COLUMNS; counts 0 where absent."""
    index = pd.Index(sorted(set(persons)), name="person_id")
    return assemble_person_features(index, parts).reset_index()


def assemble_person_features(index: pd.Index, parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """`parts` aligned on `index` (persons, or (replicate, person) pairs), every column of
    PERSON_FEATURE_COLUMNS in order, counts 0 where absent."""
    aligned = [part.reindex(index) for part in parts if len(part.columns)]
    out = pd.concat(aligned, axis=1) if aligned else pd.DataFrame(index=index)
    out = out.reindex(columns=list(PERSON_FEATURE_COLUMNS)).astype(np.float64)
    out[list(COUNT_COLUMNS)] = out[list(COUNT_COLUMNS)].fillna(0.0)
    return out


def alternate_halves(person_ids: pd.Series, times: pd.Series, ids: pd.Series) -> np.ndarray:
    """0 or 1 per row: each person's rows in time order (ties by id) alternate between two halves.

    The split-half reliability of the scores compares the two halves; alternating in time
    keeps both halves spread over the same weeks and topics.
    """
    frame = pd.DataFrame(
        {"person": person_ids.to_numpy(dtype=object), "time": pd.DatetimeIndex(times).asi8,
         "id": ids.astype(str).to_numpy(dtype=object)}
    )
    order = frame.sort_values(["person", "time", "id"], kind="stable").index.to_numpy()
    rank = frame.iloc[order].groupby("person", sort=False).cumcount().to_numpy()
    halves = np.empty(len(frame), dtype=np.int8)
    halves[order] = rank % 2
    return halves
