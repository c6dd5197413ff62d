"""The command line describes itself: ``--version`` from the package metadata, help for every option."""

from __future__ import annotations

import argparse
from importlib.metadata import version

import pytest

from specloom.cli import main, parser


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"specloom {version('specloom')}"


def _parsers(p: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(p.prog, p)]
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_parsers(sub))
    return found


def test_every_option_of_every_command_has_help() -> None:
    missing = [
        f"{prog}: {action.option_strings or action.dest}"
        for prog, p in _parsers(parser())
        for action in p._actions
        if not isinstance(action, argparse._HelpAction) and not (action.help or "").strip()
    ]
    commands = {prog for prog, _ in _parsers(parser())}
    assert {"specloom lint", "specloom generate", "specloom check", "specloom validate"} <= commands
    assert missing == []
