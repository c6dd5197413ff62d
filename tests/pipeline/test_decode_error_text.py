"""An answer that cannot be decoded names its pointer once.

``ResponseValidationError`` lists ``(pointer, message)`` pairs and prints them as
``pointer: message``; a decoding failure passed ``str(exc)``, which is already
``pointer: reason``, so the text read "/1: /1: expected a date string, got NoneType".
"""

from __future__ import annotations

import importlib
from pathlib import Path

import httpx
import pytest

from tests.pipeline.helpers import generated_module

SPEC = """\
openapi: 3.1.0
info: {title: Dates, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /days:
    get:
      operationId: getDays
      responses:
        "200":
          description: days
          content:
            application/json:
              schema: {type: array, items: {type: string, format: date}}
"""


def test_a_decoding_failure_names_its_pointer_once(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=["2000-01-01", None])

    with generated_module(tmp_path, "days.yaml", SPEC, "days.client") as client_module:
        error = importlib.import_module("days").ResponseValidationError  # every package re-exports it
        with client_module.Client(transport=httpx.MockTransport(answer), validate_responses="off") as client:
            with pytest.raises(error) as caught:
                client.get_days()
    text = str(caught.value)
    assert "/1: expected a date string, got NoneType" in text, text
    assert "/1: /1:" not in text, text
