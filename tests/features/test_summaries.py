"""Columnar text summaries: the same facts as the per-text analysis, however the texts are batched."""

from __future__ import annotations

import numpy as np
from per_text_reference import analyze_text

from features.columnar.block import TEXT_VALUE_COLUMNS, SummaryBlock
from features.lexical import ColleagueIndex
from features.posts import TEXT_COUNT_FEATURES, VALUE_COLUMNS, TextBatch, text_tools
from features.summaries import summarize_batch

TEXTS = [
    "Sorry, that was my mistake - I've fixed the link now. Thanks Priya!",
    "We're so proud of our volunteers 🎉 Who wants to help next week?",
    "Leveraging synergies to operationalize stakeholder alignment.",
    "",  # nothing left after cleaning
    "Das ist ein ganz normaler deutscher Satz über das Wetter heute.",
    "Big thanks to @sam for covering the desk, you're a star",
    "Sorry, that was my mistake - I've fixed the link now. Thanks Priya!",  # repeated text
]
COLLEAGUES = ColleagueIndex(accounts={"sam": {"p2"}}, first_names={"Priya": {"p3"}})


def _batch(texts: list[str]) -> TextBatch:
    return TextBatch(list(texts), [True] * len(texts), [False] * len(texts))


def _block(texts: list[str]) -> SummaryBlock:
    return summarize_batch(_batch(texts), mission_terms=("volunteers",), colleagues=COLLEAGUES)


def test_rows_hold_the_per_text_values_and_first_matches() -> None:
    block = _block(TEXTS)
    mission, scanner, known = text_tools(("volunteers",))
    assert len(block) == len(TEXTS) and block.values.shape == (len(TEXTS), len(TEXT_VALUE_COLUMNS))
    assert block.analyzed.tolist() == [True, True, True, False, False, True, True]
    assert block.langs[4] == "de"
    assert np.isnan(block.values[3]).all() and np.isnan(block.values[4]).all()
    for row, text in enumerate(TEXTS):
        if not block.analyzed[row]:
            continue
        found = analyze_text(text, mission=mission, scanner=scanner, known=known, politeness=False)
        assert found is not None
        np.testing.assert_array_equal(block.values[row, : len(VALUE_COLUMNS)], np.array(found.values))
        assert block.words[row] == found.words and tuple(block.openings[row]) == found.opening
        firsts = [i for i in range(len(block.first_row)) if block.first_row[i] == row]
        seen: list[str] = []
        for m in found.matches:
            if m.feature not in seen:
                seen.append(m.feature)
        assert [TEXT_COUNT_FEATURES[block.first_feature[i]] for i in firsts] == seen
        for i in firsts:
            feature = TEXT_COUNT_FEATURES[block.first_feature[i]]
            first = next(m for m in found.matches if m.feature == feature)
            assert tuple(block.first_span[i]) == (first.start, first.end)
            assert block.first_label[i] == first.label
    assert set(block.mentions) == {0, 5, 6}  # Priya in rows 0 and 6, @sam in row 5


def test_concatenated_parts_equal_one_block() -> None:
    whole = _block(TEXTS)
    parts = SummaryBlock.concat([_block(TEXTS[:2]), _block(TEXTS[2:5]), _block([]), _block(TEXTS[5:])])
    for name in ("values", "analyzed", "openings", "first_row", "first_feature", "first_span"):
        np.testing.assert_array_equal(getattr(parts, name), getattr(whole, name), err_msg=name)
    assert parts.langs == whole.langs and parts.words == whole.words
    assert parts.first_label == whole.first_label and parts.mentions == whole.mentions
    assert len(SummaryBlock.concat([])) == 0
