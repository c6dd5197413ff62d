"""Degrade per validator: a document's entries -> a validators module, leaving out only those a
compiler refusal reaches, and why.

Input: the resolved document and the ``(key, py_name, pointer)`` entries of ``validators.py``.
Output: the module (every entry present) and, for each entry left unchecked, the ``CompileError``
that cost it. Why: one schema the compiler refuses (a ``patternProperties`` regex with no
ECMA-262 reading, a ``$dynamicRef`` to no anchor) used to stop the whole document, although
every other validator, the client and the kit do not need it. The entries whose schema reaches
the refused keyword (through ``$ref``s) are compiled as the schema ``true`` instead -- their
payloads are not checked, which the caller says in a located warning -- and the rest again; each
round leaves out at least one entry, so it ends. Nothing is spent when nothing is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from specloom.validation.api import CompiledModule, compile_module
from specloom.validation.errors import CompileError
from specloom.validation.reuse import Store

__all__ = ["compile_or_degrade"]

_REFS = ("$ref", "$dynamicRef")


def compile_or_degrade(
    document: dict[str, Any], entries: Sequence[tuple[str, str, str]], *, source_file: str, formats: str = "assert", shared: Store | None = None
) -> tuple[CompiledModule, dict[str, CompileError]]:
    """``compile_module`` of ``entries``, with the entries a ``CompileError`` reaches unchecked
    (``shared``: the document's fast paths written already, see ``validation.reuse``)."""
    lost: dict[str, CompileError] = {}
    reach = _Reach(document)
    while True:
        try:
            module = compile_module(document, entries, source_file=source_file, formats=formats, unchecked=set(lost), shared=shared)
        except CompileError as exc:
            hit = [key for key, _, pointer in entries if key not in lost and reach.reaches(pointer, exc.pointer)]
            if not hit:
                raise  # not one schema's fault (a bad entry name): the document's error, as before
            lost.update(dict.fromkeys(hit, exc))
            continue
        return module, lost


class _Reach:
    """Which schemas a schema reaches through local ``$ref``s (each subtree read once)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self._refs: dict[str, set[str]] = {}

    def reaches(self, start: str, target: str) -> bool:
        """Whether ``target`` (a keyword's pointer) lies in ``start``'s schema or one it refers to."""
        seen, todo = {start}, [start]
        while todo:
            here = todo.pop()
            if target == here or target.startswith(here + "/"):
                return True
            for ref in self._refs_under(here) - seen:
                seen.add(ref)
                todo.append(ref)
        return False

    def _refs_under(self, pointer: str) -> set[str]:
        if pointer not in self._refs:
            found: set[str] = set()
            stack = [_at(self.document, pointer)]
            while stack:
                node = stack.pop()
                if isinstance(node, dict):
                    found.update(unquote(v[1:]) for k, v in node.items() if k in _REFS and isinstance(v, str) and v.startswith("#/"))
                    stack.extend(node.values())
                elif isinstance(node, list):
                    stack.extend(node)
            self._refs[pointer] = found
        return self._refs[pointer]


def _at(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.split("/")[1:] if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node
