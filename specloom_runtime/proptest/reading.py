"""How the suites' oracle reads the schemas of a spec file: PyYAML's data -> the same data, its
schemas rewritten in place as the README's table of accepted OpenAPI 3.0 forms says.

Input: the spec file's data (the oracle's own copy) and the schema a test starts from. Output:
that schema and every schema it reaches (through the keywords JSON Schema 2020-12 gives
subschemas, as ``referencing`` lists them, and through local ``$ref``\\s) read as specloom reads
them:

- ``nullable: true`` (OpenAPI 3.0, or a 3.0 habit in a 3.1 file) admits ``null``: added to a
  ``type`` (and to an ``enum``), or, without a ``type``, the schema becomes "it or null";
- a boolean ``exclusiveMinimum``/``exclusiveMaximum`` makes its ``minimum``/``maximum``
  exclusive (``false``: the bound stays inclusive);
- a ``$ref`` that points to nothing in the file accepts any value (``--lenient`` generates such a
  document with a warning; without it, generation refuses the document).

Why written again here instead of reusing the generator's normalisation: the oracle must not share
code with what it judges. A jsonschema validator reading the file as 2020-12 says a nullable value
is invalid, and its verdict then disagrees with the generated validators on every 3.0 document.
Rules written once more, from the table, catch a slip in the generator's rewrite as a disagreement.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from referencing.jsonschema import DRAFT202012

__all__ = ["node_at", "tokens", "deref", "read_schema", "operations_by_id"]

_MISSING = object()


def tokens(pointer: str) -> list[str]:
    """The reference tokens of a JSON pointer (URI-fragment form accepted), unescaped."""
    return [unquote(t).replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]] if pointer else []


def node_at(doc: Any, pointer: str) -> Any:
    """The node of the spec file at a JSON pointer (``KeyError``/``IndexError`` when absent)."""
    node = doc
    for token in tokens(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def deref(doc: Any, node: Any) -> Any:
    """``node`` with its local ``$ref`` chain followed (the spec files hold no remote refs)."""
    for _ in range(50):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(ref, str) and ref.startswith("#")):
            return node
        node = node_at(doc, ref[1:])
    raise AssertionError("a $ref cycle in the spec file")


def _target(doc: Any, ref: str) -> Any:
    try:
        return node_at(doc, ref[1:])
    except (KeyError, IndexError, ValueError, TypeError):
        return _MISSING


def read_schema(doc: Any, pointer: str, done: set[int]) -> Any:
    """The schema at ``pointer``, it and all it reaches read as the module docstring says.

    ``done`` holds the ids of the schemas already read (the caller keeps it for the document):
    each is read once, whichever test reaches it first, and cycles end.
    """
    start = node_at(doc, pointer)
    stack = [start]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or id(node) in done:
            continue
        done.add(id(node))
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            target = _target(doc, ref)
            if target is _MISSING:
                del node["$ref"]
            else:
                stack.append(target)
        for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = node.get(key)
            if isinstance(flag, bool):
                del node[key]
                if flag and bound in node:
                    node[key] = node.pop(bound)
        if "nullable" in node and isinstance(node["nullable"], bool):
            _nullable(node)
        stack.extend(DRAFT202012.subresources_of(node))
    return start


def _nullable(node: dict[str, Any]) -> None:
    if node.pop("nullable") is not True:
        return
    kind = node.get("type")
    if isinstance(kind, str):
        node["type"] = [kind, "null"]
    elif isinstance(kind, list):
        node["type"] = [*kind, "null"]
    else:
        inner = dict(node)
        node.clear()
        node["anyOf"] = [inner, {"type": "null"}]
        return
    if isinstance(node.get("enum"), list) and None not in node["enum"]:
        node["enum"] = [*node["enum"], None]


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations_by_id(doc: dict[str, Any]) -> dict[Any, tuple[dict[str, Any], dict[str, Any]]]:
    """Each operation of the file (its path item, itself) under its ``operationId``; one without is
    named as the README's table says ``--lenient`` names it: from its method and path, a ``{name}``
    segment read ``by_name``, other characters ``_`` (``get_items_by_id``), ``_2`` on a clash."""
    found: dict[Any, tuple[dict[str, Any], dict[str, Any]]] = {}
    unnamed: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    for path, item in (doc.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                found.setdefault(operation["operationId"], (item, operation))
            elif isinstance(operation, dict):
                unnamed.append((path, method, item, operation))
    for path, method, item, operation in unnamed:
        words = [f"by_{seg[1:-1]}" if seg[:1] == "{" and seg[-1:] == "}" else seg for seg in path.split("/") if seg]
        base = name = re.sub(r"[^0-9A-Za-z]+", "_", "_".join([method, *words])).strip("_")
        count = 2
        while name in found:
            name, count = f"{base}_{count}", count + 1
        found[name] = (item, operation)
    return found
