"""Never lose a colleague's work: what a hostile run found, each a test that failed before its fix.

Exports that would write over the database, devices or a colleague's case
files; imports that overwrite a verdict or bring back removed tags; case
files that break the commands or forge decisions; paths, dates and cells that
were guessed or passed through. Each test counts its hostile inputs in TALLY.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_CASE, checkpoint, db_fingerprint

TALLY = {"hostile inputs": 0}
STORM_A = "The storm killed 12 people on Sunday, the mayor said. Damage was put at $3 million.\n"
STORM_B = "The storm killed 15 people, officials said on Monday.\n"


def _tried(count: int = 1) -> None:
    TALLY["hostile inputs"] += count


@pytest.fixture
def storm(run, article):
    """A small case: two outlets, two claims on one key (a conflict), one claim in review with a verdict."""
    run("source", "add", article("a.txt", STORM_A, {"outlet": "Coast Herald", "published": "2023-04-18", "case": "storm"}))
    run("source", "add", article("b.txt", STORM_B, {"outlet": "Valley News", "published": "2023-04-19", "case": "storm"}))
    ids = {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}
    twelve = run("claim", "add", "12 died", "--source", ids["Coast Herald"], "--quote", "killed 12 people",
                 "--key", "storm.deaths", "--value", "12", "--tag", "toll").stdout.strip()
    fifteen = run("claim", "add", "15 died", "--source", ids["Valley News"], "--quote", "killed 15 people",
                  "--key", "storm.deaths", "--value", "15").stdout.strip()
    full = {short: run.json("show", short, "--json")["id"] for short in (twelve, fifteen)}
    return {"a": ids["Coast Herald"], "b": ids["Valley News"], "twelve": full[twelve], "fifteen": full[fifteen]}


# --- 1. export -o never writes over the database, a device, or a file's mode ----------------


def test_export_refuses_to_write_over_the_database(run, storm, db_path, tmp_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    os.symlink(db_path, tmp_path / "link.db")
    for target in (db_path, tmp_path / "link.db", tmp_path / "." / db_path.name):
        result = run("export", "--format", "markdown", "-o", target, expect=1)
        assert result.stderr == f"Error: {target} is the database; give the report another file name\n"
        _tried()
    assert db_fingerprint(db_path) == before
    assert run.json("list", "--json")  # the database still opens and holds its claims


def _device_or_fifo(tmp_path: Path) -> Path:
    """A node of our own that is not a regular file (never the system's /dev/null: a bug here would replace it)."""
    node = tmp_path / "null"
    if os.geteuid() == 0:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    else:
        os.mkfifo(node)
    return node


def test_export_writes_through_to_a_device_and_keeps_a_symlink(run, storm, tmp_path):
    node = _device_or_fifo(tmp_path)
    if stat.S_ISFIFO(node.stat().st_mode):
        import threading

        drained = []
        reader = threading.Thread(target=lambda: drained.append(open(node, "rb").read()))
        reader.start()
    run("export", "--format", "markdown", "-o", node)
    assert not stat.S_ISREG(os.stat(node).st_mode)
    if stat.S_ISFIFO(node.stat().st_mode):
        reader.join(10)
        assert drained[0].startswith(b"# Fact-check: storm")
    real = tmp_path / "real.md"
    real.write_text("old\n")
    (tmp_path / "link.md").symlink_to(real)
    run("export", "--format", "markdown", "-o", tmp_path / "link.md")
    assert (tmp_path / "link.md").is_symlink()
    assert real.read_text().startswith("# Fact-check: storm")
    _tried(2)


def test_export_to_stdout_by_name_writes_through_the_descriptor(storm, tmp_path):
    out = tmp_path / "out.txt"
    out.write_text("kept line\n")
    stdout = tmp_path / "stdout"  # what /dev/stdout is, made here so that a bug cannot replace the system's
    stdout.symlink_to("/proc/self/fd/1")
    with open(out, "a") as handle:
        subprocess.run([sys.executable, "-m", "claimtrack", "export", "--format", "csv", "-o", str(stdout)],
                       stdout=handle, check=True, env=dict(os.environ))
    assert out.read_text().startswith("kept line\nnumber,claim,")
    assert stdout.is_symlink()
    _tried()


def test_a_replaced_report_keeps_its_mode(run, storm, tmp_path):
    report = tmp_path / "private.md"
    report.write_text("old\n")
    report.chmod(0o600)
    run("export", "--format", "markdown", "-o", report)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert report.read_text().startswith("# Fact-check")
    _tried()


# --- 2. export --format case never deletes or reverts work the database has not seen -----------


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_exporting_another_case_into_a_case_directory_is_refused(run, storm, tmp_path):
    shutil.copytree(SEED_CASE, tmp_path / "seed")
    before = _tree(tmp_path / "seed")
    result = run("export", "--format", "case", "--case", "storm", tmp_path / "seed", expect=1)
    assert "holds work this database has not seen (case.json: the files of case 'li-shangfu-moscow-2023', not 'storm')" \
        in result.stderr
    assert _tree(tmp_path / "seed") == before
    _tried()


def test_export_before_import_keeps_a_colleagues_new_claim_and_note(run, tmp_path, monkeypatch):
    """The README's git workflow, out of order: Bob exports over files holding Alice's work he never imported."""
    shared = tmp_path / "case"
    alice, bob = ("--db", tmp_path / "alice.db"), ("--db", tmp_path / "bob.db")
    run(*alice, "import", SEED_CASE)
    run(*bob, "import", SEED_CASE)
    run(*alice, "export", "--format", "case", shared)
    monkeypatch.setenv("CLAIMTRACK_USER", "alice")
    warsaw = next(s["id"] for s in run.json(*alice, "source", "list", "--json") if s["outlet"] == "Warsaw Institute")
    added = run(*alice, "claim", "add", "Li met Putin in the Kremlin", "--source", warsaw, "--quote", "Li Shangfu",
                "--key", "li-shangfu.putin-meeting.place").stdout.strip()
    noted = run.json(*alice, "list", "--json")[0]["id"]
    run(*alice, "note", noted, "A second look at the leak")
    run(*alice, "export", "--format", "case", shared)
    before = _tree(shared)
    monkeypatch.setenv("CLAIMTRACK_USER", "bob")
    result = run(*bob, "export", "--format", "case", shared, expect=1)
    # the unseen files are named in path order, and claim IDs are random: either may come first
    assert "holds work this database has not seen (claims/" in result.stderr
    assert f"claims/{noted}.json: 1 note this database lacks, 1 history entry" in result.stderr
    assert f"claims/{run.json(*alice, 'show', added, '--json')['id']}.json: a claim this database does not have" \
        in result.stderr
    assert "import it first (claimtrack import " in result.stderr
    assert _tree(shared) == before
    run(*bob, "import", shared)  # the way out the message gives
    run(*bob, "export", "--format", "case", shared)
    assert _tree(shared) == before
    _tried(2)


def test_a_record_file_of_a_record_not_in_the_database_is_never_deleted(run, storm, tmp_path):
    out = tmp_path / "out"
    run("export", "--format", "case", "--case", "storm", out)
    stray = out / "claims" / ("c" + "7" * 20 + ".json")
    stray.write_text("{}\n")
    result = run("export", "--format", "case", "--case", "storm", out, expect=1)
    assert f"claims/{stray.name}: a claim this database does not have" in result.stderr
    assert stray.read_text() == "{}\n"
    _tried()


# --- 3, 4. import merges a claim through both histories: nothing overwritten in silence --------

DURATION = "li-shangfu.moscow-visit.duration"


@pytest.fixture
def desks(run, tmp_path, monkeypatch):
    """Alice and Bob, each with the seed case in a database of their own; times set by each step."""
    alice, bob = ("--db", tmp_path / "alice.db"), ("--db", tmp_path / "bob.db")
    monkeypatch.setenv("CLAIMTRACK_NOW", "2026-12-01T09:00:00.000000Z")
    run(*alice, "import", SEED_CASE)
    run(*bob, "import", SEED_CASE)
    three = next(c["id"] for c in run.json(*alice, "list", "--json", "--key", DURATION) if c["value"] == "three-day")

    def at(moment: str, user: str) -> None:
        monkeypatch.setenv("CLAIMTRACK_NOW", f"2026-12-01T{moment}:00.000000Z")
        monkeypatch.setenv("CLAIMTRACK_USER", user)

    return alice, bob, three, at


def test_an_imported_verdict_change_is_recorded_with_who_when_and_the_file(run, desks, tmp_path):
    alice, bob, three, at = desks
    at("10:00", "alice")
    run(*alice, "status", three, "in-review")
    run(*alice, "verdict", three, "true", "--why", "Two outlets say three days")
    run(*alice, "export", "--format", "case", tmp_path / "shared")
    at("10:30", "bob")
    run(*bob, "import", tmp_path / "shared")
    at("11:00", "bob")
    run(*bob, "verdict", three, "false", "--why", "The readout says four days", "--note", "The readout says four days")
    run(*bob, "export", "--format", "case", tmp_path / "shared")
    at("12:00", "alice")
    result = run(*alice, "import", tmp_path / "shared")
    assert "1 claims updated" in result.stderr
    claim = run.json(*alice, "show", three, "--json")
    assert claim["verdict"] == "false" and claim["divergences"] == []
    imports = {h["field"]: h for h in claim["history"] if h["action"] == "import" and h["author"] == "alice"}
    assert sorted(imports) == ["rationale", "verdict"]  # the rationale comes with the verdict
    imported = imports["verdict"]
    assert (imported["author"], imported["at"], imported["field"], imported["old"], imported["new"]) == \
        ("alice", "2026-12-01T12:00:00.000000Z", "verdict", "true", "false")
    assert imported["note"] == f"imported from {tmp_path / 'shared' / 'claims' / (three + '.json')}"
    report = run(*alice, "export", "--format", "markdown", "--edition", "internal").stdout
    corrections = report[report.index("## Corrections\n"):]
    assert corrections.count("rating changed from True to False") == 1  # Bob's change, once
    assert "rating changed from True to False. What changed: The readout says four days. (by bob" in corrections
    _tried()


def test_a_verdict_both_desks_changed_is_kept_and_the_other_recorded_for_a_decision(run, desks, tmp_path):
    alice, bob, three, at = desks
    at("10:00", "alice")
    run(*alice, "status", three, "in-review")
    run(*alice, "verdict", three, "true", "--why", "checked against the readout")
    at("11:00", "bob")
    run(*bob, "status", three, "in-review")
    run(*bob, "verdict", three, "false", "--why", "checked against the readout")
    run(*bob, "export", "--format", "case", tmp_path / "bob")
    at("12:00", "alice")
    result = run(*alice, "import", tmp_path / "bob")
    assert f"claim {three[:7]}: verdict is true here and false in " in result.stderr
    assert f"claimtrack claim settle {three[:7]} verdict --take ours|theirs" in result.stderr
    assert "1 claims diverged" in result.stderr
    claim = run.json(*alice, "show", three, "--json")
    assert claim["verdict"] == "true"
    [divergence] = claim["divergences"]
    assert (divergence["field"], divergence["kept"], divergence["other"]) == ("verdict", "true", "false")
    assert "bob at 2026-12-01T11:00:00.000000Z" in divergence["from"]
    assert "diverged: verdict is true here, false in" in run(*alice, "show", three).stdout
    again = run(*alice, "import", tmp_path / "bob")  # reported once, not again
    assert again.stderr.startswith("nothing new")
    # the decision: a person takes the other side's verdict, which is a correction
    assert "changing it is a correction" in run(*alice, "claim", "settle", three, "verdict", "--take", "theirs",
                                                 expect=1).stderr
    at("13:00", "alice")
    run(*alice, "claim", "settle", three, "verdict", "--take", "theirs", "--note", "Bob found the readout")
    claim = run.json(*alice, "show", three, "--json")
    assert claim["verdict"] == "false" and claim["divergences"] == []
    report = run(*alice, "export", "--format", "markdown", "--edition", "internal").stdout
    assert "rating changed from True to False. What changed: Bob found the readout. (by alice" in \
        report[report.index("## Corrections\n"):]
    # Bob, importing Alice's settled copy, takes it: Alice's copy holds all he did
    run(*alice, "export", "--format", "case", tmp_path / "alice")
    run(*bob, "import", tmp_path / "alice")
    assert run.json(*bob, "show", three, "--json")["verdict"] == "false"
    assert run.json(*bob, "show", three, "--json")["divergences"] == []
    _tried(2)


def test_changes_to_different_fields_of_one_claim_are_both_kept(run, desks, tmp_path):
    alice, bob, three, at = desks
    at("10:00", "alice")
    run(*alice, "claim", "edit", three, "--tag", "visit", "--tag", "checked")
    at("11:00", "bob")
    run(*bob, "status", three, "in-review")
    run(*bob, "export", "--format", "case", tmp_path / "bob")
    at("12:00", "alice")
    run(*alice, "import", tmp_path / "bob")
    claim = run.json(*alice, "show", three, "--json")
    assert (claim["status"], claim["tags"]) == ("in-review", ["checked", "visit"])
    _tried()


def test_reimport_does_not_bring_back_a_tag_removed_here(run, desks):
    alice, _, three, at = desks
    tags = run.json(*alice, "show", three, "--json")["tags"]
    assert tags
    at("10:00", "alice")
    run(*alice, "claim", "edit", three, "--tag", "checked")
    result = run(*alice, "import", SEED_CASE)
    assert result.stderr.startswith("nothing new")
    assert run.json(*alice, "show", three, "--json")["tags"] == ["checked"]
    _tried()


# --- 6. import checks every record as the commands would, all or nothing; check finds the same ---


@pytest.fixture
def decided_case(run, storm, tmp_path):
    """The storm case with a decided conflict, a claim in review with a verdict and a note, as case files."""
    run("status", storm["twelve"], "in-review")
    run("verdict", storm["twelve"], "true", "--why", "The mayor's office confirmed the count")
    run("note", storm["twelve"], "The mayor's office confirmed it")
    conflict = run.json("list", "--conflicts", "--json")[0]["id"]
    run("conflict", "resolve", conflict, "--side", "1", "--why", "The mayor's count")
    run("export", "--format", "case", "--case", "storm", tmp_path / "case")
    return {**storm, "conflict": conflict, "dir": tmp_path / "case"}


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _claim_file(case: dict, which: str) -> Path:
    return case["dir"] / "claims" / f"{case[which]}.json"


def _forged_dismiss(case):
    return lambda d: d["history"].append({"id": "h" + "z" * 20, "at": "2099-01-01T00:00:00Z", "author": "x",
                                          "entity": "conflict", "entity_id": case["conflict"], "action": "dismiss",
                                          "field": "state", "old": "open", "new": "dismissed", "note": "forged"})


def _same_note_twice(d):
    d["notes"].append(dict(d["notes"][0], text="Another note under the same ID"))


BAD_CASE_FILES = [
    ("resolution without its value", lambda c: _edit(c["dir"] / "conflicts" / f"{c['conflict']}.json",
                                                     lambda d: d["resolution"].pop("value")),
     "resolution must be an object with the side that holds and its value"),
    ("resolution naming side 99", lambda c: _edit(c["dir"] / "conflicts" / f"{c['conflict']}.json",
                                                  lambda d: d["resolution"].update(side=99)),
     "the resolution names side 100 (12), but the conflict's sides are 1: 12, 2: 15"),
    ("empty quote at 0:0", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d["appearances"][0].update(
        quote="", start=0, end=0, before="", after="")), "appearance 1: quote is empty"),
    ("empty quote with bad offsets", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d["appearances"][0].update(
        quote=" ", start=40, end=3)), "appearance 1: quote is empty"),
    ("done without a verdict", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d.update(status="done")),
     "the claim is done but has no verdict"),
    ("unverified with a verdict", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d.update(verdict="false")),
     "has the verdict false but was never in review"),
    ("a forged dismiss in a claim's history", lambda c: _edit(_claim_file(c, "fifteen"), _forged_dismiss(c)),
     "is about conflict"),
    ("an appearance ID of another claim", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d["appearances"][0].update(
        id=json.loads(_claim_file(c, "twelve").read_text())["appearances"][0]["id"])), "already belongs to claim"),
    ("two notes under one ID", lambda c: _edit(_claim_file(c, "twelve"), _same_note_twice), "already"),
    ("a history ID of another claim", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d["history"][0].update(
        id=json.loads(_claim_file(c, "twelve").read_text())["history"][-1]["id"])), "already"),
    ("an ID outside the alphabet", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d["notes"].append(
        {"id": "n" + "I" * 20, "text": "x", "created_at": "2026-01-01T00:00:00Z"})), "bad note id 'nIIIIIIIIIIIIIIIIIIII'"),
    ("a history entry about another claim", lambda c: _edit(_claim_file(c, "fifteen"), lambda d: d["history"][0].update(
        entity_id=c["twelve"])), "is about claim"),
    ("a lone surrogate in source metadata", lambda c: (lambda p: p.write_text(p.read_text().replace(
        'outlet: "Valley News"', 'outlet: "Valley \\ud800News"')))(c["dir"] / "sources" / f"{c['b']}.md"),
     "outlet is not valid text"),
]


@pytest.mark.parametrize("label,damage,message", BAD_CASE_FILES, ids=[c[0] for c in BAD_CASE_FILES])
def test_import_refuses_a_case_file_the_commands_could_not_have_made(run, decided_case, tmp_path, label, damage, message):
    damage(decided_case)
    other = tmp_path / "other.db"
    run("--db", other, "case", "list")
    checkpoint(other)
    before = db_fingerprint(other)
    result = run("--db", other, "import", decided_case["dir"], expect=1)
    assert result.stderr.startswith(f"Error: {decided_case['dir']}/") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert db_fingerprint(other) == before
    _tried()


def test_check_finds_what_import_refuses(run, decided_case, db_path):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE claims SET status = 'done' WHERE id = ?", (decided_case["fifteen"],))
        conn.execute("UPDATE appearances SET quote = '' WHERE claim_id = ?", (decided_case["fifteen"],))
        conn.execute("UPDATE conflicts SET resolution = '{\"side\": 99}' WHERE id = ?", (decided_case["conflict"],))
        conn.execute("UPDATE notes SET id = 'nIIIIIIIIIIIIIIIIIIII'")
        conn.execute("UPDATE history SET entity_id = ? WHERE claim_id = ? AND action = 'create'",
                     (decided_case["twelve"], decided_case["fifteen"]))
        conn.execute("UPDATE history SET entity = 'claim', entity_id = ? WHERE action = 'resolve'",
                     (decided_case["fifteen"],))
    conn.close()
    result = run("check", expect=1)
    for message in ("is done without a verdict", "quotes nothing", "its resolution names side 99",
                    "has an ID no command can address", f"is about claim {decided_case['twelve']} but filed under",
                    "is a conflict decision about claim"):
        assert message in result.stdout + result.stderr, message
    _tried(6)


# --- 5. a database with two names (hard links) is refused, never corrupted ----------------------


def test_a_hard_linked_database_is_refused_by_either_name(run, storm, db_path, tmp_path):
    """25 notes through each of two names at once left 41 of 50 and a failing integrity check."""
    hard = tmp_path / "hard.db"
    os.link(db_path, hard)
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    env = dict(os.environ, CLAIMTRACK_USER="tester")
    writers = [subprocess.Popen([sys.executable, "-m", "claimtrack", "--db", str(name), "note", storm["twelve"], f"n{i}"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for i in range(4) for name in (db_path, hard)]
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 1, err
        assert err == f"Error: {writer.args[4]} has 2 names (hard links); writers through two of them would corrupt" \
                      " it: keep one name (remove the other links) or give a copy\n"
    assert db_fingerprint(db_path) == before
    hard.unlink()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert run("check").stdout == "ok\n"
    _tried(2)


# --- 7. a publication date is never guessed ------------------------------------------------------

GUESSED_DATES = [
    ("03/04/2023", "is ambiguous: 3 April 2023 (day first) or 4 March 2023 (month first)"),
    ("3.4.2023", "is ambiguous: 3 April 2023 (day first) or 4 March 2023 (month first)"),
    ("01/10/2025", "is ambiguous: 1 October 2025 (day first) or 10 January 2025 (month first)"),
    ("23-04-18", "has a two-digit year"),
    ("-2023-01-01", "it starts with a sign"),
    ("2023-04-18T10:00:00+25:00", "its time zone is further from UTC than any"),
    ("2023-0\u0664-18", "has digits of another script"),
    ("\u0662\u0660\u0662\u0663-04-18", "has digits of another script"),
]


@pytest.mark.parametrize("written,message", GUESSED_DATES, ids=[d[0] for d in GUESSED_DATES])
def test_a_date_that_could_be_read_two_ways_is_refused_with_both_readings(run, article, db_path, written, message):
    run("case", "list")
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    path = article("a.txt", STORM_A)
    result = run("source", "add", path, "--published", written, expect=1)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    block = article("b.txt", STORM_A, {"published": json.dumps(written)})
    assert message in run("source", "add", block, expect=1).stderr
    assert db_fingerprint(db_path) == before
    _tried(2)


def test_the_date_order_settles_figures_and_unambiguous_figures_are_read(run, article):
    run("source", "add", article("a.txt", STORM_A), "--published", "03/04/2023", "--date-order", "dmy")
    run("source", "add", article("b.txt", STORM_B, {"published": "03/04/2023"}), "--date-order", "mdy")
    run("source", "add", article("c.txt", "Nine people were hurt.\n", {"published": "13/04/2023"}))
    assert sorted(s["published"] for s in run.json("source", "list", "--json")) == \
        ["2023-03-04", "2023-04-03", "2023-04-13"]
    assert "unknown date order 'ymd'" in run("source", "add", article("d.txt", "x y z\n"), "--date-order", "ymd",
                                             expect=2).stderr
    _tried()


# --- 8. no CSV cell becomes a formula, not even after a carriage return ---------------------------


def _physical_rows(text: str) -> list[str]:
    """The rows a spreadsheet that splits on a bare carriage return outside quotes would see first."""
    rows, row, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char in "\r\n" and not quoted:
            rows.append(row)
            row = ""
            continue
        row += char
    return [r for r in rows + [row] if r]


def test_csv_cells_cannot_start_a_formula_after_a_carriage_return(run, storm, tmp_path, monkeypatch):
    import csv
    import io

    monkeypatch.setenv("CLAIMTRACK_USER", "Ann\r=cmd|' /C calc'!A0")
    run("note", storm["twelve"], "checked")
    run("claim", "add", "Damage", "--source", storm["a"], "--quote", "$3 million")
    run("export", "--format", "case", "--case", "storm", tmp_path / "case")
    _edit(tmp_path / "case" / "claims" / f"{storm['fifteen']}.json",
          lambda d: d.update(created_by="Bo\r=HYPERLINK(\"http://evil\")\x00"))
    run("--db", tmp_path / "other.db", "import", tmp_path / "case")
    for db in (None, tmp_path / "other.db"):
        text = run(*(("--db", db) if db else ()), "export", "--format", "csv").stdout
        assert "\r" not in text and "\x00" not in text
        assert not any(row.startswith(("=", "+", "-", "@")) for row in _physical_rows(text))
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    _tried(2)


# --- 9. import reads the case directory's own regular files, of a sane size ----------------------


def _outside_link(case: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("---\noutlet: \"Private\"\n---\nA private file that must not reach an export.\n")
    (case / "sources" / ("s" + "1" * 20 + ".md")).symlink_to(secret)


def _device(case: Path, tmp_path: Path) -> None:
    _device_or_fifo(tmp_path).rename(case / "claims" / ("c" + "1" * 20 + ".json"))


def _fifo(case: Path, tmp_path: Path) -> None:
    os.mkfifo(case / "claims" / ("c" + "2" * 20 + ".json"))


def _big_source(case: Path, tmp_path: Path) -> None:
    with open(case / "sources" / ("s" + "3" * 20 + ".md"), "wb") as handle:
        handle.write(b"---\noutlet: X\n---\n")
        handle.truncate(15 * 1024 * 1024)  # sparse


def _linked_folder(case: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    shutil.move(case / "claims", outside)
    (case / "claims").symlink_to(outside)


CASE_DIR_FAULTS = [
    ("a source linked to a file outside", _outside_link, "links outside the case directory"),
    ("the claims folder linked outside", _linked_folder, "links outside the case directory"),
    ("a device named like a claim", _device, "not a regular file"),
    ("a pipe named like a claim", _fifo, "not a regular file"),
    ("a 15 MB source file", _big_source, "file is 15.7 MB; case files are limited to 10 MB"),
]


@pytest.mark.parametrize("label,fault,message", CASE_DIR_FAULTS, ids=[f[0] for f in CASE_DIR_FAULTS])
def test_import_refuses_links_out_devices_pipes_and_huge_files(run, storm, tmp_path, label, fault, message):
    case = tmp_path / "case"
    run("export", "--format", "case", "--case", "storm", case)
    fault(case, tmp_path)
    other = tmp_path / "other.db"
    result = subprocess.run([sys.executable, "-m", "claimtrack", "--db", str(other), "import", str(case)],
                            capture_output=True, text=True, timeout=60, env=dict(os.environ))  # a pipe must not hang it
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Error: ") and message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert run.json("--db", other, "case", "list", "--json") == []
    _tried()


# --- 10. review shows a value's terminal escapes, never sends them -------------------------------


def test_review_prompt_shows_escapes_in_a_default_literally(run, storm, tmp_path):
    case = tmp_path / "case"
    run("export", "--format", "case", "--case", "storm", case)
    osc = "\x1b]0;owned\x07\x1b[2J12"
    _edit(case / "claims" / f"{storm['fifteen']}.json", lambda d: d.update(status="candidate", value=osc))
    other = ("--db", tmp_path / "other.db")
    run(*other, "import", case)
    result = run(*other, "review", input="e\n\n\nq\n")
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stderr
    assert "value [\\x1b]0;owned\\x07\\x1b[2J12]" in result.stderr
    _tried()


# --- 13. the closest passage to a long quote is found in bounded time ----------------------------


def test_a_long_quote_not_found_is_placed_by_bounded_alignments(monkeypatch):
    """A 10,000-character quote took 11.6 s (100,000: over a minute) in one alignment of the whole quote;
    its time is measured in benchmarks/closest_passage.py, its bound here."""
    from rapidfuzz import fuzz

    from claimtrack import anchor
    from claimtrack.errors import QuoteNotFound

    import random

    rng = random.Random(5)
    words = "rescuers reached the valley after the river rose and the bridge to the town was closed".split()
    filler = " ".join(rng.choice(words) for _ in range(3000))
    long_passage = " ".join(rng.choice(words) for _ in range(1600))
    text = f"{filler} {long_passage} {filler}\n"
    middle = len(long_passage) // 2
    quote = long_passage[:middle] + " ZZZ " + long_passage[middle:]  # the passage, with words that are not there
    aligned: list[int] = []
    real = fuzz.partial_ratio_alignment

    def recording(needle, haystack, *args, **kwargs):
        aligned.append(len(needle))
        return real(needle, haystack, *args, **kwargs)

    monkeypatch.setattr(fuzz, "partial_ratio_alignment", recording)
    with pytest.raises(QuoteNotFound) as error:
        anchor.find(text, quote)
    assert aligned and max(aligned) <= 256, aligned
    message = str(error.value)
    assert "closest passage (100% similar)" in message
    assert message.split('"')[1].rstrip(".") in long_passage[:200]
    _tried()


# --- 14. no traceback: odd metadata, sides, closed streams ---------------------------------------


def _cli(*args, stdin=None, close: int | None = None, env=None, cwd=None) -> subprocess.CompletedProcess:
    """The installed command in a process of its own; ``close``: a standard stream it starts without."""
    return subprocess.run([sys.executable, "-m", "claimtrack", *map(str, args)], capture_output=close != 1,
                          stdout=subprocess.DEVNULL if close == 1 else None, stderr=subprocess.PIPE if close == 1 else None,
                          input=stdin, text=True, timeout=60, env=env or dict(os.environ), cwd=cwd,
                          preexec_fn=(lambda: os.close(close)) if close is not None else None)


def test_a_lone_surrogate_in_metadata_is_refused(run, article):
    path = article("a.txt", STORM_A, {"outlet": '"Coast \\ud800 Herald"'})
    result = run("source", "add", path, expect=1)
    assert result.stderr == f"Error: {path}: outlet is not valid text (it holds a lone surrogate)\n"
    _tried()


@pytest.mark.parametrize("side,message", [("\u00b2", "no claim '\u00b2'"), ("7" * 5000, "has sides 1-2, not 777777777777...")])
def test_resolve_with_a_side_that_is_no_number_we_can_read(run, storm, side, message):
    conflict = run.json("list", "--conflicts", "--json")[0]["id"]
    result = run("conflict", "resolve", conflict, "--side", side, "--why", "x", expect=1)
    assert message in result.stderr and result.stderr.count("\n") == 1
    _tried()


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["show", "{twelve}"], ["log"], ["matrix"],
                                  ["export", "--format", "csv"], ["case", "list"], ["note", "{twelve}", "x"]])
def test_a_closed_standard_output_is_one_line_and_nothing_done(storm, db_path, args):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = _cli(*[a.format(**storm) for a in args], close=1)
    assert result.returncode == 1
    assert result.stderr == "Error: standard output is closed; nothing was done\n"
    assert db_fingerprint(db_path) == before
    _tried()


def test_a_closed_standard_input_is_one_line(storm, db_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = _cli("source", "add", "-", close=0)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "Error: <stdin>: standard input is closed; give the article on it or as a file\n"
    assert db_fingerprint(db_path) == before
    _tried()


# --- 15. messages that say what is wrong ---------------------------------------------------------


def _in_a_mount_namespace(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """``script`` (sh) run as root in a mount namespace of its own: its mounts vanish with it."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a file system of its own")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs tmpfs {tmp_path}"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount here: {probe.stderr.decode().strip()}")
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHON=sys.executable))


def test_an_old_database_on_a_read_only_file_system_needs_an_upgrade(tmp_path):
    from conftest import ROOT
    from claimtrack.storage import SCHEMA_VERSION

    (tmp_path / "src").mkdir()
    (tmp_path / "ro").mkdir()
    shutil.copy(ROOT / "tests" / "data" / "schema-v1.db", tmp_path / "src" / "old.db")
    result = _in_a_mount_namespace(
        f"mount --bind -o ro {tmp_path}/src {tmp_path}/ro && \"$PYTHON\" -m claimtrack --db {tmp_path}/ro/old.db list",
        tmp_path)
    assert result.returncode == 1
    assert result.stderr == (f"Error: {tmp_path}/ro/old.db needs an upgrade (schema 1 to {SCHEMA_VERSION}) but cannot"
                             " be written (no copy can be made beside it: Read-only file system)\n")
    assert (tmp_path / "src" / "old.db").read_bytes() == (ROOT / "tests" / "data" / "schema-v1.db").read_bytes()
    _tried()


def test_a_full_disk_is_named_when_reading(storm, db_path, tmp_path):
    checkpoint(db_path)
    full = tmp_path / "full"
    full.mkdir()
    result = _in_a_mount_namespace(
        f"mount -t tmpfs -o size=512k tmpfs {full} && cp {db_path} {full}/claims.db"
        f" && (dd if=/dev/zero of={full}/filler bs=4k 2>/dev/null; true)"
        f" && \"$PYTHON\" -m claimtrack --db {full}/claims.db list --json", tmp_path)
    assert result.returncode == 1
    assert result.stderr == (f"Error: cannot open the database at {full}/claims.db: the disk holding it is full"
                             " (SQLite needs room beside it for its log, even to read)\n")
    _tried()


def test_a_log_limit_too_large_to_count_is_a_usage_error(run, storm):
    result = run("log", "--limit", "99999999999999999999", expect=2)
    assert "is not in the range" in result.stderr and "datatype mismatch" not in result.stderr
    _tried()


def test_a_db_path_starting_with_file_colon_is_a_file_name(tmp_path):
    made = _cli("--db", "file:x.db", "case", "list", "--json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "file:x.db").is_file() and not (tmp_path / "x.db").exists()
    _tried()


def test_review_skips_a_candidate_decided_meanwhile(run, storm, tmp_path, monkeypatch):
    case = tmp_path / "case"
    run("export", "--format", "case", "--case", "storm", case)
    for which in ("twelve", "fifteen"):
        _edit(case / "claims" / f"{storm[which]}.json", lambda d: d.update(status="candidate"))
    other = tmp_path / "other.db"
    run("--db", other, "import", case)
    from claimtrack.cli import extract as review_cli

    real_ask, decided = review_cli._ask, []
    first = run.json("--db", other, "list", "--candidates", "--json")[0]["id"]

    def ask_after_a_colleague_decided(question, default, **kwargs):
        if question.startswith("[a]ccept") and not decided:  # the first candidate is on screen: a colleague rejects it
            decided.append(first)
            subprocess.run([sys.executable, "-m", "claimtrack", "--db", str(other), "claim", "reject", first],
                           check=True, capture_output=True)
        return real_ask(question, default, **kwargs)

    monkeypatch.setattr(review_cli, "_ask", ask_after_a_colleague_decided)
    result = run("--db", other, "review", input="a\na\n")
    assert f"{first[:7]} was decided meanwhile (it is rejected now); skipped" in result.stderr
    assert result.stderr.strip().endswith("accepted 1, rejected 0, edited 0, skipped 1")
    _tried()


def test_zz_safety_tally():
    print(f"\nsafety: {TALLY['hostile inputs']} hostile inputs and fault scenarios tried here")
