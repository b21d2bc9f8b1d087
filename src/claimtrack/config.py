"""Settings kept in the database: who publishes the reports, and where.

Only known keys are accepted, each with its own check, so a typo fails at
``config set`` rather than as a silent gap in a published report.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from claimtrack.errors import InvalidInput, NotFound


def _text(value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidInput("value is empty")
    if len(cleaned) > 500:
        raise InvalidInput("value is longer than 500 characters")
    return cleaned


def _url(value: str) -> str:
    from claimtrack.sources import check_url

    return check_url(value.strip(), "value")


# key -> (what it is for, how a value is checked)
KEYS: dict[str, tuple[str, Callable[[str], str]]] = {
    "org.name": ("The organization that publishes the fact-check (ClaimReview author).", _text),
    "org.url": ("The organization's web address (http or https).", _url),
    "report.url": ("Where the report is published; each ClaimReview's url is this plus #claim-<id>.", _url),
    "report.title": ("The report's title (default: 'Fact-check: <case>').", _text),
}


def check_key(key: str) -> str:
    cleaned = key.strip().lower()
    if cleaned not in KEYS:
        raise InvalidInput(f"unknown setting {key!r}; known: {', '.join(KEYS)}")
    return cleaned


def set_value(conn: sqlite3.Connection, key: str, value: str) -> str:
    key = check_key(key)
    try:
        value = KEYS[key][1](value)
    except InvalidInput as error:
        raise InvalidInput(f"{key}: {error.message}") from None
    conn.execute(
        "INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
    return value


def unset(conn: sqlite3.Connection, key: str) -> bool:
    key = check_key(key)
    return conn.execute("DELETE FROM config WHERE key = ?", (key,)).rowcount > 0


def get(conn: sqlite3.Connection, key: str) -> str:
    key = check_key(key)
    row = conn.execute("SELECT value FROM config WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise NotFound(f"{key} is not set (claimtrack config set {key} ...)")
    return row[0]


def settings(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Every known key, None where unset."""
    found = dict(conn.execute(f"SELECT key, value FROM config WHERE key IN ({','.join('?' * len(KEYS))})", list(KEYS)).fetchall())
    return {key: found.get(key) for key in KEYS}
