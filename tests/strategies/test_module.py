"""The shape of generated ``strategies.py`` modules: black-stable, self-contained, deterministic.

``strategies.py`` skips the line layout of the pipeline (``specloom.format.LAID_OUT``): the
writer lays lines out as black does. These tests keep that promise -- for the committed modules
and for random call expressions of the kinds the compiler writes -- and check that a generated
module imports only Hypothesis, the standard library, ``specloom_runtime`` and its own package.
"""

from __future__ import annotations

import ast
from typing import Any

import black
import pytest
from hypothesis import given
from hypothesis import strategies as st

from specloom.format import black_mode
from specloom.strategies import compile_strategy
from specloom.strategies.layout import layout
from specloom.strategies.writer import str_lit
from tests.strategies.oracle import APIS, ROOT

MODE = black_mode()

ALLOWED = ("__future__", "typing", "dataclasses", "collections", "re", "copy", "datetime", "functools",
           "fractions", "hypothesis", "specloom_runtime")  # fmt: skip


@pytest.mark.parametrize("api", APIS)
def test_generated_module_is_black_stable(api: str) -> None:
    text = (ROOT / "generated" / api / "strategies.py").read_text(encoding="utf-8")
    assert black.format_str(text, mode=MODE) == text


@pytest.mark.parametrize("api", APIS)
def test_generated_module_imports_no_generator_and_no_jsonschema(api: str) -> None:
    tree = ast.parse((ROOT / "generated" / api / "strategies.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert all(alias.name.split(".")[0] in ALLOWED for alias in node.names), ast.unparse(node)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 1 or (node.module or "").split(".")[0] in ALLOWED, ast.unparse(node)
            if node.level == 1:
                assert [a.name for a in node.names] == ["models"], ast.unparse(node)


def test_compilation_is_deterministic() -> None:
    schema = {"type": "object", "properties": {"b": {"enum": ["x", "y"]}, "a": {"type": "integer"}},
              "anyOf": [{"required": ["a"]}, {"required": ["b"]}], "dependentRequired": {"a": ["b"]}}  # fmt: skip
    assert compile_strategy(schema).source == compile_strategy(schema).source


NAMES = st.from_regex(r"_[a-z][0-9]{1,3}|st\.[a-z_]{2,12}", fullmatch=True)
ATOMS = NAMES | st.integers(-10**6, 10**6).map(str) | st.text(alphabet="ab '\"c,()", max_size=40).map(str_lit)


def _calls(inner: Any) -> Any:
    args = st.lists(inner, min_size=1, max_size=6)
    call = st.tuples(NAMES, args).map(lambda t: f"{t[0]}({', '.join(t[1])})")
    chain = st.tuples(NAMES, args, st.sampled_from(["map", "filter"]), NAMES).map(lambda t: f"{t[0]}({', '.join(t[1])}).{t[2]}({t[3]})")
    display = args.filter(lambda a: len(a) > 1).map(lambda a: f"({', '.join(a)})")
    return call | chain | display


EXPRESSIONS = st.recursive(ATOMS, _calls, max_leaves=12)


@given(name=NAMES, expression=EXPRESSIONS)
def test_layout_matches_black_on_the_compiler_s_kinds_of_line(name: str, expression: str) -> None:
    line = f"{name.replace('.', '_')}: SearchStrategy[Any] = {expression}"
    try:
        expected = black.format_str(line + "\n", mode=MODE)
    except black.parsing.InvalidInput:
        return
    assert "\n".join(layout(line)) + "\n" == expected

