"""The templates compiled by Jinja, shipped with the package as modules: (template source) -> code.

Input: a template's source checksum (Jinja's, sha1 of the text). Output: the code object of the
Python source Jinja generates for it (``Environment.compile(..., raw=True)``), kept as one module
per template in ``specloom.render.compiled`` and read through Python's import machinery, so its
bytecode is cached as any module's is (compiled at install, or under ``PYTHONPYCACHEPREFIX``, or
in ``.specloom-cache/pyc/``); or None when the template changed since the modules were written or
another Jinja version runs. Why: generating that source costs ~0.12 s for the eight templates and
compiling it ~0.025 s more, paid by every run without a build cache (a first ``make generate``,
``--no-cache``, each document of ``bench/corpus.py``): the first was what shipping the source saved,
the second is what modules save. The modules are Jinja's own output for our own templates (no
spec text in them), outside ruff and mypy. ``python -m specloom.render.shipped`` writes them
again; ``tests/pipeline/test_shipped_templates.py`` requires them to be current.
"""

from __future__ import annotations

import re
from hashlib import sha1
from importlib.util import find_spec
from pathlib import Path
from types import CodeType
from typing import Any

FOLDER = Path(__file__).resolve().parent / "compiled"
PACKAGE = "specloom.render.compiled"
_INIT = '''"""Jinja's Python source of each template of ``specloom.render``, one module per template.

Written by ``python -m specloom.render.shipped`` (never edit): ``TEMPLATES`` maps a template's
checksum (sha1 of its text) to its module here, ``JINJA2`` is the Jinja version that wrote them.
``specloom.render.shipped`` says why they exist.
"""

JINJA2 = {jinja!r}
TEMPLATES = {{
{entries}}}
'''


def _jinja() -> str | None:
    from specloom.versions import version

    return version("jinja2")


def code_for(checksum: str) -> CodeType | None:
    """The compiled code of the template whose text has ``checksum``, or None (left to Jinja)."""
    try:
        from specloom.render import compiled

        module = compiled.TEMPLATES.get(checksum)
        if module is None or compiled.JINJA2 != _jinja():
            return None
        spec = find_spec(f"{PACKAGE}.{module}")
        get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
        code = get_code(f"{PACKAGE}.{module}") if get_code is not None else None
    except (ImportError, OSError, SyntaxError, ValueError, AttributeError):
        return None  # absent or damaged: Jinja compiles, as without the modules
    return code if isinstance(code, CodeType) else None


def module_name(template: str) -> str:
    """``client.py.jinja`` -> ``t_client_py``."""
    return "t_" + re.sub(r"\W", "_", template.removesuffix(".jinja"))


def files(env: Any) -> dict[str, str]:
    """File name -> text of every file of ``specloom.render.compiled``, generated now from ``env``."""
    found: dict[str, str] = {}
    entries = []
    for name in sorted(env.list_templates(extensions=["jinja"])):
        text, _, _ = env.loader.get_source(env, name)
        module = module_name(name)
        found[f"{module}.py"] = env.compile(text, name, None, raw=True)
        entries.append(f"    {sha1(text.encode('utf-8')).hexdigest()!r}: {module!r},  # {name}\n")
    found["__init__.py"] = _INIT.format(jinja=_jinja(), entries="".join(entries))
    return found


def write() -> None:
    """Write ``specloom.render.compiled`` anew (after a template or Jinja changed)."""
    from specloom.render import _ENV

    wanted = files(_ENV)
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("t_*.py"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (FOLDER / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write()
