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
     "messagePattern": "regex (?P<message>..)"}  # optional: message = group of a text search

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

Empty-result rule: ``{"status": [404, ...], "messages": ["substring", ...]}`` (both optional).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

__all__ = [
    "BodyFailure",
    "resolve_pointer",
    "validate_error_rules",
    "check_error_in_body",
    "validate_empty_result_rule",
    "is_empty_result",
    "decode_strings",
    "normalize_keys",
]


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Final = _Missing()

_RULE_KEYS = frozenset({"when", "code", "codePattern", "message", "messages", "messagePattern"})
_TEST_KEYS = frozenset({"equals", "in", "present"})
_EMPTY_KEYS = frozenset({"status", "messages"})


@dataclass(frozen=True, slots=True)
class BodyFailure:
    """A failure reported in a body: the arguments of ``ErrorInBody``."""

    code: str | None
    messages: tuple[str, ...]


def _tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer {pointer!r} must be empty or start with '/'")
    tokens = pointer[1:].split("/")
    for token in tokens:
        if re.search(r"~(?![01])", token):
            raise ValueError(f"JSON pointer {pointer!r} has a '~' not followed by 0 or 1")
    return [t.replace("~1", "/").replace("~0", "~") for t in tokens]


def _lookup(document: object, pointer: str) -> object:
    value = document
    for token in _tokens(pointer):
        if isinstance(value, Mapping):
            if token not in value:
                return _MISSING
            value = value[token]
        elif isinstance(value, list) and re.fullmatch(r"0|[1-9][0-9]*", token):
            index = int(token)
            if index >= len(value):
                return _MISSING
            value = value[index]
        else:
            return _MISSING
    return value


def resolve_pointer(document: object, pointer: str, default: object = None) -> object:
    """The value at RFC 6901 ``pointer`` in ``document``, or ``default`` when there is none."""
    value = _lookup(document, pointer)
    return default if value is _MISSING else value


def _json_equal(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


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


def _pointer(rule: Mapping[str, object], key: str) -> str:
    pointer = rule[key]
    if not isinstance(pointer, str):
        raise ValueError(f"{key} must be a JSON pointer string, not {pointer!r}")
    _tokens(pointer)
    return pointer


def _check_condition(when: object) -> None:
    if not isinstance(when, Mapping):
        raise ValueError(f"'when' must be an object, not {when!r}")
    keys = set(when)
    if keys == {"textPattern"}:
        _pattern(when, "textPattern")
        return
    tests = keys & _TEST_KEYS
    if "pointer" not in keys or len(tests) != 1 or keys - _TEST_KEYS - {"pointer"}:
        raise ValueError(
            "'when' must be {'textPattern': regex} or {'pointer': p} with exactly one of "
            f"'equals', 'in', 'present'; got keys {sorted(keys)}"
        )
    _pointer(when, "pointer")
    if "in" in when and not isinstance(when["in"], list):
        raise ValueError(f"'in' must be a list, not {when['in']!r}")
    if "present" in when and not isinstance(when["present"], bool):
        raise ValueError(f"'present' must be true or false, not {when['present']!r}")


def validate_error_rules(rules: Sequence[Mapping[str, object]]) -> None:
    """Raise ``ValueError`` naming the first malformed error-in-body rule."""
    for index, rule in enumerate(rules):
        try:
            if not isinstance(rule, Mapping):
                raise ValueError("a rule must be an object")
            unknown = set(rule) - _RULE_KEYS
            if unknown:
                raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
            if "when" not in rule:
                raise ValueError("'when' is required")
            _check_condition(rule["when"])
            for key in ("code", "message", "messages"):
                if key in rule:
                    _pointer(rule, key)
            if "codePattern" in rule:
                _pattern(rule, "codePattern", "code")
            if "messagePattern" in rule:
                _pattern(rule, "messagePattern", "message")
        except ValueError as exc:
            raise ValueError(f"error-in-body rule {index}: {exc}") from None


def _holds(when: Mapping[str, object], body: object, text: str) -> bool:
    if "textPattern" in when:
        return _pattern(when, "textPattern").search(text) is not None
    value = _lookup(body, _pointer(when, "pointer"))
    if "present" in when:
        return _has_value(value) is when["present"]
    if value is _MISSING:
        return False
    if "equals" in when:
        return _json_equal(value, when["equals"])
    options = when["in"]
    return isinstance(options, list) and any(_json_equal(value, o) for o in options)


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

    ``body`` is the parsed answer, ``text`` its raw text. ``ValueError`` for malformed rules.
    """
    validate_error_rules(rules)
    for rule in rules:
        when = rule["when"]
        assert isinstance(when, Mapping)  # checked by validate_error_rules
        if not _holds(when, body, text):
            continue
        code: str | None = None
        messages: list[str] = []
        if "code" in rule:
            value = _lookup(body, _pointer(rule, "code"))
            code = None if value is _MISSING or value is None else _scalar_text(value)
        if code is None and "codePattern" in rule:
            found = _pattern(rule, "codePattern", "code").search(text)
            code = found["code"] if found and found["code"] is not None else None
        for key in ("message", "messages"):
            if key in rule:
                messages.extend(_messages(_lookup(body, _pointer(rule, key))))
        if "messagePattern" in rule:
            found = _pattern(rule, "messagePattern", "message").search(text)
            if found and found["message"]:
                messages.append(found["message"].strip())
        return BodyFailure(code=code, messages=tuple(messages))
    return None


def validate_empty_result_rule(rule: Mapping[str, object]) -> None:
    """Raise ``ValueError`` unless ``rule`` is ``{"status": [int...], "messages": [str...]}``."""
    unknown = set(rule) - _EMPTY_KEYS
    if unknown:
        raise ValueError(f"empty-result rule: unknown keys {sorted(unknown)}")
    statuses = rule.get("status", [])
    if not isinstance(statuses, list) or not all(
        isinstance(s, int) and not isinstance(s, bool) for s in statuses
    ):
        raise ValueError(f"empty-result rule: 'status' must be a list of integers: {statuses!r}")
    messages = rule.get("messages", [])
    if not isinstance(messages, list) or not all(isinstance(m, str) and m for m in messages):
        raise ValueError(f"empty-result rule: 'messages' must be non-empty strings: {messages!r}")


def is_empty_result(status: int, text: str, rule: Mapping[str, object]) -> bool:
    """True when ``status`` is one of ``rule["status"]``, or is >= 400 and ``text`` contains one
    of ``rule["messages"]`` (compared case-insensitively): the API's way of saying "no results"."""
    validate_empty_result_rule(rule)
    statuses = rule.get("status", [])
    messages = rule.get("messages", [])
    assert isinstance(statuses, list) and isinstance(messages, list)
    if status in statuses:
        return True
    folded = text.casefold()
    return status >= 400 and any(str(m).casefold() in folded for m in messages)


def decode_strings(value: object, mapping: Mapping[str, object]) -> object:
    """``mapping[value]`` when ``value`` is a string key of ``mapping`` (e.g. ``"true"`` → True);
    otherwise ``value`` unchanged. Non-strings are never looked up, so ``1`` stays ``1``."""
    if isinstance(value, str) and value in mapping:
        return mapping[value]
    return value


def normalize_keys(
    mapping: Mapping[str, object], replacements: Mapping[str, str], fixed_keys: Iterable[str] = ()
) -> dict[str, object]:
    """A copy of ``mapping`` whose keys (except ``fixed_keys``) have each ``replacements`` key
    replaced by its value, in order (e.g. ``{" ": "_"}``: ``"first name"`` → ``"first_name"``).

    Top level only. ``ValueError`` when two keys end up the same, rather than losing one value.
    """
    fixed = frozenset(fixed_keys)
    out: dict[str, object] = {}
    origin: dict[str, str] = {}
    for key, value in mapping.items():
        new = key
        if key not in fixed:
            for old, replacement in replacements.items():
                new = new.replace(old, replacement)
        if new in out:
            raise ValueError(f"keys {origin[new]!r} and {key!r} both normalize to {new!r}")
        out[new] = value
        origin[new] = key
    return out
