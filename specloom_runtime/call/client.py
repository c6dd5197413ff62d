"""The base classes of every generated ``Client`` and ``AsyncClient``.

Input: an ``ApiSpec`` (the API's name, server, credentials: literals the generator printed) and
the caller's options. Output: an object that holds one ``httpx`` client, the credentials (never
shown), the retry policy and the redaction settings, and runs ``OperationSpec`` calls:
build the request → ``transport.Sender.send`` → read the answer, by each operation's
``plan.OperationPlan`` (``request.prepare``/``answer.interpret`` with what depends only on the
operation and the client worked out on its first call).

Why here and not in generated code: the call sequence, the secret handling and the pagination loop
are identical for every API; a generated client only adds typed methods that name their
arguments and return types, so ``mypy --strict`` checks the callers' code precisely.

Secrets: credentials live in ``_secrets`` only; ``repr`` names which are set, never their values;
they are checked when the client is built (no control characters such as a newline read from a
file, ASCII where they travel in a header), and while a call runs the log filter of
``specloom_runtime.errors.redact`` masks them with this client's ``Redactor``, so no httpx/httpcore
record (nor this package's own DEBUG line) shows them. Credentials that would cross the network
in plain ``http://`` warn once per API (``PlainHttpWarning``).

Limits: ``max_response_bytes`` (an answer's size once decompressed, see ``exchange``) and
``max_pages`` (pages one iterator requests); an iterator also stops with ``PaginationError``
when the server answers the same page again (it ignores the page position).
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from specloom_runtime.call.client_checks import (
    PlainHttpWarning,
    base_url_problem,
    credential_problem,
    warn_plain_http,
)
from specloom_runtime.call.exchange import DEFAULT_MAX_RESPONSE_BYTES, bound_sync_client
from specloom_runtime.call.lean import drop_cookies
from specloom_runtime.call.operation import CredentialSpec, OperationSpec, ResponseMode
from specloom_runtime.call.paging import Pages
from specloom_runtime.call.plan import OperationPlan
from specloom_runtime.call.transport import RetryPolicy, Sender
from specloom_runtime.errors import SpecloomError
from specloom_runtime.errors.redact import HTTP_LOGGER_NAMES, Redactor, ensure_secret_filter

__all__ = [
    "ApiSpec", "ConfigurationError", "PlainHttpWarning", "BaseClient", "BaseAsyncClient",
    "read_env", "VERSION", "DEFAULT_MAX_PAGES",
]  # fmt: skip

T = TypeVar("T")
VERSION = "0.1.0"
DEFAULT_MAX_PAGES = 10_000
_MODES = ("off", "warn", "raise")
# what httpx.Client sets when the caller sets nothing (its User-Agent names the httpx version)
_HTTPX_DEFAULTS = {"accept": "*/*", "accept-encoding": "gzip, deflate", "connection": "keep-alive"}


class ConfigurationError(SpecloomError, ValueError):
    """A client was built with missing or malformed settings (names them, never their values)."""


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """One API as the runtime needs it: names, default server and credentials."""

    package: str
    title: str
    version: str
    server_url: str
    credentials: tuple[CredentialSpec, ...]


def read_env(api: ApiSpec, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each credential's value from its environment variable, keyed by the client argument name.

    ``ConfigurationError`` lists every variable that is missing or empty (names only).
    """
    env = os.environ if environ is None else environ
    missing = [c.env_var for c in api.credentials if not env.get(c.env_var)]
    if missing:
        raise ConfigurationError(
            f"{api.title}: set the environment variable(s) {', '.join(missing)} "
            "(or pass the credentials to the constructor)"
        )
    return {c.attr: env[c.env_var] for c in api.credentials}


class _Core:
    """State and checks shared by the sync and async clients."""

    _api: ApiSpec

    def __init__(
        self,
        api: ApiSpec,
        secrets: Mapping[str, object],
        *,
        base_url: str | None,
        timeout: float,
        max_retries: int,
        validate_requests: bool,
        validate_responses: ResponseMode,
        max_response_bytes: int,
        max_pages: int,
    ) -> None:
        self._api = api
        bad = [name for name, value in secrets.items() if not isinstance(value, str) or not value]
        if bad:
            raise ConfigurationError(
                f"{api.title}: credential(s) {', '.join(bad)} must be non-empty strings"
            )
        for credential in api.credentials:
            value = secrets.get(credential.attr)
            problem = None if value is None else credential_problem(credential, str(value))
            if problem:
                raise ConfigurationError(f"{api.title}: credential {credential.attr} {problem}")
        for name, limit in (("max_response_bytes", max_response_bytes), ("max_pages", max_pages)):
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
                raise ConfigurationError(f"{name} must be an integer >= 1")
        self.max_response_bytes = max_response_bytes
        self.max_pages = max_pages
        if validate_responses not in _MODES:
            raise ConfigurationError(f"validate_responses must be one of {_MODES}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError("max_retries must be an integer >= 0 (it counts retries)")
        if not isinstance(timeout, (int, float)) or timeout <= 0:
            raise ConfigurationError("timeout must be a positive number of seconds")
        self._secrets: dict[str, str] = {k: str(v) for k, v in secrets.items()}
        self._credentials = {c.scheme: c for c in api.credentials}
        self.base_url = (base_url or api.server_url).rstrip("/")
        if (problem := base_url_problem(self.base_url, given=bool(base_url))) is not None:
            raise ConfigurationError(problem)
        warn_plain_http(api.package, api.title, api.credentials, self.base_url)
        self.timeout = float(timeout)
        self._timeouts = httpx.Timeout(self.timeout).as_dict()  # built once, copied per call
        self.validate_requests = validate_requests
        self.validate_responses: ResponseMode = validate_responses
        self._policy = RetryPolicy(
            max_retries=max_retries, total_timeout=max(60.0, self.timeout * (max_retries + 1))
        )
        self._redactor = Redactor(
            self._secrets.values(),
            base_url=self.base_url,
            secret_query_names=[c.wire for c in api.credentials if c.location in ("query", "form")],
            secret_header_names=[c.wire for c in api.credentials if c.location != "query"],
        )
        self._logger = logging.getLogger(f"specloom.{api.package}")
        ensure_secret_filter((*HTTP_LOGGER_NAMES, self._logger.name))
        self._headers = [("User-Agent", f"specloom/{VERSION} ({api.package}; {api.title})")]
        self._sender = Sender(
            redactor=self._redactor,
            policy=self._policy,
            logger=self._logger,
            max_response_bytes=max_response_bytes,
        )
        # each operation's plan, made on its first call (keyed by identity: a plan holds its
        # spec, so the id cannot be reused while the entry exists)
        self._plans: dict[int, OperationPlan[Any]] = {}

    def __repr__(self) -> str:
        names, url = ", ".join(sorted(self._secrets)), self._redactor.url(self.base_url)
        return f"{type(self).__qualname__}(base_url={url!r}, credentials=<{names}: hidden>)"

    def _plan(self, spec: OperationSpec[T]) -> OperationPlan[T]:
        """``spec``'s plan for this client, made on first use (again if ``base_url`` changed).
        An operation with its own server is sent there while ``base_url`` is the API's default
        (a ``base_url`` given, a sandbox's or a proxy's, takes every call)."""
        plan = self._plans.get(id(spec))
        base = self.base_url
        if spec.server and base == self._api.server_url.rstrip("/"):
            base = spec.server
        if plan is None or plan.base_url != base:
            if base is not self.base_url:  # an operation's own server: warned of as base_url is
                warn_plain_http(self._api.package, self._api.title, self._api.credentials, base)
            if len(self._plans) >= 256:  # operations made on the fly: do not keep them all
                self._plans.clear()
            plan = OperationPlan(spec, base_url=base, credentials=self._credentials, secrets=self._secrets)
            self._plans[id(spec)] = plan
        return plan

    def _request(
        self,
        plan: OperationPlan[T],
        arguments: Mapping[str, object],
        body: object,
        timeout: float | None,
        headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        request = plan.build(
            arguments,
            body,
            [*self._headers, *headers.items()] if headers else self._headers,
            self.validate_requests,
        )
        request.extensions["timeout"] = (
            httpx.Timeout(timeout).as_dict() if timeout else dict(self._timeouts)
        )
        return request

    def _pages(self, spec: OperationSpec[list[T]], arguments: Mapping[str, object]) -> Pages[T]:
        return Pages(spec, arguments, self.max_pages)

    def _adopt_headers(self, given: httpx.Headers) -> None:
        """Keep the headers a caller set on its own ``http_client``: requests are built here and
        sent with ``send``, which would not add them. httpx's own defaults are left out (the
        operation's ``Accept`` replaces ``*/*``); the caller's User-Agent replaces ours."""
        own = [
            (name, value)
            for name, value in given.items()
            if _HTTPX_DEFAULTS.get(name.lower(), "\0") != value
            and not (name.lower() == "user-agent" and value.startswith("python-httpx/"))
        ]
        if any(name.lower() == "user-agent" for name, _ in own):
            self._headers = own
        else:
            self._headers = [*self._headers, *own]


class BaseClient(_Core):
    """Synchronous base: one ``httpx.Client``, closed by ``close()`` or ``with``."""

    def __init__(
        self,
        api: ApiSpec,
        secrets: Mapping[str, object],
        *,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        validate_requests: bool = True,
        validate_responses: ResponseMode = "warn",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if transport is not None and http_client is not None:
            raise ConfigurationError("pass either transport or http_client, not both")
        super().__init__(
            api,
            secrets,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            validate_requests=validate_requests,
            validate_responses=validate_responses,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
        )
        self._owns_http = http_client is None
        # a client of our own: its connections read within each attempt's deadline
        self._http = http_client or bound_sync_client(
            httpx.Client(transport=transport, follow_redirects=False)
        )
        if http_client is None:
            drop_cookies(self._http)  # an API client keeps no vendor cookie between calls
        else:
            self._adopt_headers(http_client.headers)

    def _call(
        self,
        spec: OperationSpec[T],
        arguments: Mapping[str, object],
        body: object,
        timeout: float | None,
        headers: Mapping[str, str] | None,
    ) -> T:
        plan = self._plan(spec)
        request = self._request(plan, arguments, body, timeout, headers)
        response = self._sender.send(self._http, request, spec.idempotent, spec.name)
        try:
            return plan.read(response, self._redactor, self.validate_responses)
        finally:
            response.close()

    def _iterate(
        self,
        spec: OperationSpec[list[T]],
        arguments: Mapping[str, object],
        timeout: float | None,
        headers: Mapping[str, str] | None,
    ) -> Iterator[T]:
        pages = self._pages(spec, arguments)
        while True:
            page = self._call(spec, pages.next_arguments(), None, timeout, headers)
            pages.check(page)
            yield from page
            if not pages.advance(page):
                return

    def close(self) -> None:
        """Close the HTTP connections (only those of an ``http_client`` this client created)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class BaseAsyncClient(_Core):
    """Asynchronous base: one ``httpx.AsyncClient``, closed by ``aclose()`` or ``async with``."""

    def __init__(
        self,
        api: ApiSpec,
        secrets: Mapping[str, object],
        *,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        validate_requests: bool = True,
        validate_responses: ResponseMode = "warn",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if transport is not None and http_client is not None:
            raise ConfigurationError("pass either transport or http_client, not both")
        super().__init__(
            api,
            secrets,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            validate_requests=validate_requests,
            validate_responses=validate_responses,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, follow_redirects=False)
        if http_client is None:
            drop_cookies(self._http)  # an API client keeps no vendor cookie between calls
        else:
            self._adopt_headers(http_client.headers)

    async def _call(
        self,
        spec: OperationSpec[T],
        arguments: Mapping[str, object],
        body: object,
        timeout: float | None,
        headers: Mapping[str, str] | None,
    ) -> T:
        plan = self._plan(spec)
        request = self._request(plan, arguments, body, timeout, headers)
        response = await self._sender.send_async(self._http, request, spec.idempotent, spec.name)
        try:
            return plan.read(response, self._redactor, self.validate_responses)
        finally:
            await response.aclose()

    async def _iterate(
        self,
        spec: OperationSpec[list[T]],
        arguments: Mapping[str, object],
        timeout: float | None,
        headers: Mapping[str, str] | None,
    ) -> AsyncIterator[T]:
        pages = self._pages(spec, arguments)
        while True:
            page = await self._call(spec, pages.next_arguments(), None, timeout, headers)
            pages.check(page)
            for item in page:
                yield item
            if not pages.advance(page):
                return

    async def aclose(self) -> None:
        """Close the HTTP connections (only those of an ``http_client`` this client created)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
