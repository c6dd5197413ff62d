"""Parameter styles (OpenAPI's ``style`` and ``explode``): a wire value -> the text it travels as.

Input: a parameter's (or form field's) name, its value as the wire writes it (text, number,
boolean, list, object), and its style. Output: the name/text pairs of a query or form
(``pairs``), or the text of a path segment or header (``segment``; still to be percent-encoded,
except for the ``label``/``matrix`` punctuation, which ``segment`` returns encoded already).

The table is OpenAPI 3.1's "Style Examples" (RFC 6570 for ``simple``, ``label``, ``matrix``,
``form``): with ``color`` = ``["blue", "black"]``, ``form`` sends ``color=blue&color=black``
exploded and ``color=blue,black`` not; ``spaceDelimited``/``pipeDelimited`` join with a space or
``|``; ``deepObject`` sends ``color[R]=100``. OpenAPI leaves a few cases open, decided here as
the servers that use them read them: ``deepObject`` of a list or of nested values writes indices
and brackets (``items[0][price]=7``, as Rails, PHP and Stripe read forms); an item ``null`` is
undefined (RFC 6570 3.2.1), left out; a list or object where a style gives no place for one
(an object inside a ``form`` list) travels as compact JSON.

Why a module of its own: the same table serves query, path, header and cookie parameters and
form bodies (OpenAPI's ``encoding`` object).
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

from specloom_runtime.wire.encode import compact_json, to_wire_scalar

__all__ = ["STYLES", "DEFAULT_STYLE", "default_explode", "text_of", "pairs", "segment"]

# the styles each place allows (OpenAPI 3.1, parameter object "style")
STYLES: dict[str, frozenset[str]] = {
    "query": frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"}),
    "form": frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"}),
    "path": frozenset({"simple", "label", "matrix"}),
    "header": frozenset({"simple"}),
    "cookie": frozenset({"form"}),
}
DEFAULT_STYLE: dict[str, str] = {"query": "form", "form": "form", "path": "simple", "header": "simple", "cookie": "form"}
_DELIMITER = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}  # of pairs not exploded


def default_explode(style: str) -> bool:
    """OpenAPI's default ``explode``: true for ``form`` (and ``deepObject``), false otherwise."""
    return style in ("form", "deepObject")


def text_of(value: object) -> str:
    """One value as text: a scalar as ``to_wire_scalar`` writes it, a list or object as JSON."""
    if isinstance(value, (Mapping, list, tuple)):
        return compact_json(value, ascii_only=True)
    return to_wire_scalar(value)


def _items(value: object) -> list[tuple[str, object]] | None:
    """A list's or an object's members that are defined, as (key, value); ``None`` for a scalar."""
    if isinstance(value, Mapping):
        return [(str(k), v) for k, v in value.items() if v is not None]
    if isinstance(value, (list, tuple)):
        return [(str(i), v) for i, v in enumerate(value) if v is not None]
    return None


def _deep(name: str, value: object, out: list[tuple[str, str]], depth: int = 0) -> None:
    members = _items(value) if depth < 32 else None
    if members is None:
        out.append((name, text_of(value)))
        return
    for key, item in members:
        _deep(f"{name}[{key}]", item, out, depth + 1)


def pairs(name: str, value: object, style: str, explode: bool) -> list[tuple[str, str]]:
    """The query or form pairs of ``name`` = ``value`` in ``style`` (a null sends nothing)."""
    if value is None:
        return []
    if style == "deepObject":
        out: list[tuple[str, str]] = []
        _deep(name, value, out)
        return out
    members = _items(value)
    if members is None:
        return [(name, text_of(value))]
    is_object = isinstance(value, Mapping)
    if explode:
        if is_object:
            return [(key, text_of(item)) for key, item in members]
        return [(name, text_of(item)) for _, item in members]
    if not members:
        return []
    delimiter = _DELIMITER[style]
    if is_object:
        return [(name, delimiter.join(f"{key}{delimiter}{text_of(item)}" for key, item in members))]
    return [(name, delimiter.join(text_of(item) for _, item in members))]


def segment(name: str, value: object, style: str, explode: bool) -> str:
    """A path segment (percent-encoded) or, with style ``simple``, the text of a header value."""
    quoted = (lambda text: text) if style == "simple" else (lambda text: quote(text, safe=""))
    members = _items(value)
    if members is None:
        texts = [quoted(text_of(value))]
    elif isinstance(value, Mapping) and explode:  # R=100
        texts = [f"{quoted(key)}={quoted(text_of(item))}" for key, item in members]
    elif isinstance(value, Mapping):  # R,100: keys and values alike
        texts = [quoted(text) for key, item in members for text in (key, text_of(item))]
    else:
        texts = [quoted(text_of(item)) for _, item in members]
    if style == "simple":
        return ",".join(texts)
    if style == "label":
        return "." + ("." if explode else ",").join(texts)
    # matrix: ;color=blue,black (;color when empty); exploded, a pair per item or property, an
    # empty value its name alone (RFC 6570 ``{;x*}``); no item or member at all: ;color, as empty
    key = quote(name, safe="")
    if explode and members:
        named = [(quoted(k), quoted(text_of(v))) for k, v in members] if isinstance(value, Mapping) else [(key, text) for text in texts]
        return "".join(f";{k}={text}" if text else f";{k}" for k, text in named)
    return f";{key}" + (f"={','.join(texts)}" if texts and texts != [""] else "")
