"""VADER compound scores of a batch of cleaned texts, as array operations over their words.

vaderSentiment 3.3.2's `polarity_scores` (Hutto & Gilbert 2014) lowercases the whole word list
again for every sentiment word it checks, so its cost grows with the square of a text's length,
and it works out pos/neu/neg shares the product does not use. Here the words of every text of
the batch form one array (split at spaces by pyarrow), per-word facts (valence, booster scalar,
negator, ALL CAPS) are looked up once per distinct word with the library's own lexicon and
constants, and its local rules become shifted-array operations: word i looks at words i-1,
i-2, i-3 of the same text through arrays shifted by one, two and three places. The rules run
in the library's order (the "no" rule, caps emphasis, boosters with damping and negation at
distances one to three, "least"), on the valence each rule leaves, so every float operation is
the one the library does. The rare idioms and the "but" rule (whose value-by-value scaling
depends on equal values elsewhere in the text) run word by word below, only on the words and
texts that contain them. Tests hold the result equal to `polarity_scores` on real corpora
(tests/features/test_vader.py, test_columnar_equality.py).
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from vaderSentiment import vaderSentiment as vs


@lru_cache(maxsize=1)
def analyzer() -> vs.SentimentIntensityAnalyzer:
    """The library's analyzer (its lexicon and emoji descriptions), loaded once per process."""
    return vs.SentimentIntensityAnalyzer()


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


# words of the idioms and two-word boosters but their commonest (each phrase keeps one): a
# word can be in an idiom only if one of these is within its window (three before, two after)
_IDIOM_WORDS = frozenset(
    word
    for phrase in [*vs.SPECIAL_CASES, *(b for b in vs.BOOSTER_DICT if " " in b)]
    for word in phrase.split()
    if word not in {"the", "of", "to", "for", "right", "just"}
)
_MARKED = (
    "no",
    "or",
    "nor",
    "never",
    "so",
    "this",
    "without",
    "doubt",
    "least",
    "at",
    "very",
    "kind",
    "of",
    "but",
)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    return analyzer().lexicon


class _Words:
    """Per-word facts of the words of the batch, as arrays over all words."""

    def __init__(self, raw: pa.Array) -> None:
        encoded = pc.dictionary_encode(raw)
        ids = np.asarray(encoded.indices, dtype=np.int64)
        stripped = [strip_word(w) for w in encoded.dictionary.to_pylist()]
        lows = [w.lower() for w in stripped]
        lexicon = _lexicon()
        self.low = np.array(lows, dtype=object)[ids]
        self.upper = np.array([w.isupper() for w in stripped], dtype=bool)[ids]
        self.valence = np.array([lexicon.get(w, math.nan) for w in lows])[ids]
        self.in_lexicon = ~np.isnan(self.valence)
        self.booster = np.array([vs.BOOSTER_DICT.get(w, 0.0) for w in lows])[ids]
        self.is_booster = np.array([w in vs.BOOSTER_DICT for w in lows], dtype=bool)[ids]
        negators = frozenset(vs.NEGATE)
        self.negates = np.array([w in negators or "n't" in w for w in lows], dtype=bool)[ids]
        self.idiom = np.array([w in _IDIOM_WORDS for w in lows], dtype=bool)[ids]
        self.is_word = {m: np.array([w == m for w in lows], dtype=bool)[ids] for m in _MARKED}


def _shift(values: np.ndarray, by: int, fill: bool | float) -> np.ndarray:
    """`values` moved `by` places later (word i gets word i - by's value; negative `by`:
    earlier), `fill` where nothing moves in."""
    out = np.full_like(values, fill)
    if by >= 0:
        out[by:] = values[: len(values) - by]
    else:
        out[: len(values) + by] = values[-by:]
    return out


def _vader_texts(clean: Sequence[str]) -> list[str]:
    """Each text as VADER reads it: emoji replaced by their descriptions (stripped)."""
    emojis = analyzer().emojis
    chars = emoji_chars()
    # str.split() splits at any run of whitespace: joined by single spaces, a split at " " agrees
    return [
        " ".join((t if t.isascii() or chars.isdisjoint(t) else without_emoji(t, emojis)).split())
        for t in clean
    ]


def compounds(clean: Sequence[str]) -> np.ndarray:
    """vaderSentiment's `polarity_scores(text)["compound"]` of each cleaned text (float64 array)."""
    n = len(clean)
    texts = pa.array(_vader_texts(clean), type=pa.large_string())
    pieces = pc.split_pattern(texts, " ")
    sizes = np.asarray(pc.list_value_length(pieces), dtype=np.int64)
    flat = pc.list_flatten(pieces)
    owner = np.repeat(np.arange(n, dtype=np.int64), sizes)
    nonempty = np.asarray(pc.not_equal(pc.utf8_length(flat), 0), dtype=bool)  # str.split() drops them
    flat, owner = flat.filter(pa.array(nonempty)), owner[nonempty]
    count = np.bincount(owner, minlength=n)
    first = np.cumsum(count) - count
    pos = np.arange(len(owner), dtype=np.int64) - first[owner]
    last = count[owner] - 1
    w = _Words(flat)
    n_upper = np.bincount(owner, weights=w.upper, minlength=n)
    cap_diff = ((count - n_upper) > 0) & ((count - n_upper) < count)
    caps = cap_diff[owner]

    def back(values: np.ndarray, by: int, fill: bool | float) -> np.ndarray:
        return np.where(pos >= by, _shift(values, by, fill), fill)

    def word_at(word: str, by: int) -> np.ndarray:
        return back(w.is_word[word], by, False)

    kind_of = w.is_word["kind"] & (pos < last) & _shift(w.is_word["of"], -1, False)
    scored = w.in_lexicon & ~w.is_booster & ~kind_of
    v = np.where(scored, w.valence, 0.0)
    next_in_lexicon = _shift(w.in_lexicon, -1, False) & (pos < last)
    v = np.where(scored & w.is_word["no"] & next_in_lexicon, 0.0, v)
    no_before = (
        word_at("no", 1) | word_at("no", 2) | (word_at("no", 3) & (word_at("or", 1) | word_at("nor", 1)))
    )
    v = np.where(scored & no_before, w.valence * vs.N_SCALAR, v)
    v = np.where(scored & caps & w.upper, np.where(v > 0, v + vs.C_INCR, v - vs.C_INCR), v)
    so_this = [word_at("so", d) | word_at("this", d) for d in (0, 1, 2, 3)]
    idiom_rows: np.ndarray = np.zeros(0, dtype=np.int64)
    for distance in range(3):
        by = distance + 1
        applies = (pos > distance) & ~back(w.in_lexicon, by, True)
        scalar = back(w.booster, by, 0.0)
        is_booster = back(w.is_booster, by, False)
        scalar = np.where(v < 0, -scalar, scalar)
        scalar = np.where(
            is_booster & caps & back(w.upper, by, False),
            np.where(v > 0, scalar + vs.C_INCR, scalar - vs.C_INCR),
            scalar,
        )
        shift = np.where(is_booster, scalar, 0.0)
        if distance:
            shift = np.where(shift != 0, shift * (0.95 if distance == 1 else 0.9), shift)
        value = v + shift
        negated = back(w.negates, by, False)
        if distance == 0:
            value = np.where(negated, value * vs.N_SCALAR, value)
        elif distance == 1:
            never_so = word_at("never", 2) & so_this[1]
            without_doubt = word_at("without", 2) & word_at("doubt", 1)
            value = np.where(
                never_so, value * 1.25, np.where(~without_doubt & negated, value * vs.N_SCALAR, value)
            )
        else:
            never_so = (word_at("never", 3) & so_this[2]) | so_this[1]
            without_doubt = word_at("without", 3) & (word_at("doubt", 2) | word_at("doubt", 1))
            value = np.where(
                never_so, value * 1.25, np.where(~without_doubt & negated, value * vs.N_SCALAR, value)
            )
            near_idiom = w.idiom.copy()
            for d in (1, 2, 3):
                near_idiom |= back(w.idiom, d, False)
            for d in (1, 2):
                near_idiom |= _shift(w.idiom, -d, False) & (pos + d <= last)
            idiom_rows = np.flatnonzero(scored & applies & near_idiom)
        v = np.where(scored & applies, value, v)
    for k in idiom_rows:  # rare: the library's own code, on the words of the text
        t = owner[k]
        low = list(w.low[first[t] : first[t] + count[t]])
        v[k] = idioms(float(v[k]), low, int(pos[k]))
    least = word_at("least", 1) & ~back(w.in_lexicon, 1, True)
    at_very = word_at("at", 2) | word_at("very", 2)
    v = np.where(scored & least & ((pos == 1) | ~at_very), v * vs.N_SCALAR, v)
    with_but = np.flatnonzero(np.bincount(owner, weights=w.is_word["but"], minlength=n) > 0)
    for t in with_but:
        at = slice(first[t], first[t] + count[t])
        v[at] = contrast(list(w.low[at]), [float(x) for x in v[at]])
    total = np.bincount(owner, weights=v, minlength=n)
    bangs = np.minimum(np.asarray(pc.count_substring(texts, "!"), dtype=np.float64), 4) * 0.292
    questions = np.asarray(pc.count_substring(texts, "?"), dtype=np.float64)
    emphasis = bangs + np.where(questions > 1, np.where(questions <= 3, questions * 0.18, 0.96), 0.0)
    total = np.where(total > 0, total + emphasis, np.where(total < 0, total - emphasis, total))
    score = np.clip(total / np.sqrt(total * total + 15), -1.0, 1.0)
    return np.array([round(float(s), 4) for s in score])
