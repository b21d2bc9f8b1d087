"""Cases: one story each; keys, claims and conflicts never cross them."""

from __future__ import annotations

import sqlite3


def list_cases(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(
        """
        SELECT c.name, c.created_at,
          (SELECT count(*) FROM sources s WHERE s.case_name = c.name) AS sources,
          (SELECT count(*) FROM claims k WHERE k.case_name = c.name AND k.status NOT IN ('candidate', 'rejected', 'retracted')) AS claims,
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


# Every table that files a record under its case (appearances follow their claims by a trigger).
_FILED_BY_CASE = ("sources", "claims", "conflicts", "case_settings")


def rename(conn: sqlite3.Connection, actor, old: str, new: str) -> dict:
    """Give a case another name: its sources, claims, conflicts and settings move with it, IDs unchanged.
    The case's own history follows it, and a rename entry keeps the old name."""
    from claimtrack import history
    from claimtrack.errors import InvalidInput
    from claimtrack.sources import check_case_name

    require(conn, old)
    new = check_case_name(new)
    if new == old:
        raise InvalidInput(f"the case is called {old!r} already")
    if conn.execute("SELECT 1 FROM cases WHERE name = ?", (new,)).fetchone():
        raise InvalidInput(f"there is a case {new!r} already; its records would mix with these")
    conn.execute("INSERT INTO cases (name, created_at) SELECT ?, created_at FROM cases WHERE name = ?", (new, old))
    moved = {}
    for table in _FILED_BY_CASE:
        moved[table] = conn.execute(f"UPDATE {table} SET case_name = ? WHERE case_name = ?", (new, old)).rowcount
    conn.execute("UPDATE history SET entity_id = ? WHERE entity = 'case' AND entity_id = ?", (new, old))
    conn.execute("DELETE FROM cases WHERE name = ?", (old,))  # nothing is filed under it any more
    history.record(conn, actor, entity="case", entity_id=new, action="rename", field="name", old=old, new=new)
    return {"old": old, "new": new, "sources": moved["sources"], "claims": moved["claims"]}


def former_names(conn: sqlite3.Connection, case: str) -> set[str]:
    """The names the case had before it was renamed."""
    return {row[0] for row in conn.execute(
        "SELECT old FROM history WHERE entity = 'case' AND entity_id = ? AND action = 'rename'", (case,))}
