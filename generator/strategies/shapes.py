"""The strategy compiler's canonical form: a schema as a conjunction of per-kind facts plus rules.

Input: built by ``specloom.strategies.canon`` from JSON Schema objects and combined by
``specloom.strategies.algebra`` (merge = "and", negate = "not"). Output: read by the emitters,
which turn a ``Shape`` into Hypothesis strategy source.

Why a form of its own rather than raw schema dicts: generation needs facts that JSON Schema has
no keyword for once schemas are combined -- "a string that does NOT match this pattern", "a
value other than these", "at least one key that satisfies this" -- and merging ``allOf`` needs a
place to put the intersection. A ``Shape`` is a conjunction: ``kinds`` (which JSON kinds are
allowed at all), ``enum``/``not_in`` and one facet per kind, all unconditional; anything
disjunctive (``anyOf``, ``oneOf``, ``if``, ``not``, ``dependentSchemas``) stays a ``Rule`` until
the emitter expands it. JSON numbers are split into two kinds, ``integer`` and ``fraction``
(non-integral numbers), so that "not an integer" is expressible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, TypeVar

__all__ = [
    "ALL_KINDS", "GROUPS", "NUMBER_KINDS", "Reason", "StrategyError", "OverBudget", "Inexact", "StringFacet", "NumberFacet",
    "Contains", "ArrayFacet", "ObjectFacet", "Shape", "AnyOf", "OneOf", "IfThenElse", "Not",
    "DependentSchema", "Rule", "TRUE", "FALSE", "kind_of", "restrict_kinds", "evolve",
]  # fmt: skip

NUMBER_KINDS = frozenset({"integer", "fraction"})
ALL_KINDS = frozenset({"null", "boolean", "integer", "fraction", "string", "array", "object"})
# The kind groups a value is generated from separately (a number group covers both number kinds).
GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("null", frozenset({"null"})),
    ("boolean", frozenset({"boolean"})),
    ("number", NUMBER_KINDS),
    ("string", frozenset({"string"})),
    ("array", frozenset({"array"})),
    ("object", frozenset({"object"})),
)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why something cannot be generated: the keyword, the JSON pointer of its schema, a message."""

    keyword: str
    pointer: str
    message: str


class StrategyError(ValueError):
    """A schema is unsatisfiable, or beyond what the strategy compiler can construct."""

    def __init__(self, keyword: str, pointer: str, message: str) -> None:
        self.keyword = keyword
        self.pointer = pointer
        self.message = message
        super().__init__(f"{pointer or '/'}: {keyword}: {message}")

    @classmethod
    def of(cls, reason: Reason) -> StrategyError:
        return cls(reason.keyword, reason.pointer, reason.message)


class OverBudget(StrategyError):
    """The exact strategy of a schema costs more than its budget (a cheaper form may exist)."""


class Inexact(Exception):  # noqa: N818 -- no StrategyError: none of the compiler's handlers may catch it
    """A budget crossed by a count holding ``memo`` hits (upper bounds): the compile starts again without them."""


@dataclass(frozen=True, slots=True)
class StringFacet:
    """Constraints on strings: length in code points, ECMA-262 patterns (searched), formats."""

    min_len: int = 0
    max_len: int | None = None
    patterns: tuple[str, ...] = ()  # every one must match
    not_patterns: tuple[str, ...] = ()  # none may match
    formats: tuple[str, ...] = ()  # asserted formats (more than one distinct is beyond us)


@dataclass(frozen=True, slots=True)
class NumberFacet:
    """Constraints on numbers: bounds (exclusive or not) and exact ``multipleOf`` divisors."""

    lo: int | float | None = None
    lo_excl: bool = False
    hi: int | float | None = None
    hi_excl: bool = False
    multiple: Fraction | None = None  # the least common multiple of every multipleOf
    not_multiples: tuple[Fraction, ...] = ()


@dataclass(frozen=True, slots=True)
class Contains:
    """``contains`` with its bounds: between ``least`` and ``most`` items satisfy ``shape``."""

    shape: Shape
    least: int = 1
    most: int | None = None


@dataclass(frozen=True, slots=True)
class ArrayFacet:
    """Constraints on arrays; ``items`` None means any item is allowed after the prefix."""

    prefix: tuple[Shape, ...] = ()
    items: Shape | None = None
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False
    contains: tuple[Contains, ...] = ()


@dataclass(frozen=True, slots=True)
class ObjectFacet:
    """Constraints on objects.

    ``props`` maps a name to the schema its value must satisfy (``FALSE``: must be absent);
    ``additional`` None means "any value". ``evaluated`` holds the names declared by a
    ``properties`` keyword on a path that validates (what ``unevaluatedProperties`` looks at);
    names constrained only through ``not`` are absent from it. ``need_keys``: for each shape, at
    least one key must satisfy it (the negation of ``propertyNames``).
    """

    props: tuple[tuple[str, Shape], ...] = ()
    required: frozenset[str] = frozenset()
    patterns: tuple[tuple[str, Shape], ...] = ()
    additional: Shape | None = None
    names: Shape | None = None
    min_props: int = 0
    max_props: int | None = None
    dep_required: tuple[tuple[str, tuple[str, ...]], ...] = ()
    need_keys: tuple[Shape, ...] = ()
    evaluated: frozenset[str] = frozenset()
    evaluates_all: bool = False

    def prop(self, name: str) -> Shape | None:
        for key, shape in self.props:
            if key == name:
                return shape
        return None


@dataclass(frozen=True, slots=True)
class Shape:
    """A conjunction of facts about one value (see the module docstring).

    ``ref`` set means "the named schema at this JSON pointer", drawn by name (that is how
    recursion stays finite); every other field then keeps its default. ``where`` is the JSON
    pointer of the schema object the shape came from and ``at`` maps a keyword to the pointer
    of the schema that set it; both only serve diagnostics and are left out of equality.
    """

    kinds: frozenset[str] = ALL_KINDS
    enum: tuple[Any, ...] | None = None
    not_in: tuple[Any, ...] = ()
    string: StringFacet = StringFacet()
    number: NumberFacet = NumberFacet()
    array: ArrayFacet = ArrayFacet()
    obj: ObjectFacet = ObjectFacet()
    rules: tuple[Rule, ...] = ()
    ref: str | None = None
    where: str = field(default="", compare=False)
    at: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def origin(self, keyword: str) -> str:
        """The pointer of ``keyword`` as written in the spec; the shape's own when the keyword is
        not written there (derived by a merge or implied): never a pointer to an absent keyword."""
        for key, pointer in reversed(self.at):
            if key == keyword:
                return pointer
        return self.where

    @property
    def is_true(self) -> bool:
        return self.kinds == ALL_KINDS and self == TRUE  # (kinds first: most shapes differ there, and quickly)

    @property
    def is_false(self) -> bool:
        return not self.kinds and self.ref is None


@dataclass(frozen=True, slots=True)
class AnyOf:
    branches: tuple[Shape, ...]
    where: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class OneOf:
    branches: tuple[Shape, ...]
    where: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class IfThenElse:
    cond: Shape
    then: Shape
    else_: Shape
    where: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Not:
    shape: Shape
    where: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class DependentSchema:
    name: str
    shape: Shape
    where: str = field(default="", compare=False)


Rule = AnyOf | OneOf | IfThenElse | Not | DependentSchema

TRUE = Shape()
FALSE = Shape(kinds=frozenset())


_T = TypeVar("_T")
_new = object.__new__
_set = object.__setattr__


def evolve(instance: _T, /, **changes: Any) -> _T:
    """``dataclasses.replace`` for the frozen, slotted, ``__post_init__``-free dataclasses of this
    compiler (``Shape``, its facets, its rules): the same new object, field for field, in about
    half the time -- the compiler makes tens of thousands (one per kind group a shape is drawn
    for, one per expanded rule), and ``replace`` rebuilds its keyword arguments and calls the
    frozen ``__init__`` each time. An unknown field name is an error, as with ``replace``."""
    cls = type(instance)
    names = cls.__slots__  # type: ignore[attr-defined]
    if not changes.keys() <= (_FIELDS.get(cls) or _FIELDS.setdefault(cls, frozenset(names))):
        raise TypeError(f"{cls.__name__} has no field {sorted(changes.keys() - set(names))[0]!r}")
    new = _new(cls)
    for name in names:
        _set(new, name, changes[name] if name in changes else getattr(instance, name))
    return new


_FIELDS: dict[type, frozenset[str]] = {}


def kind_of(value: Any) -> str | None:
    """The kind of a JSON value (``None`` for anything that is not JSON)."""
    t = type(value)
    if value is None:
        return "null"
    if t is bool:
        return "boolean"
    if t is int:
        return "integer"
    if t is float:
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return "integer" if value.is_integer() else "fraction"
    if t is str:
        return "string"
    if t is list:
        return "array"
    return "object" if t is dict else None


def restrict_kinds(shape: Shape, kinds: frozenset[str]) -> Shape:
    """``shape`` with only ``kinds`` allowed (a ``ref`` shape is returned as is)."""
    return shape if shape.ref is not None else evolve(shape, kinds=shape.kinds & kinds)


def prune(shape: Shape) -> Shape:
    """Drop facets of kinds the shape no longer allows, and enum values of those kinds."""
    kinds = shape.kinds
    changes: dict[str, Any] = {}
    if shape.enum is not None and any(kind_of(v) not in kinds for v in shape.enum):
        changes["enum"] = tuple(v for v in shape.enum if kind_of(v) in kinds)
    if "string" not in kinds and shape.string != StringFacet():
        changes["string"] = StringFacet()
    if not kinds & NUMBER_KINDS and shape.number != NumberFacet():
        changes["number"] = NumberFacet()
    if "array" not in kinds and shape.array != ArrayFacet():
        changes["array"] = ArrayFacet()
    if "object" not in kinds and shape.obj != ObjectFacet():
        changes["obj"] = ObjectFacet()
    if not kinds:
        return FALSE if not shape.where else evolve(FALSE, where=shape.where, at=shape.at)
    return evolve(shape, **changes) if changes else shape
