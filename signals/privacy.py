"""Masking of third parties in evidence and in the texts the outputs keep.

Evidence shows staff posts, and those posts name other people: citizens' handles, e-mail
addresses, phone numbers. By default those are replaced by placeholders before anything
is written, and the matched-span offsets are moved so highlights still fit the new text.
The texts of third parties themselves (customers, citizens: authors who are no staff
account) are masked the same way before the workspace keeps them (`mask_texts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

HANDLE_RE = re.compile(r"(?<![\w@/])@([A-Za-z0-9_][A-Za-z0-9_.-]*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)")
EMAIL_RE = re.compile(r"(?<![\w.+@-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)"
    r"|(?<![\w+])\+\d(?:[\s().-]{0,2}\d){7,14}(?!\w)"
)
ALWAYS_KEPT = frozenset({"here", "channel", "everyone"})

HANDLE_MASK = "@[someone]"
EMAIL_MASK = "[e-mail]"
PHONE_MASK = "[phone]"


def _handle_forms(handle: str) -> set[str]:
    name = handle.strip().lstrip("@").lower().rstrip(".")
    return {name, name.split("@", 1)[0]}


def kept_forms(keep_handles: Iterable[str]) -> frozenset[str]:
    """The lowercased handle forms that stay visible: staff handles and names, and ALWAYS_KEPT."""
    return frozenset({form for h in keep_handles for form in _handle_forms(h)} | ALWAYS_KEPT)


def mask_text(
    text: str, *, keep_handles: Iterable[str] = (), keep: frozenset[str] | None = None
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Return the masked text and the replaced spans as (old_start, old_end, new_start, new_end).

    `keep` (from `kept_forms`, computed once for many texts) replaces `keep_handles`.
    """
    if keep is None:
        keep = kept_forms(keep_handles)
    spans: list[tuple[int, int, str]] = []
    for match in EMAIL_RE.finditer(text):
        spans.append((match.start(), match.end(), EMAIL_MASK))
    for match in HANDLE_RE.finditer(text):
        if _overlaps(spans, match.start(), match.end()):
            continue
        if _handle_forms(match.group(1)) & keep:
            continue
        spans.append((match.start(), match.end(), HANDLE_MASK))
    for match in PHONE_RE.finditer(text):
        if not _overlaps(spans, match.start(), match.end()):
            spans.append((match.start(), match.end(), PHONE_MASK))
    spans.sort()
    out: list[str] = []
    moved: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for start, end, mask in spans:
        out.append(text[cursor:start])
        length += start - cursor
        out.append(mask)
        moved.append((start, end, length, length + len(mask)))
        length += len(mask)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), moved


def _overlaps(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e, _ in spans)


def move_offset(offset: int, moved: list[tuple[int, int, int, int]], *, is_end: bool) -> int:
    """Where an offset of the original text lands in the masked text."""
    shift = 0
    for old_start, old_end, new_start, new_end in moved:
        if offset >= old_end:
            shift = new_end - old_end
            continue
        if offset > old_start or (is_end and offset == old_end):
            return new_end if is_end else new_start
        break
    return offset + shift


def staff_handles(roster: pd.DataFrame) -> list[str]:
    """The handles that stay visible in masked text: every roster account, and the first word
    of every display name."""
    handles = roster["account"].dropna().astype(str).tolist()
    names = roster["display_name"].dropna().astype(str).tolist()
    return handles + [n.split()[0] for n in names if n.split()]


def mask_texts(texts: pd.Series, *, keep: frozenset[str]) -> pd.Series:
    """Each text masked as `mask_text` does (missing values stay missing), computed once per
    distinct text (a helpdesk log repeats its templates)."""
    codes, distinct = pd.factorize(texts, use_na_sentinel=True)
    masked = np.array([*(mask_text(str(t), keep=keep)[0] for t in distinct), None], dtype=object)
    return pd.Series(masked[codes], index=texts.index, dtype=texts.dtype if len(texts) else object)


def mask_evidence(evidence: pd.DataFrame, *, keep_handles: Iterable[str]) -> pd.DataFrame:
    """Mask snippets (and notes) of the evidence table, keeping highlights on the same words."""
    keep = kept_forms(keep_handles)
    masked_once: dict[str, tuple[str, list[tuple[int, int, int, int]]]] = {}

    def masked_text(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
        if text not in masked_once:
            masked_once[text] = mask_text(text, keep=keep)
        return masked_once[text]

    frame = evidence.copy()
    snippets: list[object] = []
    starts: list[object] = []
    ends: list[object] = []
    for text, start, end in zip(frame["snippet"], frame["match_start"], frame["match_end"], strict=True):
        if not isinstance(text, str):
            snippets.append(text)
            starts.append(start)
            ends.append(end)
            continue
        masked, moved = masked_text(text)
        snippets.append(masked)
        starts.append(start if pd.isna(start) else move_offset(int(start), moved, is_end=False))
        ends.append(end if pd.isna(end) else move_offset(int(end), moved, is_end=True))
    frame["snippet"] = snippets
    frame["match_start"] = pd.array(starts, dtype="Int64")
    frame["match_end"] = pd.array(ends, dtype="Int64")
    frame["note"] = [masked_text(n)[0] if isinstance(n, str) else n for n in frame["note"]]
    return frame
