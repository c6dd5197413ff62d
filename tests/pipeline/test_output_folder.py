"""The output folder is the project's: a run replaces its own packages and root files, and leaves
every other entry exactly as it was, never reading it.

Until 2026-12-07 a run read every file of the output folder as UTF-8 text and wrote the whole
folder anew: one binary file beside the packages (a ``.DS_Store``, a logo) made ``generate`` and
``check`` fail with an internal error; executable bits, symlinks and empty folders were lost; the
folder itself was replaced (its mode became 0700, a symlink to it a real folder); ``--out FILE``
moved the file aside to a hidden name; and a hand-written package named like a spec was replaced.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from specloom.diagnostics import OutputError
from specloom.write import write
from tests.pipeline.helpers import MINIMAL, run_cli, write_spec


def _entries(folder: Path) -> dict[str, tuple[str, bytes | str, int]]:
    """Every entry under ``folder``: its kind, its bytes (or link target) and its mode."""
    found: dict[str, tuple[str, bytes | str, int]] = {}
    for path in sorted(folder.rglob("*")):
        rel, mode = path.relative_to(folder).as_posix(), path.lstat().st_mode & 0o7777
        if path.is_symlink():
            found[rel] = ("link", os.readlink(path), mode)
        elif path.is_dir():
            found[rel] = ("dir", b"", mode)
        else:
            found[rel] = ("file", path.read_bytes(), mode)
    return found


def _project_files(out: Path) -> None:
    out.mkdir(parents=True)
    out.chmod(0o750)
    (out / ".DS_Store").write_bytes(b"\x00\x01Bud1\x80\xff")
    (out / "logo.png").write_bytes(bytes(range(256)))
    (out / "run.sh").write_text("#!/bin/sh\necho hi\n")
    (out / "run.sh").chmod(0o755)
    (out / "empty").mkdir()
    (out / "notes").symlink_to("../elsewhere.txt")
    (out / ".git").mkdir()
    (out / ".git" / "index").write_bytes(b"DIRC\x00\x00\x00\x02\xfe")


def test_the_projects_own_entries_are_left_exactly_as_they_were(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    out = tmp_path / "src" / "clients"
    _project_files(out)
    before, inode = _entries(out), out.stat().st_ino
    code, _, err = run_cli("generate", str(spec), "--out", str(out))
    assert code == 0, err
    assert (out / "one" / "client.py").is_file() and (out / ".specloom-manifest.json").is_file()
    after = _entries(out)
    assert {k: v for k, v in after.items() if k in before} == before
    assert out.stat().st_ino == inode and out.stat().st_mode & 0o777 == 0o750  # the folder itself stays
    assert run_cli("check", str(spec), "--out", str(out))[0] == 0
    spec.write_text(MINIMAL.replace("title: Minimal", "title: Changed"))
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0
    assert {k: v for k, v in _entries(out).items() if k in before} == before
    assert not [p for p in os.listdir(out) if ".new-" in p or ".old-" in p]


def test_a_binary_file_inside_a_generated_package_is_drift_not_an_internal_error(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    out = tmp_path / "out"
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0
    (out / "one" / ".DS_Store").write_bytes(b"\x00\x80\xff")
    code, diff, err = run_cli("check", str(spec), "--out", str(out))
    assert code == 1 and "extra file" in diff and "one/.DS_Store" in diff and "internal error" not in err
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0
    assert not (out / "one" / ".DS_Store").exists()  # a package is replaced whole


def test_an_output_path_that_is_a_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n")
    code, _, err = run_cli("generate", str(spec), "--out", str(notes))
    assert code == 2 and "is not a folder" in err and "internal error" not in err
    assert notes.read_text() == "mine\n" and sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "one.yaml"]


def test_a_hand_written_package_named_like_the_spec_is_not_replaced(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "billing.yaml", MINIMAL)
    out = tmp_path / "out"
    (out / "billing").mkdir(parents=True)
    (out / "billing" / "__init__.py").write_text("TOTAL = 1\n")
    code, _, err = run_cli("generate", str(spec), "--out", str(out))
    assert code == 2 and "billing is not a package specloom generated" in err
    assert (out / "billing" / "__init__.py").read_text() == "TOTAL = 1\n" and sorted(os.listdir(out)) == ["billing"]
    (out / "billing" / "__init__.py").unlink()  # an empty folder: nothing to lose
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0


def test_a_package_folder_with_a_blank_init_but_modules_is_the_projects(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "billing.yaml", MINIMAL)
    out = tmp_path / "out"
    (out / "billing").mkdir(parents=True)
    (out / "billing" / "__init__.py").write_text("")
    (out / "billing" / "core.py").write_text("RATE = 2\n")
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 2
    assert (out / "billing" / "core.py").read_text() == "RATE = 2\n"


def test_the_output_folders_own_init_is_not_replaced_unless_specloom_wrote_it(tmp_path: Path) -> None:
    # ``--out src/app``: the project's package, whose __init__.py would become specloom's list
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    out = tmp_path / "src" / "app"
    out.mkdir(parents=True)
    (out / "__init__.py").write_text('"""The app."""\nVERSION = "2"\n')
    code, _, err = run_cli("generate", str(spec), "--out", str(out))
    assert code == 2 and "__init__.py:1: /: not written by specloom" in err
    assert (out / "__init__.py").read_text() == '"""The app."""\nVERSION = "2"\n' and not (out / "one").exists()
    (out / "__init__.py").write_text("\n")  # a blank one holds nothing to lose
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0
    assert run_cli("generate", str(spec), "--out", str(out))[0] == 0  # and then it is specloom's


def test_an_output_folder_reached_through_a_symlink_stays_a_symlink(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "one.yaml", MINIMAL)
    (tmp_path / "real").mkdir()
    (tmp_path / "generated").symlink_to("real")
    assert run_cli("generate", str(spec), "--out", str(tmp_path / "generated"))[0] == 0
    assert (tmp_path / "generated").is_symlink() and (tmp_path / "real" / "one" / "models.py").is_file()


def test_a_failed_swap_is_undone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write({PurePosixPath("a/x.py"): "A = 1\n", PurePosixPath("b/x.py"): "B = 1\n", PurePosixPath("top.txt"): "1\n"}, out)
    (out / "mine.txt").write_text("kept\n")
    before = _entries(out)
    real = os.replace
    moves: list[str] = []

    def flaky(source: str | Path, target: str | Path) -> None:
        moves.append(str(target))
        if Path(target) == out / "b" and ".new-" in str(source):  # the second package's new folder cannot be put in place
            raise OSError(28, "No space left on device", str(target))
        real(source, target)

    monkeypatch.setattr(os, "replace", flaky)  # the module calls os.replace
    with pytest.raises(OutputError, match="No space left on device"):
        write({PurePosixPath("a/x.py"): "A = 2\n", PurePosixPath("b/x.py"): "B = 2\n", PurePosixPath("top.txt"): "2\n"}, out, remove=["gone"])
    assert out / "a" in [Path(m) for m in moves]  # the first package had been swapped, then undone
    assert _entries(out) == before


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "fresh" / "out"
    real = Path.write_text

    def full(self: Path, text: str, *args: object, **kwargs: object) -> int:
        if self.name == "second.py":
            raise OSError(28, "No space left on device", str(self))
        return real(self, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(OutputError, match="second.py: No space left on device"):
        write({PurePosixPath("a/first.py"): "A = 1\n", PurePosixPath("b/second.py"): "B = 1\n"}, out)
    assert not out.exists() and (tmp_path / "fresh").is_dir()  # the folder this run made is gone again


def test_what_a_killed_run_left_is_swept_by_the_next(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write({PurePosixPath("a/x.py"): "A = 1\n"}, out)
    gone = 2**22 + 12345  # above Linux's default pid_max: no process has it
    for left in (f".a.new-{gone}", f".a.old-{gone}", f".b.new-{gone}", f".a.new-{os.getpid()}x"):
        (out / left).mkdir()
    (out / f".a.new-{os.getppid()}").mkdir()  # a live process's (another run at work): kept
    write({PurePosixPath("a/x.py"): "A = 2\n"}, out)
    # not this run's entry (b), not a name of ours (a trailing x), a live process's: all kept
    assert set(os.listdir(out)) == {f".a.new-{os.getpid()}x", f".a.new-{os.getppid()}", f".b.new-{gone}", "a"}


def test_a_removed_package_goes_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write({PurePosixPath("a/x.py"): "A = 1\n", PurePosixPath("b/x.py"): "B = 1\n"}, out)
    (out / "c").mkdir()
    write({PurePosixPath("a/x.py"): "A = 1\n"}, out, remove=["b", "missing"])
    assert sorted(os.listdir(out)) == ["a", "c"]


def test_two_runs_into_one_folder_take_turns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run reads the folder's manifest and swaps its entries in holding the folder's lock, so
    another run (an editor's save hook beside ``make generate``) waits, and says so, instead of
    interleaving there. Until 2026-12-07 nothing stopped two runs from each removing or keeping
    what the other had just written."""
    import fcntl
    import threading

    import specloom.pipeline
    import specloom.write

    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    out = tmp_path / "out"
    out.mkdir()
    held: list[bool] = []
    real = specloom.write.write

    def probing(files: dict[PurePosixPath, str], folder: Path, *args: object) -> None:
        probe = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held.append(False)
        except BlockingIOError:
            held.append(True)  # the run holds it while it writes
        finally:
            os.close(probe)
        real(files, folder, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(specloom.pipeline, "write", probing)
    waits = threading.Event()
    other = os.open(out, os.O_RDONLY)
    fcntl.flock(other, fcntl.LOCK_EX)  # another run at work in the folder
    run = threading.Thread(target=specloom.pipeline.generate, args=([spec], out), kwargs={"waiting": waits.set}, daemon=True)
    try:
        run.start()
        assert waits.wait(timeout=120)  # built, and now waiting for the folder
        assert held == [] and os.listdir(out) == []
    finally:
        os.close(other)  # the other run is done
    run.join(timeout=120)
    assert not run.is_alive() and held == [True]
    assert (out / "shop" / "client.py").is_file()


def test_two_runs_of_different_specs_both_stay_listed(tmp_path: Path) -> None:
    """``generate alpha.yaml`` and ``generate beta.yaml`` into one folder at once: each reads the
    manifest once the other has written, so both packages stay listed. Until the lock covered the
    manifest's read (2026-12-07, the same evening), both read it before either wrote, and the
    second run's manifest and root ``__init__.py`` listed its package only."""
    import fcntl
    import json
    import threading

    import specloom.pipeline

    out = tmp_path / "out"
    out.mkdir()
    runs, waiting = [], []
    other = os.open(out, os.O_RDONLY)
    fcntl.flock(other, fcntl.LOCK_EX)  # both runs build, then wait here
    try:
        for name in ("alpha", "beta"):
            spec = write_spec(tmp_path, f"{name}.yaml", MINIMAL)
            waits = threading.Event()
            waiting.append(waits)
            runs.append(threading.Thread(target=specloom.pipeline.generate, args=([spec], out), kwargs={"whole": False, "waiting": waits.set}, daemon=True))
            runs[-1].start()
        assert all(w.wait(timeout=120) for w in waiting)
    finally:
        os.close(other)
    for run in runs:
        run.join(timeout=120)
        assert not run.is_alive()
    listed = json.loads((out / ".specloom-manifest.json").read_text())["packages"]
    assert sorted(listed) == ["alpha", "beta"], listed
    assert (out / "alpha" / "client.py").is_file() and (out / "beta" / "client.py").is_file()
    root = (out / "__init__.py").read_text()
    assert "alpha" in root and "beta" in root


def test_a_run_waiting_for_a_folder_the_other_removed_writes_into_the_one_there(tmp_path: Path) -> None:
    """The run before made the folder and failed: it removes the folder before letting it go,
    and the waiting run locks the folder it then makes, not the one removed."""
    import threading

    import specloom.pipeline
    from specloom.write import locked

    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    out = tmp_path / "out"
    waits = threading.Event()
    run = threading.Thread(target=specloom.pipeline.generate, args=([spec], out), kwargs={"waiting": waits.set}, daemon=True)
    with pytest.raises(RuntimeError), locked(out) as created:
        assert created
        run.start()
        assert waits.wait(timeout=120)
        raise RuntimeError("the run before failed")
    run.join(timeout=120)
    assert not run.is_alive() and (out / "shop" / "client.py").is_file()


def test_a_file_system_without_flock_on_folders_is_written_unserialised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some NFS and SMB mounts refuse ``flock`` on a folder (EBADF, ENOLCK): the run goes on
    without the lock. Until 2026-12-07 (the same evening) that was an internal error."""
    import errno
    import fcntl

    def refused(fd: int, operation: int) -> None:
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(fcntl, "flock", refused)
    spec = write_spec(tmp_path, "shop.yaml", MINIMAL)
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out" / "shop" / "client.py").is_file()


def test_a_folder_made_for_a_run_that_wrote_nothing_is_removed(tmp_path: Path) -> None:
    from specloom.write import locked

    out = tmp_path / "new" / "out"
    with pytest.raises(RuntimeError), locked(out) as created:
        assert created and out.is_dir()
        raise RuntimeError("the run failed before writing")
    assert not out.exists()
    out.mkdir()
    with locked(out) as created:
        assert not created
    assert out.is_dir()  # not made by the run: kept, empty or not
