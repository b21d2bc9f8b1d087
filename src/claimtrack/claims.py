"""Claims, their appearances in sources, verification state and evidence notes."""

from __future__ import annotations

import re
import sqlite3
from collections import namedtuple
from datetime import date
from functools import lru_cache

from claimtrack import anchor, history, ids, lookup, storage
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput, InvalidTransition, NotFound

TYPE_CHECKING = False  # typing costs ~5 ms to import; the read commands never need it
if TYPE_CHECKING:
    from typing import Iterator

STATUSES = ("candidate", "unverified", "in-review", "done", "rejected", "retracted")
# taken back: kept on record with the reason, out of listings, reports and conflicts
WITHDRAWN = ("rejected", "retracted")
WORK_STATUSES = ("unverified", "in-review", "done")
VERDICTS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven")
STANCES = ("asserts", "denies")
NOTE_STANCES = ("supports", "refutes", "context")
NOTE_VISIBILITIES = ("internal", "public")

# status -> the statuses it may move to with `claimtrack status`
TRANSITIONS = {
    "unverified": ("in-review",),
    "in-review": ("unverified", "done"),
    "done": ("in-review",),
    "candidate": (),
    "rejected": (),
    "retracted": (),
}

_KEY_SEGMENT = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,49}$")
MAX_STATEMENT = 2000
CLAIM_COLUMNS = ("id", "case_name", "statement", "key", "value", "value_type", "normalized", "value_json", "status",
                 "verdict", "created_at", "created_by", "updated_at", "origin", "rationale")
# case_name and key are the claim's (see storage.m005_appearance_keys): detection reads by them.
APPEARANCE_COLUMNS = ("id", "claim_id", "source_id", "quote", "start", "end", "before", "after", "stance",
                      "attribution", "normalized", "value_json", "created_at", "created_by", "case_name", "key",
                      "field")


def check_key(key: str | None) -> str | None:
    """Keys read subject then attribute: ``li-shangfu.moscow-visit.duration``."""
    if key is None:
        return None
    if not isinstance(key, str):
        raise InvalidInput(f"invalid key {key!r}: a key is text")
    return _checked_key(key)


@lru_cache(maxsize=8192)  # extraction stores the same keys again and again
def _checked_key(key: str) -> str:
    cleaned = _SPACES.sub("-", key.strip().lower())
    segments = cleaned.split(".")
    if len(segments) < 2 or not all(_KEY_SEGMENT.match(s) for s in segments) or len(cleaned) > 200:
        raise InvalidInput(
            f"invalid key {key!r}: use subject.attribute[.facet], lower-case words joined by '-', "
            "e.g. li-shangfu.moscow-visit.duration"
        )
    return cleaned


def check_tags(tags: list[str] | None) -> list[str]:
    out = []
    for tag in tags or []:
        if not isinstance(tag, str):
            raise InvalidInput(f"invalid tag {tag!r}: a tag is text")
        cleaned = tag.strip().lower()
        if not _TAG.match(cleaned):
            raise InvalidInput(f"invalid tag {tag!r}: use lower-case letters, digits, '-', '_', '.' or ':'")
        if cleaned not in out:
            out.append(cleaned)
    return sorted(out)


def check_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """One of ``allowed``; anything else is a usage error naming the closest ("did you mean ...?")."""
    cleaned = value.strip().lower()
    if cleaned not in allowed:
        from claimtrack.errors import InvalidChoice

        raise InvalidChoice(value, allowed, what)
    return cleaned


def check_statement(statement: str) -> str:
    cleaned = " ".join(statement.split())
    if not cleaned:
        raise InvalidInput("statement is empty")
    if len(cleaned) > MAX_STATEMENT:
        raise InvalidInput(f"statement is {len(cleaned)} characters; the limit is {MAX_STATEMENT}")
    return cleaned


def _ref_date(published: str | None) -> date | None:
    return date.fromisoformat(published) if published else None


@lru_cache(maxsize=4096)  # values are frozen; extraction stores the same wordings again and again
def normalize_value(raw: str | None, value_type: str | None, published: str | None):
    """The typed value, read against the publication date of the source."""
    if raw is None:
        return None
    from claimtrack import values

    return values.normalize(raw, ref_date=_ref_date(published), kind=value_type)


def _value_columns(value) -> tuple[str | None, str | None, str | None]:
    if value is None:
        return None, None, None
    data = value.to_json()
    return value.type, data["canonical"], _sorted_json().encode(data)


@lru_cache(maxsize=1)
def _sorted_json():
    """json.dumps(..., sort_keys=True) without a new encoder per call, nor json imported for reads."""
    import json

    return json.JSONEncoder(sort_keys=True)


def _typed_columns(raw: str | None, value_type: str | None, published: str | None) -> tuple[str | None, ...]:
    """The stored (type, normalized, value_json) of a wording read against a publication date."""
    from claimtrack import values

    return _columns(raw, value_type, published if values.reads_dates(value_type) else None)


@lru_cache(maxsize=4096)
def _columns(raw: str | None, value_type: str | None, published: str | None) -> tuple[str | None, ...]:
    return _value_columns(normalize_value(raw, value_type, published))


def _source_row(conn: sqlite3.Connection, source_ref: str) -> sqlite3.Row:
    sql = "SELECT id, case_name, published, text, title FROM sources WHERE id = ?"
    if len(source_ref) == 1 + ids.BODY_LENGTH:  # a full ID, as code passes: no prefix search
        row = conn.execute(sql, (source_ref,)).fetchone()
        if row is not None:
            return row
    return conn.execute(sql, (lookup.resolve(conn, "source", source_ref),)).fetchone()


def _claim_row(conn: sqlite3.Connection, claim_ref: str) -> sqlite3.Row:
    claim_id = lookup.resolve(conn, "claim", claim_ref)
    return conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()


# Rows are built as tuples in the order of their table's columns (CLAIM_COLUMNS, APPEARANCE_COLUMNS):
# extraction builds tens of thousands per run, and a tuple display costs a fraction of a dict
# picked apart by column name.
_INSERT_CLAIM = f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})"
_INSERT_APPEARANCE = (f"INSERT INTO appearances ({', '.join(APPEARANCE_COLUMNS)})"
                      f" VALUES ({', '.join('?' * len(APPEARANCE_COLUMNS))})")
_INSERT_TAG = "INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)"


def _appearance_row(actor, claim, source, found: anchor.Anchor, stance, attribution, columns, now) -> tuple:
    """An appearances row, in APPEARANCE_COLUMNS order."""
    _, canonical, value_json = columns
    return (ids.new_id("appearance"), claim["id"], source["id"], found.quote, found.start, found.end, found.before,
            found.after, stance, attribution, canonical, value_json, now, actor.name, claim["case_name"], claim["key"],
            found.field)


def _clean_attribution(attribution: str | None) -> str | None:
    if attribution is None:
        return None
    return " ".join(attribution.split()) or None


def add(
    conn: sqlite3.Connection,
    actor: Actor,
    *,
    statement: str,
    source: str,
    quote: str,
    key: str | None = None,
    value: str | None = None,
    value_type: str | None = None,
    tags: list[str] | None = None,
    stance: str = "asserts",
    attribution: str | None = None,
    status: str = "unverified",
    origin: str | None = None,
    near: int | None = None,
    refresh: bool = True,
    value_stated: bool = False,
    value_from: str | None = None,
) -> str:
    """A new claim with its first appearance; the quote must be in the source.

    ``near`` picks, among several occurrences of the quote, the one closest to
    that offset (extraction knows exactly where it read the words).
    ``refresh=False`` leaves the key's conflict to the caller, who refreshes
    each touched key once (extraction stores many claims per key).
    ``value_stated`` asks that the quote state the value (see stated.py),
    as a value typed by a person must, unless ``value_from`` says where the
    value comes from instead; that is recorded in the claim's history.
    """
    claim = dict(statement=statement, quote=quote, key=key, value=value, value_type=value_type, tags=tags,
                 stance=stance, attribution=attribution, status=status, origin=origin, near=near)
    value_from = " ".join(value_from.split()) if value_from else None
    if value_stated and value is not None and not value_from:
        _require_stated(conn, source, quote, value, value_type)
    claim_id = add_many(conn, actor, source, [claim], refresh=refresh)[0]
    if value_from and value is not None:
        stored = conn.execute("SELECT value FROM claims WHERE id = ?", (claim_id,)).fetchone()[0]
        history.record(conn, actor, entity="claim", entity_id=claim_id, claim_id=claim_id, action="value-source",
                       field="value", new=stored, note=value_from)
    return claim_id


def _require_stated(conn: sqlite3.Connection, source: str, quote: str, value: str, value_type: str | None) -> None:
    from claimtrack.stated import quote_states

    row = _source_row(conn, source)
    found = anchor.find_in_source(row, quote)  # a quote not in the source is refused as ever, first
    value, value_type = _clean_value(value, value_type)
    if value is not None and quote_states(found.quote, value, value_type, row["published"]) is False:
        raise InvalidInput(f"the quote does not state the value {value!r}: give the value in the quote's words,"
                           " or say where it comes from with --value-from-elsewhere \"...\"")


def add_many(conn: sqlite3.Connection, actor: Actor, source: str, claims: list[dict], *, refresh: bool = True) -> list[str]:
    """New claims quoted from one source, each given as :func:`add`'s keyword arguments.

    Each is checked as ``add`` checks it, and stored with the same rows and
    history entries, in the same order, as that many calls to ``add`` would
    store; the rows are written together once all are made. A claim may also
    give ``reading``, what :func:`read` makes of it in the source's text, when
    the caller has it already (extraction reads articles in other processes).
    ``refresh=False`` leaves the keys' conflicts to the caller.
    """
    return _add(conn, actor, source, (_checked(**claim) for claim in claims), refresh)


def add_read(conn: sqlite3.Connection, actor: Actor, source: str, found: list[tuple], *, status: str = "unverified",
             origin: str | None = None, refresh: bool = True) -> list[str]:
    """New claims quoted from one source and read already, each given as
    ``(statement, key, value, value_type, attribution, reading)``, where ``reading``
    is what :func:`read` made of the claim in the source's text (a Reading, or the
    same fields as plain tuples, its anchor too). All take stance "asserts", no
    tags, and the ``status`` and ``origin`` given.

    Stores exactly what :func:`add_many` stores for the same claims. What the
    claims share is checked once (extraction stores every candidate through
    here, tens of thousands a run); each claim's own fields are checked as
    ``add`` checks them.
    """
    if not found:
        return []
    status = check_choice(status, _INITIAL_STATUSES, "initial status")
    return _add(conn, actor, source, _checked_read(found, status, origin), refresh)


def _add(conn: sqlite3.Connection, actor: Actor, source: str, checked, refresh: bool) -> list[str]:
    """Store new claims of one source, each given as :func:`_checked` returns it; see :func:`add_many`.

    Each claim is read (when it brings no reading) right after it is checked,
    so the first bad claim stops the lot with the error ``add`` would raise.
    Every row is built as a tuple in its table's column order: per claim the
    IDs are minted in the order ``add`` mints them (claim, appearance, then
    its two history entries), and nothing is written until all are made.
    """
    source_row = now = author = None
    made: list[str] = []
    keys: list[str | None] = []
    claim_rows: list[tuple] = []
    tag_rows: list[tuple[str, str]] = []
    appearance_rows: list[tuple] = []
    history_rows: list[tuple] = []
    new_id, history_id = ids.new_id, ids.sequential_id
    for statement, key, value, value_type, tags, stance, attribution, status, origin, quote, near, reading in checked:
        if source_row is None:
            source_row = _source_row(conn, source)
            source_id, case = source_row["id"], source_row["case_name"]
        if not reading:
            found = anchor.find_in_source(source_row, quote, near=near)
            reading = Reading(found, *_read_value(value, value_type, _read_on(source_row["published"], value,
                                                                              value_type)))
        if now is None:
            now = actor.now()
            author = actor.name
        found, _, (vtype, canonical, value_json), appearance_value = reading
        quote, start, end, before, after, field = (*found, None)[:6]
        claim_id = new_id("claim")
        made.append(claim_id)
        keys.append(key)
        # in CLAIM_COLUMNS order
        claim_rows.append((claim_id, case, statement, key, value, vtype, canonical, value_json, status, None, now,
                           author, now, origin, None))
        if tags:
            tag_rows.extend([(claim_id, tag) for tag in tags])
        _, canonical, value_json = appearance_value
        # in APPEARANCE_COLUMNS order
        appearance_rows.append((new_id("appearance"), claim_id, source_id, quote, start, end, before, after, stance,
                                attribution, canonical, value_json, now, author, case, key, field))
        # in HISTORY_FIELDS order, as history.entry makes them (``new`` is text already)
        history_rows.append((history_id("history"), now, author, "claim", claim_id, claim_id, "create", None, None,
                             statement, f"key={key or '-'} value={value or '-'} status={status}"))
        history_rows.append((history_id("history"), now, author, "claim", claim_id, claim_id, "link", "appearance",
                             None, source_id, quote))
    if not made:
        return []
    conn.executemany(_INSERT_CLAIM, claim_rows)
    if tag_rows:
        conn.executemany(_INSERT_TAG, tag_rows)
    conn.executemany(_INSERT_APPEARANCE, appearance_rows)
    history.write(conn, history_rows)
    if refresh:
        _refresh_conflicts(conn, actor, case, *keys)
    return made


class Reading(namedtuple("Reading", "anchor unresolved claim_value appearance_value")):
    """A claim's quote and value as read in its source's text, before it is stored.

    - ``anchor``: the quote's :class:`anchor.Anchor`;
    - ``unresolved``: the value reads only against a date the source does not give ("Sunday");
    - ``claim_value``: (value_type, normalized, value_json);
    - ``appearance_value``: the same, as its first appearance reads it.
    """

    __slots__ = ()


def read(text: str, published: str | None, claim: dict) -> Reading:
    """What storing a claim (given as :func:`add`'s keyword arguments) needs of its
    source's text and publication date: its quote anchored and its value read.

    Needs no database, so it can run where the article is read.
    """
    value, value_type = _clean_value(claim.get("value"), claim.get("value_type"))
    return _read(text, published, claim["quote"], claim.get("near"), value, value_type)


def read_plain(text: str, published: str | None, quote: str, near: int | None, value: str | None,
               value_type: str | None) -> tuple:
    """What :func:`read` makes of a claim given by these fields, as plain tuples: the
    Reading's fields, its anchor's too. :func:`add_read` takes it as it is.

    Extraction reads its candidates in worker processes and sends the readings
    across: plain tuples pickle smaller and unpickle several times faster than
    named tuples, and no dict of keyword arguments is made per candidate.
    """
    value, value_type = _clean_value(value, value_type)
    found = anchor.find(text, quote, near=near)
    return (tuple(found), *_read_value(value, value_type, _read_on(published, value, value_type)))


def _read(text: str, published: str | None, quote: str, near: int | None, value: str | None,
          value_type: str | None) -> Reading:
    """``value_type`` is a checked one (or None)."""
    found = anchor.find(text, quote, near=near)
    return Reading(found, *_read_value(value, value_type, _read_on(published, value, value_type)))


def _read_on(published: str | None, value: str | None, value_type: str | None) -> str | None:
    """The date a value of this (checked) type is read against: None where the reading cannot
    depend on it (see values.date_free), so that it is read once per run, not once per date."""
    if not published or value is None or not _reads_dates(value_type):
        return None
    if _date_free(value, value_type):
        from claimtrack import values

        if values.ANY_YEAR[0] <= _ref_date(published).year <= values.ANY_YEAR[1]:
            return None
    return published


@lru_cache(maxsize=8192)
def _date_free(value: str, value_type: str | None) -> bool:
    """Whether :func:`_read_value` gives the same on every publication date. The appearance's
    reading is then the claim's: a date or year read resolved is of the type asked for."""
    from claimtrack import values

    return values.date_free(value, value_type)


_READS_DATES: dict[str | None, bool] = {}


def _reads_dates(value_type: str | None) -> bool:
    """values.reads_dates of a checked value type, asked once per type (extraction asks per candidate)."""
    dated = _READS_DATES.get(value_type)
    if dated is None:
        from claimtrack import values

        dated = _READS_DATES[value_type] = values.reads_dates(value_type)
    return dated


@lru_cache(maxsize=8192)  # extraction reads the same wordings again and again
def _read_value(value: str | None, value_type: str | None, published: str | None) -> tuple:
    """A Reading's value fields: (unresolved, claim_value, appearance_value)."""
    columns = _columns(value, value_type, published)
    vtype = columns[0]
    if value_type is None or value_type == vtype:  # the appearance reads the value as the claim did
        appearance = columns
    else:
        appearance = _typed_columns(value, vtype, published)
    typed = normalize_value(value, value_type, published)
    return typed is not None and not typed.resolved, columns, appearance


def _checked(*, statement: str, quote: str, key: str | None = None, value: str | None = None,
             value_type: str | None = None, tags: list[str] | None = None, stance: str = "asserts",
             attribution: str | None = None, status: str = "unverified", origin: str | None = None,
             near: int | None = None, reading: Reading | None = None) -> tuple:
    """One claim's own fields, checked and cleaned (the quote is anchored later, against its source):
    (statement, key, value, value_type, tags, stance, attribution, status, origin, quote, near, reading).

    A choice given as one of its allowed words is the word ``check_choice`` would
    return, and no tags are no tags: those skip the string work, anything else is
    checked as ever, in the same order, so a bad claim fails with the same error.
    """
    statement = check_statement(statement)
    key = check_key(key)
    tags = check_tags(tags) if tags else []
    if stance not in STANCES:
        stance = check_choice(stance, STANCES, "stance")
    if status not in _INITIAL_STATUSES:
        status = check_choice(status, _INITIAL_STATUSES, "initial status")
    value, value_type = _clean_value(value, value_type)
    attribution = _clean_attribution(attribution)
    return statement, key, value, value_type, tags, stance, attribution, status, origin, quote, near, reading


def _checked_read(found: list[tuple], status: str, origin: str | None) -> Iterator[tuple]:
    """:func:`add_read`'s claims as :func:`_checked` returns them, each checked as it checks them."""
    for statement, key, value, value_type, attribution, reading in found:
        statement = check_statement(statement)
        key = check_key(key)
        value, value_type = _clean_value(value, value_type)
        attribution = _clean_attribution(attribution)
        yield statement, key, value, value_type, (), "asserts", attribution, status, origin, None, None, reading


_INITIAL_STATUSES = ("candidate", "unverified")


def _clean_value(value: str | None, value_type: str | None) -> tuple[str | None, str | None]:
    if value_type is not None and value_type not in _value_types:  # one of them as given: already clean
        value_type = _check_value_type(value_type)
    if value is not None:
        value = " ".join(value.split()) or None
    return value, value_type


_value_types: tuple[str, ...] = ()  # values.VALUE_TYPES, once values is imported (listings never import it)


def _check_value_type(value_type: str) -> str:
    global _value_types
    from claimtrack import values

    _value_types = values.VALUE_TYPES
    return check_choice(value_type, values.VALUE_TYPES, "value type")


def _refresh_conflicts(conn, actor, case: str, *keys: str | None) -> None:
    from claimtrack import conflicts

    conflicts.refresh_many(conn, actor, case, keys)


def link(
    conn: sqlite3.Connection,
    actor: Actor,
    *,
    claim: str,
    source: str,
    quote: str,
    stance: str = "asserts",
    attribution: str | None = None,
) -> str:
    """Attach another source's wording of the same claim."""
    stance = check_choice(stance, STANCES, "stance")
    row = _claim_row(conn, claim)
    source_row = _source_row(conn, source)
    if source_row["case_name"] != row["case_name"]:
        raise InvalidInput(
            f"source {ids.short(source_row['id'])} is in case {source_row['case_name']!r}, "
            f"claim {ids.short(row['id'])} in case {row['case_name']!r}"
        )
    found = anchor.find_in_source(source_row, quote)
    if conn.execute("SELECT 1 FROM appearances WHERE claim_id = ? AND source_id = ? AND start = ?",
                    (row["id"], source_row["id"], found.start)).fetchone():
        raise InvalidInput(f"claim {ids.short(row['id'])} is already linked to that quote in source"
                           f" {ids.short(source_row['id'])}")
    now = actor.now()
    appearance = _appearance_row(actor, row, source_row, found, stance, _clean_attribution(attribution),
                                 _typed_columns(row["value"], row["value_type"], source_row["published"]), now)
    appearance_id = appearance[0]
    conn.execute(_INSERT_APPEARANCE, appearance)
    conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (now, row["id"]))
    history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="link",
                   field="appearance", new=source_row["id"], note=found.quote, at=now)
    _refresh_conflicts(conn, actor, row["case_name"], row["key"])
    return appearance_id


def retract(conn: sqlite3.Connection, actor: Actor, claim_refs: list[str], reason: str) -> list[dict]:
    """Take claims back (a typo, a test, a claim no outlet made): each stays on record, retracted, with the
    reason in its history, and leaves listings, reports and conflicts. A candidate is rejected instead."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput("say why the claim is taken back with --reason")
    rows = [_claim_row(conn, ref) for ref in claim_refs]
    for row in rows:
        if row["status"] == "candidate":
            raise InvalidTransition(f"claim {ids.short(row['id'])} is a candidate: reject it instead"
                                    f" (claimtrack claim reject {ids.short(row['id'])})")
        if row["status"] in WITHDRAWN:
            raise InvalidTransition(f"claim {ids.short(row['id'])} is {row['status']} already")
    now = actor.now()
    for row in rows:
        conn.execute("UPDATE claims SET status = 'retracted', updated_at = ? WHERE id = ?", (now, row["id"]))
        history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="retract",
                       field="status", old=row["status"], new="retracted", note=reason, at=now)
    for case, key in sorted({(row["case_name"], row["key"]) for row in rows if row["key"]}):
        _refresh_conflicts(conn, actor, case, key)
    return [{"id": row["id"], "old": row["status"], "new": "retracted"} for row in rows]


def unlink(conn: sqlite3.Connection, actor: Actor, claim: str, source: str, quote: str | None = None,
           reason: str | None = None) -> dict:
    """Detach a claim from a source's words it was linked to by mistake. The appearance goes; its words,
    place and source stay in the claim's history. A claim keeps at least one appearance: one stated
    nowhere is retracted instead."""
    row = _claim_row(conn, claim)
    source_row = _source_row(conn, source)
    short = ids.short(row["id"])
    found = conn.execute("SELECT * FROM appearances WHERE claim_id = ? AND source_id = ? ORDER BY start",
                         (row["id"], source_row["id"])).fetchall()
    if quote is not None:
        wanted = anchor.fold(quote)[0].strip()
        found = [a for a in found if anchor.fold(a["quote"])[0].strip() == wanted]
    if not found:
        raise NotFound(f"claim {short} has no appearance in source {ids.short(source_row['id'])}"
                       + (f" quoting {quote!r}" if quote is not None else ""))
    if len(found) > 1:
        listed = "; ".join(repr(a["quote"]) for a in found)
        raise InvalidInput(f"claim {short} appears {len(found)} times in source {ids.short(source_row['id'])}"
                           f" ({listed}): say which with --quote")
    appearance = found[0]
    left = conn.execute("SELECT count(*) FROM appearances WHERE claim_id = ?", (row["id"],)).fetchone()[0]
    if left == 1:
        raise InvalidTransition(f"that is claim {short}'s only appearance; retract the claim instead"
                                f" (claimtrack claim retract {short} --reason ...)")
    now = actor.now()
    conn.execute("DELETE FROM appearances WHERE id = ?", (appearance["id"],))
    conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (now, row["id"]))
    note = f"{appearance['quote']} [{appearance['start']}-{appearance['end']}]" + (
        f" \u2014 {' '.join(reason.split())}" if reason and reason.strip() else "")
    history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="unlink",
                   field="appearance", old=appearance["id"], new=source_row["id"], note=note, at=now)
    _refresh_conflicts(conn, actor, row["case_name"], row["key"])
    return {"id": row["id"], "source": source_row["id"], "quote": appearance["quote"]}


def unlinked_appearances(conn: sqlite3.Connection, claim_id: str) -> set[str]:
    """The IDs of the appearances taken off a claim (import must not bring them back)."""
    return {r[0] for r in conn.execute(
        "SELECT old FROM history WHERE claim_id = ? AND action = 'unlink' AND field = 'appearance'", (claim_id,))}


def appearance(conn: sqlite3.Connection, appearance_id: str) -> dict:
    """One appearance: its claim, source and quote (what ``claim link`` reports)."""
    row = conn.execute("SELECT id, claim_id, source_id, quote, start, end FROM appearances WHERE id = ?",
                       (appearance_id,)).fetchone()
    if row is None:
        raise NotFound(f"no appearance {appearance_id!r}")
    return dict(row)


def _set_review(conn: sqlite3.Connection, actor: Actor, claim_refs: list[str], new_status: str, note: str | None) -> list[str]:
    rows = [_claim_row(conn, ref) for ref in claim_refs]
    for row in rows:
        if row["status"] != "candidate":
            raise InvalidTransition(f"claim {ids.short(row['id'])} is {row['status']}, not a candidate")
    now = actor.now()
    action = "accept" if new_status == "unverified" else "reject"
    for row in rows:
        conn.execute("UPDATE claims SET status = ?, updated_at = ? WHERE id = ?", (new_status, now, row["id"]))
        history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action=action,
                       field="status", old="candidate", new=new_status, note=note, at=now)
        if action == "accept":
            _state_the_fact(conn, actor, row, now)
    for case, key in sorted({(row["case_name"], row["key"]) for row in rows if row["key"]}):
        _refresh_conflicts(conn, actor, case, key)
    return [row["id"] for row in rows]


def proposed_statement(conn: sqlite3.Connection, row: sqlite3.Row) -> str | None:
    """What an extracted candidate's statement becomes on acceptance: the fact its key and value name
    (:mod:`claimtrack.statements`), unless a person wrote its statement already."""
    from claimtrack import statements

    if row["origin"] != "extract" or conn.execute(
            "SELECT 1 FROM history WHERE claim_id = ? AND action = 'edit' AND field = 'statement'", (row["id"],)).fetchone():
        return None
    source = conn.execute("SELECT s.text FROM appearances a JOIN sources s ON s.id = a.source_id WHERE a.claim_id = ?"
                          " ORDER BY a.created_at, a.id LIMIT 1", (row["id"],)).fetchone()
    proposed = statements.propose(row["key"], row["value"], source["text"] if source else "")
    return proposed if proposed and proposed != row["statement"] else None


def proposed_for(conn: sqlite3.Connection, claim_id: str) -> str | None:
    return proposed_statement(conn, conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone())


def _state_the_fact(conn: sqlite3.Connection, actor: Actor, row: sqlite3.Row, now: str) -> None:
    """An accepted candidate's statement names its fact; the sentence it came from stays with its quote."""
    proposed = proposed_statement(conn, row)
    if proposed:
        conn.execute("UPDATE claims SET statement = ? WHERE id = ?", (check_statement(proposed), row["id"]))
        history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="edit",
                       field="statement", old=row["statement"], new=proposed,
                       note="accepted: the statement names the fact the rating covers", at=now)


def select(conn: sqlite3.Connection, claim_refs: list[str] | None = None, *, key: str | None = None,
           case: str | None = None, status: str | None = None) -> list[str]:
    """The claims a bulk command works on: those named (IDs or prefixes), and those whose key starts
    with ``key`` (in ``case``, with ``status``), in listing order; at least one of the two is given."""
    from claimtrack import cases
    from claimtrack.errors import UsageError

    if not claim_refs and key is None:
        raise UsageError("name the claims (IDs or prefixes), or select them with --match-key PREFIX")
    if case is not None and key is None:
        raise UsageError("--case goes with --match-key: named claims are found in any case")
    chosen = [_claim_row(conn, ref)["id"] for ref in claim_refs or []]
    if key is not None:
        cases.require(conn, case)
        where, params = _filters(case=case, status=status, key=key.strip().lower())
        found = [row[0] for row in conn.execute(
            f"SELECT c.id FROM claims c{where} ORDER BY c.case_name, c.key, c.created_at, c.id", params)]
        if not found:
            raise NotFound(f"no {status + ' ' if status else ''}claim has a key starting with {key!r}"
                           + (f" in case {case!r}" if case else ""))
        chosen += [claim_id for claim_id in found if claim_id not in chosen]
    return list(dict.fromkeys(chosen))


def accept(conn: sqlite3.Connection, actor: Actor, claim_refs: list[str], note: str | None = None) -> list[str]:
    """Candidates become claims to verify (status unverified)."""
    return _set_review(conn, actor, claim_refs, "unverified", note)


def reject(conn: sqlite3.Connection, actor: Actor, claim_refs: list[str], note: str | None = None) -> list[str]:
    """Rejected candidates stay on record so extraction never proposes them again."""
    return _set_review(conn, actor, claim_refs, "rejected", note)


def edit(
    conn: sqlite3.Connection,
    actor: Actor,
    claim: str,
    *,
    statement: str | None = None,
    key: str | None = None,
    value: str | None = None,
    value_type: str | None = None,
    tags: list[str] | None = None,
    note: str | None = None,
) -> dict:
    """Change what a claim says or is about; each field change is logged."""
    from claimtrack import values

    row = _claim_row(conn, claim)
    changes: dict[str, tuple] = {}
    if statement is not None:
        statement = check_statement(statement)
        if statement != row["statement"]:
            changes["statement"] = (row["statement"], statement)
    if key is not None:
        new_key = check_key(key) if key.strip() not in ("", "-") else None
        if new_key != row["key"]:
            changes["key"] = (row["key"], new_key)
    if value_type is not None:
        value_type = check_choice(value_type, values.VALUE_TYPES, "value type")
    if value is not None:
        new_value = " ".join(value.split()) or None
        if new_value != row["value"]:
            changes["value"] = (row["value"], new_value)
    if value_type is not None and value_type != row["value_type"]:
        changes["value_type"] = (row["value_type"], value_type)
    old_tags = [r[0] for r in conn.execute("SELECT tag FROM claim_tags WHERE claim_id = ? ORDER BY tag", (row["id"],))]
    if tags is not None:
        new_tags = check_tags(tags)
        if new_tags != old_tags:
            changes["tags"] = (",".join(old_tags), ",".join(new_tags))
    if not changes:
        raise InvalidInput(f"nothing to change on claim {ids.short(row['id'])}")
    now = actor.now()
    for field in ("statement", "key"):
        if field in changes:
            conn.execute(f"UPDATE claims SET {field} = ? WHERE id = ?", (changes[field][1], row["id"]))
    if "tags" in changes:
        conn.execute("DELETE FROM claim_tags WHERE claim_id = ?", (row["id"],))
        conn.executemany("INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)", [(row["id"], t) for t in check_tags(tags)])
    if "value" in changes or "value_type" in changes:
        _renormalize(conn, row["id"], changes.get("value", (None, row["value"]))[1],
                     changes.get("value_type", (None, value_type))[1])
    conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (now, row["id"]))
    for field, (old, new) in changes.items():
        history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="edit",
                       field=field, old=old, new=new, note=note, at=now)
    _refresh_conflicts(conn, actor, row["case_name"], row["key"], changes.get("key", (None, None))[1])
    return {"id": row["id"], "changes": {k: list(v) for k, v in changes.items()}}


def _renormalize(conn: sqlite3.Connection, claim_id: str, value: str | None, value_type: str | None) -> None:
    """Re-read a claim's value, and each appearance's against its own source's date."""
    rows = conn.execute(
        "SELECT a.id, s.published FROM appearances a JOIN sources s ON s.id = a.source_id"
        " WHERE a.claim_id = ? ORDER BY a.created_at, a.id",
        (claim_id,),
    ).fetchall()
    first = True
    for appearance in rows:
        typed = normalize_value(value, value_type, appearance["published"])
        vtype, canonical, value_json = _value_columns(typed)
        conn.execute("UPDATE appearances SET normalized = ?, value_json = ? WHERE id = ?",
                     (canonical, value_json, appearance["id"]))
        if first:
            conn.execute("UPDATE claims SET value = ?, value_type = ?, normalized = ?, value_json = ? WHERE id = ?",
                         (value, vtype, canonical, value_json, claim_id))
            first = False


def set_status(conn: sqlite3.Connection, actor: Actor, claim: str, status: str, note: str | None = None) -> dict:
    row = _claim_row(conn, claim)
    status = check_choice(status, WORK_STATUSES, "status")
    current = row["status"]
    short = ids.short(row["id"])
    if current == status:
        raise InvalidTransition(f"claim {short} is already {status}")
    if current == "candidate":
        raise InvalidTransition(f"claim {short} is a candidate: accept or reject it first (claimtrack claim accept {short})")
    if current in WITHDRAWN:
        raise InvalidTransition(f"claim {short} was {current}; it takes no status")
    allowed = TRANSITIONS[current]
    if status not in allowed:
        hint = " (start a review first: in-review)" if status == "done" else ""
        raise InvalidTransition(f"claim {short} is {current}; it can move to {', '.join(allowed)}, not {status}{hint}")
    if status == "done" and not row["verdict"]:
        raise InvalidTransition(f"claim {short} has no verdict; give one before marking it done (claimtrack verdict {short} ...)")
    now = actor.now()
    conn.execute("UPDATE claims SET status = ?, updated_at = ? WHERE id = ?", (status, now, row["id"]))
    history.record(conn, actor, entity="claim", entity_id=row["id"], claim_id=row["id"], action="status",
                   field="status", old=current, new=status, note=note, at=now)
    return {"id": row["id"], "old": current, "new": status}


def set_verdict(conn: sqlite3.Connection, actor: Actor, claim: str, verdict: str, note: str | None = None, *,
                rationale: str | None = None) -> dict:
    """A verdict from the scale, with its rationale; see :func:`claimtrack.verdicts.give`."""
    from claimtrack import verdicts

    return verdicts.give(conn, actor, claim, verdict, rationale=rationale, note=note)


def add_note(
    conn: sqlite3.Connection,
    actor: Actor,
    claim: str,
    text: str,
    *,
    url: str | None = None,
    stance: str = "context",
    visibility: str = "internal",
    archive_url: str | None = None,
) -> str:
    """An append-only evidence note; only a public one ever reaches a published report."""
    from claimtrack.sources import check_url

    row = _claim_row(conn, claim)
    text = text.strip()
    if not text:
        raise InvalidInput("note text is empty")
    if len(text) > 20_000:
        raise InvalidInput("note is longer than 20,000 characters")
    stance = check_choice(stance, NOTE_STANCES, "note stance")
    visibility = check_choice(visibility, NOTE_VISIBILITIES, "note visibility")
    url = check_url(url, "evidence URL")
    archive_url = check_url(archive_url, "archive URL")
    if archive_url and not url:
        raise InvalidInput("an archive link archives the evidence URL: give --url too")
    now = actor.now()
    note_id = ids.new_id("note")
    conn.execute(
        "INSERT INTO notes (id, claim_id, text, url, stance, author, created_at, visibility, archive_url)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (note_id, row["id"], text, url, stance, actor.name, now, visibility, archive_url),
    )
    conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (now, row["id"]))
    history.record(conn, actor, entity="note", entity_id=note_id, claim_id=row["id"], action="note",
                   field=stance, new=note_id, note=url, at=now)
    if visibility != "internal":
        history.record(conn, actor, entity="note", entity_id=note_id, claim_id=row["id"], action="edit",
                       field="visibility", old="internal", new=visibility, at=now)
    return note_id


def edit_note(conn: sqlite3.Connection, actor: Actor, note_ref: str, *, visibility: str | None = None,
              archive_url: str | None = None) -> dict:
    """Publish a note or take it back to internal, or give its URL an archived copy.

    The note's words stay as written (notes are append-only); each change is kept in history.
    """
    from claimtrack.sources import check_url

    note_id = lookup.resolve(conn, "note", note_ref)
    row = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    changes: dict[str, tuple] = {}
    if visibility is not None:
        visibility = check_choice(visibility, NOTE_VISIBILITIES, "note visibility")
        if visibility != row["visibility"]:
            changes["visibility"] = (row["visibility"], visibility)
    if archive_url is not None:
        archive_url = check_url(archive_url, "archive URL")
        if not row["url"]:
            raise InvalidInput(f"note {ids.short(note_id)} has no URL to archive")
        if archive_url != row["archive_url"]:
            changes["archive_url"] = (row["archive_url"], archive_url)
    if not changes:
        raise InvalidInput(f"nothing to change on note {ids.short(note_id)}")
    now = actor.now()
    for field, (old, new) in changes.items():
        conn.execute(f"UPDATE notes SET {field} = ? WHERE id = ?", (new, note_id))
        history.record(conn, actor, entity="note", entity_id=note_id, claim_id=row["claim_id"], action="edit",
                       field=field, old=old, new=new, at=now)
    conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (now, row["claim_id"]))
    return {"id": note_id, "claim": row["claim_id"], "changes": {k: list(v) for k, v in changes.items()}}


# --- reading -------------------------------------------------------------------


def _filters(
    *,
    case: str | None = None,
    status: str | None = None,
    verdict: str | None = None,
    source: str | None = None,
    outlet: str | None = None,
    key: str | None = None,
    tag: str | None = None,
    ids_in: list[str] | None = None,
    include_rejected: bool = False,
) -> tuple[str, list]:
    where, params = [], []
    if case:
        where.append("c.case_name = ?")
        params.append(case)
    if status:
        where.append("c.status = ?")
        params.append(status)
    elif not include_rejected:
        where.append("c.status NOT IN ('rejected', 'retracted')")
    if verdict:
        if verdict == "none":
            where.append("c.verdict IS NULL")
        else:
            where.append("c.verdict = ?")
            params.append(verdict)
    if source:
        where.append("c.id IN (SELECT claim_id FROM appearances WHERE source_id = ?)")
        params.append(source)
    if outlet:
        where.append(
            "c.id IN (SELECT a.claim_id FROM appearances a JOIN sources s ON s.id = a.source_id"
            " WHERE s.outlet = ? COLLATE NOCASE)"
        )
        params.append(outlet)
    if key:
        where.append("substr(c.key, 1, ?) = ?")
        params.extend([len(key), key])
    if tag:
        where.append("c.id IN (SELECT claim_id FROM claim_tags WHERE tag = ?)")
        params.append(tag.strip().lower())
    if ids_in is not None:
        where.append(f"c.id IN ({','.join('?' * len(ids_in))})")
        params.extend(ids_in)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _appearance_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "source": row["source_id"],
        "outlet": row["outlet"],
        "published": row["published"],
        "quote": row["quote"],
        "start": row["start"],
        "end": row["end"],
        "before": row["before"],
        "after": row["after"],
        "stance": row["stance"],
        "attribution": row["attribution"],
        "normalized": row["normalized"],
        "field": row["field"],
    }


def _claim_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "case": row["case_name"],
        "statement": row["statement"],
        "key": row["key"],
        "value": row["value"],
        "value_type": row["value_type"],
        "normalized": row["normalized"],
        "status": row["status"],
        "verdict": row["verdict"],
        "rationale": row["rationale"],
        "tags": [],
        "appearances": [],
        "created_at": row["created_at"],
        "created_by": row["created_by"],
        "updated_at": row["updated_at"],
        "origin": row["origin"],
    }


PUBLIC_APPEARANCE_FIELDS = ("source", "outlet", "published", "quote", "start", "end", "stance", "attribution", "normalized",
                            "field")


def public(claim: dict) -> dict:
    """The stable JSON shape of a claim, as ``list --json`` prints it."""
    out = {k: claim[k] for k in ("id", "case", "statement", "key", "value", "value_type", "normalized", "status",
                                  "verdict", "rationale", "tags")}
    out["appearances"] = [{k: a[k] for k in PUBLIC_APPEARANCE_FIELDS} for a in claim["appearances"]]
    out["created_at"] = claim["created_at"]
    out["updated_at"] = claim["updated_at"]
    return out


_LISTED_BATCH = 500


def iter_claims(conn: sqlite3.Connection, **filters) -> Iterator[dict]:
    """Claims in listing order (case, key, creation), each with its appearances and tags.

    Read in batches of claims, so a listing of any size holds one batch in
    memory; run it inside ``storage.snapshot`` for a consistent view.
    """
    where, params = _filters(**filters)
    order = " ORDER BY c.case_name, c.key IS NULL, c.key, c.created_at, c.id"
    cursor = conn.execute(f"SELECT c.* FROM claims c{where}{order}", params)
    while True:
        batch = [_claim_dict(row) for row in cursor.fetchmany(_LISTED_BATCH)]
        if not batch:
            return
        by_id = {claim["id"]: claim for claim in batch}
        marks = ",".join("?" * len(by_id))
        for row in conn.execute(
            "SELECT a.*, s.outlet, s.published FROM appearances a JOIN sources s ON s.id = a.source_id"
            f" WHERE a.claim_id IN ({marks})"
            " ORDER BY a.claim_id, coalesce(s.published, '9999'), s.outlet, a.source_id, a.start",
            list(by_id),
        ):
            by_id[row["claim_id"]]["appearances"].append(_appearance_dict(row))
        for row in conn.execute(f"SELECT claim_id, tag FROM claim_tags WHERE claim_id IN ({marks}) ORDER BY claim_id, tag",
                                list(by_id)):
            by_id[row["claim_id"]]["tags"].append(row["tag"])
        yield from batch


def listing_widths(conn: sqlite3.Connection, **filters) -> tuple[int, int]:
    """The longest key and value (in characters) among the claims :func:`iter_claims` lists."""
    where, params = _filters(**filters)
    widths = conn.execute(f"SELECT max(length(c.key)), max(length(c.value)) FROM claims c{where}", params).fetchone()
    return widths[0] or 0, widths[1] or 0


@storage.consistent
def list_claims(conn: sqlite3.Connection, **filters) -> list[dict]:
    return list(iter_claims(conn, **filters))


def _value_note(value_json: str | None) -> str | None:
    """Why a value was kept as text, or is not resolved: the reader's note."""
    if not value_json:
        return None
    import json

    return json.loads(value_json).get("note")


@storage.consistent
def get(conn: sqlite3.Connection, claim: str) -> dict:
    claim_id = lookup.resolve(conn, "claim", claim)
    found = list_claims(conn, ids_in=[claim_id], include_rejected=True)
    if not found:
        raise NotFound(f"no claim {claim!r}")
    out = found[0]
    out["notes"] = [
        dict(row)
        for row in conn.execute(
            "SELECT id, text, url, archive_url, stance, visibility, author, created_at FROM notes WHERE claim_id = ?"
            " ORDER BY created_at, rowid",
            (claim_id,),
        )
    ]
    out["history"] = history.entries(conn, claim_id=claim_id)
    out["value_note"] = None
    if out["value"] and (out["normalized"] is None or " ? " in out["normalized"]):  # kept as text, or unresolved
        out["value_note"] = _value_note(conn.execute("SELECT value_json FROM claims WHERE id = ?",
                                                     (claim_id,)).fetchone()[0])
    from claimtrack.divergences import open_divergences

    out["divergences"] = [{"field": d["field"], "kept": d["old"], "other": d["new"], "from": d["note"], "at": d["at"]}
                          for d in open_divergences(conn, claim_id)]
    return out
