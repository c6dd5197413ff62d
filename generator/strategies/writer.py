"""The strategies module under construction: deduplicated constants, functions and imports.

Input: source fragments from the emitters (strategy expressions, ``@st.composite`` functions).
Output: one module's source text in a fixed order -- imports, helper and composite functions,
then constants in creation order (a constant only ever refers to constants created before it,
or to a named strategy through ``st.deferred``), then whatever the caller appends.

Spec text never reaches this module except inside literals built with ``py_str``/``py_literal``
by the emitters; every name here is invented (``_s12``, ``_c3``) or comes from ``specloom.names``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from specloom.strategies import helpers
from specloom.strategies.layout import layout, scan, trailer
from specloom.validation.source import py_literal, py_str

__all__ = ["Writer", "str_lit", "json_lit", "tuple_lit", "clip", "call"]

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
        self.rollbacks = 0  # how often ``rollback`` forgot constants (``memo``: answers naming them go too)
        self.deferred = 0  # lazy references written (``memo``: an answer holding one is not remembered)
        self._parent: Writer | None = None  # a side writer's names come from its parent's count
        self._sides: list[Writer] = []

    def side(self) -> Writer:
        """A writer of the same module whose pieces come first and that this one's ``rollback`` leaves
        alone: its constants never name this one's (the fallback's parts, which stay valid when a schema
        around the one that needed them is given up, instead of being compiled again)."""
        other = Writer()
        other._parent = self
        self._sides.append(other)
        return other

    def mark(self) -> tuple[int, int, int, frozenset[str], frozenset[str]]:
        """The module's state now, for ``rollback`` (cheap: the tables only ever grow)."""
        return len(self._by_code), len(self._consts), len(self._functions), frozenset(self.imports), frozenset(self.helpers)

    def rollback(self, mark: tuple[int, int, int, frozenset[str], frozenset[str]]) -> None:
        """Forget what was written since ``mark``: a schema given up half-way (the caller skips
        it) must leave no constant behind that names one never defined."""
        by_code, consts, functions, imports, helpers_ = mark
        self.rollbacks += 1
        while len(self._by_code) > by_code:
            self._by_code.popitem()  # insertion order: the newest entries go first
        del self._consts[consts:], self._functions[functions:]
        self.imports, self.helpers = set(imports), set(helpers_)

    def fresh(self, prefix: str) -> str:
        if self._parent is not None:  # one count: no name given twice in the module
            return self._parent.fresh(prefix)
        self._count += 1
        return f"{prefix}{self._count}"

    def const(self, code: str, prefix: str = "_s", annotation: str = STRATEGY) -> str:
        """The name of a module constant holding ``code`` (created on first use).

        A chained call too long for one line (``st.dates(...).map(...)``) keeps its base in a
        constant of its own, so every line splits at its last bracket, as black splits it.
        """
        if annotation == STRATEGY and len(f"_s00: {annotation} = {code}") > 100:  # scanned only then: most are short
            opening = trailer(code)
            ends = [pos for pos, char, depth in scan(code) if char == ")" and depth == 0 and 0 < pos < opening - 1 and code[pos + 1] == "."]
            dot = ends[-1] if ends else -1
            if dot > 0:
                code = f"{self.const(code[: dot + 1])}{code[dot + 1 :]}"
        if code.startswith("st.deferred("):
            self.deferred += 1
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
        writers = [*self._sides, self]
        used = {h for w in writers for h in w.helpers}
        for name in helpers.ORDER:
            if name in used:
                lines += [*helpers.SOURCE[name], "", ""]
        for fn in (fn for w in writers for fn in w._functions):
            lines += [out for line in fn for out in layout(line)] + ["", ""]
        written: set[str] = set()
        for name, annotation, code in (c for w in writers for c in w._consts):
            if name not in written:  # a ``fixed`` constant both writers wanted: defined once
                written.add(name)
                lines += layout(f"{name}: {annotation} = {code}" if annotation else f"{name} = {code}")
        return lines

    def import_lines(self) -> list[str]:
        imports = self.imports.union(*(w.imports for w in self._sides))
        std = sorted(i for i in imports if _group(i) == 0)
        # hypothesis and specloom_runtime in one block: both third-party where the package is used
        third = sorted([*(i for i in imports if _group(i) == 1), *_merged(i for i in imports if _group(i) == 2)])
        local = sorted(i for i in imports if _group(i) == 3)
        out: list[str] = []
        for block in (std, third, local):
            if block:
                out += [*_plain_first(block), ""]
        return out


# A string literal quoted the way black quotes it: the validator compiler's (one rule, one cache).
str_lit = py_str


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
