"""Checks a client runs once, when it is built: its credentials and where they will travel.

Input: the API's credentials (``CredentialSpec``) and the values and ``base_url`` the caller gave.
Output: ``base_url_problem`` says what is wrong with the base URL; ``credential_problem`` says
what is wrong with one value (never quoting it; the client
raises ``ConfigurationError`` naming the keyword); ``warn_plain_http`` warns once per API and
URL (``PlainHttpWarning``) when credentials would cross the network over plain ``http://``.

Why: a value read from a file keeps its newline, which httpx/h11 refuse deep inside a call (or
a server strips, so logs show a form of the secret nobody registered); a non-ASCII value in a
header fails as a ``UnicodeEncodeError`` whose text holds the secret. Both are caught here, by
name. Plain HTTP is what one vendor documents: kept as the default, but said loudly.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import httpx
from specloom_runtime.call.operation import CredentialSpec
from specloom_runtime.errors.redact import redact_url

__all__ = ["PlainHttpWarning", "base_url_problem", "credential_problem", "warn_plain_http"]

_LOOPBACK = ("localhost", "127.0.0.1", "::1")
_WARNED: set[tuple[str, str]] = set()  # (package, base URL) already warned about plain HTTP


class PlainHttpWarning(UserWarning):
    """Credentials will travel over plain ``http://``: anyone on the path can read them."""


def credential_problem(credential: CredentialSpec, value: str) -> str | None:
    """What is wrong with ``value`` as ``credential`` (never quoting it), or ``None``."""
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return (
            "contains a line break or another control character (a value read from a file "
            "keeps its trailing newline: strip it)"
        )
    if credential.location in ("header", "cookie") and not value.isascii():
        return "must be ASCII: it travels in an HTTP header"
    return None


def base_url_problem(base_url: str, given: bool = True) -> str | None:
    """What is wrong with ``base_url``, or ``None``: an http(s) URL with a host that httpx can
    read (``http://[::1`` was an ``httpx.InvalidURL`` at the first call, not at construction).
    ``given=False``: it is the spec's server URL, taken because the caller gave none."""
    if not base_url.startswith(("http://", "https://")):
        if given:
            return "base_url must be an http:// or https:// URL"
        path = base_url if base_url.startswith("/") else ""
        said = f"server URL is {base_url!r}" if base_url else "servers are none (OpenAPI reads that as '/')"
        return (
            f"the spec's {said}, relative to wherever the document is served, so the client has no"
            f" address of its own: pass base_url=, e.g. 'https://api.example.com{path}' (with the"
            f" testing kit any host: base_url='http://fake.test{path}', transport=FakeApi())"
        )
    try:
        host = httpx.URL(base_url).host
    except httpx.InvalidURL as exc:
        return f"base_url is not a URL httpx can read ({exc})"
    return None if host else "base_url names no host"


def warn_plain_http(
    package: str, title: str, credentials: Iterable[CredentialSpec], base_url: str
) -> None:
    """Warn once per API and URL when credentials would cross the network unencrypted."""
    if not base_url.startswith("http://"):
        return
    try:
        if httpx.URL(base_url).host in _LOOPBACK:  # nothing crosses a network
            return
    except httpx.InvalidURL:  # the first request says what is wrong with it
        return
    sent = [c.attr for c in credentials if c.location != "signature"]
    if not sent or (package, base_url) in _WARNED:
        return
    _WARNED.add((package, base_url))
    warnings.warn(
        PlainHttpWarning(
            f"{title}: the credential(s) {', '.join(sent)} will be sent over plain HTTP to "
            f"{redact_url(base_url, (), ())}, readable by anyone on the network path; if the API offers HTTPS, "
            f"build the client with base_url='https://...'"
        ),
        stacklevel=5,
    )
