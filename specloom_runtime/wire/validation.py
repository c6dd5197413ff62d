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
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction

__all__ = [
    "Violation",
    "ValidationError",
    "RecursionLimitError",
    "CompiledValidator",
    "LazyValidator",
    "LazyValidators",
    "collect",
    "translate_pattern",
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


# -- ECMA-262 patterns -------------------------------------------------------------------------
# JSON Schema patterns are ECMA-262 regular expressions; generated code runs them with Python's
# ``re`` compiled with ``re.ASCII`` and ``search`` semantics (patterns are not anchored).
# Where the two dialects differ, ``translate_pattern`` rewrites the ECMA text:
#   \d \D \w \W \b \B  ASCII in ECMA: ``re.ASCII`` gives Python the same meaning; kept as is.
#   \s \S              ECMA's whitespace includes Unicode spaces and U+FEFF; spelled out as a
#                      class. ``\S`` inside a class (``[\s\S]``, ``[^\S\n]``): the class is
#                      rewritten as the whitespace it keeps or leaves out (``_with_not_space``).
#   $                  ECMA: end of input only; Python's ``$`` also matches before a final "\n":
#                      becomes ``\Z`` (always safe outside a class).
#   .                  ECMA excludes \n \r U+2028 U+2029; Python only \n: spelled out as a class.
#   (?<name> \k<name>  named groups: Python's (?P<name> and (?P=name).
#   [^] []             "any char" / "no char" in ECMA; Python cannot parse them: rewritten.
#   (?P (?# (?i)       Python-only group syntax: ValueError (not ECMA-262).
#   \cX \0 \u{...}     control, NUL and code-point escapes: written as the character.
#   \p{L} \P{L}        letters (also spelled {Letter}): ``(?u:[^\W\d_])``, i.e. Unicode word
#                      characters that are not digits or "_" (this also admits the few numeric
#                      characters outside Nd, such as "²"); other property escapes have no
#                      Python equivalent -> ValueError (an unsupported ``pattern``).
#   \a \e \g \z \A \Z  mean something else (or nothing) in ECMA -> ValueError.
# Inside classes, ``[``, ``&``, ``~`` and ``|`` are escaped so Python never reads a set operation.

_ECMA_SPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_ECMA_DOT = "[^\\n\\r\\u2028\\u2029]"
# the same whitespace, one character each (U+2000..U+200A expanded)
_SPACES = "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"


def _with_not_space(members: str, negated: bool) -> str:
    """A class holding ``\\S`` besides ``members`` (already Python class text), as a plain class.

    ``[X\\S]`` is X together with every non-whitespace character: all but the whitespace X leaves
    out. ``[^X\\S]`` is the whitespace X leaves out. Whitespace is a short finite list, so which of
    it X holds is asked of Python's own reading of X (``re.ASCII``, as the pattern runs)."""
    if members.startswith("^"):  # a literal "^" first in ECMA's [\S^]; first here, it would negate
        members = "\\" + members
    try:
        held = re.compile(f"[{members}]", re.ASCII) if members else None
    except re.error as exc:
        raise ValueError(f"character class not understood: {exc}") from None
    left = "".join(f"\\u{ord(c):04x}" for c in _SPACES if held is None or not held.match(c))
    if negated:
        return f"[{left}]" if left else "(?!)"
    return f"[^{left}]" if left else "[\\s\\S]"


def translate_pattern(pattern: str) -> str:
    """Rewrite an ECMA-262 pattern into Python ``re`` syntax (compile with ``re.ASCII``)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    opened, negated, not_space = 0, False, False  # the class: where in ``out``, [^, holds \S
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise ValueError("pattern ends with a lone backslash")
            e = pattern[i + 1]
            i += 2
            if e == "s":
                out.append(_ECMA_SPACE if in_class else f"[{_ECMA_SPACE}]")
            elif e == "S":
                if in_class:
                    not_space = True  # the class is rewritten at its end
                else:
                    out.append(f"[^{_ECMA_SPACE}]")
            elif e == "c" and i < n and pattern[i].isascii() and pattern[i].isalpha():
                out.append(f"\\x{ord(pattern[i]) % 32:02x}")
                i += 1
            elif e == "0" and not (i < n and pattern[i].isdigit()):
                out.append("\\x00")
            elif e == "u" and i < n and pattern[i] == "{":
                end = pattern.index("}", i)
                out.append(f"\\U{int(pattern[i + 1 : end], 16):08x}")
                i = end + 1
            elif e == "k" and i < n and pattern[i] == "<" and not in_class:
                end = pattern.index(">", i)
                out.append(f"(?P={pattern[i + 1 : end]})")
                i = end + 1
            elif e in "pP" and pattern.startswith(("{L}", "{Letter}"), i) and not in_class:
                # letters: Unicode word characters minus digits and "_" (scoped Unicode mode)
                out.append("(?u:[^\\W\\d_])" if e == "p" else "(?u:[\\W\\d_])")
                i = pattern.index("}", i) + 1
            elif e in "pP":
                raise ValueError("Unicode property escapes other than \\p{L} are not supported")
            elif e in "aegzAZ":
                raise ValueError(f"\\{e} has no ECMA-262 meaning")
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if c == "]":
                in_class = False
                if not_space:
                    members = "".join(out[opened + 1 + negated :])
                    out[opened:] = [_with_not_space(members, negated)]
                    not_space = False
                else:
                    out.append(c)
            elif c in "[&~|":
                out.append("\\" + c)
            else:
                out.append(c)
        elif c == "[":
            if pattern.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            if pattern.startswith("[]", i):
                out.append("(?!)")
                i += 2
                continue
            in_class = True
            opened, negated = len(out), pattern.startswith("[^", i)
            out.append(c)
            if negated:
                out.append("^")
                i += 1
        elif c == "$":
            out.append("\\Z")
        elif c == ".":
            out.append(_ECMA_DOT)
        elif c == "(" and pattern.startswith("(?<", i) and pattern[i + 3 : i + 4] not in ("=", "!"):
            out.append("(?P<")
            i += 3
            continue
        elif c == "(" and pattern.startswith("(?", i) and pattern[i + 2 : i + 3] not in (":", "=", "!", "<"):
            raise ValueError("only (?: (?= (?! (?<= (?<! (?<name> groups exist in ECMA-262")
        else:
            out.append(c)
        i += 1
    if in_class:
        raise ValueError("unterminated character class")
    return "".join(out)


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
