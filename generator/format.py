"""Format stage: rendered sources -> sources in black's layout, mostly without running black.

Input/output: ``{path: source}``. The templates and code compilers write black's layout
themselves (black-quoted literals, exploded displays with magic trailing commas, black's blank
lines); what they cannot know in advance is whether a line that holds spec-chosen names fits in
100 columns, so a line too long is split here the way black splits it (``layout``: at its last
bracket, then one item per line; ``format_split``: long ``if``/``while`` conditions and operator
chains, and the parentheses black drops around a whole condition). ``validators.py`` too: the
validator compiler writes one check per line and this stage gives it black's layout. Modules go
through it one top-level statement run at a time (``_pieces``); a run with a long line that
``layout`` cannot split is formatted by black itself (pinned, in-process), and its module is
counted in ``STATS`` (``specloom generate`` prints the count, so the bench shows how often that
happens: on none of the corpus documents, the largest included). Tests judge the result: black
must leave every generated module as is (and they compile, ruff and type-check it). A template's
module that does not parse is a generator bug and is reported with the file's name; the two
modules the code compilers write line by line, ``validators.py`` and ``strategies.py``, are not
parsed here (seconds on a large document): the tests import them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from specloom import format_split

if TYPE_CHECKING:
    import black

WIDTH = 100
_OPEN = {"(": ")", "[": "]", "{": "}"}
_BRACKETS = frozenset("()[]{}")
_JOINED = "\n"  # a line merged into the one before it (never a line of ``source.split``)
# a display item made of string literals (``"key": "value"``, or a name as the value): black leaves it long
# (each literal as runs of plain characters between escapes: the same matches as an alternation
# per character, ``"(?:[^"\\\n]|\\.)*"``, in about half the time)
_STRINGS = re.compile(r"""[rbfu]{0,2}(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\\\n]*(?:\\.[^'\\\n]*)*')""", re.IGNORECASE)
# ... or one atom black cannot split: a string or a (dotted) name, alone or as a keyword argument
# (or as an operand line of a delimiter split: ``+ "text"``)
_ATOMS = re.compile(r'\s*(?:(?:[-+*/%|&^@]|or|and) )?(?:""(?:\s*:\s*(?:""|[A-Za-z_][A-Za-z0-9_]*))?|(?:[A-Za-z_][A-Za-z0-9_]*=)?(?:""|[A-Za-z_][A-Za-z0-9_.]*))')
_BOUND = re.compile(r"( *+)[A-Za-z_][A-Za-z0-9_]*+ = (.+)")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_HEADS = re.compile(r" *+(?:if|elif|while|def|async def|for|class) ")  # statement headers ``format_split`` lays out
# the last line of a ``def`` the template split, its return annotation too long
_RETURNS = re.compile(r"( *+)\) -> (.+):")
# a field annotated with a (dotted) name alone: black puts a long one in parentheses of its own
_FIELD = re.compile(r"( *+)([A-Za-z_][A-Za-z0-9_]*+): ([A-Za-z_][A-Za-z0-9_.]*+)")
_PARENS = re.compile(r" *+(?:if|elif|while) \(.*\):$")  # black drops parentheses around a whole condition
# a function without parameters whose return annotation black already parenthesised: no split left
_BARE_DEF = re.compile(r" *+(?:async )?def [A-Za-z_][A-Za-z0-9_]*+\(\) -> \(")
_MAGIC = re.compile(r",\s*[)\]}]")  # a comma before a closing bracket (``magic_comma`` decides)
# (``*+``: indents and names are taken whole, never given back to retry the rest one character
# earlier: nothing after them can start with a space or a name's character, so the matches are
# those of ``*``, and a line indented by 24 is not tried 25 times)

# The strategy compiler lays its lines out as black does (``specloom.strategies.layout.layout``)
# and leaves long only what it cannot split; such a module goes through black.
LAID_OUT = frozenset({"strategies.py"})

# per process: "direct" modules written as laid out here, "black" ones black formatted (their
# paths in BLACKED; "black pieces": how many pieces of them), for the bench and the tests (a
# worker process of the pipeline keeps its own: ``black_note`` counts this process's specs)
STATS: Counter[str] = Counter()
BLACKED: list[PurePosixPath] = []


class Formatted(str):
    """A source already in its final layout: ``format_sources`` passes it through. Why: the
    validators and strategies modules are laid out in the process that compiled them
    (``specloom.render.fork``), on the other core, instead of after it here."""

    __slots__ = ()


class FormatError(Exception):
    """black rejected generated code (a template bug, never a spec problem)."""


def lay_out(source: str) -> tuple[str, bool]:
    """``source`` with its long lines split as black would; False if one is beyond ``layout``.

    Docstring lines and comments are left alone (black never splits them). A line too long, or
    holding a magic trailing comma, is split by ``layout`` (which splits only at a last bracket
    followed by nothing but trailers); an empty display a loop left open is closed (``()``).
    """
    # imported here: ``specloom.strategies`` loads every strategy compiler and the runtime, which
    # a run formatting only the output folder's ``__init__.py`` (all else cached) does not need
    from specloom.strategies.layout import layout, layout_inside, magic_comma

    out: list[str] = []
    in_doc, done, code_opens = False, True, False
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if line is _JOINED:
            continue
        if len(line) <= WIDTH and '"""' not in line and ("," not in line or not _MAGIC.search(line)):
            # most lines: short, no docstring quotes (so ``in_doc`` stays) and no magic comma:
            # kept as they are, unless an ``if (...):`` header or a display the next line closes
            if line[-1:] in _OPEN:
                opens = not in_doc and "#" not in line  # a code line opening a bracket
                if not (opens and index + 1 < len(lines) and lines[index + 1].lstrip(" ")[:1] == _OPEN[line[-1]]):
                    out.append(line)
                    code_opens = opens
                    continue
            elif line[-2:] != "):" or not _PARENS.match(line):
                out.append(line)
                code_opens = False
                continue
        text_line, in_doc = _in_text(line, in_doc)
        # whether the code line before this one opened a bracket (this one is inside it)
        opened, code_opens = code_opens, not text_line and line[-1:] in _OPEN and "#" not in line
        if not text_line and line[-1:] in _OPEN and index + 1 < len(lines) and "#" not in line:
            closing = lines[index + 1].lstrip(" ")
            if closing[:1] == _OPEN[line[-1]]:  # a display a loop left empty: black writes ``()``
                line, lines[index + 1] = line + closing, _JOINED
        if not text_line and _HEADS.match(line) and (len(line) > WIDTH or _PARENS.match(line)):
            split = _header(line)
            if split is not None or len(line) > WIDTH:  # None: a shape left to black
                done = done and (split is not None or _unsplittable(line))
                out += split or [line]
                continue
        if text_line or (len(line) <= WIDTH and not _MAGIC.search(line)):
            out.append(line)
            continue
        if line.lstrip().startswith("raise ") and (raised := format_split.raise_from(line)) is not None:
            out += raised
            continue
        if line.lstrip().startswith("return ") and (returned := format_split.return_value(line)) is not None:
            out += returned
            continue
        if _unsplittable(line):
            out.append(line)
            continue
        field = _FIELD.fullmatch(line)
        if field:  # too long even alone in the parentheses: black leaves it (it cannot split it)
            fits = len(field[1]) + 4 + len(field[3]) <= WIDTH
            out += [f"{field[1]}{field[2]}: (", f"{field[1]}    {field[3]}", f"{field[1]})"] if fits else [line]
            continue
        if _parenthesise_block(lines, index):
            line = lines[index]
            out.append(line)
            continue
        bound = _BOUND.fullmatch(line)
        if bound and (_STRINGS.fullmatch(bound[2]) or (_NAME.fullmatch(bound[2]) and len(bound[1]) + 4 + len(bound[2]) <= WIDTH)):
            # a string or a name that fits alone: black parenthesises it
            out += [f"{line[: -len(bound[2])]}(", f"{bound[1]}    {bound[2]}", f"{bound[1]})"]
            continue
        returns = _RETURNS.fullmatch(line)
        if returns and (split := format_split.returns(returns[1], returns[2])) is not None:
            out += split
            continue
        text, suffix = (line[:-1], ",") if line.endswith(",") else (line, "")
        if not suffix and opened and out[-1][-1:] in _OPEN:
            # the one line of a bracket the template split: black splits it as a line inside
            # brackets (at its operators first), even without a trailing comma
            laid = layout_inside(text[: len(text) - len(text.lstrip(" "))], text.lstrip(" "), "")
        else:
            laid = layout(text, WIDTH, suffix)
        # ``magic_comma`` of a part without its indent: the same answer (leading spaces are no
        # bracket's callee), and the text ``layout`` already scanned (its scans are memoised)
        # (a part with no comma before its trailing ones holds no magic comma: not scanned)
        done = done and not any((len(part) > WIDTH and not _unsplittable(part)) or ("," in part.rstrip(",") and magic_comma(part.lstrip(" ").rstrip(","))) for part in laid)
        out += laid
    return "\n".join(out), done


def _header(line: str) -> list[str] | None:
    """A statement header (``def``, ``class``, ``for``, ``if``...) as ``format_split`` splits it."""
    keyword = line.lstrip(" ").split(" ", 1)[0]
    if keyword in ("def", "async"):
        return format_split.definition(line)
    if keyword == "for":
        return format_split.for_header(line)
    if keyword == "class":
        return format_split.class_header(line)
    return format_split.header(line)


_HEAD = re.compile(r"( *+)([A-Za-z_][A-Za-z0-9_]*+: [^=]+ = )([A-Za-z_][A-Za-z0-9_.]*+\()")


def _parenthesise_block(lines: list[str], index: int) -> bool:
    """``x: T = Call(`` too long, its block below it: black puts the value in parentheses of its
    own (``x: T = (``, the block indented by four, ``)``) when that first line fits. Done in place
    on ``lines`` (the block's lines are laid out in turn at their new indent); False when the
    head does not have that shape or the block holds a multi-line string (its text would move)."""
    head = _HEAD.fullmatch(lines[index])
    if head is None or len(head[1] + head[2] + "(") > WIDTH:
        return False
    indent = head[1]
    for end in range(index + 1, len(lines)):
        line = lines[end]
        if '"""' in line or "'''" in line:
            return False
        if line == indent + ")":
            break
    else:
        return False
    block = ["    " + line if line else line for line in lines[index + 1 : end + 1]]
    lines[index : end + 1] = [indent + head[2] + "(", indent + "    " + head[3], *block, indent + ")"]
    return True


def _too_long(source: str) -> bool:
    """Whether a code line of ``source`` is longer than black allows (docstrings and comments
    aside, and display items black cannot split either)."""
    in_doc = False
    for line in source.split("\n"):
        if len(line) <= WIDTH and '"""' not in line:
            continue  # neither too long nor opening or closing a docstring: no answer, no change of state
        text_line, in_doc = _in_text(line, in_doc)
        if not text_line and len(line) > WIDTH and not _unsplittable(line):
            return True
    return False


def _in_text(line: str, in_doc: bool) -> tuple[bool, bool]:
    """Whether ``line`` is docstring or comment text, and whether a docstring is open after it.

    Generated code opens a docstring at the start of a line and closes it at the end of one (the
    docstring filter escapes quote runs inside), so triple quotes elsewhere -- inside a literal
    such as ``'a\"\"\"b'`` -- open nothing."""
    stripped = line.strip()
    if in_doc:
        return True, not stripped.endswith('"""')
    if stripped.startswith('"""'):
        return True, len(stripped) < 6 or not stripped.endswith('"""')
    return stripped.startswith("#"), False


# the first line of a split item: ``"key": Name(``, ``name(``; black splits it no further
_OPENER = re.compile(r' *+(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|[A-Za-z_][A-Za-z0-9_.]*+)(?:: [A-Za-z_][A-Za-z0-9_.]*+)?\(')
# ... or of a split header or assignment: ``def name(``, ``class Name(``, ``x.attr = (``
_HEAD_LINE = re.compile(r" *+(?:(?:async )?def |class )?[A-Za-z_][A-Za-z0-9_.]*+(?: = )?\(")


def _unsplittable(line: str) -> bool:
    """A line black leaves as long as it is: a display item made of string literals (a name may
    be the value of a string key), the first line of a split, or a name bound to a string or a
    name too long to fit even alone on a line of its own in parentheses."""
    text = line.rstrip(",")
    # ``_ATOMS`` ends in a quote or a name, never in a bracket: a line ending in one (most long
    # lines, calls) needs no substitution of its literals to know that
    if (text[-1:] not in _BRACKETS and _ATOMS.fullmatch(_STRINGS.sub('""', text))) or _BARE_DEF.fullmatch(line):
        return True
    if _OPENER.fullmatch(line) or _HEAD_LINE.fullmatch(line) or _NAME.fullmatch(line.strip().rstrip(",")):
        return True  # a split item's first line, or a name alone on its line
    bound = _BOUND.fullmatch(line)
    if bound is None or not (_STRINGS.fullmatch(bound[2]) or _NAME.fullmatch(bound[2])):
        return False
    return len(bound[1]) + 4 + len(bound[2]) > WIDTH


def format_one(item: tuple[PurePosixPath, str], checked: bool = False) -> tuple[PurePosixPath, str]:
    """One module laid out, counted in ``STATS``: "direct", or "black" when black had to format
    some of its top-level statements (only those: ``_pieces``). ``checked``: its syntax is being
    checked elsewhere (``specloom.syntax_check``), so it is laid out whole, not cut into runs of
    statements, when ``layout`` can finish it. The same lines on every corpus document (compared
    module by module): the cuts fall between statements, where no docstring is open and no
    bracket either; the one look-ahead past a statement, ``_parenthesise_block``'s for its
    block's end, stops at that statement's last line in the modules the templates write."""
    path, source = item
    if isinstance(source, Formatted):
        return path, str(source)
    if path.suffix != ".py" or not source:
        return path, source
    if path.name in LAID_OUT and not _too_long(source):
        # laid out line by line by its compiler, nothing left to split: as is, and (like
        # validators.py) not parsed -- its pieces' syntax check was a third of the strategies
        # child's CPU on GitHub (0.7 s), for code no template writes
        STATS["direct"] += 1
        return path, source
    if checked:
        laid, done = lay_out(source)
        if done:
            STATS["direct"] += 1
            return path, laid
    out: list[str] = []
    blacked = [False]
    for piece in _pieces(path, source):
        body = piece.lstrip("\n")
        out += [piece[: len(piece) - len(body)], _lay_out_piece(path, body, blacked)]
    STATS["black" if blacked[0] else "direct"] += 1
    if blacked[0]:
        BLACKED.append(path)
    return path, "".join(out)


def _lay_out_piece(path: PurePosixPath, body: str, blacked: list[bool], fine: bool = False) -> str:
    """One run of top-level statements laid out; what ``layout`` cannot finish goes through
    black, statement by statement (a run of statements not separated by blank lines is cut
    again before each one: the strategies module holds thousands in a row)."""
    laid, done = (body, not _too_long(body)) if path.name in LAID_OUT else lay_out(body)
    if done:
        return laid
    if not fine and path.name != "validators.py":
        from specloom.chunked import pieces

        parts = [text for text, _ in pieces(body, str(path), parse_only=True, fine=True)]
        if len(parts) > 1:
            out = []
            for part in parts:
                stripped = part.lstrip("\n")
                out += [part[: len(part) - len(stripped)], _lay_out_piece(path, stripped, blacked, fine=True)]
            return "".join(out)
    blacked[0] = True
    STATS["black pieces"] += 1
    formatted = black_format(path, body)
    return formatted if body.endswith("\n") else formatted.removesuffix("\n")


def _pieces(path: PurePosixPath, source: str) -> list[str]:
    """``source`` cut into runs of top-level statements, each laid out (or blacked) alone.

    Why: black on a large document's whole module took minutes and hundreds of MB, and one
    statement too long for ``layout`` sent the whole module there; per piece it formats only
    what needs it. Each piece compiles alone (``specloom.chunked``: that is also the check that a
    module is Python before it is written, black having been the parser that caught a broken
    template or emitter). ``validators.py`` is not parsed (seconds for a large document's): the
    validator compiler separates its top-level blocks by two blank lines, never inside one
    (``strategies.py`` comes here only when a line of it is too long: ``format_one``)."""
    if path.name == "validators.py":
        return _before_blank_pairs(source)
    return statement_runs(path, source)


def _before_blank_pairs(source: str) -> list[str]:
    """``re.split(r"(?=\\n\\n\\n)", source)``: ``source`` cut before every run of three newlines
    (overlapping ones too), found by ``str.find`` instead of a look-ahead tried at every offset."""
    cuts: list[int] = []
    at = source.find("\n\n\n")
    while at >= 0:
        cuts.append(at)
        at = source.find("\n\n\n", at + 1)
    return [source[a:b] for a, b in zip([0, *cuts], [*cuts, len(source)], strict=True)]


def statement_runs(path: PurePosixPath, source: str) -> list[str]:
    """``source``'s pieces, each compiled alone; ``FormatError`` if the module is not Python.

    Compiled to bytecode, not parsed to an ``ast`` tree: the same check (what compiles parses)
    in about two thirds of the time, the tree's Python objects being most of a parse's cost."""
    from specloom.chunked import pieces

    try:
        return [text for text, _ in pieces(source, str(path))]
    except (SyntaxError, ValueError) as exc:
        raise FormatError(f"generated {path} is not valid Python ({type(exc).__name__}: {exc})") from None


def black_note() -> str | None:
    """The line ``specloom generate`` prints when black formatted some pieces (read by
    ``bench/corpus.py``, which shows it per document); None when it formatted none."""
    if not STATS["black"]:
        return None
    names = ", ".join(sorted({str(path) for path in BLACKED}))
    return f"{STATS['black pieces']} piece(s) of {STATS['black']} module(s) formatted by black ({names})"


def black_format(path: PurePosixPath, source: str) -> str:
    """``source`` through the pinned black (imported only when needed: it is slow to import)."""
    import black

    try:
        return black.format_str(source, mode=black_mode())
    except Exception as exc:  # black raises several unrelated types for unparsable input
        raise FormatError(f"generated {path} is not valid Python ({type(exc).__name__}: {exc})") from None


def black_mode() -> black.Mode:
    """The pinned black's settings for generated code (tests judge the output with them)."""
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=WIDTH, target_versions={TargetVersion.PY311})


def format_sources(files: dict[PurePosixPath, str]) -> dict[PurePosixPath, str]:
    """Lay out every Python file; the result keeps the input's keys."""
    return dict(map(format_one, sorted(files.items())))
