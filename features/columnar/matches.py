"""Matches of a batch of texts: per text and feature, how many, and the matches themselves
(span and label; every one for `signals text-features`, the first of each feature for
`signals run`).

Word families (1st/2nd-person pronouns, contractions, rare words, "we" words) are flags per
distinct word, read through the token table: counts are sums per text, the first match the
first flagged word. Phrase lexicons and the structured humility rules need `re` and their own
grammar, so they stay per text, but run only on the texts a vectorized prefilter flags: a
lexicon can match only where one of its phrases starts at a word (the Scanner's per-word
lookup, done once per distinct word), and humility only where one of its lexicons can start or
an apology word ("sorr", "apolog", "sry") appears. Every other text has no such match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from features.columnar.tokens import TokenTable
from features.humanness import (
    BUZZWORD,
    CONTRACTION,
    PRONOUN,
    RARE,
    band,
    buzzwords,
    is_contraction,
    is_first_second_person,
)
from features.humility import humility_matches
from features.lexical import SIMPLE_LEXICONS, Lexicon, Match, Scanner, is_we_word, lexicon, simple_matches
from features.registry import EMOJI_SHARE, QUESTION_SHARE, WE_RATE
from features.text import Prepared, Token, first_emoji, quoted_spans
from features.tone import GRATITUDE, INCIVILITY, gratitude, incivility

WE = WE_RATE
QUESTION = QUESTION_SHARE
EMOJI = EMOJI_SHARE
# Python's Unicode \s (str.isspace) as an RE2 class; a word character, whatever Python's
# Unicode \w holds, is never a space: RE2's \S is a looser class (and keeps RE2 fast, where
# Unicode letter classes in repeated wildcards make it slow)
_SPACES = r"\t\n\x0b\f\r\x1c-\x20\x85\p{Z}"  # no "\s" in it: the forms below rewrite that
# the lexicons humility_matches reads to find (not only to drop) a match; with the apology
# words below, a superset of where it can match (tests/features/test_columnar_equality.py)
HUMILITY_LEXICONS = ("empathy", "apology_org", "apology_own", "own_lapse", "correction", "admission")
# and the words that open a self-repair (features/humility_repairs.py: "*their", "edit: ... not
# ...", "Tuesday, I mean Wednesday", "I said X, it's actually Y") or a lapse found by its structure
# (features/humility_admissions.py: "posted this in the wrong forum", "had the dates mixed up",
# "confused X with Y", "didn't read it properly", "left out a step"). An update note only with
# its colon, as humility_repairs._EDIT reads it ("update", "updated", "upd", spaces, a number,
# ":"): the word alone is in a tenth of an organization's posts, and flagged them all.
HUMILITY_WORDS = (
    f"upd(?:ated?)?[{_SPACES}\\p{{Nd}}]*:|"
    "sorr|apolog|sry|\\*|\\bedit|\\beta\\b|\\bi\\W{1,9}mean|actually|correct|wrong|mixed|muddled"
    "|backwards|confused"
    "|mistook|bad\\W{1,9}(?:info|advice|link|direction|instruction)"
    "|(?:n.?t|not)\\W{1,9}(?:read|check|look|test|think|explain)|left\\W{1,9}(?:out|off)"
    # round 4 (features/humility_admissions.py, humility_repairs.py): "deleted it by mistake", "filed
    # it in error", "misclicked", "didn't even notice your", "botched", "wasn't paying attention", "I
    # was rude", "at fault", "er, make that", "or rather", "no wait", "inaccurate", "amended", "fixed
    # the typo, thanks", "changed my answer"
    "|mistake|\\bin\\W{1,9}error|\\bmis(?:[a-z]{2,}ed|read|took|heard|spoke|spelt|laid|led|understood|dealt|taken)"
    "|(?:dn.?t|did\\W{1,9}not|had\\W{1,9}not|never)\\W{1,9}(?:(?:even|actually|really)\\W{1,9})?"
    "(?:see|saw|notic|spot|reali)"
    "|neglect|botched|bungled|fumbled|flubbed|fluffed|slipped\\W{1,9}up|glossed\\W{1,9}over|lost\\W{1,9}track"
    "|was\\W{0,3}n.?t\\W{1,9}(?:paying|thinking|being|careful|concentrating|looking)"
    "|careless|sloppy|hasty|negligent|\\brude|out\\W{1,9}of\\W{1,9}line|unfair|harsh|impatient|short\\W{1,9}with"
    "|snappy|thoughtless|inconsiderate|insensitive|jerk|presumptuous|at\\W{1,9}fault|blame\\W{1,9}myself"
    "|(?:\\ber+m?|\\bum+|\\buh+|wait)\\W{1,9}make\\W{1,9}that|or\\W{1,9}rather|no\\W{1,9}wait|wait\\W{1,9}no"
    "|inaccurate|misleading|erroneous|amend|for\\W{1,9}(?:pointing|catching|the\\W{1,9}catch|spotting|noticing)"
    "|(?:fixed|edited|updated|changed)\\W{1,9}(?:my|the|that|this)\\W"
    "|(?:changed|revised|adjusted|rephrased|reworded)\\W{1,9}my|typo|off\\W{1,9}base"
    # round 5 (features/humility_revisions.py): "s/old/new/", "worded it poorly", "may have missed",
    # "didn't properly define", "retracted my vote", "rolled back my edit", "my title is unclear",
    # "Typo. Meant X"
    f"|(?:^|[{_SPACES}])s/|poorly|badly|unclearly|clumsily|sloppily|have\\W{{1,9}}(?:missed|overlooked|skipped)"
    "|(?:n.?t|not)\\W{1,9}(?:properly|carefully|correctly|fully|clearly|thoroughly)"
    "|retract|withdr|deleted\\W{1,9}my|removed\\W{1,9}my|rolled\\W{1,9}back|reverted|undid|undone"
    "|unclear|ambiguous|confusing|meant"
    # round 8 (features/humility_revisions.py): "I must've missed it", "doh, I'm an idiot", "my stupidity"
    "|ve\\W{1,9}(?:missed|overlooked|skipped)|stupidity|idiocy|something\\W{1,9}(?:stupid|dumb|silly)"
    "|(?:m|am|was)\\W{1,9}(?:\\S+\\W{1,9}){0,3}?(?:idiot|stupid|dumb|moron|dummy|fool|blind|silly)"
)
_RE2_FORMS = (
    ("(?<![@\\w])", ""),  # no look-behind in RE2: dropped (a looser pattern)
    ("\\b", ""),
    ("[-\\s]", f"[-{_SPACES}]"),
    ("[\\w'’]", "\\S"),
    ("[\\w.]", "\\S"),
    ("\\s", f"[{_SPACES}]"),
    ("\\w", "\\S"),
)


@lru_cache(maxsize=64)
def relaxed(lex: Lexicon) -> str:
    """An RE2 pattern matching wherever a phrase of `lex` can match (and a little more).

    The phrases' Python regexes (features.lexical.compile_phrase) with the constructs RE2 lacks
    or reads otherwise rewritten: the look-behind "not inside a word" and `\\b` are dropped,
    `\\w` becomes "not a space" (looser patterns), `\\s` Python's Unicode whitespace.
    """
    source = "|".join([p.pattern for p in lex.by_first.values()] + [p.pattern for _, p in lex.by_prefix])
    for python, re2 in _RE2_FORMS:
        source = source.replace(python, re2)
    if "(?<" in source:
        raise ValueError(f"lexicon {lex.name}: a construct the RE2 prefilter does not translate")
    return source


@lru_cache(maxsize=1)
def humility_prefilters() -> tuple[str, ...]:
    """RE2 patterns (case-insensitive) of the texts where `humility_matches` may find something:
    the apology and repair words, then each humility lexicon's relaxed pattern.

    Kept apart, not joined into one alternation: joined, RE2's automaton outgrows its memory
    budget and falls back to a slower engine (4.2 s against 0.16 s for the seven on the 77,574
    distinct texts of a 100k-post organization).
    """
    patterns = (HUMILITY_WORDS, *(relaxed(lexicon(name)) for name in HUMILITY_LEXICONS))
    return tuple("(?i)" + pattern for pattern in patterns)


def may_be_humble(masked: pa.Array) -> np.ndarray:
    """Per masked text, whether `humility_matches` may find something in it."""
    flags = np.zeros(len(masked), dtype=bool)
    for pattern in humility_prefilters():
        flags |= np.asarray(pc.match_substring_regex(masked, pattern), dtype=bool)
    return flags


def new_token(fields: tuple[str, int, int]) -> Token:
    """A Token from its fields (tuple.__new__: a fifth of the time of the named constructor)."""
    return tuple.__new__(Token, fields)


@dataclass
class Found:
    """Counts per (text, feature) and the matches kept, in the order the per-text pass lists
    them (family by family, each family's matches in its own order): every match when
    `every`, else the first of each feature per text."""

    features: tuple[str, ...]
    n_texts: int
    every: bool = False
    counts: np.ndarray = field(init=False)
    # rows, ranks, seqs, codes, starts, ends: of families found for the whole batch at once
    _arrays: list[tuple[np.ndarray, ...]] = field(default_factory=list)
    _singles: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)
    _labels: list[str] = field(default_factory=list)  # of the arrays' rows, then the singles'
    _single_labels: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.counts = np.zeros((self.n_texts, len(self.features)))
        self.code = {f: i for i, f in enumerate(self.features)}

    def add_many(
        self,
        rank: int,
        feature: str,
        rows: np.ndarray,
        seqs: np.ndarray,
        spans: np.ndarray,
        labels: list[str],
    ) -> None:
        """Matches of one feature (ordered by `seqs` within a text), ranked `rank` among the families."""
        self._arrays.append(
            (
                rows,
                np.full(len(rows), rank, dtype=np.int64),
                seqs,
                np.full(len(rows), self.code[feature], dtype=np.int64),
                spans[:, 0],
                spans[:, 1],
            )
        )
        self._labels += labels

    def add_list(self, rank: int, row: int, matches: Sequence[Match]) -> None:
        """A family's matches of one text, in its order: counted, and kept (or the first of each
        feature)."""
        seen: set[str] = set()
        for i, m in enumerate(matches):
            code = self.code[m.feature]
            self.counts[row, code] += 1
            if self.every or m.feature not in seen:
                seen.add(m.feature)
                self._singles.append((row, rank, i, code, m.start, m.end))
                self._single_labels.append(m.label)

    def kept(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
        """Rows, feature codes, spans and labels of the matches kept, text by text in list order."""
        singles = np.array(self._singles, dtype=np.int64).reshape(-1, 6)
        parts = [*self._arrays, tuple(singles.T)]
        rows, ranks, seqs, codes, starts, ends = (np.concatenate([p[k] for p in parts]) for k in range(6))
        order = np.lexsort((seqs, ranks, rows))
        every_label = self._labels + self._single_labels
        labels: dict[str, str] = {}  # one object per distinct label: pickled and kept once
        return (
            rows[order].astype(np.int64),
            codes[order].astype(np.int16),
            np.stack([starts, ends], axis=1)[order].astype(np.int64).reshape(-1, 2),
            [labels.setdefault(every_label[i], every_label[i]) for i in order.tolist()],
        )


def _word_flags(vocab: list[str], test: Callable[[str], bool]) -> np.ndarray:
    return np.array([test(w) for w in vocab], dtype=bool)


def word_families(
    table: TokenTable, found: Found, *, known: frozenset[str], rank: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Pronoun, contraction, rare-word and "we" matches of every text; returns the common and
    mid band counts per text."""
    vocab = table.vocab
    ids = table.word_id
    is_us = np.array([w == "US" for w in table.originals], dtype=bool)[table.original_id]
    bands = np.array(["common" if w in known else band(w) for w in vocab], dtype=object)
    band_of = np.select([bands == "common", bands == "mid"], [0, 1], 2)[ids]
    flags = {
        PRONOUN: (_word_flags(vocab, is_first_second_person)[ids] & ~is_us, "1st/2nd person"),
        CONTRACTION: (_word_flags(vocab, is_contraction)[ids], "contraction"),
        RARE: (band_of == 2, "rare word"),
        WE: (_word_flags(vocab, is_we_word)[ids] & ~is_us, "we word"),
    }
    n = found.n_texts
    for feature, (flagged, label) in flags.items():
        at = np.flatnonzero(flagged)
        found.counts[:, found.code[feature]] = np.bincount(table.text[at], minlength=n)
        if not found.every:
            at = at[np.unique(table.text[at], return_index=True)[1]]
        spans = np.stack([table.start[at], table.end[at]], axis=1)
        labels = [f'{label}: "{table.originals[o]}"' for o in table.original_id[at].tolist()]
        found.add_many(rank[feature], feature, table.text[at], at, spans, labels)
    common = np.bincount(table.text, weights=band_of == 0, minlength=n)
    mid = np.bincount(table.text, weights=band_of == 1, minlength=n)
    return common, mid


def marks(texts: Sequence[str], masked: Sequence[str], found: Found, *, rank: dict[str, int]) -> None:
    """The first question mark and the first emoji or emoticon of each text (one per text)."""
    for feature, label, first in (
        (QUESTION, "question", lambda m: (m.find("?"), m.find("?") + 1)),
        (EMOJI, "emoji", lambda m: first_emoji(m) or (-1, -1)),
    ):
        spans = np.array([first(m) for m in masked], dtype=np.int64).reshape(-1, 2)
        rows = np.flatnonzero(spans[:, 0] >= 0)
        found.counts[rows, found.code[feature]] = 1
        labels = [f'{label}: "{texts[r][spans[r, 0] : spans[r, 1]]}"' for r in rows.tolist()]
        found.add_many(rank[feature], feature, rows, np.zeros(len(rows), dtype=np.int64), spans[rows], labels)


def lexicon_families(
    texts: Sequence[str],
    masked: Sequence[str],
    clean: Sequence[str],
    table: TokenTable,
    found: Found,
    *,
    scanner: Scanner,
    mission: Lexicon,
    rank: dict[str, int],
) -> None:
    """Buzzword, humility, incivility, gratitude and the smaller lexicons' matches, per text,
    on the texts where one of them can match.

    A lexicon may match a text only if one of the text's words can start one of its phrases
    (the Scanner's lookup, per distinct word) and its relaxed RE2 pattern matches the masked
    text (checked on those texts only); `find` then runs at those words alone.
    """
    lexicons = scanner.lexicons
    word_hits = np.zeros((len(table.vocab), len(lexicons)), dtype=bool)
    column = {lex: j for j, lex in enumerate(lexicons)}
    for i, word in enumerate(table.vocab):
        for lex in scanner.lexicons_at(word):
            word_hits[i, column[lex]] = True
    token_hits = word_hits[table.word_id]
    n = found.n_texts
    arrow = pa.array(masked, type=pa.large_string())
    may = np.zeros((n, len(lexicons)), dtype=bool)
    for j, lex in enumerate(lexicons):
        at = np.flatnonzero(np.bincount(table.text, weights=token_hits[:, j], minlength=n) > 0)
        if len(at):
            may[at, j] = np.asarray(
                pc.match_substring_regex(arrow.take(pa.array(at)), "(?i)" + relaxed(lex)), dtype=bool
            )
    with_humility = may_be_humble(arrow)
    # (token, lexicon) pairs where the lexicon may match in the token's text, token by token
    pair_token, pair_lexicon = np.nonzero(token_hits & may[table.text])
    pair_row = table.text[pair_token]
    pair_first = np.searchsorted(pair_row, np.arange(n + 1)).tolist()
    pair_tokens = [
        new_token((table.vocab[w], s, e))
        for w, s, e in zip(
            table.word_id[pair_token].tolist(),
            table.start[pair_token].tolist(),
            table.end[pair_token].tolist(),
            strict=True,
        )
    ]
    pair_lexicons = [lexicons[j] for j in pair_lexicon.tolist()]
    flagged = may.tolist()
    calls = (
        (column[lexicon("buzzwords")], rank[BUZZWORD], buzzwords),
        (column[lexicon("incivility")], rank[INCIVILITY], incivility),
        (column[lexicon("gratitude")], rank[GRATITUDE], gratitude),
    )
    simple = [column[mission], *(column[lexicon(name)] for name, _, _ in SIMPLE_LEXICONS)]
    for row in np.flatnonzero(may.any(axis=1) | with_humility).tolist():
        text = texts[row]
        hits: dict[object, list[Token]] = {}
        for k in range(pair_first[row], pair_first[row + 1]):
            hits.setdefault(pair_lexicons[k], []).append(pair_tokens[k])
        humble = with_humility[row]
        toks = tuple(table_tokens(table, row)) if humble else ()
        p = Prepared(text, masked[row], clean[row], tuple(quoted_spans(text)), toks, hits, scanner.scanned)
        may_here = flagged[row]
        # families in any order: `found` orders the matches by family rank
        for j, family_rank, match in calls:
            if may_here[j]:
                found.add_list(family_rank, row, match(p))
        if humble:
            found.add_list(rank["humility"], row, humility_matches(p))
        only = [lexicons[j] for j in simple if may_here[j]]
        if only:
            found.add_list(rank["simple"], row, simple_matches(p, mission=mission, only=only))


def table_tokens(table: TokenTable, t: int) -> list[Token]:
    """The words of text t as `features.text.Token`s."""
    a, b = table.first[t], table.first[t + 1]
    vocab = table.vocab
    return [
        new_token((vocab[w], s, e))
        for w, s, e in zip(
            table.word_id[a:b].tolist(), table.start[a:b].tolist(), table.end[a:b].tolist(), strict=True
        )
    ]
