"""Killed processes: SIGKILL at random moments leaves every unit of work whole or absent.

Each test starts a real command, kills it after a random delay (seeded, so a
failure can be replayed), then checks the database and the files it wrote.
Delays are drawn across the command's own running time, measured first on a
scratch copy, so most kills land while it is writing.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import checkpoint, db_count

SEED = 20240509
TIMEOUT = 120
TALLY: dict[str, dict[str, int]] = {}


def _env(db: Path) -> dict:
    return dict(os.environ, CLAIMTRACK_DB=str(db), CLAIMTRACK_USER="tester", NO_COLOR="1",
                CLAIMTRACK_NOW="2024-05-11T09:00:00.000000Z")


def _run(db: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "claimtrack", *args], capture_output=True, text=True,
                            env=_env(db), timeout=TIMEOUT)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _timed(db: Path, *args: str) -> float:
    started = time.monotonic()
    result = _run(db, *args)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - started


def _kill_at_random(db: Path, args: list[str], rng: random.Random, full: float, span=(0.3, 0.95)) -> bool:
    """Start the command and SIGKILL it at a random moment; False if it finished first."""
    return _signal_at_random(db, args, rng, full, span, signal.SIGKILL) is not None


def _signal_at_random(db: Path, args: list[str], rng: random.Random, full: float, span, how) -> int | None:
    """Start the command and send it ``how`` at a random moment: its exit status, None if it finished first."""
    process = subprocess.Popen([sys.executable, "-m", "claimtrack", *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=_env(db))
    delay = rng.uniform(span[0] * full, span[1] * full)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(how)
        process.wait(TIMEOUT)
        stderr = process.stderr.read().decode()
        process.stderr.close()
        if how == signal.SIGTERM:
            # while the command runs: it stops as on Ctrl-C, its last line saying so; before it has
            # started, or once it is done, the signal ends the process as it would any other (or
            # comes too late: exit 0)
            assert process.returncode in (143, -signal.SIGTERM, 0), (process.returncode, stderr)
            assert process.returncode != 143 or stderr.splitlines()[-1:] == ["Error: terminated"], stderr
            assert "Traceback" not in stderr, stderr
        return process.returncode
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.returncode == 0 and "Traceback" not in stderr, stderr
    return None


def _tally(what: str, kills: int, attempts: int) -> None:
    TALLY[what] = {"kills": kills, "runs": attempts}


def _integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def _sound(db: Path) -> None:
    """SQLite's own checks and claimtrack's: nothing half-written anywhere."""
    _integrity(db)
    from claimtrack import check, storage

    conn = storage.connect(db, now="2024-05-09T00:00:00.000000Z")
    try:
        assert [f.message for f in check.run(conn)] == []
    finally:
        conn.close()


def _article(number: int, rng: random.Random) -> str:
    sentences = []
    for town in range(6):
        n = rng.randint(2, 900)
        sentences.append(f"Officials said {n} people were evacuated from town {town} on Sunday.")
    sentences.append(f"The storm lasted {rng.randint(2, 9)} days, and damage was put at ${rng.randint(2, 90)} million.")
    return f"Report {number}. " + " ".join(sentences) + "\n"


def _empty_db(path: Path) -> Path:
    from claimtrack import storage

    storage.connect(path, now="2024-05-09T00:00:00.000000Z").close()
    return path


@pytest.fixture(scope="module")
def big_case(tmp_path_factory) -> Path:
    """A case of 60 sources and 300 claims with notes, exported as case files."""
    from claimtrack import caseio, claims, sources, storage
    from claimtrack.context import Actor

    root = tmp_path_factory.mktemp("big")
    rng = random.Random(SEED)
    conn = storage.connect(root / "made.db", now="2024-05-09T00:00:00.000000Z")
    actor = Actor(clock=lambda: "2024-05-09T10:00:00.000000Z", _name="maker")
    with storage.write(conn):
        for number in range(60):
            text = _article(number, rng)
            source_id = sources.add(conn, actor, sources.SourceInput(sources.normalize_text(text), {}, f"r{number}"),
                                    {"case": "big", "outlet": f"Outlet {number % 9}", "published": "2024-05-08"})
            for town in range(5):
                quote = text.split(". ")[town + 1].removeprefix("Officials said ").removesuffix(" on Sunday")
                value = quote.split(" ")[0]
                claim_id = claims.add(conn, actor, statement=f"Town {town} evacuated {value}", source=source_id,
                                      quote=quote, key=f"town-{town % 3}-{number % 4}.evacuated", value=value,
                                      refresh=False)
                claims.add_note(conn, actor, claim_id, f"Checked report {number}, town {town}")
        from claimtrack import conflicts

        conflicts.refresh_all(conn, actor, "big")
    caseio.export_case(conn, "big", root / "case")
    conn.close()
    return root / "case"


# --- source add of many files ---------------------------------------------------------------


def test_killed_source_add_keeps_whole_sources_and_a_rerun_completes(tmp_path):
    rng = random.Random(SEED)
    batches, kills, attempts = 8, 0, 0
    files: list[list[Path]] = []
    for batch in range(batches + 1):
        folder = tmp_path / f"batch{batch}"
        folder.mkdir()
        files.append([])
        for number in range(150):
            path = folder / f"a{number:03}.txt"
            path.write_text(_article(batch * 1000 + number, rng), encoding="utf-8")
            files[-1].append(path)
    full = _timed(_empty_db(tmp_path / "scratch.db"), "source", "add", "--case", "k", *map(str, files[-1]))
    db = _empty_db(tmp_path / "claims.db")
    for batch in range(batches):
        args = ["source", "add", "--case", "k", *map(str, files[batch])]
        while True:
            attempts += 1
            if _kill_at_random(db, args, rng, full):
                kills += 1
                break
        _integrity(db)
        conn = sqlite3.connect(db)
        titles = {row[0] for row in conn.execute(
            "SELECT h.note FROM sources s JOIN history h ON h.entity_id = s.id AND h.action = 'add'")}
        whole = conn.execute("SELECT count(*) FROM sources s WHERE EXISTS "
                             "(SELECT 1 FROM history h WHERE h.entity_id = s.id AND h.action = 'add')").fetchone()[0]
        total = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        conn.close()
        assert whole == total  # no source without the record of its addition
        # one unit of work per file, in the order given: what landed is a prefix of the batch
        landed = [str(path) in titles for path in files[batch]]
        assert landed == sorted(landed, reverse=True)
    _sound(db)
    everything = [str(path) for batch in files[:batches] for path in batch]
    rerun = _run(db, "source", "add", "--case", "k", "--json", *everything)
    assert rerun.returncode == 0, rerun.stderr
    assert {row["file"] for row in json.loads(rerun.stdout)} == set(everything)
    assert db_count(db, "SELECT count(*) FROM sources") == len(everything)
    assert db_count(db, "SELECT count(DISTINCT content_hash) FROM sources") == len(everything)
    again = _run(db, "source", "add", "--case", "k", "--json", *everything)
    assert not any(row["added"] for row in json.loads(again.stdout))
    _sound(db)
    _tally("source add", kills, attempts)
    assert kills >= batches


# --- import ---------------------------------------------------------------------------------


def _counts(db: Path) -> tuple[int, ...]:
    return tuple(db_count(db, f"SELECT count(*) FROM {table}") for table in ("sources", "claims", "appearances", "notes"))


def test_killed_import_is_all_or_nothing_and_a_rerun_completes(tmp_path, big_case):
    rng = random.Random(SEED + 1)
    template = _empty_db(tmp_path / "template.db")
    scratch = tmp_path / "scratch.db"
    shutil.copy(template, scratch)
    full = _timed(scratch, "import", str(big_case))
    complete = _counts(scratch)
    assert complete == (60, 300, 300, 300)
    nothing = (0, 0, 0, 0)
    kills, attempts, outcomes = 0, 0, {"nothing": 0, "everything": 0}
    db = tmp_path / "claims.db"
    while kills < 8:
        attempts += 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        shutil.copy(template, db)
        if not _kill_at_random(db, ["import", str(big_case)], rng, full):
            continue
        kills += 1
        _integrity(db)
        state = _counts(db)
        assert state in (nothing, complete)
        outcomes["nothing" if state == nothing else "everything"] += 1
        _sound(db)
    rerun = _run(db, "import", str(big_case))
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(db) == complete
    again = _run(db, "import", str(big_case))
    assert again.returncode == 0 and "nothing new" in again.stderr
    assert _counts(db) == complete
    _sound(db)
    _tally("import", kills, attempts)


# --- extract --------------------------------------------------------------------------------


def _has_command(name: str) -> bool:
    from typer.main import get_command

    from claimtrack.cli.root import app

    group = get_command(app)
    return name in group.list_commands(None) if hasattr(group, "list_commands") else False


def _extract_whole(db: Path) -> None:
    """No source is marked read without its candidates, nor has candidates without the mark."""
    half = db_count(db, "SELECT count(*) FROM sources s WHERE s.extracted_at IS NULL AND EXISTS ("
                      "SELECT 1 FROM appearances a JOIN claims c ON c.id = a.claim_id"
                      " WHERE a.source_id = s.id AND c.origin = 'extract')")
    assert half == 0
    duplicates = db_count(db, "SELECT count(*) FROM (SELECT 1 FROM appearances a JOIN claims c ON c.id = a.claim_id"
                            " WHERE c.origin = 'extract' GROUP BY a.source_id, a.start, a.end, c.key HAVING count(*) > 1)")
    assert duplicates == 0


def _unread_articles(tmp_path: Path, rng: random.Random) -> tuple[Path, float, int]:
    """A database of 12 articles not yet extracted (case "x"); how long extracting them takes,
    timed on a copy, and how many candidates that stores."""
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for number in range(12):
        path = folder / f"x{number:03}.txt"
        path.write_text(_article(number, rng), encoding="utf-8")
        paths.append(str(path))
    unread = _empty_db(tmp_path / "unread.db")
    assert _run(unread, "source", "add", "--case", "x", "--published", "2024-05-08", *paths).returncode == 0
    checkpoint(unread)  # the whole database in its file, for copies
    scratch = tmp_path / "scratch.db"
    shutil.copy(unread, scratch)
    full = _timed(scratch, "extract", "--case", "x")
    expected = db_count(scratch, "SELECT count(*) FROM claims WHERE status = 'candidate'")
    assert expected > 0
    return unread, full, expected


def test_killed_extract_keeps_each_source_with_all_its_candidates_or_none(tmp_path):
    if not _has_command("extract"):
        pytest.skip("claimtrack has no extract command yet")
    rng = random.Random(SEED + 2)
    unread, full, expected = _unread_articles(tmp_path, rng)
    db = tmp_path / "claims.db"
    shutil.copy(unread, db)
    kills, attempts, finished = 0, 0, 0
    while kills < 6 and attempts < 40:
        attempts += 1
        kills += _kill_at_random(db, ["extract", "--case", "x"], rng, full)
        _integrity(db)
        _extract_whole(db)
        if db_count(db, "SELECT count(*) FROM sources WHERE extracted_at IS NULL") == 0:
            # the runs so far, killed or not, finished the job between them: nothing lost, nothing twice
            assert db_count(db, "SELECT count(*) FROM claims WHERE status = 'candidate'") == expected
            finished += 1
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.copy(unread, db)
    _sound(db)
    rerun = _run(db, "extract", "--case", "x")
    assert rerun.returncode == 0, rerun.stderr
    assert db_count(db, "SELECT count(*) FROM sources WHERE extracted_at IS NULL") == 0
    assert db_count(db, "SELECT count(*) FROM claims WHERE status = 'candidate'") == expected
    _extract_whole(db)
    _sound(db)
    _tally("extract", kills, attempts)
    assert kills >= 6


# --- export --format case -------------------------------------------------------------------


def _tree(directory: Path) -> dict[str, bytes]:
    return {str(path.relative_to(directory)): path.read_bytes()
            for path in sorted(directory.rglob("*")) if path.is_file()}


def _parses(name: str, data: bytes) -> None:
    from claimtrack import sources

    text = data.decode("utf-8")
    if name.endswith(".json"):
        assert isinstance(json.loads(text), dict), name
    else:
        meta, body = sources.split_metadata(text, name, ("id", "case", "outlet", "title", "url", "author",
                                                         "published", "added_at", "added_by"))
        assert meta["id"] and body.endswith("\n"), name


def test_killed_export_never_leaves_a_half_written_file(tmp_path, big_case):
    from claimtrack import claims, storage
    from claimtrack.context import Actor

    rng = random.Random(SEED + 3)
    db = _empty_db(tmp_path / "claims.db")
    assert _run(db, "import", str(big_case)).returncode == 0
    out = tmp_path / "out"
    assert _run(db, "export", "--format", "case", "--case", "big", str(out)).returncode == 0
    old = _tree(out)
    shutil.copytree(out, tmp_path / "old")
    # change every claim, so that every claim file must be rewritten
    conn = storage.connect(db, now="2024-05-09T00:00:00.000000Z")
    actor = Actor(clock=lambda: "2024-05-10T10:00:00.000000Z", _name="editor")
    with storage.write(conn):
        for (claim_id,) in conn.execute("SELECT id FROM claims ORDER BY id").fetchall():
            claims.add_note(conn, actor, claim_id, "Second look: figure confirmed by the county")
    conn.close()
    reference = tmp_path / "reference"
    shutil.copytree(out, reference)
    full = _timed(db, "export", "--format", "case", "--case", "big", str(reference))
    new = _tree(reference)
    assert new.keys() == old.keys() and new != old
    kills, attempts = 0, 0
    while kills < 8 and attempts < 40:
        attempts += 1
        shutil.rmtree(out)  # each run starts again from the good, older export
        shutil.copytree(tmp_path / "old", out)
        if not _kill_at_random(db, ["export", "--format", "case", "--case", "big", str(out)], rng, full, (0.2, 0.75)):
            continue
        kills += 1
        for name, data in _tree(out).items():
            if Path(name).name.startswith("."):
                continue  # a temporary file, never in place of a record
            _parses(name, data)
            assert data in (old.get(name), new.get(name)), f"{name} is neither the old nor the new export"
    assert _run(db, "export", "--format", "case", "--case", "big", str(out)).returncode == 0
    assert _tree(out) == new  # complete, and no temporary file left behind
    _tally("export --format case", kills, attempts)
    assert kills >= 8


REPORT_FORMATS = ("markdown", "html", "json")


def test_killed_report_export_keeps_the_previous_report_whole(tmp_path, big_case):
    rng = random.Random(SEED + 4)
    db = _empty_db(tmp_path / "claims.db")
    assert _run(db, "import", str(big_case)).returncode == 0
    probe = _run(db, "export", "--format", "markdown", "--case", "big", "-o", str(tmp_path / "probe.md"))
    if probe.returncode != 0 and "unknown format" in probe.stderr:
        pytest.skip("claimtrack cannot export reports yet")
    kills, attempts = 0, 0
    for fmt in REPORT_FORMATS:
        target = tmp_path / f"report.{fmt}"
        target.write_text("the previous report\n", encoding="utf-8")
        reference = tmp_path / f"reference.{fmt}"
        full = _timed(db, "export", "--format", fmt, "--case", "big", "-o", str(reference))
        good = reference.read_bytes()
        for _ in range(2):
            attempts += 1
            kills += _kill_at_random(db, ["export", "--format", fmt, "--case", "big", "-o", str(target)], rng, full)
            assert target.read_bytes() in (b"the previous report\n", good)
        assert _run(db, "export", "--format", fmt, "--case", "big", "-o", str(target)).returncode == 0
        assert target.read_bytes() == good
    _tally("export reports", kills, attempts)


def test_terminated_report_export_and_extract_clean_up(tmp_path, big_case):
    """SIGTERM (kill PID, a timeout): the partial report is removed, not left hidden beside the
    target; extract's batch in progress is rolled back; both say so in one line and exit 143."""
    rng = random.Random(SEED + 5)
    db = _empty_db(tmp_path / "claims.db")
    assert _run(db, "import", str(big_case)).returncode == 0
    out = tmp_path / "reports"
    out.mkdir()
    target, reference = out / "report.html", tmp_path / "reference.html"
    target.write_text("the previous report\n", encoding="utf-8")
    full = _timed(db, "export", "--format", "html", "--case", "big", "-o", str(reference))
    stopped, attempts = 0, 0  # stopped: exited 143, having cleaned up
    while stopped < 4 and attempts < 30:
        attempts += 1
        status = _signal_at_random(db, ["export", "--format", "html", "--case", "big", "-o", str(target)], rng, full,
                                   (0.3, 0.9), signal.SIGTERM)
        stopped += status == 143
        assert target.read_bytes() in (b"the previous report\n", reference.read_bytes())
        assert sorted(p.name for p in out.iterdir()) == ["report.html"], status  # nothing hidden beside it
    assert stopped >= 4

    unread, full, expected = _unread_articles(tmp_path, rng)
    db = tmp_path / "extract.db"
    terminated = 0
    while not terminated and attempts < 50:
        attempts += 1
        shutil.copy(unread, db)  # each attempt from the sources unread
        terminated += _signal_at_random(db, ["extract", "--case", "x"], rng, full, (0.3, 0.8), signal.SIGTERM) == 143
        _extract_whole(db)
    assert terminated
    _sound(db)
    assert _run(db, "extract", "--case", "x").returncode == 0
    assert db_count(db, "SELECT count(*) FROM claims WHERE status = 'candidate'") == expected
    _tally("SIGTERM", stopped + terminated, attempts)


@pytest.mark.parametrize("how, words", [(signal.SIGHUP, "hung up"), (signal.SIGQUIT, "quit")])
def test_hung_up_or_quit_case_export_leaves_no_temporary_file(tmp_path, big_case, how, words):
    """SIGHUP (the terminal closed) and SIGQUIT (Ctrl-\\) stop a command as SIGTERM does: they left
    hidden .NAME.tmp files beside the case files."""
    rng = random.Random(SEED + 7 + how)
    db = _empty_db(tmp_path / "claims.db")
    assert _run(db, "import", str(big_case)).returncode == 0
    conn = sqlite3.connect(db)
    with conn:  # every claim changed, so that every claim file is rewritten
        conn.execute("UPDATE claims SET statement = statement || ' (checked)'")
    conn.close()
    full = _timed(db, "export", "--format", "case", "--case", "big", str(tmp_path / "reference"))
    stopped, attempts = 0, 0
    while stopped < 3 and attempts < 30:
        attempts += 1
        out = tmp_path / "out"
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(big_case, out)
        process = subprocess.Popen([sys.executable, "-m", "claimtrack", "export", "--format", "case", "--case", "big",
                                    str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(db))
        try:
            process.wait(timeout=rng.uniform(0.3 * full, 0.9 * full))
        except subprocess.TimeoutExpired:
            process.send_signal(how)
        _, stderr = process.communicate(timeout=TIMEOUT)
        stderr = stderr.decode()
        assert "Traceback" not in stderr, stderr
        if process.returncode == 128 + how:
            assert stderr.splitlines()[-1:] == [f"Error: {words}"], stderr
            stopped += 1
        assert not [p for p in out.rglob(".*") if p.name.endswith(".tmp")], process.returncode
    assert stopped >= 3
    _tally(f"SIG{signal.Signals(how).name[3:]}", stopped, attempts)


def test_zz_kill_tally():
    """The figures: kills performed and survived, across the tests above."""
    total = sum(entry["kills"] for entry in TALLY.values())
    print("\nkills: " + ", ".join(f"{what} {entry['kills']} of {entry['runs']} runs" for what, entry in TALLY.items())
          + f"; {total} killed processes, every one survived (database sound, units whole, rerun complete)")
    if len(TALLY) >= 3:
        assert total >= 30
