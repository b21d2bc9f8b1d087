"""Who is acting and when: passed into the core so output is reproducible."""

from __future__ import annotations

import os
from datetime import datetime, timezone
TYPE_CHECKING = False  # typing costs ~5 ms to import; the read commands never need it
if TYPE_CHECKING:
    from typing import Callable


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def clock_from_env() -> Callable[[], str]:
    """CLAIMTRACK_NOW pins the clock (reproducible reports and tests)."""
    fixed = os.environ.get("CLAIMTRACK_NOW")
    if fixed:
        return lambda: fixed
    return utc_now


def _printable(name: str) -> str:
    """A name on one line, without control characters: it is signed on history and exported to CSV."""
    return " ".join("".join(char for char in name if char.isprintable() or char.isspace()).split())


def current_user() -> str:
    """CLAIMTRACK_USER, else git's user.name, else the OS user."""
    import getpass
    import subprocess

    user = _printable(os.environ.get("CLAIMTRACK_USER") or "")
    if user:
        return user
    try:
        result = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        )
        name = _printable(result.stdout)
        if result.returncode == 0 and name:
            return name
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no user is known
        return "unknown"


class Actor:
    """The author and clock stamped on every change.

    A plain class rather than a dataclass: every command builds one, and
    ``dataclasses`` (with ``inspect``) would cost the read commands ~7 ms to import.
    """

    __slots__ = ("clock", "_name")

    def __init__(self, clock: Callable[[], str] = utc_now, _name: str | None = None) -> None:
        self.clock = clock
        self._name = _name

    def __repr__(self) -> str:
        return f"Actor(clock={self.clock!r}, _name={self._name!r})"

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = current_user()
        return self._name

    def now(self) -> str:
        return self.clock()
