"""Evaluate the spec's declarative rules about response bodies.

Input: a parsed body (and its raw text) plus rules the generated code passes as literal data.
Output: whether and how the body reports a failure, whether an error status means "no results",
and bodies with vendor quirks (``"true"`` strings, keys with spaces) undone.

Why declarative: several APIs answer 2xx while the body says the request failed, or answer
404 for an empty page. The spec states these facts as data; this module is the one interpreter,
so every generated client reads them the same way. Rules are checked strictly at call time: an
unknown key, a wrong type, a bad pointer or regex raises ``ValueError`` (the generator's linter
checks them too, earlier).

Error-in-body rule (a ``dict``; rules are tried in order, the first whose ``when`` holds wins)::

    {"when": <condition>,                 # required
     "code": "/pointer",                  # optional: code = the value there
     "codePattern": "regex (?P<code>..)", # optional: code = group "code" of a search in the text
     "message": "/pointer",               # optional: one message from the value there
     "messages": "/pointer",              # optional: messages from the value there
     "messagePattern": "regex (?P<message>..)",  # optional: message = group of a text search
     "codeValue": "FIXED",                # optional: the code when the body gives none
     "raises": "AuthenticationError",     # optional: the error class (default ErrorInBody;
                                          # also NotFoundError, RateLimitError)
     "success": true}                     # optional: the answer is NOT an error (a documented
                                          # sentence such as "Already subscribed."); the
                                          # answer is returned and later rules are not tried;
                                          # such a rule takes no other key than "when"

A ``textPattern`` rule that names no message (``message``, ``messages``, ``messagePattern``) has
the stripped answer text as its message.

    <condition> is exactly one of
     {"pointer": "/p", "equals": <json value>}     the value at /p equals it
     {"pointer": "/p", "in": [<json value>, ...]}  the value at /p equals one of them
     {"pointer": "/p", "present": true|false}      /p holds (true) / lacks (false) a value that
                                                   is not null, "", [] or {}
     {"textPattern": "regex"}                      re.search in the raw body text finds it

Pointers are RFC 6901 JSON pointers (``""`` is the whole body; ``~1`` is ``/``, ``~0`` is
``~``) into the parsed body; a pointer that leads nowhere makes ``equals``/``in`` false.
Equality is JSON equality: ``false`` is not ``0``, ``1`` equals ``1.0``. Messages from a value:
a string is one message; a list gives one per item; an object gives ``"key: message"`` for
each message of each member (``{"email": ["is invalid"]}`` → ``"email: is invalid"``); other
scalars are written as JSON.

The empty-result rule, ``decode_strings`` and ``normalize_keys`` live in ``specloom_runtime.wire.quirks``
(re-exported here). Pointers are ``specloom_runtime.wire.pointer``'s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from specloom_runtime.wire.pointer import MISSING as _MISSING
from specloom_runtime.wire.pointer import json_equal as _json_equal
from specloom_runtime.wire.pointer import resolve_pointer
from specloom_runtime.wire.pointer import tokens as _tokens
from specloom_runtime.wire.pointer import walk as _walk
from specloom_runtime.wire.quirks import (  # re-exported: their home was this module
    decode_strings,
    is_empty_result,
    normalize_keys,
    validate_empty_result_rule,
)

__all__ = [
    "BodyFailure",
    "resolve_pointer",
    "ErrorRules",
    "validate_error_rules",
    "check_error_in_body",
    "validate_empty_result_rule",
    "is_empty_result",
    "decode_strings",
    "normalize_keys",
]


_RULE_KEYS = frozenset({
    "when", "code", "codePattern", "codeValue", "message", "messages", "messagePattern", "raises",
    "success",
})  # fmt: skip
# the error classes a rule may name (``raises``); ``errors.BODY_ERRORS`` holds the classes
RAISES = ("ErrorInBody", "AuthenticationError", "NotFoundError", "RateLimitError")
_TEST_KEYS = frozenset({"equals", "in", "present"})


@dataclass(frozen=True, slots=True)
class BodyFailure:
    """A failure reported in a body: the arguments of ``ErrorInBody`` and, in ``raises``, the
    name of the error class the rule chose (one of ``RAISES``)."""

    code: str | None
    messages: tuple[str, ...]
    raises: str = "ErrorInBody"


def _has_value(value: object) -> bool:
    return value is not _MISSING and value is not None and value not in ("", [], {})


def _pattern(rule: Mapping[str, object], key: str, group: str | None = None) -> re.Pattern[str]:
    source = rule[key]
    if not isinstance(source, str):
        raise ValueError(f"{key} must be a regex string, not {source!r}")
    try:
        compiled = re.compile(source)
    except re.error as exc:
        raise ValueError(f"{key} {source!r} is not a valid regex: {exc}") from None
    if group and group not in compiled.groupindex:
        raise ValueError(f"{key} {source!r} needs a named group (?P<{group}>...)")
    return compiled


def _pointer(rule: Mapping[str, object], key: str) -> tuple[str, ...]:
    pointer = rule[key]
    if not isinstance(pointer, str):
        raise ValueError(f"{key} must be a JSON pointer string, not {pointer!r}")
    return _tokens(pointer)


class _Condition:
    """A checked ``when``: either ``text`` (a compiled ``textPattern``) or a pointer test.

    ``holds(body, text)`` is the one test this condition makes, chosen when it is built, so an
    answer is checked without going through the other kinds. (A plain class, not a dataclass:
    dataclasses cost import time, and this one is internal.)
    """

    __slots__ = ("text", "tokens", "key", "operand", "holds")

    def __init__(
        self,
        text: re.Pattern[str] | None,
        tokens: tuple[str, ...] = (),
        test: str = "",  # "equals", "in" or "present"
        operand: object = None,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.key = tokens[0] if len(tokens) == 1 else None  # a top-level member: the usual case
        self.operand = operand
        self.holds: Callable[[object, str], bool]
        if text is not None:
            self.holds = self._matches
        elif test == "present":
            self.holds = self._present
        elif test == "equals":
            self.holds = self._equals
        else:
            self.holds = self._one_of

    def _value(self, body: object) -> object:
        if self.key is not None and type(body) is dict:
            return body.get(self.key, _MISSING)
        return _walk(body, self.tokens)

    def _matches(self, body: object, text: str) -> bool:
        assert self.text is not None
        return self.text.search(text) is not None

    # _present and _equals inline _value's member lookup: they run on every answer
    def _present(self, body: object, text: str) -> bool:
        key = self.key
        if key is not None and type(body) is dict:
            return _has_value(body.get(key, _MISSING)) is self.operand
        return _has_value(self._value(body)) is self.operand

    def _equals(self, body: object, text: str) -> bool:
        key = self.key
        if key is not None and type(body) is dict:
            value = body.get(key, _MISSING)
        else:
            value = self._value(body)
        return value is not _MISSING and _json_equal(value, self.operand)

    def _one_of(self, body: object, text: str) -> bool:
        value = self._value(body)
        options = self.operand
        if value is _MISSING or not isinstance(options, list):
            return False
        return any(_json_equal(value, o) for o in options)


def _condition(when: object) -> _Condition:
    if not isinstance(when, Mapping):
        raise ValueError(f"'when' must be an object, not {when!r}")
    keys = set(when)
    if keys == {"textPattern"}:
        return _Condition(_pattern(when, "textPattern"))
    tests = keys & _TEST_KEYS
    if "pointer" not in keys or len(tests) != 1 or keys - _TEST_KEYS - {"pointer"}:
        raise ValueError(
            "'when' must be {'textPattern': regex} or {'pointer': p} with exactly one of "
            f"'equals', 'in', 'present'; got keys {sorted(keys)}"
        )
    tokens = _pointer(when, "pointer")
    if "in" in when and not isinstance(when["in"], list):
        raise ValueError(f"'in' must be a list, not {when['in']!r}")
    if "present" in when and not isinstance(when["present"], bool):
        raise ValueError(f"'present' must be true or false, not {when['present']!r}")
    (test,) = tests
    return _Condition(None, tokens, test, when[test])


class _Rule:
    """One checked error-in-body rule, its pointers split and its regexes compiled."""

    __slots__ = (
        "when", "code", "code_pattern", "messages", "message_pattern", "code_value", "raises",
        "success",
    )  # fmt: skip

    def __init__(
        self,
        when: _Condition,
        code: tuple[str, ...] | None,
        code_pattern: re.Pattern[str] | None,
        messages: tuple[tuple[str, ...], ...],  # the "message" then the "messages" pointer
        message_pattern: re.Pattern[str] | None,
        code_value: str | None = None,
        raises: str = "ErrorInBody",
        success: bool = False,
    ) -> None:
        self.when = when
        self.code = code
        self.code_pattern = code_pattern
        self.messages = messages
        self.message_pattern = message_pattern
        self.code_value = code_value
        self.raises = raises
        self.success = success

    def failure(self, body: object, text: str) -> BodyFailure:
        code: str | None = None
        messages: list[str] = []
        if self.code is not None:
            value = _walk(body, self.code)
            code = None if value is _MISSING or value is None else _scalar_text(value)
        if code is None and self.code_pattern is not None:
            found = self.code_pattern.search(text)
            code = found["code"] if found and found["code"] is not None else None
        for tokens in self.messages:
            messages.extend(_messages(_walk(body, tokens)))
        if code is None:
            code = self.code_value
        if self.message_pattern is not None:
            found = self.message_pattern.search(text)
            if found and found["message"]:
                messages.append(found["message"].strip())
        if self.when.text is not None and not self.messages and self.message_pattern is None:
            # the documented default: a sentence matched in the text is its own message
            messages.append(text.strip())
        return BodyFailure(code=code, messages=tuple(messages), raises=self.raises)


def _compile_rule(rule: object) -> _Rule:
    if not isinstance(rule, Mapping):
        raise ValueError("a rule must be an object")
    unknown = set(rule) - _RULE_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
    if "when" not in rule:
        raise ValueError("'when' is required")
    when = _condition(rule["when"])
    pointers = {key: _pointer(rule, key) for key in ("code", "message", "messages") if key in rule}
    raises = rule.get("raises", "ErrorInBody")
    if raises not in RAISES:
        raise ValueError(f"'raises' must be one of {', '.join(RAISES)}, not {raises!r}")
    code_value = rule.get("codeValue")
    if code_value is not None and not isinstance(code_value, str):
        raise ValueError(f"'codeValue' must be a string, not {code_value!r}")
    success = rule.get("success", False)
    if success is not False and success is not True:
        raise ValueError(f"'success' must be true or false, not {success!r}")
    if success and set(rule) - {"when", "success"}:
        raise ValueError("a 'success' rule says the answer is not an error: it takes only 'when'")
    return _Rule(
        when=when,
        code=pointers.get("code"),
        code_pattern=_pattern(rule, "codePattern", "code") if "codePattern" in rule else None,
        messages=tuple(pointers[key] for key in ("message", "messages") if key in pointers),
        message_pattern=(
            _pattern(rule, "messagePattern", "message") if "messagePattern" in rule else None
        ),
        code_value=code_value,
        raises=str(raises),
        success=success,
    )


class ErrorRules:
    """A list of error-in-body rules checked once and compiled, ready to run on every answer.

    Generated clients build one per documented response when their module is imported, so a
    call only walks the body; ``check_error_in_body`` is the same check for a one-off list.
    """

    __slots__ = ("_rules", "reads_text")

    def __init__(self, rules: Sequence[Mapping[str, object]]) -> None:
        compiled: list[_Rule] = []
        for index, rule in enumerate(rules):
            try:
                compiled.append(_compile_rule(rule))
            except ValueError as exc:
                raise ValueError(f"error-in-body rule {index}: {exc}") from None
        self._rules = tuple(compiled)
        # whether any rule searches the raw text (so the caller need not decode it otherwise)
        self.reads_text = any(
            r.when.text is not None or r.code_pattern is not None or r.message_pattern is not None
            for r in self._rules
        )

    def __bool__(self) -> bool:
        return bool(self._rules)

    def check(self, body: object, text: str) -> BodyFailure | None:
        """The failure the first matching rule finds, or ``None`` (see the module docstring):
        also ``None`` when the first matching rule is a ``success`` rule."""
        for rule in self._rules:
            if rule.when.holds(body, text):
                return None if rule.success else rule.failure(body, text)
        return None


def validate_error_rules(rules: Sequence[Mapping[str, object]]) -> None:
    """Raise ``ValueError`` naming the first malformed error-in-body rule."""
    ErrorRules(rules)


def _scalar_text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _messages(value: object) -> Iterable[str]:
    if value is _MISSING or value is None or value == "":
        return
    if isinstance(value, list):
        for item in value:
            yield from _messages(item)
    elif isinstance(value, Mapping):
        for key, member in value.items():
            for message in _messages(member):
                yield f"{key}: {message}"
    else:
        yield _scalar_text(value)


def check_error_in_body(
    body: object, text: str, rules: Sequence[Mapping[str, object]]
) -> BodyFailure | None:
    """The failure the first matching rule finds in the body, or ``None`` (see module docstring).

    ``body`` is the parsed answer, ``text`` its raw text. ``ValueError`` for malformed rules
    (all are checked, even those after the one that matches).
    """
    return ErrorRules(rules).check(body, text)
