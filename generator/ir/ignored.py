"""Declared parameters the client does not take as arguments -> why, for each one.

Input: the document, one operation and its merged parameters (keyed by name and location).
Output: the keys to leave out, each with the reason its warning gives. Two kinds:

- a header parameter named ``Accept``, ``Content-Type`` or ``Authorization``: OpenAPI says such a
  definition SHALL be ignored (the client sets those headers itself: the media types it reads and
  sends, and an ``http`` security scheme's credential);
- a parameter at the place where one of the operation's ``apiKey`` credentials travels (Spree
  declares its ``x-spree-api-key`` header both as a security scheme and as a required parameter of
  every operation): the credential is sent there. Taken as an argument too, it was sent twice
  (a header ``secret, value``), or a caller had to pass the secret by hand.

Header names are compared case-insensitively, as HTTP does.
"""

from __future__ import annotations

from typing import Any

__all__ = ["RESERVED_HEADERS", "ignored_parameters", "slot"]

RESERVED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def slot(location: str, name: str) -> tuple[str, str]:
    """Where a parameter or credential travels: its location and name (a header's lower-cased)."""
    return location, name.lower() if location == "header" else name


def ignored_parameters(data: Any, op: dict[str, Any], keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The ``(name, location)`` keys among ``keys`` to leave out, with the reason for each."""
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    security = op.get("security", data.get("security")) or []
    credentials: dict[tuple[str, str], str] = {}
    for requirement in security:
        for key in requirement if isinstance(requirement, dict) else ():
            scheme = schemes.get(key)
            if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and not scheme.get("x-specloom-in"):
                credentials.setdefault(slot(str(scheme.get("in")), str(scheme.get("name"))), key)
    out: dict[tuple[str, str], str] = {}
    for name, location in keys:
        place = slot(location, name)
        if location == "header" and place[1] in RESERVED_HEADERS:
            out[(name, location)] = (f"header parameter {name!r} is ignored, as OpenAPI says of Accept, Content-Type and "
                                     "Authorization: the client sets that header itself")  # fmt: skip
        elif place in credentials:
            out[(name, location)] = (f"{location} parameter {name!r} is where security scheme {credentials[place]!r} sends its "
                                     "credential: the client sends the credential there, and takes no argument for it")  # fmt: skip
    return out
