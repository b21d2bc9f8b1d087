"""Extraction against the database: candidates stored as claims, and the review queue.

Sources are stored in batches of whole sources, one transaction each, so a
killed run keeps every batch it finished and redoes none of them, and every
source lands with all its candidates or not at all. A candidate already on
record for the same words and key (candidate, accepted or rejected) is never
proposed again, which is how a rejection sticks across ``--again``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from claimtrack import claims, ids, lookup, storage
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput

Progress = Callable[[int, int, str], None]


@dataclass
class RunResult:
    sources: list[dict] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)
    conflicts: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "sources": len(self.sources),
            "candidates": len(self.created),
            "keys": len(self.keys),
            "conflicts": self.conflicts,
            "already_extracted": len(self.skipped),
        }



BATCH_SOURCES = 100  # sources per transaction when storing candidates

def pick_sources(
    conn: sqlite3.Connection, refs: list[str] | None = None, *, case: str | None = None, again: bool = False
) -> tuple[list[str], list[str]]:
    """The sources to read, and those left out because they were read before.

    Every reference is resolved before anything is written, so one unknown ID
    stops the run with the database untouched.
    """
    if case is not None and not conn.execute("SELECT 1 FROM cases WHERE name = ?", (case,)).fetchone():
        raise InvalidInput(f"no case {case!r}")
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
) -> RunResult:
    """Read the sources, then store their new candidates, a batch of sources per transaction.

    Every source is read before any is stored, so that keys are aligned across
    the whole run (an article naming only "Putin" meets one naming "Vladimir
    Putin" whichever comes first). ``progress`` counts both passes; ``skipped``
    names the sources left out as read before, for the summary.
    """
    from claimtrack import extract

    result = RunResult(skipped=list(skipped or []))
    total = 2 * len(source_ids)
    read: list[tuple[str, str, list]] = []
    run_keys: dict[str, set[str]] = {}
    for number, source_id in enumerate(source_ids, start=1):
        row = conn.execute("SELECT case_name, published, text FROM sources WHERE id = ?", (source_id,)).fetchone()
        published = date.fromisoformat(row["published"]) if row["published"] else None
        found = extract.extract(row["text"], published=published)
        read.append((source_id, row["case_name"], found))
        run_keys.setdefault(row["case_name"], set()).update(c.key for c in found)
        if progress is not None:
            progress(number, total, source_id)
    case_keys: dict[str, set[str]] = {}
    for first in range(0, len(read), BATCH_SOURCES):
        # One transaction per batch of whole sources: each source lands with all its
        # candidates or not at all, and each touched key's conflict is refreshed once
        # per batch (not once per source) before the batch commits.
        with storage.write(conn):
            stale: set[tuple[str, str]] = set()
            for number, (source_id, case, found) in enumerate(read[first:first + BATCH_SOURCES],
                                                              start=len(read) + first + 1):
                known = _case_keys(conn, case, case_keys) | run_keys[case]
                text = conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()[0]
                made, touched, refresh = _store(conn, actor, source_id, extract.align(found, known, text))
                case_keys[case].update(touched)
                stale.update((case, key) for key in refresh)
                result.sources.append({"id": source_id, "case": case, "candidates": len(made), "found": len(found)})
                result.created.extend(made)
                result.keys.update((case, key) for key in touched)
                if progress is not None:
                    progress(number, total, source_id)
            _refresh(conn, actor, stale)
    if result.keys:
        result.conflicts = _active_conflicts(conn, result.keys)
    return result


def _refresh(conn: sqlite3.Connection, actor: Actor, keys: set[tuple[str, str]]) -> None:
    from claimtrack import conflicts

    for case, key in sorted(keys):
        conflicts.refresh(conn, actor, case, key)


def _store(conn: sqlite3.Connection, actor: Actor, source_id: str, found: list) -> tuple[list[str], set[str], set[str]]:
    """One source's candidates and its extraction mark, all or nothing.

    Returns the claims made, the keys touched, and the keys whose conflict needs
    refreshing (the caller refreshes them before its transaction commits).
    """
    made: list[str] = []
    touched: set[str] = set()
    unresolved: set[str] = set()
    with storage.write(conn):
        row = conn.execute("SELECT case_name, published FROM sources WHERE id = ?", (source_id,)).fetchone()
        known = _keys_in_case(conn, row["case_name"], {c.key for c in found})
        seen = {
            (r["start"], r["end"], r["key"])
            for r in conn.execute(
                "SELECT a.start, a.end, c.key FROM appearances a JOIN claims c ON c.id = a.claim_id"
                " WHERE a.source_id = ?",
                (source_id,),
            )
        }
        for candidate in found:
            if (candidate.start, candidate.end, candidate.key) in seen:
                continue  # on record already, as a candidate, a claim or a rejection
            seen.add((candidate.start, candidate.end, candidate.key))
            made.append(claims.add(
                conn, actor, statement=candidate.statement, source=source_id, quote=candidate.quote,
                key=candidate.key, value=candidate.value, value_type=candidate.value_type,
                attribution=candidate.attribution, status="candidate", origin="extract", near=candidate.start,
                refresh=False,
            ))
            touched.add(candidate.key)
            typed = claims.normalize_value(candidate.value, candidate.value_type, row["published"])
            if typed is not None and not typed.resolved:
                unresolved.add(candidate.key)
        # a key new to the case, all of it read, has no conflict and nothing unresolved to list
        refresh = {key for key in touched if key in known or key in unresolved}
        conn.execute("UPDATE sources SET extracted_at = ? WHERE id = ?", (actor.now(), source_id))
    return made, touched, refresh


def _case_keys(conn: sqlite3.Connection, case: str, cache: dict[str, set[str]]) -> set[str]:
    """Every key the case's claims have (read once per run, then kept up to date)."""
    if case not in cache:
        cache[case] = {r[0] for r in conn.execute(
            "SELECT DISTINCT key FROM claims WHERE case_name = ? AND key IS NOT NULL", (case,))}
    return cache[case]


def _keys_in_case(conn: sqlite3.Connection, case: str, keys: set[str]) -> set[str]:
    """Which of these keys some claim in the case already has."""
    found: set[str] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT key FROM claims WHERE case_name = ? AND key IN ({marks})", [case, *chunk]))
    return found


def _active_conflicts(conn: sqlite3.Connection, keys: set[tuple[str, str]]) -> int:
    from claimtrack import conflicts

    count = 0
    for case, key in keys:
        row = conn.execute("SELECT active FROM conflicts WHERE id = ?", (conflicts.conflict_id(case, key),)).fetchone()
        count += bool(row and row["active"])
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
    row = conn.execute("SELECT id, status, key, value, value_type, normalized FROM claims WHERE id = ?",
                       (claim_id,)).fetchone()
    return dict(row)
