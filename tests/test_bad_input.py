"""Bad input: one line on stderr, a non-zero exit, no traceback, database untouched."""

from __future__ import annotations

import pytest

from conftest import checkpoint, db_fingerprint

TEXT = "The storm killed 12 people on Sunday, the mayor said. Damage was put at $3 million.\n"


@pytest.fixture
def world(run, article, tmp_path):
    source = article("storm.txt", TEXT, {"outlet": "Coast Herald", "published": "2023-04-18", "case": "storm"})
    run("source", "add", source)
    source_id = run.json("source", "list", "--json")[0]["id"]
    claim = run("claim", "add", "12 died", "--source", source_id, "--quote", "killed 12 people",
                "--key", "storm.deaths.count", "--value", "12").stdout.strip()
    run("claim", "add", "Damage", "--source", source_id, "--quote", "$3 million")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners counted 4 dead.".encode("latin-1"))
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "a-directory").mkdir()
    (tmp_path / "unclosed.txt").write_text("---\noutlet: X\npublished: 2023-01-02\n")
    (tmp_path / "badkey.txt").write_text("---\npublisher: X\n---\n3 dead.\n")
    (tmp_path / "baddate.txt").write_text("---\npublished: 31 February 2023\n---\n3 dead.\n")
    return {"source": source_id, "claim": claim, "dir": tmp_path}


CASES = [
    ("missing file", ["source", "add", "{dir}/nope.txt"], "no such file", 1),
    ("non-UTF-8 file", ["source", "add", "{dir}/latin1.txt"], "not UTF-8", 1),
    ("binary file", ["source", "add", "{dir}/binary.bin"], "binary file", 1),
    ("empty file", ["source", "add", "{dir}/empty.txt"], "file is empty", 1),
    ("a folder with no article in it", ["source", "add", "{dir}/a-directory"], "no article files in this folder", 1),
    ("unclosed metadata", ["source", "add", "{dir}/unclosed.txt"], "never closed", 1),
    ("unknown metadata field", ["source", "add", "{dir}/badkey.txt"], "unknown metadata field 'publisher'", 1),
    ("impossible date in block", ["source", "add", "{dir}/baddate.txt"], "cannot read publication date", 1),
    ("impossible date option", ["source", "add", "{dir}/latin1.txt", "--published", "31 February 2023"], "", 1),
    ("partial date option", ["source", "add", "{dir}/storm.txt", "--published", "April 2023"], "has no day", 1),
    ("impossible time of day", ["source", "add", "{dir}/storm.txt", "--published", "2023-04-18 25:00"],
     "cannot read publication date", 1),
    ("bad source url", ["source", "add", "{dir}/storm.txt", "--url", "ftp://x.org/a"], "http(s)", 1),
    ("bad case name", ["source", "add", "{dir}/storm.txt", "--case", "Bad Case!"], "invalid case name", 1),
    ("unknown source id", ["source", "show", "szzzzzzzz"], "no source 'szzzzzzzz'", 1),
    ("malformed source id", ["source", "show", "hello"], "no source 'hello'", 1),
    ("unknown claim id", ["show", "czzzzzz"], "no claim 'czzzzzz'", 1),
    ("ambiguous claim id", ["show", "c"], "ambiguous ID 'c'", 1),
    ("quote not in source", ["claim", "add", "x", "--source", "{source}", "--quote", "killed 13 people"], "quote not found", 1),
    ("empty quote", ["claim", "add", "x", "--source", "{source}", "--quote", "  "], "quote is empty", 1),
    ("empty statement", ["claim", "add", " ", "--source", "{source}", "--quote", "killed 12"], "statement is empty", 1),
    ("bad key", ["claim", "add", "x", "--source", "{source}", "--quote", "killed 12", "--key", "deaths"], "invalid key", 1),
    ("bad stance", ["claim", "link", "{claim}", "--source", "{source}", "--quote", "Sunday", "--stance", "maybe"], "unknown stance", 2),
    ("bad value type", ["claim", "add", "x", "--source", "{source}", "--quote", "killed 12", "--value-type", "colour"], "unknown value type", 2),
    ("bad transition", ["status", "{claim}", "done"], "can move to in-review, not done", 1),
    ("unknown status", ["status", "{claim}", "finished"], "unknown status", 2),
    ("verdict before review", ["verdict", "{claim}", "false"], "a verdict is given in review", 1),
    ("unknown verdict", ["verdict", "{claim}", "wrong"], "unknown verdict", 2),
    ("non-http note url", ["note", "{claim}", "see", "--url", "javascript:alert(1)"], "http(s)", 1),
    ("empty note", ["note", "{claim}", "  "], "note text is empty", 1),
    ("bad note stance", ["note", "{claim}", "x", "--stance", "agrees"], "unknown note stance", 2),
    ("unknown option", ["list", "--colour"], "No such option", 2),
    ("unknown command", ["frobnicate"], "No such command", 2),
    ("unknown export format", ["export", "--format", "pdf", "--case", "storm"], "unknown format 'pdf'", 2),
    ("import missing dir", ["import", "{dir}/no-such-case"], "no such directory", 1),
    ("import a file", ["import", "{dir}/storm.txt"], "not a directory", 1),
    ("import dir without manifest", ["import", "{dir}/a-directory"], "no case.json", 1),
    ("bad status filter", ["list", "--status", "open"], "unknown status", 2),
]


@pytest.mark.parametrize("label,args,message,code", CASES, ids=[c[0] for c in CASES])
def test_bad_input(run, world, db_path, label, args, message, code):
    args = [a.format(**world) for a in args]
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = run(*args, expect=code)
    assert result.stderr.startswith("Error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert db_fingerprint(db_path) == before


def test_database_file_that_is_not_sqlite(run, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is a plain text file, not a database\n" * 20)
    before = bogus.read_bytes()
    result = run("--db", bogus, "list", expect=1)
    assert result.stderr == f"Error: {bogus} is not a claimtrack database (not SQLite, or damaged)\n"
    assert bogus.read_bytes() == before


def test_user_text_is_shown_literally(run, article):
    path = article("x.txt", "Officials said 7 died.\n", {"outlet": "[bold red]Evil\x1b[31m", "case": "x"})
    run("source", "add", path)
    listing = run("source", "list").stdout
    assert "[bold red]Evil\\x1b[31m" in listing
    assert "\x1b" not in listing


@pytest.mark.parametrize("args", [["log"], ["list"], ["source", "list"]])
def test_ctrl_c_says_interrupted_and_exits_130(run, monkeypatch, args):
    """The same line from the typer commands as from the fast path (list, show)."""
    from claimtrack.cli import state

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(state, "connect", interrupted)
    result = run(*args, expect=130)
    assert result.stderr == "Error: interrupted\n"
