"""The README's ``specloom validate`` examples run as written.

From the section "Validating payloads in CI": the terminal example is replayed in bash and must
print exactly what the README shows; the GitHub Actions step's ``run:`` command runs against
fixtures; and the pre-commit example runs the way pre-commit would run it (pre-commit itself is
not installed): ``.pre-commit-hooks.yaml``'s hook, merged with the README's
``.pre-commit-config.yaml`` entry, selects file names with ``files``, then executes
``entry.split() + args + file names`` from the repository's root.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli.helpers import BIN, LOWERCASE, NO_CONTACT, ROOT, VALID, env, jsonl, write_json

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Validating payloads in CI (`specloom validate`)\n", 1)[-1].split("\n## ", 1)[0]
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", SECTION, re.DOTALL)


def _yaml_block(predicate: Any) -> Any:
    matches = [data for data in map(yaml.safe_load, _blocks("yaml")) if predicate(data)]
    assert len(matches) == 1, "expected exactly one such yaml block in the README section"
    return matches[0]


def test_the_section_exists_with_its_examples() -> None:
    assert "## Validating payloads in CI (`specloom validate`)" in README
    assert len(_blocks("console")) == 1 and len(_blocks("yaml")) == 2
    assert not _blocks("python")  # tests/test_readme.py would exec it


def test_terminal_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    [block] = _blocks("console")
    commands: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
    script = ["status=0"]
    for command, shown in commands:
        if command.startswith("cat "):  # the README shows the fixture's content: write it
            (tmp_path / command[4:]).write_text("".join(f"{x}\n" for x in shown), encoding="utf-8")
        # echo the prompt, then run with $? restored so `echo $?` sees the previous command's status
        script.append(f"printf '%s\\n' {shlex.quote('$ ' + command)}; (exit $status); {command} 2>&1; status=$?")
    done = subprocess.run(["bash", "-c", "\n".join(script)], cwd=tmp_path, env=env(), capture_output=True, text=True, timeout=120)
    assert done.stdout == block, done.stdout + done.stderr
    assert any(c.startswith("specloom validate ") for c, _ in commands)


def _step() -> dict[str, Any]:
    steps = _yaml_block(lambda d: isinstance(d, list))
    [step] = [s for s in steps if "specloom validate" in s.get("run", "")]
    assert isinstance(step, dict)
    return step


@pytest.mark.parametrize("with_specs", [False, True], ids=["installed-validators", "specs-folder"])
def test_github_actions_step_runs_against_fixtures(tmp_path: Path, with_specs: bool) -> None:
    step = _step()
    if with_specs:  # the API's own repository: compiled from specs/
        shutil.copytree(ROOT / "specs", tmp_path / "specs")
    paths = re.findall(r"(\S+)/\*\.jsonl", step["run"])
    assert paths, "the step validates a folder of .jsonl files"
    folder = tmp_path / paths[0]
    folder.mkdir(parents=True)
    jsonl(folder / "monday.jsonl", VALID, VALID)

    def run() -> subprocess.CompletedProcess[str]:
        # GitHub runs `run:` with `bash -e {0}`
        return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env(), capture_output=True, text=True, timeout=120)

    ok = run()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    jsonl(folder / "tuesday.jsonl", VALID, NO_CONTACT, LOWERCASE)
    failed = run()
    assert failed.returncode == 1  # fails the job
    annotations = [line for line in failed.stdout.splitlines() if line.startswith("::error ")]
    assert [a.split("::")[1] for a in annotations] == [
        f"error file={paths[0]}/tuesday.jsonl,line=2,title=invalid CustomerSync",
        f"error file={paths[0]}/tuesday.jsonl,line=3,title=invalid CustomerSync",
    ]


def test_pre_commit_hooks_manifest() -> None:
    [hook] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "specloom-validate"
    assert hook["language"] == "python" and hook["entry"] == "specloom validate"
    assert hook["pass_filenames"] is True
    for name in ("a.json", "a.jsonl", "a.ndjson", "a.yaml", "a.yml"):
        assert re.search(hook["files"], name)


def _pre_commit(repo: Path) -> subprocess.CompletedProcess[str]:
    """Run the README's hook in ``repo`` as pre-commit would over every file of the repository."""
    config = _yaml_block(lambda d: isinstance(d, dict) and "repos" in d)
    [configured] = [h for r in config["repos"] for h in r["hooks"] if h["id"] == "specloom-validate"]
    [manifest] = [h for h in yaml.safe_load(HOOKS.read_text(encoding="utf-8")) if h["id"] == configured["id"]]
    hook = {**manifest, **configured}  # the config's keys override the manifest's
    assert hook["language"] == "python" and hook["pass_filenames"] is True
    files = sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file())
    chosen = [f for f in files if re.search(hook.get("files", ""), f) and not re.search(hook.get("exclude", "^$"), f)]
    command = [*shlex.split(hook["entry"]), *hook.get("args", []), *chosen]
    command[0] = shutil.which(command[0], path=str(BIN)) or command[0]  # the hook's venv's script
    return subprocess.run(command, cwd=repo, env=env(), capture_output=True, text=True, timeout=120)


def test_pre_commit_hook_runs_against_fixtures(tmp_path: Path) -> None:
    # Another repository (no specs/ folder) using specloom's hook on its customer fixtures.
    config = _yaml_block(lambda d: isinstance(d, dict) and "repos" in d)
    [hook] = [h for r in config["repos"] for h in r["hooks"]]
    match = re.match(r"\^([\w/]+)/", hook["files"])
    assert match, "the example's files pattern names a fixtures folder"
    fixtures = tmp_path / match[1]
    fixtures.mkdir(parents=True)
    write_json(fixtures / "new_customer.json", VALID)
    jsonl(fixtures / "export.jsonl", VALID, {"mobile_number": "07000000000", "channels": ["SMS"]})
    (tmp_path / "package.json").write_text(json.dumps({"name": "shop"}), encoding="utf-8")  # not a payload
    ok = _pre_commit(tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "package.json" not in ok.stdout + ok.stderr
    write_json(fixtures / "broken.json", LOWERCASE)
    failed = _pre_commit(tmp_path)
    assert failed.returncode == 1  # pre-commit fails the commit
    broken = f"{match[1]}/broken.json"
    assert [line.split(": ")[1] for line in failed.stdout.splitlines() if line.startswith(broken + ":")] == ["/types/0"]
