"""A reference for the ingest budget: the least any ingester of these files does.

    python bare_ingest.py DB FILE...

Reads each file and stores its bytes with stdlib sqlite3 in one transaction:
no metadata, no normalization, no extraction. Not a budget, a yardstick for
how fast this machine is while the budget runs.
"""

import hashlib
import sqlite3
import sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("CREATE TABLE IF NOT EXISTS raw (hash TEXT PRIMARY KEY, name TEXT, text TEXT)")
conn.execute("BEGIN")
for name in sys.argv[2:]:
    with open(name, "rb") as handle:
        data = handle.read()
    conn.execute("INSERT OR IGNORE INTO raw VALUES (?, ?, ?)",
                 (hashlib.sha256(data).hexdigest(), name, data.decode("utf-8")))
conn.execute("COMMIT")
print(len(sys.argv) - 2)
