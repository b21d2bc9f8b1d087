"""The fact-check as Markdown: the claims and our ratings up top, where the outlets
disagree, each claim with why we rated it, the outlets' words and the evidence,
then the rating scale, methodology, corrections policy, corrections, the sources
consulted and the outlets checked.

The published edition holds only what a reader should see; the internal
edition adds keys, IDs, work status, internal notes and each claim's history.
User text is escaped by :mod:`claimtrack.reports.escape`.
"""

from __future__ import annotations

from typing import Callable, TextIO

from claimtrack import ids
from claimtrack.reports import text
from claimtrack.reports.data import Evidence, Report, describe_change
from claimtrack.reports.escape import md_code, md_inline, md_link, md_lines

OPEN_STATES = ("open", "confirmed")


def _unknown(value: object) -> str:
    return md_inline(value) if value else "unknown"


def conflict_summary(state: str | None) -> str:
    """The internal summary's "open conflicts" cell for a claim's key."""
    if not state or state == "cleared":
        return "none"
    if state in OPEN_STATES:
        return f"1 ({state})"
    return f"none ({state})"


def sentence(text_: str) -> str:
    text_ = " ".join(text_.split())
    return text_ if text_[-1:] in ".!?" else text_ + "."


def _when(at: str | None) -> str:
    if not at:
        return "unknown time"
    return at[:16].replace("T", " ") + (" UTC" if at.endswith("Z") else "")


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def side_value(side: dict) -> str:
    return ("not " if side["stance"] == "denies" else "") + (side["value"] or "no value")


def disagreement_heading(record: dict) -> str:
    return " or ".join(side_value(side) for side in record["sides"]) + "?"


def disagreement_state(record: dict, report: Report) -> str:
    """Where a disagreement stands, in words."""
    state, reason = record["state"], record["reason"]
    if state == "resolved" and record["resolution"]:
        resolution = record["resolution"]
        held = resolution["side"] + 1
        out = f"Settled: side {held} ({resolution['value']}) holds."
        return out + (f" {sentence(reason)}" if reason else "")
    if state == "confirmed":
        return "Both cannot be true." + (f" {sentence(reason)}" if reason else "")
    if state == "dismissed":
        return "Dismissed as no real contradiction." + (f" {sentence(reason)}" if reason else "")
    return "Not settled yet."


def side_ratings(side: dict, numbers: dict[str, int], report: Report) -> list[tuple[int, str]]:
    """(claim number, rating label) of a side's claims that the report holds."""
    out = []
    for claim_id in side["claims"]:
        if claim_id in numbers:
            out.append((numbers[claim_id], report.label(report.verdicts.get(claim_id))))
    return sorted(out)


def _rating_cell(pairs: list[tuple[int, str]]) -> str:
    return "; ".join(f"{label} (claim {number})" for number, label in pairs) or "not rated"


def _appearance_line(appearance: dict, claim_reading: str | None, internal: bool) -> str:
    outlet = md_inline(appearance["outlet_label"])
    if appearance["title"]:
        work = md_link(f"\u201c{appearance['title']}\u201d", appearance["url"])
    elif appearance["url"]:
        work = md_link("article", appearance["url"])
    else:
        work = "headline and address unknown"
    date = md_inline(appearance["published"]) if appearance["published"] else "date unknown"
    stance = "denies: " if appearance["stance"] == "denies" else ""
    stance = ("in its headline: " if appearance.get("field") == "title" else "") + stance
    ref = f" \\[S{appearance['source_number']}\\]" if appearance.get("source_number") else ""
    line = f"- **{outlet}**, {work}, {date}{ref}: {stance}\u201c{md_inline(appearance['quote'])}\u201d"
    if appearance["attribution"]:
        line += f" \u2014 {md_inline(appearance['attribution'])}"
    if internal and appearance["normalized"] and appearance["normalized"] != claim_reading:
        line += f" (read here as: {md_inline(appearance['normalized'])})"
    return line


def _note_line(note: dict, internal: bool) -> str:
    line = f"- {md_inline(note['stance'].capitalize())}: " + md_lines(note["text"], indent="  ")
    if note["url"]:
        line += " " + md_link("(link)", note["url"])
    if note["archive_url"]:
        line += " " + md_link("(archived copy)", note["archive_url"])
    if internal:
        line += f" \u2014 {note['visibility'] or 'internal'}, {_unknown(note['author'])}, {_when(note['created_at'])}"
    return line


def _claim_block(number: int, claim: dict, report: Report, disagreement: int | None) -> str:
    internal = report.internal
    lines = [f"### {number}. {md_inline(claim['statement'])}", ""]
    lines.append(f"**Our rating: {md_inline(report.label(claim['verdict']))}**")
    lines.append("")
    if claim["verdict"]:
        why = claim["rationale"] or "No rationale was recorded for this rating."
        lines += [f"**Why we rated it:** {md_lines(why)}", ""]
    if internal:
        meta = [f"Status: {md_inline(claim['status'])}", f"ID {md_code(claim['id'])}"]
        if claim["key"]:
            meta.append(f"key {md_code(claim['key'])}")
        if claim["value"]:
            read = f" (read as: {md_inline(claim['normalized'])})" if claim["normalized"] else " (kept as text)"
            meta.append(f"value \u201c{md_inline(claim['value'])}\u201d{read}")
        if claim["tags"]:
            meta.append(f"tags: {md_inline(', '.join(claim['tags']))}")
        lines += ["*" + " \u00b7 ".join(meta) + "*", ""]
    lines += ["#### What the outlets reported", ""]
    lines += [_appearance_line(a, claim["normalized"], internal) for a in claim["appearances"]] or ["No article recorded."]
    lines.append("")
    if disagreement:
        lines += [f"The outlets disagree on this point: see \u201cWhere the outlets disagree\u201d, {disagreement}.", ""]
    conflict = claim["conflict"]
    if conflict and conflict["unresolved"]:
        for side in conflict["unresolved"]:
            outlets = ", ".join(report.outlet(source) for source in side["sources"])
            lines.append(f"Not compared: \u201c{md_inline(side['value'])}\u201d in {md_inline(outlets)} cannot be dated, "
                         "because the article gives no publication date.")
        lines.append("")
    lines += ["#### Evidence", ""]
    lines += [_note_line(note, internal) for note in claim["notes"]] or ["No evidence recorded yet."]
    if internal:
        lines += ["", "#### History", ""]
        for entry in claim["history"]:
            lines.append(f"- {_when(entry['at'])} \u2014 {_unknown(entry['author'])} \u2014 {md_inline(describe_change(entry))}")
        if not claim["history"]:
            lines.append("No recorded changes.")
    return "\n".join(lines) + "\n\n"


def _disagreement_block(number: int, record: dict, report: Report, numbers: dict[str, int]) -> str:
    lines = [f"### {number}. {md_inline(disagreement_heading(record))}", ""]
    if record.get("class_reason"):
        kind = f"{record['class'].capitalize()}: " if record.get("class") else ""
        lines += [md_inline(kind + sentence(record["class_reason"])), ""]
    lines += [md_inline(disagreement_state(record, report)), ""]
    if report.internal:
        lines += [f"*Conflict {md_code(ids.short(record['id']))} on {md_code(record['key'])}, {record['state']}.*", ""]
    lines += ["| Side | Value | Outlets | Independent sources | Their words | Our rating |",
              "| ---: | --- | --- | ---: | --- | --- |"]
    for index, side in enumerate(record["sides"], start=1):
        quotes = "; ".join(f"\u201c{md_inline(q['quote'])}\u201d ({md_inline(q['outlet_label'])})" for q in side["quotes"])
        value = side_value(side)
        if side.get("class") and side.get("reason"):
            value += f" ({side['class']}: {side['reason']})"
        lines.append(f"| {index} | {md_inline(value)} | {md_inline(', '.join(side['outlet_labels']))} | "
                     f"{side['independent_sources']} | {quotes} | {_rating_cell(side_ratings(side, numbers, report))} |")
    lines.append("")
    if record["also"]:
        lines.append("Also reported, and compatible with one side or more (a bound, a range or an approximation):")
        lines.append("")
        for also in record["also"]:
            rated = f", claim {numbers[also['claim']]}" if also["claim"] in numbers else ""
            lines.append(f"- {md_inline(also['value'] or 'no value')}: \u201c{md_inline(also['quote'])}\u201d "
                         f"({md_inline(also['outlet_label'])}{rated})")
        lines.append("")
    return "\n".join(lines) + "\n"


def render(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    write = out.write
    internal = report.internal
    total = report.claim_count()
    sources = report.source_numbers()
    disagreements = list(report.disagreements())

    write(f"# {md_inline(report.heading)}\n\n")
    if internal:
        write("*Internal edition: keys, IDs, work status, internal notes and history included. Not for publication.*\n\n")
    by = []
    if report.settings.get("report.byline"):
        by.append(md_inline(report.settings["report.byline"]))
    if report.org_name:
        by.append(md_link(report.org_name, report.org_url))
    dates = f"Published {report.published_date}." + (f" Updated {report.updated_date}." if report.updated_date else "")
    write((f"By {', '.join(by)}. " if by else "") + dates + "\n\n")
    if report.filtered:
        parts = ([f"key {md_code(report.key)}"] if report.key else []) + ([f"tag {md_code(report.tag)}"] if report.tag else [])
        write(f"This report covers the claims with {' and '.join(parts)}.\n\n")
    for paragraph in text.introduction(report.settings, total, len(sources), len(disagreements), internal=internal):
        write(md_inline(paragraph) + "\n\n")

    write("## The claims and our ratings\n\n")
    numbers: dict[str, int] = {}
    if not total:
        write("No claims match." if internal else "No claim has been rated yet.")
        write("\n\n")
    else:
        header = "| # | Claim | Our rating |" + (" Status | Outlets | Conflict |" if internal else "")
        write(header + "\n| ---: | --- | --- |" + (" --- | --- | --- |" if internal else "") + "\n")
        for number, claim in enumerate(report.claims(full=False), start=1):
            numbers[claim["id"]] = number
            report.verdicts[claim["id"]] = claim["verdict"]
            row = f"| {number} | {md_inline(claim['statement'])} | {md_inline(report.label(claim['verdict']))} |"
            if internal:
                row += (f" {md_inline(claim['status'])} | {md_inline('; '.join(claim['outlets'])) or 'none'} |"
                        f" {conflict_summary(report.conflict_state(claim['key']))} |")
            write(row + "\n")
        write("\n")

    write("## Where the outlets disagree\n\n")
    by_key: dict[str, int] = {}
    if not disagreements:
        write("The outlets do not contradict each other on any claim in this report.\n\n")
    for number, record in enumerate(disagreements, start=1):
        by_key[record["key"]] = number
        write(_disagreement_block(number, record, report, numbers))

    write("## The claims\n\n")
    if not total:
        write("No claims match.\n\n" if internal else "No claim has been rated yet.\n\n")
    evidence = Evidence()
    for number, claim in enumerate(report.claims(full=True), start=1):
        write(_claim_block(number, claim, report, by_key.get(claim["key"])))
        evidence.add(number, claim)

    write("## Our rating scale\n\n")
    for rating in report.scale:
        write(f"- **{md_inline(rating['label'])}**: {md_inline(rating['definition'])}\n")
    write("\n## Methodology\n\n")
    for heading, paragraphs in text.methodology(report.settings):
        if heading:
            write(f"### {md_inline(heading)}\n\n")
        for paragraph in paragraphs:
            write(md_inline(paragraph) + "\n\n")

    write("## Corrections policy\n\n")
    for paragraph in text.corrections_policy(report.settings):
        write(md_inline(paragraph) + "\n\n")
    write(md_inline(text.contact_line(report.settings.get("org.corrections-contact"), report.org_name)) + "\n\n")

    write("## Corrections\n\n")
    corrections = 0
    for entry in report.corrections():
        corrections += 1
        number = numbers.get(entry["claim_id"])
        which = f"claim {number}" if number else "a claim"
        when = _when(entry["at"]) if internal else (entry["at"] or "")[:10]
        line = (f"- {when} \u2014 {which}, \u201c{md_inline(entry['statement'])}\u201d: rating changed from "
                f"{md_inline(report.label(entry['old']))} to {md_inline(report.label(entry['new']))}.")
        if entry["note"]:
            line += f" What changed: {md_inline(sentence(entry['note']))}"
        if internal:
            line += f" (by {_unknown(entry['author'])}, {md_code(ids.short(entry['claim_id']))})"
        write(line + "\n")
    if not corrections:
        write("No rating has been changed since it was first published.\n")
    write("\n")

    write("## Sources consulted\n\n")
    if not evidence:
        write("No public evidence is recorded for these claims yet.\n\n")
    for note, cited in evidence:
        line = "- " + md_lines(note["text"], indent="  ")
        if note["url"]:
            line += " " + md_link("(link)", note["url"])
        if note["archive_url"]:
            line += " " + md_link("(archived copy)", note["archive_url"])
        line += f" \u2014 cited for claim{'s' if len(cited) > 1 else ''} {', '.join(map(str, cited))}"
        write(line + "\n")
    if evidence:
        write("\n")

    write("## Outlets checked\n\n")
    if not sources:
        write("No articles.\n")
        return
    write("| # | Outlet | Headline | Author | Published | Address |" + (" ID |" if internal else "") + "\n")
    write("| --- | --- | --- | --- | --- | --- |" + (" --- |" if internal else "") + "\n")
    for source in report.sources():
        url = md_link(source["url"], source["url"]) if source["url"] else "unknown"
        row = (f"| S{source['number']} | {md_inline(report.outlet(source['id']))} | {_unknown(source['title'])} | "
               f"{_unknown(source['author'])} | {_unknown(source['published'])} | {url} |")
        if internal:
            row += f" {md_code(ids.short(source['id']))} |"
        write(row + "\n")
