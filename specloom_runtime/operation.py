"""What one API call is, as data, and the two pure halves of making it: request and answer.

Input: an ``OperationSpec`` (generated code writes one per operation, as literals printed from the
IR), the caller's arguments, and the client's credentials. Output: ``prepare`` builds the exact
``httpx.Request`` (or raises ``RequestValidationError`` before anything is sent); ``interpret`` turns
the ``httpx.Response`` into the operation's typed result or the right ``ApiError``.

Why data plus one interpreter: every vendor rule (JSON in a query parameter, credentials as form
fields, a signature over the body bytes, errors inside 2xx bodies, 404 meaning "no records",
wire strings standing for booleans) is declared in the spec; generated clients only describe
each operation, and this module applies the rules the same way for every API, sync or async.

Order of work for a request, and why:

1. arguments are turned into wire values (models → dicts, dates → their named format), and form
   options and client defaults merged into the body;
2. every parameter and the body are validated; all problems are raised together, nothing sent;
3. credentials are added only now (form fields after validation: they are not in the schema);
4. the body is serialized once; those exact bytes are signed and sent.

Answers: the media type is read from ``Content-Type`` (never assumed from what was asked); declared
wire strings are decoded; error-in-body rules run; the body is validated (``off``/``warn``/
``raise``); then it is typed by the codecs of the generated models.

Each half is split where a client can keep work for later calls (``plan.OperationPlan``):
``prepare`` = ``collect`` (steps 1-2) + ``place_credentials`` + ``build`` (steps 3-4), and
``interpret`` = status, form and parsing + ``typed_answer``.
"""

from __future__ import annotations

import datetime as _dt
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Generic, Literal, TypeVar
from urllib.parse import quote

import httpx

from specloom_runtime.body_rules import ErrorRules, is_empty_result
from specloom_runtime.errors import (
    RequestValidationError,
    ResponseValidationError,
    UnexpectedResponseError,
)
from specloom_runtime.jsontypes import JsonValue
from specloom_runtime.models import (
    PLAIN,
    Codec,
    DateCodec,
    DecodeStrings,
    DictCodec,
    ListCodec,
    ModelCodec,
    UnionCodec,
    WireFormatError,
    WireModel,
)
from specloom_runtime.parsing import error_from_response, error_in_body, media_type, read_body
from specloom_runtime.redact import Redactor
from specloom_runtime.signing import make_signer
from specloom_runtime.unset import UNSET
from specloom_runtime.validation import CompiledValidator, RecursionLimitError
from specloom_runtime.wire import compact_json, form_encode, json_body, query_string, to_wire_scalar

__all__ = [
    "ResponseMode",
    "ResponseValidationWarning",
    "CredentialSpec",
    "ParamSpec",
    "BodySpec",
    "ResponseForm",
    "ResponseSpec",
    "PageSpec",
    "OperationSpec",
    "Placement",
    "URLS_KEPT",
    "encode_input",
    "prepare",
    "collect",
    "place_credentials",
    "build",
    "interpret",
    "typed_answer",
]

T = TypeVar("T")
ResponseMode = Literal["off", "warn", "raise"]
Location = Literal["path", "query", "header", "cookie", "form", "signature"]
DecodePlan = tuple[tuple[tuple[str | None, ...], Mapping[str, object]], ...]
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
URLS_KEPT = 32  # parsed URLs a plan keeps per operation (see ``build``)


def _decode_plan(raw: JsonValue) -> DecodePlan:
    """Check and freeze a decode plan written as JSON: ``[[path, mapping], ...]``."""
    plan = []
    for entry in raw if isinstance(raw, list) else [raw]:
        if not (isinstance(entry, list) and len(entry) == 2):
            raise ValueError(f"decode plan entries are [path, mapping] pairs: {entry!r}")
        path, mapping = entry[0], entry[1]
        if not isinstance(path, list) or not all(s is None or isinstance(s, str) for s in path):
            raise ValueError(f"decode plan paths are lists of names or null: {path!r}")
        if not isinstance(mapping, dict):
            raise ValueError(f"decode plan mappings are objects: {mapping!r}")
        plan.append((tuple(s for s in path if s is None or isinstance(s, str)), mapping))
    return tuple(plan)


def _rules(raw: JsonValue) -> tuple[Mapping[str, object], ...]:
    if not isinstance(raw, list) or not all(isinstance(rule, dict) for rule in raw):
        raise ValueError(f"error-in-body rules are a list of objects: {raw!r}")
    return tuple(rule for rule in raw if isinstance(rule, dict))


class ResponseValidationWarning(UserWarning):
    """An answer that does not match the spec, under ``validate_responses="warn"`` (redacted)."""


@dataclass(frozen=True, slots=True)
class CredentialSpec:
    """One credential: the client attribute holding it and where it travels (or what it signs)."""

    scheme: str
    attr: str
    location: Location
    wire: str
    env_var: str
    algorithm: str = ""
    encoding: str = ""


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """A keyword argument: wire name, place, codec, and its validator (``None`` for form options,
    which are validated as part of the body)."""

    wire: str
    attr: str
    location: Location
    required: bool
    codec: Codec = PLAIN
    json: bool = False
    const: object = UNSET
    default: object = UNSET
    validator: CompiledValidator | None = None


@dataclass(frozen=True, slots=True)
class BodySpec:
    """The request body: media type, codec, envelope key, form encoding and its rules."""

    media_type: str
    codec: Codec
    required: bool
    validator: CompiledValidator | None
    envelope: str = ""
    form: bool = False
    presence_flags: frozenset[str] = frozenset()
    defaults: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ResponseForm:
    """One media type of a documented answer."""

    media_type: str
    codec: Codec
    validator: CompiledValidator | None
    decode: JsonValue = None
    plan: DecodePlan = field(init=False)
    # the plan when every entry names one member of the top-level object (the usual shape)
    members: tuple[tuple[str, Mapping[str, object]], ...] | None = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # checked once, when the generated module is imported
        plan = _decode_plan(self.decode) if self.decode is not None else ()
        object.__setattr__(self, "plan", plan)
        members = [(path[0], mapping) for path, mapping in plan if len(path) == 1 and path[0]]
        object.__setattr__(self, "members", tuple(members) if len(members) == len(plan) else None)


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """A documented status (``"200"``, ``"2XX"`` or ``"default"``), its forms and body rules."""

    status: str
    forms: tuple[ResponseForm, ...] = ()
    error_rules: JsonValue = None
    rules: tuple[Mapping[str, object], ...] = field(init=False)
    reads_text: bool = field(init=False)  # a rule searches the raw text, not the parsed body
    checker: ErrorRules | None = field(init=False, repr=False, compare=False)  # None: no rules

    def __post_init__(self) -> None:
        # checked and compiled once, when the generated module is imported, not on every answer
        rules = _rules(self.error_rules) if self.error_rules is not None else ()
        checker = ErrorRules(rules)
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "checker", checker if rules else None)
        object.__setattr__(self, "reads_text", checker.reads_text)

    def form_for(self, content_type: str | None) -> ResponseForm | None:
        """The form for an answer's ``Content-Type`` (JSONP reads as the JSON form)."""
        if not self.forms:
            return None
        kind, _ = media_type(content_type)
        for form in self.forms:
            if form.media_type == kind:
                return form
        family = _family(kind)
        return next((f for f in self.forms if _family(f.media_type) == family), None)


@dataclass(frozen=True, slots=True)
class PageSpec:
    """How the iterator walks pages: ``page`` numbers or ``offset``/``limit``."""

    style: Literal["page", "offset"]
    page_attr: str
    limit_attr: str
    first: int
    size: int


@dataclass(frozen=True, slots=True)
class OperationSpec(Generic[T]):
    """Everything the runtime needs to call one operation; ``T`` is its result type."""

    name: str
    method: str
    path: str
    params: tuple[ParamSpec, ...]
    body: BodySpec | None
    responses: tuple[ResponseSpec, ...]
    credentials: tuple[str, ...]
    idempotent: bool
    returns_value: bool = True
    single_item: bool = False
    empty_result: Mapping[str, JsonValue] | None = None
    pagination: PageSpec | None = None
    by_status: Mapping[str, ResponseSpec] = field(init=False, repr=False, compare=False)
    # worked out once from the fields above, so a call does not sort its parameters again
    wire_params: tuple[ParamSpec, ...] = field(init=False, repr=False, compare=False)
    form_options: tuple[ParamSpec, ...] = field(init=False, repr=False, compare=False)
    path_names: tuple[str, ...] = field(init=False, repr=False, compare=False)
    path_template: str = field(init=False, repr=False, compare=False)
    answers: dict[
        tuple[int, str | None], tuple[ResponseSpec | None, ResponseForm | None]
    ] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_status: dict[str, ResponseSpec] = {}
        for response in self.responses:  # the first of equal keys wins, as it always did
            by_status.setdefault(response.status.upper(), response)
        object.__setattr__(self, "by_status", by_status)
        object.__setattr__(
            self, "wire_params", tuple(p for p in self.params if p.location != "form")
        )
        object.__setattr__(
            self, "form_options", tuple(p for p in self.params if p.location == "form")
        )
        # "/a/{id}/b" -> names ("id",) and template "/a/{}/b" for str.format (literal braces
        # doubled), so a call fills the path in one C-level step
        pieces = _PATH_PARAM.split(self.path)
        object.__setattr__(self, "path_names", tuple(pieces[1::2]))
        literals = [p.replace("{", "{{").replace("}", "}}") for p in pieces[::2]]
        object.__setattr__(self, "path_template", "{}".join(literals))
        object.__setattr__(self, "answers", {})

    def answer_for(
        self, status: int, content_type: str | None
    ) -> tuple[ResponseSpec | None, ResponseForm | None]:
        """``response_for(status)`` and its form for ``content_type``, remembered: a client
        meets the same few pairs again and again (a few dozen at most are kept, since the
        Content-Type comes from the server)."""
        key = (status, content_type)
        found = self.answers.get(key)
        if found is None:
            documented = self.response_for(status)
            found = (documented, documented.form_for(content_type) if documented else None)
            if len(self.answers) < 64:
                self.answers[key] = found
        return found

    def response_for(self, status: int) -> ResponseSpec | None:
        """The documented response for ``status``: exact, then ``NXX``, then ``default``."""
        by_status = self.by_status
        return (
            by_status.get(str(status))
            or by_status.get(f"{status // 100}XX")
            or by_status.get("DEFAULT")
        )


def _family(kind: str) -> str:
    if kind in ("application/json", "text/json", "application/javascript", "text/javascript"):
        return "json"
    if kind.endswith("+json"):
        return "json"
    if kind in ("application/xml", "text/xml") or kind.endswith("+xml"):
        return "xml"
    return kind


# -- arguments -> wire values ------------------------------------------------------------------


def encode_input(value: object, codec: Codec) -> object:
    """A caller's argument in wire form: models → dicts, dates → their format; mappings and
    sequences are converted member by member, so plain data and models can be mixed. Anything
    that does not fit is left as is for the validator to report."""
    if type(codec) is Codec:  # PLAIN, by far the commonest: only a model needs converting
        return value.to_dict() if isinstance(value, WireModel) else value
    if isinstance(codec, DecodeStrings):
        return encode_input(value, codec.inner)
    if isinstance(codec, ModelCodec):
        if isinstance(value, WireModel):
            return value.to_dict()
        if type(value) is dict or isinstance(value, Mapping):
            return _encode_mapping(value, codec.model)
        return value
    if isinstance(codec, ListCodec):
        if isinstance(value, (list, tuple)):
            return [encode_input(v, codec.item) for v in value]
        return value
    if isinstance(codec, DictCodec):
        if isinstance(value, Mapping):
            return {k: encode_input(v, codec.item) for k, v in value.items()}
        return value
    if isinstance(codec, DateCodec):
        return codec.encode(value) if isinstance(value, _dt.date) else value
    if isinstance(codec, UnionCodec):
        if isinstance(value, (WireModel, _dt.date)):
            return codec.encode(value)
        return value
    if isinstance(value, WireModel):
        return value.to_dict()
    return value


# per model: wire name -> the field's codec, or None for PLAIN (a value passes unless a model),
# and the fields whose codec is not PLAIN
_CODECS_BY_WIRE: dict[type[WireModel], tuple[dict[str, Codec | None], dict[str, Codec]]] = {}


def _encode_mapping(value: Mapping[object, object], model: type[WireModel]) -> dict[object, object]:
    found = _CODECS_BY_WIRE.get(model)
    if found is None:
        codecs = {f.wire: None if type(f.codec) is Codec else f.codec for f in model._wire_fields}
        coded = {wire: codec for wire, codec in codecs.items() if codec is not None}
        found = _CODECS_BY_WIRE[model] = (codecs, coded)
    codecs, coded = found
    # The usual body: plain data (no models) under known names, recognised by C-level set and
    # map operations, copied at once; only members whose codec can change them are encoded.
    if (
        type(value) is dict
        and value.keys() <= codecs.keys()
        and not any(map(isinstance, value.values(), repeat(WireModel)))
    ):
        copy: dict[object, object] = dict(value)
        for name in coded.keys() & value.keys():
            copy[name] = encode_input(value[name], coded[name])
        return copy
    out: dict[object, object] = {}
    for key, item in value.items():
        if key in codecs:
            codec = codecs[key]
            if codec is None:
                out[key] = item.to_dict() if isinstance(item, WireModel) else item
            else:
                out[key] = encode_input(item, codec)
            continue
        if isinstance(key, str):
            for old, new in model._normalize_keys.items():
                key = key.replace(old, new)
        out[key] = encode_input(item, model._extra_codec)
    return out


def _scalars(value: object) -> list[str]:
    if type(value) is str:
        return [value]
    if isinstance(value, (list, tuple)):
        return [to_wire_scalar(v) for v in value]
    if isinstance(value, Mapping):
        return [compact_json(value)]
    return [to_wire_scalar(value)]


def prepare(
    spec: OperationSpec[T],
    arguments: Mapping[str, object],
    body: object,
    *,
    base_url: str,
    credentials: Mapping[str, CredentialSpec],
    secrets: Mapping[str, str],
    headers: Sequence[tuple[str, str]],
    validate: bool,
) -> httpx.Request:
    """The exact request for ``spec`` called with ``arguments`` and ``body`` (see module docstring).

    Raises ``RequestValidationError`` with every problem before anything is built or sent.
    """
    wire, content = collect(spec, arguments, body, validate)
    placement = place_credentials(spec, credentials, secrets)
    return build(spec, wire, content, placement, base_url, headers)


def collect(
    spec: OperationSpec[T], arguments: Mapping[str, object], body: object, validate: bool
) -> tuple[dict[str, object], object]:
    """Steps 1 and 2: the arguments as wire values (by wire name) and the body (``UNSET`` when
    the operation has none), validated; ``RequestValidationError`` lists every problem."""
    errors: list[tuple[str, str]] = []
    wire: dict[str, object] = {}
    for param in spec.wire_params:
        value = param.const if param.const is not UNSET else arguments.get(param.attr)
        if value is None or value is UNSET:
            value = param.default
            if value is None or value is UNSET:
                if param.required:
                    missing = (f"/{param.location}/{param.wire}", "a required parameter is missing")
                    errors.append(missing)
                continue
        if type(param.codec) is not Codec or isinstance(value, WireModel):
            value = encode_input(value, param.codec)
        wire[param.wire] = value
        validator = param.validator
        if validate and validator is not None and not _valid(validator, value):
            errors.extend(_violations(validator, value, f"/{param.location}/{param.wire}"))
    content: object = UNSET
    if spec.body is not None:
        content = _body_value(spec, arguments, body, errors, validate)
    if errors:
        raise RequestValidationError(spec.name, errors)
    return wire, content


def _body_value(
    spec: OperationSpec[T],
    arguments: Mapping[str, object],
    body: object,
    errors: list[tuple[str, str]],
    validate: bool,
) -> object:
    assert spec.body is not None
    shape = spec.body
    if body is None:
        if shape.required:
            errors.append(("/body", "a request body is required"))
            return UNSET
        body = {} if shape.form or shape.defaults else None
    value = encode_input(body, shape.codec)
    options = spec.form_options
    if (options or shape.defaults) and isinstance(value, Mapping):
        merged = dict(value)
        for option in options:
            given = arguments.get(option.attr)
            if given is not None:
                merged[option.wire] = encode_input(given, option.codec)
        for key, default in shape.defaults.items():
            merged.setdefault(key, default)
        value = merged
    if shape.envelope:
        value = {shape.envelope: value}
    validator = shape.validator
    if validate and validator is not None and value is not None and not _valid(validator, value):
        errors.extend(_violations(validator, value, "/body"))
    return value


def _valid(validator: CompiledValidator, value: object) -> bool:
    """The quick verdict: ``is_valid`` stops at the first problem and builds no messages, so a
    valid value (the usual case) costs one pass; ``_violations`` then lists an invalid one's
    problems."""
    try:
        return validator.is_valid(value)
    except RecursionError:
        return False  # too deep for the quick pass: the collector says so as RecursionLimitError


def _violations(validator: CompiledValidator, value: object, prefix: str) -> list[tuple[str, str]]:
    try:
        return [(prefix + v.instance_path, v.message) for v in validator.errors(value)]
    except RecursionLimitError:
        return [(prefix, "nested too deeply to validate")]


@dataclass(frozen=True, slots=True, repr=False)
class Placement:
    """Where one client's credentials travel in one operation's requests, in the order the
    operation lists them: query pairs, header pairs, cookies, form fields, and the signature
    headers (name and the function that signs the body bytes). It holds the secrets: its
    ``repr`` names the places only."""

    query: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    cookies: tuple[str, ...] = ()
    form: tuple[tuple[str, str], ...] = ()
    signers: tuple[tuple[str, Callable[[bytes], str]], ...] = ()

    def __repr__(self) -> str:
        cookies = [cookie.partition("=")[0] for cookie in self.cookies]
        places = {"query": self.query, "headers": self.headers, "form": self.form}
        named = ", ".join(f"{k}={[name for name, _ in v]}" for k, v in places.items())
        named += f", signers={[name for name, _ in self.signers]}"
        return f"Placement({named}, cookies={cookies}: values hidden)"


def place_credentials(
    spec: OperationSpec[T], credentials: Mapping[str, CredentialSpec], secrets: Mapping[str, str]
) -> Placement:
    """Step 3's plan: ``spec``'s credentials (those the client has) sorted by where they go.

    It depends on the operation and the client only, so a client works it out once per
    operation (``plan.OperationPlan``); ``KeyError`` when a credential's value is missing.
    """
    query: list[tuple[str, str]] = []
    headers: list[tuple[str, str]] = []
    cookies: list[str] = []
    form: list[tuple[str, str]] = []
    signers: list[tuple[str, Callable[[bytes], str]]] = []
    for name in spec.credentials:
        c = credentials.get(name)
        if c is None:
            continue
        if c.location == "query":
            query.append((c.wire, secrets[c.attr]))
        elif c.location == "header":
            headers.append((c.wire, secrets[c.attr]))
        elif c.location == "cookie":
            cookies.append(f"{c.wire}={secrets[c.attr]}")
        elif c.location == "form":
            form.append((c.wire, secrets[c.attr]))
        elif c.location == "signature":
            signer = make_signer(secrets[c.attr], algorithm=c.algorithm, encoding=c.encoding)  # type: ignore[arg-type]
            signers.append((c.wire, signer))
    return Placement(tuple(query), tuple(headers), tuple(cookies), tuple(form), tuple(signers))


def build(
    spec: OperationSpec[T],
    wire: Mapping[str, object],
    content: object,
    placement: Placement,
    base_url: str,
    extra_headers: Sequence[tuple[str, str]],
    urls: dict[str, httpx.URL] | None = None,
) -> httpx.Request:
    """Steps 3 and 4: the request from ``collect``'s wire values and body, the credentials
    placed, the body serialized once and those bytes signed.

    ``urls``, when given, keeps URLs parsed by httpx (``httpx.URL`` is immutable), by their
    text, so an operation called again on the same path does not parse it again (at most
    ``URLS_KEPT``; URLs with a ``?`` of their own are not kept). The query is then added as
    httpx adds ``params=`` to a URL without one: the same text (``wire.query_string``), the
    same ``URL.copy_with``.
    """
    query: list[tuple[str, str]] = [*placement.query]
    header_pairs: list[tuple[str, str]] = [*placement.headers]
    cookies: list[str] = [*placement.cookies]
    path_values: dict[str, str] = {}
    for param in spec.wire_params:
        if param.wire not in wire:
            continue
        value = wire[param.wire]
        texts = [compact_json(value)] if param.json else _scalars(value)
        if param.location == "path":
            path_values[param.wire] = quote(",".join(texts), safe="")
        elif param.location == "query":
            query.extend((param.wire, text) for text in texts)
        elif param.location == "header":
            header_pairs.append((param.wire, ",".join(texts)))
        else:
            cookies.append(f"{param.wire}={','.join(texts)}")
    if cookies:
        header_pairs.append(("Cookie", "; ".join(cookies)))
    data: bytes | None = None
    if content is not UNSET and content is not None and spec.body is not None:
        if spec.body.form:
            data = form_encode([*placement.form, *_form_fields(content, spec.body.presence_flags)])
        else:
            data = json_body(content)
        header_pairs.append(("Content-Type", spec.body.media_type))
    for name, signer in placement.signers:
        header_pairs.append((name, signer(data or b"")))
    if spec.path_names:  # an unknown name stays as written, braces and all
        path = spec.path_template.format(
            *[path_values.get(name, f"{{{name}}}") for name in spec.path_names]
        )
    else:
        path = spec.path
    text = base_url.rstrip("/") + path
    url = None if urls is None else urls.get(text)
    if url is None and urls is not None and "?" not in text:
        try:
            url = httpx.URL(text)
        except Exception:  # httpx.Request below raises it again, as it always did
            pass
        else:
            if len(urls) < URLS_KEPT:
                urls[text] = url
    if url is not None:
        if query:  # what params= does to a URL without a query, in one step
            url = httpx.URL(url, query=query_string(query).encode("ascii"))
        headers = [*header_pairs, *extra_headers]
        return httpx.Request(spec.method, url, headers=headers, content=data)
    # httpx rebuilds the URL when given params, even none; without a query and without a "?" in
    # the URL (which params=[] would drop) there is nothing to rebuild
    params: list[tuple[str, str | int | float | bool | None]] | None = list(query)
    if not query and "?" not in text:
        params = None
    return httpx.Request(
        spec.method,
        text,
        params=params,
        headers=[*header_pairs, *extra_headers],
        content=data,
    )


_STR_ONLY = frozenset({str})


def _form_fields(content: object, presence_flags: frozenset[str]) -> list[tuple[str, str]]:
    if not isinstance(content, Mapping):
        raise TypeError("a form body must be a mapping of field names to values")
    if _STR_ONLY >= set(map(type, content.values())) and _STR_ONLY >= set(map(type, content)):
        return list(content.items())  # text fields under text names: each sent as it is
    fields: list[tuple[str, str]] = []
    for key, value in content.items():
        if value is None or (value is False and key in presence_flags):
            continue
        if type(value) is str:  # most form fields: one field, no conversion
            fields.append((str(key), value))
        else:
            name = str(key)
            fields.extend((name, text) for text in _scalars(value))
    return fields


# -- answer ---------------------------------------------------------------------------------------


def _decode(value: object, path: tuple[str | None, ...], mapping: Mapping[str, object]) -> object:
    if not path:
        return mapping[value] if isinstance(value, str) and value in mapping else value
    step, rest = path[0], path[1:]
    if step is None:
        if isinstance(value, list):
            return [_decode(item, rest, mapping) for item in value]
        return value
    if isinstance(value, dict) and step in value:
        return {**value, step: _decode(value[step], rest, mapping)}
    return value


def apply_decode_plan(value: object, plan: DecodePlan) -> object:
    """``value`` with every declared wire string replaced (``"false"`` → false) where the plan says."""
    for path, mapping in plan:
        value = _decode(value, path, mapping)
    return value


def _decode_owned(
    value: object, path: tuple[str | None, ...], mapping: Mapping[str, object]
) -> object:
    """``_decode`` for a value nobody else holds (a body just parsed): changed in place, no copies."""
    if len(path) == 1 and path[0] is not None:  # one member of an object, the usual plan entry
        if isinstance(value, dict):
            item = value.get(path[0])
            if isinstance(item, str) and item in mapping:
                value[path[0]] = mapping[item]
        return value
    if not path:
        return mapping[value] if isinstance(value, str) and value in mapping else value
    step, rest = path[0], path[1:]
    if step is None:
        if isinstance(value, list):
            for index, item in enumerate(value):
                value[index] = _decode_owned(item, rest, mapping)
    elif isinstance(value, dict) and step in value:
        value[step] = _decode_owned(value[step], rest, mapping)
    return value


def _text(response: httpx.Response, content_type: str | None) -> str:
    """The answer as text, decoded as ``parse_content`` decodes text bodies (declared charset,
    else UTF-8; undecodable bytes replaced). Cheaper than ``response.text``, whose charset lookup
    goes through ``email.message``."""
    _, charset = media_type(content_type)
    try:
        return response.content.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return response.content.decode("utf-8", errors="replace")


def interpret(
    spec: OperationSpec[T],
    response: httpx.Response,
    *,
    redactor: Redactor,
    mode: ResponseMode,
) -> T:
    """The typed result of ``response``, or the ``ApiError`` subclass that describes it."""
    status = response.status_code
    if not 200 <= status < 300:
        if spec.empty_result is not None and is_empty_result(status, response.text, spec.empty_result):
            return _empty(spec)
        raise error_from_response(response, operation=spec.name, redactor=redactor)
    # looked up once: each httpx header lookup lowercases and scans every header
    content_type = response.headers.get("Content-Type")
    documented, form = spec.answer_for(status, content_type)
    body = (
        read_body(response, operation=spec.name, redactor=redactor, content_type=content_type)
        if response.content
        else None
    )
    return typed_answer(spec, response, documented, form, body, content_type, redactor, mode)


def typed_answer(
    spec: OperationSpec[T],
    response: httpx.Response,
    documented: ResponseSpec | None,
    form: ResponseForm | None,
    body: object,
    content_type: str | None,
    redactor: Redactor,
    mode: ResponseMode,
) -> T:
    """The rest of ``interpret`` for a 2xx answer once its body is parsed (``body``, owned: it is
    decoded in place): wire strings decoded, error-in-body rules, validation, typing."""
    status = response.status_code
    if form is not None and form.plan:  # the body was just parsed: decoded in place
        if form.members is not None and type(body) is dict:
            for key, mapping in form.members:
                item = body.get(key)
                if isinstance(item, str) and item in mapping:
                    body[key] = mapping[item]
        else:
            for path, mapping in form.plan:
                body = _decode_owned(body, path, mapping)
    if documented is not None and documented.checker is not None:
        text = _text(response, content_type) if documented.reads_text else ""
        failure = documented.checker.check(body, text)
        if failure is not None:
            raise error_in_body(response, failure, operation=spec.name, redactor=redactor, body=body)
    if not spec.returns_value:
        return None  # type: ignore[return-value]
    problems: list[tuple[str, str]] = []
    if form is None:
        kind = media_type(content_type)[0] or "no Content-Type"
        problems.append(("", f"the spec documents no {status} answer of type {kind}"))
    elif form.validator is not None and mode != "off" and not _valid(form.validator, body):
        problems.extend(_violations(form.validator, body, ""))
    if problems:
        _complain(response, spec, redactor, mode, problems, body)
    if spec.single_item:
        if not isinstance(body, list) or len(body) != 1:
            count = len(body) if isinstance(body, list) else "no"
            raise UnexpectedResponseError(
                f"{spec.name} ({redactor.request(response.request, spec.name).describe()}) "
                f"expected exactly one item in the answer, got {count} items",
                status=status,
                request=redactor.request(response.request, spec.name),
                body=body,
                raw=response,
            )
    codec = form.codec if form is not None else PLAIN
    try:
        result = codec._decode(body)  # decode(body, "") without the extra call
    except WireFormatError as exc:
        raise ResponseValidationError(
            status=status,
            request=redactor.request(response.request, spec.name),
            errors=[(exc.pointer, redactor.text(str(exc)))],
            body=body,
            raw=response,
        ) from None
    if spec.single_item:
        result = result[0]
    return result  # type: ignore[no-any-return]


def _complain(
    response: httpx.Response,
    spec: OperationSpec[T],
    redactor: Redactor,
    mode: ResponseMode,
    problems: list[tuple[str, str]],
    body: object,
) -> None:
    redacted = [(pointer, redactor.text(message)) for pointer, message in problems]
    error = ResponseValidationError(
        status=response.status_code,
        request=redactor.request(response.request, spec.name),
        errors=redacted,
        body=body,
        raw=response,
    )
    if mode == "raise":
        raise error
    if mode == "warn":
        # shown at the generated method: _complain, typed_answer, OperationPlan.read (or
        # interpret), the client's _call, then that method
        warnings.warn(ResponseValidationWarning(str(error)), stacklevel=5)


def _empty(spec: OperationSpec[T]) -> T:
    """The "no records" result: an empty list (the rule is only declared on list operations)."""
    return [] # type: ignore[return-value]


def _int(value: object, fallback: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else fallback


def pagination_step(
    spec: OperationSpec[T], page: Sequence[object], arguments: dict[str, object]
) -> bool:
    """Advance ``arguments`` to the next page after ``page``; False when there is none.

    There is none after an empty page or a page shorter than the page size (the ``limit`` sent,
    for offset style); an answer the spec calls "no more records" arrives here as an empty page.
    """
    assert spec.pagination is not None
    paging = spec.pagination
    size = paging.size
    if paging.style == "offset":
        size = _int(arguments.get(paging.limit_attr), paging.size) or paging.size
    if not page or len(page) < size:
        return False
    current = _int(arguments.get(paging.page_attr), paging.first)
    arguments[paging.page_attr] = current + (1 if paging.style == "page" else len(page))
    return True


def first_page(spec: OperationSpec[T], arguments: Mapping[str, object]) -> dict[str, object]:
    """The arguments of the first page request (page size filled in for offset style)."""
    assert spec.pagination is not None
    paging = spec.pagination
    out = dict(arguments)
    if out.get(paging.page_attr) is None:
        out[paging.page_attr] = paging.first
    if paging.style == "offset" and out.get(paging.limit_attr) is None:
        out[paging.limit_attr] = paging.size
    return out

