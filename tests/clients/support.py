"""Drive a generated client, sync or async, against an ``httpx.MockTransport``.

``Harness(api, mode)`` builds the API's ``Client`` (mode ``"sync"``) or ``AsyncClient``
(``"async"``) with the test credentials and a transport that records every request and answers
from a queue; ``harness.call("add_customer", ...)`` runs the method either way and returns the
result (or raises), so each test states the wire behaviour once and checks both clients.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

import httpx

CREDENTIALS: dict[str, dict[str, str]] = {
    "firecart": {"api_access_key": "canvass", "api_secret": "canvass-secret-7"},
    "cartfunnel": {"account": "myshop", "api_secret": "cf-secret-91x"},
    "salesfire": {"secret": "sf-signing-key-44"},
    "shift4shop": {
        "secure_url": "https://myshop.3dcartstores.com",
        "private_key": "pk-0a1b2c3d",
        "token": "tk-9f8e7d6c",
    },
    "clienttoolbox": {"user_id": "john1970", "user_password": "1959caadac9b13dcb3"},
}

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def json_answer(body: Any, status: int = 200, content_type: str = "application/json") -> httpx.Response:
    """An answer with a JSON body and the given Content-Type."""
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"Content-Type": content_type})


def text_answer(text: str, status: int = 200, content_type: str = "text/plain") -> httpx.Response:
    """An answer with a text body and the given Content-Type."""
    return httpx.Response(status, content=text.encode(), headers={"Content-Type": content_type})


class Harness:
    """One client of ``api`` in ``mode``, its recorded requests and its queue of answers."""

    def __init__(self, api: str, mode: str, *, answers: Iterable[Answer] = (), **options: Any) -> None:
        self.api = api
        self.mode = mode
        self.package: ModuleType = importlib.import_module(f"specloom.apis.{api}")
        self.requests: list[httpx.Request] = []
        self.answers: list[Answer] = list(answers)
        self.options = {"max_retries": 0, **options}
        self.credentials = dict(CREDENTIALS[api])

    def answer(self, *answers: Answer) -> Harness:
        """Queue answers, used in order (the last one repeats)."""
        self.answers.extend(answers)
        return self

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.answers:
            raise AssertionError("the client sent a request the test did not expect")
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        # a fresh copy: a Response object is bound to one client flavour once it was sent
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def client(self) -> Any:
        cls = self.package.AsyncClient if self.mode == "async" else self.package.Client
        return cls(**self.credentials, transport=httpx.MockTransport(self._handle), **self.options)

    def call(self, method: str, **kwargs: Any) -> Any:
        """Run ``method`` on a fresh client (closed afterwards) and return its result."""
        if self.mode == "sync":
            with self.client() as client:
                return getattr(client, method)(**kwargs)

        async def run() -> Any:
            async with self.client() as client:
                result = getattr(client, method)(**kwargs)
                if inspect.isasyncgen(result):
                    return [item async for item in result]
                return await result

        return asyncio.run(run())

    def collect(self, method: str, **kwargs: Any) -> list[Any]:
        """Every item an ``iter_*`` method yields."""
        if self.mode == "sync":
            with self.client() as client:
                return list(getattr(client, method)(**kwargs))
        return list(self.call(method, **kwargs))

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def query_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    """The decoded query string of ``request``, in order, repeats kept."""
    return list(httpx.QueryParams(request.url.query).multi_items())


def seed_pairs(literal: str) -> list[tuple[str, str]]:
    """Query or form pairs written unencoded in a seed document (``a=1&b=x y``)."""
    pairs = []
    for part in literal.split("&"):
        key, _, value = part.partition("=")
        pairs.append((key, value))
    return pairs
