"""A required query parameter holding an object, sent as its members: the suite's oracle finds it.

Stripe's ``GET /v1/apps/secrets/find`` requires ``scope``, an object with ``style: deepObject``:
it travels as ``scope[type]=account``, never as ``scope=``. The oracle looked for a pair named
``scope``, so the documented call always failed "required query parameter scope was not sent"
(found by a sample of every 11th test of Stripe's suite). An exploded ``form`` object travels as
its own members' names, and an empty object sends nothing at all.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.pipeline.helpers import assert_suite_passes, generated_module

SPEC = """\
openapi: 3.1.0
info: {title: Object params, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /secrets/find:
    get:
      operationId: findSecret
      parameters:
        - name: scope
          in: query
          required: true
          style: deepObject
          explode: true
          schema:
            type: object
            required: [type]
            properties:
              type: {type: string, enum: [account, user]}
              user: {type: string, maxLength: 5}
        - name: window
          in: query
          required: true
          style: form
          explode: true
          schema:
            type: object
            properties:
              since: {type: integer, minimum: 0}
      responses:
        "200": {description: found}
"""


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Any]:
    with generated_module(tmp_path, "objparams.yaml", SPEC, "objparams.client") as module:
        yield module


@pytest.mark.parametrize("window", [{"since": 3}, {}])
def test_the_oracle_finds_a_required_object_sent_as_its_members(package: Any, tmp_path: Path, window: dict[str, int]) -> None:
    from specloom_runtime.proptest import SpecOracle
    from specloom_runtime.proptest import oracle as proptest

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    arguments = {"scope": {"type": "account"}, "window": window}
    with package.Client(transport=httpx.MockTransport(answer)) as client:
        client.find_secret(**arguments)
    [request] = seen
    assert request.url.params.get("scope[type]") == "account" and "scope" not in request.url.params
    [spec] = package.OPERATIONS
    strategies = importlib.import_module("objparams.strategies")
    oracle = SpecOracle(tmp_path / "objparams.yaml")
    proptest.check_request(package.API, spec, oracle, strategies.POINTERS, request, arguments, None, "http://127.0.0.1:9")


def test_the_oracle_still_sees_a_required_deep_object_left_out(package: Any, tmp_path: Path) -> None:
    from specloom_runtime.proptest import SpecOracle
    from specloom_runtime.proptest import oracle as proptest

    request = httpx.Request("GET", "http://127.0.0.1:9/secrets/find?since=1")  # no scope[...] pair
    [spec] = package.OPERATIONS
    strategies = importlib.import_module("objparams.strategies")
    arguments = {"scope": {"type": "user"}, "window": {"since": 1}}
    with pytest.raises(AssertionError, match="required query parameter scope was not sent"):
        proptest.check_request(package.API, spec, SpecOracle(tmp_path / "objparams.yaml"), strategies.POINTERS, request, arguments, None, "http://127.0.0.1:9")


def test_the_packages_suite_passes(tmp_path: Path) -> None:
    assert_suite_passes(tmp_path, "objparams.yaml", SPEC, "objparams")


def test_an_exploded_objects_container_member_is_read_beside_other_pairs() -> None:
    # ``window={"": []}``: its member travels as ``=[]``; other parameters' pairs are plain text,
    # and reading those as JSON raised JSONDecodeError
    from specloom_runtime.proptest.styled import check_styled

    check_styled("findSecret", [("scope[type]", "account"), ("", "[]")], "window", {"": []}, "form", True)
    with pytest.raises(AssertionError, match="property a of window not sent"):
        check_styled("findSecret", [("scope[type]", "account"), ("", "[]")], "window", {"a": [1]}, "form", True)
