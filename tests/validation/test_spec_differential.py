"""Differential test over every schema of the five specs: generated validators vs ``jsonschema``.

For every key of every ``generated/<api>/validators.py`` ``VALIDATORS`` registry (component
schemas, ``<op>.request``, ``<op>.response.<status>[.<media>]``, ``<op>.parameter.<in>.<name>``)
the schema is found again *in the spec file* (``specs/<api>.yaml`` read with ``specloom.load``,
never through the IR or the generated code) and judged by ``jsonschema.Draft202012Validator``
with format checking (``jsonschema[format-nongpl]`` plus the vendor date formats, registered by
``oracle_differences`` independently of specloom_runtime), ``$ref``s resolved by a ``referencing``
registry holding the raw document. Instances:

(a) random JSON from a recursive Hypothesis strategy biased toward the schema's own vocabulary
    (its property names, enum/const values, format-shaped strings and their near misses, strings
    drawn from its patterns) and toward its shape (objects with its properties, arrays of its
    items), mixed with free JSON at every level;
(b) every single-point mutation of every example in the spec (``example``/``examples`` of
    schemas, media types and parameters): a key dropped, added or misspelt, a value of another
    type, a string replaced by a near miss, a number nudged, an array item dropped or doubled.

``is_valid_*`` must give the oracle's verdict, ``validate_*`` (and ``VALIDATORS[key].validate``)
must raise exactly when it is False. The only disagreements allowed are the documented ones of
``oracle_differences.DIFFERENCES``: the comparison is with the oracle corrected there and only
there, and each entry is demonstrated in ``test_oracle_differences.py``.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from specloom_runtime.wire import ValidationError

from specloom.load import load
from specloom.validation import compile_validator
from tests.validation.oracle_differences import (
    DIFFERENCES,
    VENDOR_FORMATS,
    Oracle,
    observed,
    plain_checker,
)

REPO = Path(__file__).resolve().parent.parent.parent
APIS = ("cartfunnel", "clienttoolbox", "firecart", "salesfire", "shift4shop")
_JSON_MEDIA = ("application/json", "text/json", "application/x-www-form-urlencoded")
_OBSERVED: dict[str, int] = {}  # difference name -> disagreements it explained (reported at the end)
_VERDICTS = {True: 0, False: 0}  # how many valid / invalid instances were judged (reported at the end)


# -- the spec documents, read again from specs/ -------------------------------------------------


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _get(doc: Any, pointer: str) -> Any:
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        doc = doc[int(token)] if isinstance(doc, list) else doc[token]
    return doc


@dataclass(eq=False)
class Spec:
    """One raw spec document, its registry for the oracle, and its generated validators module."""

    api: str
    doc: dict[str, Any]
    module: ModuleType
    uri: str = ""
    registry: Any = None

    def __post_init__(self) -> None:
        self.uri = f"urn:specloom-test:{self.api}"
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(self.uri, resource)

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow an OpenAPI ``$ref`` (parameters, responses, request bodies): (node, its pointer)."""
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            pointer = node["$ref"][1:]
            if pointer in seen:
                break
            seen.add(pointer)
            node = _get(self.doc, pointer)
        return node, pointer

    def canonical(self, pointer: str) -> str:
        """The schema a pointer stands for, once schemas that are only a ``$ref`` are followed."""
        seen = {pointer}
        while True:
            node = _get(self.doc, pointer)
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
                return pointer
            if any(k not in ("$ref", "description", "summary", "title") and not k.startswith("x-") for k in node):
                return pointer
            target = node["$ref"][1:]
            if target in seen:
                return pointer
            seen.add(target)
            pointer = target

    def operation(self, op_id: str) -> tuple[dict[str, Any], dict[str, Any], str]:
        for route, item in self.doc.get("paths", {}).items():
            for method, op in item.items():
                if isinstance(op, dict) and op.get("operationId") == op_id:
                    return op, item, f"/paths/{_esc(route)}/{method}"
        raise KeyError(op_id)

    def schema_pointer(self, key: str) -> str:
        """The raw document's pointer to the schema a ``VALIDATORS`` key names."""
        if "." not in key:
            return f"/components/schemas/{_esc(key)}"
        op_id, rest = key.split(".", 1)
        op, item, where = self.operation(op_id)
        if rest == "request":
            body, ptr = self.deref(op["requestBody"], where + "/requestBody")
            return _media_schema(body["content"], ptr + "/content", None)
        if rest.startswith("response."):
            status, _, media = rest[len("response.") :].partition(".")
            response, ptr = self.deref(op["responses"][status], f"{where}/responses/{_esc(status)}")
            return _media_schema(response["content"], ptr + "/content", media or None)
        if rest.startswith("parameter."):
            location, name = rest[len("parameter.") :].split(".", 1)
            found = None
            for base, params in ((where.rsplit("/", 1)[0], item.get("parameters")), (where, op.get("parameters"))):
                for i, raw in enumerate(params or []):
                    param, ptr = self.deref(raw, f"{base}/parameters/{i}")
                    if param.get("name") == name and param.get("in") == location:
                        found = (param, ptr)  # operation-level parameters override path-level ones
            assert found is not None, key
            param, ptr = found
            return ptr + "/schema" if "schema" in param else _media_schema(param["content"], ptr + "/content", None)
        raise AssertionError(f"unknown kind of validator key {key!r}: teach schema_pointer about it")

    def oracle(self, pointer: str) -> Oracle:
        return Oracle({"$ref": f"{self.uri}#{pointer}"}, self.registry)


def _media_schema(content: dict[str, Any], pointer: str, media: str | None) -> str:
    if media is None:
        media = next((m for m in _JSON_MEDIA if m in content), next(iter(content)))
    return f"{pointer}/{_esc(media)}/schema"


@functools.cache
def spec(api: str) -> Spec:
    return Spec(api, load(REPO / "specs" / f"{api}.yaml").data, importlib.import_module(f"specloom.apis.{api}.validators"))


@dataclass
class Group:
    """The keys whose schemas are the same raw schema, checked together against one oracle."""

    api: str
    pointer: str
    keys: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.api}:{self.pointer}"


def _groups() -> list[Group]:
    groups: dict[tuple[str, str], Group] = {}
    for api in APIS:
        s = spec(api)
        for key in s.module.VALIDATORS:
            pointer = s.canonical(s.schema_pointer(key))
            groups.setdefault((api, pointer), Group(api, pointer)).keys.append(key)
    return list(groups.values())


GROUPS = _groups()


@functools.cache
def _validate_functions(module: ModuleType, key: str) -> list[Callable[[Any], None]]:
    """The module-level ``validate_*`` of ``key`` (it names its key in its error collection)."""
    found = [fn for name, fn in vars(module).items() if name.startswith("validate_") and key in fn.__code__.co_consts]
    assert len(found) == 1, (key, found)
    return [found[0], module.VALIDATORS[key].validate]


def judge(group: Group, oracle: Oracle, instance: Any, how: str) -> None:
    """The generated validators of every key of ``group`` agree with the corrected oracle."""
    s = spec(group.api)
    plain, corrected = oracle.judge(instance)
    explained = observed()
    if plain != corrected:
        assert explained, "the corrected oracle differs without a listed reason"
        for name in explained:
            _OBSERVED[name] = _OBSERVED.get(name, 0) + 1
    _VERDICTS[corrected] += 1
    for key in group.keys:
        got = s.module.VALIDATORS[key].is_valid(instance)
        where = f"{group.api} {key} ({how}) on {instance!r}"
        assert got is corrected, f"{where}: specloom says {got}, jsonschema {plain}" + (
            f" (corrected for {sorted(explained)}: {corrected})" if plain != corrected else ""
        )
        for validate in _validate_functions(s.module, key):
            if corrected:
                validate(instance)
            else:
                with pytest.raises(ValidationError) as info:
                    validate(instance)
                assert info.value.errors, where


# -- vocabulary and strategies --------------------------------------------------------------------


@dataclass
class Vocabulary:
    names: set[str] = field(default_factory=set)
    values: list[Any] = field(default_factory=list)
    formats: set[str] = field(default_factory=set)
    patterns: set[str] = field(default_factory=set)


_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = ("items", "contains", "additionalProperties", "propertyNames", "not", "if", "then", "else",
               "unevaluatedProperties", "unevaluatedItems")  # fmt: skip


def _subschemas(schema: dict[str, Any]) -> Iterator[Any]:
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            yield from schema[key].values()
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            yield from schema[key]
    for key in _SCHEMA_ONE:
        if key in schema:
            yield schema[key]


def vocabulary(s: Spec, pointer: str) -> Vocabulary:
    vocab, seen, todo = Vocabulary(), set(), [_get(s.doc, pointer)]
    while todo:
        schema = todo.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
            todo.append(_get(s.doc, schema["$ref"][1:]))
        vocab.names.update(schema.get("properties", {}))
        vocab.names.update(x for x in schema.get("required", []) if isinstance(x, str))
        for name, needs in (schema.get("dependentRequired") or {}).items():
            vocab.names.update([name, *needs])
        vocab.names.update(schema.get("dependentSchemas", {}))
        vocab.patterns.update(schema.get("patternProperties", {}))
        vocab.values.extend(schema.get("enum", []))
        if "const" in schema:
            vocab.values.append(schema["const"])
        if isinstance(schema.get("format"), str):
            vocab.formats.add(schema["format"])
        if isinstance(schema.get("pattern"), str):
            vocab.patterns.add(schema["pattern"])
        todo.extend(_subschemas(schema))
    return vocab


def near_misses(text: str) -> list[str]:
    """Strings one small step away from ``text``: what a careless caller sends instead."""
    out = ["", text + "\n", " " + text, text + " ", text.upper(), text.lower(), text[:-1], text[1:],
           text + text[-1:], text[1:2] + text[:1] + text[2:], text + "\u00e9",
           "\u00a0" + text, text + "\x1f", text * 40, text.replace("@", ""), text.replace("@", "@@"),
           text.replace(".", ".."), text.replace("-", "/"), text.replace("/", "-"), text + "@", "@" + text,
           text.replace("0", "\u0660"), text.replace(" ", "")]  # fmt: skip
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    for i in digits[:1] + digits[-1:]:
        for d in "039":
            out.append(text[:i] + d + text[i + 1 :])
    return list(dict.fromkeys(x for x in out if x != text))


_EMAILS = ["anna@example.com", "a.b+c@sub.example.co.uk", '"a b"@example.com', "a@[127.0.0.1]", "a@[IPv6:::1]",
           "a@xn--bcher-kva.example", "a@xn--zz.example", "a@ab--cd.example", "a@-x.example", "é@example.com",
           "a@localhost", "x" * 65 + "@example.com"]  # fmt: skip
_DATES = ["2024-02-29", "2023-02-29", "0000-02-29", "0000-01-01", "2024-13-01", "2024-1-01", "2024-01-01\n"]
_DATE_TIMES = ["2016-12-31T23:59:60Z", "2016-12-31T18:59:60-05:00", "2016-12-31T22:59:60Z", "0000-01-01T00:00:00Z",
               "2019-02-04t23:29:37.406z", "2019-02-04T23:29:37", "2019-02-04T24:00:00Z", "2019-02-04T23:29:37Z\n",
               "2019-02-04 23:29:37Z", "2019-02-04T23:29:37.406+24:00"]  # fmt: skip


def format_strings(fmt: str) -> st.SearchStrategy[str]:
    """Strings shaped like ``fmt``, valid ones and near misses (written for this test)."""
    if fmt == "email":
        base = st.from_regex(r"\A[a-z0-9]{1,8}(\.[a-z0-9]{1,4})?@[a-z0-9]{1,8}(-[a-z0-9]{1,3})?(\.[a-z]{2,4}){1,2}\Z")
        return base | st.sampled_from(_EMAILS)
    if fmt == "date":
        return st.dates().map(str) | st.sampled_from(_DATES)
    if fmt == "date-time":
        offsets = st.sampled_from(["Z", "z", "+00:00", "-05:00", "+05:30", "+23:59"])
        stamp = st.tuples(st.datetimes(), st.booleans(), offsets).map(
            lambda t: t[0].strftime("%Y-%m-%dT%H:%M:%S") + (f".{t[0].microsecond:06d}" if t[1] else "") + t[2]
        )
        return stamp | st.sampled_from(_DATE_TIMES)
    if fmt in VENDOR_FORMATS:
        strftime = VENDOR_FORMATS[fmt][1]
        when = st.datetimes(min_value=datetime.datetime(1940, 1, 1), max_value=datetime.datetime(2070, 12, 31))
        return when.map(lambda d: d.strftime(strftime)) | st.sampled_from(["29/02/2023", "31/04/2024", "4/9/94", "12/31/1994"])
    return st.text(max_size=8)


def _with_near_misses(strategy: st.SearchStrategy[str], percent: int = 10) -> st.SearchStrategy[str]:
    """``strategy``, its strings replaced by one of their near misses ``percent`` % of the time."""

    def pick(drawn: tuple[int, str]) -> str:
        n, text = drawn
        misses = near_misses(text)
        return misses[n % len(misses)] if (n * 37 + 11) % 100 < percent and misses else text

    return st.tuples(st.integers(0, 99), strategy).map(pick)


def weighted(*pairs: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """``one_of`` with integer weights. (The drawn number is scrambled: Hypothesis favours the
    ends of a range, which would otherwise favour the first and the last branch.)"""
    branches = [strategy for weight, strategy in pairs for _ in range(weight)]
    if len(branches) == 1:
        return branches[0]
    return st.integers(0, len(branches) - 1).flatmap(lambda n: branches[(n * 7 + 3) % len(branches)])


def string_strategy(vocab: Vocabulary, fmt: str | None = None, pattern: str | None = None,
                    enum: list[Any] | None = None) -> st.SearchStrategy[str]:  # fmt: skip
    """Strings for one schema (shaped by its format, pattern or enum), else for a vocabulary."""
    options: list[st.SearchStrategy[str]] = []
    if fmt is not None:
        options.append(format_strings(fmt))
    if pattern is not None:
        options.append(_from_regex(pattern))
    words = sorted({x for x in enum or () if isinstance(x, str)})
    if words:
        options.append(st.sampled_from(words))
    if not options:  # a string of the vocabulary: anything it knows, and anything at all
        options += [format_strings(f) for f in sorted(vocab.formats)]
        options += [_from_regex(p) for p in sorted(vocab.patterns)]
        known = sorted({x for x in vocab.values if isinstance(x, str)} | vocab.names)
        options += [st.sampled_from(known)] if known else []
        options.append(st.text(max_size=6))
    return _with_near_misses(st.one_of(options))


def _from_regex(pattern: str) -> st.SearchStrategy[str]:
    try:
        return st.from_regex(pattern)
    except Exception:  # noqa: BLE001 - a pattern Hypothesis cannot generate from
        return st.text(max_size=6)


_NUMBERS = [0, 1, -1, 0.0, 1.0, -1.5, 2.5, 100, 1e20, 2**53 + 1, 2**64, 10**20]


def json_strategy(vocab: Vocabulary) -> st.SearchStrategy[Any]:
    """Free JSON, biased toward the vocabulary (names as keys, its values, its strings)."""
    names = sorted(vocab.names)
    values = [v for v in vocab.values if not isinstance(v, (dict, list))]
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(-3, 300), st.sampled_from(_NUMBERS),
        st.floats(allow_nan=False, allow_infinity=False), string_strategy(vocab),
        *([st.sampled_from(values)] if values else []),
    )  # fmt: skip
    keys = _with_near_misses(st.sampled_from(names), 30) | st.text(max_size=4) if names else st.text(max_size=4)
    return st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5), max_leaves=15
    )


def shaped(s: Spec, schema: Any, vocab: Vocabulary, free: st.SearchStrategy[Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances shaped by ``schema`` (its properties, items, types, values), or free JSON."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 8:
        schema, depth = _get(s.doc, schema["$ref"][1:]), depth + 1
    if not isinstance(schema, dict) or depth > 6:
        return free
    options: list[st.SearchStrategy[Any]] = []
    values = list(schema.get("enum", [])) + ([schema["const"]] if "const" in schema else [])
    if values:
        options.append(st.sampled_from(values))
    props: dict[str, Any] = {}
    required: list[str] = []
    members = [schema]
    for member in schema.get("allOf", []):
        while isinstance(member, dict) and isinstance(member.get("$ref"), str):
            member = _get(s.doc, member["$ref"][1:])
        members.append(member)
    for member in members:
        if isinstance(member, dict):
            props.update(member.get("properties", {}))
            required += [r for r in member.get("required", []) if isinstance(r, str)]
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if not kinds:
        kinds = ["object"] if props or required else ["array"] if "items" in schema else []
    kinds += ["string"] if ("format" in schema or "pattern" in schema) and "string" not in kinds else []
    for kind in kinds:
        if kind == "object":
            sub = {n: shaped(s, props.get(n, True), vocab, free, depth + 1) for n in sorted(set(props) | set(required))}
            # the required names of one anyOf/oneOf alternative, so that one of them is met
            alternatives = [[n for n in alt.get("required", []) if n in sub] for key in ("anyOf", "oneOf")
                            for alt in schema.get(key, []) if isinstance(alt, dict)] or [[]]  # fmt: skip
            names = st.sampled_from(sorted(vocab.names | spec_names(s)) or ["x"])
            extra = weighted((6, st.none()), (1, st.tuples(_with_near_misses(names, 30), free)))
            for alt in alternatives:
                need = {n: sub[n] for n in sorted(set(required) | set(alt))}
                obj = st.fixed_dictionaries(need, optional={n: v for n, v in sub.items() if n not in need})
                options.append(st.tuples(obj, extra).map(lambda t: {**t[0], **({t[1][0]: t[1][1]} if t[1] else {})}))
        elif kind == "array":
            options.append(st.lists(shaped(s, schema.get("items", True), vocab, free, depth + 1), max_size=4))
        elif kind == "string":
            options.append(string_strategy(vocab, schema.get("format"), schema.get("pattern"), values or None))
        elif kind == "integer":
            options.append(st.integers(-2, 200) | st.sampled_from([1.0, 2**64, -(2**63)]))
        elif kind == "number":
            options.append(st.integers(-2, 200) | st.floats(allow_nan=False, allow_infinity=False))
        elif kind == "boolean":
            options.append(st.booleans())
        elif kind == "null":
            options.append(st.none())
    for key in ("anyOf", "oneOf"):
        options += [shaped(s, sub, vocab, free, depth + 1) for sub in schema.get(key, [])]
    # mostly the schema's own shape (valid instances and near misses), sometimes anything at all
    return weighted(*((max(1, 16 // len(options)), option) for option in options), (1, free))


@functools.cache
def spec_names(s: Spec) -> frozenset[str]:
    """Every property name of the spec: a sibling schema's field is a likely wrong key."""
    return frozenset(n for _, node in _paths(s.doc) if isinstance(node, dict)
                     for n in (node.get("properties") or {}) if isinstance(n, str))  # fmt: skip


@functools.cache
def instances(group_id: str) -> st.SearchStrategy[Any]:
    group = next(g for g in GROUPS if g.id == group_id)
    s = spec(group.api)
    vocab = vocabulary(s, group.pointer)
    free = json_strategy(vocab)
    return weighted((5, shaped(s, _get(s.doc, group.pointer), vocab, free)), (1, free))


@functools.cache
def oracle_for(group_id: str) -> Oracle:
    group = next(g for g in GROUPS if g.id == group_id)
    return spec(group.api).oracle(group.pointer)


# -- (a) random instances --------------------------------------------------------------------------


@pytest.mark.parametrize("group_id", [g.id for g in GROUPS])
@given(data=st.data())
def test_random_instances_agree_with_jsonschema(group_id: str, data: st.DataObject) -> None:
    group = next(g for g in GROUPS if g.id == group_id)
    instance = data.draw(instances(group_id), label="instance")
    judge(group, oracle_for(group_id), instance, "random")


# -- (b) mutations of the spec's examples ----------------------------------------------------------


@dataclass(frozen=True)
class Example:
    api: str
    where: str  # pointer of the example in the spec
    schema: str  # canonical pointer of the schema it illustrates
    value: Any


def _schema_examples(s: Spec, schema: Any, pointer: str, out: list[Example], seen: set[str]) -> None:
    if not isinstance(schema, dict) or pointer in seen:
        return
    seen.add(pointer)
    target = s.canonical(pointer)
    if isinstance(schema.get("examples"), list):
        out += [Example(s.api, f"{pointer}/examples/{i}", target, v) for i, v in enumerate(schema["examples"])]
    if "example" in schema:
        out.append(Example(s.api, f"{pointer}/example", target, schema["example"]))
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items() if isinstance(schema.get(key), dict) else ():
            _schema_examples(s, sub, f"{pointer}/{key}/{_esc(name)}", out, seen)
    for key in _SCHEMA_LISTS:
        for i, sub in enumerate(schema.get(key) or []) if isinstance(schema.get(key), list) else ():
            _schema_examples(s, sub, f"{pointer}/{key}/{i}", out, seen)
    for key in _SCHEMA_ONE:
        if key in schema:
            _schema_examples(s, schema[key], f"{pointer}/{key}", out, seen)


def _holder_examples(s: Spec, holder: Any, pointer: str, schema_pointer: str, out: list[Example]) -> None:
    """``example``/``examples`` of a media type or parameter object."""
    target = s.canonical(schema_pointer)
    if "example" in holder:
        out.append(Example(s.api, f"{pointer}/example", target, holder["example"]))
    for name, ex in (holder.get("examples") or {}).items():
        ex, ex_ptr = s.deref(ex, f"{pointer}/examples/{_esc(name)}")
        if isinstance(ex, dict) and "value" in ex:
            out.append(Example(s.api, ex_ptr + "/value", target, ex["value"]))


def spec_examples(api: str) -> list[Example]:
    s = spec(api)
    out: list[Example] = []
    seen: set[str] = set()
    for name, schema in (s.doc.get("components", {}).get("schemas") or {}).items():
        _schema_examples(s, schema, f"/components/schemas/{_esc(name)}", out, seen)

    def media(content: dict[str, Any], pointer: str) -> None:
        for m, obj in content.items():
            if isinstance(obj, dict) and "schema" in obj:
                _holder_examples(s, obj, f"{pointer}/{_esc(m)}", f"{pointer}/{_esc(m)}/schema", out)
                _schema_examples(s, obj["schema"], f"{pointer}/{_esc(m)}/schema", out, seen)

    def parameter(param: dict[str, Any], pointer: str) -> None:
        if "schema" in param:
            _holder_examples(s, param, pointer, pointer + "/schema", out)
            _schema_examples(s, param["schema"], pointer + "/schema", out, seen)
        if isinstance(param.get("content"), dict):
            media(param["content"], pointer + "/content")

    components = s.doc.get("components", {})
    for name, param in (components.get("parameters") or {}).items():
        parameter(param, f"/components/parameters/{_esc(name)}")
    for kind in ("responses", "requestBodies"):
        for name, obj in (components.get(kind) or {}).items():
            media(obj.get("content") or {}, f"/components/{kind}/{_esc(name)}/content")
    for route, item in s.doc.get("paths", {}).items():
        base = f"/paths/{_esc(route)}"
        for i, raw in enumerate(item.get("parameters") or []):
            if "$ref" not in raw:
                parameter(raw, f"{base}/parameters/{i}")
        for method, op in item.items():
            if not isinstance(op, dict) or method == "parameters":
                continue
            where = f"{base}/{method}"
            for i, raw in enumerate(op.get("parameters") or []):
                if "$ref" not in raw:
                    parameter(raw, f"{where}/parameters/{i}")
            if isinstance(op.get("requestBody"), dict) and "$ref" not in op["requestBody"]:
                media(op["requestBody"].get("content") or {}, f"{where}/requestBody/content")
            for status, resp in (op.get("responses") or {}).items():
                if isinstance(resp, dict) and "$ref" not in resp:
                    media(resp.get("content") or {}, f"{where}/responses/{_esc(status)}/content")
    return out


_OTHER_TYPES: list[Any] = [None, True, 0, 1.5, "x", [], {}]


def _node_mutations(node: Any) -> list[Any]:
    out = [x for x in _OTHER_TYPES if type(x) is not type(node) or x != node]
    if isinstance(node, str):
        out += near_misses(node)
        if re.fullmatch(r"-?[0-9]+", node):
            out.append(int(node))
    elif isinstance(node, bool):
        out += [not node, int(node), str(node).lower()]
    elif isinstance(node, int):
        out += [node + 1, node - 1, -node, float(node), node + 0.5, 2**63, str(node)]
    elif isinstance(node, float):
        out += [int(node), node + 0.1, -node, str(node)]
    elif node is None:
        out += ["null", ""]
    return out


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


def mutations(value: Any, names: list[str]) -> Iterator[tuple[str, Any]]:
    """Every single-point mutation of ``value`` (the value itself first)."""
    yield "as is", value
    for path, node in _paths(value):
        at = "/" + "/".join(map(str, path))
        for new in _node_mutations(node):
            yield f"{at} = {new!r:.40}", _replace(value, path, new)
        if isinstance(node, dict):
            for k in node:
                yield f"{at}: drop {k!r}", _replace(value, path, {x: y for x, y in node.items() if x != k})
                for other in dict.fromkeys([k.lower(), k.upper(), k + " ", k.replace("_", "")]):
                    if other != k and other not in node:
                        yield f"{at}: rename {k!r}", _replace(value, path, {(other if x == k else x): y for x, y in node.items()})
            for extra in ["zz_unknown", *names]:
                if extra not in node:
                    yield f"{at}: add {extra!r}", _replace(value, path, {**node, extra: "x"})
        if isinstance(node, list):
            for i in range(len(node)):
                yield f"{at}: drop item {i}", _replace(value, path, node[:i] + node[i + 1 :])
            if node:
                yield f"{at}: duplicate item", _replace(value, path, [*node, node[0]])
                yield f"{at}: append other", _replace(value, path, [*node, 7])
            yield f"{at}: empty", _replace(value, path, [])


def _examples_by_group() -> dict[str, list[Example]]:
    by_pointer: dict[tuple[str, str], list[Example]] = {}
    for api in APIS:
        for ex in spec_examples(api):
            by_pointer.setdefault((api, ex.schema), []).append(ex)
    return {f"{api}:{pointer}": exs for (api, pointer), exs in sorted(by_pointer.items())}


EXAMPLES = _examples_by_group()


def test_every_example_belongs_to_a_validator() -> None:
    """Examples of schemas with no VALIDATORS key are still judged (below); keep them few."""
    ids = {g.id for g in GROUPS}
    orphans = sorted(k for k in EXAMPLES if k not in ids)
    assert len(orphans) <= 3, orphans
    assert sum(len(v) for v in EXAMPLES.values()) >= 15


@pytest.mark.parametrize("group_id", sorted(EXAMPLES))
def test_example_mutations_agree_with_jsonschema(group_id: str) -> None:
    api, pointer = group_id.split(":", 1)
    s = spec(api)
    group = next((g for g in GROUPS if g.id == group_id), None)
    if group is None:  # an example of a schema no key names: compile that schema for it
        compiled = compile_validator({"$ref": f"{s.uri}#{pointer}"}, formats="assert", registry=s.registry)
        oracle = s.oracle(pointer)
        for ex in EXAMPLES[group_id]:
            for how, instance in mutations(ex.value, []):
                plain, corrected = oracle.judge(instance)
                assert compiled.is_valid(instance) is corrected, (ex.where, how, instance, plain)
        return
    oracle = oracle_for(group_id)
    names = sorted(vocabulary(s, pointer).names | spec_names(s))
    seen: set[str] = set()
    count = 0
    for ex in EXAMPLES[group_id]:
        for how, instance in mutations(ex.value, names):
            fingerprint = json.dumps(instance, sort_keys=True)
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
            judge(group, oracle, instance, f"example {ex.where}: {how}")
            count += 1
    assert count > 1


# -- coverage of the test itself ---------------------------------------------------------------------


def test_every_key_is_found_in_the_spec_and_covered() -> None:
    for api in APIS:
        s = spec(api)
        for key in s.module.VALIDATORS:
            pointer = s.schema_pointer(key)
            assert isinstance(_get(s.doc, pointer), (dict, bool)), (api, key, pointer)
    assert sum(len(g.keys) for g in GROUPS) == sum(len(spec(a).module.VALIDATORS) for a in APIS)


def test_every_format_in_the_specs_is_known_to_the_oracle() -> None:
    """An unknown format would be ignored by jsonschema and silently not compared."""
    known = plain_checker().checkers
    formats = {(api, fmt) for api in APIS for _, node in _paths(spec(api).doc)
               if isinstance(node, dict) and isinstance(fmt := node.get("format"), str)}  # fmt: skip
    assert len(formats) >= 5
    for api, fmt in sorted(formats):
        assert fmt in known, (api, fmt)


def test_report_differences_met() -> None:
    """Not an assertion on counts: shows which documented differences the run met (``-s``)."""
    names = {d.name for d in DIFFERENCES}
    assert set(_OBSERVED) <= names
    print("\noracle differences met:", dict(sorted(_OBSERVED.items())) or "none")
    print(f"instances judged: {_VERDICTS[True]} valid, {_VERDICTS[False]} invalid")
