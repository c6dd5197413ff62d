"""Public entry points: a document's schemas -> ``strategies.py`` source, or one schema -> strategies.

Input: a resolved document with the (registry key, name, JSON pointer) entries the validators
module also compiles, and the models to build (class name, the pointer its values are drawn
from, the pointer of the schema the class reads); or a bare schema.
Output: the source of a module defining ``<name>()`` (valid values), ``invalid_<name>()``
(labelled ``Mutation``s), ``models_<model>()`` and the ``STRATEGIES``/``INVALID``/``MODELS``
registries -- or, for ``compile_strategy``, that module executed, for tests and notebooks.

Generated modules import Hypothesis, ``specloom_runtime`` and their own package's ``models``;
never the generator or ``jsonschema``. Public names come from ``specloom.names.Scope``; spec
text appears only inside ``repr`` literals (docstrings included).
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from specloom.cycles import ref_cycles
from specloom.names import Scope, snake_case
from specloom.strategies.canon import Canon
from specloom.strategies.emit import Emitter
from specloom.strategies.fallback import Fallback
from specloom.strategies.invalid import MUTATION, Mutator
from specloom.strategies.shapes import Inexact, OverBudget, Reason, Shape, StrategyError
from specloom.strategies.writer import STRATEGY, Writer, str_lit, tuple_lit

__all__ = ["render_module", "compile_strategy", "CompiledStrategy"]

# Names the module imports, defines or calls: no public function may take one of them.
RESERVED = frozenset(
    """st SearchStrategy Any Mutation POINTERS STRATEGIES INVALID MUTATIONS MODELS re copy partial format_named
    Fraction multiple_of dataclass annotations set len max min any float range frozenset dict
    tuple list isinstance int str bool""".split()
)  # fmt: skip


# Shape merges one schema's own shape may cost, for its valid strategy and again for its invalid
# ones (a named schema it reaches is charged for itself: ``Algebra.own``, so a document costs at
# most its number of schemas times this). The five specs of this repository need under a
# hundred; a pathological form that escapes the compiler's own caps is stopped here, located, in
# seconds (its artefact is then degraded, not the document).
MERGE_BUDGET = 5_000


@dataclass(frozen=True, slots=True)
class CompiledStrategy:
    """``compile_strategy``'s result: the valid and invalid strategies and the module source."""

    valid: Any
    invalid: Any  # None when no value can be invalid (the schema {} or true)
    source: str


def render_module(
    document: Any,
    entries: Sequence[tuple[str, str, str]],
    models: Sequence[tuple[str, str, str]] = (),
    *,
    source_file: str,
    doc: str = "",
    skipped: dict[str, StrategyError] | None = None,
    loose: dict[str, StrategyError] | None = None,
) -> str:
    """The source of a strategies module (``StrategyError`` names the keyword and pointer).

    ``MUTATIONS[key]`` lists one strategy per top-level mutation (``INVALID[key]`` draws from
    all of them), so a test can exercise each labelled mutation; ``POINTERS[key]`` is the JSON
    pointer of the schema in ``source_file``, so a test can judge values by the spec itself.
    With ``skipped`` (a dict), a schema the compiler cannot do is left out of the module and
    recorded there (registry key, or ``model:<name>``) instead of failing the whole module: the
    strategies only feed the property tests, which skip what is missing. A schema beyond the
    compiler's budget first gets the cheaper faithful form of ``fallback`` (its parts drawn apart,
    filtered by its validator in the package's ``validators`` module; no invalid values), recorded
    in ``loose`` when given; only what that cannot do either is skipped.
    """

    def fresh() -> list[dict[str, StrategyError] | None]:  # the caller's dicts get them once the module is done
        return [None if given is None else {} for given in (skipped, loose)]

    failed, cheap = fresh()
    try:
        source = _render(document, entries, models, source_file, doc, failed, cheap, memo=True)
    except Inexact:  # a budget crossed with upper bounds in its count, maybe not without: again, with exact hits only
        failed, cheap = fresh()
        source = _render(document, entries, models, source_file, doc, failed, cheap, memo=True, bounds=False)
    for given, found in ((skipped, failed), (loose, cheap)):
        if given is not None and found is not None:
            given.update(found)
    return source


def _render(
    document: Any, entries: Sequence[tuple[str, str, str]], models: Sequence[tuple[str, str, str]], source_file: str, doc: str,
    skipped: dict[str, StrategyError] | None, loose: dict[str, StrategyError] | None, *, memo: bool, bounds: bool = True,
) -> str:  # fmt: skip
    """``render_module`` itself; ``memo``: with ``Emitter.strategy``'s answers remembered, ``bounds``: even those
    charging an upper bound of their steps (``memo``'s docstring)."""
    recursive, in_place = ref_cycles(document)  # one walk of the document for both
    canon = Canon(document, in_place)
    canon.algebra.bounds = bounds
    writer = Writer()
    emitter = Emitter(canon, writer, recursive, memo=memo)
    mutator = Mutator(emitter)
    scope = Scope(reserved=RESERVED)
    names = scope.allocate_all(
        [py for _, py, _ in entries] + [f"invalid_{py}" for _, py, _ in entries] + [f"models_{snake_case(m)}" for m, _, _ in models]
    )
    failures: dict[str, StrategyError] = {}  # pointer -> why it has no strategy
    # its parts go to side writers of ours, which our rollbacks leave alone (``Fallback``)
    cheaper = Fallback(document, writer, emitter.recursive, MERGE_BUDGET, memo=memo)
    cheaper.canon.algebra.bounds = bounds
    validator = {pointer: py for _, py, pointer in entries}
    validator_pointer = {key: pointer for key, _, pointer in entries}
    key_of = {pointer: key for key, _, pointer in entries}
    if skipped is not None:  # a schema over budget is drawn by its cheaper form wherever it is used
        emitter.cheaper = partial(_instead, cheaper, validator, key_of, {} if loose is None else loose)
    valid: dict[str, str] = {}
    invalid: dict[str, str] = {}
    parts: dict[str, str] = {}
    for key, _, pointer in entries:
        mark = mutator.mark()
        canon.algebra.budget(MERGE_BUDGET, pointer)
        try:
            code = _named(emitter, pointer, failures)
            canon.algebra.budget(MERGE_BUDGET, pointer)  # the invalid values: a budget of their own
            found = [] if loose is not None and key in loose else mutator.parts(pointer)
        except StrategyError as exc:
            if skipped is None:
                raise
            mutator.rollback(mark)  # the fallback's side writer keeps what it finished
            cheap = _cheaper(cheaper, exc, pointer, validator[pointer], key, skipped, loose)
            if cheap is not None:
                valid[key] = cheap
            continue
        valid[key] = code
        if found:
            invalid[key] = found[0] if len(found) == 1 else writer.const(f"st.one_of({', '.join(found)})", annotation=MUTATION)
            parts[key] = writer.const(tuple_lit(found), "_t", f"tuple[{MUTATION}, ...]")
    built: dict[str, str] = {}
    for model, pointer, reads in models:
        if skipped is not None and model in skipped and pointer != validator_pointer.get(model):
            # typed as a part of the schema it is named after (an anyOf member), whose validator
            # the suites check its wire form with: nothing drawn is known to pass that one when
            # the schema itself has no strategy (all of them when nothing satisfies it)
            skipped[f"model:{model}"] = skipped[model]
            continue
        mark = mutator.mark()
        canon.algebra.budget(MERGE_BUDGET, pointer)
        try:
            code = _named(emitter, pointer, failures)
            if reads != pointer or not canon.shape_at(pointer).kinds <= _OBJECT:
                # a model is built from the schema's objects only: a nullable object (OpenAPI 3.0's
                # nullable: true) also draws null, and a schema typed as the model of one of its
                # anyOf members may hold other kinds too, or no object at all (then no strategy);
                # and objects of another member, which the model's own schema refuses and so
                # cannot read ({x: ""} beside the member whose x is an object)
                code = _objects_of(emitter, pointer, reads)
        except StrategyError as exc:
            if skipped is None:
                raise
            mutator.rollback(mark)  # the fallback's side writer keeps what it finished
            # the part the model reads, drawn apart and filtered by the validator of the schema it
            # is named after (the schema's own values may be another part's)
            cheap = _cheaper(cheaper, exc, reads, validator.get(pointer), f"model:{model}", skipped, loose)
            if cheap is None:
                continue
            if not canon.shape_at(pointer).kinds <= _OBJECT:
                cheap = writer.const(f"{cheap}.filter(lambda v: isinstance(v, dict))")
            code = cheap
        typed = f"SearchStrategy[_models.{model}]"
        if len(f"_m00000: {typed} = {code}.map(") > 100:
            # not even the line's head fits: black would split the annotation's brackets too,
            # a layout the writer does not make (the module would go through black whole);
            # ``models_<model>()`` still returns the precise type
            typed = STRATEGY
        built[model] = writer.const(f"{code}.map(_models.{model}.from_dict)", "_m", typed)
    canon.algebra.budget(None)
    every = list(entries)  # POINTERS keeps them all: the property suite locates what it skips
    entries = [e for e in entries if e[0] in valid]
    models = [m for m in models if m[0] in built]
    if models:
        writer.imports.add("from . import models as _models")
    # every registry is written even when empty (the property suite reads them all), so the
    # annotation of INVALID/MUTATIONS always needs Mutation
    writer.use("Mutation")
    tail: list[str] = []
    for key, py, pointer in entries:
        where = f"{source_file}#{pointer}"
        tail += _function(names[py], STRATEGY, f"Valid values of {where}.", valid[key])
        if key in invalid:
            tail += _function(names[f"invalid_{py}"], MUTATION, f"Labelled invalid values of {where}.", invalid[key])
    for model, pointer, _ in models:
        doc_line = f"{model} instances built from valid values of {source_file}#{pointer}."
        tail += _function(names[f"models_{snake_case(model)}"], f"SearchStrategy[_models.{model}]", doc_line, built[model])
    tail += _registry("POINTERS", "str", [(k, str_lit(p)) for k, _, p in every])
    tail += _registry("STRATEGIES", STRATEGY, [(k, valid[k]) for k, _, _ in entries])
    # always defined (empty when there is nothing to list): the generated tests read all of them
    tail += _registry("INVALID", MUTATION, [(k, invalid[k]) for k, _, _ in entries if k in invalid])
    tail += _registry("MUTATIONS", f"tuple[{MUTATION}, ...]", [(k, parts[k]) for k, _, _ in entries if k in parts])
    tail += _registry("MODELS", "SearchStrategy[Any]", [(m, built[m]) for m, _, _ in models])
    head = [doc or '"""Hypothesis strategies drawing valid and labelled invalid values."""', "", "from __future__ import annotations", ""]
    body = writer.body()
    while body and not body[-1]:  # helpers end in two blank lines: nothing may follow them (no constants)
        body.pop()
    gap = [""] if body and body[0].startswith(("@", "def ", "class ")) else []
    imports = writer.import_lines()
    if not any(_USES_ST.search(line) for line in (*body, *tail)):  # no schema has a strategy (all unsatisfiable)
        imports.remove(_ST)
    return "\n".join([*head, *imports, *gap, *body, "", "", *tail]).rstrip() + "\n"


_ST = "from hypothesis import strategies as st"
_USES_ST = re.compile(r"\bst\.")


def _instead(fallback: Fallback, validator: dict[str, str], key_of: dict[str, str], loose: dict[str, StrategyError],
             pointer: str, exc: OverBudget) -> str | None:  # fmt: skip
    """``Emitter.cheaper``: the fallback of a schema over budget that has a validator (recorded
    in ``loose`` under its registry key), wherever it is reached from; else ``None``."""
    if pointer not in validator:
        return None
    code = fallback.strategy(pointer, f"is_valid_{validator[pointer]}")
    if code is not None:
        loose[key_of[pointer]] = exc
    return code


def _cheaper(
    fallback: Fallback, exc: StrategyError, pointer: str, validator: str | None, key: str,
    skipped: dict[str, StrategyError], loose: dict[str, StrategyError] | None,
) -> str | None:
    """The fallback strategy of a schema over budget (recorded in ``loose``), else ``None``
    (recorded in ``skipped``): only a budget is worth another, cheaper try."""
    code = fallback.strategy(pointer, f"is_valid_{validator}") if isinstance(exc, OverBudget) and validator else None
    if code is None:
        skipped[key] = exc
    elif loose is not None:
        loose[key] = exc
    return code


_OBJECT = frozenset({"object"})


def _named(emitter: Emitter, pointer: str, failed: dict[str, StrategyError]) -> str:
    """The schema's strategy; a schema (or the one its ``$ref`` names) that already failed for
    an earlier entry fails again at once, instead of spending its budget a second time."""
    shape = emitter.canon.shape_at(pointer)
    for where in (pointer, shape.ref):
        if where in failed:
            raise failed[where]
    try:
        code = emitter.named(pointer)
        if isinstance(code, Reason):
            raise StrategyError.of(code)
    except StrategyError as exc:
        failed[pointer] = exc
        if shape.ref is not None:
            failed[shape.ref] = exc
        raise
    return code


def _objects_of(emitter: Emitter, pointer: str, reads: str) -> str:
    """A strategy for the objects among the values of the schema at ``pointer`` that the schema at
    ``reads`` (``pointer`` itself, or a part of it) accepts too."""
    canon = emitter.canon
    shape = canon.algebra.merge(canon.shape_at(pointer), Shape(kinds=_OBJECT))
    if reads != pointer:
        shape = canon.algebra.merge(shape, canon.shape_at(reads))
    code = emitter.strategy(shape)
    if isinstance(code, Reason):
        raise StrategyError.of(code)
    return code


def _function(name: str, returns: str, doc: str, code: str) -> list[str]:
    head = [f"def {name}() -> {returns}:"]
    if len(head[0]) > 100:  # black wraps a long return annotation in parentheses
        head = [f"def {name}() -> (", f"    {returns}", "):"]
        if len(head[1]) > 100 and returns.endswith("]") and returns.count("[") == 1:  # and then splits its brackets
            outer, inner = returns[:-1].split("[")
            head[1:2] = [f"    {outer}[", f"        {inner}", "    ]"]
    return [*head, f"    {str_lit(doc)}", f"    return {code}", "", ""]


def _registry(name: str, value_type: str, items: list[tuple[str, str]]) -> list[str]:
    if not items:  # written as black writes it
        return [f"{name}: dict[str, {value_type}] = {{}}", ""]
    return [f"{name}: dict[str, {value_type}] = {{", *(f"    {str_lit(k)}: {v}," for k, v in items), "}", ""]


def compile_strategy(schema: Any) -> CompiledStrategy:
    """Strategies for one JSON Schema (2020-12, local ``$ref``s), executed here.

    Raises ``StrategyError`` (with ``keyword`` and ``pointer``) for a schema that is
    unsatisfiable or beyond the compiler.
    """
    source = render_module(schema, [("root", "root", "")], source_file="schema")
    module = types.ModuleType("specloom_compiled_strategies")
    sys.modules[module.__name__] = module  # dataclasses look their module up while the class is made
    try:
        # Executing text that *we* generated: schema strings only appear inside repr() literals.
        exec(compile(source, "<specloom strategies>", "exec"), module.__dict__)  # noqa: S102
    finally:
        del sys.modules[module.__name__]
    namespace = module.__dict__
    return CompiledStrategy(namespace["STRATEGIES"]["root"], namespace.get("INVALID", {}).get("root"), source)
