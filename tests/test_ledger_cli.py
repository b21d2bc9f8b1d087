"""The claim ledger end to end: sources, claims, quotes, state, notes, history."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import checkpoint, db_fingerprint

QUAKE = (
    "Rescuers pulled survivors from the rubble on Tuesday after a magnitude 6.1 earthquake struck the province.\n"
    "The regional governor said at least 40 people were killed and \u201cmore than 200\u201d were injured.\n"
    "The quake, which lasted about 30 seconds, destroyed 1,200 homes \u2014 officials said.\n"
)
QUAKE_2 = (
    "Officials on Wednesday put the death toll at 35, lower than earlier estimates.\n"
    "The earthquake hit shortly after 3am on Monday, the ministry said.\n"
)


@pytest.fixture
def quake(run, article):
    one = article("one.txt", QUAKE, {"outlet": "Daily Wire Service", "published": "Apr 18, 2023", "case": "quake"})
    two = article("two.md", QUAKE_2, {"outlet": "Mountain Post", "published": "19 April 2023", "case": "quake"})
    run("source", "add", one, two)
    sources = run.json("source", "list", "--json")
    return {s["outlet"]: s["id"] for s in sources}


def test_source_add_reads_metadata_block_and_dates(run, quake):
    sources = run.json("source", "list", "--json")
    assert [(s["outlet"], s["published"], s["case"]) for s in sources] == [
        ("Daily Wire Service", "2023-04-18", "quake"),
        ("Mountain Post", "2023-04-19", "quake"),
    ]
    assert set(sources[0]) >= {"id", "case", "outlet", "title", "url", "published"}
    assert sources[0]["title"] is None and sources[0]["url"] is None


def test_command_line_metadata_wins_over_block(run, article):
    path = article("a.txt", QUAKE, {"outlet": "Block Outlet", "published": "2023-04-18"})
    run("source", "add", path, "--outlet", "Option Outlet", "--published", "24 April 2023", "--case", "c1")
    [source] = run.json("source", "list", "--json")
    assert (source["outlet"], source["published"], source["case"]) == ("Option Outlet", "2023-04-24", "c1")


def test_same_text_twice_is_one_source(run, article, quake):
    again = article("copy.txt", QUAKE)
    result = run("source", "add", again)
    assert "same text as source " + quake["Daily Wire Service"][:7] in result.stderr
    assert len(run.json("source", "list", "--json")) == 2


def test_source_from_stdin_goes_to_default_case(run):
    run("source", "add", "-", input="A flood displaced 3,000 residents on Sunday.\n")
    [source] = run.json("source", "list", "--json")
    assert source["case"] == "default" and source["outlet"] is None


def test_claim_add_anchors_quote_forgiving_typography(run, quake):
    src = quake["Daily Wire Service"]
    # straight quotes and a plain hyphen, where the article has curly quotes and an em dash
    claim = run("claim", "add", "More than 200 people were injured", "--source", src[:9],
                "--quote", 'at least 40 people were killed and "more than 200"', "--key", "quake.injured.count",
                "--value", "more than 200").stdout.strip()
    shown = run.json("show", claim, "--json")
    [appearance] = shown["appearances"]
    text = run.json("source", "show", src, "--json")["text"]
    assert appearance["quote"] == text[appearance["start"]:appearance["end"]]
    assert appearance["quote"] == "at least 40 people were killed and \u201cmore than 200\u201d"
    assert shown["normalized"] is not None and shown["value_type"] == "count"

    dash = run("claim", "add", "Homes destroyed", "--source", src, "--quote", "1,200 homes - officials said",
               "--key", "quake.homes-destroyed.count", "--value", "1,200").stdout.strip()
    quote = run.json("show", dash, "--json")["appearances"][0]["quote"]
    assert quote == "1,200 homes \u2014 officials said"


def test_quote_not_in_source_shows_closest_passage(run, quake, db_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = run("claim", "add", "Toll", "--source", quake["Daily Wire Service"], "--quote",
                 "at least 45 people were killed", expect=1)
    assert result.stderr.startswith("Error: quote not found in the source text; closest passage")
    assert "at least 40 people were killed" in result.stderr
    assert result.stderr.count("\n") == 1
    assert db_fingerprint(db_path) == before


def test_link_and_show_every_outlet(run, quake):
    toll = run("claim", "add", "At least 40 people died", "--source", quake["Daily Wire Service"],
               "--quote", "at least 40 people were killed", "--key", "quake.deaths.count", "--value", "at least 40",
               "--attribution", "the regional governor said").stdout.strip()
    run("claim", "link", toll, "--source", quake["Mountain Post"], "--quote", "put the death toll at 35",
        "--stance", "denies")
    shown = run.json("show", toll, "--json")
    assert [(a["outlet"], a["stance"], a["attribution"]) for a in shown["appearances"]] == [
        ("Daily Wire Service", "asserts", "the regional governor said"),
        ("Mountain Post", "denies", None),
    ]
    text = run("show", toll).stdout
    assert "Daily Wire Service" in text and "Mountain Post" in text
    assert "\u201cput the death toll at 35\u201d" in text


def test_relative_date_read_against_each_source(run, quake):
    claim = run("claim", "add", "The quake hit on Monday", "--source", quake["Mountain Post"],
                "--quote", "on Monday", "--key", "quake.date", "--value", "Monday").stdout.strip()
    shown = run.json("show", claim, "--json")
    # Mountain Post is dated Wednesday 2023-04-19: its "Monday" is 2023-04-17.
    assert "2023-04-17" in shown["normalized"]
    assert "2023-04-17" in shown["appearances"][0]["normalized"]


def test_status_and_verdict_life_cycle_with_history(run, quake):
    claim = run("claim", "add", "Homes destroyed", "--source", quake["Daily Wire Service"],
                "--quote", "destroyed 1,200 homes", "--value", "1,200").stdout.strip()
    assert run("verdict", claim, "true", "--why", "x", expect=1).stderr.startswith("Error: claim")
    run("status", claim, "in-review")
    assert "give one before marking it done" in run("status", claim, "done", expect=1).stderr
    run("verdict", claim, "mostly-true", "--why", "Ministry count is 1,150")
    assert "correction" in run("verdict", claim, "true", "--why", "Final report: 1,204", expect=1).stderr
    run("verdict", claim, "true", "--why", "Final report: 1,204", "--note", "Final ministry report: 1,204")
    run("status", claim, "done")
    assert "already done" in run("status", claim, "done", expect=1).stderr
    shown = run.json("show", claim, "--json")
    assert (shown["status"], shown["verdict"]) == ("done", "true")
    changes = [(h["action"], h["old"], h["new"], h["author"]) for h in shown["history"] if h["action"] in ("status", "verdict")]
    assert changes == [
        ("status", "unverified", "in-review", "tester"),
        ("verdict", None, "mostly-true", "tester"),
        ("verdict", "mostly-true", "true", "tester"),
        ("status", "in-review", "done", "tester"),
    ]
    log = run("log", claim).stdout
    assert "verdict: mostly-true -> true" in log and "Final ministry report" in log


def test_unverified_cannot_jump_to_done(run, quake):
    claim = run("claim", "add", "x", "--source", quake["Mountain Post"], "--quote", "death toll at 35").stdout.strip()
    result = run("status", claim, "done", expect=1)
    assert "can move to in-review, not done" in result.stderr


def test_notes_are_signed_and_timestamped(run, quake, monkeypatch):
    claim = run("claim", "add", "x", "--source", quake["Mountain Post"], "--quote", "death toll at 35").stdout.strip()
    monkeypatch.setenv("CLAIMTRACK_USER", "ana")
    monkeypatch.setenv("CLAIMTRACK_NOW", "2023-05-01T10:00:00.000000Z")
    run("note", claim, "Ministry bulletin No. 4 gives 35 dead", "--url", "https://example.org/bulletin-4", "--stance", "supports")
    [note] = run.json("show", claim, "--json")["notes"]
    assert (note["author"], note["created_at"], note["stance"], note["url"]) == (
        "ana", "2023-05-01T10:00:00.000000Z", "supports", "https://example.org/bulletin-4")


def test_list_filters_and_json_shape(run, quake):
    a = run("claim", "add", "Deaths", "--source", quake["Daily Wire Service"], "--quote", "at least 40 people were killed",
            "--key", "quake.deaths.count", "--value", "at least 40", "--tag", "toll").stdout.strip()
    b = run("claim", "add", "Deaths 2", "--source", quake["Mountain Post"], "--quote", "death toll at 35",
            "--key", "quake.deaths.count", "--value", "35").stdout.strip()
    c = run("claim", "add", "Length", "--source", quake["Daily Wire Service"], "--quote", "lasted about 30 seconds",
            "--key", "quake.duration", "--value", "about 30 seconds").stdout.strip()
    run("status", b, "in-review")
    claims = run.json("list", "--json")
    assert len(claims) == 3
    first = claims[0]
    assert list(first)[:11] == ["id", "case", "statement", "key", "value", "value_type", "normalized", "status", "verdict",
                               "rationale", "tags"]
    assert set(first["appearances"][0]) >= {"source", "outlet", "quote"}
    ids = lambda *args: sorted(c["id"][:7] for c in run.json("list", "--json", *args))
    assert ids("--key", "quake.deaths") == sorted([a, b])
    assert ids("--status", "in-review") == [b]
    assert ids("--tag", "toll") == [a]
    assert ids("--outlet", "mountain post") == [b]
    assert ids("--source", quake["Daily Wire Service"]) == sorted([a, c])
    assert ids("--verdict", "none") == sorted([a, b, c])
    assert run.json("list", "--json", "--key", "nothing") == []
    assert run.json("list", "--json", "--key", "%") == []  # literal match, not a LIKE pattern


def test_listing_to_a_pipe_is_one_aligned_line_per_claim(run, quake):
    long_statement = "Rescuers said at least forty people were killed when the quake struck the valley " * 2
    a = run("claim", "add", long_statement, "--source", quake["Daily Wire Service"], "--quote",
            "at least 40 people were killed", "--key", "quake.deaths.count", "--value", "at least 40").stdout.strip()
    b = run("claim", "add", "Länge\tdes Bebens", "--source", quake["Daily Wire Service"], "--quote",
            "lasted about 30 seconds", "--key", "quake.duration", "--value", "约30秒").stdout.strip()
    run("status", a, "in-review")
    run("verdict", a, "mostly-true", "--why", "checked")
    lines = run("list").stdout.splitlines()
    assert lines[0].split() == ["ID", "key", "value", "status", "verdict", "sources", "statement"]
    assert [line[:7] for line in lines[1:]] == [a, b]  # listing order: case, key
    first, second = lines[1], lines[2]
    assert first.endswith("  " + " ".join(long_statement.split()))  # the statement last and whole, on its line
    assert first.split()[1:7] == ["quake.deaths.count", "at", "least", "40", "in-review", "mostly-true"]
    # columns line up: each starts where the header's does, wide characters counted as two cells
    from rich.cells import cell_len

    for name in ("value", "status", "verdict", "sources", "statement"):
        start = lines[0].index(name)
        assert first[start - 2:start] == "  " and first[start] != " ", name
        cut = next(i for i in range(len(second) + 1) if cell_len(second[:i]) >= start)
        assert cell_len(second[:cut]) == start and second[cut - 2:cut] == "  " and second[cut] != " ", name
    assert "约30秒" in second and "Länge des Bebens" in second  # the tab in the statement is a space
    assert run("list", "--key", "nothing.here").stdout == ""


def test_listing_to_a_pipe_streams_without_a_table(tmp_path):
    """Off a terminal the listing is written claim by claim: rich's table, which lays out every
    row before it prints one, is not loaded."""
    import subprocess
    import sys

    db = tmp_path / "claims.db"
    code = ("import sys, claimtrack\n"
            "for args in (['import', sys.argv[2]], ['list']):\n"
            "    try:\n        claimtrack.main(['--db', sys.argv[1], *args])\n    except SystemExit:\n        pass\n"
            "print('TABLE:', 'rich.table' in sys.modules, file=sys.stderr)")
    from conftest import SEED_CASE

    out = subprocess.run([sys.executable, "-c", code, str(db), str(SEED_CASE)], capture_output=True, text=True,
                         check=True)
    assert "TABLE: False" in out.stderr
    assert len(out.stdout.splitlines()) == 1 + 33  # the header and the seed case's claims


def _on_a_terminal(code: str, *args: str, columns: int = 120) -> str:
    """What ``python -c code args`` prints on a terminal (a pseudo-terminal), colours off."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    env = dict(os.environ, COLUMNS=str(columns), NO_COLOR="1")
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait() == 0, b"".join(chunks)
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", b"".join(chunks).decode().replace("\r\n", "\n"))  # bold stays on


_LIST_ON_A_TERMINAL = """
import json, sys, claimtrack
from claimtrack import claims
from claimtrack.cli import reads
reads._TABLE_ROWS = int(sys.argv[3])
events = []  # claims read, and tables printed (with their rows), in the order they happen
read = claims.iter_claims
def iter_claims(*args, **kwargs):
    for claim in read(*args, **kwargs):
        events.append("read")
        yield claim
claims.iter_claims = iter_claims
for args in (["import", sys.argv[2]], ["list"]):
    try:
        claimtrack.main(["--db", sys.argv[1], *args])
    except SystemExit as stop:
        assert not stop.code, stop.code
    if args[0] == "import":
        from rich.console import Console
        show = Console.print
        def print_(self, table, *args, **kwargs):
            events.append(len(table.rows))
            return show(self, table, *args, **kwargs)
        Console.print = print_
        events.clear()
open(sys.argv[4], "w").write(json.dumps(events))
"""


def _claim_ids(db) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:  # listing order: case, key, then creation
        return [row[0][:7] for row in conn.execute(
            "SELECT id FROM claims WHERE status != 'rejected' ORDER BY case_name, key, created_at, rowid")]
    finally:
        conn.close()


def test_listing_on_a_terminal_is_one_table_with_wrapped_statements(tmp_path):
    from conftest import SEED_CASE

    db = tmp_path / "claims.db"
    shown = _on_a_terminal(_LIST_ON_A_TERMINAL, str(db), str(SEED_CASE), "200", str(tmp_path / "events"), columns=100)
    assert json.loads((tmp_path / "events").read_text()) == ["read"] * 33 + [33]  # one table
    lines = shown.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["ID", "key"])
    assert lines[header].split() == ["ID", "key", "value", "status", "verdict", "sources", "statement"]
    assert set(lines[header + 1].strip()) == {"\u2500"}  # the rule under the header
    listed = _claim_ids(db)
    starts = [line.split()[0] for line in lines[header + 2:] if line.split() and line.split()[0] in listed]
    assert starts == listed  # every claim, in listing order
    assert max(map(len, lines)) <= 100
    assert len(lines) > header + 2 + 33  # some statements wrapped onto lines of their own


def test_a_long_listing_on_a_terminal_is_printed_in_tables_that_line_up(tmp_path):
    """Past ``_TABLE_ROWS`` claims the table is printed as it is read, a few rows at a time,
    under one header, in columns of one width throughout."""
    from conftest import SEED_CASE

    db = tmp_path / "claims.db"
    shown = _on_a_terminal(_LIST_ON_A_TERMINAL, str(db), str(SEED_CASE), "5", str(tmp_path / "events"), columns=110)
    # printed as read: the first table once 6 claims are read (5 and one to know the listing is long)
    assert json.loads((tmp_path / "events").read_text()) == (
        ["read"] * 6 + [5] + ["read"] * 4 + [5] + (["read"] * 5 + [5]) * 4 + ["read"] * 3 + [3])
    lines = shown.splitlines()
    headers = [i for i, line in enumerate(lines) if line.split()[:2] == ["ID", "key"]]
    assert len(headers) == 1
    header = lines[headers[0]]
    assert header.split() == ["ID", "key", "value", "status", "verdict", "sources", "statement"]
    listed = _claim_ids(db)
    firsts = [line for line in lines[headers[0] + 2:] if line.split() and line.split()[0] in listed]
    assert [line.split()[0] for line in firsts] == listed  # 33 claims in 7 tables of 5 rows
    from claimtrack import claims

    for name in ("status", "sources", "statement"):
        start = header.index(name)
        for line in firsts:  # each column starts where the header's does, in every table
            assert line[start - 1] == " " and line[start] != " ", (name, line)
    statuses = {line[header.index("status"):].split()[0] for line in firsts}
    assert statuses <= set(claims.STATUSES)
    assert max(map(len, lines)) <= 110


@pytest.mark.parametrize("room, wants, widths", [
    (100, {"key": 20, "value": 10, "statement": 70}, {"key": 20, "value": 10, "statement": 70}),  # all fit
    (60, {"key": 38, "value": 24, "statement": 70}, {"key": 20, "value": 20, "statement": 20}),
    (70, {"key": 38, "value": 12, "statement": 70}, {"key": 29, "value": 12, "statement": 29}),  # narrow ones kept
    (61, {"key": 38, "value": 24, "statement": 70}, {"key": 20, "value": 20, "statement": 20}),  # never over room
    (2, {"key": 38, "value": 24, "statement": 70}, {"key": 1, "value": 1, "statement": 1}),  # at least 1 each
])
def test_share_narrows_the_widest_columns_first(room, wants, widths):
    from claimtrack.cli import output

    assert output.share(room, wants) == widths
    assert sum(widths.values()) <= max(room, len(wants))


def test_short_ids_and_ambiguity(run, quake):
    for n in range(3):
        run("claim", "add", f"claim {n}", "--source", quake["Mountain Post"], "--quote", "death toll at 35")
    result = run("show", "c", expect=1)
    assert result.stderr.startswith("Error: ambiguous ID 'c': matches ")
    assert result.stderr.count(", ") == 2
    full = run.json("list", "--json")[0]["id"]
    assert run.json("show", full.upper(), "--json")["id"] == full
    assert run.json("show", full[:8], "--json")["id"] == full


def test_case_list_and_scoping(run, article, quake):
    other = article("other.txt", "Another story: 12 people were killed in a flood on Friday.\n", {"case": "flood"})
    run("source", "add", other)
    cases = run.json("case", "list", "--json")
    assert [(c["name"], c["sources"]) for c in cases] == [("flood", 1), ("quake", 2)]
    flood_source = run.json("source", "list", "--json", "--case", "flood")[0]["id"]
    claim = run("claim", "add", "x", "--source", quake["Mountain Post"], "--quote", "death toll at 35").stdout.strip()
    result = run("claim", "link", claim, "--source", flood_source, "--quote", "12 people were killed", expect=1)
    assert "is in case 'flood'" in result.stderr
    assert run.json("list", "--json", "--case", "flood") == []


def test_python_dash_m_and_version():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "claimtrack", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("claimtrack ")


def test_empty_listings_print_empty_arrays(run):
    assert run("list", "--json").stdout == "[]\n"
    assert run("source", "list", "--json").stdout == "[]\n"
    assert run("case", "list", "--json").stdout == "[]\n"
    assert run("log", "--json").stdout == "[]\n"


def test_db_option_env_and_default_location(run, tmp_path, monkeypatch, article):
    path = article("a.txt", QUAKE)
    run("--db", tmp_path / "explicit.db", "source", "add", path)
    assert (tmp_path / "explicit.db").exists()
    monkeypatch.delenv("CLAIMTRACK_DB")
    run("source", "add", path)
    assert list((tmp_path / "xdg").rglob("claims.db"))


def test_database_schema_is_migrated_and_wal(run, db_path):
    run("list", "--json")
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [row[0] for row in conn.execute("SELECT version FROM _migrations ORDER BY version")]
    from claimtrack.storage import MIGRATIONS

    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_edit_renormalizes_and_moves_conflicts(run, quake):
    a = run("claim", "add", "Deaths", "--source", quake["Daily Wire Service"], "--quote", "at least 40 people were killed",
            "--key", "quake.deaths", "--value", "at least 40").stdout.strip()
    b = run("claim", "add", "Deaths", "--source", quake["Mountain Post"], "--quote", "death toll at 35",
            "--key", "quake.injured", "--value", "35").stdout.strip()
    assert run.json("list", "--conflicts", "--json") == []
    run("claim", "edit", b, "--key", "quake.deaths", "--note", "same figure, wrong key")
    [record] = run.json("list", "--conflicts", "--json")
    assert record["key"] == "quake.deaths"
    run("claim", "edit", b, "--value", "about 40")
    assert run.json("show", b, "--json")["normalized"] == "count ~40"
    assert run.json("list", "--conflicts", "--json") == []
    edits = [(h["field"], h["old"], h["new"]) for h in run.json("show", b, "--json")["history"] if h["action"] == "edit"]
    assert edits == [("key", "quake.injured", "quake.deaths"), ("value", "35", "about 40")]
    assert "nothing to change" in run("claim", "edit", a, "--value", "at least 40", expect=1).stderr


def test_candidates_accept_and_reject(run, quake):
    from claimtrack import claims, storage
    from claimtrack.context import Actor
    from claimtrack.cli import state

    conn = state.connect()
    with storage.write(conn):
        one = claims.add(conn, Actor(), statement="40 killed", source=quake["Daily Wire Service"],
                         quote="at least 40 people were killed", key="quake.deaths", value="at least 40", status="candidate")
        two = claims.add(conn, Actor(), statement="35 dead", source=quake["Mountain Post"],
                         quote="death toll at 35", key="quake.deaths", value="35", status="candidate")
    conn.close()
    assert sorted(c["id"] for c in run.json("list", "--candidates", "--json")) == sorted([one, two])
    [record] = run.json("list", "--conflicts", "--json")
    assert record["unreviewed"] is True
    assert "is a candidate" in run("status", one, "in-review", expect=1).stderr
    run("claim", "accept", one)
    run("claim", "reject", two, "--note", "toll from another day")
    assert run.json("list", "--conflicts", "--json") == []
    assert [c["id"] for c in run.json("list", "--json")] == [one]
    assert run.json("list", "--json", "--status", "rejected")[0]["id"] == two
    assert "not a candidate" in run("claim", "accept", one, expect=1).stderr


def test_listings_read_in_batches_give_the_same_claims(seeded, monkeypatch):
    """list streams claims a batch at a time; batch edges must not drop, repeat or reorder anything."""
    import json

    from claimtrack import claims

    whole, table = seeded("list", "--json").stdout, seeded("list").stdout
    assert len(json.loads(whole)) == 33
    monkeypatch.setattr(claims, "_LISTED_BATCH", 4)
    assert seeded("list", "--json").stdout == whole
    assert seeded("list").stdout == table
