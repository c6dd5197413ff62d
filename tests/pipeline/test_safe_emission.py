"""Hostile spec text must generate, and the generated code must be inert.

Descriptions, titles, defaults, enums, examples, patterns, server URLs and names carry quotes,
triple quotes, backslashes, newlines, Unicode line separators and calls that would run if any of
them escaped into code. The test imports the result in a subprocess with a canary and checks the AST.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from tests.pipeline.helpers import ROOT, run_cli

PAYLOAD = "__import__('os').system('touch {canary}')"
NASTY = [
    '"""; {p}; """',
    "'''; {p}; '''",
    "\\\"\"\"\n{p}\n#",
    "line\u2028{p}\u2029x\x0b\x0c\r\n{p}",
    "\\N{{BULLET}} \\x00 {p} \\",
    '"',
    "}}{{%{p}%}}{{{{ {p} }}}}",
]


def hostile_spec(canary: Path) -> dict[str, object]:
    bad = [n.format(p=PAYLOAD.format(canary=canary)) for n in NASTY]
    props = {
        "a-b": {"type": "string", "description": bad[0], "default": bad[1], "examples": [bad[2]]},
        "ab": {"type": "string", "enum": bad[:4], "title": bad[3]},
        "class": {"type": "string", "pattern": "^[\"'\\\\]*(\"\"\"|__import__\\('os'\\))?\u2028?$"},
        "__import__": {"type": "integer", "description": bad[5]},
        "x\u2028y": {"type": "boolean", "description": bad[6], "x-vendor": bad[0]},
        'q"uote': {"const": bad[0]},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": bad[0], "version": bad[1], "description": bad[2]},
        "servers": [{"url": "http://127.0.0.1:9/" + bad[0].replace("\n", "")}],
        "paths": {
            "/things": {
                "post": {
                    "operationId": "makeThing",
                    "summary": bad[3],
                    "description": bad[4],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"200": {"description": bad[5], "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
                }
            }
        },
        "components": {"schemas": {
            "Thing": {"type": "object", "description": bad[6], "properties": props, "additionalProperties": {"type": "string", "description": bad[1]}},
            "Other.thing-__import__": {"type": "object", "title": bad[2], "properties": {"z": {"type": "string"}}},
        }},
    }


def test_hostile_text_generates_inert_code(tmp_path: Path) -> None:
    canary = tmp_path / "CANARY"
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "hostile.json").write_text(json.dumps(hostile_spec(canary)), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli("generate", "--specs-dir", str(specs), "--out", str(out))
    assert code == 0, err
    for path in out.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        node: ast.AST  # a statement, then any node
        for node in tree.body:
            assert isinstance(node, (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) or (
                isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            ), f"{path}: unexpected top-level {ast.dump(node)[:200]}"
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name):
                    assert func.id not in {"eval", "exec", "compile", "__import__", "open"}, f"{path}: call to {func.id}"
                elif isinstance(func, ast.Attribute):
                    owner = func.value.id if isinstance(func.value, ast.Name) else ""
                    assert func.attr not in {"system", "popen", "eval", "exec", "__import__"}, f"{path}: call to .{func.attr}"
                    assert func.attr != "compile" or owner == "re", f"{path}: call to {owner}.compile"
    probe = (
        "import importlib, sys, os\n"
        f"sys.path.insert(0, {str(out)!r})\n"
        "os.system = lambda *a: (_ for _ in ()).throw(SystemExit('os.system was called'))\n"
        "m = importlib.import_module('hostile.models')\n"
        "t = m.Thing.from_dict({'a-b': 'x', 'ab': 'y', 'class': 'z', 'extra key': 'v'})\n"
        "assert t.to_dict()['a-b'] == 'x' and t.a_b == 'x' and t.class_ == 'z', t\n"
        "print(sorted(f.name for f in __import__('dataclasses').fields(m.Thing)))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not canary.exists(), "generated code ran spec text"
    # Distinct wire names got distinct identifiers: a-b and ab do not collide.
    assert "'a_b'" in result.stdout and "'ab'" in result.stdout and "'class_'" in result.stdout


def test_a_name_with_no_letters_is_refused_with_a_diagnostic(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"!!!": {"type": "object", "properties": {"a": {"type": "string"}}}}},
    }
    (tmp_path / "api.json").write_text(json.dumps(spec))
    code, _, err = run_cli("generate", str(tmp_path / "api.json"), "--out", str(tmp_path / "out"))
    assert code == 2 and "/components/schemas/!!!" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_output_paths_stay_inside_the_output_folder(tmp_path: Path) -> None:
    from pathlib import PurePosixPath

    import pytest

    from specloom.write import write

    for rel in ("../escape.py", "/abs.py", "a/../../b.py"):
        with pytest.raises(ValueError, match="outside the output folder"):
            write({PurePosixPath(rel): "x = 1\n"}, tmp_path / "out")
    assert not (tmp_path / "escape.py").exists()
