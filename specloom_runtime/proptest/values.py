"""Value properties of the generated suites: answers as the vendor writes them, date examples, pages.

Input: a generated package's client operations and ``SpecOracle`` (the spec file read by PyYAML).
Output: assertions named after the property they state. ``specloom_runtime.proptest`` holds the
request-side properties; this module holds the three that follow values through the client:

1. **Wire strings decode to the declared values.** A drawn answer is written the way the vendor
   writes it (every value that ``x-specloom-decode-strings`` maps from a wire string is replaced
   by that string, found by walking the schema in the spec file, not the IR's decode plan), and the
   typed result must equal the drawn value decoded by the form's codec. A client that read
   ``"false"`` as true, or skipped a path, answers something else.
2. **Named date examples read and write back.** Every example the spec gives for a value in a
   named date format (``15/08/1977`` for ``dd/mm/yyyy``) parses to what ``datetime.strptime``
   says with the pattern of ``proptest.NAMED_FORMATS`` (the oracle's table, not the runtime's),
   and writes back to the same text.
3. **Iterators yield every record once.** A paginated operation walks all records of the testing
   kit's fake, in order, however many pages they fill.

Test-only, like ``proptest``: never imported by generated clients.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from specloom_runtime.proptest import NAMED_FORMATS, SpecOracle
from specloom_runtime.proptest.files import UNREADABLE, SpecFiles
from specloom_runtime.wire.dates import format_named, parse_named

__all__ = ["wire_answer", "check_result", "date_examples", "check_date_example", "check_pages"]

_DECODE = "x-specloom-decode-strings"


def _same(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return type(a) is type(b) and a == b
    return a == b


def _members(files: SpecFiles, schema: Any) -> Iterator[dict[str, Any]]:
    """``schema`` and every ``allOf`` member under it: where a value's keywords can come from."""
    schema = files.deref(schema)
    if isinstance(schema, dict):
        yield schema
        for member in schema.get("allOf", ()):
            yield from _members(files, member)


def _to_wire(files: SpecFiles, schema: Any, value: object) -> object:
    members = list(_members(files, schema))
    for member in members:
        for wire, logical in (member.get(_DECODE) or {}).items():
            if _same(value, logical):
                return wire
    if isinstance(value, dict):
        out: dict[str, object] = {}
        for key, item in value.items():
            subs = [m["properties"][key] for m in members if key in m.get("properties", {})]
            if not subs:
                subs = [m["additionalProperties"] for m in members if isinstance(m.get("additionalProperties"), dict)]
            for sub in subs[:1]:
                item = _to_wire(files, sub, item)
            out[key] = item
        return out
    if isinstance(value, list):
        out_items = []
        for index, item in enumerate(value):
            for member in members:
                prefix = member.get("prefixItems", [])
                sub = prefix[index] if index < len(prefix) else member.get("items")
                if isinstance(sub, dict):
                    item = _to_wire(files, sub, item)
                    break
            out_items.append(item)
        return out_items
    return value


def wire_answer(oracle: SpecOracle, pointer: str, value: object) -> object:
    """``value`` (valid for the schema at ``pointer``) as the vendor writes it on the wire."""
    return _to_wire(oracle.files, oracle.schema(pointer), value)


def check_result(outcome: object, value: object, spec: Any, form: Any, status: int) -> None:
    """The typed result of a successful answer is the drawn (logical) value, decoded by its codec."""
    if not spec.returns_value:
        return
    expected = form.codec.decode(value, "")
    if spec.single_item:
        expected = expected[0]
    assert outcome == expected, (
        f"{spec.name}: the {status} answer's wire strings were not decoded to the values the spec "
        f"declares: got {outcome!r}, expected {expected!r}"
    )


def _examples(node: Mapping[str, Any]) -> list[Any]:
    found = [node["example"]] if "example" in node else []
    examples = node.get("examples")
    if isinstance(examples, list):
        found.extend(examples)
    elif isinstance(examples, dict):  # OpenAPI Example Objects (parameters, media types)
        found.extend(e["value"] for e in examples.values() if isinstance(e, dict) and "value" in e)
    return found


def _fits(fmt: str, text: str) -> bool:
    shape, pattern = NAMED_FORMATS[fmt]
    try:
        dt.datetime.strptime(text, pattern)
    except ValueError:
        return False
    return re.fullmatch(shape, text, re.ASCII) is not None


def _dates_in(files: SpecFiles, schema: Any, value: object, out: set[tuple[str, str]], depth: int = 0) -> None:
    if depth > 20:
        return
    for member in _members(files, schema):
        fmt = member.get("format")
        if fmt in NAMED_FORMATS and isinstance(value, str):
            out.add((fmt, value))
        for branch in [*member.get("anyOf", ()), *member.get("oneOf", ())]:
            # an example of a choice of formats is an example of each format it fits
            for option in _members(files, branch):
                option_fmt = option.get("format")
                if option_fmt in NAMED_FORMATS and isinstance(value, str) and _fits(option_fmt, value):
                    out.add((option_fmt, value))
        if isinstance(value, dict):
            for key, item in value.items():
                sub = member.get("properties", {}).get(key, member.get("additionalProperties"))
                if isinstance(sub, dict):
                    _dates_in(files, sub, item, out, depth + 1)
        if isinstance(value, list) and isinstance(member.get("items"), dict):
            for item in value:
                _dates_in(files, member["items"], item, out, depth + 1)


def _walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for item in node.values():
            _walk(item, visit)
    elif isinstance(node, list):
        for item in node:
            _walk(item, visit)


def date_examples(oracle: SpecOracle) -> list[tuple[str, str]]:
    """Every (named format, example text) pair the spec's files give, sorted: the entry file's
    and those of every file its ``$ref``\\s reach (``SpecFiles.documents``).

    Found wherever an example sits: on a schema, on a parameter or media type beside its
    ``schema``, or as a member of an object or array example of an enclosing schema. An example
    whose schema points to nothing readable gives none."""
    found: set[tuple[str, str]] = set()

    def visit(node: dict[str, Any]) -> None:
        examples = _examples(node)
        if not examples:
            return
        schema = node.get("schema", node) if isinstance(node.get("schema"), dict) else node
        for example in examples:
            try:
                _dates_in(oracle.files, schema, example, found)
            except (*UNREADABLE, AssertionError):  # AssertionError: a $ref cycle
                continue

    for _, data in oracle.files.documents():
        _walk(data, visit)
    return sorted(found)


def check_date_example(fmt: str, text: str) -> None:
    """``text`` reads as ``strptime`` reads it for ``fmt``, and writes back as ``strftime`` writes
    it (``4/9/94`` reads as 4 September 1994 and writes as ``04/09/94``)."""
    parsed = dt.datetime.strptime(text, NAMED_FORMATS[fmt][1])
    expected: dt.date | dt.datetime = parsed if "hh" in fmt else parsed.date()
    try:
        got = parse_named(fmt, text)
    except ValueError as exc:
        raise AssertionError(f"the spec's {fmt} example {text!r} does not parse: {exc}") from None
    assert got == expected, f"the spec's {fmt} example {text!r} reads as {got!r}, not {expected!r}"
    written, canonical = format_named(fmt, got), expected.strftime(NAMED_FORMATS[fmt][1])
    assert written == canonical, f"{expected!r} writes as {written!r}, not {canonical!r} ({fmt})"


def check_pages(spec: Any, fake: Any, results: list[Any], id_field: str) -> None:
    """Every record the fake holds came out of the iterator once, in order."""
    stored = [item[id_field] for item in fake.items()]
    got = [r.to_dict()[id_field] if hasattr(r, "to_dict") else r[id_field] for r in results]
    pages = len(fake.calls(spec.name))
    assert got == stored, (
        f"{spec.name}: the iterator yielded {len(got)} of {len(stored)} records in {pages} page requests "
        f"(lost: {sorted(set(stored) - set(got))[:5]}, repeated: {len(got) - len(set(got))})"
    )
