"""The layers of docs/architecture.md, held by the code: imports go one way, and no two modules
import each other, directly or around a circle.

Every import of our own modules counts, at module level or inside a function (a lazy import
still ties two modules together); only imports under `if TYPE_CHECKING:` (annotations) do not.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("signals", "collectors", "features", "models", "sample_data")

# bottom to top: a module may import its own layer and the layers below, never one above
GROUND = ("signals.ground",)
# worker processes, the Dask runner's protocol, spilling, memory: right above the ground
EXECUTION = "signals.execution"
# what feature code may know of execution: the Runner protocol (signals/execution/runner.py)
EXECUTION_PROTOCOL = "signals.execution.runner"
COMMAND_LINE = ("signals.cli", "signals.commands", "signals.entry", "signals.__main__")
LAYERS = ("ground", "execution", "collectors", "features", "models", "sample_data", "signals", "command line")
# modules that start, pool or size processes: execution's business, never feature code's
EXECUTION_LIBRARIES = ("multiprocessing", "concurrent", "distributed", "dask", "ctypes")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def layer(module: str) -> str:
    """The layer of one of our modules (docs/architecture.md)."""
    if any(module == g or module.startswith(f"{g}.") for g in GROUND):
        return "ground"
    if any(module == c or module.startswith(f"{c}.") for c in COMMAND_LINE):
        return "command line"
    if module == EXECUTION or module.startswith(f"{EXECUTION}."):
        return "execution"
    return module.split(".")[0]


def _ours(name: str) -> str | None:
    """The module of ours that `name` (a module, or a name inside one) refers to."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _annotation_only(tree: ast.Module) -> set[int]:
    """ids of the nodes under `if TYPE_CHECKING:`."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(inner) for inner in ast.walk(node)}
    return skipped


def _imported(module: str, path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _annotation_only(tree)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            for alias in node.names:  # `from signals import report` imports the module signals.report
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base


def import_graph() -> dict[str, set[str]]:
    """Each module of ours -> the modules of ours it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        found = {_ours(name) for name in _imported(module, path)}
        graph[module] = {m for m in found if m is not None and m != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_two_modules_import_each_other_directly_or_around_a_circle() -> None:
    assert cycles(import_graph()) == []


def test_imports_go_down_the_layers_only() -> None:
    rank = {name: i for i, name in enumerate(LAYERS)}
    upward = sorted(
        f"{module} ({layer(module)}) imports {target} ({layer(target)})"
        for module, targets in import_graph().items()
        for target in targets
        if rank[layer(target)] > rank[layer(module)]
    )
    assert upward == []


def test_the_ground_imports_nothing_of_ours_outside_it() -> None:
    graph = import_graph()
    ground = [m for m in graph if layer(m) == "ground"]
    assert len(ground) > 1
    assert {m: sorted(t for t in graph[m] if layer(t) != "ground") for m in ground} == {m: [] for m in ground}


def test_feature_code_sees_of_execution_only_the_runner_protocol() -> None:
    graph = import_graph()
    domain = [m for m in graph if layer(m) in ("collectors", "features", "models")]
    reaching = {
        m: sorted(t for t in graph[m] if layer(t) == "execution" and t != EXECUTION_PROTOCOL) for m in domain
    }
    assert reaching == {m: [] for m in domain}
    assert layer(EXECUTION_PROTOCOL) == "execution" and EXECUTION_PROTOCOL in MODULES


def test_feature_code_starts_no_process_and_hands_back_no_memory() -> None:
    """Pools, clusters and the allocators are the runner's: feature code only maps work."""
    found = sorted(
        f"{module} imports {name}"
        for module, path in MODULES.items()
        if layer(module) == "features"
        for name in _imported(module, path)
        if name.split(".")[0] in EXECUTION_LIBRARIES
    )
    assert found == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set()}, []),
    ],
)
def test_the_cycle_finder_finds_a_circle_of_three(
    graph: dict[str, set[str]], expected: list[list[str]]
) -> None:
    assert cycles(graph) == expected


def test_a_lazy_import_counts_and_an_annotation_does_not(tmp_path: Path) -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from models import scoring\n"
        "def f():\n    from signals import pipeline\n"
    )
    probe = tmp_path / "x.py"
    probe.write_text(source, encoding="utf-8")
    names = set(_imported("features.x", probe))
    assert "signals.pipeline" in names and "models.scoring" not in names
