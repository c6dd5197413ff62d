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


LISTED_CONSTANTS = """\
openapi: 3.1.0
info: {title: Listed constants, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: X-Fixed, in: header, required: true, schema: {const: [1, "a"]}}
        - {name: X-Maybe, in: header, explode: true, schema: {const: {k: 2}}}
        - {name: kinds, in: query, required: true, schema: {const: ["a", "b"]}}
        - {name: only, in: query, style: form, explode: false, schema: {const: [3, 4]}}
        - {name: filter, in: query, required: true, style: deepObject, schema: {const: {k: v}}}
      responses:
        "200": {description: listed}
"""


def test_a_constant_list_or_object_is_checked_as_its_style_writes_it(tmp_path: Path) -> None:
    """The oracle compared a constant header or query parameter with its Python text
    (``"[1, 'a']"`` against the ``1,a`` the simple style writes: explorer seed 5084)."""
    assert_suite_passes(tmp_path, "listedconstants.yaml", LISTED_CONSTANTS, "listedconstants")
