"""The mutants: concrete, non-equivalent bugs a generated suite must catch.

Each one is a text patch on one file of the generated code or of the shared runtime, the API whose
generated suite must kill it, and the property (test function of
``generated/<api>/tests/test_properties.py``) expected to do so. A patch names the exact text it
replaces, which must occur exactly once: if the code it targets is rewritten, the harness says so
instead of silently testing an unmutated copy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    """One bug: ``old`` -> ``new`` in ``file`` (relative to the repository root), to be killed by
    the property ``killer`` of ``api``'s generated suite."""

    name: str
    bug: str
    api: str
    file: str
    old: str
    new: str
    killer: str
    select: str = ""  # a narrower ``pytest -k`` than ``killer``, to aim at one operation


MUTANTS: tuple[Mutant, ...] = (
    Mutant(
        name="validator-drops-required",
        bug="a compiled validator no longer checks a required property",
        api="cartfunnel",
        file="generated/cartfunnel/validators.py",
        old='''def is_valid_customer_create(value: object) -> bool:
    "Is value valid against cartfunnel.yaml#/components/schemas/CustomerCreate"
    if type(value) is not dict:
        return False
    if "email" not in value:
        return False
''',
        new='''def is_valid_customer_create(value: object) -> bool:
    "Is value valid against cartfunnel.yaml#/components/schemas/CustomerCreate"
    if type(value) is not dict:
        return False
''',
        killer="test_labelled_mutations_fail_both_validators",
    ),
    Mutant(
        name="signs-bytes-not-sent",
        bug="the signature covers the body before a trailing newline is added to what is sent",
        api="salesfire",
        file="specloom_runtime/call/request.py",
        old='    for name, signer in placement.signers:\n        header_pairs.append((name, signer(data or b"")))\n',
        new='    for name, signer in placement.signers:\n        header_pairs.append((name, signer(data or b"")))\n    if data is not None and placement.signers:\n        data += b"\\n"\n',
        killer="test_request_on_the_wire_matches_the_spec",
    ),
    Mutant(
        name="upper-case-hex",
        bug="the HMAC is written in upper-case hex",
        api="salesfire",
        file="specloom_runtime/wire/signing.py",
        old="""        return digest.hex()
""",
        new="""        return digest.hex().upper()
""",
        killer="test_request_on_the_wire_matches_the_spec",
    ),
    Mutant(
        name="swaps-day-and-month",
        bug="dd/mm/yyyy is read and written month first",
        api="firecart",
        file="specloom_runtime/wire/dates.py",
        old='''_fmt("dd/mm/yyyy", "date", r"\\d{2}/\\d{2}/\\d{4}", "%d/%m/%Y"),''',
        new='''_fmt("dd/mm/yyyy", "date", r"\\d{2}/\\d{2}/\\d{4}", "%m/%d/%Y"),''',
        killer="test_spec_date_examples_read_and_write_back",
    ),
    Mutant(
        name="forgets-body-envelope",
        bug="the request body is not wrapped in its declared envelope (Cartfunnel's customer)",
        api="cartfunnel",
        file="specloom_runtime/call/request.py",
        old="""    if shape.envelope:
        value = {shape.envelope: value}
""",
        new="",
        killer="test_request_on_the_wire_matches_the_spec",
    ),
    Mutant(
        name="reads-false-as-true",
        bug='a declared wire string is read by truthiness, so "false" becomes True',
        api="cartfunnel",
        file="specloom_runtime/call/answer.py",
        old='                if isinstance(item, str) and item in mapping:\n                    body[key] = mapping[item]\n',
        new='                if isinstance(item, str) and item in mapping:\n                    body[key] = bool(item) if item in ("true", "false") else mapping[item]\n',
        killer="test_documented_answers_parse_or_raise",
    ),
    Mutant(
        name="stops-after-first-page",
        bug="the iterator stops after the first page",
        api="shift4shop",
        file="specloom_runtime/call/client.py",
        old="""            yield from page
            if not pages.advance(page):
                return
""",
        new="""            yield from page
            pages.advance(page)
            return
""",
        killer="test_iterators_yield_every_record_once",
    ),
    Mutant(
        name="credential-sent-twice",
        bug="query credentials are added to the URL twice",
        api="firecart",
        file="specloom_runtime/call/request.py",
        old='            query.append((c.wire, secrets[c.attr]))\n',
        new='            query.extend([(c.wire, secrets[c.attr])] * 2)\n',
        killer="test_request_on_the_wire_matches_the_spec",
    ),
    Mutant(
        name="drops-constant-parameter",
        bug="the generated client forgets the constant action=ADD_CUSTOMER parameter",
        api="firecart",
        file="generated/firecart/client.py",
        old="""        ParamSpec(
            wire="action",
            attr="action",
            location="query",
            required=True,
            codec=_wire.PLAIN,
            json=False,
            const="ADD_CUSTOMER",
        ),
""",
        new="",
        killer="test_request_on_the_wire_matches_the_spec",
    ),
    Mutant(
        name="reads-false-as-true-in-a-list",
        bug='the same truthiness bug, on a list answer that no error-in-body rule looks at',
        api="cartfunnel",
        file="specloom_runtime/wire/decode.py",
        old='            if isinstance(item, str) and item in mapping:\n                value[path[0]] = mapping[item]\n',
        new='            if isinstance(item, str) and item in mapping:\n                value[path[0]] = bool(item) if item in ("true", "false") else mapping[item]\n',
        killer="test_documented_answers_parse_or_raise",
        select="test_documented_answers_parse_or_raise and listCustomers",
    ),
)
