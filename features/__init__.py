"""Features of staff-signals: per-post and per-reply extractors, per-person aggregation.

The pipeline calls exactly one function::

    result = extract(staff_posts, all_posts=posts, roster=roster, mission_terms=("transit", "riders"))

and gets a `FeatureResult` of tables (schemas in `signals.ground.schemas`). Families and their person
feature columns are listed in `PERSON_FEATURE_COLUMNS`; the model's weight file uses these names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from features import groups as grouping
from features.aggregate import (
    PERSON_FEATURE_COLUMNS,
    POST_FLAG_COLUMNS,
    activity_features,
    post_flags,
    responsiveness_features,
)
from features.columnar.engine import analyze
from features.groups import (
    SharedParts,
    TextTools,
    concat_groups,
    finish_group,
    person_groups,
    start_group,
)
from features.language import is_english
from features.lexical import Match
from features.politeness import FEATURES as POLITENESS_FEATURES
from features.posts import (
    MATCH_COLUMNS,
    TEXT_COUNT_FEATURES,
    VALUE_COLUMNS,
    WRITING_COLUMNS,
)
from features.registry import (
    COLLEAGUE_MENTION_SHARE,
    ENGLISH_SHARE,
    LEXICAL_DIVERSITY,
    N_INBOUND,
    REPLY_RATE,
    THANKS_COLLEAGUE_SHARE,
)
from features.resample import OrderedCounts, ReplicateInputs, aggregate_ordered, aggregate_replicates
from features.responsiveness import ReplyResult, combine_posts, detect_replies
from features.roster import RosterIndex
from signals.execution.runner import LocalRunner, Runner
from signals.ground.errors import SchemaError
from signals.ground.schemas import (
    FEATURE_EVIDENCE,
    POSTS,
    ROSTER,
    STAFF_POSTS,
    Table,
    validate,
    validate_person_features,
)

# Columns of post_features after post_id: the writing features (NaN for posts that are not own
# writing), then flags every post has.
POST_COLUMNS: tuple[str, ...] = WRITING_COLUMNS + POST_FLAG_COLUMNS

__all__ = [
    "PERSON_FEATURE_COLUMNS",
    "POST_COLUMNS",
    "FeatureResult",
    "TEXT_FEATURE_COLUMNS",
    "Match",
    "OrderedCounts",
    "aggregate_ordered",
    "aggregate_replicates",
    "aggregate_resampled",
    "replicate_inputs",
    "extract",
    "person_groups",
    "text_features",
    "texts_features",
]

logger = logging.getLogger(__name__)


@dataclass
class FeatureResult:
    """Everything the features stage hands to the model and the report.

    - `post_features`: `post_id` + POST_COLUMNS (floats; NaN for posts that are not own writing);
    - `replies`: schemas.REPLIES, one row per staff reply to someone else;
    - `person_features`: `person_id` + PERSON_FEATURE_COLUMNS, one row per consenting roster
      person and per person of `staff_posts`, sorted by person_id;
    - `feature_evidence`: schemas.FEATURE_EVIDENCE, up to 5 posts per (person, feature);
    - `rejects`: schemas.REJECTS (negative reply latencies; locator = post_id);
    - `counts`: counters of what was read, excluded and why;
    - `halves`: person_id, half (0, 1) and the features a count of posts cannot recompute
      (lexical diversity), measured on each half of the person's posts (alternate_halves).
    """

    post_features: pd.DataFrame
    replies: pd.DataFrame
    person_features: pd.DataFrame
    feature_evidence: pd.DataFrame
    rejects: pd.DataFrame
    counts: dict[str, int] = field(default_factory=dict)
    halves: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(HALF_COLUMNS)))


def _checked(frame: pd.DataFrame, table: Table, *, extra: Iterable[str] = ()) -> pd.DataFrame:
    """The table's columns (and `extra` ones present) of `frame`, checked against the contract."""
    missing = [n for n in table.names if n not in frame.columns]
    if missing:
        raise SchemaError(table.name, [f"missing columns {missing}"])
    validate(frame[table.names], table)
    return frame[[*table.names, *(c for c in extra if c in frame.columns)]]


def extract(
    staff_posts: pd.DataFrame,
    *,
    all_posts: pd.DataFrame | Callable[[], pd.DataFrame],
    roster: pd.DataFrame,
    mission_terms: Iterable[str] = (),
    group_posts: int | None = None,
    runner: Runner | None = None,
) -> FeatureResult:
    """Per-post features, replies, person features and their evidence for consenting staff.

    `staff_posts` are the attributed posts of consenting staff (schemas.STAFF_POSTS),
    `all_posts` every post read (schemas.POSTS, optionally with `person_id`) or a function
    that loads them (then they are let go as soon as replies are found), `roster` the
    roster (schemas.ROSTER), `mission_terms` the organization's own words for mission
    affinity. The per-text analysis runs on `runner` (signals.execution; default: in this
    process), which the pipeline builds once for the run: worker processes or a Dask cluster.
    Results do not depend on the order of the input rows nor on the runner.

    Replies are found over all posts at once; everything else is per person, so the writing
    posts are analyzed group by group of people (features.groups: at most `group_posts`,
    default GROUP_POSTS, staff posts per group): only one group's per-text tables are in
    memory at a time. The results do not depend on `group_posts` either, nor on the runner's
    text cache (features.text_cache), which serves the texts it holds and takes every summary.
    """
    given = _checked(staff_posts, STAFF_POSTS).reset_index(drop=True)
    keys = ["person_id", "created_at", "post_id"]
    # rows in person order as positions, and only the sort keys copied in that order: each
    # group takes its own rows, texts included (a sorted copy of a million posts would be the
    # stage's largest table)
    order = given[keys].sort_values(keys).index.to_numpy()
    staff = given[keys].iloc[order].reset_index(drop=True)
    index = RosterIndex.from_frame(_checked(roster, ROSTER))
    persons = sorted(set(index.consenting) | set(staff["person_id"]))
    # of each group only its person features, evidence and counters are kept
    people_parts: list[pd.DataFrame] = []
    evidence_parts: list[pd.DataFrame] = []
    half_parts: list[pd.DataFrame] = []
    tools = TextTools(tuple(sorted(mission_terms)), index.colleague_index(), runner or LocalRunner())
    cuts = person_groups(persons, staff["person_id"], max_posts=group_posts or grouping.GROUP_POSTS)
    # Each next group's texts go to the runner before this process finishes the current
    # one. The first group's start only after reply detection: started before it, its
    # summaries and the busy workers came on top of reply detection's peak (1M posts:
    # 1,613 -> 1,796-1,852 MB PSS, too close to 2 GB, for at most the ~20 s it overlaps).
    found, shared, table, n_all_posts = _replies_and_flags(given, all_posts, staff, order, index)
    counts = {"staff_posts": len(staff), "all_posts": n_all_posts, "persons": len(persons)}
    pending = [start_group(given, order, cuts[0], tools)]
    for at in range(len(cuts)):
        if at + 1 < len(cuts):
            pending.append(start_group(given, order, cuts[at + 1], tools))
        done = finish_group(pending.pop(0), shared)
        table[done.positions, : len(WRITING_COLUMNS)] = done.writing
        people_parts.append(done.people)
        evidence_parts.append(done.evidence)
        half_parts.append(done.halves)
        for key, n in done.counts.items():
            counts[key] = counts.get(key, 0) + n
    people = concat_groups(people_parts)
    validate_person_features(people)
    evidence = validate(concat_groups(evidence_parts), FEATURE_EVIDENCE)
    post_features = pd.DataFrame(table, columns=list(POST_COLUMNS), copy=False)  # table is not used again
    post_features.insert(0, "post_id", staff["post_id"])
    counts |= found.counts
    logger.info("features: %s", counts)
    return FeatureResult(
        post_features=post_features,
        replies=found.replies,
        person_features=people,
        feature_evidence=evidence,
        rejects=found.rejects,
        counts=counts,
        halves=concat_groups(half_parts).sort_values(["person_id", "half"], ignore_index=True),
    )


def _replies_and_flags(
    given: pd.DataFrame,
    all_posts: pd.DataFrame | Callable[[], pd.DataFrame],
    staff: pd.DataFrame,
    order: np.ndarray,
    index: RosterIndex,
) -> tuple[ReplyResult, SharedParts, np.ndarray, int]:
    """Replies over all posts, the parts every group shares, the post features table with its
    flag columns filled (`staff`: the sort keys of `given` in person `order`) and how many
    posts there were."""
    found, n_all_posts = _replies(given, all_posts, index)
    flags = pd.concat(
        [staff[["post_id", "person_id", "created_at"]], post_flags(given).iloc[order].reset_index(drop=True)],
        axis=1,
    )
    shared = SharedParts(
        activity=activity_features(flags),
        responsiveness=responsiveness_features(found.replies, found.inbound),
        replies=found.replies,
        inbound=found.inbound,
    )
    # post_features is filled in place, each group's rows as soon as they are known
    table = np.full((len(staff), len(POST_COLUMNS)), np.nan)
    table[:, len(WRITING_COLUMNS) :] = flags[list(POST_FLAG_COLUMNS)].to_numpy(dtype=float)
    return found, shared, table, n_all_posts


def _replies(
    given: pd.DataFrame, all_posts: pd.DataFrame | Callable[[], pd.DataFrame], index: RosterIndex
) -> tuple[ReplyResult, int]:
    """Replies of the staff posts `given` over every post, and how many posts there were.

    The posts reply detection reads are held only by this call: let go when it returns,
    before the features stage goes on.
    """
    combined, n_all_posts = _combined_posts(given, all_posts)
    return detect_replies(combined, given["post_id"], index), n_all_posts


def _combined_posts(
    given: pd.DataFrame, all_posts: pd.DataFrame | Callable[[], pd.DataFrame]
) -> tuple[pd.DataFrame, int]:
    """What reply detection reads (combine_posts; rows in any order, its results are sorted)
    and how many posts there were. Every post, when loaded here, is let go on return: not
    kept through reply detection."""
    everything = _checked(all_posts() if callable(all_posts) else all_posts, POSTS, extra=["person_id"])
    return combine_posts(given, everything), len(everything)


HALF_COLUMNS: tuple[str, ...] = ("person_id", "half", LEXICAL_DIVERSITY)

# Features a bootstrap replicate keeps at their full-sample value: MTLD of resampled (hence
# duplicated) posts is biased low, and inbound messages are not among the resampled tables.
FULL_SAMPLE_FEATURES: tuple[str, ...] = (
    LEXICAL_DIVERSITY,
    REPLY_RATE,
    N_INBOUND,
    ENGLISH_SHARE,
)


def replicate_inputs(result: FeatureResult, *, staff_posts: pd.DataFrame) -> ReplicateInputs:
    """What `aggregate_replicates` needs of an extract result, prepared once for every replicate.

    `staff_posts` is the frame given to `extract`; count matrices index its rows and the
    rows of `result.replies`.
    """
    return ReplicateInputs.of(
        post_features=result.post_features,
        person_features_=result.person_features,
        replies=result.replies,
        staff_posts=staff_posts,
        keep_full=FULL_SAMPLE_FEATURES,
    )


def aggregate_resampled(
    result: FeatureResult,
    *,
    staff_posts: pd.DataFrame,
    post_positions: Sequence[int] | np.ndarray,
    reply_positions: Sequence[int] | np.ndarray,
    roster: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Person features of one bootstrap replicate: posts and replies resampled by position.

    `post_positions` index rows of `staff_posts` (the frame given to `extract`),
    `reply_positions` rows of `result.replies`; both may repeat rows. Per-post and per-reply
    values are reused from `result` (no text is analyzed again), so a replicate costs one
    aggregation. FULL_SAMPLE_FEATURES keep their full-sample values. `roster` is accepted
    for symmetry with `extract`; schedules are already in the replies' business latencies.
    Many replicates: `replicate_inputs` once, then `aggregate_replicates` on count blocks.
    """
    del roster
    inputs = replicate_inputs(result, staff_posts=staff_posts)
    post_counts = np.bincount(np.asarray(post_positions, dtype=np.int64), minlength=len(staff_posts))
    reply_counts = np.bincount(np.asarray(reply_positions, dtype=np.int64), minlength=len(result.replies))
    people = aggregate_replicates(
        inputs, post_counts=post_counts[None, :], reply_counts=reply_counts[None, :]
    )
    return validate_person_features(people[0])


def text_features(
    text: str, *, mission_terms: Iterable[str] = (), lang: object = None
) -> tuple[dict[str, float], list[Match]]:
    """Per-text features of one text (for `signals text-features` and researchers).

    Returns the text's values (`<family>__<feature>` of VALUE_COLUMNS, the number of matches
    per person feature that counts them, and the politeness strategies of
    `features.politeness`) and every match with its span in `text`. Author-dependent
    features (colleague mentions) and post properties (edits) are not included. Empty after
    cleaning, or not English (`lang` tag, else the offline detector; `signals run` skips such
    posts the same way): `({}, [])`.
    """
    values, matches = texts_features([text], mission_terms=mission_terms, langs=[lang])[0]
    return values, matches


TEXT_FEATURE_COLUMNS: tuple[str, ...] = (
    VALUE_COLUMNS
    + tuple(
        column
        for feature, column in MATCH_COLUMNS.items()
        if feature not in (COLLEAGUE_MENTION_SHARE, THANKS_COLLEAGUE_SHARE)
    )
    + POLITENESS_FEATURES
)


def texts_features(
    texts: Sequence[str], *, mission_terms: Iterable[str] = (), langs: Sequence[object] | None = None
) -> list[tuple[dict[str, float], list[Match]]]:
    """`text_features` of many texts at once (each distinct text analyzed once, by the
    columnar engine, every match kept)."""
    distinct = list(dict.fromkeys(texts))
    found = analyze(
        distinct,
        detect=[False] * len(distinct),
        always=[True] * len(distinct),
        mission_terms=tuple(sorted(mission_terms)),
        every_match=True,
        politeness=True,
    )
    assert found.politeness is not None
    row_of = {text: i for i, text in enumerate(distinct)}
    bounds = np.searchsorted(found.match_row, np.arange(len(distinct) + 1))
    counted = [
        (column, len(VALUE_COLUMNS) + TEXT_COUNT_FEATURES.index(feature))
        for feature, column in MATCH_COLUMNS.items()
        if column in TEXT_FEATURE_COLUMNS
    ]
    out: list[tuple[dict[str, float], list[Match]]] = []
    for i, text in enumerate(texts):
        row = row_of[text]
        if not found.analyzed[row] or not is_english(None if langs is None else langs[i], text):
            out.append(({}, []))
            continue
        values = dict(zip(VALUE_COLUMNS, found.values[row, : len(VALUE_COLUMNS)].tolist(), strict=True))
        values.update((column, float(found.values[row, at])) for column, at in counted)
        values.update(zip(POLITENESS_FEATURES, found.politeness[row].tolist(), strict=True))
        matches = [
            Match(TEXT_COUNT_FEATURES[code], start, end, label)
            for code, (start, end), label in zip(
                found.match_feature[bounds[row] : bounds[row + 1]].tolist(),
                found.match_span[bounds[row] : bounds[row + 1]].tolist(),
                found.match_label[bounds[row] : bounds[row + 1]],
                strict=True,
            )
        ]
        out.append((values, [*matches, *found.politeness_matches[row]]))
    return out
