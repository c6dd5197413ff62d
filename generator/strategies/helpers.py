"""Fixed helper code copied into a strategies module when its strategies use it.

Input: nothing from a spec -- these are constant source blocks. Output: ``SOURCE[name]`` (the
lines of one definition), the imports it needs and the helpers it calls. The writer emits a
helper only when an emitter asked for it, in ``ORDER``.

Why copied rather than imported from ``specloom_runtime``: the runtime does not depend on
Hypothesis (clients and validators must not need it), and these few lines only make sense next to
the strategies that call them. ``Mutation`` is the labelled value every ``invalid_*`` strategy
draws, so a failing property names the mutation it tried.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["SOURCE", "IMPORTS", "DEPENDS", "ORDER", "LONG_TEXT", "exact_text"]

# Hypothesis refuses a text of more than 8,192 characters (its BUFFER_SIZE): a longer one is a
# short draw stretched by ``_stretch``, from this length on
LONG_TEXT = 4096


def exact_text(use: Callable[[str], object], count: int) -> str:
    """The strategy code of texts of exactly ``count`` characters (``use`` asks for a helper)."""
    if count <= LONG_TEXT:
        return f"st.text(min_size={count}, max_size={count})"
    use("_stretch")
    return f"st.text(min_size=1, max_size=8).map(partial(_stretch, {count}))"

SOURCE: dict[str, list[str]] = {
    "Mutation": [
        "@dataclass(frozen=True, slots=True)",
        "class Mutation:",
        '    """One labelled invalid value: ``mutation`` says what was broken, ``value`` is it."""',
        "",
        "    mutation: str",
        "    value: Any",
    ],
    "_drawn": [
        "@st.composite",
        "def _drawn(draw: st.DrawFn, build: Callable[[st.DrawFn], Any]) -> Any:",
        '    """One value assembled by ``build`` from its own ``draw`` calls."""',
        "    return build(draw)",
    ],
    "_json_key": [
        "def _json_key(value: Any) -> Any:",
        '    """A hashable key, equal for JSON-equal values (1 == 1.0, True != 1, key order ignored)."""',
        "    if isinstance(value, bool) or value is None:",
        "        return (0, value)",
        "    if isinstance(value, int | float | str):",
        "        return (1, value)",
        "    if isinstance(value, list):",
        "        return (2, tuple(_json_key(v) for v in value))",
        "    return (3, frozenset((k, _json_key(v)) for k, v in value.items()))",
    ],
    "_take": [
        "def _take(",
        "    draw: st.DrawFn, known: set[int], literal: int, closure: tuple[frozenset[int], ...]",
        ") -> bool:",
        '    """Whether ``literal`` holds: known already, or drawn now (its consequences become known)."""',
        "    if literal in known:",
        "        return True",
        "    if literal ^ 1 in known:",
        "        return False",
        "    chosen = literal if draw(st.booleans()) else literal ^ 1",
        "    known |= closure[chosen]",
        "    return chosen == literal",
    ],
    "_mutate": [
        "def _mutate(label: str, values: SearchStrategy[Any]) -> SearchStrategy[Mutation]:",
        '    """Label every value of ``values`` as the invalid mutation ``label``."""',
        "    return st.builds(Mutation, st.just(label), values)",
    ],
    "_put": [
        "def _put(value: dict[str, Any], key: str, inner: Mutation) -> Mutation:",
        '    """``value`` with ``key`` set to the invalid value of ``inner``; the label says where."""',
        '    token = key.replace("~", "~0").replace("/", "~1")',
        "    return Mutation(f\"/{token}: {inner.mutation}\", {**value, key: inner.value})",
    ],
    "_patch": [
        "def _patch(",
        "    label: str,",
        "    value: dict[str, Any],",
        "    drop: tuple[str, ...],",
        "    strip: re.Pattern[str] | None,",
        "    *puts: dict[str, Any],",
        ") -> Mutation:",
        '    """``value`` without the keys ``drop`` (and keys matching ``strip``), plus ``puts``."""',
        "    changed = {k: v for k, v in value.items() if k not in drop and not (strip and strip.search(k))}",
        "    for put in puts:",
        "        changed.update(put)",
        "    return Mutation(label, changed)",
    ],
    "_first": [
        "def _first(inner: Mutation) -> Mutation:",
        '    """A one-item array whose item is the invalid value of ``inner``."""',
        '    return Mutation(f"/0: {inner.mutation}", [inner.value])',
    ],
    "_twice": [
        "def _twice(items: list[Any]) -> Mutation:",
        '    """``items`` with its first item repeated at the end."""',
        '    return Mutation("uniqueItems: an item appears twice", [*items, items[0]])',
    ],
    "_repeat": [
        "def _repeat(count: int, item: Any) -> list[Any]:",
        '    """``count`` copies of ``item``."""',
        "    return [copy.deepcopy(item) for _ in range(count)]",
    ],
    "_stretch": [
        "def _stretch(count: int, text: str) -> str:",
        '    """``text`` (not empty) repeated to exactly ``count`` characters."""',
        "    return (text * (count // len(text) + 1))[:count]",
    ],
    "_JSON": [
        "_JSON: SearchStrategy[Any] = st.recursive(",
        "    st.none()",
        "    | st.booleans()",
        "    | st.integers()",
        "    | st.floats(allow_nan=False, allow_infinity=False)",
        "    | st.text(),",
        "    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),",
        "    max_leaves=8,",
        ")",
    ],
}

# Recursive schemas: a value can hold values of its own schema (Stripe's invoice reaches an invoice
# through its line items' subscriptions), and where each holds several, a draw is a tree that often
# keeps growing past what Hypothesis draws in one example. ``_nested`` counts the levels; from
# ``_DEEP`` on, the choices written inside recursive schemas take what ends the value: no optional
# property (``_maybe``; ``_take_near`` where presence rules decide), the first alternative
# (``_shallow``: the simplest kind), the shortest list.
SOURCE["_DEPTH"] = [
    "_DEPTH: list[int] = [0]  # values of recursive schemas the current draw is inside (``_nested``)",
    "_DEEP = 3  # from this depth on, choices inside recursive schemas take what ends the value",
]
SOURCE["_nested"] = [
    "@st.composite",
    "def _nested(draw: st.DrawFn, inner: SearchStrategy[Any]) -> Any:",
    '    """A value of a recursive schema, drawn one level deeper (``_DEPTH``)."""',
    "    _DEPTH[0] += 1",
    "    try:",
    "        return draw(inner)",
    "    finally:",
    "        _DEPTH[0] -= 1",
]
SOURCE["_maybe"] = [
    "@st.composite",
    "def _maybe(draw: st.DrawFn) -> bool:",
    '    """Whether an optional property is drawn: a fair coin, or no from depth ``_DEEP`` on."""',
    "    return _DEPTH[0] < _DEEP and draw(st.booleans())",
]
SOURCE["_take_near"] = [
    "def _take_near(",
    "    draw: st.DrawFn, known: set[int], literal: int, closure: tuple[frozenset[int], ...]",
    ") -> bool:",
    '    """``_take`` of a property or key group inside a recursive schema: from depth ``_DEEP`` on,',
    '    one still undecided is left out (what ends the value), its consequences known."""',
    "    if _DEPTH[0] >= _DEEP and literal not in known and literal ^ 1 not in known:",
    "        known |= closure[literal ^ 1]",
    "        return False",
    "    return _take(draw, known, literal, closure)",
]
SOURCE["_shallow"] = [
    "@st.composite",
    "def _shallow(draw: st.DrawFn, deep: SearchStrategy[Any], shallow: SearchStrategy[Any]) -> Any:",
    '    """A value of ``deep``, or of ``shallow`` (one that ends sooner) from depth ``_DEEP`` on."""',
    "    return draw(shallow if _DEPTH[0] >= _DEEP else deep)",
]

SOURCE["_merged"] = [
    "def _merged(parts: tuple[Any, ...]) -> Any:",
    '    """One value from draws made apart for each conjunct: objects united key by key (the first',
    "    draw of a key wins), anything else the first draw; the caller filters by the validator.\"\"\"",
    "    if all(isinstance(part, dict) for part in parts):",
    "        out: dict[str, Any] = {}",
    "        for part in parts:",
    "            for key, value in part.items():",
    "                out.setdefault(key, value)",
    "        return out",
    "    return parts[0]",
]

IMPORTS: dict[str, tuple[str, ...]] = {
    "Mutation": ("from dataclasses import dataclass",),
    "_patch": ("import re",),
    "_drawn": ("from collections.abc import Callable",),
    "_repeat": ("import copy", "from functools import partial"),
    "_stretch": ("from functools import partial",),
}

DEPENDS: dict[str, tuple[str, ...]] = {
    **{name: ("Mutation",) for name in ("_mutate", "_put", "_patch", "_first", "_twice")},
    **{name: ("_DEPTH",) for name in ("_nested", "_maybe", "_shallow")},
    "_take_near": ("_take", "_DEPTH"),
}

ORDER = ("Mutation", "_drawn", "_json_key", "_take", "_mutate", "_put", "_patch", "_first", "_twice", "_repeat", "_stretch", "_JSON", "_merged",
         "_DEPTH", "_nested", "_maybe", "_take_near", "_shallow")  # fmt: skip
