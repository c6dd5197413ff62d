"""Test-wide setup for tests/ and generated/*/tests.

1. Hypothesis profiles, chosen by HYPOTHESIS_PROFILE: ``ci`` (default), ``dev`` and ``thorough``
   come from ``specloom_runtime.pytest_plugin`` (the plugin generated suites get in any project,
   where its docstring says what each does). ``mutation`` is
   ``ci`` without shrinking, used by the mutation harness (tests/mutation), which needs the first
   failing assertion, not the smallest example. ``corpus`` is ``ci`` with 5 examples a test.
2. A network guard: any socket connection to an address other than loopback fails the test
   loudly. No test may reach a vendor's real host, and a client left pointing at its default
   server is caught here instead of silently calling out.
3. ``SPECLOOM_SUITE_EVERY=N`` keeps every Nth collected test: how ``make corpus`` samples the
   generated suites of the large vendor documents (7,000 to 32,000 tests each), the same tests on
   every run (collection order is the suite's own).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

import pytest
from hypothesis import Phase, settings
from specloom_runtime.pytest_plugin import register_profiles

register_profiles()  # also done by the installed pytest plugin; here too, so the repo needs no install
settings.register_profile(
    "mutation",
    settings.get_profile("ci"),
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
# ``ci`` with 5 examples a test: the generated suites of the corpus documents (make corpus), whose
# thousands of tests would take hours at 50
settings.register_profile("corpus", settings.get_profile("ci"), max_examples=5)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
# No build cache unless a test asks for one: a cached package would hide a test's monkeypatch.
os.environ["SPECLOOM_CACHE"] = ""


class NetworkGuardError(AssertionError):
    """A test tried to reach a non-loopback address."""


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _is_loopback(host: Any) -> bool:
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(address: Any) -> None:
    if isinstance(address, tuple) and address and not _is_loopback(address[0]):
        raise NetworkGuardError(f"test tried to connect to {address[0]!r}: only 127.0.0.1 is allowed")


def _guarded_connect(self: socket.socket, address: Any) -> None:
    _check(address)
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    _check(address)
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not _is_loopback(host if not isinstance(host, bytes) else host.decode()):
        raise NetworkGuardError(f"test tried to resolve {host!r}: only 127.0.0.1 is allowed")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def _network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep every Nth test when ``SPECLOOM_SUITE_EVERY`` says N (see the module docstring)."""
    every = int(os.environ.get("SPECLOOM_SUITE_EVERY") or 1)
    if every > 1:
        kept = items[every - 1 :: every]
        config.hook.pytest_deselected(items=[item for i, item in enumerate(items) if i % every != every - 1])
        items[:] = kept


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the mutation score when the mutation harness ran (tests/mutation)."""
    verdicts = []
    for report in terminalreporter.getreports("passed") + terminalreporter.getreports("failed"):
        props = dict(report.user_properties)
        if "mutant" in props and report.when == "call":
            verdicts.append((props["mutant"], props["killed_by"]))
    if not verdicts:
        return
    killed = sum(1 for _, by in verdicts if by != "SURVIVED")
    terminalreporter.section("mutation score")
    for name, by in sorted(verdicts):
        terminalreporter.write_line(f"{name}: {by}")
    terminalreporter.write_line(f"mutation score: {killed}/{len(verdicts)} mutants killed")
