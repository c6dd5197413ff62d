"""Black's splits for statement headers and operator chains: one long line -> black's lines, or None.

Input: one line of generated code longer than the width (or an ``if (...):`` black would strip).
Output: the lines black prints for it, or None when the line is not of a shape handled here (the
caller then lets black format the module, and counts it). Why: ``specloom.strategies.layout.layout``
splits calls and displays at their brackets and commas; the validator compiler also writes long
conditions (``if not (a or b or ...):``, ``if a or b or c:``) and string concatenations inside
calls, which black splits before each ``or``/``and``/``+``. Handled, as black does them:

- ``if``/``elif``/``while`` with redundant parentheses around the whole condition: dropped;
- a condition with two or more top-level ``or``/``and`` (or comparisons): black's invisible
  parentheses, ``if (`` / one operand per line / ``):``;
- a condition with no top-level operator ending in a bracket (``not (...)``, ``f(...)``): split at
  that bracket, the contents on one line or one operand per line;
- a line inside brackets (an argument) whose top-level operators are ``+``/``or``/...: one
  operand per line, each line starting with its operator;
- a condition of one top-level operator that starts with a bracket (``[a, b].count(True) != 1``,
  ``(a) or (b)``): black omits its invisible parentheses and splits at a bracket pair (``_omitting``);
- ``return`` followed by a value with a top-level operator: the same invisible parentheses as
  a condition (``return [a, b].count(True) == 1``, ``return (`` / ``a or b`` / ``)``);
- ``def f(x: T) -> R:``, ``class C(Base):`` and ``for k in ("a", "b"):`` too long (their first
  line may stay long: black has nothing left to split there).

Anything else (another one-operator shape, a ternary, a comprehension, an operand still too
long) is None: black's choices there depend on more than this module models.
"""

from __future__ import annotations

import io
import re
import tokenize

WIDTH = 100
_HEADER = re.compile(r"( *)(if|elif|while) (.+):")
_RETURN = re.compile(r"( *)return (.+)")
_RAISE = re.compile(r"( *)(raise [A-Za-z_][A-Za-z0-9_.]*)\((.*)\)( from [A-Za-z_][A-Za-z0-9_.]*)")
_FOR = re.compile(r"( *)(for [A-Za-z_][A-Za-z0-9_]*(?:, [A-Za-z_][A-Za-z0-9_]*)* in )([(\[].*[)\]]):")
# anything that can be a top-level operator of ``_delimiters`` (a superset: it only skips work)
_OPERATOR = re.compile(r"[-+*/%|&^<>=!@]|\b(?:or|and|not|in|is)\b")
_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_CLASS = re.compile(r"( *)(class [A-Za-z_][A-Za-z0-9_]*)\(([A-Za-z_][A-Za-z0-9_.]*)\):")
_DEF = re.compile(r"( *)((?:async )?def [A-Za-z_][A-Za-z0-9_]*)\(([^()\[\]{}]*)\)((?: -> [^:]+)?):")
# black's delimiter priorities (black/brackets.py), the ones generated code uses
_LOGIC, _COMPARATOR = 14, 10
_MATH = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4, "%": 4, "@": 4}
_COMPARISONS = {"==", "!=", "<", ">", "<=", ">=", "in", "is"}
_GIVE_UP = {"if", "else", "for", "async", "lambda", ":=", "=", ":"}
# an ``=`` token (not part of ``==``, ``<=``, ``+=``...) or a ``:`` / ``:=`` one, in text outside
# brackets and strings (a pattern string: compiled on first use, by ``re``'s cache)
_GIVING_UP = re.compile(r"(?<![=!<>:+\-*/%&|^@])=(?!=)|:")
_KEYWORDS = {"or", "and", "not", "in", "is", "if", "else", "return", "lambda", "yield", "await"}  # shapes left to black


def header(line: str) -> list[str] | None:
    """An ``if``/``elif``/``while`` line as black prints it, or None (not a header, or a shape
    not handled here). A header that is short and has no redundant parentheses is returned as is."""
    found = _HEADER.fullmatch(line)
    if not found:
        return None
    indent, keyword, cond = found.groups()
    return _invisible(indent, keyword, cond, ":")


def return_value(line: str) -> list[str] | None:
    """``return <value>`` too long, whose value has a top-level operator, as black prints it:
    ``return`` puts the same invisible parentheses around its value as ``if`` around its
    condition (the validator compiler folds ``if cond: return False / return True`` into
    ``return not-cond``, e.g. a ``oneOf``'s ``return [...].count(True) == 1``); None for a value
    without such an operator (a call, a display: ``layout`` splits those) and other shapes."""
    found = _RETURN.fullmatch(line)
    if not found or len(line) <= WIDTH:
        return None
    value = _strip_parens(found[2])
    if value is None or not _OPERATOR.search(value) or not (cuts := _delimiters(value)) or not cuts[1]:
        return None
    return _invisible(found[1], "return", value, "")


def _invisible(indent: str, keyword: str, cond: str, colon: str) -> list[str] | None:
    """``keyword cond`` + ``colon`` in black's invisible parentheses: the line as is when it
    fits, else split (``header``, ``return_value``)."""
    stripped = _strip_parens(cond)
    if stripped is None:
        return None
    cond = stripped
    one = f"{indent}{keyword} {cond}{colon}"
    if len(one) <= WIDTH:
        return [one]
    cuts = _delimiters(cond)
    if cuts is None:
        return None
    inner = indent + "    "
    if len(cuts[1]) > 1:  # two or more operators of the lowest priority: invisible parens
        # (on one line when it fits there: never for a header, whose line is as long)
        exploded = [inner + cond] if len(inner + cond) <= WIDTH else _operand_lines(inner, cond)
        return None if exploded is None else [f"{indent}{keyword} (", *exploded, f"{indent}){colon}"]
    if cuts[1]:  # one operator: black drops its invisible parentheses only for some shapes
        return _omitting(indent, keyword, cond, colon)
    opening = _last_bracket(cond)
    if opening is None:
        return None
    head, body = cond[: opening + 1], cond[opening + 1 : -1]
    if not body.strip() or "," in _top_level(body):
        return None  # call arguments and empty brackets: not the shapes this module handles
    if len(inner + body) <= WIDTH:
        return [f"{indent}{keyword} {head}", inner + body, f"{indent}{cond[-1]}{colon}"]
    lines = _operand_lines(inner, body)
    if lines is None and _delimiters(body) == (0, []):  # no operator: black splits at its brackets
        from specloom.strategies.layout import layout_inside

        lines = layout_inside(inner, body, "")
    return None if lines is None else [f"{indent}{keyword} {head}", *lines, f"{indent}{cond[-1]}{colon}"]


def _omitting(indent: str, keyword: str, cond: str, colon: str) -> list[str] | None:
    """A condition of one top-level operator too long, as black's right-hand split prints it.
    When black may omit the condition's invisible parentheses (``_can_omit``): split at its last
    bracket pair whose first line fits, trying earlier pairs while the rest of the line from that
    pair on fits (``generate_trailers_to_omit``), else at the last pair; otherwise in those
    parentheses. None for shapes not modelled here."""
    from specloom.strategies.layout import split_at

    tokens = _tokens(cond)
    if not tokens or len(tokens) < 2:
        return None
    pairs, stack = [], []  # top-level bracket pairs (opening, closing) as token indexes
    for index, (_kind, value, _col) in enumerate(tokens):
        if value in ("(", "[", "{"):
            stack.append(index)
        elif value in (")", "]", "}"):
            if not stack:
                return None  # unbalanced: not a condition
            opening = stack.pop()
            if not stack:
                pairs.append((opening, index))
    inner = len(indent) + 4  # the condition's own line, inside the invisible parentheses
    if not _can_omit(tokens, pairs, inner):
        # black keeps the invisible parentheses: the condition on a line of its own, cut at its
        # operator when it does not fit there
        body = [" " * inner + cond] if inner + len(cond) <= WIDTH else _operand_lines(" " * inner, cond)
        return None if body is None else [f"{indent}{keyword} (", *body, f"{indent}){colon}"]
    line = f"{indent}{keyword} {cond}{colon}"
    start = len(indent) + len(keyword) + 1  # where ``cond`` starts on the line
    if pairs[-1][1] == pairs[-1][0] + 1:
        return None  # empty last brackets: black's first split fails there (not modelled)
    candidates = [(tokens[o][2], tokens[c][2]) for o, c in reversed(pairs) if c != o + 1]
    opening, closing = candidates[0]  # when no first line fits: black splits at the last pair
    for number, (first, last) in enumerate(candidates):
        if number and len(indent) + len(line) - (start + last) > WIDTH:
            break  # the rest of the line no longer fits: black stops omitting trailers
        if start + first + 1 <= WIDTH:
            opening, closing = first, last
            break
    return split_at(indent, f"{keyword} {cond}", len(keyword) + 1 + opening, len(keyword) + 1 + closing, colon, WIDTH)


def _can_omit(tokens: list[tuple[int, str, int]], pairs: list[tuple[int, int]], inner: int) -> bool:
    """black's ``can_omit_invisible_parens`` for a condition of one top-level operator (its
    tokens and top-level bracket pairs; ``inner``: the column the condition starts at inside the
    parentheses): a first bracket whose rest fits up to the next bracket, or a last bracket (not
    a subscript, not empty) with an earlier bracket or a first line that fits."""
    if tokens[0][1] in ("(", "[", "{") and tokens[1][1] not in (")", "]", "}"):
        closing = pairs[0][1]
        after = next((i for i in range(closing + 1, len(tokens)) if tokens[i][1] in ("(", "[", "{")), len(tokens) - 1)
        if inner + tokens[after][2] + len(tokens[after][1]) - tokens[closing][2] <= WIDTH:
            return True
    last = tokens[-1][1]
    if not (last in (")", "}") or (last == "]" and not _subscript(tokens, pairs[-1][0]))):
        return False
    if tokens[-2][1] in ("(", "[", "{"):
        return False
    opening = pairs[-1][0]
    earlier = any(value in ("(", "[", "{") for _kind, value, _col in tokens[:opening])
    return earlier or inner + tokens[opening][2] + 1 <= WIDTH


def _subscript(tokens: list[tuple[int, str, int]], opening: int) -> bool:
    """Whether the ``[`` at token ``opening`` subscripts what precedes it (``x[...]``, ``f()[...]``)."""
    if opening == 0:
        return False
    kind, value, _col = tokens[opening - 1]
    return value in (")", "]", "}") or (kind == tokenize.NAME and value not in _KEYWORDS) or kind == tokenize.STRING


def for_header(line: str) -> list[str] | None:
    """``for x in (a, b, ...):`` too long, as black prints it: the display exploded, one item a
    line with a trailing comma; None for other shapes."""
    found = _FOR.fullmatch(line)
    if not found or len(line) <= WIDTH:
        return None
    from specloom.strategies.layout import split_at, trailer

    indent, head, iterable = found.groups()
    if trailer(iterable) != 0:
        return None  # the display is not the whole iterable
    return split_at(indent, head + iterable, len(head), len(head) + len(iterable) - 1, ":", WIDTH)


def class_header(line: str) -> list[str] | None:
    """``class Name(Base):`` too long, as black's right-hand split prints it: the bases alone on
    the middle line (the first line may stay long); None for other shapes."""
    found = _CLASS.fullmatch(line)
    if not found or len(line) <= WIDTH or len(found[1]) + 4 + len(found[3]) > WIDTH:
        return None
    indent, head, bases = found.groups()
    return [f"{indent}{head}(", f"{indent}    {bases}", f"{indent}):"]


def returns(indent: str, hint: str) -> list[str] | None:
    """``) -> hint:`` too long (a ``def`` the template split), as black prints it: a union in
    parentheses of its own, one operand a line when it does not fit on one; a subscript
    (``list[A | B]``) split at its bracket; None for other shapes."""
    from specloom.strategies.layout import layout_inside, trailer

    inner = indent + "    "
    if _delimiters(hint) is None:
        return None
    if operand_pieces(hint) is not None:  # a top-level union: black keeps the parentheses
        body = [inner + hint] if len(inner + hint) <= WIDTH else _operand_lines(inner, hint)
        return None if body is None else [f"{indent}) -> (", *body, f"{indent}):"]
    opening = trailer(hint)
    if opening <= 0 or hint[-1] != "]" or not _NAME_RE.fullmatch(hint[:opening]):
        return None
    return [f"{indent}) -> {hint[: opening + 1]}", *layout_inside(inner, hint[opening + 1 : -1], ""), f"{indent}]:"]


def operand_pieces(text: str) -> list[str] | None:
    """``text`` (a line inside brackets) cut before each operator of its lowest top-level
    priority, as black's delimiter split does (``a``, ``+ b``, ``+ c``); None if it has no such
    operator or is of a shape left to black."""
    from specloom.strategies.layout import top_text

    outside = top_text(text)
    if not _OPERATOR.search(outside):
        return None  # no operator outside brackets and strings: nothing to cut (and no tokenize)
    if '"""' not in text and "'''" not in text and text.lstrip()[:1] not in ("=", ":") and _GIVING_UP.search(outside):
        # a keyword argument, an assignment or a dict item (``body={...}``, ``"k": -1``): its
        # ``=``/``:`` is a token ``_delimiters`` gives up at, found without tokenizing (a sample
        # body of kilobytes was tokenized once per nesting level)
        return None
    cuts = _delimiters(text)
    if cuts is None or not cuts[1]:
        return None
    positions = cuts[1]
    return [text[a:b].strip() for a, b in zip([0, *positions], [*positions, len(text)], strict=True)]


def _operand_lines(indent: str, text: str) -> list[str] | None:
    """The lines of ``text`` split at its operators, each laid out in turn; None as ``operand_pieces``."""
    from specloom.strategies.layout import layout_inside

    pieces = operand_pieces(text)
    return None if pieces is None else [line for piece in pieces for line in layout_inside(indent, piece, "")]


def definition(line: str) -> list[str] | None:
    """A ``def`` line too long, of one parameter without brackets, as black splits it (its
    left-hand split, with the trailing comma black adds); None for other shapes."""
    found = _DEF.fullmatch(line)
    if not found or len(line) <= WIDTH:
        return None
    indent, head, params, tail = found.groups()
    if "," in params or "=" in params or "*" in params or "#" in params:
        return None
    lines = [f"{indent}{head}(", f"{indent}    {params},", f"{indent}){tail}:"]
    # the first line may stay too long: black's left-hand split has nothing left to split there
    return lines if all(len(x) <= WIDTH for x in lines[1:]) else None


def raise_from(line: str) -> list[str] | None:
    """``raise E(arg) from x`` too long, as black splits it: at the call's bracket, the argument
    alone on the middle line (even when one string too long for it: black still splits there);
    None for other shapes."""
    found = _RAISE.fullmatch(line)
    if not found or len(line) <= WIDTH:
        return None
    indent, head, tail = found[1], found[2], found[4]
    arg = found[3]
    tokens = _tokens(arg)
    if tokens is None or len(tokens) != 1 or tokens[0][0] != tokenize.STRING:
        return None  # arguments other than one string literal: left to black
    return [f"{indent}{head}(", f"{indent}    {arg}", f"{indent}){tail}"]


def _strip_parens(cond: str) -> str | None:
    """``cond`` without parentheses that enclose all of it (black drops them); None if it does not tokenize."""
    while cond.startswith("(") and cond.endswith(")"):
        tokens = _tokens(cond)
        if tokens is None:
            return None
        depth = 0
        for index, (_kind, text, _col) in enumerate(tokens):
            if text in ("(", "[", "{"):
                depth += 1
            elif text in (")", "]", "}"):
                depth -= 1
                if depth == 0 and index != len(tokens) - 1:
                    return cond  # the first parenthesis closes before the end: not redundant
        inner = cond[1:-1]
        if "," in _top_level(inner) or not inner.strip() or "yield" in inner.split():
            return cond  # a tuple, empty, or a yield: the parentheses mean something
        cond = inner.strip()
    return cond


def _tokens(text: str) -> list[tuple[int, str, int]] | None:
    """(type, text, column) of each token of a one-line expression; None if it does not tokenize."""
    try:
        found = [(t.type, t.string, t.start[1]) for t in tokenize.generate_tokens(io.StringIO(text).readline)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    if any(t[0] == tokenize.COMMENT for t in found):
        return None  # a comment ends the line: left to black
    return [t for t in found if t[0] not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT)]


def _top_level(text: str) -> list[str]:
    """The top-level (depth 0) token texts of ``text``."""
    tokens = _tokens(text) or []
    out, depth = [], 0
    for _kind, value, _col in tokens:
        if value in ("(", "[", "{"):
            depth += 1
        elif value in (")", "]", "}"):
            depth -= 1
        elif depth == 0:
            out.append(value)
    return out


def _delimiters(text: str) -> tuple[int, list[int]] | None:
    """The lowest-priority top-level operator of ``text`` (black's delimiter priority) and the
    columns to split before; (0, []) when it has none; None for shapes left to black."""
    tokens = _tokens(text)
    if tokens is None:
        return None
    depth, previous = 0, ""
    found: dict[int, list[int]] = {}
    for index, (kind, value, col) in enumerate(tokens):
        if value in ("(", "[", "{"):
            depth += 1
        elif value in (")", "]", "}"):
            depth -= 1
        elif depth == 0 and index > 0:
            if value in _GIVE_UP or kind == tokenize.STRING and tokens[index - 1][0] == tokenize.STRING:
                return None
            if value == ",":
                return None  # a comma list: the writer's layout splits those
            priority = 0
            if value in ("or", "and"):
                priority = _LOGIC
            elif value in _COMPARISONS and not (value == "in" and previous == "not") and not (previous == "is" and value == "not"):
                priority = _COMPARATOR
            elif value == "not" and index + 1 < len(tokens) and tokens[index + 1][1] == "in":
                priority = _COMPARATOR  # ``not in``: black splits before ``not``
            elif value in _MATH and _operand_ends(tokens[index - 1]):  # binary, not a sign
                priority = _MATH[value]
            if priority:
                found.setdefault(priority, []).append(col)
        previous = value
    if not found:
        return 0, []
    best = max(found)
    return best, found[best]


def _operand_ends(token: tuple[int, str, int]) -> bool:
    kind, value = token[0], token[1]
    return value in (")", "]", "}") or kind in (tokenize.NUMBER, tokenize.STRING) or (kind == tokenize.NAME and value not in _KEYWORDS)


def _last_bracket(cond: str) -> int | None:
    """Where the bracket closing ``cond`` opens, when ``cond`` ends with one; else None."""
    tokens = _tokens(cond)
    if not tokens or tokens[-1][1] not in (")", "]", "}"):
        return None
    depth = 0
    for _kind, value, col in reversed(tokens):
        if value in (")", "]", "}"):
            depth += 1
        elif value in ("(", "[", "{"):
            depth -= 1
            if depth == 0:
                return col
    return None
