"""The order of imported names and of ``__all__`` (``specloom.render.import_order``) is ruff's:
judged by ruff itself (``I001``, ``RUF022``) on names drawn to hit natural order's corners --
digit runs of different lengths, runs starting with ``0``, digits against ``_`` and letters,
case -- and compared, on many more names, with strnatcmp's pairwise comparison written out."""

from __future__ import annotations

import functools
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from specloom.render.import_order import all_sorted, import_sorted

_names = st.text("aAbZz_019", min_size=1, max_size=6).filter(lambda n: n[0] not in "0123456789")


def _strnatcmp(a: str, b: str) -> int:
    """Pool's strnatcmp as the ``natord`` crate applies it, one pair at a time."""
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i].isdigit() and b[j].isdigit() and a[i].isascii() and b[j].isascii():
            ei, ej = i, j
            while ei < len(a) and a[ei] in "0123456789":
                ei += 1
            while ej < len(b) and b[ej] in "0123456789":
                ej += 1
            ra, rb = a[i:ei], b[j:ej]
            if ra[0] == "0" or rb[0] == "0":
                common = min(len(ra), len(rb))
                order = (ra[:common] > rb[:common]) - (ra[:common] < rb[:common]) or (len(ra) > len(rb)) - (len(ra) < len(rb))
            else:
                order = (len(ra) > len(rb)) - (len(ra) < len(rb)) or (ra > rb) - (ra < rb)
            if order:
                return order
            i, j = ei, ej
        elif a[i] != b[j]:
            return (a[i] > b[j]) - (a[i] < b[j])
        else:
            i, j = i + 1, j + 1
    return (i < len(a)) - (j < len(b))


@given(st.lists(_names, min_size=2, max_size=12, unique=True))
def test_the_order_is_strnatcmps(names: list[str]) -> None:
    def kind(n: str) -> int:
        return 0 if len(n) > 1 and n.upper() == n and n.lower() != n else 1 if n[:1].isupper() else 2

    def pairwise(a: str, b: str) -> int:
        return (kind(a) > kind(b)) - (kind(a) < kind(b)) or _strnatcmp(a.lower(), b.lower()) or _strnatcmp(a, b)

    def exported(a: str, b: str) -> int:
        return (kind(a) > kind(b)) - (kind(a) < kind(b)) or _strnatcmp(a, b)

    assert import_sorted(names) == sorted(names, key=functools.cmp_to_key(pairwise))
    assert all_sorted(names) == sorted(names, key=functools.cmp_to_key(exported))


def test_ruff_finds_nothing_to_reorder() -> None:
    """400 names in 40 imports and one ``__all__``, drawn (seeded) from the characters that make
    natural order's corners, through ruff once."""
    draw = random.Random(16)
    groups = []
    for _ in range(40):
        names = {draw.choice("aAbZz_") + "".join(draw.choice("aAbZz_0019") for _ in range(draw.randint(0, 6))) for _ in range(10)}
        groups.append(sorted(names))
    lines = [f"from m{n:02d} import (\n" + "".join(f"    {name},\n" for name in import_sorted(names)) + ")\n" for n, names in enumerate(groups)]
    exported = sorted({name for names in groups for name in names})
    lines.append("\n__all__ = [\n" + "".join(f'    "{name}",\n' for name in all_sorted(exported)) + "]\n")
    assert any("0" in n for n in exported) and any(n[:1].isupper() and n.upper() == n for n in exported)
    ruff = Path(sys.executable).parent / "ruff"
    probe = subprocess.run(
        [str(ruff), "check", "--isolated", "--select", "I001,RUF022", "--stdin-filename", "probe.py", "-"],
        input="".join(lines), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stdout + probe.stderr
