"""The generator's module structure: no import circles at run time, and no oversized compiler.

Input: the source of ``generator/`` (read with ``ast``, never imported). Output: the run-time import
graph (imports under ``if TYPE_CHECKING:`` are annotations only and left out; imports inside
functions count, since they run). Why: a circle makes the import order matter and hides which
module is the base; the package docstrings say where a type-only back-reference is the shape.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "generator"


def _module(path: Path) -> str:
    parts = list(path.relative_to(GENERATOR.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in known else base)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in known and m != _module(path)}


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in GENERATOR.rglob("*.py")}
    return {name: _runtime_imports(path, set(files)) for name, path in files.items()}


def _cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in sorted(graph[node]):
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


@pytest.mark.parametrize("area", ["specloom.cli", "specloom.validate_cmd", "specloom.strategies", "specloom.validation"])
def test_no_import_circle_at_run_time(area: str) -> None:
    graph = _graph()
    circles = [c for name in sorted(graph) if name.startswith(area) and (c := _cycle_through(graph, name))]
    assert circles == [], " ; ".join(" -> ".join(c) for c in circles)


def test_the_validator_compiler_is_under_400_lines() -> None:
    assert len((GENERATOR / "validation" / "compiler.py").read_text(encoding="utf-8").splitlines()) < 400
