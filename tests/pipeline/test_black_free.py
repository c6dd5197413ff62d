"""The constructs that used to send a piece through black (found on the large corpus documents),
each now laid out by ``specloom.format`` itself: black is the oracle (``black.format_str`` with
the pinned mode), and no piece may reach black (``STATS["black"]`` unchanged).

Input: small sources of the shapes the templates and the validator compiler write. Why: on a
1 MB document black formatted 431 such pieces, the largest single cost of ``generate``.
"""

from __future__ import annotations

import random
from pathlib import Path, PurePosixPath

import black
import pytest

from specloom import format as fmt

LONG = "fetch_linkshortening_messaging_service_domain_association_parameter_path_messaging_service_sid"
MODEL = "PutMetadataTemplatesEnterpriseSecurityClassificationSchemaAddBodyItemDataStaticConfig"


def _laid_out_without_black(source: str, name: str) -> str:
    before = fmt.STATS["black"]
    [(_, text)] = fmt.format_sources({PurePosixPath("pkg") / name: source}).items()
    assert fmt.STATS["black"] == before, f"{name} went through black"
    return text


def _check(source: str, name: str = "validators.py") -> str:
    text = _laid_out_without_black(source, name)
    assert text == black.format_str(source, mode=fmt.black_mode())
    return text


def test_a_def_of_one_parameter_whose_first_line_stays_too_long() -> None:
    source = f"def is_valid_{LONG}(value: object) -> bool:\n    return True\n"
    assert _check(source).splitlines()[1:3] == ["    value: object,", ") -> bool:"]


def test_a_for_over_a_long_tuple_of_names_explodes_it() -> None:
    names = ", ".join(f'"property_number_{i}"' for i in range(9))
    source = f"def f(value: dict[str, object]) -> bool:\n    for k1 in ({names}):\n        if k1 not in value:\n            return False\n    return True\n"
    assert _check(source).splitlines()[1] == "    for k1 in ("


@pytest.mark.parametrize("arg", ["value", "(type(value) is str or value is None)"])
def test_a_one_of_count_condition_splits_at_its_list(arg: str) -> None:
    calls = ", ".join(f"is_valid_ai_llm_endpoint_params_number_{i}({arg})" for i in range(3))
    source = f"def f(value: object) -> bool:\n    if [{calls}].count(True) != 1:\n        return False\n    return True\n"
    assert _check(source).splitlines()[1] == "    if ["


def test_a_condition_of_one_or_between_parenthesised_operands_splits_at_the_last() -> None:
    source = (
        "def f(value: object) -> bool:\n"
        "    if (type(value) is int and value % 1) or (type(value) is float and not multiple_of(value, _D107)):\n"
        "        return False\n    return True\n"
    )
    assert _check(source).splitlines()[1] == "    if (type(value) is int and value % 1) or ("


def test_a_class_whose_head_is_too_long_puts_its_base_alone() -> None:
    source = f'class {MODEL}Classification(_wire.WireModel):\n    """A model."""\n\n    name: str | Unset = UNSET\n'
    assert _check(source, "models.py").splitlines()[1] == "    _wire.WireModel"


@pytest.mark.parametrize("annotation", [MODEL + "Classification", MODEL * 2])
def test_a_field_annotated_with_a_long_name(annotation: str) -> None:
    # parenthesised when the name fits alone on a line; left long when it does not
    source = f"class A(_wire.WireModel):\n    shield_information_barrier_segment: {annotation}\n"
    _check(source, "models.py")


def test_a_string_bound_under_a_subscripted_annotation_keeps_its_own_parentheses() -> None:
    value = '"shield_information_barrier_segment_restriction"'
    source = f"class A(_wire.WireModel):\n    type: Literal[{value}] = {value}\n"
    assert _check(source, "models.py").splitlines()[1].endswith("] = (")


def test_a_one_tuple_bound_to_a_long_attribute_explodes_at_its_parentheses() -> None:
    codec = f'_wire.WireField("classification", "classification", _wire.ModelCodec({MODEL}Classification), False)'
    source = f"{MODEL}._wire_fields = ({codec},)\n"
    assert _check(source, "models.py").splitlines()[:2] == [f"{MODEL}._wire_fields = (", "    _wire.WireField("]


def test_a_name_bound_to_a_name_too_long_to_fit_alone_stays_as_it_is() -> None:
    source = f"is_valid_patch_{LONG} = is_valid_delete_{LONG}\n"
    assert _check(source) == source


def test_a_long_string_operand_after_a_delimiter_split_stays_as_it_is() -> None:
    enum = "['created', 'accepted', 'no_content', 'redirect', 'not_modified', 'bad_request', 'unauthorized']"
    source = (
        "def _e1(value: object, p: str, out: list[Violation]) -> None:\n"
        "    if type(value) is dict:\n        if type(value) is dict:\n            if type(value) is dict:\n"
        f'                out.append(Violation(p, "ptr", "enum", short_repr(value) + " is not one of {enum}"))\n'
    )
    assert any(line.lstrip().startswith('+ " is not one of') and len(line) > fmt.WIDTH for line in _check(source).splitlines())


def test_a_template_split_def_whose_first_line_is_too_long() -> None:
    source = (
        "class Client:\n"
        f"    async def put_{LONG}_update(\n        self,\n        body: object,\n    ) -> None:\n        pass\n"
    )
    assert _check(source, "client.py") == source


def test_a_long_call_without_operators_is_laid_out_without_tokenize(monkeypatch: pytest.MonkeyPatch) -> None:
    """``format_split`` tokenised every too-long line inside brackets to look for operators to
    split at; a line with none outside its brackets and strings needs no tokenize at all."""
    import tokenize

    calls = []
    real = tokenize.generate_tokens

    def counting(readline: object) -> object:
        calls.append(1)
        return real(readline)  # type: ignore[arg-type]

    monkeypatch.setattr(tokenize, "generate_tokens", counting)
    args = ", ".join(f'_wire.WireField("field_{i}", "field_{i}", _wire.ModelCodec({MODEL}), False)' for i in range(3))
    source = f'{MODEL}._wire_fields = ({args}, "a + b or c")\n'
    _check(source, "models.py")
    assert calls == []


def _reference_scan(text: str) -> list[tuple[int, str, int]]:
    """Brackets and commas outside string literals, read one character at a time."""
    out, depth, quote, i = [], 0, "", 0
    while i < len(text):
        c = text[i]
        if quote:
            i += c == "\\"
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c in "([{,":
            out.append((i, c, depth))
            depth += c != ","
        elif c in ")]}":
            depth -= 1
            out.append((i, c, depth))
        i += 1
    return out


@pytest.mark.parametrize("seed", range(3))
def test_the_one_pass_scan_reads_strings_as_the_character_scan_did(seed: int) -> None:
    import random

    from specloom.strategies.layout import scan

    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice("ab(),[]{} \"'\\.:=+") for _ in range(rng.randint(0, 30)))
        assert scan(text) == _reference_scan(text), text


def test_generate_reports_the_pieces_black_still_formatted(monkeypatch: pytest.MonkeyPatch) -> None:
    """``specloom generate`` prints how many pieces went through black (``bench/corpus.py`` shows
    the line per document), and nothing when none did."""
    from collections import Counter

    monkeypatch.setattr(fmt, "STATS", Counter())
    monkeypatch.setattr(fmt, "BLACKED", [])
    assert fmt.black_note() is None
    calls = [f"is_valid_ai_llm_endpoint_params_number_{i}(value)" for i in range(3)]
    beyond = f"def f(value: object) -> bool:\n    if {calls[0]} if {calls[1]} else {calls[2]}:\n        return False\n    return True\n"
    fmt.format_sources({PurePosixPath("pkg/validators.py"): f"{beyond}\n\n{beyond.replace('def f', 'def g')}"})
    assert fmt.black_note() == "2 piece(s) of 1 module(s) formatted by black (pkg/validators.py)"


def test_the_corpus_bench_shows_the_black_line_of_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    import sys

    from tests.pipeline.helpers import ROOT

    spec = importlib.util.spec_from_file_location("corpus_bench", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "corpus_bench", bench)  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    text = "specloom generate: 3 of 3 operations have a client method\nspecloom generate: 2 piece(s) of 1 module(s) formatted by black (a/validators.py)\n"
    run = bench.Run(0, 0.1, 0.1, 10.0, text, 1, 1)
    assert bench.ours_said(run)[2] == "; ".join(text.splitlines())


_EVENTS = " | ".join(f"_m.{kind}IssueEvent" for kind in ("Labeled", "Unlabeled", "Assigned", "Unassigned", "Milestoned", "Renamed"))


@pytest.mark.parametrize(
    "hint",
    [
        "list[_m.ContentDirectoryItem] | _m.ContentFile | _m.ContentSymlink | _m.ContentSubmodule | _m.ContentTree",
        f"list[{_EVENTS}]",
    ],
)
def test_a_long_return_annotation_of_a_split_def(hint: str) -> None:
    # a union: black keeps its parentheses; a subscript alone: black splits at its bracket
    source = f"class Client:\n    def get(\n        self,\n        owner: str,\n    ) -> {hint}:\n        pass\n"
    _check(source, "client.py")


def test_a_parameter_annotated_with_a_union_ending_in_a_subscript() -> None:
    model = "_m.OauthAuthorizationsGetOrCreateAuthorizationForAppAndFingerprintBody"
    source = f"class Client:\n    def put(\n        self,\n        body: {model} | Mapping[str, object],\n    ) -> None:\n        pass\n"
    assert _check(source, "client.py").splitlines()[3] == "        body: ("


def test_the_one_line_of_a_bracket_the_template_split_is_cut_at_its_operators() -> None:
    hint = "list[_m.ContentDirectoryItem] | _m.ContentFile | _m.ContentSymlink | _m.ContentSubmodule | _m.ContentTree"
    source = f'_OP_GET: OperationSpec[\n    {hint}\n] = OperationSpec(\n    name="get",\n    method="GET",\n)\n'
    assert _check(source, "client.py").splitlines()[2] == "    | _m.ContentFile"


def test_a_deep_condition_of_one_or_ending_in_parentheses_splits_at_them() -> None:
    # black drops the redundant parentheses, then omits its invisible ones (an earlier bracket,
    # ``type(``, could be split too) and splits at the last pair
    deep = "    " * 10
    source = f"def f(x77: object) -> bool:\n{deep}if (type(x77) is int or (type(x77) is float and isfinite(x77))):\n{deep}    return False\n"
    source = source.replace(f"\n{deep}if", "\n    if True:\n" + "".join(f"{'    ' * i}if True:\n" for i in range(2, 10)) + f"{deep}if")
    assert _check(source).splitlines()[10].endswith("if type(x77) is int or (")


def _nested(depth: int, line: str) -> str:
    """``line`` inside ``depth`` nested ``if True:`` blocks of a validator."""
    blocks = "".join(f"{'    ' * level}if True:\n" for level in range(1, depth + 1))
    return f"def f(x119: dict[str, object]) -> bool:\n{blocks}{'    ' * (depth + 1)}{line}\n{'    ' * (depth + 2)}return False\n    return True\n"


def test_a_condition_of_one_or_ending_in_a_name_keeps_its_invisible_parentheses() -> None:
    source = _nested(6, 'if "alternative_fields_due" not in x119 or "original_fields_due" not in x119:')
    assert _check(source).splitlines()[7:9] == ["                            if (", '                                "alternative_fields_due" not in x119']


def test_a_negated_call_too_long_for_its_parentheses_is_split_at_its_own() -> None:
    name = "is_valid_treasury_outbound_payments_resource_outbound_payment_resource_end_user_details"
    source = f"def f(value: object) -> bool:\n    if not ({name}(value)):\n        return False\n    return True\n"
    assert _check(source).splitlines()[1:4] == ["    if not (", f"        {name}(", "            value"]


def test_a_raise_whose_message_is_too_long_even_alone_is_still_split_at_its_call() -> None:
    message = "customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction"
    source = (
        "def is_valid_x(value: object) -> bool:\n    try:\n        return _f1(value)\n    except RecursionError:\n"
        f'        raise RecursionLimitError("{message}: instance nested too deeply") from None\n'
    )
    assert _check(source).splitlines()[4] == "        raise RecursionLimitError("


@pytest.mark.parametrize("names", [
    [f"is_valid_ai_agent_{n}" for n in ("ask", "text_gen", "extract", "extract_structured")],
    ["is_valid_ai_agent_reference", "is_valid_ai_agent_extract_structured"],  # split at ``count(``
])  # fmt: skip
def test_a_folded_one_of_return_splits_as_its_condition_would(names: list[str]) -> None:
    # the validator compiler folds ``if [...].count(True) != 1: return False / return True``
    # into one ``return``; black splits it as an ``if`` condition (box sent 17 pieces to black)
    calls = ", ".join(f"{name}(value)" for name in names)
    source = f"def f(value: object) -> bool:\n    return [{calls}].count(True) == 1\n"
    assert len(source.splitlines()[1]) > fmt.WIDTH
    _check(source)


@pytest.mark.parametrize("width", [101, 103, 104, 130])
@pytest.mark.parametrize("joiner", [" or ", " and not "])
def test_a_long_return_of_operands_in_black_s_invisible_parentheses(width: int, joiner: str) -> None:
    # three operands: black's parentheses, on one line inside them while it fits (a line of up
    # to 103 columns: ``return `` is three longer than the parentheses' indent), else one a line
    first = joiner.join(["is_valid_a(value)"] * 2) + joiner
    last = "is_valid_" + "x" * (width - len("    return ") - len(first) - len("is_valid_(value)")) + "(value)"
    source = f"def f(value: object) -> bool:\n    return {first}{last}\n"
    assert len(source.splitlines()[1]) == width
    lines = _check(source).splitlines()
    assert lines[1] == "    return (" and len(lines) == (4 if width <= 103 else 6)


@pytest.mark.parametrize("seed", range(3))
def test_long_returns_of_random_shapes_match_black(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        names = [f"is_valid_{'y' * rng.randint(3, 40)}" for _ in range(rng.randint(2, 5))]
        calls = ", ".join(f"{name}(value)" for name in names)
        value = rng.choice([f"[{calls}].count(True) == 1", " or ".join(f"{n}(value)" for n in names),
                            " and ".join(f"not {n}(value)" for n in names), f"{names[0]}(value) or {names[1]}(value)"])  # fmt: skip
        depth = rng.randint(1, 3)
        lines = ["def f(value: object) -> bool:"] + [f"{'    ' * d}if value:" for d in range(1, depth)]
        source = "\n".join([*lines, f"{'    ' * depth}return {value}", *(["    return True"] if depth > 1 else [])]) + "\n"
        _check(source)


def test_the_statement_judge_finds_a_return_black_would_put_in_parentheses(tmp_path: Path) -> None:
    # the form main wrote into spree's and stripe's validators.py before ``return_value``
    from tests.pipeline.black_statements import unstable_statements

    head = "def f(value: object) -> bool:\n    if value:\n"
    wrong = "        return is_valid_payment_source(value) or is_valid_credit_card(value) or is_valid_store(\n            value\n        )\n"
    (tmp_path / "validators.py").write_text(head + wrong + "    return True\n")
    assert [found.split(":")[:2] for found in unstable_statements(tmp_path)] == [["validators.py", "3"]]
    right = _check(head + wrong.replace("\n            value\n        )", "value)") + "    return True\n")
    (tmp_path / "validators.py").write_text(right)
    assert "        return (" in right and unstable_statements(tmp_path) == []
