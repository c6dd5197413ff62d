"""Runtime support for generated validators: error types and JSON-value helpers.

Input: instances handed to ``is_valid_*``/``validate_*`` functions that specloom generates.
Output: ``bool`` answers, ``Violation`` records and the exceptions below.

Generated validators check keywords with inline code; they call into this module only for what
is awkward to inline: JSON equality (``const``, ``enum``, ``uniqueItems``), exact ``multipleOf``,
JSON-pointer escaping and short value reprs for messages. Everything here is iterative, so a deep
instance never makes these helpers recurse.

What counts as JSON. Instances are expected to look like ``json.loads`` output: ``dict`` with
``str`` keys, ``list``, ``str``, ``int``, finite ``float``, ``bool`` and ``None`` (exact types;
subclasses such as ``IntEnum`` are not JSON). Any other value -- ``tuple``, ``bytes``, ``set``,
``NaN``, ``±Infinity``, arbitrary objects -- belongs to *no* JSON type: every ``type`` keyword
rejects it, ``const``/``enum`` never equal it, and keywords that apply to one JSON type ignore it,
exactly as they ignore values of other types. A ``dict`` is an object whatever its keys, but a
keyword that examines property names (``additionalProperties``, ``patternProperties``,
``propertyNames``, ``unevaluatedProperties``) rejects a non-string key.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction

# importable here, where it was before its move (the ``as`` form re-exports it for mypy --strict too)
from specloom_runtime.wire.patterns import translate_pattern as translate_pattern

__all__ = [
    "Violation",
    "ValidationError",
    "RecursionLimitError",
    "CompiledValidator",
    "LazyValidator",
    "LazyValidators",
    "collect",
    "json_equal",
    "json_in",
    "all_unique",
    "multiple_of",
    "pointer_part",
    "short_repr",
    "is_number",
    "passes",
    "problems",
]


@dataclass(frozen=True, slots=True)
class Violation:
    """One failed keyword: where in the instance, where in the schema, which keyword, and why."""

    instance_path: str  # JSON pointer into the instance ("" is the whole instance)
    schema_path: str  # "<file or base URI>#<JSON pointer to the keyword>"
    keyword: str
    message: str

    def __str__(self) -> str:
        return f"{self.instance_path or '/'}: {self.message} ({self.keyword} at {self.schema_path})"


class ValidationError(ValueError):
    """An instance is invalid; ``errors`` holds every violation found (at least one)."""

    def __init__(self, errors: list[Violation] | tuple[Violation, ...]) -> None:
        self.errors: tuple[Violation, ...] = tuple(errors)
        first = str(self.errors[0]) if self.errors else "invalid instance"
        more = f" (and {len(self.errors) - 1} more)" if len(self.errors) > 1 else ""
        super().__init__(first + more)


class RecursionLimitError(ValueError):
    """A recursive schema needed to descend deeper into the instance than Python's stack allows.

    Raised instead of ``RecursionError`` so callers can tell "too deep to decide" from "invalid".
    Non-recursive schemas never raise it: their checks are bounded by the schema's depth.
    """


Collector = Callable[[object, str, list[Violation]], None]


def collect(collector: Collector, instance: object, name: str = "instance") -> list[Violation]:
    """Run a generated error-collecting function; too-deep recursion becomes RecursionLimitError."""
    out: list[Violation] = []
    try:
        collector(instance, "", out)
    except RecursionError:
        raise RecursionLimitError(f"{name}: instance nested too deeply") from None
    return out


class CompiledValidator:
    """A generated validator's entry points bundled as one object (``VALIDATORS[key]``)."""

    __slots__ = ("name", "is_valid", "_collect")

    def __init__(
        self,
        name: str,
        is_valid: Callable[[object], bool],
        collector: Collector,
    ) -> None:
        self.name = name
        self.is_valid = is_valid
        self._collect = collector

    def errors(self, instance: object) -> list[Violation]:
        """Every violation of ``instance`` (empty when valid)."""
        return collect(self._collect, instance, self.name)

    def iter_errors(self, instance: object) -> Iterator[Violation]:
        """Yield every violation of ``instance``."""
        yield from self.errors(instance)

    def validate(self, instance: object) -> None:
        """Return quietly when ``instance`` is valid; raise ``ValidationError`` with all errors."""
        if self.is_valid(instance):
            return
        raise ValidationError(self.errors(instance) or [Violation("", "", "", "invalid instance")])


class LazyValidator(CompiledValidator):
    """``VALIDATORS[name]`` of a generated ``validators`` module, imported on first use.

    Generated clients refer to their validators this way so that importing a client does not
    import every schema's validator (and the format checkers and regexes they bind): the first
    call that validates imports the module once, and from then on the real functions are called
    directly, with no indirection left.
    """

    __slots__ = ("_module",)

    def __init__(self, module: str, name: str) -> None:
        super().__init__(name, self._first_is_valid, self._first_collect)
        self._module = module

    def _load(self) -> None:
        target = importlib.import_module(self._module).VALIDATORS[self.name]
        self.is_valid = target.is_valid
        self._collect = target._collect

    def _first_is_valid(self, instance: object) -> bool:
        self._load()
        return self.is_valid(instance)

    def _first_collect(self, instance: object, pointer: str, out: list[Violation]) -> None:
        self._load()
        self._collect(instance, pointer, out)


class LazyValidators:
    """``VALIDATORS`` of a generated module by name: ``table[key]`` is a ``LazyValidator``."""

    __slots__ = ("module",)

    def __init__(self, module: str) -> None:
        self.module = module

    def __getitem__(self, key: str) -> LazyValidator:
        return LazyValidator(self.module, key)


def is_number(value: object) -> bool:
    """True for a JSON number: an ``int`` (not ``bool``) or a finite ``float``."""
    t = type(value)
    return t is int or (t is float and math.isfinite(value))  # type: ignore[arg-type]


def json_equal(a: object, b: object) -> bool:
    """JSON equality: ``1 == 1.0``, ``True != 1``, lists and dicts compared deeply (no recursion)."""
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        tx, ty = type(x), type(y)
        if tx is dict:
            if ty is not dict or len(x) != len(y):  # type: ignore[arg-type]
                return False
            for k, xv in x.items():  # type: ignore[attr-defined]
                if k not in y:  # type: ignore[operator]
                    return False
                stack.append((xv, y[k]))  # type: ignore[index]
        elif tx is list:
            if ty is not list or len(x) != len(y):  # type: ignore[arg-type]
                return False
            stack.extend(zip(x, y, strict=True))  # type: ignore[call-overload]
        elif tx is str or x is None:
            if not (ty is tx and x == y):
                return False
        elif tx is bool:
            if x is not y:
                return False
        elif is_number(x):
            if not (is_number(y) and x == y):
                return False
        else:
            return False  # not a JSON value: equal to nothing
    return True


def json_in(value: object, options: tuple[object, ...]) -> bool:
    """True when ``value`` JSON-equals one of ``options`` (``enum``)."""
    return any(json_equal(value, option) for option in options)


def _scalar_key(value: object) -> object:
    """A hashable key that is equal exactly when two JSON scalars are JSON-equal; None otherwise."""
    t = type(value)
    if t is str:
        return value
    if t is bool:
        return (bool, value)  # keeps True apart from 1
    if t is int or (t is float and math.isfinite(value)):  # type: ignore[arg-type]
        return value  # hash(1) == hash(1.0) and 1 == 1.0, as JSON wants
    if value is None:
        return (None,)
    return None


def all_unique(items: list[object]) -> bool:
    """``uniqueItems``: True when no two items are JSON-equal.

    Scalars go through a set; containers (and non-JSON values, which equal nothing) are compared
    pairwise with ``json_equal``, so arrays of objects cost O(n^2) comparisons of their own.
    """
    seen: set[object] = set()
    others: list[object] = []
    for item in items:
        key = _scalar_key(item)
        if key is None:
            others.append(item)
        elif key in seen:
            return False
        else:
            seen.add(key)
    for i, x in enumerate(others):
        for y in others[i + 1 :]:
            if json_equal(x, y):
                return False
    return True


def _exact(value: int | float) -> Fraction:
    # A float stands for the decimal it prints as (0.1 is "0.1", not 0.1000000000000000055...),
    # which is what schema authors mean when they write multipleOf: 0.01.
    return Fraction(value) if type(value) is int else Fraction(repr(value))


def multiple_of(value: int | float, divisor: Fraction) -> bool:
    """``multipleOf`` computed exactly (big ints and decimal floats alike)."""
    return _exact(value) % divisor == 0


def pointer_part(key: object) -> str:
    """One JSON-pointer reference token for ``key`` (``~`` and ``/`` escaped)."""
    return str(key).replace("~", "~0").replace("/", "~1")


def short_repr(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, so a 10 MB string makes a short message."""
    if type(value) is str and len(value) > limit:
        value = value[:limit]
        return repr(value) + "..."
    if type(value) in (list, dict) and len(value) > 8:  # type: ignore[arg-type]
        return f"<{type(value).__name__} of {len(value)} items>"  # type: ignore[arg-type]
    try:
        text = repr(value)
    except RecursionError:
        text = f"<deeply nested {type(value).__name__}>"
    return text if len(text) <= limit else text[:limit] + "..."


def passes(validator: CompiledValidator, value: object) -> bool:
    """The quick verdict: ``is_valid`` stops at the first problem and builds no messages, so a
    valid value (the usual case) costs one pass; ``problems`` then lists an invalid one's."""
    try:
        return validator.is_valid(value)
    except RecursionError:
        return False  # too deep for the quick pass: ``problems`` says so


def problems(validator: CompiledValidator, value: object, prefix: str) -> list[tuple[str, str]]:
    """``(pointer, message)`` for each problem of ``value``, pointers under ``prefix``."""
    try:
        return [(prefix + v.instance_path, v.message) for v in validator.errors(value)]
    except RecursionLimitError:
        return [(prefix, "nested too deeply to validate")]
