"""The strategy compiler on random schemas: valid draws or a located refusal, and stable source.

Oracle: ``jsonschema``'s ``Draft202012Validator`` with the project's format checker
(``specloom_runtime.proptest.format_checker``: the 2020-12 checkers plus the named vendor date
formats, checked by ``strptime``) reading the schema as drawn -- never the generator's canonical
form -- with ``multipleOf`` computed exactly (``schemas.ExactDraft202012Validator``: jsonschema
divides in floating point, which misjudges numbers past 2**52). For every schema of ``schemas()``:

* ``compile_strategy`` either returns strategies whose every valid draw the oracle accepts and
  whose every labelled mutation it rejects, or raises ``StrategyError`` naming a keyword of the
  keyword table and a JSON pointer into the schema -- never another exception, never a hang;
* the module source is a function of the schema's meaning: the same schema compiles to the same
  text, and so does a copy with every schema object's keywords and its ``$defs`` in another
  order. (The order of ``properties`` is *not* shuffled: generated objects and validators follow
  the spec's order on purpose.)

``st.data()`` cannot be used with ``@example``, so the pinned schemas of past failures run twice:
as ``@example`` rows (compile-time checks: no crash, no hang, located refusal) and through
``test_pinned_schemas_draw_valid_values`` (draws).
"""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from specloom_runtime.proptest import format_checker

from specloom.strategies import StrategyError, compile_strategy
from specloom.strategies.keywords import KEYWORDS
from specloom.strategies.module import render_module
from specloom.validation import compile_validator
from tests.generator_properties.schemas import (
    FAMILIES,
    ExactDraft202012Validator,
    budget,
    family_schemas,
    resolve_pointer,
    schemas,
)

DRAWS = 4  # valid values drawn per compiled schema (plus one mutation)

# Schemas that failed before the fixes made with these tests (see the report in issue #9).
ENUM_IN_A_BRANCH = {"anyOf": [{"enum": [5, "a"]}]}  # the branch's enum was dropped: any number drawn
CONST_LIST_IN_ONE_OF = {"oneOf": [{"enum": [[1, "a"]]}]}  # ... any list drawn
NULLABLE_RECURSION = {"$defs": {"n": {"type": "object", "properties": {"next": {"anyOf": [{"$ref": "#/$defs/n"}, {"type": "null"}]}}}},
                      "$ref": "#/$defs/n"}  # fmt: skip  # RecursionError: the $ref inside anyOf was inlined forever
ITEMS_ONE_OF_SELF = {"$ref": "#/$defs/t~01", "$defs": {"t~1": {"type": "array", "items": {"oneOf": [{"$ref": "#/$defs/t~01"}]}, "maxItems": 1}}}
UNIQUE_EMPTY_STRINGS = {"type": "array", "items": {"type": "string", "maxLength": 0}, "minItems": 2, "uniqueItems": True}  # InvalidArgument at draw
IN_PLACE_LOOP = {"$ref": "#/$defs/node", "$defs": {"node": {"oneOf": [
    {"type": "number", "anyOf": [{"$ref": "#/$defs/node"}, {"type": "string", "maxLength": 5}]},
    {"type": "array", "items": {"type": "boolean"}}]}}}  # fmt: skip  # the compiler looped forever
NO_FINITE_VALUE = {"$ref": "#/$defs/t", "$defs": {"t": {"type": "array", "minItems": 1, "items": {"anyOf": [{"$ref": "#/$defs/t"}]}}}}
WHERE_BY_ORDER = {"type": "object", "required": ["b"], "additionalProperties": True}  # a docstring followed keyword order
ROOT_WHERE_BY_ORDER = {"anyOf": [{}, {"multipleOf": 2}], "dependentSchemas": {"a": {"$ref": "#/$defs/node"}},
                       "unevaluatedProperties": False, "$defs": {"node": {"type": "integer"}}}  # fmt: skip  # ... for the root's alternatives
COST_BY_ORDER = {"$ref": "#/$defs/node", "$defs": {"node": {"properties": {"a": {"$ref": "#/$defs/node"}}, "dependentSchemas": {
    "a": {"properties": {"a": {"$ref": "#/$defs/node"}, "b": {"$ref": "#/$defs/node"}}}}}}}  # fmt: skip  # validators: check order followed keyword order
NOT_CONST_EMPTY = {"type": "array", "maxItems": 1, "items": {"type": "boolean"}, "not": {"const": []}}  # not_in ignored for arrays
NEEDS_A_PATTERN_KEY = {"type": "object", "patternProperties": {"^x": {"type": "integer"}},
                       "not": {"propertyNames": {"not": {"pattern": "^x"}}}}  # fmt: skip  # the object's own need_keys were ignored
NEEDS_A_LONG_KEY = {"type": "object", "not": {"propertyNames": {"maxLength": 3}}}  # ... and drew {}: now refused
TRIGGER_AS_PATTERN_KEY = {"type": "object", "properties": {"a": {"type": "integer"}},
                          "patternProperties": {"^[a-c]": {"type": "string", "maxLength": 0}}, "dependentRequired": {"b": ["a"]}}  # fmt: skip
HUGE_MULTIPLES = {"oneOf": [{"type": "null"}, {"type": "number", "multipleOf": 1.5}, {"type": "integer", "multipleOf": 2}]}  # an oracle fix
SAME_PATTERN_TWICE = {"type": "object", "patternProperties": {"^x_": {"type": "integer", "multipleOf": 2}},
                      "allOf": [{"patternProperties": {"^x_": {"type": "integer", "minimum": 3}}}]}  # fmt: skip  # keys obeyed one of the two
MERGE_LOOP = {"$ref": "#/$defs/o", "$defs": {"o": {"type": "array", "contains": {"$ref": "#/$defs/o"}, "minContains": 0,
                                                  "items": {"type": "array", "prefixItems": [{"$ref": "#/$defs/o"}], "maxItems": 0}}}}  # fmt: skip  # RecursionError in merge
UNIQUE_SINGLE_MULTIPLE = {"type": "array", "items": {"type": "number", "minimum": -10, "maximum": -6.5, "multipleOf": 3}, "minItems": 2, "uniqueItems": True}
UNIQUE_ONLY_EMPTY = {"type": "array", "items": {"$ref": "#/$defs/node"}, "minItems": 2, "uniqueItems": True,
                     "$defs": {"node": {"type": "array", "maxItems": 1, "items": {"type": "array", "maxItems": 0,
                                                                                   "contains": {"$ref": "#/$defs/node"}}}}}  # fmt: skip
FEW_PATTERN_KEYS = {"type": "object", "properties": {"a": {"type": "integer"}, "x_1": {"type": "integer", "multipleOf": 2}},
                    "patternProperties": {"^x_": {"type": "string", "maxLength": 0}}, "additionalProperties": False,
                    "propertyNames": {"maxLength": 3}, "minProperties": 2}  # fmt: skip  # InvalidArgument: 2 unique keys from st.just("x_")

PINNED_DRAWS = [ENUM_IN_A_BRANCH, CONST_LIST_IN_ONE_OF, NULLABLE_RECURSION, ITEMS_ONE_OF_SELF, NOT_CONST_EMPTY,
                NEEDS_A_PATTERN_KEY, TRIGGER_AS_PATTERN_KEY, SAME_PATTERN_TWICE, HUGE_MULTIPLES,
                {"type": "array", "items": {"anyOf": [{"const": [1]}, {"type": "null"}]}, "uniqueItems": True},
                {"type": "object", "properties": {"$ref": {"type": "string", "pattern": "^(ab)+"}, "a/b": {"const": {"a": 1}}}, "required": ["a/b"]},
                {"type": "integer", "exclusiveMinimum": -3, "exclusiveMaximum": 3, "not": {"enum": [0, 1.0]}}]  # fmt: skip


def _located(schema: Any, error: StrategyError) -> None:
    """A refusal names a keyword of the table and a pointer to a schema object or one of its keywords."""
    assert error.keyword in KEYWORDS, f"keyword {error.keyword!r} is not a JSON Schema keyword: {error}"
    assert error.pointer == "" or error.pointer.startswith("/"), f"not a JSON pointer: {error}"
    try:
        node = resolve_pointer(schema, error.pointer)
    except KeyError:
        node = None
    if not isinstance(node, dict | bool):  # then the pointer names a keyword of a schema object
        parent, _, last = error.pointer.rpartition("/")
        try:
            owner = resolve_pointer(schema, parent)
        except KeyError:
            raise AssertionError(f"{error.pointer!r} points nowhere in the schema: {error}") from None
        # the keyword must be written there: a pointer to an absent keyword would mislead
        assert isinstance(owner, dict) and last.replace("~1", "/").replace("~0", "~") in owner, str(error)


def _compile(schema: Any) -> Any:
    try:
        return compile_strategy(schema)
    except StrategyError as error:
        _located(schema, error)
        return None


def _check_draws(schema: Any, draw: Any) -> None:
    compiled = _compile(schema)
    if compiled is None or draw is None:
        return
    oracle = ExactDraft202012Validator(schema, format_checker=format_checker())
    for _ in range(DRAWS):
        value = draw(compiled.valid)
        assert oracle.is_valid(value), f"drew an invalid value: {[e.message for e in oracle.iter_errors(value)]}\n{compiled.source}"
    if compiled.invalid is not None:
        mutation = draw(compiled.invalid)
        assert mutation.mutation and not oracle.is_valid(mutation.value), f"mutation is valid: {mutation}\n{compiled.source}"


@settings(max_examples=budget(300))
@given(schema=schemas(), data=st.data())
@example(schema=ENUM_IN_A_BRANCH, data=None)
@example(schema=NULLABLE_RECURSION, data=None)
@example(schema=ITEMS_ONE_OF_SELF, data=None)
@example(schema=UNIQUE_EMPTY_STRINGS, data=None)
@example(schema=IN_PLACE_LOOP, data=None)
@example(schema=NO_FINITE_VALUE, data=None)
@example(schema=NEEDS_A_LONG_KEY, data=None)
@example(schema=UNIQUE_ONLY_EMPTY, data=None)
@example(schema=MERGE_LOOP, data=None)
@example(schema={"type": "array", "contains": {"type": "integer"}, "maxItems": 0}, data=None)  # located at an absent /minItems
@example(schema=FEW_PATTERN_KEYS, data=None)  # its draws: test_regex.py (half of them are rejected)
@example(schema={"type": "array", "prefixItems": [{"type": "boolean"}], "contains": {"enum": [True]}, "minContains": 2, "maxContains": 2, "maxItems": 0}, data=None)
@example(schema=False, data=None)
def test_draws_are_valid_or_the_refusal_is_located(schema: Any, data: Any) -> None:
    _check_draws(schema, None if data is None else data.draw)


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=budget(30))
@given(data=st.data())
def test_each_keyword_family_draws_valid_values(family: str, data: Any) -> None:
    """One shallow schema of each family at a time, so every keyword handler meets many schemas."""
    _check_draws(data.draw(family_schemas(family), label="schema"), data.draw)


@pytest.mark.parametrize("schema", PINNED_DRAWS)
@settings(max_examples=budget(20))
@given(data=st.data())
def test_pinned_schemas_draw_valid_values(schema: Any, data: Any) -> None:
    assert _compile(schema) is not None, "the pinned schemas are all satisfiable"
    _check_draws(schema, data.draw)


@pytest.mark.parametrize(
    ("schema", "keyword", "pointer"),
    [(UNIQUE_EMPTY_STRINGS, "minItems", "/minItems"), (UNIQUE_SINGLE_MULTIPLE, "minItems", "/minItems"),
     (UNIQUE_ONLY_EMPTY, "minItems", "/minItems"), (IN_PLACE_LOOP, "$ref", "/$defs/node"), (NO_FINITE_VALUE, "$ref", "/$defs/t"),
     (NEEDS_A_LONG_KEY, "propertyNames", ""), (MERGE_LOOP, "$ref", "/$defs/o")],
)  # fmt: skip
def test_pinned_refusals(schema: Any, keyword: str, pointer: str) -> None:
    with _time_limit(30), pytest.raises(StrategyError) as info:  # IN_PLACE_LOOP used to hang
        compile_strategy(schema)
    assert (info.value.keyword, info.value.pointer) == (keyword, pointer)


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Turn a hang into a failure (SIGALRM: pytest and its xdist workers run tests on the main thread)."""

    def expire(signum: int, frame: Any) -> None:
        raise AssertionError(f"still compiling after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# -- determinism ----------------------------------------------------------------------------------

_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_ONE = ("items", "not", "if", "then", "else", "contains", "additionalProperties", "propertyNames", "unevaluatedProperties")
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def reorder(schema: Any, rnd: random.Random) -> Any:
    """A copy of ``schema`` with each schema object's keywords, and ``$defs``, in another order."""
    if not isinstance(schema, dict):
        return schema
    items = list(schema.items())
    rnd.shuffle(items)
    out: dict[str, Any] = {}
    for key, value in items:
        if key in _MAPS:
            members = list(value.items())
            if key == "$defs":
                rnd.shuffle(members)
            out[key] = {name: reorder(sub, rnd) for name, sub in members}
        elif key in _ONE:
            out[key] = reorder(value, rnd)
        elif key in _LISTS:
            out[key] = [reorder(sub, rnd) for sub in value]
        else:
            out[key] = value
    return out


def _source(schema: Any) -> str:
    try:
        return render_module(schema, [("root", "root", "")], source_file="schema")
    except StrategyError as error:
        return f"refused: {error}"


@settings(max_examples=budget(120))
@given(schema=schemas(), rnd=st.randoms(use_true_random=False))
@example(schema=WHERE_BY_ORDER, rnd=random.Random(1))
@example(schema=ROOT_WHERE_BY_ORDER, rnd=random.Random(2))
@example(schema=COST_BY_ORDER, rnd=random.Random(1))
def test_source_depends_on_the_schema_not_on_key_order(schema: Any, rnd: random.Random) -> None:
    first = _source(schema)
    assert _source(schema) == first, "two compilations of one schema differ"
    shuffled = reorder(schema, rnd)
    assert shuffled == schema  # same meaning: dict equality ignores order
    assert _source(shuffled) == first, f"keyword order changed the strategies module:\n{shuffled}"
    validators = compile_validator(schema, formats="assert").source
    assert compile_validator(schema, formats="assert").source == validators
    assert compile_validator(shuffled, formats="assert").source == validators, "keyword order changed the validators"
