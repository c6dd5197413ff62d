"""generate/check end to end: drift detection, atomic writes, stale files, determinism."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.pipeline.helpers import MINIMAL, ROOT, run_cli, write_spec


def _generate(tmp_path: Path) -> tuple[Path, Path]:
    specs = tmp_path / "specs"
    specs.mkdir()
    write_spec(specs, "shop.yaml", MINIMAL)
    out = tmp_path / "out"
    code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(out))
    assert code == 0, err
    return specs, out


def test_check_passes_on_fresh_output(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(out))[0] == 0


def test_check_fails_on_an_edited_line(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    models = out / "shop" / "models.py"
    models.write_text(models.read_text().replace("id: int", "id: str"))
    code, diff, err = run_cli("check", "--specs-dir", str(specs), "--out", str(out))
    assert code == 1
    assert "-    id: str" in diff and "+    id: int" in diff
    assert "run `specloom generate`" in err


def test_check_fails_on_an_extra_file(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    (out / "shop" / "handmade.py").write_text("x = 1\n")
    code, diff, _ = run_cli("check", "--specs-dir", str(specs), "--out", str(out))
    assert code == 1 and "extra file" in diff and "handmade.py" in diff


def test_check_fails_on_a_deleted_file(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    (out / "shop" / "models.py").unlink()
    code, diff, _ = run_cli("check", "--specs-dir", str(specs), "--out", str(out))
    assert code == 1 and "missing file" in diff and "models.py" in diff


def test_a_changed_spec_fails_check_until_regenerated(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    write_spec(specs, "shop.yaml", MINIMAL.replace("name: {type: string}", "name: {type: string}\n        price: {type: number}"))
    code, diff, _ = run_cli("check", "--specs-dir", str(specs), "--out", str(out))
    assert code == 1 and "+    price: float | Unset = UNSET" in diff
    assert run_cli("generate", "--specs-dir", str(specs), "--out", str(out))[0] == 0
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(out))[0] == 0
    assert "price: float" in (out / "shop" / "models.py").read_text()


def test_a_failing_run_leaves_output_untouched(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_spec(specs, "broken.yaml", MINIMAL.replace("#/components/schemas/Item", "#/nowhere"))
    code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(out))
    assert code == 2 and "broken.yaml" in err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_files_of_a_removed_spec_are_deleted(tmp_path: Path) -> None:
    specs, out = _generate(tmp_path)
    write_spec(specs, "second.yaml", MINIMAL)
    assert run_cli("generate", "--specs-dir", str(specs), "--out", str(out))[0] == 0
    assert (out / "second" / "models.py").exists()
    (specs / "second.yaml").unlink()
    assert run_cli("generate", "--specs-dir", str(specs), "--out", str(out))[0] == 0
    assert not (out / "second").exists()
    assert (out / "shop" / "models.py").exists()


def test_header_names_source_and_sha256(tmp_path: Path) -> None:
    import hashlib

    specs, out = _generate(tmp_path)
    digest = hashlib.sha256((specs / "shop.yaml").read_bytes()).hexdigest()
    first = (out / "shop" / "models.py").read_text().splitlines()[0]
    assert '"shop.yaml"' in first and digest in first and "specloom" in first


def test_output_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "1"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "generator", "generate", "--out", str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
        trees.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]
    assert len(trees[0]) >= 10
