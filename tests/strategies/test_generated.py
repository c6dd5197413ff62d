"""Every generated ``strategies.py``: valid draws pass both judges, every mutation fails both.

The judges are the package's compiled validator and ``jsonschema`` over the schema read from
``specs/`` (``tests.strategies.oracle``: PyYAML + ``referencing``, independent of the generator).
Keys sharing one strategy object are drawn once and judged against each key's schema. Each
labelled mutation is drawn on its own (``MUTATIONS``), and its label must name a keyword the
validator reports at the labelled instance path: a failure names its mutation.
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from specloom_runtime.wire import FORMAT_CHECKERS, NAMED_DATE_FORMATS

from tests.strategies.oracle import APIS, NAMED_FORMATS, budget, spec

# A label: optional "/path: " prefixes, then the keyword that was broken, then a description.
LABEL = re.compile(r"^((?:/[^:]*: )*)([A-Za-z/]+): \S.*$")
RULE_WORDS = {"if/then/else": {"if", "then", "else"}}


def _modules(api: str) -> tuple[ModuleType, ModuleType]:
    return importlib.import_module(f"specloom.apis.{api}.strategies"), importlib.import_module(f"specloom.apis.{api}.validators")


def _groups(registry: str) -> list[Any]:
    """One case per distinct strategy object: (api, the keys that share it)."""
    cases = []
    for api in APIS:
        mod, _ = _modules(api)
        shared: dict[int, list[str]] = defaultdict(list)
        for key, strategy in getattr(mod, registry).items():
            shared[id(strategy)].append(key)
        cases += [pytest.param(api, keys, id=f"{api}:{keys[0]}") for keys in shared.values()]
    return cases


def test_the_oracle_knows_every_named_format() -> None:
    """jsonschema ignores formats it has no checker for: the oracle must know all of ours."""
    assert set(NAMED_FORMATS) == set(NAMED_DATE_FORMATS) and set(NAMED_FORMATS) <= set(FORMAT_CHECKERS)


@pytest.mark.parametrize("api", APIS)
def test_registries_cover_every_schema_and_model(api: str) -> None:
    mod, validators = _modules(api)
    models = importlib.import_module(f"specloom.apis.{api}.models")
    assert list(mod.STRATEGIES) == list(validators.VALIDATORS) == list(mod.POINTERS)
    assert set(mod.INVALID) == set(mod.MUTATIONS) and set(mod.INVALID) <= set(mod.STRATEGIES)
    assert set(mod.MODELS) == set(models.__all__)
    for key, pointer in mod.POINTERS.items():
        spec(api).validator(pointer)  # the pointer names a schema of the spec
        assert getattr(mod, _function_name(mod, key))() is mod.STRATEGIES[key]


def _function_name(mod: ModuleType, key: str) -> str:
    for name in dir(mod):
        fn = getattr(mod, name)
        if callable(fn) and not name.startswith(("_", "invalid_", "models_")) and f"#{mod.POINTERS[key]}." in (fn.__doc__ or ""):
            return name
    raise AssertionError(f"no public function for {key!r}")


@pytest.mark.parametrize(("api", "keys"), _groups("STRATEGIES"))
def test_valid_values_pass_the_validator_and_jsonschema(api: str, keys: list[str]) -> None:
    mod, validators = _modules(api)
    judges = [(k, validators.VALIDATORS[k], spec(api).validator(mod.POINTERS[k])) for k in keys]

    @settings(max_examples=budget(30))
    @given(mod.STRATEGIES[keys[0]])
    def check(value: Any) -> None:
        for key, mine, oracle in judges:
            assert mine.is_valid(value), f"{key}: {mine.errors(value)}"
            assert not list(oracle.iter_errors(value)), f"{key}: jsonschema: {[e.message for e in oracle.iter_errors(value)]}"

    check()


def _rejected(api: str, keys: list[str], mutation: Any) -> None:
    """Both judges reject the value, and the label names what the validator reports."""
    mod, validators = _modules(api)
    m = LABEL.match(mutation.mutation)
    assert m, f"unlabelled mutation {mutation!r}"
    path = "".join(part.rstrip(": ").rstrip(":") for part in re.findall(r"/[^:]*: ", m[1]))
    keyword = m[2]
    for key in keys:
        mine = validators.VALIDATORS[key]
        oracle = spec(api).validator(mod.POINTERS[key])
        assert not mine.is_valid(mutation.value), f"{key}: {mutation.mutation} is valid: {mutation.value!r}"
        assert not oracle.is_valid(mutation.value), f"{key}: jsonschema accepts {mutation.mutation}: {mutation.value!r}"
        words = RULE_WORDS.get(keyword, {keyword})
        reported = [v for v in mine.errors(mutation.value) if v.instance_path == path or path.startswith(v.instance_path + "/")]
        assert any(v.keyword in words or words & set(v.schema_path.split("/")) for v in reported), (
            f"{key}: label {mutation.mutation!r} but the validator reports {[(v.instance_path, v.keyword) for v in mine.errors(mutation.value)]}"
        )


@pytest.mark.parametrize(("api", "keys"), _groups("MUTATIONS"))
def test_each_labelled_mutation_is_rejected_by_both(api: str, keys: list[str]) -> None:
    mod, _ = _modules(api)

    parts = mod.MUTATIONS[keys[0]]
    for start in range(0, len(parts), 4):  # every kind of mutation, a few per example
        _check_mutations(api, keys, parts[start : start + 4])


def _check_mutations(api: str, keys: list[str], chunk: tuple[Any, ...]) -> None:
    @settings(max_examples=budget(3))
    @given(st.data())
    def check(data: st.DataObject) -> None:
        for part in chunk:
            _rejected(api, keys, data.draw(part))

    check()


@pytest.mark.parametrize(("api", "keys"), _groups("INVALID"))
def test_drawn_mutations_are_rejected_by_both(api: str, keys: list[str]) -> None:
    mod, _ = _modules(api)

    @settings(max_examples=budget(30))
    @given(mod.INVALID[keys[0]])
    def check(mutation: Any) -> None:
        _rejected(api, keys, mutation)

    check()


@pytest.mark.parametrize("api", APIS)
def test_models_are_built_from_valid_wire_values(api: str) -> None:
    mod, _ = _modules(api)
    models = importlib.import_module(f"specloom.apis.{api}.models")

    @settings(max_examples=budget(10))
    @given(st.sampled_from(sorted(mod.MODELS)).flatmap(lambda name: st.tuples(st.just(name), mod.MODELS[name])))
    def check(drawn: tuple[str, Any]) -> None:
        name, instance = drawn
        assert type(instance) is getattr(models, name)

    check()


def _drawn(api: str, key: str) -> list[Any]:
    """One drawn mutation per entry of ``MUTATIONS[key]``."""
    mod, _ = _modules(api)
    found: list[Any] = []

    for part in mod.MUTATIONS[key]:
        found.append(_one(part))
    return found


def _one(strategy: Any) -> Any:
    drawn: list[Any] = []

    @settings(max_examples=budget(1))
    @given(strategy)
    def draw(value: Any) -> None:
        drawn[:] = [value]

    draw()
    return drawn[0]


def test_salesfire_without_email_and_mobile_number_is_a_labelled_mutation() -> None:
    drawn = _drawn("salesfire", "syncCustomer.request")
    labels = [m.mutation for m in drawn]
    assert "anyOf: no branch holds (without 'email', without 'mobile_number')" in labels
    neither = drawn[labels.index("anyOf: no branch holds (without 'email', without 'mobile_number')")]
    assert not {"email", "mobile_number"} & set(neither.value)
    assert any(label.startswith("/types: ") for label in labels) and "additionalProperties: unexpected key 'unexpected'" in labels


def test_clienttoolbox_register_without_card_number_is_a_labelled_mutation() -> None:
    drawn = _drawn("clienttoolbox", "recordCustomer.request")
    labels = [m.mutation for m in drawn]
    assert "dependentRequired: 'card_number_prefix' without 'card_number_generate'" in labels
    assert any(label.startswith("dependentSchemas: 'card_number_generate' is present") for label in labels)
    register = next(m for m in drawn if m.mutation.startswith("if/then/else") and "without 'card_number'" in m.mutation)
    assert register.mutation == "if/then/else: the branch that applies fails (without 'card_number', 'customer_action' = 'register')"
    assert register.value["customer_action"] == "register" and "card_number" not in register.value


def _sample(strategy: Any, n: int = 60) -> list[Any]:
    seen: list[Any] = []

    @settings(max_examples=budget(n))
    @given(strategy)
    def collect(value: Any) -> None:
        seen.append(value)

    collect()
    return seen


def test_valid_draws_reach_every_kind_of_valid_value() -> None:
    """The presence rules are solved, not avoided: each side of each rule shows up."""
    mod, _ = _modules("clienttoolbox")
    forms = _sample(mod.STRATEGIES["recordCustomer.request"])
    assert {f["customer_action"] for f in forms} == {"new", "register"}
    assert any(any(re.fullmatch(r"custom_field_[0-9]+", k) for k in f) for f in forms)
    assert any("card_number_generate" in f for f in forms) and any("card_number" in f for f in forms)
    assert any("output" in f and ("condensed" in f or "callback" in f) for f in forms)
    mod, _ = _modules("salesfire")
    customers = _sample(mod.STRATEGIES["CustomerSync"])
    assert any("email" not in c for c in customers) and any("mobile_number" not in c for c in customers)
    mod, _ = _modules("shift4shop")
    schemas = spec("shift4shop").doc["components"]["schemas"]
    fields = set(schemas["CustomerFields"]["properties"]) | set(schemas["WrittenBySamples"]["properties"])
    created = _sample(mod.STRATEGIES["CustomerCreate"])  # allOf + unevaluatedProperties: false
    assert all({"Email", "Password"} <= set(c) <= fields for c in created)
    assert max(len(c) for c in created) > 10
