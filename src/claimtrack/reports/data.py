"""A case gathered for publishing: plain dicts, streamed claim by claim.

Every format reads the case through here, so they agree on what a claim, its
appearances and its conflict are. Claims come in key order, in batches, with
one query per batch for each related table: memory follows the batch size,
not the size of the case.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from claimtrack import conflicts, ids
from claimtrack.errors import InvalidInput

BATCH = 500
REPORTED_STATUSES = ("unverified", "in-review", "done")
EDITIONS = ("published", "internal")
VERDICT_LABELS = {
    "true": "True",
    "mostly-true": "Mostly true",
    "mixed": "Mixed",
    "mostly-false": "Mostly false",
    "false": "False",
    "unproven": "Unproven",
}
DECISION_ACTIONS = ("confirm", "dismiss", "resolve", "reopen")
_FIRST_WORDS = 6
_PUBLIC_NOTES = " AND visibility = 'public'"


def outlet_label(outlet: str | None, source_id: str, title: str | None = None, url: str | None = None,
                 opening: str | None = None) -> str:
    """How an article's outlet is named to readers: the outlet, else what is known of the article
    (its address's site, its headline, its first words); never an internal ID unless nothing is known."""
    if outlet:
        return outlet
    host = _host(url)
    if host:
        return host
    if title:
        return f"unnamed outlet (\u201c{' '.join(title.split())}\u201d)"
    words = [word.strip("\u201c\u201d\"'") for word in (opening or "").split()]
    words = [word for word in words if word]
    if words:
        more = "\u2026" if len(words) > _FIRST_WORDS else ""
        return f"unnamed outlet (article beginning \u201c{' '.join(words[:_FIRST_WORDS])}{more}\u201d)"
    return f"unknown outlet ({ids.short(source_id)})"


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None


def verdict_label(verdict: str | None, scale: list[dict] | None = None) -> str:
    for rating in scale or ():
        if rating["name"] == verdict:
            return rating["label"]
    return VERDICT_LABELS.get(verdict or "", verdict or "No verdict yet")


@dataclass
class Report:
    """What to publish (a case, optionally narrowed by key prefix or tag), in which edition, and as whom.

    The published edition holds what a reader should see: rated claims, public
    notes, no keys, IDs or tool history. The internal edition holds everything.
    """

    conn: sqlite3.Connection
    case: str
    now: str
    key: str | None = None
    tag: str | None = None
    status: str | None = None  # only claims at this point of the work (done: the checks finished)
    org_name: str | None = None
    org_url: str | None = None
    report_url: str | None = None
    title: str | None = None
    edition: str = "published"
    settings: dict = field(default_factory=dict)
    scale: list = field(default_factory=list)
    verdicts: dict = field(default_factory=dict)  # claim ID -> verdict, as the summary pass read them
    _source_numbers: dict[str, int] | None = field(default=None, repr=False)
    _source_labels: dict[str, str] | None = field(default=None, repr=False)
    _last_state: tuple[str, str | None] | None = field(default=None, repr=False)

    @property
    def internal(self) -> bool:
        return self.edition == "internal"

    @property
    def date(self) -> str:
        return self.now[:10]

    @property
    def published_date(self) -> str:
        """When the report was first published (report.published), else the date it is made."""
        return self.settings.get("report.published") or self.date

    @property
    def updated_date(self) -> str | None:
        return self.date if self.date > self.published_date else None

    @property
    def heading(self) -> str:
        return self.title or f"Fact-check: {self.case}"

    def label(self, verdict: str | None) -> str:
        return verdict_label(verdict, self.scale)

    def outlet(self, source_id: str) -> str:
        """The readers' name of a source's outlet (see :func:`outlet_label`)."""
        if self._source_labels is None:
            self._source_labels = {
                row["id"]: outlet_label(row["outlet"], row["id"], row["title"], row["url"], row["opening"])
                for row in self.conn.execute("SELECT id, outlet, title, url, substr(text, 1, 300) AS opening"
                                             " FROM sources WHERE case_name = ?", (self.case,))
            }
        return self._source_labels.get(source_id) or f"unknown outlet ({ids.short(source_id)})"

    @property
    def filtered(self) -> bool:
        return bool(self.key or self.tag or self.status)

    def claim_url(self, claim_id: str) -> str | None:
        if not self.report_url:
            return None
        return f"{self.report_url.split('#', 1)[0]}#claim-{claim_id}"

    # --- claims ---------------------------------------------------------------

    def _claim_filter(self, statuses: tuple[str, ...] | None, verdict_only: bool = False) -> tuple[str, list]:
        where, params = ["c.case_name = ?"], [self.case]
        if verdict_only:
            where.append("c.verdict IS NOT NULL")
        if self.key:
            where.append("substr(c.key, 1, ?) = ?")
            params.extend([len(self.key), self.key])
        if self.tag:
            where.append("c.id IN (SELECT claim_id FROM claim_tags WHERE tag = ?)")
            params.append(self.tag)
        if self.status:
            where.append("c.status = ?")
            params.append(self.status)
        if statuses is not None:
            where.append(f"c.status IN ({','.join('?' * len(statuses))})")
            params.extend(statuses)
        return " WHERE " + " AND ".join(where), params

    def claims(self, *, statuses: tuple[str, ...] | None = REPORTED_STATUSES, full: bool = True,
               verdict_only: bool = False) -> Iterator[dict]:
        """Claims in key order; ``full`` adds notes, history and the key's conflict.

        The published edition holds rated claims only, each with its public notes.
        """
        where, params = self._claim_filter(statuses, verdict_only or not self.internal)
        cursor = self.conn.execute(
            f"SELECT c.* FROM claims c{where} ORDER BY c.key IS NULL, c.key, c.created_at, c.id", params
        )
        while True:
            rows = cursor.fetchmany(BATCH)
            if not rows:
                return
            yield from self._complete([_claim(row) for row in rows], full)

    def claim_count(self, statuses: tuple[str, ...] | None = REPORTED_STATUSES) -> int:
        where, params = self._claim_filter(statuses, not self.internal)
        return self.conn.execute(f"SELECT count(*) FROM claims c{where}", params).fetchone()[0]

    def _complete(self, batch: list[dict], full: bool) -> list[dict]:
        by_id = {claim["id"]: claim for claim in batch}
        marks = ",".join("?" * len(by_id))
        claim_ids = list(by_id)
        numbers = self.source_numbers()
        for row in self.conn.execute(
            "SELECT a.*, s.outlet, s.title, s.url, s.author, s.published FROM appearances a"
            f" JOIN sources s ON s.id = a.source_id WHERE a.claim_id IN ({marks})"
            " ORDER BY a.claim_id, coalesce(s.published, '9999'), s.outlet, a.source_id, a.start, a.id",
            claim_ids,
        ):
            appearance = _appearance(row)
            appearance["source_number"] = numbers.get(row["source_id"])
            by_id[row["claim_id"]]["appearances"].append(appearance)
        for row in self.conn.execute(
            f"SELECT claim_id, tag FROM claim_tags WHERE claim_id IN ({marks}) ORDER BY claim_id, tag", claim_ids
        ):
            by_id[row["claim_id"]]["tags"].append(row["tag"])
        for claim in batch:
            for appearance in claim["appearances"]:
                appearance["outlet_label"] = self.outlet(appearance["source"])
            claim["outlets"] = sorted({a["outlet_label"] for a in claim["appearances"]})
        if not full:
            return batch
        for claim in batch:
            claim["notes"], claim["history"], claim["conflict"] = [], [], None
        for row in self.conn.execute(
            "SELECT id, claim_id, text, url, archive_url, stance, visibility, author, created_at FROM notes"
            f" WHERE claim_id IN ({marks}){'' if self.internal else _PUBLIC_NOTES}"
            " ORDER BY claim_id, created_at, id",
            claim_ids,
        ):
            note = dict(row)
            by_id[note.pop("claim_id")]["notes"].append(note)
        for row in self.conn.execute(
            f"SELECT * FROM history WHERE claim_id IN ({marks}) ORDER BY claim_id, at, action != 'create', id", claim_ids
        ):
            by_id[row["claim_id"]]["history"].append(_history(row))
        keys = sorted({claim["key"] for claim in batch if claim["key"]})
        if keys:
            found = {}
            for row in self.conn.execute(
                "SELECT * FROM conflicts WHERE case_name = ? AND (active = 1 OR unresolved > 0)"
                f" AND key IN ({','.join('?' * len(keys))})",
                [self.case, *keys],
            ):
                found[row["key"]] = conflicts.record_dict(row)
            for claim in batch:
                claim["conflict"] = found.get(claim["key"])
        return batch

    def conflict_state(self, key: str | None) -> str | None:
        """The state of the conflict standing on ``key`` (None if none); claims come in key order, so one is kept."""
        if not key:
            return None
        if self._last_state and self._last_state[0] == key:
            return self._last_state[1]
        row = self.conn.execute("SELECT state, active FROM conflicts WHERE case_name = ? AND key = ?",
                                (self.case, key)).fetchone()
        state = row["state"] if row and row["active"] else None
        self._last_state = (key, state)
        return state

    # --- sources --------------------------------------------------------------

    def _source_query(self, columns: str) -> tuple[str, list]:
        sql = f"SELECT {columns} FROM sources s WHERE s.case_name = ?"
        params: list = [self.case]
        if self.filtered:
            where, claim_params = self._claim_filter(REPORTED_STATUSES)
            sql += f" AND s.id IN (SELECT a.source_id FROM appearances a JOIN claims c ON c.id = a.claim_id{where})"
            params.extend(claim_params)
        return sql + " ORDER BY coalesce(s.published, '9999'), s.outlet IS NULL, s.outlet, s.id", params

    def source_numbers(self) -> dict[str, int]:
        """S1, S2, ...: the order of the source list, by date then outlet."""
        if self._source_numbers is None:
            sql, params = self._source_query("s.id")
            self._source_numbers = {row[0]: n for n, row in enumerate(self.conn.execute(sql, params), start=1)}
        return self._source_numbers

    def sources(self, *, with_text: bool = False) -> Iterator[dict]:
        columns = "s.id, s.case_name, s.outlet, s.title, s.url, s.author, s.published, s.content_hash, s.added_at, s.added_by"
        sql, params = self._source_query(columns + (", s.text" if with_text else ""))
        for number, row in enumerate(self.conn.execute(sql, params), start=1):
            source = {
                "number": number, "id": row["id"], "case": row["case_name"], "outlet": row["outlet"],
                "title": row["title"], "url": row["url"], "author": row["author"], "published": row["published"],
                "content_hash": row["content_hash"], "added_at": row["added_at"], "added_by": row["added_by"],
            }
            if with_text:
                source["text"] = row["text"]
            yield source

    # --- conflicts, corrections, other history ---------------------------------

    def _conflict_query(self, where: str = "") -> tuple[str, list]:
        sql = "SELECT * FROM conflicts WHERE case_name = ?" + where
        params: list = [self.case]
        if self.key:
            sql += " AND substr(key, 1, ?) = ?"
            params.extend([len(self.key), self.key])
        if self.tag:
            sql += " AND key IN (SELECT c.key FROM claims c JOIN claim_tags t ON t.claim_id = c.id WHERE c.case_name = ? AND t.tag = ?)"
            params.extend([self.case, self.tag])
        return sql + " ORDER BY key", params

    def disagreements(self) -> Iterator[dict]:
        """Where the outlets disagree, once per fact: the standing conflicts (a published edition leaves
        out those dismissed as no real contradiction), each side's outlets named for readers, and the
        other values reported for the same fact, which fit a side or both (bounds, ranges, approximations)."""
        states = ("open", "confirmed", "resolved") + (("dismissed",) if self.internal else ())
        sql, params = self._conflict_query(f" AND active = 1 AND state IN ({','.join('?' * len(states))})")
        params[1:1] = states
        for row in self.conn.execute(sql, params).fetchall():
            record = conflicts.record_dict(row)
            on_sides = set()
            for side in record["sides"]:
                on_sides.update(side["claims"])
                for quote in side["quotes"]:
                    quote["outlet_label"] = self.outlet(quote["source"])
                side["outlet_labels"] = sorted({quote["outlet_label"] for quote in side["quotes"]})
            record["also"] = []
            for claim in self.conn.execute(
                "SELECT c.id, c.value, a.quote, a.source_id FROM claims c JOIN appearances a ON a.claim_id = c.id"
                " WHERE c.case_name = ? AND c.key = ? AND c.status NOT IN ('candidate', 'rejected', 'retracted')"
                " ORDER BY c.value, a.source_id, a.start", (self.case, row["key"])
            ):
                if claim["id"] not in on_sides:
                    record["also"].append({"claim": claim["id"], "value": claim["value"], "quote": claim["quote"],
                                           "source": claim["source_id"], "outlet_label": self.outlet(claim["source_id"])})
            yield record

    def conflicts(self) -> Iterator[dict]:
        """Every conflict record of the case (cleared ones too), with its history."""
        sql, params = self._conflict_query()
        for row in self.conn.execute(sql, params):
            record = conflicts.record_dict(row)
            record["history"] = [
                _history(h) for h in self.conn.execute(
                    "SELECT * FROM history WHERE entity_id = ? ORDER BY at, id", (row["id"],)
                )
            ]
            yield record

    def corrections(self) -> Iterator[dict]:
        """Verdicts changed after a first verdict, oldest first."""
        where, params = self._claim_filter(REPORTED_STATUSES, not self.internal)
        for row in self.conn.execute(
            "SELECT h.*, c.statement FROM history h JOIN claims c ON c.id = h.claim_id"
            f"{where} AND h.action = 'verdict' AND h.old IS NOT NULL AND h.old IS NOT h.new ORDER BY h.at, h.id",
            params,
        ):
            entry = _history(row)
            entry["statement"] = row["statement"]
            yield entry

    def case_history(self) -> Iterator[dict]:
        """History of the case and its sources (claims and conflicts carry their own)."""
        for row in self.conn.execute(
            "SELECT * FROM history WHERE claim_id IS NULL AND entity != 'conflict'"
            " AND (entity_id = ? OR entity_id IN (SELECT id FROM sources WHERE case_name = ?)) ORDER BY at, id",
            (self.case, self.case),
        ):
            yield _history(row)


def open_report(conn: sqlite3.Connection, case: str, now: str, *, key: str | None = None, tag: str | None = None,
                settings: dict | None = None, edition: str = "published", status: str | None = None) -> Report:
    from claimtrack import verdicts

    if not conn.execute("SELECT 1 FROM cases WHERE name = ?", (case,)).fetchone():
        raise InvalidInput(f"no case {case!r}")
    if edition not in EDITIONS:
        raise InvalidInput(f"unknown edition {edition!r}; choose one of: {', '.join(EDITIONS)}")
    settings = settings or {}
    return Report(
        conn=conn, case=case, now=now, key=key.strip().lower() if key else None,
        tag=tag.strip().lower() if tag else None, org_name=settings.get("org.name"),
        org_url=settings.get("org.url"), report_url=settings.get("report.url"), title=settings.get("report.title"),
        edition=edition, settings=settings, scale=verdicts.scale(conn), status=status,
    )


def _claim(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"], "case": row["case_name"], "statement": row["statement"], "key": row["key"],
        "value": row["value"], "value_type": row["value_type"], "normalized": row["normalized"],
        "status": row["status"], "verdict": row["verdict"], "rationale": row["rationale"], "tags": [], "appearances": [],
        "created_at": row["created_at"], "created_by": row["created_by"], "updated_at": row["updated_at"],
    }


def _appearance(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"], "source": row["source_id"], "outlet": row["outlet"], "title": row["title"],
        "url": row["url"], "author": row["author"], "published": row["published"], "quote": row["quote"],
        "start": row["start"], "end": row["end"], "before": row["before"], "after": row["after"],
        "stance": row["stance"], "attribution": row["attribution"], "normalized": row["normalized"],
        "created_at": row["created_at"], "created_by": row["created_by"], "field": row["field"],
    }


def _history(row: sqlite3.Row) -> dict:
    entry = {name: row[name] for name in
             ("id", "at", "author", "entity", "entity_id", "claim_id", "action", "field", "old", "new", "note")}
    if entry["note"] and entry["action"] in _NOTED_FILES:
        entry["note"] = without_local_paths(entry["note"])
    return entry


_NOTED_FILES = ("add", "import", "diverge", "value-source")  # entries whose note may name a file on someone's disk
_PATH_PARTS = re.compile(r"[\\/]")


def without_local_paths(note: str) -> str:
    """A note with each file path cut to its file's name (web addresses kept): where a file sat on one
    person's disk is nobody else's business, and means nothing on another machine."""
    return " ".join(word if "://" in word or not _PATH_PARTS.search(word.rstrip("/\\:"))
                    else _PATH_PARTS.split(word.rstrip("/\\"))[-1] for word in note.split(" "))


def first_appearance(appearances: Iterable[dict]) -> dict | None:
    """The earliest dated appearance; None when no source has a date (never guessed)."""
    dated = [a for a in appearances if a["published"]]
    return min(dated, key=lambda a: (a["published"], a["source"])) if dated else None


def describe_change(entry: dict) -> str:
    """One history entry in words, for the per-claim history and the corrections log."""
    action, field_, old, new = entry["action"], entry["field"], entry["old"], entry["new"]
    if action == "create":
        return f"created: {new}"
    if action == "link":
        return f"linked to source {ids.short(new or '')}: \u201c{entry['note'] or ''}\u201d"
    if action == "note":
        return f"evidence note added ({field_})"
    if action in ("status", "verdict", "edit", "accept", "reject") and field_:
        text = f"{field_} changed from {old or 'none'} to {new or 'none'}"
        return text + (f" ({entry['note']})" if entry["note"] else "")
    text = action + (f" {field_}" if field_ else "")
    if new:
        text += f": {new}"
    return text + (f" ({entry['note']})" if entry["note"] else "")


class Evidence:
    """The public notes of the claims as a report writes them, each source once (same words and
    addresses), in the order first cited, with the numbers of the claims it is cited for."""

    def __init__(self) -> None:
        self.notes: dict[tuple, dict] = {}
        self.cited: dict[tuple, list[int]] = {}

    def add(self, number: int, claim: dict) -> None:
        for note in claim["notes"]:
            if note["visibility"] == "public":
                found = (" ".join(note["text"].split()), note["url"] or "", note["archive_url"] or "")
                self.notes.setdefault(found, note)
                self.cited.setdefault(found, []).append(number)

    def __iter__(self):
        """(note, the claims it is cited for, sorted) for each source."""
        return ((self.notes[found], sorted(set(numbers))) for found, numbers in self.cited.items())

    def __bool__(self) -> bool:
        return bool(self.cited)
