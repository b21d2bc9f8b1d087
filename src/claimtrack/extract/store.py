"""Extraction against the database: candidates stored as claims, and the review queue.

Sources are stored in batches of whole sources, one transaction each, so a
killed run keeps every batch it finished and redoes none of them, and every
source lands with all its candidates or not at all. A candidate already on
record for the same words and key (candidate, accepted or rejected) is never
proposed again, which is how a rejection sticks across ``--again``.

Many sources are read by worker processes (the rules are pure functions of
the text) while this process stores, in order, what they read: only this
process writes, and a worker whose parent is killed exits with it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator

from claimtrack import claims, ids, lookup, storage
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput
from claimtrack.workers import pool as worker_pool

Progress = Callable[[int, int, str], None]


@dataclass
class RunResult:
    sources: list[dict] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)
    conflicts: int = 0
    skipped: list[str] = field(default_factory=list)
    # sources the rules failed on, each {"id", "error"}: nothing stored from them, and left to the next run
    failed: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "sources": len(self.sources),
            "candidates": len(self.created),
            "keys": len(self.keys),
            "conflicts": self.conflicts,
            "already_extracted": len(self.skipped),
            "failed": len(self.failed),
        }


BATCH_SOURCES = 500  # sources per transaction when storing candidates
# The run's last sources are stored in smaller batches: what is left to store once
# the reading is done is time the workers spend idle.
TAIL_BATCH_SOURCES = 100
BULK_CACHE_KIB = 64 * 1024  # page cache while storing a run
BULK_CHECKPOINT_PAGES = 25_000  # write-ahead log pages (~100 MB) between checkpoints while storing a run


def pick_sources(
    conn: sqlite3.Connection, refs: list[str] | None = None, *, case: str | None = None, again: bool = False
) -> tuple[list[str], list[str]]:
    """The sources to read, and those left out because they were read before.

    Every reference is resolved before anything is written, so one unknown ID
    stops the run with the database untouched.
    """
    from claimtrack import cases

    cases.require(conn, case)
    if refs:
        wanted: list[str] = []
        for ref in refs:
            source_id = lookup.resolve(conn, "source", ref)
            if source_id not in wanted:
                wanted.append(source_id)
        marks = ",".join("?" * len(wanted))
        rows = conn.execute(f"SELECT id, case_name, extracted_at FROM sources WHERE id IN ({marks})", wanted).fetchall()
        by_id = {row["id"]: row for row in rows}
        if case is not None:
            stray = [ids.short(s) for s in wanted if by_id[s]["case_name"] != case]
            if stray:
                raise InvalidInput(f"source {', '.join(stray)} is not in case {case!r}")
        todo = [s for s in wanted if again or by_id[s]["extracted_at"] is None]
        done = [s for s in wanted if s not in todo]
        return todo, done
    sql = "SELECT id, extracted_at FROM sources"
    params: list = []
    if case is not None:
        sql += " WHERE case_name = ?"
        params.append(case)
    sql += " ORDER BY case_name, coalesce(published, '9999'), added_at, id"
    rows = conn.execute(sql, params).fetchall()
    todo = [row["id"] for row in rows if again or row["extracted_at"] is None]
    return todo, []


def run(
    conn: sqlite3.Connection,
    actor: Actor,
    source_ids: list[str],
    *,
    progress: Progress | None = None,
    skipped: list[str] | None = None,
    workers: int | None = None,
) -> RunResult:
    """Read the sources and store their new candidates, a batch of sources per transaction.

    A batch is stored once every source of its cases in this run has been
    read, so that keys are aligned across the whole case (an article naming
    only "Putin" meets one naming "Vladimir Putin" whichever comes first).
    The rules run in ``workers`` processes (default: one per CPU, when there
    are enough sources to be worth starting them; see claimtrack.workers)
    while this process stores what they read; only this process writes.
    ``progress`` counts both passes; ``skipped`` names the sources left out
    as read before, for the summary.
    """
    from claimtrack import extract

    result = RunResult(skipped=list(skipped or []))
    total = 2 * len(source_ids)
    cases = _cases(conn, source_ids)
    last: dict[str, int] = {}  # case -> where its last source is in the run
    members: dict[str, list[str]] = {}  # case -> its sources in the run
    for position, source_id in enumerate(source_ids):
        last[cases[source_id]] = position
        members.setdefault(cases[source_id], []).append(source_id)
    batches = _batches(source_ids)
    first_tail = next((n for n, batch in enumerate(batches) if len(batch) < BATCH_SOURCES), len(batches))
    # a batch can be stored once the last source of each of its cases is read
    ready = [max(last[cases[source_id]] for source_id in batch) for batch in batches]
    stored = 0  # batches
    # source ID -> its text, what was read in it and the incidents it names, until stored
    found: dict[str, tuple[str, list, tuple]] = {}
    plans = _Plans(members, found)
    run_keys: dict[str, set[str]] = {}
    case_keys = _CaseKeys()
    refreshes = _Refreshes(conn)
    done = 0
    refresh_pending(conn, actor)  # what a run killed before its end left to refresh
    with _bulk_writes(conn), worker_pool(len(source_ids), workers, before_fork=extract.compile_patterns) as pool:
        for position, (source_id, text, candidates, events) in enumerate(_read(conn, source_ids, pool)):
            if candidates is None:  # the rules failed on it: ``events`` says how
                result.failed.append({"id": source_id, "error": events})
                found[source_id] = None
            else:
                found[source_id] = text, candidates, events
                run_keys.setdefault(cases[source_id], set()).update(c.key for c, _ in candidates)
            done += 1
            if progress is not None:
                progress(done, total, source_id)
            while stored < len(batches) and ready[stored] <= position:
                if stored == first_tail and stored > 0:
                    _checkpoint_before_tail(conn)
                for source_id in _store_batch(conn, actor, batches[stored], cases, found, run_keys, case_keys, plans,
                                              refreshes, result):
                    done += 1
                    if progress is not None:
                        progress(done, total, source_id)
                stored += 1
    refresh_pending(conn, actor)
    if result.keys:
        result.conflicts = _active_conflicts(conn, result.keys)
    return result


class _Refreshes:
    """When a run refreshes each key's conflict. A key that gains figures batch after batch (one
    story, thousands of outlets) is refreshed when its figures in this run have grown by half
    since it last was, and once more at the run's end: refreshing it in every batch would cost
    the square of its size. Meanwhile it waits in pending_conflicts, in the same transaction as
    its figures, so that a run killed before its end leaves it to the next."""

    GROWTH = 1.5

    def __init__(self, conn: sqlite3.Connection) -> None:
        from claimtrack import conflicts

        self.added: dict[tuple[str, str], int] = {}  # figures the run has stored for a key
        self.at_refresh: dict[tuple[str, str], int] = {}  # ... when it last refreshed it
        self.events = conflicts.SourceEvents(conn)  # the reports read for telling incidents apart

    def split(self, conn: sqlite3.Connection, stale: set[tuple[str, str]],
              added: dict[tuple[str, str], int]) -> set[tuple[str, str]]:
        """The stale keys to refresh now; the others are recorded as pending."""
        now, later = set(), []
        for spot, count in added.items():
            self.added[spot] = self.added.get(spot, 0) + count
        for spot in stale:
            size = self.added.get(spot, 0)
            last = self.at_refresh.get(spot)
            if last is None or size >= self.GROWTH * last:
                now.add(spot)
                self.at_refresh[spot] = size
            else:
                later.append(spot)
        if later:
            conn.executemany("INSERT OR IGNORE INTO pending_conflicts (case_name, key) VALUES (?, ?)", later)
        if now:
            conn.executemany("DELETE FROM pending_conflicts WHERE case_name = ? AND key = ?", sorted(now))
        return now


def refresh_pending(conn: sqlite3.Connection, actor: Actor) -> int:
    """Refresh the conflicts a run left to its end, in one transaction; how many keys."""
    from claimtrack import conflicts

    with storage.write(conn):
        pending = [tuple(row) for row in conn.execute("SELECT case_name, key FROM pending_conflicts")]
        if pending:
            conflicts.refresh_keys(conn, actor, pending)
            conn.execute("DELETE FROM pending_conflicts")
    return len(pending)


def _batches(source_ids: list[str]) -> list[list[str]]:
    """The run cut into batches: ``BATCH_SOURCES`` at a time (each commit rewrites the index
    pages it touched, so fewer commits write less), then ``TAIL_BATCH_SOURCES`` at a time
    for the last two large batches' worth."""
    tail = min(len(source_ids), 2 * BATCH_SOURCES)
    head = len(source_ids) - tail
    cuts = list(range(0, head, BATCH_SOURCES)) + list(range(head, len(source_ids), TAIL_BATCH_SOURCES))
    return [source_ids[first:end] for first, end in zip(cuts, cuts[1:] + [len(source_ids)])]


@contextlib.contextmanager
def _bulk_writes(conn: sqlite3.Connection) -> Iterator[None]:
    """Settings for a long run of batches: a page cache that holds the indexes being
    written to, and a checkpoint of the write-ahead log every ~100 MB instead of ~4 MB
    (the batches write to the same index pages, which each checkpoint copies again)."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    checkpoint = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    if checkpoint > 0:  # 0: checkpoints are left to someone else
        conn.execute(f"PRAGMA wal_autocheckpoint = {max(checkpoint, BULK_CHECKPOINT_PAGES)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")


def _checkpoint_before_tail(conn: sqlite3.Connection) -> None:
    """Copy the write-ahead log into the database now, while the workers still read the last
    sources, and none until the end: a checkpoint among the last batches would run with the
    workers idle, and the one on closing would copy many of the same pages again."""
    if conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] > 0:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        conn.execute("PRAGMA wal_autocheckpoint = 0")


def _store_batch(conn, actor, batch, cases, found, run_keys, case_keys, plans, refreshes, result) -> Iterator[str]:
    """Store a batch of sources' candidates in one transaction, naming each source as it is stored.

    Each source lands with all its candidates or not at all, and each touched
    key's conflict is refreshed once per batch (not once per source) before
    the batch commits.
    """
    from claimtrack import conflicts, extract

    with storage.write(conn):
        case_keys.check(conn)
        stale: set[tuple[str, str]] = set()
        added: dict[tuple[str, str], int] = {}
        for source_id in batch:
            case = cases[source_id]
            stored_keys = case_keys.of(conn, case)
            plan = plans.of(case, stored_keys)  # (made from every source of the case read, this one included)
            read = found.pop(source_id)
            if read is None:  # not read: nothing to store, and no mark, so that the next run reads it again
                yield source_id
                continue
            text, pairs, events = read
            candidates = [candidate for candidate, _ in pairs]
            aligned = extract.align(candidates, stored_keys | run_keys[case], text, plan, events)
            made, touched, refresh = _store(conn, actor, source_id, stored_keys,
                                            [(candidate, reading) for candidate, (_, reading) in zip(aligned, pairs)])
            stored_keys.update(touched)
            stale.update((case, key) for key in refresh)
            for candidate in aligned:
                added[case, candidate.key] = added.get((case, candidate.key), 0) + 1
            result.sources.append({"id": source_id, "case": case, "candidates": len(made), "found": len(candidates)})
            result.created.extend(made)
            result.keys.update((case, key) for key in touched)
            yield source_id
        conflicts.refresh_keys(conn, actor, refreshes.split(conn, stale, added), refreshes.events)


class _Plans:
    """Each case's alignment plan (align.CasePlan), made when its first source is stored: by then
    every source of the case the run reads has been read, and none of them stored."""

    def __init__(self, members: dict[str, list[str]], found: dict[str, tuple]) -> None:
        self.members, self.found, self.plans = members, found, {}

    def of(self, case: str, stored_keys: set[str]):
        plan = self.plans.get(case)
        if plan is None:
            from claimtrack import align

            plan = self.plans[case] = align.plan_case(
                (self.found[s][2] for s in self.members[case] if self.found.get(s) is not None),
                {key.split(".", 1)[0] for key in stored_keys})
        return plan


def _cases(conn: sqlite3.Connection, source_ids: list[str]) -> dict[str, str]:
    """Each source's case."""
    out: dict[str, str] = {}
    for first in range(0, len(source_ids), 500):
        chunk = source_ids[first:first + 500]
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, case_name FROM sources WHERE id IN ({marks})", chunk).fetchall())
    return out


# --- reading, in worker processes when there are many sources ----------------------------------

READ_WINDOW = 200  # sources handed to the workers at a time
# Windows in flight: enough that the workers keep reading while this process commits a
# batch or waits on a checkpoint's disk writes (~0.5 s), yet little held in memory.
READ_AHEAD = 5
READ_CHUNK = 20  # sources per task sent to a worker (fewer, larger messages: less waking of this process)


def _read(conn: sqlite3.Connection, source_ids: list[str], pool) -> Iterator[tuple[str, str, list, tuple]]:
    """Each source's ID, text, candidates (with their readings) and incidents, in the order of ``source_ids``."""
    windows = (source_ids[first:first + READ_WINDOW] for first in range(0, len(source_ids), READ_WINDOW))
    if pool is None:
        for window in windows:
            for source_id, article in _articles(conn, window):
                yield source_id, article[0], *_unpack(_read_or_fail(article))
        return
    pending: deque = deque()
    for window in windows:
        articles = _articles(conn, window)
        # read in the workers while this process stores what was read before
        pending.append((articles, pool.map(_read_or_fail, [article for _, article in articles], chunksize=READ_CHUNK)))
        if len(pending) >= READ_AHEAD:
            yield from _with_articles(*pending.popleft())
    while pending:
        yield from _with_articles(*pending.popleft())


def _with_articles(articles: list, results) -> Iterator[tuple[str, str, list, tuple]]:
    for (source_id, (text, _, _)), found in zip(articles, results):
        yield source_id, text, *_unpack(found)


def _articles(conn: sqlite3.Connection, source_ids: list[str]) -> list[tuple[str, tuple[str, str | None, str | None]]]:
    """(source ID, (text, publication date, title)) in the order given."""
    marks = ",".join("?" * len(source_ids))
    rows = {row[0]: (row[1], row[2], row[3]) for row in conn.execute(
        f"SELECT id, text, published, title FROM sources WHERE id IN ({marks})", source_ids)}
    return [(source_id, rows[source_id]) for source_id in source_ids]


def _read_article(article: tuple[str, str | None, str | None]) -> tuple[list[tuple], tuple]:
    """An article's candidates, each with what storing it needs of the text (:func:`claims.read_plain`),
    packed as plain tuples (:func:`_unpack`), and the incidents it names (see extract.read): they
    cross from a worker process, and plain tuples unpickle several times faster than dataclasses
    and named tuples."""
    from claimtrack import extract

    text, published, title = article
    found, events = extract.read(text, published=date.fromisoformat(published) if published else None, title=title)
    # each candidate is a claim quoted at its start (``near``), in the text or the headline it was read in
    return [((c.statement, c.quote, c.start, c.end, c.key, c.value, c.value_type, c.attribution, c.field),
             *_anchored(claims.read_plain(title if c.field == "title" else text, published, c.quote, c.start,
                                          c.value, c.value_type), c.field)) for c in found], events


def _read_or_fail(article: tuple[str, str | None, str | None]) -> tuple[list[tuple] | None, tuple | str]:
    """:func:`_read_article`'s reading, or (None, what went wrong) where the rules failed on the article:
    one article the rules cannot read stops neither the run nor the reading of the others."""
    try:
        return _read_article(article)
    except Exception as error:  # noqa: BLE001 - any failure of the rules on one text is that text's alone
        return None, f"{type(error).__name__}: {error}"[:300]


def _anchored(reading: tuple, field: str | None) -> tuple:
    """A packed reading whose anchor says which of the source's texts it is in."""
    if field is None:
        return reading
    return ((*reading[0][:5], field), *reading[1:])


def _unpack(packed: tuple[list[tuple], tuple]) -> tuple[list[tuple], tuple]:
    """(candidate, reading) pairs and the incidents from what :func:`_read_article` packed.

    The reading stays as packed, a claims.Reading's fields as plain tuples (which
    claims.add_read takes as they are): only the candidates are rebuilt.
    """
    from claimtrack.extract import Candidate

    items, events = packed
    if items is None:
        return None, events  # not read: ``events`` says why
    return [(Candidate(*item[0]), item[1:]) for item in items], events


_UNRESOLVED = 1  # where a packed reading (claims.Reading's fields) says its value is unresolved


def _store(conn: sqlite3.Connection, actor: Actor, source_id: str, stored_keys: set[str],
           found: list) -> tuple[list[str], set[str], set[str]]:
    """One source's candidates (each with its reading) and its extraction mark, all or nothing.

    ``stored_keys`` are the keys the source's case has on record. Returns the
    claims made, the keys touched, and the keys whose conflict needs
    refreshing (the caller refreshes them before its transaction commits).
    """
    touched: set[str] = set()
    unresolved: set[str] = set()
    with storage.write(conn):
        known = {c.key for c, _ in found} & stored_keys
        seen = {
            (r["start"], r["end"], r["key"], r["field"])
            for r in conn.execute(
                "SELECT a.start, a.end, c.key, a.field FROM appearances a JOIN claims c ON c.id = a.claim_id"
                " WHERE a.source_id = ?",
                (source_id,),
            )
        }
        # a key someone changed: the words stay on record under the key they were read with, so reading
        # the source again proposes nothing there
        seen.update(
            (r["start"], r["end"], r["old"], r["field"])
            for r in conn.execute(
                "SELECT a.start, a.end, h.old, a.field FROM appearances a JOIN history h ON h.claim_id = a.claim_id"
                " WHERE a.source_id = ? AND h.action = 'edit' AND h.field = 'key' AND h.old IS NOT NULL",
                (source_id,),
            )
        )
        new = []
        for candidate, reading in found:
            key = candidate.key
            spot = (candidate.start, candidate.end, key, candidate.field)
            if spot in seen:
                continue  # on record already, as a candidate, a claim or a rejection
            seen.add(spot)
            new.append((candidate.statement, key, candidate.value, candidate.value_type, candidate.attribution,
                        reading))
            touched.add(key)
            if reading[_UNRESOLVED]:
                unresolved.add(key)
        # stored as claims.add_many stores them, each given with its reading, status "candidate" and origin "extract"
        made = claims.add_read(conn, actor, source_id, new, status="candidate", origin="extract", refresh=False)
        # a key new to the case, all of it read, has no conflict and nothing unresolved to list
        refresh = {key for key in touched if key in known or key in unresolved}
        conn.execute("UPDATE sources SET extracted_at = ? WHERE id = ?", (actor.now(), source_id))
    return made, touched, refresh


class _CaseKeys:
    """Every key each case's claims have: read once per run, then kept up to date by the run.

    Another process may add claims between the run's transactions; SQLite's
    ``data_version`` tells, and then the keys are read again.
    """

    def __init__(self) -> None:
        self.keys: dict[str, set[str]] = {}
        self.version: int | None = None

    def check(self, conn: sqlite3.Connection) -> None:
        """Forget what others may have changed; call at the start of each transaction."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.keys.clear()
            self.version = version

    def of(self, conn: sqlite3.Connection, case: str) -> set[str]:
        if case not in self.keys:
            self.keys[case] = {r[0] for r in conn.execute(
                "SELECT DISTINCT key FROM claims WHERE case_name = ? AND key IS NOT NULL", (case,))}
        return self.keys[case]


def _active_conflicts(conn: sqlite3.Connection, keys: set[tuple[str, str]]) -> int:
    """How many of these keys have an active conflict."""
    by_case: dict[str, list[str]] = {}
    for case, key in keys:
        by_case.setdefault(case, []).append(key)
    count = 0
    for case, case_keys in by_case.items():
        for start in range(0, len(case_keys), 500):
            chunk = case_keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            count += conn.execute(f"SELECT count(*) FROM conflicts WHERE case_name = ? AND key IN ({marks}) AND active",
                                  [case, *chunk]).fetchone()[0]
    return count


def created_claims(conn: sqlite3.Connection, claim_ids: list[str]) -> list[dict]:
    """The stored candidates of a run, in reading order."""
    if not claim_ids:
        return []
    out = []
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.extend(dict(row) for row in conn.execute(
            "SELECT c.id, c.case_name AS 'case', a.source_id AS source, c.key, c.value, c.value_type, c.normalized,"
            " a.quote, a.start, a.end, a.attribution, c.statement FROM claims c JOIN appearances a ON a.claim_id = c.id"
            f" WHERE c.id IN ({marks})",
            chunk,
        ))
    order = {claim_id: n for n, claim_id in enumerate(claim_ids)}
    out.sort(key=lambda r: order[r["id"]])
    return out


def queue(conn: sqlite3.Connection, *, case: str | None = None) -> list[dict]:
    """Candidates awaiting review, article by article in reading order."""
    sql = (
        "SELECT c.id, c.case_name AS 'case', c.statement, c.key, c.value, c.value_type, c.normalized,"
        " a.source_id AS source, s.outlet, s.published, a.quote, a.start, a.end, a.attribution"
        " FROM claims c JOIN appearances a ON a.claim_id = c.id JOIN sources s ON s.id = a.source_id"
        " WHERE c.status = 'candidate'"
    )
    params: list = []
    if case is not None:
        sql += " AND c.case_name = ?"
        params.append(case)
    sql += " ORDER BY c.case_name, coalesce(s.published, '9999'), s.added_at, s.id, a.start, c.key, c.id"
    seen: set[str] = set()
    out = []
    for row in conn.execute(sql, params):
        if row["id"] in seen:
            continue
        seen.add(row["id"])
        out.append(dict(row))
    return out


def status_of(conn: sqlite3.Connection, claim_id: str) -> dict:
    row = conn.execute("SELECT id, status, statement, key, value, value_type, normalized FROM claims WHERE id = ?",
                       (claim_id,)).fetchone()
    return dict(row)
