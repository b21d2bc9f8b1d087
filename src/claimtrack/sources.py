"""Sources: one article each, its metadata and its exact text."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import stat
import unicodedata
from collections import namedtuple
from dataclasses import dataclass
from pathlib import Path

from claimtrack import history, ids
from claimtrack.context import Actor
from claimtrack.dates import parse_publication_date, publication_time
from claimtrack.errors import DuplicateSource, InvalidInput, NotFound

MAX_SOURCE_BYTES = 10 * 1024 * 1024
META_FIELDS = ("case", "outlet", "title", "url", "author", "published", "credit", "original_url", "captured_at")
SOURCE_FIELDS = ("id", "case", "outlet", "title", "url", "author", "published", "credit", "original_url",
                 "captured_at", "content_hash", "added_at", "added_by")
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DEFAULT_CASE = "default"
_CASE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_UNKNOWN = {"", "unknown", "null", "none", "~", "n/a"}
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class Original(namedtuple("Original", "media_type file_name size content_hash data")):
    """A file as it was given, kept beside the text read from it: ``data`` compressed (zlib),
    ``size`` and ``content_hash`` (SHA-256) those of the file's own bytes."""

    __slots__ = ()

    @classmethod
    def of(cls, data: bytes, media_type: str, origin: str) -> Original:
        import zlib

        return cls(media_type, os.path.basename(origin) or None, len(data), hashlib.sha256(data).hexdigest(),
                   zlib.compress(data, 6))


@dataclass
class SourceInput:
    """Text and metadata as read from a file, before it is stored; ``original`` the file
    itself when the text is not all of it (a web page's, or one with furniture left out)."""

    text: str
    meta: dict[str, str | None]
    origin: str
    original: Original | None = None
    # content hashes of the same article's text read the other way (with its furniture, or without):
    # a text on record in either form is not added again
    aliases: tuple[str, ...] = ()


def check_case_name(name: str) -> str:
    name = name.strip()
    if not _CASE_NAME.match(name):
        raise InvalidInput(
            f"invalid case name {name!r}: use lower-case letters, digits, '-', '_' or '.', e.g. li-shangfu-moscow-2023"
        )
    return name


def check_url(url: str | None, what: str = "URL") -> str | None:
    if url is None:
        return None
    url = url.strip()
    if not _URL.match(url):
        raise InvalidInput(f"{what} must be an http(s) address: {url!r}")
    return url


def normalize_text(text: str) -> str:
    """Canonical stored text: NFC, LF line ends, no BOM, one final newline."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.rstrip() + "\n"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise InvalidInput(f"{origin}: file is empty")
    if b"\x00" in data:
        raise InvalidInput(f"{origin}: binary file (contains NUL bytes); give UTF-8 text or Markdown")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{origin}: not UTF-8 text (bad byte at offset {error.start})") from None


def _meta_value(value: str) -> str | None:
    """Quoted values are taken as written (JSON string rules); bare 'unknown' is None."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    return None if value.lower() in _UNKNOWN else value


def split_metadata(
    text: str, origin: str, fields: tuple[str, ...] = META_FIELDS
) -> tuple[dict[str, str | None], str]:
    """Split a leading ``---`` block of ``key: value`` lines from the body."""
    body = text.lstrip("\ufeff")
    lines = body.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, body
    meta: dict[str, str | None] = {}
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped == "---":
            return meta, "\n".join(lines[number:])
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            raise InvalidInput(f"{origin}: metadata line {number} is not 'key: value': {stripped[:60]!r}")
        if key not in fields:
            raise InvalidInput(f"{origin}: unknown metadata field {key!r} on line {number} (known: {', '.join(fields)})")
        meta[key] = _meta_value(value.strip())
    raise InvalidInput(f"{origin}: metadata block opened with '---' is never closed")


def too_large(origin: str, size: int | None = None) -> InvalidInput:
    limit = f"sources are limited to {MAX_SOURCE_BYTES // (1024 * 1024)} MB"
    if size is None:
        return InvalidInput(f"{origin}: more than {MAX_SOURCE_BYTES // (1024 * 1024)} MB; {limit}")
    return InvalidInput(f"{origin}: file is {size / 1e6:.1f} MB; {limit}")


def read_limited(stream, size: int | None = None, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """At most one byte more than the limit: /dev/zero or an endless pipe cannot fill memory.

    ``size``, a regular file's size, spares reserving room for the whole limit
    when the file is small (the rest is read too if the file grew meanwhile).
    """
    if size is None or size > limit:
        return stream.read(limit + 1)
    data = stream.read(size + 1)
    if len(data) <= size:
        return data
    return data + stream.read(limit + 1 - len(data))


def read_input(data: bytes, origin: str, *, keep_furniture: bool = False, today: str | None = None) -> SourceInput:
    """A file's article and metadata: a saved web page's (:mod:`claimtrack.pages`), else a text file's.

    The wire agency the text credits is read before its page furniture is
    left out (a sign-off may be a copyright line); a metadata block's
    ``credit`` line wins. A text with furniture left out keeps its file as
    given beside it.
    """
    from claimtrack import furniture, pages, wire

    if pages.is_page(origin, data):
        return _read_page(data, origin, keep_furniture=keep_furniture, today=today)
    if len(data) > MAX_SOURCE_BYTES:
        raise too_large(origin)
    meta, body = split_metadata(decode(data, origin), origin)
    if not body.strip():
        raise InvalidInput(f"{origin}: no article text after the metadata block")
    text = normalize_text(body)
    if "credit" not in meta:
        meta["credit"] = wire.credit(text, meta.get("author"))
    original, aliases = None, ()
    trimmed, dropped = furniture.trim(text)
    if dropped:
        trimmed = normalize_text(trimmed)
        if keep_furniture:
            aliases = (content_hash(trimmed),)
        else:
            text, original, aliases = trimmed, Original.of(data, "text/plain", origin), (content_hash(text),)
    return SourceInput(text=text, meta=meta, origin=origin, original=original, aliases=aliases)


def _read_page(data: bytes, origin: str, *, keep_furniture: bool, today: str | None) -> SourceInput:
    """A saved page's main text, and each field it states that reads as one (others stay unknown)."""
    from claimtrack import furniture, pages, wire

    if len(data) > pages.MAX_PAGE_BYTES:
        raise InvalidInput(f"{origin}: more than {pages.MAX_PAGE_BYTES // (1024 * 1024)} MB; pages are limited to that")
    text, found, media_type = pages.read_page(data, origin, today=today)
    found["credit"] = wire.credit(text, found.get("author"))
    if not keep_furniture:
        text, _ = furniture.trim(text)
    text = normalize_text(text)
    if furniture.only_furniture(text):
        raise InvalidInput(f"{origin}: no article text found in the page")
    meta = {}
    for field, value in found.items():
        try:
            meta[field] = clean_metadata({field: value})[field] if value else None
        except InvalidInput:
            meta[field] = None  # a page's own odd value (a file: address, a date that is no date) is no value
    return SourceInput(text=text, meta=meta, origin=origin, original=Original.of(data, media_type, origin))


def read_file(path: str | Path, *, keep_furniture: bool = False, today: str | None = None) -> SourceInput:
    """A file read and checked; one ``stat`` tells a directory, a missing file and the size."""
    from claimtrack import pages

    origin = str(Path(path))
    limit = pages.MAX_PAGE_BYTES if origin.lower().endswith(pages.PAGE_SUFFIXES) else MAX_SOURCE_BYTES
    try:
        info = os.stat(origin)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{origin}: is a directory; give article files")
        if info.st_size > limit:
            raise too_large(origin, info.st_size)
        with open(origin, "rb") as handle:
            data = read_limited(handle, info.st_size if stat.S_ISREG(info.st_mode) else None, limit)
    except FileNotFoundError:
        raise InvalidInput(f"{origin}: no such file") from None
    except PermissionError:
        raise InvalidInput(f"{origin}: permission denied") from None
    except OSError as error:
        raise InvalidInput(f"{origin}: cannot read ({error.strerror})") from None
    return read_input(data, origin, keep_furniture=keep_furniture, today=today)


def article_files(names: list[str]) -> list[str]:
    """The names given, each folder replaced by the article files in it (and its subfolders), by path."""
    from claimtrack import pages

    out = []
    for name in names:
        if name == "-" or not os.path.isdir(name):
            out.append(name)
            continue
        found = []
        for root, folders, files in os.walk(name):
            folders[:] = [f for f in folders if not f.startswith(".")]
            found.extend(os.path.join(root, f) for f in files
                         if not f.startswith(".") and f.lower().endswith(TEXT_SUFFIXES + pages.PAGE_SUFFIXES))
        if not found:
            raise InvalidInput(f"{name}: no article files in this folder (.txt, .md, .html, .htm, .mhtml)")
        out.extend(sorted(found))
    return out


def clean_metadata(meta: dict[str, str | None], origin: str = "", date_order: str | None = None) -> dict[str, str | None]:
    """Validated metadata: case name, http(s) URL, ISO publication date."""
    out: dict[str, str | None] = {}
    where = f"{origin}: " if origin else ""
    for field in META_FIELDS:
        value = meta.get(field)
        if value is not None:
            value = " ".join(str(value).split()) or None
            if value is not None and not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate, as a JSON escape (\ud800) can give
                    raise InvalidInput(f"{where}{field} is not valid text (it holds a lone surrogate)") from None
        out[field] = value
    if out["case"]:
        try:
            out["case"] = check_case_name(out["case"])
        except InvalidInput as error:
            raise InvalidInput(where + error.message) from None
    if out["credit"]:
        from claimtrack import wire

        out["credit"] = wire.canonical(out["credit"])
    try:
        out["url"] = check_url(out["url"], "source URL")
        out["original_url"] = check_url(out["original_url"], "original URL")
        if out["captured_at"] or (out["url"] and "archive.org/" in out["url"]):
            from claimtrack import pages

            if out["captured_at"]:
                out["captured_at"] = pages.instant(out["captured_at"])
            capture = pages.wayback_capture(out["url"])
            if capture and not out["original_url"]:
                out["original_url"] = capture[0]
                out["captured_at"] = out["captured_at"] or capture[1]
        out["published_at"] = None
        if out["published"]:
            out["published_at"] = publication_time(out["published"], date_order)
            out["published"] = parse_publication_date(out["published"], date_order).isoformat()
    except InvalidInput as error:
        raise InvalidInput(where + error.message) from None
    return out


def item_metadata(item: SourceInput, overrides: dict[str, str | None]) -> dict[str, str | None]:
    """A file's own metadata with the command line's on top, validated."""
    merged = dict(item.meta)
    merged.update({k: v for k, v in overrides.items() if v is not None})
    if not merged.get("credit") and overrides.get("author"):
        from claimtrack import wire

        merged["credit"] = wire.credit("", overrides["author"])  # a byline given by hand may name the agency
    merged.pop("date_order", None)  # how to read the dates (from the command line), not a field
    return clean_metadata(merged, item.origin, overrides.get("date_order"))


def read_files(
    names: list[str], overrides: dict[str, str | None], stdin=None, *, keep_furniture: bool = False,
    today: str | None = None,
) -> list[tuple[SourceInput, dict[str, str | None]]]:
    """Every file read and checked, with its cleaned metadata, in the order given ('-' is ``stdin``).
    ``overrides`` may also say how to read a date in figures: ``date_order`` "dmy" or "mdy".

    Refuses them as reading them one by one would: the first file that cannot
    be read, else a bad option in ``overrides``, else the first file whose
    metadata is bad. Many files are read in worker processes. A folder
    stands for the article files in it (:func:`article_files`).
    """
    from claimtrack import pages
    from claimtrack.workers import pool as worker_pool

    names = article_files(names)
    paths = [name for name in names if name != "-"]
    options = {"keep_furniture": keep_furniture, "today": today}
    saved_pages = any(path.lower().endswith(pages.PAGE_SUFFIXES) for path in paths)
    with worker_pool(len(paths), before_fork=_page_reader if saved_pages else None) as pool:
        # a page takes a worker far longer than a text file: fewer at a time keep both workers busy
        checked = iter(list(pool.map(_check_file, paths, [overrides] * len(paths), [options] * len(paths),
                                     chunksize=8 if saved_pages else 32)) if pool
                       else [_check_file(path, overrides, options) for path in paths])
    out = []
    for name in names:
        if name == "-":
            if stdin is None:
                raise InvalidInput("<stdin>: standard input is closed; give the article on it or as a file")
            item = read_input(read_limited(stdin, limit=pages.MAX_PAGE_BYTES), "<stdin>", **options)
            out.append((item, _checked_metadata(item, overrides)))
            continue
        item, meta = next(checked)
        if isinstance(item, InvalidInput):
            raise item
        out.append((item, meta))
    clean_metadata(overrides, date_order=overrides.get("date_order"))
    for _, meta in out:
        if isinstance(meta, InvalidInput):
            raise meta
    return out


def _page_reader() -> None:
    """trafilatura imported once, before the workers are forked, rather than once in each."""
    import trafilatura  # noqa: F401


def _check_file(path: str, overrides: dict[str, str | None], options: dict | None = None) -> tuple:
    """A file read, and its metadata cleaned; what is wrong with either comes back in its place."""
    try:
        item = read_file(path, **(options or {}))
    except InvalidInput as error:
        return error, None
    return item, _checked_metadata(item, overrides)


def _checked_metadata(item: SourceInput, overrides: dict[str, str | None]) -> dict[str, str | None] | InvalidInput:
    try:
        return item_metadata(item, overrides)
    except InvalidInput as error:
        return error


SOURCE_COLUMNS = ("id", "case_name", "outlet", "title", "url", "author", "published", "text", "content_hash",
                  "added_at", "added_by", "credit", "original_url", "captured_at", "published_at")
# the columns :func:`add_many` takes from the metadata as they are
_SOURCE_META = ("outlet", "title", "url", "author", "published", "credit", "original_url", "captured_at",
                "published_at")
ORIGINAL_COLUMNS = ("source_id", "media_type", "file_name", "size", "content_hash", "data")


def insert_row(conn: sqlite3.Connection, row: dict) -> None:
    from claimtrack.storage import insert_row as insert

    insert(conn, "sources", SOURCE_COLUMNS, row)


def ensure_case(conn: sqlite3.Connection, name: str, now: str) -> None:
    conn.execute("INSERT OR IGNORE INTO cases (name, created_at) VALUES (?, ?)", (name, now))


def find_by_hash(conn: sqlite3.Connection, digest: str) -> sqlite3.Row | None:
    """The first source of this text (a text may be a source in several cases)."""
    return conn.execute("SELECT id, case_name FROM sources WHERE content_hash = ? ORDER BY added_at, id",
                        (digest,)).fetchone()


def add(
    conn: sqlite3.Connection,
    actor: Actor,
    item: SourceInput,
    overrides: dict[str, str | None] | None = None,
    *,
    meta: dict[str, str | None] | None = None,
) -> str:
    """Store one source; the same text twice raises DuplicateSource naming the first.

    ``meta`` is the item's metadata as :func:`item_metadata` cleaned it, when
    the caller checked it already; otherwise it is cleaned here, with
    ``overrides`` on top.
    """
    if meta is None:
        meta = item_metadata(item, overrides or {})
    [outcome] = add_many(conn, actor, [(item, meta)])
    if isinstance(outcome, DuplicateSource):
        raise outcome
    return outcome


def add_many(
    conn: sqlite3.Connection, actor: Actor, items: list[tuple[SourceInput, dict[str, str | None]]]
) -> list[str | DuplicateSource]:
    """Store sources, each given with its metadata as :func:`item_metadata` cleaned it.

    Stores what :func:`add` would store for each in turn, the rows written
    together: each outcome is the new source's ID, or the DuplicateSource that
    ``add`` would raise for a text on record already (or earlier in ``items``).
    A text is one source within a case. Filed explicitly under another case
    (``case`` in its metadata), a text on record elsewhere gets a source of
    its own there, with an ID of its own, and its history names the other.
    """
    digests = [content_hash(item.text) for item, _ in items]
    known: dict[str, list[tuple[str, str]]] = {}  # content hash -> [(source ID, case)]
    unique = sorted(set(digests).union(*(item.aliases for item, _ in items)))
    for first in range(0, len(unique), 500):
        chunk = unique[first:first + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT content_hash, id, case_name FROM sources WHERE content_hash IN ({marks})"
                                f" ORDER BY added_at, id", chunk):
            known.setdefault(row[0], []).append((row[1], row[2]))
    outcomes: list[str | DuplicateSource] = []
    cases: dict[str, str] = {}  # case -> when first added to
    rows, entries, originals = [], [], []
    for (item, meta), digest in zip(items, digests):
        on_record = [entry for d in (digest, *item.aliases) for entry in known.get(d, [])]
        case = meta["case"] or DEFAULT_CASE
        here = [entry for entry in on_record if entry[1] == case]
        if here or (on_record and not meta["case"]):  # the same case, or none named: the source there is it
            source_id, where = (here or on_record)[0]
            outcomes.append(DuplicateSource(
                source_id, f"{item.origin}: same text as source {ids.short(source_id)} (case {where}); not added again"))
            continue
        note = item.origin
        if on_record:  # filed under a second case: a source of its own there
            source_id = ids.derived_id("source", digest, case)
            note += "; the same text as source " + ", ".join(f"{other} in case {in_case}" for other, in_case in on_record)
        else:
            source_id = ids.derived_id("source", digest)
        now = actor.now()
        cases.setdefault(case, now)
        row = {"id": source_id, "case_name": case, "text": item.text, "content_hash": digest, "added_at": now,
               "added_by": actor.name, **{field: meta.get(field) for field in _SOURCE_META}}
        rows.append(tuple(row[column] for column in SOURCE_COLUMNS))
        if item.original is not None:
            originals.append((source_id, *item.original))
        entries.append(history.entry(actor, entity="source", entity_id=source_id, action="add", note=note, at=now))
        for alias in (digest, *item.aliases):
            known.setdefault(alias, []).append((source_id, case))
        outcomes.append(source_id)
    conn.executemany("INSERT OR IGNORE INTO cases (name, created_at) VALUES (?, ?)", list(cases.items()))
    conn.executemany(_INSERT_SOURCE, rows)
    conn.executemany(f"INSERT INTO source_originals ({', '.join(ORIGINAL_COLUMNS)})"
                     f" VALUES ({', '.join('?' * len(ORIGINAL_COLUMNS))})", originals)
    history.write(conn, entries)
    return outcomes


_INSERT_SOURCE = f"INSERT INTO sources ({', '.join(SOURCE_COLUMNS)}) VALUES ({', '.join('?' * len(SOURCE_COLUMNS))})"


def to_dict(row: sqlite3.Row, *, with_text: bool = False) -> dict:
    out = {
        "id": row["id"],
        "case": row["case_name"],
        "outlet": row["outlet"],
        "title": row["title"],
        "url": row["url"],
        "author": row["author"],
        "published": row["published"],
        "published_at": row["published_at"],  # the moment, where the date gives the time of day
        "credit": row["credit"],
        "original_url": row["original_url"],
        "captured_at": row["captured_at"],
        "content_hash": row["content_hash"],
        "added_at": row["added_at"],
        "added_by": row["added_by"],
    }
    if with_text:
        out["text"] = row["text"]
    return out


def list_sources(conn: sqlite3.Connection, *, case: str | None = None, outlet: str | None = None) -> list[dict]:
    sql = ("SELECT id, case_name, outlet, title, url, author, published, published_at, credit, original_url,"
           " captured_at, content_hash, added_at, added_by FROM sources")
    where, params = [], []
    if case:
        where.append("case_name = ?")
        params.append(case)
    if outlet:
        where.append("outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY case_name, coalesce(published, '9999'), added_at, id"
    return [to_dict(row) for row in conn.execute(sql, params)]


def get(conn: sqlite3.Connection, source_id: str) -> dict:
    row = conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
    if row is None:
        raise NotFound(f"no source {source_id!r}")
    out = to_dict(row, with_text=True)
    kept = conn.execute("SELECT media_type, file_name, size, content_hash FROM source_originals WHERE source_id = ?",
                        (source_id,)).fetchone()
    out["original"] = dict(kept) if kept else None
    return out


def original_bytes(conn: sqlite3.Connection, source_id: str) -> bytes:
    """The file a source was read from, as it was given (its hash checked)."""
    import zlib

    row = conn.execute("SELECT data, content_hash FROM source_originals WHERE source_id = ?", (source_id,)).fetchone()
    if row is None:
        raise NotFound(f"source {ids.short(source_id)} keeps no original: its text is all of the file it was read from")
    try:
        data = zlib.decompress(row["data"])
    except zlib.error:
        raise InvalidInput(f"the original of source {ids.short(source_id)} is damaged; run 'claimtrack check'") from None
    if hashlib.sha256(data).hexdigest() != row["content_hash"]:
        raise InvalidInput(f"the original of source {ids.short(source_id)} changed since it was kept;"
                           " run 'claimtrack check'")
    return data


def label(source: dict) -> str:
    """How a source is named to people: its outlet, or that it has none."""
    return source.get("outlet") or f"unknown outlet ({ids.short(source['id'])})"


EDITABLE = ("outlet", "title", "url", "author", "published", "credit")


def edit(conn: sqlite3.Connection, actor: Actor, source_ref: str, changes: dict[str, str | None]) -> dict:
    """Fix a source's metadata; each field changed is kept in history.

    ``changes`` maps fields to new values, "-" or "unknown" to clear one. A new
    publication date re-reads the relative values ("Sunday") of every claim
    quoted from the source, and any change re-checks those claims' conflicts
    (the outlet decides which sides count as different outlets).
    """
    from claimtrack import claims, conflicts, lookup

    source_id = lookup.resolve(conn, "source", source_ref)
    row = conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
    wanted = {field: (None if value.strip().lower() in _UNKNOWN or value.strip() == "-" else value)
              for field, value in changes.items() if value is not None}
    if not wanted:
        raise InvalidInput("say what to change: --outlet, --title, --url, --author, --published or --credit")
    cleaned = clean_metadata({**{f: row[f] for f in EDITABLE}, **wanted})
    changed = {field: (row[field], cleaned[field]) for field in wanted if cleaned[field] != row[field]}
    if "published" in wanted and cleaned["published_at"] != row["published_at"]:
        changed["published_at"] = (row["published_at"], cleaned["published_at"])  # the time of day, given or cleared
    if not changed:
        raise InvalidInput(f"nothing to change on source {ids.short(source_id)}")
    now = actor.now()
    conn.execute(f"UPDATE sources SET {', '.join(f'{f} = ?' for f in changed)} WHERE id = ?",
                 [new for _, new in changed.values()] + [source_id])
    for field, (old, new) in changed.items():
        history.record(conn, actor, entity="source", entity_id=source_id, action="edit", field=field, old=old, new=new,
                       at=now)
    quoted = conn.execute(
        "SELECT DISTINCT c.id, c.value, c.value_type, c.key FROM claims c JOIN appearances a ON a.claim_id = c.id"
        " WHERE a.source_id = ? ORDER BY c.id", (source_id,)).fetchall()
    if "published" in changed:
        for claim in quoted:
            claims._renormalize(conn, claim["id"], claim["value"], claim["value_type"])
    conflicts.refresh_many(conn, actor, row["case_name"], [claim["key"] for claim in quoted])
    return {"id": source_id, "changes": {k: list(v) for k, v in changed.items()}}
