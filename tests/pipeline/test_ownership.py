"""A run owns the packages of its specs: ``generate SPEC`` / ``check SPEC`` leave the others alone.

Only a run over the whole specs folder removes a package whose spec is gone, and it says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.pipeline.helpers import MINIMAL, run_cli, write_spec

MANIFEST = ".specloom-manifest.json"


def _two_specs(tmp_path: Path) -> tuple[Path, Path]:
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "one.yaml", MINIMAL)
    write_spec(specs, "two.yaml", MINIMAL.replace("title: Minimal", "title: Second"))
    out = tmp_path / "out"
    code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(out))
    assert code == 0, err
    return specs, out


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_generating_one_spec_keeps_the_other_packages(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    before = _snapshot(out)
    code, _, err = run_cli("generate", str(specs / "one.yaml"), "--out", str(out))
    assert code == 0, err
    assert (out / "two" / "models.py").exists()
    assert "removed" not in err
    # the same specs, whichever way they were generated, give the same bytes (manifest included)
    assert _snapshot(out) == before
    manifest = json.loads((out / MANIFEST).read_text())
    assert sorted(manifest["packages"]) == ["one", "two"]
    assert manifest["packages"]["two"]["spec"] == "two.yaml"


def test_a_first_partial_run_lists_only_its_package(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    out = tmp_path / "out"
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0
    assert sorted(json.loads((out / MANIFEST).read_text())["packages"]) == ["one"]
    init = (out / "__init__.py").read_text()
    assert '"one"' in init and '"two"' not in init


def test_adding_a_package_by_name_updates_the_shared_root_files(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    third = write_spec(specs, "third.yaml", MINIMAL)
    assert run_cli("generate", str(third), "--out", str(out))[0] == 0
    assert sorted(json.loads((out / MANIFEST).read_text())["packages"]) == ["one", "third", "two"]
    assert '"third"' in (out / "__init__.py").read_text() and '"two"' in (out / "__init__.py").read_text()
    # the whole folder, checked at once, agrees with what the partial run wrote
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(out))[0] == 0


def test_a_package_of_a_removed_spec_goes_only_in_a_whole_run(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    (specs / "two.yaml").unlink()
    code, _, err = run_cli("generate", str(specs / "one.yaml"), "--out", str(out))
    assert code == 0 and (out / "two" / "models.py").exists() and "removed" not in err
    code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(out))
    assert code == 0, err
    assert not (out / "two").exists() and (out / "one" / "models.py").exists()
    assert "removed" in err and "two/" in err
    assert list(json.loads((out / MANIFEST).read_text())["packages"]) == ["one"]


def test_check_of_one_spec_ignores_the_other_packages(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    models = out / "two" / "models.py"
    models.write_text(models.read_text() + "# edited by hand\n")
    assert run_cli("check", str(specs / "one.yaml"), "--out", str(out))[0] == 0
    code, diff, _ = run_cli("check", str(specs / "two.yaml"), "--out", str(out))
    assert code == 1 and "edited by hand" in diff
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(out))[0] == 1


def test_check_of_one_spec_still_checks_the_shared_root_files(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    (out / MANIFEST).write_text((out / MANIFEST).read_text().replace('"one"', '"uno"'))
    code, diff, _ = run_cli("check", str(specs / "one.yaml"), "--out", str(out))
    assert code == 1 and MANIFEST in diff


def test_a_broken_manifest_is_a_located_error(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    (out / MANIFEST).write_text("{not json")
    before = _snapshot(out)
    code, _, err = run_cli("generate", str(specs / "one.yaml"), "--out", str(out))
    assert code == 2 and f"{MANIFEST}: /: not a specloom manifest" in err and "Traceback" not in err
    assert _snapshot(out) == before



def test_a_partial_run_does_not_take_over_another_specs_package(tmp_path: Path) -> None:
    specs, out = _two_specs(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    clash = write_spec(other, "one.json", '{"openapi": "3.1.0", "info": {"title": "Clash", "version": "1"}, "paths": {}}')
    before = _snapshot(out)
    code, _, err = run_cli("generate", str(clash), "--out", str(out))
    assert code == 2 and "package 'one'" in err and "'one.yaml'" in err and "one.json" in err
    assert _snapshot(out) == before


def test_a_whole_run_keeps_what_specloom_did_not_generate(tmp_path: Path) -> None:
    # the output folder may be a package of the project (src/app/clients): its own modules and
    # subpackages are not specloom's, so even a whole run neither deletes nor reports them
    specs, out = _two_specs(tmp_path)
    (out / "helpers.py").write_text("RETRIES = 3\n")
    (out / "mine").mkdir()
    (out / "mine" / "__init__.py").write_text('"""Hand-written."""\n')
    (specs / "two.yaml").unlink()
    code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(out))
    assert code == 0, err
    assert not (out / "two").exists() and "two/" in err and "mine/" not in err
    assert (out / "helpers.py").read_text() == "RETRIES = 3\n"
    assert (out / "mine" / "__init__.py").read_text() == '"""Hand-written."""\n'
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(out))[0] == 0


def test_hidden_files_of_the_specs_folder_are_not_specs(tmp_path: Path) -> None:
    # a .spectral.yaml beside the specs (Spectral's configuration), or the manifest of packages
    # generated into the specs folder itself, was read as a spec: "not an OpenAPI 3.x document"
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "one.yaml", MINIMAL)
    (specs / ".spectral.yaml").write_text("extends: spectral:oas\n")
    for _ in range(2):  # the second run meets the manifest the first wrote there
        code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(specs))
        assert code == 0, err
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(specs))[0] == 0
    assert run_cli("lint", "--specs-dir", str(specs))[0] == 0


def test_a_manifest_that_cannot_be_read_is_a_located_error(tmp_path: Path) -> None:
    # a folder of the manifest's name was an internal error; a symlink to /dev/zero read forever
    specs, out = _two_specs(tmp_path)
    (out / MANIFEST).unlink()
    (out / MANIFEST).mkdir()
    code, _, err = run_cli("generate", str(specs / "one.yaml"), "--out", str(out))
    assert code == 2 and f"{MANIFEST}: /: cannot read file: Is a directory" in err and "internal error" not in err
    (out / MANIFEST).rmdir()
    (out / MANIFEST).symlink_to("/dev/zero")
    code, _, err = run_cli("generate", str(specs / "one.yaml"), "--out", str(out))
    assert code == 2 and f"{MANIFEST}: /: file larger than 16777216 bytes" in err and "limit max_bytes" not in err
