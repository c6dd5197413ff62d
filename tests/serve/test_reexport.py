"""``specloom_runtime.testing.serve`` (the issue's name) is ``specloom_runtime.testing.sandbox.serve``,
importable first or second in a fresh interpreter: no import cycle either way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "first", ["import specloom_runtime.testing", "import specloom_runtime.testing.sandbox", "import specloom.apis.cartfunnel.testing"]
)
def test_serve_is_reexported_by_the_testing_module_without_a_cycle(first: str) -> None:
    code = (
        f"{first}\n"
        "from specloom_runtime.testing import serve\n"
        "import specloom_runtime.testing.sandbox as s\n"
        "assert serve is s.serve, serve\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_the_reexported_serve_serves() -> None:
    from specloom_runtime.testing import serve

    with serve("salesfire") as url:
        assert httpx.get(f"{url}/__specloom/state", timeout=10).json()["requests"] == 0


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    import specloom_runtime.testing.kit as testing

    with pytest.raises(AttributeError, match="no_such_thing"):
        getattr(testing, "no_such_thing")  # noqa: B009
