"""Surface transforms of written text and the registry that keeps every post distinct.

Contractions and their expansions separate the plain from the formal register; typos, a lower-case
start and exclamation marks make chat look typed by people. `UniqueTexts` normalizes a text the way
a duplicate check would (mentions, links, signatures and punctuation removed, lower case) and
refuses a text whose normalized form was already used.
"""

from __future__ import annotations

import hashlib
import random
import re

_CONTRACT: dict[str, str] = {
    "do not": "don't",
    "does not": "doesn't",
    "did not": "didn't",
    "is not": "isn't",
    "are not": "aren't",
    "cannot": "can't",
    "will not": "won't",
    "it is": "it's",
    "that is": "that's",
    "there is": "there's",
    "we are": "we're",
    "you are": "you're",
    "they are": "they're",
    "i am": "I'm",
    "i will": "I'll",
    "we will": "we'll",
    "you will": "you'll",
    "i would": "I'd",
    "it will": "it'll",
    "was not": "wasn't",
    "have not": "haven't",
    "could not": "couldn't",
}
_EXPAND: dict[str, str] = {v.lower(): k for k, v in _CONTRACT.items()} | {
    "let's": "let us",
    "i've": "i have",
    "we've": "we have",
    "shouldn't": "should not",
    "wouldn't": "would not",
    "hadn't": "had not",
    "what's": "what is",
    "here's": "here is",
    "who's": "who is",
    "couldn't": "could not",
    "can't": "cannot",
}
# contract only when a word follows ("yes, it is." stays as it is); two-word shape first, dict decides
_CONTRACT_RE = re.compile(
    r"\b(?:[AaDdIiTtWwYyCcHh][a-z]{0,4} (?:not|is|are|am|will|have|would)|[Cc]annot)\b(?= \w)"
)
_EXPAND_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_EXPAND, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _keep_case(original: str, replacement: str) -> str:
    if original[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def contract(text: str) -> str:
    """Plain register: `do not` -> `don't`, `I am` -> `I'm`."""

    def repl(m: re.Match[str]) -> str:
        short = _CONTRACT.get(m.group(0).lower())
        if not short or m.string.startswith(" not", m.end()):  # "we will not" stays, not "we'll not"
            return m.group(0)
        return _keep_case(m.group(0), short)

    return _CONTRACT_RE.sub(repl, text)


def expand(text: str) -> str:
    """Formal register: `don't` -> `do not`, `let's` -> `let us`."""
    if "'" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        full = _EXPAND[word.lower()]
        full = "I" + full[1:] if full.startswith("i ") else full
        return _keep_case(word, full)

    return _EXPAND_RE.sub(repl, text)


_DOUBLE_ARTICLE_RE = re.compile(r"\b([Tt]he|[Aa]) the\b")
_SENTENCE_START_RE = re.compile(r"(^|[.!?]\s+)(?!https?://)([a-z])")


def tidy(text: str, *, capitalize: bool = True) -> str:
    """Repair what slot filling can produce: `the the 14` -> `the 14`, lower-case sentence starts."""
    if "he the " in text or "a the " in text or "A the " in text:
        text = _DOUBLE_ARTICLE_RE.sub(lambda m: "The" if m.group(1)[0].isupper() else "the", text)
    if " new the " in text:
        text = text.replace(" new the ", " new ")
    if capitalize:
        text = _SENTENCE_START_RE.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text


def typo(text: str, rng: random.Random) -> str:
    """Swap two inner letters of one ordinary word, the most common slip of fast typists."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


_SLACK_TOKEN_RE = re.compile(r"<@u\w+>|<[^>|]*\|[^>]*>")
_URL_RE = re.compile(r"https?://\S+")
_MENTION_RE = re.compile(r"@\w+(?:@[\w.-]+)?")
_SIGNATURE_RE = re.compile(r"\^\w+")
_WORD_RE = re.compile(r"\w+")


def normalized(text: str) -> str:
    """The text a duplicate check compares: no mentions, links or signatures; words only; lower case."""
    text = text.lower()
    if "<" in text:
        text = _SLACK_TOKEN_RE.sub(" ", text)
    if "http" in text:
        text = _URL_RE.sub(" ", text)
    if "@" in text:
        text = _MENTION_RE.sub(" ", text)
    if "^" in text:
        text = _SIGNATURE_RE.sub(" ", text)
    return " ".join(_WORD_RE.findall(text))


class UniqueTexts:
    """Remembers (a 64-bit digest of) every normalized text written so far."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()

    def add(self, text: str) -> bool:
        """Record `text`; False if an equal normalized text was recorded before (nothing is recorded then)."""
        key = hashlib.blake2b(normalized(text).encode(), digest_size=8).digest()
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def __len__(self) -> int:
        return len(self._seen)
