"""OpenAPI -> IR: credentials, operations, parameters, bodies and responses of one API.

Input: the resolved document and a ``SchemaTyper``. Output: ``Credential`` and ``Operation`` nodes,
and the list of schemas the validators module compiles. Vendor rules are read from the
``x-specloom-*`` keys the linter has already checked, and kept as data.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import join_pointer
from generator.ir.nodes import (
    Body,
    Credential,
    Json,
    Operation,
    Pagination,
    Parameter,
    Response,
    ValidatorEntry,
)
from generator.ir.schema import SchemaTyper
from generator.names import Scope, pascal_case, snake_case
from generator.rules import FORM, deref
from generator.walk import iter_operations

IDEMPOTENT = {"get", "head", "put", "delete", "options", "trace"}
_JSON_TYPES = ("application/json", "text/json")


def credentials(data: Any, package: str) -> tuple[Credential, ...]:
    """One keyword argument per security scheme, named after the scheme's key."""
    result = []
    scope = Scope()
    for key, scheme in sorted(((data.get("components") or {}).get("securitySchemes") or {}).items()):
        py_name = scope.allocate(key)
        signature = scheme.get("x-specloom-signature")
        location: Any = "signature" if signature else scheme.get("x-specloom-in") or scheme.get("in", "header")
        result.append(Credential(
            py_name=py_name, scheme=key, location=location, wire_name=str(scheme.get("name", key)),
            env_var=str(scheme.get("x-specloom-env") or f"{package}_{py_name}".upper()),
            description=str(scheme.get("description", "")),
            signature=Json.of(signature) if signature else None,
        ))
    return tuple(result)


def _media_choice(content: dict[str, Any]) -> str | None:
    for preferred in (*_JSON_TYPES, FORM):
        if preferred in content:
            return preferred
    return next(iter(content), None)


class OperationBuilder:
    """Builds every operation; collects validator entries as it meets schemas."""

    def __init__(self, data: Any, typer: SchemaTyper) -> None:
        self.data = data
        self.typer = typer
        self.validators: list[ValidatorEntry] = []
        self.validator_names = Scope()

    def _validator(self, key: str, pointer: str) -> str:
        self.validators.append(ValidatorEntry(key, self.validator_names.allocate(key), pointer))
        return key

    def build(self) -> tuple[Operation, ...]:
        for name in sorted((self.data.get("components") or {}).get("schemas") or {}):
            self._validator(name, join_pointer("/components/schemas", name))
        methods = Scope(reserved=frozenset({"close", "aclose", "from_env"}))
        ops = [self._operation(path, method, pointer, op, item, methods) for path, method, pointer, op, item in iter_operations(self.data)]
        return tuple(ops)

    def _operation(self, path: str, method: str, pointer: str, op: dict[str, Any], item: dict[str, Any], methods: Scope) -> Operation:
        op_id = str(op.get("operationId") or f"{method}_{path}")
        hint = pascal_case(op_id)
        params = self._parameters(op, item, pointer, hint)
        body = self._body(op, pointer, op_id, hint)
        responses = tuple(self._response(op_id, status, resp, join_pointer(pointer, "responses", status), hint) for status, resp in sorted((op.get("responses") or {}).items()))
        result = next((r.type for r in responses if r.status.startswith("2") and r.type is not None), None)
        pagination = op.get("x-specloom-pagination")
        security = op.get("security", self.data.get("security")) or []
        single = bool(op.get("x-specloom-single-item"))
        if single and result is not None and result.kind == "list" and result.item is not None:
            result = result.item
        return Operation(
            operation_id=op_id, py_name=methods.allocate(op_id), method=method.upper(), path=path,
            summary=str(op.get("summary", "")), description=str(op.get("description", "")),
            parameters=params, body=body, responses=responses, result=result,
            pagination=Pagination(
                style=pagination["style"], page_param=pagination.get("pageParam", ""),
                offset_param=pagination.get("offsetParam", ""), limit_param=pagination.get("limitParam", ""),
                first=int(pagination.get("firstPage", pagination.get("firstOffset")) or 0),
                page_size=int(pagination.get("pageSize", 0)),
            ) if isinstance(pagination, dict) else None,
            empty_result=Json.of(op["x-specloom-empty-result"]) if "x-specloom-empty-result" in op else None,
            single_item=single,
            idempotent=method in IDEMPOTENT or bool(op.get("x-specloom-retry-safe")),
            credentials=tuple(sorted({name for req in security for name in req})),
        )

    def _parameters(self, op: dict[str, Any], item: dict[str, Any], pointer: str, hint: str) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, plist in ((join_pointer(pointer[: pointer.rfind("/")]), item.get("parameters")), (pointer, op.get("parameters"))):
            for i, raw in enumerate(plist or []):
                param = deref(self.data, raw)
                merged[(param["name"], param["in"])] = (param, join_pointer(base, "parameters", i))
        scope = Scope(reserved=frozenset({"body", "timeout", "headers", "self"}))
        names = scope.allocate_all(name for (name, _) in merged)
        result = []
        location: Any
        for (name, location), (param, where) in sorted(merged.items(), key=lambda kv: (kv[0][1] != "path", kv[0][0])):
            content = param.get("content") or {}
            media = _media_choice(content)
            schema = content[media].get("schema") if media else param.get("schema", {})
            schema_ptr = join_pointer(where, "content", media, "schema") if media else join_pointer(where, "schema")
            schema = deref(self.data, schema) if isinstance(schema, dict) and "$ref" in schema and "const" in deref(self.data, schema) else schema
            const = schema.get("const") if isinstance(schema, dict) else None
            result.append(Parameter(
                wire_name=name, py_name=names[name], location=location,
                type=self.typer.type_of(schema, schema_ptr, hint + pascal_case(name)),
                required=bool(param.get("required")) or location == "path",
                const=Json.of(const) if const is not None and param.get("required") else None,
                json_encoded=bool(media and (media in _JSON_TYPES or media.endswith("+json"))),
                client_default=Json.of(param["x-specloom-client-default"]) if "x-specloom-client-default" in param else None,
                description=str(param.get("description", "")),
            ))
        return tuple(result)

    def _body(self, op: dict[str, Any], pointer: str, op_id: str, hint: str) -> Body | None:
        body = deref(self.data, op.get("requestBody"))
        content = (body or {}).get("content") or {}
        media = _media_choice(content)
        if media is None:
            return None
        schema_ptr = join_pointer(pointer, "requestBody", "content", media, "schema")
        envelope = str(content[media].get("x-specloom-envelope", ""))
        schema = content[media].get("schema", {})
        if envelope:
            schema = (deref(self.data, schema).get("properties") or {}).get(envelope, {})
            schema_ptr = join_pointer(schema_ptr, "properties", envelope)
        return Body(
            media_type=media, type=self.typer.type_of(schema, schema_ptr, hint + "Body"),
            required=bool(body.get("required")), envelope=envelope, form=media == FORM,
            validator_key=self._validator(f"{op_id}.request", join_pointer(pointer, "requestBody", "content", media, "schema")),
        )

    def _response(self, op_id: str, status: str, raw: Any, pointer: str, hint: str) -> Response:
        response = deref(self.data, raw)
        content = response.get("content") or {}
        media = _media_choice(content)
        type_ = None
        key = ""
        if media is not None and "schema" in content[media]:
            schema_ptr = join_pointer(pointer, "content", media, "schema") if "$ref" not in raw else raw["$ref"][1:] + "/content/" + media.replace("/", "~1") + "/schema"
            type_ = self.typer.type_of(content[media]["schema"], schema_ptr, hint + ("Result" if status.startswith("2") else "Error" + status))
            key = self._validator(f"{op_id}.response.{status}", schema_ptr)
        rules = response.get("x-specloom-error-in-body")
        return Response(
            status=status, description=str(response.get("description", "")),
            media_types=tuple(content), type=type_, error_in_body=Json.of(rules) if rules else None,
            validator_key=key,
        )


def package_name(stem: str) -> str:
    return snake_case(stem)
