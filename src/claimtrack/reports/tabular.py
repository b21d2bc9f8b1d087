"""The case as JSON, or one CSV row per claim; both written as they are read.

The published edition holds what the published report shows: rated claims
with their rating, rationale, the outlets' words and public evidence, the
disagreements, corrections and the articles checked; no keys, IDs, internal
notes or tool history. The internal edition holds every record of the case
(candidates and rejected claims too): sources with their text, claims with
appearances, notes and history, conflicts with their sides and history, and
the case's own history.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Callable, Iterable, TextIO

from claimtrack.reports.data import Report, first_appearance, outlet_label

FORMAT = "claimtrack-export/1"
PUBLISHED_FORMAT = "claimtrack-published/1"
PUBLISHED_CSV_COLUMNS = ("number", "claim", "rating", "why", "outlets", "first_published", "evidence", "evidence_urls")
CSV_COLUMNS = (
    "id", "case", "key", "statement", "value", "value_type", "normalized", "status", "verdict", "rationale", "tags",
    "outlets", "sources", "appearances", "first_published", "notes", "conflict", "conflict_state",
    "created_at", "created_by", "updated_at", "quote", "outlet", "evidence_urls",
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


def _published_claim(number: int, claim: dict, report: Report) -> dict:
    return {
        "number": number, "claim": claim["statement"], "rating": claim["verdict"],
        "rating_label": report.label(claim["verdict"]), "why": claim["rationale"],
        "reported_by": [
            {"outlet": a["outlet_label"], "headline": a["title"], "url": a["url"], "published": a["published"],
             "quote": a["quote"], "attribution": a["attribution"], "stance": a["stance"]}
            for a in claim["appearances"]
        ],
        "evidence": [{"text": n["text"], "url": n["url"], "archive_url": n["archive_url"], "stance": n["stance"]}
                     for n in claim["notes"]],
    }


def _published_json(report: Report, out: TextIO) -> None:
    from claimtrack.reports import text

    numbers: dict[str, int] = {}
    claims = []
    for number, claim in enumerate(report.claims(full=True), start=1):
        numbers[claim["id"]] = number
        claims.append(_published_claim(number, claim, report))
    disagreements = [
        {"sides": [{"value": side["value"], "stance": side["stance"], "outlets": side["outlet_labels"],
                    "independent_sources": side["independent_sources"],
                    "quotes": [{"outlet": q["outlet_label"], "quote": q["quote"]} for q in side["quotes"]],
                    "claims": sorted(numbers[c] for c in side["claims"] if c in numbers)}
                   for side in record["sides"]],
         "state": record["state"], "reason": record["reason"], "class": record.get("class"),
         "class_reason": record.get("class_reason"),
         "also": [{"value": a["value"], "outlet": a["outlet_label"], "quote": a["quote"]} for a in record["also"]]}
        for record in report.disagreements()
    ]
    data = {
        "format": PUBLISHED_FORMAT, "title": report.heading, "byline": report.settings.get("report.byline"),
        "publisher": {"name": report.org_name, "url": report.org_url}, "url": report.report_url,
        "published": report.published_date, "updated": report.updated_date,
        "introduction": report.settings.get("report.intro"),
        "claims": claims, "disagreements": disagreements,
        "corrections": [{"date": (e["at"] or "")[:10], "claim": numbers.get(e["claim_id"]),
                         "from": report.label(e["old"]), "to": report.label(e["new"]), "note": e["note"]}
                        for e in report.corrections()],
        "rating_scale": [{"rating": r["name"], "label": r["label"], "definition": r["definition"]} for r in report.scale],
        "methodology": [{"heading": h, "paragraphs": ps} for h, ps in text.methodology(report.settings)],
        "corrections_policy": text.corrections_policy(report.settings),
        "sources": [{"number": f"S{s['number']}", "outlet": report.outlet(s["id"]), "headline": s["title"],
                     "author": s["author"], "published": s["published"], "url": s["url"]} for s in report.sources()],
    }
    out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def render_json(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    if not report.internal:
        _published_json(report, out)
        return
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
    quoted = first or (claim["appearances"][0] if claim["appearances"] else None)
    conflict = claim.get("conflict")
    row = {
        **{field: claim[field] for field in ("id", "case", "key", "statement", "value", "value_type", "normalized",
                                            "status", "verdict", "rationale", "created_at", "created_by",
                                            "updated_at")},
        "tags": ";".join(claim["tags"]),
        "outlets": "; ".join(claim["outlets"]),
        "sources": len({a["source"] for a in claim["appearances"]}),
        "appearances": len(claim["appearances"]),
        "first_published": first["published"] if first else None,
        "notes": len(claim["notes"]),
        "conflict": conflict["id"] if conflict and conflict["state"] != "cleared" else None,
        "conflict_state": conflict["state"] if conflict and conflict["state"] != "cleared" else None,
        # the words of its earliest dated appearance (else its first), and who printed them
        "quote": quoted["quote"] if quoted else None,
        "outlet": outlet_label(quoted["outlet"], quoted["source"]) if quoted else None,
        "evidence_urls": " ".join(note["url"] for note in claim["notes"] if note["url"]),
    }
    return [_cell(row[column]) for column in CSV_COLUMNS]


def render_csv(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    writer = csv.writer(out, lineterminator="\n")
    if not report.internal:
        writer.writerow(PUBLISHED_CSV_COLUMNS)
        for number, claim in enumerate(report.claims(full=True), start=1):
            first = first_appearance(claim["appearances"])
            row = [number, claim["statement"], report.label(claim["verdict"]), claim["rationale"],
                   "; ".join(claim["outlets"]), first["published"] if first else None,
                   " | ".join(" ".join(n["text"].split()) for n in claim["notes"]),
                   " ".join(n["url"] for n in claim["notes"] if n["url"])]
            writer.writerow([_cell(value) for value in row])
        return
    writer.writerow(CSV_COLUMNS)
    for claim in report.claims(statuses=None, full=True):
        writer.writerow(csv_row(claim))
