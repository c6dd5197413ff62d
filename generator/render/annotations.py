"""Type annotation text: a union of member annotations, each member once.

Input: the annotations of a union type's members, as the templates' ``ann``/``in_ann`` macros
print them (a member may itself be a union: ``in_ann`` writes a model as
``_m.Model | Mapping[str, object]``). Output: ``a | b | ...`` with every top-level member once.
Why: a union of two models would list ``Mapping[str, object]`` twice, which ruff reports
(flake8-pyi PYI016, a default rule) although the type is the same; and ``float | int`` (a schema's
``anyOf: [number, integer]``) names ``int`` twice for type checkers, which accept an ``int`` as a
``float`` (PEP 484's numeric tower): ruff's PYI041, also a default rule. Only the annotation drops
``int``; the value read keeps its kind.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["union"]


def union(members: Iterable[str]) -> str:
    """``" | "``-joined ``members``, each top-level member of each once, in first-seen order
    (``int`` left out beside ``float``)."""
    seen: dict[str, None] = {}
    for text in members:
        for part in _top_level(text):
            seen.setdefault(part, None)
    if "float" in seen:
        seen.pop("int", None)
    return " | ".join(seen)


def _top_level(text: str) -> list[str]:
    """``text`` split at its `` | `` outside brackets (``Sequence[a | b] | c`` -> two parts)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts
