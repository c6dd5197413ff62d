"""A generated suite tests a wide object's values instead of failing Hypothesis's size checks.

Vendors' answers can be wide: a GitHub pull request has about 224 required leaves, a Spree order
its items, payments and addresses. A drawn value then needs kilobytes of Hypothesis's 8 KB of
choices per example, and the tests that drew one failed the ``data_too_large`` health check
("inputs routinely consumed more than the maximum allowed entropy") though no property was
broken: GitHub's and DigitalOcean's samples had one such failure each, Spree's 4 to 6. The suite's
value tests now take the draws that fit (``WIDE``). Below, an object of 600 required strings: 20
of its first 28 draws overflow.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

from tests.pipeline.helpers import run_cli, run_suite, write_spec

PARTS, LEAVES = 20, 30


def _wide_spec() -> str:
    leaves = "\n".join(f"        p{i:02d}: {{type: string}}" for i in range(LEAVES))
    parts = "\n".join(f"        r{i:02d}: {{$ref: '#/components/schemas/Part'}}" for i in range(PARTS))
    return f"""\
openapi: 3.1.0
info: {{title: Wide, version: "1"}}
servers: [{{url: "http://127.0.0.1:9"}}]
paths: {{}}
components:
  schemas:
    Record:
      type: object
      required: [{", ".join(f"r{i:02d}" for i in range(PARTS))}]
      properties:
{parts}
    Part:
      type: object
      required: [{", ".join(f"p{i:02d}" for i in range(LEAVES))}]
      properties:
{leaves}
"""


def test_a_wide_objects_values_are_tested(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "wide.yaml", _wide_spec())
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    run = run_suite(tmp_path / "out" / "wide", tmp_path, "ci", select="Record and (valid_values or round_trip)")
    assert run.returncode == 0, run.stdout[-3000:]
    assert "2 passed" in run.stdout, run.stdout[-3000:]


def test_the_profiles_own_suppressions_are_kept() -> None:
    """``WIDE`` adds to the suppressions of the profile a suite is imported under (a user's own)."""
    settings.register_profile("own-suppression", settings.get_profile("ci"), suppress_health_check=[HealthCheck.too_slow])
    before, name = settings.get_current_profile_name(), "generated.firecart.tests.test_properties"
    imported = sys.modules.pop(name, None)
    settings.load_profile("own-suppression")
    try:
        wide = importlib.import_module(name).WIDE
    finally:
        settings.load_profile(before)
        sys.modules.pop(name, None)
        if imported is not None:
            sys.modules[name] = imported
    assert set(wide.suppress_health_check) == {HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example}
