"""Unit tests of the compiler: keyword table, compile errors, refs, generated-module shape."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.validation import CompileError, compile_module, compile_validator
from generator.validation.keywords import DRAFT_2020_12_KEYWORDS, KEYWORDS, lookup
from specloom_runtime.validation import ValidationError, Violation

REPO = Path(__file__).parent.parent.parent


def test_every_2020_12_keyword_is_handled_or_refused() -> None:
    missing = sorted(DRAFT_2020_12_KEYWORDS - KEYWORDS.keys())
    assert not missing
    for name in DRAFT_2020_12_KEYWORDS:
        entry = KEYWORDS[name]
        assert entry.role in {"assert", "applicator", "core", "annotation"}, name
        if entry.role in {"assert", "applicator"}:
            assert entry.handler, name
    assert lookup("x-anything") is not None and lookup("x-anything").role == "annotation"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("schema", "pointer", "keyword"),
    [
        ({"maxLenght": 3}, "/maxLenght", "maxLenght"),
        ({"properties": {"a": {"nullable": True}}}, "/properties/a/nullable", "nullable"),
        ({"items": {"$recursiveRef": "#"}}, "/items/$recursiveRef", "$recursiveRef"),
        ({"pattern": "\\p{Greek}"}, "/pattern", "pattern"),
        ({"$ref": "#/$defs/nope"}, "/$ref", "$ref"),
        ({"$ref": "http://example.com/remote.json"}, "/$ref", "$ref"),
    ],
)
def test_compile_errors_name_keyword_and_pointer(schema: object, pointer: str, keyword: str) -> None:
    with pytest.raises(CompileError) as info:
        compile_validator(schema)
    assert (info.value.pointer, info.value.keyword) == (pointer, keyword)


def test_annotations_and_extensions_are_ignored() -> None:
    schema = {"title": "t", "x-vendor": {"type": "nonsense"}, "example": 1, "discriminator": {}, "type": "string"}
    v = compile_validator(schema)
    assert v.is_valid("a") and not v.is_valid(1)


def test_unknown_format_is_a_warning_not_a_check() -> None:
    v = compile_validator({"format": "shoe-size"}, formats="assert")
    assert v.is_valid("anything")
    assert [w.keyword for w in v.warnings] == ["format"]


def test_formats_annotate_by_default_and_assert_on_request() -> None:
    schema = {"format": "email"}
    assert compile_validator(schema).is_valid("nope")
    assert not compile_validator(schema, formats="assert").is_valid("nope")
    assert compile_validator({"format": "dd/mm/yyyy"}, formats="assert").is_valid("31/01/2024")
    assert not compile_validator({"format": "dd/mm/yyyy"}, formats="assert").is_valid("31/02/2024")


def test_remote_ref_resolved_from_registry_at_compile_time() -> None:
    registry: Registry[object] = Registry().with_resource(
        "http://example.com/int.json", Resource.from_contents({"type": "integer"}, default_specification=DRAFT202012)
    )
    v = compile_validator({"items": {"$ref": "http://example.com/int.json"}}, registry=registry)
    assert v.is_valid([1, 2]) and not v.is_valid([1, "2"])


def test_errors_carry_paths_keyword_and_message() -> None:
    v = compile_validator({"properties": {"a/b": {"type": "array", "items": {"maximum": 3}}}, "required": ["z"]})
    with pytest.raises(ValidationError) as info:
        v.validate({"a/b": [1, 5]})
    errors = {(e.instance_path, e.schema_path, e.keyword) for e in info.value.errors}
    assert errors == {("", "#/required", "required"), ("/a~1b/1", "#/properties/a~1b/items/maximum", "maximum")}
    assert all(isinstance(e, Violation) and e.message for e in info.value.errors)


def test_schema_text_cannot_inject_code() -> None:
    evil = "'\"\n__import__('os').system('exit 1')#"
    v = compile_validator({"properties": {evil: {"const": evil}}, "required": [evil], "pattern": evil.replace("(", "").replace(")", "")})
    assert v.is_valid({evil: evil}) and not v.is_valid({evil: 1})
    assert "\n__import__" not in v.source


DOC = {
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "maxLength": 20, "format": "email"},
                    "score": {"type": "number", "multipleOf": 0.01, "minimum": 0},
                    "tags": {"type": "array", "uniqueItems": True, "items": {"enum": ["A", "B"]}},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "meta": {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"},
                             "additionalProperties": {"type": ["string", "null"]}},
                    "pick": {"oneOf": [{"required": ["a"]}, {"required": ["b"]}], "unevaluatedProperties": False,
                             "properties": {"a": {}, "b": {}}},
                },
            },
            "Leaf": {"type": "object", "properties": {"node": {"$ref": "#/components/schemas/Node"}}},
        }
    }
}  # fmt: skip
ENTRIES = [
    ("Node", "node", "/components/schemas/Node"),
    ("Leaf", "leaf", "/components/schemas/Leaf"),
]


def _load(source: str) -> dict[str, object]:
    namespace: dict[str, object] = {}
    exec(compile(source, "<test>", "exec"), namespace)  # noqa: S102 - our own generated module
    return namespace


def test_compile_module_shape_and_shared_refs() -> None:
    module = compile_module(DOC, ENTRIES, source_file="specs/demo.yaml")
    ns = _load(module.source)
    assert "jsonschema" not in module.source
    assert module.source.count("def ") < 20  # the Node schema is one shared function, not copies
    node = {"name": "a@b.co", "children": [{"name": "c@d.ef", "tags": ["A"]}], "pick": {"a": 1}}
    assert ns["is_valid_node"](node) and ns["is_valid_leaf"]({"node": node})  # type: ignore[operator]
    bad = {"name": "x", "children": [{"name": "y", "extra": 1}], "score": 0.015, "pick": {"a": 1, "b": 2}}
    assert not ns["is_valid_node"](bad)  # type: ignore[operator]
    with pytest.raises(ValidationError) as info:
        ns["validate_node"](bad)  # type: ignore[operator]
    got = {(e.instance_path, e.keyword) for e in info.value.errors}
    assert {("/name", "format"), ("/children/0/name", "format"), ("/children/0", "additionalProperties"),
            ("/score", "multipleOf"), ("/pick", "oneOf")} <= got  # fmt: skip
    assert all(e.schema_path.startswith("specs/demo.yaml#/components/schemas/") for e in info.value.errors)
    registry = ns["VALIDATORS"]
    assert set(registry) == {"Node", "Leaf"}  # type: ignore[arg-type]
    assert list(registry["Leaf"].iter_errors({"node": 1}))  # type: ignore[index]


@pytest.mark.skipif(shutil.which("ruff", path=str(REPO / ".venv" / "bin")) is None, reason="ruff not installed")
def test_generated_module_passes_ruff_and_mypy_strict(tmp_path: Path) -> None:
    target = tmp_path / "validators.py"
    target.write_text(compile_module(DOC, ENTRIES, source_file="specs/demo.yaml").source)
    bin_dir = REPO / ".venv" / "bin"
    config = str(REPO / "pyproject.toml")
    ruff = subprocess.run([str(bin_dir / "ruff"), "check", "--config", config, str(target)],
                          capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert ruff.returncode == 0, ruff.stdout + target.read_text()
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(target)],
                          capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout + target.read_text()
