"""pytest plugin (entry point ``pytest11`` of specloom): the Hypothesis profiles of generated suites.

Input: the ``HYPOTHESIS_PROFILE`` environment variable (``ci``, ``dev``, ``thorough`` or a profile
the project registered). Output: the profiles registered, and the chosen one loaded before tests
are collected. Why a plugin: generated property suites run in other people's projects, where this
repository's ``conftest.py`` is absent; an installed entry point is loaded by pytest wherever
specloom is installed, so ``HYPOTHESIS_PROFILE=thorough pytest`` means the same everywhere.

``ci`` (the default): derandomized, bounded example counts, no deadline, so a slow machine cannot
flake. ``dev``: 100 random examples. ``thorough``: 500, for a nightly run. No profile suppresses
health checks (a generated suite's value tests suppress the two size checks themselves:
``WIDE``). Hypothesis is imported only when pytest configures, so the runtime-only install (no
hypothesis) is unaffected.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest

__all__ = ["PROFILES", "register_profiles", "pytest_configure", "pytest_runtest_call"]

PROFILES: dict[str, dict[str, Any]] = {
    "ci": {"derandomize": True, "max_examples": 50, "deadline": None, "print_blob": True},
    # derandomize=False said explicitly: under a CI variable Hypothesis's own default derandomizes,
    # and these two profiles exist to explore new examples
    "dev": {"max_examples": 100, "deadline": None, "derandomize": False},
    "thorough": {"max_examples": 500, "deadline": None, "derandomize": False},
}


def register_profiles() -> None:
    """Register ``ci``, ``dev`` and ``thorough`` with Hypothesis (registering again is harmless)."""
    from hypothesis import settings

    for name, values in PROFILES.items():
        settings.register_profile(name, **values)


def pytest_configure(config: pytest.Config) -> None:
    """Load the profile ``HYPOTHESIS_PROFILE`` names, else ``ci`` unless the project chose one."""
    try:
        from hypothesis import settings
    except ImportError:  # nothing to configure without hypothesis
        return
    register_profiles()
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen is None:
        if config.getoption("hypothesis_profile", None) or settings.get_current_profile_name() != "default":
            return  # the project or the command line chose a profile: keep it
        chosen = "ci"
    try:
        settings.load_profile(chosen)
    except Exception as exc:  # hypothesis raises InvalidArgument for an unknown name
        known = ", ".join(PROFILES)
        raise pytest.UsageError(f"HYPOTHESIS_PROFILE={chosen!r}: no such Hypothesis profile (specloom registers {known})") from exc


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Each case of a parametrized Hypothesis test starts from the settings the test was defined
    with.

    Why: Hypothesis's own plugin (6.170) gives every parametrized case new settings whose parent
    is the previous case's. Every settings lookup walks that chain, so a generated suite's test
    parametrized over a large document's schemas slowed down case by case and, past about 950
    cases in one process, failed with ``RecursionError``. This wrapper runs outside Hypothesis's
    and puts the first settings back before each case; Hypothesis then adds its one level.
    """
    test = getattr(item, "obj", None)
    function: Any = getattr(test, "__func__", test)
    chosen = getattr(function, "_hypothesis_internal_use_settings", None)
    if chosen is not None:
        first = function.__dict__.setdefault("_specloom_first_settings", chosen)
        function._hypothesis_internal_use_settings = first
    yield
