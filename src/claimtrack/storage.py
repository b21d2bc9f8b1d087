"""The SQLite file: where it lives, opening it, and its ordered migrations.

Reads go through stdlib sqlite3 (importing sqlite-utils costs ~100 ms);
migrations and writes use sqlite-utils, whose writes nest as savepoints inside
the ``BEGIN IMMEDIATE`` transaction that :func:`write` holds, so each command
is one all-or-nothing unit of work.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

from claimtrack.errors import StorageError

APP_NAME = "claimtrack"
BUSY_TIMEOUT_MS = 60_000


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "claims.db"


def resolve_db_path(option: str | os.PathLike | None) -> Path:
    """--db, then CLAIMTRACK_DB, then the user data directory."""
    if option:
        return Path(option)
    env = os.environ.get("CLAIMTRACK_DB")
    if env:
        return Path(env)
    return default_db_path()


# --- migrations --------------------------------------------------------------
# Each is a small function over a sqlite_utils.Database; they run in order,
# each recorded in _migrations. Never edit one that has shipped: add another.


def m001_initial(db) -> None:
    db["cases"].create({"name": str, "created_at": str}, pk="name")
    db["sources"].create(
        {
            "id": str,
            "case_name": str,
            "outlet": str,
            "title": str,
            "url": str,
            "author": str,
            "published": str,
            "text": str,
            "content_hash": str,
            "added_at": str,
            "added_by": str,
        },
        pk="id",
        not_null={"case_name", "text", "content_hash", "added_at"},
        foreign_keys=[("case_name", "cases", "name")],
    )
    db["sources"].create_index(["content_hash"], unique=True)
    db["sources"].create_index(["case_name", "outlet"])
    db["claims"].create(
        {
            "id": str,
            "case_name": str,
            "statement": str,
            "key": str,
            "value": str,
            "value_type": str,
            "normalized": str,
            "value_json": str,
            "status": str,
            "verdict": str,
            "created_at": str,
            "created_by": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"case_name", "statement", "status", "created_at"},
        foreign_keys=[("case_name", "cases", "name")],
    )
    db["claims"].create_index(["case_name", "key"])
    db["claims"].create_index(["status"])
    db["claim_tags"].create(
        {"claim_id": str, "tag": str},
        pk=("claim_id", "tag"),
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db["claim_tags"].create_index(["tag"])
    db["appearances"].create(
        {
            "id": str,
            "claim_id": str,
            "source_id": str,
            "quote": str,
            "start": int,
            "end": int,
            "before": str,
            "after": str,
            "stance": str,
            "attribution": str,
            "normalized": str,
            "value_json": str,
            "created_at": str,
            "created_by": str,
        },
        pk="id",
        not_null={"claim_id", "source_id", "quote", "start", "end", "stance"},
        foreign_keys=[("claim_id", "claims", "id"), ("source_id", "sources", "id")],
    )
    db["appearances"].create_index(["claim_id"])
    db["appearances"].create_index(["source_id"])
    db["appearances"].create_index(["claim_id", "source_id", "start"], unique=True)
    db["notes"].create(
        {
            "id": str,
            "claim_id": str,
            "text": str,
            "url": str,
            "stance": str,
            "author": str,
            "created_at": str,
        },
        pk="id",
        not_null={"claim_id", "text", "stance", "created_at"},
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db["notes"].create_index(["claim_id"])
    db["history"].create(
        {
            "id": str,
            "at": str,
            "author": str,
            "entity": str,
            "entity_id": str,
            "claim_id": str,
            "action": str,
            "field": str,
            "old": str,
            "new": str,
            "note": str,
        },
        pk="id",
        not_null={"at", "entity", "entity_id", "action"},
    )
    db["history"].create_index(["claim_id", "at"])
    db["history"].create_index(["entity_id", "at"])
    db["history"].create_index(["at"])
    db["config"].create({"key": str, "value": str}, pk="key")


def m002_conflicts(db) -> None:
    db["conflicts"].create(
        {
            "id": str,
            "case_name": str,
            "key": str,
            "state": str,
            "active": int,
            "unreviewed": int,
            "unresolved": int,
            "fingerprint": str,
            "sides_json": str,
            "reason": str,
            "resolution": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"case_name", "key", "state", "active", "sides_json"},
        foreign_keys=[("case_name", "cases", "name")],
    )
    db["conflicts"].create_index(["case_name", "key"], unique=True)
    db["conflicts"].create_index(["active", "state", "case_name", "key"])
    db["conflicts"].create_index(["unresolved"])
    from claimtrack import conflicts
    from claimtrack.context import Actor

    conflicts.refresh_all(db.conn, Actor(_name="claimtrack upgrade"))


def m003_extraction(db) -> None:
    db["sources"].add_column("extracted_at", str)
    db["claims"].add_column("origin", str)  # how it was made: None (by hand) or "extract"


MIGRATIONS: list[Callable] = [m001_initial, m002_conflicts, m003_extraction]
SCHEMA_VERSION = len(MIGRATIONS)


def _applied_version(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT max(version) FROM _migrations").fetchone()
    except sqlite3.OperationalError:
        return 0
    return row[0] or 0


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return row[0] > 0


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def migrate(conn: sqlite3.Connection, path: Path | None, *, now: str) -> int:
    """Bring the schema up to date; returns how many migrations ran.

    An existing database is copied aside (``claims.db.vN.bak``) before its
    first upgrade. All pending migrations run in one transaction.
    """
    version = _applied_version(conn)
    if version >= SCHEMA_VERSION:
        return 0
    import sqlite_utils

    if version > 0 and path is not None and _has_user_tables(conn):
        target = backup_path(path, version)
        if not target.exists():
            backup = sqlite3.connect(str(target))
            with backup:
                conn.backup(backup)
            backup.close()
    db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the lock.
        version = _applied_version(conn)
        if not db["_migrations"].exists():
            db["_migrations"].create({"version": int, "name": str, "applied_at": str}, pk="version")
        ran = 0
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            migration(db)
            db["_migrations"].insert({"version": number, "name": migration.__name__, "applied_at": now})
            ran += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ran


def connect(path: Path, *, now: str, create: bool = True) -> sqlite3.Connection:
    """Open (creating if allowed) and migrate the database at ``path``."""
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"database path is a directory: {path}")
    exists = path.exists()
    if not exists:
        if not create:
            raise StorageError(f"no database at {path}")
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(f"cannot create database directory {parent}: {error.strerror}") from None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.row_factory = sqlite3.Row
        migrate(conn, path if exists else None, now=now)
    except sqlite3.DatabaseError as error:
        message = str(error)
        if "file is not a database" in message or "malformed" in message:
            raise StorageError(f"{path} is not a claimtrack database (not SQLite, or damaged)") from None
        if "readonly" in message or "unable to open" in message:
            raise StorageError(f"cannot write the database at {path}: {message}") from None
        raise StorageError(f"cannot open the database at {path}: {message}") from None
    return conn


@contextlib.contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work: all of it lands, or none of it does."""
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise StorageError(f"cannot write the database: {error}") from None
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        conn.execute("ROLLBACK")
        raise StorageError(f"cannot write the database: {error}") from None


def sqlite_utils_db(conn: sqlite3.Connection):
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)


