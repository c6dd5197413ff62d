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
"""

from __future__ import annotations

import datetime as _dt
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar
from urllib.parse import quote

import httpx

from specloom_runtime.body_rules import check_error_in_body, is_empty_result, validate_error_rules
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
    WireField,
    WireFormatError,
    WireModel,
)
from specloom_runtime.parsing import error_from_response, error_in_body, media_type, read_body
from specloom_runtime.redact import Redactor
from specloom_runtime.signing import sign
from specloom_runtime.unset import UNSET
from specloom_runtime.validation import CompiledValidator, RecursionLimitError
from specloom_runtime.wire import compact_json, form_encode, json_body, to_wire_scalar

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
    "encode_input",
    "prepare",
    "interpret",
]

T = TypeVar("T")
ResponseMode = Literal["off", "warn", "raise"]
Location = Literal["path", "query", "header", "cookie", "form", "signature"]
DecodePlan = tuple[tuple[tuple[str | None, ...], Mapping[str, object]], ...]


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


_TEXT_KEYS = frozenset({"textPattern", "codePattern", "messagePattern"})


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

    def __post_init__(self) -> None:
        # checked once, when the generated module is imported
        object.__setattr__(self, "plan", _decode_plan(self.decode) if self.decode is not None else ())


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """A documented status (``"200"``, ``"2XX"`` or ``"default"``), its forms and body rules."""

    status: str
    forms: tuple[ResponseForm, ...] = ()
    error_rules: JsonValue = None
    rules: tuple[Mapping[str, object], ...] = field(init=False)
    reads_text: bool = field(init=False)  # a rule searches the raw text, not the parsed body

    def __post_init__(self) -> None:
        rules = _rules(self.error_rules) if self.error_rules is not None else ()
        validate_error_rules(rules)
        object.__setattr__(self, "rules", rules)
        reads_text = any(
            _TEXT_KEYS & {*rule, *(rule["when"] if isinstance(rule["when"], Mapping) else ())}
            for rule in rules
        )
        object.__setattr__(self, "reads_text", reads_text)

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

    def __post_init__(self) -> None:
        by_status: dict[str, ResponseSpec] = {}
        for response in self.responses:  # the first of equal keys wins, as it always did
            by_status.setdefault(response.status.upper(), response)
        object.__setattr__(self, "by_status", by_status)

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
    if isinstance(codec, DecodeStrings):
        return encode_input(value, codec.inner)
    if isinstance(codec, ModelCodec):
        if isinstance(value, WireModel):
            return value.to_dict()
        if isinstance(value, Mapping):
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


_FIELDS_BY_WIRE: dict[type[WireModel], dict[str, WireField]] = {}


def _encode_mapping(value: Mapping[object, object], model: type[WireModel]) -> dict[object, object]:
    fields = _FIELDS_BY_WIRE.get(model)
    if fields is None:
        fields = _FIELDS_BY_WIRE[model] = {f.wire: f for f in model._wire_fields}
    out: dict[object, object] = {}
    for key, item in value.items():
        if key in fields:
            out[key] = encode_input(item, fields[key].codec)
            continue
        if isinstance(key, str):
            for old, new in model._normalize_keys.items():
                key = key.replace(old, new)
        out[key] = encode_input(item, model._extra_codec)
    return out


# -- request --------------------------------------------------------------------------------------

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


def _scalars(value: object) -> list[str]:
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
    errors: list[tuple[str, str]] = []
    wire: dict[str, object] = {}
    for param in spec.params:
        if param.location == "form":
            continue
        value = param.const if param.const is not UNSET else arguments.get(param.attr)
        if value is None or value is UNSET:
            value = param.default
        if value is None or value is UNSET:
            if param.required:
                errors.append((f"/{param.location}/{param.wire}", "a required parameter is missing"))
            continue
        wire[param.wire] = value = encode_input(value, param.codec)
        if validate and param.validator is not None:
            errors.extend(_violations(param.validator, value, f"/{param.location}/{param.wire}"))
    content: object = UNSET
    if spec.body is not None:
        content = _body_value(spec, arguments, body, errors, validate)
    if errors:
        raise RequestValidationError(spec.name, errors)
    return _build(spec, wire, content, base_url, credentials, secrets, headers)


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
    options = [p for p in spec.params if p.location == "form"]
    if isinstance(value, Mapping) and (options or shape.defaults):
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
    if validate and shape.validator is not None and value is not None:
        errors.extend(_violations(shape.validator, value, "/body"))
    return value


def _violations(validator: CompiledValidator, value: object, prefix: str) -> list[tuple[str, str]]:
    try:
        return [(prefix + v.instance_path, v.message) for v in validator.errors(value)]
    except RecursionLimitError:
        return [(prefix, "nested too deeply to validate")]


def _build(
    spec: OperationSpec[T],
    wire: Mapping[str, object],
    content: object,
    base_url: str,
    credentials: Mapping[str, CredentialSpec],
    secrets: Mapping[str, str],
    extra_headers: Sequence[tuple[str, str]],
) -> httpx.Request:
    used = [credentials[name] for name in spec.credentials if name in credentials]
    query: list[tuple[str, str]] = [(c.wire, secrets[c.attr]) for c in used if c.location == "query"]
    header_pairs: list[tuple[str, str]] = [
        (c.wire, secrets[c.attr]) for c in used if c.location == "header"
    ]
    cookies: list[str] = [f"{c.wire}={secrets[c.attr]}" for c in used if c.location == "cookie"]
    path_values: dict[str, str] = {}
    for param in spec.params:
        if param.wire not in wire or param.location == "form":
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
            fields = [(c.wire, secrets[c.attr]) for c in used if c.location == "form"]
            fields.extend(_form_fields(content, spec.body.presence_flags))
            data = form_encode(fields)
        else:
            data = json_body(content)
        header_pairs.append(("Content-Type", spec.body.media_type))
    for c in used:
        if c.location == "signature":
            signature = sign(data or b"", secrets[c.attr], algorithm=c.algorithm, encoding=c.encoding)  # type: ignore[arg-type]
            header_pairs.append((c.wire, signature))
    path = _PATH_PARAM.sub(lambda m: path_values.get(m.group(1), m.group(0)), spec.path)
    params: list[tuple[str, str | int | float | bool | None]] = list(query)
    return httpx.Request(
        spec.method,
        base_url.rstrip("/") + path,
        params=params,
        headers=[*header_pairs, *extra_headers],
        content=data,
    )


def _form_fields(content: object, presence_flags: frozenset[str]) -> list[tuple[str, str]]:
    if not isinstance(content, Mapping):
        raise TypeError("a form body must be a mapping of field names to values")
    fields: list[tuple[str, str]] = []
    for key, value in content.items():
        if value is None or (key in presence_flags and value is False):
            continue
        fields.extend((str(key), text) for text in _scalars(value))
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


def _text(response: httpx.Response) -> str:
    """The answer as text, decoded as ``parse_content`` decodes text bodies (declared charset,
    else UTF-8; undecodable bytes replaced). Cheaper than ``response.text``, whose charset lookup
    goes through ``email.message``."""
    _, charset = media_type(response.headers.get("Content-Type"))
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
    documented = spec.response_for(status)
    if not 200 <= status < 300:
        if spec.empty_result is not None and is_empty_result(status, response.text, spec.empty_result):
            return _empty(spec)
        raise error_from_response(response, operation=spec.name, redactor=redactor)
    body = read_body(response, operation=spec.name, redactor=redactor) if response.content else None
    form = documented.form_for(response.headers.get("Content-Type")) if documented else None
    if form is not None and form.plan:
        for path, mapping in form.plan:  # the body was just parsed: decoded in place
            body = _decode_owned(body, path, mapping)
    if documented is not None and documented.rules:
        text = _text(response) if documented.reads_text else ""
        failure = check_error_in_body(body, text, documented.rules)
        if failure is not None:
            raise error_in_body(response, failure, operation=spec.name, redactor=redactor, body=body)
    if not spec.returns_value:
        return None  # type: ignore[return-value]
    problems: list[tuple[str, str]] = []
    if form is None:
        kind = media_type(response.headers.get("Content-Type"))[0] or "no Content-Type"
        problems.append(("", f"the spec documents no {status} answer of type {kind}"))
    elif form.validator is not None and mode != "off":
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
        result = codec.decode(body, "")
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
        warnings.warn(ResponseValidationWarning(str(error)), stacklevel=4)


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

