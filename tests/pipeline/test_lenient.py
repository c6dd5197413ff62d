"""``--lenient``: a document that breaks its declared version but whose meaning is clear is repaired
with one located warning per kind; without the flag the same document is refused, located."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

from specloom.check import lint
from specloom.load import load
from specloom.resolve import pointer_get
from tests.pipeline.helpers import run_cli, write_spec

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<pointer>/[^:]*): (?P<message>.+)$")

HEAD = """\
openapi: 3.0.3
info: {title: Vendor, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
"""


def _lines(err: str) -> list[dict[str, str]]:
    found = [m.groupdict() for m in map(LINE.match, err.splitlines()) if m]
    return found


def _errors(found: list[dict[str, str]]) -> list[dict[str, str]]:
    return [d for d in found if not d["message"].startswith("warning: ")]


def _lint(tmp_path: Path, text: str, *flags: str) -> tuple[int, list[dict[str, str]], str]:
    spec = write_spec(tmp_path, "vendor.yaml", text)
    code, _, err = run_cli("lint", str(spec), *flags)
    assert "Traceback" not in err
    return code, _lines(err), err


def _resolved(tmp_path: Path, text: str) -> Any:
    resolved, _ = lint(load(write_spec(tmp_path, "vendor.yaml", text)), lenient=True)
    return resolved.data


MEDIA = HEAD + """\
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json: {$ref: "#/components/mediaTypes/Thing"}
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: ok
          content:
            application/json: {$ref: "#/components/mediaTypes/Thing"}
components:
  mediaTypes:
    Thing:
      schema: {type: object, properties: {id: {type: integer}}}
"""


def test_media_type_refs_are_inlined_with_one_counted_warning(tmp_path: Path) -> None:
    code, strict, _ = _lint(tmp_path, MEDIA)
    assert code == 2 and strict, "without --lenient the 3.2 construct stays an error"
    code, found, err = _lint(tmp_path, MEDIA, "--lenient")
    assert code == 0, err
    [inline] = [d for d in found if "components.mediaTypes" in d["message"] and "inlined" in d["message"]]
    assert inline["pointer"] == "/paths/~1a/get/responses/200/content/application~1json"
    assert inline["line"] == "12" and "(and 1 more like it)" in inline["message"]
    data = _resolved(tmp_path, MEDIA)
    assert pointer_get(data, "/paths/~1b/get/responses/200/content/application~1json/schema/properties/id") == {"type": "integer"}
    assert "mediaTypes" not in data["components"]


RECURSIVE = HEAD + """\
paths: {}
components:
  schemas:
    Tree:
      $recursiveAnchor: true
      type: object
      properties:
        children: {type: array, items: {$recursiveRef: "#"}}
"""


def test_recursive_ref_becomes_a_ref_to_its_anchor(tmp_path: Path) -> None:
    assert _lint(tmp_path, RECURSIVE)[0] == 2
    code, found, err = _lint(tmp_path, RECURSIVE, "--lenient")
    assert code == 0, err
    assert any(d["pointer"] == "/components/schemas/Tree/properties/children/items/$recursiveRef" and d["line"] == "11" for d in found), err
    tree = _resolved(tmp_path, RECURSIVE)["components"]["schemas"]["Tree"]
    assert tree["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Tree"}
    assert "$recursiveAnchor" not in tree


def test_recursive_ref_without_an_anchor_is_a_located_error(tmp_path: Path) -> None:
    code, found, err = _lint(tmp_path, RECURSIVE.replace("      $recursiveAnchor: true\n", ""), "--lenient")
    assert code == 2
    assert any(d["pointer"].endswith("/items/$recursiveRef") and "unclear" in d["message"] for d in found), err


DUPLICATES = HEAD + """\
paths: {}
components:
  schemas:
    Order:
      type: object
      required: [id, id, sku]
      properties:
        id: {type: integer}
        sku: {type: string}
        state: {type: string, enum: [open, closed, open]}
"""


def test_duplicate_required_and_enum_entries_are_dropped(tmp_path: Path) -> None:
    code, strict, err = _lint(tmp_path, DUPLICATES)
    assert code == 2 and any(d["pointer"] == "/components/schemas/Order/required" for d in strict), err
    code, found, err = _lint(tmp_path, DUPLICATES, "--lenient")
    assert code == 0, err
    order = _resolved(tmp_path, DUPLICATES)["components"]["schemas"]["Order"]
    assert order["required"] == ["id", "sku"]
    assert order["properties"]["state"]["enum"] == ["open", "closed"]


DEFAULTS = HEAD + """\
paths: {}
components:
  schemas:
    Page:
      type: object
      properties:
        homepage: {type: string, format: uri, default: ""}
        size: {type: integer, minimum: 1, default: 0, example: -5}
        color: {type: string, default: red}
        limit: {oneOf: [{type: integer}, {minimum: 0}], default: 5}
"""


def test_default_failing_its_schema_is_located_then_kept_as_documentation(tmp_path: Path) -> None:
    code, strict, err = _lint(tmp_path, DEFAULTS)
    assert code == 2
    pointers = {d["pointer"]: d["line"] for d in _errors(strict)}
    assert pointers == {"/components/schemas/Page/properties/homepage/default": "10", "/components/schemas/Page/properties/size/default": "11",
                        "/components/schemas/Page/properties/limit/default": "13"}, err
    code, found, err = _lint(tmp_path, DEFAULTS, "--lenient")
    assert code == 0, err
    props = _resolved(tmp_path, DEFAULTS)["components"]["schemas"]["Page"]["properties"]
    assert "default" not in props["homepage"] and props["homepage"]["x-documented-default"] == ""
    assert "default" not in props["size"] and "examples" not in props["size"]
    assert props["size"]["x-documented-examples"] == [-5]
    assert props["color"]["default"] == "red"
    assert props["limit"]["default"] == 5  # valid under both oneOf branches: the meaning is clear
    assert any("more than one 'oneOf' branch" in d["message"] and d["line"] == "13" for d in found), err


UNKNOWN = HEAD + """\
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        x: {type: string, optional: true}
        y: {type: string, optional: false}
        z: {type: array, items: {type: string}, max_items: 3}
"""


def test_unknown_keywords_fail_lint_not_only_generate(tmp_path: Path) -> None:
    code, found, err = _lint(tmp_path, UNKNOWN)
    assert code == 2
    assert {d["pointer"] for d in _errors(found)} == {
        "/components/schemas/A/properties/x/optional", "/components/schemas/A/properties/y/optional",
        "/components/schemas/A/properties/z/max_items"}, err
    assert "specloom lint: 3 error(s)" in err


def test_unknown_keywords_are_ignored_once_per_keyword_with_a_count(tmp_path: Path) -> None:
    code, found, err = _lint(tmp_path, UNKNOWN, "--lenient")
    assert code == 0, err
    unknown = sorted((d["pointer"], d["message"]) for d in found if "unknown schema keyword" in d["message"])
    assert unknown == [
        ("/components/schemas/A/properties/x/optional", "warning: unknown schema keyword 'optional' ignored (and 1 more like it)"),
        ("/components/schemas/A/properties/z/max_items", "warning: unknown schema keyword 'max_items' ignored"),
    ]
    out = tmp_path / "out"
    assert run_cli("generate", str(tmp_path / "vendor.yaml"), "--lenient", "--out", str(out))[0] == 0


PARAMS = HEAD + """\
paths:
  /items/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: since, in: query, nullable: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
  /items:
    get:
      responses: {"204": {description: none}}
components:
  schemas:
    Item:
      type: object
      properties:
        kind: {$ref: "#/components/schemas/Missing"}
"""


def test_missing_operation_id_nullable_parameter_and_dangling_ref(tmp_path: Path) -> None:
    code, strict, err = _lint(tmp_path, PARAMS)
    assert code == 2
    code, found, err = _lint(tmp_path, PARAMS, "--lenient")
    assert code == 0, err
    messages = {d["pointer"]: d["message"] for d in found}
    assert "(and 1 more like it)" in messages["/paths/~1items~1{id}/get"]
    assert "moved into its schema" in messages["/paths/~1items~1{id}/get/parameters/1/nullable"]
    assert "points to nothing" in messages["/components/schemas/Item/properties/kind/$ref"]
    data = _resolved(tmp_path, PARAMS)
    assert data["paths"]["/items/{id}"]["get"]["operationId"] == "get_items_by_id"
    assert data["paths"]["/items/{id}"]["get"]["parameters"][1]["schema"]["type"] == ["string", "null"]
    assert "$ref" not in data["components"]["schemas"]["Item"]["properties"]["kind"]


def test_lenient_leaves_a_clean_document_alone(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "specs" / "salesfire.yaml").read_text(encoding="utf-8")
    spec = write_spec(tmp_path, "salesfire.yaml", text)
    code, out, err = run_cli("lint", str(spec), "--lenient")
    assert code == 0 and "warning" not in err, err


LOOSE = HEAD + """\
paths:
  /vendors/{vendor_id}:
    put:
      operationId: putVendor
      security: [{oauth2: null}]
      responses: {"204": {description: none}}
components:
  securitySchemes:
    oauth2: {type: oauth2, flows: {clientCredentials: {tokenUrl: "http://127.0.0.1:9/t", scopes: {}}}}
"""
LOOSE = LOOSE.replace('info: {title: Vendor, version: "1"}', 'info:\n  title: Vendor\n  version: "1"\n  externalDocs: {url: "http://127.0.0.1:9/docs"}')


def test_undeclared_path_parameter_null_scopes_and_unknown_fields(tmp_path: Path) -> None:
    code, strict, err = _lint(tmp_path, LOOSE)
    assert code == 2 and all(d["pointer"] != "/" for d in _errors(strict)), err  # every complaint located
    assert any(d["pointer"] == "/paths/~1vendors~1{vendor_id}/put" and "vendor_id" in d["message"] for d in strict), err
    code, found, err = _lint(tmp_path, LOOSE, "--lenient")
    assert code == 0, err
    messages = {d["pointer"]: d["message"] for d in found}
    assert "required string" in messages["/paths/~1vendors~1{vendor_id}/put"]
    assert "no scopes" in messages["/paths/~1vendors~1{vendor_id}/put/security/0/oauth2"]
    assert "ignored ('externalDocs')" in messages["/info"]
    op = _resolved(tmp_path, LOOSE)["paths"]["/vendors/{vendor_id}"]["put"]
    assert op["parameters"] == [{"name": "vendor_id", "in": "path", "required": True, "schema": {"type": "string"}}]
    assert op["security"] == [{"oauth2": []}]


def test_warnings_are_shown_when_errors_stop_the_run(tmp_path: Path) -> None:
    code, found, err = _lint(tmp_path, RECURSIVE.replace("      $recursiveAnchor: true\n", "") + "    Old: {type: string, nullable: true}\n", "--lenient")
    assert code == 2
    assert any(d["message"].startswith("warning: OpenAPI 3.0 'nullable'") for d in found), err


def test_lenient_bundles_refs_to_whole_files_and_library_entries(tmp_path: Path) -> None:
    (tmp_path / "ops").mkdir()
    write_spec(tmp_path, "intro.yml", "introduction: Welcome to the API.\n")
    write_spec(tmp_path, "library.yml", "thing:\n  type: object\n  properties:\n    id: {type: integer, nullable: true}\n")
    write_spec(tmp_path, "failure.yml", "description: failed\ncontent:\n  application/json:\n    schema: {type: object}\n")
    write_spec(tmp_path, "ops/get_things.yml", """\
        operationId: listThings
        responses:
          "200":
            description: ok
            content:
              application/json:
                schema: {type: array, items: {$ref: "../library.yml#/thing"}}
          default: {$ref: "../failure.yml"}
        """)
    root = HEAD + """\
tags:
  - name: Intro
    description: {$ref: "intro.yml#/introduction"}
paths:
  /things:
    get: {$ref: "ops/get_things.yml"}
"""
    code, strict, err = _lint(tmp_path, root)
    assert code == 2 and any(d["pointer"] == "/paths/~1things/get" for d in _errors(strict)), err
    code, found, err = _lint(tmp_path, root, "--lenient")
    assert code == 0, err
    data = _resolved(tmp_path, root)
    op = data["paths"]["/things"]["get"]
    assert op["operationId"] == "listThings"
    assert data["tags"][0]["description"] == "Welcome to the API."
    assert op["responses"]["200"]["content"]["application/json"]["schema"]["items"] == {"$ref": "#/components/schemas/library_thing"}
    assert op["responses"]["default"] == {"$ref": "#/components/responses/failure"}
    assert data["components"]["responses"]["failure"]["description"] == "failed"
    # a repair inside another file is located in that file, at its line
    [nullable] = [d for d in found if "'nullable'" in d["message"]]
    assert (nullable["file"], nullable["line"], nullable["pointer"]) == ("library.yml", "4", "/thing/properties/id/nullable"), err


CONTENT_NAMES = HEAD + """\
paths:
  /notes:
    post:
      operationId: create_note
      parameters:
        - {$ref: "#/components/parameters/content"}
      requestBody:
        content:
          application/json: {schema: {$ref: "#/components/schemas/Note"}}
      responses:
        "201":
          description: created
          content:
            application/json: {$ref: "#/components/mediaTypes/Note"}
components:
  parameters:
    content: {name: content, in: query, schema: {type: string}}
  mediaTypes:
    Note:
      schema: {$ref: "#/components/schemas/Note"}
  schemas:
    Body: {type: object, properties: {text: {type: string}}}
    Note:
      type: object
      properties:
        content: {$ref: "#/components/schemas/Body"}
        schema: {$ref: "#/components/schemas/Body"}
"""


def test_only_content_maps_are_taken_for_content_maps(tmp_path: Path) -> None:
    """A schema property named ``content`` (or ``schema``) holding a ``$ref`` is a property, not an
    OpenAPI 3.2 ``content`` map given by reference: it keeps its ``$ref`` (the named model), with no
    warning; a parameter named ``content`` is a parameter. The real media type ``$ref`` beside
    them is still inlined. (The repair walked schemas too and inlined the property's target.)"""
    code, found, err = _lint(tmp_path, CONTENT_NAMES, "--lenient")
    assert code == 0, err
    inlined = [d for d in found if "inlined" in d["message"]]
    assert [d["pointer"] for d in inlined] == ["/paths/~1notes/post/responses/201/content/application~1json"]
    data = _resolved(tmp_path, CONTENT_NAMES)
    note = data["components"]["schemas"]["Note"]["properties"]
    assert note["content"] == {"$ref": "#/components/schemas/Body"} and note["schema"] == {"$ref": "#/components/schemas/Body"}
    assert data["components"]["parameters"]["content"]["in"] == "query"


UNDEFINED_REQUIRED = HEAD + """\
paths:
  /accounts:
    post:
      operationId: createAccount
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Account"}
      responses:
        "204": {description: created}
components:
  schemas:
    Base:
      type: object
      properties:
        id: {type: integer}
    Account:
      allOf:
        - {$ref: "#/components/schemas/Base"}
      required: [id, owner]
"""


def test_required_naming_a_property_defined_nowhere_is_a_warning_when_lenient(tmp_path: Path) -> None:
    """openapi-spec-validator refuses a ``required`` entry that no ``properties`` defines, here or
    in ``allOf``; JSON Schema's meaning is clear (present, any value). Strict: the library's
    error, as before. ``--lenient``: a located warning, and the package checks the property is
    there. Until 2026-12-07 it stopped the run in lenient mode too (explorer seeds 3316, 5191...)."""
    code, strict, err = _lint(tmp_path, UNDEFINED_REQUIRED)
    assert code == 2 and [d["pointer"] for d in _errors(strict)] == ["/components/schemas/Account"], err
    assert "Required list has not defined properties: ['owner']" in err
    code, found, err = _lint(tmp_path, UNDEFINED_REQUIRED, "--lenient")
    assert code == 0, err
    [note] = [d for d in found if "'required'" in d["message"]]
    assert note["pointer"] == "/components/schemas/Account" and "(['owner'])" in note["message"], err
    spec = tmp_path / "vendor.yaml"
    code, _, err = run_cli("generate", str(spec), "--lenient", "--out", str(tmp_path / "out"))
    assert code == 0, err
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        check = importlib.import_module("vendor.validators").is_valid_account
        assert check({"id": 1, "owner": "anyone"}) and check({"id": 1, "owner": None})
        assert not check({"id": 1})  # owner must be there
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == "vendor" or m.startswith("vendor.")]:
            del sys.modules[name]
