"""Signs of damage in a database: what ``claimtrack check`` looks for.

Each check returns findings and never repairs anything: a fact-checker should
see what is wrong (and restore a backup or re-import a case) before anything
is changed. A check that cannot even read its table reports that as a finding
and the others still run.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Callable, Iterator

from claimtrack import anchor, ids, sources, storage
from claimtrack.claims import NOTE_STANCES, NOTE_VISIBILITIES, STANCES, STATUSES
from claimtrack.errors import InvalidInput
from claimtrack.conflicts import STATES as CONFLICT_STATES

MAX_INTEGRITY_ERRORS = 100


@dataclass(frozen=True)
class Finding:
    check: str  # integrity, foreign-key, orphan, quote, text, value, record
    table: str | None
    id: str | None
    message: str

    def to_json(self) -> dict:
        return asdict(self)


def _integrity(conn: sqlite3.Connection) -> Iterator[Finding]:
    rows = [row[0] for row in conn.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_ERRORS})")]
    if rows != ["ok"]:
        for row in rows:
            yield Finding("integrity", None, None, str(row))


# (table, what is missing, SQL returning rowid and record ID of rows that point nowhere)
_ORPHANS = [
    ("appearances", "its claim",
     "SELECT a.rowid, a.id, a.claim_id FROM appearances a WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = a.claim_id)"),
    ("appearances", "its source",
     "SELECT a.rowid, a.id, a.source_id FROM appearances a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = a.source_id)"),
    ("notes", "its claim",
     "SELECT n.rowid, n.id, n.claim_id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = n.claim_id)"),
    ("claim_tags", "its claim",
     "SELECT t.rowid, t.tag, t.claim_id FROM claim_tags t WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = t.claim_id)"),
    ("claims", "its case",
     "SELECT c.rowid, c.id, c.case_name FROM claims c WHERE NOT EXISTS (SELECT 1 FROM cases k WHERE k.name = c.case_name)"),
    ("sources", "its case",
     "SELECT s.rowid, s.id, s.case_name FROM sources s WHERE NOT EXISTS (SELECT 1 FROM cases k WHERE k.name = s.case_name)"),
    ("source_originals", "its source",
     "SELECT o.rowid, o.source_id, o.source_id FROM source_originals o"
     " WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = o.source_id)"),
    ("conflicts", "its case",
     "SELECT k.rowid, k.id, k.case_name FROM conflicts k WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.name = k.case_name)"),
    ("history", "its claim",
     "SELECT h.rowid, h.id, h.claim_id FROM history h WHERE h.claim_id IS NOT NULL"
     " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = h.claim_id)"),
    ("history", "the claim it is about",
     "SELECT h.rowid, h.id, h.entity_id FROM history h WHERE h.entity = 'claim'"
     " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = h.entity_id)"),
    ("history", "the source it is about",
     "SELECT h.rowid, h.id, h.entity_id FROM history h WHERE h.entity = 'source'"
     " AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = h.entity_id)"),
    ("history", "the note it is about",
     "SELECT h.rowid, h.id, h.entity_id FROM history h WHERE h.entity = 'note'"
     " AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.id = h.entity_id)"),
    ("history", "the conflict it is about",
     "SELECT h.rowid, h.id, h.entity_id FROM history h WHERE h.entity = 'conflict'"
     " AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.id = h.entity_id)"),
    ("history", "the case it is about",
     "SELECT h.rowid, h.id, h.entity_id FROM history h WHERE h.entity = 'case'"
     " AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.name = h.entity_id)"),
]


def _orphans(conn: sqlite3.Connection, reported: set[tuple[str, int]]) -> Iterator[Finding]:
    for table, missing, sql in _ORPHANS:
        for rowid, record_id, target in conn.execute(sql):
            reported.add((table, rowid))
            yield Finding("orphan", table, record_id, f"{_name(table, record_id)} points to {missing} {target!r}, which does not exist")
    for row in conn.execute(
        "SELECT c.id FROM claims c WHERE NOT EXISTS (SELECT 1 FROM appearances a WHERE a.claim_id = c.id) ORDER BY c.id"
    ):
        yield Finding("orphan", "claims", row[0], f"claim {row[0]} has no appearance in any source")
    for row in conn.execute(
        "SELECT k.id, k.key, k.case_name FROM conflicts k WHERE (k.active = 1 OR k.unresolved > 0)"
        " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.case_name = k.case_name AND c.key = k.key) ORDER BY k.id"
    ):
        yield Finding("orphan", "conflicts", row[0], f"conflict {row[0]} stands on key {row[1]!r}, which no claim in case {row[2]!r} has")
    for row in conn.execute(
        "SELECT a.id, c.case_name, s.case_name FROM appearances a JOIN claims c ON c.id = a.claim_id"
        " JOIN sources s ON s.id = a.source_id WHERE c.case_name != s.case_name ORDER BY a.id"
    ):
        yield Finding("orphan", "appearances", row[0],
                      f"appearance {row[0]} links a claim in case {row[1]!r} to a source in case {row[2]!r}")


def _name(table: str, record_id) -> str:
    singular = {"history": "history entry", "claim_tags": "tag", "source_originals": "original of source"}.get(
        table, table[:-1])
    return f"{singular} {record_id}"


def _foreign_keys(conn: sqlite3.Connection, reported: set[tuple[str, int]]) -> Iterator[Finding]:
    """Whatever the declared foreign keys catch that the checks above did not name."""
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        if (table, rowid) in reported:
            continue
        reported.add((table, rowid))
        yield Finding("foreign-key", table, None if rowid is None else str(rowid),
                      f"row {rowid} of {table} points to a missing row of {parent}")


def _quotes(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Every stored quote must still be the exact words at its offsets in its source (its text,
    or its headline for a quote taken from the headline)."""
    for source in conn.execute("SELECT id, text, title FROM sources ORDER BY id"):
        rows = conn.execute(
            "SELECT id, claim_id, quote, start, end, before, after, field FROM appearances WHERE source_id = ?"
            " ORDER BY id",
            (source["id"],),
        ).fetchall()
        for row in rows:
            text = anchor.text_of(source, row["field"])
            if anchor.still_matches(text, row["quote"], row["start"], row["end"]):
                continue
            found = anchor.relocate(text, row["quote"], row["before"] or "", row["after"] or "")
            where = f"now at {found.start}-{found.end}" if found else \
                ("no longer in the headline" if row["field"] == "title" else "no longer in the text")
            yield Finding("quote", "appearances", row["id"],
                          f"claim {ids.short(row['claim_id'])}: quote {_clip(row['quote'])} does not match source "
                          f"{ids.short(source['id'])} at {row['start']}-{row['end']} ({where})")


def _texts(conn: sqlite3.Connection) -> Iterator[Finding]:
    for row in conn.execute("SELECT id, text, content_hash FROM sources ORDER BY id"):
        if sources.content_hash(row["text"]) != row["content_hash"]:
            yield Finding("text", "sources", row["id"],
                          f"source {row['id']}: its text changed since it was added (content hash differs)")


def _originals(conn: sqlite3.Connection) -> Iterator[Finding]:
    """A kept original must still be the file it was: it decompresses, to its size and its hash."""
    import hashlib
    import zlib

    for row in conn.execute("SELECT source_id, size, content_hash, data FROM source_originals ORDER BY source_id"):
        try:
            data = zlib.decompress(row["data"])
        except (zlib.error, TypeError):
            yield Finding("text", "source_originals", row["source_id"],
                          f"source {row['source_id']}: its original file cannot be read (damaged)")
            continue
        if len(data) != row["size"] or hashlib.sha256(data).hexdigest() != row["content_hash"]:
            yield Finding("text", "source_originals", row["source_id"],
                          f"source {row['source_id']}: its original file changed since it was kept (content hash differs)")


def _values(conn: sqlite3.Connection) -> Iterator[Finding]:
    from claimtrack import verdicts

    allowed = [
        ("claims", "status", STATUSES, False),
        ("claims", "verdict", verdicts.names(conn), True),
        ("appearances", "stance", STANCES, False),
        ("notes", "stance", NOTE_STANCES, False),
        ("notes", "visibility", NOTE_VISIBILITIES, False),
        ("conflicts", "state", CONFLICT_STATES, False),
    ]
    for table, column, choices, nullable in allowed:
        marks = ",".join("?" * len(choices))
        condition = f"{column} NOT IN ({marks})" + ("" if nullable else f" OR {column} IS NULL")
        for row in conn.execute(f"SELECT id, {column} FROM {table} WHERE {condition} ORDER BY id", choices):
            yield Finding("value", table, row[0], f"{_name(table, row[0])} has {column} {row[1]!r}, not one of: {', '.join(choices)}")
    for row in conn.execute(
        "SELECT a.id, a.case_name, a.key, c.id, c.case_name, c.key FROM appearances a JOIN claims c ON c.id = a.claim_id"
        " WHERE (a.case_name, a.key) IS NOT (c.case_name, c.key) ORDER BY a.id"
    ):
        yield Finding("value", "appearances", row[0],
                      f"appearance {row[0]} is filed under key {row[2]!r} in case {row[1]!r}, but its claim"
                      f" {ids.short(row[3])} has key {row[5]!r} in case {row[4]!r}: conflict detection misses it")
    for row in conn.execute("SELECT id, sides_json FROM conflicts ORDER BY id"):
        try:
            json.loads(row[1])["sides"]
        except (TypeError, ValueError, KeyError):
            yield Finding("value", "conflicts", row[0], f"conflict {row[0]}: its stored sides are not readable JSON")


_ID_TABLES = (("sources", "source"), ("claims", "claim"), ("appearances", "appearance"), ("notes", "note"),
              ("history", "history"), ("conflicts", "conflict"))


def _records(conn: sqlite3.Connection) -> Iterator[Finding]:
    """What the commands never let a record be, so that an import of case files may not either."""
    for table, kind in _ID_TABLES:
        pattern = ids.PREFIXES[kind] + f"[{ids.ALPHABET}]" * ids.BODY_LENGTH
        for (record_id,) in conn.execute(f"SELECT id FROM {table} WHERE id IS NULL OR id NOT GLOB ? ORDER BY id",
                                         (pattern,)):
            yield Finding("record", table, record_id, f"{_name(table, record_id)} has an ID no command can address")
    for row in conn.execute("SELECT id, status, verdict FROM claims WHERE (status = 'done' AND verdict IS NULL)"
                            " OR (verdict IS NOT NULL AND status IN ('candidate', 'rejected')) ORDER BY id"):
        why = "is done without a verdict" if row[1] == "done" else f"is {row[1]} but has the verdict {row[2]}"
        yield Finding("record", "claims", row[0], f"claim {row[0]} {why}")
    for row in conn.execute("SELECT id, claim_id, quote FROM appearances WHERE length(trim(quote)) < 3 ORDER BY id"):
        try:
            anchor.check_quote(row[2])
        except InvalidInput:
            yield Finding("record", "appearances", row[0], f"appearance {row[0]} of claim {ids.short(row[1])} quotes nothing")
    for row in conn.execute("SELECT id, entity_id, claim_id FROM history WHERE entity = 'claim' AND claim_id IS NOT NULL"
                            " AND entity_id != claim_id ORDER BY id"):
        yield Finding("record", "history", row[0], f"history entry {row[0]} is about claim {row[1]} but filed under claim {row[2]}")
    marks = ",".join("?" * len(_DECISIONS))
    for row in conn.execute(f"SELECT id, entity, entity_id FROM history WHERE action IN ({marks}) AND entity != 'conflict'"
                            " ORDER BY id", _DECISIONS):
        yield Finding("record", "history", row[0], f"history entry {row[0]} is a conflict decision about {row[1]} {row[2]}")
    for row in conn.execute("SELECT id, state, sides_json, resolution FROM conflicts WHERE state = 'resolved'"
                            " AND active = 1 ORDER BY id"):
        why = _bad_resolution(row)
        if why:
            yield Finding("record", "conflicts", row[0], f"conflict {row[0]}: {why}")


_DECISIONS = ("confirm", "dismiss", "resolve", "reopen")


def _bad_resolution(row) -> str | None:
    try:
        sides = json.loads(row["sides_json"])["sides"]
        resolution = json.loads(row["resolution"] or "null")
        side = resolution["side"]
        if type(side) is not int or not 0 <= side < len(sides) or sides[side]["value"] != resolution["value"]:
            return f"its resolution names side {side!r}, which is not one of its {len(sides)} sides with that value"
    except (TypeError, ValueError, KeyError):
        return "is resolved, but its resolution does not name a side and its value"
    return None


def _clip(text: str, length: int = 60) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= length else text[: length - 1] + "…")


CHECKS: list[tuple[str, Callable]] = [
    ("integrity", _integrity),
    ("orphans", _orphans),
    ("foreign keys", _foreign_keys),
    ("quotes", _quotes),
    ("texts", _texts),
    ("originals", _originals),
    ("values", _values),
    ("records", _records),
]


def run(conn: sqlite3.Connection) -> list[Finding]:
    """Every finding, in a stable order; an empty list means the database is sound."""
    findings: list[Finding] = []
    reported: set[tuple[str, int]] = set()
    with storage.snapshot(conn):
        for name, check in CHECKS:
            try:
                if check in (_orphans, _foreign_keys):
                    findings.extend(check(conn, reported))
                else:
                    findings.extend(check(conn))
            except sqlite3.DatabaseError as error:
                findings.append(Finding("integrity", None, None, f"cannot run the {name} check: {error}"))
    return findings
