"""Hostile shapes: a container of the wrong kind anywhere in an OpenAPI document (``responses``
that is a list, a parameter with no ``in``, ``content`` that is a string...) is a located error of
``lint`` and ``generate --lenient`` (exit 2, ``file:line: pointer: message`` at the misshapen
object), never ``internal error`` (exit 3), a traceback, or a message located at ``/``."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.pipeline.helpers import run_cli

RICH = yaml.safe_load("""\
openapi: 3.1.0
info: {title: Rich, version: "1"}
servers: [{url: "https://api.example.test"}]
security: [{key: []}]
tags: [{name: items}]
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      operationId: getItem
      tags: [items]
      parameters:
        - {$ref: "#/components/parameters/Limit"}
        - {name: q, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          headers:
            X-Rate: {schema: {type: integer}}
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
        default: {$ref: "#/components/responses/Error"}
    put:
      operationId: putItem
      requestBody: {$ref: "#/components/requestBodies/ItemBody"}
      responses:
        "204": {description: done}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, minimum: 1}}
  requestBodies:
    ItemBody:
      required: true
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Item"}
  responses:
    Error:
      description: error
      content:
        application/json:
          schema: {type: object, properties: {message: {type: string}}}
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: {type: string}
        tags: {type: array, items: {type: string}}
""")
DELETE = object()
GET = ("paths", "/items/{id}", "get")


def _write(folder: Path, doc: Any) -> Path:
    path = folder / "hostile.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return path


def _mutated(where: tuple[Any, ...], value: Any) -> Any:
    doc = copy.deepcopy(RICH)
    node = doc
    for token in where[:-1]:
        node = node[token]
    if value is DELETE:
        del node[where[-1]]
    else:
        node[where[-1]] = value
    return doc


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _judged(spec: Path, out: Path, root: bool = False) -> list[tuple[str, int, str]]:
    """Runs lint and generate --lenient on ``spec`` -> each command's exit code and its errors
    (``root``: the root's own fields were changed, so an error may be located at the root)."""
    results = []
    for args in (("lint", str(spec)), ("generate", "--lenient", str(spec), "--out", str(out))):
        code, _, err = run_cli(*args)
        assert code in (0, 1, 2) and "Traceback" not in err and "internal error" not in err, (args[0], code, err)
        errors = [line for line in err.splitlines() if line.startswith("hostile.json") and ": warning: " not in line]
        # located: a real line and pointer, never the document's first line and its root
        located = r"^hostile\.json:\d+: /\S*: " if root else r"^hostile\.json:\d+: /\S+: "
        assert all(re.match(located, e) and (root or not e.startswith("hostile.json:1: ")) for e in errors), errors
        results.append((args[0], code, "\n".join(errors)))
    return results


@pytest.mark.parametrize(
    ("where", "value", "pointer", "line_text", "says"),
    [
        # walk.py crashed on these: AttributeError, exit 3
        ((*GET, "responses"), [{"description": "ok"}], "/paths/~1items~1{id}/get/responses", '"responses"', "'responses' is a list"),
        (("components", "schemas"), [{"type": "string"}], "/components/schemas", '"schemas"', "'schemas' is a list"),
        (("components",), "none", "/components", '"components"', "'components' is a string"),
        ((*GET, "responses", "200", "headers"), "X-Rate", "/paths/~1items~1{id}/get/responses/200/headers", '"headers"', "a string"),
        # openapi-spec-validator's semantic pass raised KeyError: 'in' (reported at "/", line 1)
        ((*GET, "parameters", 1, "in"), DELETE, "/paths/~1items~1{id}/get/parameters/1", '"name": "q"', "a Parameter Object with no 'in'"),
        (("components", "parameters", "Limit", "name"), DELETE, "/components/parameters/Limit", '"Limit"', "a Parameter Object with no 'name'"),
        ((*GET, "responses", "200", "content"), "application/json", "/paths/~1items~1{id}/get/responses/200/content", '"content"', "'content' is a string"),
        ((*GET, "parameters"), {"q": {"name": "q", "in": "query"}}, "/paths/~1items~1{id}/get/parameters", '"parameters"', "'parameters' is a mapping"),
        (("paths", "/items/{id}"), [{"get": {}}], "/paths/~1items~1{id}", '"/items/{id}"', "where OpenAPI wants a Path Item Object"),
        ((*GET, "operationId"), {"name": "getItem"}, "/paths/~1items~1{id}/get/operationId", '"operationId"', "'operationId' is a mapping"),
        ((*GET, "parameters", 0, "$ref"), ["#/components/parameters/Limit"], "/paths/~1items~1{id}/get/parameters/0/$ref", '"$ref": [', "'$ref' is a list"),
        (("tags", 0, "name"), DELETE, "/tags/0", '"tags"', "a Tag Object with no 'name'"),
    ],
)  # fmt: skip
def test_a_misshapen_container_is_a_located_error(tmp_path: Path, where: tuple[Any, ...], value: Any, pointer: str, line_text: str, says: str) -> None:
    spec = _write(tmp_path, _mutated(where, value))
    for command, code, errors in _judged(spec, tmp_path / "out"):
        assert code == 2, (command, errors)
        found = [e for e in errors.splitlines() if f": {pointer}: " in e]
        assert found and says in found[0], (command, errors)
        line = int(found[0].split(":")[1])
        assert line >= _line_of(spec, line_text) - 1 and line > 1, (found[0], line_text)  # fmt: skip


def _positions(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if here:
        yield here, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _positions(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _positions(value, (*here, i))


POSITIONS = list(_positions(RICH))


def _other_kinds(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [list(value.values()), "x", 3, None]
    if isinstance(value, list):
        return [{"a": value[0]} if value else {}, "x"]
    return [[value], {"k": value}, DELETE]


@settings(max_examples=20)  # each example runs lint and generate (~0.1 s each)
@given(st.sampled_from(POSITIONS).flatmap(lambda p: st.tuples(st.just(p[0]), st.sampled_from(_other_kinds(p[1])))))
def test_any_container_of_the_wrong_kind_ends_in_located_diagnostics(mutation: tuple[tuple[Any, ...], Any]) -> None:
    where, value = mutation
    with tempfile.TemporaryDirectory() as folder:
        _judged(_write(Path(folder), _mutated(where, value)), Path(folder) / "out", root=len(where) == 1)


REGEX = '"\\\\p{L}+"'  # as json.dumps writes the key


def test_a_schema_relative_complaint_of_the_library_is_located_in_its_schema(tmp_path: Path) -> None:
    """openapi-spec-validator checks each schema alone: its path was relative (printed at line 1)."""
    doc = copy.deepcopy(RICH)
    doc["components"]["schemas"]["Labels"] = {"type": "object", "patternProperties": {"\\p{L}+": {"type": "string"}}}
    spec = _write(tmp_path, doc)
    where = f"hostile.json:{_line_of(spec, REGEX)}: /components/schemas/Labels/patternProperties/\\p{{L}}+: "
    for command, code, errors in _judged(spec, tmp_path / "out"):
        assert code == 2, (command, errors)
        [error] = errors.splitlines()
        assert error.startswith(where), error
        assert "is not a 'regex'" in error
