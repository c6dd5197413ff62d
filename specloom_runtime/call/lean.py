"""httpx objects for one call, built without httpx's per-call re-checks; the cookie policy.

Input: an ``httpx.URL`` parsed once per operation path (``plan.OperationPlan`` keeps them), the
query text ``wire.query_string`` wrote, the request's headers and body bytes; or an
``httpx.Client``/``AsyncClient`` the runtime made. Output: ``with_query(url, query)``, the URL
``httpx.URL(url, query=query.encode())`` gives; ``new_request(method, url, headers, body)``,
the request ``httpx.Request(method, url, headers=headers, content=body)`` gives;
``drop_cookies(client)``, the client with a cookie jar that keeps nothing.

Why: ``httpx.URL(url, query=...)`` parses the whole URL again and checks every character of
it in Python (a record that travels as JSON in a query parameter: about 30 microseconds a call,
an eighth of what a synced record costs). The query text here is made by ``urlencode_pairs``:
only unreserved characters, ``=``, ``&``, ``+`` and ``%XX`` escapes, which httpx's parser
leaves exactly as they are (no control character, nothing to quote). So when the text is of
that alphabet (checked with C-level string operations) and within httpx's length limit, the
parsed URL is copied with the new query (httpx 0.28 keeps its parse as the ``_uri_reference``
named tuple; httpx is pinned). Any other text, or another httpx, takes httpx's own path.

Requests: ``httpx.Request(..., content=...)`` builds its headers twice, looks several of them up
(each miss raising a ``KeyError`` inside httpx) and checks for a multipart boundary: about
10 microseconds a call. The same request is its documented ``stream=`` form (no header added)
given the two headers httpx would add: ``Host`` first, ``Content-Length`` last (or ``0`` right
after ``Host`` for a POST, PUT or PATCH without a body). Headers that name either of them, or
``Transfer-Encoding``, take httpx's own path.

Cookies: an API client sends what the spec declares (a cookie credential or parameter is
written by ``request.build`` into the request's ``Cookie`` header). A vendor's ``Set-Cookie`` is
no part of any spec: keeping it would send it back on a followed redirect and across calls,
state the spec does not describe, and parsing it costs about 12 microseconds per answer. A
client the runtime makes keeps no cookie (``_KeepNothing``); a caller's own ``http_client`` is
left as the caller made it.
"""

from __future__ import annotations

import http.cookiejar
import re
from typing import Any

import httpx

__all__ = ["with_query", "new_request", "drop_cookies"]

# the characters urlencode_pairs writes, which httpx's query quoting leaves as they are
_AS_IS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~=&+%"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_MAX_COMPONENT = 65_536  # httpx's MAX_URL_LENGTH: a longer component is its InvalidURL


def _parsed_type() -> Any:
    """httpx's parse of a URL (a named tuple with a ``query`` field), or None if not so."""
    parsed = getattr(httpx.URL("http://localhost/"), "_uri_reference", None)
    fields = getattr(type(parsed), "_fields", ())
    return type(parsed) if "query" in fields and hasattr(parsed, "_replace") else None


_PARSED: Any = _parsed_type()


def with_query(url: httpx.URL, query: str) -> httpx.URL:
    """``httpx.URL(url, query=query.encode("ascii"))`` (see the module docstring for when the
    parsed URL is copied instead of parsed again)."""
    parsed = getattr(url, "_uri_reference", None)
    if (
        _PARSED is not None
        and type(parsed) is _PARSED
        and len(query) <= _MAX_COMPONENT
        and not query.rstrip(_AS_IS)
        and ("%" not in query or _LONE_PERCENT.search(query) is None)
    ):
        derived = httpx.URL.__new__(httpx.URL)
        derived._uri_reference = parsed._replace(query=query)  # type: ignore[union-attr]
        return derived
    return httpx.URL(url, query=query.encode("ascii"))


_AUTO = frozenset({"host", "content-length", "transfer-encoding"})
_EMPTY_BODY_LENGTH = frozenset({"POST", "PUT", "PATCH"})


def new_request(
    method: str, url: httpx.URL, headers: list[tuple[str, str]], body: bytes | None
) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, content=body)`` (see the module docstring)."""
    if any(name.lower() in _AUTO for name, _ in headers):
        return httpx.Request(method, url, headers=headers, content=body)
    pairs = [*headers]
    if body:
        pairs.append(("Content-Length", str(len(body))))
    elif method.upper() in _EMPTY_BODY_LENGTH:
        pairs.insert(0, ("Content-Length", "0"))
    if url.host:
        pairs.insert(0, ("Host", url.netloc.decode("ascii")))
    request = httpx.Request(method, url, headers=pairs, stream=httpx.ByteStream(body or b""))
    request.read()
    return request


class _KeepNothing(http.cookiejar.CookieJar):
    """A cookie jar that stores no cookie (whatever a server or a caller sets)."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """``httpx.Cookies`` over a ``_KeepNothing`` jar that does not even read ``Set-Cookie``."""

    def __init__(self) -> None:
        super().__init__(_KeepNothing())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def drop_cookies(client: httpx.Client | httpx.AsyncClient) -> None:
    """Make ``client`` (one the runtime built) keep no cookie between requests."""
    if isinstance(getattr(client, "_cookies", None), httpx.Cookies):
        client._cookies = _NoCookies()  # the property's setter would copy it into a plain jar
    else:  # another httpx: its public setter, with a jar that stores nothing
        client.cookies = _KeepNothing()
