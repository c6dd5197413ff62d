"""Generated code is clean under ruff's default rules, as a user's project runs them.

Ruff 0.16 and later select about 400 rules when run with no configuration (flake8-simplify, the
ruff-specific rules, isort...), and a project that holds a generated package has
``specloom_runtime`` installed: a third-party package for isort. Both the committed
``generated/`` and a package generated from a spec that exercises the emitters' constructs
(nested checks merged into one ``if``, a fast path whose last check becomes its return, negated
``==``/``in``/``is``, a schema that checks nothing, tuple items and properties that are ``true`` or
``false`` (no unused binding of the value) a ``$ref`` to ``true`` after the last real check, an ``else`` of ``true``, an ``if`` of ``true`` or ``false``, an ``anyOf`` with an alternative that accepts anything, a body that is one
of two models, exported models named to sort unlike ``sorted()``, a recursive model, every kind
of parameter, items that no value passes but not written ``false``: the index loop that does
not bind the item, ``range(0, ...)`` until 2026-12-07, explorer seed 3394) are checked with the pinned ruff, ``--isolated`` (no settings of
this repository) and that classification, and must have no finding. The same package must also
pass this repository's own selection (pyproject.toml).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.pipeline.helpers import ROOT, run_cli, write_spec

RUFF = ROOT / ".venv" / "bin" / "ruff"
# ruff with its defaults, as in a user's project where specloom_runtime is an installed package
USER = ["check", "--no-cache", "--isolated", "--config", 'lint.isort.known-third-party = ["specloom_runtime"]',
        "--output-format", "concise"]  # fmt: skip

CONSTRUCTS = """\
openapi: 3.1.0
info: {title: Constructs, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /things/{code}:
    parameters:
      - {name: code, in: path, required: true, schema: {type: string, pattern: "^[A-Z]{3}$"}}
    get:
      operationId: getThing
      parameters:
        - {name: since, in: query, schema: {type: string, format: date}}
        - {name: size, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
        - {name: ratio, in: query, schema: {type: number, multipleOf: 0.5}}
        - {name: mode, in: query, schema: {type: string, enum: [fast]}}
        - {name: X-Trace, in: header, schema: {type: string, minLength: 8}}
        - {name: q, in: query, schema: {example: "?q=1"}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
    put:
      operationId: putThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Item09"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Item10"}}
  /pets:
    post:
      operationId: addPet
      requestBody:
        content:
          application/json:
            schema: {oneOf: [{$ref: "#/components/schemas/Tree"}, {$ref: "#/components/schemas/Item2"}]}
      responses:
        "204": {description: added}
  /trees:
    post:
      operationId: plantTree
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Tree"}
      responses:
        "201":
          description: planted
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Combined"}
components:
  schemas:
    Thing:
      type: object
      required: [id, name, kind, size, when, flag]
      additionalProperties: false
      properties:
        id: {type: string, pattern: "^[a-z0-9-]+$", maxLength: 64}
        name: {type: string, minLength: 1, maxLength: 80}
        kind: {type: string, enum: [small, large, "odd one"]}
        size: {type: integer, minimum: 0, exclusiveMaximum: 1000, multipleOf: 5}
        when: {type: string, format: date-time}
        flag: {const: true}
        note: {type: [string, "null"], maxLength: 200}
        email: {type: string, format: email}
        never: {type: array, items: {allOf: [false]}}
        price: {type: number, minimum: 0, multipleOf: 0.01}
        mixed: {enum: [1, 2.5, "x", null, false, {a: 1}, [1, 2]]}
        only: {type: string, const: "the one"}
    Item2:
      type: object
      properties:
        id: {type: string}
        tags: {type: array, items: {type: string, pattern: "^#"}, uniqueItems: true, minItems: 1}
    Item10:
      type: object
      properties:
        id: {type: integer}
        extra:
          type: object
          patternProperties:
            "^x-": {type: string}
          additionalProperties: {type: integer, minimum: 0}
          propertyNames: {pattern: "^[a-z_-]+$"}
    Item09:
      type: object
      required: [a]
      properties:
        a: {type: string}
        b: {type: string}
        c: {type: integer}
      dependentRequired:
        b: [c]
      dependentSchemas:
        c: {type: object, required: [b], properties: {b: {minLength: 2}}}
    ABC:
      type: object
      properties:
        choice:
          anyOf:
            - {type: string, format: uuid}
        either:
          oneOf:
            - {type: string}
            - {type: integer}
        neither: {not: {type: string, enum: [bad]}}
        loose: {anyOf: [{}, {type: "null"}]}
        cond:
          type: object
          if: {properties: {kind: {const: a}}}
          then: {required: [alpha]}
          else: {required: [beta]}
        only_then:
          type: object
          if: {properties: {kind: {const: b}}, required: [kind]}
          then: {properties: {gamma: {type: string, minLength: 3}}}
    Abd:
      type: object
      properties:
        pair:
          type: array
          prefixItems: [{type: string}, {type: integer}]
        bag:
          type: array
          contains: {type: integer, minimum: 10}
          minContains: 2
        closed:
          type: array
          prefixItems: [{type: string}, false, true]
        never: false
        whatever: true
    NotInt:
      allOf:
        - {not: {type: integer}}
        - {$ref: "#/components/schemas/Anything"}
    Anything: true
    Decided:
      if: {if: false, then: {type: boolean}}
      then: {if: true, then: {type: string}, else: {type: integer}}
    ThenOnly:
      if: {type: array, maxItems: 3}
      then: {type: "null"}
      else: true
    URLThing:
      type: object
      properties:
        url: {type: string, format: uri}
    Url:
      allOf:
        - {$ref: "#/components/schemas/URLThing"}
        - {properties: {label: {type: string}}}
      unevaluatedProperties: false
    Tree:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
        children: {type: array, items: {$ref: "#/components/schemas/Tree"}}
    Combined:
      allOf:
        - {$ref: "#/components/schemas/Tree"}
        - type: object
          properties:
            age: {type: [integer, "null"], minimum: 0}
            map:
              type: object
              additionalProperties:
                type: object
                properties:
                  deep:
                    type: object
                    properties:
                      deeper: {type: string, format: email, maxLength: 100}
"""

pytestmark = pytest.mark.skipif(not RUFF.exists(), reason="ruff not installed")


@pytest.fixture(scope="module")
def constructs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package generated from ``CONSTRUCTS``, alone in a folder with no ruff settings."""
    root = tmp_path_factory.mktemp("ruffdefaults")
    code, _, err = run_cli("generate", str(write_spec(root, "constructs.yaml", CONSTRUCTS)), "--out", str(root / "out"))
    assert code == 0, err
    return root / "out" / "constructs"


def _ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(RUFF), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_committed_generated_code_passes_ruff_defaults() -> None:
    result = _ruff(*USER, "generated", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_constructs_pass_ruff_defaults(constructs: Path) -> None:
    validators = (constructs / "validators.py").read_text(encoding="utf-8")
    # the constructs are there: merged conditions, folded returns, swapped comparisons
    assert " and " in "".join(line for line in validators.splitlines() if line.lstrip().startswith("if "))
    assert "\n    return _P" in validators and " not in " in validators and "noqa" not in validators
    result = _ruff(*USER, str(constructs), cwd=constructs.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_constructs_pass_the_projects_selection(constructs: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", constructs.parent / "pyproject.toml")
    result = _ruff("check", "--no-cache", "--output-format", "concise", str(constructs), cwd=constructs.parent)
    assert result.returncode == 0, result.stdout + result.stderr
