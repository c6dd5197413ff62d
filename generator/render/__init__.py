"""Render stage: the ``Api`` IR -> ``{relative path: Python source}``; writes nothing.

Templates only print IR fields (loops and simple flags); Jinja runs with ``StrictUndefined`` so a
missing IR field is an error, not an empty string. Spec text reaches the output only through the
filters of ``specloom.render.filters``.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import jinja2
import jinja2.bccache

from specloom.render import filters
from specloom.render.annotations import union
from specloom.render.import_order import all_sorted, import_sorted

if TYPE_CHECKING:
    from specloom.diagnostics import Reporter
    from specloom.forked import Child
    from specloom.ir.nodes import Api
    from specloom.render.fork import Elsewhere
    from specloom.syntax_check import Checked
    from specloom.validation import CompileError

class _TemplateBytecode(jinja2.BytecodeCache):
    """The templates' compiled code: from the build cache folder (``.specloom-cache/jinja/``) when
    one is used, else from the modules shipped with the package (``render.shipped``), else
    compiled by Jinja (~15 ms a template from its source; a package renders eight of them).

    Jinja keys each entry by the template's name and checks the source's hash and its own and
    Python's versions on load, so an edited template is compiled again; a shipped source is used
    only for the exact template text it was generated from. Written atomically and best effort (a
    folder that cannot be written just costs a compile next run); without a cache folder
    (``SPECLOOM_CACHE`` empty, ``--no-cache``) nothing is written.
    """

    def __init__(self, folder: str | None) -> None:
        self.disk = jinja2.FileSystemBytecodeCache(folder) if folder is not None else None

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> jinja2.bccache.Bucket:
        bucket = super().get_bucket(environment, name, filename, source)  # loads from the folder
        if bucket.code is None:
            from specloom.render.shipped import code_for

            shipped = code_for(bucket.checksum)
            if shipped is not None:
                bucket.code = shipped
                self.dump_bytecode(bucket)  # the next run loads it from the folder
        return bucket

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.disk is None:
            return
        try:
            os.makedirs(self.disk.directory, exist_ok=True)
            self.disk.dump_bytecode(bucket)
        except OSError:
            pass  # not writable: the next run compiles the template again, as this one did

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.disk is None:
            return
        try:
            self.disk.load_bytecode(bucket)
        except OSError:
            pass  # unreadable entry: compile from source


def use_bytecode_cache(folder: Path | None) -> None:
    """Keep the templates' compiled code in ``folder`` (the build cache folder), or nowhere; and
    the generator's own modules' bytecode too, when Python does not (``specloom.cache.keep_bytecode``)."""
    from specloom.cache import keep_bytecode

    _ENV.bytecode_cache = _TemplateBytecode(None if folder is None else str(folder / "jinja"))
    keep_bytecode(folder)


def compile_templates() -> None:
    """Compile (or load) every template now: before forking spec workers, so they share them."""
    for name in _ENV.list_templates(extensions=["jinja"]):
        _ENV.get_template(name)


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("specloom.render", "templates"),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=False,
)
_ENV.filters.update(pyliteral=filters.pyliteral, pyrepr=filters.pyrepr, docstring=filters.docstring, docline=filters.docline)
_ENV.filters.update(docopen=filters.docopen, union=union)  # union: annotation texts, no spec text
_ENV.filters.update(import_sorted=import_sorted, all_sorted=all_sorted)  # order allocator names, print no spec text
_ENV.bytecode_cache = _TemplateBytecode(None)  # the shipped compiled templates, until a run names a folder

PACKAGE_FILES = {
    "__init__.py": "package_init.py.jinja",
    "models.py": "models.py.jinja",
    "client.py": "client.py.jinja",
    "testing.py": "testing.py.jinja",
}


def render(api: Api, document: dict[str, Any], reporter: Reporter | None = None, *, parallel: bool = False, strategies: Child | None = None) -> dict[PurePosixPath, str]:
    """Every file of one generated package, keyed by its path relative to the output folder.

    With a ``reporter``, a schema the strategy compiler cannot do degrades that one artefact: its
    strategy is left out, a located warning says so, and the property suite skips the tests that
    need it (with the reason). Without one, it is an error, as in ``--strict``. ``parallel``: the
    validators and the strategies are compiled (and laid out) in forked processes meanwhile, and
    the templates' output is laid out here (``specloom.render.fork``) while its syntax is checked
    (``specloom.syntax_check``: in a third child when it is large); same output, same errors.
    ``strategies``: the child already compiling the strategies (``render.fork.ahead``).
    """
    base = PurePosixPath(api.package)
    elsewhere: dict[str, Elsewhere] = {}
    syntax: Checked | None = None
    if parallel or strategies is not None:
        from specloom.render.fork import Elsewhere

        if strategies is not None:
            elsewhere["strategies"] = Elsewhere("strategies", api, document, reporter, strategies)
        if parallel:
            elsewhere |= {kind: Elsewhere(kind, api, document, reporter) for kind in ("validators", "strategies") if kind not in elsewhere}
    try:
        files = {base / name: _ENV.get_template(template).render(api=api) for name, template in PACKAGE_FILES.items()}
        if elsewhere:  # the layout too, while the children work, and a third checks the syntax
            from specloom.format import FormatError, Formatted, format_one
            from specloom.syntax_check import Checked

            syntax = Checked(files)
            try:
                files = {path: Formatted(laid) for path, laid in (format_one(item, checked=True) for item in files.items())}
            except FormatError:  # a module the layout had to cut, not Python: the first one is named,
                syntax.verdict()  # as the serial build names it, in the order of the paths
                raise
        unchecked: dict[str, str] = {}  # validators left out: their property tests are skipped too
        skipped: dict[str, str] = {}
        for kind, recorded in (("validators", unchecked), ("strategies", skipped if reporter is not None else None)):
            child = elsewhere.pop(kind, None)
            made = child.result(recorded) if child is not None else render_module(kind, api, document, reporter, recorded)
            files[base / f"{kind}.py"] = made
        if syntax is not None:
            syntax.verdict()
    except BaseException:
        for child in elsewhere.values():
            child.abandon()
        if syntax is not None:
            syntax.abandon()
        raise
    for key, why in unchecked.items():  # both reasons when neither compiler could do it
        skipped[key] = f"{skipped[key]}; {why}" if key in skipped else why
    files[base / "py.typed"] = ""
    files[base / "tests" / "__init__.py"] = ""
    files[base / "tests" / "test_properties.py"] = _ENV.get_template("test_properties.py.jinja").render(api=api, skipped=skipped, unchecked=sorted(unchecked))
    return files


def render_module(kind: str, api: Api, document: dict[str, Any], reporter: Reporter | None, recorded: dict[str, str] | None) -> str:
    """``validators.py`` or ``strategies.py`` (``kind``) compiled here; ``recorded`` receives the
    keys left unchecked or skipped (``render_validators``' ``unchecked``, ``render_strategies``'
    ``skipped``). The one dispatch, for ``render`` and for its children (``render.fork``)."""
    if kind == "validators":
        return render_validators(api, document, reporter, recorded)
    return render_strategies(api, document, recorded, reporter)


def render_validators(api: Api, document: dict[str, Any], reporter: Reporter | None = None, unchecked: dict[str, str] | None = None) -> str:
    """``validators.py``: the validator compiler's output under a template-made docstring.

    The compiler is the one back end that writes code itself (one inline check per keyword, the
    way fastjsonschema does); it takes schemas from the resolved document by the JSON pointers the
    IR lists, and spec text enters its output only through ``repr``. With a ``reporter``, a schema
    the compiler refuses costs only the validators that reach it: they accept any value, a located
    warning says so, and ``unchecked`` records key -> reason for the property suite.
    """
    from specloom.diagnostics import Diagnostic, SpecError
    from specloom.validation import CompileError, compile_module
    from specloom.validation.checks import forget, store_of
    from specloom.validation.degrade import compile_or_degrade

    entries = [(v.key, v.py_name, v.pointer) for v in api.validators]
    refused: dict[str, CompileError] = {}
    shared = store_of(document)  # the fast paths lint and the kit wrote: replayed, not rewritten
    try:
        if reporter is None:
            compiled = compile_module(document, entries, source_file=api.source_file, formats="assert", shared=shared)
        else:
            compiled, refused = compile_or_degrade(document, entries, source_file=api.source_file, shared=shared)
    except CompileError as exc:
        raise SpecError([Diagnostic(api.source_file, 0, exc.pointer, f"{exc.keyword}: {exc.message} (validators)")]) from None
    finally:
        forget(document)  # the last stage to ask: free its compiled functions
    for cause, keys in _by_cause(refused).items():
        assert reporter is not None
        named = ", ".join(keys[:4]) + (f" (and {len(keys) - 4} more)" if len(keys) > 4 else "")
        message = f"{cause.keyword}: {cause.message}" if cause.keyword else cause.message
        reporter.warning(cause.pointer, f"{message}; so no validator for {named}: their payloads are not checked and their property tests are skipped (validators)")
        for key in keys:
            if unchecked is not None:
                unchecked[key] = f"no validator for {key}: {message} (at {cause.pointer})"
    lost = [w for w in compiled.warnings if w.keyword == "pattern"]  # a keyword left unchecked
    if lost and reporter is None:
        raise SpecError([Diagnostic(api.source_file, 0, w.pointer, f"pattern: {w.message} (validators)") for w in lost])
    for w in lost:
        assert reporter is not None
        reporter.warning(w.pointer, f"pattern: {w.message} (validators)")
    return _ENV.get_template("validators_head.py.jinja").render(api=api) + compiled.source


def _by_cause(lost: dict[str, CompileError]) -> dict[CompileError, list[str]]:
    """The keys left unchecked, grouped by the refusal that cost them (one warning each)."""
    grouped: dict[CompileError, list[str]] = {}
    for key, cause in lost.items():
        grouped.setdefault(cause, []).append(key)
    return grouped


def _model_values(document: dict[str, Any], component: str | None, source: str) -> str:
    """The pointer a model's strategy draws from: its own schema, or the component it is named
    after when that types as a model of one of its parts. ``S: allOf [oneOf [object], required]``
    is typed as the object's model, named S; the suites check its wire form with S's validator,
    which the object's values alone need not pass (the ``required`` is S's). So S's own values
    are drawn when the path between them is ``allOf``/``anyOf``/``oneOf`` members (the strategy
    compiler keeps their objects: ``anyOf [object, array]`` holds arrays too, and ``not: {type:
    object}`` beside it none to build a model from, which leaves the model without strategy),
    those the part accepts too: another member's objects need not be ones the model can read."""
    if component is None or component == source or not source.startswith(component + "/"):
        return source
    from specloom.diagnostics import unescape_token
    from specloom.resolve import pointer_get

    tokens = [unescape_token(t) for t in source[len(component) + 1 :].split("/")]
    node: Any = pointer_get(document, component)
    for key, index in zip(tokens[::2], tokens[1::2], strict=False):
        members = node.get(key) if isinstance(node, dict) and key in ("allOf", "anyOf", "oneOf") else None
        if not isinstance(members, list) or not index.isdigit() or int(index) >= len(members):
            return source
        node = members[int(index)]
    return component if len(tokens) % 2 == 0 else source


def render_strategies(api: Api, document: dict[str, Any], skipped: dict[str, str] | None = None, reporter: Reporter | None = None) -> str:
    """``strategies.py``: Hypothesis strategies written by the strategy compiler.

    Like the validators, the compiler writes its code itself, for the same schemas (by pointer)
    plus the models; an unsatisfiable schema, or one beyond the compiler, is a located error --
    or, given ``skipped`` and ``reporter``, a located warning, the key and the reason recorded in
    ``skipped`` (registry key, or ``model:<name>``) for the property suite.
    """
    from specloom.diagnostics import Diagnostic, SpecError
    from specloom.strategies import StrategyError, render_module

    entries = [(v.key, v.py_name, v.pointer) for v in api.validators]
    validated = {v.key: v.pointer for v in api.validators}
    models = [(m.name, _model_values(document, validated.get(m.name), m.source_pointer), m.source_pointer) for m in api.models]
    doc = _STRATEGIES_DOC.format(title=filters.docline(api.title))
    failed: dict[str, StrategyError] | None = {} if skipped is not None else None
    loose: dict[str, StrategyError] = {}
    try:
        source = render_module(document, entries, models, source_file=api.source_file, doc=doc, skipped=failed, loose=loose)
    except StrategyError as exc:
        raise SpecError([Diagnostic(api.source_file, 0, exc.pointer, f"{exc.keyword}: {exc.message} (strategies)")]) from None
    pointers = validated | {f"model:{m.name}": m.source_pointer for m in api.models}
    for key, why in loose.items():  # a cheaper form: still a strategy, but a degraded one
        what = f"model {key[6:]}" if key.startswith("model:") else key
        if reporter is not None:
            reporter.warning(why.pointer or pointers[key], f"{why.message}; so the strategy for {what} ({pointers[key]}) draws its branches apart, filtered by its validator: no invalid values (strategies)")
    for key, why in (failed or {}).items():
        what = f"model {key[6:]}" if key.startswith("model:") else key
        cause = f"{why.keyword}: {why.message}" if why.keyword else why.message
        reason = f"no strategy for {what}: {cause} (at {why.pointer or '/'})"
        if skipped is not None:
            skipped[key] = reason
        if reporter is not None:  # located at the cause: the keyword's line, as an error would be
            reporter.warning(why.pointer or pointers[key], f"{cause}; so no strategy for {what} ({pointers[key]}): its property tests are skipped (strategies)")
    return source


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
    return {PurePosixPath("__init__.py"): _ENV.get_template("root_init.py.jinja").render(packages=all_sorted(packages))}
