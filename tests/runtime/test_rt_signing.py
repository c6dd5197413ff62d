"""HMAC signing checked against values computed here with ``hmac`` directly."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest
from specloom_runtime.wire import sign, verify_signature

BODY = b'{"email":"ann@example.com","first_name":"Ann \xc3\xa9"}'
SECRET = "s3cr\u00e9t-key"


def _reference(body: bytes, secret: bytes, name: str = "sha256") -> bytes:
    return hmac.new(secret, body, name).digest()


def test_hex_signature_matches_hmac_module() -> None:
    expected = _reference(BODY, SECRET.encode("utf-8")).hex()
    assert sign(BODY, SECRET) == expected
    assert sign(BODY, SECRET.encode("utf-8")) == expected
    assert expected == expected.lower()


def test_base64_and_other_algorithms() -> None:
    digest = _reference(BODY, b"k", "sha512")
    assert sign(BODY, b"k", algorithm="hmac-sha512", encoding="base64") == (
        base64.b64encode(digest).decode()
    )
    assert sign(BODY, "k", algorithm="hmac-sha1") == hmac.new(b"k", BODY, hashlib.sha1).hexdigest()


def test_verify_accepts_right_signature_in_declared_encoding_only() -> None:
    good_hex = _reference(BODY, b"k").hex()
    good_b64 = base64.b64encode(_reference(BODY, b"k")).decode()
    assert verify_signature(BODY, good_hex, "k")
    assert verify_signature(BODY, good_hex.upper(), "k")  # hex letter case is not significant
    assert verify_signature(BODY, good_b64, "k", encoding="base64")
    assert not verify_signature(BODY, good_b64, "k")  # base64 where hex is declared
    assert not verify_signature(BODY, good_hex, "k", encoding="base64")


@pytest.mark.parametrize(
    "signature",
    ["", "zz", "abc", " " + "00" * 32, "00" * 32, "00" * 31, "sha256=" + "00" * 32],
)
def test_verify_rejects_wrong_or_undecodable(signature: str) -> None:
    assert not verify_signature(BODY, signature, "k")


def test_verify_rejects_other_body_or_secret() -> None:
    good = sign(BODY, "k")
    assert not verify_signature(BODY + b" ", good, "k")
    assert not verify_signature(BODY, good, "K")
    assert not verify_signature(BODY, "\u00e9" * 64, "k")
    assert not verify_signature(BODY, "%%%%", "k", encoding="base64")
    assert not verify_signature(BODY, "\u00e9\u00e9==", "k", encoding="base64")


def test_refuses_text_bodies_and_unknown_algorithms() -> None:
    with pytest.raises(TypeError):
        sign("text", "k")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown signing algorithm"):
        sign(BODY, "k", algorithm="md5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="encoding"):
        sign(BODY, "k", encoding="base32")  # type: ignore[arg-type]
