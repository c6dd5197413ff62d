"""The fallback's emitter forgets what the main emitter rolls back.

Both emitters write into one ``Writer``. The main emitter (or the mutator through it) gives up
half-written work with an inside rollback, which removes constants the fallback may have written
meanwhile (a schema over budget drawn by its cheaper form inside another). Had the fallback's
emitter kept its cache of named schemas, a later cheaper form would name a constant no longer
defined: Square's ``strategies.py`` did (``F821 Undefined name `_s3214```, ``make corpus``).
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


def test_a_rollback_of_the_main_emitter_rolls_the_fallbacks_cache_back() -> None:
    writer = Writer()
    main = Emitter(Canon(DOCUMENT), writer)
    fallback = Fallback(DOCUMENT, writer, main.recursive, MERGE_BUDGET)
    main.followers.append(fallback.emitter)  # as render_module wires them
    mark = main.mark()
    assert fallback.strategy("/components/schemas/A", "is_valid_a") is not None  # caches Part's constants
    main.rollback(mark, inside=True)  # the schema around it given up: its constants are gone
    assert fallback.strategy("/components/schemas/B", "is_valid_b") is not None  # reaches Part again
    assert _undefined(writer) == set()


def test_without_the_follower_the_cache_would_name_a_removed_constant() -> None:
    """The mechanism the follower exists for (so the test above cannot pass vacuously)."""
    writer = Writer()
    main = Emitter(Canon(DOCUMENT), writer)
    fallback = Fallback(DOCUMENT, writer, main.recursive, MERGE_BUDGET)
    mark = main.mark()
    fallback.strategy("/components/schemas/A", "is_valid_a")
    main.rollback(mark, inside=True)
    fallback.strategy("/components/schemas/B", "is_valid_b")
    assert _undefined(writer) != set()
