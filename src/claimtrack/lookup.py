"""Find records by full ID or by a short, typeable prefix."""

from __future__ import annotations

import sqlite3

from claimtrack import ids
from claimtrack.errors import AmbiguousID, NotFound

_TABLES = {"source": "sources", "claim": "claims", "conflict": "conflicts", "note": "notes"}
_MAX_CANDIDATES = 20


def resolve(conn: sqlite3.Connection, kind: str, text: str) -> str:
    """The one full ID that starts with ``text``; errors name the candidates."""
    table = _TABLES[kind]
    prefix = ids.clean_prefix(text)
    letter = ids.PREFIXES[kind]
    if not prefix or prefix[0] != letter or any(c not in ids.ALPHABET for c in prefix[1:]):
        raise NotFound(f"no {kind} {text!r} ({kind} IDs look like {letter}1a2b3c4)")
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = conn.execute(
        f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
        (prefix, upper, _MAX_CANDIDATES + 1),
    ).fetchall()
    if not rows:
        raise NotFound(f"no {kind} {text!r}")
    if len(rows) > 1:
        if any(row[0] == prefix for row in rows):
            return prefix
        raise AmbiguousID(text, [shortest_unique(conn, kind, row[0]) for row in rows])
    return rows[0][0]


def shortest_unique(conn: sqlite3.Connection, kind: str, record_id: str) -> str:
    """The shortest prefix (at least the usual short length) naming only this record."""
    table = _TABLES[kind]
    for length in range(ids.SHORT_LENGTH, len(record_id)):
        prefix = record_id[:length]
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        count = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE id >= ? AND id < ? LIMIT 2)",
            (prefix, upper),
        ).fetchone()[0]
        if count <= 1:
            return prefix
    return record_id
