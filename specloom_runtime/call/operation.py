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

This module holds the data (``OperationSpec`` and its parts, which generated clients print);
the request half is ``specloom_runtime.call.request``, the answer half ``specloom_runtime.call.answer``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from specloom_runtime.wire.body_rules import ErrorRules
from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.media import is_binary, media_type
from specloom_runtime.wire.models import (
    PLAIN,
    Codec,
)
from specloom_runtime.wire.unset import UNSET
from specloom_runtime.wire.validation import CompiledValidator

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
    "DecodePlan",
]

T = TypeVar("T")
ResponseMode = Literal["off", "warn", "raise"]
Location = Literal["path", "query", "header", "cookie", "form", "signature"]
DecodePlan = tuple[tuple[tuple[str | None, ...], Mapping[str, object]], ...]
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


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
    # OpenAPI's style and explode when the spec states them (``wire.styles``); "" when it does
    # not: a list repeats in a query and is comma-joined elsewhere, an object travels as JSON
    style: str = ""
    explode: bool = False


@dataclass(frozen=True, slots=True)
class BodySpec:
    """The request body: media type, codec, envelope key, how it is written and its rules.

    ``kind``: ``"json"``, ``"form"`` (urlencoded), ``"multipart"`` (form data: ``files`` names
    the fields sent as files, ``part_types`` the media types the spec states for fields),
    ``"bytes"`` (the caller's bytes as they are) or ``"text"`` (the caller's ``str``, in the
    charset ``media_type`` states, else UTF-8)."""

    media_type: str
    codec: Codec
    required: bool
    validator: CompiledValidator | None
    envelope: str = ""
    kind: str = "json"
    presence_flags: frozenset[str] = frozenset()
    defaults: Mapping[str, object] = field(default_factory=dict)
    # form fields whose style the spec states (OpenAPI's ``encoding``): name -> (style, explode)
    styles: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    # a required JSON body whose type admits None: None is sent as ``null``, not refused
    sends_null: bool = False
    files: frozenset[str] = frozenset()
    part_types: Mapping[str, str] = field(default_factory=dict)

    @property
    def form(self) -> bool:
        """A urlencoded form (field names to values, as ``multipart`` is too)."""
        return self.kind == "form"

    @property
    def fields(self) -> bool:
        """Field names to values: a urlencoded form or multipart form data."""
        return self.kind in ("form", "multipart")


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
    # x-specloom-item-status: {"status": pointer, "success": regex, "message"?: pointer}
    item_status: JsonValue = None
    rules: tuple[Mapping[str, object], ...] = field(init=False)
    reads_text: bool = field(init=False)  # a rule searches the raw text, not the parsed body
    checker: ErrorRules | None = field(init=False, repr=False, compare=False)  # None: no rules
    # the first form read as text (``text/plain``...), if any: a body no structured form parses
    # is read as it
    text_form: ResponseForm | None = field(init=False, repr=False, compare=False)
    # the first form whose body is bytes (``application/octet-stream``, ``image/png``...): an
    # answer of it is returned as its bytes
    binary_form: ResponseForm | None = field(init=False, repr=False, compare=False)
    # item_status checked and compiled: (status pointer, success regex, message pointer or "")
    item_check: tuple[str, re.Pattern[str], str] | None = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # checked and compiled once, when the generated module is imported, not on every answer
        rules = _rules(self.error_rules) if self.error_rules is not None else ()
        checker = ErrorRules(rules)
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "checker", checker if rules else None)
        object.__setattr__(self, "reads_text", checker.reads_text)
        binary = [f for f in self.forms if is_binary(f.media_type)]
        texts = [f for f in self.forms if _family(f.media_type) not in ("json", "xml") and not is_binary(f.media_type)]
        object.__setattr__(self, "text_form", texts[0] if texts else None)
        object.__setattr__(self, "binary_form", binary[0] if binary else None)
        object.__setattr__(self, "item_check", _item_check(self.item_status))

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
    # x-specloom-response-format as the runtime reads it: {"param", "values", "jsonpParam"?,
    # "default"?: the media type the server answers when the param is not sent}
    response_format: Mapping[str, JsonValue] | None = None
    # the operation's own server (OpenAPI's path or operation ``servers``), absolute, "" for the
    # API's: used while a client's base_url is the API's default (``BaseClient._plan``)
    server: str = ""
    by_status: Mapping[str, ResponseSpec] = field(init=False, repr=False, compare=False)
    # worked out once from the fields above, so a call does not sort its parameters again
    wire_params: tuple[ParamSpec, ...] = field(init=False, repr=False, compare=False)
    form_options: tuple[ParamSpec, ...] = field(init=False, repr=False, compare=False)
    path_names: tuple[str, ...] = field(init=False, repr=False, compare=False)
    path_template: str = field(init=False, repr=False, compare=False)
    answers: dict[
        tuple[int, str | None], tuple[ResponseSpec | None, ResponseForm | None]
    ] = field(init=False, repr=False, compare=False)
    # the Accept header: the media types of the documented answers ("" sends none)
    accept: str = field(init=False, repr=False, compare=False)

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
        object.__setattr__(self, "accept", _accept(self.responses))

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


def _item_check(raw: JsonValue) -> tuple[str, re.Pattern[str], str] | None:
    """Check and compile an ``x-specloom-item-status`` value (``None`` stays ``None``)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {"status", "success", "message"}:
        raise ValueError(f"item-status is {{status, success, message?}}: {raw!r}")
    status, success, message = raw.get("status"), raw.get("success"), raw.get("message", "")
    if not isinstance(status, str) or not isinstance(success, str) or not isinstance(message, str):
        raise ValueError(f"item-status pointers and regex are strings: {raw!r}")
    return status, re.compile(success), message


def _accept(responses: tuple[ResponseSpec, ...]) -> str:
    """The media types of the documented success answers, in the spec's order (those of any
    documented answer when no success answer has a body); "" when none is documented."""
    for success in (True, False):
        media: list[str] = []
        for response in responses:
            if response.status.upper().startswith("2") or not success:
                for form in response.forms:
                    if form.media_type not in media:
                        media.append(form.media_type)
        if media:
            return ", ".join(media)
    return ""


def _family(kind: str) -> str:
    if kind in ("application/json", "text/json", "application/javascript", "text/javascript"):
        return "json"
    if kind.endswith("+json"):
        return "json"
    if kind in ("application/xml", "text/xml") or kind.endswith("+xml"):
        return "xml"
    return kind
