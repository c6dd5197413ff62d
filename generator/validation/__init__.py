"""JSON Schema 2020-12 -> straight-line Python validators.

Pipeline: ``index`` (URIs, anchors, refs; remote documents from a registry at compile time) ->
``compiler`` (one function per referenced schema, inline code for the rest, keywords dispatched
through ``keywords.KEYWORDS`` to ``assertions``/``applicators``/``unevaluated``) -> ``api``
(execute the source for a ``Validator``, or return it for a generated module).
"""

from generator.validation.api import CompiledModule, Validator, compile_module, compile_validator
from generator.validation.errors import CompileError, CompileWarning

__all__ = [
    "CompileError",
    "CompileWarning",
    "CompiledModule",
    "Validator",
    "compile_module",
    "compile_validator",
]
