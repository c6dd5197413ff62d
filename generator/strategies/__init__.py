"""JSON Schema 2020-12 -> Hypothesis strategies that draw valid (and labelled invalid) values.

Pipeline: ``canon`` (schema objects -> ``Shape``s, the canonical form of ``shapes``, through
the ``keywords`` table; ``allOf`` merged by ``algebra``, ``not`` by ``negate``) -> ``emit`` /
``scalars`` / ``containers`` (one constant or draw function per shape, one asked again answered by ``memo``; disjunctions expanded by ``dnf``;
object presence rules solved by ``presence`` over ``literals``; formats from ``formats``;
a schema over budget drawn by ``fallback``) -> ``invalid`` and
``patches`` (labelled single mutations) -> ``module`` (``strategies.py`` source assembled by
``writer`` and laid out by ``layout`` as black would, with ``helpers``; or an executed module for one schema). Every value is valid by construction: a schema that is unsatisfiable or
beyond the compiler raises ``StrategyError`` naming the keyword and JSON pointer, instead of
producing a strategy that draws invalid data.

Imports run one way at run time (``tests/pipeline/test_structure.py`` checks it). Four modules
name their caller's class in annotations only (under ``TYPE_CHECKING``), because the caller hands
itself over and is called back for sub-shapes: ``negate`` gets the ``Algebra`` that merges (a
negated ``allOf`` needs merging, a merge with ``not`` needs negating), ``containers`` and
``scalars`` the ``Emitter``, and ``patches`` the ``Mutator``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specloom.strategies.module import CompiledStrategy, compile_strategy, render_module
    from specloom.strategies.shapes import StrategyError

__all__ = ["CompiledStrategy", "StrategyError", "compile_strategy", "render_module"]

# Loaded on first use: ``layout`` (black's layout, used by the format stage) and ``writer`` (literals,
# used by the filters) are submodules, and importing them must not load every strategy compiler
# and the runtime with them.
_HOMES = {"CompiledStrategy": "module", "compile_strategy": "module", "render_module": "module", "StrategyError": "shapes"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
