"""specloom in someone else's project: install from the checkout, configure, generate, test, import.

Input: a scratch project outside this repository, with its own ``generated/`` folder (a package of
its own, named like the folder this repository generates into) and ``specs/`` holding one spec, and
a fresh venv into which specloom is installed from a wheel of this checkout with its ``generate``
and ``test`` extras (offline: the dependencies are copied from the locked venv, see ``venvs``).
Output: ``specloom generate`` writes ``src/ownproj/clients`` as ``[tool.specloom]`` says, the
generated property tests pass when run from the project, and the project imports its own
``generated`` package, its generated client and this repository's five APIs, each from where it
belongs. Why: every import name specloom installs belongs to specloom (``specloom``,
``specloom.apis``, ``specloom_runtime``), so a project's folders cannot shadow them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.venvs import ROOT, closure, fresh_venv, project_wheel, run

pytestmark = pytest.mark.slow

PYPROJECT = """\
[project]
name = "ownproj"
version = "1.0"

[tool.specloom]
specs-dir = "specs"
out = "src/ownproj/clients"
strict = true
"""

IMPORTS = """
import json, sys
sys.path.insert(0, "src")
import generated, ownproj.clients.shop as shop, specloom.apis as apis
from specloom.apis import cartfunnel, clienttoolbox, firecart, salesfire, shift4shop
print(json.dumps({
    "own": generated.OWN, "own_file": generated.__file__, "shop": shop.__file__,
    "apis": apis.__all__, "salesfire": salesfire.__file__, "client": shop.Client.__module__,
}))
"""


def _extras() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["generate"], *project["optional-dependencies"]["test"]]


def test_a_project_of_its_own_generates_tests_and_imports_without_shadowing(tmp_path: Path) -> None:
    project = tmp_path / "ownproj"
    (project / "specs").mkdir(parents=True)
    shutil.copyfile(ROOT / "specs" / "salesfire.yaml", project / "specs" / "shop.yaml")
    (project / "generated").mkdir()
    (project / "generated" / "__init__.py").write_text('"""The project\'s own package."""\nOWN = True\n', encoding="utf-8")
    (project / "src" / "ownproj").mkdir(parents=True)
    (project / "src" / "ownproj" / "__init__.py").write_text('"""ownproj."""\n', encoding="utf-8")
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")

    wheelhouse = tmp_path / "wheels"
    wheelhouse.mkdir()
    project_wheel(wheelhouse, tmp_path)
    python = fresh_venv(tmp_path / "venv", closure(*(r.split("==")[0] for r in _extras())))
    run(python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, "specloom[generate,test]")
    bin_dir = python.parent

    generated = run(bin_dir / "specloom", "generate", cwd=project)
    assert "1 spec(s) -> src/ownproj/clients/" in generated
    assert (project / "generated" / "__init__.py").read_text(encoding="utf-8").endswith("OWN = True\n")  # untouched
    testing = (project / "src/ownproj/clients/shop/testing.py").read_text(encoding="utf-8")
    assert "from ownproj.clients.shop.client import Client" in testing  # the prefix from out

    tests = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "src/ownproj/clients/shop/tests"],
        cwd=project, capture_output=True, text=True, timeout=600, check=False,
    )
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout

    done = subprocess.run([str(python), "-c", IMPORTS], cwd=project, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["own"] is True and found["own_file"] == str(project / "generated" / "__init__.py")
    assert found["shop"] == str(project / "src/ownproj/clients/shop/__init__.py")
    assert found["client"] == "ownproj.clients.shop.client"
    assert found["apis"] == ["cartfunnel", "clienttoolbox", "firecart", "salesfire", "shift4shop"]
    assert "site-packages/specloom/apis/salesfire/__init__.py" in found["salesfire"]
