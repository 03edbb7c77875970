"""Lexicon syntax, matching rules and the matchers of the smaller families."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from per_text_reference import scan, we_matches

from features.lexical import (
    SIMPLE_LEXICONS,
    ColleagueIndex,
    Scanner,
    all_lexicons,
    compile_lexicon,
    find,
    lexicon,
    mission_lexicon,
    read_phrases,
    simple_matches,
)
from features.text import mask, prepare


def spans(matches: list, text: str) -> list[str]:
    return [text[m.start : m.end] for m in matches]


@pytest.mark.parametrize(
    ("phrase", "text", "expected"),
    [
        ("sorry, my mistake", "Sorry my mistake!", ["Sorry my mistake"]),  # comma optional
        ("sorry, my mistake", "sorry,   my mistake", ["sorry,   my mistake"]),
        ("correction:", "Correction: route 5", ["Correction:"]),
        ("correction:", "correction officers", []),  # a final colon is required
        ("i'm sorry", "I’m sorry", ["I’m sorry"]),  # typographic apostrophe
        ("best-in-class", "best in class and bestinclass", ["best in class", "bestinclass"]),
        ("stakeholder*", "Stakeholders and stakeholder", ["Stakeholders", "stakeholder"]),
        ("thanks to @", "thanks to @ana_b.", ["thanks to @ana_b"]),
        ("h/t", "great map, h/t @bob", ["h/t"]),
        ("pilot", "autopilot and @pilot and pilots", []),  # whole words, not handles
        ("leverage", "Leverage!", ["Leverage"]),
    ],
)
def test_phrase_syntax(phrase: str, text: str, expected: list[str]) -> None:
    lex = compile_lexicon("t", [phrase])
    assert spans(find(lex, text, feature="f", label="l"), text) == expected


def test_longest_phrase_wins_and_matches_do_not_overlap() -> None:
    lex = compile_lexicon("t", ["what if", "what if we", "we"])
    text = "What if we try? we can"
    assert spans(find(lex, text, feature="f", label="l"), text) == ["What if we", "we"]


def test_quoted_words_are_not_matched() -> None:
    lex = compile_lexicon("t", ["leverage"])
    text = 'They said "leverage" twice; we leverage nothing'
    assert [m.start for m in find(lex, text, feature="f", label="l")] == [text.rindex("leverage")]


def test_negatable_lexicon_drops_negated_matches() -> None:
    lex = compile_lexicon("t", ["you idiot"])
    assert find(lex, "you idiot", feature="f", label="l", negatable=True)
    assert not find(lex, "I never said you idiot", feature="f", label="l", negatable=True)


def test_match_label_and_span_point_at_the_text() -> None:
    text = "@ana Kudos to @bob for the map"
    [m] = find(lexicon("credit"), text, feature="generosity__credit_rate", label="credits someone")
    assert text[m.start : m.end] == "Kudos to"
    assert m.label == 'credits someone: "Kudos to"'


@pytest.mark.parametrize(
    "path", sorted(p.name for p in resources.files("features").joinpath("lexicons").iterdir())
)
def test_every_lexicon_file_compiles_and_is_documented(path: str) -> None:
    readme = resources.files("features").joinpath("lexicons", "README.md").read_text(encoding="utf-8")
    if not path.endswith(".txt"):
        return
    name = path[: -len(".txt")]
    phrases = read_phrases(name)
    assert phrases, f"{path} is empty"
    lex = lexicon(name)
    assert lex.size == len({p.lower() for p in phrases})
    assert f"`{path}`" in readme
    for phrase in phrases:  # every phrase matches its own plain spelling
        sample = re.sub(r"\*(?=\s|$)", "", phrase).replace("@", "@someone")  # wildcard ends off
        assert find(lex, sample, feature="f", label="l"), f"{name}: '{phrase}' does not match itself"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our riders love the new bus routes", {"mission__term_rate": ["riders", "bus"]}),
        ("Residents of our city, thank you", {"mission__term_rate": ["Residents", "our city"]}),
        ("We go live on social media at 5", {"advocacy__term_rate": ["go live", "social media"]}),
        ("Crazy idea: let's try a pilot", {"ideas__idea_rate": ["Crazy idea", "let's try", "pilot"]}),
        ("That flopped, lesson learned", {"ideas__failure_talk_rate": ["That flopped", "lesson learned"]}),
        (
            "Does anyone know the fare? Any advice?",
            {"helpseeking__ask_rate": ["Does anyone know", "Any advice"]},
        ),
        ("Not my area, looping in @eve", {"helpseeking__referral_rate": ["Not my area", "looping in"]}),
        ("Great map via @bob, h/t @ana", {"generosity__credit_rate": ["via @bob", "h/t"]}),
        ("The weather is nice", {}),
    ],
)
def test_simple_families(text: str, expected: dict[str, list[str]]) -> None:
    found = simple_matches(text, mission=mission_lexicon(("riders", "bus")))
    got: dict[str, list[str]] = {}
    for m in found:
        got.setdefault(m.feature, []).append(text[m.start : m.end])
    assert got == expected


def test_mission_terms_extend_the_public_service_list() -> None:
    assert not simple_matches("the tram is late", mission=mission_lexicon(()))
    assert simple_matches("the trams are late", mission=mission_lexicon(("tram",)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're proud of our team, let's go", ["We're", "our", "let's"]),
        ("Made in the US for us", ["us"]),  # capital US is the country
        ("I did it myself", []),
    ],
)
def test_we_words(text: str, expected: list[str]) -> None:
    assert spans(we_matches(text), text) == expected


def test_scanner_gives_the_same_matches_as_a_full_scan() -> None:
    mission = mission_lexicon(("bus",))
    scanner = Scanner(all_lexicons(mission))
    texts = [
        "Sorry, my mistake! Going forward we leverage the bus, h/t @ana. Does anyone know?",
        "I'm not sorry. You idiot. Thanks to @bob, what if we pilot stakeholder-driven live-tweeting",
    ]
    for text in texts:
        plain, scanned = prepare(text), scan(scanner, prepare(text))
        for lex in scanner.lexicons:
            assert find(lex, scanned, feature="f", label="l") == find(lex, plain, feature="f", label="l")
    assert [name for name, _, _ in SIMPLE_LEXICONS]  # the table is not empty


def test_colleague_mentions() -> None:
    index = ColleagueIndex(
        accounts={"ana_b": {"ana"}, "bob_k": {"bob"}, "ana": {"ana"}},
        first_names={"Ana": {"ana"}, "Bob": {"bob"}, "Will": {"will"}},
    )
    text = "Thanks @Bob_K and Ana! I will ask Will. @ana_b"
    found = index.mentions(mask(text), author="ana")
    assert spans(found, text) == ["@Bob_K", "Will"]  # not herself, not the verb "will"
    assert index.mentions(mask("@bob_k thanks for this"), author="ana") == []  # a reply's addressee
    assert index.mentions("@bob_k thanks for this", author="ana")  # unmasked, it would count
    text = "ping @ana@social.example"
    assert spans(index.mentions(mask(text), author="bob"), text) == ["@ana@social.example"]


@pytest.mark.parametrize(
    "text",
    [
        "Will and Ann met Anna, Annabel and Ann-Marie.",
        "xWill Will_ Will9 @Will #Will Will's Will’s (Will) Will.",
        "Ann\nAnna\tAnnabel",
        "AnnAnna Anna-Ann Ann@x.org Ann@Bea",
        "Beatriz Beatriz2 é Ann Ann\u0301 Ann",
        "",
    ],
)
def test_first_names_match_where_the_plain_pattern_does(text: str) -> None:
    # the index's pattern puts each name's look-behind after it (faster to search); it must
    # find exactly what one look-behind before the longest-first alternation finds
    names = {
        "Ann": {"a"},
        "Anna": {"b"},
        "Annabel": {"c"},
        "Ann-Marie": {"d"},
        "Will": {"e"},
        "Beatriz": {"f"},
    }
    index = ColleagueIndex(accounts={}, first_names=names)
    ordered = sorted(names, key=lambda n: (-len(n), n))
    plain = re.compile(r"(?<![\w@])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
    found = [(c.start, c.end) for c in index.candidates(text) if not c.is_handle]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found or not text  # every case but the empty text names someone
