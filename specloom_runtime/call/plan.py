"""One operation as one client calls it, worked out once: ``OperationPlan``.

Input: an ``OperationSpec`` and one client's fixed settings (base URL, credentials and their
values). Output: ``build(arguments, body, headers, validate)``, the request
``request.prepare`` would build (or the ``RequestValidationError`` it would raise), and
``read(response, redactor, mode)``, what ``answer.interpret`` would return or raise.

Why: ``prepare`` and ``interpret`` state the rules generically and work out, on every call,
things that depend only on the operation and the client. A client calls the same few operations
again and again with the same credentials, so its plan works those out on the first call:

* where each credential travels (``request.place_credentials``), the signing key and the
  one-shot HMAC function (``signing.make_signer``);
* the URL, parsed by httpx once per path (``httpx.URL`` is immutable, so requests can share it;
  an operation without path parameters has one, one with them usually a few): parsing is a good
  part of what building an ``httpx.Request`` costs. A query is then added as httpx adds
  ``params=`` (see ``request.build``);
* for each (status, Content-Type) met, the documented response, its form, and whether the body
  is JSON in a known charset: such a body is parsed directly; anything else, and any JSON that
  fails to parse or starts with a byte-order mark, is read as ``interpret`` reads it
  (``answer_forms.read_answer``: by the documented forms, whatever the Content-Type says), so
  results and errors are the ones it gives.

Everything else (validation, encoding, serializing, wire-string decoding, error-in-body rules,
typing) is the code ``prepare``/``interpret`` run. ``tests/runtime/test_rt_plan.py`` checks on
random arguments and answers that plan and generic functions agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

import httpx
from specloom_runtime.call.answer import empty_body, interpret, typed_answer
from specloom_runtime.call.answer_forms import read_answer
from specloom_runtime.call.operation import (
    CredentialSpec,
    OperationSpec,
    ResponseForm,
    ResponseMode,
    ResponseSpec,
)
from specloom_runtime.call.request import Placement, build, collect, place_credentials
from specloom_runtime.errors.redact import Redactor
from specloom_runtime.wire.parsing import JSON_DECODER, body_kind, media_type, read_body

__all__ = ["OperationPlan"]

T = TypeVar("T")
Answer = tuple[ResponseSpec | None, ResponseForm | None, str | None]
_UNPARSED = object()


class OperationPlan(Generic[T]):
    """``spec`` as one client calls it (see the module docstring)."""

    __slots__ = ("spec", "base_url", "_credentials", "_secrets", "_placement", "_urls", "_answers")

    def __init__(
        self,
        spec: OperationSpec[T],
        *,
        base_url: str,
        credentials: Mapping[str, CredentialSpec],
        secrets: Mapping[str, str],
    ) -> None:
        self.spec = spec
        self.base_url = base_url
        self._credentials = credentials
        self._secrets = secrets
        self._placement: Placement | None = None
        try:
            self._placement = place_credentials(spec, credentials, secrets)
        except KeyError:  # a credential without a value: prepare fails on each call, so does build
            pass
        self._urls: dict[str, httpx.URL] = {}
        self._answers: dict[tuple[int, str | None], Answer] = {}

    def build(
        self,
        arguments: Mapping[str, object],
        body: object,
        headers: Sequence[tuple[str, str]],
        validate: bool,
    ) -> httpx.Request:
        """``prepare(spec, arguments, body, ...)`` for this plan's client; ``headers`` follow the
        operation's own (the client's User-Agent and the caller's)."""
        spec = self.spec
        wire, content = collect(spec, arguments, body, validate)
        placement = self._placement
        if placement is None:
            placement = place_credentials(spec, self._credentials, self._secrets)
        return build(spec, wire, content, placement, self.base_url, headers, self._urls)

    def read(self, response: httpx.Response, redactor: Redactor, mode: ResponseMode) -> T:
        """``interpret(spec, response, redactor=redactor, mode=mode)``."""
        spec = self.spec
        status = response.status_code
        if not 200 <= status < 300:  # failures are rare: the generic path describes them
            return interpret(spec, response, redactor=redactor, mode=mode)
        content_type = response.headers.get("Content-Type")
        answer = self._answers.get((status, content_type))
        if answer is None:
            answer = self._answer(status, content_type)
        documented, form, charset = answer
        content = response.content
        body: object = None
        if content:
            body = _UNPARSED
            if charset is not None:
                try:
                    text = content.decode(charset)
                    if not text.startswith("\ufeff"):
                        body = JSON_DECODER.decode(text)
                except (ValueError, LookupError, RecursionError):
                    pass  # read_body says what is wrong, as interpret does
            if body is _UNPARSED:
                if documented is None:
                    body = read_body(
                        response, operation=spec.name, redactor=redactor, content_type=content_type
                    )
                else:  # read as interpret reads it: by the documented forms
                    form, body = read_answer(spec, documented, response, content_type, redactor)
        else:
            body = empty_body(form)
        return typed_answer(spec, response, documented, form, body, content_type, redactor, mode)

    def _answer(self, status: int, content_type: str | None) -> Answer:
        documented, form = self.spec.answer_for(status, content_type)
        charset = None
        if body_kind(content_type) == "json":
            charset = media_type(content_type)[1] or "utf-8"
        answer = (documented, form, charset)
        if len(self._answers) < 64:  # the Content-Type comes from the server: keep a few
            self._answers[(status, content_type)] = answer
        return answer
