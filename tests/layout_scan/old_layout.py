"""The layout as it was before its scans were shared between nesting levels (a copy of
``generator/strategies/layout.py`` at 948e6b3, verbatim below this docstring): the oracle of
``test_layout_spans``. Its ``_layout`` still asks ``specloom.format_split.operand_pieces``, which
reads the current ``top_text``; that one is compared with this copy's on its own."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["layout", "layout_inside", "magic_comma", "scan", "split_at", "top_text", "trailer"]


def layout(line: str, width: int = 100, suffix: str = "") -> list[str]:
    """``line`` split the way black splits it, for the kinds of line this compiler writes.

    A line that is too long and ends in a bracket is split at that bracket: the contents go on one
    indented line when they fit, else one item per line with a trailing comma, each item laid out
    in turn; contents without a top-level comma are laid out as a line of their own. (Black's
    right-hand split and delimiter split, restricted to call and display syntax.) A test checks
    that black leaves the generated modules unchanged, so any drift shows. ``suffix`` follows the
    line's last bracket (the comma after an item of an exploded display).
    """
    indent = line[: len(line) - len(line.lstrip(" "))]
    return _layout(indent, line.strip(), suffix, width, bool(suffix))


def layout_inside(indent: str, text: str, suffix: str, width: int = 100) -> list[str]:
    """``layout`` for a line inside brackets (an item, or the contents of a split bracket)."""
    return _layout(indent, text, suffix, width, True)


def _layout(indent: str, text: str, suffix: str, width: int, inside: bool = False) -> list[str]:
    full = indent + text + suffix
    if len(full) <= width and not magic_comma(text):
        return [full]
    if inside:  # black splits a line inside brackets at its operators first (``a + b``, ``a or b``)
        from specloom.format_split import operand_pieces

        pieces = operand_pieces(text)
        if pieces is not None:
            last = len(pieces) - 1
            return [line for i, piece in enumerate(pieces) for line in _layout(indent, piece, suffix if i == last else "", width, True)]
    annotated = _annotation(text)
    if annotated and not annotated[2] and len(f"{indent}{annotated[0]}: (") <= width:
        # ``name: A | B[...]``: black keeps the annotation's invisible parentheses (one ``|`` and
        # a subscript last, or several ``|``), so the last bracket is not where it splits
        return _annotated(indent, annotated, suffix, width)
    for opening, closing in _trailers(text):  # the last bracket first; earlier ones if its head is too long
        head, body, tail = text[: opening + 1], text[opening + 1 : closing], text[closing:]
        items = _items(body)
        if items and len(indent + head) <= width:
            return _split(indent, head, body, items, tail + suffix, width, opening == 0 or not (text[opening - 1].isalnum() or text[opening - 1] in "_)]"))
    bound = _ASSIGNED.fullmatch(text)
    if bound and not suffix and _trailers(bound[2]) and len(f"{indent}{bound[1]}(") <= width:
        # no bracket of the value leaves a short enough first line: black puts the value in
        # parentheses of its own (``x: T = (`` / value / ``)``), then lays the value out
        return [f"{indent}{bound[1]}(", *_layout(indent + "    ", bound[2], "", width, True), f"{indent})"]
    if bound and not suffix and not re.search(r"[()\[\]{}]", bound[2]) and re.search(r"[(\[{]", bound[1]):
        # an atom bound under a bracketed annotation (``x: Literal["a"] = "a"``): black keeps the
        # value's own parentheses when ``x: T[...] = (`` fits (the annotation's split is not preferred)
        if len(f"{indent}{bound[1]}(") <= width and len(f"{indent}    {bound[2]}") <= width:
            return [f"{indent}{bound[1]}(", f"{indent}    {bound[2]}", f"{indent})"]
    subscripted = _SUBSCRIPTED.fullmatch(text)
    if bound and not suffix and subscripted and len(f"{indent}{subscripted[1]}[") <= width:
        # even ``x: T[...] = (`` is too long: black splits the annotation's brackets first
        name, inner, value = subscripted[1], subscripted[2], subscripted[3]
        if len(f"{indent}    {inner}") <= width and len(f"{indent}]{value}") <= width and "[" not in inner:
            return [f"{indent}{name}[", f"{indent}    {inner}", f"{indent}]{value}"]
    if annotated and len(f"{indent}{annotated[0]}: (") <= width:
        return _annotated(indent, annotated, suffix, width)
    trailers = _trailers(text)
    target = _TARGET.match(text)
    value = text[target.end() : -1] if target else ""
    if target and trailers and trailers[0] == (target.end() - 1, len(text) - 1) and (value.rstrip().endswith(",") or _items(value)[1:]):
        # ``x.attr = (a, b)``: a tuple keeps its parentheses, black splits there however long the head
        return split_at(indent, text, trailers[0][0], trailers[0][1], suffix, width) or [full]
    if inside and not bound and trailers:  # no head is short enough: black splits at the last bracket anyway
        opening, closing = trailers[0]
        items = _items(text[opening + 1 : closing])
        if items:
            head, body, tail = text[: opening + 1], text[opening + 1 : closing], text[closing:]
            return _split(indent, head, body, items, tail + suffix, width, opening == 0 or not (text[opening - 1].isalnum() or text[opening - 1] in "_)]"))
    return [full]


def _annotated(indent: str, annotated: tuple[str, str, str], suffix: str, width: int) -> list[str]:
    """A long union annotation (``x: A | B = UNSET``, a parameter ``x: A | None = None,``):
    black puts it in parentheses of its own, one operand per line when it does not fit."""
    name, hint, value = annotated
    if value and not suffix and len(f"{indent}{name}: {hint} = (") <= width:
        # an assignment's value has parentheses of its own, which black opens first
        return [f"{indent}{name}: {hint} = (", f"{indent}    {value[3:]}", f"{indent})"]
    return [f"{indent}{name}: (", *_union(indent + "    ", hint, width), f"{indent}){value}{suffix}"]


def _annotation(text: str) -> tuple[str, str, str] | None:
    """(name, annotation, `` = value`` or ""), for ``name: A | B [= value]`` whose annotation is a
    union at its top level and whose value (if any) holds no bracket; else None."""
    found = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*): (.+)", text, re.DOTALL)
    if found is None:
        return None
    rest = found[2]
    equals = (_top_found(rest, " = ", first=True) or [-1])[0]
    hint, value = (rest[:equals], rest[equals:]) if equals >= 0 else (rest, "")
    if not _top_found(hint, " | ", first=True) or re.search(r"[()\[\]{}]", value):
        return None
    return found[1], hint, value


def _union(indent: str, hint: str, width: int) -> list[str]:
    """A union annotation inside its parentheses: one line if it fits, else one operand a line
    (``| X`` after the first), each laid out as black lays out a line of its own."""
    if len(indent + hint) <= width and not magic_comma(hint):
        return [indent + hint]
    cuts = _top_found(hint, " | ")
    parts = [hint[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(hint)], strict=True)]
    return [line for part in parts for line in _layout(indent, part, "", width)]


def _top_found(text: str, needle: str, first: bool = False) -> list[int]:
    """Where ``needle`` (no bracket, comma or quote in it) starts in ``text`` outside every
    bracket and string literal, in order (only the first with ``first``).

    Searched with ``str.find`` in each stretch of text between two marks at depth 0: such a
    needle never spans a mark, so this finds what testing every top-level position would, without
    building the list of positions (the line of a long annotation has thousands)."""
    out: list[int] = []
    depth, start = 0, 0
    for found in _MARKS.finditer(text):
        if depth == 0 and _find_all(text, needle, start, found.start(), out) and first:
            return out
        c = found.group()
        if c in _OPENING:
            depth += 1
        elif c in _CLOSING:
            depth -= 1
        start = found.end()
    if depth == 0:
        _find_all(text, needle, start, len(text), out)
    return out[:1] if first else out


def _find_all(text: str, needle: str, start: int, end: int, out: list[int]) -> bool:
    """Append to ``out`` where ``needle`` starts within ``text[start:end]`` (overlaps too); any?"""
    at, found = text.find(needle, start, end), False
    while at >= 0:
        out.append(at)
        at, found = text.find(needle, at + 1, end), True
    return found


_TARGET = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_.]* = \(")
_SUBSCRIPTED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*: [A-Za-z_][A-Za-z0-9_.]*)\[([^\[\]]+)\]( = .+)", re.DOTALL)
_ASSIGNED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*(?:: [^=]+)? = )(.+)", re.DOTALL)


def split_at(indent: str, text: str, opening: int, closing: int, tail: str, width: int = 100) -> list[str] | None:
    """``text`` split at the bracket pair (``opening``, ``closing``) as black's right-hand split
    does it (``tail`` follows the rest: ``:`` of a statement header); None if it holds nothing."""
    body = text[opening + 1 : closing]
    items = _items(body)
    if not items:
        return None
    display = opening == 0 or not (text[opening - 1].isalnum() or text[opening - 1] in "_)]")
    return _split(indent, text[: opening + 1], body, items, text[closing:] + tail, width, display)


def _split(indent: str, head: str, body: str, items: list[str], tail: str, width: int, display: bool) -> list[str]:
    inner = indent + "    "
    if len(items) == 1 and not body.rstrip().endswith(","):
        if len(inner + body) <= width and not magic_comma(body):
            return [indent + head, inner + body, indent + tail]
        return [indent + head, *_layout(inner, body, "", width, True), indent + tail]
    if len(inner + body) <= width and not body.rstrip().endswith(",") and not display and not magic_comma(body):
        return [indent + head, inner + body, indent + tail]
    lines = [indent + head]
    for item in items:
        lines += _layout(inner, item, ",", width, True)
    return [*lines, indent + tail]


def magic_comma(text: str) -> bool:
    """Whether ``text`` holds a comma right before a closing bracket, which black keeps by
    splitting the brackets one item per line (a one-item tuple's comma is not one: ``(x,)``)."""
    if "," not in text or _COMMA_CLOSING.search(text) is None:  # most texts asked about: no scan needed
        return False
    stack: list[list[int]] = []  # [opening position, commas, last comma position]
    for pos, char, _depth in scan(text):
        if char in "([{":
            stack.append([pos, 0, -1])
        elif char == "," and stack:
            stack[-1][1] += 1
            stack[-1][2] = pos
        elif char in ")]}" and stack:
            opening, commas, last = stack.pop()
            if last >= 0 and not text[last + 1 : pos].strip():
                call = opening > 0 and (text[opening - 1].isalnum() or text[opening - 1] in "_)]")
                if not (text[opening] == "(" and commas == 1 and not call):
                    return True
    return False


def _trailers(text: str) -> list[tuple[int, int]]:
    """Bracket pairs (opening, closing) after which only trailers (``.name(...)``) follow, last first."""
    marks = scan(text)
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for pos, char, _depth in marks:
        if char in "([{":
            stack.append(pos)
        elif char in ")]}" and stack:
            opening = stack.pop()
            if not stack:
                pairs.append((opening, pos))
    out = []
    for opening, closing in reversed(pairs):
        rest = text[closing + 1 :]
        if re.fullmatch(r"(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\(.*\))?)*", rest, re.DOTALL):
            out.append((opening, closing))
    return out


def scan(text: str) -> list[tuple[int, str, int]]:
    """Top-level structure of ``text``: (position, character, depth) of brackets and commas.

    One pass of one regex (``_MARKS``: string literals are matched whole and skipped), memoised:
    the layout asks for the same text's structure several times (``magic_comma``, ``_trailers``,
    ``_items``) while it descends into it. The list returned is shared: callers only read it."""
    return _scan(text)


@lru_cache(maxsize=2048)
def _scan(text: str) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    depth = 0
    for found in _MARKS.finditer(text):
        c = found.group()
        if c in _OPENING:
            out.append((found.start(), c, depth))
            depth += 1
        elif c in _CLOSING:
            depth -= 1
            out.append((found.start(), c, depth))
        elif c == ",":
            out.append((found.start(), c, depth))
    return out


def top_text(text: str) -> str:
    """``text`` outside its brackets and string literals (joined): where a top-level operator can be."""
    parts: list[str] = []
    depth, start = 0, 0
    for found in _MARKS.finditer(text):
        if depth == 0:
            parts.append(text[start : found.start()])
        c = found.group()
        if c in _OPENING:
            depth += 1
        elif c in _CLOSING:
            depth -= 1
        start = found.end()
    if depth == 0:
        parts.append(text[start:])
    return " ".join(parts)


# a bracket, a comma, or a string literal to skip: from its quote to the same quote unescaped (or
# to the end of the text when it is not closed), as Python reads a one-line literal. The literal
# is written as runs of plain characters between escapes (``"[^"\\]*(?:\\.?[^"\\]*)*"?``), which
# matches what ``"(?:[^"\\]|\\.?)*"?`` does in half the time (no alternation per character).
_MARKS = re.compile(r"""[()\[\]{},]|"[^"\\]*(?:\\.?[^"\\]*)*"?|'[^'\\]*(?:\\.?[^'\\]*)*'?""", re.DOTALL)
# a comma, blanks, a closing bracket: every magic comma is one (``str.strip`` and ``\s`` agree on
# blanks), so a text without it needs no scan; one inside a string literal is ruled out by the scan
_COMMA_CLOSING = re.compile(r",\s*[)\]}]")
_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")


def trailer(text: str) -> int:
    """Where the bracket closing ``text`` opens (-1 when ``text`` does not end in one)."""
    if not text or text[-1] not in ")]}":
        return -1
    marks = scan(text)
    depth = marks[-1][2] if marks else -1
    for pos, char, d in reversed(marks[:-1]):
        if d == depth and char in "([{":
            return pos
    return -1


def _items(body: str) -> list[str]:
    """``body`` split at its top-level commas (a trailing comma ends no item)."""
    cuts = [pos for pos, char, depth in scan(body) if char == "," and depth == 0]
    parts = [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]
    return [p.strip() for p in parts if p.strip()]
