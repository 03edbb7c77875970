"""VADER's compound score, computed the way vaderSentiment 3.3.2 computes it, in one pass.

`SentimentIntensityAnalyzer.polarity_scores` lowercases the whole word list again for
every sentiment word it checks (several times per word), so its cost grows with the square
of the text's length, and it works out pos/neu/neg shares we do not use. This module applies
the same published rules (Hutto & Gilbert 2014, as implemented in vaderSentiment 3.3.2:
lexicon valence, "no" handling, ALL-CAPS emphasis, boosters with distance damping, negation
in the three preceding words, "never so/this", "without doubt", special idioms, "least",
the contrastive "but", and !/? emphasis) over words lowercased once, with the library's own
lexicon, emoji descriptions and constants. A test holds it equal to `polarity_scores` on
real corpora (tests/features/test_vader.py); `tone.compound` uses it.
"""

from __future__ import annotations

import math
import re
import string
from functools import lru_cache

from vaderSentiment import vaderSentiment as vs

_NEGATORS = frozenset(vs.NEGATE)
_SO_THIS = ("so", "this")


@lru_cache(maxsize=1)
def analyzer() -> vs.SentimentIntensityAnalyzer:
    """The library's analyzer (its lexicon and emoji descriptions), loaded once per process."""
    return vs.SentimentIntensityAnalyzer()


def _negates(word: str) -> bool:
    """vaderSentiment's `negated` for one lowercased word."""
    return word in _NEGATORS or "n't" in word


def _booster(word: str, lower: str, valence: float, cap_diff: bool) -> float:
    """Change a preceding booster or dampener brings to `valence` (vaderSentiment's scalar_inc_dec)."""
    scalar = vs.BOOSTER_DICT.get(lower)
    if scalar is None:
        return 0.0
    if valence < 0:
        scalar = -scalar
    if cap_diff and word.isupper():
        scalar += vs.C_INCR if valence > 0 else -vs.C_INCR
    return scalar


def idioms(valence: float, low: list[str], i: int) -> float:
    """Special idioms around word i ("the bomb", "kiss of death") and two-word boosters before it."""
    one_zero = f"{low[i - 1]} {low[i]}"
    two_one_zero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    two_one = f"{low[i - 2]} {low[i - 1]}"
    three_two_one = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    three_two = f"{low[i - 3]} {low[i - 2]}"
    for seq in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if seq in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[seq]
            break
    if len(low) - 1 > i:
        zero_one = f"{low[i]} {low[i + 1]}"
        if zero_one in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[zero_one]
    if len(low) - 1 > i + 1:
        zero_one_two = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zero_one_two in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[zero_one_two]
    for n_gram in (three_two_one, three_two, two_one):
        if n_gram in vs.BOOSTER_DICT:
            valence = valence + vs.BOOSTER_DICT[n_gram]
    return valence


def _negation(valence: float, low: list[str], distance: int, i: int) -> float:
    """Negation (or the "never so" boost) from the word `distance` + 1 places before word i."""
    if distance == 0:
        return valence * vs.N_SCALAR if _negates(low[i - 1]) else valence
    if distance == 1:
        if low[i - 2] == "never" and low[i - 1] in _SO_THIS:
            return valence * 1.25
        if low[i - 2] == "without" and low[i - 1] == "doubt":
            return valence
        return valence * vs.N_SCALAR if _negates(low[i - 2]) else valence
    if (low[i - 3] == "never" and low[i - 2] in _SO_THIS) or low[i - 1] in _SO_THIS:
        return valence * 1.25
    if low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
        return valence
    return valence * vs.N_SCALAR if _negates(low[i - 3]) else valence


def _valence(words: list[str], low: list[str], i: int, lexicon: dict[str, float], cap_diff: bool) -> float:
    """Valence of word i in context (vaderSentiment's sentiment_valence for a lexicon word)."""
    item, lower = words[i], low[i]
    valence = lexicon[lower]
    last = len(words) - 1
    if lower == "no" and i != last and low[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
    ):
        valence = lexicon[lower] * vs.N_SCALAR
    if cap_diff and item.isupper():
        valence += vs.C_INCR if valence > 0 else -vs.C_INCR
    for distance in range(3):
        before = i - (distance + 1)
        if i > distance and low[before] not in lexicon:
            shift = _booster(words[before], low[before], valence, cap_diff)
            if distance == 1 and shift != 0:
                shift *= 0.95
            if distance == 2 and shift != 0:
                shift *= 0.9
            valence = _negation(valence + shift, low, distance, i)
            if distance == 2:
                valence = idioms(valence, low, i)
    # "least" before the word negates it, unless "at least" / "very least"
    if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
        if low[i - 2] != "at" and low[i - 2] != "very":
            valence *= vs.N_SCALAR
    elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
        valence *= vs.N_SCALAR
    return valence


def contrast(low: list[str], sentiments: list[float]) -> list[float]:
    """The "but" rule: halve what comes before the first "but", raise what follows by half.

    Applied value by value through the first position holding an equal value, as
    vaderSentiment 3.3.2 does (so repeated values are not always scaled where they stand).
    """
    if "but" not in low:
        return sentiments
    at = low.index("but")
    for sentiment in list(sentiments):
        si = sentiments.index(sentiment)
        if si < at:
            sentiments[si] = sentiment * 0.5
        elif si > at:
            sentiments[si] = sentiment * 1.5
    return sentiments


@lru_cache(maxsize=1)
def emoji_chars() -> frozenset[str]:
    """The characters VADER replaces by a description."""
    return frozenset(analyzer().emojis)


@lru_cache(maxsize=1)
def _emoji_pattern() -> re.Pattern[str]:
    points = sorted(ord(c) for c in emoji_chars() if len(c) == 1)
    ranges: list[list[int]] = []
    for point in points:  # runs of consecutive code points as ranges: a short class is a fast one
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


def without_emoji(text: str, emojis: dict[str, str]) -> str:
    """Emoji replaced by their descriptions, space-separated from the preceding character
    unless that is a space (vaderSentiment's character loop, as one regex substitution)."""
    if text.isascii() or emoji_chars().isdisjoint(text):
        return text.strip()

    def described(found: re.Match[str]) -> str:
        at = found.start()
        joint = "" if at == 0 or text[at - 1] == " " else " "
        return joint + emojis[found.group()]

    return _emoji_pattern().sub(described, text).strip()


def strip_word(token: str) -> str:
    """A word as VADER keeps it: punctuation stripped from its ends, unless that leaves <= 2 characters."""
    stripped = token.strip(string.punctuation)
    return token if len(stripped) <= 2 else stripped


def compound(text: str) -> float:
    """VADER compound score of `text` in [-1, 1], rounded to 4 places as polarity_scores does."""
    vader = analyzer()
    lexicon = vader.lexicon
    clean = without_emoji(text, vader.emojis)
    words = [strip_word(w) for w in clean.split()]
    low = [w.lower() for w in words]
    n_upper = sum(1 for w in words if w.isupper())
    cap_diff = 0 < len(words) - n_upper < len(words)
    sentiments: list[float] = []
    for i, lower in enumerate(low):
        if lower in vs.BOOSTER_DICT or (i < len(low) - 1 and lower == "kind" and low[i + 1] == "of"):
            sentiments.append(0)
        elif lower in lexicon:
            sentiments.append(_valence(words, low, i, lexicon, cap_diff))
        else:
            sentiments.append(0)
    if not sentiments:
        return 0.0
    total = float(sum(contrast(low, sentiments)))
    emphasis = min(clean.count("!"), 4) * 0.292
    questions = clean.count("?")
    if questions > 1:
        emphasis += questions * 0.18 if questions <= 3 else 0.96
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    score = total / math.sqrt(total * total + 15)
    return round(max(-1.0, min(1.0, score)), 4)
