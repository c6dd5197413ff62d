"""Small declarative wire quirks: "this error means no results", wire strings, key spelling.

Input: rules the generated code passes as literal data (checked strictly: ``ValueError``).
Output: whether an error answer means "no (more) records" (``x-specloom-empty-result``), a wire
string decoded (``x-specloom-decode-strings``), keys respelled (``x-specloom-normalize-keys``).
Split from ``body_rules`` (the error-in-body rules), which re-exports these names.

Empty-result rule: ``{"status": [404, ...], "messages": ["substring", ...]}`` (both optional).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["validate_empty_result_rule", "is_empty_result", "decode_strings", "normalize_keys"]

_EMPTY_KEYS = frozenset({"status", "messages"})


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
