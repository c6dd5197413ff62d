"""A recursive array with ``maxItems``: beyond the depth, its lists are the shortest allowed.

``Leaf`` is an array of at most three objects, each requiring ``a``, another ``Leaf``. The
strategies shortened recursive lists beyond ``_DEEP`` levels only when no ``maxItems`` bounded
them; with one, each level drew up to three items each holding a list again, so draws grew past
Hypothesis's buffer and the mutation "maxItems: 4 items" failed its health check
(``filter_too_much``: 3 values drawn, 50 overruns). Found by random schemas' suites.
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.helpers import assert_suite_passes

SPEC = """\
openapi: 3.1.0
info: {title: Bounded recursion, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /leaves:
    post:
      operationId: saveLeaf
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Leaf"}
      responses:
        "204": {description: saved}
components:
  schemas:
    Leaf:
      type: array
      maxItems: 3
      items:
        type: object
        required: [x, a]
        properties:
          x: {type: integer, multipleOf: 2}
          a: {$ref: "#/components/schemas/Leaf"}
"""


def test_the_suite_of_a_bounded_recursive_array_passes(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "leaves.yaml", SPEC, "leaves")
