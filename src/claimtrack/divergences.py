"""Fields of a claim that two copies changed apart: recorded on import, settled by a person.

When a case directory comes back with a claim whose field both this database
and the files changed since they last agreed, import keeps this database's
value and records the other as a ``diverge`` history entry. It stays open,
shown with the claim, until someone settles it (``claimtrack claim settle``):
taking the other value changes the claim as the matching command would (a
verdict changed is a correction), and either way a ``settle`` entry closes it.
The entries travel in the claim's file, so every copy sees the same.
"""

from __future__ import annotations

import sqlite3

from claimtrack import history, ids
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput, InvalidTransition, NotFound

# What a claim says, as merged on import: "value" stands for the wording and the type it is read as.
MERGED_FIELDS = ("statement", "key", "value", "status", "verdict", "rationale", "tags")


def changed_fields(entry) -> tuple[str, ...]:
    """The fields of a claim a history entry changed (an import or a divergence changes none by itself)."""
    action, field = entry["action"], entry["field"]
    if action == "create":
        return MERGED_FIELDS
    if action in ("status", "accept", "reject"):
        return ("status",)
    if action == "verdict":
        return ("verdict",)
    if action in ("edit", "settle", "retract") and field:
        return ("value",) if field == "value_type" else (field,)
    return ()


def field_text(field: str, value) -> str | None:
    """A merged field's value as history keeps it: tags joined by commas, a value by its wording."""
    if field == "tags":
        return ",".join(value)
    if field == "value":
        return value[0]
    return value


def open_divergences(conn: sqlite3.Connection, claim_id: str) -> list[dict]:
    """The claim's divergences not settled since, one per field (the latest), in field order."""
    latest: dict[str, dict] = {}
    for row in conn.execute(
        "SELECT * FROM history WHERE claim_id = ? AND action IN ('diverge', 'settle') ORDER BY at, rowid", (claim_id,)
    ):
        if row["action"] == "diverge":
            latest[row["field"]] = dict(row)
        else:
            latest.pop(row["field"], None)
    return [latest[field] for field in MERGED_FIELDS if field in latest]


def settle(conn: sqlite3.Connection, actor: Actor, claim: str, field: str, take: str, note: str | None = None) -> dict:
    """Close a claim's open divergence on ``field``, keeping this database's value ("ours") or the other ("theirs")."""
    from claimtrack import claims

    row = claims._claim_row(conn, claim)
    short = ids.short(row["id"])
    field = claims.check_choice(field, MERGED_FIELDS, "field")
    take = claims.check_choice(take, ("ours", "theirs"), "side to take")
    found = {d["field"]: d for d in open_divergences(conn, row["id"])}
    if field not in found:
        raise NotFound(f"claim {short} has no open divergence on {field}")
    divergence = found[field]
    note = " ".join(note.split()) if note else None
    chosen = divergence["old"] if take == "ours" else divergence["new"]
    current = _current(conn, row, field)
    if take == "theirs" and field == "verdict" and current and chosen != current and not note:
        raise InvalidTransition(f"claim {short} has the verdict {current}; changing it is a correction: say why with --note")
    if take == "theirs" and chosen != current:
        _apply(conn, actor, row, field, chosen, note or f"settled: took the value from {divergence['note']}")
    now = actor.now()
    history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="settle",
                   field=field, old=current, new=chosen, note=note, at=now)
    conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (now, row["id"]))
    return {"id": row["id"], "field": field, "old": current, "new": chosen}


def _current(conn: sqlite3.Connection, row: sqlite3.Row, field: str) -> str | None:
    if field == "tags":
        return ",".join(r[0] for r in conn.execute("SELECT tag FROM claim_tags WHERE claim_id = ? ORDER BY tag",
                                                     (row["id"],)))
    return row[field]


def _apply(conn: sqlite3.Connection, actor: Actor, row: sqlite3.Row, field: str, value: str | None, note: str) -> None:
    """Set the field as its own command would, with the same history: a verdict changed is a correction."""
    from claimtrack import claims, verdicts

    now = actor.now()
    if field == "rationale":
        conn.execute("UPDATE claims SET rationale = ?, updated_at = ? WHERE id = ?", (value, now, row["id"]))
        history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="edit",
                       field=field, old=row[field], new=value, note=note, at=now)
        return
    if field in ("status", "verdict"):
        if field == "status" and value not in claims.STATUSES or field == "verdict" and value not in (None, *verdicts.names(conn)):
            raise InvalidInput(f"cannot settle on {field} {value!r}")
        conn.execute(f"UPDATE claims SET {field} = ?, updated_at = ? WHERE id = ?", (value, now, row["id"]))
        history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action=field,
                       field=field, old=row[field], new=value, note=note, at=now)
        return
    changes = {"statement": value} if field == "statement" else {"key": value or "-"} if field == "key" else \
        {"value": value or ""} if field == "value" else {"tags": value.split(",") if value else []}
    claims.edit(conn, actor, row["id"], note=note, **changes)
