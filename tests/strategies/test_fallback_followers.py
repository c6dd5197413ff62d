"""The fallback's cache of named schemas stays true when the main emitter rolls back.

The main emitter (or the mutator through it) gives up half-written work with an inside rollback.
When the fallback wrote into the same writer, that rollback removed constants the fallback had
cached (a schema over budget drawn by its cheaper form inside another), and a later cheaper form
named a constant no longer defined: Square's ``strategies.py`` did (``F821 Undefined name
`_s3214```, ``make corpus``). The fallback now writes into side writers of the module's writer,
which the main writer's rollbacks leave alone (``Writer.side``), so the cache can be kept.
"""

from __future__ import annotations

import re
from typing import Any

from specloom.strategies.canon import Canon
from specloom.strategies.emit import Emitter
from specloom.strategies.fallback import Fallback
from specloom.strategies.module import MERGE_BUDGET
from specloom.strategies.writer import Writer

PART = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 3}}}
DOCUMENT: dict[str, Any] = {"components": {"schemas": {
    "Part": PART,
    "A": {"type": "object", "properties": {"part": {"$ref": "#/components/schemas/Part"}}, "anyOf": [{"required": ["part"]}]},
    "B": {"type": "object", "properties": {"also": {"$ref": "#/components/schemas/Part"}}, "anyOf": [{"required": ["also"]}]},
}}}  # fmt: skip


def _undefined(writer: Writer) -> set[str]:
    text = "\n".join(writer.body())
    defined = set(re.findall(r"^(?:def )?(_[a-z]\d+)\b", text, re.MULTILINE))  # constants and composites
    return set(re.findall(r"\b(_[a-z]\d+)\b", text)) - defined


def test_a_rollback_of_the_main_emitter_leaves_the_fallbacks_cache_true() -> None:
    writer = Writer()
    main = Emitter(Canon(DOCUMENT), writer)
    fallback = Fallback(DOCUMENT, writer, main.recursive, MERGE_BUDGET)  # as render_module wires them
    mark = main.mark()
    assert fallback.strategy("/components/schemas/A", "is_valid_a") is not None  # caches Part's constants
    main.rollback(mark, inside=True)  # the schema around it given up: its constants are gone
    assert fallback.strategy("/components/schemas/B", "is_valid_b") is not None  # reaches Part again
    assert _undefined(writer) == set()

