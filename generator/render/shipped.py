"""The templates compiled by Jinja, shipped with the package: (template source) -> Python source.

Input: a template's source checksum (Jinja's, sha1 of the text). Output: the Python source Jinja
would generate for it (``Environment.compile(..., raw=True)``), read from ``templates.json`` in
the package, or None when the template changed since that file was written or another Jinja
version runs. Why: generating that source costs ~0.12 s for the eight templates, paid by every
run without a build cache (a first ``make generate``, ``--no-cache``, each corpus document of
``bench/corpus.py``); compiling the shipped source costs ~0.02 s. The shipped source is Jinja's
own output for our own templates (no spec text in it). ``python -m specloom.render.shipped``
writes the file again; ``tests/pipeline/test_shipped_templates.py`` requires it to be current.
"""

from __future__ import annotations

import json
from functools import cache
from hashlib import sha1
from pathlib import Path
from typing import Any

SHIPPED = Path(__file__).resolve().parent.parent / "templates.json"


def _jinja() -> str | None:
    from specloom.versions import version

    return version("jinja2")


@cache
def _shipped() -> dict[str, str]:
    """checksum -> Python source, when the file was written by this Jinja version; else empty."""
    try:
        data = json.loads(SHIPPED.read_text(encoding="utf-8"))
        if data["jinja2"] != _jinja():
            return {}
        return {str(k): str(v["source"]) for k, v in data["templates"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # absent or damaged: Jinja compiles, as without this file


def source_for(checksum: str) -> str | None:
    return _shipped().get(checksum)


def generate(env: Any) -> dict[str, dict[str, str]]:
    """checksum -> {name, source} for every template of ``env``, generated now."""
    found: dict[str, dict[str, str]] = {}
    for name in env.list_templates(extensions=["jinja"]):
        text, _, _ = env.loader.get_source(env, name)
        found[sha1(text.encode("utf-8")).hexdigest()] = {"name": name, "source": env.compile(text, name, None, raw=True)}
    return found


def write() -> None:
    from specloom.render import _ENV

    SHIPPED.write_text(json.dumps({"jinja2": _jinja(), "templates": generate(_ENV)}, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
