"""Arrays and objects -> ``st.lists`` or ``@st.composite`` functions written straight.

Input: a rule-free array shape, or an object shape whose remaining rules the presence solver
handles (``specloom.strategies.presence``), and the ``Emitter`` for their parts. Output: a
strategy constant, or a ``Reason`` when no array/object fits.

Arrays: plain ``st.lists`` (``unique_by`` a JSON-equality key) when there is no ``prefixItems``
or ``contains`` (a list of wide items drawn short: ``specloom.strategies.width``); otherwise a
composite draws the length, the prefix items, then the rest with exactly the drawn number of
``contains`` hits placed at drawn positions. Objects: a composite
assigns each property in turn -- required ones always, optional ones on a drawn boolean, or,
under presence rules, on ``_take`` (decided, or drawn with its consequences recorded) -- then
adds keys for ``patternProperties`` and ``additionalProperties`` (never a named key, never a key
``propertyNames`` refuses).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from specloom_runtime.wire import json_in

from specloom.strategies.algebra import named_props, search
from specloom.strategies.dnf import disjoint, expand, integer_range
from specloom.strategies.presence import Builder, Plan
from specloom.strategies.shapes import TRUE, Not, Reason, Shape, StrategyError, StringFacet, evolve

if TYPE_CHECKING:
    from specloom.strategies.algebra import Algebra
    from specloom.strategies.emit import Emitter
from specloom.strategies.width import WIDE, WIDE_LEAVES
from specloom.strategies.writer import call, str_lit, tuple_lit

__all__ = ["array", "obj", "error"]

_EXTRA_KEYS = 3  # at most this many keys per patternProperties/additionalProperties group


def error(reason: Reason) -> StrategyError:
    return StrategyError.of(reason)


def _empty_excluded(s: Shape, empty: list[Any] | dict[str, Any]) -> Reason | None:
    """A reason when the only container left is empty and ``not`` excludes it: the emitter's
    ``not`` filter would then refuse every draw (Unsatisfiable in the suite), though no
    ``maxItems``/``maxProperties: 0`` says so (items or properties that can have no value do)."""
    if not json_in(empty, s.not_in):
        return None
    return Reason("not", s.where, f"the only {'array' if isinstance(empty, list) else 'object'} allowed here, {empty!r}, is excluded")


# -- arrays -------------------------------------------------------------------------------------


def array(em: Emitter, s: Shape) -> str | Reason:
    f, w = s.array, em.w
    lo, hi = f.min_items, f.max_items
    if len(f.contains) > 1:
        return Reason("contains", s.origin("contains"), "several contains at once are beyond the strategy compiler")
    prefix: list[str] = []
    for i, p in enumerate(f.prefix):
        code = em.strategy(p)
        if isinstance(code, Reason):
            if lo > i:
                return code
            hi = i if hi is None else min(hi, i)
            break
        prefix.append(code)
    items = None if f.items is not None and f.items.is_false else em.strategy(f.items or TRUE)
    if not isinstance(items, str):
        hi = len(prefix) if hi is None else min(hi, len(prefix))
    if f.unique and not prefix and not f.contains and isinstance(items, str):
        domain = _finite(em, f.items or TRUE)
        domain = em.listed.get(items) if domain is None else domain  # Hypothesis counts those too
        if domain is not None:
            hi = domain if hi is None else min(hi, domain)
    if hi is not None and lo > hi:
        return Reason("minItems", s.origin("minItems"), f"no array has at least {lo} items that its item schemas and maxItems allow")
    if hi == 0 and (why := _empty_excluded(s, [])):
        return why
    if not prefix and not f.contains:
        if not isinstance(items, str):
            if lo:
                return Reason("items", s.origin("items"), "items are required but none is allowed")
            em.listed[empty := w.const("st.just([])")] = 1
            return empty
        top = hi if hi is not None else (lo + 2 if em.in_recursion else None)
        width = em.widths.of(f.items or TRUE)
        if width >= WIDE:  # wide items: a short list (``specloom.strategies.width``)
            short = lo + max(1, WIDE_LEAVES // width)
            top = short if top is None else min(top, short)
        if f.unique:
            w.use("_json_key")
        unique = "_json_key" if f.unique else None
        lists = w.const(call("st.lists", items, min_size=lo or None, max_size=top, unique_by=unique))
        # the shortest lists beyond the depth (``_shallow``); a maxItems above minItems bounds each
        # list but not the recursion: three items each holding required lists of up to three
        # grew past Hypothesis's buffer, every draw an overrun (filter_too_much)
        if em.in_recursion and (hi is None or hi > lo):
            return em.shallow(lists, w.const(call("st.lists", items, min_size=lo or None, max_size=lo, unique_by=unique)))
        return lists
    return _array_composite(em, s, prefix, items if isinstance(items, str) else None, lo, hi)


def _finite(em: Emitter, shape: Shape) -> int | None:
    """How many distinct values ``shape`` has, when that is small and known (enum, booleans,
    a short integer range, only "" / [] / {}), so that uniqueItems + minItems beyond them is
    refused here rather than by Hypothesis (or never satisfied) at draw time."""
    s = em.alg.deref(shape)
    if s.enum is not None:
        return sum(1 for v in s.enum if em.alg.accepts(s, v))
    lo, hi = integer_range(s)
    f, a = s.number, s.array
    candidates: dict[str, list[Any] | None] = {
        "null": [None], "boolean": [False, True],
        "integer": list(range(lo, hi + 1)) if lo is not None and hi is not None and hi - lo < 256 else None,
        "fraction": [] if f.multiple is not None and f.multiple.denominator == 1 else None,
        "string": [""] if s.string.max_len == 0 else None,
        "array": [[]] if a.max_items == 0 or (not a.prefix and a.items is not None and a.items.is_false) else None,
        "object": [{}] if s.obj.max_props == 0 else None,
    }  # fmt: skip
    found: list[Any] = []
    for kind in sorted(s.kinds):
        values = candidates[kind]
        if values is None:
            return None
        found += values
    return sum(1 for v in found if em.alg.accepts(s, v))


def _distinct(em: Emitter, shape: Shape) -> int | None:
    """``_finite`` through the shape's rules (items: ``oneOf: [{type: null}]``): at most the sum
    over its alternatives, which bounds a unique array's length as well."""
    s = em.alg.deref(shape)
    if not s.rules:
        return _finite(em, s)
    alts, _ = expand(em.alg, s)
    counts = [_finite(em, a) for a in alts]
    return sum(c for c in counts if c is not None) if alts and None not in counts else None


def _array_composite(em: Emitter, s: Shape, prefix: list[str], items: str | None, lo: int, hi: int | None) -> str | Reason:
    f, w, alg = s.array, em.w, em.alg
    least, most, hit, other = 0, 0, None, items
    if f.contains:
        c = f.contains[0]
        least, most = c.least, (c.most if c.most is not None else 1 << 30)
        if most < least:
            return Reason("minContains", s.origin("contains"), f"minContains {least} > maxContains {most}")
        hits = alg.merge(f.items or TRUE, c.shape)
        code = em.strategy(hits)
        if isinstance(code, Reason):
            if least:
                return code
            most = 0
        hit = code if isinstance(code, str) else None
        if f.unique and hit is not None:  # unique items: no more hits than there are values to hit with
            domain = _distinct(em, hits)
            domain = em.listed.get(hit) if domain is None else domain
            if domain is not None and domain < least:
                return Reason("minContains", s.origin("contains"), f"uniqueItems: only {domain} distinct items match contains, fewer than minContains {least}")
            most = most if domain is None else min(most, domain)
        if c.most is not None:
            if any(not disjoint(alg, p, c.shape) for p in f.prefix[: len(prefix)]):
                return Reason("maxContains", s.origin("contains"), "maxContains with prefixItems that may also match is beyond the strategy compiler")
            negated = em.strategy(alg.merge(f.items or TRUE, Shape(rules=(Not(c.shape),))))
            other = negated if isinstance(negated, str) else None
    size_lo = max(lo, len(prefix) + least if least else lo)
    spare = 2 if em.in_recursion else 4
    size_hi = hi if hi is not None else size_lo + spare + len(prefix)
    if other is None:
        size_hi = min(size_hi, len(prefix) + (most if hit else 0))
    domain = _distinct(em, f.items or TRUE) if f.unique else None
    if domain is not None:
        # unique items from a few values (null, booleans, a short enum): no longer than those,
        # else every draw of a longer array is filtered out (as the plain lists above are cut)
        size_hi = min(size_hi, len(prefix) + domain)
    if size_lo > size_hi:
        return Reason("minItems", s.origin("minItems"), "no array length fits minItems, maxItems, prefixItems and contains together")
    if size_hi == 0 and (why := _empty_excluded(s, [])):
        return why
    sizes = f"st.integers(min_value={size_lo}, max_value={size_hi})"
    if em.in_recursion and size_hi > size_lo:
        # the shortest arrays beyond the depth (``_shallow``), as for plain lists: two to four
        # items, one a contained array of up to two arrays like the outer one, grew past
        # Hypothesis's buffer in three draws of four (filter_too_much)
        sizes = em.shallow(w.const(sizes), w.const(f"st.just({size_lo})"))
    body = [f"size = draw({sizes})", "value: list[Any] = []"]
    if f.unique:
        w.use("_json_key")
        body.append("seen: set[Any] = set()")

    def put(strategy: str, indent: str) -> list[str]:
        if not f.unique:
            return [f"{indent}value.append(draw({strategy}))"]
        return [f"{indent}item = draw({strategy}.filter(lambda v: _json_key(v) not in seen))",
                f"{indent}seen.add(_json_key(item))", f"{indent}value.append(item)"]  # fmt: skip

    if prefix:
        parts = w.const(tuple_lit(prefix), "_v", "tuple[SearchStrategy[Any], ...]")
        body += [f"for part in {parts}[:size]:", *put("part", "    ")]
    if hit is None:
        # without an item strategy (``items: false``) size_hi is at most len(prefix): nothing to
        # draw after the prefix, and ``draw(None)`` would not type-check
        if other is not None:
            body += ["rest = size - len(value)", "for _ in range(rest):", *put(other, "    ")]
    elif other is None:  # every item after the prefix matches contains (a loop over hits would not read hit: B007)
        body += ["for _ in range(size - len(value)):", *put(hit, "    ")]
    else:
        body.append("rest = size - len(value)")
        count = f"draw(st.integers(min_value={least}, max_value=min({most}, rest)))"
        body += [f"hits = {count}", "for hit in draw(st.permutations([True] * hits + [False] * (rest - hits))):"]
        pick = w.const(f"({hit}, {other})", "_v", "tuple[SearchStrategy[Any], SearchStrategy[Any]]")
        body += put(f"{pick}[not hit]", "    ")
    if not prefix and hit is None and other is None:  # only the empty array: no size to draw, no seen set (F841)
        body = ["value: list[Any] = []"]
    body.append("return value")
    return w.composite("list[Any]", str_lit(f"Arrays of {s.where or '/'}"), body)


# -- objects ------------------------------------------------------------------------------------


def obj(em: Emitter, s: Shape) -> str | Reason:
    f, alg = s.obj, em.alg
    if f.names is not None and alg.deref(f.names).is_false and f.required:
        return Reason("propertyNames", s.origin("propertyNames"), "propertyNames is false but keys are required")
    solver = bool(s.rules or f.dep_required or f.need_keys)
    builder = Builder(alg, s)
    for rule in s.rules:  # registers the variables the rules mention (their keys are named)
        builder.rule_sets(rule)
    groups, impossible = _key_groups(em, s, builder)
    if not solver:
        return _simple_object(em, s, groups)
    if f.min_props or f.max_props is not None:
        return Reason("minProperties", s.where, "min/maxProperties together with presence rules are beyond the strategy compiler")
    plan = builder.build(list(s.rules), em.strategy, s.where, frozenset(impossible))
    if isinstance(plan, Reason):
        return plan
    return _solved_object(em, s, plan, groups)


Group = tuple[str | None, str, str]  # (pattern or None for additional keys, keys, values)


def _key_groups(em: Emitter, s: Shape, builder: Builder) -> tuple[list[Group], list[str]]:
    """Strategies for keys beyond the named ones: one group per pattern, one for the rest."""
    f, alg, w = s.obj, em.alg, em.w
    names_shape = f.names or TRUE
    # dependentRequired names become presence variables too (in ``Builder.build``, after this): a
    # trigger drawn as a pattern/additional key would escape its dependency.
    dependent = [n for trigger, needed in f.dep_required for n in (trigger, *needed)]
    named = frozenset([n for n, _ in f.props] + sorted(f.required) + [str(k[1]) for k in builder.vars if k[0] in ("P", "A")] + dependent)
    patterns = [p for p, _ in f.patterns]
    groups: list[Group] = []
    impossible: list[str] = []
    for pattern, values in [*f.patterns, (None, f.additional)]:
        if pattern is None and values is not None and alg.deref(values).is_false:
            continue
        others = tuple(p for p in patterns if p != pattern)
        facet = StringFacet(patterns=(pattern,), not_patterns=others) if pattern is not None else StringFacet(not_patterns=others)
        names = alg.merge(names_shape, Shape(kinds=frozenset({"string"}), string=facet))
        keys = em.strategy(names)
        vals = em.strategy(values) if values is not None else w.use("_JSON")
        if isinstance(keys, Reason) or isinstance(vals, Reason):
            if pattern is not None:
                impossible.append(pattern)
            continue
        # Only declared names the keys could be: ``^custom_field_[0-9]+$`` can draw none of them.
        clash = sorted(n for n in named if pattern is None or search(pattern, n))
        if clash:
            banned = w.const(f"frozenset({tuple_lit([str_lit(n) for n in clash])})", "_v", "")
            listed = em.listed.get(keys)
            keys = w.const(f"{keys}.filter(lambda k: k not in {banned})")
            if listed is not None:  # how many names are left (``obj`` counts them)
                em.listed[keys] = _left(alg, names, clash, listed)
        groups.append((pattern, keys, vals))
    return groups, impossible


def _left(alg: Algebra, names: Shape, banned: list[str], listed: int) -> int:
    """How many ``listed`` names are not ``banned``: exact for an ``enum``'s (``{enum: [a, b]}``
    beside a property ``b`` leaves one), else an upper bound (a pattern's are not listed here)."""
    shape = alg.deref(names)
    plain = evolve(shape, enum=None)
    exact = None if shape.enum is None else {v for v in shape.enum if type(v) is str and v not in banned and alg.accepts(plain, v)}
    return listed if exact is None else min(listed, len(exact))


def _dicts(em: Emitter, group: Group, least: int = 0) -> str:
    _, keys, values = group
    return em.w.const(call("st.dictionaries", keys, values, min_size=least or None, max_size=_EXTRA_KEYS))


def _simple_object(em: Emitter, s: Shape, groups: list[Group]) -> str | Reason:
    f, alg = s.obj, em.alg
    names = [n for n, _ in f.props] + sorted(f.required - {n for n, _ in f.props})
    codes: dict[str, str] = {}
    named = named_props(f)
    for name in names:
        shape = alg.schema_for(f, name, named)
        if f.names is not None and not alg.accepts(f.names, name):
            shape = Shape(kinds=frozenset())
        code = em.strategy(shape) if shape.kinds or shape.ref else Reason("properties", s.where, f"property {name!r} can have no value")
        if isinstance(code, Reason):
            if name in f.required:  # the root cause names the keyword; say why it matters here
                return Reason(code.keyword, code.pointer, f"{code.message} (and {name!r} is required)")
            continue
        codes[name] = code
    required = [n for n in names if n in f.required]
    optional = [n for n in names if n in codes and n not in f.required]
    low, top = f.min_props, f.max_props
    if top is not None and len(required) > top:
        return Reason("maxProperties", s.origin("maxProperties"), f"{len(required)} required properties exceed maxProperties {top}")
    # names beyond the properties: as many as each group's keys list when all list a few
    # (``propertyNames: {enum: [a]}``, a pattern cut to fixed strings), Hypothesis raising
    # InvalidArgument at draw time for a dictionary needing more of them
    listed = [em.listed.get(keys) for _, keys, _ in groups]
    if None not in listed and (allowed := len(required) + len(optional) + sum(n or 0 for n in listed)) < low:
        return Reason("minProperties", s.origin("minProperties"), f"at most {allowed} properties are allowed, minProperties is {low}")
    if (top == 0 or not (groups or required or optional)) and (why := _empty_excluded(s, {})):
        return why
    # inside a recursive schema, no optional property beyond the depth (``_maybe``)
    coin = em.w.const(f"{em.w.use('_maybe')}()" if em.in_recursion else "st.booleans()")
    body = ["value: dict[str, Any] = {}"]
    body += [f"value[{str_lit(n)}] = draw({codes[n]})" for n in required]
    for i, name in enumerate(optional):
        cond = f"draw({coin})"
        if low and not groups:
            cond = f"({cond} or len(value) + {len(optional) - i - 1} < {low})"
        if top is not None:
            cond = f"len(value) < {top} and {cond}"
        body += [f"if {cond}:", f"    value[{str_lit(name)}] = draw({codes[name]})"]
    for i, group in enumerate(groups):
        if not low and top is None:
            body.append(f"value.update(draw({_dicts(em, group)}))")
            continue
        least = f"max(0, {low} - len(value))" if i == len(groups) - 1 else "0"
        most = f"{top} - len(value)" if top is not None else f"{least} + {_EXTRA_KEYS}"
        body.append(f"value.update(draw(st.dictionaries({group[1]}, {group[2]}, min_size={least}, max_size={most})))")
    body.append("return value")
    return em.w.composite("dict[str, Any]", str_lit(f"Objects of {s.where or '/'}"), body)


def _solved_object(em: Emitter, s: Shape, plan: Plan, groups: list[Group]) -> str:
    w = em.w
    w.use("_take")
    # inside a recursive schema, no optional property or key group beyond the depth (``_take_near``)
    present = w.use("_take_near") if em.in_recursion else "_take"
    closure = w.const(tuple_lit([_frozenset(c) for c in plan.closure]) if plan.closure else "()", "_v", "tuple[frozenset[int], ...]")
    if len(plan.starts) == 1:
        start = f"set({w.const(_frozenset(plan.starts[0]), '_v', 'frozenset[int]')})"
    else:
        choices = w.const(tuple_lit([_frozenset(x) for x in plan.starts]), "_v", "tuple[frozenset[int], ...]")
        start = f"set(draw({w.const(f'st.sampled_from({choices})')}))"
    body = [f"known: set[int] = {start}", "value: dict[str, Any] = {}"]
    for name, var in plan.present.items():
        lit = 2 * var
        if plan.never(lit):
            continue
        atoms, variants = plan.atoms[name], plan.variants[name]
        if not atoms:
            expr = f"draw({variants[0]})"
        else:
            table = w.const(tuple_lit([v or "st.nothing()" for v in variants]), "_v", "tuple[SearchStrategy[Any], ...]")
            bits = [f"_take(draw, known, {2 * a}, {closure})" for a in atoms]
            expr = f"draw({table}[{bits[0] if len(bits) == 1 else f'2 * {bits[0]} + {bits[1]}'}])"
        if plan.always(lit):
            body.append(f"value[{str_lit(name)}] = {expr}")
        else:
            body += [f"if {present}(draw, known, {lit}, {closure}):", f"    value[{str_lit(name)}] = {expr}"]
    for group in groups:
        pattern = group[0]
        if pattern is None or pattern not in plan.keys:
            body.append(f"value.update(draw({_dicts(em, group)}))")
            continue
        lit = 2 * plan.keys[pattern]
        if plan.never(lit):
            continue
        one = _dicts(em, group, 1)
        matching = [n for n in plan.present if search(pattern, n)]
        pick = one
        if matching:
            names = w.const(tuple_lit([str_lit(n) for n in matching]), "_v", "")
            pick = f"{_dicts(em, group)} if any(n in value for n in {names}) else {one}"
        if plan.always(lit):
            body.append(f"value.update(draw({pick}))")
        else:
            body += [f"if {present}(draw, known, {lit}, {closure}):", f"    value.update(draw({pick}))"]
    if not any("known" in line for line in body[1:]):  # nothing left to solve: an unused local
        body = body[1:]
    body.append("return value")
    return w.composite("dict[str, Any]", str_lit(f"Objects of {s.where or '/'}"), body)


def _frozenset(items: frozenset[int]) -> str:
    return f"frozenset({tuple_lit([str(i) for i in sorted(items)])})" if items else "frozenset()"
