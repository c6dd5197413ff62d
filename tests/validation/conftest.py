"""Hypothesis profiles for these tests, unless the repository's top-level conftest.py registers them.

(The top-level ``conftest.py`` defines ``ci``/``dev``/``thorough`` for the whole suite; these are a
fallback for running this folder on its own from a copy without it.)
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings

if not (Path(__file__).resolve().parent.parent.parent / "conftest.py").exists():
    settings.register_profile("ci", derandomize=True, max_examples=50, deadline=None)
    settings.register_profile("dev", max_examples=100, deadline=None)
    settings.register_profile("thorough", max_examples=500, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
