"""JSON Schema -> Python types: the schema half of the IR builder.

Input: schemas of the resolved document. Output: ``TypeRef`` values and ``Model`` nodes. Every
2020-12 keyword is looked up in ``KEYWORDS``: it either shapes the Python type ("type"), is enforced
by the compiled validators only ("validate"), is documentation ("annotate"), or is refused with a
located error ("refuse"). A test asserts the table covers the whole 2020-12 vocabulary, so a new
keyword cannot slip through unnoticed. Component schemas that describe objects with properties
become named dataclasses; recursion is found with a strongly-connected-components pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from specloom_runtime.wire import NAMED_DATE_FORMATS

from specloom.diagnostics import Reporter, join_pointer
from specloom.ir.nodes import Field, Json, Model, TypeRef, prose
from specloom.names import NameError_, Scope, pascal_case
from specloom.resolve import follow, pointer_get, ref_pointer
from specloom.rules import deref, fixed_value

Role = Literal["type", "validate", "annotate", "refuse"]

KEYWORDS: dict[str, Role] = {
    # core
    "$schema": "annotate", "$id": "annotate", "$anchor": "annotate", "$dynamicAnchor": "annotate",
    "$ref": "type", "$dynamicRef": "validate", "$defs": "annotate", "$comment": "annotate",
    "$vocabulary": "annotate", "definitions": "annotate",
    # applicators
    "allOf": "type", "anyOf": "type", "oneOf": "type", "not": "validate",
    "if": "validate", "then": "validate", "else": "validate", "dependentSchemas": "validate",
    "prefixItems": "type", "items": "type", "contains": "validate",
    "properties": "type", "patternProperties": "type", "additionalProperties": "type",
    "propertyNames": "validate",
    # unevaluated
    "unevaluatedItems": "validate", "unevaluatedProperties": "validate",
    # validation
    "type": "type", "enum": "type", "const": "type",
    "multipleOf": "validate", "maximum": "validate", "exclusiveMaximum": "validate",
    "minimum": "validate", "exclusiveMinimum": "validate", "maxLength": "validate",
    "minLength": "validate", "pattern": "validate", "maxItems": "validate", "minItems": "validate",
    "uniqueItems": "validate", "maxContains": "validate", "minContains": "validate",
    "maxProperties": "validate", "minProperties": "validate", "required": "type",
    "dependentRequired": "validate",
    # format, content, meta-data
    "format": "type", "contentEncoding": "annotate", "contentMediaType": "annotate",
    "contentSchema": "annotate", "title": "annotate", "description": "annotate",
    "default": "annotate", "deprecated": "annotate", "readOnly": "annotate",
    "writeOnly": "annotate", "examples": "annotate",
    # OpenAPI 3.1 additions to the dialect
    "discriminator": "annotate", "xml": "annotate", "externalDocs": "annotate", "example": "annotate",
    # removed in 2019-09/2020-12; a document using them means something we would silently drop
    "$recursiveRef": "refuse", "$recursiveAnchor": "refuse", "dependencies": "refuse",
}

# Attribute names a model cannot use: its own members, and module names its class body refers to
# (a field called ``field`` would shadow ``dataclasses.field`` inside the class).
FIELD_RESERVED = frozenset({"extra", "to_dict", "from_dict", "datetime", "field", "dataclass", "_wire"})

JSON = TypeRef("json")
NONE = TypeRef("none")
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "none"}


def union(types: list[TypeRef]) -> TypeRef:
    """Flatten and de-duplicate; any ``json`` member swallows the rest."""
    flat: list[TypeRef] = []
    for t in types:
        for m in t.members if t.kind == "union" else (t,):
            if m not in flat:
                flat.append(m)
    if any(t.kind == "json" for t in flat):
        return JSON
    dates = [t for t in flat if t.kind in ("date", "datetime")]
    if len(dates) > 1:
        # several wire formats for one value: converting would lose which one was sent
        flat = [t for t in flat if t not in dates[1:]]
        flat[flat.index(dates[0])] = TypeRef("str")
        flat = list(dict.fromkeys(flat))
    literals = [t for t in flat if t.kind == "literal"]
    if len(literals) > 1:
        merged = TypeRef("literal", values=tuple(dict.fromkeys(v for t in literals for v in t.values)))
        flat = [merged if t is literals[0] else t for t in flat if t.kind != "literal" or t is literals[0]]
    return flat[0] if len(flat) == 1 else TypeRef("union", members=tuple(flat))


def is_model_schema(data: Any, schema: Any) -> bool:
    """Objects with named properties (directly or through ``allOf``) become dataclasses."""
    schema = deref(data, schema)
    if not isinstance(schema, dict):
        return False
    if isinstance(schema.get("properties"), dict) and schema["properties"]:
        return True
    return any(is_model_schema(data, s) for s in schema.get("allOf") or [])


def _or_null(data: Any, schema: Any, model: TypeRef) -> TypeRef:
    """The model, or the model or None when its schema admits null too (OpenAPI 3.0's
    ``nullable: true`` on an object, normalised): the codec must let a null through."""
    return union([model, NONE]) if _admits_null(data, schema, 0) else model


def _admits_null(data: Any, schema: Any, depth: int) -> bool:
    """Whether ``type`` lets null through: the schema's own, or, without one, that of every
    ``allOf`` member that has one (``allOf: [{$ref: NullableThing}, {description}]``)."""
    schema = deref(data, schema)
    if not isinstance(schema, dict) or depth > 8:
        return False
    kinds = schema.get("type")
    if kinds is not None:
        return kinds == "null" or (isinstance(kinds, list) and "null" in kinds)
    typed = [m for m in schema.get("allOf") or [] if _has_type_info(m)]
    return bool(typed) and all(_admits_null(data, m, depth + 1) for m in typed)


@dataclass
class SchemaTyper:
    """Builds types and models for one document; ``models`` fills as types are asked for."""

    data: Any
    reporter: Reporter
    scope: Scope
    models: dict[str, Model] = field(default_factory=dict)  # pointer -> model
    names: dict[str, str] = field(default_factory=dict)  # pointer -> class name
    edges: dict[str, set[str]] = field(default_factory=dict)  # model pointer -> model pointers
    _active: list[str] = field(default_factory=list)
    # a local $ref -> (its pointer, the schema there, whether that is a model): a component is
    # referred to from many places (Box: 4,595 $refs met for 305 schemas), and the document does
    # not change while the IR is built
    _targets: dict[str, tuple[str, Any, bool]] = field(default_factory=dict)

    def component_models(self) -> None:
        for name, schema in sorted(((self.data.get("components") or {}).get("schemas") or {}).items()):
            pointer = join_pointer("/components/schemas", name)
            if is_model_schema(self.data, schema) and "$ref" not in schema and pointer not in self.names:
                self._model(pointer, name)  # (not twice: a model met earlier through a $ref keeps its name)

    def type_of(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        """The Python type of the instances ``schema`` accepts, as precisely as it can say."""
        if schema is True or schema == {}:
            return JSON
        if not isinstance(schema, dict):
            return JSON
        self._check_keywords(schema, pointer)
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target, node, model = self._target(ref)
            if model:
                return _or_null(self.data, node, self._model_ref(target))
            if target in self._active:
                return JSON  # a recursive non-object alias: typed loosely, validated exactly
            self._active.append(target)
            try:
                return self.type_of(node, target, target.rsplit("/", 1)[-1])
            finally:
                self._active.pop()
        if "const" in schema:
            return self._literal([schema["const"]]) or JSON
        if isinstance(schema.get("enum"), list):
            return self._literal(schema["enum"]) or JSON
        if is_model_schema(self.data, schema):
            return _or_null(self.data, schema, self._model_ref(self._inline_model(pointer, hint)))
        options = [s for s in (schema.get("anyOf") or []) + (schema.get("oneOf") or []) if _has_type_info(s)]
        if options and _open_choices(schema):
            if _lets_anything_through(schema):
                return JSON
            # the choice narrows no kind (type: array, anyOf: [{}, an object]): allOf or type decide,
            # else [] was typed as the object's model and failed to decode
        elif options:
            key = "anyOf" if schema.get("anyOf") else "oneOf"
            return union([self.type_of(s, join_pointer(pointer, key, i), hint) for i, s in enumerate(options)])
        for i, member in enumerate(schema.get("allOf") or []):
            if _has_type_info(member):
                return self.type_of(member, join_pointer(pointer, "allOf", i), hint)
        kinds = schema.get("type")
        if kinds is None:
            return JSON
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        return union([self._of_kind(k, schema, pointer, hint) for k in kinds])

    def _target(self, ref: str) -> tuple[str, Any, bool]:
        """A local ``$ref``'s pointer, the schema it names (``KeyError`` if none) and whether
        that schema is a model, remembered per ``$ref`` text."""
        found = self._targets.get(ref)
        if found is None:
            target = ref_pointer(ref)
            node = pointer_get(self.data, target)
            found = self._targets[ref] = (target, node, is_model_schema(self.data, node))
        return found

    def named_type(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        """Like ``type_of``, but an object schema without named properties becomes a dataclass too
        (holding everything in ``extra``): a client result is always a named type, never a dict."""
        target, where = schema, pointer
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
            where = ref_pointer(schema["$ref"])
            target = pointer_get(self.data, where)
            hint = where.rsplit("/", 1)[-1]
        if isinstance(target, dict) and target.get("type") == "object" and not is_model_schema(self.data, target):
            self._check_keywords(target, where)
            return self._model_ref(self._inline_model(where, hint))
        return self.type_of(schema, pointer, hint)

    def _of_kind(self, kind: str, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date":
                return TypeRef("date", date_format="date")
            if fmt == "date-time":
                return TypeRef("datetime", date_format="date-time")
            if isinstance(fmt, str) and fmt in NAMED_DATE_FORMATS:
                return TypeRef(NAMED_DATE_FORMATS[fmt].kind, date_format=fmt)
        if kind in _SCALARS:
            return TypeRef(_SCALARS[kind])  # type: ignore[arg-type]
        if kind == "array":
            parts = [self.type_of(s, join_pointer(pointer, "prefixItems", i), hint + "Item") for i, s in enumerate(schema.get("prefixItems") or [])]
            if "items" in schema and schema["items"] is not False:
                parts.append(self.type_of(schema["items"], join_pointer(pointer, "items"), hint + "Item"))
            elif "items" not in schema and parts:
                parts.append(JSON)  # a tuple without ``items``: what follows its prefix is any value
            return TypeRef("list", item=union(parts) if parts else JSON)
        if kind == "object":
            return TypeRef("dict", item=self.extra_type(schema, pointer, hint))
        return JSON

    def extra_type(self, schema: dict[str, Any], pointer: str, hint: str, where: dict[str, str] | None = None) -> TypeRef:
        """The value type of keys that ``properties`` does not name; ``where`` says which schema
        holds a keyword taken from an ``allOf`` member (its pointer, not ``pointer``'s)."""
        at = {"patternProperties": pointer, "additionalProperties": pointer} | (where or {})
        parts = [self.type_of(s, join_pointer(at["patternProperties"], "patternProperties", k), hint + "Value")
                 for k, s in sorted((schema.get("patternProperties") or {}).items())]  # fmt: skip
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            parts.append(self.type_of(extra, join_pointer(at["additionalProperties"], "additionalProperties"), hint + "Value"))
        elif extra is not False:
            parts.append(JSON)
        return union(parts) if parts else JSON

    def _literal(self, values: list[Any]) -> TypeRef | None:
        if not all(v is None or isinstance(v, (str, int, bool)) for v in values):
            return None
        lits = tuple(Json.of(v) for v in values if v is not None)
        parts = [TypeRef("literal", values=lits)] if lits else []
        return union(parts + ([NONE] if None in values else []))

    def _model_ref(self, pointer: str) -> TypeRef:
        owner = next((p for p in reversed(self._active) if p in self.names), None)
        if owner is not None:
            self.edges.setdefault(owner, set()).add(pointer)
        if pointer not in self.names:
            self._model(pointer, pointer.rsplit("/", 1)[-1])
        return TypeRef("model", model=self.names[pointer])

    def _inline_model(self, pointer: str, hint: str) -> str:
        if pointer not in self.names:
            self._model(pointer, hint)
        return pointer

    def _model(self, pointer: str, hint: str) -> None:
        try:
            self.names[pointer] = self.scope.allocate_new(pascal_case(hint))
        except NameError_ as exc:
            self.reporter.error(pointer, f"cannot name a model class: {exc}")
            self.names[pointer] = self.scope.allocate_new("Model")
        schema = pointer_get(self.data, pointer)
        self._active.append(pointer)
        try:
            props, required, merged, where = self._collect(schema, pointer)
            field_scope = Scope(reserved=FIELD_RESERVED)
            py_names = field_scope.allocate_all(props)
            fields = []
            for wire, (sub, sub_pointer) in props.items():
                fixed, value = fixed_value(self.data, sub)
                fields.append(Field(
                    wire_name=wire, py_name=py_names[wire],
                    type=self.type_of(sub, sub_pointer, self.names[pointer] + pascal_case(py_names[wire])),
                    required=wire in required, description=prose(sub.get("description")) if isinstance(sub, dict) else "",
                    read_only=bool(isinstance(sub, dict) and sub.get("readOnly")),
                    decode_strings=Json.of(sub["x-specloom-decode-strings"]) if isinstance(sub, dict) and "x-specloom-decode-strings" in sub else None,
                    const=Json.of(value) if fixed and wire in required and isinstance(value, (str, int, float, bool)) else None,
                ))
            self.models[pointer] = Model(
                name=self.names[pointer], source_pointer=pointer,
                description=prose(schema.get("description", schema.get("title"))),
                fields=tuple(sorted(fields, key=lambda f: (not f.required, f.py_name))),
                extra_type=self.extra_type(merged, pointer, self.names[pointer], where),
                normalize_keys=Json.of(schema["x-specloom-normalize-keys"]) if "x-specloom-normalize-keys" in schema else None,
                recursive=False,
            )
        finally:
            self._active.pop()

    def _collect(
        self, schema: dict[str, Any], pointer: str
    ) -> tuple[dict[str, tuple[Any, str]], set[str], dict[str, Any], dict[str, str]]:
        """Properties and required names of a schema and of its ``allOf`` members; the schema with
        its members' ``additionalProperties``/``patternProperties`` where it has none, and the
        pointer of the schema each of those came from."""
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set(schema.get("required") or [])
        merged = dict(schema)
        where: dict[str, str] = {}
        for i, member in enumerate(schema.get("allOf") or []):
            # the chain's last link: a $ref to a $ref keeps its properties where they are written
            sub, target = follow(self.data, member, join_pointer(pointer, "allOf", i))
            if not isinstance(sub, dict):  # ``true`` adds nothing; ``false`` too (the validators refuse every value)
                continue
            sub_props, sub_req, sub_merged, sub_where = self._collect(sub, target)
            props.update(sub_props)
            required |= sub_req
            for key in ("additionalProperties", "patternProperties"):
                if key in sub_merged and key not in merged:
                    merged[key] = sub_merged[key]
                    where[key] = sub_where.get(key, target)
        for name, sub in sorted((schema.get("properties") or {}).items()):
            props[name] = (sub, join_pointer(pointer, "properties", name))
        return props, required, merged, where

    def _check_keywords(self, schema: dict[str, Any], pointer: str) -> None:
        for key in schema:
            if key.startswith("x-"):
                continue
            role = KEYWORDS.get(key)
            if role is None:
                self.reporter.error(join_pointer(pointer, key), f"unsupported JSON-Schema keyword {key!r}")
            elif role == "refuse":
                self.reporter.error(join_pointer(pointer, key), f"keyword {key!r} is not part of JSON Schema 2020-12 (OpenAPI 3.1); rewrite it")

    def recursive_models(self) -> set[str]:
        """Pointers of models that reach themselves (Tarjan's strongly connected components)."""
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        result: set[str] = set()

        def visit(v: str) -> None:
            index[v] = low[v] = len(index)
            stack.append(v)
            for w in sorted(self.edges.get(v, ())):
                if w not in index:
                    visit(w)
                    low[v] = min(low[v], low[w])
                elif w in stack:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1 or v in self.edges.get(v, ()):
                    result.update(component)

        for v in sorted(self.names):
            if v not in index:
                visit(v)
        return result


def _lets_anything_through(schema: dict[str, Any]) -> bool:
    """Whether an untyped schema's ``anyOf``/``oneOf`` lets values of every kind through: each of
    them has a member without type information (``{}``, ``{description}``, ``{required}``: any
    value of another kind passes it) and no ``allOf`` member narrows the kind. Such a member was
    left out of the union, so a ``true`` that ``anyOf: [{$ref: A}, {$ref: B}, {}]`` accepts did
    not decode into ``A | B``."""
    if "type" in schema or any(_has_type_info(m) for m in schema.get("allOf") or []):
        return False
    return _open_choices(schema)


def _open_choices(schema: dict[str, Any]) -> bool:
    """Whether every ``anyOf``/``oneOf`` of ``schema`` has a member without type information, so
    that the choices narrow no kind of value."""
    present = [schema[key] for key in ("anyOf", "oneOf") if isinstance(schema.get(key), list) and schema[key]]
    return bool(present) and all(any(not _has_type_info(m) for m in members) for members in present)


def _has_type_info(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return schema is True
    return bool({"type", "$ref", "enum", "const", "properties", "items", "anyOf", "oneOf", "allOf"} & set(schema))
