"""Outlets across, keys down: who says what, and which of it is contested."""

from __future__ import annotations

import json
import sqlite3

from claimtrack import storage
from claimtrack.conflicts import outlet_name


@storage.consistent
def build(conn: sqlite3.Connection, *, case: str | None = None, key: str | None = None) -> dict:
    where, params = ["c.key IS NOT NULL", "c.status NOT IN ('rejected', 'retracted')"], []
    if case:
        where.append("c.case_name = ?")
        params.append(case)
    if key:
        where.append("substr(c.key, 1, ?) = ?")
        params.extend([len(key), key])
    rows = conn.execute(
        f"""
        SELECT c.id, c.case_name, c.key, c.value, a.source_id, s.outlet, s.published, a.stance
        FROM claims c JOIN appearances a ON a.claim_id = c.id JOIN sources s ON s.id = a.source_id
        WHERE {' AND '.join(where)}
        ORDER BY c.case_name, c.key, s.outlet, a.source_id
        """,
        params,
    ).fetchall()
    contested: set[str] = set()
    conflict_where = ["active = 1", "state IN ('open', 'confirmed')"]
    conflict_params: list = []
    if case:
        conflict_where.append("case_name = ?")
        conflict_params.append(case)
    for (sides_json,) in conn.execute(f"SELECT sides_json FROM conflicts WHERE {' AND '.join(conflict_where)}", conflict_params):
        for side in json.loads(sides_json)["sides"]:
            contested.update(side["claims"])
    outlets: dict[str, dict] = {}
    cells: dict[tuple[str, str], dict] = {}
    keys: list[str] = []
    many_cases = len({row["case_name"] for row in rows}) > 1
    for row in rows:
        column = row["outlet"].casefold() if row["outlet"] else "source:" + row["source_id"]
        if column not in outlets:
            outlets[column] = {"name": outlet_name(row["outlet"], row["source_id"]), "published": row["published"]}
        label = f"{row['case_name']}:{row['key']}" if many_cases else row["key"]
        if not keys or keys[-1] != label:
            keys.append(label)
        cell = cells.setdefault((label, column), {"values": [], "claims": [], "conflict": False})
        value = (row["value"] or "?") if row["stance"] == "asserts" else f"not {row['value'] or '?'}"
        if value not in cell["values"]:
            cell["values"].append(value)
        if row["id"] not in cell["claims"]:
            cell["claims"].append(row["id"])
        cell["conflict"] = cell["conflict"] or row["id"] in contested
    columns = sorted(outlets, key=lambda c: (outlets[c]["name"].startswith("unknown"), outlets[c]["name"]))
    return {
        "outlets": [outlets[c] for c in columns],
        "keys": keys,
        "rows": [{"key": k, "cells": [cells.get((k, c)) for c in columns]} for k in keys],
    }

