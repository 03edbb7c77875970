"""Tone: VADER sentiment per post, incivility aimed at people, gratitude.

"Enjoyable to be around; how they are in real life is how they will be online." VADER
(Hutto & Gilbert 2014) is a lexicon-and-rules model built for social media text, computed for
a batch of texts at once by features.columnar.vader. A compound score <= -0.05 is VADER's
documented threshold for negative text.
"""

from __future__ import annotations

from features.lexical import Match, find, lexicon
from features.registry import GRATITUDE_RATE, INCIVILITY_RATE
from features.text import Prepared

NEGATIVE_COMPOUND = -0.05
INCIVILITY = INCIVILITY_RATE
GRATITUDE = GRATITUDE_RATE


def incivility(text: str | Prepared) -> list[Match]:
    """Insults and profanity aimed at people ("you idiot", "shut up"); not negated or quoted."""
    return find(lexicon("incivility"), text, feature=INCIVILITY, label="incivility", negatable=True)


def gratitude(text: str | Prepared) -> list[Match]:
    """Thanks, thank you, grateful, appreciate ("no thanks" is negated)."""
    return find(lexicon("gratitude"), text, feature=GRATITUDE, label="gratitude", negatable=True)
