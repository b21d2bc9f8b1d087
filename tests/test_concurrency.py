"""Many writers at once: every operation lands exactly once, readers never see half of one.

Eight worker processes each perform a hundred operations through the core,
each operation its own unit of work on the worker's own connection, while
reader processes check, again and again, that what they see is whole. A
smaller run does the same through the command line, one process per command.

Run as a script (``python test_concurrency.py worker DB N SEED``) this file is
one worker or reader; pytest only starts them.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import db_count

WORKERS = 8
OPERATIONS = 100
CASE = "race"
# Operations and how often each is picked, once its preconditions hold.
WEIGHTS = {"source add": 2, "claim add": 3, "link": 2, "note": 3, "status": 2, "verdict": 2, "extract": 1}
TIMEOUT = 120


def _article(token: str, n: int) -> str:
    return (f"Bulletin {token}. Officials said {n} people were evacuated from Riverside on Sunday, "
            f"the mayor said. Damage was put at ${n + 3} million. The storm lasted three days.\n")


def _extract_run():
    """The core call that stores candidates, one unit of work per source; None before extraction exists."""
    try:
        from claimtrack.extract import store as extract_store
    except ImportError:
        return None
    return extract_store.run


# --- the worker: runs in its own process ---------------------------------------------------


def worker(db: str, index: int, operations: int, seed: int) -> dict:
    from claimtrack import claims, sources, storage
    from claimtrack.context import Actor

    rng = random.Random(seed)
    conn = storage.connect(Path(db), now="2024-05-09T00:00:00.000000Z")
    actor = Actor(_name=f"worker-{index}")
    extract_run = _extract_run()
    own_sources: list[tuple[str, int]] = []  # (id, n in its text)
    unread: list[str] = []  # own sources not extracted yet
    own_claims: list[dict] = []  # {"id", "status", "verdict", "linked": set of source ids}
    done: list[list[str]] = []
    failed: list[str] = []
    for number in range(operations):
        token = f"w{index}-op{number}"
        possible = ["source add"]
        if own_sources:
            possible += ["claim add"]
            if extract_run is not None and unread:
                possible.append("extract")
        if own_claims:
            possible += ["note", "status", "verdict"]
            if any(len(c["linked"]) < len(own_sources) for c in own_claims):
                possible.append("link")
        op = rng.choices(possible, weights=[WEIGHTS[p] for p in possible])[0]
        try:
            with storage.write(conn):
                if op == "source add":
                    n = 100 * index + number
                    item = sources.SourceInput(text=sources.normalize_text(_article(token, n)), meta={}, origin=token)
                    source_id = sources.add(conn, actor, item, {"case": CASE, "outlet": f"Outlet {index}",
                                                                "title": token, "published": "2024-05-08"})
                    pending = ("source", source_id, n)
                elif op == "claim add":
                    source_id, n = rng.choice(own_sources)
                    shared = rng.random() < 0.5
                    claim_id = claims.add(conn, actor, statement=token, source=source_id,
                                          quote=f"{n} people were evacuated",
                                          key="race.evacuated" if shared else f"race.w{index}.evacuated", value=str(n))
                    pending = ("claim", claim_id, source_id)
                elif op == "extract":
                    source_id = rng.choice(unread)
                    extract_run(conn, actor, [source_id])
                    pending = ("extract", source_id)
                    token = source_id
                elif op == "link":
                    claim = rng.choice([c for c in own_claims if len(c["linked"]) < len(own_sources)])
                    source_id, n = next(s for s in own_sources if s[0] not in claim["linked"])
                    claims.link(conn, actor, claim=claim["id"], source=source_id, quote=f"{n} people were evacuated",
                                attribution=token)
                    pending = ("link", claim, source_id)
                elif op == "note":
                    claim = rng.choice(own_claims)
                    claims.add_note(conn, actor, claim["id"], token, stance=rng.choice(claims.NOTE_STANCES))
                    pending = None
                elif op == "status":
                    claim = rng.choice(own_claims)
                    new = {"unverified": "in-review", "done": "in-review"}.get(claim["status"])
                    if new is None:
                        new = "done" if claim["verdict"] and rng.random() < 0.5 else "unverified"
                    claims.set_status(conn, actor, claim["id"], new, note=token)
                    pending = ("status", claim, new)
                else:  # verdict: a claim in review gets one; later ones are corrections with a note
                    reviewing = [c for c in own_claims if c["status"] in ("in-review", "done")]
                    if not reviewing:
                        claim = rng.choice(own_claims)
                        if claim["status"] == "unverified":
                            claims.set_status(conn, actor, claim["id"], "in-review", note=token)
                        claim["status"] = "in-review"
                        op = "status"
                        pending = None
                    else:
                        claim = rng.choice(reviewing)
                        verdict = "false" if claim["verdict"] == "true" else "true"
                        claims.set_verdict(conn, actor, claim["id"], verdict, note=token, rationale=token)
                        pending = ("verdict", claim, verdict)
        except Exception as error:  # every failure is reported, none is retried
            failed.append(f"{token} {op}: {type(error).__name__}: {error}")
            continue
        if pending is not None:
            kind = pending[0]
            if kind == "source":
                own_sources.append((pending[1], pending[2]))
                unread.append(pending[1])
            elif kind == "extract":
                unread.remove(pending[1])
            elif kind == "claim":
                own_claims.append({"id": pending[1], "status": "unverified", "verdict": None, "linked": {pending[2]}})
            elif kind == "link":
                pending[1]["linked"].add(pending[2])
            elif kind == "status":
                pending[1]["status"] = pending[2]
            elif kind == "verdict":
                pending[1]["verdict"] = pending[2]
        done.append([op, token])
    conn.close()
    return {"done": done, "failed": failed}


# --- the reader: checks that every snapshot it sees is whole --------------------------------

INVARIANTS = {
    "claim without an appearance": "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM appearances a WHERE a.claim_id = c.id)",
    "appearance without its claim": "SELECT count(*) FROM appearances a WHERE a.claim_id NOT IN (SELECT id FROM claims)",
    "appearance without its source": "SELECT count(*) FROM appearances a WHERE a.source_id NOT IN (SELECT id FROM sources)",
    "history without its claim": "SELECT count(*) FROM history h WHERE h.claim_id IS NOT NULL AND h.claim_id NOT IN (SELECT id FROM claims)",
    "note without its claim": "SELECT count(*) FROM notes n WHERE n.claim_id NOT IN (SELECT id FROM claims)",
    "note without its history": "SELECT count(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity_id = n.id)",
    "claim without its creation": "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity_id = c.id AND h.action = 'create')",
    "source without its history": "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity_id = s.id)",
}


def reader(db: str, stop_file: str) -> dict:
    """Reads until told to stop: raw snapshots, and the core's own read functions."""
    from claimtrack import claims, storage

    conn = storage.connect(Path(db), now="2024-05-09T00:00:00.000000Z")
    reads, problems, seen = 0, [], 0
    while not os.path.exists(stop_file):
        with storage.snapshot(conn):
            for label, sql in INVARIANTS.items():
                count = conn.execute(sql).fetchone()[0]
                if count:
                    problems.append(f"{label}: {count}")
            total = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        if total < seen:
            problems.append(f"claims went from {seen} to {total}")
        seen = total
        listed = claims.list_claims(conn, case=CASE)
        problems += [f"listed claim {c['id']} has no appearance" for c in listed if not c["appearances"]]
        for claim in listed[-3:]:
            record = claims.get(conn, claim["id"])
            notes = sum(1 for h in record["history"] if h["action"] == "note")
            links = sum(1 for h in record["history"] if h["action"] == "link")
            if notes != len(record["notes"]):
                problems.append(f"claim {claim['id']}: {len(record['notes'])} notes but {notes} in its history")
            if links != len(record["appearances"]):
                problems.append(f"claim {claim['id']}: {len(record['appearances'])} appearances but {links} links in its history")
        reads += 1
        time.sleep(0.05)  # leave the cores to the writers
    conn.close()
    return {"reads": reads, "problems": problems[:20]}


# --- the tests ------------------------------------------------------------------------------


def _script(*args: str, env=None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _collect(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err
    return json.loads(out)


def _setup(db: Path) -> None:
    from claimtrack import storage

    storage.connect(db, now="2024-05-09T00:00:00.000000Z").close()


def _landed(db: Path, op: str, token: str) -> int:
    """How many times the operation with this token is in the database."""
    queries = {
        "source add": "SELECT count(*) FROM sources WHERE title = ?",
        "claim add": "SELECT count(*) FROM claims WHERE statement = ?",
        "link": "SELECT count(*) FROM appearances WHERE attribution = ?",
        "note": "SELECT count(*) FROM notes WHERE text = ?",
        "status": "SELECT count(*) FROM history WHERE action = 'status' AND note = ?",
        "verdict": "SELECT count(*) FROM history WHERE action = 'verdict' AND note = ?",
    }
    if op == "extract":  # token is the source: read once, and no candidate stored twice
        read = db_count(db, "SELECT count(*) FROM sources WHERE id = ? AND extracted_at IS NOT NULL", token)
        twice = db_count(db, "SELECT count(*) FROM (SELECT 1 FROM appearances a JOIN claims c ON c.id = a.claim_id"
                           " WHERE a.source_id = ? AND c.origin = 'extract' GROUP BY a.start, a.end, c.key"
                           " HAVING count(*) > 1)", token)
        return read if twice == 0 else 1 + twice
    return db_count(db, queries[op], token)


def test_eight_writers_every_operation_lands_once_and_readers_see_whole_claims(tmp_path):
    from claimtrack import check

    db = tmp_path / "claims.db"
    _setup(db)
    stop = tmp_path / "stop"
    readers = [_script("reader", str(db), str(stop)) for _ in range(2)]
    started = time.monotonic()
    writers = [_script("worker", str(db), str(index), str(OPERATIONS), str(1000 + index)) for index in range(WORKERS)]
    try:
        results = [_collect(process) for process in writers]
    finally:
        stop.write_text("")
    elapsed = time.monotonic() - started
    seen = [_collect(process) for process in readers]

    failed = [line for result in results for line in result["failed"]]
    assert failed == [], failed[:10]
    done = [tuple(op) for result in results for op in result["done"]]
    attempted = WORKERS * OPERATIONS
    assert len(done) == attempted
    landed = {(op, token): _landed(db, op, token) for op, token in done}
    assert {key: n for key, n in landed.items() if n != 1} == {}
    by_kind: dict[str, int] = {}
    for op, _ in done:
        by_kind[op] = by_kind.get(op, 0) + 1
    assert {"source add", "claim add", "link", "note", "status", "verdict"} <= set(by_kind)
    if _extract_run() is not None:
        assert "extract" in by_kind
    problems = [p for result in seen for p in result["problems"]]
    assert problems == [], problems
    assert all(result["reads"] > 0 for result in seen)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    from claimtrack import storage

    conn = storage.connect(db, now="2024-05-09T00:00:00.000000Z")
    assert check.run(conn) == []
    conn.close()
    print(f"\nconcurrency: {attempted} writes attempted, {sum(landed.values())} landed exactly once "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_kind.items()))}) by {WORKERS} processes in {elapsed:.1f}s; "
          f"{sum(r['reads'] for r in seen)} consistent snapshots read meanwhile")


def _cli(db: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, CLAIMTRACK_DB=str(db), CLAIMTRACK_USER="tester", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "claimtrack", *args], capture_output=True, text=True, env=env,
                          input=input, timeout=TIMEOUT)


CLI_ROUNDS = 1  # each round: source add, claim add, link, note, status, verdict


def test_eight_cli_processes_at_once(tmp_path):
    """The same through the command line: one process per command, eight at a time."""
    db = tmp_path / "claims.db"
    _setup(db)
    errors: list[str] = []
    counts = {"attempted": 0}
    lock = threading.Lock()

    def run(*args: str) -> str:
        result = _cli(db, *args)
        with lock:
            counts["attempted"] += 1
            if result.returncode != 0 or "Traceback" in result.stderr:
                errors.append(f"{' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
        return result.stdout.strip()

    def writer(index: int) -> None:
        for round_ in range(CLI_ROUNDS):
            token = f"cli{index}-{round_}"
            first, second = tmp_path / f"{token}-a.txt", tmp_path / f"{token}-b.txt"
            first.write_text(_article(token + "a", index * 10 + round_), encoding="utf-8")
            second.write_text(_article(token + "b", index * 10 + round_ + 5), encoding="utf-8")
            added = json.loads(run("source", "add", "--case", CASE, "--outlet", f"Outlet {index}", "--title", token,
                                   "--published", "2024-05-08", "--json", str(first), str(second)) or "[]")
            if len(added) != 2:
                return
            claim = run("claim", "add", token, "--source", added[0]["id"], "--quote",
                        f"{index * 10 + round_} people were evacuated", "--key", "race.evacuated",
                        "--value", str(index * 10 + round_))
            run("claim", "link", claim, "--source", added[1]["id"], "--quote",
                f"{index * 10 + round_ + 5} people were evacuated", "--attribution", token)
            run("note", claim, token)
            run("status", claim, "in-review", "--note", token)
            run("verdict", claim, "mixed", "--why", token, "--note", token)
            if has_extract:
                run("extract", added[1]["id"])

    def reader(stop: threading.Event, seen: list) -> None:
        while not stop.is_set():
            listed = _cli(db, "list", "--json", "--case", CASE)
            if listed.returncode != 0:
                # until a writer adds its first source the case does not exist, and saying so is right
                if f"no case '{CASE}'" not in listed.stderr or None in seen:
                    seen.append(f"list: {listed.stderr.strip()}")
                continue
            rows = json.loads(listed.stdout)
            seen.extend(f"{row['id']} has no appearance" for row in rows if not row["appearances"])
            if rows:
                shown = _cli(db, "show", rows[-1]["id"], "--json")
                record = json.loads(shown.stdout)
                links = sum(1 for h in record["history"] if h["action"] == "link")
                if links != len(record["appearances"]):
                    seen.append(f"{record['id']}: {len(record['appearances'])} appearances, {links} links in history")
            seen.append(None)
            stop.wait(0.3)

    has_extract = _extract_run() is not None
    stop, seen = threading.Event(), []
    watcher = threading.Thread(target=reader, args=(stop, seen))
    watcher.start()
    threads = [threading.Thread(target=writer, args=(index,)) for index in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    stop.set()
    watcher.join(TIMEOUT)
    assert errors == []
    assert [s for s in seen if s is not None] == []
    expected = WORKERS * CLI_ROUNDS
    assert counts["attempted"] == expected * (7 if has_extract else 6)
    assert db_count(db, "SELECT count(*) FROM sources") == expected * 2
    assert db_count(db, "SELECT count(*) FROM claims WHERE statement LIKE 'cli%'") == expected
    assert db_count(db, "SELECT count(*) FROM appearances a JOIN claims c ON c.id = a.claim_id"
                      " WHERE c.statement LIKE 'cli%'") == expected * 2
    if has_extract:
        assert db_count(db, "SELECT count(*) FROM sources WHERE extracted_at IS NOT NULL") == expected
    assert db_count(db, "SELECT count(*) FROM notes") == expected
    assert db_count(db, "SELECT count(*) FROM claims WHERE status = 'in-review' AND verdict = 'mixed'") == expected
    assert db_count(db, "SELECT count(*) FROM history WHERE note LIKE 'cli%'") == expected * 2
    print(f"\ncli concurrency: {counts['attempted']} commands in {WORKERS} parallel streams, all landed once; "
          f"{len(seen)} reads meanwhile")


def test_eight_processes_create_a_new_database_at_once(tmp_path):
    db = tmp_path / "fresh.db"
    results = [subprocess.Popen([sys.executable, "-m", "claimtrack", "list", "--json"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True,
                                env=dict(os.environ, CLAIMTRACK_DB=str(db), CLAIMTRACK_USER="tester"))
               for _ in range(WORKERS)]
    outcomes = []
    for process in results:  # communicate, not wait: a child must never block on a full pipe
        out, err = process.communicate(timeout=TIMEOUT)
        outcomes.append((process.returncode, out, err))
    assert [o for o in outcomes if o[0] != 0 or o[1] != "[]\n"] == []
    from claimtrack.storage import MIGRATIONS

    assert db_count(db, "SELECT count(*) FROM _migrations") == len(MIGRATIONS)


def test_eight_processes_upgrade_an_old_database_at_once(tmp_path):
    import shutil

    db = tmp_path / "old.db"
    original = Path(__file__).parent / "data" / "schema-v1.db"
    shutil.copy(original, db)
    processes = [subprocess.Popen([sys.executable, "-m", "claimtrack", "list", "--json"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True,
                                  env=dict(os.environ, CLAIMTRACK_DB=str(db), CLAIMTRACK_USER="tester"))
                 for _ in range(WORKERS)]
    outcomes = []
    for process in processes:  # communicate, not wait: a child must never block on a full pipe
        out, err = process.communicate(timeout=TIMEOUT)
        outcomes.append((process.returncode, out, err))
    assert [o[2] for o in outcomes if o[0] != 0] == []
    assert {len(json.loads(o[1])) for o in outcomes} == {33}
    from claimtrack.storage import MIGRATIONS

    assert db_count(db, "SELECT count(*) FROM _migrations") == len(MIGRATIONS)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old.db.")) == ["old.db.v1.bak"]
    assert (tmp_path / "old.db.v1.bak").read_bytes() == original.read_bytes()



def test_opening_an_old_database_waits_for_a_writer_before_switching_to_wal(tmp_path):
    """The switch to WAL needs the database to itself, and SQLite reports "locked" there without waiting.

    Another process is about to write to an old (rollback-journal)
    database, already backed up, when claimtrack opens it: the open must
    wait for that writer, as any write would, not fail.
    """
    import shutil

    from claimtrack import storage

    db = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "schema-v1.db", db)
    shutil.copy(db, storage.backup_path(db, 1))
    writer = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")  # the reserved lock another upgrading process takes
    release = threading.Timer(0.3, writer.execute, ["COMMIT"])
    release.start()
    try:
        conn = storage.connect(db, now="2026-01-01T00:00:00Z")
    finally:
        release.join()
        writer.close()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT max(version) FROM _migrations").fetchone()[0] == len(storage.MIGRATIONS)
    conn.close()

if __name__ == "__main__":
    role = sys.argv[1]
    if role == "worker":
        print(json.dumps(worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))))
    else:
        print(json.dumps(reader(sys.argv[2], sys.argv[3])))
