"""Render stage: the ``Api`` IR -> ``{relative path: Python source}``; writes nothing.

Templates only print IR fields (loops and simple flags); Jinja runs with ``StrictUndefined`` so a
missing IR field is an error, not an empty string. Spec text reaches the output only through the
filters of ``generator.render.filters``.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

import jinja2

from generator.ir.nodes import Api
from generator.render import filters
from generator.validation import compile_module

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("generator.render", "templates"),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=False,
)
_ENV.filters.update(pyliteral=filters.pyliteral, docstring=filters.docstring, docline=filters.docline)

PACKAGE_FILES = {
    "__init__.py": "package_init.py.jinja",
    "models.py": "models.py.jinja",
    "client.py": "client.py.jinja",
    "testing.py": "testing.py.jinja",
}


def render(api: Api, document: dict[str, Any]) -> dict[PurePosixPath, str]:
    """Every file of one generated package, keyed by its path relative to the output folder."""
    base = PurePosixPath(api.package)
    files = {base / name: _ENV.get_template(template).render(api=api) for name, template in PACKAGE_FILES.items()}
    files[base / "validators.py"] = render_validators(api, document)
    files[base / "strategies.py"] = render_strategies(api, document)
    files[base / "py.typed"] = ""
    files[base / "tests" / "__init__.py"] = ""
    files[base / "tests" / "test_properties.py"] = _ENV.get_template("test_properties.py.jinja").render(api=api)
    return files


def render_validators(api: Api, document: dict[str, Any]) -> str:
    """``validators.py``: the validator compiler's output under a template-made docstring.

    The compiler is the one back end that writes code itself (one inline check per keyword, the
    way fastjsonschema does); it takes schemas from the resolved document by the JSON pointers the
    IR lists, and spec text enters its output only through ``repr``.
    """
    from generator.diagnostics import Diagnostic, SpecError
    from generator.validation import CompileError

    entries = [(v.key, v.py_name, v.pointer) for v in api.validators]
    try:
        compiled = compile_module(document, entries, source_file=api.source_file, formats="assert")
    except CompileError as exc:
        raise SpecError([Diagnostic(api.source_file, 0, exc.pointer, f"{exc.keyword}: {exc.message} (validators)")]) from None
    return _ENV.get_template("validators_head.py.jinja").render(api=api) + compiled.source


def render_strategies(api: Api, document: dict[str, Any]) -> str:
    """``strategies.py``: Hypothesis strategies written by the strategy compiler.

    Like the validators, the compiler writes its code itself, for the same schemas (by pointer)
    plus the models; an unsatisfiable schema, or one beyond the compiler, is a located error.
    """
    from generator.diagnostics import Diagnostic, SpecError
    from generator.strategies import StrategyError, render_module

    entries = [(v.key, v.py_name, v.pointer) for v in api.validators]
    models = [(m.name, m.source_pointer) for m in api.models]
    doc = _STRATEGIES_DOC.format(title=filters.docline(api.title))
    try:
        return render_module(document, entries, models, source_file=api.source_file, doc=doc)
    except StrategyError as exc:
        raise SpecError([Diagnostic(api.source_file, 0, exc.pointer, f"{exc.keyword}: {exc.message} (strategies)")]) from None


_STRATEGIES_DOC = '''"""Hypothesis strategies for {title}: valid and labelled invalid values, and models.

``STRATEGIES[key]`` draws values valid for the schema ``key`` names (a schema name, or
``<operationId>.request`` / ``<operationId>.response.<status>``, as in ``VALIDATORS``), built to
satisfy every keyword rather than filtered. ``INVALID[key]`` draws ``Mutation(mutation, value)``:
one labelled change that makes ``value`` invalid (``MUTATIONS[key]`` holds one strategy per kind
of change). ``MODELS[name]`` draws model instances made with ``from_dict`` from valid wire
values. ``POINTERS[key]`` is the schema's JSON pointer in the spec.
"""'''


def render_root(packages: list[str]) -> dict[PurePosixPath, str]:
    """The output folder's own ``__init__.py``, listing the generated packages."""
    return {PurePosixPath("__init__.py"): _ENV.get_template("root_init.py.jinja").render(packages=sorted(packages))}
