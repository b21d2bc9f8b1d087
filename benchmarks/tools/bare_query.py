"""The reading baseline: open the file with stdlib sqlite3 and run one indexed query.

    python bare_query.py DB conflicts      # the open and confirmed conflicts, in listing order
    python bare_query.py DB claim ID       # one claim by its ID (or ID prefix, as typed)

Prints only the number of rows, so the figure is the floor any reader of the
same file pays: interpreter start, opening the database, one query.
"""

import sqlite3
import sys

path, what = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(path)
if what == "conflicts":
    rows = conn.execute(
        "SELECT * FROM conflicts WHERE active = 1 AND state IN ('open', 'confirmed') ORDER BY case_name, key"
    ).fetchall()
else:
    prefix = sys.argv[3]
    rows = conn.execute("SELECT * FROM claims WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                        (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1))).fetchall()
print(len(rows))
