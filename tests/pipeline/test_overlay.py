"""Overlays: a vendor's published document + an OpenAPI Overlay 1.0 file -> a client that obeys the
rules the overlay adds (an error-in-body rule and a request signature), the document untouched."""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.pipeline.helpers import run_cli, write_spec

# Published style: OpenAPI 3.0, nullable, no specloom keys; the vendor's text is never edited.
PUBLISHED = """\
openapi: 3.0.3
info: {title: Orderbook, version: "2024-01"}
servers: [{url: "https://api.orderbook.invalid/v2"}]
security: [{signingKey: []}]
paths:
  /orders:
    post:
      operationId: createOrder
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewOrder"}
      responses:
        "200":
          description: the order, or a failure reported in the body
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Result"}
components:
  securitySchemes:
    signingKey: {type: apiKey, in: header, name: X-Orderbook-Signature}
  schemas:
    NewOrder:
      type: object
      required: [sku]
      properties:
        sku: {type: string}
        note: {type: string, nullable: true}
    Result:
      type: object
      properties:
        status: {type: string}
        id: {type: integer}
        reason: {type: string}
"""

OVERLAY = """\
overlay: 1.0.0
info: {title: specloom quirks for Orderbook, version: "1"}
extends: orderbook.yaml
actions:
  - target: $.components.securitySchemes.signingKey
    description: the key signs the body and is never sent
    update:
      x-specloom-signature: {algorithm: hmac-sha256, encoding: hex, payload: body}
  - target: "$.paths['/orders'].post.responses['200']"
    description: a 200 with status FAILED is a failure
    update:
      x-specloom-error-in-body:
        - when: {pointer: /status, equals: FAILED}
          message: /reason
"""

KEY = "ob-signing-key-5"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("overlay")
    spec = write_spec(tmp, "orderbook.yaml", PUBLISHED)
    overlay = write_spec(tmp, "orderbook.overlay.yaml", OVERLAY)
    out = tmp / "out"
    code, _, err = run_cli("generate", str(spec), "--overlay", str(overlay), "--out", str(out))
    assert code == 0, err
    return spec, overlay, out


@pytest.fixture(scope="module")
def package(generated: tuple[Path, Path, Path]) -> ModuleType:
    out = generated[2]
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module("orderbook")
    finally:
        sys.path.remove(str(out))


def _client(package: ModuleType, answer: dict[str, object], seen: list[httpx.Request]) -> object:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    return package.Client(signing_key=KEY, transport=httpx.MockTransport(handle), max_retries=0)


def test_client_signs_the_body_as_the_overlay_says(package: ModuleType) -> None:
    seen: list[httpx.Request] = []
    client = _client(package, {"status": "OK", "id": 7}, seen)
    result = client.create_order(body={"sku": "A-1"})  # type: ignore[attr-defined]
    [request] = seen
    expected = hmac.new(KEY.encode(), request.content, hashlib.sha256).hexdigest()
    assert request.headers["X-Orderbook-Signature"] == expected
    assert KEY not in str(request.headers) and KEY.encode() not in request.content
    assert json.loads(request.content) == {"sku": "A-1"}
    assert result.id == 7


def test_client_raises_the_error_in_the_body_as_the_overlay_says(package: ModuleType) -> None:
    seen: list[httpx.Request] = []
    client = _client(package, {"status": "FAILED", "reason": "sku unknown"}, seen)
    with pytest.raises(package.ErrorInBody) as caught:
        client.create_order(body={"sku": "B-2"})  # type: ignore[attr-defined]
    assert caught.value.messages == ("sku unknown",)


def test_provenance_names_document_and_overlay_and_check_reapplies(generated: tuple[Path, Path, Path]) -> None:
    spec, overlay, out = generated
    head = (out / "orderbook" / "client.py").read_text(encoding="utf-8").splitlines()[:3]
    assert hashlib.sha256(spec.read_bytes()).hexdigest() in head[0] and '"orderbook.yaml"' in head[0]
    assert hashlib.sha256(overlay.read_bytes()).hexdigest() in head[1] and '"orderbook.overlay.yaml"' in head[1]
    assert run_cli("check", str(spec), "--overlay", str(overlay), "--out", str(out))[0] == 0
    code, drift, _ = run_cli("check", str(spec), "--out", str(out))  # without it: not the same tree
    assert code == 1 and "x-specloom" not in spec.read_text(encoding="utf-8")


def test_overlay_target_that_selects_nothing_is_a_located_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "orderbook.yaml", PUBLISHED)
    broken = OVERLAY.replace("$.components.securitySchemes.signingKey", "$.components.securitySchemes.nope")
    overlay = write_spec(tmp_path, "quirks.yaml", broken)
    code, _, err = run_cli("lint", str(spec), "--overlay", str(overlay))
    assert code == 2
    assert "quirks.yaml:5: /actions/0/target: JSONPath '$.components.securitySchemes.nope' selects nothing" in err


def test_overlay_for_another_document_is_not_applied(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "orderbook.yaml", PUBLISHED)
    overlay = write_spec(tmp_path, "quirks.yaml", OVERLAY.replace("extends: orderbook.yaml", "extends: https://vendor.invalid/other.yaml"))
    out = tmp_path / "out"
    assert run_cli("generate", str(spec), "--overlay", str(overlay), "--out", str(out))[0] == 0
    assert "overlay" not in (out / "orderbook" / "client.py").read_text(encoding="utf-8").splitlines()[1]
