"""Worker processes for pure work on many items (reading articles), its results taken in order.

Only the process that starts them writes to the database. A worker leaves
Ctrl-C to its parent, runs at a lower priority (the parent, which stores
what the workers produce, is the slower side), and exits if its parent dies:
a killed command leaves no process behind. A worker that dies makes the
command fail with one line rather than hang.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from typing import Callable, Iterator

from claimtrack.errors import ClaimtrackError

MIN_ITEMS = 50  # fewer items are done sooner by one process than by workers it has to start
NICENESS = 10  # how much lower the workers' scheduling priority is than their parent's


def cpus() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@contextlib.contextmanager
def pool(items: int, workers: int | None = None, *, before_fork: Callable[[], None] | None = None) -> Iterator:
    """A ProcessPoolExecutor of forked workers for ``items`` items, or None to do them in this process.

    ``workers`` defaults to one per CPU when there are enough items; below 2
    there is no pool. ``before_fork`` runs first, in this process: what it
    builds (compiled patterns, tables) the workers share.
    """
    if workers is None:
        workers = cpus() if items >= MIN_ITEMS else 1
    if workers < 2:
        yield None
        return
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    from concurrent.futures.process import BrokenProcessPool

    if before_fork is not None:
        before_fork()
    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_start,
                                   initargs=(os.getpid(),))
    finished = False
    try:
        yield executor
        finished = True
    except BrokenProcessPool:
        raise ClaimtrackError("a worker process stopped (out of memory?); what was stored before is kept:"
                              " run the command again to finish") from None
    finally:
        executor.shutdown(wait=finished, cancel_futures=True)


def _start(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP", "SIGQUIT"):  # the parent's handler cleans up the parent's work
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.1)
    os._exit(1)
