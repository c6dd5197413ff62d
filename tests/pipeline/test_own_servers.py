"""An operation's own server (OpenAPI's operation or path-item ``servers``) is where its calls go.

The client sent every call to the API's first server, with a lint warning: Box's uploads
(``https://upload.box.com/api/2.0``, 14 operations and path items) and GitHub's release assets
(``uploads.github.com``) went to the wrong host. Now an operation's first own server (its
variables at their defaults) is used while the client's ``base_url`` is the API's default; a
``base_url`` given (a sandbox, a proxy) takes every call, and the testing kit reads each
operation under its own server's path. A server the client cannot use (a relative URL, a
variable without a default) keeps the warning, located.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from specloom_runtime.call import ConfigurationError, PlainHttpWarning

from tests.pipeline.helpers import generated_module, run_cli, write_spec

SPEC = """\
openapi: 3.1.0
info: {title: Servers, version: "1"}
servers: [{url: "https://api.example.com/v2"}]
paths:
  /files:
    post:
      operationId: uploadFile
      servers: [{url: "https://upload.example.com/api/v2"}, {url: "https://other.example.com"}]
      requestBody:
        required: true
        content:
          application/octet-stream: {}
      responses: {"204": {description: stored}}
  /items:
    servers: [{url: "https://{region}.items.example.com/", variables: {region: {default: eu}}}]
    get:
      operationId: listItems
      responses: {"204": {description: ok}}
  /users:
    get:
      operationId: listUsers
      responses: {"204": {description: ok}}
  /relative:
    get:
      operationId: getRelative
      servers: [{url: /elsewhere}]
      responses: {"204": {description: ok}}
"""

CALLS = {"upload_file": {"body": b"x"}, "list_items": {}, "list_users": {}, "get_relative": {}}


def _sent(client_module: Any, **options: object) -> dict[str, str]:
    seen: dict[str, str] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        seen[request.method + " " + request.url.path.rsplit("/", 1)[1]] = str(request.url)
        return httpx.Response(204)

    with client_module.Client(transport=httpx.MockTransport(answer), **options) as client:
        for method, arguments in CALLS.items():
            getattr(client, method)(**arguments)
    return seen


def test_each_operation_goes_to_its_own_server_unless_base_url_is_given(tmp_path: Path) -> None:
    with generated_module(tmp_path, "servers.yaml", SPEC, "servers.client") as client:
        assert _sent(client) == {
            "POST files": "https://upload.example.com/api/v2/files",  # the operation's first
            "GET items": "https://eu.items.example.com/items",  # the path item's, variable at its default
            "GET users": "https://api.example.com/v2/users",
            "GET relative": "https://api.example.com/v2/relative",  # relative: not usable, warned
        }
        proxy = "https://proxy.example.com/p"
        assert set(_sent(client, base_url=proxy).values()) == {f"{proxy}/files", f"{proxy}/items", f"{proxy}/users", f"{proxy}/relative"}
        assert "on its own server ``https://upload.example.com/api/v2`` unless ``base_url`` is given" in (client.Client.upload_file.__doc__ or "")


def test_the_testing_kit_reads_each_operation_under_its_own_server(tmp_path: Path) -> None:
    with generated_module(tmp_path, "servers.yaml", SPEC, "servers.testing") as testing:
        client_module = importlib.import_module("servers.client")
        fake = testing.FakeApi()
        with client_module.Client(transport=fake) as client:
            for method, arguments in CALLS.items():
                getattr(client, method)(**arguments)
        assert [r.operation for r in fake.requests] == ["uploadFile", "listItems", "listUsers", "getRelative"]
        given = testing.FakeApi(base_url="http://127.0.0.1:9/p")  # a sandbox: every call there
        with client_module.Client(transport=given, base_url="http://127.0.0.1:9/p") as client:
            client.upload_file(body=b"x")
        assert [r.operation for r in given.requests] == ["uploadFile"]


@pytest.mark.parametrize("flags", [(), ("--lenient",)])
def test_a_server_the_client_cannot_use_is_warned_of_where_it_is(tmp_path: Path, flags: tuple[str, ...]) -> None:
    spec = write_spec(tmp_path, "servers.yaml", SPEC)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), *flags)
    assert code == 0, err
    warned = [line for line in err.splitlines() if "server" in line and "warning" in line]
    assert warned == [
        "servers.yaml:26: /paths/~1relative/get/servers: warning: the client cannot use this server (its URL is not absolute): "
        "it sends the operation to the API's first server (pass base_url= to change it)"
    ], err


def test_credentials_sent_to_an_operations_plain_http_server_are_warned_of(tmp_path: Path) -> None:
    secured = SPEC.replace('servers: [{url: "https://api.example.com/v2"}]\n', 'servers: [{url: "https://api.example.com/v2"}]\nsecurity: [{key: []}]\ncomponents: {securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}}\n')
    secured = secured.replace("https://upload.example.com/api/v2", "http://upload.example.com/api/v2")
    code, _, err = run_cli("lint", str(write_spec(tmp_path, "servers.yaml", secured)))
    assert "/paths/~1files/post/servers: warning: credentials ['key'] are sent over plain HTTP to http://upload.example.com/api/v2" in err, err
    assert "/servers/0/url" not in err  # the API's own server is https


def test_a_client_warns_when_credentials_go_to_an_operations_plain_http_server(tmp_path: Path) -> None:
    secured = SPEC.replace('servers: [{url: "https://api.example.com/v2"}]\n', 'servers: [{url: "https://api.example.com/v2"}]\nsecurity: [{key: []}]\ncomponents: {securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}}\n')
    secured = secured.replace("https://upload.example.com/api/v2", "http://upload.example.com/api/v2")
    with generated_module(tmp_path, "servers.yaml", secured, "servers.client") as client:
        answer = httpx.MockTransport(lambda request: httpx.Response(204))
        with client.Client(key="k", transport=answer) as api:
            api.list_users()  # its own server is https: no warning
            with pytest.warns(PlainHttpWarning, match="plain HTTP to http://upload.example.com/api/v2"):
                api.upload_file(body=b"x")


RELATIVE = """\
openapi: 3.1.0
info: {title: Relative, version: "1"}
servers: [{url: /api/v1}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
"""


@pytest.mark.parametrize(("servers", "pointer", "path"), [("servers: [{url: /api/v1}]", "3: /servers/0/url", "/api/v1"), ("", "1: /", "")])
def test_a_relative_or_absent_server_is_said_at_lint_and_by_the_constructor(tmp_path: Path, servers: str, pointer: str, path: str) -> None:
    # the constructor said only "base_url must be an http:// or https:// URL", of a URL the
    # caller never gave, and lint said nothing
    text = RELATIVE.replace("servers: [{url: /api/v1}]", servers)
    spec = write_spec(tmp_path, "relative.yaml", text)
    code, _, err = run_cli("lint", str(spec))
    assert code == 0 and f"relative.yaml:{pointer}: warning: " in err and "callers must pass base_url=" in err
    with generated_module(tmp_path, "relative.yaml", text, "relative.client") as module:
        with pytest.raises(ConfigurationError, match=f"pass base_url=, e.g. 'https://api.example.com{path}'"):
            module.Client()
        kit = importlib.import_module("relative.testing")
        with module.Client(base_url=f"http://fake.test{path}", transport=kit.FakeApi()) as client:
            assert client.list_items() == []
        with pytest.raises(ConfigurationError, match="base_url must be an http:// or https:// URL"):
            module.Client(base_url="/api/v1")
