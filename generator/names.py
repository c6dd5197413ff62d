"""The name allocator: wire names -> Python identifiers, chosen here and nowhere else.

Input: the names a spec uses on the wire (``BillingFirstName``, ``X-SHOP-ACCOUNT``, ``a-b``,
``class``). Output: identifiers that are valid, keyword-safe (never ``l``, ``I`` or ``O`` alone
either, which ruff refuses as ambiguous) and distinct within a scope. Why one place: a generator
that invents names in several spots ends up with ``a-b`` and ``ab`` colliding, or a field silently
shadowing a method. Builtin names such as ``id``, ``list`` and ``type`` are kept:
they are the clients' public keyword arguments and model attributes, and shadowing a builtin inside
a generated function is harmless.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["NameError_", "Scope", "snake_case", "pascal_case"]

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENT = re.compile(r"[^0-9A-Za-z]+")

# a generated client constructor's own keywords, which no credential or server variable may take
CONSTRUCTOR_KEYWORDS = frozenset({
    "self", "cls", "base_url", "timeout", "max_retries", "transport", "http_client",
    "validate_requests", "validate_responses", "environ",
})  # fmt: skip


class NameError_(ValueError):  # noqa: N801 - avoid shadowing the builtin NameError
    """A wire name that cannot be turned into a Python identifier (e.g. only punctuation)."""


def _ascii_words(wire: str) -> list[str]:
    # ASCII text is its own NFKD form, all kept by the ASCII encoding: most wire names
    text = wire if wire.isascii() else unicodedata.normalize("NFKD", wire).encode("ascii", "ignore").decode("ascii")
    text = _WORD_BOUNDARY.sub("_", text)
    return [w for w in _NOT_IDENT.split(text) if w]


def _finish(name: str, wire: str, digit_prefix: str = "n") -> str:
    if not name:
        raise NameError_(f"{wire!r} has no letters or digits to build a Python name from")
    if name[0].isdigit():
        name = digit_prefix + name
    if keyword.iskeyword(name) or name in _NOT_ALONE:
        name += "_"
    return name


# True/False/None are keywords; l, I and O alone are names ruff refuses (E741-E743: ambiguous
# with 1 and 0), as a model attribute, parameter, function or class
_NOT_ALONE = frozenset({"True", "False", "None", "l", "I", "O"})


# Both are pure and a document asks them about the same wire names many times over (Spree: 9,600
# questions, for its models' properties, parameters and operations): remembered per process.
@lru_cache(maxsize=16384)
def snake_case(wire: str) -> str:
    """``apiAccessKey`` -> ``api_access_key``; ``customer_PIN`` -> ``customer_pin``."""
    return _finish("_".join(w.lower() for w in _ascii_words(wire)), wire)


@lru_cache(maxsize=16384)
def pascal_case(wire: str) -> str:
    """``write-result`` -> ``WriteResult``; ``customer`` -> ``Customer``."""
    return _finish("".join(w[:1].upper() + w[1:] for w in _ascii_words(wire)), wire, "N")


@dataclass(slots=True)
class Scope:
    """Identifiers of one namespace (a module, a class, a function's parameters).

    ``reserved`` names are never handed out (methods of a generated class, the module's imports).
    ``allocate`` is deterministic: the result depends only on the set of wire names allocated in
    the scope, not on the order of calls, because ``allocate_all`` sorts. A wire name that is
    already exactly its identifier keeps it; others get ``_2``, ``_3`` ... on collision.
    """

    reserved: frozenset[str] = frozenset()
    style: str = "snake"
    taken: dict[str, str] = field(default_factory=dict)  # identifier -> wire name

    def convert(self, wire: str) -> str:
        return snake_case(wire) if self.style == "snake" else pascal_case(wire)

    def allocate_all(self, wires: Iterable[str]) -> dict[str, str]:
        """Wire name -> identifier for every name, collision-free."""
        unique = sorted(set(wires), key=lambda w: (self.convert(w) != w, w))
        return {w: self.allocate(w) for w in unique}

    def allocate(self, wire: str) -> str:
        base = self.convert(wire)
        if base in self.reserved:
            base += "_"
        candidate, n = base, 1
        while candidate in self.reserved or (candidate in self.taken and self.taken[candidate] != wire):
            n += 1
            candidate = f"{base}_{n}"
        self.taken[candidate] = wire
        return candidate

    def allocate_new(self, wire: str) -> str:
        """An identifier for a *new* thing named ``wire``: never one already handed out, even to
        the same wire name. ``allocate`` maps one wire name to one identifier (a field is the
        same field however often it is met); generated classes are distinct things that can
        share a hint (the branches of a ``oneOf``, a component and an inline schema), and a
        module that defined one name twice would silently keep only the last."""
        base = self.convert(wire)
        if base in self.reserved:
            base += "_"
        candidate, n = base, 1
        while candidate in self.reserved or candidate in self.taken:
            n += 1
            candidate = f"{base}_{n}"
        self.taken[candidate] = wire
        return candidate

    def collisions(self, wires: Iterable[str]) -> dict[str, list[str]]:
        """Identifier -> the several wire names that would share it (for strict scopes)."""
        groups: dict[str, list[str]] = {}
        for w in sorted(set(wires)):
            groups.setdefault(self.convert(w), []).append(w)
        return {k: v for k, v in groups.items() if len(v) > 1}
