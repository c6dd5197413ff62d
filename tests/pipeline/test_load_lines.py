"""The YAML loader's values and lines, against hand-counted lines and against PyYAML's composer.

The loader builds data and the pointer -> line map from libyaml's events with shortcuts for the
common events (a key, a plain or quoted value); these tests pin what it gives for every shape:
anchors and aliases, flow style, multi-line and quoted scalars, tags, refused keys, and, as a
property (``ci`` profile), any JSON-like document in block or flow style, whose lines are
computed independently from ``yaml.compose``'s nodes (a member sits on its key's line).
"""

from __future__ import annotations

import math
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from specloom.diagnostics import SpecError, escape_token
from specloom.load import Limits
from specloom.load_yaml import parse

_DOC = """\
base: &base
  kind: plain
  count: 0x1F
copy: *base
flow: {a: [1, 2.5, "x"], 'b/c': ~}
text: |
  line one
  line two
folded: >-
  one
  two
"quoted key": 'it''s'
list:
  - null
  - - true
    - False
  - {k: v}
"200": 04091994
empty:
tagged: !!str 12
num: -.inf
"""


def test_values_and_lines_of_every_shape() -> None:
    data, lines = parse(_DOC, "doc.yaml", Limits())
    assert data == {
        "base": {"kind": "plain", "count": 31},
        "copy": {"kind": "plain", "count": 31},
        "flow": {"a": [1, 2.5, "x"], "b/c": None},
        "text": "line one\nline two\n",
        "folded": "one two",
        "quoted key": "it's",
        "list": [None, [True, False], {"k": "v"}],
        "200": 4091994,
        "empty": None,
        "tagged": "12",
        "num": -math.inf,
    }
    assert lines == {
        "": 1,
        "/base": 1, "/base/kind": 2, "/base/count": 3,
        "/copy": 4,
        "/flow": 5, "/flow/a": 5, "/flow/a/0": 5, "/flow/a/1": 5, "/flow/a/2": 5, "/flow/b~1c": 5,
        "/text": 6,
        "/folded": 9,
        "/quoted key": 12,
        "/list": 13, "/list/0": 14, "/list/1": 15, "/list/1/0": 15, "/list/1/1": 16, "/list/2": 17, "/list/2/k": 17,
        "/200": 18,
        "/empty": 19,
        "/tagged": 20,
        "/num": 21,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("a: 1\nb:\n  c: 2\n  c: 3\n", (4, "/b/c"), "duplicate key 'c'"),
        ("a: 1\n<<: {b: 2}\n", (2, ""), "YAML merge keys"),
        ("a:\n  [x]: 1\n", (2, "/a"), "mapping key is not a string"),
        ("a:\n  true: 1\n", (2, "/a"), "mapping key True is not a string"),
        ("a:\n  - !!binary aGk=\n", (2, "/a/0"), "explicit YAML tag !!binary"),
        ("a: !!int x\n", (1, "/a"), "invalid YAML value"),
        ("a:\n  b: *nope\n", (2, "/a/b"), "alias *nope names no"),
    ],
)
def test_refusals_keep_their_line_and_pointer(text: str, where: tuple[int, str], message: str) -> None:
    with pytest.raises(SpecError) as caught:
        parse(text, "doc.yaml", Limits())
    first = caught.value.diagnostics[0]
    assert (first.line, first.pointer) == where and message in first.message


def test_limits_stop_at_the_value_that_passes_them() -> None:
    with pytest.raises(SpecError) as caught:
        parse("a: 1\nb: 2\nc: 3\nd: 4\n", "doc.yaml", Limits(max_nodes=3))
    assert (caught.value.diagnostics[0].line, caught.value.diagnostics[0].pointer) == (3, "/c")  # the fourth value
    with pytest.raises(SpecError) as caught:
        parse("a: x\nbb: yyyyyyyyyy\n", "doc.yaml", Limits(max_expanded_bytes=12))
    assert (caught.value.diagnostics[0].line, caught.value.diagnostics[0].pointer) == (2, "/bb")  # 4 + 2 + 3 + 10 bytes
    assert "max_expanded_bytes" in caught.value.diagnostics[0].message


def _composed_lines(node: Any, pointer: str, line: int, out: dict[str, int]) -> None:
    """The oracle: each pointer's line from PyYAML's node tree (a member on its key's line)."""
    out[pointer] = line
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _composed_lines(value, f"{pointer}/{escape_token(key.value)}", key.start_mark.line + 1, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _composed_lines(item, f"{pointer}/{index}", item.start_mark.line + 1, out)


_WORDS = st.text(alphabet="ab yz-_/~.:#'\"\n", max_size=12)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False, allow_infinity=False, width=32) | _WORDS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_WORDS, inner, max_size=4),
    max_leaves=20,
)


@given(_JSON, st.sampled_from([False, True, None]))
def test_any_json_like_document_loads_as_dumped_with_composed_lines(value: Any, flow: bool | None) -> None:
    text = yaml.safe_dump({"root": value}, default_flow_style=flow, width=30, allow_unicode=True)
    data, lines = parse(text, "doc.yaml", Limits())
    assert data == {"root": value}
    expected: dict[str, int] = {}
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert root is not None  # the text holds a mapping
    _composed_lines(root, "", root.start_mark.line + 1, expected)
    assert lines == expected
