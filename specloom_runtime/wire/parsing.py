"""Read answers: parse a body by the Content-Type the server answered with (not the one asked
for), and turn unwanted answers into the right ``ApiError``.

Input: an ``httpx.Response``, or raw bytes and a Content-Type. Output: plain data (``dict``,
``list``, ``str``, numbers, ``bool``, ``None``) or ``BodyParseError``; ``read_body``,
``error_from_response`` and ``error_in_body`` give generated clients the redacted ``ApiError``
subclasses instead (``ResponseValidationError``, ``error_for_status``'s choice, ``ErrorInBody``).

* JSON (``application/json``, ``text/json``, ``*/*+json``): ``json.loads`` of the UTF-8 text (or
  the declared charset); ``NaN``/``Infinity`` are refused.
* XML (``application/xml``, ``text/xml``, ``*/*+xml``): ``defusedxml`` only, with DTDs, entity
  declarations and external references refused, so an entity-expansion bomb fails at once with
  bounded memory. Converted to JSON-like data by the convention below.
* JSONP (``application/javascript``, ``text/javascript``, ``application/x-javascript``): the whole
  body must be ``callback( <json> )`` with an optional ``;`` (the callback a dotted identifier);
  anything else (``alert(1);foo({})``) is refused, then the inside is parsed as JSON.
* Anything else (``text/plain``, ``text/html``, no Content-Type): the decoded text, a ``str``.
* An empty (or blank) JSON, XML or JSONP body gives ``None``.

XML → JSON convention (vendors' XML answers are JSON objects in disguise):

* the root element is dropped: the result is what the root converts to;
* an element with neither attributes nor children is its text, a ``str`` (``""`` when empty) —
  including the root, so ``<result>OK</result>`` gives ``"OK"``;
* otherwise it is a ``dict``: attributes first, then child elements, as members by local name
  (namespace URIs are dropped); non-blank text mixed in goes under ``"#text"``, stripped;
* a name met more than once (repeated children, or an attribute and a child of the same name)
  becomes a ``list`` of the values in document order, attributes first. A single child stays a
  scalar/dict: the spec must say when a member may be either.

``<response status="success"><item status="new"><code>123</code></item></response>``
→ ``{"status": "success", "item": {"status": "new", "code": "123"}}``.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

import httpx
from specloom_runtime.errors import (
    BODY_ERRORS,
    ApiError,
    BodyParseError,
    ErrorInBody,
    ResponseValidationError,
    error_for_status,
)
from specloom_runtime.errors.redact import Redactor
from specloom_runtime.wire.body_rules import BodyFailure
from specloom_runtime.wire.media import body_kind as body_kind
from specloom_runtime.wire.media import kind_of
from specloom_runtime.wire.media import media_type as media_type
from specloom_runtime.wire.unset import UNSET, Unset

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "BodyParseError",
    "JSON_DECODER",
    "media_type",
    "body_kind",
    "parse_body",
    "parse_content",
    "parse_json",
    "parse_xml",
    "parse_jsonp",
    "xml_to_data",
    "parse_retry_after",
    "read_body",
    "error_from_response",
    "error_in_body",
]

_CALLBACK = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*", re.ASCII)
def _refuse(content_type: str, reason: str) -> NoReturn:
    raise BodyParseError(content_type, reason)


def _decode(content: bytes, charset: str | None, content_type: str) -> str:
    try:
        return content.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError) as exc:
        reason = f"not valid {charset or 'utf-8'} text ({type(exc).__name__})"
    _refuse(content_type, reason)


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


# json.loads(text, parse_constant=...) builds a decoder per call; this one is built once
JSON_DECODER = json.JSONDecoder(parse_constant=_no_constants)


def parse_json(text: str, content_type: str = "application/json") -> object:
    """``json.loads(text)``; ``BodyParseError`` (never ``JSONDecodeError``) when malformed."""
    reason = ""
    try:
        if text.startswith("\ufeff"):  # refused as json.loads refuses it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        return JSON_DECODER.decode(text)
    except json.JSONDecodeError as exc:
        reason = f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
    except (ValueError, RecursionError) as exc:  # NaN, over-long integers, deep nesting
        reason = f"unacceptable JSON ({type(exc).__name__}: {str(exc)[:80]})"
    _refuse(content_type, reason)


def parse_jsonp(text: str, content_type: str = "application/javascript") -> object:
    """The JSON inside a strict ``callback(<json>);`` body (see the module docstring)."""
    # Checked by hand from both ends: a single regex with a lazy group backtracks quadratically
    # on long whitespace runs, and a body is attacker-controlled input.
    body = text.strip()
    name = _CALLBACK.match(body)
    after_name = body[name.end() :].lstrip() if name else ""
    inner_start = len(body) - len(after_name) + 1  # just past the "("
    tail = body.removesuffix(";").rstrip()  # ends with the ")" when well-formed
    if not after_name.startswith("(") or not tail.endswith(")") or len(tail) - 1 < inner_start:
        _refuse(content_type, "not a single callback(<json>) call")
    return parse_json(body[inner_start : len(tail) - 1], content_type)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _add(members: dict[str, object], name: str, value: object) -> None:
    if name not in members:
        members[name] = value
        return
    current = members[name]
    if isinstance(current, _Repeated):
        current.append(value)
    else:
        members[name] = _Repeated([current, value])


class _Repeated(list[object]):
    """A list made by this converter from repeated names (a ``list`` to everyone else)."""


def _convert(element: Element) -> object:
    children = list(element)
    if not children and not element.attrib:
        return element.text or ""
    members: dict[str, object] = {}
    for name, value in element.attrib.items():
        _add(members, _local(name), value)
    for child in children:
        _add(members, _local(child.tag), _convert(child))
    text = "".join([element.text or "", *(child.tail or "" for child in children)]).strip()
    if text:
        _add(members, "#text", text)
    return {
        name: list(value) if isinstance(value, _Repeated) else value
        for name, value in members.items()
    }


def xml_to_data(root: Element) -> object:
    """Convert a parsed XML element by the convention in the module docstring."""
    return _convert(root)


def parse_xml(content: bytes, content_type: str = "application/xml") -> object:
    """Parse XML bytes with ``defusedxml`` (no DTD, entities or external refs), then convert."""
    # imported on the first XML answer: most APIs never send one, and the XML stack is a good
    # part of what importing a generated package would otherwise cost
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree

    reason = ""
    try:
        root = defusedxml.ElementTree.fromstring(
            content, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
        return _convert(root)
    except defusedxml.DefusedXmlException as exc:
        reason = f"refused unsafe XML ({type(exc).__name__})"
    except ParseError as exc:
        line, column = exc.position
        reason = f"malformed XML at line {line} column {column}"
    except RecursionError:
        reason = "XML nested too deeply"
    _refuse(content_type, reason)


def parse_content(content: bytes, content_type: str | None) -> object:
    """Parse ``content`` as the ``content_type`` header value says (see the module docstring)."""
    declared, charset = media_type(content_type)
    kind = kind_of(declared)
    if kind != "text" and (not content or content.isspace()):  # blank, without copying it
        return None
    if kind == "xml":
        return parse_xml(content, declared)
    if kind == "text":
        return content.decode(charset if charset and _known(charset) else "utf-8", errors="replace")
    text = _decode(content, charset, declared)
    if kind == "jsonp":
        return parse_jsonp(text, declared)
    return parse_json(text.removeprefix("\ufeff"), declared)


def _known(charset: str) -> bool:
    try:
        "".encode(charset)
    except LookupError:
        return False
    return True


def parse_body(response: httpx.Response) -> object:
    """Parse ``response``'s body by its own Content-Type header."""
    return parse_content(response.content, response.headers.get("Content-Type"))


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP-date), else ``None``.

    ``now`` is the current wall-clock time (``time.time()``); a date in the past gives 0.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"[0-9]+", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT
        return None
    return max(0.0, when.timestamp() - now)


def error_from_response(
    response: httpx.Response,
    *,
    operation: str,
    redactor: Redactor,
    body: object | Unset = UNSET,
    wall_clock: Callable[[], float] = time.time,
) -> ApiError:
    """The ``ApiError`` subclass for an unexpected ``response`` (from ``error_for_status``).

    ``body`` is the parsed answer if the caller has it; otherwise it is parsed here (``None`` when
    unparsable). The message quotes the start of the answer's text, redacted.
    """
    if body is UNSET:
        try:
            body = parse_body(response)
        except BodyParseError:
            body = None
    retry_after = parse_retry_after(response.headers.get("Retry-After"), now=wall_clock())
    return error_for_status(
        response.status_code,
        request=redactor.request(response.request, operation),
        body=body,
        raw=response,
        detail=redactor.text(response.text),  # whole text: clipping first could cut a secret
        retry_after=retry_after,
    )


def read_body(
    response: httpx.Response,
    *,
    operation: str,
    redactor: Redactor,
    content_type: str | None | Unset = UNSET,
) -> object:
    """``parse_body(response)``, turning a ``BodyParseError`` into ``ResponseValidationError``.

    ``content_type`` is the answer's Content-Type when the caller has already read it.
    """
    problem: BodyParseError | None = None
    declared = response.headers.get("Content-Type") if content_type is UNSET else content_type
    try:
        return parse_content(response.content, declared)
    except BodyParseError as exc:
        problem = exc
    raise ResponseValidationError(
        status=response.status_code,
        request=redactor.request(response.request, operation),
        errors=[("", problem.args[0])],
        raw=response,
    )


def error_in_body(
    response: httpx.Response,
    failure: BodyFailure,
    *,
    operation: str,
    redactor: Redactor,
    body: object = None,
) -> ErrorInBody:
    """The ``ErrorInBody`` (or the subclass the rule names) for a 2xx ``response`` whose body reports ``failure`` (found by
    ``body_rules.check_error_in_body``); code and messages are redacted (servers echo input)."""
    return BODY_ERRORS.get(failure.raises, ErrorInBody)(
        status=response.status_code,
        request=redactor.request(response.request, operation),
        code=None if failure.code is None else redactor.text(failure.code),
        messages=[redactor.text(m) for m in failure.messages],
        body=body,
        raw=response,
    )
