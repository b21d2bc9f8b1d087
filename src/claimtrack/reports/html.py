"""The fact-check report as one standalone HTML page, ClaimReview embedded.

No external resources: the CSS is inline, there are no scripts to run and no
fonts or images to fetch, so the page reads the same offline. User text is
HTML-escaped and only http(s) addresses become links.
"""

from __future__ import annotations

import html
from typing import Callable, TextIO

from claimtrack import ids
from claimtrack.reports import claimreview, text
from claimtrack.reports.data import Report, describe_change, outlet_label, verdict_label
from claimtrack.reports.escape import clean, web_url
from claimtrack.reports.markdown import conflict_summary, sentence

CSS = """
:root { --ink: #1d232b; --muted: #5b6572; --line: #d9dee5; --paper: #ffffff; --tint: #f4f6f9; --accent: #174ea6; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--tint); color: var(--ink); font: 16px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 980px; margin: 0 auto; padding: 32px 28px 64px; background: var(--paper); }
header.report { border-bottom: 3px solid var(--ink); padding-bottom: 18px; margin-bottom: 28px; }
.kicker { font: 700 13px/1 system-ui, sans-serif; letter-spacing: .12em; text-transform: uppercase; color: var(--accent); margin: 0 0 10px; }
h1 { font-size: 34px; line-height: 1.2; margin: 0 0 10px; }
h2 { font: 700 22px/1.3 system-ui, sans-serif; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 21px; line-height: 1.35; margin: 0 0 8px; }
h4 { font: 700 13px/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 20px 0 8px; }
.byline, .lede { color: var(--muted); margin: 6px 0; }
a { color: var(--accent); }
table { width: 100%; border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--tint); font-weight: 700; }
td.num, th.num { text-align: right; white-space: nowrap; }
.verdict { display: inline-block; font: 700 12px/1 system-ui, sans-serif; padding: 5px 9px; border-radius: 999px; white-space: nowrap;
  background: #e7eaee; color: #39424e; }
.v-true { background: #1e7b34; color: #fff; } .v-mostly-true { background: #8fcf9c; color: #0f3d1a; }
.v-mixed { background: #f3c94b; color: #4a3600; } .v-mostly-false { background: #f29b5b; color: #4d1f00; }
.v-false { background: #c62828; color: #fff; } .v-unproven { background: #8a94a3; color: #fff; }
.flag { font: 700 12px/1 system-ui, sans-serif; color: #a3261b; }
article.claim { border: 1px solid var(--line); border-radius: 8px; padding: 20px 22px; margin: 0 0 22px; }
.claim-num { color: var(--muted); font-weight: 400; margin-right: 6px; }
.meta { font: 13px/1.6 system-ui, sans-serif; color: var(--muted); margin: 4px 0 0; }
.meta code, code { font: 12px/1 ui-monospace, Menlo, Consolas, monospace; background: var(--tint); padding: 2px 4px; border-radius: 3px; }
ul.says { list-style: none; padding: 0; margin: 0; }
ul.says li { margin: 0 0 12px; padding-left: 12px; border-left: 3px solid var(--line); }
.who { font: 700 14px/1.4 system-ui, sans-serif; } .where { font: 13px/1.4 system-ui, sans-serif; color: var(--muted); }
q, .quote { font-style: italic; }
.conflict { background: #fff6f4; border: 1px solid #f0c4bb; border-radius: 8px; padding: 12px 14px; margin-top: 16px; }
.conflict h4 { color: #a3261b; margin-top: 2px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 12px; }
.side { background: #fff; border: 1px solid #f0c4bb; border-radius: 6px; padding: 10px 12px; }
.side.holds { border: 2px solid #1e7b34; }
.held { font: 700 11px/1 system-ui, sans-serif; text-transform: uppercase; color: #fff; background: #1e7b34; padding: 3px 6px; border-radius: 4px; vertical-align: middle; }
.side-value { font: 700 17px/1.3 system-ui, sans-serif; margin-bottom: 4px; }
.side p { margin: 4px 0; font-size: 14px; }
.unresolved { background: var(--tint); border-radius: 6px; padding: 8px 12px; font-size: 14px; margin-top: 12px; }
.notes li, .history li { font-size: 15px; margin-bottom: 6px; }
.stance { font: 700 12px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; }
details summary { cursor: pointer; font: 700 13px/1.3 system-ui, sans-serif; color: var(--muted); margin-top: 16px; }
footer { margin-top: 48px; font: 13px/1.4 system-ui, sans-serif; color: var(--muted); }
"""


def esc(value: object) -> str:
    return html.escape(clean(value), quote=True)


def esc_lines(value: object) -> str:
    return "<br>".join(esc(line) for line in clean(value).split("\n") if line.strip())


def link(label: object, url: object) -> str:
    target = web_url(url)
    if not target:
        return esc(label)
    return f'<a href="{html.escape(target, quote=True)}" rel="nofollow noopener">{esc(label) or esc(target)}</a>'


def _unknown(value: object) -> str:
    return esc(value) if value else "unknown"


def badge(verdict: str | None) -> str:
    return f'<span class="verdict v-{esc(verdict or "none")}">{esc(verdict_label(verdict))}</span>'


def _when(at: str | None) -> str:
    if not at:
        return "unknown time"
    return esc(at[:16].replace("T", " ") + (" UTC" if at.endswith("Z") else ""))


def _appearance(appearance: dict, claim_reading: str | None) -> str:
    outlet = esc(outlet_label(appearance["outlet"], appearance["source"]))
    if appearance["title"]:
        work = link(f"\u201c{appearance['title']}\u201d", appearance["url"])
    elif appearance["url"]:
        work = link("article", appearance["url"])
    else:
        work = "untitled article, no address known"
    date = esc(appearance["published"]) if appearance["published"] else "date unknown"
    ref = f"S{appearance['source_number']}" if appearance.get("source_number") else ids.short(appearance["source"])
    stance = "<strong>denies:</strong> " if appearance["stance"] == "denies" else ""
    out = (f'<li><span class="who">{outlet}</span> <span class="where">{work}, {date} '
           f'[<a href="#source-{esc(appearance["source"])}">{ref}</a>]</span><br>'
           f'{stance}<span class="quote">\u201c{esc(appearance["quote"])}\u201d</span>')
    if appearance["attribution"]:
        out += f' <span class="where">\u2014 {esc(appearance["attribution"])}</span>'
    if appearance["normalized"] and appearance["normalized"] != claim_reading:
        out += f' <span class="where">(read here as: {esc(appearance["normalized"])})</span>'
    return out + "</li>\n"


def _conflict(conflict: dict) -> str:
    out = ""
    if conflict["state"] != "cleared":
        out += '<div class="conflict">\n'
        out += (f'<h4>Conflict between outlets \u2014 {esc(conflict["state"])}</h4>\n'
                f'<p class="meta">Conflict <code>{esc(ids.short(conflict["id"]))}</code> on <code>{esc(conflict["key"])}</code>.')
        if conflict["reason"]:
            out += f" Reason: {esc(sentence(conflict['reason']))}"
        if conflict["resolution"]:
            out += f" Side {conflict['resolution']['side'] + 1} holds ({esc(conflict['resolution']['value'])})."
        out += '</p>\n<div class="sides">\n'
        for number, side in enumerate(conflict["sides"], start=1):
            value = ("not " if side["stance"] == "denies" else "") + (side["value"] or "no value")
            count = side["independent_sources"]
            holds = bool(conflict["resolution"]) and conflict["resolution"]["side"] == number - 1
            mark = ' <span class="held">holds</span>' if holds else ""
            out += (f'<div class="side{" holds" if holds else ""}"><div class="side-value">Side {number}: {esc(value)}{mark}</div>'
                    f'<p class="where">{esc(", ".join(side["outlets"]))} \u00b7 {count} independent source{"s" if count != 1 else ""}</p>\n')
            for quote in side["quotes"]:
                out += f'<p><span class="quote">\u201c{esc(quote["quote"])}\u201d</span> <span class="where">\u2014 {esc(quote["outlet"])}</span></p>\n'
            out += "</div>\n"
        out += "</div>\n</div>\n"
    if conflict["unresolved"]:
        out += '<div class="unresolved"><strong>Unresolved, not counted as a conflict:</strong><ul>'
        for side in conflict["unresolved"]:
            out += (f'<li>\u201c{esc(side["value"])}\u201d in {esc(", ".join(side["outlets"]))}: '
                    "no publication date to read it against</li>")
        out += "</ul></div>\n"
    return out


def _claim(number: int, claim: dict) -> str:
    out = [f'<article class="claim" id="claim-{esc(claim["id"])}">',
           f'<h3><span class="claim-num">{number}.</span>{esc(claim["statement"])}</h3>',
           f'<p>{badge(claim["verdict"])} <span class="meta">status: {esc(claim["status"])}</span></p>']
    meta = [f'claim <code>{esc(claim["id"])}</code>']
    if claim["key"]:
        meta.append(f'about <code>{esc(claim["key"])}</code>')
    if claim["value"]:
        reading = f" (read as: {esc(claim['normalized'])})" if claim["normalized"] else " (kept as text)"
        meta.append(f"value \u201c{esc(claim['value'])}\u201d{reading}")
    if claim["tags"]:
        meta.append("tags: " + esc(", ".join(claim["tags"])))
    out.append('<p class="meta">' + " \u00b7 ".join(meta) + "</p>")
    out.append("<h4>What the outlets say</h4>")
    if claim["appearances"]:
        out.append('<ul class="says">\n' + "".join(_appearance(a, claim["normalized"]) for a in claim["appearances"]) + "</ul>")
    else:
        out.append("<p>No source recorded.</p>")
    if claim["conflict"]:
        out.append(_conflict(claim["conflict"]))
    out.append("<h4>Evidence notes</h4>")
    if claim["notes"]:
        out.append('<ul class="notes">')
        for note in claim["notes"]:
            item = (f'<li><span class="stance">{esc(note["stance"])}</span> \u2014 {_unknown(note["author"])}, '
                    f'{_when(note["created_at"])}: {esc_lines(note["text"])}')
            if note["url"]:
                item += " " + link("(link)", note["url"])
            out.append(item + "</li>")
        out.append("</ul>")
    else:
        out.append("<p>No evidence notes yet.</p>")
    out.append(f'<details><summary>History ({len(claim["history"])} entries)</summary><ul class="history">')
    for entry in claim["history"]:
        out.append(f"<li>{_when(entry['at'])} \u2014 {_unknown(entry['author'])} \u2014 {esc(describe_change(entry))}</li>")
    out.append("</ul></details>\n</article>\n")
    return "\n".join(out)


def render(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    write = out.write
    total = report.claim_count()
    sources = report.source_numbers()
    write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f"<title>{esc(report.heading)}</title>\n<style>{CSS}</style>\n"
          '<script type="application/ld+json">\n')
    claimreview.write_json(claimreview.reviews(report, warn or (lambda message: None)), out, for_script=True)
    write("</script>\n</head>\n<body>\n<main>\n")

    byline = f" by {link(report.org_name, report.org_url)}" if report.org_name else ""
    scope = ""
    if report.filtered:
        parts = ([f"key <code>{esc(report.key)}</code>"] if report.key else []) + ([f"tag <code>{esc(report.tag)}</code>"] if report.tag else [])
        scope = f" (claims with {' and '.join(parts)})"
    write(f'<header class="report"><p class="kicker">Fact-check</p><h1>{esc(report.heading)}</h1>\n'
          f'<p class="byline">Published {esc(report.date)}{byline}.</p>\n'
          f'<p class="lede">This report covers {total} claim{"s" if total != 1 else ""}{scope} in the case '
          f'<code>{esc(report.case)}</code>, drawn from {len(sources)} source{"s" if len(sources) != 1 else ""}. '
          "Each claim lists the outlets that state it with their exact words, where the outlets contradict each "
          "other, the evidence gathered and its history.</p></header>\n")

    write('<section id="summary">\n<h2>Summary</h2>\n')
    numbers: dict[str, int] = {}
    if not total:
        write("<p>No claims match.</p>\n")
    else:
        write('<table>\n<thead><tr><th class="num">#</th><th>Claim</th><th>Verdict</th><th>Outlets</th>'
              "<th>Open conflicts</th></tr></thead>\n<tbody>\n")
        for number, claim in enumerate(report.claims(full=False), start=1):
            numbers[claim["id"]] = number
            state = conflict_summary(report.conflict_state(claim["key"]))
            flag = f'<span class="flag">{esc(state)}</span>' if state.startswith("1") else esc(state)
            write(f'<tr><td class="num">{number}</td><td><a href="#claim-{esc(claim["id"])}">{esc(claim["statement"])}</a></td>'
                  f'<td>{badge(claim["verdict"])}</td><td>{esc("; ".join(claim["outlets"])) or "none"}</td><td>{flag}</td></tr>\n')
        write("</tbody>\n</table>\n")
    write("</section>\n")

    write('<section id="claims">\n<h2>Claims</h2>\n')
    if not total:
        write("<p>No claims match.</p>\n")
    for number, claim in enumerate(report.claims(full=True), start=1):
        write(_claim(number, claim))
    write("</section>\n")

    write('<section id="methodology">\n<h2>Methodology</h2>\n')
    for heading, paragraphs in text.METHODOLOGY:
        write(f"<h4>{esc(heading)}</h4>\n" + "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs))
    write(f"<h4>Ratings</h4>\n<p>{esc(text.RATING_NOTE)}</p>\n</section>\n")

    write('<section id="corrections">\n<h2>Corrections log</h2>\n')
    items = []
    for entry in report.corrections():
        number = numbers.get(entry["claim_id"])
        which = f'<a href="#claim-{esc(entry["claim_id"])}">claim {number or esc(ids.short(entry["claim_id"]))}</a>'
        item = (f"<li>{_when(entry['at'])} \u2014 {which}, \u201c{esc(entry['statement'])}\u201d: verdict changed from "
                f"{esc(verdict_label(entry['old']))} to {esc(verdict_label(entry['new']))} by {_unknown(entry['author'])}.")
        if entry["note"]:
            item += f" Why: {esc(entry['note'])}"
        items.append(item + "</li>")
    write("<ul>\n" + "\n".join(items) + "\n</ul>\n" if items else "<p>No verdict has been changed after it was first given.</p>\n")
    write("</section>\n")

    write('<section id="sources">\n<h2>Sources</h2>\n')
    if not sources:
        write("<p>No sources.</p>\n")
    else:
        write("<table>\n<thead><tr><th>#</th><th>Outlet</th><th>Title</th><th>Author</th><th>Date</th>"
              "<th>Address</th><th>ID</th></tr></thead>\n<tbody>\n")
        for source in report.sources():
            url = link(source["url"], source["url"]) if source["url"] else "unknown"
            write(f'<tr id="source-{esc(source["id"])}"><td>S{source["number"]}</td><td>{_unknown(source["outlet"])}</td>'
                  f'<td>{_unknown(source["title"])}</td><td>{_unknown(source["author"])}</td>'
                  f'<td>{_unknown(source["published"])}</td><td>{url}</td><td><code>{esc(ids.short(source["id"]))}</code></td></tr>\n')
        write("</tbody>\n</table>\n")
    write("</section>\n")
    write(f"<footer>Generated {esc(report.date)} with claimtrack from the case <code>{esc(report.case)}</code>.</footer>\n"
          "</main>\n</body>\n</html>\n")

