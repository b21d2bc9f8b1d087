"""What the commands share: the database, the acting user, output streams."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn


@dataclass
class State:
    db_option: Path | None = None


STATE = State()


def fail(message: str, code: int) -> NoReturn:
    from claimtrack.cli.output import safe

    sys.stderr.write(f"Error: {safe(message.strip(), keep_newlines=False) or 'failed'}\n")
    sys.stderr.flush()
    sys.exit(int(code))


def db_path() -> Path:
    from claimtrack.storage import resolve_db_path

    return resolve_db_path(STATE.db_option)


def actor():
    from claimtrack.context import Actor, clock_from_env

    return Actor(clock=clock_from_env())


def connect():
    from claimtrack.context import clock_from_env
    from claimtrack.storage import connect as open_db

    return open_db(db_path(), now=clock_from_env()())
