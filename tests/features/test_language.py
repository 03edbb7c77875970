"""Language of a post: its real tag, else the offline detector (features.language)."""

from __future__ import annotations

import pytest

from features.language import detect, detect_prepared, is_english, language, tag_language
from features.text import prepare

SPANISH = "Hola a todos, gracias por venir a la reunión de hoy en la oficina central"
FRENCH = "Bonjour à tous, merci beaucoup pour votre aide avec le formulaire hier soir"
GERMAN = "Guten Morgen zusammen, vielen Dank für die schnelle Hilfe gestern Abend"
ENGLISH = "We are sorry the form broke and we fixed it now for you"
# few English function words: goes to the model, which is not sure enough
JARGON = "Quarterly roadmap deliverables synergy stakeholder alignment workshop"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SPANISH, "es"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (ENGLISH, "en"),
        (JARGON, None),
        ("thanks so much!", None),  # fewer than MIN_WORDS words: unknown
        ("@maria https://example.org/x #launch", None),  # nothing but markup
    ],
)
def test_detect(text: str, expected: str | None) -> None:
    assert detect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        SPANISH,
        FRENCH,
        GERMAN,
        ENGLISH,
        JARGON,
        "thanks so much!",
        "",
        "   ",
        "@a @b: gracias por todo, amigos míos",
    ],
)
def test_detect_prepared_equals_detect(text: str) -> None:
    # the per-text pass detects from the text it prepared for the writing families
    assert detect_prepared(prepare(text)) == detect(text)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("es", "es"),
        ("fr-CA", "fr"),
        ("EN_gb", "en"),
        ("und", None),
        ("qme", None),
        ("zxx", None),
        (None, None),
    ],
)
def test_tag_language(tag: object, expected: str | None) -> None:
    assert tag_language(tag) == expected


def test_a_real_tag_is_trusted_over_the_detector() -> None:
    assert language("en", SPANISH) == "en"
    assert language(None, SPANISH) == "es"
    assert language("und", SPANISH) == "es"  # a pseudo-tag is no tag


def test_is_english_reads_unknown_as_english() -> None:
    assert is_english(None, "ok thanks")
    assert is_english(None, ENGLISH)
    assert not is_english(None, FRENCH)
    assert not is_english("de", ENGLISH)
