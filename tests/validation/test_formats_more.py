"""The formats 2020-12 names beyond the common ones, as the generated validators assert them.

The JSON-Schema-Test-Suite's optional/format files judge each grammar (test_conformance.py); these
tests pin what the property suites found: ``jsonschema`` (the suites' oracle) checks
``uri-template``, ``duration``, ``json-pointer``, ``relative-json-pointer``, ``iri``,
``iri-reference``, ``idn-hostname`` and ``idn-email``, and the validators did not, so a value the
oracle refuses (GitHub's ``uri-template`` fields drew ``"{"``) passed them.
"""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator
from specloom_runtime.wire import FORMAT_CHECKERS

from specloom.validation import compile_validator

_ORACLE = Draft202012Validator.FORMAT_CHECKER

# format -> (values both accept, values both refuse)
CASES = {
    "uri-template": (
        ["https://api.example.com/user/repos{?type,page,per_page,sort}", "/apps{/slug}", "{+path:20}{#frag*}", ""],
        ["{", "a}b", "{a b}", "{a,,b}", "{v:0}"],
    ),
    "duration": (["P1Y2M3DT4H5M6S", "PT36H", "P2W", "P0D"], ["P", "PT1D", "P1Y2W", "1 day"]),
    "json-pointer": (["", "/", "/a~1b/~0/0", "/k\"l"], ["a/b", "/~2", "#/a"]),
    "relative-json-pointer": (["0#", "1/a/b", "10"], ["/a", "-1", "01#", "0##"]),
    "iri": (["http://ƒøø.ßår/?∂éœ=πîx#πîüx", "urn:example:x"], ["/relative", "http://a b"]),
    "iri-reference": (["//ƒøø.ßår/x", "âππ", "#ƒrägmênt"], ["a b", "#ƒräg\\mênt"]),
    "idn-hostname": (["실례.테스트", "a.b", "xn--ihqwcrb4cv8a8dqg056pqjye"], ["-hello", "a..b", "〮실례.테스트", "xn--X"]),
    "idn-email": (["실례@실례.테스트", "δοκιμή@example.com", "joe@example.com"], ["2962", "user＠example.com"]),
}


def test_the_cases_cover_every_new_format() -> None:
    assert set(CASES) <= set(FORMAT_CHECKERS)


@pytest.mark.parametrize("fmt", sorted(CASES))
def test_the_validators_and_the_oracle_agree(fmt: str) -> None:
    valid, invalid = CASES[fmt]
    validator = compile_validator({"type": "string", "format": fmt}, formats="assert")
    for value in valid:
        assert _ORACLE.conforms(value, fmt), f"the case is wrong: jsonschema refuses {value!r}"
        assert validator.is_valid(value), f"{fmt}: {value!r} refused"
    for value in invalid:
        assert not _ORACLE.conforms(value, fmt), f"the case is wrong: jsonschema accepts {value!r}"
        assert not validator.is_valid(value), f"{fmt}: {value!r} accepted"
        assert [e.keyword for e in validator.iter_errors(value)] == ["format"]


def test_a_bad_uri_template_is_located() -> None:
    validator = compile_validator(
        {"type": "object", "properties": {"events_url": {"type": "string", "format": "uri-template"}}}, formats="assert"
    )
    [error] = validator.iter_errors({"events_url": "https://x/{"})
    assert error.instance_path == "/events_url" and "uri-template" in error.message
