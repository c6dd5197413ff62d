"""Coherence checks: a structurally valid spec -> errors where its rules cannot all hold.

Input: the resolved document. Output: diagnostics on the reporter. These are the checks no schema
can express: operationIds unique and distinct as Python names, credentials and parameters that do
not collide once made identifiers, and vendor rules that fit the operation they sit on (pagination
and "404 means empty" only on list operations, an envelope only around an object, a form-field
credential only where there is a form body). One warning, not an error: a server reached over
plain ``http://`` while operations send credentials (the documented default is kept, but said).
"""

from __future__ import annotations

import sys
from typing import Any
from urllib.parse import urlsplit

from specloom.cycles import in_place_cycles
from specloom.diagnostics import Reporter, join_pointer
from specloom.names import NameError_, Scope, snake_case
from specloom.regex_risk import backtracking_risk
from specloom.resolve import pointer_get, ref_pointer
from specloom.walk import iter_operations, walk

FORM = "application/x-www-form-urlencoded"


def deref(data: Any, node: Any, depth: int = 0) -> Any:
    """Follow ``$ref`` chains (local only; the document is bundled) to the object they name."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 64:
        try:
            node = pointer_get(data, ref_pointer(node["$ref"]))
        except KeyError:
            return {}
        depth += 1
    return node


def fixed_value(data: Any, schema: Any) -> tuple[bool, Any]:
    """``(True, value)`` when ``schema`` allows one value only (``const``, or an ``enum`` of one):
    a required field or parameter so fixed is filled in by the client, never an argument.
    A fixed ``null`` does not count (nothing would be sent)."""
    schema = deref(data, schema)
    if not isinstance(schema, dict):
        return False, None
    if "const" in schema and schema["const"] is not None:
        return True, schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and enum[0] is not None:
        return True, enum[0]
    return False, None


def success_schema(data: Any, op: dict[str, Any]) -> Any:
    """The schema of the first 2xx response's first media type, or None."""
    for status, response in sorted((op.get("responses") or {}).items()):
        if status.startswith("2"):
            content = deref(data, response).get("content") or {}
            for media in content.values():
                return deref(data, media.get("schema"))
    return None


def server_url(server: Any, absent: str = "/") -> str:
    """A Server Object's URL with its variables at their defaults (``absent``: the URL of a
    server without one: OpenAPI's "/", or "" where the caller tells it apart)."""
    first = server if isinstance(server, dict) else {}
    url = str(first.get("url", absent))
    for name, variable in (first.get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


def own_server(op: dict[str, Any], item: dict[str, Any]) -> tuple[str, str]:
    """An operation's own server (its ``servers``, else its path item's: OpenAPI's order), as the
    client sends to it: ``(URL, "")``, absolute, its variables at their defaults; ``("", why)``
    for one the client cannot use (a relative URL, a variable without a default); ``("", "")``
    when it has none. The first server is taken, as for the API's."""
    for node in (op, item):
        servers = node.get("servers")
        if not isinstance(servers, list) or not servers:
            continue
        url = server_url(servers[0], "")
        if "{" in url or "}" in url:
            return "", "a variable of its URL has no default"
        if not url.lower().startswith(("http://", "https://")):
            return "", "its URL is not absolute"
        return url.rstrip("/"), ""
    return "", ""


def _is_array(data: Any, schema: Any) -> bool:
    schema = deref(data, schema)
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _query_params(data: Any, op: dict[str, Any], item: dict[str, Any]) -> set[str]:
    names = set()
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = deref(data, param)
        if param.get("in") == "query":
            names.add(param.get("name"))
    return names


def _names(data: dict[str, Any], reporter: Reporter) -> None:
    seen: dict[str, str] = {}
    methods = Scope()
    for _path, _method, pointer, op, _ in iter_operations(data):
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            reporter.error(pointer, "operation has no operationId: it names the client method")
            continue
        if op_id in seen:
            reporter.error(join_pointer(pointer, "operationId"), f"duplicate operationId {op_id!r} (also at {seen[op_id]})")
        seen[op_id] = pointer
    _collide(reporter, methods, {o: p + "/operationId" for o, p in seen.items()}, "operationIds")
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    _collide(reporter, Scope(), {k: join_pointer("/components/securitySchemes", k) for k in schemes}, "security schemes (client keyword arguments)")
    models = (data.get("components") or {}).get("schemas") or {}
    _collide(reporter, Scope(style="pascal"), {k: join_pointer("/components/schemas", k) for k in models}, "component schemas (model classes)")
    for _, _, pointer, op, item in iter_operations(data):
        params: dict[str, str] = {}
        for where, plist in ((pointer, op.get("parameters")), ("", item.get("parameters"))):
            for i, param in enumerate(plist or []):
                param = deref(data, param)
                if param.get("in") in ("query", "path") and isinstance(param.get("name"), str):
                    params.setdefault(param["name"], join_pointer(where or pointer, "parameters", i))
        _collide(reporter, Scope(), params, "parameters (keyword arguments)")


def _collide(reporter: Reporter, scope: Scope, wires: dict[str, str], what: str) -> None:
    for wire, pointer in wires.items():
        try:
            snake_case(wire)
        except NameError_ as exc:
            reporter.error(pointer, f"cannot name {what[:-1]}: {exc}")
    try:
        groups = scope.collisions(wires)
    except NameError_:
        return
    for ident, names in groups.items():
        reporter.error(wires[names[1]], f"{what} {' and '.join(repr(n) for n in names)} would share the Python name {ident!r}")


def _rules(data: dict[str, Any], reporter: Reporter) -> None:
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    form_schemes = {k for k, s in schemes.items() if isinstance(s, dict) and s.get("x-specloom-in") == "form"}
    for _, _, pointer, op, item in iter_operations(data):
        result = success_schema(data, op)
        pagination = op.get("x-specloom-pagination")
        for key in ("x-specloom-pagination", "x-specloom-empty-result", "x-specloom-single-item"):
            if key in op and not _is_array(data, result):
                reporter.error(join_pointer(pointer, key), f"{key} needs a list operation, but the 2xx response of {op.get('operationId')!r} is not an array")
        if isinstance(pagination, dict):
            query = _query_params(data, op, item)
            for role in ("pageParam", "offsetParam", "limitParam"):
                name = pagination.get(role)
                if name is not None and name not in query:
                    reporter.error(join_pointer(pointer, "x-specloom-pagination", role), f"pagination names query parameter {name!r}, which the operation does not have")
        body = deref(data, op.get("requestBody")) or {}
        content = body.get("content") or {}
        for media_type, media in content.items():
            envelope = media.get("x-specloom-envelope")
            schema = deref(data, media.get("schema"))
            if envelope is not None and envelope not in (schema.get("properties") or {}):
                reporter.error(join_pointer(pointer, "requestBody", "content", media_type, "x-specloom-envelope"), f"envelope {envelope!r} is not a property of the request body schema")
        used = {name for req in (op.get("security", data.get("security")) or []) for name in req}
        if used & form_schemes and FORM not in content:
            reporter.error(join_pointer(pointer, "security"), f"credentials {sorted(used & form_schemes)} travel as form fields, but the operation has no {FORM} request body")
        for status, response in (op.get("responses") or {}).items():
            if "x-specloom-error-in-body" in deref(data, response) and not status.startswith("2"):
                reporter.error(join_pointer(pointer, "responses", status, "x-specloom-error-in-body"), "errors inside the body are declared on 2xx responses only")
        fmt = op.get("x-specloom-response-format")
        if isinstance(fmt, dict):
            known = _query_params(data, op, item) | set((deref(data, (content.get(FORM) or {}).get("schema")) or {}).get("properties") or {})
            for role in ("param", "jsonpParam", "compactParam"):
                if fmt.get(role) is not None and fmt[role] not in known:
                    reporter.error(join_pointer(pointer, "x-specloom-response-format", role), f"response format names parameter {fmt[role]!r}, which the operation does not have")
            for i, name in enumerate(fmt.get("options") or []):
                if name not in known:
                    reporter.error(join_pointer(pointer, "x-specloom-response-format", "options", i), f"response format option {name!r} is not a parameter or form field of the operation")


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _plain_http(data: dict[str, Any], reporter: Reporter) -> None:
    """A warning at each ``http://`` server (not loopback) of a spec whose operations send
    credentials: they cross the network readable by anyone on the path."""
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    # a signing key (x-specloom-signature) never leaves the client; every other scheme is sent
    sent = {k for k, s in schemes.items() if isinstance(s, dict) and "x-specloom-signature" not in s}
    used = {name for req in (data.get("security") or []) for name in req}
    for _, _, _, op, _ in iter_operations(data):
        used |= {name for req in (op.get("security") or []) for name in req}
    if not used & sent:
        return
    places = [(join_pointer("/servers", index, "url"), server.get("url") if isinstance(server, dict) else None)
              for index, server in enumerate(data.get("servers") or [])]  # fmt: skip
    for _, _, pointer, op, item in iter_operations(data):  # an operation's own server too
        own = own_server(op, item)[0]
        places.append((join_pointer(pointer if op.get("servers") else pointer.rsplit("/", 1)[0], "servers"), own))
    for at, url in dict(places).items():
        if not isinstance(url, str) or not url.lower().startswith("http://"):
            continue
        try:
            host = urlsplit(url).hostname
        except ValueError:  # a malformed URL is not this check's business
            continue
        if host in _LOOPBACK:
            continue
        reporter.warning(at, f"credentials {sorted(used & sent)} are sent over plain HTTP to {url}: anyone on the network path can read them. "
                                                                 "Use the https:// URL if the API has one; the clients warn at run time (callers can pass base_url=)")  # fmt: skip


def check_loops(data: Any, reporter: Reporter) -> None:
    """An error at each schema that applies itself to the same value (see below)."""
    # JSON Schema 2020-12 core ("Guarding Against Infinite Recursion") leaves a schema that
    # applies itself to the same instance undefined; validators would recurse until the stack ends.
    for pointer in sorted(in_place_cycles(data)):
        reporter.error(pointer, "this schema applies itself to the same value (through $ref and allOf/anyOf/oneOf/not/if/then/else/"
                                "dependentSchemas, with no property or item in between): validating it would never end")  # fmt: skip


def check_patterns(data: Any, reporter: Reporter) -> None:
    """A warning at each ``pattern`` / ``patternProperties`` key that may backtrack exponentially."""
    # Generated validators run patterns with Python's backtracking ``re``; a bound such as
    # maxLength helps only where the author set one, so the pattern itself is flagged.
    for role, pointer, schema in walk(data):
        if role != "schema":
            continue
        found = [(join_pointer(pointer, "pattern"), schema["pattern"])] if isinstance(schema.get("pattern"), str) else []
        if isinstance(schema.get("patternProperties"), dict):
            found += [(join_pointer(pointer, "patternProperties", key), key) for key in schema["patternProperties"]]
        for where, pattern in found:
            reason = backtracking_risk(pattern)
            if reason:
                reporter.warning(where, f"pattern {pattern!r} can take exponential time on a value it does not match "
                                        f"(Python's re backtracks): {reason}; make the repetition unambiguous, and "
                                        "bound the value with maxLength (checked before the pattern)")  # fmt: skip


def check(data: dict[str, Any], reporter: Reporter) -> None:
    """Run every coherence check over a resolved document."""
    from specloom import lint_kit, lint_sync, lint_wire  # imported here: they import this module

    _names(data, reporter)
    _rules(data, reporter)
    _plain_http(data, reporter)
    check_loops(data, reporter)
    lint_wire.check(data, reporter)
    lint_kit.check(data, reporter)
    lint_sync.check(data, reporter)
    check_patterns(data, reporter)


def check_package_name(stem: str, reporter: Reporter) -> None:
    """The spec's file name (``stem``) names the generated package: it must make a Python name."""
    from specloom.ir.operations import package_name  # the IR's own rule, so both agree

    try:
        name = package_name(stem)
    except NameError_ as exc:
        reporter.error("", f"the file name cannot name the generated package: {exc}; rename the file")
        return
    if name in sys.stdlib_module_names or name in _IMPORTED:
        reporter.warning("", (
            f"the generated package is named {name!r}, as a module the generated code or Python imports: "
            f"with the output folder itself on sys.path, `import {name}` anywhere finds the package (and "
            f"breaks); imported through its folder (generated.{name}) it is fine. Rename the file (e.g. "
            f"to {name}_api) to be safe"
        ))


# top-level import names the generated packages, their tests and the runtime need (with their own
# dependencies), beside the standard library's (``sys.stdlib_module_names``)
_IMPORTED = frozenset({
    "specloom", "specloom_runtime", "httpx", "httpcore", "h11", "anyio", "sniffio", "certifi", "idna",
    "hypothesis", "attr", "sortedcontainers", "pytest", "_pytest", "pluggy", "iniconfig", "packaging",
    "defusedxml", "yaml", "tests", "conftest",
})
