"""Every command builds, has help with an example, and is in the README."""

from __future__ import annotations

import pytest

from conftest import ROOT


def _commands():
    from claimtrack.cli.root import COMMANDS

    return sorted(COMMANDS)


@pytest.mark.parametrize("name", _commands())
def test_command_builds_and_has_help(run, name):
    result = run(name, "--help")
    assert "Usage: claimtrack " + name in result.stdout


def _leaf_commands():
    from typer import _click as click

    from claimtrack.cli.root import COMMANDS, app
    import typer

    root = typer.main.get_command(app)
    ctx = click.Context(root)
    for name in sorted(COMMANDS):
        command = root.get_command(ctx, name)
        if hasattr(command, "commands"):
            for sub, leaf in sorted(command.commands.items()):
                yield f"{name} {sub}", leaf
        else:
            yield name, command


@pytest.mark.parametrize("path,command", list(_leaf_commands()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_documents_an_example(path, command):
    assert command.help and "Example: claimtrack" in command.help, path


def test_readme_mentions_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in _commands():
        assert f"claimtrack {name}" in readme, name


def test_help_and_version_import_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys; sys.argv=['claimtrack', '--help']\n"
            "import claimtrack\n"
            "try:\n    claimtrack.main()\nexcept SystemExit:\n    pass\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('rich', 'sqlite_utils', 'dateutil', 'rapidfuzz', 'sqlite3', 'claimtrack.claims'))\n"
            "print('HEAVY:' + ','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "HEAVY:"
