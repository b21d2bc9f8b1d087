"""The fast path (cli/fast.py) reads the daily read commands without typer.

It must behave exactly as the typer application does: same output, same
errors, same exit status; and hand every other command line to typer.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimtrack.cli import fast
from conftest import ROOT


def _invoke(entry, args: list[str]) -> tuple[int, str, str]:
    with CliRunner().isolation() as (stdout, stderr, _):
        try:
            entry(args)
            code = 0
        except SystemExit as exit_:
            code = exit_.code or 0
        sys.stdout.flush()
        sys.stderr.flush()
        return code, stdout.getvalue().decode(), stderr.getvalue().decode()


def through_fast_path(args: list[str]):
    status = fast.run(args)
    assert status is not None, f"the fast path declined {args}"
    sys.exit(status)


def through_typer(args: list[str]):
    from claimtrack.cli.root import app

    app(args=args)


@pytest.mark.parametrize(
    "args, expected",
    [
        (["list"], (None, "list", {})),
        (["list", "--conflicts", "--json"], (None, "list", {"conflicts": True, "as_json": True})),
        (["--db", "x.db", "list", "--key", "li-shangfu"], ("x.db", "list", {"key": "li-shangfu"})),
        (["--db=x.db", "list", "--key=li shangfu"], ("x.db", "list", {"key": "li shangfu"})),
        (["list", "--status", "done", "--verdict=none", "--all"],
         (None, "list", {"status": "done", "verdict": "none", "all_states": True})),
        (["list", "--case", ""], (None, "list", {"case": ""})),
        (["show", "c7k2"], (None, "show", {"claim": "c7k2"})),
        (["show", "--json", "c7k2"], (None, "show", {"claim": "c7k2", "as_json": True})),
        (["show", "c7k2", "--json"], (None, "show", {"claim": "c7k2", "as_json": True})),
        # everything else goes to typer
        ([], None),
        (["--version"], None),
        (["list", "--help"], None),
        (["list", "-h"], None),
        (["--help", "list"], None),
        (["list", "--bogus"], None),
        (["list", "--key"], None),
        (["list", "--key", "--json"], None),
        (["list", "--json", "--json"], None),
        (["list", "--key", "a", "--key", "b"], None),
        (["list", "--json=yes"], None),
        (["list", "stray"], None),
        (["list", "--", "--json"], None),
        (["show"], None),
        (["show", "a", "b"], None),
        (["show", "--db", "x.db", "c7k2"], None),
        (["--db"], None),
        (["--db", "", "list"], None),
        (["--db", "x.db"], None),
        (["note", "c7k2", "text"], None),
        (["conflict", "show", "k1"], None),
    ],
)
def test_parse(args, expected):
    assert fast.parse(args) == expected


def test_a_directory_as_database_goes_to_typer(tmp_path):
    assert fast.parse(["--db", str(tmp_path), "list"]) is None


def test_completion_goes_to_typer(monkeypatch):
    monkeypatch.setenv("_CLAIMTRACK_COMPLETE", "bash_complete")
    assert fast.run(["list"]) is None


def _seed_ids(db) -> tuple[str, str]:
    import sqlite3

    conn = sqlite3.connect(db)
    claim = conn.execute("SELECT id FROM claims WHERE key = 'li-shangfu.moscow-visit.duration' ORDER BY id").fetchone()[0]
    source = conn.execute("SELECT id FROM sources ORDER BY id").fetchone()[0]
    conn.close()
    return claim, source


def test_same_output_errors_and_status_as_typer(seeded, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_NOW", "2026-01-05T09:00:00.000000Z")
    claim, source = _seed_ids(db_path)
    seeded("note", claim[:7], "Kremlin readout: three days", "--url", "https://example.org/r", "--stance", "supports")
    seeded("status", claim[:7], "in-review")
    lines = [
        ["list"], ["list", "--json"], ["list", "--conflicts"], ["list", "--conflicts", "--json"],
        ["list", "--conflicts", "--all", "--json"], ["list", "--conflicts", "--exit-code"],
        ["list", "--conflicts", "--key", "XI-JINPING", "--exit-code"], ["list", "--key", "li-shangfu", "--json"],
        ["list", "--status", "in-review"], ["list", "--verdict", "none", "--json"], ["list", "--source", source[:6]],
        ["list", "--outlet", "Warsaw Institute", "--json"], ["list", "--tag", "no-such-tag"], ["list", "--candidates"],
        ["list", "--case", "li-shangfu-moscow-2023", "--json"], ["list", "--case", "no-such-case"],
        ["show", claim[:7]], ["show", claim, "--json"], ["show", "--json", claim[:5]],
        ["--db", str(db_path), "show", claim[:7]], [f"--db={db_path}", "list", "--conflicts"],
        # domain and usage errors, found after parsing
        ["show", "c"], ["show", "czzzzzzz"], ["show", "not an id"], ["list", "--status", "bogus"],
        ["list", "--conflicts", "--status", "done"], ["list", "--all"], ["list", "--candidates", "--status", "done"],
        ["list", "--source", "s"], ["--db", str(tmp_path / "missing" / "claims.db"), "list"],
    ]
    for args in lines:
        assert fast.parse(args) is not None, args
        fast_result = _invoke(through_fast_path, args)
        typer_result = _invoke(through_typer, args)
        assert fast_result == typer_result, args
    # the comparison is not vacuous: the listings and errors really came out
    assert '"li-shangfu.moscow-visit.duration"' in _invoke(through_fast_path, ["list", "--conflicts", "--json"])[1]
    code, _, stderr = _invoke(through_fast_path, ["list", "--conflicts", "--status", "done"])
    assert code == 2 and stderr.startswith("Error: --status cannot be combined")


def test_option_names_match_the_typer_commands():
    """An option the fast path knows must exist in typer (or it would accept what typer refuses);
    an option typer gains should be taught to the fast path (or the command slows down)."""
    from claimtrack.cli.lazy import build
    from claimtrack.cli.root import COMMANDS

    for name, (_, options, flags, positional) in fast.COMMANDS.items():
        command = build(name, *COMMANDS[name], {})
        typer_options = {opt for param in command.params if param.param_type_name == "option"
                         for opt in param.opts if opt not in ("--help", "-h")}
        typer_flags = {opt for param in command.params if getattr(param, "is_flag", False) for opt in param.opts}
        typer_arguments = tuple(param.name for param in command.params if param.param_type_name == "argument")
        assert set(options) | set(flags) == typer_options, name
        assert set(flags) == typer_flags, name
        assert positional == typer_arguments, name


# Each costs a read command milliseconds of start-up: typing ~5, pathlib ~8 (with urllib.parse and ipaddress).
_HEAVY = ("typer", "click", "rich", "sqlite_utils", "dateutil", "rapidfuzz", "typing", "pathlib")


@pytest.mark.parametrize("args, heavy", [
    (["list", "--conflicts", "--json"], _HEAVY),
    (["list", "--json"], _HEAVY),
    (["show", "{claim}"], _HEAVY + ("json",)),  # nothing to encode or decode
])
def test_read_commands_do_not_load_typer_or_rich(seeded, db_path, args, heavy):
    claim, _ = _seed_ids(db_path)
    argv = ["--db", str(db_path)] + [arg.format(claim=claim[:7]) for arg in args]
    script = (
        "import sys\nfrom claimtrack import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit as exit_:\n    assert not exit_.code, exit_.code\n"
        f"heavy = sorted(m for m in {heavy!r} if m in sys.modules)\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout  # the command printed its listing
    assert result.stderr.strip() == "[]"

