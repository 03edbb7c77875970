"""Politeness strategies of a request: regex markers with their spans, and per-text values.

The strategies (listed with their sources in `features.politeness_lexicon`) follow
Danescu-Niculescu-Mizil et al. (2013): gratitude, greetings, "could you" and hedges read as
polite, direct questions, "why" and sentence-initial "so"/"you" as impolite. Every marker is a
per-text count and `politeness_markers` returns its span, so a score can be checked against the
words that moved it. Besides the strategy counts, `politeness_values` gives the text's
negations, VADER positive and negative lexicon words (the paper used a sentiment lexicon the
same way), questions and sentences.

Speed: the text is lowercased once (no case-insensitive scanning over long alternations); a
strategy's regex runs only when one of the words it can start with is among the text's words,
and then only at those words (or, for sentence-start strategies, at sentence starts).
"""

from __future__ import annotations

import re
from functools import lru_cache

from features.lexical import Match
from features.politeness_lexicon import STRATEGIES, Strategy
from features.text import Prepared, Token, as_prepared

PREFIX = "politeness__"

# The columns of the first version keep their order; columns added since follow them.
_FIRST = tuple(s.name for s in STRATEGIES[: [s.name for s in STRATEGIES].index("welcome") + 1])
FEATURES: tuple[str, ...] = tuple(
    PREFIX + name
    for name in (
        *_FIRST,
        "shouting",
        "has_hedge",
        "n_questions",
        "n_sentences",
        *(s.name for s in STRATEGIES if s.name not in _FIRST),
        "negation",
        "positive_lexicon",
        "negative_lexicon",
    )
)

_ALLCAPS_OK = frozenset({"URL", "FAQ", "AFD", "NPOV", "BLP", "WP", "USA", "UK", "API", "RFC", "NOT", "IMO"})
_SHOUTING = re.compile(r"(?<![\w<])[A-Z]{3,}(?![\w>])|[!?]{2,}")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
# A sentence starts at the text start or after . ! ? or a newline, past spaces, quotes, brackets.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n]))[\s\"'(\[]*(?=\w)")
NEGATORS: frozenset[str] = frozenset(
    {"not", "no", "never", "cannot", "nobody", "nothing", "nowhere", "neither", "nor"}
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[Strategy, re.Pattern[str], re.Pattern[str]], ...]:
    """Each strategy with its pattern for lowercased text and a case-insensitive fallback."""
    return tuple((s, re.compile(s.pattern), re.compile(s.pattern, re.IGNORECASE)) for s in STRATEGIES)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[int, ...]]:
    """Trigger word -> positions in STRATEGIES of the strategies it can start."""
    index: dict[str, list[int]] = {}
    for i, s in enumerate(STRATEGIES):
        for word in s.triggers:
            index.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


_PREFIXED = tuple((i, s.prefixes) for i, s in enumerate(STRATEGIES) if s.prefixes)
_MEMO: dict[str, tuple[int, ...]] = {}


def strategies_of(word: str) -> tuple[int, ...]:
    """Positions in STRATEGIES of the strategies a (lowercased) word can start (memoized)."""
    found = _MEMO.get(word)
    if found is None:
        index = _index()
        exact = index.get(word, ())
        if "'" in word:  # a phrase may end at the apostrophe: "you" in "you've", "hell" in "hell's"
            exact = tuple(sorted(set(exact + index.get(word.split("'")[0], ()))))
        prefixed = tuple(i for i, heads in _PREFIXED if word.startswith(heads) and i not in exact)
        found = tuple(sorted(exact + prefixed)) if prefixed else exact
        if len(_MEMO) < 200_000:
            _MEMO[word] = found
    return found


def lowered(masked: str) -> tuple[str, bool]:
    """The masked text lowercased with straight apostrophes, and whether offsets still agree.

    A few characters change length when lowercased (`İ`); then the text is only given
    straight apostrophes and the strategies run case-insensitively on it.
    """
    straight = masked.replace("’", "'")
    low = straight.lower()
    return (low, True) if len(low) == len(straight) else (straight, False)


def sentence_starts(text: str) -> list[int]:
    """Offsets of the first word of each sentence (text start, or after . ! ? or a newline)."""
    return list(dict.fromkeys(m.end() for m in _SENTENCE_START.finditer(text)))


def politeness_markers(text: str | Prepared) -> list[Match]:
    """Every politeness-strategy marker of a text (masked: URLs, leading mentions blanked)."""
    p = as_prepared(text)
    low, same_case = lowered(p.masked)
    compiled = _compiled()
    at: dict[int, list[Token]] = {}
    memo = _MEMO
    for tok in p.toks:
        ids = memo.get(tok.word)
        if ids is None:
            ids = strategies_of(tok.word)
        for i in ids:
            if i in at:
                at[i].append(tok)
            else:
                at[i] = [tok]
    starts: frozenset[int] = frozenset()
    if any(compiled[i][0].position != "any" for i in at):
        starts = frozenset(sentence_starts(low))
    found: list[Match] = []
    for i in sorted(at):
        strategy, lower_pattern, any_case = compiled[i]
        pattern = lower_pattern if same_case else any_case
        free_from = 0
        for tok in at[i]:
            if tok.start < free_from:
                continue
            if strategy.position != "any" and (tok.start in starts) != (strategy.position == "start"):
                continue
            m = pattern.match(low, tok.start)
            if m is None or m.end() <= m.start():
                continue
            free_from = m.end()
            found.append(
                Match(
                    PREFIX + strategy.name,
                    m.start(),
                    m.end(),
                    f'{strategy.label}: "{p.text[m.start() : m.end()]}"',
                )
            )
    for m in _SHOUTING.finditer(p.masked):
        word = m.group()
        if word.isalpha() and word in _ALLCAPS_OK:
            continue
        found.append(
            Match(PREFIX + "shouting", m.start(), m.end(), f'shouting: "{p.text[m.start() : m.end()]}"')
        )
    return found


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    """VADER's word valences (Hutto & Gilbert 2014), the lexicon tone is scored with."""
    from features.columnar.vader import analyzer

    return analyzer().lexicon


_KINDS: dict[str, int] = {}


def word_kind(word: str) -> int:
    """0 other, 1 negation (not, never, ...n't), 2 positive, 3 negative VADER word (memoized)."""
    if word in NEGATORS or word.endswith("n't"):
        kind = 1
    else:
        v = _valence().get(word, 0.0)
        kind = 2 if v > 0 else 3 if v < 0 else 0
    if len(_KINDS) < 200_000:
        _KINDS[word] = kind
    return kind


def politeness_values(text: str | Prepared, markers: list[Match] | None = None) -> dict[str, float]:
    """The text's values in FEATURES order (a pure function of the text).

    Strategy counts (from `markers` when the caller has them), whether there is a hedge, the
    number of question marks and sentences, negations ("not", "never", "...n't"), and words of
    VADER's lexicon with positive and with negative valence.
    """
    p = as_prepared(text)
    found = politeness_markers(p) if markers is None else markers
    values = dict.fromkeys(FEATURES, 0.0)
    for m in found:
        values[m.feature] += 1.0
    kinds = _KINDS
    counts = [0, 0, 0, 0]
    for tok in p.toks:
        kind = kinds.get(tok.word)
        if kind is None:
            kind = word_kind(tok.word)
        counts[kind] += 1
    _, negations, positive, negative = counts
    values[PREFIX + "has_hedge"] = float(values[PREFIX + "hedges"] > 0)
    values[PREFIX + "n_questions"] = float(p.masked.count("?"))
    values[PREFIX + "n_sentences"] = float(max(1, len(_SENTENCE_END.findall(p.masked.strip()))))
    values[PREFIX + "negation"] = float(negations)
    values[PREFIX + "positive_lexicon"] = float(positive)
    values[PREFIX + "negative_lexicon"] = float(negative)
    return values
