"""A key that gains figures batch after batch is refreshed as it grows, not in every batch.

One story, thousands of outlets, each a different toll: refreshing the key's
conflict in every batch of an extraction run rewrote all its sides each time,
a cost that grew with the square of the outlets. It is refreshed when its
figures have grown by half and once at the end; in between it waits in
pending_conflicts, so that a run killed before its end leaves it to the next.
"""

from __future__ import annotations

import sqlite3

from claimtrack import conflicts
from claimtrack.extract import store as extract_store


def _outlets(run, article, count: int) -> None:
    for n in range(count):
        run("source", "add", article(f"o{n}.txt", f"The flood killed {100 + n} people in the valley.\n",
                                     {"outlet": f"Outlet {n}", "published": "2024-05-07", "case": "flood"}))


def test_a_growing_key_is_refreshed_as_it_grows_and_once_at_the_end(run, article, monkeypatch, db_path):
    _outlets(run, article, 120)
    monkeypatch.setattr(extract_store, "BATCH_SOURCES", 10)
    monkeypatch.setattr(extract_store, "TAIL_BATCH_SOURCES", 10)
    refreshed = []
    real = conflicts._refresh
    monkeypatch.setattr(conflicts, "_refresh", lambda conn, actor, detection, row: (
        refreshed.append(len(detection.sides)), real(conn, actor, detection, row))[1])
    run("extract")
    # 12 batches: refreshed at 10, 20, 30, 50, 80 and 120 figures, not 12 times
    assert len(refreshed) <= 7
    [record] = run.json("list", "--conflicts", "--json")
    assert len(record["sides"]) + len(record["others"]) == 120
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM pending_conflicts").fetchone() == (0,)


def test_a_key_left_pending_by_a_killed_run_is_refreshed_by_the_next(run, article, db_path):
    _outlets(run, article, 3)
    run("extract")
    conn = sqlite3.connect(db_path)
    # as a run killed after storing its figures but before its end leaves it
    conn.execute("DELETE FROM conflicts")
    conn.execute("INSERT INTO pending_conflicts (case_name, key) VALUES ('flood', 'flood.deaths')")
    conn.commit()
    assert run.json("list", "--conflicts", "--json") == []
    run("extract")  # nothing new to read: it refreshes what was left
    assert [c["key"] for c in run.json("list", "--conflicts", "--json")] == ["flood.deaths"]
    assert conn.execute("SELECT count(*) FROM pending_conflicts").fetchone() == (0,)
