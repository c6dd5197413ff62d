"""Hypothesis profiles for these tests, unless the top-level tests/conftest.py registers them."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings

if not (Path(__file__).parent.parent / "conftest.py").exists():
    settings.register_profile("ci", derandomize=True, max_examples=200, deadline=None)
    settings.register_profile("dev", max_examples=100, deadline=None)
    settings.register_profile("thorough", max_examples=2000, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
