"""Every test gets its own database, user and data directory."""

from __future__ import annotations

import hashlib
import shlex
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
# The shipped case, with its ratings, evidence and report settings.
SHIPPED_CASE = ROOT / "claims" / "li-shangfu-moscow-2023"
# The same case as curated, before its editorial pass (no verdicts, working notes only): the tests
# that do the verification work themselves start from it.
SEED_CASE = ROOT / "tests" / "data" / "seed-unrated"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_DB", str(tmp_path / "claims.db"))
    monkeypatch.setenv("CLAIMTRACK_USER", "tester")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("CLAIMTRACK_NOW", raising=False)
    monkeypatch.delenv("CLAIMTRACK_CASE", raising=False)
    return tmp_path


@pytest.fixture
def db_path(isolated) -> Path:
    return isolated / "claims.db"


class Result:
    def __init__(self, exit_code: int, stdout: bytes, stderr: bytes):
        self.exit_code = exit_code
        self.stdout = stdout.decode("utf-8", "replace")
        self.stderr = stderr.decode("utf-8", "replace")


class Runner:
    """Runs a command line in-process as the installed script does (claimtrack.main):
    the fast path for the daily reads, the typer application for the rest."""

    def __init__(self):
        self.runner = CliRunner()

    def __call__(self, *args, input=None, expect: int | None = 0):
        from claimtrack import main

        if len(args) == 1 and isinstance(args[0], str) and " " in args[0]:
            args = tuple(shlex.split(args[0]))
        with self.runner.isolation(input=input) as (stdout, stderr, _):
            try:
                main([str(a) for a in args])
                code = 0
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            result = Result(code, stdout.getvalue(), stderr.getvalue())
        if expect is not None:
            assert result.exit_code == expect, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        return result

    def json(self, *args):
        import json

        return json.loads(self(*args).stdout)


@pytest.fixture
def run() -> Runner:
    return Runner()


@pytest.fixture
def seeded(run):
    """The seed case as curated, before its editorial pass, imported into the test's database."""
    run("import", str(SEED_CASE))
    return run


@pytest.fixture
def shipped(run):
    """The shipped case, ratings and all, imported into the test's database."""
    run("import", str(SHIPPED_CASE))
    return run


def db_fingerprint(path: Path) -> tuple[str, int]:
    """The main file's bytes and the WAL's size: both must stay put on bad input."""
    wal = Path(str(path) + "-wal")
    return hashlib.sha256(path.read_bytes()).hexdigest(), (wal.stat().st_size if wal.exists() else 0)


def db_count(db: Path, sql: str, *params) -> int:
    """One number from a database, read on a connection of its own."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def article(tmp_path):
    def write(name: str, text: str, meta: dict | None = None) -> Path:
        path = tmp_path / name
        block = ""
        if meta:
            block = "---\n" + "".join(f"{k}: {v}\n" for k, v in meta.items()) + "---\n"
        path.write_text(block + text, encoding="utf-8")
        return path

    return write
