"""Scripted answers of the testing kit: ``fail``, ``answer`` and ``heal`` (a mixin of ``FakeServer``).

Input: what a test asks for (an HTTP error, a broken error-in-body rule, a transport fault, or a
body of its own, for the next calls of an operation). Output: a queue of ``_Script`` entries per
operation that ``FakeServer`` pops before playing the operation itself (step 4 of
``specloom_runtime.testing.kit``'s docstring); ``FAULTS`` says which httpx error each transport
fault raises. Kept apart from the engine so that the scripting surface reads on its own.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import replace
from typing import ClassVar

import httpx
from specloom_runtime.call.client import ApiSpec
from specloom_runtime.testing.records import Behaviour, Sample, TransportFault, _Script
from specloom_runtime.wire.jsontypes import JsonValue
from specloom_runtime.wire.unset import UNSET, Unset

__all__ = ["FAULTS", "AnswerScripts"]

FAULTS: dict[str, tuple[type[httpx.TransportError], str]] = {
    "timeout": (httpx.ReadTimeout, "simulated read timeout (specloom testing kit)"),
    "disconnect": (httpx.RemoteProtocolError, "Server disconnected without sending a response."),
    "connect": (httpx.ConnectError, "simulated connection failure (specloom testing kit)"),
}


class AnswerScripts:
    """Scripting failures and answers per operation (``FakeServer`` sets the attributes)."""

    api: ClassVar[ApiSpec]
    _plays: dict[str, Behaviour]
    _aliases: dict[str, str]
    _scripts: dict[str, list[_Script]]
    _lock: threading.RLock

    def behaviour(self, operation: str) -> Behaviour:
        """How the fake plays ``operation`` (its id, or the client method's name): its documented
        samples, failures and error-in-body answers. Example: ``fake.behaviour("get_customer").failures``.
        """
        name = self._aliases.get(operation, operation)
        if name not in self._plays:
            raise ValueError(
                f"{self.api.title} has no operation {operation!r}; known: {sorted(self._plays)}"
            )
        return self._plays[name]

    def fail(
        self,
        operation: str,
        status: int | None = None,
        *,
        error_in_body: int | bool | None = None,
        transport: TransportFault | None = None,
        body: JsonValue | Unset = UNSET,
        media_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
        times: int | None = None,
        processed: bool = False,
    ) -> None:
        """Make the next calls of ``operation`` fail, until ``heal()`` (or ``times`` calls).

        Exactly one of: ``status`` (an HTTP error with the documented body of that status, if any;
        ``retry_after`` adds ``Retry-After``), ``error_in_body`` (a 2xx whose body breaks the
        spec's error-in-body rule of that index; ``True``: the first), ``transport``
        (``"timeout"``, ``"disconnect"`` or ``"connect"``: no answer at all; ``processed=True``
        carries the call out first, as a server that acted but whose answer was lost).
        ``body``/``media_type``/``headers`` replace what is answered. Example::

            fake.fail("listCustomers", status=429, retry_after=30)
            fake.fail("addCustomer", error_in_body=True)          # "FAILED : 1001"
            fake.fail("createCustomer", transport="disconnect", processed=True, times=1)
        """
        play = self.behaviour(operation)
        if sum(x is not None for x in (status, error_in_body, transport)) != 1:
            raise ValueError("say what fails: exactly one of status=, error_in_body= or transport=")
        sample: Sample | None = None
        if transport is not None:
            if transport not in FAULTS:
                raise ValueError(f"transport must be one of {sorted(FAULTS)}")
        elif error_in_body is not None:
            index = 0 if error_in_body is True else int(error_in_body)
            sample = next((s for s in play.body_failures if s.rule == index), None)
            if sample is None:
                known = [s.rule for s in play.body_failures]
                raise ValueError(
                    f"{play.operation}: no error-in-body rule {index} to break; the kit can break rules {known}"
                )
        else:
            assert status is not None
            sample = next((s for s in play.failures if s.status == status), None) or Sample(
                status, "text/plain", f"{status} (simulated by the specloom testing kit)"
            )
        if sample is not None and not isinstance(body, Unset):
            sample = replace(
                sample, body=body, media_type=media_type or sample.media_type or "application/json"
            )
        elif sample is not None and media_type is not None:
            sample = replace(sample, media_type=media_type)
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = f"{retry_after:g}"
        self._push(play, _Script(sample, extra, transport, processed, times, media_type is not None))

    def answer(
        self,
        operation: str,
        body: JsonValue,
        *,
        status: int | None = None,
        media_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer the next calls of ``operation`` with ``body`` (wire form) instead of playing it,
        until ``heal()`` (or ``times`` calls). Example: ``fake.answer("syncCustomer", {"queued": True})``.
        """
        play = self.behaviour(operation)
        sample = Sample(
            status or play.success.status,
            media_type or play.success.media_type or "application/json",
            body,
        )
        self._push(play, _Script(sample, dict(headers or {}), None, False, times, media_type is not None))

    def heal(self, operation: str | None = None) -> None:
        """Drop the scripted answers of ``operation`` (default: of every operation).
        Example: ``fake.fail("listCustomers", status=503); ...; fake.heal()``."""
        with self._lock:
            if operation is None:
                self._scripts.clear()
            else:
                self._scripts.pop(self.behaviour(operation).operation, None)

    def _push(self, play: Behaviour, script: _Script) -> None:
        if script.times is not None and script.times < 1:
            raise ValueError("times must be at least 1 (or None: until heal())")
        with self._lock:
            self._scripts.setdefault(play.operation, []).append(script)

    def _pop(self, operation: str) -> _Script | None:
        queue = self._scripts.get(operation)
        if not queue:
            return None
        script = queue[0]
        if script.times is not None:
            script.times -= 1
            if script.times == 0:
                queue.pop(0)
        return script
