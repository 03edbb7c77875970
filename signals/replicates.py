"""The other versions of the person features a run scores, besides the one from all posts.

- **Bootstrap replicates** (the score's standard error): each person's distinct texts and
  replies drawn again with replacement. A text posted forty times is one text: copies are
  drawn together (as a cluster), so repeating a post does not make a score look more exact.
- **Split halves** (the trait's reliability): each person's posts and replies alternating in
  time order (features.aggregate.alternate_halves), each half measured on its own.
- **Leave-out versions** (does a score rest on one or two posts?): a person's posts that push
  a trait hardest, left out.

All are counts of how many times each post and reply is taken, aggregated by the features
stage's count-based reductions (features.aggregate_ordered / aggregate_replicates), so no text
is analyzed again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

import features
from features.aggregate import alternate_halves
from features.registry import N_INBOUND, N_WORDS, REPLY_RATE
from models.scoring import EvidenceCounts

# counts (replicates x posts and replies) of the bootstrap held in memory at once: 40 MB (a block
# needs about four times that while it is aggregated)
BOOTSTRAP_BLOCK_CELLS = 5_000_000


def text_clusters(staff_posts: pd.DataFrame) -> np.ndarray:
    """Per post, a code shared by the posts of the same person with the same text (codes in
    order of first appearance; posts without a text are each their own cluster).

    The (person, text) pairs are coded as integers from the two columns' own codes: a table of
    pairs of strings would cost as much memory again as the texts.
    """
    person, _ = pd.factorize(staff_posts["person_id"].astype(object))
    text, _ = pd.factorize(staff_posts["text"].astype(object))  # -1 where missing
    pair = person.astype(np.int64) * (int(text.max(initial=-1)) + 2) + (text.astype(np.int64) + 1)
    codes, _ = pd.factorize(pair)
    missing = text < 0
    codes[missing] = codes.max(initial=-1) + 1 + np.arange(int(missing.sum()))
    return codes


def distinct_counts(
    staff_posts: pd.DataFrame, result: features.FeatureResult, *, clusters: np.ndarray | None = None
) -> EvidenceCounts:
    """Per person: distinct texts of own writing read by the text measures, their words, replies.

    Forty copies of one post are one text with its words counted once, so repeating a post
    does not raise the evidence level. `clusters`: `text_clusters(staff_posts)`, when the
    caller has them already.
    """
    words = result.post_features.set_index("post_id")[N_WORDS]
    read = pd.DataFrame(
        {
            "person_id": staff_posts["person_id"].to_numpy(),
            "_words": words.reindex(staff_posts["post_id"].to_numpy()).to_numpy(),
            "_cluster": text_clusters(staff_posts) if clusters is None else clusters,
        }
    )
    read = read[read["_words"].notna()].drop_duplicates("_cluster")
    by_person = read.groupby(read["person_id"].astype(str))
    replies = result.replies["person_id"].astype(str).value_counts()
    people = result.person_features["person_id"].astype(str)
    return EvidenceCounts(
        words=by_person["_words"].sum().reindex(people, fill_value=0).astype("int64"),
        texts=by_person.size().reindex(people, fill_value=0).astype("int64"),
        replies=replies.reindex(people, fill_value=0).astype("int64"),
    )


def bootstrap_replicates(
    staff_posts: pd.DataFrame,
    result: features.FeatureResult,
    *,
    n: int,
    seed: int,
    inputs: features.ReplicateInputs | None = None,
    clusters: np.ndarray | None = None,
) -> list[pd.DataFrame]:
    """Person features recomputed on texts and replies resampled within each person (seeded).

    Every resample is drawn in order from one seeded generator and turned into counts (how
    many times each post and reply was drawn), counted straight into the row orders the
    reductions read (features.OrderedCounts); blocks of replicates are aggregated at once
    from those counts (features.aggregate_ordered), with at most BOOTSTRAP_BLOCK_CELLS posts
    and replies per block.

    The reply rate counts messages addressed to the person, which are not resampled: each
    replicate draws it from the binomial of the person's messages and measured rate (its own
    seeded generator, so the other features' replicates do not depend on it), so that its
    sampling noise reaches the interval of `responsive`. `inputs`: `features.replicate_inputs`
    of the same result, when the caller has them already (here as in `split_halves` and
    `leave_out`: building them holds the per-post matrices twice over for a moment);
    `clusters`: `text_clusters(staff_posts)`, likewise.
    """
    if n <= 0 or staff_posts.empty:
        return []
    rng = np.random.default_rng(seed)
    inputs = inputs or features.replicate_inputs(result, staff_posts=staff_posts)
    post_order, *reply_orders = inputs.row_orders()
    clusters = text_clusters(staff_posts) if clusters is None else clusters
    post_draws = _Draws.of(staff_posts["person_id"], [post_order], clusters=clusters)
    reply_draws = _Draws.of(result.replies["person_id"], reply_orders)
    n_posts, n_replies = len(staff_posts), len(result.replies)
    block = max(1, BOOTSTRAP_BLOCK_CELLS // max(1, n_posts + n_replies))
    replicates: list[pd.DataFrame] = []
    for start in range(0, n, block):
        size = min(block, n - start)
        posts = np.zeros((1, size, n_posts), dtype=np.float64)
        replies = np.zeros((3, size, n_replies), dtype=np.float64)
        for i in range(size):
            post_draws.count(rng, into=posts[:, i])
            reply_draws.count(rng, into=replies[:, i])
        replicates += features.aggregate_ordered(inputs, features.OrderedCounts(posts[0], *replies))
    return _draw_reply_rates(replicates, result.person_features, seed=seed)


def _draw_reply_rates(replicates: list[pd.DataFrame], full: pd.DataFrame, *, seed: int) -> list[pd.DataFrame]:
    """Each replicate's reply rate drawn as Binomial(messages addressed, measured rate) / messages."""
    rate_column, base_column = REPLY_RATE, N_INBOUND
    if not replicates or rate_column not in full.columns or base_column not in full.columns:
        return replicates
    rng = np.random.default_rng([seed, 1])
    frame = full.set_index(full["person_id"].astype(str))
    out = []
    for replicate in replicates:
        people = replicate["person_id"].astype(str)
        rate = frame[rate_column].reindex(people).to_numpy(dtype=float)
        base = frame[base_column].reindex(people).fillna(0).to_numpy(dtype=float)
        known = ~np.isnan(rate) & (base > 0)
        drawn = np.full(len(rate), np.nan)
        drawn[known] = (
            rng.binomial(base[known].astype(np.int64), np.clip(rate[known], 0.0, 1.0)) / base[known]
        )
        out.append(
            replicate.assign(**{rate_column: np.where(known, drawn, replicate[rate_column].to_numpy())})
        )
    return out


def split_halves(
    staff_posts: pd.DataFrame,
    result: features.FeatureResult,
    *,
    inputs: features.ReplicateInputs | None = None,
) -> list[pd.DataFrame]:
    """Person features of each half of every person's posts and replies (two frames).

    Lexical diversity is taken as the features stage measured it on the same halves; the reply
    rate, which counts messages addressed to the person rather than their own, is left out
    (NaN) of both halves.
    """
    if staff_posts.empty:
        return []
    post_half = alternate_halves(staff_posts["person_id"], staff_posts["created_at"], staff_posts["post_id"])
    replies = result.replies
    reply_half = alternate_halves(replies["person_id"], replies["replied_at"], replies["post_id"])
    inputs = inputs or features.replicate_inputs(result, staff_posts=staff_posts)
    post_counts = np.stack([post_half == h for h in (0, 1)]).astype(np.float64)
    reply_counts = np.stack([reply_half == h for h in (0, 1)]).astype(np.float64)
    halves = features.aggregate_replicates(inputs, post_counts=post_counts, reply_counts=reply_counts)
    measured = result.halves.set_index(["person_id", "half"])
    out = []
    for half, frame in enumerate(halves):
        frame = frame.copy()
        for column in measured.columns:
            values = measured[column].xs(half, level="half") if len(measured) else pd.Series(dtype=float)
            frame[column] = frame["person_id"].map(values).astype(float)
        frame[REPLY_RATE] = np.nan
        out.append(frame)
    return out


def leave_out(
    staff_posts: pd.DataFrame,
    result: features.FeatureResult,
    removed: Mapping[str, Sequence[object]],
    *,
    inputs: features.ReplicateInputs | None = None,
) -> dict[str, pd.DataFrame]:
    """Per key (a trait), the person features without the posts (ids) listed for it."""
    if not removed:
        return {}
    inputs = inputs or features.replicate_inputs(result, staff_posts=staff_posts)
    ids = staff_posts["post_id"]
    counts = np.stack([(~ids.isin(list(posts))).to_numpy() for posts in removed.values()]).astype(np.float64)
    reply_counts = np.ones((len(removed), len(result.replies)))
    frames = features.aggregate_replicates(inputs, post_counts=counts, reply_counts=reply_counts)
    return dict(zip(removed, frames, strict=True))


@dataclass(frozen=True)
class _Draws:
    """Resampling within each person, counted in several row orders at once.

    Each person's clusters (rows sharing a cluster code, or each row alone) are drawn with
    replacement, as many as the person has, and a drawn cluster counts once for each of its
    rows. `rows` lists the rows person after person and, within a person, cluster after
    cluster; `places[j]` gives each of those rows its place in order j.
    """

    sizes: list[int]  # clusters per person
    starts: np.ndarray  # per cluster laid end to end: where its person's clusters start
    members: np.ndarray  # per row laid end to end: its cluster's number
    places: list[np.ndarray]

    @classmethod
    def of(
        cls, person_ids: pd.Series, orders: Sequence[np.ndarray], *, clusters: np.ndarray | None = None
    ) -> _Draws:
        """Each order given as the table positions of its rows (`order[k]`: the row at place k)."""
        cluster = np.arange(len(person_ids)) if clusters is None else np.asarray(clusters)
        person, _ = pd.factorize(person_ids, sort=True)
        rows = np.lexsort((np.arange(len(person)), cluster, person))
        # a cluster's number counts clusters person after person
        new_cluster = (
            np.r_[True, (np.diff(person[rows]) != 0) | (np.diff(cluster[rows]) != 0)]
            if len(rows)
            else (np.zeros(0, dtype=bool))
        )
        members = np.cumsum(new_cluster) - 1
        cluster_person = person[rows][new_cluster]
        sizes = np.bincount(cluster_person, minlength=int(person.max(initial=-1)) + 1).tolist()
        bounds = np.cumsum([0, *sizes])[:-1]
        places = []
        for order in orders:
            place = np.empty(len(order), dtype=np.int64)
            place[order] = np.arange(len(order))
            places.append(place[rows])
        return cls(sizes, np.repeat(bounds, sizes), members, places)

    def count(self, rng: np.random.Generator, *, into: np.ndarray) -> None:
        """Draw one resample and add its counts to `into[j]` for each order j."""
        if not self.sizes:
            return
        # one generator call per person, in person order: the seeded replicates depend on it
        drawn = np.concatenate([rng.integers(0, size, size=size) for size in self.sizes])
        drawn += self.starts
        per_cluster = np.bincount(drawn, minlength=len(self.starts))
        per_row = per_cluster[self.members]
        for counts, places in zip(into, self.places, strict=True):
            counts[places] += per_row
