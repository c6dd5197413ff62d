"""Lint's per-schema pass (``check._schemas``) with the JSON Schema 2020-12 metaschema compiled by
specloom (``lint_meta.schema_is_valid``), against its oracle ``jsonschema``: the same verdict on
every top-level schema of the corpus documents and of the five specs, on broken variants of them
and on hand-written invalid schemas; ``jsonschema`` then runs only for the schemas found invalid,
and lint reports them worded and located as before."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from specloom import check, lint_meta
from specloom.diagnostics import SpecError
from specloom.load import load
from specloom.walk import walk
from tests.pipeline.helpers import ROOT, SHARED, write_spec
from tests.pipeline.test_lint_meta import _paths  # every place in a document, as key paths

DOCS = sorted(p for p in (SHARED / "corpora" / "openapi").glob("*") if p.suffix in (".yaml", ".yml", ".json"))
DOCS += sorted((ROOT / "specs").glob("*.yaml"))


def oracle(schema: Any) -> bool:
    valid: bool = Draft202012Validator(Draft202012Validator.META_SCHEMA).is_valid(schema)  # jsonschema is untyped
    return valid


def _schemas(doc: Path) -> list[Any]:
    data = load(doc, limits=check.DEFAULT.limits).data
    return [node for role, _, node in walk(data) if role == "schema"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_same_verdict_as_jsonschema_on_every_schema(doc: Path) -> None:
    schemas = _schemas(doc)
    assert schemas
    assert [lint_meta.schema_is_valid()(s) for s in schemas] == [oracle(s) for s in schemas]


BROKEN = [
    {"type": 3},
    {"type": "strin"},
    {"type": ["string", "string"]},
    {"properties": {"a": {"minLength": "x"}}},
    {"properties": {"a": {"minLength": -1}}},
    {"required": "a"},
    {"required": ["a", "a"]},
    {"enum": "a"},
    {"items": [{"type": "string"}]},
    {"allOf": []},
    {"anyOf": {"type": "string"}},
    {"$defs": {"x": {"multipleOf": 0}}},
    {"prefixItems": [{"maxItems": 1.5}]},
    {"additionalProperties": {"properties": {"b": {"pattern": 5}}}},
    {"dependentRequired": {"a": [1]}},
    {"$ref": 5},
    7,
]


@pytest.mark.parametrize("schema", BROKEN, ids=repr)
def test_same_verdict_on_invalid_schemas(schema: Any) -> None:
    assert oracle(schema) is False
    assert lint_meta.schema_is_valid()(schema) is False


@pytest.fixture(scope="module")
def sendgrid() -> list[Any]:
    doc = SHARED / "corpora" / "openapi" / "sendgrid_tsg_mc_contacts_v3.json"
    if not doc.is_file():
        pytest.skip("../shared corpus absent")
    return [s for s in _schemas(doc) if isinstance(s, dict) and len(s) > 2]


@given(data=st.data())
def test_same_verdict_on_broken_variants(sendgrid: list[Any], data: st.DataObject) -> None:
    """One change anywhere in a real schema: a key dropped, a value of another type, a stray key."""
    variant = copy.deepcopy(data.draw(st.sampled_from(sendgrid)))
    where = data.draw(st.sampled_from(list(_paths(variant))[1:]))
    parent = variant
    for step in where[:-1]:
        parent = parent[step]
    change = data.draw(st.sampled_from(["drop", "retype", "stray"]))
    if change == "drop" and isinstance(parent, dict):
        del parent[where[-1]]
    elif change == "stray" and isinstance(parent[where[-1]], dict):
        parent[where[-1]]["minimum"] = "x"
    else:
        parent[where[-1]] = data.draw(st.sampled_from([7, "x", [], {}, None, True, -1.5]))
    assert lint_meta.schema_is_valid()(variant) == oracle(variant)


def _many_schemas(broken: dict[str, Any]) -> str:
    count = 45  # once decided by size; the compiled metaschema now decides for any number
    names = "\n".join(f"    S{i}: {{type: object, properties: {{a: {{type: string, minLength: 1}}}}}}" for i in range(count))
    bad = "".join(f"    {name}: {value}\n" for name, value in broken.items())
    return f"""\
openapi: 3.1.0
info: {{title: Many, version: "1"}}
paths: {{}}
components:
  schemas:
{names}
{bad}"""


def test_jsonschema_runs_only_for_the_schemas_found_invalid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    original = Draft202012Validator.iter_errors

    def counting(self: Any, instance: Any) -> Any:
        seen.append(instance)
        return original(self, instance)

    monkeypatch.setattr(Draft202012Validator, "iter_errors", counting)
    spec = write_spec(tmp_path, "many.yaml", _many_schemas({"Bad": "{type: object, required: name}"}))
    with pytest.raises(SpecError) as caught:
        check.lint(load(spec))
    said = str(caught.value)
    assert "many.yaml:" in said and "/components/schemas/Bad/required: invalid schema: 'name' is not of type 'array'" in said
    assert seen == [{"type": "object", "required": "name"}]


def test_a_member_that_is_no_schema_is_said_once(tmp_path: Path) -> None:
    """A property that is text, not a schema, was reported once per vocabulary of the 2020-12
    metaschema that reaches it (found by cutting a spec at random: eight identical errors)."""
    spec = write_spec(tmp_path, "once.yaml", _many_schemas({"Bad": "{type: object, properties: {a: not a schema}}"}))
    with pytest.raises(SpecError) as caught:
        check.lint(load(spec))
    said = [str(d) for d in caught.value.diagnostics if "/components/schemas/Bad/properties/a" in d.pointer]
    assert len(said) == 1 and "invalid schema: 'not a schema' is not of type 'object', 'boolean'" in said[0], said


DRAFTS = """\
openapi: 3.1.0
info: {title: Drafts, version: "1"}
jsonSchemaDialect: JSONSCHEMADIALECT
paths: {}
components:
  schemas:
    Customer:
      $schema: "SCHEMA"
      type: object
      properties:
        email: {$ref: "#/components/schemas/Email", maxLength: 5}
    Email: {type: string}
"""


@pytest.mark.parametrize(
    ("dialect", "schema", "refused"),
    [
        ("https://spec.openapis.org/oas/3.1/dialect/base", "https://json-schema.org/draft/2020-12/schema", []),
        ("https://json-schema.org/draft/2020-12/schema#", "https://spec.openapis.org/oas/3.1/dialect/base", []),
        ("https://spec.openapis.org/oas/3.1/dialect/base", "http://json-schema.org/draft-07/schema#", [(8, "/components/schemas/Customer/$schema")]),
        ("http://json-schema.org/draft-04/schema#", "https://json-schema.org/draft/2020-12/schema", [(3, "/jsonSchemaDialect")]),
    ],
)
def test_a_schema_written_for_another_draft_is_refused_where_it_says_so(tmp_path: Path, dialect: str, schema: str, refused: list[tuple[int, str]]) -> None:
    """Read as 2020-12, a draft-07 schema was validated and drawn otherwise without a word
    (draft-07 ignores the ``maxLength`` beside a ``$ref``); openapi-spec-validator checks it
    against draft-07 and finds nothing wrong."""
    spec = write_spec(tmp_path, "drafts.yaml", DRAFTS.replace("JSONSCHEMADIALECT", dialect).replace('"SCHEMA"', f'"{schema}"'))
    if not refused:
        check.lint(load(spec))
        return
    with pytest.raises(SpecError) as caught:
        check.lint(load(spec))
    said = [(d.line, d.pointer) for d in caught.value.diagnostics]
    assert said == refused and all("specloom reads JSON Schema 2020-12" in d.message for d in caught.value.diagnostics), caught.value
