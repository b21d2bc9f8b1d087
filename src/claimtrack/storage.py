"""The SQLite file: where it lives, opening it, and its ordered migrations.

Reads go through stdlib sqlite3 (importing sqlite-utils costs ~100 ms);
migrations and writes use sqlite-utils, whose writes nest as savepoints inside
the ``BEGIN IMMEDIATE`` transaction that :func:`write` holds, so each command
is one all-or-nothing unit of work.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import stat
from claimtrack.errors import StorageError

TYPE_CHECKING = False  # typing costs ~5 ms to import; the read commands never need it
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Callable, Iterator, TypeVar

    _Reader = TypeVar("_Reader", bound=Callable)

APP_NAME = "claimtrack"
BUSY_TIMEOUT_MS = 60_000


# Paths are plain strings on the way to opening a database: importing pathlib (with the
# urllib.parse and ipaddress it loads) costs every command several milliseconds.


def default_db_path() -> str:
    from platformdirs import user_data_dir

    return os.path.join(user_data_dir(APP_NAME, appauthor=False), "claims.db")


def resolve_db_path(option: str | os.PathLike | None) -> str:
    """--db, then CLAIMTRACK_DB, then the user data directory."""
    if option:
        return os.fspath(option)
    env = os.environ.get("CLAIMTRACK_DB")
    if env:
        return env
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


def m002_conflicts(db) -> Callable:
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
    return _detect_all  # the old claims' conflicts, found once every migration has run


def _detect_all(db) -> None:
    from claimtrack import conflicts
    from claimtrack.context import Actor

    conflicts.refresh_all(db.conn, Actor(_name="claimtrack upgrade"))


def m003_extraction(db) -> None:
    db["sources"].add_column("extracted_at", str)
    db["claims"].add_column("origin", str)  # how it was made: None (by hand) or "extract"


def m004_drop_redundant_index(db) -> None:
    # appearances(claim_id, source_id, start) serves every lookup by claim: the index on claim_id
    # alone only cost an extra B-tree to update for each appearance stored
    db.execute("DROP INDEX IF EXISTS idx_appearances_claim_id")


# An appearance whose case or key is not its claim's takes the claim's: writers give both, so
# the check is all an insert costs.
_APPEARANCE_TAKES_CLAIM_KEY = """
CREATE TRIGGER appearance_takes_claim_key AFTER INSERT ON appearances
WHEN (NEW.case_name, NEW.key) IS NOT (SELECT case_name, key FROM claims WHERE id = NEW.claim_id)
BEGIN
    UPDATE appearances SET (case_name, key) = (SELECT case_name, key FROM claims WHERE id = NEW.claim_id)
    WHERE rowid = NEW.rowid;
END
"""
_CLAIM_KEY_REACHES_APPEARANCES = """
CREATE TRIGGER claim_key_reaches_appearances AFTER UPDATE OF case_name, key ON claims
WHEN NEW.case_name IS NOT OLD.case_name OR NEW.key IS NOT OLD.key
BEGIN
    UPDATE appearances SET case_name = NEW.case_name, key = NEW.key WHERE claim_id = NEW.id;
END
"""


def m005_appearance_keys(db) -> None:
    # Detection reads a key's appearances. Through claim_id, each claim's lookup lands anywhere in
    # an index ordered by random IDs: at a million claims that cost 14x what it did at 100,000.
    # Appearances now carry their claim's case and key, indexed, so a run of keys reads
    # neighbouring entries. Two triggers keep the copies equal to the claim's.
    db["appearances"].add_column("case_name", str)
    db["appearances"].add_column("key", str)
    db.execute("UPDATE appearances SET (case_name, key) ="
               " (SELECT case_name, key FROM claims WHERE claims.id = appearances.claim_id)")
    db["appearances"].create_index(["case_name", "key"])
    db.execute(_APPEARANCE_TAKES_CLAIM_KEY)
    db.execute(_CLAIM_KEY_REACHES_APPEARANCES)


def m006_wire_credit(db) -> Callable | None:
    # The wire agency a source credits (its dateline, byline, sign-off or lead): copies of one
    # agency's story count as one independent source. Sources already stored are read for it
    # once, and the conflicts they take part in recounted.
    from claimtrack import wire

    db["sources"].add_column("credit", str)
    credited = [(found, source_id) for source_id, text, author in db.conn.execute("SELECT id, text, author FROM sources")
                if (found := wire.credit(text, author))]
    db.conn.executemany("UPDATE sources SET credit = ? WHERE id = ?", credited)
    return _recount_credited if credited else None


def _recount_credited(db) -> None:
    from claimtrack import conflicts
    from claimtrack.context import Actor

    keys = db.conn.execute("SELECT DISTINCT a.case_name, a.key FROM appearances a JOIN sources s ON s.id = a.source_id"
                           " WHERE s.credit IS NOT NULL AND a.key IS NOT NULL").fetchall()
    conflicts.refresh_keys(db.conn, Actor(_name="claimtrack upgrade"), [tuple(row) for row in keys])


def m007_publishing(db) -> None:
    # A verdict carries its rationale ("why we rated it"). Notes say who may read them: notes written
    # before this were working notes, so they stay internal until someone publishes one; an evidence
    # note may keep an archived copy of its page. Report settings belong to one case: the title and
    # address set database-wide before go to each case that existed then (what its report showed).
    db["claims"].add_column("rationale", str)
    db["notes"].add_column("visibility", str)
    db["notes"].add_column("archive_url", str)
    db.execute("UPDATE notes SET visibility = 'internal'")
    db["case_settings"].create({"case_name": str, "key": str, "value": str}, pk=("case_name", "key"),
                               foreign_keys=[("case_name", "cases", "name")])
    db.execute("INSERT INTO case_settings (case_name, key, value) SELECT c.name, g.key, g.value"
               " FROM cases c, config g WHERE g.key IN ('report.title', 'report.url')")
    db.execute("DELETE FROM config WHERE key IN ('report.title', 'report.url')")


def m008_source_originals(db) -> None:
    # A source read from a web page, or from a text whose page furniture was left out, keeps the
    # file as it was given (compressed, with its SHA-256): its quotes can be checked against what
    # was saved, and the text read again by a better reader. A capture (an archive's copy, a saved
    # page) keeps the address it was taken from and when, apart from the address it was read at.
    db["sources"].add_column("original_url", str)
    db["sources"].add_column("captured_at", str)
    db["source_originals"].create(
        {"source_id": str, "media_type": str, "file_name": str, "size": int, "content_hash": str, "data": bytes},
        pk="source_id",
        not_null={"media_type", "size", "content_hash", "data"},
        foreign_keys=[("source_id", "sources", "id")],
    )


def m009_one_text_per_case(db) -> None:
    # The same article may belong to two cases (a story filed under two investigations): the text is
    # one source within a case, and another case holds its own copy, claims never crossing cases.
    db.execute("DROP INDEX IF EXISTS idx_sources_content_hash")
    db["sources"].create_index(["content_hash", "case_name"], unique=True)


def m010_classified_conflicts(db) -> Callable:
    # Conflicts are classed (contradiction, update; values that fit, other incidents, other bodies
    # and parts set apart) and each source compared on the figure it reports: every stored conflict
    # is found again once every migration has run. A key whose conflict an extraction run left to
    # refresh at its end (it gained figures batch after batch) waits in pending_conflicts, so that a
    # run killed meanwhile leaves it to the next.
    db["pending_conflicts"].create({"case_name": str, "key": str}, pk=("case_name", "key"))
    return _detect_all


def m011_headline_quotes(db) -> None:
    # A figure an article states only in its headline is quoted from the headline: an appearance
    # says which of the source's texts its quote is anchored in ('title'; NULL for the article's text).
    db["appearances"].add_column("field", str)


def m012_publication_times(db) -> None:
    # A source whose publication date gives the time of day keeps it ("2025-09-04T09:00+03:00"):
    # two reports of one day are then ordered, and a toll that grew between them is an update.
    db["sources"].add_column("published_at", str)


MIGRATIONS: list[Callable] = [m001_initial, m002_conflicts, m003_extraction, m004_drop_redundant_index,
                              m005_appearance_keys, m006_wire_credit, m007_publishing, m008_source_originals,
                              m009_one_text_per_case, m010_classified_conflicts, m011_headline_quotes,
                              m012_publication_times]
SCHEMA_VERSION = len(MIGRATIONS)


def _applied_version(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT max(version) FROM _migrations").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise
        return 0
    return row[0] or 0


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return row[0] > 0


def backup_path(path: str | os.PathLike, version: int) -> Path:
    from pathlib import Path

    path = Path(path)
    return path.with_name(f"{path.name}.v{version}.bak")


def _check_schema(conn: sqlite3.Connection, path: str | os.PathLike) -> int:
    """The schema version, refusing other programs' databases and newer ones."""
    version = _applied_version(conn)
    if version == 0 and _has_user_tables(conn):
        raise StorageError(f"{path} is an SQLite database, but not a claimtrack one; give another --db")
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path} was written by a newer claimtrack (schema {version}; this one reads up to {SCHEMA_VERSION});"
            " upgrade claimtrack"
        )
    return version


def _write_backup(conn: sqlite3.Connection, path: Path, target: Path) -> None:
    """Copy the database aside, whole or not at all (temp file, then rename).

    Called holding the write lock: with no WAL content pending, the main file
    is the whole database and is copied byte for byte; otherwise SQLite's
    backup API copies the same content.
    """
    import shutil
    import tempfile

    wal = path.with_name(path.name + "-wal")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if not wal.exists() or wal.stat().st_size == 0:
            with open(path, "rb") as source, os.fdopen(fd, "wb") as handle:
                shutil.copyfileobj(source, handle)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            # Our connection holds the write lock, and SQLite will not back up from a connection
            # that is writing: a second one reads the same (locked, so unchanging) database.
            from urllib.parse import quote

            os.close(fd)
            source, copy = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True), sqlite3.connect(tmp)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def backup_before_upgrade(conn: sqlite3.Connection, path: str | os.PathLike) -> Path | None:
    """Copy an existing database aside (``claims.db.vN.bak``) before its first upgrade.

    Runs before the switch to WAL, so the copy of an old database is its
    exact bytes; the write lock keeps other processes from changing it
    meanwhile, and the copy is written whole or not at all.
    """
    from pathlib import Path

    path = Path(path)
    version = _applied_version(conn)
    if version == 0 or version >= SCHEMA_VERSION or backup_path(path, version).exists():
        return None
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _applied_version(conn)  # another process may have upgraded while we waited
        target = backup_path(path, version)
        if version == 0 or version >= SCHEMA_VERSION or target.exists():
            return None
        try:
            _write_backup(conn, path, target)
        except OSError as error:  # a read-only file system, a full disk: the copy's temporary name is no one's business
            raise StorageError(f"{path} needs an upgrade (schema {version} to {SCHEMA_VERSION}) but cannot be written"
                               f" (no copy can be made beside it: {error.strerror or error})") from None
        return target
    finally:
        _rollback(conn)


def migrate(conn: sqlite3.Connection, path: str | os.PathLike | None, *, now: str) -> int:
    """Bring the schema up to date; returns how many migrations ran.

    An existing database is backed up first (:func:`backup_before_upgrade`).
    All pending migrations run in one transaction. A migration may return a
    task to run after the last one (m002's first detection, which reads the
    schema as the last migration leaves it).
    """
    version = _applied_version(conn)
    if version >= SCHEMA_VERSION:
        return 0
    import sqlite_utils

    if path is not None:
        backup_before_upgrade(conn, path)
    db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the lock.
        version = _applied_version(conn)
        if not db["_migrations"].exists():
            db["_migrations"].create({"version": int, "name": str, "applied_at": str}, pk="version")
        ran = 0
        # Work a migration leaves for the end (detection), which must read the final schema.
        afterwards: list[Callable] = []
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            task = migration(db)
            if task is not None and task not in afterwards:
                afterwards.append(task)
            db["_migrations"].insert({"version": number, "name": migration.__name__, "applied_at": now})
            ran += 1
        for task in afterwards:
            task(db)
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise
    return ran


_UNWRITABLE = ("readonly", "read-only", "unable to open")


def _open(path: str, uri: str | None = None) -> sqlite3.Connection:
    target = uri or str(path)
    if uri is None and target.startswith("file:"):
        target = "./" + target  # a file named so, not an SQLite URI
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri is not None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.row_factory = sqlite3.Row
    return conn


def _open_read_only(path: str) -> sqlite3.Connection:
    """Reading a database we may not write: its file or its directory is read-only.

    A WAL database needs its shared-memory file; when that cannot be created
    and no other connection has one open (no ``-wal`` file), the file is read
    as immutable.
    """
    from urllib.parse import quote

    base = "file:" + quote(os.path.realpath(path))
    conn = _open(path, base + "?mode=ro")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        if not any(word in str(error) for word in _UNWRITABLE) or os.path.exists(f"{path}-wal"):
            raise
    conn = _open(path, base + "?immutable=1")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode = WAL``, waiting out other processes as a write would.

    The switch needs an exclusive lock, and SQLite reports a busy database
    at once here instead of calling the busy handler (the pragma already
    holds a read lock, and waiting could deadlock). Several processes
    opening an old database together would then fail, so retry, with the
    same time limit as any other lock wait.
    """
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.001
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "database is locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def connect(path: str | os.PathLike, *, now: str, create: bool = True) -> sqlite3.Connection:
    """Open (creating if allowed) and migrate the database at ``path``.

    A missing directory is created only for the default location: an
    explicit path in a directory that does not exist is most likely a typo.
    A database that cannot be written is still opened for reading; writing
    to it fails with a clear error.
    """
    path = os.path.normpath(os.fspath(path))
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):  # no file, or a path under a file: said below
        info = None
    except OSError as error:  # a loop of links, a name too long
        raise StorageError(f"cannot open the database at {path}: {error.strerror}") from None
    exists = info is not None
    if exists and stat.S_ISDIR(info.st_mode):
        raise StorageError(f"database path is a directory: {path}")
    if exists and not stat.S_ISREG(info.st_mode):
        raise StorageError(f"database path is not a regular file: {path}")
    if exists and info.st_nlink > 1:
        # SQLite keeps a database's write-ahead log beside the name it was opened by: writers through
        # two names of one file keep two logs, and the file is corrupted
        raise StorageError(f"{path} has {info.st_nlink} names (hard links); writers through two of them would"
                           " corrupt it: keep one name (remove the other links) or give a copy")
    if not exists:
        if not create:
            raise StorageError(f"no database at {path}")
        parent = os.path.dirname(path) or "."
        if os.path.exists(parent) and not os.path.isdir(parent):
            raise StorageError(f"cannot create the database {path}: {parent} is not a directory")
        if not os.path.exists(parent):
            if path != os.path.normpath(default_db_path()):
                raise StorageError(f"no database at {path}: the directory {parent} does not exist (create it first)")
            try:
                os.makedirs(parent, exist_ok=True)
            except OSError as error:
                raise StorageError(f"cannot create database directory {parent}: {error.strerror}") from None
    conn = version = None
    try:
        conn = _open(path)
        try:
            version = _check_schema(conn, path)
        except sqlite3.OperationalError as error:
            if not exists or not any(word in str(error) for word in _UNWRITABLE):
                raise
            conn.close()
            conn = _open_read_only(path)
            version = _check_schema(conn, path)
            if version < SCHEMA_VERSION:
                raise StorageError(
                    f"{path} needs an upgrade (schema {version} to {SCHEMA_VERSION}) but cannot be written"
                ) from None
            return conn
        if exists and version < SCHEMA_VERSION:
            backup_before_upgrade(conn, path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                _switch_to_wal(conn)
            except sqlite3.OperationalError as error:
                if version < SCHEMA_VERSION or not any(word in str(error) for word in _UNWRITABLE):
                    raise
                return conn  # up to date but read-only: read it in the mode it is in
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, path if exists else None, now=now)
    except StorageError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        if version is not None and version < SCHEMA_VERSION and any(word in str(error) for word in _UNWRITABLE):
            raise StorageError(f"{path} needs an upgrade (schema {version} to {SCHEMA_VERSION}) but cannot be written") from None
        raise StorageError(_open_error(path, error)) from None
    return conn


def _disk_full(path: str) -> bool:
    """Whether the file system holding ``path`` has no room left (SQLite then says only "disk I/O error")."""
    try:
        info = os.statvfs(os.path.dirname(os.path.abspath(path)))
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _open_error(path: str, error: sqlite3.DatabaseError) -> str:
    message = str(error)
    if "disk I/O error" in message and _disk_full(path):
        return (f"cannot open the database at {path}: the disk holding it is full (SQLite needs room beside it"
                " for its log, even to read)")
    if "file is not a database" in message or "malformed" in message:
        return f"{path} is not a claimtrack database (not SQLite, or damaged)"
    if any(word in message for word in _UNWRITABLE):
        return f"cannot write the database at {path}: {message}"
    return f"cannot open the database at {path}: {message}"


# Failures of the file rather than of the program: each becomes a one-line error.
_STORAGE_FAILURES = ("readonly", "read-only", "database is locked", "database or disk is full", "disk I/O error",
                     "unable to open", "malformed", "not a database")


def storage_failure(error: sqlite3.Error) -> StorageError | None:
    message = str(error)
    if not any(word in message for word in _STORAGE_FAILURES):
        return None
    if "readonly" in message or "read-only" in message:
        return StorageError("cannot write the database: it is read-only (check the file's and its directory's permissions)")
    if "malformed" in message or "not a database" in message:
        return StorageError(f"the database is damaged ({message}); run 'claimtrack check'")
    return StorageError(f"cannot write the database: {message}")


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


@contextlib.contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work: all of it lands, or none of it does."""
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise (storage_failure(error) or StorageError(f"cannot write the database: {error}")) from None
    try:
        yield conn
    except sqlite3.OperationalError as error:
        _rollback(conn)
        failure = storage_failure(error)
        if failure is None:
            raise
        raise failure from None
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        _rollback(conn)
        raise (storage_failure(error) or StorageError(f"cannot write the database: {error}")) from None


@contextlib.contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see one committed state, never a writer's half-way point."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        _rollback(conn)


def consistent(function: _Reader) -> _Reader:
    """Run a reader that makes several queries (its first argument is the connection) in one snapshot."""

    @functools.wraps(function)
    def reader(conn, *args, **kwargs):
        with snapshot(conn):
            return function(conn, *args, **kwargs)

    return reader  # type: ignore[return-value]


def sqlite_utils_db(conn: sqlite3.Connection):
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)


def insert_row(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], row: dict, *, or_ignore: bool = False) -> int:
    """Write one row from a dict (missing columns are NULL); returns rows written.

    Creating a record and importing it from a case file go through the same
    column list, so a new column cannot be forgotten on one of the two paths.
    """
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    sql = f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    return conn.execute(sql, {column: row.get(column) for column in columns}).rowcount
