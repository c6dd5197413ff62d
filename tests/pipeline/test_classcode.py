"""The dataclass methods served from shipped code (``specloom.classcode``): the table is current,
each shipped code is what compiling its text gives, the console script uses it (and a class whose
text is not there is compiled as before), and nothing else does: a library import leaves
``dataclasses`` alone, and where Python would compile the table's source on every run it is not
used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest

from specloom import classcode, classcode_shipped

pytestmark = pytest.mark.skipif(
    tuple(classcode_shipped.PYTHON) != sys.version_info[:2],
    reason="the table is written for another Python version (its texts would not be found)",
)


def _python(script: str, **env: str) -> str:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_the_table_holds_the_texts_of_every_generator_dataclass_today() -> None:
    recorded = json.loads(
        _python("import json, specloom.classcode as c; print(json.dumps(c.recorded_texts()))")
    )
    assert len(recorded) > 300  # the IR's, the compilers', the commands' classes
    assert sorted(classcode_shipped.CODE) == recorded, "run python -m specloom.classcode"
    on_disk = classcode.TABLE.read_text(encoding="utf-8")
    assert on_disk == classcode.table_source(recorded), "run python -m specloom.classcode"


def _same(shipped: CodeType, compiled: CodeType) -> None:
    assert shipped.co_code == compiled.co_code
    assert (shipped.co_names, shipped.co_varnames, shipped.co_freevars, shipped.co_cellvars) == (
        compiled.co_names,
        compiled.co_varnames,
        compiled.co_freevars,
        compiled.co_cellvars,
    )
    assert (shipped.co_flags, shipped.co_argcount, shipped.co_qualname) == (
        compiled.co_flags,
        compiled.co_argcount,
        compiled.co_qualname,
    )
    assert len(shipped.co_consts) == len(compiled.co_consts)
    for mine, theirs in zip(shipped.co_consts, compiled.co_consts, strict=True):
        if isinstance(mine, CodeType) and isinstance(theirs, CodeType):
            _same(mine, theirs)  # the method itself, inside __create_fn__
        else:
            assert mine == theirs and type(mine) is type(theirs)


def test_each_shipped_code_is_what_compiling_its_text_gives() -> None:
    for text, code in classcode_shipped.CODE.items():
        module = compile(
            text, "<string>", "exec", dont_inherit=True
        )  # as dataclasses, no __future__
        (function,) = [c for c in module.co_consts if isinstance(c, CodeType)]
        _same(code, function)


_PROBE = """
import dataclasses, json
from specloom.classcode import use_shipped
used = use_shipped()
from specloom.ir import nodes
cls = next(c for c in vars(nodes).values() if dataclasses.is_dataclass(c) and dataclasses.fields(c)
           and c.__dataclass_params__.frozen)
@dataclasses.dataclass(frozen=True)
class Unlisted:
    some_field_no_generator_class_has: int = 3
print(json.dumps({
    "used": used,
    "served": cls.__init__.__code__.co_filename,
    "repr": cls.__repr__.__wrapped__.__code__.co_filename,
    "qualname": cls.__init__.__qualname__ == cls.__qualname__ + ".__init__",
    "unlisted": Unlisted.__init__.__code__.co_filename,
    "unlisted_works": Unlisted() == Unlisted(3) and hash(Unlisted()) == hash(Unlisted(3)),
}))
try:
    object.__new__(cls).__setattr__(dataclasses.fields(cls)[0].name, 1)
except dataclasses.FrozenInstanceError:
    print("frozen")
"""


def test_the_console_script_serves_the_generators_dataclasses_from_the_table(
    tmp_path: Path,
) -> None:
    out = _python(_PROBE, PYTHONPYCACHEPREFIX=str(tmp_path)).splitlines()
    facts = json.loads(out[0])
    assert facts["used"] is True
    assert facts["served"].endswith("classcode_shipped.py") and facts["repr"].endswith(
        "classcode_shipped.py"
    )
    assert facts["qualname"] is True
    assert (
        facts["unlisted"] == "<string>" and facts["unlisted_works"] is True
    )  # compiled, as without
    assert out[1:] == ["frozen"]  # the shipped __setattr__ of a frozen class


def test_the_served_classes_behave_as_compiled_ones(tmp_path: Path) -> None:
    script = """
import dataclasses, json, sys
if sys.argv[1] == "shipped":
    from specloom.classcode import use_shipped
    assert use_shipped()
from specloom.ir import nodes
out = []
for name, cls in sorted(vars(nodes).items()):
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        out.append([name, [f.name for f in dataclasses.fields(cls)], cls.__eq__ is object.__eq__,
                    cls.__hash__ is None, "__setattr__" in vars(cls), cls.__init__.__defaults__ is None])
print(json.dumps(out))
"""
    shipped = _python(script.replace("sys.argv[1]", "'shipped'"), PYTHONPYCACHEPREFIX=str(tmp_path))
    compiled = _python(
        script.replace("sys.argv[1]", "'compiled'"), PYTHONPYCACHEPREFIX=str(tmp_path)
    )
    assert json.loads(shipped) == json.loads(compiled) and len(json.loads(shipped)) > 10


def test_a_library_import_leaves_dataclasses_alone() -> None:
    assert (
        _python(
            "import dataclasses, specloom.cli, specloom.pipeline; print('exec' in vars(dataclasses))"
        ).strip()
        == "False"
    )


def test_the_table_is_not_compiled_on_every_run_where_python_writes_no_bytecode(
    tmp_path: Path,
) -> None:
    probe = "from specloom import classcode; print(classcode.use_shipped())"
    prefix = str(tmp_path / "pyc")
    assert (
        _python(probe, PYTHONPYCACHEPREFIX=prefix, PYTHONDONTWRITEBYTECODE="1").strip() == "False"
    )
    assert _python(probe, PYTHONPYCACHEPREFIX=prefix).strip() == "True"  # writes the .pyc
    assert _python(probe, PYTHONPYCACHEPREFIX=prefix, PYTHONDONTWRITEBYTECODE="1").strip() == "True"


def test_python_m_specloom_and_the_script_both_start_through_the_table() -> None:
    main = (Path(classcode.__file__).parent / "__main__.py").read_text(encoding="utf-8")
    assert "specloom.script" in main
    scripts = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'specloom = "specloom.script:console"' in scripts
