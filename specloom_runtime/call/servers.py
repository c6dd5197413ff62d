"""Per-installation servers: a server URL template and the client's keywords -> the base URL.

Input: the spec's first server URL (``https://{installation}/``), its variables as the generated
client describes them (``ServerVariable``) and the values the caller passed. Output: the URL with
every ``{name}`` filled in, or a ``ConfigurationError`` that names each keyword still to pass.

Why: a self-hosted or per-tenant API has no one URL to default to. The spec says so with
standard OpenAPI server variables; a variable without ``enum`` has no real default (its
``default`` is a placeholder), so the caller must give it (or a whole ``base_url``); a variable
with an ``enum`` is a closed choice whose ``default`` is used when nothing is given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from specloom_runtime.call.client import ApiSpec, ConfigurationError

__all__ = ["ServerVariable", "server_url"]

# a value becomes part of the URL as given: characters that would change the URL's structure
# (or smuggle a second request line) are refused rather than silently escaped
_FORBIDDEN = frozenset("/?#@\\ \t\r\n")


@dataclass(frozen=True, slots=True)
class ServerVariable:
    """One ``{name}`` of the server URL: the client keyword ``attr`` that fills it in, the value
    used when none is given (``None``: the keyword is required) and the allowed values."""

    name: str
    attr: str
    default: str | None = None
    enum: tuple[str, ...] = ()


def server_url(
    api: ApiSpec, variables: Sequence[ServerVariable], values: Mapping[str, str | None]
) -> str:
    """``api.server_url`` with each variable filled in from ``values`` (by keyword name).

    ``ConfigurationError`` names every keyword that is missing or has a value the URL cannot hold.
    """
    url = api.server_url
    missing: list[str] = []
    bad: list[str] = []
    for variable in variables:
        value = values.get(variable.attr)
        if value is None:
            value = variable.default
        if value is None:
            missing.append(f"{variable.attr}= (the {{{variable.name}}} part of {api.server_url})")
            continue
        if (
            not isinstance(value, str)
            or not value
            or _FORBIDDEN & set(value)
            or (variable.enum and value not in variable.enum)
        ):
            allowed = f"one of {', '.join(variable.enum)}" if variable.enum else "a non-empty host or name without / ? # @, spaces or backslashes"
            bad.append(f"{variable.attr} must be {allowed}")
            continue
        url = url.replace(f"{{{variable.name}}}", value)
    if missing:
        raise ConfigurationError(
            f"{api.title} has no fixed server: pass {', '.join(missing)}, or base_url= with the full URL"
        )
    if bad:
        raise ConfigurationError(f"{api.title}: {'; '.join(bad)}")
    return url
