"""Public entry points: a schema -> a ``Validator`` object, or a document -> a module's source.

Input: a JSON Schema 2020-12 schema (``compile_validator``) or a resolved OpenAPI/JSON document
plus the pointers to expose (``compile_module``). Output: a ready ``Validator`` built by running
our generated source, or that source as text for ``generated/<api>/validators.py``.

Both go through the same ``Compiler``; the only difference is whether the source is executed
here or written to a file. Generated code imports only the standard library and
``specloom_runtime``, so it runs without ``jsonschema`` (which is only the tests' oracle).
"""

from __future__ import annotations

import keyword
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from specloom_runtime.wire import CompiledValidator, Violation

from specloom.validation.compiler import Compiler, Entry
from specloom.validation.errors import CompileError, CompileWarning
from specloom.validation.index import Index, Loc
from specloom.validation.reuse import Store

__all__ = ["Validator", "CompiledModule", "compile_validator", "compile_module", "UNCHECKED_URI"]

# the document of the schema ``true`` that stands in for a validator left out (its functions'
# docstrings name it, so a reader of validators.py sees which ones check nothing)
UNCHECKED_URI = "urn:specloom:unchecked"


class Validator:
    """A compiled schema: ``is_valid``, ``validate``, ``iter_errors``, plus ``source``/``warnings``."""

    def __init__(self, compiled: CompiledValidator, source: str, warnings: list[CompileWarning]) -> None:
        self.is_valid = compiled.is_valid  # the generated function itself: no extra call layer
        self._compiled = compiled
        self.source = source
        self.warnings = tuple(warnings)

    def validate(self, instance: object) -> None:
        """Return when ``instance`` is valid, else raise ``ValidationError`` listing every violation."""
        self._compiled.validate(instance)

    def iter_errors(self, instance: object) -> Iterator[Violation]:
        """Yield every ``Violation`` of ``instance`` (none when it is valid)."""
        return self._compiled.iter_errors(instance)


@dataclass(frozen=True, slots=True)
class CompiledModule:
    """``compile_module``'s result: the module source and the warnings met while compiling it."""

    source: str
    warnings: tuple[CompileWarning, ...]


def compile_validator(schema: Any, *, formats: str = "annotate", registry: Any = None) -> Validator:
    """Compile ``schema`` into a ``Validator``.

    ``formats="annotate"`` (the 2020-12 default) treats ``format`` as an annotation; ``"assert"``
    checks the formats in ``specloom_runtime.wire.formats.FORMAT_CHECKERS``. ``registry`` (a
    ``referencing.Registry``) supplies documents for remote ``$ref``s, read at compile time only.
    Raises ``CompileError`` for unsupported keywords, malformed values and unresolvable refs.
    """
    index = Index(registry=registry)
    root_uri = ""
    if isinstance(schema, dict) and isinstance(schema.get("$id"), str):
        root_uri = schema["$id"].split("#", 1)[0]
    index.add_document(root_uri, schema)
    index.walk(Loc(root_uri, ""), root_uri)
    compiler = Compiler(index, formats=formats, label=lambda loc: f"{loc.doc}#{loc.pointer}")
    source = compiler.render([Entry("root", "root", index.node(Loc(root_uri, ""), root_uri))])
    for w in compiler.warnings:  # one schema, asked for by a caller: an unchecked pattern is an error
        if w.keyword == "pattern":
            raise CompileError(w.pointer, w.keyword, w.message)
    namespace: dict[str, Any] = {"__name__": "specloom_compiled_validator"}
    # Executing text that *we* generated: schema strings only appear inside repr() literals.
    exec(compile(source, "<specloom validator>", "exec"), namespace)  # noqa: S102
    return Validator(namespace["VALIDATORS"]["root"], source, compiler.warnings)


def compile_module(
    document: dict[str, Any],
    entries: Sequence[tuple[str, str, str]],
    *,
    source_file: str,
    formats: str = "assert",
    registry: Any = None,
    unchecked: Collection[str] = (),
    shared: Store | None = None,
) -> CompiledModule:
    """Source of a validators module for ``entries`` = ``[(key, py_name, json_pointer), ...]``.

    The module defines ``is_valid_<py_name>``, ``validate_<py_name>`` and ``VALIDATORS[key]``.
    Schemas referenced with ``$ref`` become shared functions; errors name ``source_file#pointer``.
    The entries whose key is in ``unchecked`` accept any value (the schema ``true``, labelled
    ``UNCHECKED_URI``): ``validation.degrade`` leaves them out this way when their schema cannot
    be compiled, so ``VALIDATORS`` still has every key the client and the kit look up.
    ``shared``: the document's fast paths other compilers wrote (``validation.reuse``), replayed
    rather than written again, and added to (the module is the same either way).
    """
    index = Index(registry=registry)
    index.add_document("", document)
    if unchecked:
        index.add_document(UNCHECKED_URI, True)
    seen: set[str] = set()
    picked: list[Entry] = []
    for key, py_name, pointer in entries:
        if not py_name.isidentifier() or keyword.iskeyword(py_name) or py_name in seen:
            raise CompileError(pointer, "", f"entry name {py_name!r} is not a usable, unique identifier")
        seen.add(py_name)
        try:
            node = index.node(Loc(UNCHECKED_URI, ""), UNCHECKED_URI) if key in unchecked else index.node(Loc("", pointer), "")
        except (KeyError, IndexError, TypeError, ValueError):
            raise CompileError(pointer, "", f"no schema at {pointer!r}") from None
        picked.append(Entry(key, py_name, node))

    def label(loc: Loc) -> str:
        return f"{source_file if loc.doc == '' else loc.doc}#{loc.pointer}"

    compiler = Compiler(index, formats=formats, label=label)
    compiler.shared = shared
    return CompiledModule(compiler.render(picked), tuple(compiler.warnings))
