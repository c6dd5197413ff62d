"""How the suites' oracle reads the schemas of a spec: PyYAML's data of its files
(``proptest.files``) -> the same data, its schemas rewritten in place as the README's table of
accepted OpenAPI 3.0 forms says.

Input: the spec's files (the oracle's own copy) and the schema a test starts from. Output: that
schema and every schema it reaches (through the keywords JSON Schema 2020-12 gives subschemas, as
``referencing`` lists them, and through ``$ref``\\s, into other files too) read as specloom reads
them:

- ``nullable: true`` (OpenAPI 3.0, or a 3.0 habit in a 3.1 file) admits ``null``: added to a
  ``type`` (and to an ``enum``), or, without a ``type``, the schema becomes "it or null";
- a boolean ``exclusiveMinimum``/``exclusiveMaximum`` makes its ``minimum``/``maximum``
  exclusive (``false``: the bound stays inclusive);
- a ``$ref`` that points to nothing accepts any value (``--lenient`` generates such a
  document with a warning; without it, generation refuses the document).
- with ``lenient`` (the package was generated with ``--lenient``): a schema with ``properties``
  but no ``type`` is an object (``type: object``), unless one of its own ``allOf`` members (or
  the schema its ``$ref`` names) has a ``type``; or it is the subschema of ``not``, ``if`` or
  ``contains``; or a member of an ``allOf``/``anyOf``/``oneOf`` whose schema has a ``type``
  or is itself left alone; or a member of an ``allOf`` one of whose members (or the schema its
  ``$ref`` names) has a ``type``.

Why written again here instead of reusing the generator's normalisation: the oracle must not share
code with what it judges. A jsonschema validator reading the file as 2020-12 says a nullable value
is invalid, and its verdict then disagrees with the generated validators on every 3.0 document.
Rules written once more, from the table, catch a slip in the generator's rewrite as a disagreement.
"""

from __future__ import annotations

import re
from typing import Any

from referencing.jsonschema import DRAFT202012
from specloom_runtime.proptest.files import UNREADABLE, SpecFiles, node_at, tokens

__all__ = ["node_at", "tokens", "SchemaReader", "operations_by_id"]

_MISSING = object()


# what reading a ``$ref``'s target raises when nothing (readable) is there
def _target(files: SpecFiles, ref: str) -> Any:
    try:
        return files.target(ref)
    except UNREADABLE:
        return _MISSING


class SchemaReader:
    """Reads the schemas of one spec as the module docstring says, each once, in place.

    ``done`` holds the ids of the schemas already read: each is read once, whichever test reaches
    it first, and cycles end. ``exempt``: the ids of schemas the ``lenient`` object rule leaves
    alone, found on their parent (read before them, the only way to reach an inline schema).
    """

    def __init__(self, files: SpecFiles, lenient: bool = False) -> None:
        self.files = files
        self.lenient = lenient
        self.done: set[int] = set()
        self.exempt: set[int] = set()

    def read(self, pointer: str) -> Any:
        """The schema at ``pointer``, it and all it reaches read as the module docstring says."""
        try:
            start = self.files.node(pointer)
        except (KeyError, IndexError):
            start = _undeclared_path_parameter(self.files, pointer) if self.lenient else None
            if start is None:
                raise
        stack = [start]
        while stack:
            node = stack.pop()
            if not isinstance(node, dict) or id(node) in self.done:
                continue
            self.done.add(id(node))
            ref = node.get("$ref")
            if isinstance(ref, str):
                target = _target(self.files, ref)
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
            if self.lenient:
                self._object(node)
            stack.extend(DRAFT202012.subresources_of(node))
        return start

    def _object(self, node: dict[str, Any]) -> None:
        named, parts = node.get("properties"), node.get("allOf")
        typed_parts = isinstance(parts, list) and any(self._typed(m) for m in parts)
        if "type" not in node and isinstance(named, dict) and named and id(node) not in self.exempt and not typed_parts:
            node["type"] = "object"
        for key in ("not", "if", "contains"):
            if isinstance(node.get(key), dict):
                self.exempt.add(id(node[key]))
        decided = "type" in node or id(node) in self.exempt
        for key in ("allOf", "anyOf", "oneOf"):
            members = node.get(key)
            if isinstance(members, list) and (decided or (key == "allOf" and typed_parts)):
                self.exempt.update(id(m) for m in members)

    def _typed(self, member: Any) -> bool:
        try:
            member = self.files.deref(member)
        except (*UNREADABLE, AssertionError):  # a broken or cyclic chain states no type
            return False
        return isinstance(member, dict) and "type" in member


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


def _undeclared_path_parameter(files: SpecFiles, where: str) -> dict[str, Any] | None:
    """``{"type": "string"}`` when ``where`` is the schema of a parameter ``--lenient`` adds to an
    operation: each ``{name}`` of the path template no parameter declares, in the template's
    order, after the operation's own parameters (``/paths/~1v/{id}/put/parameters/0/schema`` for
    an operation declaring none); None for any other pointer."""
    parts = tokens(where)
    if len(parts) != 6 or parts[0] != "paths" or parts[3:6:2] != ["parameters", "schema"] or not parts[4].isdigit():
        return None
    item = files.deref((files.entry.get("paths") or {}).get(parts[1]))
    operation = files.deref(item.get(parts[2])) if isinstance(item, dict) else None
    if not isinstance(operation, dict):
        return None
    own = operation.get("parameters") or []
    declared = [files.deref(p) for p in [*(item.get("parameters") or []), *own]]
    names = {p.get("name") for p in declared if isinstance(p, dict) and p.get("in") == "path"}
    added = [name for name in re.findall(r"{([^{}]+)}", parts[1]) if name not in names]
    return {"type": "string"} if 0 <= int(parts[4]) - len(own) < len(added) else None


def operations_by_id(files: SpecFiles) -> dict[Any, tuple[dict[str, Any], dict[str, Any]]]:
    """Each operation of the file (its path item, itself) under its ``operationId``; one without is
    named as the README's table says ``--lenient`` names it: from its method and path, a ``{name}``
    segment read ``by_name``, other characters ``_`` (``get_items_by_id``), ``_2`` on a clash."""
    found: dict[Any, tuple[dict[str, Any], dict[str, Any]]] = {}
    unnamed: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    for path, held in (files.entry.get("paths") or {}).items():
        item = files.deref(held)  # a path item another file holds
        for method in _METHODS:
            operation = files.deref(item.get(method)) if isinstance(item, dict) else None
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
