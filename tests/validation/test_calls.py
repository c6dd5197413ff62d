"""The validator compiler writes its call statements in black's form itself (``validation.calls``).

Oracles: the pinned black (``black.format_str`` with the project's mode) and the generic layout
the statements went through before (``format.lay_out``), on calls of every length around the
line width, at every depth, with arguments of the shapes the compiler writes (names, string
literals, ``p + "/x" + str(i)`` paths, ``short_repr(x) + " ..."`` messages). Why: about 5,400 of
a large document's 7,000 long lines were these, and the generic layout of each cost about a
tenth of a millisecond.
"""

from __future__ import annotations

import keyword
from typing import Any

import black
import pytest
from hypothesis import given
from hypothesis import strategies as st

from specloom import format as fmt
from specloom.validation.calls import call_lines, nested_call_lines
from specloom.validation.source import py_str

_WORDS = st.text(alphabet="abcdefghij_/~0123456789 '\"\\", min_size=0, max_size=70)
_NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,60}", fullmatch=True).filter(lambda name: not keyword.iskeyword(name))
_STRINGS = _WORDS.map(py_str)
_PATHS = st.lists(st.one_of(_STRINGS, st.integers(1, 40).map(lambda i: f"str(i{i})")), min_size=1, max_size=9).map(lambda parts: " + ".join(["p", *parts]))
_MESSAGES = st.tuples(st.integers(1, 99), _STRINGS).map(lambda pair: f"short_repr(x{pair[0]}) + {pair[1]}")
_ARGS = st.lists(st.one_of(_NAMES, _STRINGS, _PATHS, _MESSAGES), min_size=1, max_size=5)
_DEPTHS = st.integers(0, 30)


def _function(depth: int, lines: list[str]) -> str:
    """``lines`` (indented ``depth`` + 1 levels) inside nested ``if``s of a function black can parse."""
    heads = [f"{'    ' * (level + 1)}if x{level}:" for level in range(depth)]
    return "\n".join(["def f(p, out, x0):", *heads, *lines]) + "\n"


def _judged(source: str) -> None:
    assert black.format_str(source, mode=fmt.black_mode()) == source


def _as_the_layout(statement: str, laid: list[str]) -> None:
    """The generic layout wrote the same lines, where it could (very deep, it leaves a line long
    and sends the module to black, which writes ``laid``: ``_judged``)."""
    text, done = fmt.lay_out(statement)
    assert text.split("\n") == laid or not done


@given(_DEPTHS, _ARGS)
def test_a_nested_call_is_written_as_black_writes_it(depth: int, args: list[str]) -> None:
    indent = "    " * (depth + 1)
    laid = nested_call_lines(indent, "out.append", "Violation", args)
    one_line = f"{indent}out.append(Violation({', '.join(args)}))"
    if laid is None:  # left to the layout: only when an argument with an operator is too long
        assert any(len(indent) + 8 + len(a) + 1 > fmt.WIDTH and (" + " in a) for a in args)
        return
    _as_the_layout(one_line, laid)
    _judged(_function(depth, laid))


@given(_DEPTHS, st.lists(st.one_of(_NAMES, _STRINGS), min_size=1, max_size=4))
def test_a_raise_of_a_nested_call_is_written_as_black_writes_it(depth: int, args: list[str]) -> None:
    indent = "    " * (depth + 1)
    laid = nested_call_lines(indent, "raise ValidationError", "collect", args)
    assert laid is not None  # names and strings: never left to the layout
    _as_the_layout(f"{indent}raise ValidationError(collect({', '.join(args)}))", laid)
    _judged(_function(depth, laid))


@given(_STRINGS, st.lists(st.one_of(_NAMES, _STRINGS), min_size=1, max_size=4))
def test_a_registry_entry_is_written_as_black_writes_it(key: str, args: list[str]) -> None:
    laid = call_lines("    ", f"{key}: CompiledValidator", args, ",")
    assert laid is not None
    entry = f"    {key}: CompiledValidator({', '.join(args)}),"
    assert fmt.lay_out("\n".join(["VALIDATORS = {", entry, "}"]))[0].split("\n")[1:-1] == laid
    _judged("\n".join(["VALIDATORS = {", *laid, "}"]) + "\n")


@pytest.mark.parametrize(
    ("width", "lines"),
    [(99, 1), (100, 1), (101, 3), (108, 3), (109, 5), (115, 5), (116, 8)],  # fmt: skip
)
def test_each_form_starts_where_black_starts_it(width: int, lines: int) -> None:
    # ``out.append(Violation(`` + 4 arguments + ``))`` at indent 8, the message grown to the width:
    # one line up to 100 characters, then the call on a line of its own (up to 7 more), then its
    # arguments on one line (7 more: that line sits 4 deeper, without the callee's 11 characters), then one argument a line
    args = ["p", '"s#/type"', '"type"']
    head = f"        out.append(Violation({', '.join(args)}, "
    message = '"' + "m" * (width - len(head) - 4) + '"'
    assert len(f"{head}{message}))") == width
    laid = nested_call_lines("        ", "out.append", "Violation", [*args, message])
    assert laid is not None and len(laid) == lines
    _judged(_function(1, laid))


def test_an_argument_holding_a_constant_marker_is_left_to_the_layout() -> None:
    # ``\x02_S3\x02`` loses its markers after the module is assembled: its length here is wrong
    assert nested_call_lines("    ", "out.append", "Violation", ["p", "\x02_S3\x02", "x" * 120]) is None


def test_a_validators_module_sends_none_of_these_statements_to_the_generic_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import PurePosixPath

    from specloom.strategies import layout as layout_module
    from specloom.validation.api import compile_module

    long = "a_property_name_long_enough_to_push_the_violations_out"
    document = {"$defs": {
        "Model": {"type": "object", "required": [long], "properties": {
            long: {"type": "string", "minLength": 2},
            "nested": {"type": "array", "items": {"type": "object", "properties": {"kind": {"enum": ["x", "y"]}}}},
        }},
    }}  # fmt: skip
    key = "get_a_resource_by_an_identifier_long_enough_for_its_registry_entry.response.200"
    source = compile_module(document, [(key, "get_a_resource_by_an_identifier_response_200", "/$defs/Model")], source_file="long.yaml").source
    laid_out: list[str] = []

    def counting(text: str, *args: Any) -> list[str]:  # passes layout's width and suffix through
        laid_out.append(text)
        return layout(text, *args)

    layout = layout_module.layout
    monkeypatch.setattr(layout_module, "layout", counting)
    [(_, text)] = fmt.format_sources({PurePosixPath("pkg") / "validators.py": source}).items()
    assert text.count("Violation(") >= 4 and "CompiledValidator(\n" in text  # long ones: split
    calls = [t for t in laid_out if any(name in t for name in ("Violation(", "ValidationError(", "CompiledValidator("))]
    assert calls == []  # each went through ``layout`` (about 0.1 ms a line) before; other shapes still do
    _judged(text)
