"""Typed errors raised by the core; the CLI maps each to an exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1  # a domain error: unknown ID, bad transition, quote not found...
    USAGE = 2  # the command line itself is wrong


class ClaimtrackError(Exception):
    """Base of every error the user can cause; its message is one line."""

    exit_status = ExitStatus.ERROR

    def __init__(self, message: str, *, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []


class NotFound(ClaimtrackError):
    pass


class AmbiguousID(ClaimtrackError):
    def __init__(self, prefix: str, candidates: list[str]):
        shown = ", ".join(candidates[:10]) + (", ..." if len(candidates) > 10 else "")
        super().__init__(f"ambiguous ID {prefix!r}: matches {shown}")
        self.candidates = candidates


class InvalidInput(ClaimtrackError):
    """Bad values in otherwise well-formed commands: dates, files, URLs."""


class InvalidChoice(InvalidInput):
    """A word that is not one of the allowed ones, given on the command line: a usage error."""

    exit_status = ExitStatus.USAGE

    def __init__(self, value: str, allowed: tuple[str, ...], what: str):
        import difflib

        close = difflib.get_close_matches(value.strip().lower(), allowed, n=1, cutoff=0.6)
        hint = f" did you mean {close[0]!r}?" if close else ""
        super().__init__(f"unknown {what} {value!r};{hint} choose one of: {', '.join(allowed)}")


class InvalidTransition(ClaimtrackError):
    pass


class QuoteNotFound(ClaimtrackError):
    pass


class DuplicateSource(ClaimtrackError):
    def __init__(self, source_id: str, message: str):
        super().__init__(message)
        self.source_id = source_id


class StorageError(ClaimtrackError):
    """The database file cannot be opened, created or written."""


class UsageError(ClaimtrackError):
    exit_status = ExitStatus.USAGE
