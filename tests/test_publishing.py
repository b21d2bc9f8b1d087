"""What publishing rests on: verdicts with their rationale, corrections, note visibility,
source metadata fixed with history, and the schema 7 upgrade of old databases."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import ROOT, checkpoint, db_fingerprint

DURATION = "li-shangfu.moscow-visit.duration"


def claim_of(run, key: str, value: str) -> str:
    return next(c["id"] for c in run.json("list", "--json", "--key", key) if c["value"] == value)


@pytest.fixture
def in_review(seeded):
    claim = claim_of(seeded, DURATION, "four-day")
    seeded("status", claim, "in-review")
    return claim


def test_a_verdict_without_a_rationale_is_refused(seeded, in_review, db_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    for extra in ([], ["--why", "   "], ["--note", "only a note"]):
        result = seeded("verdict", in_review, "false", *extra, expect=1)
        assert result.stderr == 'Error: a verdict needs its rationale: say why it is rated so with --why "..."\n'
        assert result.stdout == ""
    assert db_fingerprint(db_path) == before
    assert seeded.json("show", in_review, "--json")["verdict"] is None


def test_the_rationale_is_kept_and_a_changed_verdict_is_a_correction(seeded, in_review):
    out = seeded("verdict", in_review, "false", "--why", "Two articles and TASS say three days").stdout
    assert out == f"{in_review[:7]}: verdict - -> false\n"
    shown = seeded.json("show", in_review, "--json")
    assert (shown["verdict"], shown["rationale"]) == ("false", "Two articles and TASS say three days")
    assert "why:     Two articles and TASS say three days" in seeded("show", in_review).stdout
    refused = seeded("verdict", in_review, "mostly-false", "--why", "A four-day stay was planned", expect=1)
    assert "changing it is a correction: say what changed with --note" in refused.stderr
    out = seeded("verdict", in_review, "mostly-false", "--why", "A four-day stay was planned",
                 "--note", "The ministry's itinerary lists a fourth day").stdout
    assert out == f"{in_review[:7]}: verdict false -> mostly-false (a correction)\n"
    # the rationale alone may be reworded: history keeps the old words, and it is no correction
    assert "reworded" in seeded("verdict", in_review, "mostly-false", "--why", "A fourth day was planned").stdout
    history = [(h["action"], h["field"], h["old"], h["new"], h["note"])
               for h in seeded.json("show", in_review, "--json")["history"] if h["field"] in ("verdict", "rationale")]
    assert history == [
        ("verdict", "verdict", None, "false", None),
        ("edit", "rationale", None, "Two articles and TASS say three days", None),
        ("verdict", "verdict", "false", "mostly-false", "The ministry's itinerary lists a fourth day"),
        ("edit", "rationale", "Two articles and TASS say three days", "A four-day stay was planned", None),
        ("edit", "rationale", "A four-day stay was planned", "A fourth day was planned", None),
    ]


def test_record_is_the_one_way_a_verdict_changes(seeded, db_path):
    """What an import calls to apply a colleague's verdict: no status check, and a change is a correction."""
    from claimtrack import storage, verdicts
    from claimtrack.context import Actor
    from claimtrack.errors import InvalidInput, InvalidTransition

    claim = claim_of(seeded, DURATION, "three-day")
    conn = storage.connect(db_path, now="2023-05-01T12:00:00Z")
    actor = Actor(_name="import")
    with storage.write(conn):
        first = verdicts.record(conn, actor, claim, "true", rationale="Kremlin readout", at="2023-05-01T12:00:00Z")
    assert first == {"id": claim, "old": None, "new": "true", "correction": False}
    with pytest.raises(InvalidTransition), storage.write(conn):
        verdicts.record(conn, actor, claim, "false", rationale="x")
    with pytest.raises(InvalidInput), storage.write(conn):
        verdicts.record(conn, actor, claim, "false", rationale="", note="y")
    with storage.write(conn):
        change = verdicts.record(conn, actor, claim, "false", rationale="Itinerary", note="imported from bob/claims/x.json")
    assert change["correction"]
    entries = [dict(row) for row in conn.execute("SELECT * FROM history WHERE claim_id = ? AND action = 'verdict'"
                                                 " ORDER BY at, id", (claim,))]
    assert [verdicts.is_correction(e) for e in entries] == [False, True]
    assert entries[1]["note"] == "imported from bob/claims/x.json" and entries[1]["author"] == "import"
    conn.close()


def test_the_rating_scale_is_the_organisations(seeded, in_review):
    listed = seeded.json("config", "scale", "list", "--json")
    assert [r["name"] for r in listed] == ["true", "mostly-true", "mixed", "mostly-false", "false", "unproven"]
    assert all(r["definition"] for r in listed) and listed[-1]["value"] is None
    seeded("config", "scale", "set", "half-true", "--label", "Half true", "--definition", "Partly accurate.", "--value", "3")
    assert "a new rating needs --label and --definition" in seeded("config", "scale", "set", "odd", expect=1).stderr
    seeded("verdict", in_review, "half-true", "--why", "Half of it holds")
    assert "carry the verdict 'half-true'" in seeded("config", "scale", "remove", "half-true", expect=1).stderr
    assert "unknown verdict 'quarter-true'" in seeded("verdict", in_review, "quarter-true", "--why", "x", expect=2).stderr
    assert seeded("check").stdout == "ok\n"


def test_notes_are_internal_unless_published(seeded, in_review):
    internal = seeded("note", in_review, "Ask the ministry for the itinerary").stdout.strip()
    public = seeded("note", in_review, "The ministry's itinerary lists three days", "--url", "https://mod.example.org/it",
                    "--archive", "https://archive.example.org/mod.example.org/it", "--stance", "refutes",
                    "--public").stdout.strip()
    notes = {n["id"][:7]: n for n in seeded.json("show", in_review, "--json")["notes"]}
    assert notes[internal]["visibility"] == "internal" and notes[public]["visibility"] == "public"
    assert notes[public]["archive_url"] == "https://archive.example.org/mod.example.org/it"
    assert "an archive link archives the evidence URL" in seeded("note", in_review, "x", "--archive",
                                                                 "https://a.example.org", expect=1).stderr
    out = seeded("note-edit", internal, "--public").stdout
    assert out == f"{internal}: visibility: internal -> public\n"
    assert "nothing to change" in seeded("note-edit", internal, "--public", expect=1).stderr
    assert "has no URL to archive" in seeded("note-edit", internal, "--archive", "https://a.example.org", expect=1).stderr
    seeded("note-edit", internal, "--internal")
    edits = [(h["field"], h["old"], h["new"]) for h in seeded.json("show", in_review, "--json")["history"]
             if h["action"] == "edit" and h["field"] == "visibility"]
    assert edits == [("visibility", "internal", "public"), ("visibility", "internal", "public"),
                     ("visibility", "public", "internal")]


def test_note_visibility_travels_with_case_files(seeded, in_review, tmp_path):
    note = seeded("note", in_review, "Evidence", "--url", "https://mod.example.org/a").stdout.strip()
    seeded("export", "--format", "case", tmp_path / "case")
    other = tmp_path / "other.db"
    seeded("--db", other, "import", tmp_path / "case")
    seeded("note-edit", note, "--public")
    seeded("export", "--format", "case", tmp_path / "case")
    seeded("--db", other, "import", tmp_path / "case")
    [shown] = [n for n in seeded.json("--db", other, "show", in_review, "--json")["notes"] if n["id"].startswith(note)]
    assert shown["visibility"] == "public"


def test_source_edit_fixes_metadata_with_history_and_rereads_dates(seeded):
    sources = {s["title"]: s for s in seeded.json("source", "list", "--json")}
    undated = sources["Putin Welcomes China\u2019s Defense Minister to Moscow"]["id"]
    unresolved = [c["key"] for c in seeded.json("list", "--conflicts", "--json")]
    out = seeded("source", "edit", undated[:7], "--outlet", "Example Daily", "--published", "18 April 2023").stdout
    assert out == (f"{undated[:7]}: outlet: unknown -> Example Daily\n"
                   f"{undated[:7]}: published: unknown -> 2023-04-18\n")
    shown = seeded.json("source", "show", undated[:7], "--json", "--no-text")
    assert (shown["outlet"], shown["published"]) == ("Example Daily", "2023-04-18")
    [sunday] = [c for c in seeded.json("list", "--json", "--key", "li-shangfu.putin-meeting.date") if c["value"] == "Sunday"]
    read = {a["source"]: a["normalized"] for a in sunday["appearances"]}
    assert read[undated] == "date 2023-04-16"  # "Sunday" now read against the new date
    assert [c["key"] for c in seeded.json("list", "--conflicts", "--json")] == unresolved
    log = seeded.json("log", "--json")
    assert [(h["field"], h["old"], h["new"]) for h in log if h["entity_id"] == undated and h["action"] == "edit"] == [
        ("outlet", None, "Example Daily"), ("published", None, "2023-04-18")]
    assert "nothing to change" in seeded("source", "edit", undated[:7], "--outlet", "Example Daily", expect=1).stderr
    assert "say what to change" in seeded("source", "edit", undated[:7], expect=1).stderr
    assert "http(s)" in seeded("source", "edit", undated[:7], "--url", "ftp://x", expect=1).stderr
    seeded("source", "edit", undated[:7], "--outlet", "-")
    assert seeded.json("source", "show", undated[:7], "--json", "--no-text")["outlet"] is None
    assert seeded("check").stdout == "ok\n"


@pytest.mark.parametrize("name", ["schema-v1.db", "schema-v3.db"])
def test_old_databases_upgrade_to_schema_7(run, tmp_path, name):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "data" / name, old)
    conn = sqlite3.connect(old)
    notes = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    conn.execute("INSERT INTO config (key, value) VALUES ('report.title', 'Li in Moscow'), ('org.name', 'Desk')")
    conn.commit()
    conn.close()
    assert run.json("--db", old, "config", "list", "--json", "--case", "li-shangfu-moscow-2023")["report.title"] \
        == "Li in Moscow"
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT max(version) FROM _migrations").fetchone()[0] >= 7  # and any later one
    assert conn.execute("SELECT visibility, count(*) FROM notes GROUP BY visibility").fetchall() == [("internal", notes)]
    assert conn.execute("SELECT key, value FROM config ORDER BY key").fetchall() == [("org.name", "Desk")]
    assert conn.execute("SELECT * FROM case_settings").fetchall() == [("li-shangfu-moscow-2023", "report.title",
                                                                       "Li in Moscow")]
    assert conn.execute("SELECT count(*) FROM claims WHERE rationale IS NOT NULL").fetchone() == (0,)
    conn.close()
    assert run("--db", old, "check").stdout == "ok\n"
