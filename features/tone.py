"""Tone: VADER sentiment per post, incivility aimed at people, gratitude.

"Enjoyable to be around; how they are in real life is how they will be online." VADER
(Hutto & Gilbert 2014) is a lexicon-and-rules model built for social media text; one analyzer
instance serves the whole process and scores are cached per text, since templated posts
repeat. A compound score <= -0.05 is VADER's documented threshold for negative text.
"""

from __future__ import annotations

import string
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from features.lexical import Match, find, lexicon
from features.registry import GRATITUDE_RATE, INCIVILITY_RATE
from features.text import Prepared
from features.vader import compound as vader_compound

NEGATIVE_COMPOUND = -0.05
INCIVILITY = INCIVILITY_RATE
GRATITUDE = GRATITUDE_RATE


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyzer of the process (its lexicon loads once, from package data)."""
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=65_536)
def compound(clean: str) -> float:
    """VADER compound score of a cleaned text, in [-1, 1].

    VADER gives valence only to words of its lexicon (and to emoji, which it first turns into
    words); a text with neither scores exactly 0, so it is not run on such texts (a third of
    short posts), which saves time without changing any score.
    """
    vader = analyzer()
    if clean.isascii() and not _has_lexicon_word(clean, vader.lexicon):
        return 0.0
    return vader_compound(clean)  # polarity_scores' compound, in one pass (features.vader)


def _has_lexicon_word(text: str, lexicon: dict[str, float]) -> bool:
    """Whether a word of `text`, as VADER splits and strips it, is in VADER's lexicon."""
    return any(raw in lexicon or raw.strip(string.punctuation) in lexicon for raw in text.lower().split())


def incivility(text: str | Prepared) -> list[Match]:
    """Insults and profanity aimed at people ("you idiot", "shut up"); not negated or quoted."""
    return find(lexicon("incivility"), text, feature=INCIVILITY, label="incivility", negatable=True)


def gratitude(text: str | Prepared) -> list[Match]:
    """Thanks, thank you, grateful, appreciate ("no thanks" is negated)."""
    return find(lexicon("gratitude"), text, feature=GRATITUDE, label="gratitude", negatable=True)
