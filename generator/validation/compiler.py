"""The compiler core: schema nodes -> generated Python functions -> one module's source text.

Input: an ``Index`` over the schema documents and the entry points to expose. Output: the source
of a module defining, per entry, ``is_valid_<name>`` / ``validate_<name>`` and a ``VALIDATORS``
registry (see ``specloom.validation.api`` for the public shape).

Each schema node reached through a reference becomes a shared function; everything else is
inlined into its parent, so ordinary schemas compile to a few straight-line functions. Three kinds
of function exist per node, each emitted only when needed:

* ``f`` -- the fast path: ``(value) -> bool``, returns False at the first violation. It also
  inlines ``$ref`` targets that are not on the current chain (within ``INLINE_DEPTH`` and
  ``INLINE_BUDGET``), tests a type implied by ``allOf``/``$ref`` once, checks a closed object's
  key set with one ``issuperset``, and orders checks cheapest first (``Compiler.cost``);
* ``e`` -- the error path: ``(value, p, out) -> None``, appends every ``Violation`` to ``out``;
* ``a`` -- annotations: ``(value) -> set`` of evaluated property names / item indexes, used by
  ``unevaluatedProperties``/``unevaluatedItems`` (called only for instances already valid).

``$dynamicRef`` is resolved statically: a function is specialised per *dynamic scope* (the
``$dynamicAnchor`` bindings of the resources entered so far, outermost first), which is finite,
so recursion through dynamic references still ends in a fixed set of functions. Functions are
named by number while generating and renamed at the end, once it is known which entry points sit
on a call cycle (those get a wrapper that turns ``RecursionError`` into ``RecursionLimitError``).
A schema that is only a ``$ref`` shares its target's functions, and an entry whose schema another
entry already has becomes an alias (``is_valid_x = is_valid_y``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager as ContextManager
from contextlib import nullcontext
from typing import Any

from specloom.validation import applicators, arrays, assertions, combinators, unevaluated
from specloom.validation.calls import MARK, lay_out_calls
from specloom.validation.errors import CompileError, CompileWarning
from specloom.validation.fn import (
    INLINE_BUDGET,
    INLINE_DEPTH,
    INLINE_MAX_INDENT,
    INLINE_MAX_LOOPS,
    SPLIT_INDENT,
    SPLIT_LOOPS,
    Dyn,
    Entry,
    Fn,
    Kind,
)
from specloom.validation.index import Index, Loc, Node
from specloom.validation.keywords import lookup, other_dialect
from specloom.validation.measure import Measure
from specloom.validation.reuse import Log, Store, fast_body
from specloom.validation.source import py_str

__all__ = ["Compiler", "Fn", "Entry", "Dyn"]

_DOC = {"f": "Is value valid against", "e": "Collect violations of", "a": "Names/indexes evaluated by"}

class Compiler:
    """Generates the functions for a set of entry points; see the module docstring."""

    def __init__(self, index: Index, *, formats: str, label: Callable[[Loc], str]) -> None:
        if formats not in ("assert", "annotate"):
            raise ValueError(f"formats must be 'assert' or 'annotate', not {formats!r}")
        self.index = index
        self.formats = formats
        self.label = label  # Loc -> "file#/pointer" for error messages
        self.imports: set[str] = set()
        self.runtime: set[str] = set()
        self.consts: dict[str, str] = {}  # code -> constant name
        self.memos: dict[str, str] = {}  # pattern constant -> set of property names it matched
        self.warnings: list[CompileWarning] = []
        self.warned: set[int] = set()  # the functions whose writing met a warning (``checks``)
        # (pointer, keyword) -> True for a warning that leaves nothing unchecked for ``warned``'s
        # asker (``checks``: a format its judge does not check either); None: every one counts
        self.harmless: Callable[[str, str], bool] | None = None
        self._fids: dict[tuple[Loc, Dyn, Kind], int] = {}
        self.kinds: dict[int, Kind] = {}
        self._pending: list[tuple[int, Node, Dyn, Kind]] = []
        self.bodies: dict[int, list[str]] = {}
        self.edges: dict[int, set[int]] = {}
        self._current = -1
        self._vetted: set[Loc] = set()
        self._children: dict[tuple[Loc, str, tuple[str | int, ...]], Node] = {}
        self._body = ""
        self.shared: Store | None = None  # the document's fast paths, written once (``reuse``)
        self.log: Log | None = None  # what the fast path being written did, for ``shared``
        self.measure = Measure(self)  # sizes and costs of nodes: how code is laid out

    # -- helpers used by the emitters ----------------------------------------------------------

    def const(self, code: str, prefix: str) -> str:
        """A module-level constant holding ``code`` (deduplicated); returns its (marked) name."""
        name = self.consts.setdefault(code, f"{prefix}{len(self.consts) + 1}")
        if self.log is not None:
            self.log.consts.append((code, prefix, f"\x02{name}\x02"))
        return f"\x02{name}\x02"  # marked: ``reuse`` renames it in a replayed function

    def memo(self, pattern: str) -> str:
        """A module-level set remembering property names that ``pattern`` (a constant) matched."""
        name = f"\x02{self.memos.setdefault(pattern, f'_SEEN{len(self.memos) + 1}')}\x02"
        if self.log is not None:
            self.log.memos.append((pattern, name))
        return name

    def use(self, name: str) -> None:
        """Note that generated code calls ``name`` from the runtime (so it is imported)."""
        self.runtime.add(name)

    def warn(self, pointer: str, keyword: str, message: str) -> None:
        warning = CompileWarning(pointer, keyword, message)
        if self.log is not None:
            self.log.warnings.append((pointer, keyword, message))
        if self.harmless is None or not self.harmless(pointer, keyword):
            self.warned.add(self._current)
        if warning not in self.warnings:  # each function kind meets the same keyword once
            self.warnings.append(warning)

    def call(self, node: Node, dyn: Dyn, kind: Kind) -> str:
        """The (placeholder) name of ``node``'s function of ``kind``, requesting it if new.

        A schema that is only a ``$ref`` (plus annotations) shares its target's function.
        """
        asked, asked_dyn = node, dyn
        node, dyn = self.unwrap(node, dyn)
        key = (node.loc, dyn, kind)
        fid = self._fids.get(key)
        if fid is None:
            fid = self._fids[key] = len(self._fids) + 1
            self.kinds[fid] = kind
            self._pending.append((fid, node, dyn, kind))
        self.edges.setdefault(self._current, set()).add(fid)
        if self.log is not None:
            self.log.calls.append((asked, asked_dyn, kind, f"\x00{fid}\x00"))
        return f"\x00{fid}\x00"

    def unwrap(self, node: Node, dyn: Dyn) -> tuple[Node, Dyn]:
        """Follow schemas made of a ``$ref`` and annotations only to the schema they stand for.

        Validating against ``{"$ref": X}`` is validating against ``X`` (in the same dynamic scope,
        once the referring resource is entered), for every function kind. Stops on a cycle.
        """
        seen = {node.loc}
        while isinstance(node.schema, dict) and "$ref" in node.schema and all(
            k == "$ref" or (isinstance(k, str) and (e := lookup(k)) is not None and e.role == "annotation")
            for k in node.schema
        ):
            inner = self.enter(dyn, node.base)
            target = self.ref_target(node, "$ref", inner)
            if target.loc in seen:
                break
            seen.add(target.loc)
            node, dyn = target, inner
        return node, dyn

    def can_inline(self, fn: Fn, target: Node) -> bool:
        """May the fast path copy ``target``'s checks into ``fn`` instead of calling a function?"""
        return (
            fn.mode == "f"
            and isinstance(target.schema, dict)
            and target.loc not in fn.inline
            and len(fn.inline) < INLINE_DEPTH
            and fn.spent + self.measure.size(target) <= INLINE_BUDGET
            and fn.w.level < INLINE_MAX_INDENT
            and fn.w.loops + self.measure.loop_depth(target) <= INLINE_MAX_LOOPS
        )

    def child(self, node: Node, *tokens: str | int) -> Node:
        """The subschema of ``node`` at the given keyword path (remembered: every kind of function
        and every inlining of a schema asks for the same children again)."""
        key = (node.loc, node.base, tokens)
        sub = self._children.get(key)
        if sub is None:
            pointer = node.loc.pointer + "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)
            sub = self.index.node(Loc(node.loc.doc, pointer), node.base)
            if not isinstance(sub.schema, dict | bool):
                raise CompileError(pointer, str(tokens[0]), "a subschema must be an object or a boolean")
            self._children[key] = sub
        return sub

    def where(self, node: Node, keyword: str) -> str:
        """A literal naming the keyword's location, for ``Violation.schema_path``."""
        suffix = "/" + keyword.replace("~", "~0").replace("/", "~1") if keyword else ""
        return py_str(self.label(node.loc) + suffix)

    def fail(self, fn: Fn, node: Node, keyword: str, message: str, path: str) -> None:
        """Write the reaction to a violation: ``return False`` or record a ``Violation``."""
        if fn.mode == "f":
            fn.w.line("return False")
        else:
            self.use("Violation")
            self.use("short_repr")
            args = [path, self.where(node, keyword), py_str(keyword), message]
            fn.w.line(f"out.append(Violation({', '.join(args)})){MARK}{len(fn.calls)}")  # laid out in ``run``
            fn.calls.append(args)

    def check(self, fn: Fn, cond: str, node: Node, keyword: str, message: str, path: str) -> None:
        """``if <cond>: <fail>``; nothing when ``cond`` is ``False`` (a ``true`` subschema's
        check: written, it was dead code, and a fast path's last check became ``return True``
        after it instead of ``return not <cond>``, SIM103)."""
        if cond == "False":
            return
        with fn.w.block(f"if {cond}:"):
            self.fail(fn, node, keyword, message, path)

    def enter(self, dyn: Dyn, base: str) -> Dyn:
        """The dynamic scope after entering resource ``base`` (first binding of a name wins)."""
        anchors = self.index.dynamic_anchors.get(base)
        if not anchors:
            return dyn
        bound = {name for name, _ in dyn}
        new = tuple((name, loc) for name, loc in anchors.items() if name not in bound)
        return tuple(sorted(dyn + new)) if new else dyn

    def ref_target(self, node: Node, keyword: str, dyn: Dyn) -> Node:
        """The node a ``$ref``/``$dynamicRef`` of ``node`` points at, in dynamic scope ``dyn``."""
        ref = node.schema[keyword]
        where = f"{node.loc.pointer}/{keyword}"
        if not isinstance(ref, str):
            raise CompileError(where, keyword, f"{keyword} must be a string")
        target, anchor = self.index.resolve(node.base, ref, where, keyword)
        if keyword == "$dynamicRef" and anchor is not None:
            if isinstance(target.schema, dict) and target.schema.get("$dynamicAnchor") == anchor:
                for name, loc in dyn:
                    if name == anchor:
                        return self.index.node(loc)
        return target

    def guard(self, fn: Fn, group: str, v: str, known: str | None) -> ContextManager[None] | None:
        """A block guarding checks for JSON type ``group``; None when the type rules them out."""
        if known == group or (group == "number" and known == "integer"):
            return nullcontext()
        if known is not None:
            return None
        return fn.w.block(f"if {assertions.type_test(group, v)}:")

    def vet(self, node: Node) -> None:
        """Refuse unknown and unsupported keywords, naming each one and where it is."""
        if node.loc in self._vetted:
            return
        self._vetted.add(node.loc)
        for key in node.schema:
            entry = lookup(key) if isinstance(key, str) else None
            pointer = f"{node.loc.pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if entry is None:
                raise CompileError(pointer, str(key), "unknown keyword")
            if entry.role == "refused":
                raise CompileError(pointer, key, "keyword not supported by JSON Schema 2020-12")
            if key == "$schema" and (other := other_dialect(node.schema[key])):
                raise CompileError(pointer, key, other)

    # -- inline emission ------------------------------------------------------------------------

    def emit(self, fn: Fn, node: Node, v: str, path: str, known: str | None, dyn: Dyn) -> None:
        """Write the checks of ``node`` against the local ``v`` into ``fn`` (inline)."""
        s = node.schema
        if s is True or s == {}:
            return
        if s is False:
            keyword = applicators.keyword_of(node)
            self.fail(fn, node, "", f'"no value is allowed by the false schema at {keyword}"', path)
            return
        if not isinstance(s, dict):
            raise CompileError(node.loc.pointer, "", "a schema must be an object or a boolean")
        if fn.mode != "a" and node.loc != fn.inline[0] and (fn.w.loops >= SPLIT_LOOPS or fn.w.level >= SPLIT_INDENT):
            self.emit_call(fn, node, v, path, dyn)
            return
        self.vet(node)
        dyn = self.enter(dyn, node.base)
        if fn.mode == "f":
            self.emit_fast(fn, node, v, known, dyn)
            return
        if "type" in s:
            known = assertions.emit_type(self, fn, node, v, path, known)
        if "const" in s or "enum" in s:
            assertions.emit_enum(self, fn, node, v, path, known)
        for group, keys, emitter in _GROUPS:
            if any(k in s for k in keys):
                block = self.guard(fn, group, v, known)
                if block is not None:
                    with block:
                        emitter(self, fn, node, v, path, dyn)
        combinators.emit_in_place(self, fn, node, v, path, known, dyn)
        unevaluated.emit_unevaluated(self, fn, node, v, path, known, dyn)

    def emit_call(self, fn: Fn, node: Node, v: str, path: str, dyn: Dyn) -> None:
        """Check ``node`` by calling its own function (the caller is nested too deeply to inline)."""
        if fn.mode == "f":
            with fn.w.block(f"if not {self.call(node, dyn, 'f')}({v}):"):
                fn.w.line("return False")
        else:
            fn.w.line(f"{self.call(node, dyn, 'e')}({v}, {path}, out)")

    def emit_fast(self, fn: Fn, node: Node, v: str, known: str | None, dyn: Dyn) -> None:
        """The fast path's order: the type, then the checks that cost a few operations (enum,
        required names, a closed object's key set, ``anyOf`` of required names), then the rest,
        cheapest first. The fast path is a conjunction that returns at the first False, so the
        order changes the time an invalid instance takes, never the answer."""
        s = node.schema
        if "type" in s:
            known = assertions.emit_type(self, fn, node, v, "", known)
        elif known is None and (implied := self.measure.implied_type(node, dyn)) is not None:
            # an allOf member or $ref target requires this type: test it once, up front
            self.check(fn, assertions.negated_type_test(implied, v), node, "type", "", "")
            known = implied
        if "const" in s or "enum" in s:
            assertions.emit_enum(self, fn, node, v, "", known)
        # keywords of a type ``type`` excludes: the value has returned False already, and a guard
        # testing that type would be dead code (mypy --strict: "non-overlapping identity check")
        allowed = assertions.groups_allowed(s.get("type"))
        closed = unevaluated.closed_names(self, node, dyn)
        if "object" in allowed and (closed is not None or any(k in s for k in applicators.CHEAP_OBJECT_KEYS)):
            block = self.guard(fn, "object", v, known)
            if block is not None:
                with block:
                    applicators.emit_object_cheap(self, fn, node, v, closed)
        combinators.emit_in_place(self, fn, node, v, "", known, dyn, phase="cheap")
        for group, keys, emitter in _GROUPS:
            if group in allowed and any(k in s for k in keys):
                block = self.guard(fn, group, v, known)
                if block is not None:
                    with block:
                        emitter(self, fn, node, v, "", dyn)
        combinators.emit_in_place(self, fn, node, v, "", known, dyn, phase="rest")
        unevaluated.emit_unevaluated(self, fn, node, v, "", known, dyn)

    def bool_expr(self, node: Node, v: str, dyn: Dyn, known: str | None = None) -> str:
        """An expression true when ``v`` is valid against ``node`` (inline when tiny, else a call).

        ``known`` is the JSON type ``v`` is already known to have, if any.
        """
        s = node.schema
        if s is True or s == {}:
            return "True"
        if s is False:
            return "False"
        simple = applicators.simple_expr(self, node, v, known)
        return simple if simple is not None else f"{self.call(node, dyn, 'f')}({v})"

    # -- functions and the module ---------------------------------------------------------------

    def run(self) -> None:
        """Generate every requested function (and those they request in turn)."""
        while self._pending:
            fid, node, dyn, kind = self._pending.pop(0)
            self._current = fid
            fn = Fn(fid, kind, inline=[node.loc])
            lines = fn.w.lines
            if kind == "f":
                def write(fn: Fn = fn, node: Node = node, dyn: Dyn = dyn) -> list[str]:
                    self.emit(fn, node, "value", "", None, dyn)
                    fn.w.return_true()
                    return fn.w.lines

                lines = write() if self.shared is None else fast_body(self, node, dyn, write)
                head = "(value: object) -> bool:"
            elif kind == "e":
                self.emit(fn, node, "value", "p", None, dyn)  # maybe nothing: the docstring is a body
                head = "(value: object, p: str, out: list[Violation]) -> None:"
                self.use("Violation")
            else:
                unevaluated.emit_annotation_fn(self, fn, node, dyn)
                head = "(value: object) -> set[object]:"
            if fn.calls:
                lines = lay_out_calls(lines, fn.calls)
            doc = py_str(f"{_DOC[kind]} {self.label(node.loc)}")
            self.bodies[fid] = [f"def \x00{fid}\x00{head}", f"    {doc}", *lines]
            self._current = -1

    def render(self, entries: list[Entry]) -> str:
        """Generate all functions for ``entries`` and return the module source (``assemble``)."""
        from specloom.validation.assemble import module_source

        return module_source(self, entries)


_GROUPS: tuple[tuple[str, tuple[str, ...], Callable[..., Any]], ...] = (
    ("string", ("minLength", "maxLength", "pattern", "format"), assertions.emit_string),
    ("number", ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), assertions.emit_number),
    ("object", applicators.OBJECT_KEYS, applicators.emit_object),
    ("array", arrays.ARRAY_KEYS, arrays.emit_array),
)
