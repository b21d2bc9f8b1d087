"""Cases: one story each; keys, claims and conflicts never cross them."""

from __future__ import annotations

import sqlite3


def list_cases(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(
        """
        SELECT c.name, c.created_at,
          (SELECT count(*) FROM sources s WHERE s.case_name = c.name) AS sources,
          (SELECT count(*) FROM claims k WHERE k.case_name = c.name AND k.status NOT IN ('candidate', 'rejected')) AS claims,
          (SELECT count(*) FROM claims k WHERE k.case_name = c.name AND k.status = 'candidate') AS candidates
        FROM cases c ORDER BY c.name
        """
    )
    return [dict(row) for row in rows]


def require(conn: sqlite3.Connection, case: str | None) -> None:
    """A case named by ``--case`` must exist: an unknown one (a typo) is an error, not an empty result."""
    if case is None or conn.execute("SELECT 1 FROM cases WHERE name = ?", (case,)).fetchone():
        return
    from claimtrack.errors import NotFound

    names = [row[0] for row in conn.execute("SELECT name FROM cases ORDER BY name LIMIT 11")]
    known = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "") if names else "there are none yet"
    raise NotFound(f"no case {case!r} (cases: {known})")
