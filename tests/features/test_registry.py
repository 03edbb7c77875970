"""features.registry is the one place feature names are declared.

Product code (signals/, collectors/, features/, models/) may only spell feature-like names
(`<family>__<name>` with a registry family) that the registry declares, and names a specific
feature through a constant of features.registry, never a string of its own.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from features.aggregate import COUNT_COLUMNS, PER_100_WORDS, PERSON_FEATURE_COLUMNS, SHARE_OF_POSTS
from features.columnar.block import TEXT_VALUE_COLUMNS
from features.posts import MATCH_COLUMNS, TEXT_COUNT_FEATURES, VALUE_COLUMNS
from features.registry import (
    AGGREGATIONS,
    FAMILIES,
    FEATURES,
    MATCH,
    REGISTRY,
    TEXT_COLUMN_KINDS,
    TEXT_COLUMNS,
    UNITS,
    VALUE,
    is_feature_name,
)

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_PACKAGES = ("signals", "collectors", "features", "models")
REGISTRY_MODULE = "features/registry.py"
FEATURE_LIKE = re.compile(rf"(?:{'|'.join(FAMILIES)})__[a-z0-9_]+")


def feature_like_strings(paths: Iterable[Path], root: Path) -> Iterator[tuple[str, int, str]]:
    """(module, line, string) for every string constant of the files that is feature-like as a
    whole (docstrings and prose mentioning a name in passing are not)."""
    for path in paths:
        module = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and FEATURE_LIKE.fullmatch(text):
                yield module, node.lineno, text


def product_files() -> list[Path]:
    return sorted(p for package in PRODUCT_PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_product_code_spells_only_declared_feature_names() -> None:
    undeclared = [
        f"{module}:{line}: {name!r}"
        for module, line, name in feature_like_strings(product_files(), ROOT)
        if not is_feature_name(name)
    ]
    assert undeclared == [], "declare in features/registry.py (or rename): " + ", ".join(undeclared)


def test_the_scan_finds_an_undeclared_name(tmp_path: Path) -> None:
    module = tmp_path / "features" / "typo.py"
    module.parent.mkdir()
    module.write_text('"""Mentions humility__apology_rte in passing."""\nX = "humility__apology_rte"\n')
    found = list(feature_like_strings([module], tmp_path))
    assert found == [("features/typo.py", 2, "humility__apology_rte")]
    assert not is_feature_name(found[0][2]) and is_feature_name("humility__apology_own_rate")


def test_registry_names_are_spelled_only_in_the_registry() -> None:
    spelled = [
        f"{module}:{line}: {name!r}"
        for module, line, name in feature_like_strings(product_files(), ROOT)
        if module != REGISTRY_MODULE and is_feature_name(name)
    ]
    assert spelled == [], "use a constant of features.registry: " + ", ".join(spelled)


def test_entries_are_complete_and_consistent() -> None:
    assert len(REGISTRY) == len(FEATURES) and len(TEXT_COLUMN_KINDS) == len(TEXT_COLUMNS)
    for feature in FEATURES:
        assert feature.family in FAMILIES and feature.aggregation in AGGREGATIONS and feature.unit in UNITS
        assert feature.label and feature.description.endswith(".")
        assert feature.denominator is None or feature.denominator in REGISTRY, feature.name
    match_columns = [c.name for c in TEXT_COLUMNS if c.kind == MATCH]
    fed = [f.source for f in FEATURES if f.source in match_columns]
    assert sorted(fed) == sorted(match_columns)  # every match column feeds exactly one feature


def test_the_column_lists_are_derived_from_the_registry() -> None:
    assert tuple(f.name for f in FEATURES) == PERSON_FEATURE_COLUMNS
    assert set(COUNT_COLUMNS) == {f.name for f in FEATURES if f.aggregation == "count"}
    assert tuple(c.name for c in TEXT_COLUMNS if c.kind == VALUE) == VALUE_COLUMNS
    assert all(REGISTRY[f].source == c for f, c in MATCH_COLUMNS.items())
    assert set(PER_100_WORDS) | set(SHARE_OF_POSTS) <= set(REGISTRY)
    assert VALUE_COLUMNS + tuple(MATCH_COLUMNS[f] for f in TEXT_COUNT_FEATURES) == TEXT_VALUE_COLUMNS


def test_features_shown_among_replies_are_counted_per_post_columns() -> None:
    # the evidence shows an absent feature among the person's replies only if it is a count of
    # posts with a per-post column (occasion_posts keeps those columns, nothing else)
    columns = set(TEXT_COLUMN_KINDS)
    replies = [f for f in FEATURES if f.occasion == "reply"]
    assert replies, "the apologies and thanks are shown among replies"
    wrong = [f.name for f in replies if f.denominator is None or f.source not in columns]
    assert wrong == []
    assert {f.family for f in replies} == {"humility", "tone"}
