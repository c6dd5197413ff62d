"""A document the compiled metaschema refuses is worded by jsonschema on its refused part only (issue #16).

``--lenient`` notes an OpenAPI field a version does not define (Square's ``info.externalDocs``);
finding it took ``jsonschema``'s pass over the whole document and then the library's own second
pass: 9 s of Square's lint. Now ``jsonschema`` reads only the map entries the compiled metaschema
refuses alone, plus the rest of the document (``lint_narrow``), and when every error is one lenient
notes, our own checks do the second pass. The oracle is the library's whole pass: the same
complaints, located the same, in the same order.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from specloom import check, lint_meta
from specloom.lint_narrow import refused_part
from tests.pipeline.test_lint_openapi import BASE, _located_all, _said_all


def _with_strays() -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    doc["info"]["externalDocs"] = {"url": "https://example.invalid/docs"}
    doc["paths"]["/items/{id}"]["get"]["stray"] = 1
    doc["paths"]["/ok"] = {"get": {"operationId": "ok", "responses": {"200": {"description": "ok"}}}}
    doc["components"]["responses"]["Item"]["stray"] = True
    doc["components"]["schemas"]["bad name!"] = {"type": "string"}
    doc["webhooks"] = {"hook": {"post": {"responses": {"200": {"description": "ok"}}}, "odd": 1}}
    return doc


def test_the_refused_part_keeps_the_refused_entries_and_the_rest_whole() -> None:
    doc = _with_strays()
    part = refused_part(doc, lint_meta.is_valid())
    assert list(part["paths"]) == ["/items/{id}"] and list(part["webhooks"]) == ["hook"]
    assert part["components"] == {"schemas": {"bad name!": {"type": "string"}}, "responses": {"Item": doc["components"]["responses"]["Item"]}}
    assert part["info"] is doc["info"] and part["tags"] is doc["tags"]
    assert doc == _with_strays()  # the document itself is not changed
    library = check._with_jsonschema().schema_validator
    whole = [(list(e.absolute_path), e.message) for e in library.iter_errors(doc)]
    assert [(list(e.absolute_path), e.message) for e in library.iter_errors(part)] == whole and len(whole) == 5


def test_a_document_it_cannot_narrow_is_itself() -> None:
    doc = _with_strays()
    doc["openapi"] = "9.9.9"  # even a minimal document with it is refused: nothing to try entries against
    assert refused_part(doc, lint_meta.is_valid()) is doc
    assert refused_part([1], lint_meta.is_valid()) == [1]


@pytest.mark.parametrize("lenient", [True, False])
def test_same_complaints_as_the_librarys_whole_pass(lenient: bool) -> None:
    doc = _with_strays()
    expected = _located_all(doc)
    assert len(expected) >= 5
    assert _said_all(check._refused(doc, lenient=lenient)) == _said_all(expected)
    broken = copy.deepcopy(doc)
    broken["info"]["title"] = 12  # an error lenient does not note: the library's whole pass words it
    assert _said_all(check._refused(broken, lenient=lenient)) == _said_all(_located_all(broken))


def test_a_lenient_only_document_skips_the_librarys_whole_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    library = check._with_jsonschema()
    monkeypatch.setattr(library, "iter_errors", lambda self: iter(()))  # the whole pass would say nothing
    strays = _with_strays()
    del strays["components"]["schemas"]["bad name!"]  # a propertyNames error: not one lenient notes
    said = check._refused(strays, lenient=True)
    assert len(said) == 4 and all(c.validator in ("unevaluatedProperties", "additionalProperties") for c in said)
    broken = _with_strays()
    broken["info"]["title"] = 12
    assert check._refused(broken, lenient=True) == []  # the whole pass ran (and said nothing, here)
