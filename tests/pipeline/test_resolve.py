"""Resolution: relative-file $refs are bundled, cycles end, and a second pass changes nothing."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from specloom.check import lint, prepare
from specloom.diagnostics import Reporter
from specloom.load import load
from specloom.resolve import iter_refs, resolve
from tests.pipeline.helpers import ROOT, run_cli, write_spec

MAIN = """\
openapi: 3.1.0
info: {title: Split, version: "1"}
paths: {}
components:
  schemas:
    Order:
      type: object
      properties:
        customer: {$ref: "common.yaml#/components/schemas/Customer"}
"""
COMMON = """\
components:
  schemas:
    Customer:
      type: object
      properties:
        address: {$ref: "#/components/schemas/Address"}
        referrer: {$ref: "#/components/schemas/Customer"}
    Address:
      type: object
      properties:
        city: {type: string}
        owner: {$ref: "common.yaml#/components/schemas/Customer"}
"""


def test_relative_file_refs_are_bundled_and_cycles_end(tmp_path: Path) -> None:
    write_spec(tmp_path, "common.yaml", COMMON)
    spec = write_spec(tmp_path, "main.yaml", MAIN)
    resolved, _ = lint(load(spec))
    schemas = resolved.data["components"]["schemas"]
    assert set(schemas) == {"Order", "Customer", "Address"}
    assert all(ref.startswith("#/") for _, ref in iter_refs(resolved.data))
    assert schemas["Customer"]["properties"]["referrer"] == {"$ref": "#/components/schemas/Customer"}
    assert schemas["Address"]["properties"]["owner"] == {"$ref": "#/components/schemas/Customer"}
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    models = (tmp_path / "out" / "main" / "models.py").read_text()
    assert "class Customer(" in models and "referrer: Customer | Unset" in models


def test_resolving_a_resolved_document_changes_nothing() -> None:
    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        once, _ = lint(load(spec))
        again = resolve(type(once.source)(spec, copy.deepcopy(once.data), {}, ""), Reporter(spec.name))
        assert again.data == once.data, spec.name


def test_missing_file_is_located(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "main.yaml", MAIN)
    code, _, err = run_cli("lint", str(spec))
    assert code == 2 and "main.yaml:9: /components/schemas/Order/properties/customer" in err and "common.yaml" in err


def test_sixth_vendor_spec_lints_and_generates(tmp_path: Path) -> None:
    spec = ROOT / "tests" / "fixtures" / "sixth_vendor.yaml"
    assert run_cli("lint", str(spec))[0] == 0
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err


PERCENT = """\
openapi: 3.1.0
info: {title: Pct, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: integer}}}
  /items:
    get:
      operationId: listItems
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/paths/~1items~1%7Bid%7D/get/responses/200/content/application~1json/schema"}
"""


def test_percent_encoded_ref_names_the_decoded_pointer(tmp_path: Path) -> None:
    """A ``$ref`` is a URI: ``{id}`` in a path key is ``%7Bid%7D`` there (RFC 6901 section 6)."""
    spec = write_spec(tmp_path, "api.yaml", PERCENT)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    client = (tmp_path / "out" / "api" / "client.py").read_text(encoding="utf-8")
    assert "-> list[_m.GetItemResult]:" in client  # the list's items are getItem's result model
    broken = PERCENT.replace("%7Bid%7D", "%7Bkey%7D")
    code, _, err = run_cli("lint", str(write_spec(tmp_path, "broken.yaml", broken)))
    assert code == 2 and "%7Bkey%7D/get/responses/200/content/application~1json/schema' points to nothing" in err, err


NULLABLE_30 = """\
openapi: 3.0.3
info: {title: Owned, version: "1"}
paths: {}
components:
  schemas:
    Order:
      type: object
      properties:
        note: {type: string, nullable: true, example: hi}
        customer: {$ref: "%s"}
    Buyer:
      type: object
      properties:
        referrer: {$ref: "#/components/schemas/Buyer"}
"""


@pytest.mark.parametrize("ref", ["#/components/schemas/Buyer", "common.yaml#/components/schemas/Customer"], ids=["local", "file"])
def test_an_owned_document_is_prepared_as_a_copy_would_be_and_copied_at_most_once(tmp_path: Path, ref: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # normalising and bundling each deep-copied the whole document (0.2 s CPU of a 1.7 MB one's
    # lint); the pipeline owns its loaded document, so it is changed in place, and bundling
    # copies only when a $ref leaves the file
    write_spec(tmp_path, "common.yaml", COMMON)
    spec = write_spec(tmp_path, "owned.yaml", NULLABLE_30 % ref)
    copied = load(spec)
    before = copy.deepcopy(copied.data)
    documents = 0
    deepcopy = copy.deepcopy

    def counting(value: Any, memo: Any = None) -> Any:
        nonlocal documents
        documents += isinstance(value, dict) and "openapi" in value
        return deepcopy(value, memo)

    monkeypatch.setattr(copy, "deepcopy", counting)
    resolved, reporter = prepare(copied)
    assert copied.data == before  # not owned: untouched
    assert documents == 1 + (ref != "#/components/schemas/Buyer")
    documents = 0
    owned = load(spec)
    resolved_owned, reporter_owned = prepare(owned, owned=True)
    assert documents == (ref != "#/components/schemas/Buyer")  # only to bundle another file's content
    assert resolved_owned.data == resolved.data and resolved_owned.origins == resolved.origins
    assert reporter_owned.diagnostics == reporter.diagnostics
    assert resolved.data["components"]["schemas"]["Order"]["properties"]["note"] == {"type": ["string", "null"], "examples": ["hi"]}
