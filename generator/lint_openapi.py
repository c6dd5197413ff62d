"""OpenAPI 3.1 checks beyond the document metaschema: a valid-shaped document -> complaints.

Input: a bundled, normalised document the compiled OpenAPI metaschema accepted (``lint_meta``),
with the schemas' ``default`` values left out (``schema_checks`` checks those, located). Output:
``Complaint``s, in the order ``openapi-spec-validator`` (``validation/keywords.py``) finds them,
worded as it words them: tag names unique; operationIds unique; each path template's parameters
declared (at the path or the operation) and each declared path parameter in the template; no
parameter twice in one list; an ``allOf`` schema's ``required`` names defined somewhere in it;
each schema the library reaches (components, parameters, response media types) valid under the
OpenAPI 3.1 schema dialect with its formats (``regex``, ``uri``, ``uri-reference``) asserted.

Why our own: the library costs ~0.3 s to import a process (it pulls pydantic settings and
``jsonschema``), more than the rest of lint on a small spec. The dialect check is compiled
(``lint_meta.dialect_is_valid``); only a schema it (or Python's ``re``) refuses goes through the
library's own check, imported then, which words the error: it decides, so verdicts cannot drift.
``tests/pipeline/test_lint_openapi.py`` keeps the library as the oracle on every corpus document.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from specloom.diagnostics import join_pointer
from specloom.resolve import follow

OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"


# openapi-spec-validator's words for a ``required`` entry of an ``allOf`` schema that no
# ``properties`` defines (``check`` makes it a warning under --lenient)
UNDEFINED_REQUIRED = "Required list has not defined properties"


@dataclass(frozen=True)
class Complaint:
    """One problem: where (a JSON pointer), the library's words, and the metaschema keyword that
    failed (``""`` for the checks that are not a keyword's)."""

    pointer: str
    message: str
    validator: str = ""


def complaints(data: dict[str, Any]) -> list[Complaint]:
    """Every complaint about ``data``, in the library's order."""
    return list(_Walk(data).root())


class _Walk:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.meta_checked: set[int] = set()
        self.visited: set[int] = set()
        self.operation_ids: list[Any] = []
        dialect = data.get("jsonSchemaDialect", DIALECT)
        self.dialect = dialect if isinstance(dialect, str) else DIALECT

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        return follow(self.data, node, pointer)

    def root(self) -> Iterator[Complaint]:
        data = self.data
        if isinstance(data.get("tags"), list):
            seen: set[Any] = set()
            for i, tag in enumerate(data["tags"]):
                tag, _ = self.follow(tag, join_pointer("/tags", i))
                name = tag.get("name")
                if name in seen:
                    yield Complaint(join_pointer("/tags", i, "name"), f"Duplicate tag name '{name}'")
                seen.add(name)
        for url, item in (data.get("paths") or {}).items():
            yield from self.path(url, *self.follow(item, join_pointer("/paths", url)))
        schemas = (data.get("components") or {}).get("schemas")
        for name, schema in (schemas or {}).items():
            yield from self.schema(schema, join_pointer("/components/schemas", name))

    def path(self, url: str, item: dict[str, Any], pointer: str) -> Iterator[Complaint]:
        shared: list[tuple[Any, str]] | None = None
        if "parameters" in item:
            shared = self.parameter_list(item["parameters"], join_pointer(pointer, "parameters"))
            yield from self.parameters(shared)
        for method, operation in item.items():
            if method in OPERATIONS:
                yield from self.operation(url, method, *self.follow(operation, join_pointer(pointer, method)), shared)

    def parameter_list(self, params: Any, pointer: str) -> list[tuple[Any, str]]:
        return [self.follow(p, join_pointer(pointer, i)) for i, p in enumerate(params)]

    def parameters(self, params: list[tuple[Any, str]]) -> Iterator[Complaint]:
        seen: set[tuple[Any, Any]] = set()
        for param, pointer in params:
            if "schema" in param:
                yield from self.schema(param["schema"], join_pointer(pointer, "schema"))
            key = (param["name"], param["in"])
            if key in seen:
                yield Complaint(pointer, f"Duplicate parameter '{param['name']}'")
            seen.add(key)

    def operation(self, url: str, method: str, op: dict[str, Any], pointer: str, shared: list[tuple[Any, str]] | None) -> Iterator[Complaint]:
        if "operationId" in op:
            value = op["operationId"]
            if value is not None and value in self.operation_ids:
                yield Complaint(pointer, f"Operation ID '{value}' for '{method}' in '{url}' is not unique")
            self.operation_ids.append(value)
        if "responses" in op:
            responses, at = self.follow(op["responses"], join_pointer(pointer, "responses"))
            for code, response in responses.items():
                response, here = self.follow(response, join_pointer(at, code))
                if "content" in response:
                    content, where = self.follow(response["content"], join_pointer(here, "content"))
                    for media_type, media in content.items():
                        media, spot = self.follow(media, join_pointer(where, media_type))
                        if "schema" in media:
                            yield from self.schema(media["schema"], join_pointer(spot, "schema"))
        names: list[str] = []
        if "parameters" in op:
            own = self.parameter_list(op["parameters"], join_pointer(pointer, "parameters"))
            yield from self.parameters(own)
            names += [p["name"] for p, _ in own if p["in"] == "path"]
        if shared is not None:
            names += [p["name"] for p, _ in shared if p["in"] == "path"]
        declared = set(names)
        in_url = {field for _, field, _, _ in string.Formatter().parse(url) if field}
        for name in [*sorted(in_url - declared), *sorted(declared - in_url)]:
            yield Complaint(pointer, f"Path parameter '{name}' for '{method}' operation in '{url}' was not resolved")

    def schema(self, node: Any, pointer: str, *, require_properties: bool = True, meta_checked: bool = False) -> Iterator[Complaint]:
        value, pointer = self.follow(node, pointer)
        if not isinstance(value, (dict, bool)):
            yield Complaint(pointer, f"{value!r} is not of type 'object', 'boolean'")
            return
        if not meta_checked and id(value) not in self.meta_checked:
            self.meta_checked.add(id(value))
            refused = self.meta(value, pointer)
            if refused is not None:
                yield refused
                return
        if id(value) in self.visited or isinstance(value, bool):
            return  # a boolean schema has no keywords: nothing below applies
        self.visited.add(id(value))
        nested: set[str] = set()
        for key in ("allOf", "anyOf", "oneOf"):
            for i, inner in enumerate(value.get(key) or ()):
                yield from self.schema(inner, join_pointer(pointer, key, i), require_properties=False, meta_checked=True)
                if key == "allOf":
                    nested |= self.properties(inner, set())
        for key in ("not", "items"):
            if key in value:
                yield from self.schema(value[key], join_pointer(pointer, key), require_properties=False, meta_checked=True)
        for name, inner in (value.get("properties") or {}).items():
            yield from self.schema(inner, join_pointer(pointer, "properties", name), require_properties=False, meta_checked=True)
        if "allOf" in value and require_properties:
            extra = set(value.get("required") or []) - set(value.get("properties") or {}) - nested
            if extra:
                yield Complaint(pointer, f"{UNDEFINED_REQUIRED}: {sorted(extra)}")

    def properties(self, node: Any, seen: set[int]) -> set[str]:
        """Every property name reachable through allOf/anyOf/oneOf/items/not (as the library collects them)."""
        value, _ = self.follow(node, "")
        if not isinstance(value, dict) or id(value) in seen:
            return set()
        seen.add(id(value))  # the library recurses without a guard; a cycle would not end
        found = set(value.get("properties") or {})
        for key in ("allOf", "anyOf", "oneOf"):
            for inner in value.get(key) or ():
                found |= self.properties(inner, seen)
        for key in ("items", "not"):
            if key in value:
                found |= self.properties(value[key], seen)
        return found

    def meta(self, value: Any, pointer: str) -> Complaint | None:
        """The library's complaint about ``value`` under its dialect, or None; the compiled dialect
        answers first, and only a refusal (or another dialect) asks the library."""
        dialect = value.get("$schema", self.dialect) if isinstance(value, dict) else self.dialect
        if dialect == DIALECT:
            from specloom import lint_meta

            if lint_meta.dialect_is_valid()(value) and _regexes_compile(value):
                return None
        return _library_meta(value, pointer, dialect)


def _regexes_compile(schema: Any) -> bool:
    """Whether every ``pattern`` and ``patternProperties`` key in ``schema`` is a Python regex:
    the library's ``regex`` format is ``re.compile``, ours is "an ECMA-262 pattern we translate"."""
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        patterns = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        if isinstance(node.get("patternProperties"), dict):
            patterns += [k for k in node["patternProperties"] if isinstance(k, str)]
        for text in patterns:
            try:
                re.compile(text)
            except re.error:
                return False
        stack.extend(v for k, v in node.items() if k not in ("enum", "const", "default", "examples", "example"))
    return True


def _library_meta(value: Any, pointer: str, dialect: Any) -> Complaint | None:
    """What ``openapi-spec-validator`` says of one schema under ``dialect`` (imported only here)."""
    from jsonschema.exceptions import SchemaError
    from jsonschema.validators import validator_for
    from openapi_schema_validator import oas31_format_checker

    if not isinstance(dialect, str):
        return Complaint(pointer, f"Unknown JSON Schema dialect: {dialect!r}")
    checker = validator_for({"$schema": dialect}, default=None)
    if checker is None:
        return Complaint(pointer, f"Unknown JSON Schema dialect: {dialect!r}")
    try:
        checker.check_schema(value, format_checker=oas31_format_checker)
    except SchemaError as err:
        path = list(err.absolute_path)
        at = _at(value, path)
        if isinstance(at, dict) and isinstance(err.instance, str) and err.instance in at and at[err.instance] is not err.instance:
            path.append(err.instance)  # a key (a patternProperties regex): located on its own line
        return Complaint(join_pointer(pointer, *path), str(err.message), str(err.validator))
    return None


def _at(node: Any, path: list[Any]) -> Any:
    for token in path:
        try:
            node = node[token]
        except (KeyError, IndexError, TypeError):
            return None
    return node
