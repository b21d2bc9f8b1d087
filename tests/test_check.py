"""`claimtrack check`, and old databases opened by the current version."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT, checkpoint, db_fingerprint

OLD = ROOT / "tests" / "data" / "schema-v1.db"


def _raw(db: Path) -> sqlite3.Connection:
    """A plain connection with foreign keys off: how damage gets in."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def _findings(run) -> list[dict]:
    result = run("check", "--json", expect=1)
    data = json.loads(result.stdout)
    assert data["ok"] is False
    return data["findings"]


def test_a_sound_database_is_ok(seeded, db_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = seeded("check")
    assert result.stdout == "ok\n" and result.stderr == ""
    assert seeded.json("check", "--json") == {"ok": True, "findings": []}
    assert db_fingerprint(db_path) == before  # checking changes nothing


def test_a_quote_that_no_longer_matches_its_source(seeded, db_path):
    conn = _raw(db_path)
    conn.execute("UPDATE sources SET text = replace(text, 'four-day visit', 'five-day visit')")
    conn.close()
    findings = _findings(seeded)
    quotes = [f for f in findings if f["check"] == "quote"]
    assert len(quotes) == 1 and quotes[0]["table"] == "appearances"
    assert "does not match source" in quotes[0]["message"] and "no longer in the text" in quotes[0]["message"]
    assert [f["check"] for f in findings if f["check"] == "text"] == ["text"]
    assert set(findings[0]) == {"check", "table", "id", "message"}


def test_a_quote_that_moved_says_where_it_is_now(seeded, db_path):
    conn = _raw(db_path)
    conn.execute("UPDATE sources SET text = 'Preface. ' || text, content_hash = 'stale' "
                 "WHERE id = (SELECT source_id FROM appearances WHERE quote LIKE '%four-day visit%')")
    conn.close()
    moved = [f for f in _findings(seeded) if f["check"] == "quote"]
    assert moved and all("now at" in f["message"] for f in moved)


def test_orphan_rows_are_named(seeded, db_path):
    conn = _raw(db_path)
    claim_id = conn.execute("SELECT claim_id FROM notes ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
    conn.close()
    findings = _findings(seeded)
    orphans = {(f["table"], f["message"].split(" points to ")[-1].split(",")[0]) for f in findings if f["check"] == "orphan"}
    assert ("appearances", f"its claim {claim_id!r}") in orphans
    assert ("notes", f"its claim {claim_id!r}") in orphans
    assert ("history", f"its claim {claim_id!r}") in orphans
    assert not [f for f in findings if f["check"] == "foreign-key"]  # named once, not twice


def test_a_claim_without_appearance_and_a_conflict_without_claims(seeded, db_path):
    conn = _raw(db_path)
    [claim_id] = conn.execute("SELECT id FROM claims WHERE key = 'li-shangfu.appointment.date' LIMIT 1").fetchone()
    conn.execute("DELETE FROM appearances WHERE claim_id = ?", (claim_id,))
    conn.execute("UPDATE claims SET key = 'moved.elsewhere' WHERE key = 'li-shangfu.moscow-visit.duration'")
    conn.close()
    messages = [f["message"] for f in _findings(seeded)]
    assert f"claim {claim_id} has no appearance in any source" in messages
    assert any("stands on key 'li-shangfu.moscow-visit.duration', which no claim" in m for m in messages)


def test_values_outside_their_choices(seeded, db_path):
    conn = _raw(db_path)
    conn.execute("UPDATE claims SET status = 'approved' WHERE rowid = 1")
    conn.execute("UPDATE notes SET stance = 'agrees' WHERE rowid = 1")
    conn.execute("UPDATE conflicts SET sides_json = '{broken' WHERE rowid = 1")
    conn.close()
    values = [f["message"] for f in _findings(seeded) if f["check"] == "value"]
    assert any("has status 'approved'" in m for m in values)
    assert any("has stance 'agrees'" in m for m in values)
    assert any("stored sides are not readable JSON" in m for m in values)


def test_a_declared_foreign_key_the_named_checks_do_not_cover(seeded, db_path):
    conn = _raw(db_path)
    conn.execute("CREATE TABLE extra (id TEXT, claim_id TEXT REFERENCES claims(id))")
    conn.execute("INSERT INTO extra VALUES ('x', 'cnothere')")
    conn.close()
    [finding] = _findings(seeded)
    assert finding["check"] == "foreign-key" and finding["table"] == "extra"


def test_a_damaged_page_is_reported_with_a_list_and_exit_1(seeded, db_path):
    checkpoint(db_path)
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_history_at'").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    offset = (root - 1) * page_size
    data[offset + 100: offset + page_size] = bytes(range(256)) * ((page_size - 100) // 256) + bytes((page_size - 100) % 256)
    db_path.write_bytes(bytes(data))
    result = seeded("check", expect=1)
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("integrity: ", "orphan: ", "quote: ", "text: ", "value: ", "foreign-key: "))
                         for line in lines)
    assert any(line.startswith("integrity: ") for line in lines)
    assert result.stderr.endswith("found\n") and "Traceback" not in result.stderr


def test_check_on_something_that_is_not_a_database(run, tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("hello\n" * 100)
    result = run("--db", bogus, "check", expect=1)
    assert result.stderr == f"Error: {bogus} is not a claimtrack database (not SQLite, or damaged)\n"


def test_check_never_creates_a_database(run, tmp_path):
    result = run("--db", tmp_path / "none.db", "check", expect=1)
    assert result.stderr.startswith("Error: no database at ")
    assert not (tmp_path / "none.db").exists()


def test_check_core_is_pure_and_ordered(seeded, db_path):
    from claimtrack import check, storage

    conn = _raw(db_path)
    conn.execute("UPDATE claims SET verdict = 'maybe' WHERE rowid IN (1, 2)")
    conn.close()
    conn = storage.connect(db_path, now="2024-01-01T00:00:00Z")
    first, second = check.run(conn), check.run(conn)
    assert first == second and len(first) == 2
    assert [f.id for f in first] == sorted(f.id for f in first)
    assert not conn.in_transaction


# --- old databases -------------------------------------------------------------------------


def _tables(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])")]
            out[name] = (columns, conn.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall())
        return out
    finally:
        conn.close()


def test_first_schema_upgrades_with_every_row_kept_and_an_exact_backup(run, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(OLD, old)
    original = _tables(OLD)
    assert len(run.json("--db", old, "list", "--json")) == 33
    backup = tmp_path / "old.db.v1.bak"
    assert backup.read_bytes() == OLD.read_bytes()  # the backup is the old file, byte for byte
    upgraded = _tables(old)
    from claimtrack.storage import MIGRATIONS

    for name, (columns, rows) in original.items():
        if name == "_migrations":
            assert len(upgraded[name][1]) == len(MIGRATIONS)
            continue
        new_columns, new_rows = upgraded[name]
        kept = [tuple(row[new_columns.index(c)] for c in columns) for row in new_rows]
        assert kept[: len(rows)] == rows, name  # every value of every row, as it was
        added = kept[len(rows):]
        if name == "history":  # the upgrade detects the conflicts the old version could not
            assert added and {row[columns.index("entity")] for row in added} == {"conflict"}
        else:
            assert added == [], name
    assert "conflicts" in upgraded and len(upgraded["conflicts"][1]) > 0
    # opening again neither migrates nor backs up again
    stamp = backup.stat().st_mtime_ns
    run("--db", old, "list", "--json")
    assert backup.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old.db.")) == ["old.db.v1.bak"]
    seeded_check = run("--db", old, "check")
    assert seeded_check.stdout == "ok\n"


def test_backup_of_an_old_database_with_unsaved_wal_content(tmp_path):
    """A v1 database in use: the backup includes what only its WAL holds."""
    from claimtrack import storage

    old = tmp_path / "old.db"
    shutil.copy(OLD, old)
    holder = sqlite3.connect(old, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("INSERT INTO config (key, value) VALUES ('org.name', 'Pending Desk')")
    try:
        assert Path(str(old) + "-wal").stat().st_size > 0
        storage.connect(old, now="2024-01-01T00:00:00Z").close()
    finally:
        holder.close()
    backup = sqlite3.connect(tmp_path / "old.db.v1.bak")
    assert backup.execute("SELECT value FROM config WHERE key = 'org.name'").fetchone() == ("Pending Desk",)
    assert backup.execute("SELECT max(version) FROM _migrations").fetchone() == (1,)
    assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    backup.close()


def test_a_failed_upgrade_changes_nothing_and_the_next_one_completes(tmp_path, monkeypatch):
    from claimtrack import storage

    old = tmp_path / "old.db"
    shutil.copy(OLD, old)

    def broken(db):
        raise RuntimeError("simulated failure half-way through an upgrade")

    monkeypatch.setattr(storage, "MIGRATIONS", [*storage.MIGRATIONS[:-1], broken])
    with pytest.raises(RuntimeError):
        storage.connect(old, now="2024-01-01T00:00:00Z")
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT max(version) FROM _migrations").fetchone() == (1,)
    assert "conflicts" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert (tmp_path / "old.db.v1.bak").read_bytes() == OLD.read_bytes()
    monkeypatch.undo()
    conn = storage.connect(old, now="2024-01-01T00:00:00Z")
    assert conn.execute("SELECT max(version) FROM _migrations").fetchone()[0] == len(storage.MIGRATIONS)
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 33
    conn.close()


SCHEMA_3 = ROOT / "tests" / "data" / "schema-v3.db"


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _plan(conn: sqlite3.Connection, sql: str) -> str:
    return " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, ["x"] * sql.count("?")))


def test_a_schema_3_database_upgrades_its_indexes_and_gives_appearances_their_claims_keys(run, tmp_path):
    """schema-v3.db was written by claimtrack at schema 3 (commit c25dc63^): the seed case imported,
    extracted (24 candidates), one candidate's key edited (c6jrp2m: li-shangfu.sanctions ->
    li-shangfu.us-sanctions) and one rejected. Schema 4 drops appearances(claim_id), which
    appearances(claim_id, source_id, start) covers; schema 5 copies each claim's case and key onto
    its appearances, for detection."""
    from claimtrack import conflicts, storage

    old = tmp_path / "old.db"
    shutil.copy(SCHEMA_3, old)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT max(version) FROM _migrations").fetchone() == (3,)
    assert "idx_appearances_claim_id" in _indexes(conn)
    before = conn.execute("SELECT * FROM appearances ORDER BY rowid").fetchall()
    conflicts_before = conn.execute("SELECT key, active, fingerprint, sides_json FROM conflicts ORDER BY key").fetchall()
    conn.close()

    listed = run.json("--db", old, "list", "--json")
    assert len(listed) == 33 + 23  # the rejected candidate is not listed
    assert (tmp_path / "old.db.v3.bak").read_bytes() == SCHEMA_3.read_bytes()
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT max(version) FROM _migrations").fetchone() == (len(storage.MIGRATIONS),)
    assert "idx_appearances_claim_id" not in _indexes(conn)
    # every old column of every appearance as it was; the two new ones are the claim's
    after = conn.execute("SELECT * FROM appearances ORDER BY rowid").fetchall()
    assert [row[:len(before[0])] for row in after] == before
    copied = conn.execute("SELECT a.case_name, a.key, c.case_name, c.key FROM appearances a"
                          " JOIN claims c ON c.id = a.claim_id").fetchall()
    assert len(copied) == len(before) and all(row[:2] == row[2:] for row in copied)
    assert conn.execute("SELECT key FROM appearances WHERE claim_id LIKE 'c6jrp2m%'").fetchall() \
        == [("li-shangfu.us-sanctions",)]  # the key as edited, not as extracted
    # the upgrade finds the same conflicts the old version stored (the same keys, states and sides),
    # now classed, each with its reason (schema 10)
    conflicts_after = conn.execute("SELECT key, active, fingerprint, sides_json FROM conflicts ORDER BY key").fetchall()
    assert [row[:3] for row in conflicts_after] == [row[:3] for row in conflicts_before]

    def sides(stored: str) -> list:
        return [(side["value"], side["outlets"], side["quotes"]) for side in json.loads(stored)["sides"]]

    assert [sides(row[3]) for row in conflicts_after] == [sides(row[3]) for row in conflicts_before]
    assert {json.loads(row[3])["class"] for row in conflicts_after if row[1]} == {"contradiction"}
    assert "idx_appearances_case_name_key (case_name=? AND key=?)" in _plan(conn, conflicts._APPEARANCES.format(keys="?"))
    assert "idx_claims_case_name_key (case_name=? AND key=?)" in _plan(conn, conflicts._CLAIMS.format(keys="?"))
    assert "idx_appearances_claim_id_source_id_start (claim_id=?)" in _plan(
        conn, "SELECT * FROM appearances WHERE claim_id = ? ORDER BY source_id, start, id")
    conn.close()
    assert run("--db", old, "show", listed[0]["id"]).stdout
    assert run("--db", old, "check").stdout == "ok\n"


def _keys_differ(db: Path) -> list:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT a.id FROM appearances a JOIN claims c ON c.id = a.claim_id"
                            " WHERE (a.case_name, a.key) IS NOT (c.case_name, c.key)").fetchall()
    finally:
        conn.close()


def test_appearances_follow_their_claims_key_and_detection_with_them(seeded, db_path):
    """Detection reads appearances by the case and key they carry: an edited key must reach them."""
    assert _keys_differ(db_path) == []
    [four] = [c for c in seeded.json("list", "--json", "--key", "li-shangfu.moscow-visit.duration")
              if c["value"] == "four-day"]
    seeded("claim", "edit", four["id"], "--key", "li-shangfu.moscow-visit.planned-duration")
    assert _keys_differ(db_path) == []
    assert seeded.json("list", "--conflicts", "--json", "--key", "li-shangfu.moscow-visit") == []
    seeded("claim", "edit", four["id"], "--key", "li-shangfu.moscow-visit.duration")
    [record] = seeded.json("list", "--conflicts", "--json", "--key", "li-shangfu.moscow-visit")
    assert {side["value"] for side in record["sides"]} == {"three-day", "four-day"}
    assert seeded("check").stdout == "ok\n"


def test_an_appearance_stored_under_another_key_takes_its_claims(seeded, db_path):
    conn = _raw(db_path)
    claim_id, case, key = conn.execute("SELECT id, case_name, key FROM claims WHERE key IS NOT NULL LIMIT 1").fetchone()
    row = conn.execute("SELECT * FROM appearances WHERE claim_id = ? LIMIT 1", (claim_id,)).fetchone()
    columns = [d[0] for d in conn.execute("SELECT * FROM appearances LIMIT 0").description]
    for number, (wrong_case, wrong_key) in enumerate([(None, None), (case, "other.key"), ("other-case", key)]):
        copy = dict(zip(columns, row), id=f"copy{number}", start=row[columns.index("start")] + 1000 + number,
                    case_name=wrong_case, key=wrong_key)
        conn.execute(f"INSERT INTO appearances ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                     list(copy.values()))
        assert conn.execute("SELECT case_name, key FROM appearances WHERE id = ?", (f"copy{number}",)).fetchone() \
            == (case, key)
    conn.close()


def test_an_appearance_whose_key_is_not_its_claims_is_reported(seeded, db_path):
    conn = _raw(db_path)
    appearance_id = conn.execute("SELECT id FROM appearances ORDER BY rowid LIMIT 1").fetchone()[0]
    conn.execute("UPDATE appearances SET key = 'somewhere.else' WHERE id = ?", (appearance_id,))
    conn.close()
    [finding] = [f for f in _findings(seeded) if f["check"] == "value"]
    assert finding["table"] == "appearances" and finding["id"] == appearance_id
    assert "filed under key 'somewhere.else'" in finding["message"]
    assert finding["message"].endswith("conflict detection misses it")
