"""``[tool.specloom]`` in a project's pyproject.toml: the same keys as the flags, flags win.

Each test is a scratch project in tmp (the CLI runs in-process from its folder): folders, package
prefix, per-spec subsets, what flags override, and a located error for a wrong key.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.pipeline.helpers import MINIMAL, run_cli, write_spec

TWO_OPS = MINIMAL.replace(
    "components:",
    """  /items/{id}:
    get:
      operationId: getItem
      tags: [single]
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:""",
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "apis").mkdir()
    write_spec(tmp_path / "apis", "shop.yaml", TWO_OPS)
    write_spec(tmp_path / "apis", "store.yaml", TWO_OPS.replace("title: Minimal", "title: Store"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _config(project: Path, text: str) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "ownproj"\n\n' + textwrap.dedent(text), encoding="utf-8")


def _methods(client: Path) -> set[str]:
    text = client.read_text(encoding="utf-8")
    return {name for name in ("list_items", "get_item") if f"def {name}(" in text}


def test_folders_and_prefix_come_from_the_file(project: Path) -> None:
    _config(project, '[tool.specloom]\nspecs-dir = "apis"\nout = "src/ownproj/clients"\n')
    code, out, err = run_cli("generate")
    assert code == 0, err
    assert "2 spec(s) -> src/ownproj/clients/" in out
    testing = (project / "src/ownproj/clients/shop/testing.py").read_text(encoding="utf-8")
    assert "from ownproj.clients.shop.client import Client" in testing  # prefix from the out folder
    assert run_cli("check")[0] == 0


def test_an_explicit_package_prefix_is_used(project: Path) -> None:
    _config(project, '[tool.specloom]\nspecs-dir = "apis"\nout = "gen"\npackage-prefix = "ownproj.gen"\n')
    assert run_cli("generate")[0] == 0
    assert "from ownproj.gen.store.testing import FakeApi" in (project / "gen/store/testing.py").read_text(encoding="utf-8")


def test_per_spec_tables_choose_operations_and_tags(project: Path) -> None:
    _config(
        project,
        """
        [tool.specloom]
        specs-dir = "apis"
        out = "gen"

        [tool.specloom.specs.shop]
        operations = ["listItems"]

        [tool.specloom.specs.store]
        tags = ["single"]
        """,
    )
    code, _, err = run_cli("generate")
    assert code == 0, err
    assert _methods(project / "gen/shop/client.py") == {"list_items"}
    assert _methods(project / "gen/store/client.py") == {"get_item"}
    # check reads the same file: the subset is no drift
    assert run_cli("check")[0] == 0
    # a flag wins over the file
    assert run_cli("generate", "--operations", "getItem,listItems")[0] == 0
    assert _methods(project / "gen/shop/client.py") == {"list_items", "get_item"}


def test_spec_keys_do_not_reach_a_spec_outside_the_folder(project: Path) -> None:
    _config(project, '[tool.specloom]\nspecs-dir = "apis"\nout = "gen"\noperations = ["getItem"]\n')
    write_spec(project, "elsewhere.yaml", TWO_OPS)
    assert run_cli("generate", "elsewhere.yaml", "--out", "other")[0] == 0
    assert _methods(project / "other/elsewhere/client.py") == {"list_items", "get_item"}
    assert run_cli("generate", "apis/shop.yaml")[0] == 0
    assert _methods(project / "gen/shop/client.py") == {"get_item"}


def test_strict_from_the_file_and_no_strict_from_the_command_line(project: Path) -> None:
    degraded = MINIMAL.replace("name: {type: string}", "name: {type: string, pattern: '(?i)[a-z]+'}")
    write_spec(project / "apis", "shop.yaml", degraded)
    _config(project, '[tool.specloom]\nspecs-dir = "apis"\nout = "gen"\nstrict = true\n')
    code, _, err = run_cli("lint", "apis/shop.yaml")
    assert code == 2 and "[--strict]" in err
    code, _, err = run_cli("lint", "apis/shop.yaml", "--no-strict")
    assert code == 0 and "warning" in err


def test_a_wrong_key_is_a_located_error(project: Path) -> None:
    _config(project, '[tool.specloom]\nspecs-dir = "apis"\nspec-dir = "x"\n\n[tool.specloom.specs.shop]\nstrict = "yes"\n')
    code, _, err = run_cli("generate")
    assert code == 2
    lines = err.splitlines()
    assert "pyproject.toml:6: /tool/specloom/spec-dir: unknown key 'spec-dir'; known keys: " in lines[0]
    assert lines[1] == "pyproject.toml:9: /tool/specloom/specs/shop/strict: strict must be true or false, not 'yes'"
    assert not (project / "generated").exists()
