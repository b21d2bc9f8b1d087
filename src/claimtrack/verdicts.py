"""Verdicts: the rating scale, a verdict given with its rationale, and corrections.

A verdict is always given with its rationale, the "why we rated it" a reader
sees. Changing a verdict once given is a *correction*: it needs a note saying
what changed and why, and the report lists it in its corrections log.
:func:`record` is the one place a verdict is written, for the ``verdict``
command and for imports alike, so a verdict can never change without leaving
that trace.

The scale is the organisation's: names, labels, plain definitions and the
ClaimReview value of each rating (None for a rating that is not a point
between false and true, such as "unproven"). Until one is set, the default
below applies.
"""

from __future__ import annotations

import json
import re
import sqlite3

from claimtrack import history, ids
from claimtrack.context import Actor
from claimtrack.errors import InvalidInput, InvalidTransition, NotFound

SCALE_KEY = "rating.scale"
MAX_RATIONALE = 5000
_NAME = re.compile(r"^[a-z][a-z0-9-]{0,39}$")

DEFAULT_SCALE: list[dict] = [
    {"name": "true", "label": "True", "value": 5,
     "definition": "The claim is accurate, and nothing significant is left out."},
    {"name": "mostly-true", "label": "Mostly true", "value": 4,
     "definition": "The claim is accurate in substance but needs a clarification or a missing detail."},
    {"name": "mixed", "label": "Mixed", "value": 3,
     "definition": "Parts of the claim are accurate and parts are not, or it leaves out context that changes "
                   "its meaning."},
    {"name": "mostly-false", "label": "Mostly false", "value": 2,
     "definition": "The claim holds an element of truth but gets the central fact wrong."},
    {"name": "false", "label": "False", "value": 1,
     "definition": "The claim is inaccurate."},
    {"name": "unproven", "label": "Unproven", "value": None,
     "definition": "The public record we could consult neither confirms nor refutes the claim; the rationale "
                   "says what would settle it. Not a point between true and false."},
]


# --- the scale -----------------------------------------------------------------


def scale(conn: sqlite3.Connection) -> list[dict]:
    """The ratings, best first as listed; the default until one is set."""
    row = conn.execute("SELECT value FROM config WHERE key = ?", (SCALE_KEY,)).fetchone()
    if row is None:
        return [dict(rating) for rating in DEFAULT_SCALE]
    return json.loads(row[0])


def names(conn: sqlite3.Connection) -> tuple[str, ...]:
    return tuple(rating["name"] for rating in scale(conn))


def check_verdict(conn: sqlite3.Connection, verdict: str) -> str:
    cleaned = verdict.strip().lower()
    known = names(conn)
    if cleaned not in known:
        from claimtrack.errors import InvalidChoice

        raise InvalidChoice(verdict, known, "verdict")
    return cleaned


def _store_scale(conn: sqlite3.Connection, ratings: list[dict]) -> None:
    conn.execute("INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (SCALE_KEY, json.dumps(ratings, ensure_ascii=False, sort_keys=True)))


def _text(value: str, what: str, limit: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput(f"{what} is empty")
    if len(cleaned) > limit:
        raise InvalidInput(f"{what} is {len(cleaned)} characters; the limit is {limit}")
    return cleaned


def set_rating(conn: sqlite3.Connection, name: str, *, label: str | None = None, definition: str | None = None,
               value: int | None = None, no_value: bool = False) -> dict:
    """Add a rating to the scale, or change one; a new rating needs a label and a definition."""
    name = name.strip().lower()
    if not _NAME.match(name):
        raise InvalidInput(f"invalid rating name {name!r}: lower-case words joined by '-', e.g. mostly-true")
    if value is not None and no_value:
        raise InvalidInput("give a ClaimReview value or --no-value, not both")
    if value is not None and not 0 <= value <= 100:
        raise InvalidInput(f"ClaimReview value {value} is out of range (0-100)")
    ratings = scale(conn)
    found = next((rating for rating in ratings if rating["name"] == name), None)
    if found is None:
        if label is None or definition is None:
            raise InvalidInput(f"a new rating needs --label and --definition ({name!r} is not on the scale)")
        found = {"name": name, "label": "", "definition": "", "value": None}
        ratings.append(found)
    if label is not None:
        found["label"] = _text(label, "label", 60)
    if definition is not None:
        found["definition"] = _text(definition, "definition", 1000)
    if value is not None or no_value:
        found["value"] = value
    _store_scale(conn, ratings)
    return found


def remove_rating(conn: sqlite3.Connection, name: str) -> None:
    """Take a rating off the scale; refused while a claim carries it."""
    name = name.strip().lower()
    ratings = scale(conn)
    if name not in [rating["name"] for rating in ratings]:
        raise NotFound(f"no rating {name!r} on the scale")
    used = conn.execute("SELECT count(*) FROM claims WHERE verdict = ?", (name,)).fetchone()[0]
    if used:
        raise InvalidTransition(f"{used} claim(s) carry the verdict {name!r}; change their verdicts first")
    _store_scale(conn, [rating for rating in ratings if rating["name"] != name])


def reset_scale(conn: sqlite3.Connection) -> None:
    """Back to the default scale; refused while a claim carries a rating it lacks."""
    default = {rating["name"] for rating in DEFAULT_SCALE}
    rows = conn.execute("SELECT DISTINCT verdict FROM claims WHERE verdict IS NOT NULL ORDER BY verdict").fetchall()
    missing = [row[0] for row in rows if row[0] not in default]
    if missing:
        raise InvalidTransition(f"claims carry verdicts the default scale lacks: {', '.join(missing)}")
    conn.execute("DELETE FROM config WHERE key = ?", (SCALE_KEY,))


def bounds(ratings: list[dict]) -> tuple[int, int] | None:
    """(worst, best) ClaimReview values of a scale; None if no rating has a value."""
    numbers = [rating["value"] for rating in ratings if rating["value"] is not None]
    return (min(numbers), max(numbers)) if numbers else None


# --- verdicts ------------------------------------------------------------------


def check_rationale(rationale: str | None) -> str:
    text = " ".join((rationale or "").split())
    if not text:
        raise InvalidInput("a verdict needs its rationale: say why it is rated so with --why \"...\"")
    if len(text) > MAX_RATIONALE:
        raise InvalidInput(f"rationale is {len(text)} characters; the limit is {MAX_RATIONALE}")
    return text


def is_correction(entry: dict) -> bool:
    """A history entry that changed a verdict already given."""
    return entry["action"] == "verdict" and entry["old"] is not None and entry["old"] != entry["new"]


def record(conn: sqlite3.Connection, actor: Actor, claim_id: str, verdict: str, *, rationale: str,
           note: str | None = None, at: str | None = None) -> dict:
    """Write a claim's verdict and rationale, with history.

    A changed verdict is a correction and needs ``note`` (what changed and
    why); it is kept on the verdict's history entry, which the corrections log
    lists. The rationale alone may be reworded (history keeps the old words).
    No check of the claim's work status: :func:`give` makes those for the
    command; an import applies what a colleague decided.
    """
    row = conn.execute("SELECT id, verdict, rationale FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        raise NotFound(f"no claim {claim_id!r}")
    short = ids.short(claim_id)
    rationale = check_rationale(rationale)
    note = " ".join(note.split()) if note else None
    old = row["verdict"]
    if old == verdict and row["rationale"] == rationale:
        raise InvalidTransition(f"claim {short} already has the verdict {verdict} with that rationale")
    if old and old != verdict and not note:
        raise InvalidTransition(
            f"claim {short} already has the verdict {old}; changing it is a correction: say what changed with --note"
        )
    now = at or actor.now()
    conn.execute("UPDATE claims SET verdict = ?, rationale = ?, updated_at = ? WHERE id = ?",
                 (verdict, rationale, now, claim_id))
    if old != verdict:
        history.record(conn, actor, entity="claim", entity_id=claim_id, claim_id=claim_id, action="verdict",
                       field="verdict", old=old, new=verdict, note=note, at=now)
    if row["rationale"] != rationale:
        history.record(conn, actor, entity="claim", entity_id=claim_id, claim_id=claim_id, action="edit",
                       field="rationale", old=row["rationale"], new=rationale, note=note if old == verdict else None,
                       at=now)
    return {"id": claim_id, "old": old, "new": verdict, "correction": bool(old and old != verdict)}


def give(conn: sqlite3.Connection, actor: Actor, claim_ref: str, verdict: str, *, rationale: str | None,
         note: str | None = None) -> dict:
    """The ``verdict`` command: a claim in review (or done) gets a rating from the scale, with its rationale."""
    from claimtrack import lookup

    claim_id = lookup.resolve(conn, "claim", claim_ref)
    row = conn.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()
    verdict = check_verdict(conn, verdict)
    short = ids.short(claim_id)
    if row["status"] not in ("in-review", "done"):
        raise InvalidTransition(
            f"claim {short} is {row['status']}; a verdict is given in review (claimtrack status {short} in-review)"
        )
    return record(conn, actor, claim_id, verdict, rationale=rationale, note=note)
