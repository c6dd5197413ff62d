"""Documented answers in the generated suites: what each should become, and how it is sent.

Input: a documented answer (status, drawn body, its text) and the operation's declared rules
(``x-specloom-error-in-body``, the "no records" answer, per-item statuses). Output: the name of
the exception the client must raise, or ``None`` for a success (``expected_error``); the check
that the client did so (``check_answer``); the form and bytes the suite answers with
(``answer_form``, ``encode_answer``). Why apart from ``oracle``: these read the rules and HTTP
statuses, not the spec's schemas; ``oracle`` re-exports them, where generated suites call them.

Test-only, like the rest of ``proptest``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from specloom_runtime.proptest.files import tokens
from specloom_runtime.wire.media import is_binary

__all__ = ["expected_error", "check_answer", "answer_form", "encode_answer"]


def _lookup(body: object, pointer: str) -> object:
    node = body
    for token in tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _MISSING
    return node


_MISSING = object()


def _json_equal(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def _rule_holds(when: Mapping[str, Any], body: object, text: str) -> bool:
    if "textPattern" in when:
        return re.search(when["textPattern"], text) is not None
    value = _lookup(body, when["pointer"])
    if "equals" in when:
        return value is not _MISSING and _json_equal(value, when["equals"])
    if "in" in when:
        return value is not _MISSING and any(_json_equal(value, v) for v in when["in"])
    present = value is not _MISSING and value not in (None, "", [], {})
    return present == bool(when["present"])


def expected_error(
    status: int, body: object, text: str, rules: Any, empty_rule: Any, item_status: Any = None
) -> str | None:
    """The exception class name the documented answer should raise, or ``None`` for success."""
    if 200 <= status < 300:
        for rule in rules or ():
            if _rule_holds(rule["when"], body, text):  # the first that holds decides
                return None if rule.get("success") else str(rule.get("raises", "ErrorInBody"))
        if isinstance(item_status, Mapping) and isinstance(body, list):
            for item in body:
                value = _lookup(item, item_status["status"])
                shown = value if isinstance(value, str) else json.dumps(value)
                if re.fullmatch(item_status["success"], shown) is None:
                    return "PartialFailure"
        return None
    if empty_rule and status in empty_rule.get("status", []):
        return None
    if status in (401, 403):
        return "AuthenticationError"
    if status == 404:
        return "NotFoundError"
    if status == 429:
        return "RateLimitError"
    if 500 <= status <= 599:
        return "ServerError"
    return "ApiError"


def check_answer(outcome: object, error: BaseException | None, expected: str | None, spec: Any, status: int) -> None:
    """A documented answer became the typed result or the documented exception."""
    name = spec.name
    if expected is None:
        assert error is None, f"{name}: documented {status} answer raised {error!r}"
        return
    assert error is not None, f"{name}: documented {status} failure returned {outcome!r} instead of raising {expected}"
    names = {cls.__name__ for cls in type(error).__mro__}
    assert expected in names, f"{name}: documented {status} answer raised {type(error).__name__}, not {expected}"


_JSON_TYPES = ("application/json", "text/json")


def answer_form(response: Any) -> Any:
    """The form to answer with: a JSON one if documented, else a text one, else one of bytes
    (no validator: a download, drawn as any bytes), else ``None``."""
    for form in response.forms:
        if form.media_type in _JSON_TYPES or form.media_type.endswith("+json"):
            return form
    text = next((f for f in response.forms if f.media_type.startswith("text/plain")), None)
    return text or next((f for f in response.forms if f.validator is None and is_binary(f.media_type)), None)


def encode_answer(value: object, media_type: str) -> tuple[bytes, str]:
    """``value`` as the bytes of an answer of ``media_type``, and its Content-Type (bytes as
    they are, a media range labelled ``application/octet-stream``)."""
    if isinstance(value, bytes):
        return value, media_type if "*" not in media_type else "application/octet-stream"
    if media_type.startswith("text/plain"):
        return str(value).encode("utf-8"), "text/plain; charset=utf-8"
    return json.dumps(value).encode("utf-8"), media_type
