"""Parameters whose schemas allow values the wire cannot carry, through a generated suite.

Found by the explorer's ``--roles`` (seeds 5000-5003): the suite drew ``null`` for a required
header (the client reads it as not given and refuses the call), ``[]`` for a required exploded
query array (form style writes nothing: the oracle found it missing), ``""`` for a path segment;
and the oracle required an optional parameter whose schema is a ``const`` to be sent, though
the client, as documented, fixes only required ones (an optional one is an argument, maybe
left out); and the oracle read a list or object in a path as a scalar (its Python repr). The
suite passes now: it draws only what travels (``proptest.carried``), the oracle checks an
optional constant only when it is sent, and writes a path's list or object as the simple style
does, or with no style stated as the runtime does (an object whole as compact JSON).
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import assert_suite_passes

SPEC = """\
openapi: 3.1.0
info: {title: Wire params, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /things/{id}:
    post:
      operationId: sendThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, maxLength: 3}}
        - {name: tags, in: query, required: true, schema: {type: array, items: {type: string, maxLength: 2}, maxItems: 2}}
        - {name: X-Mode, in: header, required: true, schema: {type: [string, "null"], maxLength: 3}}
        - {name: kind, in: query, schema: {$ref: "#/components/schemas/Kind"}}
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {name: {type: string, maxLength: 4}}}
      responses:
        "204": {description: done}
  /pairs/{ids}/{filter}/{where}:
    get:
      operationId: getPairs
      parameters:
        - {name: ids, in: path, required: true, schema: {type: array, items: {type: [integer, "null"]}, maxItems: 3}}
        - {name: filter, in: path, required: true, explode: true, schema: {$ref: "#/components/schemas/Filter"}}
        - {name: where, in: path, required: true, schema: {$ref: "#/components/schemas/Filter"}}
      responses:
        "204": {description: done}
components:
  schemas:
    Kind: {const: x_1}
    Filter:
      type: object
      properties: {a: {type: [string, "null"], maxLength: 3}, b: {type: array, items: {type: boolean}, maxItems: 2}}
"""


def test_the_suite_draws_only_what_travels_and_checks_an_optional_constant_when_sent(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "wireparams.yaml", SPEC, "wireparams")
