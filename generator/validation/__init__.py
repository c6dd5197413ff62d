"""JSON Schema 2020-12 -> straight-line Python validators.

Pipeline: ``index`` (URIs, anchors, refs; remote documents from a registry at compile time) ->
``compiler`` (one function per referenced schema, inline code for the rest, keywords dispatched
through ``keywords.KEYWORDS`` to ``assertions``, ``applicators`` (objects), ``arrays``,
``combinators`` (``allOf``, ``anyOf``, ``$ref``...) and ``unevaluated``) -> ``api``
(execute the source for a ``Validator``, or return it for a generated module). ``fn`` holds the
shared vocabulary (``Fn``, ``Entry``, limits), ``measure`` the sizes and costs that decide inlining
and check order, ``graph`` the call cycles, ``source`` the text helpers.

Imports run one way: ``compiler`` imports the keyword emitters. The emitters name ``Compiler`` in
annotations only (under ``TYPE_CHECKING``): each emitter is handed the compiler that dispatches
to it and calls back into it for sub-schemas, which is the natural shape of a recursive-descent
compiler; no module imports ``compiler`` at run time except ``api``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom.validation.api import CompiledModule, Validator, compile_module, compile_validator
    from specloom.validation.errors import CompileError, CompileWarning

__all__ = [
    "CompileError",
    "CompileWarning",
    "CompiledModule",
    "Validator",
    "compile_module",
    "compile_validator",
]

# Loaded on first use: ``source`` (literal helpers the strategies' writer and the format stage
# share) is a submodule, and importing it must not load the compiler and its keyword emitters.
_HOMES = {"CompileError": "errors", "CompileWarning": "errors"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES.get(name, 'api')}"), name)
