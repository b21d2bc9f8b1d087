"""The plain-text form of a case: one file per source, per claim and per decided conflict.

Layout (deterministic bytes, so git diffs and merges stay clean)::

    DIR/case.json             {"format": ..., "name": ...}
    DIR/sources/<id>.md       a metadata block, then the exact article text
    DIR/claims/<id>.json      a claim with its appearances, notes and history
    DIR/conflicts/<id>.json   a conflict's decision (state, reason, resolution)
                              and the history of its decisions

Each file holds one record and nothing about any other (no counters, no
indexes), so two people who change different claims change different files,
and git merges their copies without a conflict.

Derived data (normalized values, conflicts' sides) is not written: it is
recomputed on import, so a newer reader of values gives newer readings. A
conflict file is written only once a person has decided something about it;
on import it applies to the recomputed conflict when that still stands on
the same values.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path
from typing import Callable

from claimtrack import claims as claims_mod
from claimtrack import history, ids, sources, storage
from claimtrack.divergences import MERGED_FIELDS, changed_fields, field_text
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput

FORMAT = "claimtrack-case/1"
SEED_CASE = "li-shangfu-moscow-2023"
SOURCE_HEADER = ("id", "case", "outlet", "title", "url", "author", "published", "credit", "original_url", "captured_at",
                 "added_at", "added_by")
# Written only when known: files from before they were kept stay as they were, and read the same.
_SOURCE_WHEN_KNOWN = ("credit", "original_url", "captured_at")
CLAIM_FIELDS = ("id", "case", "statement", "key", "value", "value_type", "status", "verdict", "rationale", "tags",
                "created_at", "created_by", "updated_at", "origin")
_ORIGIN = re.compile(r"^[a-z][a-z0-9-]{0,31}$")  # how a claim came to be: "extract", or null (added by hand)
APPEARANCE_FIELDS = ("id", "source", "quote", "start", "end", "before", "after", "stance", "attribution",
                     "created_at", "created_by")
NOTE_FIELDS = ("id", "text", "url", "archive_url", "stance", "visibility", "author", "created_at")
HISTORY_FIELDS = ("id", "at", "author", "entity", "entity_id", "action", "field", "old", "new", "note")
CONFLICT_FIELDS = ("id", "case", "key", "state", "reason", "resolution", "fingerprint")
# People's decisions on a conflict; its detection and clearing are recomputed, not stored.
DECISION_ACTIONS = ("confirm", "dismiss", "resolve", "reopen")
CONFLICT_STATES = ("open", "confirmed", "dismissed", "resolved")
_RECORD_FILE = re.compile(r"^[a-z][0-9a-z]{20}\.(md|json)$")
# What _write_atomic leaves behind when an export is killed before its rename.
_TEMP_FILE = re.compile(r"^\.(case\.json|[a-z][0-9a-z]{20}\.(md|json))\.[A-Za-z0-9_]+\.tmp$")


def seed_case_dir() -> Path:
    """The shipped seed case: packaged with an installed claimtrack, else the checkout's claims/."""
    from claimtrack.errors import NotFound

    packaged = Path(__file__).resolve().parent / "data" / "cases" / SEED_CASE
    checkout = Path(__file__).resolve().parents[2] / "claims" / SEED_CASE
    for candidate in (packaged, checkout):
        if (candidate / "case.json").is_file():
            return candidate
    raise NotFound(f"the seed case {SEED_CASE} is not installed (looked in {packaged} and {checkout})")


# --- writing -------------------------------------------------------------------


def _dump(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _write_atomic(path: Path, content: str) -> None:
    """Write beside the target, then rename: a killed export never leaves half a file.
    A file that already holds ``content`` is left alone."""
    from claimtrack.files import atomic_text

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return
    with atomic_text(path) as handle:
        handle.write(content)


def _source_file(row: sqlite3.Row) -> str:
    lines = ["---"]
    values = {"id": row["id"], "case": row["case_name"], "outlet": row["outlet"], "title": row["title"],
              "url": row["url"], "author": row["author"], "published": row["published_at"] or row["published"],
              "credit": row["credit"],
              "original_url": row["original_url"], "captured_at": row["captured_at"],
              "added_at": row["added_at"], "added_by": row["added_by"]}
    for field in SOURCE_HEADER:
        value = values[field]
        if value is None and field in _SOURCE_WHEN_KNOWN:
            continue
        lines.append(f"{field}: {'unknown' if value is None else json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n" + row["text"]


def claim_record(conn: sqlite3.Connection, claim_id: str) -> dict:
    row = conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    tags = [r[0] for r in conn.execute("SELECT tag FROM claim_tags WHERE claim_id = ? ORDER BY tag", (claim_id,))]
    record = {
        "id": row["id"], "case": row["case_name"], "statement": row["statement"], "key": row["key"],
        "value": row["value"], "value_type": row["value_type"], "status": row["status"], "verdict": row["verdict"],
        "rationale": row["rationale"], "tags": tags, "created_at": row["created_at"], "created_by": row["created_by"], "updated_at": row["updated_at"],
        "origin": row["origin"],
    }
    record["appearances"] = [
        {"id": a["id"], "source": a["source_id"], "quote": a["quote"], "start": a["start"], "end": a["end"],
         "before": a["before"], "after": a["after"], "stance": a["stance"], "attribution": a["attribution"],
         "created_at": a["created_at"], "created_by": a["created_by"], **({"field": a["field"]} if a["field"] else {})}
        for a in conn.execute("SELECT * FROM appearances WHERE claim_id = ? ORDER BY source_id, start, id", (claim_id,))
    ]
    record["notes"] = [
        {field: n[field] for field in NOTE_FIELDS}
        for n in conn.execute("SELECT * FROM notes WHERE claim_id = ? ORDER BY created_at, id", (claim_id,))
    ]
    record["history"] = [
        {field: h[field] for field in HISTORY_FIELDS}
        for h in conn.execute("SELECT * FROM history WHERE claim_id = ? ORDER BY at, id", (claim_id,))
    ]
    return record


def _decision_history(conn: sqlite3.Connection, conflict_id: str) -> list[dict]:
    marks = ",".join("?" * len(DECISION_ACTIONS))
    return [
        {field: h[field] for field in HISTORY_FIELDS}
        for h in conn.execute(
            f"SELECT * FROM history WHERE entity_id = ? AND action IN ({marks}) ORDER BY at, id",
            (conflict_id, *DECISION_ACTIONS),
        )
    ]


def conflict_record(conn: sqlite3.Connection, row: sqlite3.Row) -> dict | None:
    """A conflict's decision, or None while nobody has decided anything about it."""
    entries = _decision_history(conn, row["id"])
    if not entries and row["state"] == "open" and not row["reason"] and not row["resolution"]:
        return None
    return {
        "id": row["id"], "case": row["case_name"], "key": row["key"], "state": row["state"], "reason": row["reason"],
        "resolution": json.loads(row["resolution"]) if row["resolution"] else None,
        "fingerprint": row["fingerprint"], "history": entries,
    }


@storage.consistent
def export_case(conn: sqlite3.Connection, case: str, directory: Path) -> dict:
    """Write ``case`` under ``directory``.

    A directory that holds work this database has not seen (another case, a
    colleague's new claim or note, a record changed since it was imported) is
    refused before anything is written: exporting over it would lose that
    work. No record file is ever removed; the database deletes no record.
    """
    if not conn.execute("SELECT 1 FROM cases WHERE name = ?", (case,)).fetchone():
        raise InvalidInput(f"no case {case!r}")
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InvalidInput(f"{directory} is not a directory")
    if directory.is_dir():
        _refuse_unseen_work(conn, case, directory)
    written = {"sources": 0, "claims": 0, "conflicts": 0}
    manifest: dict = {"format": FORMAT, "name": case}
    settings = dict(conn.execute("SELECT key, value FROM case_settings WHERE case_name = ? ORDER BY key", (case,)).fetchall())
    if settings:
        manifest["report"] = settings  # the case's own publishing settings travel with it
    _write_atomic(directory / "case.json", _dump(manifest))
    for row in conn.execute("SELECT * FROM sources WHERE case_name = ? ORDER BY id", (case,)):
        _write_atomic(directory / "sources" / f"{row['id']}.md", _source_file(row))
        written["sources"] += 1
    claim_ids = [r[0] for r in conn.execute("SELECT id FROM claims WHERE case_name = ? ORDER BY id", (case,))]
    for claim_id in claim_ids:
        _write_atomic(directory / "claims" / f"{claim_id}.json", _dump(claim_record(conn, claim_id)))
        written["claims"] += 1
    for row in conn.execute("SELECT * FROM conflicts WHERE case_name = ? ORDER BY id", (case,)).fetchall():
        record = conflict_record(conn, row)
        if record is None:
            continue
        _write_atomic(directory / "conflicts" / f"{row['id']}.json", _dump(record))
        written["conflicts"] += 1
    for folder in [directory, *(directory / sub for sub in ("sources", "claims", "conflicts"))]:
        if folder.is_dir():
            for path in folder.iterdir():
                if _TEMP_FILE.match(path.name):
                    path.unlink(missing_ok=True)
    return written


def _refuse_unseen_work(conn: sqlite3.Connection, case: str, directory: Path) -> None:
    """Refuse an export over files that hold what this database has not seen (see :func:`unseen_work`)."""
    unseen = unseen_work(conn, case, directory)
    if not unseen:
        return
    shown = "; ".join(f"{path.relative_to(directory)}: {why}" for path, why in unseen[:3])
    more = f"; and {len(unseen) - 3} more" if len(unseen) > 3 else ""
    raise InvalidInput(f"{directory} holds work this database has not seen ({shown}{more}); import it first"
                       f" (claimtrack import {directory}) or export to another directory")


def unseen_work(conn: sqlite3.Connection, case: str, directory: Path) -> list[tuple[Path, str]]:
    """The files under ``directory`` holding records, or changes to records, that this database lacks.

    Every change to a claim or a conflict leaves a history entry with an ID of
    its own, and notes and appearances have IDs too: a file whose IDs the
    database holds every one of says nothing the database has not seen.
    """
    manifest = directory / "case.json"
    if manifest.is_file():
        try:
            name = json.loads(manifest.read_text(encoding="utf-8")).get("name")
        except (ValueError, UnicodeDecodeError, AttributeError):
            name = None
        from claimtrack import cases

        if name != case and name not in cases.former_names(conn, case):
            return [(manifest, f"the files of case {name!r}, not {case!r}" if isinstance(name, str)
                     else "a case manifest this export cannot read")]
    found: list[tuple[Path, str]] = []
    for sub, check in (("sources", _unseen_source), ("claims", _unseen_claim), ("conflicts", _unseen_conflict)):
        folder = directory / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if _RECORD_FILE.match(path.name):
                why = check(conn, case, path, path.name.split(".")[0])
                if why:
                    found.append((path, why))
    return found


def _file_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _ids_of(items, kept: set[str]) -> list[str]:
    return [item["id"] for item in items or () if isinstance(item, dict) and item.get("id") not in kept]


def _missing(what: str, count: int) -> str:
    return f"{count} {what}{'' if count == 1 else 's'} this database lacks"


def _unseen_claim(conn: sqlite3.Connection, case: str, path: Path, claim_id: str) -> str | None:
    row = conn.execute("SELECT case_name, updated_at FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None or row["case_name"] != case:
        return "a claim this database does not have"
    data = _file_json(path)
    if data is None or data.get("id") != claim_id:
        return "a claim file this export cannot read"
    reasons = []
    for what, table, field in (("appearance", "appearances", "appearances"), ("note", "notes", "notes"),
                               ("history entry", "history", "history")):
        kept = {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE claim_id = ?", (claim_id,))}
        if table == "appearances":  # one this database took off the claim was seen
            kept |= claims_mod.unlinked_appearances(conn, claim_id)
        extra = _ids_of(data.get(field) if isinstance(data.get(field), list) else (), kept)
        if extra:
            reasons.append(_missing(what, len(extra)))
    if not reasons and isinstance(data.get("updated_at"), str) and data["updated_at"] > (row["updated_at"] or ""):
        reasons.append("changed after this database's copy")
    return ", ".join(reasons) or None


def _unseen_conflict(conn: sqlite3.Connection, case: str, path: Path, conflict_id: str) -> str | None:
    row = conn.execute("SELECT case_name FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
    if row is None or row["case_name"] != case:
        return "a conflict decision this database does not have"
    data = _file_json(path)
    if data is None:
        return "a conflict file this export cannot read"
    kept = {r[0] for r in conn.execute("SELECT id FROM history WHERE entity_id = ?", (conflict_id,))}
    extra = _ids_of(data.get("history") if isinstance(data.get("history"), list) else (), kept)
    return _missing("decision", len(extra)) if extra else None


def _unseen_source(conn: sqlite3.Connection, case: str, path: Path, source_id: str) -> str | None:
    row = conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
    if row is None or row["case_name"] != case:
        return "a source this database does not have"
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "a source file this export cannot read"
    from claimtrack import cases

    if any(content == _source_file({**dict(row), "case_name": name})  # written under a name the case had before
           for name in {case} | cases.former_names(conn, case)):
        return None
    edited_here = conn.execute("SELECT 1 FROM history WHERE entity_id = ? AND action = 'edit' LIMIT 1",
                               (source_id,)).fetchone()
    return None if edited_here else "metadata or text changed after this database's copy"


# --- reading -------------------------------------------------------------------


MAX_RECORD_BYTES = sources.MAX_SOURCE_BYTES + 64 * 1024  # a source's text, with its metadata block


def _read_bytes(path: Path, root: str) -> bytes:
    """A record file's bytes: a regular file inside the case directory ``root`` (its real path), of
    reasonable size. A link out of the directory would pull any local file into the case and its
    exports; a device or a pipe would be read forever."""
    import stat

    real = os.path.realpath(path)
    if os.path.commonpath([real, root]) != root:
        raise InvalidInput(f"{path}: links outside the case directory (to {real}); case files are its own files")
    try:
        info = os.stat(real)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{path}: is a directory, not a record file")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{path}: not a regular file (a device, a pipe or a socket)")
        if info.st_size > MAX_RECORD_BYTES:
            raise InvalidInput(f"{path}: file is {info.st_size / 1e6:.1f} MB; case files are limited to"
                               f" {MAX_RECORD_BYTES // (1024 * 1024)} MB")
        with open(real, "rb") as handle:
            data = handle.read(MAX_RECORD_BYTES + 1)
    except OSError as error:
        raise InvalidInput(f"{path}: cannot read ({error.strerror})") from None
    if len(data) > MAX_RECORD_BYTES:
        raise InvalidInput(f"{path}: more than {MAX_RECORD_BYTES // (1024 * 1024)} MB; case files are limited to that")
    return data


def _load_json(path: Path, root: str) -> dict:
    try:
        data = json.loads(_read_bytes(path, root).decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise InvalidInput(f"{path}: malformed JSON at line {error.lineno}: {error.msg}") from None
    except RecursionError:
        raise InvalidInput(f"{path}: malformed JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer too long to convert
        raise InvalidInput(f"{path}: malformed JSON: {str(error).split(':')[0]}") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path}: expected a JSON object")
    return data


def _require(data: dict, fields: tuple[str, ...], where: str) -> None:
    missing = [field for field in fields if field not in data]
    if missing:
        raise InvalidInput(f"{where}: missing field(s) {', '.join(missing)}")


def _text_field(data: dict, field: str, where: str, *, required: bool = False) -> str | None:
    value = data.get(field)
    if value is None:
        if required:
            raise InvalidInput(f"{where}: {field} is missing")
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: {field} must be a string")
    return value


def _file_choice(value: str, allowed: tuple[str, ...], what: str, where: str) -> str:
    """A choice read from a case file: a bad one is a bad file (exit 1), named with the file."""
    try:
        return claims_mod.check_choice(value, allowed, what)
    except InvalidInput as error:
        raise InvalidInput(f"{where}: {error.message}") from None


def _checked_id(data: dict, kind: str, where: str) -> str:
    value = data.get("id")
    if not ids.is_valid(kind, value):
        raise InvalidInput(f"{where}: bad {kind} id {value!r} (a {kind} ID is {ids.PREFIXES[kind]!r} and 20 of"
                           f" {ids.ALPHABET})")
    return value


def _checked_conflict(record: dict, where: str) -> dict:
    _require(record, ("id", "key", "state", "fingerprint"), where)
    conflict_id = _checked_id(record, "conflict", where)
    state = _text_field(record, "state", where, required=True)
    if state not in CONFLICT_STATES:
        raise InvalidInput(f"{where}: unknown state {state!r}; expected one of: {', '.join(CONFLICT_STATES)}")
    reason = _text_field(record, "reason", where)
    resolution = record.get("resolution")
    if resolution is not None and not (isinstance(resolution, dict) and type(resolution.get("side")) is int
                                       and isinstance(resolution.get("value"), (str, type(None)))
                                       and "value" in resolution):
        raise InvalidInput(f"{where}: resolution must be an object with the side that holds and its value")
    if (state == "resolved") != (resolution is not None):
        raise InvalidInput(f"{where}: a resolved conflict, and only one, names the side that holds")
    if state in ("dismissed", "resolved") and not (reason or "").strip():
        raise InvalidInput(f"{where}: a {state} conflict needs its reason")
    history_entries = record.get("history") or []
    if not isinstance(history_entries, list):
        raise InvalidInput(f"{where}: history must be a list")
    for number, entry in enumerate(history_entries, start=1):
        if not isinstance(entry, dict):
            raise InvalidInput(f"{where}: history {number}: not an object")
        _require(entry, ("id", "at", "entity", "entity_id", "action"), f"{where}: history {number}")
        if entry.get("entity") != "conflict" or entry.get("entity_id") != conflict_id:
            raise InvalidInput(f"{where}: history {number} is about {entry.get('entity_id')!r}, not this conflict")
        if entry.get("action") not in DECISION_ACTIONS:
            raise InvalidInput(f"{where}: history {number}: {entry.get('action')!r} is not a decision"
                               f" ({', '.join(DECISION_ACTIONS)})")
    return {
        "id": conflict_id, "key": _text_field(record, "key", where, required=True), "state": state,
        "reason": reason, "resolution": resolution,
        "fingerprint": _text_field(record, "fingerprint", where, required=True), "history": history_entries,
        "_path": where,
    }


def read_case_dir(directory: Path) -> tuple[str, list[tuple[sources.SourceInput, dict]], list[dict], list[dict]]:
    """Parse and validate every file before anything is written."""
    directory = Path(directory)
    if not directory.exists():
        raise InvalidInput(f"{directory}: no such directory")
    if not directory.is_dir():
        raise InvalidInput(f"{directory}: not a directory; give a case directory (with case.json)")
    manifest_path = directory / "case.json"
    if not manifest_path.is_file():
        raise InvalidInput(f"{directory}: not a case directory (no case.json)")
    root = os.path.realpath(directory)
    manifest = _load_json(manifest_path, root)
    if manifest.get("format") != FORMAT:
        raise InvalidInput(f"{manifest_path}: unknown format {manifest.get('format')!r} (expected {FORMAT})")
    name = _text_field(manifest, "name", str(manifest_path), required=True)
    source_items = []
    for path in sorted((directory / "sources").glob("*.md")):
        meta, body = sources.split_metadata(sources.decode(_read_bytes(path, root), str(path)), str(path), SOURCE_HEADER)
        if len(body.encode("utf-8")) > sources.MAX_SOURCE_BYTES:
            raise sources.too_large(str(path))
        item = sources.SourceInput(text=sources.normalize_text(body), meta=meta, origin=str(path))
        extra = {field: meta.pop(field, None) for field in ("id", "added_at", "added_by")}
        source_items.append((item, extra))
    claim_records = []
    for path in sorted((directory / "claims").glob("*.json")):
        record = _load_json(path, root)
        where = str(path)
        _require(record, ("id", "statement", "status", "appearances"), where)
        for field in ("appearances", "notes", "history", "tags"):
            if not isinstance(record.get(field, []), list):
                raise InvalidInput(f"{where}: {field} must be a list")
        record["_path"] = where
        claim_records.append(record)
    conflict_records = [_checked_conflict(_load_json(path, root), str(path))
                        for path in sorted((directory / "conflicts").glob("*.json"))]
    return name, source_items, claim_records, conflict_records


def _report_settings(manifest_path: Path) -> dict[str, str]:
    """The case's publishing settings from its case.json, each checked as ``config set`` checks it."""
    from claimtrack import config

    settings = _load_json(manifest_path, os.path.realpath(manifest_path.parent)).get("report") or {}
    if not isinstance(settings, dict):
        raise InvalidInput(f"{manifest_path}: report must be an object of settings")
    out = {}
    for key, value in sorted(settings.items()):
        if key not in config.CASE_KEYS or not isinstance(value, str):
            raise InvalidInput(f"{manifest_path}: report setting {key!r} is not one of {', '.join(config.CASE_KEYS)}"
                               " with a text value")
        try:
            out[key] = config.CASE_KEYS[key][1](value)
        except InvalidInput as error:
            raise InvalidInput(f"{manifest_path}: {key}: {error.message}") from None
    return out


def import_case(conn: sqlite3.Connection, actor: Actor, directory: Path, *, case: str | None = None,
                notice: Callable[[str], None] | None = None) -> dict:
    """Load a case directory; records already present are merged, never duplicated.

    A claim in both is merged field by field through the two histories (see
    :func:`_merge_claim`); a field both sides changed since they last agreed
    keeps this database's value, and the other is recorded for a person to
    settle, each such field told to ``notice``.
    """
    name, source_items, claim_records, conflict_records = read_case_dir(directory)
    case = sources.check_case_name(case or name)
    settings = _report_settings(Path(directory) / "case.json")
    notice = notice or (lambda message: None)
    counts = {"sources_added": 0, "sources_updated": 0, "claims_added": 0, "claims_updated": 0,
              "claims_diverged": 0, "appearances_added": 0, "appearances_removed": 0, "notes_added": 0,
              "history_added": 0,
              "decisions_applied": 0, "decisions_skipped": 0, "settings_added": 0}
    now = actor.now()
    sources.ensure_case(conn, case, now)
    for key, value in settings.items():  # a setting made here already stays as it is
        counts["settings_added"] += conn.execute(
            "INSERT OR IGNORE INTO case_settings (case_name, key, value) VALUES (?, ?, ?)", (case, key, value)).rowcount
    texts: dict[str, sqlite3.Row] = {}
    owners: dict[str, str] = {}  # appearance, note and history IDs in these files -> the claim whose file has them
    for item, extra in source_items:
        _import_source(conn, actor, case, item, extra, counts, now)
    for record in claim_records:
        _import_claim(conn, actor, case, record, counts, texts, owners, notice)
    if (counts["claims_added"] or counts["claims_updated"] or counts["appearances_added"] or counts["sources_updated"]
            or counts["appearances_removed"]):
        from claimtrack import conflicts

        conflicts.refresh_all(conn, actor, case)
    for record in conflict_records:
        _import_decision(conn, actor, case, record, counts, now)
    if any(counts.values()):
        history.record(conn, actor, entity="case", entity_id=case, action="import", note=str(directory),
                       new=json.dumps(counts, sort_keys=True), at=now)
    return counts


def _import_source(conn, actor, case, item, extra, counts, now) -> None:
    meta = sources.clean_metadata({**item.meta, "case": case}, item.origin)
    digest = sources.content_hash(item.text)
    source_id = ids.derived_id("source", digest)
    # a text's source in a second case has an ID of its own, derived from the text and that case
    copies = {ids.derived_id("source", digest, name) for name in (case, item.meta.get("case")) if name}
    if extra.get("id") in copies:
        source_id = extra["id"]
    if extra.get("id") and extra["id"] != source_id:
        raise InvalidInput(f"{item.origin}: id {extra['id']} does not match the text (expected {source_id}); was the text edited?")
    existing = conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
    if existing is None:
        sources.insert_row(conn, {**meta, "id": source_id, "case_name": case, "text": item.text, "content_hash": digest,
                                  "added_at": extra.get("added_at") or now, "added_by": extra.get("added_by") or actor.name})
        counts["sources_added"] += 1
        return
    if existing["case_name"] != case:
        raise InvalidInput(f"{item.origin}: this text is already source {ids.short(source_id)} in case {existing['case_name']!r}")
    changed = [f for f in ("outlet", "title", "url", "author", "published", *_SOURCE_WHEN_KNOWN)
               if existing[f] != meta[f] and (f in item.meta or f not in _SOURCE_WHEN_KNOWN)]
    if existing["published_at"] != meta["published_at"]:
        changed.append("published_at")  # the time of day its date gives, or none
    if changed:
        conn.execute(
            f"UPDATE sources SET {', '.join(f'{f} = ?' for f in changed)} WHERE id = ?",
            [meta[f] for f in changed] + [source_id],
        )
        for field in changed:
            history.record(conn, actor, entity="source", entity_id=source_id, action="edit", field=field,
                           old=existing[field], new=meta[field], note=f"import {item.origin}", at=now)
        counts["sources_updated"] += 1


def _checked_claim(record: dict, case: str, verdict_names: tuple[str, ...]) -> dict:
    from claimtrack import values

    where = record["_path"]
    claim_id = _checked_id(record, "claim", where)
    try:
        statement = claims_mod.check_statement(_text_field(record, "statement", where, required=True))
        key = claims_mod.check_key(_text_field(record, "key", where))
        tags = claims_mod.check_tags(record.get("tags") or [])
        status = claims_mod.check_choice(_text_field(record, "status", where, required=True), claims_mod.STATUSES, "status")
        verdict = _text_field(record, "verdict", where)
        if verdict is not None:
            verdict = claims_mod.check_choice(verdict, verdict_names, "verdict")
        rationale = _text_field(record, "rationale", where)  # absent from files written before it was kept
        value_type = _text_field(record, "value_type", where)
        if value_type is not None:
            value_type = claims_mod.check_choice(value_type, values.VALUE_TYPES, "value type")
        origin = _text_field(record, "origin", where)  # absent from files written before it was kept
        if origin is not None and not _ORIGIN.match(origin):
            raise InvalidInput(f"bad origin {origin!r} (a short lower-case word, such as 'extract')")
    except InvalidInput as error:
        raise InvalidInput(f"{where}: {error.message}") from None
    if status == "done" and verdict is None:
        raise InvalidInput(f"{where}: the claim is done but has no verdict (done needs one)")
    if verdict is not None and status in ("candidate", "rejected"):
        raise InvalidInput(f"{where}: a {status} claim cannot have a verdict (a verdict is given in review)")
    if verdict is not None and status == "unverified" and not any(
            isinstance(e, dict) and e.get("field") == "verdict" for e in record.get("history") or []):
        raise InvalidInput(f"{where}: the claim has the verdict {verdict} but was never in review"
                           " (a verdict is given in review, and its history would say so)")
    created_at = _text_field(record, "created_at", where, required=True)
    return {
        "id": claim_id, "statement": statement, "key": key, "tags": tags, "status": status, "verdict": verdict,
        "rationale": " ".join(rationale.split()) or None if rationale else None,
        "value": _text_field(record, "value", where), "value_type": value_type, "created_at": created_at,
        "created_by": _text_field(record, "created_by", where), "updated_at": _text_field(record, "updated_at", where) or created_at,
        "origin": origin,
    }


def _import_claim(conn, actor, case, record, counts, texts, owners, notice) -> None:
    where = record["_path"]
    from claimtrack import verdicts

    claim = _checked_claim(record, case, verdicts.names(conn))
    appearances = record.get("appearances") or []
    if not appearances:
        raise InvalidInput(f"{where}: a claim needs at least one appearance")
    existing = conn.execute("SELECT * FROM claims WHERE id = ?", (claim["id"],)).fetchone()
    if existing is not None and existing["case_name"] != case:
        raise InvalidInput(f"{where}: claim {ids.short(claim['id'])} already exists in case {existing['case_name']!r}")
    checked_appearances = []
    for number, appearance in enumerate(appearances, start=1):
        if not isinstance(appearance, dict):
            raise InvalidInput(f"{where}: appearance {number} is not an object")
        checked = _checked_appearance(conn, appearance, f"{where}: appearance {number}", case, texts)
        _claim_owned(conn, owners, "appearances", checked["id"], claim["id"], f"{where}: appearance {number}")
        checked_appearances.append(checked)
    first_source = min(checked_appearances, key=lambda a: (a["created_at"] or "", a["id"]))["source_row"]
    entries = record.get("history") or []
    if existing is None:
        typed = claims_mod.normalize_value(claim["value"], claim["value_type"], first_source["published"])
        vtype, canonical, value_json = claims_mod._value_columns(typed)
        storage.insert_row(conn, "claims", claims_mod.CLAIM_COLUMNS, {
            **claim, "case_name": case, "value_type": vtype, "normalized": canonical, "value_json": value_json})
        conn.executemany("INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)",
                         [(claim["id"], tag) for tag in claim["tags"]])
        counts["claims_added"] += 1
    else:
        _merge_claim(conn, actor, claim, existing, entries, where, counts, notice)
    # The claim as stored now: its new appearances read its value and copy its key.
    stored = conn.execute("SELECT key, value, value_type FROM claims WHERE id = ?", (claim["id"],)).fetchone()
    # appearances taken off the claim, here or in the files, stay off
    gone = claims_mod.unlinked_appearances(conn, claim["id"]) | {
        e.get("old") for e in entries if isinstance(e, dict) and e.get("action") == "unlink"}
    for appearance in checked_appearances:
        if appearance["id"] in gone or conn.execute("SELECT 1 FROM appearances WHERE id = ?",
                                                    (appearance["id"],)).fetchone():
            continue
        value = claims_mod.normalize_value(stored["value"], stored["value_type"], appearance["source_row"]["published"])
        _, a_canonical, a_json = claims_mod._value_columns(value)
        storage.insert_row(conn, "appearances", claims_mod.APPEARANCE_COLUMNS, {
            **appearance, "claim_id": claim["id"], "source_id": appearance["source_row"]["id"],
            "normalized": a_canonical, "value_json": a_json, "case_name": case, "key": stored["key"]}, or_ignore=True)
        counts["appearances_added"] += 1
    note_ids = {r[0] for r in conn.execute("SELECT id FROM notes WHERE claim_id = ?", (claim["id"],))}
    for number, note in enumerate(record.get("notes") or [], start=1):
        counts["notes_added"] += _import_note(conn, claim["id"], note, f"{where}: note {number}", owners)
        note_ids.add(note["id"])
    added = 0
    for number, entry in enumerate(entries, start=1):
        about = f"{where}: history {number}"
        if not isinstance(entry, dict):
            raise InvalidInput(f"{about}: not an object")
        if not ((entry.get("entity") == "claim" and entry.get("entity_id") == claim["id"])
                or (entry.get("entity") == "note" and entry.get("entity_id") in note_ids)):
            raise InvalidInput(f"{about} is about {entry.get('entity')} {entry.get('entity_id')!r},"
                               " not this claim or one of its notes")
        added += _import_history(conn, claim["id"], entry, about, owners)
    counts["history_added"] += added
    if added:
        _latest_note_settings(conn, claim["id"])
    removed = [a for a in gone if a and conn.execute("SELECT 1 FROM appearances WHERE id = ? AND claim_id = ?",
                                                     (a, claim["id"])).fetchone()]
    if removed:  # unlinked in the files since this database last saw the claim
        conn.executemany("DELETE FROM appearances WHERE id = ?", [(a,) for a in sorted(removed)])
        counts["appearances_removed"] += len(removed)


def _claim_owned(conn, owners: dict, table: str, record_id: str, claim_id: str, where: str) -> None:
    """Refuse an ID that another claim's record has, here or in another file of this import."""
    row = conn.execute(f"SELECT claim_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    holder = row[0] if row is not None else owners.get(record_id, claim_id)
    if holder != claim_id:
        raise InvalidInput(f"{where}: id {record_id} already belongs to claim {ids.short(holder)}")
    owners[record_id] = claim_id


def _merge_claim(conn, actor, claim: dict, existing: sqlite3.Row, entries: list, where: str, counts: dict,
                 notice: Callable[[str], None]) -> None:
    """Bring a claim already here up to date with its file, field by field.

    The entries both histories hold are where the two copies last agreed.
    A field only the file's newer entries changed takes the file's value; one
    only this database changed keeps its value (a tag removed here stays
    removed); one both changed, to different values, keeps this database's
    value and records the file's as a divergence for a person to settle
    (``claimtrack claim settle``), never last-writer-wins. A difference no
    entry explains (a file edited by hand) goes to the later ``updated_at``.
    Every value taken is recorded (who, when, from which file); a verdict
    the file's own entries do not explain is recorded as a verdict change,
    so that a changed verdict is a correction.
    """
    claim_id = claim["id"]
    ours_entries = conn.execute("SELECT * FROM history WHERE claim_id = ? ORDER BY at, id", (claim_id,)).fetchall()
    ours_ids = {row["id"] for row in ours_entries}
    theirs_ids = {entry.get("id") for entry in entries}
    ours_new = [row for row in ours_entries if row["id"] not in theirs_ids]
    theirs_new = [entry for entry in entries if entry.get("id") not in ours_ids]
    ours_touched = {field for row in ours_new for field in changed_fields(row)}
    theirs_touched = {field for entry in theirs_new for field in changed_fields(entry)}
    tags = [r[0] for r in conn.execute("SELECT tag FROM claim_tags WHERE claim_id = ? ORDER BY tag", (claim_id,))]
    ours = {"statement": existing["statement"], "key": existing["key"], "value": (existing["value"], existing["value_type"]),
            "status": existing["status"], "verdict": existing["verdict"], "rationale": existing["rationale"], "tags": tags}
    theirs = {"statement": claim["statement"], "key": claim["key"], "value": (claim["value"], claim["value_type"]),
              "status": claim["status"], "verdict": claim["verdict"], "rationale": claim["rationale"], "tags": claim["tags"]}
    if theirs["value"][0] == ours["value"][0] and claim["value_type"] is None:
        theirs["value"] = ours["value"]  # an older file without the type: the wording decides
    newer_file = (claim["updated_at"] or "") > (existing["updated_at"] or "")
    now = actor.now()
    taken, diverged = [], []
    for field in MERGED_FIELDS:
        if ours[field] == theirs[field]:
            continue
        mine, others = field in ours_touched, field in theirs_touched
        if (others and not mine) or (not others and not mine and newer_file):
            taken.append(field)
        elif others and mine:
            diverged.append(field)
    for field in taken:
        _take_field(conn, actor, claim_id, field, ours[field], theirs[field], theirs_new, where, now)
    for field in diverged:
        last = max((e for e in theirs_new if field in changed_fields(e)), key=lambda e: (e.get("at") or "", e.get("id")))
        shown_ours, shown_theirs = field_text(field, ours[field]), field_text(field, theirs[field])
        history.record(conn, actor, entity="claim", entity_id=claim_id, claim_id=claim_id, action="diverge",
                       field=field, old=shown_ours, new=shown_theirs, at=now,
                       note=f"{where}: {last.get('author') or 'someone'} at {last.get('at')}")
        notice(f"claim {ids.short(claim_id)}: {field} is {shown_ours or '-'} here and {shown_theirs or '-'} in {where}"
               f" (both changed it); kept {shown_ours or '-'}, the other recorded:"
               f" claimtrack claim settle {ids.short(claim_id)} {field} --take ours|theirs")
    if newer_file:  # this database now holds what the file says, or knows where they differ
        conn.execute("UPDATE claims SET updated_at = ? WHERE id = ?", (claim["updated_at"], claim_id))
    counts["claims_updated"] += bool(taken)
    counts["claims_diverged"] += bool(diverged)


def _take_field(conn, actor, claim_id: str, field: str, old, new, theirs_new: list, where: str, now: str) -> None:
    """Set one field of a claim to the file's value, and record it."""
    if field == "tags":
        conn.execute("DELETE FROM claim_tags WHERE claim_id = ?", (claim_id,))
        conn.executemany("INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)", [(claim_id, tag) for tag in new])
    elif field == "value":
        claims_mod._renormalize(conn, claim_id, new[0], new[1])
    else:
        conn.execute(f"UPDATE claims SET {field} = ? WHERE id = ?", (new, claim_id))
    explained = any(field in changed_fields(e) and e.get("new") == field_text(field, new) for e in theirs_new)
    action = "verdict" if field == "verdict" and not explained else "import"
    history.record(conn, actor, entity="claim", entity_id=claim_id, claim_id=claim_id, action=action, field=field,
                   old=field_text(field, old), new=field_text(field, new), note=f"imported from {where}", at=now)


def _checked_appearance(conn, appearance: dict, where: str, case: str, texts: dict) -> dict:
    from claimtrack import anchor

    _require(appearance, ("id", "source", "quote", "start", "end"), where)
    source_id = _text_field(appearance, "source", where, required=True)
    if source_id not in texts:
        row = conn.execute("SELECT id, case_name, published, text, title FROM sources WHERE id = ?",
                           (source_id,)).fetchone()
        if row is None:
            raise InvalidInput(f"{where}: source {source_id} is not in the case")
        texts[source_id] = row
    row = texts[source_id]
    if row["case_name"] != case:
        raise InvalidInput(f"{where}: source {ids.short(source_id)} belongs to case {row['case_name']!r}")
    appearance_id = _checked_id(appearance, "appearance", where)
    quote = _text_field(appearance, "quote", where, required=True)
    try:
        anchor.check_quote(quote)
    except InvalidInput as error:
        raise InvalidInput(f"{where}: {error.message}") from None
    start, end = appearance.get("start"), appearance.get("end")
    if type(start) is not int or type(end) is not int:
        raise InvalidInput(f"{where}: start and end must be whole numbers")
    before = _text_field(appearance, "before", where) or ""
    after = _text_field(appearance, "after", where) or ""
    field = _text_field(appearance, "field", where)
    if field not in (None, "title"):
        raise InvalidInput(f"{where}: field must be \"title\" (a quote from the headline) or absent, not {field!r}")
    text = anchor.text_of(row, field)
    if not anchor.still_matches(text, quote, start, end):
        found = anchor.relocate(text, quote, before, after)
        if found is None:
            raise InvalidInput(f"{where}: quote {quote[:60]!r} is not in source {ids.short(source_id)}"
                               + ("'s headline" if field else ""))
        start, end, before, after = found.start, found.end, found.before, found.after
    stance = _file_choice(_text_field(appearance, "stance", where) or "asserts", claims_mod.STANCES, "stance", where)
    return {
        "id": appearance_id, "source_row": row, "quote": quote, "field": field,
        "start": start, "end": end, "before": before, "after": after, "stance": stance,
        "attribution": _text_field(appearance, "attribution", where),
        "created_at": _text_field(appearance, "created_at", where), "created_by": _text_field(appearance, "created_by", where),
    }


def _import_note(conn, claim_id: str, note: dict, where: str, owners: dict) -> int:
    if not isinstance(note, dict):
        raise InvalidInput(f"{where}: not an object")
    _require(note, ("id", "text", "created_at"), where)
    note_id = _checked_id(note, "note", where)
    _claim_owned(conn, owners, "notes", note_id, claim_id, where)
    stance = _file_choice(_text_field(note, "stance", where) or "context", claims_mod.NOTE_STANCES, "note stance", where)
    url = sources.check_url(_text_field(note, "url", where), f"{where}: evidence URL")
    archive_url = sources.check_url(_text_field(note, "archive_url", where), f"{where}: archive URL")
    # files written before notes had a visibility hold working notes: internal
    visibility = _file_choice(_text_field(note, "visibility", where) or "internal", claims_mod.NOTE_VISIBILITIES,
                              "note visibility", where)
    row = (note_id, claim_id, _text_field(note, "text", where, required=True), url, stance,
           _text_field(note, "author", where), _text_field(note, "created_at", where, required=True))
    # visibility and the archive link change after a note is written: its history settles them (below)
    return _insert_once(conn, "notes", ("id", "claim_id", "text", "url", "stance", "author", "created_at"), row, where,
                        also={"visibility": visibility, "archive_url": archive_url})


def _latest_note_settings(conn, claim_id: str) -> None:
    """A note on record already takes the latest visibility and archive link its history gives, whoever set them."""
    for row in conn.execute(
        "SELECT entity_id, field, new FROM history WHERE claim_id = ? AND entity = 'note' AND action = 'edit'"
        " AND field IN ('visibility', 'archive_url') ORDER BY at, id", (claim_id,)
    ).fetchall():
        conn.execute(f"UPDATE notes SET {row['field']} = ? WHERE id = ? AND claim_id = ?",
                     (row["new"], row["entity_id"], claim_id))


def _insert_once(conn, table: str, columns: tuple[str, ...], row: tuple, where: str, also: dict | None = None) -> int:
    """Insert a record unless the same one is here already; another record under its ID is refused.
    ``also`` holds columns that may change after the record is made: written, never compared."""
    stored = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (row[0],)).fetchone()
    if stored is None:
        names, values = (*columns, *(also or {})), (*row, *(also or {}).values())
        conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
        return 1
    if tuple(stored) != row:
        differ = [name for name, old, new in zip(columns, stored, row) if old != new]
        raise InvalidInput(f"{where}: id {row[0]} is already another record here (its {', '.join(differ)} differ)")
    return 0


def _import_history(conn, claim_id: str | None, entry: dict, where: str, owners: dict | None = None) -> int:
    if not isinstance(entry, dict):
        raise InvalidInput(f"{where}: not an object")
    _require(entry, ("id", "at", "entity", "entity_id", "action"), where)
    values = [entry.get(field) for field in HISTORY_FIELDS]
    if any(v is not None and not isinstance(v, str) for v in values):
        raise InvalidInput(f"{where}: every field must be a string or null")
    _checked_id(entry, "history", where)
    if owners is not None:
        _claim_owned(conn, owners, "history", entry["id"], claim_id, where)
    return _insert_once(conn, "history", (*HISTORY_FIELDS, "claim_id"), (*values, claim_id), where)


def _checked_resolution(row: sqlite3.Row, record: dict) -> str:
    """The side a conflict file says holds, as ``conflict resolve`` stores it: one of the recomputed sides."""
    sides = json.loads(row["sides_json"])["sides"]
    side, value = record["resolution"]["side"], record["resolution"]["value"]
    if not 0 <= side < len(sides) or sides[side]["value"] != value:
        shown = f"side {side + 1} ({value})"
        listed = ", ".join(f"{number}: {other['value']}" for number, other in enumerate(sides, start=1))
        raise InvalidInput(f"{record['_path']}: the resolution names {shown}, but the conflict's sides are {listed}")
    chosen = sides[side]
    return json.dumps({"side": side, "value": chosen["value"], "normalized": chosen["normalized"],
                       "claims": chosen["claims"]})


def _import_decision(conn, actor, case: str, record: dict, counts: dict, now: str) -> None:
    """Apply a conflict file to the recomputed conflict; the later decision wins."""
    where = record["_path"]
    row = conn.execute("SELECT * FROM conflicts WHERE id = ?", (record["id"],)).fetchone()
    if row is None or row["case_name"] != case or row["key"] != record["key"]:
        counts["decisions_skipped"] += 1
        return
    ours = _decision_history(conn, record["id"])
    ours_last = max((entry["at"] for entry in ours), default="")
    theirs_last = max((entry["at"] for entry in record["history"] if entry.get("action") in DECISION_ACTIONS), default="")
    added = 0
    for number, entry in enumerate(record["history"], start=1):
        added += _import_history(conn, None, entry, f"{where}: history {number}")
    counts["history_added"] += added
    current = (row["state"], row["reason"], json.loads(row["resolution"]) if row["resolution"] else None)
    wanted = (record["state"], record["reason"], record["resolution"])
    if current == wanted or (ours and theirs_last <= ours_last):
        return
    if record["fingerprint"] != row["fingerprint"]:
        # The decision was about other values: the conflict stays open for a person to decide again.
        if row["state"] != "open":
            conn.execute("UPDATE conflicts SET state = 'open', reason = NULL, resolution = NULL, updated_at = ? WHERE id = ?",
                         (now, record["id"]))
        history.record(conn, actor, entity="conflict", entity_id=record["id"], action="reopen", field="state",
                       old=record["state"], new="open", at=now,
                       note=f"imported decision ({record['state']}) was about values that have since changed")
        counts["decisions_skipped"] += 1
        return
    resolution = _checked_resolution(row, record) if record["resolution"] else None
    conn.execute("UPDATE conflicts SET state = ?, reason = ?, resolution = ?, updated_at = ? WHERE id = ?",
                 (record["state"], record["reason"], resolution, now, record["id"]))
    counts["decisions_applied"] += 1
