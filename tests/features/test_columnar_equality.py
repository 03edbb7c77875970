"""The columnar engine (features.columnar) equals the per-text pass, text for text.

The judge is `per_text_reference.analyzed_texts`, the text-by-text code every family was written
and validated as (textstat 0.7.4, vaderSentiment's polarity_scores, the lexicons' tests): a
batch summarized by the engine must hold the same values (bit for bit), the same counts, the
same first match of every feature (span and label, in the same order), the same detected
languages, words, openings and colleague candidates. Texts: the sample organization's, the
shared corpora copied in validation/data (VADER tweets and review snippets, Wikipedia
requests, the labelled sets, IBM customer care) and hand-made edge cases.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from per_text_reference import analyzed_texts, scan
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from collectors import collect_many
from collectors.discovery import discover
from features.columnar.block import CAPPED_AT_ONE, TEXT_VALUE_COLUMNS, SummaryBlock
from features.columnar.engine import summarize
from features.columnar.matches import may_be_humble
from features.columnar.readability import readabilities
from features.columnar.tokens import tokenize
from features.columnar.vader import compounds
from features.humility import humility_matches
from features.lexical import ColleagueIndex, Match
from features.posts import TEXT_COUNT_FEATURES, TextBatch, text_tools
from features.text import clean_text, mask, prepare, readability, tokens

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "validation" / "data"
SAMPLE = REPO / "sample_data" / "riverton"
MISSION = ("riverton", "riders", "bus pass")

EDGE_CASES = [
    "",
    "   ",
    "@ab'cd went x1abc and @bob's, a_b c",
    "Hi @bob it’s 😀 don’t :) ;-) =D",
    "İstanbul é ok — naïve café",
    "US us Us we're WE'LL let's",
    "\x00abc def",
    "I'm so sorry, we messed up. Correction: it was Tuesday!!! Thanks @ann",
    'Not sorry at all. "sorry" said he. RT @x sorry',
    # self-repairs and admissions found by structure (features/humility_repairs.py, issue #24 round 3)
    "@ana *their",
    "Meet me at 4pm\n*5pm",
    "edit: it's 5pm not 4pm",
    "Tuesday, I mean Wednesday",
    "you're right, it's actually Tuesday",
    "I said Monday, but it's actually Tuesday",
    "Forgot my phone at home",
    "I posted this in the wrong forum",
    "I gave you bad info earlier",
    "I had the dates mixed up",
    "I confused Austria with Australia",
    "I didn't read your message properly",
    "I left out a step",
    "Kind of the bomb, but not very good?? NO!",
    "https://example.org/a?b #hashtag <b>bold</b> ok? 😀😀",
    "ＡＢＣ full-width and ½ and ² and Ⅻ",
]


def _sample_texts() -> list[str]:
    posts = collect_many(discover([SAMPLE / "exports"])).posts
    return sorted({t for t in posts["text"].dropna().astype(str)})


def _corpus_texts(*, labelled: bool = True) -> list[str]:
    """Texts of the validation corpora; with `labelled`, the label files' texts too (most of them were
    chosen by apology and admission pre-filters, so they are not a fair sample of posts)."""
    texts: list[str] = []
    for name in ("tweets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt"):
        with (DATA / "vader" / name).open(encoding="utf-8", errors="replace") as handle:
            texts += [p[2] for p in (line.rstrip("\n").split("\t") for line in handle) if len(p) >= 3]
    label_files = sorted((DATA / "labels").glob("*.csv")) if labelled else []
    for path in (DATA / "politeness" / "wikipedia.dev.csv", *label_files):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                texts += [
                    v for k, v in row.items() if k and ("text" in k.lower() or "request" in k.lower()) and v
                ]
    for dialog in json.loads((DATA / "ibm_customer_care" / "dev.json").read_text(encoding="utf-8")):
        texts += [turn["message"] for turn in dialog["dialogContent"] if turn.get("message")]
    return sorted(set(texts))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = EDGE_CASES + _sample_texts() + _corpus_texts()
    assert len(found) > 20_000
    return list(dict.fromkeys(found))


@pytest.fixture(scope="module")
def colleagues() -> ColleagueIndex:
    return ColleagueIndex(
        accounts={"bob": {"p2"}, "ann": {"p3"}, "rivertonbus": {"p1"}},
        first_names={"Ann": {"p3"}, "Will": {"p4"}, "Sam": {"p5"}},
    )


def _reference(batch: TextBatch, colleagues: ColleagueIndex) -> SummaryBlock:
    """The SummaryBlock of the text-by-text pass, as `signals run` built it before the engine."""
    code = {f: i for i, f in enumerate(TEXT_COUNT_FEATURES)}
    values, langs, words, openings, firsts, mentions = [], [], [], [], [], {}
    analyzed = []
    for row, (lang, found) in enumerate(analyzed_texts(batch, mission_terms=MISSION, politeness=False)):
        langs.append(lang)
        analyzed.append(found is not None)
        if found is None:
            values.append([math.nan] * len(TEXT_VALUE_COLUMNS))
            words.append("")
            openings.append((0, 0))
            continue
        counts = [0.0] * len(TEXT_COUNT_FEATURES)
        for m in found.matches:
            if counts[code[m.feature]] == 0:
                firsts.append((row, code[m.feature], m.start, m.end, m.label))
            counts[code[m.feature]] += 1
        for feature in CAPPED_AT_ONE:
            counts[code[feature]] = min(counts[code[feature]], 1.0)
        values.append([*found.values, *counts])
        words.append(found.words)
        openings.append(found.opening)
        candidates = colleagues.candidates(found.masked)
        if candidates:
            mentions[row] = candidates
    return SummaryBlock(
        values=np.array(values, dtype=np.float64).reshape(-1, len(TEXT_VALUE_COLUMNS)),
        analyzed=np.array(analyzed, dtype=bool),
        langs=langs,
        words=words,
        openings=np.array(openings, dtype=np.int64).reshape(-1, 2),
        first_row=np.array([f[0] for f in firsts], dtype=np.int64),
        first_feature=np.array([f[1] for f in firsts], dtype=np.int16),
        first_span=np.array([f[2:4] for f in firsts], dtype=np.int64).reshape(-1, 2),
        first_label=[f[4] for f in firsts],
        mentions=mentions,
    )


def _assert_same(got: SummaryBlock, want: SummaryBlock, texts: list[str]) -> None:
    assert got.langs == want.langs
    assert got.analyzed.tolist() == want.analyzed.tolist()
    for column, name in enumerate(TEXT_VALUE_COLUMNS):
        a, b = got.values[:, column], want.values[:, column]
        different = np.flatnonzero(~((a == b) | (np.isnan(a) & np.isnan(b))))
        assert [(texts[i], a[i], b[i]) for i in different[:5]] == [], name
    assert got.words == want.words
    assert got.openings.tolist() == want.openings.tolist()
    firsts = list(
        zip(
            got.first_row.tolist(),
            got.first_feature.tolist(),
            got.first_span.tolist(),
            got.first_label,
            strict=True,
        )
    )
    wanted = list(
        zip(
            want.first_row.tolist(),
            want.first_feature.tolist(),
            want.first_span.tolist(),
            want.first_label,
            strict=True,
        )
    )
    assert [f for f in firsts if f not in wanted][:5] == []
    assert firsts == wanted
    assert got.mentions == want.mentions


def test_engine_equals_the_per_text_pass(texts: list[str], colleagues: ColleagueIndex) -> None:
    # a third of the texts to detect, a third always analyzed whatever their language
    batch = TextBatch(texts, [i % 3 != 0 for i in range(len(texts))], [i % 3 != 1 for i in range(len(texts))])
    got = summarize(batch, mission_terms=MISSION, colleagues=colleagues)
    want = _reference(batch, colleagues)
    _assert_same(got, want, texts)
    # the texts exercise every family
    assert set(got.first_feature.tolist()) == set(range(len(TEXT_COUNT_FEATURES)))


@pytest.mark.parametrize("text", [*EDGE_CASES, "good", "kind", "no no", "!!"])
def test_one_text_batches(text: str, colleagues: ColleagueIndex) -> None:
    """Batches of one short text: array shifts past both ends of the batch."""
    for detect, always in ((False, True), (True, False)):
        batch = TextBatch([text], [detect], [always])
        got = summarize(batch, mission_terms=MISSION, colleagues=colleagues)
        _assert_same(got, _reference(batch, colleagues), [text])


def test_token_table_equals_tokens(texts: list[str]) -> None:
    masked = [mask(t) for t in texts]
    table = tokenize(masked)
    for t, m in enumerate(masked):
        a, b = table.first[t], table.first[t + 1]
        got = list(
            zip(
                [table.vocab[w] for w in table.word_id[a:b]],
                table.start[a:b].tolist(),
                table.end[a:b].tolist(),
                strict=True,
            )
        )
        assert got == [tuple(tok) for tok in tokens(m)], texts[t]


def test_compound_equals_polarity_scores(texts: list[str]) -> None:
    """The judge of issue 23: vaderSentiment's own compound, on raw and cleaned texts."""
    analyzer = SentimentIntensityAnalyzer()
    # raw texts too: VADER's own reading of whitespace and emoji, not only cleaned texts
    for batch in (texts, [clean_text(t) for t in texts]):
        got = compounds(batch)
        expected = [analyzer.polarity_scores(t)["compound"] for t in batch]
        assert [(t, g, e) for t, g, e in zip(batch, got, expected, strict=True) if g != e] == []


def test_readability_equals_textstat_rules(texts: list[str]) -> None:
    clean = [clean_text(t) for t in texts]
    fre, fk = readabilities(clean)
    for text, a, b in zip(clean, fre, fk, strict=True):
        want = readability(text)
        assert (a, b) == (want.flesch_reading_ease, want.fk_grade) or (
            math.isnan(a) and math.isnan(want.flesch_reading_ease) and math.isnan(b)
        ), text


@pytest.mark.parametrize(
    "note",
    [
        "Update: it's 5pm not 4pm",
        "UPDATED: the form is on page 3, not 2",
        "upd: wrong link above, this one",
        "Update 2: the meeting is Tuesday",
        "update\u00a0: it was Monday, not Sunday",  # a Unicode space, which Python's \s holds
        "Update \u0663 : room 4, not 5",  # an Arabic-Indic digit, which Python's \d holds
        "Edit: it's 10am not 9am",
    ],
)
def test_humility_prefilter_passes_every_edit_note(note: str) -> None:
    """An edit or update note that humility_repairs reads is never left out by the prefilter,
    whatever spaces and digits stand before its colon."""
    from features.humility_repairs import _EDIT

    assert _EDIT.search(mask(note)) is not None
    assert may_be_humble(pa.array([mask(note)])).tolist() == [True]


def test_humility_prefilter_is_a_superset(texts: list[str]) -> None:
    """Texts the prefilter leaves out have no humility match (equal output with and without it)."""
    _, scanner, _ = text_tools(MISSION)
    masked = pa.array([mask(t) for t in texts])
    passes = may_be_humble(masked)
    left_out = [t for t, kept in zip(texts, passes, strict=True) if not kept]
    # the prefilter saves work on posts: measured on the corpora without the label files, whose texts
    # were chosen by apology and admission pre-filters
    plain = set(EDGE_CASES + _sample_texts() + _corpus_texts(labelled=False))
    plain_left_out = [t for t in left_out if t in plain]
    assert len(plain_left_out) > len(plain) * 0.8
    matched: list[tuple[str, list[Match]]] = []
    for text in left_out:
        found = humility_matches(scan(scanner, prepare(text)))
        if found:
            matched.append((text, found))
    assert matched == []


def test_text_features_equal_the_per_text_pass(texts: list[str]) -> None:
    """`signals text-features` (every match, politeness) through the engine, against the text-by-text pass."""
    from per_text_reference import analyze_text

    from features import TEXT_FEATURE_COLUMNS, texts_features
    from features.politeness import FEATURES as POLITENESS_FEATURES
    from features.posts import MATCH_COLUMNS, VALUE_COLUMNS

    mission, scanner, known = text_tools(MISSION)
    got = texts_features(texts, mission_terms=MISSION, langs=["en"] * len(texts))
    for text, (values, matches) in zip(texts, got, strict=True):
        want = analyze_text(text, mission=mission, scanner=scanner, known=known, politeness=True)
        if want is None:
            assert (values, matches) == ({}, []), text
            continue
        expected = dict(zip(VALUE_COLUMNS, want.values, strict=True))
        for feature, column in MATCH_COLUMNS.items():
            if column in TEXT_FEATURE_COLUMNS:
                expected[column] = float(sum(1 for m in want.matches if m.feature == feature))
        expected.update(zip(POLITENESS_FEATURES, want.politeness, strict=True))
        assert values.keys() == expected.keys()
        different = [
            k
            for k in values
            if values[k] != expected[k] and not (math.isnan(values[k]) and math.isnan(expected[k]))
        ]
        assert different == [], text
        assert matches == [*want.matches, *want.politeness_matches], text
