"""The fact-check report as CommonMark (with GitHub-style tables).

Written in one streamed pass per section: a summary pass over the claims,
then a detail pass, then the corrections log and the sources. All user text
goes through :mod:`claimtrack.reports.escape`.
"""

from __future__ import annotations

from typing import Callable, TextIO

from claimtrack import ids
from claimtrack.reports import text
from claimtrack.reports.data import Report, describe_change, outlet_label, verdict_label
from claimtrack.reports.escape import md_code, md_inline, md_link, md_lines

OPEN_STATES = ("open", "confirmed")


def _unknown(value: object) -> str:
    return md_inline(value) if value else "unknown"


def conflict_summary(state: str | None) -> str:
    """The summary's "open conflicts" cell for a claim's key."""
    if not state or state == "cleared":
        return "none"
    if state in OPEN_STATES:
        return f"1 ({state})"
    return f"none ({state})"


def sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1:] in ".!?" else text + "."


def _when(at: str | None) -> str:
    if not at:
        return "unknown time"
    return at[:16].replace("T", " ") + (" UTC" if at.endswith("Z") else "")


def _source_ref(appearance: dict) -> str:
    return f"S{appearance['source_number']}" if appearance.get("source_number") else ids.short(appearance["source"])


def _appearance_line(appearance: dict, claim_reading: str | None = None) -> str:
    outlet = md_inline(outlet_label(appearance["outlet"], appearance["source"]))
    if appearance["title"]:
        work = md_link(f"\u201c{appearance['title']}\u201d", appearance["url"])
    elif appearance["url"]:
        work = md_link("article", appearance["url"])
    else:
        work = "untitled article, no address known"
    date = md_inline(appearance["published"]) if appearance["published"] else "date unknown"
    stance = "denies: " if appearance["stance"] == "denies" else ""
    line = f"- **{outlet}**, {work}, {date} \\[{_source_ref(appearance)}\\]: {stance}\u201c{md_inline(appearance['quote'])}\u201d"
    if appearance["attribution"]:
        line += f" \u2014 {md_inline(appearance['attribution'])}"
    if appearance["normalized"] and appearance["normalized"] != claim_reading:
        line += f" (read here as: {md_inline(appearance['normalized'])})"
    return line


def _conflict_block(conflict: dict) -> list[str]:
    lines = []
    if conflict["state"] != "cleared":
        lines += ["#### Conflict between outlets", ""]
        state = f"Conflict {md_code(ids.short(conflict['id']))} on {md_code(conflict['key'])}: **{conflict['state']}**."
        if conflict["reason"]:
            state += f" Reason: {md_inline(sentence(conflict['reason']))}"
        if conflict["resolution"]:
            resolution = conflict["resolution"]
            state += f" Side {resolution['side'] + 1} holds ({md_inline(resolution['value'])})."
        lines += [state, "", "| Side | Value | Outlets | Independent sources | What they say |", "| ---: | --- | --- | ---: | --- |"]
        for number, side in enumerate(conflict["sides"], start=1):
            value = ("not " if side["stance"] == "denies" else "") + (side["value"] or "no value")
            quotes = "; ".join(f"\u201c{md_inline(q['quote'])}\u201d ({md_inline(q['outlet'])})" for q in side["quotes"])
            lines.append(f"| {number} | {md_inline(value)} | {md_inline(', '.join(side['outlets']))} | "
                         f"{side['independent_sources']} | {quotes} |")
        lines.append("")
    if conflict["unresolved"]:
        lines += ["#### Unresolved values", ""]
        for side in conflict["unresolved"]:
            lines.append(f"- \u201c{md_inline(side['value'])}\u201d in {md_inline(', '.join(side['outlets']))}: "
                         "no publication date to read it against, so it is not counted as a conflict")
        lines.append("")
    return lines


def _claim_block(number: int, claim: dict) -> str:
    lines = [f"### {number}. {md_inline(claim['statement'])}", ""]
    verdict = f"**{verdict_label(claim['verdict'])}**"
    lines.append(f"- Verdict: {verdict} (status: {md_inline(claim['status'])})")
    lines.append(f"- Claim ID: {md_code(claim['id'])}")
    if claim["key"]:
        lines.append(f"- About: {md_code(claim['key'])}")
    if claim["value"]:
        read = f" (read as: {md_inline(claim['normalized'])})" if claim["normalized"] else " (kept as text)"
        lines.append(f"- Value: \u201c{md_inline(claim['value'])}\u201d{read}")
    if claim["tags"]:
        lines.append(f"- Tags: {md_inline(', '.join(claim['tags']))}")
    lines += ["", "#### What the outlets say", ""]
    lines += [_appearance_line(a, claim["normalized"]) for a in claim["appearances"]] or ["No source recorded."]
    lines.append("")
    if claim["conflict"]:
        lines += _conflict_block(claim["conflict"])
    lines += ["#### Evidence notes", ""]
    if not claim["notes"]:
        lines.append("No evidence notes yet.")
    for note in claim["notes"]:
        line = f"- **{md_inline(note['stance'])}** \u2014 {_unknown(note['author'])}, {_when(note['created_at'])}: "
        line += md_lines(note["text"], indent="  ")
        if note["url"]:
            line += " " + md_link("(link)", note["url"])
        lines.append(line)
    lines += ["", "#### History", ""]
    for entry in claim["history"]:
        lines.append(f"- {_when(entry['at'])} \u2014 {_unknown(entry['author'])} \u2014 {md_inline(describe_change(entry))}")
    if not claim["history"]:
        lines.append("No recorded changes.")
    return "\n".join(lines) + "\n\n"


def render(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    write = out.write
    total = report.claim_count()
    sources = report.source_numbers()
    write(f"# {md_inline(report.heading)}\n\n")
    byline = f" by {md_link(report.org_name, report.org_url)}" if report.org_name else ""
    write(f"Published {report.date}{byline}.\n\n")
    scope = ""
    if report.filtered:
        parts = ([f"key {md_code(report.key)}"] if report.key else []) + ([f"tag {md_code(report.tag)}"] if report.tag else [])
        scope = f" (claims with {' and '.join(parts)})"
    write(f"This report covers {total} claim{'s' if total != 1 else ''}{scope} in the case {md_code(report.case)}, "
          f"drawn from {len(sources)} source{'s' if len(sources) != 1 else ''}. Each claim lists the outlets that "
          "state it with their exact words, where the outlets contradict each other, the evidence gathered and "
          "its history. The methodology, the corrections log and the full list of sources follow the claims.\n\n")

    write("## Summary\n\n")
    numbers: dict[str, int] = {}
    if not total:
        write("No claims match.\n\n")
    else:
        write("| # | Claim | Verdict | Outlets | Open conflicts |\n| ---: | --- | --- | --- | --- |\n")
        for number, claim in enumerate(report.claims(full=False), start=1):
            numbers[claim["id"]] = number
            write(f"| {number} | {md_inline(claim['statement'])} | {verdict_label(claim['verdict'])} | "
                  f"{md_inline('; '.join(claim['outlets'])) or 'none'} | {conflict_summary(report.conflict_state(claim['key']))} |\n")
        write("\n")

    write("## Claims\n\n")
    if not total:
        write("No claims match.\n\n")
    for number, claim in enumerate(report.claims(full=True), start=1):
        write(_claim_block(number, claim))

    write("## Methodology\n\n")
    for heading, paragraphs in text.METHODOLOGY:
        write(f"### {md_inline(heading)}\n\n")
        for paragraph in paragraphs:
            write(md_inline(paragraph) + "\n\n")
    write("### Ratings\n\n" + md_inline(text.RATING_NOTE) + "\n\n")

    write("## Corrections log\n\n")
    corrections = 0
    for entry in report.corrections():
        corrections += 1
        number = numbers.get(entry["claim_id"])
        which = f"claim {number} ({md_code(ids.short(entry['claim_id']))})" if number else md_code(ids.short(entry["claim_id"]))
        line = (f"- {_when(entry['at'])} \u2014 {which}, \u201c{md_inline(entry['statement'])}\u201d: verdict changed "
                f"from {verdict_label(entry['old'])} to {verdict_label(entry['new'])} by {_unknown(entry['author'])}.")
        if entry["note"]:
            line += f" Why: {md_inline(entry['note'])}"
        write(line + "\n")
    if not corrections:
        write("No verdict has been changed after it was first given.\n")
    write("\n")

    write("## Sources\n\n")
    if not sources:
        write("No sources.\n")
    else:
        write("| # | Outlet | Title | Author | Date | Address | ID |\n| --- | --- | --- | --- | --- | --- | --- |\n")
        for source in report.sources():
            url = md_link(source["url"], source["url"]) if source["url"] else "unknown"
            write(f"| S{source['number']} | {_unknown(source['outlet'])} | {_unknown(source['title'])} | "
                  f"{_unknown(source['author'])} | {_unknown(source['published'])} | {url} | "
                  f"{md_code(ids.short(source['id']))} |\n")

