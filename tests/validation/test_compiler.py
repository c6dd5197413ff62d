"""Unit tests of the compiler: keyword table, compile errors, refs, generated-module shape."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from specloom_runtime.wire import CompiledValidator, ValidationError, Violation

from specloom.validation import CompileError, compile_module, compile_validator
from specloom.validation.keywords import DRAFT_2020_12_KEYWORDS, KEYWORDS, lookup

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
    registry = cast(dict[str, CompiledValidator], ns["VALIDATORS"])  # the generated module's registry
    assert set(registry) == {"Node", "Leaf"}
    assert list(registry["Leaf"].iter_errors({"node": 1}))


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


# -- the fast path's shape (what makes is_valid_* fast; verdicts are covered by the suites) -------

SHARED = {
    "components": {
        "schemas": {
            "Item": {"type": "object", "additionalProperties": False, "required": ["id"],
                     "properties": {"id": {"type": "integer"}, "tag": {"$ref": "#/components/schemas/Tag"}}},
            "Tag": {"type": "string", "maxLength": 3},
            "Items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
        }
    },
    "paths": {"/x": {"post": {"schema": {"$ref": "#/components/schemas/Items"}}}},
}  # fmt: skip


def test_refs_are_inlined_on_the_fast_path_and_shared_entries_aliased() -> None:
    entries = [("Item", "item", "/components/schemas/Item"), ("Tag", "tag", "/components/schemas/Tag"),
               ("Items", "items", "/components/schemas/Items"), ("op.request", "op_request", "/paths/~1x/post/schema")]  # fmt: skip
    source = compile_module(SHARED, entries, source_file="s.yaml").source
    ns = _load(source)
    fast = source.split("def is_valid_items(")[1].split("\ndef ")[0]
    assert "is_valid_item(" not in fast and "_f" not in fast  # Item and Tag inlined into the loop
    assert "\nis_valid_op_request = is_valid_items\n" in source  # a pure $ref: the same function
    assert ns["is_valid_op_request"]([{"id": 1, "tag": "abc"}, {"id": 2.0}])  # type: ignore[operator]
    bad: object
    for bad in ([{"id": 1, "tag": "abcd"}], [{"id": True}], [{"id": 1, "x": 0}], [{}], {}):
        assert not ns["is_valid_op_request"](bad)  # type: ignore[operator]
        with pytest.raises(ValidationError):
            ns["validate_op_request"](bad)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("items", "instance", "valid", "shortcut"),
    [
        ({"type": "string"}, ["a", "b"], True, True),
        ({"type": "string"}, ["a", "a"], False, True),
        ({"enum": ["a", "b"]}, ["b", "b"], False, True),
        ({"type": "number"}, [1, 1.0], False, True),  # JSON-equal, and equal in a Python set
        ({"type": ["boolean", "integer"]}, [True, 1], True, False),  # True == 1 in Python only
        ({"type": ["boolean", "integer"]}, [False, 0, 1.0, 1], False, False),
        ({"type": "object"}, [{"a": 1}, {"a": 1.0}], False, False),
    ],
)  # fmt: skip
def test_unique_items_set_shortcut_only_where_json_equality_allows(items: object, instance: list[object],
                                                                   valid: bool, shortcut: bool) -> None:  # fmt: skip
    v = compile_validator({"type": "array", "uniqueItems": True, "items": items})
    assert v.is_valid(instance) is valid
    assert (not list(v.iter_errors(instance))) is valid
    fast = v.source.split("def is_valid_root(")[1].split("\ndef ")[0]
    assert ("len(set(value))" in fast) is shortcut and ("all_unique" in fast) is not shortcut


def test_fast_path_checks_cheap_things_first() -> None:
    schema = {"type": "object", "additionalProperties": False, "anyOf": [{"required": ["email"]}, {"required": ["phone"]}],
              "properties": {"email": {"type": "string", "format": "email"}, "tags": {"type": "array", "items": {"enum": ["A"]}},
                             "phone": {"type": "string", "pattern": "^[0-9]+$"}, "ok": {"type": "boolean"}}}  # fmt: skip
    v = compile_validator(schema, formats="assert")
    fast = v.source.split("def is_valid_root(")[1].split("\ndef ")[0]
    order = [fast.index(s) for s in ("issuperset", '"email" in value or "phone" in value', '"ok" in value', '"phone" in value:', '"email" in value:')]
    assert order == sorted(order), fast
    assert v.is_valid({"email": "a@b.co", "ok": True}) and not v.is_valid({"ok": True}) and not v.is_valid({"email": "a@", "ok": 1})


def test_type_implied_by_all_of_is_tested_once() -> None:
    v = compile_validator({"$defs": {"o": {"type": "object", "properties": {"a": {"type": "integer"}}}},
                           "allOf": [{"$ref": "#/$defs/o"}], "required": ["a"], "unevaluatedProperties": False})  # fmt: skip
    fast = v.source.split("def is_valid_root(")[1].split("\ndef ")[0]
    assert fast.count("type(value) is not dict") == 1 and "if type(value) is dict:" not in fast
    assert v.is_valid({"a": 1}) and not v.is_valid({"a": 1, "b": 2}) and not v.is_valid("a") and not v.is_valid({})


def test_property_name_memo_is_exact_and_bounded() -> None:
    v = compile_validator({"propertyNames": {"pattern": "^[a-z]+$"}, "additionalProperties": {"type": "integer"}})
    memo = v.is_valid.__globals__["_SEEN1"]
    assert v.is_valid({"abc": 1}) and memo == {"abc"}
    assert not v.is_valid({"abc": 1, "Abc": 2}) and "Abc" not in memo  # only names that matched
    assert v.is_valid({"a" * 65: 1}) and "a" * 65 not in memo  # long names are not kept
    for i in range(1500):
        assert v.is_valid({"x" + "".join(chr(97 + int(d)) for d in str(i)): 1})
    assert len(memo) == 1024
    assert not v.is_valid({"abc": 1, "a1": 2}) and not v.is_valid({"abc": "x"}) and not v.is_valid({1: 1})


def test_inlining_stays_within_python_nesting_limits() -> None:
    """A chain of refs, each three arrays deep: inlined it would nest 30 loops (CPython allows 20)."""
    defs = {f"d{i}": {"type": "array", "items": {"type": "array", "items": {"type": "array",
            "items": {"$ref": f"#/$defs/d{i + 1}"} if i < 9 else {"type": "integer"}}}} for i in range(10)}  # fmt: skip
    v = compile_validator({"$defs": defs, "$ref": "#/$defs/d0"})
    value: object = 1
    for _ in range(30):
        value = [value]
    assert v.is_valid(value) and not v.is_valid([value]) and not v.is_valid([[[[1]]]])
    assert 1 < v.source.count("def _f") < 10  # partly inlined, partly called
