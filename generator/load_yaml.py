"""YAML text -> (data, pointer -> line), built from the parser's events, never by recursion.

Why events: PyYAML's composer and constructors recurse once per nesting level (the C composer
until the process stack overflows), so a 200 KB file of ``[`` killed every command. Here one loop
consumes libyaml's events with an explicit stack, refuses nesting beyond ``max_depth`` at the line
where it happens, and charges every value -- aliases included -- to a budget of nodes and of bytes
(keys, JSON pointers and strings, as later stages will build them), so an alias bomb stops early.

Typing is YAML 1.2's core schema (the JSON-compatible one): ``true``/``false``, ``null``/``~``,
integers (``04091994`` is decimal, ``0o17`` octal, ``0x1F`` hex), floats incl. ``.inf``/``.nan``;
everything else is a string. Integer keys (``200:``) stay the text written. Refused with a located
diagnostic: explicit tags other than the core ones (``!!timestamp``, ``!!binary``, ``!custom`` ...),
duplicate keys, merge keys (``<<``), non-scalar keys and keys that are not strings or integers.
"""

from __future__ import annotations

import math
import re
import reprlib
from typing import Any

import yaml

from specloom.diagnostics import Diagnostic, SpecError, escape_token
from specloom.load import Limits, place

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL = frozenset({"~", "null", "Null", "NULL", ""})
_CORE = "tag:yaml.org,2002:"
_ONLY = " (only the JSON-compatible core tags: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)"
_SCALAR_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null"))
_NUMERIC_START = frozenset("-+.0123456789")  # the first characters _INT, _FLOAT, _INF and _NAN accept

_REPR = reprlib.Repr()
_REPR.maxstring, _REPR.maxother = 80, 80


def short(value: Any) -> str:
    """``repr`` cut to a readable length (a key may be 200,000 characters long)."""
    return _REPR.repr(value)


def _int(text: str) -> int:
    if text[:2] == "0o":
        return int(text[2:], 8)
    if text[:2] == "0x":
        return int(text[2:], 16)
    return int(text, 10)  # YAML 1.2: leading zeros are decimal, not octal


def _float(text: str) -> float:
    if _INF.fullmatch(text):
        return -math.inf if text[0] == "-" else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return float(text)


def _implicit(text: str) -> Any:
    """A plain scalar under the core schema."""
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if text[0] not in _NUMERIC_START:  # most plain scalars: words, which no number pattern takes
        return text
    if _INT.fullmatch(text):
        return _int(text)
    if _FLOAT.fullmatch(text) or _INF.fullmatch(text) or _NAN.fullmatch(text):
        return _float(text)
    return text


def _tagged(tag: str, text: str) -> Any:
    """A scalar with an explicit core tag; ``ValueError`` when the text is not of that type."""
    kind = tag[len(_CORE):]
    if kind == "str":
        return text
    if kind == "null" and text in _NULL:
        return None
    if kind == "bool" and text in _BOOL:
        return _BOOL[text]
    if kind == "int" and _INT.fullmatch(text):
        return _int(text)
    if kind == "float" and (_FLOAT.fullmatch(text) or _INF.fullmatch(text) or _NAN.fullmatch(text)):
        return _float(text)
    raise ValueError(f"{text!r} is not a valid !!{kind}")


def _show(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


def _copy(value: Any) -> Any:
    """A deep copy of JSON-like data, without recursion (an alias's expansion)."""
    if not isinstance(value, (dict, list)):
        return value
    root: Any = {} if isinstance(value, dict) else []
    todo = [(value, root)]
    while todo:
        src, dst = todo.pop()
        for key, item in (src.items() if isinstance(src, dict) else enumerate(src)):
            if isinstance(item, (dict, list)):
                new: Any = {} if isinstance(item, dict) else []
                todo.append((item, new))
                item = new
            if isinstance(dst, dict):
                dst[key] = item
            else:
                dst.append(item)
    return root


_DROP = "\x00drop"  # a refused key: its value is read (and checked), then left out
_DROPPED = "~x"  # the pointer token of such a value (no real pointer contains "~x")


class _Frame:
    """An open mapping or sequence: its value, pointer, and the size of what it holds so far."""

    __slots__ = ("value", "is_list", "pointer", "anchor", "key", "token", "key_line", "is_key", "nodes", "rel", "data", "height")

    def __init__(self, value: Any, pointer: str, anchor: str | None, is_key: bool = False) -> None:
        self.value = value
        self.is_list = isinstance(value, list)
        self.pointer = pointer
        self.anchor = anchor
        self.is_key = is_key  # a mapping or sequence used as a mapping key (refused)
        self.key: str | None = None  # a mapping's key waiting for its value
        self.token = ""  # that key as a pointer token (``_DROPPED`` for a refused key)
        self.key_line = 0
        self.nodes, self.rel, self.data, self.height = 1, 0, 0, 1


class _Builder:
    def __init__(self, file: str, limits: Limits) -> None:
        self.file = file
        self.limits = limits
        self.lines: dict[str, int] = {}
        self.errors: list[Diagnostic] = []
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int, int, int]] = {}  # value, nodes, rel, data, height
        self.nodes = 0
        self.bytes = 0
        self.root: Any = None
        self.done = False

    def fail(self, line: int, pointer: str, message: str) -> SpecError:
        return SpecError([*self.errors, Diagnostic(self.file, line, pointer, message)])

    def refuse(self, line: int, pointer: str, message: str) -> None:
        self.errors.append(Diagnostic(self.file, line, pointer, message))

    def charge(self, line: int, pointer: str, nodes: int, size: int) -> None:
        """Count values and bytes against the limits (an alias counts all that it expands to)."""
        self.nodes += nodes
        self.bytes += size
        if self.nodes > self.limits.max_nodes:
            raise self.fail(line, pointer, f"document too large: more than {self.limits.max_nodes} values (limit max_nodes; alias expansion?)")
        if self.bytes > self.limits.max_expanded_bytes:
            raise self.fail(line, pointer, f"document too large: more than {self.limits.max_expanded_bytes} bytes of keys, "
                                           "pointers and strings (limit max_expanded_bytes; alias expansion?)")  # fmt: skip

    def event(self, event: Any) -> None:
        kind = event.__class__
        if kind is _SCALAR and self.stack:  # most events: a scalar in a mapping or sequence
            self.member_scalar(event)
            return
        line = event.start_mark.line + 1
        if kind in _ENDS:
            self.close()
            return
        if kind not in _VALUES:
            return
        if not self.stack:
            if self.done:
                raise self.fail(line, "", "more than one YAML document in the file")
            pointer = ""
            self.lines[pointer] = line
        else:
            top = self.stack[-1]
            if top.is_list:
                pointer = f"{top.pointer}/{len(top.value)}"
                self.lines[pointer] = line
            elif top.key is None:  # key position
                if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                    self.key(top, event, line)
                    return
                self.refuse(line, top.pointer, "mapping key is not a string (a mapping or sequence as key)")
                self.open(event, line, f"{top.pointer}/{_DROPPED}", is_key=True)
                return
            else:
                pointer = f"{top.pointer}/{top.token}"
                self.lines[pointer] = top.key_line  # a member sits on its key's line
        if isinstance(event, yaml.AliasEvent):
            self.alias(event, line, pointer)
        elif isinstance(event, yaml.ScalarEvent):
            value = self.scalar(event, line, pointer)
            size = len(event.value)
            self.charge(line, pointer, 1, len(pointer) + size)
            self.anchor(event.anchor, value, 1, 0, size, 0)
            self.attach(value, 1, 0, size, 0)
        else:
            self.open(event, line, pointer)

    def member_scalar(self, event: Any) -> None:
        """A scalar inside a mapping or sequence, as ``event`` takes it, with less work for the common cases."""
        top = self.stack[-1]
        line = event.start_mark.line + 1
        if top.is_list:
            pointer = f"{top.pointer}/{len(top.value)}"
            self.lines[pointer] = line
        elif top.key is None:
            text = event.value
            if (event.tag is None and event.anchor is None and text not in top.value
                    and (not event.implicit[0] or (text and text[0] not in _NUMERIC_START and text not in _NULL and text not in _BOOL and text != "<<"))):  # fmt: skip
                # a new key that is a string as written (quoted, or plain and no other type): ``key``'s result
                self.bytes += len(text)
                if self.bytes > self.limits.max_expanded_bytes:
                    self.charge(line, top.pointer, 0, 0)  # raises
                top.key, top.key_line, top.token = text, line, escape_token(text)
                return
            self.key(top, event, line)
            return
        else:
            pointer = f"{top.pointer}/{top.token}"
            self.lines[pointer] = top.key_line
        text = event.value
        if event.tag is not None or event.anchor is not None or (event.implicit[0] and not text):
            value = self.scalar(event, line, pointer)  # the general case, as ``event`` does it
            size = len(text)
            self.charge(line, pointer, 1, len(pointer) + size)
            self.anchor(event.anchor, value, 1, 0, size, 0)
            self.attach(value, 1, 0, size, 0)
            return
        if event.implicit[0]:  # a plain scalar: null, bool, number or string (``_implicit``)
            try:
                value = _implicit(text)
            except ValueError as exc:  # an integer longer than Python converts
                self.refuse(line, pointer, f"invalid YAML value: {exc}")
                value = text
        else:
            value = text  # a quoted scalar
        size = len(text)
        self.nodes += 1
        self.bytes += len(pointer) + size
        if self.nodes > self.limits.max_nodes or self.bytes > self.limits.max_expanded_bytes:
            self.charge(line, pointer, 0, 0)  # raises, with the message of the limit passed
        if top.key is _DROP:
            top.key = None
            return
        token_size = len(str(len(top.value))) if top.is_list else len(top.token)
        if top.is_list:
            top.value.append(value)
        else:
            top.value[top.key], top.key = value, None
        top.nodes += 1
        top.rel += token_size + 1
        top.data += size
        if top.height < 2:
            top.height = 2

    def open(self, event: Any, line: int, pointer: str, is_key: bool = False) -> None:
        kind = "map" if isinstance(event, yaml.MappingStartEvent) else "seq"
        if event.tag not in (None, "!", _CORE + kind):
            self.refuse(line, pointer, f"explicit YAML tag {_show(event.tag)} is not supported{_ONLY}")
        if len(self.stack) >= self.limits.max_depth:
            raise self.fail(line, pointer, f"nesting deeper than {self.limits.max_depth} (limit max_depth)")
        self.charge(line, pointer, 1, len(pointer))
        self.stack.append(_Frame({} if kind == "map" else [], pointer, event.anchor, is_key))

    def close(self) -> None:
        frame = self.stack.pop()
        self.anchor(frame.anchor, frame.value, frame.nodes, frame.rel, frame.data, frame.height)
        if frame.is_key:
            self.stack[-1].key, self.stack[-1].token = _DROP, _DROPPED
        else:
            self.attach(frame.value, frame.nodes, frame.rel, frame.data, frame.height)

    def attach(self, value: Any, nodes: int, rel: int, data: int, height: int) -> None:
        """Add a finished value to its parent (or make it the root)."""
        if not self.stack:
            self.root, self.done = value, True
            return
        top = self.stack[-1]
        if top.is_list:
            token = str(len(top.value))
            top.value.append(value)
        elif top.key is _DROP or top.key is None:
            top.key = None
            return
        else:
            token = top.token
            top.value[top.key] = value
            top.key = None
        top.nodes += nodes
        top.rel += rel + nodes * (len(token) + 1)
        top.data += data
        top.height = max(top.height, height + 1)

    def key(self, top: _Frame, event: Any, line: int) -> None:
        """A scalar or alias in key position: integers keep their text (``200:`` -> "200")."""
        key: Any
        if isinstance(event, yaml.AliasEvent):
            key = self.anchors[event.anchor][0] if event.anchor in self.anchors else None
        elif event.tag is None and event.implicit[0]:
            key = event.value if _INT.fullmatch(event.value) else _implicit(event.value)
            if event.value == "<<":
                self.refuse(line, top.pointer, "YAML merge keys (<<) are not supported")
                key = _DROP
        else:
            key = self.scalar(event, line, top.pointer)
            self.anchor(event.anchor, key, 1, 0, len(event.value), 0)
        if isinstance(key, int) and not isinstance(key, bool):
            key = str(key)
        if key is _DROP:
            pass
        elif not isinstance(key, str):
            self.refuse(line, top.pointer, f"mapping key {short(key)} is not a string")
            key = _DROP
        elif key in top.value:
            self.refuse(line, f"{top.pointer}/{escape_token(key)}", f"duplicate key {short(key)}")
            key = _DROP
        else:
            self.charge(line, top.pointer, 0, len(key))
        top.key, top.key_line = key, line
        top.token = _DROPPED if key is _DROP else escape_token(key)

    def scalar(self, event: Any, line: int, pointer: str) -> Any:
        tag = event.tag
        if tag is None and not event.implicit[0]:
            return event.value
        if tag is None:
            try:
                return _implicit(event.value)
            except ValueError as exc:  # an integer longer than Python converts
                self.refuse(line, pointer, f"invalid YAML value: {exc}")
                return event.value
        if tag == "!":  # the non-specific tag: a string
            return event.value
        if tag not in _SCALAR_TAGS:
            self.refuse(line, pointer, f"explicit YAML tag {_show(tag)} is not supported{_ONLY}")
            return event.value
        try:
            return _tagged(tag, event.value)
        except ValueError as exc:
            self.refuse(line, pointer, f"invalid YAML value: {exc}")
            return event.value

    def anchor(self, name: str | None, value: Any, nodes: int, rel: int, data: int, height: int) -> None:
        if name is not None:
            self.anchors[name] = (value, nodes, rel, data, height)

    def alias(self, event: Any, line: int, pointer: str) -> None:
        if event.anchor not in self.anchors:
            raise self.fail(line, pointer, f"alias *{event.anchor} names no complete anchored value before it")
        value, nodes, rel, data, height = self.anchors[event.anchor]
        if len(self.stack) + height > self.limits.max_depth:
            raise self.fail(line, pointer, f"nesting deeper than {self.limits.max_depth} (limit max_depth; through alias *{event.anchor})")
        self.charge(line, pointer, nodes, nodes * len(pointer) + rel + data)
        self.attach(_copy(value), nodes, rel, data, height)


_SCALAR = yaml.ScalarEvent
_ENDS = frozenset({yaml.MappingEndEvent, yaml.SequenceEndEvent})
_VALUES = frozenset({yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent})


def parse(text: str, file: str, limits: Limits) -> tuple[Any, dict[str, int]]:
    """YAML ``text`` -> (data, pointer -> line); ``SpecError`` listing every problem found."""
    builder = _Builder(file, limits)
    loader = _Loader(text)
    try:
        while loader.check_event():
            builder.event(loader.get_event())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise builder.fail(mark.line + 1 if mark else 0, "", f"invalid YAML: {what}") from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (libyaml counts UTF-8 bytes)
        line, column = place(text.encode() if _Loader is not yaml.SafeLoader else text, exc.position)
        raise builder.fail(line, "", f"invalid YAML: character U+{exc.character:04X} at column {column} is not allowed") from None
    except yaml.YAMLError as exc:
        raise builder.fail(0, "", f"invalid YAML: {exc}") from None
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise builder.fail(0, "", f"invalid YAML value: {exc}") from None
    finally:
        loader.dispose()
    if not builder.done:
        raise SpecError([Diagnostic(file, 1, "", "the file is empty")])
    if builder.errors:
        raise SpecError(builder.errors)
    return builder.root, builder.lines
