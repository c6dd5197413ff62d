"""Which documented form a success answer is read as: ``read_answer`` -> (form, parsed body).

Input: an ``OperationSpec``, the ``ResponseSpec`` documented for the answer's status, the
``httpx.Response`` and its ``Content-Type``. Output: the ``ResponseForm`` the body is read as
(``None``: none documented fits) and the body parsed as that form says (``parsing``'s plain data);
``ResponseValidationError`` or ``ErrorInBody`` when nothing documented can read it.

Why not the ``Content-Type`` alone: vendors' stacks label answers loosely (PHP and Java servlets
answer ``text/html`` by default, some send no ``Content-Type``, some label XML or JSONP as JSON),
and a failure must never pass as a success because of a header. The operation's declared forms
decide. Media types are tried in this order, the first that parses wins:

1. the ``Content-Type``'s own type, when it names JSON, XML or JSONP (a body that parses as its
   label is that type, whatever was asked);
2. with ``x-specloom-response-format``, what the request asked for (the ``jsonpParam`` sent:
   JSONP; the ``param`` sent: its media type; neither: the server's default);
3. the documented structured forms the body looks like (``{``/``[``: JSON, ``<``: XML,
   ``name(``: JSONP), in the spec's order; when no text form is documented, every documented
   structured form (a bare ``true`` is JSON then).

An answer documented in a binary form (``application/octet-stream``, ``image/png``...) is its
bytes, untouched, when its ``Content-Type`` is binary or every documented form is.

A body none of them parses is text, read as the documented text form (if any), unless one of them
was tried and the body looks structured or no text form is documented: then the error-in-body
rules are tried on the raw text (``FAILED`` sent as ``application/json`` is still a failure), and
the parse error is raised: a broken answer never passes as a success.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TypeVar
from urllib.parse import parse_qsl

import httpx
from specloom_runtime.call.operation import OperationSpec, ResponseForm, ResponseSpec
from specloom_runtime.errors import BodyParseError, ResponseValidationError
from specloom_runtime.errors.redact import Redactor
from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.media import is_binary
from specloom_runtime.wire.parsing import (
    body_kind,
    error_in_body,
    media_type,
    parse_content,
)

__all__ = ["asked_media_type", "read_answer"]

T = TypeVar("T")
_JSONP_START = re.compile(rb"\s*[A-Za-z_$][\w$.]*\s*\(")
_FORM = "application/x-www-form-urlencoded"


def asked_media_type(fmt: Mapping[str, JsonValue], request: httpx.Request) -> str | None:
    """The media type ``request`` asked for by ``x-specloom-response-format`` (``None``: unknown).

    The param and the JSONP param travel in the query or, for a form body, as form fields.
    """
    fields = dict(parse_qsl(request.url.query.decode("ascii", "replace")))
    if request.headers.get("Content-Type", "").startswith(_FORM):
        try:
            fields.update(parse_qsl(request.content.decode("utf-8", "replace")))
        except httpx.RequestNotRead:  # a streamed body: only the query is known
            pass
    jsonp = fmt.get("jsonpParam")
    if isinstance(jsonp, str) and fields.get(jsonp):
        return "application/javascript"
    values = fmt.get("values")
    param = fmt.get("param")
    if isinstance(param, str) and isinstance(values, dict) and param in fields:
        chosen = values.get(fields[param])
        return chosen if isinstance(chosen, str) else None
    default = fmt.get("default")
    return default if isinstance(default, str) else None


def _looks_like(content: bytes) -> str:
    """``"json"``, ``"xml"``, ``"jsonp"`` or ``""``: what the body's first characters suggest."""
    start = content.lstrip()[:1]
    if start in (b"{", b"["):
        return "json"
    if start == b"<":
        return "xml"
    if _JSONP_START.match(content):
        return "jsonp"
    return ""


def _tries(
    spec: OperationSpec[T], documented: ResponseSpec, response: httpx.Response, declared: str,
    content: bytes,
) -> Iterator[str]:
    """The media types to try, in order, each once; worked out lazily: the first usually parses."""
    seen: set[str] = set()
    if body_kind(declared) != "text":
        # a body that parses as its own structured label is what it says, whatever was asked
        seen.add(declared)
        yield declared
    tries: list[str] = []
    if spec.response_format is not None:
        asked = asked_media_type(spec.response_format, response.request)
        if asked:
            tries.append(asked)
    looks = _looks_like(content)
    if looks:
        tries.extend(f.media_type for f in documented.forms if body_kind(f.media_type) == looks)
        if looks == "jsonp" and any(body_kind(f.media_type) == "json" for f in documented.forms):
            tries.append("application/javascript")  # JSONP reads as the JSON form
    elif documented.text_form is None:  # no text documented: "true" or "1" may be JSON
        tries.extend(f.media_type for f in documented.forms if body_kind(f.media_type) != "text")
    for kind in tries:
        if kind not in seen:
            seen.add(kind)
            yield kind


def read_answer(
    spec: OperationSpec[T],
    documented: ResponseSpec,
    response: httpx.Response,
    content_type: str | None,
    redactor: Redactor,
) -> tuple[ResponseForm | None, object]:
    """The form ``response`` (a documented 2xx) is read as, and its parsed body (module docstring)."""
    content = response.content
    binary = documented.binary_form
    if binary is not None and (is_binary(content_type) or all(is_binary(f.media_type) for f in documented.forms)):
        form = documented.form_for(content_type)  # bytes as they came: decoding would change them
        return (form if form is not None and is_binary(form.media_type) else binary), content
    declared, charset = media_type(content_type)
    suffix = f"; charset={charset}" if charset else ""
    tries = _tries(spec, documented, response, declared, content)
    problems: dict[str, BodyParseError] = {}
    for kind in tries:
        try:
            body = parse_content(content, kind + suffix)
        except BodyParseError as exc:
            problems.setdefault(body_kind(kind), exc)
            continue
        return documented.form_for(kind), body
    text = parse_content(content, "text/plain" + suffix)
    assert isinstance(text, str)
    looks = _looks_like(content)
    if problems and (documented.text_form is None or looks):
        # a structured answer that does not parse is no success, even where text is documented
        checker = documented.checker
        failure = checker.check(None, text) if checker is not None and checker.reads_text else None
        if failure is not None:
            raise error_in_body(response, failure, operation=spec.name, redactor=redactor)
        raise ResponseValidationError(
            status=response.status_code,
            request=redactor.request(response.request, spec.name),
            # the reason for the type the header named, else the one the body looks like
            errors=[("", _first(problems, body_kind(declared), looks).args[0])],
            raw=response,
        )
    form = documented.form_for(content_type)
    if form is None or body_kind(form.media_type) != "text":
        form = documented.text_form
    return form, text


def _first(problems: dict[str, BodyParseError], *kinds: str) -> BodyParseError:
    return next((problems[k] for k in kinds if k in problems), next(iter(problems.values())))
