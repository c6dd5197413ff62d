"""HMAC request signatures: compute one for a body, or check one in constant time.

Input: the exact body bytes, a shared secret, the algorithm and the text encoding the API uses.
Output: the signature text (``sign``) or whether a given signature is right (``verify_signature``).

Why exact bytes: a signature covers bytes, not values; the body must be serialized once
(``wire.json_body``) and those same bytes signed and sent.

Encodings: ``"hex"`` (``sign`` writes lowercase) or ``"base64"`` (standard alphabet, padded).
``verify_signature`` accepts only the declared encoding: hex in either letter case (it is the same
encoding), base64 strictly (no URL-safe alphabet, no stray characters). A signature that does not
decode is simply wrong (``False``). Strip any scheme prefix (``"sha256="``) before calling. The
comparison is of the decoded digests with ``hmac.compare_digest``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Callable
from typing import Literal

__all__ = ["Algorithm", "Encoding", "ALGORITHMS", "sign", "make_signer", "verify_signature"]

Algorithm = Literal["hmac-sha256", "hmac-sha1", "hmac-sha512"]
Encoding = Literal["hex", "base64"]

ALGORITHMS: dict[str, str] = {
    "hmac-sha256": "sha256",
    "hmac-sha1": "sha1",
    "hmac-sha512": "sha512",
}

_HEX = re.compile(r"(?:[0-9a-fA-F]{2})+")


def _key(secret: str | bytes) -> bytes:
    return secret.encode("utf-8") if isinstance(secret, str) else secret


def _digest(body: bytes, secret: str | bytes, algorithm: str) -> bytes:
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown signing algorithm {algorithm!r}; known: {sorted(ALGORITHMS)}")
    if not isinstance(body, bytes):
        raise TypeError("sign the exact body bytes that are sent, not a str or a model")
    return hmac.new(_key(secret), body, getattr(hashlib, ALGORITHMS[algorithm])).digest()


def sign(
    body: bytes,
    secret: str | bytes,
    *,
    algorithm: Algorithm = "hmac-sha256",
    encoding: Encoding = "hex",
) -> str:
    """The signature of ``body`` under ``secret``: lowercase hex or padded standard base64."""
    return _written(_digest(body, secret, algorithm), encoding)


def _written(digest: bytes, encoding: Encoding) -> str:
    if encoding == "hex":
        return digest.hex()
    if encoding == "base64":
        return base64.b64encode(digest).decode("ascii")
    raise ValueError(f"unknown signature encoding {encoding!r}; use 'hex' or 'base64'")


def make_signer(
    secret: str | bytes,
    *,
    algorithm: Algorithm = "hmac-sha256",
    encoding: Encoding = "hex",
) -> Callable[[bytes], str]:
    """``body -> sign(body, secret, algorithm=..., encoding=...)``, for a client that signs every
    request with one secret: the key bytes and digest name are worked out once, and the one-shot
    ``hmac.digest`` (the same HMAC as ``hmac.new(...).digest()``) does the rest. Settings
    ``sign`` refuses give a function that calls ``sign``, so it fails as ``sign`` fails, when a
    body is signed."""
    found = ALGORITHMS.get(algorithm)
    try:
        key = _key(secret)
    except UnicodeEncodeError:  # (a lone surrogate) raised by sign, on each body
        found = None
    if found is None or encoding not in ("hex", "base64"):

        def sign_later(body: bytes) -> str:  # (a closure: a partial's repr would show secret)
            return sign(body, secret, algorithm=algorithm, encoding=encoding)

        return sign_later
    digest: str = found
    hmac_digest = hmac.digest

    def signer(body: bytes) -> str:
        if not isinstance(body, bytes):
            raise TypeError("sign the exact body bytes that are sent, not a str or a model")
        return _written(hmac_digest(key, body, digest), encoding)

    return signer


def verify_signature(
    body: bytes,
    signature: str,
    secret: str | bytes,
    *,
    algorithm: Algorithm = "hmac-sha256",
    encoding: Encoding = "hex",
) -> bool:
    """True when ``signature`` (in the declared ``encoding``) is the HMAC of ``body``."""
    expected = _digest(body, secret, algorithm)
    given: bytes
    if encoding == "hex":
        if not _HEX.fullmatch(signature):
            return False
        given = bytes.fromhex(signature)
    elif encoding == "base64":
        try:
            given = base64.b64decode(signature.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return False
    else:
        raise ValueError(f"unknown signature encoding {encoding!r}; use 'hex' or 'base64'")
    return hmac.compare_digest(expected, given)
