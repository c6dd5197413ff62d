"""``--operations`` / ``--tags``: the generated package has exactly the requested client methods and
the models they reach (shared, unshared and recursive schemas; components reached through
parameters, responses and request bodies), it imports, passes ``mypy --strict`` and ruff, its
provenance says the subset (``check`` agrees only with the same flags), and an unknown name is a
located error listing the valid ones."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from specloom.cli import main
from tests.pipeline.helpers import ROOT, run_cli, write_spec

BIN = ROOT / ".venv" / "bin"

SHOP = """\
openapi: 3.1.0
info: {title: Shop, version: "1"}
servers: [{url: "https://api.example.invalid"}]
tags: [{name: pets}, {name: orders}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
    post:
      operationId: createPet
      tags: [pets]
      requestBody: {$ref: "#/components/requestBodies/NewPetBody"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets]
      parameters: [{$ref: "#/components/parameters/PetId"}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
        "404": {$ref: "#/components/responses/NotFound"}
  /orders:
    get:
      operationId: listOrders
      tags: [orders]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Order"}}
  /orders/{orderId}:
    parameters:
      - {name: orderId, in: path, required: true, schema: {$ref: "#/components/schemas/OrderKey"}}
    get:
      operationId: getOrder
      tags: [orders]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Order"}
        "404": {$ref: "#/components/responses/NotFound"}
    delete:
      operationId: cancelOrder
      tags: [orders]
      responses:
        "204": {description: cancelled}
components:
  parameters:
    PetId: {name: petId, in: path, required: true, schema: {$ref: "#/components/schemas/PetKey"}}
  requestBodies:
    NewPetBody:
      required: true
      content:
        application/json:
          schema: {$ref: "#/components/schemas/NewPet"}
  responses:
    NotFound:
      description: not found
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Problem"}
  schemas:
    PetKey: {type: string}
    OrderKey: {type: string}
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        owner: {$ref: "#/components/schemas/Person"}
    Person:
      type: object
      properties:
        name: {type: string}
        friends: {type: array, items: {$ref: "#/components/schemas/Person"}}
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string}
    Order:
      type: object
      properties:
        id: {type: string}
        lines: {type: array, items: {$ref: "#/components/schemas/OrderLine"}}
    OrderLine:
      type: object
      properties:
        quantity: {type: integer}
    Problem:
      type: object
      properties:
        detail: {type: string}
    Unused:
      type: object
      properties:
        never: {type: string}
"""

CASES = {
    # flags -> (client methods, models)
    "by_id": (("--operations", "getPet,listOrders"), {"get_pet", "list_orders"}, {"Pet", "Person", "Problem", "Order", "OrderLine"}),
    "by_tag": (("--tags", "orders"), {"list_orders", "get_order", "cancel_order"}, {"Order", "OrderLine", "Problem"}),
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One temporary repository per case (``shop_by_id``, ``shop_by_tag``), with the project's settings."""
    root = tmp_path_factory.mktemp("subset")
    for name in ("pyproject.toml", "conftest.py"):
        shutil.copy(ROOT / name, root / name)
    (root / "specloom_runtime").symlink_to(ROOT / "specloom_runtime", target_is_directory=True)
    for case, (flags, _, _) in CASES.items():
        spec = write_spec(root, f"shop_{case}.yaml", SHOP)
        code, _, err = run_cli("generate", str(spec), *flags, "--out", str(root / "out" / case))
        assert code == 0, err
    return root


def _client_methods(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    (client,) = (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Client")
    return {f.name for f in client.body if isinstance(f, ast.FunctionDef) and not f.name.startswith(("_", "from_", "iter_"))}


def _models(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")}


@pytest.mark.parametrize("case", CASES)
def test_exactly_the_requested_methods_and_reached_models(tree: Path, case: str) -> None:
    _, methods, models = CASES[case]
    package = tree / "out" / case / f"shop_{case}"
    assert _client_methods(package / "client.py") == methods
    assert _models(package / "models.py") == models


@pytest.mark.parametrize("case", CASES)
def test_subset_package_imports_and_says_the_subset(tree: Path, case: str) -> None:
    flags = CASES[case][0]
    package = tree / "out" / case / f"shop_{case}"
    header = (package / "client.py").read_text(encoding="utf-8").splitlines()[:4]
    assert any(line.startswith("# only ") and flags[1].split(",")[0] in line for line in header), header
    code = "import importlib, sys; m = importlib.import_module(sys.argv[1]); print(sorted(m.__all__)[:1])"
    result = subprocess.run([sys.executable, "-c", code, f"shop_{case}"], capture_output=True, text=True,
                            cwd=tree / "out" / case, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def test_check_agrees_only_with_the_same_flags(tree: Path) -> None:
    spec, out = str(tree / "shop_by_tag.yaml"), str(tree / "out" / "by_tag")
    assert run_cli("check", spec, "--tags", "orders", "--out", out)[0] == 0
    assert run_cli("check", spec, "--out", out)[0] == 1
    assert run_cli("check", spec, "--tags", "pets", "--out", out)[0] == 1


def test_subset_passes_ruff_and_mypy_strict(tree: Path) -> None:
    packages = [f"out/{case}/shop_{case}" for case in CASES]
    if shutil.which("ruff", path=str(BIN)) is not None:
        ruff = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", *packages],
                              capture_output=True, text=True, cwd=tree, timeout=120)  # fmt: skip
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tree / ".mypy_cache"), *packages],
        capture_output=True, text=True, cwd=tree, timeout=300,
    )  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


@pytest.mark.parametrize(
    ("flags", "unknown", "valid"),
    [
        (("--operations", "getPet,getPets"), "'getPets'", "cancelOrder, createPet, getOrder, getPet, listOrders, listPets"),
        (("--tags", "dogs"), "'dogs'", "orders, pets"),
    ],
)
def test_unknown_name_is_a_located_error_listing_the_valid_ones(tmp_path: Path, flags: tuple[str, str], unknown: str, valid: str) -> None:
    spec = write_spec(tmp_path, "shop.yaml", SHOP)
    code, _, err = run_cli("lint", str(spec), *flags)
    assert code == 2
    line = next(line for line in err.splitlines() if unknown in line)
    assert line.startswith(f"{spec.name}:5: /paths: {flags[0]}: {unknown} ")  # paths: is line 5
    assert line.endswith(f"valid: {valid}")


@pytest.mark.parametrize("flags", [("--operations", ""), ("--tags", " , "), ("--operations", ",")])
def test_a_flag_naming_nothing_is_refused_not_read_as_every_operation(tmp_path: Path, flags: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    # ``--operations "$OPS"`` with OPS unset generated the whole document without a word
    spec = write_spec(tmp_path, "shop.yaml", SHOP)
    with pytest.raises(SystemExit) as exited:
        main(["generate", str(spec), *flags, "--out", str(tmp_path / "out")])
    assert exited.value.code == 2 and f"argument {flags[0]}: names nothing" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_lint_of_a_subset_checks_only_the_subset(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "shop.yaml", SHOP)
    code, out, err = run_cli("lint", str(spec), "--operations", "cancelOrder", "--strict")
    assert code == 0, err
    assert "1 spec(s) OK" in out


CROSS = """\
openapi: 3.1.0
info: {title: Cross, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {x: {type: string}}}
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/paths/~1a/get/responses/200/content/application~1json/schema"}
  /pets:
    get:
      operationId: getPet
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [kind]
      properties: {kind: {type: string}}
      discriminator: {propertyName: kind, mapping: {cat: Cat, dog: "#/components/schemas/Dog"}}
    Cat: {allOf: [{$ref: "#/components/schemas/Pet"}, {properties: {toy: {$ref: "#/components/schemas/Toy"}}}]}
    Dog: {allOf: [{$ref: "#/components/schemas/Pet"}]}
    Toy: {type: object, properties: {name: {type: string}}}
    Bird: {type: object, properties: {kind: {type: string}}}
"""


def test_ref_into_an_operation_left_out_is_a_located_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "cross.yaml", CROSS)
    code, _, err = run_cli("lint", str(spec), "--operations", "getB")
    assert code == 2
    assert "cross.yaml:22: /paths/~1b/get/responses/200/content/application~1json/schema: $ref " in err, err
    assert run_cli("lint", str(spec), "--operations", "getB,getA")[0] == 0


def test_components_reached_only_through_a_discriminator_mapping_are_kept(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "cross.yaml", CROSS)
    code, _, err = run_cli("generate", str(spec), "--operations", "getPet", "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert _models(tmp_path / "out" / "cross" / "models.py") == {"Pet", "Cat", "Dog", "Toy"}
    assert _client_methods(tmp_path / "out" / "cross" / "client.py") == {"get_pet"}
