"""OpenAPI -> IR: credentials, operations, parameters, bodies and responses of one API.

Input: the resolved document and a ``SchemaTyper``. Output: ``Credential`` and ``Operation`` nodes,
and the list of schemas the validators module compiles. Vendor rules are read from the
``x-specloom-*`` keys the linter has already checked, and kept as data.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from specloom_runtime.wire.media import is_binary
from specloom_runtime.wire.styles import DEFAULT_STYLE, STYLES, default_explode

from specloom.diagnostics import join_pointer, show
from specloom.ir.bodies import BodyReader, media_choice, properties
from specloom.ir.decode_plan import DecodePlanner
from specloom.ir.ignored import ignored_parameters, slot
from specloom.ir.kinds import json_kinds
from specloom.ir.kit import RawOperation, attach_kit
from specloom.ir.nodes import (
    Body,
    Credential,
    Json,
    Operation,
    Pagination,
    Parameter,
    Response,
    ResponseForm,
    ServerVariable,
    TypeRef,
    ValidatorEntry,
    prose,
)
from specloom.ir.samples import is_json_media
from specloom.ir.schema import SchemaTyper, union
from specloom.names import CONSTRUCTOR_KEYWORDS, Scope, pascal_case, snake_case
from specloom.resolve import follow
from specloom.rules import deref, fixed_value, own_server
from specloom.walk import iter_operations

IDEMPOTENT = {"get", "head", "put", "delete", "options", "trace"}


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
            description=prose(scheme.get("description")),
            algorithm=str(signature["algorithm"]) if signature else "",
            encoding=str(signature["encoding"]) if signature else "",
        ))
    return tuple(result)


def server_variables(data: Any, taken: frozenset[str]) -> tuple[ServerVariable, ...]:
    """One client keyword per variable of the first server that its URL uses (lint warns about
    the others), named after the variable; ``taken`` are the credentials' keywords."""
    servers = data.get("servers") or [{}]
    server = servers[0] if isinstance(servers[0], dict) else {}
    url = str(server.get("url", ""))
    scope = Scope(reserved=CONSTRUCTOR_KEYWORDS | taken)
    result = []
    for name, variable in sorted((server.get("variables") or {}).items()):
        if "{" + name + "}" not in url or not isinstance(variable, dict):
            continue
        enum = tuple(str(v) for v in variable.get("enum") or [])
        result.append(ServerVariable(
            name=name, py_name=scope.allocate(name),
            default=str(variable.get("default", "")) if enum else "", enum=enum,
            description=prose(variable.get("description")),
        ))
    return tuple(result)


class OperationBuilder(BodyReader):
    """Builds every operation; collects validator entries as it meets schemas."""

    def __init__(self, data: Any, typer: SchemaTyper, *, lenient: bool = False) -> None:
        self.data = data
        self.lenient = lenient
        self.total = 0  # operations in the document; ``build`` keeps those it can give a method
        self.decode = DecodePlanner(data)
        self.typer = typer
        self.validators: list[ValidatorEntry] = []
        self.validator_names = Scope()
        self._ignored: set[tuple[str, str]] = set()  # parameters left out: warned of once a document

    def _validator(self, key: str, pointer: str) -> str:
        self.validators.append(ValidatorEntry(key, self.validator_names.allocate(key), pointer))
        return key

    def build(self, kit: bool = True) -> tuple[Operation, ...]:
        """Every operation that can be built; ``kit``: with the testing kit's facts attached
        (without, for a compiler that reads only the schemas and names: no sample is checked)."""
        for name in sorted((self.data.get("components") or {}).get("schemas") or {}):
            self._validator(name, join_pointer("/components/schemas", name))
        methods = Scope(reserved=frozenset({"close", "aclose", "from_env"}))
        raw = list(iter_operations(self.data))
        self.total = len(raw)
        kept: list[tuple[RawOperation, Operation]] = []
        for entry in raw:
            made = self._operation_or_degrade(entry, methods)
            if made is not None:
                kept.append((entry, made))
        if not kit:
            return tuple(o for _, o in kept)
        return attach_kit(self.data, [r for r, _ in kept], [o for _, o in kept], self.typer.models)  # the testing kit's facts

    def _operation_or_degrade(self, entry: RawOperation, methods: Scope) -> Operation | None:
        """One operation; under ``lenient``, an operation the IR cannot build (an error, or a
        construct it does not understand) is left out with located warnings instead of stopping
        the document: no client method, and its validators are not compiled."""
        path, method, pointer, op, item = entry
        reporter = self.typer.reporter
        mark, validators = len(reporter.diagnostics), len(self.validators)
        try:
            made: Operation | None = self._operation(path, method, pointer, op, item, methods)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            if not self.lenient:
                raise
            reporter.error(pointer, f"cannot be built ({type(exc).__name__}: {show(exc)})")
            made = None
        new = reporter.diagnostics[mark:]
        if not self.lenient or not any(d.severity == "error" for d in new):
            return made
        op_id = str(op.get("operationId") or f"{method} {path}")
        del reporter.diagnostics[mark:], self.validators[validators:]
        for d in new:
            lost = f" (operation {op_id!r} has no client method)" if d.severity == "error" else ""
            reporter.diagnostics.append(dataclasses.replace(d, severity="warning", message=d.message + lost))
        return None

    def _operation(self, path: str, method: str, pointer: str, op: dict[str, Any], item: dict[str, Any], methods: Scope) -> Operation:
        op_id = str(op.get("operationId") or f"{method}_{path}")
        hint = pascal_case(op_id)
        body = self._body(op, pointer, op_id, hint)
        params = self._parameters(op, item, pointer, hint, op_id, body)
        responses = tuple(self._response(op_id, status, resp, join_pointer(pointer, "responses", status), hint) for status, resp in sorted((op.get("responses") or {}).items()))
        result = next((r.type for r in responses if r.status.startswith("2") and r.type is not None), None)
        if result is not None and _untyped(result):
            self.typer.reporter.warning(join_pointer(pointer, "responses"), f"the success answer of {op_id!r} has no typed schema (any JSON): its client method returns plain JSON; declare its type to get a named one")
        pagination = op.get("x-specloom-pagination")
        security = op.get("security", self.data.get("security")) or []
        single = bool(op.get("x-specloom-single-item"))
        if single and result is not None and result.kind == "list" and result.item is not None:
            result = result.item
        return Operation(
            operation_id=op_id, py_name=methods.allocate(op_id), method=method.upper(), path=path,
            summary=prose(op.get("summary")), description=prose(op.get("description")),
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
            response_format=self._response_format(op, item, body),
            server=own_server(op, item)[0],
        )

    def _response_format(self, op: dict[str, Any], item: dict[str, Any], body: Body | None) -> Json | None:
        """``x-specloom-response-format`` as the runtime reads answers by it (see ``Operation``)."""
        fmt = op.get("x-specloom-response-format")
        if not isinstance(fmt, dict):
            return None
        out = {key: fmt[key] for key in ("param", "values", "jsonpParam") if key in fmt}
        schema: Any = None
        if body is not None and body.form:
            schema = properties(self.data, body.schema_pointer).get(str(fmt.get("param")), (None, ""))[0]
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = deref(self.data, raw)
            if param.get("name") == fmt.get("param") and param.get("in") == "query":
                schema = deref(self.data, param.get("schema"))
        values = fmt.get("values") or {}
        if isinstance(schema, dict) and isinstance(values, dict) and schema.get("default") in values:
            out["default"] = values[schema["default"]]
        return Json.of(out)

    def _parameters(self, op: dict[str, Any], item: dict[str, Any], pointer: str, hint: str, op_id: str, body: Body | None) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, plist in ((join_pointer(pointer[: pointer.rfind("/")]), item.get("parameters")), (pointer, op.get("parameters"))):
            for i, raw in enumerate(plist or []):
                param, where = follow(self.data, raw, join_pointer(base, "parameters", i))
                if isinstance(param, dict) and "name" in param and "in" in param:
                    merged[(param["name"], param["in"])] = (param, where)
        for (wire, place), reason in ignored_parameters(self.data, op, list(merged)).items():
            where = merged.pop((wire, place))[1]
            said = slot(place, wire)
            if said not in self._ignored:  # Spree declares its key header on each operation
                self._ignored.add(said)
                self.typer.reporter.warning(where, f"{reason} (here and wherever else it is declared)")
        options = self._form_options(op, pointer, body, {name for name, _ in merged})
        scope = Scope(reserved=frozenset({"body", "timeout", "headers", "self"}))
        names = scope.allocate_all([*(name for (name, _) in merged), *options])
        result = []
        location: Any
        for (name, location), (param, where) in sorted(merged.items(), key=lambda kv: (kv[0][1] != "path", kv[0][0])):
            content = param.get("content") or {}
            media = media_choice(content)
            entry, entry_ptr = follow(self.data, content[media], join_pointer(where, "content", media)) if media else ({}, "")
            schema = entry.get("schema") if media else param.get("schema", {})
            schema_ptr = join_pointer(entry_ptr, "schema") if media else join_pointer(where, "schema")
            fixed, const = fixed_value(self.data, schema)
            schema = deref(self.data, schema) if fixed and isinstance(schema, dict) and "$ref" in schema else schema
            is_const = fixed and bool(param.get("required") or location == "path")
            if not is_const and (param.get("required") or location == "path") and (kinds := json_kinds(self.data, schema, schema_ptr)) is not None and kinds <= {"null"}:
                self.typer.reporter.error(schema_ptr, f"required {location} parameter {name!r} can {'only be null' if kinds else 'have no value'}, which is never sent: no call could be made")
            result.append(Parameter(
                wire_name=name, py_name=names[name], location=location,
                type=self.typer.type_of(schema, schema_ptr, hint + pascal_case(name)),
                required=bool(param.get("required")) or location == "path",
                const=Json.of(const) if is_const else None,
                json_encoded=bool(media and is_json_media(media)),
                client_default=Json.of(param["x-specloom-client-default"]) if "x-specloom-client-default" in param else None,
                description=prose(param.get("description")),
                validator_key="" if is_const else self._validator(f"{op_id}.parameter.{location}.{name}", schema_ptr),
                **self._style(param, where, location),
            ))
        for name, (schema, schema_ptr) in options.items():
            result.append(Parameter(
                wire_name=name, py_name=names[name], location="form",
                type=self.typer.type_of(schema, schema_ptr, hint + pascal_case(name)),
                required=False, const=None, json_encoded=False, client_default=None,
                description=prose(schema.get("description")) if isinstance(schema, dict) else "",
                validator_key="",
            ))
        return tuple(result)

    def _form_options(self, op: dict[str, Any], pointer: str, body: Body | None, params: set[str]) -> dict[str, tuple[Any, str]]:
        """Form fields that ``x-specloom-response-format`` exposes as keyword arguments."""
        fmt = op.get("x-specloom-response-format")
        if not isinstance(fmt, dict) or body is None or not body.form:
            return {}
        wanted = [fmt.get("param"), fmt.get("jsonpParam"), *(fmt.get("options") or [])]
        props = properties(self.data, body.schema_pointer)
        return {name: props[name] for name in wanted if isinstance(name, str) and name not in params and name in props}

    def _style(self, node: dict[str, Any], where: str, location: str) -> dict[str, Any]:
        """The ``style`` and ``explode`` a parameter (or a form field's ``encoding``) states, as
        keyword arguments of ``Parameter``; none when it states neither (the runtime's usual
        way: see ``specloom_runtime.wire.styles``)."""
        if "style" not in node and "explode" not in node:
            return {}
        style = node.get("style", DEFAULT_STYLE[location])
        explode = node.get("explode", default_explode(style) if isinstance(style, str) else False)
        if style not in STYLES[location] or not isinstance(explode, bool):
            allowed = ", ".join(sorted(STYLES[location]))
            self.typer.reporter.error(
                join_pointer(where, "style" if style not in STYLES[location] else "explode"),
                f"style {show(style)} with explode {show(explode)} cannot be sent: a {location} value takes one of {allowed}, explode true or false",
            )
            return {}
        return {"style": style, "explode": explode}

    def _response(self, op_id: str, status: str, raw: Any, pointer: str, hint: str) -> Response:
        response, base = follow(self.data, raw, pointer)
        content = {m: follow(self.data, e, join_pointer(base, "content", m)) for m, e in (response.get("content") or {}).items()}
        primary = media_choice(content)
        ordered = [m for m in ([primary] if primary else []) + [m for m in content if m != primary] if "schema" in content[m][0] and not is_binary(m)]
        forms: list[ResponseForm] = []
        keys: dict[str, str] = {}  # canonical schema -> validator key
        success = status.startswith("2")
        for media in ordered:
            schema = content[media][0]["schema"]
            schema_ptr = join_pointer(content[media][1], "schema")
            name = hint + ("Result" if success else "Error" + status)
            type_ = self.typer.named_type(schema, schema_ptr, name) if success else self.typer.type_of(schema, schema_ptr, name)
            identity = Json.of(schema).text
            if identity not in keys:
                suffix = "" if not keys else "." + media
                keys[identity] = self._validator(f"{op_id}.response.{status}{suffix}", schema_ptr)
            plan = self.decode.plan(schema)
            forms.append(ResponseForm(media_type=media, type=type_, validator_key=keys[identity], decode_strings=Json.of(plan) if plan else None))
        # an answer of bytes (a download: octet-stream, images, PDF ...) is its bytes, schema or
        # not; no validator reads bytes
        forms.extend(ResponseForm(media_type=m, type=TypeRef(kind="bytes"), validator_key="", decode_strings=None) for m in content if is_binary(m))
        rules = response.get("x-specloom-error-in-body")
        return Response(
            status=status, description=prose(response.get("description")),
            media_types=tuple(content), type=union([f.type for f in forms]) if forms else None,
            error_in_body=Json.of(rules) if rules else None, forms=tuple(forms),
            item_status=Json.of(response["x-specloom-item-status"]) if "x-specloom-item-status" in response else None,
        )


def _untyped(t: TypeRef) -> bool:
    return t.kind in ("json", "dict") or any(_untyped(m) for m in t.members)


def package_name(stem: str) -> str:
    return snake_case(stem)
