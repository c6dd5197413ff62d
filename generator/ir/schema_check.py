"""Pointers of the bundled document -> validity checks, for the testing kit's samples.

Each schema is compiled by specloom's own validator compiler, formats asserted, exactly as
``validators.py`` checks it (and without importing ``jsonschema``, which ``specloom validate``
must not load). The schemas the kit will ask about are announced first (``expect``) and compiled
in one module, as ``validators.py`` is: the functions of the models they share are generated once.
Compiled one by one, every answer of a large document recompiled its whole model graph (seconds
each, for hundreds of answers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Check = Callable[[Any], bool]


class SchemaCheck:
    """Instance validity against schemas of the bundled document, by JSON pointer."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._checks: dict[str, Check | None] = {}

    def expect(self, pointers: Iterable[str]) -> None:
        """Compile the checks of ``pointers`` together (those not compiled yet). If the batch
        cannot be compiled (one schema beyond the compiler), each is compiled alone when asked."""
        wanted = [p for p in dict.fromkeys(pointers) if p not in self._checks]
        if wanted:
            self._checks.update(self._compile(wanted) or {})

    def valid(self, pointer: str, instance: Any) -> bool:
        if pointer not in self._checks:
            self._checks[pointer] = (self._compile([pointer]) or {}).get(pointer)
        check = self._checks[pointer]
        try:
            return check is not None and bool(check(instance))
        except RecursionError:
            return False

    def _compile(self, pointers: list[str]) -> dict[str, Check | None] | None:
        from specloom.validation import CompileError, compile_module

        try:
            entries = [(p, f"kit{i}", p) for i, p in enumerate(pointers)]
            module = compile_module(self.data, entries, source_file="kit", formats="assert")
        except CompileError:
            return None  # validators.py reports it; here the candidate is just not known valid
        from specloom.chunked import blocks

        namespace: dict[str, Any] = {"__name__": "specloom_kit_check"}
        # Executing text that *we* generated: schema strings only appear inside repr() literals.
        # A block at a time: compiled whole, a large document's module (megabytes) took the
        # compiler hundreds of MB, and that set the run's peak memory.
        for code in blocks(module.source, "<specloom kit check>"):
            exec(code, namespace)  # noqa: S102
        return {p: namespace["VALIDATORS"][p].is_valid for p in pointers}
