"""Generate the benchmark corpora, deterministically (fixed seed, ``--seed``).

    python benchmarks/generate.py articles DIR --count 5000   # article files for the ingest budget
    python benchmarks/generate.py db PATH --claims 100000     # a ready database of N claims
    python benchmarks/generate.py check                       # prove the fast path equals claimtrack's own

The database is written fast but faithfully: claimtrack.storage.connect
creates the schema through its own migrations, and every row is what the
commands would have stored. Values go through claimtrack's normalizer
(claims.normalize_value), quotes through its anchoring rules (anchor.context),
keys, tags and statements through its checks, IDs have its format, and the
conflicts are computed by claimtrack.conflicts.refresh_all itself; decisions on
some conflicts are taken with conflicts.decide. Only the order of work differs:
rows are bulk inserted per story, and conflicts are detected once at the end
instead of after each claim. ``check`` builds a small corpus both ways (this
fast path, and claimtrack's own functions one call at a time, exactly as
``source add``, ``claim add``, ``claim link``, ``status``, ``verdict``,
``note`` and ``claim reject`` do) and compares every table, IDs and timestamps
aside.

IDs are made by claimtrack.ids itself, its randomness drawn from a seeded
generator instead of the OS (see seeded_ids), so that the same seed gives the
same file, byte for byte; history entries are written by claimtrack's own
history.record.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import os
import random
import sqlite3
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

DEFAULT_SEED = 20230416
GENERATOR_VERSION = 3  # bump when the writer changes what it stores (cached databases are then rebuilt)
CACHE = HERE / ".cache"
DB_CASE = "newsroom-archive"
EDITOR = "Ana Ruiz"
VERDICTS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven")
PROBE_STORIES = 100  # a cached database is reused only if a fresh build of its first stories matches it


def log(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


# --- the work done on a story: what a desk would have typed ------------------------


class Clock:
    """Deterministic timestamps in claimtrack's format, one tick per action."""

    def __init__(self, start: datetime):
        self.at = start

    def set(self, when: datetime) -> None:
        self.at = max(self.at, when)

    def __call__(self) -> str:
        self.at += timedelta(milliseconds=7)
        return self.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def story_work(seed: int, story, articles) -> list[tuple]:
    """The commands a desk runs on one story, as (op, ...) tuples.

    A fifth of the stories were freshly extracted (candidates, a few rejected);
    the rest were curated: claims typed by hand, some linked to a second
    outlet's wording, some in review or done with a verdict and notes.
    """
    rng = random.Random(f"{seed}/work/{story.index}")
    extracted = rng.random() < 0.2
    ops: list[tuple] = []
    first_claim: dict[tuple, tuple[str, int]] = {}  # (attr, value) -> (claim ref, outlet number)
    refs = 0
    rejected: list[tuple] = []  # reviewed once extraction is done
    for article in articles:
        ops.append(("source", article))
    for article in articles:
        for mention in article.mentions:
            key = (mention.attr, mention.value, mention.stance)
            earlier = first_claim.get(key)
            if not extracted and earlier and earlier[1] != article.number and rng.random() < 0.15:
                ops.append(("link", earlier[0], article, mention))
                continue
            refs += 1
            ref = f"{story.index}:{refs}"
            if extracted:
                ops.append(("claim", ref, article, mention, "candidate", "extract", []))
                if rng.random() < 0.05:
                    rejected.append(("reject", ref))
                continue
            tags = [story.kind, mention.family] if rng.random() < 0.7 else []
            ops.append(("claim", ref, article, mention, "unverified", None, tags))
            first_claim.setdefault(key, (ref, article.number))
            roll = rng.random()
            if roll < 0.25:
                ops.append(("status", ref, "in-review"))
                if rng.random() < 0.5:
                    ops.append(("note", ref, f"Called the {rng.choice(('ministry', 'hospital', 'agency'))} press office;"
                                f" they confirm the figure of {mention.value}.",
                                f"https://evidence.example/{story.slug}/{refs}", rng.choice(("supports", "refutes", "context"))))
                if roll < 0.1:
                    ops.append(("verdict", ref, rng.choice(VERDICTS)))
                    ops.append(("status", ref, "done"))
    return ops + rejected


# --- the fast path -------------------------------------------------------------------


class BulkWriter:
    """Rows exactly as claimtrack's functions would write them, inserted in bulk."""

    def __init__(self, conn: sqlite3.Connection, seed: int, clock: Clock, origin_dir: str = "articles"):
        from claimtrack import ids

        self.conn = conn
        self.ids = ids
        self.clock = clock
        self.origin_dir = origin_dir
        self.memo: dict[tuple, tuple] = {}
        self.rows: dict[str, list] = {name: [] for name in ("cases", "sources", "claims", "claim_tags", "appearances",
                                                            "notes")}
        self.claims: dict[str, dict] = {}  # ref -> claim row (until flushed)
        self.claim_ids: dict[str, str] = {}  # ref -> id
        self.cases: set[str] = set()
        self.rejects: list[str] = []
        self.count = {"sources": 0, "claims": 0, "appearances": 0, "history": 0}
        from claimtrack import history
        from claimtrack.context import Actor

        self.history_module = history
        self.actor = Actor(clock=clock, _name=EDITOR)

    def new_id(self, kind: str) -> str:
        return self.ids.new_id(kind)  # claimtrack's own, its randomness seeded (see seeded_ids)

    def value_columns(self, raw, value_type, published):
        from claimtrack import claims

        key = (raw, value_type, published)
        got = self.memo.get(key)
        if got is None:
            if len(self.memo) > 400_000:
                self.memo.clear()
            got = self.memo[key] = claims._value_columns(claims.normalize_value(raw, value_type, published))
        return got

    def history(self, **row) -> None:
        """Written by claimtrack's history.record itself (its ID scheme, its columns), in the order of events."""
        self.history_module.record(self.conn, self.actor, **row)
        self.count["history"] += 1

    def run(self, story, ops) -> None:
        from claimtrack import anchor, claims, sources

        sources_by_number = {}
        for op in ops:
            new_process(self.ids)  # each op is one command: a process of its own
            kind = op[0]
            if kind == "source":
                article = op[1]
                text = sources.normalize_text(article.text)
                digest = sources.content_hash(text)
                source_id = self.ids.derived_id("source", digest)
                now = self.clock()
                case = story.case
                if case not in self.cases:
                    self.cases.add(case)
                    self.rows["cases"].append((case, now))
                outlet = article.outlet
                published = outlet.published.isoformat() if outlet.published else None
                extracted = now if any(o[0] == "claim" and o[5] == "extract" for o in ops) else None
                self.rows["sources"].append((source_id, case, outlet.name, article.title, article.url, outlet.author,
                                             published, text, digest, now, EDITOR, extracted))
                self.history(at=now, entity="source", entity_id=source_id, action="add",
                             note=f"{self.origin_dir}/{article.filename}")
                sources_by_number[article.number] = (source_id, published, text)
                self.count["sources"] += 1
            elif kind == "claim":
                _, ref, article, mention, status, origin, tags = op
                source_id, published, text = sources_by_number[article.number]
                statement = claims.check_statement(mention.statement)
                key = claims.check_key(f"{story.slug}.{mention.attr}")
                tags = claims.check_tags(tags)
                value = " ".join(mention.value.split()) or None if mention.value is not None else None
                vtype, canonical, value_json = self.value_columns(value, mention.value_type, published)
                now = self.clock()
                claim_id = self.new_id("claim")
                self.claim_ids[ref] = claim_id
                self.claims[ref] = {"id": claim_id, "case_name": story.case, "statement": statement, "key": key,
                                    "value": value, "value_type": vtype, "normalized": canonical,
                                    "value_json": value_json, "status": status, "verdict": None, "created_at": now,
                                    "created_by": EDITOR, "updated_at": now, "origin": origin}
                self.rows["claim_tags"].extend((claim_id, t) for t in tags)
                self._appearance(self.claims[ref], source_id, published, text, mention, value,
                                 mention.value_type and vtype, now, typed_by_hand=origin is None)
                self.history(at=now, entity="claim", entity_id=claim_id, claim_id=claim_id, action="create",
                             new=statement, note=f"key={key or '-'} value={value or '-'} status={status}")
                self.history(at=now, entity="claim", entity_id=claim_id, claim_id=claim_id, action="link",
                             field="appearance", new=source_id, note=mention.quote)
                self.count["claims"] += 1
            elif kind == "link":
                _, ref, article, mention = op
                row = self.claims[ref]
                source_id, published, text = sources_by_number[article.number]
                now = self.clock()
                self._appearance(row, source_id, published, text, mention, row["value"], row["value_type"], now,
                                 typed_by_hand=True)
                row["updated_at"] = now
                self.history(at=now, entity="claim", entity_id=row["id"], claim_id=row["id"], action="link",
                             field="appearance", new=source_id, note=mention.quote)
            elif kind == "reject":
                # Rejecting re-detects the key's conflict, which may clear one that the candidate made:
                # done with claimtrack's own claims.reject once the conflicts exist (see build_db).
                self.rejects.append(self.claims[op[1]]["id"])
            elif kind == "status":
                row = self.claims[op[1]]
                now = self.clock()
                old, row["status"], row["updated_at"] = row["status"], op[2], now
                self.history(at=now, entity="claim", entity_id=row["id"], claim_id=row["id"], action="status",
                             field="status", old=old, new=op[2])
            elif kind == "verdict":
                row = self.claims[op[1]]
                now = self.clock()
                row["verdict"], row["updated_at"] = op[2], now
                self.history(at=now, entity="claim", entity_id=row["id"], claim_id=row["id"], action="verdict",
                             field="verdict", old=None, new=op[2])
            elif kind == "note":
                _, ref, text_, url, stance = op
                row = self.claims[ref]
                now = self.clock()
                note_id = self.new_id("note")
                self.rows["notes"].append((note_id, row["id"], text_.strip(), url, stance, EDITOR, now))
                row["updated_at"] = now
                self.history(at=now, entity="note", entity_id=note_id, claim_id=row["id"], action="note",
                             field=stance, new=note_id, note=url)
        for row in self.claims.values():
            self.rows["claims"].append(tuple(row.values()))
        self.claims.clear()

    def _appearance(self, claim, source_id, published, text, mention, value, value_type, now, *,
                    typed_by_hand: bool) -> None:
        """As anchor.find places it: a typed quote at its first occurrence, an extracted one where it was read.

        The generated text has single spaces and no characters that anchor.fold rewrites outside quotes'
        own punctuation, so str.find gives what the folded search gives (``check`` confirms it).
        """
        from claimtrack import anchor

        start = text.find(mention.quote) if typed_by_hand else mention.start
        end = start + len(mention.quote)
        assert text[mention.start:mention.end] == mention.quote, (mention.quote, text[mention.start:mention.end])
        before, after = anchor.context(text, start, end)
        _, canonical, value_json = self.value_columns(value, value_type, published)
        attribution = " ".join(mention.attribution.split()) or None if mention.attribution else None
        self.rows["appearances"].append((self.new_id("appearance"), claim["id"], source_id, mention.quote, start, end,
                                         before, after, mention.stance, attribution, canonical, value_json, now,
                                         EDITOR, claim["case_name"], claim["key"]))
        self.count["appearances"] += 1

    def flush(self) -> None:
        sql = {
            "cases": "INSERT OR IGNORE INTO cases (name, created_at) VALUES (?, ?)",
            "sources": "INSERT INTO sources (id, case_name, outlet, title, url, author, published, text, content_hash,"
                       " added_at, added_by, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "claims": "INSERT INTO claims (id, case_name, statement, key, value, value_type, normalized, value_json,"
                      " status, verdict, created_at, created_by, updated_at, origin)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "claim_tags": "INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)",
            "appearances": "INSERT INTO appearances (id, claim_id, source_id, quote, start, end, before, after, stance,"
                           " attribution, normalized, value_json, created_at, created_by, case_name, key)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "notes": "INSERT INTO notes (id, claim_id, text, url, stance, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        }
        for table in ("cases", "sources", "claims", "claim_tags", "appearances", "notes"):
            if self.rows[table]:
                self.conn.executemany(sql[table], self.rows[table])
                self.rows[table].clear()


def decisions(conn: sqlite3.Connection, seed: int, actor) -> dict:
    """Some conflicts were reviewed: confirmed, dismissed or resolved (via conflicts.decide)."""
    from claimtrack import conflicts

    done = {"confirm": 0, "dismiss": 0, "resolve": 0}
    rows = conn.execute("SELECT id, key FROM conflicts WHERE active = 1 ORDER BY case_name, key").fetchall()
    for row in rows:
        roll = random.Random(f"{seed}/decide/{row['key']}").random()
        if roll < 0.10:
            conflicts.decide(conn, actor, row["id"], "confirm")
            done["confirm"] += 1
        elif roll < 0.14:
            conflicts.decide(conn, actor, row["id"], "dismiss", reason="different events: the outlets mean two strikes")
            done["dismiss"] += 1
        elif roll < 0.18:
            conflicts.decide(conn, actor, row["id"], "resolve", side="1", reason="official statement settles it")
            done["resolve"] += 1
    return done


def new_process(ids_module) -> None:
    """A command starts in a fresh process: per-process ID state (a sequence, if any) starts over."""
    if hasattr(ids_module, "_sequence"):
        ids_module._sequence = itertools.count()
    if hasattr(ids_module, "reset"):  # random bytes drawn ahead of need
        ids_module.reset()


@contextlib.contextmanager
def seeded_ids(seed: int, tag: str):
    """claimtrack.ids draws its randomness from a seeded generator meanwhile: same seed, same IDs.

    Only the source of random bytes is replaced (``secrets.token_bytes``, which
    claimtrack.ids calls whether it imports ``secrets`` at the top or inside a
    function); the ID formats stay claimtrack's. Refuses to run if claimtrack's
    IDs stop depending on it (the files would silently stop being reproducible).
    """
    import secrets

    from claimtrack import ids

    original = secrets.token_bytes

    def seeded(rng):
        return lambda nbytes=None: rng.randbytes(32 if nbytes is None else nbytes)

    try:
        probes = []
        for _ in range(2):
            secrets.token_bytes = seeded(random.Random("probe"))
            new_process(ids)
            probes.append([ids.new_id("claim"), getattr(ids, "sequential_id", ids.new_id)("history")])
        if probes[0] != probes[1]:
            raise RuntimeError("claimtrack.ids no longer draws from secrets.token_bytes; update generate.seeded_ids")
        secrets.token_bytes = seeded(random.Random(f"{seed}/{tag}"))
        new_process(ids)
        yield
    finally:
        secrets.token_bytes = original


def build_db(path: Path, *, claims: int, seed: int = DEFAULT_SEED, case: str | None = DB_CASE,
             progress: bool = True) -> dict:
    """A database of about ``claims`` claims; returns counts and timings."""
    from claimtrack import claims as claims_mod
    from claimtrack import conflicts, storage
    from claimtrack.context import Actor

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    clock = Clock(datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc))
    conn = storage.connect(path, now=clock())
    # A throwaway file being built: no journal until it is done, then WAL as claimtrack leaves it.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    writer = BulkWriter(conn, seed, clock)
    with seeded_ids(seed, "ids"):
        conn.execute("BEGIN")
        last = time.perf_counter()
        for story, articles in corpus.stories(seed, case=case):
            if writer.count["claims"] >= claims:
                break
            clock.set(datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=10 * story.index))
            writer.run(story, story_work(seed, story, articles))
            if len(writer.rows["appearances"]) > 100_000:
                writer.flush()
            if progress and time.perf_counter() - last > 10:
                last = time.perf_counter()
                log(f"  {writer.count['claims']:,} claims, {writer.count['sources']:,} sources "
                    f"({last - started:.0f} s)")
        writer.flush()
        conn.execute("COMMIT")
    rows_done = time.perf_counter()
    if progress:
        log(f"  rows written in {rows_done - started:.1f} s; detecting conflicts (claimtrack.conflicts.refresh_all)")
    actor = Actor(clock=clock, _name=EDITOR)
    with seeded_ids(seed, "engine"):
        with storage.write(conn):
            keys = conflicts.refresh_all(conn, actor)
        detect_done = time.perf_counter()
        with storage.write(conn):
            for claim_id in writer.rejects:
                claims_mod.reject(conn, actor, [claim_id])
        with storage.write(conn):
            decided = decisions(conn, seed, actor)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("sources", "claims", "appearances", "history", "notes", "conflicts")}
    counts["active_conflicts"] = conn.execute("SELECT count(*) FROM conflicts WHERE active = 1").fetchone()[0]
    counts["listed_conflicts"] = conn.execute(
        "SELECT count(*) FROM conflicts WHERE active = 1 AND state IN ('open', 'confirmed')").fetchone()[0]
    counts["keys"] = keys
    conn.close()
    finished = time.perf_counter()
    return {
        "path": str(path), "seed": seed, "requested_claims": claims, "counts": counts, "decisions": decided,
        "seconds": {"rows": round(rows_done - started, 2), "conflicts": round(detect_done - rows_done, 2),
                    "total": round(finished - started, 2)},
        "bytes": path.stat().st_size,
    }


def schema_sql(conn: sqlite3.Connection) -> list:
    """The schema as SQLite records it, with the migrations that made it."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    migrations = conn.execute("SELECT version, name FROM _migrations ORDER BY version").fetchall()
    return [list(r) for r in rows] + [list(m) for m in migrations]


_PREFIX_TABLES = ("sources", "claims", "claim_tags", "appearances", "notes")
_ENGINE = "entity = 'conflict' OR action = 'reject'"  # history written after all stories, by the engine


def matches_fresh_build(path: Path, seed: int, tmp: Path) -> str | None:
    """None if a fresh build of the first stories, by the claimtrack installed now, is a prefix of ``path``.

    Stories, IDs and clock are deterministic and every size starts with the
    same stories, so the rows of a small build must reappear, in the same
    order, at the start of every table of a big one; the small build's
    conflicts must reappear as they are (timestamps aside). A difference means
    claimtrack now stores something else (schema, normalizer, engine, history)
    and the cached file is stale. Returns what differs.
    """
    probe_claims = 0
    for story, articles in corpus.stories(seed, case=DB_CASE):
        if story.index >= PROBE_STORIES:
            break
        probe_claims += sum(1 for op in story_work(seed, story, articles) if op[0] == "claim")
    probe = tmp / "probe.db"
    build_db(probe, claims=probe_claims, seed=seed, progress=False)
    small = sqlite3.connect(probe)
    big = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if schema_sql(small) != schema_sql(big):
            return "schema differs"
        for table in _PREFIX_TABLES:
            columns = [r[1] for r in small.execute(f"PRAGMA table_info({table})")]
            if table == "claims":  # rejected after all stories, so stamped later in a bigger build
                columns = [c if c != "updated_at" else "CASE WHEN status = 'rejected' THEN NULL ELSE updated_at END"
                           for c in columns]
            sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"
            rows = small.execute(sql).fetchall()
            if rows != big.execute(sql + " LIMIT ?", (len(rows),)).fetchall():
                return f"{table} differ"
        rows = small.execute(f"SELECT * FROM history WHERE NOT ({_ENGINE}) ORDER BY rowid").fetchall()
        if rows != big.execute(f"SELECT * FROM history WHERE NOT ({_ENGINE}) ORDER BY rowid LIMIT ?",
                               (len(rows),)).fetchall():
            return "history differs"
        columns = "id, case_name, key, state, active, unreviewed, unresolved, fingerprint, sides_json, reason, resolution"
        for row in small.execute(f"SELECT {columns} FROM conflicts ORDER BY id"):
            if big.execute(f"SELECT {columns} FROM conflicts WHERE id = ?", (row[0],)).fetchone() != row:
                return f"conflict {row[2]} differs"
    finally:
        small.close()
        big.close()
    return None


def cached_db(claims: int, *, seed: int = DEFAULT_SEED, cache: Path = CACHE, progress: bool = True) -> tuple[Path, dict]:
    """The generated database of this size: reused while a fresh build of its first stories matches it."""
    import tempfile

    cache.mkdir(parents=True, exist_ok=True)
    stem = f"db-{claims}-seed{seed}-v{GENERATOR_VERSION}"
    path, meta_path = cache / f"{stem}.db", cache / f"{stem}.json"
    if path.exists() and meta_path.exists():
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            stale = matches_fresh_build(path, seed, Path(tmp))
        if stale is None:
            if progress:
                log(f"reusing {path.name} (a fresh build of its first {PROBE_STORIES} stories matches it;"
                    f" checked in {time.perf_counter() - started:.1f} s)")
            return path, json.loads(meta_path.read_text())
        if progress:
            log(f"{path.name} is stale ({stale}): rebuilding it")
    for old in cache.glob(f"db-{claims}-seed{seed}-v*"):  # this file, or one of an older generator
        old.unlink()
    if progress:
        log(f"generating a {claims:,}-claim database: {path}")
    meta = build_db(path, claims=claims, seed=seed, progress=progress)
    meta_path.write_text(json.dumps(meta, indent=2))
    if progress:
        log(f"  done in {meta['seconds']['total']:.1f} s, {meta['bytes'] / 1e6:.0f} MB, counts {meta['counts']}")
    return path, meta


# --- article files ---------------------------------------------------------------------


def write_articles(directory: Path, *, count: int, seed: int = DEFAULT_SEED) -> dict:
    """``count`` article files, each with its metadata block; one case per story."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    written = mentions = stories_ = 0
    for story, articles in corpus.stories(seed, sources=count):
        stories_ += 1
        for article in articles:
            (directory / article.filename).write_text(article.file_text(story.case), encoding="utf-8")
            written += 1
            mentions += len(article.mentions)
    return {"files": written, "stories": stories_, "stated_facts": mentions,
            "seconds": round(time.perf_counter() - started, 2)}


def cached_articles(count: int, *, seed: int = DEFAULT_SEED, cache: Path = CACHE) -> tuple[Path, dict]:
    digest = hashlib.sha256((HERE / "corpus.py").read_bytes()).hexdigest()[:12]
    directory = cache / f"articles-{count}-seed{seed}-{digest}"
    meta_path = directory.with_suffix(".json")
    if directory.is_dir() and meta_path.exists():
        return directory, json.loads(meta_path.read_text())
    import shutil

    for old in cache.glob(f"articles-{count}-seed{seed}-*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    meta = write_articles(directory, count=count, seed=seed)
    meta_path.write_text(json.dumps(meta, indent=2))
    return directory, meta


# --- check: the fast path equals claimtrack's own, call by call ---------------------------


def build_with_api(path: Path, *, stories: int, seed: int, tmp: Path) -> dict:
    """The same corpus through claimtrack's functions, as its commands call them."""
    from claimtrack import claims, conflicts, sources, storage
    from claimtrack.context import Actor

    clock = Clock(datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc))
    conn = storage.connect(path, now=clock())
    actor = Actor(clock=clock, _name=EDITOR)
    mapping: dict[str, str] = {}
    articles_dir = tmp / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    for story, articles in corpus.stories(seed, claims=None, sources=None, case=DB_CASE):
        if story.index >= stories:
            break
        ops = story_work(seed, story, articles)
        ids_by_number = {}
        refs = {}
        with storage.write(conn):
            for op in ops:
                kind = op[0]
                if kind == "source":
                    article = op[1]
                    file = articles_dir / article.filename
                    file.write_text(article.file_text(None), encoding="utf-8")
                    item = sources.read_file(file)
                    item.origin = f"articles/{article.filename}"
                    ids_by_number[article.number] = sources.add(conn, actor, item, {"case": story.case})
                elif kind == "claim":
                    _, ref, article, mention, status, origin, tags = op
                    claim_id = claims.add(conn, actor, statement=mention.statement,
                                          source=ids_by_number[article.number], quote=mention.quote,
                                          key=f"{story.slug}.{mention.attr}", value=mention.value,
                                          value_type=mention.value_type, tags=tags, stance=mention.stance,
                                          attribution=mention.attribution, status=status, origin=origin,
                                          near=mention.start if origin == "extract" else None)
                    refs[ref] = claim_id
                elif kind == "link":
                    _, ref, article, mention = op
                    claims.link(conn, actor, claim=refs[ref], source=ids_by_number[article.number],
                                quote=mention.quote, stance=mention.stance, attribution=mention.attribution)
                elif kind == "status":
                    claims.set_status(conn, actor, refs[op[1]], op[2])
                elif kind == "reject":
                    claims.reject(conn, actor, [refs[op[1]]])
                elif kind == "verdict":
                    claims.set_verdict(conn, actor, refs[op[1]], op[2])
                elif kind == "note":
                    claims.add_note(conn, actor, refs[op[1]], op[2], url=op[3], stance=op[4])
        mapping.update({f"{story.index}:{ref}": cid for ref, cid in refs.items()})
    with storage.write(conn):
        decisions(conn, seed, actor)
    conn.close()
    return mapping


def _table(conn, sql):
    return [dict(row) for row in conn.execute(sql)]


def check(stories: int = 40, seed: int = DEFAULT_SEED) -> bool:
    """Build the first ``stories`` stories both ways and compare the tables."""
    import re
    import tempfile

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        fast, slow = tmp / "fast.db", tmp / "slow.db"
        claims_wanted = 0
        for story, articles in corpus.stories(seed, case=DB_CASE):
            if story.index >= stories:
                break
            claims_wanted += sum(1 for op in story_work(seed, story, articles) if op[0] == "claim")
        # build_db stops once it has at least this many claims: the same stories.
        meta = build_db(fast, claims=claims_wanted, seed=seed, progress=False)
        build_with_api(slow, stories=stories, seed=seed, tmp=tmp)
        a, b = sqlite3.connect(fast), sqlite3.connect(slow)
        a.row_factory = b.row_factory = sqlite3.Row
        stamps = {"added_at", "created_at", "updated_at", "at", "extracted_at"}
        problems = []

        def strip(rows, drop=()):
            return [{k: v for k, v in r.items() if k not in stamps and k not in drop} for r in rows]

        # Claims are matched through their first appearance (source and offset), which both builds share.
        def claim_keys(conn):
            return {r["claim_id"]: (r["source_id"], r["start"]) for r in conn.execute(
                "SELECT claim_id, source_id, min(start) AS start FROM appearances a"
                " WHERE a.rowid = (SELECT min(rowid) FROM appearances WHERE claim_id = a.claim_id)"
                " GROUP BY claim_id")}

        ka, kb = claim_keys(a), claim_keys(b)
        by_anchor_b = {v: k for k, v in kb.items()}
        cmap = {ca: by_anchor_b.get(anchor) for ca, anchor in ka.items()}
        if len(ka) != len(kb) or None in cmap.values():
            problems.append(f"claims differ: fast {len(ka)}, api {len(kb)}")

        def remap(text):
            if not isinstance(text, str):
                return text
            return re.sub(r"c[0-9a-z]{20}", lambda m: cmap.get(m.group(0), m.group(0)), text)

        if strip(_table(a, "SELECT * FROM sources ORDER BY id")) != strip(_table(b, "SELECT * FROM sources ORDER BY id")):
            problems.append("sources differ")
        rows_a = sorted((remap(r["id"]), json.dumps(strip([r], {"id"})[0], sort_keys=True))
                        for r in _table(a, "SELECT * FROM claims"))
        rows_b = sorted((r["id"], json.dumps(strip([r], {"id"})[0], sort_keys=True)) for r in _table(b, "SELECT * FROM claims"))
        if rows_a != rows_b:
            diff = [(x, y) for x, y in zip(rows_a, rows_b) if x != y][:3]
            problems.append(f"claims differ: {diff}")
        for table, order in (("appearances", "claim_id, source_id, start"), ("claim_tags", "claim_id, tag"),
                             ("notes", "claim_id, text")):
            ra = sorted(json.dumps({k: remap(v) if k == "claim_id" else v for k, v in r.items()}, sort_keys=True)
                        for r in strip(_table(a, f"SELECT * FROM {table}"), {"id"}))
            rb = sorted(json.dumps(r, sort_keys=True) for r in strip(_table(b, f"SELECT * FROM {table}"), {"id"}))
            if ra != rb:
                diff = [(x, y) for x, y in zip(ra, rb) if x != y][:2]
                problems.append(f"{table} differ: {diff}")
        def sides(row):
            """Claim IDs are random, and sides list them in ID order: compare them as sets."""
            data = json.loads(row["sides_json"])
            for side in data["sides"] + data["unresolved"]:
                side["claims"] = sorted(side["claims"])
                side["quotes"] = sorted(side["quotes"], key=lambda q: json.dumps(q, sort_keys=True))
            resolution = json.loads(row["resolution"]) if row["resolution"] else None
            if resolution:
                resolution["claims"] = sorted(resolution["claims"])
            return {**row, "sides_json": data, "resolution": resolution}

        ca = sorted(json.dumps(sides({k: remap(v) for k, v in r.items()}), sort_keys=True)
                    for r in strip(_table(a, "SELECT * FROM conflicts")))
        cb = sorted(json.dumps(sides(r), sort_keys=True) for r in strip(_table(b, "SELECT * FROM conflicts")))
        if ca != cb:
            diff = [(x, y) for x, y in zip(ca, cb) if x != y][:2]
            problems.append(f"conflicts differ ({len(ca)} vs {len(cb)}): {diff}")

        # History: the same entries per record, in the same order; conflict detections are compared by
        # what was detected, not by the wording of the note (an incremental build detects a conflict as
        # soon as its second side arrives, so its note names fewer outlets).
        def hist(conn, remapping):
            out = []
            for r in conn.execute("SELECT * FROM history ORDER BY rowid"):
                r = dict(r)
                note = None if r["entity"] == "conflict" else remapping(r["note"])
                new = None if r["entity"] == "note" else remapping(r["new"])
                conflict = r["entity"] == "conflict" and r["action"] in ("detect", "reopen", "clear")
                out.append((r["entity"], remapping(r["claim_id"]) if r["entity"] != "conflict" else None,
                            r["entity_id"] if r["entity"] in ("source", "conflict") else None,
                            r["action"], None if conflict else r["field"], None if conflict else r["old"], new, note,
                            r["author"]))
            return sorted(out, key=lambda x: tuple("" if v is None else str(v) for v in x))

        ha, hb = hist(a, remap), hist(b, lambda x: x)
        if ha != hb:
            diff = [(x, y) for x, y in zip(ha, hb) if x != y][:2]
            problems.append(f"history differs ({len(ha)} vs {len(hb)} entries): {diff}")
        summary = {"stories": stories, "claims": len(ka), "conflicts": meta["counts"]["conflicts"],
                   "active": meta["counts"]["active_conflicts"]}
        if problems:
            log("check FAILED: " + json.dumps(summary))
            for problem in problems:
                log("  " + problem[:2000])
            return False
        log("check passed: the fast path wrote exactly what claimtrack's own functions write " + json.dumps(summary))
        return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    art = sub.add_parser("articles", help="write article files (one case per story, in their metadata)")
    art.add_argument("directory", type=Path)
    art.add_argument("--count", type=int, default=5000)
    art.add_argument("--seed", type=int, default=DEFAULT_SEED)
    db = sub.add_parser("db", help="write a ready database of about N claims")
    db.add_argument("path", type=Path)
    db.add_argument("--claims", type=int, default=100_000)
    db.add_argument("--seed", type=int, default=DEFAULT_SEED)
    db.add_argument("--case", default=DB_CASE, help="the one case holding every story (default: %(default)s)")
    chk = sub.add_parser("check", help="build a small corpus both ways and compare")
    chk.add_argument("--stories", type=int, default=40)
    chk.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.command == "articles":
        meta = write_articles(args.directory, count=args.count, seed=args.seed)
        print(json.dumps(meta))
    elif args.command == "db":
        meta = build_db(args.path, claims=args.claims, seed=args.seed, case=args.case)
        print(json.dumps(meta, indent=2))
    else:
        return 0 if check(args.stories, args.seed) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
