"""Contradictions between outlets, detected key by key, and their life cycle.

A key's appearances are grouped into *sides*: one per distinct normalized
value (read against each source's own publication date) and stance. Two sides
conflict when their values cannot both hold and different outlets state them.
Detection touches one key at a time, so its cost follows the number of claims,
never their pairs across the case.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import namedtuple
from functools import lru_cache
from itertools import groupby

from claimtrack import history, ids, lookup, storage
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput, InvalidTransition, NotFound

STATES = ("open", "confirmed", "dismissed", "resolved")
LISTED_STATES = ("open", "confirmed")
# state -> the decisions that may follow it
DECISIONS = {
    "open": ("confirm", "dismiss", "resolve"),
    "confirmed": ("dismiss", "resolve", "reopen"),
    "dismissed": ("reopen",),
    "resolved": ("reopen",),
}
_DECISION_STATE = {"confirm": "confirmed", "dismiss": "dismissed", "resolve": "resolved", "reopen": "open"}

# Words that name no one in particular in an attribution ("Russian news agency
# TASS reported" and "according to TASS" share TASS).
_GENERIC = {
    "according", "to", "the", "a", "an", "said", "says", "reported", "reports", "told", "news", "agency",
    "russian", "chinese", "american", "ukrainian", "state", "media", "official", "officials", "statement",
    "transcript", "report", "spokesman", "spokeswoman", "spokesperson", "ministry", "of", "in", "by", "from",
    "and", "on", "for", "with", "as", "its", "his", "her", "their", "per", "cited", "citing", "quoted",
}


# Plain namedtuples, not typing.NamedTuple: importing typing would cost every read ~5 ms.
class Appearance(namedtuple("Appearance", "claim_id claim_status value_raw source_id outlet published stance"
                                          " attribution quote context value normalized start credit field",
                            defaults=(0, None, None))):
    """One appearance of a key's claim, as detection weighs it: ``value`` is its
    ``values.Value`` (or None), ``normalized`` that value's canonical text, ``start``
    where its quote begins in its source, ``credit`` the wire agencies its source
    credits (``sources.credit``), ``field`` "title" for a quote from its headline."""

    __slots__ = ()


class Side:
    """The appearances that give one value, with one stance."""

    __slots__ = ("value", "normalized", "stance", "resolved", "appearances")

    def __init__(self, value: str | None, normalized: str | None, stance: str, resolved: bool) -> None:
        self.value = value
        self.normalized = normalized
        self.stance = stance
        self.resolved = resolved
        self.appearances: list[Appearance] = []

    @property
    def claims(self) -> list[str]:
        return sorted({a.claim_id for a in self.appearances})

    @property
    def sources(self) -> list[str]:
        return sorted({a.source_id for a in self.appearances})

    @property
    def outlets(self) -> list[str]:
        return sorted({outlet_name(a.outlet, a.source_id) for a in self.appearances})

    @property
    def unreviewed(self) -> bool:
        return all(a.claim_status == "candidate" for a in self.appearances)


def outlet_name(outlet: str | None, source_id: str) -> str:
    return outlet or f"unknown outlet ({ids.short(source_id)})"


def attribution_origin(attribution: str | None) -> frozenset[str]:
    """The names an attribution credits: 'according to TASS' -> {'tass'}."""
    if not attribution:
        return frozenset()
    words = re.findall(r"[A-Za-z][\w'.-]*", attribution)
    names = {w.lower().strip(".'") for w in words if (w[0].isupper() or w.isupper()) and w.lower() not in _GENERIC}
    return frozenset(names)


def independent_count(appearances: list[Appearance]) -> int:
    """Sources count once per outlet, per credited origin (an attribution, or the wire
    agency the source credits), and per copied wire text."""
    from claimtrack.wire import names as credited
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for appearance in appearances:
        node = "source:" + appearance.source_id
        find(node)
        if appearance.outlet:
            union(node, "outlet:" + appearance.outlet.casefold())
        for name in attribution_origin(appearance.attribution) | set(credited(appearance.credit)):
            union(node, "origin:" + name)
        union(node, "text:" + " ".join(appearance.context.casefold().split()))
    return len({find("source:" + a.source_id) for a in appearances})


# A key's claims and its appearances are read apart, each by (case, key) from an index in key
# order, and joined here: a run of keys then reads neighbouring index entries, where a join
# through claim_id looked each claim up at random across the whole appearances index (at a
# million claims, 14x what it cost at 100,000).
_CLAIMS = ("SELECT id, status, value FROM claims WHERE case_name = ? AND key IN ({keys})"
           " AND status NOT IN ('rejected', 'retracted')")
_APPEARANCES = """
    SELECT a.key, a.claim_id, a.source_id, s.outlet, coalesce(s.published_at, s.published), a.stance, a.attribution,
           a.quote, a.before, a.after, a.value_json, a.start, s.credit, a.field
    FROM appearances a JOIN sources s ON s.id = a.source_id
    WHERE a.case_name = ? AND a.key IN ({keys}) AND a.value_json IS NOT NULL
    ORDER BY a.key, a.claim_id, a.source_id, a.start
"""


def _load_appearances(conn: sqlite3.Connection, case: str, keys: list[str]) -> dict[str, list[Appearance]]:
    """The appearances that state a value for each of these keys (at most 500 keys: two queries)."""
    rows = conn.cursor()
    rows.row_factory = None  # plain tuples: a detection run reads every appearance of every key
    marks = ",".join("?" * len(keys))
    claims = {claim_id: (status, raw)
              for claim_id, status, raw in rows.execute(_CLAIMS.format(keys=marks), [case, *keys])}
    out: dict[str, list[Appearance]] = {}
    for key, claim_id, source_id, outlet, published, stance, attribution, quote, before, after, value_json, start, \
            credit, field \
            in rows.execute(_APPEARANCES.format(keys=marks), [case, *keys]):
        claim = claims.get(claim_id)
        if claim is None:  # rejected
            continue
        value, normalized = _stored_value(value_json)
        if value.type == "text" and not value.raw:
            continue
        out.setdefault(key, []).append(Appearance(
            claim_id, claim[0], claim[1], source_id, outlet, published, stance, attribution, quote,
            f"{before} {quote} {after}", value, normalized, start, credit, field))
    return out


@lru_cache(maxsize=8192)  # values are frozen, and a case's appearances state the same values again and again
def _stored_value(value_json: str) -> tuple[object, str | None]:
    """A stored value and its canonical form."""
    from claimtrack import values

    value = values.Value.from_json(json.loads(value_json))
    return value, value.canonical()


def build_sides(appearances: list[Appearance]) -> tuple[list[Side], list[Side]]:
    """Resolved sides (one per value and stance) and unresolved ones."""
    resolved: dict[tuple, Side] = {}
    unresolved: dict[tuple, Side] = {}
    # (in a stable order, which names each side by its first wording: "3" or "Three" may be one side's, and the
    # appearances come in their claims' order, whose IDs are random)
    for appearance in sorted(appearances, key=lambda a: (a.published or "", a.outlet or "", a.source_id, a.start,
                                                         a.value_raw or "", a.claim_id)):
        value, normalized = appearance.value, appearance.normalized
        if not value.resolved:
            groups, group_key = unresolved, (appearance.value_raw, appearance.stance)
        else:
            groups, group_key = resolved, (normalized or "text:" + " ".join(value.raw.casefold().split()),
                                           appearance.stance)
        group = groups.get(group_key)
        if group is None:
            group = groups[group_key] = Side(appearance.value_raw, normalized, appearance.stance, value.resolved)
        group.appearances.append(appearance)
    order = lambda side: (side.stance, side.normalized or "", side.value or "")
    return sorted(resolved.values(), key=order), sorted(unresolved.values(), key=order)


class Detection(namedtuple("Detection", "case key sides unresolved pairs relations set_aside headline others")):
    """A key's sides (lists of :class:`Side`), the pairs of sides, (i, j), that are flagged
    (a contradiction or an update), each side's relation to the side it was weighed against
    (``relations[i]``: class, reason and that side's index, or None for the side of
    reference), and what each source said besides the figure it reports."""

    __slots__ = ()

    @property
    def conflicting(self) -> bool:
        return bool(self.pairs)


def _detect(case: str, key: str, appearances: list[Appearance], events=None) -> Detection:
    from claimtrack import disagreement

    reported, set_aside = disagreement.reported_figures(appearances, disagreement.credited_apart(key))
    sides, unresolved = build_sides(reported)
    relations = disagreement.classify(key, sides, events, reasons=False)
    pairs = [(i, j) for i, j, kind, _ in relations.pairs if kind in disagreement.FLAGGED]
    involved = sorted({i for pair in pairs for i in pair})
    if not involved:
        return Detection(case, key, [], unresolved, [], [], set_aside, None, [])
    remap = {old: new for new, old in enumerate(involved)}
    kept = []
    for old in involved:
        relation = relations.of_side[old]
        if relation is not None:
            other = relation[2]
            relation = (relation[0], relation[1], remap.get(other))
        kept.append(relation)
    if len(involved) == 2:
        kept = [None, None]  # the conflict's own class and reason say it all
    # the values no flagged pair involves, each with why it is not a conflict ("at least 26" fits 72)
    others = [(sides[i], relations.of_side[i]) for i in range(len(sides)) if i not in remap]
    return Detection(case, key, [sides[i] for i in involved], unresolved, [(remap[i], remap[j]) for i, j in pairs],
                     kept, set_aside, disagreement.headline(relations.of_side, relations.pairs), others)


def side_json(side: Side, relation: tuple | None = None) -> dict:
    values_seen = sorted({a.value_raw for a in side.appearances if a.value_raw})
    return {
        "value": side.value if len(values_seen) <= 1 else " / ".join(values_seen),
        "class": relation[0] if relation else None,
        "reason": relation[1] if relation else None,
        "normalized": side.normalized,
        "stance": side.stance,
        "claims": side.claims,
        "sources": side.sources,
        "outlets": side.outlets,
        "independent_sources": independent_count(side.appearances),
        "unreviewed": side.unreviewed,
        "quotes": [
            {"claim": a.claim_id, "source": a.source_id, "outlet": outlet_name(a.outlet, a.source_id),
             "published": a.published, "quote": a.quote, "attribution": a.attribution}
            for a in sorted(side.appearances, key=lambda a: (outlet_name(a.outlet, a.source_id), a.source_id, a.claim_id))
        ],
    }


def fingerprint(detection: Detection) -> str:
    """What a decision was about: the contested values, not who states them."""
    import hashlib  # only writers need it: listings skip the import

    shape = [(s.normalized or s.value, s.stance) for s in detection.sides]
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()[:16]


@lru_cache(maxsize=4096)
def conflict_id(case: str, key: str) -> str:
    return ids.derived_id("conflict", case, key)


def refresh_many(conn: sqlite3.Connection, actor: Actor, case: str, keys, events: SourceEvents | None = None) -> None:
    """Recompute the conflict of each of these keys of a case, in key order, reading them
    500 at a time. Decisions hold unless the sides changed."""
    ordered = sorted({key for key in keys if key})
    events = events or SourceEvents(conn)
    events.case = case
    for first in range(0, len(ordered), 500):
        chunk = ordered[first:first + 500]
        appearances = _load_appearances(conn, case, chunk)
        events.take(case, appearances)
        rows = {row["key"]: row for row in conn.execute(
            f"SELECT * FROM conflicts WHERE case_name = ? AND key IN ({','.join('?' * len(chunk))})", [case, *chunk])}
        for key in chunk:
            _refresh(conn, actor, _detect(case, key, appearances.get(key, []), events), rows.get(key))


_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
# A case of at most this many sources has its reports' figures read at once; a larger one (an archive
# filed as one case) report by report, only those on sides that disagree.
CASE_READ_WHOLE = 2000


class SourceEvents:
    """Whether two sets of reports are probably of two incidents (see align.apart), reading each
    report's names and figures once, and only for the sources on sides that disagree. A report's
    names and figures do not change once it is stored, so one instance may serve a whole
    extraction run."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._anchors: dict[str, frozenset] = {}
        self._values: dict[str, dict] = {}
        self._outlets: dict[str, str | None] = {}
        self._cases: dict[str, bool] = {}  # case -> whether its reports' figures are read at once
        self._partial: dict[str, dict] = {}  # in a large case: each report's figures on the keys refreshed
        self.case: str | None = None  # the case being refreshed

    def apart(self, sources_a: list[str], sources_b: list[str]) -> str | None:
        """Why every report of the one is probably of another incident than every report of the other."""
        from claimtrack import align

        why = None
        for a in sources_a:
            for b in sources_b:
                if self.outlet(a) and self.outlet(a) == self.outlet(b):
                    continue  # one outlet's two reports: no comparison between outlets
                why = align.apart(lambda a=a: self.anchors(a), self.values(a, self.case), lambda b=b: self.anchors(b),
                                  self.values(b, self.case))
                if why is None:
                    return None
        return why

    def outlet(self, source_id: str) -> str | None:
        if source_id not in self._outlets:
            row = self.conn.execute("SELECT outlet FROM sources WHERE id = ?", (source_id,)).fetchone()
            self._outlets[source_id] = (row[0] or "").casefold() or None if row else None
        return self._outlets[source_id]

    def anchors(self, source_id: str) -> frozenset:
        if source_id not in self._anchors:
            from claimtrack import align

            row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
            self._anchors[source_id] = align.anchors(row[0] if row else "")
        return self._anchors[source_id]

    def values(self, source_id: str, case: str | None = None) -> dict:
        """The first canonical value the report gives for each key; a date's is its day, with the
        weekday its words name, if any ("date 2014-08-31 sunday").

        A story's reports are read together, in one range of the (case, key) index. A case too
        large for that (an archive filed as one case) is weighed on the keys being refreshed
        (see take): looked up one by one across a large database, each report would land
        anywhere in the appearances index."""
        if source_id not in self._values and case is not None and case not in self._cases:
            self._cases[case] = self._small(case)
            if self._cases[case]:
                rows = self.conn.execute(
                    "SELECT source_id, key, normalized, value_json FROM appearances WHERE case_name = ?"
                    " AND normalized IS NOT NULL ORDER BY source_id, start", (case,))
                for source, group in groupby(rows, key=lambda row: row[0]):
                    self._values[source] = self._first_values(
                        (key, normalized, value_json) for _, key, normalized, value_json in group)
        if source_id not in self._values:
            if case is not None and not self._cases.get(case, True):
                return self._partial.get(source_id, {})
            self._values[source_id] = self._first_values(self.conn.execute(
                "SELECT key, normalized, value_json FROM appearances WHERE source_id = ? AND normalized IS NOT NULL"
                " ORDER BY start", (source_id,)))
        return self._values[source_id]

    def take(self, case: str, appearances: dict[str, list]) -> None:
        """The figures of the keys being refreshed, for weighing the reports of a large case."""
        if case not in self._cases:
            self._cases[case] = self._small(case)
        if self._cases[case]:
            return
        for key, items in appearances.items():
            for a in sorted(items, key=lambda a: a.start):
                found = self._partial.setdefault(a.source_id, {})
                if key in found or not a.normalized:
                    continue
                if key.endswith(".date"):
                    if len(a.normalized) != len("date 2000-01-01"):
                        continue
                    weekday = _WEEKDAY.search(a.value_raw or "")
                    found[key] = a.normalized + (f" {weekday.group(0).lower()}" if weekday else "")
                else:
                    found[key] = a.normalized

    def _small(self, case: str) -> bool:
        return self.conn.execute("SELECT count(*) FROM (SELECT 1 FROM sources WHERE case_name = ? LIMIT ?)",
                                 (case, CASE_READ_WHOLE + 1)).fetchone()[0] <= CASE_READ_WHOLE

    @staticmethod
    def _first_values(rows) -> dict:
        found: dict[str, str] = {}
        for key, normalized, value_json in rows:
            if not key or key in found:
                continue
            if key.endswith(".date"):
                if len(normalized) != len("date 2000-01-01"):
                    continue
                weekday = _WEEKDAY.search(value_json or "")  # the wording is in the stored value
                normalized += f" {weekday.group(0).lower()}" if weekday else ""
            found[key] = normalized
        return found


def _refresh(conn: sqlite3.Connection, actor: Actor, detection: Detection, row: sqlite3.Row | None) -> None:
    """Store one key's detection against its stored conflict row (None: none yet)."""
    case, key = detection.case, detection.key
    if row is None and not detection.conflicting and not detection.unresolved:
        return  # nothing to record (most keys: each new one an extraction run touches)
    # a hash, made only for the keys that have a record; a stored record keeps its ID (its case may have been renamed)
    record_id = row["id"] if row is not None else conflict_id(case, key)
    now = actor.now()
    sides = [side_json(side, relation) for side, relation in zip(detection.sides, detection.relations)]
    unresolved = [side_json(side) for side in detection.unresolved]
    headline = detection.headline
    sides_text = json.dumps({"sides": sides, "pairs": detection.pairs, "unresolved": unresolved,
                             "class": headline[0] if headline else None,
                             "class_reason": headline[1] if headline else None,
                             "others": [side_json(side, relation) for side, relation in detection.others],
                             "set_aside": detection.set_aside},
                            ensure_ascii=False)
    mark = fingerprint(detection)
    unreviewed = int(bool(sides) and any(side["unreviewed"] for side in sides))
    active = int(detection.conflicting)
    if row is None:
        conn.execute(
            "INSERT INTO conflicts (id, case_name, key, state, active, unreviewed, unresolved, fingerprint, sides_json,"
            " reason, resolution, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, NULL, NULL, ?, ?)",
            (record_id, case, key, active, unreviewed, len(unresolved), mark, sides_text, now, now),
        )
        if active:
            history.record(conn, actor, entity="conflict", entity_id=record_id, action="detect", new="open",
                           note=_summary(sides), at=now)
        return
    if row["fingerprint"] == mark and row["active"] == active and row["sides_json"] == sides_text \
            and row["unreviewed"] == unreviewed:
        return
    state = row["state"]
    changed_sides = row["fingerprint"] != mark
    resolution = row["resolution"]
    if active and changed_sides and state != "open" and row["active"]:
        state = "open"
        held = json.loads(resolution) if resolution else None  # kept in the entry: the row's side no longer holds
        history.record(conn, actor, entity="conflict", entity_id=record_id, action="reopen", field="state",
                       old=row["state"], new="open", at=now,
                       note="the sides changed: " + _summary(sides)
                       + (f" (side {held['side'] + 1}, {held.get('value')}, had been held)" if held else ""))
        resolution = None
    elif active and not row["active"]:
        state = "open" if changed_sides else row["state"]
        history.record(conn, actor, entity="conflict", entity_id=record_id, action="detect", field="state",
                       old=row["state"], new=state, note=_summary(sides), at=now)
    elif not active and row["active"]:
        history.record(conn, actor, entity="conflict", entity_id=record_id, action="clear",
                       note="no contradiction remains between outlets", at=now)
    conn.execute(
        "UPDATE conflicts SET state = ?, active = ?, unreviewed = ?, unresolved = ?, fingerprint = ?, sides_json = ?,"
        " resolution = ?, updated_at = ? WHERE id = ?",
        (state, active, unreviewed, len(unresolved), mark, sides_text, resolution, now, record_id),
    )


def _summary(sides: list[dict]) -> str:
    return " vs ".join(f"{s['value']} ({', '.join(s['outlets'])})" for s in sides)


def refresh_keys(conn: sqlite3.Connection, actor: Actor, keys, events: SourceEvents | None = None) -> None:
    """Refresh these (case, key) pairs, case by case in key order. ``events``: what a caller that
    refreshes again and again (an extraction run) keeps of the reports it has read."""
    by_case: dict[str, list[str]] = {}
    for case, key in keys:
        by_case.setdefault(case, []).append(key)
    events = events or SourceEvents(conn)
    for case in sorted(by_case):
        refresh_many(conn, actor, case, by_case[case], events)


def refresh_all(conn: sqlite3.Connection, actor: Actor, case: str | None = None) -> int:
    sql = "SELECT DISTINCT case_name, key FROM claims WHERE key IS NOT NULL"
    params: list = []
    if case:
        sql += " AND case_name = ?"
        params.append(case)
    rows = conn.cursor()
    rows.row_factory = None
    # Plain strings, kept in one list per case: rows or tuples held for the whole run (one per key)
    # would be traversed by every full garbage collection the run triggers.
    by_case: dict[str, list[str]] = {}
    count = 0
    for case_name, key in rows.execute(sql + " ORDER BY case_name, key", params):
        by_case.setdefault(case_name, []).append(key)
        count += 1
    for case_name in sorted(by_case):
        refresh_many(conn, actor, case_name, by_case[case_name])
    return count


# --- reading and deciding ------------------------------------------------------


def record_dict(row: sqlite3.Row) -> dict:
    """A conflicts row as every reader sees it (the CLI, reports)."""
    data = json.loads(row["sides_json"])
    return {
        "id": row["id"],
        "case": row["case_name"],
        "key": row["key"],
        "state": row["state"] if row["active"] else "cleared",
        "unreviewed": bool(row["unreviewed"]),
        "sides": data["sides"],
        "pairs": data["pairs"],
        "unresolved": data["unresolved"],
        "class": data.get("class"),
        "class_reason": data.get("class_reason"),
        "others": data.get("others", []),
        "set_aside": data.get("set_aside", []),
        "reason": row["reason"],
        "resolution": json.loads(row["resolution"]) if row["resolution"] else None,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


_STORED_SIDES = '{"sides": '


def record_json(row: sqlite3.Row) -> str:
    """``json.dumps(record_dict(row), ensure_ascii=False)``, without decoding the stored sides.

    ``sides_json`` holds the sides, pairs and unresolved values in record
    order, encoded as record_dict's JSON encodes them (see refresh), so its
    text is spliced in whole: a listing of 2,000 conflicts then decodes and
    re-encodes nothing but a few scalars.
    """
    stored = row["sides_json"]
    if not stored.startswith(_STORED_SIDES):
        return json.dumps(record_dict(row), ensure_ascii=False)
    head = json.dumps({"id": row["id"], "case": row["case_name"], "key": row["key"],
                       "state": row["state"] if row["active"] else "cleared", "unreviewed": bool(row["unreviewed"])},
                      ensure_ascii=False)
    tail = json.dumps({"reason": row["reason"], "resolution": json.loads(row["resolution"]) if row["resolution"] else None,
                       "created_at": row["created_at"], "updated_at": row["updated_at"]}, ensure_ascii=False)
    return f"{head[:-1]}, {stored[1:-1]}, {tail[1:]}"


def _select(conn: sqlite3.Connection, where: list[str], params: list, case: str | None, key: str | None, *,
            shape=record_dict) -> list:
    if case:
        where.append("case_name = ?")
        params.append(case)
    if key:
        where.append("substr(key, 1, ?) = ?")
        params.extend([len(key), key])
    sql = f"SELECT * FROM conflicts WHERE {' AND '.join(where)} ORDER BY case_name, key"
    return [shape(row) for row in conn.execute(sql, params)]


def _listed(all_states: bool) -> list[str]:
    return ["active = 1"] + ([] if all_states else ["state IN ('open', 'confirmed')"])


def list_conflicts(
    conn: sqlite3.Connection, *, case: str | None = None, key: str | None = None, all_states: bool = False
) -> list[dict]:
    return _select(conn, _listed(all_states), [], case, key)


def list_conflicts_json(
    conn: sqlite3.Connection, *, case: str | None = None, key: str | None = None, all_states: bool = False
) -> list[tuple[str, str]]:
    """The same listing as ``(state, JSON text)`` pairs, for printing (see record_json)."""
    return _select(conn, _listed(all_states), [], case, key,
                   shape=lambda row: (row["state"] if row["active"] else "cleared", record_json(row)))


def list_unresolved(conn: sqlite3.Connection, *, case: str | None = None, key: str | None = None) -> list[dict]:
    """Keys where some value could not be read against a date: never conflicts."""
    return _select(conn, ["unresolved > 0"], [], case, key)


@storage.consistent
def get(conn: sqlite3.Connection, ref: str) -> dict:
    conflict_id_ = lookup.resolve(conn, "conflict", ref)
    row = conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id_,)).fetchone()
    if row is None:
        raise NotFound(f"no conflict {ref!r}")
    record = record_dict(row)
    record["parts"] = parts_of(conn, row["case_name"], row["key"])
    record["history"] = history.entries(conn, entity_id=conflict_id_)
    return record


def parts_of(conn: sqlite3.Connection, case: str, key: str) -> list[dict]:
    """The figures that are parts of a key's: earthquake.serrat.deaths for earthquake.deaths (the
    deaths in one town), shooting.children.deaths (of one group). Never compared with the whole."""
    subject, _, role = key.rpartition(".")
    if not subject:
        return []
    out: dict[str, dict] = {}
    for part_key, value in conn.execute(
            "SELECT key, value FROM claims WHERE case_name = ? AND key GLOB ? AND status != 'rejected'"
            " ORDER BY key, value", (case, f"{subject}.*.{role}")):
        if part_key.count(".") == key.count(".") + 1:
            entry = out.setdefault(part_key, {"key": part_key, "values": []})
            if value not in entry["values"]:
                entry["values"].append(value)
    return list(out.values())


def decide(
    conn: sqlite3.Connection,
    actor: Actor,
    ref: str,
    decision: str,
    *,
    reason: str | None = None,
    side: str | None = None,
) -> dict:
    """confirm, dismiss (reason), resolve (side and why) or reopen a conflict."""
    conflict_id_ = lookup.resolve(conn, "conflict", ref)
    row = conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id_,)).fetchone()
    short = ids.short(conflict_id_)
    if not row["active"]:
        raise InvalidTransition(f"conflict {short} no longer stands: its outlets now agree")
    state = row["state"]
    if decision not in DECISIONS[state]:
        allowed = ", ".join(DECISIONS[state])
        raise InvalidTransition(f"conflict {short} is {state}; it can take: {allowed}")
    reason = " ".join(reason.split()) if reason else None
    resolution = None
    if decision in ("dismiss", "resolve") and not reason:
        what = "why it is not a real contradiction" if decision == "dismiss" else "why that side holds"
        raise InvalidInput(f"say {what} with --reason")
    if decision == "resolve":
        sides = json.loads(row["sides_json"])["sides"]
        chosen = pick_side(conn, sides, side, short)
        resolution = json.dumps({"side": chosen, "value": sides[chosen]["value"],
                                 "normalized": sides[chosen]["normalized"], "claims": sides[chosen]["claims"]})
    new_state = _DECISION_STATE[decision]
    now = actor.now()
    conn.execute(
        "UPDATE conflicts SET state = ?, reason = ?, resolution = ?, updated_at = ? WHERE id = ?",
        (new_state, reason if decision != "reopen" else None, resolution, now, conflict_id_),
    )
    history.record(conn, actor, entity="conflict", entity_id=conflict_id_, action=decision, field="state",
                   old=state, new=new_state, note=reason, at=now)
    return {"id": conflict_id_, "old": state, "new": new_state}


def pick_side(conn: sqlite3.Connection, sides: list[dict], side: str | None, short: str) -> int:
    """A side by its number as listed (1, 2, ...) or by one of its claims."""
    if not side:
        raise InvalidInput(f"say which side holds with --side (1-{len(sides)}, or a claim ID)")
    text = side.strip()
    if text.isascii() and text.isdigit():  # '²' is a digit to Python, and int() refuses 5,000 of them
        if len(text) > 9:
            raise InvalidInput(f"conflict {short} has sides 1-{len(sides)}, not {text[:12]}...")
        number = int(text)
        if not 1 <= number <= len(sides):
            raise InvalidInput(f"conflict {short} has sides 1-{len(sides)}, not {number}")
        return number - 1
    claim_id = lookup.resolve(conn, "claim", text)
    for index, candidate in enumerate(sides):
        if claim_id in candidate["claims"]:
            return index
    raise InvalidInput(f"claim {ids.short(claim_id)} is not on any side of conflict {short}")
