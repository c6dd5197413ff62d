"""The testing kit's request reader: an ``httpx.Request`` -> the operation it calls, its
parameters and body read back to JSON values, and what the spec does not allow in it.

Input: a request and the fake's routes, credentials and validators. Output: a ``_Call`` with
``params``, ``body``, masked ``headers``, ``problems`` (``(pointer, message)``) and ``denied``
(credentials missing or wrong). A mixin of ``FakeServer``, split from ``testing.py``.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote

import httpx
from specloom_runtime.call.client import ApiSpec
from specloom_runtime.call.operation import OperationSpec
from specloom_runtime.errors.redact import MASK
from specloom_runtime.testing.records import Behaviour, FakeApiError, _Call, _is_json, _same
from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.parsing import media_type
from specloom_runtime.wire.signing import verify_signature
from specloom_runtime.wire.unset import Unset
from specloom_runtime.wire.validation import CompiledValidator, problems

__all__ = ["RequestReader", "multipart_parts"]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")



def _loads(data: str | bytes) -> JsonValue:
    """``json.loads``, with ``ValueError`` for nesting too deep for Python's stack too: a request
    body of 100,000 ``[`` was a ``RecursionError`` that cut the sandbox's connection."""
    try:
        value: JsonValue = json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    return value

def _coerce(text: str, kind: str) -> JsonValue:
    """Wire text read back as ``kind`` (left as text when it does not fit: the validator says so)."""
    if kind == "int" and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if kind == "float" and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", text):
        return float(text)
    if kind == "bool" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _read_texts(texts: list[str], kind: str) -> JsonValue:
    if kind.startswith("list:"):
        return [_coerce(t, kind[5:]) for t in texts]
    if len(texts) > 1:
        return [_coerce(t, kind) for t in texts]
    return _coerce(texts[0], kind)


def _stripped(raw_path: str, prefix: str) -> str:
    """``raw_path`` relative to a server's path ``prefix`` (as is when it is not under it)."""
    return raw_path[len(prefix) :] if raw_path.startswith(prefix + "/") else raw_path


def multipart_parts(request: httpx.Request) -> list[tuple[str, str | None, str, bytes]]:
    """The parts of a ``multipart/form-data`` request, read with the standard library's
    ``email`` parser: (field name, file name or None, media type, bytes); ``ValueError`` when
    the body is not multipart form data."""
    kind = request.headers.get("Content-Type", "")
    if not kind.startswith("multipart/form-data;") or "boundary=" not in kind:
        raise ValueError(f"not multipart form data: Content-Type {kind!r}")
    boundary = kind.partition("boundary=")[2].split(";")[0].strip().strip('"')
    if request.content.strip() == f"--{boundary}--".encode("utf-8", "replace"):
        return []  # no field: a browser's empty form (the email parser wants a part)
    head = f"Content-Type: {kind}\r\nMIME-Version: 1.0\r\n\r\n".encode("utf-8", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    if not message.is_multipart() or message.defects:
        raise ValueError(f"unreadable multipart form data: {message.defects}")
    parts: list[tuple[str, str | None, str, bytes]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get_content_disposition() != "form-data" or not isinstance(name, str):
            raise ValueError("a part of multipart form data has no form-data name")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        parts.append((name, part.get_filename(), part.get_content_type(), data))
    return parts


def _multipart_body(
    call: _Call, parts: list[tuple[str, str | None, str, bytes]], hidden: set[str]
) -> dict[str, JsonValue]:
    """Multipart form data read back as the client checked it: a file as the text of its bytes
    (Latin-1: one character a byte), a JSON part as its value, the rest as form text."""
    grouped: dict[str, list[JsonValue]] = {}
    kinds = call.behaviour.wire_kinds
    for name, filename, media, data in parts:
        if name in hidden:
            continue
        value: JsonValue
        if filename is not None:
            value = data.decode("latin-1")
        elif _is_json(media):
            try:
                value = _loads(data)
            except ValueError:
                call.problems.append((f"/body/{name}", "not valid JSON"))
                continue
        else:
            value = _coerce(data.decode("utf-8", "replace"), kinds.get(name, "str").removeprefix("list:"))
        grouped.setdefault(name, []).append(value)
    listed = {k for k, kind in kinds.items() if kind.startswith("list:")}
    return {k: v if len(v) > 1 or k in listed else v[0] for k, v in grouped.items()}


def _violations(
    validator: CompiledValidator | None, value: object, prefix: str
) -> list[tuple[str, str]]:
    return [] if validator is None else problems(validator, value, prefix)

class RequestReader:
    """Routing and reading requests (``FakeServer`` sets the attributes)."""

    api: ClassVar[ApiSpec]
    _prefix: str
    _own_prefixes: dict[str, str]
    _expected: dict[str, str]
    _plays: dict[str, Behaviour]
    _routes: list[tuple[OperationSpec[Any], tuple[re.Pattern[str], list[str]]]]

    def _route(self, request: httpx.Request) -> _Call:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        usual = _stripped(raw_path, self._prefix)
        allowed: list[str] = []  # the methods declared at this path, when it is known
        for spec, (pattern, names) in self._routes:
            own = self._own_prefixes.get(spec.name)
            path = usual if own is None else _stripped(raw_path, own)
            found = pattern.fullmatch(path)
            if found is None:
                continue
            allowed.append(spec.method)
            if spec.method == request.method:
                call = _Call(request, spec, self._plays[spec.name], path or "/")
                call.path_texts = {
                    n: unquote(v) for n, v in zip(names, found.groups(), strict=True)
                }
                return call
        if allowed:
            methods = tuple(sorted(set(allowed)))
            raise FakeApiError(
                f"{self.api.title}: no operation at {request.method} {raw_path} (unknown method;"
                f" the spec declares {', '.join(methods)} there)",
                allowed=methods,
            )
        raise FakeApiError(
            f"{self.api.title}: no operation at {request.method} {raw_path} (unknown path); "
            f"is the fake's base_url ({self._prefix or '/'}) the client's?"
        )

    def _read(self, call: _Call) -> None:
        request, spec, kinds = call.request, call.spec, call.behaviour.wire_kinds
        query = list(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
        form: list[tuple[str, str]] = []
        parts: list[tuple[str, str | None, str, bytes]] = []
        if spec.body is not None and spec.body.form and request.content:
            form = parse_qsl(request.content.decode("utf-8", "replace"), keep_blank_values=True)
        elif spec.body is not None and spec.body.kind == "multipart" and request.content:
            try:
                parts = multipart_parts(request)
            except ValueError as exc:
                call.problems.append(("/body", str(exc)))
            form = [(name, data.decode("utf-8", "replace")) for name, filename, _, data in parts if filename is None]
        cookies = dict(
            part.strip().split("=", 1)
            for part in request.headers.get("Cookie", "").split(";")
            if "=" in part
        )
        self._check_credentials(call, query, form, cookies)
        secret = {c.wire.lower() for c in self.api.credentials if c.location == "header"}
        if any(c.location == "cookie" for c in self.api.credentials):
            secret.add("cookie")
        call.headers = {k: MASK if k.lower() in secret else v for k, v in request.headers.items()}
        path_texts = call.path_texts
        for param in spec.params:
            if param.location == "form":
                continue
            texts = {
                "path": [path_texts[param.wire]] if param.wire in path_texts else [],
                "query": [v for k, v in query if k == param.wire],
                "header": request.headers.get_list(param.wire),
                "cookie": [cookies[param.wire]] if param.wire in cookies else [],
            }.get(param.location, [])
            where = f"/{param.location}/{param.wire}"
            if not texts:
                if param.required and isinstance(param.default, Unset):
                    call.problems.append((where, "a required parameter is missing"))
                continue
            try:
                value = (
                    _loads(texts[0])
                    if param.json
                    else _read_texts(texts, kinds.get(param.wire, "str"))
                )
            except ValueError:
                call.problems.append((where, "not valid JSON"))
                continue
            call.params[param.wire] = value
            if not isinstance(param.const, Unset) and not _same(value, param.const):
                call.problems.append((where, f"must be {param.const!r}"))
            else:
                call.problems.extend(_violations(param.validator, value, where))
        self._read_body(call, form, parts)

    def _read_body(
        self, call: _Call, form: list[tuple[str, str]], parts: list[tuple[str, str | None, str, bytes]]
    ) -> None:
        shape, request = call.spec.body, call.request
        if shape is None:
            return
        if not request.content:
            if shape.required:
                call.problems.append(("/body", "a request body is required"))
            return
        kind, charset = media_type(request.headers.get("Content-Type"))
        wanted = media_type(shape.media_type)[0]  # its parameters (a charset) aside
        if kind != wanted:
            call.problems.append(("/headers/Content-Type", f"must be {wanted}, not {kind or 'missing'}"))
        if shape.form:
            hidden = {c.wire for c in self.api.credentials if c.location == "form"}
            grouped: dict[str, list[str]] = {}
            for key, value in form:
                if key not in hidden:
                    grouped.setdefault(key, []).append(value)
            kinds = call.behaviour.wire_kinds
            call.body = {k: _read_texts(v, kinds.get(k, "str")) for k, v in grouped.items()}
        elif shape.kind == "multipart":
            call.body = _multipart_body(call, parts, {c.wire for c in self.api.credentials if c.location == "form"})
        elif _is_json(shape.media_type):
            try:
                call.body = _loads(request.content)
            except ValueError:
                call.problems.append(("/body", "not valid JSON"))
                return
        else:
            try:  # text in the charset its label names (UTF-8 when none)
                call.body = request.content.decode(charset or "utf-8", "replace")
            except LookupError:
                call.body = request.content.decode("utf-8", "replace")
        call.problems.extend(_violations(shape.validator, call.body, "/body"))

    def _check_credentials(
        self,
        call: _Call,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        cookies: dict[str, str],
    ) -> None:
        request = call.request
        for cred in self.api.credentials:
            if cred.scheme not in call.spec.credentials:
                continue
            if cred.location == "signature":
                given = request.headers.get(cred.wire, "")
                wanted = self._expected.get(cred.attr)
                wrong = (
                    bool(given)
                    and wanted is not None
                    and not verify_signature(
                        request.content, given, wanted, algorithm=cred.algorithm, encoding=cred.encoding  # type: ignore[arg-type]
                    )
                )
            else:
                pairs = {"query": query, "form": form, "cookie": list(cookies.items())}.get(
                    cred.location
                )
                given = (
                    request.headers.get(cred.wire, "")
                    if pairs is None
                    else next((v for k, v in pairs if k == cred.wire), "")
                )
                wrong = cred.attr in self._expected and given != self._expected[cred.attr]
            call.denied = call.denied or not given or wrong

    @staticmethod
    def _pattern(template: str) -> tuple[re.Pattern[str], list[str]]:
        names = _TEMPLATE.findall(template)
        parts = _TEMPLATE.split(template)
        regex = "".join(re.escape(p) if i % 2 == 0 else "([^/]+)" for i, p in enumerate(parts))
        return re.compile(regex), names
