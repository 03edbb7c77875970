"""Masking third parties in evidence while keeping highlights on the same words."""

from __future__ import annotations

import pandas as pd
import pytest

from signals.privacy import mask_evidence, mask_text, move_offset


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        ("thanks @citizen42!", [], "thanks @[someone]!"),
        ("thanks @citizen42!", ["Citizen42"], "thanks @citizen42!"),
        ("ask @ann@social.example.org", ["ann@social.example.org"], "ask @ann@social.example.org"),
        ("mail a.b@city.gov now", [], "mail [e-mail] now"),
        ("call +1 (555) 123-4567 today", [], "call [phone] today"),
        ("route 12 at 9:45", [], "route 12 at 9:45"),
        ("closed 2024-01-15 10:30 to 12:00", [], "closed 2024-01-15 10:30 to 12:00"),
        ("text 555.123.4567 or +44 20 7946 0958", [], "text [phone] or [phone]"),
        ("@here meeting", [], "@here meeting"),
    ],
)
def test_mask_text(text: str, keep: list[str], expected: str) -> None:
    assert mask_text(text, keep_handles=keep)[0] == expected


def test_offsets_follow_the_masked_text() -> None:
    text = "sorry @someone_long, my mistake — call 555-123-4567"
    masked, moved = mask_text(text, keep_handles=[])
    start = text.index("my mistake")
    end = start + len("my mistake")
    new_start = move_offset(start, moved, is_end=False)
    new_end = move_offset(end, moved, is_end=True)
    assert masked[new_start:new_end] == "my mistake"


def test_a_span_on_a_masked_handle_covers_the_placeholder() -> None:
    text = "h/t @citizen for the photo"
    masked, moved = mask_text(text, keep_handles=[])
    start, end = text.index("@citizen"), text.index("@citizen") + len("@citizen")
    assert (
        masked[move_offset(start, moved, is_end=False) : move_offset(end, moved, is_end=True)] == "@[someone]"
    )


def test_mask_evidence_table() -> None:
    evidence = pd.DataFrame(
        {
            "snippet": ["@bob thanks, my bad", None],
            "match_start": pd.array([13, None], dtype="Int64"),
            "match_end": pd.array([19, None], dtype="Int64"),
            "note": ["reply to @bob", "no post"],
        }
    )
    masked = mask_evidence(evidence, keep_handles=[])
    assert masked.loc[0, "snippet"] == "@[someone] thanks, my bad"
    row = masked.iloc[0]
    assert row["snippet"][row["match_start"] : row["match_end"]] == "my bad"
    assert masked.loc[0, "note"] == "reply to @[someone]"
    assert pd.isna(masked.loc[1, "match_start"])


def test_masked_offsets_count_code_points_around_emoji_accents_and_cjk() -> None:
    text = "🚌😀 @bob_the_rider cafe\u0301 我们 call 555-123-4567 😀 my bad 👍🏽"
    start = text.index("my bad")
    evidence = pd.DataFrame(
        {
            "snippet": [text],
            "match_start": pd.array([start], dtype="Int64"),
            "match_end": pd.array([start + len("my bad")], dtype="Int64"),
            "note": ["apology"],
        }
    )
    row = mask_evidence(evidence, keep_handles=[]).iloc[0]
    assert row["snippet"] == "🚌😀 @[someone] cafe\u0301 我们 call [phone] 😀 my bad 👍🏽"
    assert row["snippet"][row["match_start"] : row["match_end"]] == "my bad"
