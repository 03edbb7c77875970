"""The per-post pass: its columns, templated openings, and the batches of distinct texts it
hands to the run's runner (signals.execution; the per-text work itself is
features.columnar's engine).

Own writing = kind in OWN_WRITING_KINDS (reposts carry someone else's words) with a non-empty
cleaned text; posts in a language other than English (their `lang` tag, else
`features.language`'s offline detector) are left out of the English lexicons and formulas
(counted, and per person as `humanness__english_share`). Each distinct text is analyzed once
(templated posts repeat); only colleague mentions depend on the author.

Output: one row of per-post values per writing post (columns `<family>__<feature>`, floats)
and, per (post, person feature), the number of matches with the first one's span and label.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from features.lexical import (
    Lexicon,
    Scanner,
    all_lexicons,
    mission_lexicon,
    term_words,
)
from features.registry import FLAG, MATCH, VALUE, columns_of, fed_by

logger = logging.getLogger(__name__)

# person feature fed by matches -> per-post column holding the number of matches (features.registry)
MATCH_COLUMNS: dict[str, str] = fed_by((MATCH,))
VALUE_COLUMNS: tuple[str, ...] = columns_of(VALUE)
WRITING_COLUMNS: tuple[str, ...] = columns_of(VALUE) + columns_of(MATCH) + columns_of(FLAG)
TEMPLATE_TOKENS = 6
TEMPLATE_WINDOW = 10  # posts before and after a post whose openings it is compared with
MATCH_FRAME_COLUMNS = ["post_id", "feature", "count", "match_start", "match_end", "note"]


# per-text match counts of the person features that do not depend on the author
TEXT_COUNT_FEATURES: tuple[str, ...] = tuple(
    feature for feature, column in MATCH_COLUMNS.items() if column in columns_of(MATCH, by_author=False)
)


def opening_words(words: str) -> str:
    """The first TEMPLATE_TOKENS of space-joined words."""
    return " ".join(words.split(" ", TEMPLATE_TOKENS)[:TEMPLATE_TOKENS])


def template_flags(words: pd.Series, person: pd.Series, created_at: pd.Series | None = None) -> pd.Series:
    """Whether each post opens with the same first six words as one of the TEMPLATE_WINDOW
    posts its author wrote just before or just after it.

    The window is counted in posts, not in time: a person who posts twice as much has twice the
    posts to repeat an opening from, so "like any other post" would read volume as a lack of
    creativity (keeping a random half of someone's posts halved their template share). `words`
    (index post_id) holds each post's words joined by spaces; posts without words never match.
    `created_at` orders each person's posts (table order without it).
    """
    openings = words.map(opening_words).to_numpy()
    keys = np.where(openings == "", -1, pd.factorize(openings)[0])
    people, _ = pd.factorize(person.to_numpy())
    when = np.arange(len(words)) if created_at is None else pd.to_datetime(created_at, utc=True).to_numpy()
    order = np.lexsort((np.arange(len(words)), when, people))
    key, who = keys[order], people[order]
    flagged = np.zeros(len(words), dtype=bool)
    for offset in range(1, TEMPLATE_WINDOW + 1):
        same = (key[offset:] == key[:-offset]) & (who[offset:] == who[:-offset]) & (key[offset:] >= 0)
        flagged[offset:] |= same
        flagged[:-offset] |= same
    result = np.zeros(len(words), dtype=bool)
    result[order] = flagged
    return pd.Series(result, index=words.index)


@lru_cache(maxsize=4)
def text_tools(mission_terms: tuple[str, ...]) -> tuple[Lexicon, Scanner, frozenset[str]]:
    """The compiled lexicons of a run: built once per process.

    The lexicons every run shares (about a second to compile) are loaded in the workers'
    forkserver (features.worker_preload); only the organization's mission terms are added here.
    """
    mission = mission_lexicon(mission_terms)
    return mission, Scanner(all_lexicons(mission)), term_words(mission_terms)


@dataclass(frozen=True)
class TextBatch:
    """Distinct texts for one worker: which need language detection, and which need analysis
    whatever their detected language (a tagged-English post shares the text)."""

    def split(self, size: int) -> list[TextBatch]:
        """Consecutive batches of at most `size` texts."""
        return [
            TextBatch(self.texts[i : i + size], self.detect[i : i + size], self.always[i : i + size])
            for i in range(0, len(self.texts), size)
        ]

    texts: list[str]
    detect: list[bool]
    always: list[bool]

    def __len__(self) -> int:
        return len(self.texts)


def distinct_batch(texts: Iterable[str], detect: Iterable[str]) -> TextBatch:
    """Each distinct text of `texts` and `detect` once, in first-seen order, with its flags:
    `detect` for those of `detect`, `always` for those of `texts`."""
    texts, detect = list(texts), list(detect)
    always, to_detect = set(texts), set(detect)
    distinct = list(dict.fromkeys([*texts, *detect]))
    return TextBatch(distinct, [t in to_detect for t in distinct], [t in always for t in distinct])
