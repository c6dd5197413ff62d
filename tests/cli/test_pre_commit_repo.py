"""The pre-commit hook in a repository that has its own ``specs/`` folder, as pre-commit runs it.

Input: a scratch git repository in tmp with one spec of its own, payloads for it and for an API
installed with specloom, and a ``.pre-commit-config.yaml`` without ``files:``. Output: what the
hook selects from the staged files (``git ls-files``, through the manifest's ``files`` and
``exclude``) and the verdicts of ``specloom validate`` on them. pre-commit itself is not installed
(it would build the hook's venv from the network); its selection rule is applied as it documents.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.cli.helpers import BIN, NO_CONTACT, ROOT, VALID, env, write_json
from tests.pipeline.helpers import MINIMAL

HOOKS = ROOT / ".pre-commit-hooks.yaml"
CONFIG = """\
repos:
  - repo: https://example.invalid/specloom
    rev: 0123456789abcdef0123456789abcdef01234567
    hooks:
      - id: specloom-validate
        args: [{api}, {name}]
"""


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=30, check=True)
    return done.stdout


def _repo(tmp_path: Path, api: str, name: str) -> Path:
    repo = tmp_path / "shop"
    (repo / "specs").mkdir(parents=True)
    (repo / "specs" / "inventory.yaml").write_text(MINIMAL, encoding="utf-8")  # its own API, not ours
    (repo / ".pre-commit-config.yaml").write_text(CONFIG.format(api=api, name=name), encoding="utf-8")
    _git(repo, "init", "-q")
    return repo


def _run_hook(repo: Path) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    _git(repo, "add", "-A")
    [configured] = [h for r in yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())["repos"] for h in r["hooks"]]
    [manifest] = [h for h in yaml.safe_load(HOOKS.read_text(encoding="utf-8")) if h["id"] == configured["id"]]
    hook: dict[str, Any] = {**manifest, **configured}
    staged = _git(repo, "ls-files").split()
    chosen = [f for f in staged if re.search(hook["files"], f) and not re.search(hook.get("exclude", "^$"), f)]
    command = [*shlex.split(hook["entry"]), *hook["args"], *chosen]
    command[0] = shutil.which(command[0], path=str(BIN)) or command[0]
    return chosen, subprocess.run(command, cwd=repo, env=env(), capture_output=True, text=True, timeout=120, check=False)


def test_an_installed_api_is_used_when_the_local_specs_lack_it(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "salesfire", "CustomerSync")
    (repo / "customers").mkdir()
    write_json(repo / "customers" / "ok.json", VALID)
    chosen, done = _run_hook(repo)
    assert chosen == ["customers/ok.json", "specs/inventory.yaml"]  # never .pre-commit-config.yaml
    # the installed salesfire validators judge them: the spec file is no CustomerSync, the payload is
    assert done.returncode == 1, done.stderr
    assert "specs/inventory.yaml" in done.stdout and "customers/ok.json:" not in done.stdout
    write_json(repo / "customers" / "bad.json", NO_CONTACT)
    (repo / ".pre-commit-config.yaml").write_text(
        CONFIG.format(api="salesfire", name="CustomerSync") + "        files: ^customers/\n", encoding="utf-8"
    )
    chosen, done = _run_hook(repo)
    assert chosen == ["customers/bad.json", "customers/ok.json"]
    assert done.returncode == 1 and "customers/bad.json" in done.stdout and "unknown API" not in done.stderr


def test_the_local_spec_is_used_for_its_own_api(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "inventory", "Item")
    (repo / "items").mkdir()
    write_json(repo / "items" / "one.json", {"id": 1, "name": "bolt"})
    write_json(repo / "items" / "two.json", {"name": "nut"})
    (repo / ".pre-commit-config.yaml").write_text(CONFIG.format(api="inventory", name="Item") + "        files: ^items/\n", encoding="utf-8")
    chosen, done = _run_hook(repo)
    assert chosen == ["items/one.json", "items/two.json"]
    assert done.returncode == 1 and "items/two.json" in done.stdout and "items/one.json:" not in done.stdout


def test_an_api_neither_local_nor_installed_names_both(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "nosuch", "Thing")
    write_json(repo / "a.json", VALID)
    _, done = _run_hook(repo)
    assert done.returncode == 2
    assert "unknown API 'nosuch' installed with specloom, and not in specs/ here (valid: inventory)" in done.stderr
    assert "salesfire" in done.stderr  # the installed APIs are listed too
