"""Lint checks for what would only fail later: a resolved spec -> located errors and warnings.

Input: the resolved (bundled) document and the reporter. Output: diagnostics for spec facts that
are well formed yet cannot work as written: a presence flag on a non-boolean; a client default
(error) or an example (warning) that its schema refuses; an error-in-body rule the runtime would
refuse when the generated module is imported (a bad regex); a media range (``text/*``) no answer's
``Content-Type`` ever equals; two templated paths OpenAPI calls identical (``/a/{id}`` and
``/a/{key}``); server variables the generated client cannot use (each is reported, never ignored).
Why here: each of these used to surface as a crash on import, a request refused at run time, or
silently unused data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from typing import Any
from urllib.parse import quote

from specloom.diagnostics import Reporter, join_pointer
from specloom.names import CONSTRUCTOR_KEYWORDS, NameError_, snake_case
from specloom.rules import deref, own_server, server_url
from specloom.walk import iter_operations, walk

_TEMPLATE = re.compile(r"\{[^{}]*\}")
_VARIABLE = re.compile(r"\{([^{}]*)\}")


def check(data: dict[str, Any], reporter: Reporter) -> None:
    """Every check of this module over a resolved document."""
    _presence_flags(data, reporter)
    _values_fit(data, reporter)
    _error_rules(data, reporter)
    _media_ranges(data, reporter)
    _same_paths(data, reporter)
    _servers(data, reporter)


def _presence_flags(data: dict[str, Any], reporter: Reporter) -> None:
    for role, pointer, node in walk(data):
        if role == "schema" and node.get("x-specloom-presence-flag"):
            kind = deref(data, node).get("type")
            if kind != "boolean":
                reporter.error(join_pointer(pointer, "x-specloom-presence-flag"), f"a presence flag works on a type: boolean field only (true sends \"true\", false sends nothing), not on type {kind!r}")


@cache
def _format_checker() -> Any:
    # imported here: jsonschema's format checker and the named date formats are lint-only needs
    from specloom_runtime.proptest import format_checker

    return format_checker()


_URI = "urn:specloom-lint"


def _registry(data: dict[str, Any]) -> Any:
    """The document as the one resource ``$ref``s resolve in (never the network)."""
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource(_URI, DRAFT202012.create_resource(data))


def _problem(registry: Any, pointer: str, value: Any) -> str | None:
    """The first reason the schema at ``pointer`` refuses ``value``, or ``None``."""
    from jsonschema import Draft202012Validator

    target = {"$ref": f"{_URI}#{quote(pointer, safe='/~')}"}
    validator = Draft202012Validator(target, registry=registry, format_checker=_format_checker())
    try:
        error = next(iter(validator.iter_errors(value)), None)
    except Exception as exc:  # a schema the validator cannot apply: the schema checks report it
        return f"cannot be checked ({type(exc).__name__})"
    if error is None:
        return None
    where = "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else "the value"
    return f"{where}: {error.message}"


class _Decoding:
    """Whether wire strings are decoded somewhere in a schema (its examples are then wire form).

    A search over the ``$ref`` graph that visits each schema once, and remembers across queries
    the schemas from which no decoding is reachable: a tree walk re-expands shared ``$ref``s and
    is exponential on large documents whose models reference each other."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.clean: dict[int, object] = {}  # id -> schema (kept alive so ids stay unique)

    def __call__(self, schema: Any) -> bool:
        seen: dict[int, object] = {}
        stack = [schema]
        while stack:
            node = deref(self.data, stack.pop())
            if not isinstance(node, dict) or id(node) in seen or id(node) in self.clean:
                continue
            seen[id(node)] = node
            if "x-specloom-decode-strings" in node:
                return True
            subs = [*(node.get("properties") or {}).values(), node.get("items"), node.get("additionalProperties")]
            subs += [*(node.get("allOf") or []), *(node.get("anyOf") or []), *(node.get("oneOf") or [])]
            stack.extend(s for s in subs if isinstance(s, dict))
        self.clean.update(seen)
        return False


def value_schemas(data: dict[str, Any]) -> list[str]:
    """The schemas whose values (client defaults, examples) ``check`` decides with compiled
    validators: ``lint_fork`` has them compiled before lint's child starts, so the child inherits
    them and the testing kit reuses them (each process compiled them before: twice the work)."""
    return [pointer for pointer, _, _ in _asks(data, Reporter(""))]


def _values_fit(data: dict[str, Any], reporter: Reporter) -> None:
    """Client defaults and examples against their schemas: gathered first, decided and worded by
    compiled validators (``lint_values``); ``jsonschema`` only for a schema they left partly
    unchecked (a format or pattern the runtime does not check)."""
    from specloom.lint_values import compiled_checks, explained, refers

    asks = _asks(data, reporter)
    if not asks:
        return
    fast = compiled_checks(data, [schema_ptr for schema_ptr, _, _ in asks])
    refused = [ask for ask in asks if fast is None or not fast[ask[0]](ask[1])]
    if not refused:
        return
    sure = [] if fast is None else [schema_ptr for schema_ptr, _, _ in refused if not refers(fast[schema_ptr])]
    explain = explained(data, sure) or {}
    registry = None
    for schema_ptr, value, say in refused:
        found = explain[schema_ptr](value) if schema_ptr in explain else None
        if found:
            say(f"{found[0].instance_path or 'the value'}: {found[0].message}")
            continue
        registry = registry or _registry(data)
        said = _problem(registry, schema_ptr, value)
        if said:
            say(said)


def _asks(data: dict[str, Any], reporter: Reporter) -> list[tuple[str, Any, Callable[[str], None]]]:
    """Each value to check: (its schema's pointer, the value, what to say when it does not fit)."""
    has_decoding = _Decoding(data)
    asks: list[tuple[str, Any, Callable[[str], None]]] = []  # (schema pointer, value, what to say)
    for role, pointer, node in walk(data):
        if role == "schema" and "x-specloom-client-default" in node:
            at = join_pointer(pointer, "x-specloom-client-default")
            asks.append((pointer, node["x-specloom-client-default"], partial(_say, reporter.error, at, "the client default does not fit its schema")))
        elif role == "parameter":
            schema_ptr = join_pointer(pointer, "schema")
            if "x-specloom-client-default" in node and "schema" in node:
                at = join_pointer(pointer, "x-specloom-client-default")
                asks.append((schema_ptr, node["x-specloom-client-default"], partial(_say, reporter.error, at, "the client default does not fit the parameter's schema")))
            if "example" in node and "schema" in node:
                at = join_pointer(pointer, "example")
                asks.append((schema_ptr, node["example"], partial(_say, reporter.warning, at, "the example does not fit the parameter's schema")))
        elif role == "mediaType" and "schema" in node and _json_media(pointer) and not has_decoding(node["schema"]):
            named = [("example", node["example"])] if "example" in node else []
            for name, example in (node.get("examples") or {}).items():
                example = deref(data, example)
                if isinstance(example, dict) and "value" in example:
                    named.append((f"examples/{name}/value", example["value"]))
            for where, value in named:
                asks.append((join_pointer(pointer, "schema"), value, partial(_say, reporter.warning, f"{pointer}/{where}", "the example does not fit its schema")))
    return asks


def _say(emit: Callable[[str, str], None], at: str, what: str, said: str) -> None:
    emit(at, f"{what}: {said}")


def _json_media(pointer: str) -> bool:
    media = pointer.rsplit("/", 1)[-1].replace("~1", "/").split(";")[0].strip().lower()
    return media in ("application/json", "text/json") or media.endswith("+json")


def _error_rules(data: dict[str, Any], reporter: Reporter) -> None:
    from specloom_runtime.wire import validate_error_rules

    for role, pointer, node in walk(data):
        rules = node.get("x-specloom-error-in-body") if role == "response" else None
        for index, rule in enumerate(rules if isinstance(rules, list) else []):
            try:
                validate_error_rules([rule])
            except ValueError as exc:
                reporter.error(join_pointer(pointer, "x-specloom-error-in-body", index), f"the client would refuse this rule when its module is imported: {exc}")


def _media_ranges(data: dict[str, Any], reporter: Reporter) -> None:
    for role, pointer, _node in walk(data):
        media = pointer.rsplit("/", 1)[-1].replace("~1", "/")
        if role == "mediaType" and "*" in media and "/responses/" in pointer:
            reporter.warning(pointer, f"the media range {media!r} never equals an answer's Content-Type, so the client never reads an answer by this entry; name the media type (e.g. text/plain)")


def _same_paths(data: dict[str, Any], reporter: Reporter) -> None:
    seen: dict[str, str] = {}
    for path in data.get("paths") or {}:
        shape = _TEMPLATE.sub("{}", path)
        if shape in seen and seen[shape] != path:
            reporter.error(join_pointer("/paths", path), f"{path!r} and {seen[shape]!r} differ only in the names of their path parameters: OpenAPI calls them identical (one path item per hierarchy); merge them")
        seen.setdefault(shape, path)


def _servers(data: dict[str, Any], reporter: Reporter) -> None:
    servers = data.get("servers") or []
    schemes = {snake_case(k) for k in ((data.get("components") or {}).get("securitySchemes") or {}) if _nameable(k)}
    url = server_url(servers[0] if servers else None)
    if not url.lower().startswith(("http://", "https://")) and any(True for _ in iter_operations(data)):
        said = f"the server URL {url!r} is relative" if servers else "no servers: OpenAPI reads that as '/', relative"
        reporter.warning("/servers/0/url" if servers else "", f"{said} to wherever the document is served, so the client has no address of its "
                                                               "own: its callers must pass base_url= (the constructor says so otherwise)")  # fmt: skip
    for index, server in enumerate(servers):
        if not isinstance(server, dict):
            continue
        here = join_pointer("/servers", index)
        url = str(server.get("url", ""))
        variables = server.get("variables") or {}
        if index > 0:
            if variables:
                reporter.warning(join_pointer(here, "variables"), "the generated client uses the first server only; these variables are not used (pass base_url= to reach this server)")
            continue
        for name in _VARIABLE.findall(url):
            if name not in variables:
                reporter.error(join_pointer(here, "url"), f"the URL uses {{{name}}}, which the server's variables do not declare")
        for name, variable in variables.items():
            at = join_pointer(here, "variables", name)
            if "{" + name + "}" not in url:
                reporter.warning(at, f"variable {name!r} does not appear in the URL {url!r}; the client has no keyword for it")
                continue
            if not _nameable(name):
                reporter.error(at, f"variable {name!r} cannot name a client keyword")
            elif snake_case(name) in CONSTRUCTOR_KEYWORDS | schemes:
                reporter.error(at, f"variable {name!r} would take the client keyword {snake_case(name)!r}, which the constructor already has")
            enum = variable.get("enum") if isinstance(variable, dict) else None
            if isinstance(enum, list) and variable.get("default") not in enum:
                reporter.error(join_pointer(at, "default"), f"the default {variable.get('default')!r} is not one of the variable's enum values")
    told: set[str] = set()
    for _path, _method, pointer, op, item in iter_operations(data):
        _, why = own_server(op, item)
        where = pointer if op.get("servers") else pointer.rsplit("/", 1)[0]
        if why and where not in told:
            told.add(where)
            reporter.warning(join_pointer(where, "servers"), f"the client cannot use this server ({why}): it sends the operation to the API's first server (pass base_url= to change it)")


def _nameable(name: str) -> bool:
    try:
        snake_case(name)
    except NameError_:
        return False
    return True
