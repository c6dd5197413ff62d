"""Declared parameters the client does not take: a credential's own place, and the headers OpenAPI
says to ignore (``Accept``, ``Content-Type``, ``Authorization``).

Spree's published document declares its ``x-spree-api-key`` security scheme's header, and
``Authorization``, as required header parameters of every operation. The client took both as
arguments and sent the key header twice (httpx joined it: ``secret, value``), so the caller had to
pass the secret by hand and the server saw a key that was not it; the generated suite failed on
such operations. Now those parameters are left out with one located warning each, the credential
travels once, and the suite's oracle ignores the headers OpenAPI says to ignore.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.pipeline.helpers import run_cli, run_suite, write_spec

KEYED = """\
openapi: 3.1.0
info: {title: Keyed, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Api-Key}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: x-api-key, in: header, required: true, schema: {type: string}}
        - {name: Authorization, in: header, required: true, schema: {type: string}}
        - {name: Accept, in: header, schema: {type: string}}
        - {name: q, in: query, schema: {type: string}}
      responses:
        "200":
          description: the things
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /things/{id}:
    delete:
      operationId: deleteThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, minLength: 1}}
        - {name: X-API-KEY, in: header, required: true, schema: {type: string}}
      responses:
        "204": {description: gone}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("ignored")
    spec = write_spec(tmp, "keyed.yaml", KEYED)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp / "out"))
    assert code == 0, err
    return tmp, err


@pytest.fixture(scope="module")
def package(built: tuple[Path, str]) -> ModuleType:
    out = built[0] / "out"
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module("keyed")
    finally:
        sys.path.remove(str(out))


def test_each_left_out_parameter_is_said_once_where_it_is_declared(built: tuple[Path, str]) -> None:
    warnings = [line for line in built[1].splitlines() if ": warning: " in line]
    key = [w for w in warnings if "'x-api-key'" in w]
    assert len(key) == 1 and key[0].startswith("keyed.yaml:13: /paths/~1things/get/parameters/0: warning: ")
    assert "security scheme 'key' sends its credential" in key[0]
    assert [w for w in warnings if "'X-API-KEY'" in w] == []  # said once a document, not per operation
    assert sum("'Authorization' is ignored" in w for w in warnings) == 1
    assert sum("'Accept' is ignored" in w for w in warnings) == 1


def test_the_client_takes_none_of_them_and_sends_the_key_once(package: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=["a"]) if request.method == "GET" else httpx.Response(204)

    client = package.Client(key="s3cret", transport=httpx.MockTransport(handle), max_retries=0)
    arguments = set(inspect.signature(client.list_things).parameters)
    assert {"q"} <= arguments and not {"x_api_key", "authorization", "accept"} & arguments
    assert set(inspect.signature(client.delete_thing).parameters) & {"x_api_key", "id"} == {"id"}
    assert client.list_things(q="z") == ["a"]
    client.delete_thing(id="7")
    assert [r.headers.get_list("x-api-key") for r in seen] == [["s3cret"], ["s3cret"]]
    assert "authorization" not in seen[0].headers


def test_the_generated_suite_passes(built: tuple[Path, str], tmp_path: Path) -> None:
    run = run_suite(built[0] / "out" / "keyed", tmp_path, "ci")
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
