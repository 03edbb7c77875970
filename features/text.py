"""Text cleaning, tokenization and cached per-word lookups shared by every writing family.

Why a *mask* rather than a cleaned copy: evidence must point at the post's own `text`
(`text[match_start:match_end]`), so cleaning replaces URLs, HTML tags, leading @mention runs
and the `#` of hashtags by spaces. The masked text has the length of the original, every
offset found in it is an offset in the original, and `clean_text` (whitespace collapsed) is
what readability formulas read.

Per-word lookups (syllables, Zipf frequency) are cached with `functools.lru_cache`: a
vocabulary of a few tens of thousands of words covers millions of tokens. Both read data that
ships inside the installed packages (pyphen dictionaries, wordfreq lists); nothing here uses
the network.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import pyphen
from wordfreq import zipf_frequency

# -- cleaning -----------------------------------------------------------------------------------

_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A run of @mentions at the start (a reply's addressee list), with an optional `RT`-free
# separator after each one: "@a @b: hello" -> "hello".
_LEADING_MENTIONS = re.compile(r"^(?:\s*\.?@[\w.\-]+(?:@[\w.\-]+)?[:,]?)+")
_HASH = re.compile(r"#(?=\w)")


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def mask(text: str) -> str:
    """Same-length copy of `text` with URLs, HTML tags, leading mentions and `#` blanked."""
    masked = _HTML_TAG.sub(_blank, text) if "<" in text else text
    if "://" in masked or "www." in masked.lower():
        masked = _URL.sub(_blank, masked)
    if "@" in masked:
        masked = _LEADING_MENTIONS.sub(_blank, masked, count=1)
    return _HASH.sub(" ", masked) if "#" in masked else masked


def clean_text(text: str) -> str:
    """`text` without URLs, HTML tags, leading mentions or hashtag markup, spaces collapsed."""
    return collapse_spaces(mask(text))


def collapse_spaces(text: str) -> str:
    """`text` with every run of whitespace made one space, none at either end.

    `str.split()` splits where the regex `\\s+` matches (both use Unicode's whitespace
    property, checked over every code point in the tests) and is about three times faster
    than substituting each run.
    """
    return " ".join(text.split())


# -- tokens ---------------------------------------------------------------------------------------

# Letters (any script) with inner apostrophes; not inside a word or right after `@` (handles).
_WORD = re.compile(r"(?<![\w@])[^\W\d_]+(?:['’][^\W\d_]+)*")
_new_tuple = tuple.__new__


class Token(NamedTuple):
    """A word of the text: lowercased form (straight apostrophe) and its span in the text."""

    word: str
    start: int
    end: int


def tokens(masked: str) -> list[Token]:
    """Words of an already masked text, lowercased, with their offsets."""
    lower = masked.lower().replace("’", "'")
    if len(lower) != len(masked):  # a few characters change length when lowercased
        return [
            _new_tuple(Token, (m.group().lower().replace("’", "'"), *m.span()))
            for m in _WORD.finditer(masked)
        ]
    # spans taken by map (C calls, no bytecode per match): a sixth less time than per match
    return [_new_tuple(Token, (lower[s:e], s, e)) for s, e in map(re.Match.span, _WORD.finditer(masked))]


def words(text: str) -> list[str]:
    """Lowercased words of a raw text (masked first)."""
    return [t.word for t in tokens(mask(text))]


# -- quotation and negation -------------------------------------------------------------------------

_QUOTED = re.compile(r"\"[^\"\n]{1,500}\"|“[^”\n]{1,500}”|«[^»\n]{1,500}»")
_RETWEET = re.compile(r"\bRT\s+@[\w.]+")
_QUOTE_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans holding someone else's words: `"..."`, `“...”`, from `RT @x` on, `> ` lines."""
    spans = []
    if '"' in text or "“" in text or "«" in text:
        spans += [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    if ">" in text:
        spans += [(m.start(), m.end()) for m in _QUOTE_LINE.finditer(text)]
    retweet = _RETWEET.search(text) if "RT" in text else None
    if retweet:
        spans.append((retweet.start(), len(text)))
    return spans


def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) lies within one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)


NEGATORS: frozenset[str] = frozenset(
    {"not", "no", "never", "nothing", "nobody", "hardly", "without", "nor", "neither", "cannot"}
)
_CLAUSE_BREAK = re.compile(r"[.!?;,:\n—–()]")


def negated(text: str, start: int, *, window: int = 3) -> bool:
    """Whether one of the `window` words before `start`, in the same clause, negates it.

    "I'm not sorry", "I don't think I was wrong": a negator (or a word ending in n't) among
    the last words of the clause before the match. A comma or stop ends the clause, so
    "No, you're right" is not negated.
    """
    head = text[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    before = [w.lower().replace("’", "'") for w in _WORD.findall(head)[-window:]]
    return any(w in NEGATORS or w.endswith("n't") for w in before)


# -- emoji and questions ----------------------------------------------------------------------------

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u203c\u2049]"
    r"|(?<![\w/:])[:;=][-'^]?(?:\)+|\(+|[DPpO3|*\]\[])(?!\w)"
)


def first_emoji(masked: str) -> tuple[int, int] | None:
    """Span of the first emoji or text emoticon (`:)`, `;-)`, `:D`) in a masked text."""
    if masked.isascii() and ":" not in masked and ";" not in masked and "=" not in masked:
        return None  # no emoji and no emoticon possible
    found = _EMOJI.search(masked)
    return (found.start(), found.end()) if found else None


# -- cached per-word lookups ------------------------------------------------------------------------

_PYPHEN = pyphen.Pyphen(lang="en_US")  # the dictionary textstat 0.7.4 uses for English


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Syllables of one word as textstat 0.7.4 counts them: pyphen hyphenation points + 1."""
    return len(_PYPHEN.positions(word)) + 1


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a lowercased English word (log10 per billion words; 0 if unseen)."""
    return float(zipf_frequency(word, "en"))


# -- readability --------------------------------------------------------------------------------------

# textstat 0.7.4 with English settings: remove_punctuation drops every non-word character
# (apostrophes too), sentence_count ignores "sentences" of two words or fewer.
_PUNCT = re.compile(r"[^\w\s]")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _textstat_words(text: str) -> list[str]:
    return _PUNCT.sub("", text).split()


def sentence_count(text: str) -> int:
    """Sentences as textstat 0.7.4 counts them (at least 1)."""
    found = _SENTENCE.findall(text)
    short = sum(1 for s in found if len(_textstat_words(s)) <= 2)
    return max(1, len(found) - short)


@dataclass(frozen=True, slots=True)
class Readability:
    """Flesch reading ease and Flesch-Kincaid grade of one text, with the counts behind them."""

    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float
    fk_grade: float


def readability(clean: str) -> Readability:
    """Flesch reading ease and Flesch-Kincaid grade of a cleaned text; NaN without words.

    The textstat 0.7.4 formulas and counting rules (pyphen syllables, its word and sentence
    rules) without textstat's legacy rounding of the intermediate averages, which moves FRE
    in steps of 8.46; syllables come from the per-word cache. FRE = 206.835 - 1.015*ASL -
    84.6*ASW; FKGL = 0.39*ASL + 11.8*ASW - 15.59.
    """
    ws = _textstat_words(clean.lower())
    n_words = len(ws)
    n_sentences = sentence_count(clean)
    if n_words == 0:
        return Readability(0, n_sentences, 0, math.nan, math.nan)
    n_syllables = sum(syllables(w) for w in ws)
    asl = n_words / n_sentences
    asw = n_syllables / n_words
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        flesch_reading_ease=206.835 - 1.015 * asl - 84.6 * asw,
        fk_grade=0.39 * asl + 11.8 * asw - 15.59,
    )


# -- language ------------------------------------------------------------------------------------------



# -- a text prepared once for every per-text function -------------------------------------------------


@dataclass(frozen=True, eq=False)
class Prepared:
    """A post text with what every per-text function needs, computed once.

    `masked` has the length of `text` (offsets agree), `clean` is what formulas read,
    `quoted` are spans of someone else's words, `toks` the words. `hits`, when a
    `features.lexical.Scanner` has looked at the text, maps each scanned lexicon to the
    words where one of its phrases may start; lexicons it does not list are not matched.
    """

    text: str
    masked: str
    clean: str
    quoted: tuple[tuple[int, int], ...]
    toks: tuple[Token, ...]
    hits: Mapping[object, Sequence[Token]] | None = None
    scanned: frozenset[object] = frozenset()


def prepare(text: str) -> Prepared:
    """Mask, clean, find quotations and tokenize one text."""
    masked = mask(text)
    return Prepared(
        text=text,
        masked=masked,
        clean=collapse_spaces(masked),
        quoted=tuple(quoted_spans(text)),
        toks=tuple(tokens(masked)),
    )


def as_prepared(text: str | Prepared) -> Prepared:
    """`text` itself if already prepared, else `prepare(text)`."""
    return text if isinstance(text, Prepared) else prepare(text)
