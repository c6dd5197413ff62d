"""The request half of an API call: the caller's arguments -> the exact ``httpx.Request``.

Input: an ``OperationSpec``, the arguments, the body and the client's credentials. Output:
``prepare`` (= ``collect``: wire values, validated, every problem raised together before anything
is sent; + ``place_credentials``; + ``build``: serialized once, those bytes signed and sent).
Split so a client's ``plan.OperationPlan`` can keep the credential placement and parsed URLs.
See ``specloom_runtime.call.operation`` for the order of work and why.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import TypeVar

import httpx
from specloom_runtime.call import uploads
from specloom_runtime.call.lean import new_request, with_query
from specloom_runtime.call.operation import (
    CredentialSpec,
    OperationSpec,
)
from specloom_runtime.call.request_parts import (
    form_fields,
    path_segment,
    place_styled,
    scalars,
    sendable,
)
from specloom_runtime.errors import (
    RequestValidationError,
)
from specloom_runtime.wire import (
    compact_json,
    form_encode,
    json_body,
    query_string,
)
from specloom_runtime.wire.models import (
    Codec,
    DateCodec,
    DecodeStrings,
    DictCodec,
    ListCodec,
    ModelCodec,
    UnionCodec,
    WireFormatError,
    WireModel,
    name_clash,
)
from specloom_runtime.wire.signing import make_signer
from specloom_runtime.wire.unset import UNSET
from specloom_runtime.wire.validation import passes, problems, short_repr

__all__ = ["URLS_KEPT", "Placement", "encode_input", "prepare", "collect", "place_credentials", "build"]

T = TypeVar("T")

URLS_KEPT = 32  # parsed URLs a plan keeps per operation (see ``build``)


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
    origins: dict[str, str] = {}
    for key, item in value.items():
        if key in codecs:
            codec = codecs[key]
            if codec is None:
                out[key] = item.to_dict() if isinstance(item, WireModel) else item
            else:
                out[key] = encode_input(item, codec)
            continue
        if isinstance(key, str):
            given = key
            for old, new in model._normalize_keys.items():
                key = key.replace(old, new)
            if key in out or (key != given and key in value):  # two names become one
                raise name_clash(origins.get(key, key), given, key)
            origins[key] = given
        out[key] = encode_input(item, model._extra_codec)
    return out


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
            try:
                value = encode_input(value, param.codec)
            except WireFormatError as exc:  # e.g. two names normalised to one
                errors.append((f"/{param.location}/{param.wire}{exc.pointer}", exc.reason))
                continue
        wire[param.wire] = value
        validator = param.validator
        if validate and validator is not None and not passes(validator, value):
            errors.extend(problems(validator, value, f"/{param.location}/{param.wire}"))
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
    if body is None and not shape.sends_null:  # else null is the body, as the spec allows
        if shape.required:
            errors.append(("/body", "a request body is required"))
            return UNSET
        body = {} if shape.form or shape.defaults else None
    if (shape.kind == "bytes" or shape.kind == "text") and body is not None:
        body = uploads.read_files(shape, body)
        wrong = uploads.wrong_type(shape, body)
        if wrong is not None:
            errors.append(wrong)
            return UNSET
        if shape.kind == "bytes":  # no schema checks bytes
            return body
    try:
        value = encode_input(body, shape.codec)
    except WireFormatError as exc:  # e.g. two names normalised to one
        inner = f"/{shape.envelope}" if shape.envelope else ""
        errors.append((f"/body{inner}{exc.pointer}", exc.reason))
        return UNSET
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
    if shape.kind == "multipart" and value is not None:  # files: bytes, text or (name, bytes, type)
        value = uploads.read_files(shape, value)
        wrong = uploads.wrong_type(shape, value)
        if wrong is not None:
            errors.append(wrong)
            return UNSET
    validator = shape.validator
    if validate and validator is not None and value is not None:
        seen = uploads.schema_view(shape, value) if shape.files else value
        if not passes(validator, seen):
            errors.extend(problems(validator, seen, "/body"))
    return value


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
    placed, the body serialized once and those bytes signed; ``Accept`` names the documented
    answer media types (``spec.accept``) unless ``extra_headers`` carry their own.

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
        if param.style and not param.json:  # the table of wire.styles, as the spec states it
            place_styled(spec.name, param, value, query, header_pairs, cookies, path_values)
            continue
        # JSON in a URL or header is ASCII (\u00e9): a server reads it whatever its charset
        texts = [compact_json(value, ascii_only=True)] if param.json else scalars(value)
        if param.location == "path":
            path_values[param.wire] = path_segment(spec.name, param.wire, ",".join(texts))
        elif param.location == "query":
            query.extend((param.wire, text) for text in texts)
        elif param.location == "header":
            header_pairs.append((param.wire, sendable(spec.name, "header", param.wire, ",".join(texts))))
        else:
            cookies.append(f"{param.wire}={sendable(spec.name, 'cookie', param.wire, ','.join(texts))}")
    if cookies:
        header_pairs.append(("Cookie", "; ".join(cookies)))
    data: bytes | None = None
    media = spec.body.media_type if spec.body is not None else ""
    if content is not UNSET and spec.body is not None and (content is not None or spec.body.sends_null):
        if spec.body.form:
            if not isinstance(content, Mapping):  # an untyped schema lets any value through
                problem = f"a form body is field names to values: {short_repr(content)} is not"
                raise RequestValidationError(spec.name, [("/body", problem)])
            fields = form_fields(content, spec.body.presence_flags, spec.body.styles)
            data = form_encode([*placement.form, *fields])
        elif spec.body.kind == "json":
            data = json_body(content)
        else:
            data, media = uploads.encode(spec.name, spec.body, content, placement.form)
        header_pairs.append(("Content-Type", media))
    for name, signer in placement.signers:
        header_pairs.append((name, signer(data or b"")))
    if spec.accept and not any(name.lower() == "accept" for name, _ in extra_headers):
        header_pairs.append(("Accept", spec.accept))  # the caller's own Accept wins
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
            url = with_query(url, query_string(query))
        return new_request(spec.method, url, [*header_pairs, *extra_headers], data)
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
