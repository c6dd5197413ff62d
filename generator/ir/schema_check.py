"""Pointers of the bundled document -> validity checks, for the testing kit's samples.

Each schema is compiled by specloom's own validator compiler, formats asserted, exactly as
``validators.py`` checks it (and without importing ``jsonschema``, which ``specloom validate``
must not load). The schemas the kit will ask about are announced first (``expect``) and compiled
together, as ``validators.py`` is: the functions of the models they share are generated once.
Compiled one by one, every answer of a large document recompiled its whole model graph (seconds
each, for hundreds of answers). The functions come from the document's ``validation.checks``, which
lint filled with the models its defaults and examples needed: those are not compiled again.
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
        from specloom.validation import CompileError
        from specloom.validation.checks import for_document

        try:  # the document's shared checks: lint compiled many of these models already
            return dict(for_document(self.data).add(pointers))
        except CompileError:
            return None  # validators.py reports it; here the candidate is just not known valid
