"""Per-document validity checks: schema pointers -> executed fast-path functions, each compiled once.

Input: a bundled document and batches of JSON pointers to schemas in it (lint's defaults and
examples, asked twice; the testing kit's answers). Output: for each pointer its ``is_valid``
(``value -> bool``, formats asserted), run here rather than written to a file.

Why: these callers each compiled a module of their own, fast path and error path, although they
only ask ``is_valid`` and their schemas share most of the document's models: a large document's
functions were generated, compiled to bytecode and executed three times (seconds on a 300-operation
document). One ``Compiler`` per document now keeps every function it wrote; a later batch writes,
compiles and executes only the functions no earlier batch needed, into the same namespace. The
error path (``validate``) is never generated here: ``validators.py`` has it, these callers do not.

``for_document`` is the per-document memo: the last document asked about, by identity, so lint and
the IR stage of one run share it and a new document starts afresh. A document changed in place
after it was compiled must be ``forget``-ed (lint does so when it starts); the lenient repairs
made in between only move annotations (``default`` -> ``x-documented-default``), which no check
reads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from specloom.validation.errors import CompileError
from specloom.validation.reuse import Store, unmark

__all__ = ["Checks", "for_document", "forget", "store_of"]

Check = Callable[[Any], bool]

_PLACEHOLDER = re.compile("\x00(\\d+)\x00")  # the compiler's function names until they are known
# a schema inside another, which ``validators.py`` writes inline (``_flat_key``)
_PART = re.compile(r"/properties/[^/]*$|/(?:items|additionalProperties)$")

# The formats ``jsonschema`` (the pinned version, with its format-nongpl extras) checks: a value
# of a schema whose unchecked format is one of these goes to it, since only it can refuse the
# value for that format; any other unknown format is ignored by both. Written out, not read from
# ``jsonschema`` (about 0.12 s to import, as the command line imports it); the test in
# tests/validation/test_checks_formats.py holds it to the library's own list.
JUDGED_FORMATS = frozenset(
    {"date", "date-time", "duration", "email", "hostname", "idn-email", "idn-hostname", "ipv4", "ipv6", "iri",
     "iri-reference", "json-pointer", "regex", "relative-json-pointer", "time", "uri", "uri-reference", "uri-template",
     "uuid"}
)  # fmt: skip


class Checks:
    """``is_valid`` per pointer of one document, compiled in batches into one namespace."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.compilations = 0  # functions written to source and compiled (the tests count them)
        self.store: Store = {}  # every fast path written for this document (validators.py replays them)
        self._fresh()

    def _fresh(self) -> None:
        # imported here: lint imports this module to ``forget`` a document before it knows
        # whether any value needs checking (the compiler is most of the validation package)
        from specloom.validation.compiler import Compiler
        from specloom.validation.index import Index

        self._index = Index()
        self._index.add_document("", self.document)
        self._compiler = Compiler(self._index, formats="assert", label=lambda loc: f"{loc.doc}#{loc.pointer}")
        self._compiler.shared = self.store
        self._compiler.harmless = self._judge_ignores
        self._namespace: dict[str, Any] = {"__name__": "specloom_checks"}
        self._fids: dict[str, int] = {}  # pointer -> its fast-path function
        self._by_content: dict[str, int] = {}  # a flat schema's assertions -> its function (``_flat_key``)
        self._done: set[int] = set()  # functions already executed
        self._consts = self._memos = 0  # constants and memo sets already executed
        self._looping: set[int] = set()  # functions that may recurse (their entry is guarded)
        self._tainted: set[int] | None = None  # functions reaching a warned one, once asked

    def add(self, pointers: Iterable[str]) -> dict[str, Check]:
        """``{pointer: is_valid}``, compiling the functions no earlier batch wrote.

        Raises ``CompileError`` (or what the compiler met: ``RecursionError``...) when a schema of
        the batch cannot be compiled; the functions written so far are then dropped, as a module
        that failed to compile was, and the next batch starts from an empty compiler."""
        wanted = list(dict.fromkeys(pointers))
        new = [p for p in wanted if p not in self._fids]
        if new:
            try:
                self._compile(new)
            except BaseException:
                self._fresh()
                raise
        return {p: self._check(p) for p in wanted}

    def _judge_ignores(self, pointer: str, keyword: str) -> bool:
        """A format neither the runtime nor ``jsonschema`` checks (Box's ``urn``, ``digest``; the
        OpenAPI ``int64``): both ignore it, so the check that skips it gives the judge's verdict."""
        if keyword != "format":
            return False
        from specloom.resolve import pointer_get

        try:
            return pointer_get(self.document, pointer) not in JUDGED_FORMATS
        except (KeyError, IndexError, TypeError, ValueError):
            return False

    def warned(self, pointers: Iterable[str]) -> bool:
        """Whether writing the functions of ``pointers`` met a warning (something left unchecked)."""
        marked = self._compiler.warned
        if not marked:
            return False
        if self._tainted is None:  # once per batch: lint asks for each of its thousands of pointers
            self._tainted = _reaching(self._compiler.edges, marked)
        return not self._tainted.isdisjoint(self._fids[p] for p in pointers)

    def reach(self, pointers: Iterable[str]) -> int:
        """How many functions the checks of ``pointers`` (compiled already) call, themselves
        included: the size of the code an error path for them would take."""
        from specloom.validation.graph import reachable

        return len(reachable(self._compiler.edges, {self._fids[p] for p in pointers}))

    def _compile(self, pointers: list[str]) -> None:
        from specloom.chunked import blocks
        from specloom.validation.graph import cyclic
        from specloom.validation.index import Loc
        from specloom.validation.source import import_lines

        c = self._compiler
        self._tainted = None  # the batch may add edges and warnings
        for pointer in pointers:
            try:
                node = self._index.node(Loc("", pointer), "")
            except (KeyError, IndexError, TypeError, ValueError):
                raise CompileError(pointer, "", f"no schema at {pointer!r}") from None
            key = _flat_key(node.schema) if _PART.search(pointer) else None
            if key is not None and key in self._by_content:  # the same check under another pointer
                self._fids[pointer] = self._by_content[key]
                continue
            self._fids[pointer] = int(c.call(node, (), "f").strip("\x00"))
            if key is not None:
                self._by_content[key] = self._fids[pointer]
        c.run()
        consts = list(c.consts.items())[self._consts :]
        memos = list(c.memos.values())[self._memos :]
        fids = sorted(fid for fid in c.bodies if fid not in self._done)
        parts = [f"{name} = {code}" for code, name in consts] + [f"{name}: set[str] = set()" for name in memos]
        for fid in fids:
            parts += ["", "", *c.bodies[fid]]
        body = "\n".join(parts) + "\n"
        imports = {"from math import isfinite"} | c.imports
        heads = [line for line in import_lines(body, imports, c.runtime, False) if not line.endswith(" import ")]
        source = "\n".join([*heads, "", body])  # a batch may use no runtime name: no empty import
        source = unmark(_PLACEHOLDER.sub(lambda m: f"_{c.kinds[int(m[1])]}{m[1]}", source))
        for code in blocks(source, "<specloom checks>"):
            # executing text that *we* generated: the document's strings only appear in repr() literals
            exec(code, self._namespace)  # noqa: S102
        self._done.update(fids)
        self._consts, self._memos = len(c.consts), len(c.memos)
        self.compilations += len(fids)
        self._looping = _reaching(c.edges, cyclic(self._done, c.edges))

    def _check(self, pointer: str) -> Check:
        fid = self._fids[pointer]
        function: Check = self._namespace[f"_{self._compiler.kinds[fid]}{fid}"]
        if fid not in self._looping:
            return function

        from specloom_runtime.wire import RecursionLimitError

        def guarded(value: Any) -> bool:  # as validators.py's entry on a call cycle does
            try:
                return function(value)
            except RecursionError:
                raise RecursionLimitError(f"{pointer}: instance nested too deeply") from None

        return guarded


def _flat_key(schema: Any) -> str | None:
    """What decides a schema with no subschema and no reference (most property schemas: a type,
    a format, an enum, bounds): its keywords but its annotations, as JSON; None for any other.

    Two such schemas accept the same values wherever they stand (nothing in them resolves against
    a base URI or a dynamic scope), so one function checks both. Why: lint asks about every
    property with an example or a default, and most are alike (Box: 1,679 property schemas, about
    240 distinct; GitHub's 1,732 values, 84); each was a function written, compiled and executed,
    a fifth of the CPU before the first fork on Box. Only the schemas of a property or of items
    (``_PART``) share: ``validators.py`` writes those inline, while it replays the functions of
    the schemas it names (a parameter's, a component's), which therefore stay one per pointer."""
    from specloom.validation.keywords import lookup

    if not isinstance(schema, dict):
        return None
    kept: dict[str, Any] = {}
    for name, value in schema.items():
        keyword = lookup(name)
        if keyword is not None and keyword.role == "annotation":
            continue
        if name.startswith("$") or isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict | list) for v in value)):
            return None
        kept[name] = value
    try:
        return json.dumps(kept, sort_keys=True)
    except (TypeError, ValueError):  # a value JSON cannot hold: no key, its own function
        return None


def _reaching(edges: dict[int, set[int]], targets: set[int]) -> set[int]:
    """The functions from which a call path leads to one of ``targets`` (``targets`` included)."""
    callers: dict[int, list[int]] = {}
    for caller, callees in edges.items():
        for callee in callees:
            callers.setdefault(callee, []).append(caller)
    found, todo = set(targets), list(targets)
    while todo:
        for caller in callers.get(todo.pop(), ()):
            if caller not in found:
                found.add(caller)
                todo.append(caller)
    return found


_LAST: list[Checks] = []


def for_document(document: Any) -> Checks:
    """The ``Checks`` of ``document`` (by identity): the last one asked about, else a new one."""
    if not _LAST or _LAST[0].document is not document:
        _LAST[:] = [Checks(document)]
    return _LAST[0]


def store_of(document: Any) -> Store | None:
    """The fast paths written so far for ``document`` (by lint and the kit), if any."""
    return _LAST[0].store if _LAST and _LAST[0].document is document else None


def forget(document: Any) -> None:
    """Drop what was compiled for ``document`` (it is about to change, or is done with)."""
    if _LAST and _LAST[0].document is document:
        _LAST.clear()
