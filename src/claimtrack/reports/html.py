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
from claimtrack.reports.data import Evidence, Report, describe_change
from claimtrack.reports.escape import clean, web_url
from claimtrack.reports.markdown import (conflict_summary, disagreement_heading, disagreement_state,
                                         plural, sentence, side_ratings, side_value)

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
.internal { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 6px; padding: 8px 12px; font: 700 13px/1.4 system-ui, sans-serif; }
.why { background: var(--tint); border-left: 4px solid var(--accent); padding: 10px 14px; margin: 12px 0; }
.why strong { font: 700 13px/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; color: var(--accent); display: block; margin-bottom: 4px; }
dl.scale dt { font-weight: 700; margin-top: 8px; } dl.scale dd { margin: 2px 0 0 0; }
.also { font-size: 14px; margin-top: 10px; }
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


def badge(verdict: str | None, report: Report) -> str:
    return f'<span class="verdict v-{esc(verdict or "none")}">{esc(report.label(verdict))}</span>'


def _when(at: str | None) -> str:
    if not at:
        return "unknown time"
    return esc(at[:16].replace("T", " ") + (" UTC" if at.endswith("Z") else ""))


def _appearance(appearance: dict, claim_reading: str | None, internal: bool) -> str:
    outlet = esc(appearance["outlet_label"])
    if appearance["title"]:
        work = link(f"\u201c{appearance['title']}\u201d", appearance["url"])
    elif appearance["url"]:
        work = link("article", appearance["url"])
    else:
        work = "headline and address unknown"
    date = esc(appearance["published"]) if appearance["published"] else "date unknown"
    ref = f"S{appearance['source_number']}" if appearance.get("source_number") else ""
    ref = f' [<a href="#source-{esc(ref)}">{ref}</a>]' if ref else ""
    stance = "<strong>denies:</strong> " if appearance["stance"] == "denies" else ""
    stance = ("in its headline: " if appearance.get("field") == "title" else "") + stance
    out = (f'<li><span class="who">{outlet}</span> <span class="where">{work}, {date}{ref}</span><br>'
           f'{stance}<span class="quote">\u201c{esc(appearance["quote"])}\u201d</span>')
    if appearance["attribution"]:
        out += f' <span class="where">\u2014 {esc(appearance["attribution"])}</span>'
    if internal and appearance["normalized"] and appearance["normalized"] != claim_reading:
        out += f' <span class="where">(read here as: {esc(appearance["normalized"])})</span>'
    return out + "</li>\n"


def _note(note: dict, internal: bool) -> str:
    item = f'<li><span class="stance">{esc(note["stance"])}</span> \u2014 {esc_lines(note["text"])}'
    if note["url"]:
        item += " " + link("(link)", note["url"])
    if note["archive_url"]:
        item += " " + link("(archived copy)", note["archive_url"])
    if internal:
        item += (f' <span class="where">\u2014 {esc(note["visibility"] or "internal")}, {_unknown(note["author"])}, '
                 f'{_when(note["created_at"])}</span>')
    return item + "</li>"


def _disagreement(number: int, record: dict, report: Report, numbers: dict[str, int]) -> str:
    out = f'<div class="conflict" id="disagreement-{number}">\n<h3>{number}. {esc(disagreement_heading(record))}</h3>\n'
    if record.get("class_reason"):
        kind = f"{record['class'].capitalize()}: " if record.get("class") else ""
        out += f"<p>{esc(kind + sentence(record['class_reason']))}</p>\n"
    out += f"<p>{esc(disagreement_state(record, report))}</p>\n"
    if report.internal:
        out += (f'<p class="meta">Conflict <code>{esc(ids.short(record["id"]))}</code> on <code>{esc(record["key"])}</code>, '
                f'{esc(record["state"])}.</p>\n')
    out += '<div class="sides">\n'
    held = record["resolution"]["side"] if record["state"] == "resolved" and record["resolution"] else None
    for index, side in enumerate(record["sides"]):
        holds = held == index
        mark = ' <span class="held">holds</span>' if holds else ""
        count = side["independent_sources"]
        value = side_value(side)
        out += (f'<div class="side{" holds" if holds else ""}"><div class="side-value">Side {index + 1}: {esc(value)}{mark}</div>'
                f'<p class="where">{esc(", ".join(side["outlet_labels"]))} \u00b7 {plural(count, "independent source")}</p>\n')
        if side.get("class") and side.get("reason"):
            out += f'<p class="where">{esc(side["class"])}: {esc(side["reason"])}</p>\n'
        for quote in side["quotes"]:
            out += (f'<p><span class="quote">\u201c{esc(quote["quote"])}\u201d</span> '
                    f'<span class="where">\u2014 {esc(quote["outlet_label"])}</span></p>\n')
        ratings = side_ratings(side, numbers, report)
        out += "<p>Our rating: " + ("; ".join(f'<a href="#claim-{number_}">{esc(label)} (claim {number_})</a>'
                                              for number_, label in ratings) or "not rated") + "</p>\n</div>\n"
    out += "</div>\n"
    if record["also"]:
        out += '<div class="also">Also reported, and compatible with one side or more (a bound, a range or an approximation):<ul>'
        for also in record["also"]:
            rated = f", claim {numbers[also['claim']]}" if also["claim"] in numbers else ""
            out += (f'<li>{esc(also["value"] or "no value")}: <span class="quote">\u201c{esc(also["quote"])}\u201d</span> '
                    f'({esc(also["outlet_label"])}{rated})</li>')
        out += "</ul></div>\n"
    return out + "</div>\n"


def _claim(number: int, claim: dict, report: Report, disagreement: int | None) -> str:
    internal = report.internal
    anchor = claim["id"]
    out = [f'<article class="claim" id="claim-{esc(anchor)}"><span id="claim-{number}"></span>',
           f'<h3><span class="claim-num">{number}.</span>{esc(claim["statement"])}</h3>',
           f'<p>Our rating: {badge(claim["verdict"], report)}</p>']
    if claim["verdict"]:
        why = claim["rationale"] or "No rationale was recorded for this rating."
        out.append(f'<div class="why"><strong>Why we rated it</strong>{esc_lines(why)}</div>')
    if internal:
        meta = [f"status: {esc(claim['status'])}", f'claim <code>{esc(claim["id"])}</code>']
        if claim["key"]:
            meta.append(f'key <code>{esc(claim["key"])}</code>')
        if claim["value"]:
            reading = f" (read as: {esc(claim['normalized'])})" if claim["normalized"] else " (kept as text)"
            meta.append(f"value \u201c{esc(claim['value'])}\u201d{reading}")
        if claim["tags"]:
            meta.append("tags: " + esc(", ".join(claim["tags"])))
        out.append('<p class="meta">' + " \u00b7 ".join(meta) + "</p>")
    out.append("<h4>What the outlets reported</h4>")
    if claim["appearances"]:
        out.append('<ul class="says">\n' + "".join(_appearance(a, claim["normalized"], internal)
                                                   for a in claim["appearances"]) + "</ul>")
    else:
        out.append("<p>No article recorded.</p>")
    if disagreement:
        out.append(f'<p class="flag">The outlets disagree on this point: see <a href="#disagreement-{disagreement}">'
                   f"where the outlets disagree, {disagreement}</a>.</p>")
    conflict = claim["conflict"]
    if conflict and conflict["unresolved"]:
        for side in conflict["unresolved"]:
            outlets = ", ".join(report.outlet(source) for source in side["sources"])
            out.append(f'<p class="unresolved">Not compared: \u201c{esc(side["value"])}\u201d in {esc(outlets)} cannot '
                       "be dated, because the article gives no publication date.</p>")
    out.append("<h4>Evidence</h4>")
    if claim["notes"]:
        out.append('<ul class="notes">' + "".join(_note(note, internal) for note in claim["notes"]) + "</ul>")
    else:
        out.append("<p>No evidence recorded yet.</p>")
    if internal:
        out.append(f'<details><summary>History ({len(claim["history"])} entries)</summary><ul class="history">')
        for entry in claim["history"]:
            out.append(f"<li>{_when(entry['at'])} \u2014 {_unknown(entry['author'])} \u2014 {esc(describe_change(entry))}</li>")
        out.append("</ul></details>")
    out.append("</article>\n")
    return "\n".join(out)


def render(report: Report, out: TextIO, warn: Callable[[str], None] | None = None) -> None:
    write = out.write
    internal = report.internal
    total = report.claim_count()
    sources = report.source_numbers()
    disagreements = list(report.disagreements())
    write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f"<title>{esc(report.heading)}</title>\n<style>{CSS}</style>\n"
          '<script type="application/ld+json">\n')
    claimreview.write_json(claimreview.reviews(report, warn or (lambda message: None)), out, for_script=True)
    write("</script>\n</head>\n<body>\n<main>\n")

    by = []
    if report.settings.get("report.byline"):
        by.append(esc(report.settings["report.byline"]))
    if report.org_name:
        by.append(link(report.org_name, report.org_url))
    dates = f"Published {esc(report.published_date)}." + (f" Updated {esc(report.updated_date)}." if report.updated_date else "")
    write('<header class="report"><p class="kicker">Fact-check</p>'
          f"<h1>{esc(report.heading)}</h1>\n")
    if internal:
        write('<p class="internal">Internal edition: keys, IDs, work status, internal notes and history included. '
              "Not for publication.</p>\n")
    write(f'<p class="byline">{"By " + ", ".join(by) + ". " if by else ""}{dates}</p>\n')
    if report.filtered:
        parts = ([f"key <code>{esc(report.key)}</code>"] if report.key else []) + ([f"tag <code>{esc(report.tag)}</code>"] if report.tag else [])
        write(f'<p class="lede">This report covers the claims with {" and ".join(parts)}.</p>\n')
    for paragraph in text.introduction(report.settings, total, len(sources), len(disagreements), internal=internal):
        write(f'<p class="lede">{esc(paragraph)}</p>\n')
    write("</header>\n")

    write('<section id="ratings">\n<h2>The claims and our ratings</h2>\n')
    numbers: dict[str, int] = {}
    if not total:
        write("<p>No claims match.</p>\n" if internal else "<p>No claim has been rated yet.</p>\n")
    else:
        write('<table>\n<thead><tr><th class="num">#</th><th>Claim</th><th>Our rating</th>'
              + ("<th>Status</th><th>Outlets</th><th>Conflict</th>" if internal else "") + "</tr></thead>\n<tbody>\n")
        for number, claim in enumerate(report.claims(full=False), start=1):
            numbers[claim["id"]] = number
            report.verdicts[claim["id"]] = claim["verdict"]
            row = (f'<tr><td class="num">{number}</td><td><a href="#claim-{esc(claim["id"])}">{esc(claim["statement"])}</a></td>'
                   f'<td>{badge(claim["verdict"], report)}</td>')
            if internal:
                state = conflict_summary(report.conflict_state(claim["key"]))
                flag = f'<span class="flag">{esc(state)}</span>' if state.startswith("1") else esc(state)
                row += f'<td>{esc(claim["status"])}</td><td>{esc("; ".join(claim["outlets"])) or "none"}</td><td>{flag}</td>'
            write(row + "</tr>\n")
        write("</tbody>\n</table>\n")
    write("</section>\n")

    write('<section id="disagreements">\n<h2>Where the outlets disagree</h2>\n')
    by_key: dict[str, int] = {}
    if not disagreements:
        write("<p>The outlets do not contradict each other on any claim in this report.</p>\n")
    for number, record in enumerate(disagreements, start=1):
        by_key[record["key"]] = number
        write(_disagreement(number, record, report, numbers))
    write("</section>\n")

    write('<section id="claims">\n<h2>The claims</h2>\n')
    if not total:
        write("<p>No claims match.</p>\n" if internal else "<p>No claim has been rated yet.</p>\n")
    evidence = Evidence()
    for number, claim in enumerate(report.claims(full=True), start=1):
        write(_claim(number, claim, report, by_key.get(claim["key"])))
        evidence.add(number, claim)
    write("</section>\n")

    write('<section id="scale">\n<h2>Our rating scale</h2>\n<dl class="scale">\n')
    for rating in report.scale:
        write(f'<dt>{badge(rating["name"], report)}</dt><dd>{esc(rating["definition"])}</dd>\n')
    write("</dl>\n</section>\n")
    write('<section id="methodology">\n<h2>Methodology</h2>\n')
    for heading, paragraphs in text.methodology(report.settings):
        write((f"<h4>{esc(heading)}</h4>\n" if heading else "") + "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs))
    write("</section>\n")
    write('<section id="corrections-policy">\n<h2>Corrections policy</h2>\n')
    write("".join(f"<p>{esc(p)}</p>\n" for p in text.corrections_policy(report.settings)))
    write(f"<p>{esc(text.contact_line(report.settings.get('org.corrections-contact'), report.org_name))}</p>\n</section>\n")

    write('<section id="corrections">\n<h2>Corrections</h2>\n')
    items = []
    for entry in report.corrections():
        number = numbers.get(entry["claim_id"])
        which = f'<a href="#claim-{esc(entry["claim_id"])}">claim {number}</a>' if number else "a claim"
        when = _when(entry["at"]) if internal else esc((entry["at"] or "")[:10])
        item = (f"<li>{when} \u2014 {which}, \u201c{esc(entry['statement'])}\u201d: rating changed from "
                f"{esc(report.label(entry['old']))} to {esc(report.label(entry['new']))}.")
        if entry["note"]:
            item += f" What changed: {esc(sentence(entry['note']))}"
        if internal:
            item += f" (by {_unknown(entry['author'])}, <code>{esc(ids.short(entry['claim_id']))}</code>)"
        items.append(item + "</li>")
    write("<ul>\n" + "\n".join(items) + "\n</ul>\n" if items else "<p>No rating has been changed since it was first published.</p>\n")
    write("</section>\n")

    write('<section id="consulted">\n<h2>Sources consulted</h2>\n')
    if not evidence:
        write("<p>No public evidence is recorded for these claims yet.</p>\n")
    else:
        write('<ul class="notes">\n')
        for note, cited in evidence:
            item = f"<li>{esc_lines(note['text'])}"
            if note["url"]:
                item += " " + link("(link)", note["url"])
            if note["archive_url"]:
                item += " " + link("(archived copy)", note["archive_url"])
            item += (f' <span class="where">\u2014 cited for claim{"s" if len(cited) > 1 else ""} '
                     + ", ".join(f'<a href="#claim-{n}">{n}</a>' for n in cited) + "</span></li>\n")
            write(item)
        write("</ul>\n")
    write("</section>\n")

    write('<section id="sources">\n<h2>Outlets checked</h2>\n')
    if not sources:
        write("<p>No articles.</p>\n")
    else:
        write("<table>\n<thead><tr><th>#</th><th>Outlet</th><th>Headline</th><th>Author</th><th>Published</th>"
              "<th>Address</th>" + ("<th>ID</th>" if internal else "") + "</tr></thead>\n<tbody>\n")
        for source in report.sources():
            url = link(source["url"], source["url"]) if source["url"] else "unknown"
            row = (f'<tr id="source-S{source["number"]}"><td>S{source["number"]}</td><td>{esc(report.outlet(source["id"]))}</td>'
                   f'<td>{_unknown(source["title"])}</td><td>{_unknown(source["author"])}</td>'
                   f'<td>{_unknown(source["published"])}</td><td>{url}</td>')
            if internal:
                row += f'<td><code>{esc(ids.short(source["id"]))}</code></td>'
            write(row + "</tr>\n")
        write("</tbody>\n</table>\n")
    write("</section>\n")
    footer = f"Made {esc(report.date)}" + (f" for {link(report.org_name, report.org_url)}" if report.org_name else "") + "."
    write(f"<footer>{footer}</footer>\n</main>\n</body>\n</html>\n")
