"""Conflict detection over a whole database, from scratch, left as it was found.

    python detect_conflicts.py DB

claimtrack has no command that re-detects every key (``import`` does it for
one case; each ``claim add`` does it for one key), so this runs the engine the
commands call, claimtrack.conflicts.refresh_all, on every key of the file:
inside one transaction that first forgets the stored conflicts, so every key
is detected, written and logged as new; then rolls back, so each run starts
from the same file. (The file's old conflict history stays: refresh never
reads it.) Prints the number of keys and of conflicts found.
"""

import sys
from pathlib import Path

from claimtrack import conflicts, storage
from claimtrack.context import Actor, clock_from_env

path = Path(sys.argv[1])
clock = clock_from_env()
conn = storage.connect(path, now=clock(), create=False)
conn.execute("BEGIN IMMEDIATE")
try:
    conn.execute("DELETE FROM conflicts")
    keys = conflicts.refresh_all(conn, Actor(clock=clock, _name="benchmark"))
    found = conn.execute("SELECT count(*) FROM conflicts WHERE active = 1").fetchone()[0]
finally:
    conn.execute("ROLLBACK")
print(f"{keys} keys, {found} conflicts")
