"""The columnar summary of a batch of distinct texts: what `signals run` keeps of each text.

A million posts hold most of a million distinct texts. One Python object per text (a
dataclass with a tuple of first matches, an opening tuple, a small array) costs about a
kilobyte each, is slow to pickle back from the workers, and stays in memory for the whole
run. A `SummaryBlock` keeps the same facts in a few arrays per batch of texts: the values in
one float matrix, the first match of each feature as parallel arrays (labels shared between
texts that match the same words), colleague-name candidates only for the texts that have any.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
import pyarrow as pa

from features.lexical import MentionCandidate
from features.posts import TEXT_COUNT_FEATURES, VALUE_COLUMNS
from features.registry import EMOJI_SHARE, MATCH, QUESTION_SHARE, VALUE, columns_of

# the columns of SummaryBlock.values (features.registry's record order): the per-text values,
# then the matches of each text count feature (those not depending on the author)
TEXT_VALUE_COLUMNS: tuple[str, ...] = columns_of(VALUE, MATCH, by_author=False)
# counted per post as 0 or 1 (a share of posts), however often the text matches
CAPPED_AT_ONE = frozenset({QUESTION_SHARE, EMOJI_SHARE})
_FEATURE_CODE = {f: i for i, f in enumerate(TEXT_COUNT_FEATURES)}
_COUNT_OFFSET = len(VALUE_COLUMNS)


@dataclass
class SummaryBlock:
    """The summaries of consecutive distinct texts, row i for text i.

    `analyzed[i]`: the text has writing features (False: nothing left after cleaning, or
    detected as another language and not asked for anyway); its `values` row is NaN then.
    `langs[i]`: detected language (None: detection not asked, or unknown).
    First matches: one entry per (text, feature with matches) — row, feature (index into
    TEXT_COUNT_FEATURES), span and label. `mentions`: row -> roster colleague candidates,
    only for rows that have any.
    """

    values: np.ndarray
    analyzed: np.ndarray
    langs: list[str | None]
    words: list[str]
    openings: np.ndarray
    first_row: np.ndarray
    first_feature: np.ndarray
    first_span: np.ndarray
    first_label: list[str]
    mentions: dict[int, tuple[MentionCandidate, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.langs)

    @classmethod
    def empty(cls) -> SummaryBlock:
        """A block of no texts."""
        return cls(
            values=np.zeros((0, len(TEXT_VALUE_COLUMNS))),
            analyzed=np.zeros(0, dtype=bool),
            langs=[],
            words=[],
            openings=np.zeros((0, 2), dtype=np.int64),
            first_row=np.zeros(0, dtype=np.int64),
            first_feature=np.zeros(0, dtype=np.int16),
            first_span=np.zeros((0, 2), dtype=np.int64),
            first_label=[],
        )

    @classmethod
    def concat(cls, blocks: Sequence[SummaryBlock]) -> SummaryBlock:
        """The blocks one after another, as one block (rows renumbered)."""
        if not blocks:
            return cls.empty()
        offsets = np.cumsum([0, *(len(b) for b in blocks)])
        labels: dict[str, str] = {}
        return cls(
            values=np.concatenate([b.values for b in blocks]),
            analyzed=np.concatenate([b.analyzed for b in blocks]),
            langs=[lang for b in blocks for lang in b.langs],
            words=[w for b in blocks for w in b.words],
            openings=np.concatenate([b.openings for b in blocks]),
            first_row=np.concatenate([b.first_row + off for b, off in zip(blocks, offsets, strict=False)]),
            first_feature=np.concatenate([b.first_feature for b in blocks]),
            first_span=np.concatenate([b.first_span for b in blocks]),
            # equal labels of different blocks become one object
            first_label=[labels.setdefault(x, x) for b in blocks for x in b.first_label],
            mentions={
                int(row + off): found
                for b, off in zip(blocks, offsets, strict=False)
                for row, found in b.mentions.items()
            },
        )

    # the block's rows as Arrow columns (what the text cache stores after each text's key): one
    # column per per-text value of features.registry, named as there, then what is not a value;
    # colleague mentions are left out, they depend on the roster
    SCHEMA: ClassVar[tuple[tuple[str, pa.DataType], ...]] = (
        ("lang", pa.string()),
        ("analyzed", pa.bool_()),
        *((name, pa.float64()) for name in TEXT_VALUE_COLUMNS),
        ("words", pa.large_string()),
        ("opening_start", pa.int64()),
        ("opening_end", pa.int64()),
        ("first_feature", pa.list_(pa.int16())),
        ("first_start", pa.list_(pa.int64())),
        ("first_end", pa.list_(pa.int64())),
        ("first_label", pa.list_(pa.string())),
    )

    def to_arrow(self) -> list[pa.Array]:
        """The block's rows as Arrow columns in SCHEMA order."""
        offsets = pa.array(np.searchsorted(self.first_row, np.arange(len(self) + 1)).astype(np.int32))

        def lists(values: pa.Array) -> pa.Array:
            return pa.ListArray.from_arrays(offsets, values)

        return [
            pa.array(self.langs, type=pa.string()),
            pa.array(self.analyzed, type=pa.bool_()),
            *(pa.array(np.ascontiguousarray(column, dtype=np.float64)) for column in self.values.T),
            pa.array(self.words, type=pa.large_string()),
            pa.array(self.openings[:, 0]),
            pa.array(self.openings[:, 1]),
            lists(pa.array(self.first_feature, type=pa.int16())),
            lists(pa.array(self.first_span[:, 0], type=pa.int64())),
            lists(pa.array(self.first_span[:, 1], type=pa.int64())),
            lists(pa.array(self.first_label, type=pa.string())),
        ]

    @classmethod
    def from_arrow(cls, table: pa.Table) -> SummaryBlock:
        """A block of rows holding SCHEMA's columns (no colleague mentions)."""
        n = table.num_rows
        lengths = np.asarray(table.column("first_feature").combine_chunks().value_lengths().fill_null(0))

        def flat(name: str) -> np.ndarray:
            return np.asarray(table.column(name).combine_chunks().flatten())

        labels: dict[str, str] = {}  # one object per distinct label, as the engine builds them
        return cls(
            values=np.column_stack(
                [np.asarray(table.column(name), dtype=np.float64) for name in TEXT_VALUE_COLUMNS]
            ).reshape(n, len(TEXT_VALUE_COLUMNS)),
            analyzed=np.asarray(table.column("analyzed")),
            langs=table.column("lang").to_pylist(),
            words=table.column("words").to_pylist(),
            openings=np.stack(
                [np.asarray(table.column("opening_start")), np.asarray(table.column("opening_end"))]
            )
            .T.astype(np.int64)
            .reshape(-1, 2),
            first_row=np.repeat(np.arange(n, dtype=np.int64), lengths),
            first_feature=flat("first_feature").astype(np.int16),
            first_span=np.stack([flat("first_start"), flat("first_end")]).T.astype(np.int64).reshape(-1, 2),
            first_label=[
                labels.setdefault(x, x)
                for x in table.column("first_label").combine_chunks().flatten().to_pylist()
            ],
        )

    def take(self, order: np.ndarray) -> SummaryBlock:
        """Rows `order` of this block (a permutation of its rows, or a selection), renumbered:
        row i of the result is row `order[i]` here; each row's first matches keep their order."""
        new_row = np.full(len(self), -1, dtype=np.int64)
        new_row[order] = np.arange(len(order))
        rows = new_row[self.first_row]
        keep = np.flatnonzero(rows >= 0)
        firsts = keep[np.argsort(rows[keep], kind="stable")]
        return SummaryBlock(
            values=self.values[order],
            analyzed=self.analyzed[order],
            langs=[self.langs[i] for i in order],
            words=[self.words[i] for i in order],
            openings=self.openings[order],
            first_row=rows[firsts],
            first_feature=self.first_feature[firsts],
            first_span=self.first_span[firsts],
            first_label=[self.first_label[i] for i in firsts],
            mentions={
                int(new_row[row]): found
                for row, found in sorted(self.mentions.items(), key=lambda item: new_row[item[0]])
                if new_row[row] >= 0
            },
        )
