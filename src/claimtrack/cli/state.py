"""What the commands share: the database, the acting user, output streams."""

from __future__ import annotations

import signal
import sys
TYPE_CHECKING = False  # typing costs ~5 ms to import; the read commands never need it
if TYPE_CHECKING:
    import os
    from typing import NoReturn


class State:
    """Options given to the root command (``--db``)."""

    def __init__(self) -> None:
        self.db_option: str | os.PathLike | None = None


STATE = State()


def fail(message: str, code: int) -> NoReturn:
    from claimtrack.cli.output import safe

    sys.stderr.write(f"Error: {safe(message.strip(), keep_newlines=False) or 'failed'}\n")
    sys.stderr.flush()
    sys.exit(int(code))


class Terminated(BaseException):
    """SIGTERM (``kill PID``, a timeout, a shutdown), SIGHUP (the terminal closed) or SIGQUIT
    (Ctrl-\\), raised where the command is: it then stops as it does on Ctrl-C, its transaction
    rolled back and its partial file removed. Not an Exception, so that nothing on the way takes
    it for an error to report or retry, and not a KeyboardInterrupt, which the command-line parser
    turns into a silent exit."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


# Signals that stop a command as SIGTERM does, and how each is reported.
_STOPPING = {signal.SIGTERM: "terminated"}
for _name, _words in (("SIGHUP", "hung up"), ("SIGQUIT", "quit")):
    if hasattr(signal, _name):  # not on Windows
        _STOPPING[getattr(signal, _name)] = _words


def _terminate(signum, frame) -> NoReturn:
    raise Terminated(signum)


class guard:
    """Run a command: its arguments checked, every failure mapped to one line on stderr and an exit code.

    Shared by the typer application and the fast path, so both fail alike.
    """

    _previous = None  # the handlers the stopping signals had before the command ran

    def __init__(self, args) -> None:
        from claimtrack.errors import ExitStatus

        for arg in args:
            if isinstance(arg, str) and not arg.isascii():
                try:
                    arg.encode("utf-8")
                except UnicodeEncodeError:  # bytes that are not UTF-8 arrive as lone surrogates
                    fail(f"argument {arg!r} is not valid UTF-8 text", ExitStatus.USAGE)

    def __enter__(self) -> None:
        try:
            self._previous = {signum: signal.signal(signum, _terminate) for signum in _STOPPING}
        except ValueError:  # not the main thread: signals are not ours to handle
            pass
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if self._previous is not None:
            for signum, handler in self._previous.items():
                signal.signal(signum, handler)
        if error is None or isinstance(error, SystemExit):
            return False
        from claimtrack.errors import ClaimtrackError, ExitStatus

        if isinstance(error, ClaimtrackError):
            fail(error.message, error.exit_status)
        error = _stop_within(error)
        if isinstance(error, Terminated):
            fail(_STOPPING.get(error.signum, "terminated"), 128 + error.signum)
        if isinstance(error, KeyboardInterrupt):
            fail("interrupted", 130)
        if isinstance(error, BrokenPipeError):
            sys.stderr.close()
            sys.exit(1)
        if isinstance(error, OSError):  # the file system refused: a path under a file, a full disk...
            where = f"{error.filename}: " if error.filename else ""
            fail(f"{where}{error.strerror or error}", ExitStatus.ERROR)
        import sqlite3

        if isinstance(error, sqlite3.DatabaseError):
            from claimtrack.storage import storage_failure

            failure = storage_failure(error)
            fail(failure.message if failure else f"database error: {error}", ExitStatus.ERROR)
        return False


def _stop_within(error: BaseException) -> BaseException:
    """A stop (a signal, Ctrl-C) that Python wrapped in another error on its way out, else ``error``:
    one that lands while a class is being made comes out as a RuntimeError from __set_name__."""
    seen = error
    for _ in range(8):
        if isinstance(seen, (Terminated, KeyboardInterrupt)):
            return seen
        seen = seen.__cause__ or seen.__context__
        if seen is None:
            break
    return error


def db_path() -> str:
    from claimtrack.storage import resolve_db_path

    return resolve_db_path(STATE.db_option)


def actor():
    from claimtrack.context import Actor, clock_from_env

    return Actor(clock=clock_from_env())


def connect():
    from claimtrack.context import clock_from_env
    from claimtrack.storage import connect as open_db

    return open_db(db_path(), now=clock_from_env()())
