"""``generator/`` and ``specloom_runtime/`` know no vendor: no vendor's name or host appears in
them, comments and docstrings included (vendor facts live in ``specs/``, declaratively)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


def vendor_words() -> set[str]:
    """Each spec's name and its servers' registrable host names (``firecart`` of ``app.firecart.io``)."""
    words: set[str] = set()
    for spec in SPECS:
        data = yaml.safe_load(spec.read_text(encoding="utf-8"))
        words.add(spec.stem.lower())
        for server in data.get("servers", []):
            host = urlsplit(str(server["url"]).replace("{", "").replace("}", "")).hostname or ""
            labels = [label for label in host.lower().split(".") if label not in ("www", "api", "app")]
            if len(labels) >= 2:
                words.add(labels[-2])
    return {w for w in words if len(w) >= 5}


def test_the_vendor_words_are_found() -> None:
    assert len(SPECS) == 5 and len(vendor_words()) >= 5, vendor_words()


def test_generator_and_runtime_name_no_vendor() -> None:
    pattern = re.compile("|".join(sorted(map(re.escape, vendor_words()))), re.IGNORECASE)
    found = []
    for folder in ("generator", "specloom_runtime"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".jinja", ".json") or "__pycache__" in path.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:120]}")
    assert found == [], "\n".join(found)
