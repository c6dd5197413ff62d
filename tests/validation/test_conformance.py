"""The JSON-Schema-Test-Suite (2020-12, required + asserted formats) through compiled validators.

Runs ``suite_runner.py`` in a subprocess where ``jsonschema`` cannot be imported, then compares
its failures with ``conformance_skips.txt``: an unlisted failure fails the test, and so does a
listed case that now passes (so the skip list never goes stale).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent.parent
SUITE = REPO.parent / "shared" / "corpora" / "json-schema-test-suite"


def _skips() -> dict[tuple[str, str, str], str]:
    skips = {}
    for line in (HERE / "conformance_skips.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            file, group, case, reason = (part.strip() for part in line.split(" | ", 3))
            skips[(file, group, case)] = reason
    return skips


@pytest.mark.skipif(not SUITE.is_dir(), reason=f"JSON-Schema-Test-Suite not found at {SUITE}")
def test_suite_through_compiled_validators_without_jsonschema() -> None:
    proc = subprocess.run(
        [sys.executable, str(HERE / "suite_runner.py"), str(SUITE)],
        capture_output=True, text=True, cwd=REPO, timeout=300, env={"PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    failed = {tuple(f[:3]): f[3] for f in result["failed"]}
    skips = _skips()
    unexpected = {k: v for k, v in failed.items() if k not in skips}
    stale = [k for k in skips if k not in failed]
    assert not unexpected, "new failures:\n" + "\n".join(f"{k}: {v}" for k, v in unexpected.items())
    assert not stale, "listed as skipped but passing now (remove from conformance_skips.txt):\n" + "\n".join(map(str, stale))
    assert result["total"] > 1500
    assert (result["total"] - len(failed)) / result["total"] >= 0.98
