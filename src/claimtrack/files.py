"""Files written whole or not at all: beside their target, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator, TextIO


@contextlib.contextmanager
def atomic_text(path: Path, *, newline: str = "\n") -> Iterator[TextIO]:
    """A text file (UTF-8) written beside ``path`` and renamed over it once complete and on disk.

    An error or Ctrl-C removes the partial file and leaves ``path`` as it was;
    a killed process may leave it beside the target, hidden, as
    ``.NAME.XXXXXXXX.tmp``. The file gets the permissions ``open()`` would give
    a new file (0666 less the umask), not a temporary file's owner-only ones:
    reports and case files are meant to be shared.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    """The process's umask (reading it means setting it: it is put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
