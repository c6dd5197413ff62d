"""IR nodes: frozen, slotted dataclasses holding facts about an API, never code.

Input: built by ``specloom.ir.build``. Output: read by the templates, which only print fields.
Types are structured (``TypeRef(kind="list", item=...)``), never strings like ``"list[int]"``;
vendor rules are data (``Json`` holds canonical JSON text of a declared rule, which templates print
as a Python literal through one audited filter).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # annotations only: nodes_kit builds on Json, defined here
    from specloom.ir.nodes_kit import KitBehaviour, KitResource, Sync


def prose(value: Any) -> str:
    """A spec's documentation text as the IR keeps it: without surrounding whitespace, so that a
    blank ``description`` is no description (black strips such whitespace out of docstrings)."""
    return "" if value is None else str(value).strip()


TypeKind = Literal[
    "str", "int", "float", "bool", "none", "json", "date", "datetime",
    "list", "dict", "model", "literal", "union", "bytes",
]


@dataclass(frozen=True, slots=True)
class Json:
    """A JSON value kept as canonical text, so IR nodes stay hashable and immutable."""

    text: str

    @classmethod
    def of(cls, value: Any) -> Json:
        return cls(json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False))

    @property
    def value(self) -> Any:
        return json.loads(self.text)


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A Python type. ``item`` for list/dict values, ``members`` for unions, ``values`` for
    literals, ``model`` the class name for models, ``date_format`` the wire format of dates."""

    kind: TypeKind
    item: TypeRef | None = None
    members: tuple[TypeRef, ...] = ()
    values: tuple[Json, ...] = ()
    model: str = ""
    date_format: str = ""

    @property
    def nullable(self) -> bool:
        return self.kind == "none" or any(m.kind == "none" for m in self.members)

    @property
    def plain(self) -> bool:
        """True when the wire value is already the Python value (no model or date inside)."""
        if self.kind in ("model", "date", "datetime"):
            return False
        return all(t.plain for t in (*self.members, *((self.item,) if self.item else ())))


@dataclass(frozen=True, slots=True)
class Field:
    """One property of a model: wire name, Python name, type and how it travels."""

    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    description: str
    read_only: bool
    decode_strings: Json | None
    const: Json | None = None  # a required field's only value (a scalar): the model's default


@dataclass(frozen=True, slots=True)
class Model:
    """A dataclass: named properties, plus ``extra`` for the keys the properties do not name."""

    name: str
    source_pointer: str
    description: str
    fields: tuple[Field, ...]
    extra_type: TypeRef
    normalize_keys: Json | None
    recursive: bool


@dataclass(frozen=True, slots=True)
class Credential:
    """A client keyword argument that authenticates: where it travels, or what it signs."""

    py_name: str
    scheme: str
    location: Literal["header", "query", "cookie", "form", "signature"]
    wire_name: str
    env_var: str
    description: str
    algorithm: str
    encoding: str


@dataclass(frozen=True, slots=True)
class ServerVariable:
    """A ``{name}`` of the server URL, filled in by the client keyword ``py_name``. ``default`` is
    used when the keyword is not given ("" : required, for a variable without ``enum``, whose
    spec default can only be a placeholder)."""

    name: str
    py_name: str
    default: str
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class Parameter:
    """A keyword argument of an operation: a path, query, header or cookie parameter, or a field
    of a form body the spec exposes as an option (``location="form"``, validated with the body).

    ``validator_key`` names the parameter's compiled validator ("" for form options)."""

    wire_name: str
    py_name: str
    location: Literal["path", "query", "header", "cookie", "form"]
    type: TypeRef
    required: bool
    const: Json | None
    json_encoded: bool
    client_default: Json | None
    description: str
    validator_key: str
    # OpenAPI's style and explode as the spec states them ("" and False when it states neither)
    style: str = ""
    explode: bool = False

    @property
    def argument(self) -> bool:
        """A keyword argument of the method (a ``const`` parameter is sent by the client itself)."""
        return self.const is None

    @property
    def optional(self) -> bool:
        """The argument may be left out (not required, or the client has a default for it)."""
        return not self.required or self.client_default is not None


@dataclass(frozen=True, slots=True)
class Body:
    """An operation's request body: media type, type, and how it is wrapped on the wire.

    ``kind`` is how it is written (``ir.bodies.body_kind``): JSON, a urlencoded form, multipart form
    data (``files``: the fields sent as files; ``part_types``: the media types the spec's
    ``encoding`` states for fields), the caller's bytes as they are, or text. A ``bytes`` body
    has no validator (``validator_key`` empty): a schema describes JSON values, not bytes."""

    media_type: str
    type: TypeRef
    required: bool
    envelope: str
    kind: str
    validator_key: str
    presence_flags: tuple[str, ...]
    client_defaults: Json | None
    schema_pointer: str
    # form fields whose style the spec states (OpenAPI's ``encoding``): (name, style, explode)
    styles: tuple[tuple[str, str, bool], ...] = ()
    files: tuple[str, ...] = ()
    part_types: tuple[tuple[str, str], ...] = ()

    @property
    def form(self) -> bool:
        return self.kind == "form"

    @property
    def sends_null(self) -> bool:
        """A required JSON body whose type admits ``None``: the client sends ``None`` as ``null``
        (an optional body's ``None`` is "no body", as its default says)."""
        return self.required and self.kind == "json" and (self.type.nullable or self.type.kind == "json")



@dataclass(frozen=True, slots=True)
class ResponseForm:
    """One media type of a documented answer: its type, validator and wire-string decoding.

    ``decode_strings`` is a JSON list of ``[path, mapping]``; a path lists property names, with
    ``null`` standing for every item of an array (applied before validation and typing)."""

    media_type: str
    type: TypeRef
    validator_key: str
    decode_strings: Json | None


@dataclass(frozen=True, slots=True)
class Response:
    """One documented answer of an operation; ``type`` is the union of its forms' types."""

    status: str
    description: str
    media_types: tuple[str, ...]
    type: TypeRef | None
    error_in_body: Json | None
    forms: tuple[ResponseForm, ...]
    item_status: Json | None = None  # x-specloom-item-status, as written


@dataclass(frozen=True, slots=True)
class Pagination:
    """How to walk every page of a list operation."""

    style: Literal["page", "offset"]
    page_param: str
    offset_param: str
    limit_param: str
    first: int
    page_size: int

    @property
    def cursor(self) -> str:
        """The parameter the iterator drives (page number or offset)."""
        return self.page_param or self.offset_param


@dataclass(frozen=True, slots=True)
class Operation:
    """One client method."""

    operation_id: str
    py_name: str
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]
    result: TypeRef | None
    pagination: Pagination | None
    empty_result: Json | None
    single_item: bool
    idempotent: bool
    credentials: tuple[str, ...]
    kit: KitBehaviour | None = None
    # x-specloom-response-format for the runtime: param, values, jsonpParam, and "default", the
    # media type the server answers when the param is not sent (from the param's ``default``)
    response_format: Json | None = None
    # its own server (path or operation ``servers``, ``rules.own_server``), "" for the API's
    server: str = ""


@dataclass(frozen=True, slots=True)
class ValidatorEntry:
    """A schema the validators module compiles: registry key, function suffix, JSON pointer."""

    key: str
    py_name: str
    pointer: str


@dataclass(frozen=True, slots=True)
class Api:
    """Everything generated for one spec."""

    package: str
    source_file: str
    source_sha256: str
    title: str
    version: str
    description: str
    server_url: str
    credentials: tuple[Credential, ...]
    models: tuple[Model, ...]
    operations: tuple[Operation, ...]
    validators: tuple[ValidatorEntry, ...]
    server_variables: tuple[ServerVariable, ...] = ()
    sync: Sync | None = None
    spec_path: str = ""  # the spec, relative to the package's folder (POSIX): generated tests read it
    package_prefix: str = "generated"  # import name of the output folder, in examples of the docs
    operation_total: int = 0  # operations in the document, with a client method or not
    # a component bundled from another file: (its pointer here, that file from the spec's folder
    # (POSIX), its pointer there), sorted; the generated suite's oracle reads it where it is
    origins: tuple[tuple[str, str, str], ...] = ()
    lenient: bool = False  # generated with ``--lenient``: the suite's oracle reads the spec as it says

    @property
    def client_type_kinds(self) -> frozenset[str]:
        """Every type kind a client signature mentions, plus ``page``/``body``/``sequence``/
        ``upload``/``params``/``forms`` when some operation paginates, takes a body, takes a list,
        takes bytes, has parameters or documents an answer's media type, ``credentials`` when the
        API has some and ``models`` when a codec names a model class (the client imports only
        what it uses)."""
        kinds: set[str] = set()
        inputs: list[TypeRef] = []
        outputs: list[TypeRef] = []
        coded: list[TypeRef] = []  # every type a codec is printed for
        if self.credentials:
            kinds.add("credentials")
        for op in self.operations:
            inputs.extend(p.type for p in op.parameters if p.const is None)
            coded.extend(p.type for p in op.parameters)
            if op.parameters:
                kinds.add("params")
            if op.body is not None:
                kinds.add("body")
                inputs.append(op.body.type)
                coded.append(op.body.type)
            if op.result is not None:
                outputs.append(op.result)
            if op.pagination is not None:
                kinds.add("page")
            for response in op.responses:
                if response.forms:
                    kinds.add("forms")
                coded.extend(f.type for f in response.forms)
        stack = list(coded)
        while stack:
            t = stack.pop()
            if t.kind == "model":
                kinds.add("models")
            stack.extend(t.members)
            if t.item is not None:
                stack.append(t.item)
        for roots, is_input in ((inputs, True), (outputs, False)):
            stack = list(roots)
            while stack:
                t = stack.pop()
                kinds.add(t.kind)
                if t.kind == "list" and is_input:
                    kinds.add("sequence")
                if t.kind == "bytes" and is_input:  # bytes or a binary file (typing.IO)
                    kinds.add("upload")
                stack.extend(t.members)
                if t.item is not None:
                    stack.append(t.item)
        return frozenset(kinds)

    @property
    def kit_resources(self) -> tuple[KitResource, ...]:
        """The collections the testing kit keeps, one per item model, in operation order."""
        found: dict[str, KitResource] = {}
        for op in self.operations:
            if op.kit is not None and op.kit.resource is not None:
                found.setdefault(op.kit.resource.name, op.kit.resource)
        return tuple(found.values())

    @property
    def model_type_kinds(self) -> frozenset[str]:
        """Every type kind the models mention (the models module imports only what it uses)."""
        kinds: set[str] = set()
        stack = [f.type for m in self.models for f in m.fields] + [m.extra_type for m in self.models]
        while stack:
            t = stack.pop()
            kinds.add(t.kind)
            stack.extend(t.members)
            if t.item is not None:
                stack.append(t.item)
        if any(not f.required for m in self.models for f in m.fields):
            kinds.add("unset")
        return frozenset(kinds)
