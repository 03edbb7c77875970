"""Golden values of the text helpers: cleaning, tokens, quotations, negation, readability."""

from __future__ import annotations

import math
import re

import pytest
from per_text_reference import first_question

from features.language import tag_language
from features.text import (
    clean_text,
    collapse_spaces,
    first_emoji,
    mask,
    negated,
    prepare,
    quoted_spans,
    readability,
    sentence_count,
    syllables,
    tokens,
    words,
    zipf,
)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("@a @b_c: Hello there", "Hello there"),
        ("Hello @bob, how are you", "Hello @bob, how are you"),  # only the leading run goes
        ("See https://t.co/xyz and www.example.org/page now", "See and now"),
        ("Love #RivertonTransit today", "Love RivertonTransit today"),
        ("<p>Bus <b>late</b></p>", "Bus late"),
        ("   ", ""),
        ("@only @mentions", ""),
    ],
)
def test_clean_text(text: str, clean: str) -> None:
    assert clean_text(text) == clean


@pytest.mark.parametrize("text", ["@a hi https://x.y/z #tag <b>b</b>", "plain", "", "@x"])
def test_mask_keeps_offsets(text: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    for tok in tokens(masked):  # every word found in the mask is the same word in the text
        assert text[tok.start : tok.end].lower() == tok.word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're here, don’t worry", ["we're", "here", "don't", "worry"]),
        ("thanks @ana_b and e-mail", ["thanks", "and", "e", "mail"]),  # handles are not words
        ("route 5 at 9:30", ["route", "at"]),
        ("Café déjà vu", ["café", "déjà", "vu"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "I apologize" to them', ['"I apologize"']),
        ("She wrote “my bad” there", ["“my bad”"]),
        ("RT @city: sorry for the delay", ["RT @city: sorry for the delay"]),
        ("> I was wrong\nno I wasn't", ["> I was wrong"]),
        ("it's Anna's bus", []),  # apostrophes are not quotation marks
    ],
)
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quoted_spans(text)] == quoted


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("I am not sorry", "sorry", True),
        ("I don't think I was wrong", "I was wrong", True),
        ("never ever sorry", "sorry", True),
        ("I'm sorry", "sorry", False),
        ("No, you're right", "you're right", False),  # the comma ends the clause
        ("not that it matters. I was wrong", "I was wrong", False),  # another sentence
        ("not one two three sorry", "sorry", False),  # outside the three-word window
    ],
)
def test_negated(text: str, phrase: str, expected: bool) -> None:
    assert negated(text, text.index(phrase)) is expected


def test_emoji_and_question_spans() -> None:
    text = "Where is it? 🚌 ok :)"
    masked = mask(text)
    q, e = first_question(masked), first_emoji(masked)
    assert q is not None and text[q[0] : q[1]] == "?"
    assert e is not None and text[e[0] : e[1]] == "🚌"
    assert first_emoji(mask("at 10:30 see https://x.co/a:b")) is None
    assert first_emoji(mask("nice :)")) is not None
    assert first_question(mask("see https://x.co/?a=1")) is None  # a URL's ? is not a question


@pytest.mark.parametrize(
    ("word", "count"),
    [("the", 1), ("dog", 1), ("sorry", 2), ("mistake", 2), ("beautiful", 3), ("communication", 5)],
)
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


# Hand-computed: FRE = 206.835 - 1.015*words/sentences - 84.6*syllables/words,
#                FKGL = 0.39*words/sentences + 11.8*syllables/words - 15.59.
@pytest.mark.parametrize(
    ("text", "n_words", "n_sentences", "n_syllables", "fre", "fkgl"),
    [
        # 6 one-syllable words, 1 sentence: 206.835 - 6.09 - 84.6 = 116.145; 2.34 + 11.8 - 15.59
        ("The cat sat on the mat.", 6, 1, 6, 116.145, -1.45),
        # 6 words, 2 sentences of 3: 206.835 - 3.045 - 84.6 = 119.19; 1.17 + 11.8 - 15.59
        ("The dog ran. The cat sat.", 6, 2, 6, 119.19, -2.62),
        # 4 words, 14 syllables (3+3+3+5): 206.835 - 4.06 - 296.1 = -93.325; 1.56 + 41.3 - 15.59
        ("Everybody understands elaborate communication.", 4, 1, 14, -93.325, 27.27),
    ],
)
def test_readability_golden(
    text: str, n_words: int, n_sentences: int, n_syllables: int, fre: float, fkgl: float
) -> None:
    r = readability(text)
    assert (r.words, r.sentences, r.syllables) == (n_words, n_sentences, n_syllables)
    assert r.flesch_reading_ease == pytest.approx(fre)
    assert r.fk_grade == pytest.approx(fkgl)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, my mistake! I gave the wrong time for route 5. It is fixed now.",
        "We're here - don't worry! e-mail us at 9:30.",
        "Going forward we will leverage synergies with stakeholders. Ok.",
    ],
)
def test_readability_equals_textstat_without_rounding(text: str) -> None:
    from textstat.textstat import textstatistics  # only the tests import textstat

    reference = textstatistics()
    reference.set_rounding(False)
    r = readability(text)
    assert r.flesch_reading_ease == pytest.approx(reference.flesch_reading_ease(text))
    assert r.fk_grade == pytest.approx(reference.flesch_kincaid_grade(text))
    assert r.sentences == sentence_count(text) == reference.sentence_count(text)


def test_readability_without_words_is_nan() -> None:
    r = readability("🚌 🚌")
    assert r.words == 0 and math.isnan(r.flesch_reading_ease) and math.isnan(r.fk_grade)


@pytest.mark.parametrize(
    ("word", "low", "high"), [("the", 7.0, 8.0), ("bus", 4.5, 5.5), ("deliverables", 1.5, 2.75)]
)
def test_zipf(word: str, low: float, high: float) -> None:
    assert low <= zipf(word) <= high


def test_zipf_unseen_word_is_zero() -> None:
    assert zipf("qwxzvbnmplk") == 0.0


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (None, None),
        ("en", "en"),
        ("en-GB", "en"),
        ("und", None),
        ("qme", None),
        ("zxx", None),
        ("es", "es"),
        ("fr_CA", "fr"),
    ],
)
def test_tag_language_reads_real_tags_and_drops_pseudo_codes(lang: object, expected: str | None) -> None:
    assert tag_language(lang) == expected


def test_prepare() -> None:
    p = prepare('@a Thanks! He said "sorry" https://x.co')
    assert p.clean == 'Thanks! He said "sorry"'
    assert [t.word for t in p.toks] == ["thanks", "he", "said", "sorry"]
    assert [p.text[s:e] for s, e in p.quoted] == ['"sorry"']


def test_collapse_spaces_is_the_regex_substitution_for_every_character() -> None:
    # clean texts used to be re.sub(r"\s+", " ", text).strip(); str.split must see the same
    # whitespace, whichever character it is
    plain = re.compile(r"\s+")
    for code in range(0x110000):
        text = f" a{chr(code)}b\t{chr(code)} "
        assert collapse_spaces(text) == plain.sub(" ", text).strip(), hex(code)
    for text in ("", "   ", "a", "\u2028x\u00a0 y\u3000", "\x1c\x1d a \x85"):
        assert collapse_spaces(text) == plain.sub(" ", text).strip()
