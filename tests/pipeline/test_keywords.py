"""The JSON-Schema keyword table covers the whole 2020-12 vocabulary, and refusals are reported."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]  # no py.typed

from specloom.ir.schema import KEYWORDS
from tests.pipeline.helpers import run_cli


def test_every_2020_12_keyword_is_handled_or_refused() -> None:
    keywords = set(Draft202012Validator.VALIDATORS)
    for uri in REGISTRY:
        if uri.startswith("https://json-schema.org/draft/2020-12/meta/"):
            keywords |= set(REGISTRY.contents(uri).get("properties", {}))
    missing = keywords - set(KEYWORDS)
    assert not missing, f"keywords with no entry in specloom.ir.schema.KEYWORDS: {sorted(missing)}"
    assert set(KEYWORDS.values()) <= {"type", "validate", "annotate", "refuse"}


def test_a_refused_keyword_is_a_located_error(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"A": {"type": "object", "properties": {"a": {"type": "string", "dependencies": {"a": ["b"]}}}}}},
    }
    (tmp_path / "api.json").write_text(json.dumps(spec))
    code, _, err = run_cli("generate", str(tmp_path / "api.json"), "--out", str(tmp_path / "out"))
    assert code == 2 and "/components/schemas/A/properties/a/dependencies" in err and "dependencies" in err
