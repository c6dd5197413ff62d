"""black is the judge, not a stage: generated modules must be what the pinned black would write.

``specloom generate`` writes black's layout itself (``specloom.format``); these tests format
every generated module -- of the five specs, and of the corpus documents generated with
``--lenient`` -- with the pinned black and require no change, ``validators.py`` included. The five
specs must also need black for no module at all. The mechanism itself (a line split the way black
splits it; a line beyond that sends its module, and only it, through black, counted) is shown on
small sources. The large documents of ``../shared/corpora`` are ``corpus``-marked (``make corpus``).
"""

from __future__ import annotations

import difflib
from pathlib import Path, PurePosixPath

import black
import pytest

from specloom import format as fmt
from specloom.check import Options
from specloom.pipeline import build_package
from specloom.strategies.layout import layout
from tests.pipeline.helpers import ROOT, SHARED

SPECS = sorted((ROOT / "specs").glob("*.yaml"))
SMALL = SHARED / "corpora" / "openapi"
REAL = SHARED / "corpora" / "openapi-real"


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in (".yaml", ".yml", ".json")) if folder.is_dir() else []


def _unstable(files: dict[PurePosixPath, str]) -> dict[str, str]:
    """The modules black would change, each with the start of black's diff."""
    out = {}
    for path, source in sorted(files.items()):
        if path.suffix == ".py" and source:
            formatted = black.format_str(source, mode=fmt.black_mode())
            if formatted != source:
                diff = difflib.unified_diff(source.splitlines(), formatted.splitlines(), str(path), "black", lineterm="", n=1)
                out[str(path)] = "\n".join(list(diff)[:30])
    return out


def _built(doc: Path, options: Options) -> tuple[dict[PurePosixPath, str], int]:
    before = fmt.STATS["black"]
    _, files, _, _ = build_package(doc, options)
    return files, fmt.STATS["black"] - before


def test_there_are_five_specs() -> None:
    assert len(SPECS) == 5


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_the_five_specs_need_no_black_and_black_changes_nothing(spec: Path) -> None:
    files, through_black = _built(spec, Options(strict=True))
    assert through_black == 0, f"{spec.name}: {through_black} module(s) still went through black"
    assert _unstable(files) == {}


# the small corpus, quick ones in the default run; those that take long to generate are corpus-marked
_QUICK = [d for d in _documents(SMALL) if d.stat().st_size < 100_000]
_SLOW = [d for d in _documents(SMALL) if d.stat().st_size >= 100_000] + _documents(REAL)


@pytest.mark.skipif(not _QUICK, reason=f"OpenAPI corpus not found at {SMALL} (../shared is absent)")
@pytest.mark.parametrize("doc", _QUICK, ids=lambda p: p.stem)
def test_small_corpus_documents_generate_black_stable_modules(doc: Path) -> None:
    files, _ = _built(doc, Options(lenient=True))
    assert _unstable(files) == {}


@pytest.mark.corpus
@pytest.mark.parametrize("doc", _SLOW, ids=lambda p: p.stem)
def test_large_corpus_documents_generate_black_stable_modules(doc: Path) -> None:
    from specloom.diagnostics import SpecError

    try:
        files, _ = _built(doc, Options(lenient=True))
    except SpecError as exc:  # test_corpus.py judges the diagnostics; here only output counts
        pytest.skip(f"{doc.name} does not generate: {str(exc)[:200]}")
    assert _unstable(files) == {}


def _formatted(source: str, name: str = "client.py") -> tuple[str, int]:
    before = fmt.STATS["black"]
    [(_, text)] = fmt.format_sources({PurePosixPath("pkg") / name: source}).items()
    return text, fmt.STATS["black"] - before


def test_a_long_call_is_split_as_black_splits_it_without_black() -> None:
    names = ", ".join(f'"field_number_{i}"' for i in range(12))
    source = f"FIELDS = frozenset(({names}))\nEMPTY = (\n)\n"
    text, through_black = _formatted(source)
    assert through_black == 0
    assert text == black.format_str(source, mode=fmt.black_mode())
    assert text.splitlines()[:2] == ["FIELDS = frozenset(", "    ("] and "EMPTY = ()" in text


def test_a_magic_trailing_comma_explodes_its_brackets_as_black_does() -> None:
    source = 'X._codec = _wire.UnionCodec((_wire.DateCodec("dd/mm/yyyy"),_wire.PLAIN,))\nONE = (_wire.PLAIN,)\n'
    text, through_black = _formatted(source)
    assert through_black == 0
    assert text == black.format_str(source, mode=fmt.black_mode())


def test_a_line_beyond_the_layout_sends_only_its_module_through_black() -> None:
    long_annotation = " | ".join(f"Literal['value_{i}']" for i in range(8))
    source = f"def f(x: {long_annotation}) -> None:\n    pass\n"
    text, through_black = _formatted(source)
    assert through_black == 1
    assert text == black.format_str(source, mode=fmt.black_mode())
    plain, through_black = _formatted("X = 1\n", "models.py")
    assert (plain, through_black) == ("X = 1\n", 0)


_POINTER = "shop.yaml#/components/schemas/" + "VeryLongSchemaName" * 4 + "/properties/status/type"
_VALIDATORS = f"""\
def is_valid_fetch_linkshortening_messaging_service_domain_association_parameter_path(value: object) -> bool:
    if (type(value) is int or (type(value) is float and isfinite(value))):
        return True
    if not (type(value) is str or (type(value) is int or (type(value) is float and value.is_integer()))):
        return False
    if not ((value is None) or ((type(value) is str) and _FMT1(value)) or ((type(value) is str) and _FMT2(value))):
        return False
    if "Key" not in value or "Value" not in value or "Status" not in value or "Message" not in value:
        return False
    if not is_valid_fetch_linkshortening_messaging_service_domain_association_parameter_path_id(value):
        return False
    return True


def _e5(value: object, p: str, out: list[Violation]) -> None:
    out.append(Violation(p, "{_POINTER}", "type", short_repr(value) + " is not of type object"))
    out.append(Violation(p + "/result" + "/" + str(i3) + "/urls" + "/" + str(i11), "{_POINTER}", "type", "x"))
    out.append(Violation(p, "{_POINTER}", "pattern", short_repr(x5) + " does not match " + "'^[^,\\\\s]+(\\\\s*,\\\\s*[^,\\\\s]+)*$'"))


is_valid_list_customer_group_customers_parameter_query_countonly = is_valid_list_customers_parameter_query_countonly


def is_valid_list_products_response_200(value: object) -> bool:
    try:
        return _f1(value)
    except RecursionError:
        raise RecursionLimitError("list-products-of-the-store.response.200: instance nested too deeply") from None


VALIDATORS: dict[str, CompiledValidator] = {{
    "cancel-checkout-return-authorization.parameter.path.return_authorization_id": CompiledValidator("cancel-checkout-return-authorization.parameter.path.return_authorization_id", is_valid_cancel_checkout_return_authorization_parameter_path_return_authorization_id, _e541),
}}
"""


def test_validators_are_laid_out_as_black_lays_them_out_without_black() -> None:
    """The validator compiler's long lines -- conditions of ``or``s, a parenthesised whole
    condition, ``Violation(...)`` calls with concatenated paths and messages, long ``def`` lines,
    aliases, ``raise ... from None``, registry entries whose first line stays long -- come out as
    black prints them (black is the oracle), and black never runs."""
    text, through_black = _formatted(_VALIDATORS, "validators.py")
    assert through_black == 0
    assert text == black.format_str(_VALIDATORS, mode=fmt.black_mode())


def test_triple_quotes_inside_a_literal_do_not_hide_the_lines_after_it() -> None:
    names = ", ".join(f'"field_number_{i}"' for i in range(12))
    source = f"""ENUM = ('a\"\"\"b', "c")\nFIELDS = frozenset(({names}))\n"""
    text, through_black = _formatted(source)
    assert through_black == 0
    assert text == black.format_str(source, mode=fmt.black_mode())


def test_hostile_spec_text_generates_black_stable_modules(tmp_path: Path) -> None:
    import json

    from tests.pipeline.test_safe_emission import hostile_spec

    doc = tmp_path / "hostile.json"
    doc.write_text(json.dumps(hostile_spec(tmp_path / "CANARY")), encoding="utf-8")
    files, _ = _built(doc, Options())
    assert _unstable(files) == {}


LONG_RESULT = """\
openapi: 3.1.0
info: {title: Long names, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /associations/{id}:
    get:
      operationId: fetchLinkshorteningMessagingServiceDomainAssociation
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/MessagingV1LinkshorteningMessagingServiceDomainAssociation"}
components:
  schemas:
    MessagingV1LinkshorteningMessagingServiceDomainAssociation:
      type: object
      properties: {domain_sid: {type: string}}
"""


def test_a_long_operation_result_type_is_split_as_black_splits_it_without_black(tmp_path: Path) -> None:
    doc = tmp_path / "long.yaml"
    doc.write_text(LONG_RESULT, encoding="utf-8")
    before = list(fmt.BLACKED)
    files, _ = _built(doc, Options())
    assert [str(p) for p in fmt.BLACKED[len(before):]] == []
    assert _unstable(files) == {}
    client = files[PurePosixPath("long/client.py")]
    assert "_OP_FETCH_LINKSHORTENING_MESSAGING_SERVICE_DOMAIN_ASSOCIATION: OperationSpec[\n" in client


def test_a_value_no_bracket_of_which_can_start_the_split_is_parenthesised_as_black_does() -> None:
    model = "_models.MessagingV1LinkshorteningMessagingServiceDomainAssociation"
    source = f"_m1219: SearchStrategy[{model}] = _s285.map({model}.from_dict)\n"
    text = "\n".join(layout(source.rstrip("\n"))) + "\n"
    assert text == black.format_str(source, mode=fmt.black_mode())
    assert text.splitlines()[0].endswith("= (")


def test_a_long_string_key_with_a_name_as_value_is_left_as_black_leaves_it() -> None:
    key = "FetchLinkshorteningMessagingServiceDomainAssociation.parameter.path.MessagingServiceSid"
    source = f'STRATEGIES: dict[str, SearchStrategy[Any]] = {{\n    "{key}": _s234567,\n}}\n'
    assert _formatted(source, "strategies.py") == (source, 0)
    assert black.format_str(source, mode=fmt.black_mode()) == source


def test_an_operation_head_black_parenthesises_is_laid_out_without_black(tmp_path: Path) -> None:
    # the head is over 100 columns, but ``_OP_...: OperationSpec[...] = (`` fits: black puts the
    # value in parentheses and indents the whole block; format.py now does the same itself
    doc = tmp_path / "rates.yaml"
    doc.write_text(LONG_RESULT.replace("fetchLinkshorteningMessagingServiceDomainAssociation", "listShipmentEstimatedRates")
                   .replace("MessagingV1LinkshorteningMessagingServiceDomainAssociation", "ListShipmentEstimatedRatesResult0"),
                   encoding="utf-8")  # fmt: skip
    before = len(fmt.BLACKED)
    files, _ = _built(doc, Options())
    assert [p.name for p in fmt.BLACKED[before:]] == []
    assert _unstable(files) == {}
    assert "_OP_LIST_SHIPMENT_ESTIMATED_RATES: OperationSpec[_m.ListShipmentEstimatedRatesResult0] = (\n    OperationSpec(\n" in (
        files[PurePosixPath("rates/client.py")]
    )


_UNION = 'Literal["PENDING_REVIEW", "IN_REVIEW", "TWILIO_APPROVED", "TWILIO_REJECTED"'


@pytest.mark.parametrize(
    "source",
    [
        # a model field whose union annotation is too long: parenthesised, one operand a line
        f"class A:\n    status: {_UNION}, \"DELETION_PENDING\", \"SUSPENDED\"] | None | Unset = UNSET\n",
        f"class A:\n    use_cases: list[{_UNION}, \"EVENTS\", \"K12\", \"MARKETING\", \"POLLING\"]] | Unset = UNSET\n",
        # the value's own parentheses come first when ``x: A | B = (`` fits
        f"class A:\n    status: {_UNION}] | Unset = UNSET\n",
        # a keyword parameter: no parentheses for the default
        f"class A:\n    def f(\n        self,\n        status: {_UNION}] | None = None,\n    ) -> None:\n        pass\n",
    ],
)
def test_a_long_union_annotation_is_split_as_black_splits_it_without_black(source: str) -> None:
    text, through_black = _formatted(source, "models.py")
    assert text == black.format_str(source, mode=fmt.black_mode())
    assert through_black == 0


def test_a_function_without_parameters_whose_return_type_black_cannot_split_needs_no_black() -> None:
    name = "fetch_linkshortening_messaging_service_domain_association_parameter_path_messaging_service_sid"
    source = f"def {name}() -> (\n    SearchStrategy[Any]\n):\n    return _s234\n"
    assert black.format_str(source, mode=fmt.black_mode()) == source
    assert _formatted(source, "strategies.py") == (source, 0)


def test_a_module_laid_out_without_black_is_still_parsed_before_it_is_written() -> None:
    """black was the parser that caught a broken template; a module that skips it must not be
    written unparsed (a short broken module needs no layout, so it never meets black)."""
    from specloom.format import FormatError, format_sources

    broken = {PurePosixPath("pkg/client.py"): "def f(:\n    return 1\n"}
    with pytest.raises(FormatError, match=r"pkg/client\.py is not valid Python"):
        format_sources(broken)
    fine = {PurePosixPath("pkg/client.py"): "def f() -> int:\n    return 1\n"}
    assert format_sources(fine) == fine


NO_SCHEMAS = """\
openapi: 3.1.0
info: {title: API, version: "1"}
servers: [{url: "https://api.example.invalid/v1"}]
paths:
  /id:
    get:
      operationId: id
      responses: {"200": {description: ok}}
"""


def test_validators_of_a_spec_without_schemas_are_black_stable(tmp_path: Path) -> None:
    """Only the empty registry follows the imports: one blank line between them, as black wants."""
    doc = tmp_path / "drawn.yaml"
    doc.write_text(NO_SCHEMAS, encoding="utf-8")
    files, through_black = _built(doc, Options())
    assert through_black == 0
    assert _unstable(files) == {}


def test_black_formats_only_the_validator_blocks_the_layout_cannot_finish(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large document's ``validators.py`` takes black minutes; a block beyond ``format_split``
    (here a condition that is a ternary) goes through black alone, the rest is laid out."""
    calls = [f"is_valid_ai_llm_endpoint_params_number_{i}(value)" for i in range(4)]
    handled = "def g(value: object) -> bool:\n    if (type(value) is int or (type(value) is float and isfinite(value))):\n        return True\n    return False\n"
    beyond = f"def f(value: object) -> bool:\n    if {calls[0]} if {calls[1]} else {calls[2]}:\n        return False\n    return True\n"
    source = f"{handled}\n\n{beyond}\n\n{handled.replace('def g', 'def h')}"
    blacked: list[str] = []
    real = fmt.black_format

    def counting(path: PurePosixPath, text: str) -> str:
        blacked.append(text)
        return real(path, text)

    monkeypatch.setattr(fmt, "black_format", counting)
    text, through_black = _formatted(source, "validators.py")
    assert text == black.format_str(source, mode=fmt.black_mode())
    assert (through_black, blacked) == (1, [beyond.rstrip("\n")])


def test_an_operation_name_that_fills_the_line_is_laid_out_without_black(tmp_path: Path) -> None:
    # ``_OP_<name>: OperationSpec[`` alone is over 100 columns: black parenthesises the annotation
    long_id = "postApiV3AdminWebhookEndpointsByWebhookEndpointIdDeliveriesByIdRedeliver"
    doc = tmp_path / "hooks.yaml"
    doc.write_text(LONG_RESULT.replace("fetchLinkshorteningMessagingServiceDomainAssociation", long_id), encoding="utf-8")
    before = len(fmt.BLACKED)
    files, _ = _built(doc, Options())
    # validators.py may send the blocks of so long a name through black alone (counted): the
    # client is what this layout is about
    assert [p.name for p in fmt.BLACKED[before:] if p.name != "validators.py"] == []
    assert _unstable(files) == {}
    assert ": (\n    OperationSpec[_m.MessagingV1LinkshorteningMessagingServiceDomainAssociation]\n) = OperationSpec(\n" in (
        files[PurePosixPath("hooks/client.py")]
    )


def test_a_long_name_or_keyword_string_alone_on_its_line_is_left_as_black_leaves_it() -> None:
    name = "_OP_POST_API_V3_ADMIN_WEBHOOK_ENDPOINTS_BY_WEBHOOK_ENDPOINT_ID_DELIVERIES_BY_ID_REDELIVER"
    wire = "post_api_v3_admin_webhook_endpoints_by_webhook_endpoint_id_deliveries_by_id_redeliver"
    source = f'CALLS = (\n    Behaviour(\n        operation="{wire}",\n        role="record",\n    ),\n    call(\n        {name},\n        1,\n    ),\n)\n'
    assert black.format_str(source, mode=fmt.black_mode()) == source
    assert _formatted(source, "testing.py") == (source, 0)


def test_a_model_strategy_whose_parenthesised_value_is_still_too_long_splits_its_annotation() -> None:
    # ``_m: SearchStrategy[<model>] = (`` is over 100 columns: black splits the subscript first
    model = "_models.PatchApiV3AdminCollectionsByCollectionIdProductsByIdRepositionBody"
    source = f"_m11005: SearchStrategy[{model}] = _s6505.map({model}.from_dict)\n"
    text = "\n".join(layout(source.rstrip("\n"))) + "\n"
    assert text == black.format_str(source, mode=fmt.black_mode())
    assert text.splitlines()[0] == "_m11005: SearchStrategy["


def test_a_blank_title_opens_the_package_docstring_as_black_writes_it(tmp_path: Path) -> None:
    """A title of spaces is no title: the package's name stands in, and no space is left after
    the opening quotes (black strips it)."""
    doc = tmp_path / "drawn.yaml"
    doc.write_text(NO_SCHEMAS.replace("title: API", "title: ' '"), encoding="utf-8")
    files, through_black = _built(doc, Options())
    assert files[PurePosixPath("drawn/__init__.py")].startswith('"""drawn (API version 1), generated by specloom.')
    assert _unstable(files) == {}


BLANK_PROSE = """\
openapi: 3.1.0
info: {title: API, version: "1", description: "  "}
servers: [{url: "https://{region}.example.invalid/v1", variables: {region: {default: eu, description: " "}}}]
paths:
  /id:
    get:
      operationId: id
      summary: " "
      description: "\\t"
      parameters: [{name: id, in: query, description: " ", schema: {type: string}}]
      responses: {"200": {description: " ", content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}}
components:
  schemas:
    Thing: {type: object, description: " ", properties: {name: {type: string, description: " "}}}
"""


def test_blank_descriptions_leave_no_trailing_space_in_docstrings(tmp_path: Path) -> None:
    """Whitespace-only summaries and descriptions are no text at all (found by the random-spec
    judge: a parameter's ``description: ' '`` left ``; `` at a docstring line's end)."""
    doc = tmp_path / "blank.yaml"
    doc.write_text(BLANK_PROSE, encoding="utf-8")
    files, through_black = _built(doc, Options())
    assert through_black == 0
    assert _unstable(files) == {}
    for path, text in files.items():
        assert not [line for line in text.splitlines() if line != line.rstrip()], path


def test_an_operation_head_whose_parenthesised_value_fills_the_line_exactly_is_parenthesised(tmp_path: Path) -> None:
    # ``_OP_<name>: OperationSpec[_m.R] = (`` is exactly 100 columns: black still parenthesises
    # the value (github's enterprise-admin operations); the template split the annotation instead,
    # which a module blacked whole had hidden until black formatted only the statements needing it
    long_id = "fetch" + "Abcdefghij" * 6
    doc = tmp_path / "edge.yaml"
    doc.write_text(LONG_RESULT.replace("fetchLinkshorteningMessagingServiceDomainAssociation", long_id)
                   .replace("MessagingV1LinkshorteningMessagingServiceDomainAssociation", "R"), encoding="utf-8")  # fmt: skip
    files, _ = _built(doc, Options())
    client = files[PurePosixPath("edge/client.py")]
    head = next(line for line in client.splitlines() if line.startswith("_OP_FETCH_"))
    assert len(head) == 100 and head.endswith(": OperationSpec[_m.R] = (")
    assert _unstable(files) == {}


def test_a_property_suite_with_skipped_strategies_is_black_stable(tmp_path: Path) -> None:
    # the block of skipped strategies left three blank lines before ``class _Stop``; black writes
    # two (github's suite, found by the corpus judge once its modules were no longer blacked whole)
    from tests.pipeline.test_degrade import DEGRADED

    doc = tmp_path / "degraded.yaml"
    doc.write_text(DEGRADED, encoding="utf-8")
    files, _ = _built(doc, Options(lenient=True))
    suite = files[PurePosixPath("degraded/tests/test_properties.py")]
    assert "SKIPPED: dict[str, str] = {" in suite
    assert _unstable({PurePosixPath("degraded/tests/test_properties.py"): suite}) == {}
