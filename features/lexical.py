"""Lexicon matching with spans, and the matchers of the smaller families.

A lexicon is a phrase list in `features/lexicons/<name>.txt` (syntax in the README there),
compiled once and indexed by the word each phrase starts with. `find` returns `Match` objects
with the span in the post's text, so every counted phrase can be shown as evidence. Matches
inside quotations are dropped (someone else's words); lexicons marked `negatable` also drop
matches negated in their clause ("not sorry").

Speed: a `Scanner` looks up each word of a text once for all lexicons of the pipeline;
a lexicon's regexes then run only where one of its phrases can start, which for most texts
and lexicons is nowhere.

Families here: mission, advocacy, ideas (ideas + failure talk), help-seeking (asks +
referrals), generosity (credit) and teamwork (we words, colleague mentions).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from features.registry import (
    ADVOCACY_TERM_RATE,
    ASK_RATE,
    COLLEAGUE_MENTION_SHARE,
    CREDIT_RATE,
    FAILURE_TALK_RATE,
    IDEA_RATE,
    MISSION_TERM_RATE,
    REFERRAL_RATE,
)
from features.text import Prepared, Token, as_prepared, inside, negated, tokens

WILDCARD_WORD = r"[\w'’]*"


@dataclass(frozen=True, slots=True)
class Match:
    """A span of a post's text that feeds `feature`; `label` says what was found."""

    feature: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A compiled phrase list, indexed by the word a phrase starts with.

    Matching runs only where a word of the text can start a phrase: `by_first` maps a first
    word to the alternation of the phrases starting with it (longest first), `by_prefix`
    does the same for first words that may continue (`stakeholder*`, `live-tweet*`). A text
    is scanned once by the tokenizer instead of once per lexicon by a long alternation.
    """

    name: str
    size: int
    by_first: dict[str, re.Pattern[str]]
    by_prefix: tuple[tuple[str, re.Pattern[str]], ...]
    _memo: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict, repr=False)

    def patterns(self, word: str) -> tuple[re.Pattern[str], ...]:
        """The patterns that may match at a word of the text (memoized per word)."""
        found = self._memo.get(word)
        if found is None:
            exact = (self.by_first[word],) if word in self.by_first else ()
            found = exact + tuple(pattern for prefix, pattern in self.by_prefix if word.startswith(prefix))
            if len(self._memo) < 500_000:
                self._memo[word] = found
        return found


def _compile_word(word: str, *, last: bool) -> str:
    if word == "@":
        return r"@[\w.]*\w"
    wildcard = word.endswith("*") and len(word) > 1
    core = word[:-1] if wildcard else word
    out = []
    for i, ch in enumerate(core):
        if ch in "'’":
            out.append("['’]")
        elif ch in ",:":
            final = last and i == len(core) - 1  # "correction:" needs its colon
            out.append(rf"\s*{re.escape(ch)}" + ("" if final else "?"))
        elif ch == "-":
            out.append(r"[-\s]?")
        else:
            out.append(re.escape(ch))
    return "".join(out) + (WILDCARD_WORD if wildcard else "")


def compile_phrase(phrase: str) -> str:
    """Regex source for one lexicon phrase (syntax in features/lexicons/README.md)."""
    words = phrase.split()
    body = r"\s+".join(_compile_word(w, last=i == len(words) - 1) for i, w in enumerate(words))
    if words[0] != "@" and re.match(r"\w", phrase):
        body = r"(?<![@\w])" + body  # not inside a word or an @handle
    last = words[-1]
    if last.endswith("*") or re.search(r"\w$", last):
        body += r"\b" if not last.endswith("*") else ""
    return body


def _first_word(phrase: str) -> tuple[str, bool]:
    """The tokenizer's form of the phrase's first word, and whether it is only a prefix."""
    head = phrase.split()[0]
    first = tokens(head.replace("*", " "))
    if not first:
        raise ValueError(f"lexicon phrase '{phrase}' does not start with a word")
    return first[0].word, head.endswith("*") or "-" in head  # a hyphen may be absent in the text


def compile_lexicon(name: str, phrases: Iterable[str]) -> Lexicon:
    """Index `phrases` by first word; longer phrases first so they win at a position."""
    unique = sorted({p.strip().lower() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    exact: dict[str, list[str]] = {}
    prefixed: dict[str, list[str]] = {}
    for phrase in unique:
        word, is_prefix = _first_word(phrase)
        (prefixed if is_prefix else exact).setdefault(word, []).append(compile_phrase(phrase))

    def alternation(sources: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)

    return Lexicon(
        name=name,
        size=len(unique),
        by_first={w: alternation(s) for w, s in exact.items()},
        by_prefix=tuple((w, alternation(s)) for w, s in sorted(prefixed.items())),
    )


def read_phrases(name: str) -> list[str]:
    """Phrases of the package data file `features/lexicons/<name>.txt`."""
    text = resources.files("features").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=64)
def lexicon(name: str) -> Lexicon:
    """The compiled lexicon `name` (read once per process)."""
    return compile_lexicon(name, read_phrases(name))


class Scanner:
    """Which lexicons can match where: one dictionary lookup per word for all lexicons."""

    def __init__(self, lexicons: Iterable[Lexicon]) -> None:
        self.lexicons = tuple(dict.fromkeys(lexicons))
        self.scanned: frozenset[object] = frozenset(self.lexicons)
        self._memo: dict[str, tuple[Lexicon, ...]] = {}

    def lexicons_at(self, word: str) -> tuple[Lexicon, ...]:
        """The lexicons one of whose phrases may start at a (lowercased) word."""
        found = self._memo.get(word)
        if found is None:
            found = tuple(lex for lex in self.lexicons if lex.patterns(word))
            if len(self._memo) < 500_000:
                self._memo[word] = found
        return found


def find(
    lex: Lexicon,
    text: str | Prepared,
    *,
    feature: str,
    label: str,
    negatable: bool = False,
) -> list[Match]:
    """Matches of `lex` in a text, outside quotations and, if `negatable`, not negated.

    Spans are offsets in the original text. Matches do not overlap; at one place the longest
    phrase wins.
    """
    p = as_prepared(text)
    if p.hits is not None and lex in p.scanned:
        candidates_at: Sequence[Token] = p.hits.get(lex, ())
    else:
        candidates_at = p.toks
    found = []
    free_from = 0
    masked = p.masked
    for tok in candidates_at:
        candidates = lex.patterns(tok.word)
        if not candidates or tok.start < free_from:
            continue
        best: re.Match[str] | None = None
        for pattern in candidates:
            m = pattern.match(masked, tok.start)
            if m and (best is None or m.end() > best.end()):
                best = m
        if best is None:
            continue
        start, end = best.start(), best.end()
        free_from = end
        if p.quoted and inside(start, end, p.quoted):
            continue
        if negatable and negated(masked, start):
            continue
        found.append(Match(feature, start, end, f'{label}: "{p.text[start:end]}"'))
    return found


def overlaps(match: Match, others: Sequence[Match]) -> bool:
    """Whether `match` shares at least one character with one of `others`."""
    return any(match.start < o.end and o.start < match.end for o in others)


# -- the smaller families --------------------------------------------------------------------------

# (lexicon file, person feature fed, evidence label)
SIMPLE_LEXICONS: tuple[tuple[str, str, str], ...] = (
    ("advocacy", ADVOCACY_TERM_RATE, "social-media talk"),
    ("ideas", IDEA_RATE, "idea or experiment"),
    ("failure_talk", FAILURE_TALK_RATE, "talks about failure"),
    ("ask", ASK_RATE, "asks for help"),
    ("referral", REFERRAL_RATE, "refers to someone who knows"),
    ("credit", CREDIT_RATE, "credits someone"),
)


@lru_cache(maxsize=16)
def mission_lexicon(terms: tuple[str, ...]) -> Lexicon:
    """The public-service list plus the organization's terms, each also with a plural -s/-es."""
    phrases = [*read_phrases("mission")]
    for term in (t.strip().lower() for t in terms if t and t.strip()):
        phrases += [term] if term.endswith("*") else [term, f"{term}s", f"{term}es"]
    return compile_lexicon("mission", phrases)


def term_words(terms: tuple[str, ...]) -> frozenset[str]:
    """Lowercased words of the organization's terms (its name, its places, its services)."""
    return frozenset(t.word for term in terms for t in tokens(term.replace("*", " ")))


def simple_matches(
    text: str | Prepared, *, mission: Lexicon, only: Container[Lexicon] | None = None
) -> list[Match]:
    """Mission, advocacy, ideas, failure-talk, ask, referral and credit matches of one text
    (of the lexicons in `only`, when given: a caller that knows the others cannot match)."""
    p = as_prepared(text)
    found = []
    for lex, feature, label in (
        (mission, MISSION_TERM_RATE, "mission term"),
        *((lexicon(name), feature, label) for name, feature, label in SIMPLE_LEXICONS),
    ):
        if only is None or lex in only:
            found += find(lex, p, feature=feature, label=label)
    return found


def all_lexicons(mission: Lexicon) -> list[Lexicon]:
    """Every lexicon the per-post pass uses (for a Scanner)."""
    names = [
        "buzzwords",
        "non_apology",
        "empathy",
        "apology_org",
        "apology_own",
        "correction",
        "admission",
        "incivility",
        "gratitude",
        *(name for name, _, _ in SIMPLE_LEXICONS),
    ]
    return [mission, *(lexicon(n) for n in names)]


WE_WORDS: frozenset[str] = frozenset({"we", "us", "our", "ours", "ourselves", "let's"})


def is_we_word(word: str) -> bool:
    """Whether a lowercased word is a first-person plural word (we, us, our, we're, let's)."""
    return word in WE_WORDS or word.startswith("we'")


_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_][\w.\-]*(?:@[\w\-]+(?:\.[\w\-]+)+)?)")


def normalize_account(account: object) -> str:
    """Comparable form of an account or handle: lowercase, no leading `@`, no trailing dot."""
    if not isinstance(account, str):
        return ""
    return account.strip().lstrip("@").rstrip(".").lower()


def handles(text: str) -> list[tuple[str, int, int]]:
    """@handles in a text: (normalized handle, start, end); `@a@host.social` also as `a`."""
    if "@" not in text:  # most texts: no regex scan
        return []
    return [(normalize_account(m.group(1)), m.start(), m.end()) for m in _HANDLE.finditer(text)]


class ColleagueIndex:
    """Finds mentions of roster colleagues: their @accounts and their first names.

    First names are matched with their capital letter only ("Will", not "will") to keep
    ordinary words out; @accounts case-insensitively, with or without the server part.
    """

    def __init__(self, *, accounts: dict[str, set[str]], first_names: dict[str, set[str]]) -> None:
        self.accounts = accounts
        self.first_names = first_names
        names = sorted(first_names, key=lambda n: (-len(n), n))
        # Each name is followed by its own fixed-width look-behind ("not after a word
        # character or @") rather than one look-behind before them all: a pattern that
        # starts with the names lets the regex engine skip ahead to their first letters,
        # about three times faster over a text, with the same matches.
        self._names = (
            re.compile(
                "(?:" + "|".join(rf"{re.escape(n)}(?<![\w@].{{{len(n)}}})" for n in names) + r")(?!\w)"
            )
            if names
            else None
        )

    def mentions(self, masked: str, *, author: str) -> list[Match]:
        """Mentions in a masked text of a roster person other than `author`.

        Mask first (`features.text.mask`): a reply's leading @mentions are its addressees,
        not colleagues named in what the author wrote.
        """
        return select_mentions(self.candidates(masked), author=author)

    def candidates(self, masked: str) -> tuple[MentionCandidate, ...]:
        """Every @account and first name of a roster person in a masked text, whoever wrote it.

        The per-text pass finds these once per distinct text; `select_mentions` then keeps,
        for each post, those naming someone other than its author.
        """
        found: list[MentionCandidate] = []
        for handle, start, end in handles(masked):
            local = handle.split("@")[0]
            people = self.accounts.get(handle) or self.accounts.get(local) or set()
            if people:
                found.append(MentionCandidate(True, start, end, f"mentions @{handle}", frozenset(people)))
        if self._names is not None:
            for m in self._names.finditer(masked):
                people = self.first_names[m.group()]
                found.append(
                    MentionCandidate(False, m.start(), m.end(), f"names {m.group()}", frozenset(people))
                )
        return tuple(found)


class MentionCandidate(NamedTuple):
    """A roster person's @account or first name in a text, and who it may name."""

    is_handle: bool
    start: int
    end: int
    label: str
    people: frozenset[str]


def select_mentions(candidates: Sequence[MentionCandidate], *, author: str) -> list[Match]:
    """The colleague mentions of a post by `author`: candidates naming someone else.

    A first name inside a kept @account mention is not counted again.
    """
    found = [
        Match(COLLEAGUE_MENTION_SHARE, c.start, c.end, c.label)
        for c in candidates
        if c.is_handle and c.people - {author}
    ]
    handles_kept = list(found)
    for c in candidates:
        if c.is_handle or not (c.people - {author}):
            continue
        name = Match(COLLEAGUE_MENTION_SHARE, c.start, c.end, c.label)
        if not overlaps(name, handles_kept):
            found.append(name)
    return sorted(found, key=lambda m: m.start)
