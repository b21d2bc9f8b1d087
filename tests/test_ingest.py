"""Bulk ingest: the store path, the worker processes that read articles, and their building blocks.

The fast paths must store exactly what the plain ones store: candidates read
in worker processes and stored in bulk give the same claims, appearances,
conflicts and history (IDs aside) as one process storing them one by one.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from conftest import db_count

NOW = "2024-05-11T09:00:00.000000Z"
FORK = hasattr(os, "fork")


# --- IDs ---------------------------------------------------------------------------------------


def _encode_reference(data: bytes, length: int) -> str:
    """The encoder as first written: one base-32 digit per step, least significant first."""
    from claimtrack.ids import ALPHABET

    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(length):
        number, rem = divmod(number, 32)
        chars.append(ALPHABET[rem])
    return "".join(chars)


ENCODED = [
    (bytes(range(16)), 20, "fg3t06c1a82gg3r05016"),
    (bytes.fromhex("0123456789abcdeffedcba9876543210"), 20, "ggc85v1kt5qxzqqsbd2f"),
    (b"\xff" * 8, 6, "zzzzzz"),
    (bytes(16), 20, "00000000000000000000"),
    ((12345).to_bytes(8, "big"), 6, "s1c000"),
]


@pytest.mark.parametrize("data,length,expected", ENCODED)
def test_id_encoder_table(data, length, expected):
    from claimtrack import ids

    assert ids._encode(data, length) == expected == _encode_reference(data, length)


def test_id_encoder_matches_the_reference_on_random_input():
    from claimtrack import ids

    rng = random.Random(7)
    for _ in range(3000):
        data = rng.randbytes(rng.choice([1, 8, 16, 32]))
        length = rng.randint(0, 26)
        assert ids._encode(data, length) == _encode_reference(data, length)


def test_derived_ids_do_not_change():
    from claimtrack import ids

    assert ids.derived_id("source", "abc") == "sdd500s7cz748beafqg57"
    assert ids.derived_id("conflict", "case", "key.x") == "kwg2cq756ybp1dnbaw4pn"


def test_sequence_prefixes_are_numbers_most_significant_first():
    from claimtrack import ids

    numbers = [0, 1, 31, 32, 1023, 1024, 1025, 5000, 2**20 + 3, 2**30 - 1, 1024, 7]  # back down: cache refreshed
    expected = [_encode_reference(n.to_bytes(4, "big"), ids.SEQUENCE_LENGTH)[::-1] for n in numbers]
    assert [ids._sequence_prefix(n) for n in numbers] == expected
    assert expected[:4] == ["000000", "000001", "00000z", "000010"]


def test_random_and_sequential_ids():
    from claimtrack import ids

    made = [ids.new_id("claim") for _ in range(2000)]
    assert len(set(made)) == len(made)
    assert all(len(i) == 1 + ids.BODY_LENGTH and i[0] == "c" and set(i[1:]) <= set(ids.ALPHABET) for i in made)
    assert set("".join(made)[1:]) >= set(ids.ALPHABET)  # every character turns up
    history = [ids.sequential_id("history") for _ in range(2000)]
    assert history == sorted(history) and len(set(history)) == len(history)
    assert all(len(i) == 1 + ids.BODY_LENGTH for i in history)


def test_a_forked_child_never_reuses_its_parents_random_characters():
    """IDs come from a pool of random bytes drawn ahead; a child forked with the pool
    half used must draw its own, or parent and child would mint the same IDs."""
    import os

    from claimtrack import ids

    ids.new_id("claim")  # the pool is filled and partly used
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.write(write, " ".join(ids.new_id("claim") for _ in range(50)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        child = pipe.read().split()
    os.waitpid(pid, 0)
    parent = [ids.new_id("claim") for _ in range(50)]
    assert len(child) == 50 and not set(child) & set(parent)


def test_ids_drawn_past_the_end_of_the_pool_stay_whole_and_distinct():
    from claimtrack import ids

    ids.reset()
    made = [ids.new_id("claim") for _ in range(3 * ids.POOL_BYTES // ids.BODY_LENGTH)]
    assert len(set(made)) == len(made)
    assert all(len(i) == 1 + ids.BODY_LENGTH for i in made)


# --- values read once for every date --------------------------------------------------------


def test_only_dates_and_years_are_read_against_the_date():
    from claimtrack import values

    assert [values.reads_dates(k) for k in (None, "date", "year", " Date ", "count", "money", "duration", "bool")] \
        == [True, True, True, True, False, False, False, False]
    for wording, kind in [("at least 40", "count"), ("$3 million", "money"), ("three days", "duration"),
                          ("12%", "percent"), ("5 km", "quantity"), ("yes", "bool"), ("dozens", None)]:
        readings = {json.dumps(values.normalize(wording, ref_date=day, kind=kind).to_json(), sort_keys=True)
                    for day in (None, date(2023, 4, 16), date(1999, 1, 1))}
        assert len(readings) == 1, (wording, kind)
    sunday = [values.normalize("Sunday", ref_date=day, kind="date").canonical()
              for day in (date(2023, 4, 16), date(2023, 4, 20))]
    assert sunday == ["date 2023-04-16", "date 2023-04-16"]
    assert values.normalize("Sunday", kind="date").canonical() == "date ? weekday:SU"


# --- reading a file ------------------------------------------------------------------------------


def test_reading_a_file_of_known_size_reads_all_of_it_and_no_more_than_the_limit():
    from claimtrack import sources

    data = b"x" * 1000
    assert sources.read_limited(io.BytesIO(data), 1000) == data
    assert sources.read_limited(io.BytesIO(data), 10) == data  # it grew since its size was taken
    assert sources.read_limited(io.BytesIO(data), 5000) == data  # it shrank
    assert sources.read_limited(io.BytesIO(b""), 0) == b""
    big = io.BytesIO(b"y" * (sources.MAX_SOURCE_BYTES + 100))
    assert len(sources.read_limited(big, 10)) == sources.MAX_SOURCE_BYTES + 1


# --- storing in bulk ---------------------------------------------------------------------------


def _actor():
    from claimtrack.context import Actor

    return Actor(clock=lambda: NOW, _name="tester")


def _dump(conn: sqlite3.Connection) -> dict:
    """Every row that matters, random IDs replaced by what they stand for."""
    conn.row_factory = sqlite3.Row
    name = {}
    for row in conn.execute("SELECT a.id, a.claim_id, a.source_id, a.start, a.end, c.key FROM appearances a"
                            " JOIN claims c ON c.id = a.claim_id ORDER BY a.rowid"):
        spot = f"{row['source_id']}:{row['start']}:{row['end']}:{row['key']}"
        name.setdefault(row["claim_id"], "claim " + spot)
        name[row["id"]] = "appearance " + spot
    rename = lambda value: name.get(value, value)
    out: dict = {}
    for table in ("claims", "appearances"):
        rows = [{k: rename(v) for k, v in dict(row).items()} for row in conn.execute(f"SELECT * FROM {table}")]
        out[table] = sorted(rows, key=lambda r: r["id"])
    conflicts = []
    for row in conn.execute("SELECT * FROM conflicts ORDER BY id"):
        record = dict(row)
        sides = json.loads(record.pop("sides_json"))
        for side in sides["sides"] + sides["unresolved"]:
            side["claims"] = sorted(rename(c) for c in side["claims"])
            side["quotes"] = sorted((dict(q, claim=rename(q["claim"])) for q in side["quotes"]),
                                    key=lambda q: (q["outlet"], q["source"], q["claim"]))
        conflicts.append((record, sides))
    out["conflicts"] = conflicts
    out["history"] = [{k: rename(v) for k, v in dict(row).items() if k != "id"}
                      for row in conn.execute("SELECT * FROM history ORDER BY at, id")]
    out["sources"] = [dict(row) for row in conn.execute("SELECT id, extracted_at FROM sources ORDER BY id")]
    return out


TOWNS = ["Arlen", "Bexley", "Corran", "Dunmore", "Elsby"]


def _story(case: int, outlet: int, rng: random.Random) -> str:
    town = TOWNS[case % len(TOWNS)]
    dead = 40 + case + (outlet == 2) * rng.randint(1, 9)  # one outlet in three gets the toll wrong
    return (f"An earthquake struck {town} on Sunday, killing at least {dead} people, officials said. "
            f"The quake, of magnitude {5 + case % 3}.{outlet}, injured {100 + case * 3} others. "
            f"Rescue work lasted {2 + case % 4} days and damage was put at ${10 + case} million, "
            f"according to Outlet {outlet}.\n")


@pytest.fixture
def many_sources(tmp_path):
    """A database of 13 cases of 3-5 sources each, nothing extracted yet; (path, source IDs interleaved)."""
    from claimtrack import sources, storage

    rng = random.Random(11)
    path = tmp_path / "many.db"
    conn = storage.connect(path, now=NOW)
    added: list[list[str]] = []
    with storage.write(conn):
        for case in range(13):
            added.append([])
            for outlet in range(3 + case % 3):
                text = _story(case, outlet, rng)
                item = sources.SourceInput(sources.normalize_text(text), {}, f"story-{case}-{outlet}")
                added[-1].append(sources.add(conn, _actor(), item, {
                    "case": f"quake-{case}", "outlet": f"Outlet {outlet}", "published": f"2024-05-{10 + outlet:02}"}))
    conn.close()
    # cases interleaved, so that a case's last source comes long after its first
    order = [ids[n] for n in range(5) for ids in added if n < len(ids)]
    return path, order


def _extract(path: Path, order: list[str], **options) -> dict:
    from claimtrack import storage
    from claimtrack.extract import store as extract_store

    conn = storage.connect(path, now=NOW)
    try:
        result = extract_store.run(conn, _actor(), order, **options)
        return {"summary": result.summary(), "sources": result.sources, "dump": _dump(conn)}
    finally:
        conn.close()


@pytest.mark.parametrize("count, sizes", [
    (0, []),
    (3, [3]),
    (10, [3, 3, 3, 1]),
    (11, [1, 3, 3, 3, 1]),
    (17, [5, 2, 3, 3, 3, 1]),
    (22, [5, 5, 2, 3, 3, 3, 1]),
])
def test_a_run_is_cut_into_large_batches_then_small_ones(monkeypatch, count, sizes):
    from claimtrack.extract import store as extract_store

    monkeypatch.setattr(extract_store, "BATCH_SOURCES", 5)
    monkeypatch.setattr(extract_store, "TAIL_BATCH_SOURCES", 3)
    order = [f"s{n}" for n in range(count)]
    batches = extract_store._batches(order)
    assert [len(batch) for batch in batches] == sizes
    assert [source for batch in batches for source in batch] == order


def test_the_log_is_checkpointed_before_the_last_batches_and_not_among_them(many_sources, monkeypatch):
    from claimtrack import storage
    from claimtrack.extract import store as extract_store

    path, order = many_sources
    monkeypatch.setattr(extract_store, "BATCH_SOURCES", 7)
    monkeypatch.setattr(extract_store, "TAIL_BATCH_SOURCES", 3)
    conn = storage.connect(path, now=NOW)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        extract_store.run(conn, _actor(), order, workers=1)
        setting = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    finally:
        conn.close()
    inserts = [n for n, sql in enumerate(statements) if sql.startswith("INSERT INTO claims")]
    checkpoints = [n for n, sql in enumerate(statements) if "wal_checkpoint" in sql]
    assert len(checkpoints) == 1 and inserts[0] < checkpoints[0] < inserts[-1]
    # then no checkpoint until the run ends, when the setting is put back
    settings = [(n, sql) for n, sql in enumerate(statements) if sql.startswith("PRAGMA wal_autocheckpoint =")]
    assert [sql for n, sql in settings if n > checkpoints[0]] == ["PRAGMA wal_autocheckpoint = 0",
                                                                 "PRAGMA wal_autocheckpoint = 1000"]
    assert settings[-1][0] > inserts[-1] and setting == 1000  # SQLite's default, as before the run


@pytest.mark.skipif(not FORK, reason="worker processes are forked")
def test_worker_processes_store_what_one_process_stores(many_sources, tmp_path, monkeypatch):
    from claimtrack.extract import store as extract_store

    path, order = many_sources
    monkeypatch.setattr(extract_store, "BATCH_SOURCES", 7)  # several batches, cases spread over them
    monkeypatch.setattr(extract_store, "TAIL_BATCH_SOURCES", 3)
    monkeypatch.setattr(extract_store, "READ_WINDOW", 5)
    alone, pooled = tmp_path / "alone.db", tmp_path / "pooled.db"
    shutil.copy(path, alone)
    shutil.copy(path, pooled)
    expected = _extract(alone, order, workers=1)
    assert expected["summary"]["candidates"] > 100 and expected["summary"]["conflicts"] > 0
    assert _extract(pooled, order, workers=2) == expected


def test_the_run_reads_a_cases_keys_again_after_another_process_wrote(many_sources):
    """Keys are cached across the run's transactions; a claim another process adds in between must be seen
    (a key wrongly taken for new to the case would skip its conflict check)."""
    from claimtrack import claims, storage
    from claimtrack.extract import store as extract_store

    path, order = many_sources
    ours, theirs = storage.connect(path, now=NOW), storage.connect(path, now=NOW)
    try:
        case = ours.execute("SELECT case_name FROM sources WHERE id = ?", (order[0],)).fetchone()[0]
        keys = extract_store._CaseKeys()
        with storage.write(ours):
            keys.check(ours)
            before = keys.of(ours, case)
        assert "quake.magnitude" not in before
        with storage.write(ours):  # nobody else wrote: the cached set is kept
            keys.check(ours)
            assert keys.of(ours, case) is before
        with storage.write(theirs):
            claims.add(theirs, _actor(), statement="The quake was of magnitude 5.", source=order[0],
                       quote=theirs.execute("SELECT substr(text, 1, 20) FROM sources WHERE id = ?",
                                            (order[0],)).fetchone()[0],
                       key="quake.magnitude", value="5")
        with storage.write(ours):
            keys.check(ours)
            assert "quake.magnitude" in keys.of(ours, case)
    finally:
        ours.close()
        theirs.close()


def test_a_source_without_candidates_is_marked_read(many_sources):
    from claimtrack import sources, storage

    path, _ = many_sources
    conn = storage.connect(path, now=NOW)
    with storage.write(conn):
        quiet = sources.add(conn, _actor(), sources.SourceInput("Nothing to check here.\n", {}, "quiet"), {})
    conn.close()
    outcome = _extract(path, [quiet], workers=1)
    assert outcome["sources"] == [{"id": quiet, "case": "default", "candidates": 0, "found": 0}]
    assert db_count(path, "SELECT count(*) FROM sources WHERE id = ? AND extracted_at IS NOT NULL", quiet) == 1


def test_add_many_stores_what_add_stores_one_by_one(many_sources, tmp_path):
    from claimtrack import claims, storage

    path, order = many_sources
    source = order[0]
    text = sqlite3.connect(path).execute("SELECT text FROM sources WHERE id = ?", (source,)).fetchone()[0]
    wanted = [
        dict(statement="At least 40 people were killed.", quote="killing at least", key="quake.deaths",
             value="at least 40", value_type="count", attribution="officials said", near=text.index("killing")),
        dict(statement="The quake was of magnitude 5.", quote="magnitude", key="quake.magnitude", value="5.0",
             tags=["Seismic", "first-pass"], stance="denies"),
        dict(statement="It struck on Sunday.", quote="on Sunday", key="quake.date", value="Sunday", value_type="date",
             status="candidate", origin="extract"),
    ]
    dumps = []
    for name, store in (("by-one.db", "add"), ("in-bulk.db", "add_many")):
        copy = tmp_path / name
        shutil.copy(path, copy)
        conn = storage.connect(copy, now=NOW)
        with storage.write(conn):
            if store == "add":
                made = [claims.add(conn, _actor(), source=source, **claim) for claim in wanted]
            else:
                made = claims.add_many(conn, _actor(), source, [dict(claim) for claim in wanted])
        assert len(made) == len(wanted)
        tags = sorted(row[0] for row in conn.execute("SELECT tag FROM claim_tags"))
        dumps.append((_dump(conn), tags))
        conn.close()
    assert dumps[0] == dumps[1]
    assert dumps[0][1] == ["first-pass", "seismic"]


def test_add_many_checks_every_claim_before_writing(many_sources):
    from claimtrack import claims, storage
    from claimtrack.errors import InvalidInput

    path, order = many_sources
    conn = storage.connect(path, now=NOW)
    before = db_count(path, "SELECT count(*) FROM claims")
    with pytest.raises(InvalidInput, match="invalid key"):
        with storage.write(conn):
            claims.add_many(conn, _actor(), order[0], [
                dict(statement="Fine.", quote="earthquake", key="quake.kind"),
                dict(statement="Bad key.", quote="earthquake", key="no dots here"),
            ])
    conn.close()
    assert db_count(path, "SELECT count(*) FROM claims") == before


# --- worker processes and a killed parent -------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _quake_sources(db: Path, count: int) -> None:
    from claimtrack import sources, storage

    rng = random.Random(5)
    conn = storage.connect(db, now=NOW)
    with storage.write(conn):
        for number in range(count):
            text = _story(number % 40, number // 40, rng) + f"Report {number}.\n"
            sources.add(conn, _actor(), sources.SourceInput(sources.normalize_text(text), {}, f"r{number}"),
                        {"case": f"quake-{number % 40}", "outlet": f"Outlet {number // 40}"})
    conn.close()


def _start_extract(db: Path) -> tuple[subprocess.Popen, list[int], dict]:
    """A running 'claimtrack extract' and its worker processes (none if it ended before they were seen)."""
    env = dict(os.environ, CLAIMTRACK_DB=str(db), CLAIMTRACK_USER="tester", CLAIMTRACK_NOW=NOW)
    process = subprocess.Popen([sys.executable, "-m", "claimtrack", "extract"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while not workers and process.poll() is None and time.monotonic() < deadline:
        workers = _children(process.pid)
        time.sleep(0.01)
    return process, workers, env


def _whole_and_finished_by_a_rerun(db: Path, env: dict) -> None:
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    # no source marked read without its candidates, none with candidates and no mark
    assert db_count(db, "SELECT count(*) FROM sources s WHERE s.extracted_at IS NULL AND EXISTS ("
                        "SELECT 1 FROM appearances a WHERE a.source_id = s.id)") == 0
    rerun = subprocess.run([sys.executable, "-m", "claimtrack", "extract"], env=env, capture_output=True, text=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert db_count(db, "SELECT count(*) FROM sources WHERE extracted_at IS NULL") == 0
    assert db_count(db, "SELECT count(*) FROM (SELECT 1 FROM appearances a JOIN claims c ON c.id = a.claim_id"
                        " GROUP BY a.source_id, a.start, a.end, c.key HAVING count(*) > 1)") == 0


def _extract_with_workers(tmp_path):
    """An extract of 1,500 sources, caught while its worker processes run (400 took under 0.2 s on a fast
    machine, so the run often ended before the test could act on it)."""
    db = tmp_path / "claims.db"
    _quake_sources(db, 1500)
    process, workers, env = _start_extract(db)
    if not workers:
        process.communicate(timeout=60)
        pytest.skip("the run ended before its workers were seen (one CPU, or a very fast machine)")
    time.sleep(0.2)
    return db, process, workers, env


@pytest.mark.skipif(not (FORK and Path("/proc/self/stat").exists()), reason="needs fork and /proc")
def test_workers_exit_with_a_killed_parent_and_a_rerun_finishes(tmp_path):
    db, process, workers, env = _extract_with_workers(tmp_path)
    process.send_signal(signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived their killed parent"
    assert stderr == ""
    _whole_and_finished_by_a_rerun(db, env)


@pytest.mark.skipif(not (FORK and Path("/proc/self/stat").exists()), reason="needs fork and /proc")
def test_a_killed_worker_fails_the_run_in_one_line_and_a_rerun_finishes(tmp_path):
    db, process, workers, env = _extract_with_workers(tmp_path)
    try:
        os.kill(workers[0], signal.SIGKILL)
    except ProcessLookupError:
        process.communicate(timeout=60)
        pytest.skip("the worker ended before it could be killed")
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run ended before the worker was killed")
    assert process.returncode == 1
    assert stderr.count("\n") == 1 and "worker process stopped" in stderr, stderr
    assert not any(_alive(pid) for pid in workers)
    _whole_and_finished_by_a_rerun(db, env)


def test_quote_context_is_the_words_around_it():
    from claimtrack import anchor

    def whole(text, start, end, words):
        return " ".join(text[:start].split()[-words:]), " ".join(text[end:].split()[:words])

    rng = random.Random(3)
    pieces = ["a", "bb", " ", "  ", "\n", "ccc ", "d" * 90, "\t", "é", "\u00a0", "\u2003", "."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 150)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        words = rng.randint(-1, 12)
        assert anchor.context(text, start, end, words) == whole(text, start, end, words)


# --- reading many files --------------------------------------------------------------------------


def _files(folder: Path, count: int, broken: dict[int, bytes]) -> list[str]:
    names = []
    for number in range(count):
        path = folder / f"a{number:03}.txt"
        meta = f"---\noutlet: Outlet {number % 7}\npublished: {number % 28 + 1} April 2023\n---\n"
        path.write_bytes(broken.get(number, f"{meta}Report {number}: 12 people were hurt.\n".encode()))
        names.append(str(path))
    return names


@pytest.mark.skipif(not FORK, reason="worker processes are forked")
@pytest.mark.parametrize("broken,overrides,message", [
    ({}, {}, None),
    ({40: b"\x00\x01binary", 55: b"---\npublished: 31 February 2023\n---\ntext\n"}, {}, "a040.txt: binary file"),
    ({55: b"---\npublished: 31 February 2023\n---\ntext\n", 58: b""}, {}, "a058.txt: file is empty"),
    ({55: b"---\npublished: 31 February 2023\n---\ntext\n"}, {}, "a055.txt: cannot read publication date"),
    ({55: b"---\npublished: 31 February 2023\n---\ntext\n"}, {"url": "ftp://x"}, "source URL must be an http(s)"),
], ids=["fine", "unreadable", "first-unreadable", "bad-metadata", "bad-option"])
def test_reading_files_in_workers_fails_as_reading_them_in_turn(tmp_path, monkeypatch, broken, overrides, message):
    from claimtrack import sources, workers
    from claimtrack.errors import InvalidInput

    names = _files(tmp_path, 60, broken)
    names.insert(30, names[3])  # a file given twice is read twice
    options = dict({"case": "k", "outlet": None, "title": None, "url": None, "author": None, "published": None},
                   **overrides)

    def outcome():
        try:
            return [(item.text, item.origin, meta) for item, meta in sources.read_files(names, options)]
        except InvalidInput as error:
            return error.message

    pooled = outcome()
    monkeypatch.setattr(workers, "cpus", lambda: 1)
    alone = outcome()
    assert pooled == alone
    if message is None:
        assert len(pooled) == 61 and pooled[5][2]["published"] == "2023-04-06"
    else:
        assert message in pooled
