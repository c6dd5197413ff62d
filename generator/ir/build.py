"""Build stage: a resolved document -> the ``Api`` IR node (frozen; nothing mutates it later)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import PurePath

from specloom.diagnostics import Reporter
from specloom.ir.nodes import Api, prose
from specloom.ir.operations import OperationBuilder, credentials, package_name, server_variables
from specloom.ir.schema import SchemaTyper
from specloom.ir.sync import build_sync
from specloom.names import Scope
from specloom.resolve import Resolved

# Names a generated models module imports or defines itself; no model class may take them.
MODULE_RESERVED = frozenset({
    "annotations", "dataclass", "field", "datetime", "Literal", "ClassVar", "JsonValue", "UNSET",
    "Unset", "WireModel", "WireField", "PLAIN", "DateCodec", "ListCodec", "DictCodec", "ModelCodec",
    "UnionCodec", "DecodeStrings", "Any", "__all__", "_wire",
    # the runtime's public names, which every generated package re-exports
    "ApiError", "AuthenticationError", "NotFoundError", "RateLimitError", "ServerError",
    "ErrorInBody", "RequestValidationError", "TransportError", "ValidationError", "Client",
    "AsyncClient", "SOURCE_SPEC", "SOURCE_SPEC_PATH", "SOURCE_SHA256", "VALIDATORS", "ConfigurationError",
    "ResponseValidationError", "ResponseValidationWarning", "SpecloomError",
    "UnexpectedResponseError", "verify_signature", "ResponseTooLargeError",
    "RedirectRefusedError", "PaginationError", "PlainHttpWarning",
})


def build_ir(resolved: Resolved, reporter: Reporter, *, lenient: bool = False, kit: bool = True) -> Api:
    """Turn the resolved spec into facts; errors are raised together through ``reporter``.

    ``lenient``: an operation the IR cannot build is left out with located warnings (see
    ``OperationBuilder``); ``Api.operation_total`` still counts it. ``kit=False``: without the
    testing kit's facts, whose samples are checked by compiled validators (most of a large
    document's IR time); the strategy compiler, which reads only names and schemas, starts from
    such an IR (``render.fork.ahead``)."""
    data = resolved.data
    package = package_name(resolved.source.path.stem)
    typer = SchemaTyper(data, reporter, Scope(reserved=MODULE_RESERVED, style="pascal"))
    typer.component_models()
    operations = OperationBuilder(data, typer, lenient=lenient)
    ops = operations.build(kit=kit)
    reporter.raise_if_errors()
    recursive = typer.recursive_models()
    models = tuple(
        dataclasses.replace(m, recursive=True) if pointer in recursive else m  # built not recursive
        for pointer, m in sorted(typer.models.items(), key=lambda kv: kv[1].name)
    )
    info = data.get("info") or {}
    keys = credentials(data, package)
    servers = data.get("servers") or [{}]
    return Api(
        package=package,
        source_file=resolved.source.name,
        source_sha256=resolved.source.sha256,
        title=prose(info.get("title")) or package,
        version=str(info.get("version", "")),
        description=prose(info.get("description")),
        server_url=str(servers[0].get("url", "")),
        credentials=keys,
        server_variables=server_variables(data, frozenset(c.py_name for c in keys)),
        models=models,
        operations=ops,
        operation_total=operations.total,
        validators=tuple(operations.validators),
        sync=build_sync(data, ops, models),
        origins=_bundled(resolved.origins),
        lenient=lenient,
    )


def _bundled(origins: Mapping[str, tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """Where each component bundled from another file came from (``Api.origins``)."""
    placed = ((where, file, there) for where, (file, there) in origins.items() if where.startswith("/components/") and where.count("/") == 3)
    return tuple(sorted((where, PurePath(file).as_posix(), there) for where, file, there in placed))
