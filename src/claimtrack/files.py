"""Files written whole or not at all: beside their target, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Iterator, TextIO


@contextlib.contextmanager
def atomic_text(path: Path, *, newline: str = "\n") -> Iterator[TextIO]:
    """A text file (UTF-8) written beside ``path`` and renamed over it once complete and on disk.

    An error, Ctrl-C or SIGTERM removes the partial file and leaves ``path`` as
    it was; a process killed outright (SIGKILL) may leave it beside the target,
    hidden, as ``.NAME.XXXXXXXX.tmp``. The file gets the permissions ``open()`` would give
    a new file (0666 less the umask), not a temporary file's owner-only ones:
    reports and case files are meant to be shared.
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
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as error:
        if created or not isinstance(error, FileExistsError):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def _umask() -> int:
    """The process's umask (reading it means setting it: it is put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
