"""Everything as JSON, or one CSV row per claim; both written as they are read.

JSON holds every record of the case (candidates and rejected claims too):
sources with their text, claims with appearances, notes and history,
conflicts with their sides and history, and the case's own history.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Callable, Iterable, TextIO

from claimtrack.reports.data import Report, first_appearance

FORMAT = "claimtrack-export/1"
CSV_COLUMNS = (
    "id", "case", "key", "statement", "value", "value_type", "normalized", "status", "verdict", "tags",
    "outlets", "sources", "appearances", "first_published", "notes", "conflict", "conflict_state",
    "created_at", "created_by", "updated_at",
)
# A cell starting with one of these is a formula to a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _items(items: Iterable[dict], out: TextIO, indent: str) -> None:
    first = True
    for item in items:
        text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)
        out.write(("\n" if first else ",\n") + indent + text)
        first = False
    out.write("]" if first else "\n  ]")


def render_json(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    head = {"format": FORMAT, "case": report.case, "generated_at": report.now,
            "filters": {"key": report.key, "tag": report.tag}}
    out.write("{\n")
    for name, value in head.items():
        out.write(f"  {json.dumps(name)}: {json.dumps(value, ensure_ascii=False)},\n")
    sections = (
        ("sources", report.sources(with_text=True)),
        ("claims", report.claims(statuses=None, full=True)),
        ("conflicts", report.conflicts()),
        ("history", () if report.filtered else report.case_history()),
    )
    for number, (name, items) in enumerate(sections):
        out.write(f'  "{name}": [')
        _items(items, out, "    ")
        out.write(",\n" if number < len(sections) - 1 else "\n")
    out.write("}\n")


# Controls a spreadsheet would take as data (NUL, escape...), never wanted in a cell.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell(value: object) -> str:
    """A cell no spreadsheet runs: a bare carriage return (which the csv module leaves unquoted, and a
    spreadsheet reads as a new row) becomes a line break the cell is quoted for, other control
    characters become U+FFFD, and a formula's first character is escaped."""
    text = "" if value is None else str(value)
    if not text.isprintable():
        text = _CONTROLS.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_row(claim: dict) -> list[str]:
    first = first_appearance(claim["appearances"])
    conflict = claim.get("conflict")
    row = {
        **{field: claim[field] for field in ("id", "case", "key", "statement", "value", "value_type", "normalized",
                                            "status", "verdict", "created_at", "created_by", "updated_at")},
        "tags": ";".join(claim["tags"]),
        "outlets": "; ".join(claim["outlets"]),
        "sources": len({a["source"] for a in claim["appearances"]}),
        "appearances": len(claim["appearances"]),
        "first_published": first["published"] if first else None,
        "notes": len(claim["notes"]),
        "conflict": conflict["id"] if conflict and conflict["state"] != "cleared" else None,
        "conflict_state": conflict["state"] if conflict and conflict["state"] != "cleared" else None,
    }
    return [_cell(row[column]) for column in CSV_COLUMNS]


def render_csv(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim in report.claims(statuses=None, full=True):
        writer.writerow(csv_row(claim))
