"""The features stage one group of people at a time.

Everything but reply detection is per person, so `features.extract` cuts the people into
groups of at most GROUP_POSTS staff posts (`person_groups`) and runs the per-text pass,
person features and feature evidence group by group (`start_group`, `finish_group`): the
per-text tables (texts, summaries, matches, words) of the group being finished are in memory,
and the texts of the next one, already in the workers. The groups' rows are concatenated in
person order, which is the order the whole-table code gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from features.aggregate import alternate_halves, lexical_diversity, person_features, writing_features
from features.evidence import build_evidence
from features.lexical import ColleagueIndex
from features.post_table import StartedAnalysis, finish_analysis, start_analysis
from features.posts import WRITING_COLUMNS
from features.registry import LEXICAL_DIVERSITY
from signals.execution.runner import Runner

# staff posts per group of people whose per-text tables are in memory at once (about 120 MB
# per 50,000 posts); larger groups save little time (a little less repeated work per group)
GROUP_POSTS = 50_000


@dataclass(frozen=True)
class SharedParts:
    """What every group of people takes its own rows of: found over all posts at once."""

    activity: pd.DataFrame
    responsiveness: pd.DataFrame
    replies: pd.DataFrame
    inbound: pd.DataFrame


@dataclass(frozen=True)
class TextTools:
    """How the per-text pass of every group runs."""

    mission_terms: tuple[str, ...]
    colleagues: ColleagueIndex
    runner: Runner


@dataclass(frozen=True)
class GroupResult:
    people: pd.DataFrame
    evidence: pd.DataFrame
    writing: np.ndarray  # WRITING_COLUMNS of the group's writing posts, as floats
    positions: np.ndarray  # the staff rows of those posts
    counts: dict[str, int]
    halves: pd.DataFrame  # person_id, half, HALF_FEATURES measured on each half of the posts


def person_groups(
    persons: Sequence[str], authors: pd.Series, *, max_posts: int
) -> list[tuple[list[str], np.ndarray]]:
    """`persons` (sorted) cut into consecutive groups of at most `max_posts` posts of `authors`
    (a person with more is a group alone), each with the positions of its posts in `authors`.

    There is always at least one group (empty when there are no persons), so an empty input
    flows through the same code.
    """
    posts_of = authors.value_counts()
    groups: list[list[str]] = [[]]
    size = 0
    for person in persons:
        n = int(posts_of.get(person, 0))
        if groups[-1] and size + n > max_posts:
            groups.append([])
            size = 0
        groups[-1].append(person)
        size += n
    if len(groups) == 1:
        return [(groups[0], np.arange(len(authors)))]
    return [(group, np.flatnonzero(authors.isin(group).to_numpy())) for group in groups]


@dataclass(frozen=True)
class StartedGroup:
    """A group whose per-text pass is under way in the workers."""

    persons: list[str]
    rows: np.ndarray
    all_rows: int  # staff posts of every group together
    posts: pd.DataFrame
    analysis: StartedAnalysis


def start_group(
    staff_posts: pd.DataFrame, order: np.ndarray, group: tuple[list[str], np.ndarray], tools: TextTools
) -> StartedGroup:
    """Per-text analysis of one group of people handed to the workers; `finish_group` adds
    the person features and feature evidence.

    `order` lists the rows of `staff_posts` in person order and the group's rows index
    `order`: only the group's posts (texts included) are taken, never a sorted copy of all.
    Starting the next group before finishing this one keeps the workers busy while this
    process computes a group's person features and evidence.
    """
    persons, rows = group
    posts = staff_posts.iloc[order[rows]].reset_index(drop=True)
    analysis = start_analysis(
        posts,
        mission_terms=tools.mission_terms,
        colleagues=tools.colleagues,
        runner=tools.runner,
    )
    return StartedGroup(persons, rows, len(order), posts, analysis)


def finish_group(started: StartedGroup, shared: SharedParts) -> GroupResult:
    """Person features and feature evidence of a started group (waiting for its texts)."""
    persons, rows, posts, all_rows = started.persons, started.rows, started.posts, started.all_rows
    analysis = finish_analysis(started.analysis)
    diversity = lexical_diversity(analysis.values, analysis.words)
    people = person_features(
        persons,
        [
            writing_features(analysis.values),
            diversity.to_frame(),
            analysis.english_share.to_frame(),
            shared.activity,
            shared.responsiveness,
        ],
    )
    replies, inbound = (
        frame if len(rows) == all_rows else frame[frame["person_id"].isin(persons)]
        for frame in (shared.replies, shared.inbound)
    )
    evidence = build_evidence(
        staff_posts=posts,
        values=analysis.values,
        matches=analysis.matches,
        words=analysis.words,
        openings=analysis.openings,
        replies=replies,
        inbound=inbound,
        person=people,
    )
    local = pd.Index(posts["post_id"]).get_indexer(analysis.values["post_id"])
    # the group's per-text tables are let go on return; the runner hands their memory back
    # before it starts the next piece of work
    return GroupResult(
        people,
        evidence,
        analysis.values[list(WRITING_COLUMNS)].to_numpy(dtype=float),
        rows[local],
        analysis.counts,
        _half_diversity(posts, analysis.values, analysis.words),
    )


def concat_groups(parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Rows of the groups one after another (a single group's frame as it is); empty groups
    are skipped, so they cannot change a column's type."""
    filled = [p for p in parts if len(p)] or list(parts[:1])
    return filled[0] if len(filled) == 1 else pd.concat(filled, ignore_index=True)


def _half_diversity(posts: pd.DataFrame, values: pd.DataFrame, words: pd.Series) -> pd.DataFrame:
    """Lexical diversity of each half of every person's posts (aggregate.alternate_halves).

    Diversity is the one writing feature the split-half reliability cannot recompute from
    per-post values, so the group measures it on both halves while the words are at hand.
    """
    half_of = pd.Series(
        alternate_halves(posts["person_id"], posts["created_at"], posts["post_id"]), index=posts["post_id"]
    )
    halves = half_of.reindex(values["post_id"].to_numpy()).to_numpy()
    parts = [
        lexical_diversity(values[halves == half], words)
        .rename_axis("person_id")
        .reset_index()
        .assign(half=half)
        for half in (0, 1)
    ]
    return pd.concat(parts, ignore_index=True)[["person_id", "half", LEXICAL_DIVERSITY]]
