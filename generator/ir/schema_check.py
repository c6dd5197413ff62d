"""Instance validity against schemas of the bundled document, by pointer (the testing kit's samples).

Input: the bundled document, then ``(pointer, instance)`` questions. Output: whether the instance
is valid, checked by specloom's own validator compiler with formats asserted, exactly as
``validators.py`` checks it (and without importing ``jsonschema``, which ``specloom validate``
must not load). Why batched: the samples ask about every response schema of the document, and a
module compiled per schema re-emits every component it references, once per question (180
compiles on a 100-operation document). On the first question every media-type schema under
``paths`` is compiled into one module, sharing the referenced components' functions; a pointer
outside it, or a batch the compiler refuses, is compiled alone as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.walk import walk

Check = Callable[[Any], bool]
_MEDIA_SCHEMA = re.compile(r"^/paths/.*/content/[^/]+/schema$")


class SchemaCheck:
    """``valid(pointer, instance)``, compiled lazily (see the module docstring)."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._checks: dict[str, Check | None] = {}
        self._batched = False

    def valid(self, pointer: str, instance: Any) -> bool:
        if not self._batched:
            self._batched = True
            self._checks.update(self._compile_all())
        if pointer not in self._checks:
            found = self._compile([pointer])
            self._checks[pointer] = found[pointer] if found else None
        check = self._checks[pointer]
        try:
            return check is not None and bool(check(instance))
        except RecursionError:
            return False

    def _compile_all(self) -> dict[str, Check]:
        pointers = sorted({p for role, p, _ in walk(self.data) if role == "schema" and _MEDIA_SCHEMA.match(p)})
        return (self._compile(pointers) or {}) if pointers else {}

    def _compile(self, pointers: list[str]) -> dict[str, Check] | None:
        from generator.validation import CompileError, compile_module

        entries = [(f"k{i}", f"k{i}", pointer) for i, pointer in enumerate(pointers)]
        try:
            module = compile_module(self.data, entries, source_file="kit", formats="assert")
        except CompileError:
            return None  # validators.py reports it; here the candidate is just not known valid
        namespace: dict[str, Any] = {"__name__": "specloom_kit_check"}
        # Executing text that *we* generated: schema strings only appear inside repr() literals.
        exec(compile(module.source, "<specloom kit check>", "exec"), namespace)  # noqa: S102
        validators = namespace["VALIDATORS"]
        return {pointer: validators[key].is_valid for key, _, pointer in entries}
