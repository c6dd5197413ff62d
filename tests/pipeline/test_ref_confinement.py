"""File ``$ref``s stay inside the entry spec's folder tree, read regular files only, within the
size limit; ``../`` inside the tree keeps working, ``--allow-ref-root`` opens another folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline.helpers import ROOT, SHARED, run_cli, write_spec

SECRET = "components:\n  schemas:\n    Secret: {type: string, const: hunter2-from-outside}\n"


def _main(folder: Path, ref: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_spec(folder, "main.yaml", f"""\
        openapi: 3.1.0
        info: {{title: Main, version: "1"}}
        paths: {{}}
        components:
          schemas:
            Holder:
              type: object
              properties:
                leaked: {{$ref: "{ref}"}}
        """)


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_a_ref_outside_the_spec_folder_is_refused_and_nothing_leaks(tmp_path: Path, how: str) -> None:
    secret = write_spec(tmp_path, "secret.yaml", SECRET)
    folder = tmp_path / "spec"
    ref = {"dotdot": "../secret.yaml", "absolute": str(secret), "symlink": "link.yaml"}[how]
    spec = _main(folder, ref + "#/components/schemas/Secret")
    if how == "symlink":
        (folder / "link.yaml").symlink_to(secret)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 2, err
    assert f"main.yaml:9: /components/schemas/Holder/properties/leaked: $ref '{ref}#/components/schemas/Secret' refused: " in err
    assert "is outside the spec's folder" in err and "--allow-ref-root" in err
    assert not (tmp_path / "out").exists() and "hunter2" not in err


def test_allow_ref_root_admits_another_folder(tmp_path: Path) -> None:
    write_spec(tmp_path, "secret.yaml", SECRET)
    spec = _main(tmp_path / "spec", "../secret.yaml#/components/schemas/Secret")
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), "--allow-ref-root", str(tmp_path))
    assert code == 0, err
    assert "hunter2-from-outside" in (tmp_path / "out" / "main" / "models.py").read_text(encoding="utf-8")


def test_refs_from_sub_files_may_go_up_while_inside_the_root(tmp_path: Path) -> None:
    spec = _main(tmp_path / "api", "resources/a.yaml#/components/schemas/A")
    (tmp_path / "api" / "resources").mkdir()
    write_spec(tmp_path / "api" / "resources", "a.yaml", 'components:\n  schemas:\n    A: {type: object, properties: {b: {$ref: "../shared/b.yaml#/components/schemas/B"}}}\n')
    (tmp_path / "api" / "shared").mkdir()
    write_spec(tmp_path / "api" / "shared", "b.yaml", "components:\n  schemas:\n    B: {type: string, maxLength: 3}\n")
    code, _, err = run_cli("lint", str(spec))
    assert code == 0, err


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    spec = _main(tmp_path, "pipe.yaml#/components/schemas/X")
    os.mkfifo(tmp_path / "pipe.yaml")
    done = subprocess.run([sys.executable, "-m", "generator", "lint", str(spec)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "$ref 'pipe.yaml#/components/schemas/X' refused: " in done.stderr
    assert "is not a regular file" in done.stderr


def test_a_device_is_refused(tmp_path: Path) -> None:
    spec = _main(tmp_path, "/dev/zero#/components/schemas/X")
    code, _, err = run_cli("lint", str(spec), "--allow-ref-root", "/dev")
    assert code == 2 and "/dev/zero is not a regular file" in err, err


def test_a_ref_to_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    spec = _main(tmp_path, "big.yaml#/components/schemas/Big")
    write_spec(tmp_path, "big.yaml", "components:\n  schemas:\n    Big: {type: string}\n" + "#" * 5000 + "\n")
    code, _, err = run_cli("lint", str(spec), "--limit", "max_bytes=2000")
    assert code == 2 and "big.yaml is larger than 2000 bytes (limit max_bytes)" in err, err


DIGITALOCEAN = SHARED / "corpora" / "openapi-real" / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml"


@pytest.mark.skipif(not DIGITALOCEAN.is_file(), reason="the DigitalOcean corpus is absent")
def test_a_real_multi_file_spec_is_not_refused() -> None:
    _, _, err = run_cli("lint", str(DIGITALOCEAN))
    assert "refused" not in err and "outside the spec's folder" not in err
