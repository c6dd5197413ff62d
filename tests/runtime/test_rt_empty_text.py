"""An empty answer documented as ``text/*`` (``type: string``) is the empty string, not ``None``:
a text with no characters is still a text. Firecart documents its 200 as ``text/plain`` (a
string) or JSON; an empty JSON body is no JSON value, so it stays an invalid answer. Both the
client's fast path (``plan``) and the generic ``interpret`` read it the same way."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from specloom_runtime.call import interpret
from specloom_runtime.errors import Redactor, ResponseValidationError

from specloom.apis.firecart import AsyncClient, Client
from specloom.apis.firecart.client import OPERATIONS

DATA = {"name": "D", "email": "d@example.com"}


def _empty(content_type: str) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, headers={"Content-Type": content_type}, content=b""))


def _call(mode: str, content_type: str) -> object:
    options = {"api_access_key": "k", "api_secret": "s", "base_url": "https://firecart.invalid/", "validate_responses": "raise"}
    if mode == "sync":
        with Client(**options, transport=_empty(content_type)) as client:  # type: ignore[arg-type]
            return client.add_customer(data=DATA)

    async def run() -> object:
        async with AsyncClient(**options, transport=_empty(content_type)) as client:  # type: ignore[arg-type]
            return await client.add_customer(data=DATA)

    return asyncio.run(run())


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=utf-8"])
def test_an_empty_text_answer_is_the_empty_string(mode: str, content_type: str) -> None:
    assert _call(mode, content_type) == ""


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_an_empty_json_answer_is_still_no_value() -> None:
    with pytest.raises(ResponseValidationError):
        _call("sync", "application/json")


def test_the_generic_reading_agrees() -> None:
    spec = next(op for op in OPERATIONS if op.name == "addCustomer")
    request = httpx.Request("GET", "https://firecart.invalid/CustomerServiceHandler.do")
    response = httpx.Response(200, headers={"Content-Type": "text/plain"}, content=b"", request=request)
    assert interpret(spec, response, redactor=Redactor(()), mode="raise") == ""
