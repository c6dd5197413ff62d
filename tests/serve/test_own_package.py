"""``specloom serve`` (and ``sync``) of a package a user generated into their own folder.

``load_fake`` found only the project's ``generated/<name>/`` (``specloom.apis``): a user's own
spec, generated with ``--out`` wherever their project keeps code, could be neither served nor
synced. Now a folder holding a generated package, or an importable package, is found too
(``specloom_runtime.testing.packages``). Served here over a socket on 127.0.0.1: every kind of
request body, multipart read back by the kit with the standard library's parser.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest
from specloom_runtime.sync import default_state
from specloom_runtime.testing import load_fake

from tests.pipeline.helpers import run_cli, write_spec
from tests.pipeline.test_body_media import EVERY_KIND
from tests.serve.support import running


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("own")
    spec = write_spec(root, "every_kind.yaml", EVERY_KIND)
    code, _, err = run_cli("generate", str(spec), "--out", str(root / "clients"))
    assert code == 0, err
    return root / "clients" / "every_kind"


def test_a_folder_of_ones_own_is_served_with_every_kind_of_body(package: Path) -> None:
    with running(str(package), credentials=False) as (url, process):
        with httpx.Client(base_url=url, timeout=10) as http:
            files = {"file": ("f.png", b"\x89PNG", "image/png")}
            assert http.post("/files", files=files, data={"tags": "1"}).status_code == 204
            too_long = http.post("/files", files={"file": ("f", b"123456789")})  # maxLength 8
            assert too_long.status_code == 400 and "/body/file: is longer than 8 characters" in too_long.text
            assert http.put("/raw", content=b"\x00\x01", headers={"Content-Type": "application/octet-stream"}).status_code == 204
            assert http.post("/notes", content="a,é".encode(), headers={"Content-Type": "text/csv"}).status_code == 204
    assert process.stderr is not None


def test_load_fake_finds_a_folder_and_an_importable_package(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    modules = dict(sys.modules)
    try:
        fake = load_fake(str(package))
        assert fake.__module__ == "every_kind.testing" and fake.api.title == "Every kind"
        assert load_fake("every_kind") is fake  # now importable by name: its parent is on sys.path
    finally:
        for name in [m for m in sys.modules if m not in modules]:
            del sys.modules[name]


@pytest.mark.parametrize(
    ("api", "said"),
    [
        ("no_such_api", "not in the project's generated/, not a folder"),
        ("a-b", "not in the project's generated/, not a folder"),
    ],
)
def test_load_fake_says_where_it_looked(api: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        load_fake(api)


def test_a_folder_that_is_no_generated_package_is_refused(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    with pytest.raises(ValueError, match="is not a generated package"):
        load_fake(str(tmp_path / "mine"))


def test_a_folder_named_like_another_package_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "json"  # taken by the standard library
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "testing.py").write_text("FakeApi = None\n")
    with pytest.raises(ValueError, match="taken by"):
        load_fake(str(folder))


@pytest.mark.parametrize(("api", "state"), [("cartfunnel", "sync-cartfunnel.sqlite"), ("out/mypkg/", "sync-mypkg.sqlite"), ("proj.clients.mypkg", "sync-mypkg.sqlite")])
def test_the_sync_state_file_is_named_after_the_package(api: str, state: str) -> None:
    assert default_state(api) == Path(".specloom") / state  # a folder's slashes made a subfolder
