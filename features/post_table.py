"""The per-post tables of a run: each writing post's values, matches, words and opening.

Own writing = kind in OWN_WRITING_KINDS (reposts carry someone else's words) with a non-empty
cleaned text; posts in a language other than English (their `lang` tag, else
`features.language`'s offline detector) are left out of the English lexicons and formulas
(counted, and per person as `humanness__english_share`).

Each distinct text is analyzed once, by the run's runner (signals.execution), and comes back as
a columnar summary (features.summaries); the posts then take their text's values by array
indexing, not one Python object per post. Only colleague mentions depend on the author: they are resolved
per post, and only for the few texts that name a roster colleague at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from features.columnar.block import TEXT_VALUE_COLUMNS, SummaryBlock
from features.language import tag_language
from features.lexical import ColleagueIndex, select_mentions
from features.posts import (
    MATCH_COLUMNS,
    MATCH_FRAME_COLUMNS,
    TEXT_COUNT_FEATURES,
    VALUE_COLUMNS,
    template_flags,
)
from features.registry import (
    COLLEAGUE_MENTION_SHARE,
    EDITED,
    ENGLISH_SHARE,
    GRATITUDE_RATE,
    TEMPLATED,
    THANKS_COLLEAGUE_SHARE,
)
from features.summaries import start_summaries
from signals.execution.runner import Runner
from signals.ground.config import OWN_WRITING_KINDS

logger = logging.getLogger(__name__)


@dataclass
class PostAnalysis:
    """Per-post values of the writing posts, their matches, their words, and counters."""

    values: pd.DataFrame  # post_id, person_id, created_at + WRITING_COLUMNS
    matches: pd.DataFrame  # MATCH_FRAME_COLUMNS
    words: pd.Series  # post_id -> the post's lowercased words joined by spaces
    openings: pd.DataFrame  # index post_id; start, end of the first TEMPLATE_TOKENS words
    counts: dict[str, int]
    # person_id -> share of the person's own-writing posts in English (or unknown language),
    # i.e. the share the English writing families could read
    english_share: pd.Series


@dataclass
class StartedAnalysis:
    """The writing posts of `staff_posts` whose texts are being summarized (`summaries`)."""

    own: pd.DataFrame  # post_id, person_id, created_at, text, lang, edited of the writing posts
    own_texts: np.ndarray
    tags: np.ndarray  # language tag of each (None: untagged)
    untagged: np.ndarray
    summaries: Callable[[], tuple[pd.Index, SummaryBlock]]


def start_analysis(
    staff_posts: pd.DataFrame,
    *,
    mission_terms: tuple[str, ...] = (),
    colleagues: ColleagueIndex,
    runner: Runner | None = None,
) -> StartedAnalysis:
    """Every per-text function over the writing posts of `staff_posts`, started: their texts
    are handed to `runner` (default: this process) now, and `finish_analysis` waits for them
    and builds the per-post tables."""
    writes = staff_posts["kind"].isin(OWN_WRITING_KINDS) & staff_posts["text"].notna()
    # only the columns used here: taking rows copies the strings of every column taken
    own = staff_posts.loc[writes, ["post_id", "person_id", "created_at", "text", "lang", "edited"]]
    own_texts = own["text"].astype(str).to_numpy(dtype=object)
    tags = np.array([tag_language(lang) for lang in own["lang"]], dtype=object)
    untagged = np.array([t is None for t in tags], dtype=bool)
    summaries = start_summaries(
        own_texts[tags == "en"],
        detect=own_texts[untagged],
        mission_terms=mission_terms,
        colleagues=colleagues,
        runner=runner,
    )
    return StartedAnalysis(own, own_texts, tags, untagged, summaries)


def finish_analysis(started: StartedAnalysis) -> PostAnalysis:
    """The PostAnalysis of a started analysis (waiting for its summaries)."""
    own, own_texts, tags, untagged = started.own, started.own_texts, started.tags, started.untagged
    distinct, block = started.summaries()
    del started
    # -1 for the texts of posts tagged with another language: they were never summarized, so
    # only untagged posts (whose texts all went to the detector) look up a detected language
    rows = distinct.get_indexer(own_texts)
    n_distinct = len(distinct)
    detected = np.full(len(rows), None, dtype=object)
    detected[untagged] = np.array(block.langs, dtype=object)[rows[untagged]]
    languages = np.where(untagged, detected, tags)
    # the texts as Python strings (and their hash table) are not needed past this point; the
    # per-post tables below are the stage's peak, so they are let go first
    del own_texts, distinct, detected, tags
    english = pd.Series([lang in (None, "en") for lang in languages], index=own.index, dtype=bool)
    is_english = english.to_numpy()
    at_all = rows[is_english]
    keep = block.analyzed[at_all]
    writing = own[["post_id", "person_id", "created_at", "edited"]].iloc[np.flatnonzero(is_english)[keep]]
    at = at_all[keep]

    values = pd.DataFrame(block.values[at], columns=list(TEXT_VALUE_COLUMNS))
    mentions, mention_rows = _colleague_mentions(writing, at, block, values)
    values[MATCH_COLUMNS[COLLEAGUE_MENTION_SHARE]] = mentions[:, 0]
    values[MATCH_COLUMNS[THANKS_COLLEAGUE_SHARE]] = mentions[:, 1]
    values = values[list(VALUE_COLUMNS + tuple(MATCH_COLUMNS.values()))]
    values.insert(0, "post_id", writing["post_id"].to_numpy())
    values.insert(1, "person_id", writing["person_id"].to_numpy())
    # `.array` keeps the zoned times (`to_numpy` would make a Timestamp object of each)
    values.insert(2, "created_at", writing["created_at"].array)
    values[EDITED] = writing["edited"].astype(float).to_numpy()
    index = pd.Index(values["post_id"])
    words = pd.Series([block.words[i] for i in at], index=index, dtype=object)
    openings = pd.DataFrame(block.openings[at], columns=["start", "end"], index=index)
    values[TEMPLATED] = template_flags(
        words, values["person_id"], values["created_at"]
    ).astype(float).to_numpy()
    matches = pd.concat([_text_match_rows(values, at, block), mention_rows], ignore_index=True)
    counts = {
        "writing_posts": len(values),
        "empty_after_cleaning": int(is_english.sum()) - len(values),
        "non_english_posts_excluded": int((~english).sum()),
    }
    logger.info("per-post pass: %d writing posts, %d distinct texts", len(values), n_distinct)
    return PostAnalysis(
        values,
        matches,
        words,
        openings,
        counts,
        english.astype(float).groupby(own["person_id"].to_numpy()).mean().rename(ENGLISH_SHARE),
    )


def _text_match_rows(values: pd.DataFrame, at: np.ndarray, block: SummaryBlock) -> pd.DataFrame:
    """Per (post, feature) of the author-independent features: count and first match."""
    count_column = np.array([TEXT_VALUE_COLUMNS.index(MATCH_COLUMNS[f]) for f in TEXT_COUNT_FEATURES])
    feature_names = np.array(TEXT_COUNT_FEATURES, dtype=object)
    counts = block.values[block.first_row, count_column[block.first_feature]]
    # object columns: a post's row then points at its text's feature name and note, where
    # Arrow strings would copy them into every one of a few million rows
    per_text = pd.DataFrame(
        {
            "code": block.first_row.astype(np.int64),
            "feature": pd.Series(feature_names[block.first_feature], dtype=object),
            "count": counts.astype(np.int64),
            "match_start": block.first_span[:, 0],
            "match_end": block.first_span[:, 1],
            "note": pd.Series(block.first_label, dtype=object),
        }
    )
    posts = pd.DataFrame({"post_id": values["post_id"].to_numpy(), "code": at.astype(np.int64)})
    return posts.merge(per_text, on="code", how="inner")[MATCH_FRAME_COLUMNS]


def _colleague_mentions(
    writing: pd.DataFrame, at: np.ndarray, block: SummaryBlock, values: pd.DataFrame
) -> tuple[np.ndarray, pd.DataFrame]:
    """Per post: colleague mentions and thanks to a colleague (0/1), and their match rows.

    A mention counts when it names a roster person other than the post's author; a post
    that also thanks gets one "thanks + colleague" match at its first mention.
    """
    out = np.zeros((len(writing), 2))
    rows: list[tuple[object, str, int, int, int, str]] = []
    thanked = values[MATCH_COLUMNS[GRATITUDE_RATE]].to_numpy() > 0
    names_someone = np.zeros(len(block), dtype=bool)
    names_someone[list(block.mentions)] = True
    naming = np.flatnonzero(names_someone[at])
    post_ids = writing["post_id"].to_numpy()
    authors = writing["person_id"].to_numpy()
    for i in naming:
        found = select_mentions(block.mentions[int(at[i])], author=str(authors[i]))
        if not found:
            continue
        first = found[0]
        out[i, 0] = len(found)
        rows.append((post_ids[i], COLLEAGUE_MENTION_SHARE, len(found), first.start, first.end, first.label))
        if thanked[i]:
            out[i, 1] = 1.0
            note = f"thanks + {first.label}"
            rows.append((post_ids[i], THANKS_COLLEAGUE_SHARE, 1, first.start, first.end, note))
    return out, pd.DataFrame(rows, columns=MATCH_FRAME_COLUMNS)
