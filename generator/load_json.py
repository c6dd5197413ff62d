"""JSON text -> (data, a lazy pointer -> line index), with the loader's bounds and refusals.

Why not the YAML reader: JSON is YAML 1.2, but reading a 3.6 MB document as YAML took seconds and
gigabytes when ``validate`` only needed the line of one bad value, and libyaml refuses valid JSON
escapes (surrogate pairs such as ``"\\ud83d\\ude00"``). Here the ``json`` module (C) builds the data;
nesting is bounded by a pre-scan before it runs (C recursion), duplicate keys are refused, and
``NaN``/``Infinity`` are not JSON.

``JsonLines`` answers "which line is this pointer on?" without indexing the whole file: it walks
down from the root, scanning each container on the way once (siblings are skipped by the C
scanner) and remembering where its members start. Memory grows with the containers asked about,
not with the file.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import accumulate
from json.decoder import scanstring  # type: ignore[attr-defined]  # the C scanner's, public in json.decoder
from typing import Any

from specloom.diagnostics import Diagnostic, SpecError, escape_token
from specloom.load import Limits

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]', re.DOTALL)
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def too_deep(text: str, limit: int) -> int | None:
    """The offset of the first ``[``/``{`` nested deeper than ``limit``, or None.

    Cheap on ordinary files: strings and scalars are cut out by regular expressions (C), and only
    the brackets left are summed; the exact offset is searched for only when the limit is passed.
    """
    if text.count("[") + text.count("{") <= limit:
        return None
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if max(accumulate(_STEP[c] for c in brackets), default=0) <= limit:
        return None
    depth = 0
    for match in _TOKEN.finditer(text):
        c = text[match.start()]
        if c in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif c in "]}":
            depth -= 1
    return None


def _skip(text: str, pos: int) -> int:
    """The offset past the JSON whitespace at ``pos``."""
    match = _WS.match(text, pos)
    return match.end() if match else pos


def line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse(text: str, file: str, limits: Limits, *, measure: bool = True) -> tuple[Any, JsonLines]:
    """JSON ``text`` -> (data, line index); ``SpecError`` (located) when it is not acceptable.

    ``measure``: also count values and pointer bytes against the limits (specs; payloads are
    bounded by their file size, and validating them builds no pointers).
    """
    if not text.strip():
        raise SpecError([Diagnostic(file, 1, "", "the file is empty")])
    deep = too_deep(text, limits.max_depth)
    if deep is not None:
        raise SpecError([Diagnostic(file, line_at(text, deep), "", f"nesting deeper than {limits.max_depth} (limit max_depth)")])
    duplicated = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated
        value = dict(items)
        duplicated = duplicated or len(value) != len(items)
        return value

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        hint = " (several JSON values? name the file .jsonl or pass --input-format jsonl)" if exc.msg == "Extra data" else ""
        raise SpecError([Diagnostic(file, exc.lineno, "", f"invalid JSON: {exc.msg} (column {exc.colno}){hint}")]) from None
    except (ValueError, RecursionError) as exc:  # NaN, an integer too long to convert
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        if "integer string conversion" in why:  # not Python's advice to raise its limit
            why = f"an integer of more than {sys.get_int_max_str_digits()} digits"
        raise SpecError([Diagnostic(file, _culprit_line(text), "", f"invalid JSON: {why}")]) from None
    lines = JsonLines(text, limits.max_depth)
    if duplicated:
        raise SpecError(Diagnostic(file, line, pointer, f"duplicate key {_short(pointer)}") for pointer, line, again in walk(text) if again)
    if measure:
        _measure(data, file, limits)
    return data, lines


def _culprit_line(text: str) -> int:
    """The line of the first ``NaN``/``Infinity`` or integer too long for Python to convert (its
    digit limit), strings skipped; 0 when there is none (the error came from elsewhere)."""
    tokens = re.compile(rf'"(?:[^"\\]|\\.)*+"|-?Infinity|NaN|\d{{{sys.get_int_max_str_digits() + 1},}}')
    culprit = next((m for m in tokens.finditer(text) if m.group()[0] != '"'), None)
    return 0 if culprit is None else line_at(text, culprit.start())


def _short(pointer: str) -> str:
    from specloom.load_yaml import short

    return short(pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~"))


def _measure(data: Any, file: str, limits: Limits) -> None:
    """Refuse data beyond ``max_nodes`` values or ``max_expanded_bytes`` of pointers and strings
    (as the later stages will build them: a long key is repeated in every pointer below it)."""
    nodes = size = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, length = stack.pop()
        nodes += 1
        size += length
        if isinstance(value, dict):
            stack.extend((item, length + 1 + len(key)) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, length + 1 + len(str(i))) for i, item in enumerate(value))
        elif isinstance(value, str):
            size += len(value)
        if nodes > limits.max_nodes or size > limits.max_expanded_bytes:
            what = f"more than {limits.max_nodes} values (limit max_nodes)" if nodes > limits.max_nodes else (
                f"more than {limits.max_expanded_bytes} bytes of keys, pointers and strings (limit max_expanded_bytes)")
            raise SpecError([Diagnostic(file, 1, "", f"document too large: {what}")])


def walk(text: str) -> Iterator[tuple[str, int, bool]]:
    """Every member and item of valid JSON ``text``: (pointer, line, is a repeated key).

    A full scan, for the rare callers that need all pointers (duplicate keys, iteration).
    """
    stack: list[tuple[str, set[str] | None, int]] = []  # pointer, keys so far (None: array), index
    line, last, child = 1, 0, ""
    expect_key = False

    def line_of(pos: int) -> int:
        nonlocal line, last
        line += text.count("\n", last, pos)
        last = pos
        return line

    for match in _TOKEN.finditer(text):
        start = match.start()
        c = text[start]
        if c == '"':
            if expect_key:
                pointer, keys, _ = stack[-1]
                key = scanstring(text, start + 1)[0]
                child = f"{pointer}/{escape_token(key)}"
                yield child, line_of(start), keys is not None and key in keys
                if keys is not None:
                    keys.add(key)
                expect_key = False
            continue
        if c in "]}":
            stack.pop()
            continue
        if c == "{" or c == "[":
            stack.append((child, set() if c == "{" else None, -1))
        elif not stack:
            continue
        pointer, keys, index = stack[-1]
        if keys is not None:  # "{" or a "," in an object: a key comes next
            expect_key = True
            continue
        at = _skip(text, start + 1)
        if text[at] != "]":  # the next item of an array starts here
            stack[-1] = (pointer, None, index + 1)
            child = f"{pointer}/{index + 1}"
            yield child, line_of(at), False


class JsonLines(Mapping[str, int]):
    """pointer -> line in JSON ``text`` (the line of a member's key, of an item's value), lazily."""

    def __init__(self, text: str, max_depth: int) -> None:
        self._text = text
        self._max_depth = max_depth
        start = _skip(text, 0)
        line = line_at(text, start)
        self._found: dict[str, tuple[int, int, int]] = {"": (start, line, line)}  # value offset, its line, reported line
        self._scanned: set[str] = set()
        self._scan_once: Callable[[str, int], tuple[Any, int]] = getattr(json.JSONDecoder(), "scan_once")  # noqa: B009

    def __getitem__(self, pointer: str) -> int:
        found = self._find(pointer)
        if found is None:
            raise KeyError(pointer)
        return found[2]

    def __contains__(self, pointer: object) -> bool:
        return isinstance(pointer, str) and self._find(pointer) is not None

    def __iter__(self) -> Iterator[str]:
        yield ""
        yield from (pointer for pointer, _, _ in walk(self._text))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _find(self, pointer: str) -> tuple[int, int, int] | None:
        found = self._found.get(pointer)
        if found is not None or not pointer.startswith("/") or pointer.count("/") > self._max_depth:
            return found
        cuts = [i for i, c in enumerate(pointer) if c == "/"][1:] + [len(pointer)]
        k = len(cuts) - 1
        while k > 0 and pointer[: cuts[k - 1]] not in self._found:
            k -= 1
        parent = pointer[: cuts[k - 1]] if k else ""
        for cut in cuts[k:]:
            if parent in self._scanned or parent not in self._found:
                return None
            self._scan(parent)
            parent = pointer[:cut]
        return self._found.get(pointer)

    def first(self, pointers: Iterable[str]) -> str:
        """The pointer of ``pointers`` (not empty) reported first in the file: the one
        ``min(pointers, key=lambda p: (line_of(p), p))`` picks, ``line_of`` being the line of a
        pointer or of its nearest ancestor in the file (``Reporter.line_of``).

        Why: a warning repeated over many places is located at its first (``normalize.Notes``);
        locating all of them scanned thousands of containers (Box: 2,000 pointers, 55,000
        members, about 70 ms of its serial start). Members do not overlap and the line of a
        pointer is never before that of the member holding it, so going down from the root only
        the members holding a candidate that could still come first are scanned."""
        best = self._first("", self._found[""][2], sorted(set(pointers)), None)
        assert best is not None, "no pointers"
        return best[1]

    def _first(self, here: str, line: int, group: list[str], best: tuple[int, str] | None) -> tuple[int, str] | None:
        """The best of ``best`` and ``group`` (pointers at or under ``here``, which is on ``line``)."""
        at_here: list[tuple[int, str]] = []
        children: dict[str, list[str]] = {}
        for pointer in group:
            cut = pointer.find("/", len(here) + 1)
            if pointer == here or not pointer.startswith("/"):
                at_here.append((line, pointer))
            else:
                children.setdefault(pointer if cut < 0 else pointer[:cut], []).append(pointer)
        located = []
        for child, members in children.items():
            found = self._find(child)
            if found is None:  # not in the file: reported where its nearest ancestor, ``here``, is
                at_here.extend((line, p) for p in members)
            else:
                located.append((found[2], child, members))
        best = min([best, *at_here] if best else at_here, default=None)
        for child_line, child, members in sorted(located):
            if best is not None and child_line > best[0]:
                break  # this member and the later ones start after the best found
            best = self._first(child, child_line, members, best)
        return best

    def _scan(self, pointer: str) -> None:
        """Note where each member or item of the container at ``pointer`` starts."""
        self._scanned.add(pointer)
        text = self._text
        offset, line, _ = self._found[pointer]
        opener = text[offset : offset + 1]
        if opener not in ("[", "{"):
            return
        pos = _skip(text, offset + 1)
        index = 0
        while text[pos] not in "]}":
            line += text.count("\n", offset, pos)
            offset = pos
            if opener == "{":
                key, after = scanstring(text, pos + 1)
                value = _skip(text, _skip(text, after) + 1)
                child = f"{pointer}/{escape_token(key)}"
            else:
                value, child = pos, f"{pointer}/{index}"
                index += 1
            value_line = line + text.count("\n", pos, value)  # a member is reported on its key's line
            self._found.setdefault(child, (value, value_line, line if opener == "{" else value_line))
            end = self._scan_once(text, value)[1]
            pos = _skip(text, end)
            if text[pos] == ",":
                pos = _skip(text, pos + 1)
