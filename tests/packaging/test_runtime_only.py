"""A generated package runs on the runtime-only install: httpx and defusedxml, nothing else.

Input: a wheel of this checkout (the base install, without extras), a package generated from one
spec and shipped as its own wheel. Output: a fresh venv with only those and the base install's
dependencies, in which the generated client makes a call through ``httpx.MockTransport``. Why: an
app that ships one client must not pull the generator's libraries (black, jinja2, hypothesis...).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.venvs import ROOT, closure, fresh_venv, norm, project_wheel, run, wheel

pytestmark = pytest.mark.slow

# what README.md says the base install needs (`pip install specloom` without extras)
RUNTIME_DEPENDENCIES = {"httpx", "defusedxml"}

CALL = """
import importlib.util, json, httpx
from shop_clients.salesfire import Client, SyncCustomerResult

seen = []
def answer(request):
    seen.append((request.method, str(request.url), request.content.decode()))
    return httpx.Response(200, json={"status": "ok"})

with Client(secret="sf-test-key", transport=httpx.MockTransport(answer)) as client:
    result = client.sync_customer(site="shop-1", list="news", body={"email": "a@example.com"})
absent = [m for m in ("jinja2", "black", "hypothesis", "yaml", "jsonschema", "pytest") if importlib.util.find_spec(m)]
print(json.dumps({"seen": seen, "result": type(result).__name__, "extra": result.extra, "present": absent}))
"""


def test_a_generated_package_installs_and_calls_with_only_the_runtime(tmp_path: Path) -> None:
    wheelhouse = tmp_path / "wheels"
    wheelhouse.mkdir()
    project_wheel(wheelhouse, tmp_path)
    # the app's own distribution: one generated package, depending on the base install only
    app = tmp_path / "app"
    app.mkdir()
    shutil.copyfile(ROOT / "specs" / "salesfire.yaml", app / "salesfire.yaml")
    specloom = Path(sys.executable).with_name("specloom")
    run(specloom, "generate", "salesfire.yaml", "--out", "src/shop_clients", cwd=app)
    (app / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "shop-clients"\nversion = "1.0"\ndependencies = ["specloom==0.1.0"]\n'
        '[tool.setuptools.packages.find]\nwhere = ["src"]\n',
        encoding="utf-8",
    )
    wheel(app, wheelhouse)

    python = fresh_venv(tmp_path / "venv", closure(*RUNTIME_DEPENDENCIES))
    run(python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, "shop-clients")
    run(python, "-m", "pip", "check")  # every requirement of what is installed is met
    listed = {norm(d["name"]) for d in json.loads(run(python, "-m", "pip", "list", "--format=json"))}
    assert listed - {"pip", "setuptools"} == closure(*RUNTIME_DEPENDENCIES) | {"specloom", "shop-clients"}
    assert not {"jinja2", "black", "hypothesis", "pyyaml", "jsonschema"} & listed

    done = subprocess.run([str(python), "-c", CALL], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert outcome["seen"] == [["POST", "https://api.salesfire.co.uk/client/shop-1/customers/news", '{"email":"a@example.com"}']]
    assert (outcome["result"], outcome["extra"], outcome["present"]) == ("SyncCustomerResult", {"status": "ok"}, [])
    # the command line is there too, and says which extra it lacks instead of a traceback
    cli = subprocess.run([str(python.with_name("specloom")), "generate", "x.yaml"], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert cli.returncode == 2 and "pip install 'specloom[generate]'" in cli.stderr and "Traceback" not in cli.stderr


def test_the_readme_states_the_runtimes_dependencies() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {d.split("==")[0].lower() for d in project["dependencies"]}
    assert declared == RUNTIME_DEPENDENCIES
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Install") :]
    assert all(f"`{name}`" in section.split("\n## ", 1)[0] for name in declared)
