"""The answer half of an API call: an ``httpx.Response`` -> the typed result or the right error.

Input: an ``OperationSpec``, the response, the redactor and the response-validation mode.
Output: ``interpret`` (status and documented form, body read by the documented forms:
``answer_forms``) and ``typed_answer`` (wire strings decoded, error-in-body rules, validation
off/warn/raise, typed by the models' codecs, items reporting failure raised as
``PartialFailure``); ``pagination_step``/``first_page`` for the iterators.
See ``specloom_runtime.call.operation`` for why answers are read this way.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import TypeVar

import httpx
from specloom_runtime.call.answer_forms import read_answer
from specloom_runtime.call.operation import (
    OperationSpec,
    ResponseForm,
    ResponseMode,
    ResponseSpec,
    ResponseValidationWarning,
)
from specloom_runtime.errors import (
    PartialFailure,
    ResponseValidationError,
    UnexpectedResponseError,
)
from specloom_runtime.errors.redact import Redactor
from specloom_runtime.wire.body_rules import is_empty_result, resolve_pointer
from specloom_runtime.wire.decode import apply_decode_plan, decode_owned
from specloom_runtime.wire.media import is_binary
from specloom_runtime.wire.models import (
    PLAIN,
    WireFormatError,
)
from specloom_runtime.wire.parsing import (
    body_kind,
    error_from_response,
    error_in_body,
    media_type,
    read_body,
)
from specloom_runtime.wire.validation import passes, problems

__all__ = ["apply_decode_plan", "empty_body", "interpret", "typed_answer", "pagination_step", "first_page"]

T = TypeVar("T")


def _text(response: httpx.Response, content_type: str | None) -> str:
    """The answer as text, decoded as ``parse_content`` decodes text bodies (declared charset,
    else UTF-8; undecodable bytes replaced). Cheaper than ``response.text``, whose charset lookup
    goes through ``email.message``."""
    _, charset = media_type(content_type)
    try:
        return response.content.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return response.content.decode("utf-8", errors="replace")


def empty_body(form: ResponseForm | None) -> object:
    """The body of an answer without content: ``""`` read as a documented text/* form (a text
    that has no characters is still a text: a ``type: string`` schema's empty string), else
    ``None`` (no JSON or XML value at all); ``b""`` read as a binary form."""
    if form is not None and is_binary(form.media_type):
        return b""
    return "" if form is not None and body_kind(form.media_type) == "text" else None


def interpret(
    spec: OperationSpec[T],
    response: httpx.Response,
    *,
    redactor: Redactor,
    mode: ResponseMode,
) -> T:
    """The typed result of ``response``, or the ``ApiError`` subclass that describes it."""
    status = response.status_code
    if not 200 <= status < 300:
        if spec.empty_result is not None and is_empty_result(status, response.text, spec.empty_result):
            return _empty(spec)
        raise error_from_response(response, operation=spec.name, redactor=redactor)
    # looked up once: each httpx header lookup lowercases and scans every header
    content_type = response.headers.get("Content-Type")
    documented, form = spec.answer_for(status, content_type)
    body: object = None
    if response.content:
        if documented is None:  # no documented forms to go by: the Content-Type decides
            body = read_body(response, operation=spec.name, redactor=redactor, content_type=content_type)
        else:
            form, body = read_answer(spec, documented, response, content_type, redactor)
    else:
        body = empty_body(form)
    return typed_answer(spec, response, documented, form, body, content_type, redactor, mode)


def typed_answer(
    spec: OperationSpec[T],
    response: httpx.Response,
    documented: ResponseSpec | None,
    form: ResponseForm | None,
    body: object,
    content_type: str | None,
    redactor: Redactor,
    mode: ResponseMode,
) -> T:
    """The rest of ``interpret`` for a 2xx answer once its body is parsed (``body``, owned: it is
    decoded in place): wire strings decoded, error-in-body rules, validation, typing."""
    status = response.status_code
    if form is not None and form.plan:  # the body was just parsed: decoded in place
        if form.members is not None and type(body) is dict:
            for key, mapping in form.members:
                item = body.get(key)
                if isinstance(item, str) and item in mapping:
                    body[key] = mapping[item]
        else:
            for path, mapping in form.plan:
                body = decode_owned(body, path, mapping)
    if documented is not None and documented.checker is not None:
        text = _text(response, content_type) if documented.reads_text else ""
        failure = documented.checker.check(body, text)
        if failure is not None:
            raise error_in_body(response, failure, operation=spec.name, redactor=redactor, body=body)
    if not spec.returns_value:
        return None  # type: ignore[return-value]
    found: list[tuple[str, str]] = []
    if form is None:
        kind = media_type(content_type)[0] or "no Content-Type"
        found.append(("", f"the spec documents no {status} answer of type {kind}"))
        if documented is not None and documented.forms and isinstance(body, str):
            # text no documented form reads: returning it would break the method's declared
            # type (a "-> bool" method returning '1'), whatever the validation mode
            mode = "raise"
    elif form.validator is not None and mode != "off" and not passes(form.validator, body):
        found.extend(problems(form.validator, body, ""))
    if found:
        _complain(response, spec, redactor, mode, found, body)
    if spec.single_item:
        if not isinstance(body, list) or len(body) != 1:
            count = len(body) if isinstance(body, list) else "no"
            raise UnexpectedResponseError(
                f"{spec.name} ({redactor.request(response.request, spec.name).describe()}) "
                f"expected exactly one item in the answer, got {count} items",
                status=status,
                request=redactor.request(response.request, spec.name),
                body=body,
                raw=response,
            )
    codec = form.codec if form is not None else PLAIN
    try:
        result = codec._decode(body)  # decode(body, "") without the extra call
    except (WireFormatError, RecursionError) as exc:
        # RecursionError: a recursive model's answer deep enough for the validator (a few
        # hundred levels) but not for the models' reading, which escaped as a bare RecursionError
        error = (exc.pointer, redactor.text(exc.reason)) if isinstance(exc, WireFormatError) else ("", "nested too deeply to read into its model")
        raise ResponseValidationError(
            status=status,
            request=redactor.request(response.request, spec.name),
            errors=[error],  # str(exc) repeats the pointer
            body=body,
            raw=response,
        ) from None
    if spec.single_item:
        result = result[0]
    elif documented is not None and documented.item_check is not None:
        _raise_failed_items(spec, response, documented.item_check, body, result, redactor)
    return result  # type: ignore[no-any-return]


def _raise_failed_items(
    spec: OperationSpec[T],
    response: httpx.Response,
    check: tuple[str, re.Pattern[str], str],
    body: object,
    result: object,
    redactor: Redactor,
) -> None:
    """``PartialFailure`` when an item of a list answer reports a status ``check`` calls failed
    (``x-specloom-item-status``); items are told apart by position in ``body`` and ``result``."""
    if not isinstance(body, list) or not isinstance(result, list) or len(body) != len(result):
        return
    pointer, success, message_at = check
    failed: list[int] = []
    messages: list[str] = []
    for index, item in enumerate(body):
        status = resolve_pointer(item, pointer)
        text = status if isinstance(status, str) else json.dumps(status)
        if success.fullmatch(text) is None:
            failed.append(index)
            said = resolve_pointer(item, message_at) if message_at else None
            detail = f": {said}" if isinstance(said, str) and said else ""
            messages.append(redactor.text(f"item {index}: status {text}{detail}"))
    if failed:
        gone = set(failed)
        raise PartialFailure(
            status=response.status_code,
            request=redactor.request(response.request, spec.name),
            failed=[result[i] for i in failed],
            succeeded=[item for i, item in enumerate(result) if i not in gone],
            failed_indexes=failed,
            messages=messages,
            body=body,
            raw=response,
        )


def _complain(
    response: httpx.Response,
    spec: OperationSpec[T],
    redactor: Redactor,
    mode: ResponseMode,
    problems: list[tuple[str, str]],
    body: object,
) -> None:
    redacted = [(pointer, redactor.text(message)) for pointer, message in problems]
    error = ResponseValidationError(
        status=response.status_code,
        request=redactor.request(response.request, spec.name),
        errors=redacted,
        body=body,
        raw=response,
    )
    if mode == "raise":
        raise error
    if mode == "warn":
        # shown at the generated method: _complain, typed_answer, OperationPlan.read (or
        # interpret), the client's _call, then that method
        warnings.warn(ResponseValidationWarning(str(error)), stacklevel=5)


def _empty(spec: OperationSpec[T]) -> T:
    """The "no records" result: an empty list (the rule is only declared on list operations)."""
    return [] # type: ignore[return-value]


def _int(value: object, fallback: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else fallback


def pagination_step(
    spec: OperationSpec[T], page: Sequence[object], arguments: dict[str, object]
) -> bool:
    """Advance ``arguments`` to the next page after ``page``; False when there is none.

    There is none after an empty page or a page shorter than the page size (the ``limit`` sent,
    for offset style); an answer the spec calls "no more records" arrives here as an empty page.
    """
    assert spec.pagination is not None
    paging = spec.pagination
    size = paging.size
    if paging.style == "offset":
        size = _int(arguments.get(paging.limit_attr), paging.size) or paging.size
    if not page or len(page) < size:
        return False
    current = _int(arguments.get(paging.page_attr), paging.first)
    arguments[paging.page_attr] = current + (1 if paging.style == "page" else len(page))
    return True


def first_page(spec: OperationSpec[T], arguments: Mapping[str, object]) -> dict[str, object]:
    """The arguments of the first page request (page size filled in for offset style)."""
    assert spec.pagination is not None
    paging = spec.pagination
    out = dict(arguments)
    if out.get(paging.page_attr) is None:
        out[paging.page_attr] = paging.first
    if paging.style == "offset" and out.get(paging.limit_attr) is None:
        out[paging.limit_attr] = paging.size
    return out
