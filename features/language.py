"""Which posts the English-only families can read: the post's `lang` tag, else a detector.

A real language tag on the post (`es`, `fr-CA`) is trusted. Untagged posts and Twitter's
pseudo-tags (`und`, `qme`, ...) go to py3langid (Lui & Baldwin 2012's langid.py model, which
ships inside the package: no download, no network). Short texts are unreliable for any
detector, so a text is called non-English only when it has at least MIN_WORDS words and the
detector's normalized probability for its language is at least MIN_PROBABILITY; otherwise it
stays "unknown" and is read as English, as before. Texts dense in English function words
(the, and, you, ...) are English without running the detector.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from features.text import Prepared, prepare

MIN_WORDS = 5
MIN_PROBABILITY = 0.9
# English function words: a text where they make up at least ENGLISH_FUNCTION_SHARE of the
# words is English without asking the detector (most posts; the detector costs ~1 ms a text).
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "these",
        "those",
        "i",
        "you",
        "we",
        "he",
        "she",
        "they",
        "my",
        "your",
        "our",
        "their",
        "me",
        "us",
        "him",
        "her",
        "them",
        "not",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "what",
        "why",
        "how",
        "when",
        "where",
        "which",
        "who",
        "if",
        "so",
        "just",
        "there",
    ]
)
ENGLISH_FUNCTION_SHARE = 0.3


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_detector() -> None:
    """Load the detector's model now (about half a second), e.g. before worker processes fork."""
    _identifier()


# missing, undetermined, no linguistic content, artificial, multiple (ISO 639-2 special codes)
_UNDETERMINED = frozenset({"und", "zxx", "art", "mul", ""})


def tag_language(lang: object) -> str | None:
    """Primary subtag of a real language tag (`fr-CA` -> `fr`); None for missing or pseudo-tags."""
    if not isinstance(lang, str):
        return None
    primary = lang.strip().lower().replace("_", "-").split("-")[0]
    if primary in _UNDETERMINED or primary.startswith("q"):
        return None
    return primary


@lru_cache(maxsize=65_536)
def detect(text: str) -> str | None:
    """Language of a text by py3langid, or None when too short or not confident enough."""
    return detect_prepared(prepare(text))


def detect_prepared(prepared: Prepared) -> str | None:
    """`detect` of an already prepared text: the per-text pass prepares each text once for
    detection and every writing family."""
    toks = prepared.toks
    if len(toks) < MIN_WORDS:
        return None
    if sum(t.word in ENGLISH_FUNCTION_WORDS for t in toks) >= ENGLISH_FUNCTION_SHARE * len(toks):
        return "en"
    lang, prob = _identifier().classify(prepared.clean)
    return str(lang) if float(prob) >= MIN_PROBABILITY else None


def language(lang: object, text: object) -> str | None:
    """The post's language: its tag when real, else the detector's answer (None: unknown)."""
    tagged = tag_language(lang)
    if tagged is not None:
        return tagged
    return detect(text) if isinstance(text, str) and text else None


def is_english(lang: object, text: object) -> bool:
    """Whether the English lexicons and formulas may read this post (English or unknown)."""
    found = language(lang, text)
    return found is None or found == "en"
