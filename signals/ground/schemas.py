"""Column contracts of every table that crosses a stage boundary.

The names here are part of the product (DESIGN.md): users query them in the workspace and
tests rely on them. `validate` checks a DataFrame against its contract and reports every
problem at once, so a broken stage is diagnosed in one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from signals.ground.errors import SchemaError

Kind = Literal["string", "datetime", "float", "int", "bool"]


@dataclass(frozen=True)
class Column:
    """One column: its name, value kind and whether missing values are allowed."""

    name: str
    kind: Kind
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    """A named table contract; `open_prefixes` allows feature columns like `tone__mean_compound`."""

    name: str
    columns: tuple[Column, ...]
    allow_extra: bool = False

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


POST_KINDS = ("post", "reply", "repost", "quote", "comment", "message")
# The posts tables keep their strings in Arrow buffers (pandas' "str" dtype), not as one
# Python object per value: a million posts take about a third of the memory, and the strings
# of a finished export no longer pin the memory its reading left behind. Missing is NaN.
POST_STRING_DTYPE = pd.StringDtype("pyarrow", na_value=float("nan"))

POSTS = Table(
    "posts",
    (
        Column("post_id", "string", nullable=False),
        Column("platform", "string", nullable=False),
        Column("account", "string", nullable=False),
        Column("created_at", "datetime", nullable=False),
        Column("text", "string", nullable=False),
        Column("reply_to_id", "string"),
        Column("reply_to_account", "string"),
        Column("parent_created_at", "datetime"),
        Column("thread_id", "string"),
        Column("kind", "string", nullable=False),
        Column("edited", "bool", nullable=False),
        Column("lang", "string"),
        Column("source", "string", nullable=False),
    ),
)

REJECTS = Table(
    "rejects",
    (
        Column("source", "string", nullable=False),
        Column("locator", "string", nullable=False),
        Column("reason", "string", nullable=False),
        Column("excerpt", "string"),
    ),
)

ROSTER = Table(
    "roster",
    (
        Column("person_id", "string", nullable=False),
        Column("display_name", "string"),
        Column("platform", "string"),
        Column("account", "string"),
        Column("signature", "string"),
        Column("team", "string"),
        Column("timezone", "string", nullable=False),
        Column("work_hours", "string", nullable=False),
        Column("workdays", "string", nullable=False),
        Column("consent", "bool", nullable=False),
    ),
)

# What each roster row matched (signals.roster_accounts): `posts` it gives its person (for a
# sign-off row, the account's posts ending with the sign-off), `account_posts` of its account,
# and for an account that wrote no post the closest unclaimed names ("name (N posts)"; ...).
ROSTER_ACCOUNTS = Table(
    "roster_accounts",
    (
        Column("person_id", "string", nullable=False),
        Column("platform", "string"),
        Column("account", "string"),
        Column("signature", "string"),
        Column("posts", "int", nullable=False),
        Column("account_posts", "int", nullable=False),
        Column("did_you_mean", "string"),
    ),
)

# posts after identity resolution: every posts column plus who wrote it.
STAFF_POSTS = Table(
    "staff_posts",
    POSTS.columns + (Column("person_id", "string", nullable=False),),
)

REPLIES = Table(
    "replies",
    (
        Column("person_id", "string", nullable=False),
        Column("post_id", "string", nullable=False),
        Column("inbound_id", "string"),
        Column("inbound_account", "string"),
        Column("inbound_at", "datetime", nullable=False),
        Column("replied_at", "datetime", nullable=False),
        Column("latency_s", "float", nullable=False),
        Column("business_latency_s", "float", nullable=False),
        Column("off_hours", "bool", nullable=False),
    ),
)

# Per (person, feature) the posts that moved the feature most, with the matched span.
# `strength` > 0 means the post pushes the feature value up.
FEATURE_EVIDENCE = Table(
    "feature_evidence",
    (
        Column("person_id", "string", nullable=False),
        Column("feature", "string", nullable=False),
        Column("post_id", "string", nullable=False),
        Column("strength", "float", nullable=False),
        Column("match_start", "int"),
        Column("match_end", "int"),
        Column("note", "string"),
    ),
)

SCORES = Table(
    "scores",
    (
        Column("person_id", "string", nullable=False),
        Column("trait", "string", nullable=False),
        Column("score", "float"),
        Column("lower", "float"),
        Column("upper", "float"),
        Column("evidence_level", "string", nullable=False),
        Column("n_posts", "int", nullable=False),
        Column("n_replies", "int", nullable=False),
        Column("model_id", "string", nullable=False),
    ),
)

EVIDENCE = Table(
    "evidence",
    (
        Column("person_id", "string", nullable=False),
        Column("trait", "string", nullable=False),
        Column("feature", "string", nullable=False),
        Column("contribution", "float", nullable=False),
        Column("post_id", "string"),
        Column("created_at", "datetime"),
        Column("snippet", "string"),
        Column("match_start", "int"),
        Column("match_end", "int"),
        Column("note", "string"),
    ),
)

# Per input file: records read = posts + rejects + sum of documented exclusions. `export` is
# the export the file was read from, as the user named it or as found in a folder they named
# (a folder, zip, CAR or CSV; set by collectors.registry, empty from a collector called alone).
SOURCES = Table(
    "sources",
    (
        Column("source", "string", nullable=False),
        Column("export", "string"),
        Column("format", "string", nullable=False),
        Column("records_read", "int", nullable=False),
        Column("posts", "int", nullable=False),
        Column("rejects", "int", nullable=False),
        Column("excluded", "int", nullable=False),
        Column("excluded_detail", "string"),
        Column("first_at", "datetime"),
        Column("last_at", "datetime"),
    ),
)

PERSON_FEATURES_KEY = "person_id"
FEATURE_SEPARATOR = "__"

_KIND_CHECKS = {
    "string": lambda s: pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty"),
    "datetime": lambda s: isinstance(s.dtype, pd.DatetimeTZDtype) and str(s.dtype.tz) == "UTC",
    "float": lambda s: pd.api.types.is_float_dtype(s.dtype) or pd.api.types.is_integer_dtype(s.dtype),
    "int": lambda s: pd.api.types.is_integer_dtype(s.dtype),
    "bool": lambda s: pd.api.types.is_bool_dtype(s.dtype),
}


def empty(table: Table) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes, so empty inputs flow through."""
    data: dict[str, pd.Series] = {}
    for col in table.columns:
        data[col.name] = pd.Series([], dtype=_empty_dtype(col))
    return pd.DataFrame(data)


def _empty_dtype(col: Column) -> object:
    if col.kind == "datetime":
        return pd.DatetimeTZDtype(tz="UTC")
    if col.kind == "float":
        return "float64"
    if col.kind == "int":
        return "Int64" if col.nullable else "int64"
    if col.kind == "bool":
        return "bool"
    return "object"


def validate(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Return `frame` with the contract's columns first; raise SchemaError listing every problem."""
    problems: list[str] = []
    missing = [n for n in table.names if n not in frame.columns]
    if missing:
        problems.append(f"missing columns {missing}")
    extra = [c for c in frame.columns if c not in table.names]
    if extra and not table.allow_extra:
        problems.append(f"unexpected columns {extra}")
    for col in table.columns:
        if col.name not in frame.columns:
            continue
        series = frame[col.name]
        missing_values = series.isna().to_numpy()
        nulls = int(np.count_nonzero(missing_values))
        if nulls and not col.nullable:
            problems.append(f"column '{col.name}' has {nulls} missing values")
        if nulls == len(series):  # nothing present to check the kind of
            continue
        # only the string check reads the values (NaT is missing, yet not skipped by it); the
        # others read the dtype, so no copy without the missing values is made for them
        checked = series[~missing_values] if col.kind == "string" and nulls else series
        if not _KIND_CHECKS[col.kind](checked):
            problems.append(f"column '{col.name}' is not of kind {col.kind} (dtype {series.dtype})")
    if problems:
        raise SchemaError(table.name, problems)
    ordered = table.names + [c for c in frame.columns if c not in table.names]
    return frame[ordered]


def validate_person_features(frame: pd.DataFrame) -> pd.DataFrame:
    """person_features: `person_id` plus float columns named `<family>__<feature>`."""
    problems: list[str] = []
    if PERSON_FEATURES_KEY not in frame.columns:
        problems.append("missing column 'person_id'")
    for name in frame.columns:
        if name == PERSON_FEATURES_KEY:
            continue
        family, sep, feature = name.partition(FEATURE_SEPARATOR)
        if not sep or not family or not feature:
            problems.append(f"column '{name}' is not named <family>__<feature>")
        elif not pd.api.types.is_numeric_dtype(frame[name].dtype):
            problems.append(f"column '{name}' is not numeric (dtype {frame[name].dtype})")
    if problems:
        raise SchemaError("person_features", problems)
    return frame
