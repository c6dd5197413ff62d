"""A simple regular expression -> strategy source that draws its strings whole, for speed.

Input: a pattern in Python syntax (``translate_pattern``'s output, compiled with ``re.ASCII`` and
matched with ``fullmatch``) and the alphabet drawn characters are restricted to, if any. Output:
the name of a strategy constant written into the ``Writer``, or None when the pattern uses
anything beyond literals, character classes, groups, alternation and repetition (the caller then
uses ``st.from_regex``).

Why: ``st.from_regex`` draws one character at a time through a tree of strategies; a repeated
character class becomes one ``st.text`` draw here, several times faster, and patterned keys and
fields (``^custom_field_[0-9]+$``) dominate the draw time of some request bodies. The language is
the same: without back-references, lookaround or flags, a concatenation matches exactly the
concatenations of its parts' matches, an alternation the union, a repetition the sequences --
so drawing the parts independently and joining them draws only matching strings, and every
matching string can be drawn. ``tests/generator_properties/test_regex.py`` checks both against
``re.fullmatch`` on random patterns.

The parse tree comes from the standard library's own regex parser (``re._parser``, the module
``re.compile`` uses; no public equivalent exists, and Hypothesis's ``from_regex`` reads it too).
Spec text reaches the source only as ``str_lit`` literals and integers.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from specloom.strategies.writer import Writer, call, str_lit

__all__ = ["fast_regex", "sized_regex", "open_widths", "tail_widths", "least_width", "anchors", "first_chars", "negated_class"]

_parser: Any = importlib.import_module("re._parser")  # no stubs: typeshed covers only sre_parse
_c: Any = importlib.import_module("re._constants")

_MAX_ENUMERATED = 2048  # code points a class may list without an alphabet to intersect it with
_ASCII_CATEGORIES = {
    "CATEGORY_DIGIT": frozenset("0123456789"),
    "CATEGORY_SPACE": frozenset(" \t\n\r\f\v"),
    "CATEGORY_WORD": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"),
}

# A part of a pattern: ("lit", text) is fixed text; ("code", name) a strategy constant, or
# ("choice", name) one that samples from a few literals.
Part = tuple[str, str]


class _Beyond(Exception):
    """The pattern uses a construct this module does not draw (the caller falls back)."""


def fast_regex(w: Writer, pattern: str, alphabet: str | None, most: int | None = None) -> str | None:
    """A strategy constant drawing strings that ``fullmatch`` ``pattern``, or None (see above).
    With ``most`` (a maxLength), unbounded repetitions stop where a longer full match could only
    be filtered out (``_Compiler.cap``)."""
    drawn = sized_regex(w, pattern, alphabet, most)
    return None if drawn is None else drawn[0]


def sized_regex(w: Writer, pattern: str, alphabet: str | None, most: int | None = None) -> tuple[str, int | None] | None:
    """``fast_regex``'s constant, and how many strings it draws when ``most`` leaves a few fixed
    ones (``^(ab)+`` under 3 is "ab", ``^(a[0-9]{3}|y|z)$`` under 1 "y" and "z"), else None.
    Why: a unique array of more items than that can never be drawn; the container compiler
    refuses it instead of leaving Hypothesis to raise ``InvalidArgument`` at draw time."""
    items = _drawable(pattern, alphabet)
    if items is None:
        return None
    compiler = _Compiler(w, alphabet, most)
    kind, text = compiler.sequence(list(items))
    size = 1 if kind == "lit" else compiler.choices.get(text) if kind == "choice" else None
    return _strategy(w, (kind, text)), size


@lru_cache(maxsize=4096)
def _drawable(pattern: str, alphabet: str | None) -> tuple[Any, ...] | None:
    """The parse-tree items of a pattern this module draws, else None. Remembered: a document's
    patterns recur (Twilio's 58 operations ask 479 times for a few dozen patterns); the parse and
    the dry run depend on nothing else, while the constants are written anew into each caller's
    ``Writer`` (which may roll them back)."""
    try:
        tree = _parser.parse(pattern, re.ASCII)
    except re.error:
        return None
    if tree.state.flags & ~(re.ASCII | re.UNICODE):
        return None
    items = list(tree)
    if items and items[0] == (_c.AT, _c.AT_BEGINNING):
        items = items[1:]
    if items and items[-1][0] is _c.AT and items[-1][1] in (_c.AT_END, _c.AT_END_STRING):
        items = items[:-1]
    try:
        kind, _ = _Compiler(Writer(), alphabet).sequence(items)  # a dry run: no stray constants
    except _Beyond:
        return None
    if kind != "code":
        # A finite set of literals would be an ``st.just``/``st.sampled_from``, and a unique
        # collection of those (``st.dictionaries`` keys) with a ``min_size`` past their number
        # raises instead of rejecting the draw; ``from_regex`` is cheap for literals anyway.
        return None
    return tuple(items)


@lru_cache(maxsize=4096)
def _tree(pattern: str) -> Any:
    """``pattern``'s parse tree (Python's reading, ASCII), or None when it cannot be parsed."""
    try:
        return _parser.parse(pattern, re.ASCII)
    except re.error:
        return None


@lru_cache(maxsize=4096)
def anchors(pattern: str) -> str | None:
    """Where ``pattern`` is tied: ``""`` nowhere (text may go before and after a match), ``"^"``
    at the start only (text may follow), ``"other"`` any other anchor or word boundary; None when
    it cannot be parsed."""
    tree = _tree(pattern)
    if tree is None:
        return None
    items = list(tree)
    if not _anchored(items):
        return ""
    return "^" if items[0] == (_c.AT, _c.AT_BEGINNING) and not _anchored(items[1:]) else "other"


def open_widths(pattern: str) -> tuple[int, int] | None:
    """The shortest and longest full match of ``pattern`` when it may stand anywhere in a string
    (no anchor or word boundary in it: any text around a full match still matches, as JSON
    Schema's ``pattern`` searches); None when it has one, cannot be parsed, or has no longest."""
    return _widths(pattern) if anchors(pattern) == "" else None


def tail_widths(pattern: str) -> tuple[int, int] | None:
    """``open_widths`` for a pattern anchored at the start only (``^ab*c``): text after a full
    match still matches (the search finds it at the start), so longer strings are full matches
    followed by text; None for any other anchor or an unbounded pattern."""
    return _widths(pattern) if anchors(pattern) == "^" else None


def least_width(pattern: str) -> int | None:
    """The length of the shortest string in which a search finds ``pattern``: its shortest full
    match (anchors and lookarounds take no width), None when it cannot be parsed."""
    tree = _tree(pattern)
    return None if tree is None else int(tree.getwidth()[0])


def _widths(pattern: str) -> tuple[int, int] | None:
    least, most = _tree(pattern).getwidth()
    return None if most >= _parser.MAXWIDTH else (least, most)


@lru_cache(maxsize=4096)
def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a string matching ``pattern`` (searched, as JSON Schema does) can start
    with, when the pattern is anchored at the start and begins with a literal, a class of
    literals, ranges and ASCII categories, or a group, an alternation or a repetition (at least
    once) of such; None otherwise (any character may come first, as far as this reads).
    Why: a format's strings and such a pattern with no first character in common have no string
    in common (a date-time under ``^[a-c]+``), and the strategy is refused instead of filtering
    every draw away (seed 2102)."""
    tree = _tree(pattern)
    if tree is None or tree.state.flags & ~(re.ASCII | re.UNICODE):
        return None
    items = list(tree)
    if not items or items[0] != (_c.AT, _c.AT_BEGINNING):
        return None
    return _first(items[1:])


def _first(items: list[Any]) -> frozenset[str] | None:
    if not items:
        return None
    op, arg = items[0]
    if op is _c.LITERAL:
        return frozenset(chr(arg))
    if op is _c.IN:
        negated, members = _members(arg)
        try:
            return None if negated else frozenset(_enumerate(members))
        except _Beyond:  # a class too wide (or beyond literals, ranges and ASCII categories)
            return None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _, sub = arg
        return _first(list(sub)) if least >= 1 else None
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = arg
        return None if add_flags or del_flags else _first(list(sub))
    if op is _c.ATOMIC_GROUP:
        return _first(list(arg))
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            chars = _first(list(branch))
            if chars is None:
                return None
            found |= chars
        return frozenset(found)
    return None


def _anchored(items: list[Any]) -> bool:
    """Whether parse-tree ``items`` hold an ``AT`` opcode (``^ $ \\A \\Z \\b \\B``) at any depth."""
    todo: list[Any] = list(items)
    while todo:  # (op, arg) items, and inside args: subpatterns, lists and tuples of them
        part = todo.pop()
        if isinstance(part, tuple) and len(part) == 2 and part[0] is _c.AT:
            return True
        if isinstance(part, _parser.SubPattern | list | tuple):
            todo.extend(part)
    return False


class _Compiler:
    """Parse-tree items -> parts; raises ``_Beyond`` on anything it does not draw."""

    def __init__(self, w: Writer, alphabet: str | None, most: int | None = None) -> None:
        self.w = w
        self.alphabet = alphabet
        self.most = most
        self.choices: dict[str, int] = {}  # a "choice" part's constant -> how many strings it lists

    def cap(self, hi: int | None, sub: Any) -> int | None:
        """An unbounded repetition's most repeats in a full match of at most ``most`` characters:
        each repeat of ``sub`` takes its shortest width or more, so no match that fits is lost.
        Why: ``^(ab)+`` under maxLength 3 was drawn as Hypothesis's usual lists of "ab", and all
        but the one-item draws were filtered out by length (seed 3022, filter_too_much)."""
        least: int = sub.getwidth()[0]
        if hi is not None or self.most is None or least == 0:
            return hi
        return self.most // least

    def within(self, branches: list[Any]) -> list[Any]:
        """The branches of an alternation that a full match of at most ``most`` characters can
        take: one whose shortest match is longer could only be drawn and filtered out. Why:
        ``^(a[0-9]{3}|y)$`` under maxLength 1 drew "a123"-like strings half the time, and three
        such items of an array were kept one draw in 64 (``filter_too_much``). All of them when
        none fits (the length filter then says so, as before)."""
        if self.most is None:
            return branches
        return [sub for sub in branches if sub.getwidth()[0] <= self.most] or branches

    def sequence(self, items: list[Any]) -> Part:
        """The parts of a concatenation; with ``most``, each item is compiled with what the
        shortest matches of the others leave of it (``^k(abcd|y)+`` under 4: the group has 3)."""
        least = [_least(item) for item in items] if self.most is not None else []
        parts: list[Part] = []
        for index, (op, arg) in enumerate(items):
            part = self.item(op, arg) if self.most is None else self.room(self.most - (sum(least) - least[index]), self.item, op, arg)
            if part[0] == "lit" and parts and parts[-1][0] == "lit":
                parts[-1] = ("lit", parts[-1][1] + part[1])
            elif part != ("lit", ""):
                parts.append(part)
        if not parts:
            return ("lit", "")
        if len(parts) == 1:
            return parts[0]
        names = ", ".join(_strategy(self.w, p) for p in parts)
        return ("code", self.w.const(f'st.tuples({names}).map("".join)'))

    def room(self, most: int, compile_: Callable[..., Part], *args: Any) -> Part:
        """``compile_(*args)`` with ``most`` characters for it (never fewer than none)."""
        saved, self.most = self.most, max(most, 0)
        try:
            return compile_(*args)
        finally:
            self.most = saved

    def item(self, op: Any, arg: Any) -> Part:
        if op is _c.LITERAL:
            return ("lit", chr(arg))
        if op in (_c.IN, _c.NOT_LITERAL):
            return self.repeat_class(op, arg, 1, 1)
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                raise _Beyond
            return self.sequence(list(sub))
        if op is _c.BRANCH:
            options = [self.sequence(list(sub)) for sub in self.within(arg[1])]
            if all(kind == "lit" for kind, _ in options):
                texts = list(dict.fromkeys(text for _, text in options))
                if len(texts) == 1:
                    return ("lit", texts[0])
                name = self.w.const(f"st.sampled_from(({', '.join(str_lit(t) for t in texts)}))")
                self.choices[name] = len(texts)
                return ("choice", name)
            return ("code", self.w.const(f"st.one_of({', '.join(_strategy(self.w, o) for o in options)})"))
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):  # lazy or greedy: the same strings fullmatch
            lo, hi, sub = arg
            hi = self.cap(None if hi == _c.MAXREPEAT else hi, sub)
            hi = hi if hi is None else max(hi, lo)  # none fits: left to the length filter
            if len(sub) == 1 and sub[0][0] in (_c.IN, _c.NOT_LITERAL):
                return self.repeat_class(sub[0][0], sub[0][1], lo, hi)
            # one repeat: with ``most``, what the other ``lo - 1`` required repeats leave of it
            inner = self.sequence(list(sub)) if self.most is None else self.room(self.most - max(lo - 1, 0) * sub.getwidth()[0], self.sequence, list(sub))
            if hi == 0 or inner == ("lit", ""):
                return ("lit", "")
            if inner[0] == "lit" and lo == hi:
                return ("lit", inner[1] * lo)
            return ("code", self.w.const(f'{call("st.lists", _strategy(self.w, inner), min_size=lo or None, max_size=hi)}.map("".join)'))
        raise _Beyond  # back-references, lookaround, anchors inside, possessive repeats, ...

    def repeat_class(self, op: Any, arg: Any, lo: int, hi: int | None) -> Part:
        """``lo`` to ``hi`` characters of one class, drawn as one ``st.text``."""
        negated, members = (True, [(_c.LITERAL, arg)]) if op is _c.NOT_LITERAL else _members(arg)
        if hi == 0:
            return ("lit", "")
        if self.alphabet is not None:
            chars = "".join(ch for ch in self.alphabet if _contains(members, ch) != negated)
        elif negated:
            chars = None
        else:
            chars = "".join(sorted(_enumerate(members)))
        if chars == "":
            if lo:
                raise _Beyond  # nothing in the alphabet matches: let from_regex say so
            return ("lit", "")
        if chars is not None and len(chars) == 1:
            return ("lit", chars * lo) if lo == hi else self._text(str_lit(chars), lo, hi)
        if chars is not None:
            return self._text(self.w.const(str_lit(chars), "_v", ""), lo, hi)
        excluded = self.w.const(str_lit("".join(sorted(_enumerate(members)))), "_v", "")
        return self._text(f'st.characters(codec="utf-8", exclude_characters={excluded})', lo, hi)

    def _text(self, alphabet: str, lo: int, hi: int | None) -> Part:
        return ("code", self.w.const(call("st.text", alphabet, min_size=lo or None, max_size=hi)))


def _least(item: tuple[Any, Any]) -> int:
    """The shortest width of one parse-tree item (0 for one the parser cannot measure alone)."""
    try:
        return int(_parser.SubPattern(_parser.State(), [item]).getwidth()[0])
    except (IndexError, TypeError, AttributeError):  # a back-reference: the compiler refuses it anyway
        return 0


def _strategy(w: Writer, part: Part) -> str:
    kind, text = part
    return w.const(f"st.just({str_lit(text)})") if kind == "lit" else text


def _members(items: list[Any]) -> tuple[bool, list[Any]]:
    negated = bool(items) and items[0][0] is _c.NEGATE
    return negated, list(items[1:] if negated else items)


def _contains(members: list[Any], ch: str) -> bool:
    code = ord(ch)
    for op, arg in members:
        if op is _c.LITERAL and code == arg:
            return True
        if op is _c.RANGE and arg[0] <= code <= arg[1]:
            return True
        if op is _c.CATEGORY:
            name = str(arg)
            if name in _ASCII_CATEGORIES and ch in _ASCII_CATEGORIES[name]:
                return True
            positive = name.replace("_NOT_", "_")
            if positive != name and positive in _ASCII_CATEGORIES and ch not in _ASCII_CATEGORIES[positive]:
                return True
            if positive not in _ASCII_CATEGORIES:
                raise _Beyond
        elif op not in (_c.LITERAL, _c.RANGE):
            raise _Beyond
    return False


def _enumerate(members: list[Any]) -> set[str]:
    """Every character of a class given as literals, ranges and positive ASCII categories."""
    out: set[str] = set()
    surrogates = False  # the ASCII categories hold none
    for op, arg in members:
        if op is _c.LITERAL:
            out.add(chr(arg))
            surrogates = surrogates or 0xD800 <= arg <= 0xDFFF
        elif op is _c.RANGE and arg[1] - arg[0] < _MAX_ENUMERATED:
            out.update(map(chr, range(arg[0], arg[1] + 1)))
            surrogates = surrogates or (arg[0] <= 0xDFFF and arg[1] >= 0xD800)
        elif op is _c.CATEGORY and str(arg) in _ASCII_CATEGORIES:
            out |= _ASCII_CATEGORIES[str(arg)]
        else:
            raise _Beyond
        if len(out) > _MAX_ENUMERATED:
            raise _Beyond
    if surrogates:
        raise _Beyond  # surrogates cannot be encoded as UTF-8; from_regex knows what to do
    return out


def negated_class(pattern: str) -> frozenset[str] | None:
    """The characters of a pattern that is one negated class (``[^ab]``, ``[^a-c]``; ``[^a]`` parses as NOT_LITERAL); else None."""
    op, arg = tree[0] if (tree := _tree(pattern)) is not None and len(tree) == 1 else (None, ())
    negated, members = (True, [(_c.LITERAL, arg)]) if op is _c.NOT_LITERAL else _members(list(arg)) if op is _c.IN else (False, [])
    try:
        return frozenset(_enumerate(members)) if negated else None
    except _Beyond:
        return None
