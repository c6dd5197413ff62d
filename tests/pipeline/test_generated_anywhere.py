"""Generated packages are ruff- and mypy-clean wherever they are written, not only under the
repository's ``generated/``: specs with negated validator checks (required properties, ``not``)
a webhooks-only document (no operation at all) and
model names that ``sorted()`` orders unlike isort are generated into ``elsewhere/`` of a
temporary tree holding the project's ``pyproject.toml``, then checked with its ruff and
``mypy --strict`` settings. Guards against style exemptions that only a path glob grants and
imports that only operations use."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.helpers import ROOT, run_cli, write_spec

BIN = ROOT / ".venv" / "bin"

NEGATIONS = """\
openapi: 3.1.0
info: {title: Negations, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /things:
    post:
      operationId: makeThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "204": {description: done}
components:
  schemas:
    Thing:
      type: object
      required: [name, size]
      properties:
        # runs of blank lines in a field's docstring (black leaves those alone)
        name: {type: string, not: {const: forbidden}, description: "Kinds:\\n\\n\\n- any\\n\\n\\n\\nend"}
        size: {type: [integer, "null"]}
        kind: {type: string, enum: [small, large]}
        position: {oneOf: [{type: string}, {type: integer}]}
    # value schemas that check nothing: the key loop must not bind an unused value (B007)
    Bag: {type: object, additionalProperties: {}}
    Tagged: {type: object, patternProperties: {"^x-": {}}, additionalProperties: {type: string}}
    Open: {type: object, properties: {a: {type: string}}, additionalProperties: {description: any}}
    Rest: {allOf: [{properties: {a: {type: string}}}], unevaluatedProperties: {description: any}}
"""

WEBHOOKS_ONLY = """\
openapi: 3.1.0
info: {title: Webhooks only, version: "1"}
webhooks:
  newPet:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Pet"}
      responses:
        "200": {description: received}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        tag: {type: string}
"""

# model names whose plain sorted() order differs from isort's (case, digits, all-caps)
IMPORT_ORDER = """\
openapi: 3.1.0
info: {title: Import order, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /targets:
    get:
      operationId: listTargets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Targets"}}
components:
  schemas:
    Targets: {type: object, properties: {user: {$ref: "#/components/schemas/TargetUser"}}}
    TargetUser: {type: object, properties: {id: {type: string}}}
    Item2: {type: object, properties: {id: {type: string}}}
    Item10: {type: object, properties: {id: {type: string}}}
    ABC: {type: object, properties: {id: {type: string}}}
    Abd: {type: object, properties: {id: {type: string}}}
"""

SPECS = {"negations": NEGATIONS, "webhooks_only": WEBHOOKS_ONLY, "import_order": IMPORT_ORDER}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("anywhere")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    # the runtime beside the packages; ruff still sorts it third-party, as pyproject.toml says
    (root / "specloom_runtime").symlink_to(ROOT / "specloom_runtime", target_is_directory=True)
    specs = [str(write_spec(root, f"{name}.yaml", text)) for name, text in SPECS.items()]
    code, _, err = run_cli("generate", "--lenient", *specs, "--out", str(root / "elsewhere"))
    assert code == 0, err
    return root


def test_generated_code_passes_ruff_outside_generated(tree: Path) -> None:
    if shutil.which("ruff", path=str(BIN)) is None:
        pytest.skip("ruff not installed")
    validators = sorted((tree / "elsewhere").glob("*/validators.py"))
    assert len(validators) == len(SPECS)
    # negated checks are written as ruff wants them (``k not in K``), with no exemption to need
    texts = [v.read_text(encoding="utf-8") for v in validators]
    assert any(re.search(r"^\s+if \w+ not in ", text, re.M) for text in texts)
    assert not any("noqa" in text for text in texts)
    result = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", "elsewhere"],
                            capture_output=True, text=True, cwd=tree)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_operationless_package_passes_mypy_strict(tree: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tree / ".mypy_cache"),
         "elsewhere/webhooks_only"],
        capture_output=True, text=True, cwd=tree,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
