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
