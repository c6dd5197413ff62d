"""Our own identifier-like checks end at the end of the text: Python's ``$`` also matches before a
final newline, so ``x-specloom-env: "MY_KEY\\n"`` passed lint and ``from_env()`` could never work."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from specloom_runtime.testing import Resource
from specloom_runtime.testing.play import _Collection

from specloom.ir.kit import _ITEM, _split
from tests.pipeline.helpers import run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {{title: Env, version: "1"}}
servers: [{{url: "http://127.0.0.1:9"}}]
security: [{{key: []}}]
paths:
  /items:
    get:
      operationId: listItems
      x-specloom-response-format:
        param: format
        values: {{json: {media}}}
      parameters:
        - {{name: format, in: query, schema: {{type: string}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{type: array, items: {{type: string}}}}
components:
  securitySchemes:
    key: {{type: apiKey, in: header, name: X-Key, x-specloom-env: {env}}}
"""


@pytest.mark.parametrize(("env", "media", "pointer", "line"), [
    ('"MY_KEY\\n"', "application/json", "/components/securitySchemes/key/x-specloom-env", 22),
    ("MY_KEY", '"application/json\\n"', "/paths/~1items/get/x-specloom-response-format/values/json", 11),
])  # fmt: skip
def test_a_trailing_newline_fails_the_vocabulary_patterns(tmp_path: Path, env: str, media: str, pointer: str, line: int) -> None:
    spec = write_spec(tmp_path, "api.yaml", SPEC.format(env=env, media=media))
    code, _, err = run_cli("lint", str(spec))
    assert code == 2 and f"api.yaml:{line}: {pointer}: malformed " in err and "does not match" in err, err
    clean = write_spec(tmp_path, "clean.yaml", SPEC.format(env="MY_KEY", media="application/json"))
    assert run_cli("lint", str(clean))[0] == 0


def test_path_shapes_of_the_testing_kit_end_at_the_end() -> None:
    assert _split("/items/{id}.json") == ("/items/{id}", ".json")
    assert _split("/items/{id}.json\n") == ("/items/{id}.json\n", "")
    assert _ITEM.match("/items/{id}") and not _ITEM.match("/items/{id}\n")


def _now() -> datetime.datetime:
    return datetime.datetime(2024, 1, 1)


def test_new_ids_keep_the_template_shape_only_when_it_ends_in_digits() -> None:
    assert _Collection(Resource("Item", "id", "str", id_template="cus_0041"), (), _now)._new_id(7) == "cus_0007"
    assert _Collection(Resource("Item", "id", "str", id_template="cus_0041\n"), (), _now)._new_id(7) == "7"
