"""Keep credentials out of messages and logs: mask them as ``***``.

Input: text, URLs or log records, plus the secret values a client holds (API keys, secrets,
tokens) and the names of query parameters and headers that carry credentials. Output: the same
text with every occurrence of a secret replaced by ``***``.

Why: several APIs take credentials in the query string, so the URL itself is secret. httpx logs
every request URL at INFO on the ``httpx`` logger, httpcore logs response headers at DEBUG on
``httpcore.*``, and exception texts quote URLs. Masking by *value* catches all of these, whatever
the place; masking by *name* also catches a credential whose value we were not told.

A secret is found in any of the forms it takes on the way: as is, percent-encoded (any subset of
its characters, either hex case, ``+`` for a space), and escaped the way ``repr`` (of ``str`` or
``bytes``) and JSON escape it. Derived values (e.g. the base64 of a Basic ``user:password``) are
not guessed: register them as secret values too. Empty strings are ignored; a very short secret
masks innocent text too (safe, but noisy).

Logging: one shared ``SecretFilter`` sits on each named logger of httpx and httpcore. A filter on
a logger only sees records created by that very logger (not those propagated from its children),
so every child logger httpx/httpcore use is listed by name in ``HTTP_LOGGER_NAMES``. It masks with
the ``Redactor`` of the client whose call is running (``ACTIVE_CALL``, a context variable the
send loop sets: httpx logs inside that call, in its thread or task), so the cost of a record does
not grow with the number of clients, and a client leaves nothing behind when it is dropped.
``install_secret_filter`` adds values for every record, for code that logs secrets outside a call
(a registry; ``remove()`` takes them out). This is less invasive than a global
``setLogRecordFactory`` and reaches every handler, including the root logger's.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Protocol
from urllib.parse import unquote, unquote_plus

import httpx
from specloom_runtime.errors import RedactedRequest

if TYPE_CHECKING:  # a Protocol class costs import time; only the type checker needs it

    class ActiveCall(Protocol):
        """What the send loop publishes about the call running in a thread or task."""

        @property
        def redactor(self) -> Redactor:
            """The calling client's."""

        @property
        def real_deadline(self) -> float:
            """``time.monotonic()`` at which the current attempt must end."""


__all__ = [
    "MASK",
    "HTTP_LOGGER_NAMES",
    "secret_pattern",
    "redact_text",
    "redact_url",
    "Redactor",
    "SecretFilter",
    "SecretRegistration",
    "install_secret_filter",
    "ensure_secret_filter",
    "ACTIVE_CALL",
]

MASK = "***"

HTTP_LOGGER_NAMES: tuple[str, ...] = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""Every logger httpx 0.28 / httpcore 1.0 log on (checked against their sources)."""

_URL_USERINFO = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>[^/?#@]*)@")


def _char_pattern(char: str) -> str:
    """Regex for ``char`` as is or percent-encoded (either hex case); a space may also be ``+``."""
    encoded = "".join(
        "%" + "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in f"{byte:02X}")
        for byte in char.encode("utf-8")
    )
    options = [re.escape(char), encoded]
    if char == " ":
        options.append(r"\+")
    return "(?:" + "|".join(options) + ")"


def _escaped_forms(secret: str) -> set[str]:
    """The secret as ``repr`` (str and bytes, either quote style) and JSON would write it."""
    forms = {
        repr(secret)[1:-1],
        repr(secret.encode("utf-8"))[2:-1],
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
    }
    forms |= {f.replace("\\'", "'") for f in forms} | {f.replace("'", "\\'") for f in forms}
    forms |= {f.replace('\\"', '"') for f in forms}
    forms.discard(secret)
    return forms


def secret_pattern(secret_values: Iterable[str]) -> re.Pattern[str] | None:
    """Compile one regex matching every form of every secret (``None`` when there are none).

    A secret with whitespace at either end is also masked without it: a server or a log line
    may show it stripped (e.g. a header value).
    """
    given = {s for s in secret_values if s}
    given |= {s.strip() for s in given if s.strip()}
    secrets = sorted(given, key=len, reverse=True)
    if not secrets:
        return None
    alternatives: list[str] = []
    for secret in secrets:
        alternatives.append("".join(_char_pattern(c) for c in secret))
        alternatives.extend(
            re.escape(f) for f in sorted(_escaped_forms(secret), key=len, reverse=True)
        )
    return re.compile("|".join(alternatives))


def _sub(pattern: re.Pattern[str] | None, text: str) -> str:
    return text if pattern is None else pattern.sub(MASK, text)


def redact_text(text: str, secret_values: Iterable[str]) -> str:
    """Replace every occurrence (in any encoded form) of each secret value by ``***``."""
    return _sub(secret_pattern(secret_values), text)


def _mask_query(query: str, names: frozenset[str]) -> str:
    parts = []
    for part in query.split("&"):
        name, eq, _value = part.partition("=")
        if eq and unquote_plus(name).casefold() in names:
            parts.append(f"{name}={MASK}")
        else:
            parts.append(part)
    return "&".join(parts)


def _redact_url(
    url: str | httpx.URL, names: frozenset[str], pattern: re.Pattern[str] | None
) -> str:
    text = str(url)
    match = _URL_USERINFO.match(text)
    if match and match["userinfo"]:
        user, colon, _password = match["userinfo"].partition(":")
        text = f"{match['scheme']}{user}{':' + MASK if colon else ''}@{text[match.end() :]}"
    head, hash_, fragment = text.partition("#")
    base, question, query = head.partition("?")
    if question and names:
        query = _mask_query(query, names)
    return _sub(pattern, f"{base}{question}{query}{hash_}{fragment}")


def redact_url(
    url: str | httpx.URL, secret_query_names: Iterable[str], secret_values: Iterable[str]
) -> str:
    """Mask the values of the named query parameters (names compared case-insensitively), any
    password in the userinfo, and every occurrence of a secret value anywhere in the URL."""
    names = frozenset(n.casefold() for n in secret_query_names)
    return _redact_url(url, names, secret_pattern(secret_values))


@dataclass(frozen=True)
class Redactor:
    """A client's redaction settings: its secret values (``base_url``'s password among them) and
    credential query/header names. Build one per client; ``url``/``text``/``headers``/``request`` apply all of them.
    """

    secret_values: tuple[str, ...] = ()
    secret_query_names: frozenset[str] = frozenset()
    secret_header_names: frozenset[str] = frozenset()
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        secret_values: Iterable[str] = (),
        secret_query_names: Iterable[str] = (),
        secret_header_names: Iterable[str] = (),
        *,
        base_url: str = "",
    ) -> None:
        # a password in the base URL (as written, and decoded) is a secret too: httpx logs
        # request URLs whole, and a client's repr shows its base URL
        found = _URL_USERINFO.match(base_url)
        password = found["userinfo"].partition(":")[2] if found else ""
        values = tuple(dict.fromkeys(v for v in (*secret_values, password, unquote(password)) if v))
        object.__setattr__(self, "secret_values", values)
        object.__setattr__(
            self, "secret_query_names", frozenset(n.casefold() for n in secret_query_names)
        )
        object.__setattr__(
            self, "secret_header_names", frozenset(n.casefold() for n in secret_header_names)
        )
        object.__setattr__(self, "_pattern", secret_pattern(values))

    def __repr__(self) -> str:
        return (
            f"Redactor(<{len(self.secret_values)} secret values>, "
            f"secret_query_names={sorted(self.secret_query_names)!r}, "
            f"secret_header_names={sorted(self.secret_header_names)!r})"
        )

    def text(self, text: str) -> str:
        """``text`` with every secret value masked."""
        return _sub(self._pattern, text)

    def url(self, url: str | httpx.URL) -> str:
        """``url`` with credential query parameters, userinfo password and secret values masked."""
        return _redact_url(url, self.secret_query_names, self._pattern)

    def headers(self, headers: httpx.Headers | Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """Header pairs with credential headers' values (and secret values anywhere) masked."""
        items = headers.multi_items() if isinstance(headers, httpx.Headers) else list(headers)
        return [
            (name, MASK if name.casefold() in self.secret_header_names else self.text(value))
            for name, value in items
        ]

    def request(self, request: httpx.Request, operation: str) -> RedactedRequest:
        """The ``RedactedRequest`` describing ``request`` for errors and logs."""
        return RedactedRequest(
            method=request.method, url=self.url(request.url), operation=operation
        )


class _Registry:
    """Process-wide multiset of registered secret values and its compiled pattern."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._pattern: re.Pattern[str] | None = None

    def add(self, values: Sequence[str]) -> None:
        with self._lock:
            self._counts.update(values)
            self._pattern = secret_pattern(self._counts)

    def remove(self, values: Sequence[str]) -> None:
        with self._lock:
            self._counts.subtract(values)
            self._counts = +self._counts  # drop values no client holds any more
            self._pattern = secret_pattern(self._counts)

    @property
    def pattern(self) -> re.Pattern[str] | None:
        return self._pattern


_REGISTRY = _Registry()

ACTIVE_CALL: ContextVar[ActiveCall | None] = ContextVar("specloom_active_call", default=None)
"""The call running in this thread or task (set by the send loop; one variable, set once per
call, serves the log filter and ``deadline_backend``)."""


class SecretFilter(logging.Filter):
    """A ``logging.Filter`` that masks secrets in a record's message, exception and stack text.

    With ``secret_values`` it masks those; without, it masks the values of the client whose call
    is running (``ACTIVE_CALL``) and whatever ``install_secret_filter`` registered. It never
    drops a record. When it changes a message it stores the formatted, masked text in
    ``record.msg`` and clears ``record.args``, so no handler (even one reading ``args``) sees the
    secret.
    """

    def __init__(self, secret_values: Iterable[str] | None = None) -> None:
        super().__init__()
        self._own = None if secret_values is None else secret_pattern(secret_values)
        self._uses_registry = secret_values is None

    def _current(self) -> list[re.Pattern[str]]:
        if not self._uses_registry:
            return [] if self._own is None else [self._own]
        patterns = []
        active = ACTIVE_CALL.get()
        if active is not None and active.redactor._pattern is not None:
            patterns.append(active.redactor._pattern)
        if _REGISTRY.pattern is not None:
            patterns.append(_REGISTRY.pattern)
        return patterns

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in ``record`` in place; always keep the record."""
        patterns = self._current()
        if not patterns:
            return True

        def mask(text: str) -> str:
            for pattern in patterns:
                text = pattern.sub(MASK, text)
            return text

        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep its pieces, masked
            message = f"{record.msg!s} {record.args!r}"
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            masked_exc = mask(record.exc_text)
            if masked_exc != record.exc_text:
                record.exc_text = masked_exc
                record.exc_info = None  # handlers must use the masked exc_text
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


_SHARED_FILTER = SecretFilter()


_LOGGERS: dict[tuple[str, ...], tuple[logging.Logger, ...]] = {}


def ensure_secret_filter(logger_names: Iterable[str] = HTTP_LOGGER_NAMES) -> None:
    """Attach the shared registry filter to each named logger that lacks it (idempotent, cheap).

    ``transport.send`` calls this on every request, so a logging reconfiguration that replaced
    the loggers' filters cannot silently switch redaction off. The ``Logger`` objects are looked
    up once per list of names (``logging`` never replaces a logger once it exists), so a call
    costs one membership test per logger.
    """
    names = logger_names if type(logger_names) is tuple else tuple(logger_names)
    loggers = _LOGGERS.get(names)
    if loggers is None:
        loggers = _LOGGERS[names] = tuple(logging.getLogger(name) for name in names)
    for logger in loggers:  # nearly always every logger has it already
        if _SHARED_FILTER not in logger.filters:
            break
    else:
        return
    for logger in loggers:
        if _SHARED_FILTER not in logger.filters:
            logger.addFilter(_SHARED_FILTER)


class SecretRegistration:
    """Returned by ``install_secret_filter``; ``remove()`` (or leaving ``with``) unregisters."""

    def __init__(self, values: tuple[str, ...]) -> None:
        self._values = values
        self._active = True

    @property
    def active(self) -> bool:
        """Whether the values are still registered."""
        return self._active

    def remove(self) -> None:
        """Unregister this handle's secret values (other handles holding them keep them)."""
        if self._active:
            self._active = False
            _REGISTRY.remove(self._values)

    def __enter__(self) -> SecretRegistration:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.remove()


def install_secret_filter(
    secret_values: Iterable[str], *, logger_names: Iterable[str] = HTTP_LOGGER_NAMES
) -> SecretRegistration:
    """Register ``secret_values`` for masking and attach the filter to ``logger_names``.

    Add a generated client's own logger name to ``logger_names`` if it logs anything unredacted.
    Call ``remove()`` on the result when the client closes.
    """
    values = tuple(dict.fromkeys(v for v in secret_values if v))
    _REGISTRY.add(values)
    ensure_secret_filter(logger_names)
    return SecretRegistration(values)
