"""Where a generated package is found by the commands that take one (``specloom serve API``,
``specloom sync API``): a name -> the package's testing kit class (``FakeApi``).

Input: what the user typed. Output: the ``FakeApi`` of, in this order, the project's own
``generated/<name>/`` (``specloom.apis.<name>``), a folder holding a generated package
(``out/mypkg``: its parent is put on ``sys.path`` so the package imports as ``mypkg``), or an
importable package (``myproject.clients.mypkg``). Why: a user generates their own spec's package
wherever their project keeps code, and serves or syncs it from there; the name of the package
is the folder's, so a folder whose package name is already taken by another import is refused
rather than served from the other place.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specloom_runtime.testing.kit import FakeServer

__all__ = ["load_fake", "package_label"]


def load_fake(api: str | type[FakeServer]) -> type[FakeServer]:
    """The ``FakeApi`` class of the generated package ``api`` names (see the module docstring),
    or ``api`` itself when a class; ``ValueError`` says where it looked."""
    if not isinstance(api, str):
        return api
    module = _testing_module(api)
    fake: type[FakeServer] = module.FakeApi
    return fake


def package_label(api: str) -> str:
    """The package's own name (a folder's last part, a dotted name's last part): for file names."""
    return api.replace("\\", "/").rstrip("/").rpartition("/")[2].rpartition(".")[2] or "api"


def _testing_module(api: str) -> ModuleType:
    if api.isidentifier():
        try:
            return importlib.import_module(f"specloom.apis.{api}.testing")
        except ModuleNotFoundError as exc:
            if exc.name not in ("specloom", "specloom.apis", f"specloom.apis.{api}", f"specloom.apis.{api}.testing"):
                raise
    folder = Path(api)
    if folder.is_dir():
        return _from_folder(api, folder.resolve())
    if all(part.isidentifier() for part in api.split(".")):
        try:
            return importlib.import_module(f"{api}.testing")
        except ModuleNotFoundError as exc:
            if exc.name not in _prefixes(f"{api}.testing"):
                raise
    raise ValueError(
        f"no generated API {api!r}: not in the project's generated/, not a folder, not an "
        "importable package with a testing module (generate one with `specloom generate SPEC --out DIR`)"
    )


def _from_folder(api: str, folder: Path) -> ModuleType:
    name = folder.name
    if not (folder / "testing.py").is_file() or not (folder / "__init__.py").is_file():
        raise ValueError(f"{api!r} is not a generated package: no __init__.py and testing.py in it")
    if not name.isidentifier():
        raise ValueError(f"{api!r}: the folder's name {name!r} is not a Python package name")
    parent = str(folder.parent)
    if parent not in sys.path:
        sys.path.insert(0, parent)
    found = importlib.util.find_spec(name)
    where = Path(found.origin).resolve().parent if found is not None and found.origin else None
    if where != folder:  # an installed or standard package of that name comes first
        raise ValueError(f"{api!r}: the package name {name!r} is taken by {where}; rename the folder")
    return importlib.import_module(f"{name}.testing")


def _prefixes(dotted: str) -> set[str]:
    parts = dotted.split(".")
    return {".".join(parts[: i + 1]) for i in range(len(parts))}
