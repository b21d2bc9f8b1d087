"""The append-only log of every change, with time, author and note."""

from __future__ import annotations

import sqlite3

TYPE_CHECKING = False  # typing costs ~5 ms to import; the read commands never need it
if TYPE_CHECKING:
    from typing import Any

from claimtrack import ids
from claimtrack.context import Actor

HISTORY_FIELDS = ("id", "at", "author", "entity", "entity_id", "claim_id", "action", "field", "old", "new", "note")


_INSERT = f"INSERT INTO history ({', '.join(HISTORY_FIELDS)}) VALUES ({', '.join('?' * len(HISTORY_FIELDS))})"


def entry(
    actor: Actor,
    *,
    entity: str,
    entity_id: str,
    action: str,
    claim_id: str | None = None,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    note: str | None = None,
    at: str | None = None,
) -> tuple:
    """One history row (in HISTORY_FIELDS order), its ID minted now: entries sort in the order they are made."""
    return (
        ids.sequential_id("history"),
        at or actor.now(),
        actor.name,
        entity,
        entity_id,
        claim_id,
        action,
        field,
        None if old is None else str(old),
        None if new is None else str(new),
        note,
    )


def write(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Store rows made by :func:`entry`, in the order given."""
    conn.executemany(_INSERT, rows)


def record(conn: sqlite3.Connection, actor: Actor, **details: Any) -> str:
    """Store one history entry (the keyword arguments of :func:`entry`); returns its ID."""
    row = entry(actor, **details)
    conn.execute(_INSERT, row)
    return row[0]


def entries(
    conn: sqlite3.Connection,
    *,
    claim_id: str | None = None,
    entity_id: str | None = None,
    case: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """History in the order it happened (ties broken by insertion order); with ``limit``, the newest that many."""
    where, params = [], []
    if claim_id:
        where.append("h.claim_id = ?")
        params.append(claim_id)
    if entity_id:
        where.append("h.entity_id = ?")
        params.append(entity_id)
    if case:
        where.append(
            "(h.claim_id IN (SELECT id FROM claims WHERE case_name = ?)"
            " OR h.entity_id IN (SELECT id FROM sources WHERE case_name = ?)"
            " OR h.entity_id = ?)"
        )
        params.extend([case, case, case])
    sql = "SELECT h.*, h.rowid AS _made FROM history h"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if limit:  # the newest entries, still shown in the order they happened
        sql = f"SELECT * FROM ({sql} ORDER BY h.at DESC, h.rowid DESC LIMIT {int(limit)}) ORDER BY at, _made"
    else:
        sql += " ORDER BY h.at, h.rowid"
    return [{name: row[name] for name in HISTORY_FIELDS} for row in conn.execute(sql, params)]
