"""Settings kept in the database: who publishes the reports, and, case by case, how.

Organisation settings (``org.*``) hold for every case; report settings
(``report.*``: title, address, byline, introduction, first publication date)
belong to one case, so one story's title or address never reaches another's
report. Only known keys are accepted, each with its own check, so a typo fails
at ``config set`` rather than as a silent gap in a published report.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Callable

from claimtrack.errors import InvalidInput, NotFound


def _text(value: str, limit: int = 500) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput("value is empty")
    if len(cleaned) > limit:
        raise InvalidInput(f"value is longer than {limit} characters")
    return cleaned


def _long_text(value: str) -> str:
    """Paragraphs kept apart (a blank line between two), each on one line."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", value.replace("\r\n", "\n"))]
    cleaned = "\n\n".join(p for p in paragraphs if p)
    if not cleaned:
        raise InvalidInput("value is empty")
    if len(cleaned) > 10_000:
        raise InvalidInput("value is longer than 10,000 characters")
    return cleaned


def _url(value: str) -> str:
    from claimtrack.sources import check_url

    return check_url(value.strip(), "value")


def _contact(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        return value
    return _url(value)


def _date(value: str) -> str:
    from claimtrack.dates import parse_publication_date

    return parse_publication_date(value).isoformat()


# key -> (what it is for, how a value is checked)
ORG_KEYS: dict[str, tuple[str, Callable[[str], str]]] = {
    "org.name": ("The organisation that publishes the fact-checks (ClaimReview author).", _text),
    "org.url": ("The organisation's web address (http or https).", _url),
    "org.corrections-contact": ("Where readers ask for a correction: an e-mail or web address.", _contact),
    "org.methodology": ("The methodology section, replacing the default (paragraphs apart by a blank line).", _long_text),
    "org.corrections-policy": ("The corrections policy, replacing the default.", _long_text),
}
CASE_KEYS: dict[str, tuple[str, Callable[[str], str]]] = {
    "report.title": ("The case's report title (default: 'Fact-check: <case>').", _text),
    "report.url": ("Where the case's report is published; each ClaimReview's url is this plus #claim-<id>.", _url),
    "report.byline": ("Who checked the case, as the byline reads: 'Ana Ruiz and Tom Chen'.", _text),
    "report.intro": ("The report's introduction: what the story is and why it was checked.", _long_text),
    "report.published": ("When the report was first published (its date); later exports show it as updated.", _date),
}
KEYS = {**ORG_KEYS, **CASE_KEYS}


def check_key(key: str) -> str:
    cleaned = key.strip().lower()
    if cleaned not in KEYS:
        raise InvalidInput(f"unknown setting {key!r}; known: {', '.join(KEYS)}")
    return cleaned


def is_case_key(key: str) -> bool:
    return check_key(key) in CASE_KEYS


def which_case(conn: sqlite3.Connection, case: str | None) -> str:
    """The case a report setting is for: the one named, else the only one there is."""
    if case:
        if not conn.execute("SELECT 1 FROM cases WHERE name = ?", (case,)).fetchone():
            raise InvalidInput(f"no case {case!r}")
        return case
    names = [row[0] for row in conn.execute("SELECT name FROM cases ORDER BY name")]
    if len(names) != 1:
        raise InvalidInput(f"report settings belong to one case: say which with --case ({', '.join(names) or 'there are no cases yet'})")
    return names[0]


def set_value(conn: sqlite3.Connection, key: str, value: str, *, case: str | None = None) -> tuple[str, str | None]:
    """Store a setting; returns the value stored and the case it is for (None for the organisation's)."""
    key = check_key(key)
    try:
        value = KEYS[key][1](value)
    except InvalidInput as error:
        raise InvalidInput(f"{key}: {error.message}") from None
    if key in CASE_KEYS:
        case = which_case(conn, case)
        conn.execute("INSERT INTO case_settings (case_name, key, value) VALUES (?, ?, ?)"
                     " ON CONFLICT(case_name, key) DO UPDATE SET value = excluded.value", (case, key, value))
        return value, case
    conn.execute("INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))
    return value, None


def unset(conn: sqlite3.Connection, key: str, *, case: str | None = None) -> bool:
    key = check_key(key)
    if key in CASE_KEYS:
        return conn.execute("DELETE FROM case_settings WHERE case_name = ? AND key = ?",
                            (which_case(conn, case), key)).rowcount > 0
    return conn.execute("DELETE FROM config WHERE key = ?", (key,)).rowcount > 0


def get(conn: sqlite3.Connection, key: str, *, case: str | None = None) -> str:
    key = check_key(key)
    if key in CASE_KEYS:
        case = which_case(conn, case)
        row = conn.execute("SELECT value FROM case_settings WHERE case_name = ? AND key = ?", (case, key)).fetchone()
        if row is None:
            raise NotFound(f"{key} is not set for the case {case} (claimtrack config set {key} ... --case {case})")
        return row[0]
    row = conn.execute("SELECT value FROM config WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise NotFound(f"{key} is not set (claimtrack config set {key} ...)")
    return row[0]


def settings(conn: sqlite3.Connection, case: str | None = None) -> dict[str, str | None]:
    """Every organisation key, and every report key of ``case`` (when given), None where unset."""
    found = dict(conn.execute(f"SELECT key, value FROM config WHERE key IN ({','.join('?' * len(ORG_KEYS))})",
                              list(ORG_KEYS)).fetchall())
    out = {key: found.get(key) for key in ORG_KEYS}
    if case is not None:
        mine = dict(conn.execute("SELECT key, value FROM case_settings WHERE case_name = ?", (case,)).fetchall())
        out.update({key: mine.get(key) for key in CASE_KEYS})
    return out
