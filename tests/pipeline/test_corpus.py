"""Real third-party OpenAPI documents (../shared/corpora/openapi): each generates models that
import and pass ``mypy --strict``, or fails with a located diagnostic naming what is unsupported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.helpers import ROOT, SHARED, run_cli

CORPUS = SHARED / "corpora" / "openapi"
DOCS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".yml", ".json")) if CORPUS.is_dir() else []
LOCATED = re.compile(r"^[^:]+:\d+: /\S*: .+", re.MULTILINE)

pytestmark = pytest.mark.skipif(not DOCS, reason=f"OpenAPI corpus not found at {CORPUS} (../shared is absent)")


def test_corpus_generates_typed_models_or_located_diagnostics(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generated = []
    for i, doc in enumerate(DOCS):
        code, _, err = run_cli("generate", str(doc), "--out", str(out / f"tree{i}"))
        assert "Traceback" not in err
        if code == 0:
            generated.append(next((out / f"tree{i}").glob("*/models.py")).parent)
        else:
            assert code == 2 and LOCATED.search(err), f"{doc.name}: unlocated failure:\n{err}"
    assert len(generated) >= len(DOCS) // 2, "most of the corpus should generate"
    for package in generated:
        probe = f"import sys; sys.path.insert(0, {str(package.parent)!r}); import {package.name}.models"
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, f"{package.name}: {result.stderr}"
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         *[str(p) for p in generated]],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]
