"""Compile-time diagnostics: ``CompileError`` (fatal) and ``CompileWarning`` (collected).

Input: problems found while turning a schema into Python. Output: exceptions and records that
carry *where* (a JSON pointer into the document) and *which keyword*, so a message can point at
the exact spot in a spec file.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CompileError", "CompileWarning"]


class CompileError(ValueError):
    """The schema cannot be compiled: an unsupported keyword, a malformed value, a bad ``$ref``."""

    def __init__(self, pointer: str, keyword: str, message: str) -> None:
        self.pointer = pointer
        self.keyword = keyword
        self.message = message
        super().__init__(f"{pointer or '/'}: {keyword}: {message}")


@dataclass(frozen=True, slots=True)
class CompileWarning:
    """Something compiled but does not check what a reader may expect (e.g. an unknown format)."""

    pointer: str
    keyword: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.keyword}: {self.message}"
