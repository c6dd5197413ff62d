"""Media types of the wire: a ``Content-Type`` -> its type, charset and the family it is read as.

Input: a ``Content-Type`` header value (or a spec's media type). Output: ``media_type`` (the type
lowercased, its charset), ``body_kind`` (``json``, ``xml``, ``jsonp`` or ``text``), ``is_binary``
(a body of bytes, returned as they came). Why a module
of its own, without httpx: the generator classifies a spec's media types as the runtime reads
them, and importing httpx costs a build tens of milliseconds (``tests/pipeline/test_startup.py``).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["media_type", "body_kind", "is_binary", "kind_of"]

_JSON_TYPES = frozenset({"application/json", "text/json"})
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_JSONP_TYPES = frozenset({"application/javascript", "text/javascript", "application/x-javascript"})


@lru_cache(maxsize=256)  # a client meets a handful of distinct values, again and again
def media_type(content_type: str | None) -> tuple[str, str | None]:
    """``("type/subtype", charset or None)`` from a Content-Type header value, lowercased."""
    if not content_type:
        return "", None
    kind, *params = content_type.split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower() or None
    return kind.strip().lower(), charset


def body_kind(content_type: str | None) -> str:
    """``"json"``, ``"xml"``, ``"jsonp"`` or ``"text"`` for a Content-Type header value."""
    return kind_of(media_type(content_type)[0])


def is_binary(content_type: str | None) -> bool:
    """Whether a body of this media type is bytes, not text: anything but JSON, XML, JSONP,
    ``text/*`` and forms (``application/octet-stream``, ``application/pdf``, ``image/png``,
    ``*/*`` ...). Such an answer is returned as its bytes: decoding it would change them."""
    kind = media_type(content_type)[0]
    return bool(kind) and kind_of(kind) == "text" and not kind.startswith(("text/", "application/x-www-form-urlencoded"))


def kind_of(kind: str) -> str:
    """The family of a lowercased media type: ``json``, ``xml``, ``jsonp`` or ``text``."""
    if kind in _JSON_TYPES or kind.endswith("+json"):
        return "json"
    if kind in _XML_TYPES or kind.endswith("+xml"):
        return "xml"
    if kind in _JSONP_TYPES:
        return "jsonp"
    return "text"
