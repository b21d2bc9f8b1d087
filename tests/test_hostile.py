"""Hostile and broken input: a clear one-line error, a non-zero exit, nothing changed.

Complements test_bad_input.py with inputs an attacker, a broken pipeline or a
tired person at midnight would produce: malformed case files and metadata,
huge and endless files, databases that are not ours, read-only storage, text
carrying terminal escapes or markup, and filters that look like SQL.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, checkpoint, db_fingerprint

STORM_A = "The storm killed 12 people on Sunday, the mayor said. Damage was put at $3 million.\n"
STORM_B = "The storm killed 15 people, officials said on Monday.\n"
STORM_C = "At least 12 people died in the storm, according to the Red Cross.\n"
OTHER = "A bridge collapsed in the north; 4 people were injured.\n"
TALLY = {"bad inputs": 0}


def _ids(run) -> dict[str, str]:
    return {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}


@pytest.fixture(scope="module")
def shared_world(tmp_path_factory):
    """Built once: every row leaves it unchanged (which each row checks)."""
    from conftest import Runner

    root = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (("CLAIMTRACK_DB", str(root / "claims.db")), ("CLAIMTRACK_USER", "tester"),
                            ("XDG_DATA_HOME", str(root / "xdg")), ("NO_COLOR", "1"), ("COLUMNS", "200")):
            patch.setenv(name, value)
        patch.delenv("CLAIMTRACK_NOW", raising=False)
        world = _build(Runner(), root)
    return world


@pytest.fixture
def world(shared_world, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_DB", str(shared_world["db"]))
    return shared_world


def _article(root: Path, name: str, text: str, meta: dict) -> Path:
    path = root / name
    path.write_text("---\n" + "".join(f"{k}: {v}\n" for k, v in meta.items()) + "---\n" + text, encoding="utf-8")
    return path


def _build(run, root: Path) -> dict:
    run("source", "add", _article(root, "a.txt", STORM_A, {"outlet": "Coast Herald", "published": "2023-04-18", "case": "storm"}))
    run("source", "add", _article(root, "b.txt", STORM_B, {"outlet": "Valley News", "published": "2023-04-19", "case": "storm"}))
    run("source", "add", _article(root, "c.txt", STORM_C, {"outlet": "Hill Times", "published": "2023-04-19", "case": "storm"}))
    run("source", "add", _article(root, "d.txt", OTHER, {"outlet": "North Post", "published": "2023-05-02", "case": "other"}))
    sources = _ids(run)
    twelve = run("claim", "add", "12 died", "--source", sources["Coast Herald"], "--quote", "killed 12 people",
                 "--key", "storm.deaths", "--value", "12").stdout.strip()
    fifteen = run("claim", "add", "15 died", "--source", sources["Valley News"], "--quote", "killed 15 people",
                  "--key", "storm.deaths", "--value", "15").stdout.strip()
    reviewed = run("claim", "add", "Red Cross count", "--source", sources["Hill Times"], "--quote", "At least 12 people died",
                   "--key", "storm.red-cross", "--value", "at least 12").stdout.strip()
    run("status", reviewed, "in-review")
    run("verdict", reviewed, "true", "--why", "checked")
    [conflict] = run.json("list", "--conflicts", "--json")
    run("export", "--format", "case", "--case", "storm", str(root / "good-case"))
    world = {"dir": root, "db": root / "claims.db", "a": sources["Coast Herald"], "b": sources["Valley News"],
             "c": sources["Hill Times"], "d": sources["North Post"], "claim": twelve, "other_claim": fifteen,
             "reviewed": reviewed, "conflict": conflict["id"], "long": "x" * 2100, "huge_note": "y" * 20_100}
    _files(root)
    _case_variants(root, world)
    _databases(root)
    return world


def _files(root: Path) -> None:
    (root / "utf16.txt").write_bytes("The storm killed 9 people.".encode("utf-16"))
    (root / "blank.txt").write_text("   \n\t\n  \n")
    (root / "only-meta.txt").write_text("---\noutlet: X\npublished: 2023-01-02\n---\n\n  \n")
    (root / "no-colon.txt").write_text("---\noutlet X\n---\nThree people died.\n")
    (root / "meta-url.txt").write_text("---\nurl: javascript:alert(1)\n---\nThree people died.\n")
    (root / "meta-case.txt").write_text("---\ncase: ../../etc\n---\nThree people died.\n")
    (root / "meta-date.txt").write_text("---\npublished: April 31, 2023\n---\nThree people died.\n")
    (root / "good-new.txt").write_text("Seven people were rescued from the river on Tuesday.\n")
    with open(root / "fifty-megabytes.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    (root / "a-file").write_text("not a directory\n")


def _edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _case_variants(root: Path, world: dict) -> None:
    """Copies of a good case directory, each broken in one way."""
    good = root / "good-case"
    claim_file = lambda case: next(p for p in sorted((case / "claims").glob("*.json"))
                                   if json.loads(p.read_text())["id"].startswith(world["claim"]))
    source_file = lambda case: sorted((case / "sources").glob("*.md"))[0]

    def variant(name: str, damage) -> None:
        case = root / f"case-{name}"
        shutil.copytree(good, case)
        damage(case)

    variant("bad-json", lambda c: claim_file(c).write_text('{"id": "c1", "statement": '))
    variant("manifest-array", lambda c: (c / "case.json").write_text("[1, 2]"))
    variant("manifest-format", lambda c: (c / "case.json").write_text('{"format": "claimtrack-case/99", "name": "storm"}'))
    variant("manifest-name", lambda c: (c / "case.json").write_text('{"format": "claimtrack-case/1"}'))
    variant("manifest-binary", lambda c: (c / "case.json").write_bytes(b"\xff\xfe\x00{"))
    variant("statement-number", lambda c: _edit_json(claim_file(c), lambda d: d.update(statement=42)))
    variant("appearances-object", lambda c: _edit_json(claim_file(c), lambda d: d.update(appearances={"a": 1})))
    variant("no-appearance", lambda c: _edit_json(claim_file(c), lambda d: d.update(appearances=[])))
    variant("quote-not-in-source", lambda c: _edit_json(
        claim_file(c), lambda d: d["appearances"][0].update(quote="killed 99 people", before="", after="")))
    variant("unknown-source", lambda c: _edit_json(
        claim_file(c), lambda d: d["appearances"][0].update(source="s" + "0" * 20)))
    variant("start-text", lambda c: _edit_json(claim_file(c), lambda d: d["appearances"][0].update(start="4")))
    variant("bad-status", lambda c: _edit_json(claim_file(c), lambda d: d.update(status="approved")))
    variant("bad-claim-id", lambda c: _edit_json(claim_file(c), lambda d: d.update(id="c1")))
    variant("bad-origin", lambda c: _edit_json(claim_file(c), lambda d: d.update(origin="Extract Me")))
    variant("origin-number", lambda c: _edit_json(claim_file(c), lambda d: d.update(origin=3)))
    variant("tag-number", lambda c: _edit_json(claim_file(c), lambda d: d.update(tags=[5])))
    variant("note-javascript", lambda c: _edit_json(claim_file(c), lambda d: d.update(notes=[
        {"id": "n" + "1" * 20, "text": "see", "url": "javascript:alert(1)", "created_at": "2023-04-20T00:00:00Z"}])))
    variant("history-number", lambda c: _edit_json(claim_file(c), lambda d: d["history"][0].update(note=7)))
    variant("claim-binary", lambda c: claim_file(c).write_bytes(b"{\"id\": \"\xff\"}"))
    variant("nested", lambda c: claim_file(c).write_text("[" * 100_000 + "]" * 100_000))
    variant("long-number", lambda c: claim_file(c).write_text('{"id": ' + "1" * 5000 + "}"))
    variant("record-is-dir", lambda c: (c / "claims" / ("c" + "0" * 20 + ".json")).mkdir())
    variant("source-edited", lambda c: source_file(c).write_text(source_file(c).read_text() + "An added line.\n"))
    variant("source-meta-field", lambda c: source_file(c).write_text(
        source_file(c).read_text().replace("---\n", "---\npublisher: \"X\"\n", 1)))
    variant("source-unclosed", lambda c: source_file(c).write_text("---\nid: \"s1\"\noutlet: \"X\"\n"))


def _databases(root: Path) -> None:
    made = sqlite3.connect(root / "foreign.db")  # another program's database
    made.execute("CREATE TABLE sources (url TEXT)")
    made.execute("INSERT INTO sources VALUES ('https://example.org')")
    made.commit()
    made.close()
    shutil.copy(ROOT / "tests" / "data" / "schema-v1.db", root / "future.db")
    made = sqlite3.connect(root / "future.db")  # a database from a newer claimtrack
    made.execute("INSERT INTO _migrations (version, name, applied_at) VALUES (99, 'm099_future', '2031-01-01')")
    made.commit()
    made.close()
    data = (ROOT / "tests" / "data" / "schema-v1.db").read_bytes()
    (root / "truncated.db").write_bytes(data[: len(data) // 3])  # a download or copy cut short
    corrupt = bytearray(data)
    corrupt[0:16] = b"SQLite format 2\x00"
    (root / "wrong-header.db").write_bytes(bytes(corrupt))


S, C = "{a}", "{claim}"
CASES = [
    # files
    ("UTF-16 file", ["source", "add", "{dir}/utf16.txt"], "binary file", 1),
    ("blank file", ["source", "add", "{dir}/blank.txt"], "file is empty", 1),
    ("metadata and no text", ["source", "add", "{dir}/only-meta.txt"], "no article text", 1),
    ("metadata line without colon", ["source", "add", "{dir}/no-colon.txt"], "is not 'key: value'", 1),
    ("javascript URL in metadata", ["source", "add", "{dir}/meta-url.txt"], "http(s)", 1),
    ("path in metadata case", ["source", "add", "{dir}/meta-case.txt"], "invalid case name", 1),
    ("April 31 in metadata", ["source", "add", "{dir}/meta-date.txt"], "cannot read publication date", 1),
    ("good file with a bad one", ["source", "add", "{dir}/good-new.txt", "{dir}/meta-date.txt"], "meta-date.txt", 1),
    ("50 MB file", ["source", "add", "{dir}/fifty-megabytes.txt"], "file is 52.4 MB; sources are limited to 10 MB", 1),
    ("endless device", ["source", "add", "/dev/zero"], "more than 10 MB", 1),
    ("not UTF-8 argument", ["note", C, "caf\udce9"], "not valid UTF-8", 2),
    ("escape in file name", ["source", "add", "{dir}/\x1b[31mred\nline.txt"], "no such file", 1),
    ("no file given", ["source", "add"], "Missing argument", 2),
    # dates
    ("29 February 2023", ["source", "add", "{dir}/good-new.txt", "--published", "29 February 2023"], "cannot read", 1),
    ("month 13", ["source", "add", "{dir}/good-new.txt", "--published", "2023-13-45"], "cannot read", 1),
    ("relative date", ["source", "add", "{dir}/good-new.txt", "--published", "yesterday"], "cannot read", 1),
    ("year out of range", ["source", "add", "{dir}/good-new.txt", "--published", "14 October 1066"], "out of range", 1),
    # IDs
    ("SQL as claim ID", ["show", "c' OR '1'='1"], "no claim", 1),
    ("wildcard as source ID", ["source", "show", "s%"], "no source 's%'", 1),
    ("claim ID given as source", ["claim", "add", "x", "--source", C, "--quote", "killed 12"], "no source", 1),
    ("ambiguous source prefix", ["claim", "add", "x", "--source", "s", "--quote", "killed 12"], "ambiguous ID 's'", 1),
    ("ambiguous source filter", ["list", "--source", "s"], "ambiguous ID 's'", 1),
    ("unknown conflict", ["conflict", "show", "kzzzzzz"], "no conflict 'kzzzzzz'", 1),
    ("empty claim ID", ["show", ""], "no claim ''", 1),
    ("unknown claim in log", ["log", "czzzzzz"], "no claim 'czzzzzz'", 1),
    # impossible transitions
    ("status it already has", ["status", C, "unverified"], "already unverified", 1),
    ("verdict changed without a note", ["verdict", "{reviewed}", "false", "--why", "x"], "changing it is a correction", 1),
    ("same verdict again", ["verdict", "{reviewed}", "true", "--why", "checked"], "already has the verdict true", 1),
    ("accept a non-candidate", ["claim", "accept", C], "not a candidate", 1),
    ("reject a non-candidate", ["claim", "reject", C], "not a candidate", 1),
    ("reopen an open conflict", ["conflict", "reopen", "{conflict}"], "it can take: confirm, dismiss, resolve", 1),
    ("resolve with a missing side", ["conflict", "resolve", "{conflict}", "--side", "9", "--why", "x"], "has sides 1-2, not 9", 1),
    ("resolve with a blank reason", ["conflict", "resolve", "{conflict}", "--side", "1", "--why", "  "], "say why that side holds", 1),
    ("resolve with a claim not on a side", ["conflict", "resolve", "{conflict}", "--side", "{reviewed}", "--why", "x"], "not on any side", 1),
    ("dismiss without a reason", ["conflict", "dismiss", "{conflict}"], "Missing option '--reason'", 2),
    # quotes and claim fields
    ("quote not in source", ["claim", "link", C, "--source", "{c}", "--quote", "killed 12 people"], "quote not found", 1),
    ("quote from another case", ["claim", "link", C, "--source", "{d}", "--quote", "4 people were injured"], "is in case 'other'", 1),
    ("same quote linked twice", ["claim", "link", C, "--source", S, "--quote", "killed 12 people"], "already linked", 1),
    ("statement over the limit", ["claim", "add", "{long}", "--source", S, "--quote", "killed 12"], "the limit is 2000", 1),
    ("tag with spaces", ["claim", "add", "x", "--source", S, "--quote", "killed 12", "--tag", "Bad Tag!"], "invalid tag", 1),
    ("note over the limit", ["note", C, "{huge_note}"], "longer than 20,000", 1),
    ("note URL without host", ["note", C, "see", "--url", "http://"], "http(s)", 1),
    ("edit that changes nothing", ["claim", "edit", C, "--value", "12"], "nothing to change", 1),
    ("edit to a bad key", ["claim", "edit", C, "--key", "deaths"], "invalid key", 1),
    # options and formats
    ("unknown option on a subcommand", ["source", "add", "--bogus", "{dir}/good-new.txt"], "No such option", 2),
    ("empty export format", ["export", "--format", "", "--case", "storm"], "unknown format ''", 2),
    ("limit of zero", ["log", "--limit", "0"], "0", 2),
    ("limit that is not a number", ["log", "--limit", "ten"], "'ten' is not a valid int", 2),
    ("--db without a value", ["--db"], "requires an argument", 2),
    ("filters with --conflicts", ["list", "--conflicts", "--status", "done"], "cannot be combined with --conflicts", 2),
    ("--all without --conflicts", ["list", "--all"], "go with --conflicts", 2),
    ("unknown verdict filter", ["list", "--verdict", "maybe"], "unknown verdict", 2),
    # export
    ("export an unknown case", ["export", "--format", "case", "--case", "nope", "{dir}/out"], "no case 'nope'", 1),
    ("export without naming the case", ["export", "--format", "case", "{dir}/out"], "say which case", 1),
    ("export into a file", ["export", "--format", "case", "--case", "storm", "{dir}/a-file"], "is not a directory", 1),
    ("export under a file", ["export", "--format", "case", "--case", "storm", "{dir}/a-file/sub"], "Not a directory", 1),
    # case files
    ("case: claim file cut short", ["import", "{dir}/case-bad-json"], "malformed JSON", 1),
    ("case: manifest is a list", ["import", "{dir}/case-manifest-array"], "expected a JSON object", 1),
    ("case: unknown format marker", ["import", "{dir}/case-manifest-format"], "unknown format 'claimtrack-case/99'", 1),
    ("case: manifest without a name", ["import", "{dir}/case-manifest-name"], "name is missing", 1),
    ("case: manifest not UTF-8", ["import", "{dir}/case-manifest-binary"], "not UTF-8", 1),
    ("case: statement is a number", ["import", "{dir}/case-statement-number"], "statement must be a string", 1),
    ("case: appearances not a list", ["import", "{dir}/case-appearances-object"], "appearances must be a list", 1),
    ("case: claim without appearance", ["import", "{dir}/case-no-appearance"], "at least one appearance", 1),
    ("case: quote not in its source", ["import", "{dir}/case-quote-not-in-source"], "is not in source", 1),
    ("case: unknown source ID", ["import", "{dir}/case-unknown-source"], "is not in the case", 1),
    ("case: offset given as text", ["import", "{dir}/case-start-text"], "whole numbers", 1),
    ("case: unknown status", ["import", "{dir}/case-bad-status"], "unknown status 'approved'", 1),
    ("case: bad claim ID", ["import", "{dir}/case-bad-claim-id"], "bad claim id 'c1'", 1),
    ("case: origin not a word", ["import", "{dir}/case-bad-origin"], "bad origin 'Extract Me'", 1),
    ("case: origin a number", ["import", "{dir}/case-origin-number"], "origin must be a string", 1),
    ("case: tag that is a number", ["import", "{dir}/case-tag-number"], "invalid tag 5", 1),
    ("case: javascript evidence URL", ["import", "{dir}/case-note-javascript"], "http(s)", 1),
    ("case: history field a number", ["import", "{dir}/case-history-number"], "string or null", 1),
    ("case: claim file not UTF-8", ["import", "{dir}/case-claim-binary"], "not UTF-8", 1),
    ("case: JSON nested 100,000 deep", ["import", "{dir}/case-nested"], "nested too deeply", 1),
    ("case: 5,000-digit number", ["import", "{dir}/case-long-number"], "malformed JSON", 1),
    ("case: a directory named like a record", ["import", "{dir}/case-record-is-dir"], "is a directory", 1),
    ("case: source text edited", ["import", "{dir}/case-source-edited"], "does not match the text", 1),
    ("case: unknown source metadata", ["import", "{dir}/case-source-meta-field"], "unknown metadata field 'publisher'", 1),
    ("case: source metadata never closed", ["import", "{dir}/case-source-unclosed"], "never closed", 1),
    ("case: bad case name", ["import", "{dir}/good-case", "--case", "Storm Two!"], "invalid case name", 1),
    # databases
    ("another program's database", ["--db", "{dir}/foreign.db", "list"], "not a claimtrack one", 1),
    ("a newer claimtrack's database", ["--db", "{dir}/future.db", "list"], "written by a newer claimtrack", 1),
    ("a truncated database", ["--db", "{dir}/truncated.db", "list"], "not a claimtrack database", 1),
    ("a database with a bad header", ["--db", "{dir}/wrong-header.db", "list"], "not a claimtrack database", 1),
    ("a device as database", ["--db", "/dev/null", "list"], "not a regular file", 1),
    ("database under a file", ["--db", "{dir}/a-file/claims.db", "source", "add", "{dir}/good-new.txt"], "is not a directory", 1),
    ("missing database directory, read", ["--db", "{dir}/no/such/dir/claims.db", "list"], "does not exist", 1),
    ("missing database directory, write", ["--db", "{dir}/no/such/dir/claims.db", "note", C, "x"], "does not exist", 1),
    ("missing database, check", ["--db", "{dir}/absent.db", "check"], "no database at", 1),
]


def _tree(root: Path) -> dict[str, str]:
    """Every small file under root with its hash; the test database is compared on its own."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.stat().st_size < 1_000_000 and "claims.db" not in path.name:
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.mark.parametrize("label,args,message,code", CASES, ids=[c[0] for c in CASES])
def test_hostile_input(run, world, label, args, message, code):
    args = [a.format(**world) for a in args]
    db_path = world["db"]
    checkpoint(db_path)
    before, files = db_fingerprint(db_path), _tree(world["dir"])
    result = run(*args, expect=code)
    assert result.stderr.startswith("Error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "\x1b" not in result.stderr
    assert db_fingerprint(db_path) == before
    assert _tree(world["dir"]) == files
    TALLY["bad inputs"] += 1


def test_done_without_verdict_and_status_it_cannot_reach(run, world, tmp_path, monkeypatch):
    db_path = tmp_path / "copy.db"
    checkpoint(world["db"])
    shutil.copy(world["db"], db_path)
    monkeypatch.setenv("CLAIMTRACK_DB", str(db_path))
    run("status", world["other_claim"], "in-review")
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    assert "has no verdict" in run("status", world["other_claim"], "done", expect=1).stderr
    assert "unknown status 'finished'" in run("status", world["other_claim"], "finished", expect=2).stderr
    assert db_fingerprint(db_path) == before
    TALLY["bad inputs"] += 2


def test_oversized_stdin_is_refused_without_reading_it_all(run, world):
    db_path = world["db"]
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = run("source", "add", "-", input=b"A" * (11 * 1024 * 1024), expect=1)
    assert result.stderr == "Error: <stdin>: more than 10 MB; sources are limited to 10 MB\n"
    assert db_fingerprint(db_path) == before
    TALLY["bad inputs"] += 1


# --- storage that cannot be written -----------------------------------------------------------


def _without_override() -> list[str] | None:
    """A command prefix under which file permissions apply, even to root.

    root ignores permission bits through CAP_DAC_OVERRIDE; dropping it (and
    its relatives) from the bounding set makes a read-only file read-only.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
    except OSError:
        return None
    return prefix if probe.returncode == 0 else None


@pytest.fixture
def locked_down(tmp_path, article):
    prefix = _without_override()
    if prefix is None:
        pytest.skip("running as root without a way to drop CAP_DAC_OVERRIDE (setpriv), so permissions cannot apply")
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "claims.db"
    env = dict(os.environ, CLAIMTRACK_DB=str(db), CLAIMTRACK_USER="tester", NO_COLOR="1")
    subprocess.run([sys.executable, "-m", "claimtrack", "source", "add", "--case", "ro", "--outlet", "Coast Herald",
                    str(article("a.txt", STORM_A))], env=env, check=True, capture_output=True)
    probe = folder / "probe"
    probe.mkdir(mode=0o555)
    denied = subprocess.run([*prefix, sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"], capture_output=True)
    if denied.returncode == 0:
        pytest.skip("file permissions do not apply here (root keeps CAP_DAC_OVERRIDE)")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, sys.executable, "-m", "claimtrack", *args], env=env, capture_output=True,
                              text=True, timeout=60)

    yield folder, db, cli, article("new.txt", "Seven people were rescued on Tuesday.\n")
    for path in (folder, *folder.iterdir()):
        path.chmod(0o755)


@pytest.mark.parametrize("what", ["directory and file", "file only"])
def test_read_only_database_refuses_writes_and_still_reads(locked_down, what):
    folder, db, cli, new = locked_down
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    db.chmod(0o444)
    if what == "directory and file":
        folder.chmod(0o555)
    result = cli("source", "add", str(new))
    assert result.returncode == 1, result.stderr
    assert result.stderr == "Error: cannot write the database: it is read-only (check the file's and its directory's permissions)\n"
    listed = cli("source", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [s["outlet"] for s in json.loads(listed.stdout)] == ["Coast Herald"]
    assert cli("check").stdout == "ok\n"
    folder.chmod(0o755)
    assert db.read_bytes() == before["claims.db"]
    TALLY["bad inputs"] += 1


def test_read_only_directory_for_a_new_database(locked_down):
    folder, db, cli, new = locked_down
    sub = folder / "empty"
    sub.mkdir(mode=0o555)
    result = cli("--db", str(sub / "claims.db"), "source", "add", str(new))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: cannot write the database at ") and result.stderr.count("\n") == 1
    assert list(sub.iterdir()) == []
    TALLY["bad inputs"] += 1


def test_read_only_old_database_is_not_half_upgraded(locked_down):
    folder, _, cli, _ = locked_down
    old = folder / "old.db"
    shutil.copy(ROOT / "tests" / "data" / "schema-v1.db", old)
    old.chmod(0o444)
    result = cli("--db", str(old), "list")
    assert result.returncode == 1
    from claimtrack.storage import SCHEMA_VERSION

    assert result.stderr == f"Error: {old} needs an upgrade (schema 1 to {SCHEMA_VERSION}) but cannot be written\n"
    assert old.read_bytes() == (ROOT / "tests" / "data" / "schema-v1.db").read_bytes()
    for extra in folder.glob("old.db.*"):  # a backup, if any, is the untouched original
        assert extra.read_bytes() == old.read_bytes()
    TALLY["bad inputs"] += 1


# --- user text is data, never markup ---------------------------------------------------------

MARKUP = "[bold red]Evil[/bold red]"
ESCAPE = "\x1b[31mRED\x1b[0m"
CONTROL = "bell\x07nul\x00back\x08rtl\u202eend"
HOSTILE = f"{MARKUP} {ESCAPE} {CONTROL}"


def _literal(output: str) -> None:
    assert MARKUP in output
    assert "\\x1b[31mRED\\x1b[0m" in output
    assert "\\x07" in output and "\\x08" in output and "\\u202e" in output
    assert not any(ch in output for ch in "\x1b\x07\x00\x08\u202e")


def test_markup_escapes_and_control_characters_are_shown_literally(run, article, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_USER", f"{MARKUP} {ESCAPE}")
    path = article("x.txt", "Officials said 7 died on Sunday. Others said 9 died.\n",
                   {"outlet": json.dumps(HOSTILE), "title": json.dumps(HOSTILE), "published": "2023-04-18", "case": "x"})
    other = article("y.txt", "Officials said 9 died on Sunday.\n", {"outlet": "Plain Wire", "published": "2023-04-18",
                                                                     "case": "x"})
    run("source", "add", path, other)
    ids = {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}
    hostile_source = next(v for k, v in ids.items() if k != "Plain Wire")
    assert run.json("source", "show", hostile_source, "--json")["outlet"] == " ".join(HOSTILE.split())
    claim = run("claim", "add", HOSTILE, "--source", hostile_source, "--quote", "7 died", "--key", "x.deaths",
                "--value", f"7 {MARKUP}", "--attribution", HOSTILE).stdout.strip()
    run("claim", "add", "nine", "--source", ids["Plain Wire"], "--quote", "9 died", "--key", "x.deaths", "--value", "9")
    run("note", claim, HOSTILE)
    run("status", claim, "in-review", "--note", HOSTILE)
    conflict = run.json("list", "--conflicts", "--json")[0]["id"]
    screens = {
        "list": run("list").stdout,
        "show": run("show", claim).stdout,
        "source list": run("source", "list").stdout,
        "source show": run("source", "show", hostile_source).stdout,
        "log": run("log").stdout,
        "log claim": run("log", claim).stdout,
        "conflicts": run("list", "--conflicts").stdout,
        "conflict show": run("conflict", "show", conflict).stdout,
        "matrix": run("matrix").stdout,
    }
    for name, screen in screens.items():
        assert not any(ch in screen for ch in "\x1b\x07\x00\x08\u202e"), name
    for name in ("show", "source show", "log claim"):
        _literal(screens[name])
    for name in ("list", "source list", "log", "conflicts", "matrix", "conflict show"):
        assert "[bold red]" in screens[name] or "[bold" in screens[name], name
    # JSON keeps the text exactly as given (escaped by JSON, not altered)
    shown = run.json("show", claim, "--json")
    assert shown["statement"] == " ".join(HOSTILE.split())
    assert [n["text"] for n in shown["notes"]] == [HOSTILE]
    # a file name with escapes is shown literally on stderr too
    weird = article("\x1b[2Jx.txt", "Officials said 7 died on Sunday. Others said 9 died.\n",
                    {"outlet": json.dumps(HOSTILE), "title": json.dumps(HOSTILE), "published": "2023-04-18", "case": "x"})
    duplicate = run("source", "add", weird)
    assert "\x1b" not in duplicate.stderr and "\\x1b[2Jx.txt" in duplicate.stderr


def test_exported_reports_carry_no_live_markup(run, article, tmp_path):
    path = article("x.txt", "Officials said 7 died on Sunday.\n", {"outlet": "<b>Wire</b>", "published": "2023-04-18",
                                                                  "case": "x"})
    run("source", "add", path)
    source = run.json("source", "list", "--json")[0]["id"]
    claim = run("claim", "add", "<script>alert(1)</script> [click](javascript:alert(2))", "--source", source,
                "--quote", "7 died", "--key", "x.deaths", "--value", "7").stdout.strip()
    run("note", claim, "<img src=x onerror=alert(3)> [more](javascript:alert(4))")
    html = run("export", "--format", "html", "--case", "x", "-o", tmp_path / "r.html", expect=None)
    if html.exit_code != 0 and "unknown format" in html.stderr:
        pytest.skip("claimtrack cannot export reports yet")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page and "<b>Wire</b>" not in page
    assert 'href="javascript:' not in page.lower()
    run("export", "--format", "markdown", "--case", "x", "-o", tmp_path / "r.md")
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse((tmp_path / "r.md").read_text(encoding="utf-8"))
    hrefs = [t.attrGet("href") for tok in tokens for t in (tok.children or []) if t.type == "link_open"]
    assert not any(str(h).lower().startswith("javascript:") for h in hrefs)
    html_tokens = [t for tok in tokens for t in [tok, *(tok.children or [])] if t.type in ("html_inline", "html_block")]
    assert not any("<script" in t.content or "<img" in t.content for t in html_tokens)


# --- filters are matched literally ------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_literal_world(tmp_path_factory):
    from conftest import Runner

    root = tmp_path_factory.mktemp("literal")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (("CLAIMTRACK_DB", str(root / "claims.db")), ("CLAIMTRACK_USER", "tester"),
                            ("NO_COLOR", "1"), ("COLUMNS", "200")):
            patch.setenv(name, value)
        run = Runner()
        run("source", "add", _article(root, "p.txt", "Officials said 7 died on Sunday.\n",
                                      {"outlet": "100% News", "published": "2023-04-18", "case": "lit"}))
        run("source", "add", _article(root, "q.txt", "Officials said 9 died on Sunday.\n",
                                      {"outlet": "Other_Wire", "published": "2023-04-18", "case": "lit"}))
        ids = {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}
        run("claim", "add", "seven", "--source", ids["100% News"], "--quote", "7 died", "--key", "storm.death_toll",
            "--value", "7", "--tag", "a_b")
        run("claim", "add", "nine", "--source", ids["Other_Wire"], "--quote", "9 died", "--key", "storm.death_toll",
            "--value", "9", "--tag", "axb")
    return root / "claims.db"


@pytest.fixture
def literal_world(shared_literal_world, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_DB", str(shared_literal_world))
    return shared_literal_world


SQL_LIKE = ["' OR 1=1 --", "%", "_", "' OR '1'='1", "\"; DROP TABLE claims; --", "*", "storm.death%", "storm.death_x"]


@pytest.mark.parametrize("text", SQL_LIKE)
def test_filters_match_literally(run, literal_world, text):
    for args in (["list", "--json"], ["list", "--conflicts", "--json"], ["log", "--json"], ["matrix", "--json"]):
        assert f"no case {text!r} (cases: lit)" in run(*args, "--case", text, expect=1).stderr  # no case matched
    assert run.json("list", "--json", "--outlet", text) == []
    assert run.json("list", "--json", "--tag", text) == []
    assert run.json("list", "--json", "--key", text) == []
    assert run.json("source", "list", "--json", "--outlet", text) == []
    assert run.json("list", "--conflicts", "--json", "--key", text) == []
    assert run.json("matrix", "--json", "--key", text)["keys"] == []
    assert len(run.json("list", "--json")) == 2  # and nothing was dropped


def test_underscore_and_percent_are_ordinary_characters(run, literal_world):
    assert [c["statement"] for c in run.json("list", "--json", "--key", "storm.death_")] == ["seven", "nine"]
    assert [c["statement"] for c in run.json("list", "--json", "--outlet", "100% News")] == ["seven"]
    assert [c["statement"] for c in run.json("list", "--json", "--tag", "a_b")] == ["seven"]
    assert run.json("list", "--json", "--tag", "a%b") == []
    assert [s["outlet"] for s in run.json("source", "list", "--json", "--outlet", "other_wire")] == ["Other_Wire"]


def test_zz_hostile_tally():
    print(f"\nhostile input: {TALLY['bad inputs']} bad inputs tried here (plus {len(SQL_LIKE)} SQL-like filters, "
          "each through 9 filters), every one a one-line error with the database unchanged")
