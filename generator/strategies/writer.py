"""The strategies module under construction: deduplicated constants, functions and imports.

Input: source fragments from the emitters (strategy expressions, ``@st.composite`` functions).
Output: one module's source text in a fixed order -- imports, helper and composite functions,
then constants in creation order (a constant only ever refers to constants created before it,
or to a named strategy through ``st.deferred``), then whatever the caller appends.

Spec text never reaches this module except inside literals built with ``py_str``/``py_literal``
by the emitters; every name here is invented (``_s12``, ``_c3``) or comes from ``specloom.names``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from specloom.strategies import helpers
from specloom.validation.source import py_literal

__all__ = ["Writer", "layout", "str_lit", "json_lit", "tuple_lit", "clip", "call"]

STRATEGY = "SearchStrategy[Any]"


class Writer:
    """Collects the pieces of one module; identical constants are written once."""

    def __init__(self) -> None:
        self._by_code: dict[tuple[str, str], str] = {}
        self._consts: list[tuple[str, str, str]] = []  # (name, annotation, code)
        self._functions: list[list[str]] = []
        self.imports: set[str] = {"from typing import Any", "from hypothesis import strategies as st",
                                  "from hypothesis.strategies import SearchStrategy"}  # fmt: skip
        self.helpers: set[str] = set()
        self._count = 0

    def mark(self) -> tuple[int, int, int, frozenset[str], frozenset[str]]:
        """The module's state now, for ``rollback`` (cheap: the tables only ever grow)."""
        return len(self._by_code), len(self._consts), len(self._functions), frozenset(self.imports), frozenset(self.helpers)

    def rollback(self, mark: tuple[int, int, int, frozenset[str], frozenset[str]]) -> None:
        """Forget what was written since ``mark``: a schema given up half-way (the caller skips
        it) must leave no constant behind that names one never defined."""
        by_code, consts, functions, imports, helpers_ = mark
        while len(self._by_code) > by_code:
            self._by_code.popitem()  # insertion order: the newest entries go first
        del self._consts[consts:], self._functions[functions:]
        self.imports, self.helpers = set(imports), set(helpers_)

    def fresh(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def const(self, code: str, prefix: str = "_s", annotation: str = STRATEGY) -> str:
        """The name of a module constant holding ``code`` (created on first use).

        A chained call too long for one line (``st.dates(...).map(...)``) keeps its base in a
        constant of its own, so every line splits at its last bracket, as black splits it.
        """
        if annotation == STRATEGY and len(f"_s00: {annotation} = {code}") > 100:  # scanned only then: most are short
            opening = _trailer(code)
            ends = [pos for pos, char, depth in _scan(code) if char == ")" and depth == 0 and 0 < pos < opening - 1 and code[pos + 1] == "."]
            dot = ends[-1] if ends else -1
            if dot > 0:
                code = f"{self.const(code[: dot + 1])}{code[dot + 1 :]}"
        key = (annotation, code)
        name = self._by_code.get(key)
        if name is None:
            name = self._by_code[key] = self.fresh(prefix)
            self._consts.append((name, annotation, code))
        return name

    def fixed(self, name: str, code: str, annotation: str = "") -> str:
        """A constant with a fixed name (format grammars, offsets), defined once."""
        if (annotation, code) not in self._by_code:
            self._by_code[(annotation, code)] = name
            self._consts.append((name, annotation, code))
        return name

    def define(self, name: str, code: str) -> None:
        """A strategy constant under a name chosen before its code was known (recursion)."""
        self._consts.append((name, STRATEGY, code))

    def function(self, lines: list[str]) -> None:
        self._functions.append(lines)

    def composite(self, returns: str, doc: str, body: list[str]) -> str:
        """A function building one value from ``draw`` calls (deduplicated); the constant drawing
        it. One shared ``@st.composite`` (``_drawn``) runs them all: decorating each function
        would make Hypothesis read the module's source once per function at import."""
        key = ("composite", "\n".join(body))
        name = self._by_code.get(key)
        if name is None:
            name = self._by_code[key] = self.fresh("_c")
            self._functions.append([f"def {name}(draw: st.DrawFn) -> {returns}:", f"    {doc}", *("    " + line for line in body)])
        return self.const(f"{self.use('_drawn')}({name})")

    def use(self, helper: str) -> str:
        """Note that generated code calls the helper ``helper`` (see ``helpers``); its name."""
        self.helpers.add(helper)
        for dep in helpers.DEPENDS.get(helper, ()):
            self.use(dep)
        self.imports.update(helpers.IMPORTS.get(helper, ()))
        return helper

    def body(self) -> list[str]:
        """Helpers, functions and constants, as lines laid out the way black would."""
        lines: list[str] = []
        for name in helpers.ORDER:
            if name in self.helpers:
                lines += [*helpers.SOURCE[name], "", ""]
        for fn in self._functions:
            lines += [out for line in fn for out in layout(line)] + ["", ""]
        for name, annotation, code in self._consts:
            lines += layout(f"{name}: {annotation} = {code}" if annotation else f"{name} = {code}")
        return lines

    def import_lines(self) -> list[str]:
        std = sorted(i for i in self.imports if _group(i) == 0)
        third = sorted(i for i in self.imports if _group(i) == 1)
        first = sorted(_merged(i for i in self.imports if _group(i) == 2))
        local = sorted(i for i in self.imports if _group(i) == 3)
        out: list[str] = []
        for block in (std, third, first, local):
            if block:
                out += [*_plain_first(block), ""]
        return out


def str_lit(value: str) -> str:
    """A string literal, quoted the way black quotes it (double unless that needs more escapes)."""
    plain = repr(value)
    if plain[0] == '"':
        return plain
    body = plain[1:-1].replace("\\'", "'")
    if value.count('"') > value.count("'"):
        return plain
    return '"' + body.replace('"', '\\"') + '"'


def json_lit(value: Any) -> str:
    """A Python expression for the JSON ``value`` (strings through ``str_lit``)."""
    if isinstance(value, str):
        return str_lit(value)
    if isinstance(value, list):
        return "[" + ", ".join(json_lit(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{str_lit(str(k))}: {json_lit(v)}" for k, v in value.items()) + "}"
    return py_literal(value)


def tuple_lit(items: list[str]) -> str:
    """A tuple display of already-rendered items, as black prints it."""
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


def call(function: str, *args: str, **options: object) -> str:
    """``function(args, name=value, ...)`` leaving out options that are None (the defaults)."""
    parts = [*args, *(f"{k}={v}" for k, v in options.items() if v is not None)]
    return f"{function}({', '.join(parts)})"


def clip(value: Any) -> str:
    """A short ``repr`` of a spec value for a mutation label (labels become ``str_lit`` literals)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def layout(line: str, width: int = 100, suffix: str = "") -> list[str]:
    """``line`` split the way black splits it, for the kinds of line this compiler writes.

    A line that is too long and ends in a bracket is split at that bracket: the contents go on one
    indented line when they fit, else one item per line with a trailing comma, each item laid out
    in turn; contents without a top-level comma are laid out as a line of their own. (Black's
    right-hand split and delimiter split, restricted to call and display syntax.) A test checks
    that black leaves the generated modules unchanged, so any drift shows. ``suffix`` follows the
    line's last bracket (the comma after an item of an exploded display).
    """
    indent = line[: len(line) - len(line.lstrip(" "))]
    return _layout(indent, line.strip(), suffix, width, bool(suffix))


def layout_inside(indent: str, text: str, suffix: str, width: int = 100) -> list[str]:
    """``layout`` for a line inside brackets (an item, or the contents of a split bracket)."""
    return _layout(indent, text, suffix, width, True)


def _layout(indent: str, text: str, suffix: str, width: int, inside: bool = False) -> list[str]:
    full = indent + text + suffix
    if len(full) <= width and not magic_comma(text):
        return [full]
    if inside:  # black splits a line inside brackets at its operators first (``a + b``, ``a or b``)
        from specloom.format_split import operand_pieces

        pieces = operand_pieces(text)
        if pieces is not None:
            last = len(pieces) - 1
            return [line for i, piece in enumerate(pieces) for line in _layout(indent, piece, suffix if i == last else "", width, True)]
    for opening, closing in _trailers(text):  # the last bracket first; earlier ones if its head is too long
        head, body, tail = text[: opening + 1], text[opening + 1 : closing], text[closing:]
        items = _items(body)
        if items and len(indent + head) <= width:
            return _split(indent, head, body, items, tail + suffix, width, opening == 0 or not (text[opening - 1].isalnum() or text[opening - 1] in "_)]"))
    bound = _ASSIGNED.fullmatch(text)
    if bound and not suffix and _trailers(bound[2]) and len(f"{indent}{bound[1]}(") <= width:
        # no bracket of the value leaves a short enough first line: black puts the value in
        # parentheses of its own (``x: T = (`` / value / ``)``), then lays the value out
        return [f"{indent}{bound[1]}(", *_layout(indent + "    ", bound[2], "", width, True), f"{indent})"]
    subscripted = _SUBSCRIPTED.fullmatch(text)
    if bound and not suffix and subscripted and len(f"{indent}{subscripted[1]}[") <= width:
        # even ``x: T[...] = (`` is too long: black splits the annotation's brackets first
        name, inner, value = subscripted[1], subscripted[2], subscripted[3]
        if len(f"{indent}    {inner}") <= width and len(f"{indent}]{value}") <= width and "[" not in inner:
            return [f"{indent}{name}[", f"{indent}    {inner}", f"{indent}]{value}"]
    annotated = _annotation(text)
    if annotated and len(f"{indent}{annotated[0]}: (") <= width:
        # a long union annotation (``x: A | B = UNSET``, a parameter ``x: A | None = None,``):
        # black puts it in parentheses of its own, one operand per line when it does not fit
        name, hint, value = annotated
        if value and not suffix and len(f"{indent}{name}: {hint} = (") <= width:
            # an assignment's value has parentheses of its own, which black opens first
            return [f"{indent}{name}: {hint} = (", f"{indent}    {value[3:]}", f"{indent})"]
        return [f"{indent}{name}: (", *_union(indent + "    ", hint, width), f"{indent}){value}{suffix}"]
    trailers = _trailers(text)
    if inside and not bound and trailers:  # no head is short enough: black splits at the last bracket anyway
        opening, closing = trailers[0]
        items = _items(text[opening + 1 : closing])
        if items:
            head, body, tail = text[: opening + 1], text[opening + 1 : closing], text[closing:]
            return _split(indent, head, body, items, tail + suffix, width, opening == 0 or not (text[opening - 1].isalnum() or text[opening - 1] in "_)]"))
    return [full]


def _annotation(text: str) -> tuple[str, str, str] | None:
    """(name, annotation, `` = value`` or ""), for ``name: A | B [= value]`` whose annotation is a
    union at its top level and whose value (if any) holds no bracket; else None."""
    found = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*): (.+)", text, re.DOTALL)
    if found is None:
        return None
    rest = found[2]
    cuts = _top_level(rest)
    equals = next((i for i in cuts if rest.startswith(" = ", i)), -1)
    hint, value = (rest[:equals], rest[equals:]) if equals >= 0 else (rest, "")
    if not any(hint.startswith(" | ", i) for i in cuts if i < len(hint)) or re.search(r"[()\[\]{}]", value):
        return None
    return found[1], hint, value


def _union(indent: str, hint: str, width: int) -> list[str]:
    """A union annotation inside its parentheses: one line if it fits, else one operand a line
    (``| X`` after the first), each laid out as black lays out a line of its own."""
    if len(indent + hint) <= width and not magic_comma(hint):
        return [indent + hint]
    cuts = [i for i in _top_level(hint) if hint.startswith(" | ", i)]
    parts = [hint[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(hint)], strict=True)]
    return [line for part in parts for line in _layout(indent, part, "", width)]


def _top_level(text: str) -> list[int]:
    """Positions in ``text`` outside every bracket and string literal."""
    out: list[int] = []
    depth = 0
    for i, c in _outside_strings(text):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0:
            out.append(i)
    return out


_SUBSCRIPTED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*: [A-Za-z_][A-Za-z0-9_.]*)\[([^\[\]]+)\]( = .+)", re.DOTALL)
_ASSIGNED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*(?:: [^=]+)? = )(.+)", re.DOTALL)


def _split(indent: str, head: str, body: str, items: list[str], tail: str, width: int, display: bool) -> list[str]:
    inner = indent + "    "
    if len(items) == 1 and not body.rstrip().endswith(","):
        if len(inner + body) <= width and not magic_comma(body):
            return [indent + head, inner + body, indent + tail]
        return [indent + head, *_layout(inner, body, "", width, True), indent + tail]
    if len(inner + body) <= width and not body.rstrip().endswith(",") and not display and not magic_comma(body):
        return [indent + head, inner + body, indent + tail]
    lines = [indent + head]
    for item in items:
        lines += _layout(inner, item, ",", width, True)
    return [*lines, indent + tail]


def magic_comma(text: str) -> bool:
    """Whether ``text`` holds a comma right before a closing bracket, which black keeps by
    splitting the brackets one item per line (a one-item tuple's comma is not one: ``(x,)``)."""
    stack: list[list[int]] = []  # [opening position, commas, last comma position]
    for pos, char, _depth in _scan(text):
        if char in "([{":
            stack.append([pos, 0, -1])
        elif char == "," and stack:
            stack[-1][1] += 1
            stack[-1][2] = pos
        elif char in ")]}" and stack:
            opening, commas, last = stack.pop()
            if last >= 0 and not text[last + 1 : pos].strip():
                call = opening > 0 and (text[opening - 1].isalnum() or text[opening - 1] in "_)]")
                if not (text[opening] == "(" and commas == 1 and not call):
                    return True
    return False


def _trailers(text: str) -> list[tuple[int, int]]:
    """Bracket pairs (opening, closing) after which only trailers (``.name(...)``) follow, last first."""
    marks = _scan(text)
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for pos, char, _depth in marks:
        if char in "([{":
            stack.append(pos)
        elif char in ")]}" and stack:
            opening = stack.pop()
            if not stack:
                pairs.append((opening, pos))
    out = []
    for opening, closing in reversed(pairs):
        rest = text[closing + 1 :]
        if re.fullmatch(r"(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\(.*\))?)*", rest, re.DOTALL):
            out.append((opening, closing))
    return out


def _scan(text: str) -> list[tuple[int, str, int]]:
    """Top-level structure of ``text``: (position, character, depth) of brackets and commas."""
    out: list[tuple[int, str, int]] = []
    depth = 0
    for i, c in _outside_strings(text):
        if c in "([{":
            out.append((i, c, depth))
            depth += 1
        elif c in ")]}":
            depth -= 1
            out.append((i, c, depth))
        elif c == ",":
            out.append((i, c, depth))
    return out


def _outside_strings(text: str) -> Iterator[tuple[int, str]]:
    """(position, character) of ``text`` outside its string literals and their quotes."""
    quote, i = "", 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        else:
            yield i, c
        i += 1


def _trailer(text: str) -> int:
    """Where the bracket closing ``text`` opens (-1 when ``text`` does not end in one)."""
    if not text or text[-1] not in ")]}":
        return -1
    marks = _scan(text)
    depth = marks[-1][2] if marks else -1
    for pos, char, d in reversed(marks[:-1]):
        if d == depth and char in "([{":
            return pos
    return -1


def _items(body: str) -> list[str]:
    """``body`` split at its top-level commas (a trailing comma ends no item)."""
    cuts = [pos for pos, char, depth in _scan(body) if char == "," and depth == 0]
    parts = [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]
    return [p.strip() for p in parts if p.strip()]


def _group(line: str) -> int:
    module = line.split()[1]
    if module.startswith("hypothesis"):
        return 1
    if module.startswith("specloom_runtime"):
        return 2
    return 3 if module.startswith(".") else 0


def member_order(name: str) -> tuple[int, str, str]:
    """ruff's order of imported names: CONSTANTS, then Classes, then functions (case-insensitive)."""
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name.lower(), name


def _merged(lines: Iterable[str]) -> list[str]:
    """``from m import a`` and ``from m import b`` -> ``from m import a, b`` (as ruff wants them)."""
    names: dict[str, set[str]] = {}
    other: list[str] = []
    for line in lines:
        words = line.split(" import ", 1)
        if line.startswith("from ") and len(words) == 2 and " as " not in line and "(" not in line:
            names.setdefault(words[0], set()).update(n.strip() for n in words[1].split(","))
        else:
            other.append(line)
    return other + [f"{module} import {', '.join(sorted(found, key=member_order))}" for module, found in names.items()]


def _plain_first(block: list[str]) -> list[str]:
    return sorted(block, key=lambda line: (not line.startswith("import "), line.split()[1], line))
