"""features.registry is the one place feature names are declared.

Product code (signals/, collectors/, features/, models/) may only spell feature-like names
(`<family>__<name>` with a registry family) that the registry declares, and should name a
specific feature through a registry constant rather than a string of its own; the modules that
still spell registry names are listed in SPELLED_OUTSIDE, which may only shrink.
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

# module -> registry names it still spells as strings. This list should shrink (use a constant
# of features.registry instead); the test fails when a module spells a name not listed here, and
# when a listed name is no longer spelled (remove it).
SPELLED_OUTSIDE: dict[str, str] = {
    "features/columnar/matches.py": "teamwork__we_rate",
    "features/humanness.py": "humanness__buzzword_rate humanness__contraction_rate humanness__pronoun_rate",
    "features/humility_rules.py": (
        "humility__admission_rate humility__apology_org_rate humility__apology_own_rate "
        "humility__correction_rate humility__empathy_rate"
    ),
    "features/lexical.py": (
        "advocacy__term_rate generosity__credit_rate helpseeking__ask_rate helpseeking__referral_rate "
        "ideas__failure_talk_rate ideas__idea_rate mission__term_rate teamwork__colleague_mention_share "
        "teamwork__we_rate"
    ),
    "features/tone.py": "tone__incivility_rate",
    "models/default_card.py": "humility__apology_own_rate tone__incivility_rate",
}


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


def test_registry_names_are_spelled_outside_the_registry_only_where_listed() -> None:
    spelled: dict[str, set[str]] = {}
    for module, _, name in feature_like_strings(product_files(), ROOT):
        if module != REGISTRY_MODULE and is_feature_name(name):
            spelled.setdefault(module, set()).add(name)
    allowed = {module: set(names.split()) for module, names in SPELLED_OUTSIDE.items()}
    new = {m: sorted(n - allowed.get(m, set())) for m, n in spelled.items() if n - allowed.get(m, set())}
    gone = {m: sorted(n - spelled.get(m, set())) for m, n in allowed.items() if n - spelled.get(m, set())}
    assert new == {}, "use a constant of features.registry for these names"
    assert gone == {}, "no longer spelled there: remove them from SPELLED_OUTSIDE"


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
