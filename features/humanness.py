"""Humanness: readability, jargon, buzzwords and conversational markers.

"Can speak like a human being (not corporate speak, statistics and pie charts)."

Jargon follows the De-Jargonizer (Rakedzon, Segev & Baram-Tsabari 2017): every word is
common, mid-frequency or rare by its frequency in a general news corpus, and
score = 100 - (0.5*mid + rare) * 100 / N. The De-Jargonizer counted ~90 million words of BBC
articles (2012-2015) and called a word common when it appeared at least 1,000 times there and
rare when it appeared fewer than 50 times; the cut-offs were chosen to fall at the 2,000
word-family level (common) and the 9,000-10,000 family level (rare) of vocabulary research
(Nation 2006; Schmitt & Schmitt 2014). wordfreq's Zipf scale is log10 of occurrences per
billion words, so those counts become Zipf thresholds:

- common: 1,000 / 90e6 words = 11.1 per million -> Zipf >= log10(11,111) = 4.046;
- rare:      50 / 90e6 words = 0.56 per million -> Zipf <  log10(556)    = 2.745;

and since wordfreq reports Zipf values to two decimals, common = Zipf >= 4.05 and
rare = Zipf < 2.75 (i.e. <= 2.74).

Check on wordfreq's English list: about 6,500 alphabetic word types have Zipf >= 4.05, which
is what 2,000 word families expand to (a family is a headword plus its inflections and
derivations: develop, develops, developed, development, ...), and about 38,000 types have Zipf
>= 2.75, the order of 10,000 families. Reading "10,000" as word types instead would put the
rare cut-off at Zipf 3.76 and call words like "stakeholders" (3.56) rare; the count-based
cut-off keeps the De-Jargonizer's own bands. Tokens are counted (not types), as the
De-Jargonizer counts every word of the text.
"""

from __future__ import annotations

from functools import lru_cache

from features.lexical import Match, find, lexicon
from features.registry import BUZZWORD_RATE, CONTRACTION_RATE, PRONOUN_RATE, RARE_WORD_SHARE
from features.text import Prepared, zipf

COMMON_ZIPF = 4.05
RARE_ZIPF = 2.75

BUZZWORD = BUZZWORD_RATE
PRONOUN = PRONOUN_RATE
CONTRACTION = CONTRACTION_RATE
RARE = RARE_WORD_SHARE

FIRST_SECOND_PERSON: frozenset[str] = frozenset(
    {
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "y'all",
        "ya",
    }
)
# n't, 're, 've, 'll, 'd, 'm are always contractions; 's only after these words (else possessive).
CONTRACTION_ENDINGS = ("n't", "'re", "'ve", "'ll", "'d", "'m")
S_CONTRACTION_HEADS: frozenset[str] = frozenset(
    {"it", "that", "there", "here", "what", "who", "where", "when", "how", "let", "he", "she", "this"}
)


@lru_cache(maxsize=200_000)
def band(word: str) -> str:
    """`common`, `mid` or `rare`: the De-Jargonizer band of a lowercased word."""
    z = zipf(word)
    if z >= COMMON_ZIPF:
        return "common"
    return "rare" if z < RARE_ZIPF else "mid"


def buzzwords(text: str | Prepared) -> list[Match]:
    """Corporate buzzwords ("leverage", "circle back", "best-in-class") outside quotations."""
    return find(lexicon("buzzwords"), text, feature=BUZZWORD, label="buzzword")


@lru_cache(maxsize=200_000)
def is_first_second_person(word: str) -> bool:
    """Whether a lowercased word is a 1st/2nd-person pronoun or its contraction (I'm, you'll)."""
    head = word.split("'")[0] if "'" in word and word != "y'all" else word
    return head in FIRST_SECOND_PERSON


@lru_cache(maxsize=200_000)
def is_contraction(word: str) -> bool:
    """Whether a lowercased word is a contraction (don't, we're, it's; not Anna's)."""
    if "'" not in word:
        return False
    if word.endswith(CONTRACTION_ENDINGS) or word == "y'all":
        return True
    return word.endswith("'s") and word[:-2] in S_CONTRACTION_HEADS
