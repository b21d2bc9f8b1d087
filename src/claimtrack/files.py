"""Files written whole or not at all: beside their target, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from claimtrack.errors import InvalidInput


def database_files(db: str | os.PathLike) -> list[str]:
    """The database file and the files SQLite keeps beside it while it is open."""
    return [os.fspath(db) + suffix for suffix in ("", "-wal", "-shm", "-journal")]


def same_file(path: str | os.PathLike, others: Iterable[str | os.PathLike]) -> bool:
    """Whether ``path`` (its symlinks followed) is one of ``others``, by any name: a hard link too."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    for other in others:
        try:
            if os.path.samestat(info, os.stat(other)):
                return True
        except OSError:
            continue
    return False


def _names_a_descriptor(path: str) -> bool:
    """/dev/stdout, /dev/fd/3, /proc/self/fd/1, or a link to one: the name of an open descriptor,
    written through, never replaced (the shell may have opened it to append)."""
    seen = 0
    while True:
        full = os.path.abspath(path)
        if full.startswith(("/proc/", "/dev/fd/", "/dev/stdout", "/dev/stderr")):
            return True
        if not os.path.islink(full) or seen > 40:
            return False
        path = os.path.join(os.path.dirname(full), os.readlink(full))
        seen += 1


@contextlib.contextmanager
def output_text(path: str | os.PathLike, *, newline: str = "\n", protect: Iterable[str | os.PathLike] = ()) -> Iterator[TextIO]:
    """A file someone asked a command to write: never one of ``protect`` (the database), whatever its name.

    A regular file is written whole or not at all (:func:`atomic_text`) at the
    end of any symlinks, keeping the mode of the file it replaces; a device, a
    pipe or a name of an open descriptor (``/dev/stdout``) is written through,
    never replaced by a regular file.
    """
    path = os.fspath(path)
    if same_file(path, protect):
        raise InvalidInput(f"{path} is the database; give the report another file name")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InvalidInput(f"{path} is a directory; give a file name")
    if info is not None and (not stat.S_ISREG(info.st_mode) or _names_a_descriptor(path)):
        # appended to, never truncated: a descriptor's file was opened (and emptied, or not) by the shell
        with open(path, "a", encoding="utf-8", newline=newline) as handle:
            yield handle
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if not target.parent.is_dir():
        raise InvalidInput(f"{Path(path).parent}: no such directory")
    with atomic_text(target, newline=newline) as handle:
        yield handle


@contextlib.contextmanager
def atomic_text(path: Path, *, newline: str = "\n") -> Iterator[TextIO]:
    """A text file (UTF-8) written beside ``path`` and renamed over it once complete and on disk.

    An error, Ctrl-C or SIGTERM removes the partial file and leaves ``path`` as
    it was; a process killed outright (SIGKILL) may leave it beside the target,
    hidden, as ``.NAME.XXXXXXXX.tmp``. The file gets the permissions ``open()`` would give
    a new file (0666 less the umask), not a temporary file's owner-only ones:
    reports and case files are meant to be shared; a file it replaces keeps
    its own mode (and, where we may set it, its owner).
    """
    # the name is made before the file, so that a stop the moment it is created (Ctrl-C, SIGTERM)
    # still knows what to remove; O_EXCL refuses a name already taken
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    created = False
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        created = True
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _take_mode(tmp, path)
        os.replace(tmp, path)
    except BaseException as error:
        if created or not isinstance(error, FileExistsError):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def _take_mode(tmp: Path, path: Path) -> None:
    """The replaced file's mode and owner, else a new file's mode."""
    try:
        old = os.stat(path)
    except FileNotFoundError:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, stat.S_IMODE(old.st_mode))
    if hasattr(os, "chown"):
        mine = os.stat(tmp)
        if (mine.st_uid, mine.st_gid) != (old.st_uid, old.st_gid):
            with contextlib.suppress(OSError):
                os.chown(tmp, old.st_uid, old.st_gid)


def _umask() -> int:
    """The process's umask (reading it means setting it: it is put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
