"""Any valid spec generates ruff- and mypy-clean code: minimal specs (one operation and no
parameters; a form body only; a text answer only; tuples; contradictions; excluded containers;
uploads) and the synthetic sixth vendor
(``tests/fixtures/sixth_vendor.yaml``) are generated into one temporary tree laid out like the
repository (``specs/``, ``generated/``, the project's ``pyproject.toml`` and ``conftest.py``), then
checked with the project's own ruff and ``mypy --strict`` settings; the sixth vendor's generated
property suite runs there too."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.pipeline.helpers import ROOT, run_cli
from tests.pipeline.test_body_media import EVERY_KIND  # every kind of request body

BIN = ROOT / ".venv" / "bin"

NO_PARAMETERS = """\
openapi: 3.1.0
info: {title: No parameters, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
"""

FORM_ONLY = """\
openapi: 3.1.0
info: {title: Form only, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /signup:
    post:
      operationId: signUp
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [email]
              properties:
                email: {type: string}
      responses:
        "204":
          description: done
"""

TEXT_ONLY = """\
openapi: 3.1.0
info: {title: Text only, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /motd:
    get:
      operationId: messageOfTheDay
      responses:
        "200":
          description: the message
          content:
            text/plain:
              schema: {type: string}
"""

# Tuples: a closed one (``items: false``: the strategies drew ``draw(None)`` for the items past
# the prefix, never run, and mypy --strict refused it) and an open one.
TUPLES = """\
openapi: 3.1.0
info: {title: Tuples, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /pairs:
    post:
      operationId: savePair
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                closed: {type: array, prefixItems: [{type: string}, {type: integer}], items: false}
                open: {type: array, prefixItems: [{type: string}], items: {type: boolean}}
      responses:
        "204":
          description: saved
"""

# Schemas that contradict themselves, valid JSON Schema all the same: the validators test a type
# mypy has already narrowed away on that path, which mypy --strict reported (comparison-overlap).
CONTRADICTIONS = """\
openapi: 3.1.0
info: {title: Contradictions, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /odd:
    post:
      operationId: saveOdd
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                both: {allOf: [{type: boolean}, {type: object}]}
                when: {if: {type: string, pattern: "x|y"}, then: {type: object}}
      responses:
        "204":
          description: saved
"""

# Containers excluded by value (``not: {const: {}}``): the strategies' constant of excluded values
# was written ``_v1 = ({},)``, whose type mypy cannot infer (var-annotated).
EXCLUSIONS = """\
openapi: 3.1.0
info: {title: Exclusions, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /filled:
    post:
      operationId: saveFilled
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                settings: {type: object, not: {const: {}}}
                tags: {type: array, not: {enum: [[], ["x"]]}}
      responses:
        "204":
          description: saved
"""

MINIMAL = {"no_parameters": NO_PARAMETERS, "form_only": FORM_ONLY, "text_only": TEXT_ONLY, "tuples": TUPLES,
           "contradictions": CONTRADICTIONS, "exclusions": EXCLUSIONS, "uploads": EVERY_KIND}  # fmt: skip
SIXTH = "sixth_vendor"
PACKAGES = [*MINIMAL, SIXTH]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary repository: every package generated, the project's settings beside them."""
    root = tmp_path_factory.mktemp("anyspec")
    specs = root / "specs"
    specs.mkdir()
    for name, text in MINIMAL.items():
        (specs / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    shutil.copy(ROOT / "tests" / "fixtures" / "sixth_vendor.yaml", specs / f"{SIXTH}.yaml")
    for name in ("pyproject.toml", "conftest.py"):
        shutil.copy(ROOT / name, root / name)
    # the runtime beside the packages, as in the repository: found by mypy (which does not follow
    # the editable install's import hook); ruff still sorts it third-party (pyproject.toml)
    (root / "specloom_runtime").symlink_to(ROOT / "specloom_runtime", target_is_directory=True)
    code, _, err = run_cli("generate", *(str(specs / f"{p}.yaml") for p in PACKAGES), "--out", str(root / "generated"))
    assert code == 0, err
    return root


@pytest.fixture(scope="module")
def ruff_report(tree: Path) -> str:
    if shutil.which("ruff", path=str(BIN)) is None:
        pytest.skip("ruff not installed")
    result = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", "generated"],
                            capture_output=True, text=True, cwd=tree)  # fmt: skip
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def mypy_report(tree: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tree / ".mypy_cache"),
         *(f"generated/{p}" for p in PACKAGES)],
        capture_output=True, text=True, cwd=tree,
    )  # fmt: skip
    return result.stdout + result.stderr


def _about(report: str, package: str) -> list[str]:
    return [line for line in report.splitlines() if f"generated/{package}/" in line]


@pytest.mark.parametrize("package", PACKAGES)
def test_generated_code_passes_ruff(ruff_report: str, package: str) -> None:
    assert _about(ruff_report, package) == [], ruff_report


@pytest.mark.parametrize("package", PACKAGES)
def test_generated_code_passes_mypy_strict(mypy_report: str, package: str) -> None:
    assert _about(mypy_report, package) == [], mypy_report
    assert "error" not in mypy_report.lower() or _about(mypy_report, package) == [], mypy_report


def test_sixth_vendor_property_suite_passes(tree: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider", f"generated/{SIXTH}/tests"],
        capture_output=True, text=True, cwd=tree,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
