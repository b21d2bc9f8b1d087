"""Publishable reports: Markdown (golden, structure, escaping), HTML, ClaimReview, JSON, CSV, config, demo."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from claimtrack.reports.escape import md_inline

from conftest import SHIPPED_CASE

GOLDEN = Path(__file__).parent / "golden"
NOW = "2023-05-01T12:00:00Z"
LATER = "2026-12-08T09:30:00Z"  # after the shipped report's first publication (report.published)
SECTIONS = ["The claims and our ratings", "Where the outlets disagree", "The claims", "Our rating scale", "Methodology",
            "Corrections policy", "Corrections", "Sources consulted", "Outlets checked"]
DURATION = "li-shangfu.moscow-visit.duration"
CASE = "li-shangfu-moscow-2023"


def parse(markdown: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def inline_tokens(tokens):
    for token in tokens:
        yield token
        for child in token.children or ():
            yield child


def headings(tokens, level: str) -> list[str]:
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == level]


def section(report: str, name: str) -> str:
    return report.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]


def claim_id(run, key: str, value: str) -> str:
    return next(c["id"] for c in run.json("list", "--json", "--key", key) if c["value"] == value)


@pytest.fixture
def pinned(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)


@pytest.fixture
def reviewed(seeded, pinned):
    """The seed case with a published verdict history: three-day true (after a correction), four-day false."""
    three, four = claim_id(seeded, DURATION, "three-day"), claim_id(seeded, DURATION, "four-day")
    seeded("status", three, "in-review")
    seeded("verdict", three, "mostly-true", "--why", "Two outlets say three days")
    seeded("verdict", three, "true", "--why", "The Kremlin readout gives three days", "--note", "Kremlin readout: three days")
    seeded("status", four, "in-review")
    seeded("verdict", four, "false", "--why", "The Kremlin readout gives three days")
    conflict = seeded.json("list", "--conflicts", "--json", "--key", DURATION)[0]["id"]
    seeded("conflict", "resolve", conflict, "--side", three, "--why", "Kremlin readout: three days")
    seeded("config", "set", "org.name", "Example Fact Desk")
    seeded("config", "set", "org.url", "https://factdesk.example.org")
    seeded("config", "set", "report.url", "https://factdesk.example.org/checks/li-shangfu")
    return {"three": three, "four": four, "conflict": conflict}


# --- the shipped case: golden published and internal editions ----------------------------


@pytest.mark.parametrize("fmt,edition,name", [("markdown", "published", "shipped-published.md"),
                                              ("markdown", "internal", "shipped-internal.md"),
                                              ("html", "published", "shipped-published.html")])
def test_shipped_reports_match_golden(shipped, monkeypatch, fmt, edition, name):
    monkeypatch.setenv("CLAIMTRACK_NOW", LATER)
    shipped("config", "set", "org.name", "Example Fact Desk")
    shipped("config", "set", "org.corrections-contact", "corrections@factdesk.example.org")
    shipped("config", "set", "report.url", "https://factdesk.example.org/checks/li-shangfu")
    report = shipped("export", "--format", fmt, "--edition", edition).stdout
    golden = GOLDEN / name
    if os.environ.get("CLAIMTRACK_UPDATE_GOLDEN"):
        golden.write_text(report, encoding="utf-8")
    assert report == golden.read_text(encoding="utf-8"), "run with CLAIMTRACK_UPDATE_GOLDEN=1 to accept the change"


def test_the_published_edition_reads_as_a_fact_check(shipped, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_NOW", LATER)
    report = shipped("export", "--format", "markdown").stdout
    tokens = parse(report)
    assert headings(tokens, "h1") == ["Li Shangfu in Moscow: what five articles got right, and where they disagree"]
    assert headings(tokens, "h2") == SECTIONS
    assert "By the claimtrack editors. Published 2026-12-06. Updated 2026-12-08." in report
    assert not [t for t in inline_tokens(tokens) if t.type in ("html_inline", "html_block", "image")]
    rated = [c for c in shipped.json("list", "--json") if c["verdict"]]
    unrated = [c for c in shipped.json("list", "--json") if not c["verdict"]]
    assert len(rated) == 32 and [c["key"] for c in unrated] == ["china.lethal-aid-to-russia.outlook"]
    # the claim and the ruling up top, then each claim with why we rated it and every outlet's words
    summary = section(report, "The claims and our ratings")
    assert summary.count("\n| ") == 2 + len(rated)
    claims = section(report, "The claims")
    assert claims.count("**Why we rated it:**") == claims.count("**Our rating: ") == len(rated)
    for claim in rated:
        assert f"| {md_inline(claim['statement'])} | {claim['verdict'].replace('-', ' ').capitalize()} |" in summary
        assert md_inline(claim["rationale"]) in claims
        for appearance in claim["appearances"]:
            assert f"\u201c{appearance['quote']}\u201d" in claims.replace("\\", "")
    assert unrated[0]["statement"] not in report  # an analyst's forecast: not rated, not published
    # the disagreement once, with each side's outlets, quotes and rating; the leaked-papers one is gone
    disagreements = section(report, "Where the outlets disagree")
    assert headings(parse(disagreements), "h3") == ["1. three-day or four-day?"]
    assert "One visit has one length" in disagreements and "| Unproven (claim 12) |" in disagreements
    assert claims.count("see \u201cWhere the outlets disagree\u201d, 1.") == 2
    # the scale, defined; the policy and how to ask; the sources consulted apart from the outlets checked
    scale = section(report, "Our rating scale")
    assert [line.split("**")[1] for line in scale.strip().splitlines()] == [
        "True", "Mostly true", "Mixed", "Mostly false", "False", "Unproven"]
    assert "neither confirms nor refutes" in scale
    assert "write to corrections@" not in report and "contact the publisher" in section(report, "Corrections policy")
    consulted = section(report, "Sources consulted")
    assert consulted.count("\n- ") + consulted.startswith("- ") == 7
    assert "U.S. Department of State" in consulted and "cited for claims 21, 22" in consulted
    assert "http" not in consulted  # records are cited by issuer, title and date: no address was invented
    outlets = section(report, "Outlets checked")
    assert outlets.count("\n| S") == 5 and "unnamed outlet (\u201cPutin Welcomes China\u2019s Defense Minister" in outlets
    assert "unknown outlet" not in report  # no outlet is named by an ID


def _ids_and_keys(run) -> set[str]:
    found = set()
    for claim in run.json("list", "--json"):
        found.update({claim["id"][:7], claim["key"]})
    found.update(s["id"][:7] for s in run.json("source", "list", "--json"))
    found.update(c["id"][:7] for c in run.json("list", "--conflicts", "--json", "--all"))
    return found


INTERNAL_NOTE = "Desk memo: ask Olga before publishing"


def test_nothing_internal_reaches_a_published_output(shipped, monkeypatch):
    """Internal notes, curation notes, keys, IDs and tool history stay out of every published format."""
    monkeypatch.setenv("CLAIMTRACK_NOW", LATER)
    claim = claim_id(shipped, DURATION, "four-day")
    shipped("note", claim, INTERNAL_NOTE, "--url", "https://intranet.example.org/memo")
    curation = [n["text"] for c in shipped.json("list", "--json") for n in shipped.json("show", c["id"], "--json")["notes"]
                if n["visibility"] == "internal"]
    assert len(curation) > 30 and all(text.startswith(("Curation note", "Editorial decision", "Desk memo"))
                                      for text in curation)
    secrets = _ids_and_keys(shipped)
    published = {fmt: shipped("export", "--format", fmt).stdout for fmt in ("markdown", "html", "claimreview", "json", "csv")}
    for fmt, out in published.items():
        visible = re.sub(r'(id|href)="[^"]*"', "", out) if fmt == "html" else out
        visible = re.sub(r"#claim-c[0-9a-z]{20}", "", visible)  # ClaimReview anchors: addresses, not text
        for text in curation:
            assert text[:60] not in out, (fmt, text)
        assert "intranet.example.org" not in out and "Desk memo" not in out, fmt
        for secret in secrets:
            assert secret not in visible, (fmt, secret)
        assert "claimtrack editors  " not in out and "2026-11-22" not in out, fmt  # no tool history
    internal = shipped("export", "--format", "markdown", "--edition", "internal").stdout
    assert INTERNAL_NOTE in internal and "Curation note" in internal and "li-shangfu.moscow-visit.duration" in internal
    everything = json.loads(shipped("export", "--format", "json", "--edition", "internal").stdout)
    assert any(n["text"] == INTERNAL_NOTE for c in everything["claims"] for n in c["notes"])


def test_report_with_verdicts_corrections_and_resolution(reviewed, run):
    report = run("export", "--format", "markdown").stdout
    tokens = parse(report)
    corrections = section(report, "Corrections")
    assert corrections.strip().splitlines() == [
        "- 2023-05-01 \u2014 claim 1, \u201cLi Shangfu's visit to Moscow lasted three days\u201d: rating changed from "
        "Mostly true to True. What changed: Kremlin readout: three days."]
    assert "By [Example Fact Desk](https://factdesk.example.org). Published 2023-05-01." in report
    assert "Settled: side 1 (three-day) holds. Kremlin readout: three days." in report
    assert "| 1 | Li Shangfu's visit to Moscow lasted three days | True |" in report
    assert "**Why we rated it:** The Kremlin readout gives three days" in report
    links = [t.attrs["href"] for t in inline_tokens(tokens) if t.type == "link_open"]
    assert links == ["https://factdesk.example.org"]
    internal = run("export", "--format", "markdown", "--edition", "internal").stdout
    assert "What changed: Kremlin readout: three days. (by tester, `" in section(internal, "Corrections")


def test_key_and_tag_filters(shipped, pinned):
    report = shipped("export", "--format", "markdown", "--key", "li-shangfu.moscow-visit").stdout
    tokens = parse(report)
    assert headings(tokens, "h3")[:1] == ["1. three-day or four-day?"]
    assert [h for h in headings(tokens, "h3") if h[:2] in ("1.", "2.", "3.")][1:] == [
        "1. Li Shangfu's visit to Moscow lasted three days", "2. Li Shangfu's visit to Moscow lasted four days",
        "3. The Moscow visit was Li Shangfu's first overseas trip as defence minister"]
    assert "This report covers the claims with key `li-shangfu.moscow-visit`." in report
    tagged = shipped("export", "--format", "csv", "--tag", "leaks", "--edition", "internal").stdout
    rows = list(csv.DictReader(io.StringIO(tagged)))
    assert rows and all("leaks" in row["tags"].split(";") for row in rows)
    empty = shipped("export", "--format", "markdown", "--key", "no.such-key").stdout
    assert "No claim has been rated yet." in empty and "No articles." in empty


def test_batches_do_not_change_output(shipped, pinned, monkeypatch):
    from claimtrack.reports import data

    whole = shipped("export", "--format", "markdown", "--edition", "internal").stdout
    everything = shipped("export", "--format", "json", "--edition", "internal").stdout
    monkeypatch.setattr(data, "BATCH", 2)
    assert shipped("export", "--format", "markdown", "--edition", "internal").stdout == whole
    assert shipped("export", "--format", "json", "--edition", "internal").stdout == everything


def test_report_settings_belong_to_one_case(shipped, run, article, pinned):
    """One case's title and address never reach another case's report or its ClaimReview."""
    run("source", "add", article("q.txt", "The storm killed 12 people on Sunday.\n", {"case": "storm", "published": "2023-04-18"}))
    source = next(s["id"] for s in run.json("source", "list", "--json", "--case", "storm"))
    claim = run("claim", "add", "The storm killed 12 people", "--source", source, "--quote", "killed 12 people").stdout.strip()
    run("status", claim, "in-review")
    run("verdict", claim, "true", "--why", "The county's report lists 12 deaths")
    assert "say which with --case" in run("config", "set", "report.title", "Storm", expect=1).stderr
    run("config", "set", "report.title", "The storm in numbers", "--case", "storm")
    run("config", "set", "report.url", "https://desk.example.org/storm", "--case", "storm")
    run("config", "set", "report.url", "https://desk.example.org/li", "--case", CASE)
    run("config", "set", "org.name", "Example Desk")
    storm = run("export", "--format", "markdown", "--case", "storm").stdout
    li = run("export", "--format", "markdown", "--case", CASE).stdout
    assert storm.startswith("# The storm in numbers\n") and li.startswith("# Li Shangfu in Moscow")
    assert "The storm in numbers" not in li and "the claimtrack editors" not in storm
    urls = {case: {r["url"].split("#")[0] for r in run.json("export", "--format", "claimreview", "--case", case)}
            for case in ("storm", CASE)}
    assert urls == {"storm": {"https://desk.example.org/storm"}, CASE: {"https://desk.example.org/li"}}
    assert run.json("config", "list", "--json", "--case", "storm")["report.title"] == "The storm in numbers"
    assert run.json("config", "list", "--json", "--case", CASE)["report.title"].startswith("Li Shangfu in Moscow")
    assert run("config", "get", "report.byline", "--case", "storm", expect=1).stderr.startswith("Error: report.byline is not set")


def test_a_disagreement_is_shown_once_with_the_values_that_fit_it(run, article, pinned):
    """12 against 15 is the disagreement; "at least 12" fits both, so it is listed with it, not as a side."""
    said = {"Coast Herald": "The flood killed 12 people.", "Valley News": "The flood killed 15 people.",
            "Hill Times": "The flood killed at least 12 people."}
    for number, (outlet, text_) in enumerate(said.items()):
        run("source", "add", article(f"{number}.txt", text_ + "\n", {"outlet": outlet, "case": "flood",
                                                                     "published": "2024-05-07"}))
    sources = {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}
    made = {}
    for outlet, quote, value in (("Coast Herald", "killed 12 people", "12"), ("Valley News", "killed 15 people", "15"),
                                 ("Hill Times", "killed at least 12 people", "at least 12")):
        made[value] = run("claim", "add", f"The flood killed {value} people", "--source", sources[outlet], "--quote",
                          quote, "--key", "flood.deaths", "--value", value).stdout.strip()
        run("status", made[value], "in-review")
        run("verdict", made[value], "unproven", "--why", "No official toll yet")
    report = run("export", "--format", "markdown").stdout
    disagreements = section(report, "Where the outlets disagree")
    assert headings(parse(disagreements), "h3") == ["1. 12 or 15?"]
    assert "| 1 | 12 | Coast Herald | 1 |" in disagreements and "| 2 | 15 | Valley News | 1 |" in disagreements
    number = next(line.split(" | ")[0].strip("| ") for line in section(report, "The claims and our ratings").splitlines()
                  if "at least 12" in line)  # claims of one key and time come in ID order
    assert f"- at least 12: \u201ckilled at least 12 people\u201d (Hill Times, claim {number})" in disagreements
    claims = section(report, "The claims")
    assert claims.count("The outlets disagree on this point") == 3  # each claim of the fact points to it, once


def test_case_settings_travel_in_case_files(shipped, run, tmp_path):
    run("export", "--format", "case", tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "case.json").read_text(encoding="utf-8"))
    assert manifest["report"]["report.byline"] == "the claimtrack editors"
    other = tmp_path / "other.db"
    run("--db", other, "config", "set", "org.name", "Other Desk")
    run("--db", other, "import", tmp_path / "out")
    assert run.json("--db", other, "config", "list", "--json")["report.title"].startswith("Li Shangfu in Moscow")
    bad = json.loads((tmp_path / "out" / "case.json").read_text(encoding="utf-8"))
    bad["report"]["report.url"] = "javascript:alert(1)"
    (tmp_path / "out" / "case.json").write_text(json.dumps(bad), encoding="utf-8")
    assert "report.url" in run("--db", tmp_path / "third.db", "import", tmp_path / "out", expect=1).stderr


# --- hostile text -----------------------------------------------------------------

HOSTILE = "# Heading <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://evil.example/i.png) <http://evil.example> **bold** &lt;b&gt; | cell | `code`"
HOSTILE_NOTE = "First line\n# injected heading\n- injected item\n    indented code\n<div onclick=alert(1)>x</div>\n1. one\n> quote\n[y]: javascript:alert(2)"
HOSTILE_TEXT = (
    "Officials said the storm killed 12 people <img src=x onerror=alert(1)> [link](javascript:alert(3)) on Sunday.\n"
)
SAFE_URL = "https://example.org/a(b)?x=1&amp;y=2"


@pytest.fixture
def hostile(run, article, pinned):
    path = article("evil.txt", HOSTILE_TEXT, {"outlet": "<b>Evil</b> [Outlet](javascript:alert(4))", "published": "2023-04-18",
                                              "case": "evil", "title": "*Title* <script>x</script>", "url": SAFE_URL,
                                              "author": "_Author_ ![a](javascript:alert(5))"})
    run("source", "add", path)
    source = run.json("source", "list", "--json")[0]["id"]
    claim = run("claim", "add", HOSTILE, "--source", source, "--quote",
                "12 people <img src=x onerror=alert(1)> [link](javascript:alert(3))", "--key", "storm.deaths.count",
                "--value", "12 <b>", "--attribution", "according to <i>[TASS](javascript:alert(6))</i>").stdout.strip()
    run("note", claim, HOSTILE_NOTE, "--url", "https://evidence.example.org/report?a=1&b=<2>", "--stance", "refutes",
        "--public")
    run("status", claim, "in-review")
    run("verdict", claim, "false", "--why", "<script>alert(7)</script>")
    run("verdict", claim, "mostly-false", "--why", "*why*", "--note", "[fix](javascript:alert(8))")
    return claim


def test_markdown_escapes_user_text(run, hostile):
    report = run("export", "--format", "markdown").stdout
    tokens = parse(report)
    everything = list(inline_tokens(tokens))
    assert not [t for t in everything if t.type in ("html_inline", "html_block", "image", "code_block", "blockquote_open")]
    assert [t.type for t in tokens if t.type == "ordered_list_open"] == []
    links = sorted(t.attrs["href"] for t in everything if t.type == "link_open")
    # the article (its headline, and in the outlets checked) and the evidence (with its claim, and in the sources consulted)
    assert links == sorted(["https://example.org/a(b)?x=1&amp;y=2", "https://example.org/a(b)?x=1&amp;y=2",
                            "https://evidence.example.org/report?a=1&b=%3C2%3E",
                            "https://evidence.example.org/report?a=1&b=%3C2%3E"])
    assert all(href.startswith("https://") for href in links)
    assert headings(tokens, "h1") == ["Fact-check: evil"]
    assert headings(tokens, "h2") == SECTIONS
    assert headings(tokens, "h3")[0].startswith("1. ")
    assert "injected heading" not in headings(tokens, "h1") + headings(tokens, "h2") + headings(tokens, "h3")
    text = "".join(t.content for t in everything if t.type == "text")
    for literal in ("# Heading <script>alert(1)</script> [x](javascript:alert(1))", "**bold** &lt;b&gt; | cell | `code`",
                    "<b>Evil</b> [Outlet](javascript:alert(4))", "# injected heading", "<div onclick=alert(1)>x</div>",
                    "[y]: javascript:alert(2)", "[fix](javascript:alert(8))", "according to <i>[TASS](javascript:alert(6))</i>"):
        assert literal in text, literal
    rendered = MarkdownIt("commonmark").enable("table").render(report)
    assert "<script" not in rendered and "<img" not in rendered and "<div" not in rendered
    assert "javascript:" not in re.findall(r'href="([^"]*)"', rendered)


def test_escaping_helpers():
    from claimtrack.reports.escape import md_inline, md_link, web_url

    for hostile_url in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", "vbscript:x",
                        "//evil.example", "https://a b", "http://\\evil", "https:///x", "https://x\ty"):
        assert web_url(hostile_url) is None
        assert "](" not in md_link("x", hostile_url)
    assert md_link("t", "https://a.example/(x)") == "[t](https://a.example/\\(x\\))"
    assert web_url('https://x.example/"onmouseover=alert(1)') == "https://x.example/%22onmouseover=alert(1)"
    cases = {"1. one": "1\\. one", "- a": "\\- a", "+ a": "\\+ a", "> q": "\\> q", "===": "\\===",
             "2023-04-18": "2023-04-18", "a\u202eb": "a\ufffdb", "x\x00y": "x\ufffdy"}
    for raw, escaped in cases.items():
        assert md_inline(raw) == escaped
    for raw in ("*a*", "_a_", "`a`", "<a>", "[a](b)", "a|b", "~~a~~", "&amp;", "\\", "#"):
        tokens = parse(md_inline(raw))
        assert "".join(t.content for t in inline_tokens(tokens) if t.type == "text") == raw


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.scripts, self._in_script = [], [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        assert not [name for name in attrs if name.startswith("on")], attrs
        if tag == "script":
            self._in_script = attrs.get("type")
            self.scripts.append([attrs.get("type"), ""])

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def test_html_escapes_user_text(run, hostile):
    page = run("export", "--format", "html").stdout
    parser = Tags()
    parser.feed(page)
    assert set(parser.tags) <= {"html", "head", "meta", "title", "style", "script", "body", "main", "header", "p",
                                "h1", "h2", "h3", "h4", "code", "section", "table", "thead", "tbody", "tr", "th",
                                "td", "a", "span", "article", "ul", "li", "div", "br", "strong", "details", "dl", "dt", "dd",
                                "summary", "footer"}
    assert [kind for kind, _ in parser.scripts] == ["application/ld+json"]
    assert all(h.startswith(("https://", "#claim-", "#source-")) for h in parser.hrefs), parser.hrefs
    body = parser.scripts[0][1]
    assert "</" not in body and "<script" not in body.lower()
    [review] = json.loads(body)
    assert review["claimReviewed"] == HOSTILE
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# --- ClaimReview ------------------------------------------------------------------


def test_claimreview_for_claims_with_verdicts(reviewed, run):
    result = run("export", "--format", "claimreview")
    reviews = json.loads(result.stdout)
    assert [r["claimReviewed"] for r in reviews] == ["Li Shangfu's visit to Moscow lasted three days",
                                                     "Li Shangfu's visit to Moscow lasted four days"]
    three, four = reviews
    assert three["@context"] == "https://schema.org" and three["@type"] == "ClaimReview"
    assert three["url"] == f"https://factdesk.example.org/checks/li-shangfu#claim-{reviewed['three']}"
    assert three["author"] == {"@type": "Organization", "name": "Example Fact Desk", "url": "https://factdesk.example.org"}
    assert three["datePublished"] == "2023-05-01"
    assert three["reviewRating"] == {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1,
                                     "alternateName": "True"}
    assert four["reviewRating"]["ratingValue"] == 1 and four["reviewRating"]["alternateName"] == "False"
    item = three["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2023-04-18"
    assert item["firstAppearance"] == {"@type": "CreativeWork", "headline": "Putin met a sanctioned Xi Jinping aide in a "
                                       "middle finger in the US", "datePublished": "2023-04-18"}
    assert "author" not in item  # the first article names no outlet: left out, never guessed
    assert "firstAppearance" not in four["itemReviewed"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert f"warning: ClaimReview for claim {reviewed['three'][:7]}: itemReviewed.author left out (no outlet known for its first appearance)" in warnings
    assert any(reviewed["four"][:7] in w and "datePublished and firstAppearance left out" in w for w in warnings)
    assert not any("org.name" in w or "report.url" in w for w in warnings)


def test_claimreview_unproven_and_missing_settings(seeded, pinned):
    claim = claim_id(seeded, "li-shangfu.putin-meeting.date", "Sunday")
    seeded("status", claim, "in-review")
    seeded("verdict", claim, "unproven", "--why", "No dated record of the meeting")
    result = seeded("export", "--format", "claimreview")
    [review] = json.loads(result.stdout)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert "url" not in review and "author" not in review
    assert "warning: ClaimReview author left out: no organization set" in result.stderr
    assert "warning: ClaimReview url left out: no report address set" in result.stderr


def test_claimreview_with_no_verdicts_is_an_empty_list(seeded, pinned):
    result = seeded("export", "--format", "claimreview")
    assert result.stdout == "[]\n"
    assert "no claim has a verdict yet" in result.stderr


def test_ratings_follow_the_scale(reviewed, run):
    """ClaimReview values come from the organisation's scale; worst and best are the scale's."""
    run("config", "scale", "set", "true", "--value", "7")
    run("config", "scale", "set", "false", "--value", "0", "--label", "Wrong")
    three, four = json.loads(run("export", "--format", "claimreview").stdout)
    assert three["reviewRating"] == {"@type": "Rating", "ratingValue": 7, "bestRating": 7, "worstRating": 0,
                                     "alternateName": "True"}
    assert four["reviewRating"]["alternateName"] == "Wrong" and four["reviewRating"]["ratingValue"] == 0
    scale = section(run("export", "--format", "markdown").stdout, "Our rating scale")
    assert "- **Wrong**: The claim is inaccurate." in scale


# --- HTML -------------------------------------------------------------------------


def test_html_page_is_standalone_and_embeds_claimreview(reviewed, run, tmp_path):
    target = tmp_path / "report.html"
    result = run("export", "--format", "html", "-o", target)
    assert result.stdout == "" and "wrote the html export" in result.stderr
    page = target.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    assert "link" not in parser.tags and "img" not in parser.tags and "iframe" not in parser.tags
    assert not re.search(r"(src|href)=\"(https?:)?//(?!factdesk\.example\.org)", page)
    assert "@import" not in page and "url(" not in page
    [(kind, body)] = parser.scripts
    assert json.loads(body) == json.loads(run("export", "--format", "claimreview").stdout)
    assert f'id="claim-{reviewed["three"]}"' in page
    assert '<div class="side holds"><div class="side-value">Side 1: three-day <span class="held">holds</span>' in page


# --- JSON, CSV --------------------------------------------------------------------


def test_json_holds_everything(reviewed, run):
    data = json.loads(run("export", "--format", "json", "--edition", "internal").stdout)
    assert list(data) == ["format", "case", "generated_at", "filters", "sources", "claims", "conflicts", "history"]
    assert data["generated_at"] == NOW
    assert len(data["sources"]) == 5 and all(s["text"] for s in data["sources"])
    assert len(data["claims"]) == 33
    three = next(c for c in data["claims"] if c["id"] == reviewed["three"])
    assert three["verdict"] == "true" and len(three["appearances"]) == 2 and three["notes"]
    assert [h["action"] for h in three["history"] if h["field"] == "verdict"] == ["verdict", "verdict"]
    conflict = next(c for c in data["conflicts"] if c["id"] == reviewed["conflict"])
    assert conflict["state"] == "resolved" and "resolve" in [h["action"] for h in conflict["history"]]
    assert [h["action"] for h in data["history"]] == ["import"]


def test_csv_one_row_per_claim(reviewed, run, tmp_path):
    target = tmp_path / "claims.csv"
    run("export", "--format", "csv", "-o", target, "--edition", "internal")
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert len(rows) == 33
    three = next(r for r in rows if r["id"] == reviewed["three"])
    assert three["verdict"] == "true" and three["sources"] == "2" and three["first_published"] == "2023-04-18"
    assert three["conflict"] == reviewed["conflict"] and three["conflict_state"] == "resolved"
    assert three["rationale"] == "The Kremlin readout gives three days"
    published = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").stdout)))
    assert [(r["number"], r["rating"], r["why"]) for r in published] == [
        ("1", "True", "The Kremlin readout gives three days"), ("2", "False", "The Kremlin readout gives three days")]
    assert set(published[0]) == {"number", "claim", "rating", "why", "outlets", "first_published", "evidence",
                                 "evidence_urls"}


def test_csv_cells_cannot_be_formulas(run, article):
    path = article("f.txt", "=HYPERLINK(\"http://evil\") said 3 people died.\n", {"case": "f"})
    run("source", "add", path)
    source = run.json("source", "list", "--json")[0]["id"]
    run("claim", "add", "=HYPERLINK(\"http://evil\")", "--source", source, "--quote", "3 people died")
    [row] = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--edition", "internal").stdout)))
    assert row["statement"] == "'=HYPERLINK(\"http://evil\")"
    run("status", row["id"], "in-review")
    run("verdict", row["id"], "false", "--why", "@SUM(1+1)")
    [row] = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").stdout)))
    assert (row["claim"], row["why"]) == ("'=HYPERLINK(\"http://evil\")", "'@SUM(1+1)")


# --- the command ------------------------------------------------------------------


def test_export_usage_errors(seeded, tmp_path):
    assert "unknown format 'pdf'" in seeded("export", "--format", "pdf", expect=2).stderr
    assert "give the destination once" in seeded("export", tmp_path / "a.md", "-o", tmp_path / "b.md", expect=2).stderr
    assert "do not apply to --format case" in seeded("export", "--format", "case", tmp_path / "d", "--key", "x.y", expect=2).stderr
    assert "is a directory" in seeded("export", "-o", tmp_path, expect=1).stderr
    assert "no such directory" in seeded("export", "-o", tmp_path / "nope" / "r.md", expect=1).stderr
    assert not list(tmp_path.glob(".*.tmp"))


def test_config_commands(run, article):
    assert "not set" in run("config", "get", "org.name", expect=1).stderr
    run("config", "set", "org.name", "  Example   Fact Desk ")
    assert run("config", "get", "org.name").stdout == "Example Fact Desk\n"
    assert "unknown setting 'org.nmae'" in run("config", "set", "org.nmae", "x", expect=1).stderr
    assert "http(s)" in run("config", "set", "org.url", "javascript:alert(1)", expect=1).stderr
    assert "an e-mail or" not in run("config", "set", "org.corrections-contact", "corrections@factdesk.example.org").stderr
    assert "http(s)" in run("config", "set", "org.corrections-contact", "call us", expect=1).stderr
    assert "there are no cases yet" in run("config", "set", "report.title", "T", expect=1).stderr
    assert run.json("config", "list", "--json") == {"org.name": "Example Fact Desk", "org.url": None,
                                                     "org.corrections-contact": "corrections@factdesk.example.org",
                                                     "org.methodology": None, "org.corrections-policy": None}
    run("config", "unset", "org.name")
    assert run.json("config", "list", "--json")["org.name"] is None


def test_demo_writes_reports(run, tmp_path, pinned, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("demo")
    assert "Loaded the seed case li-shangfu-moscow-2023 into a throwaway database: 5 sources, 33 claims." in result.stdout
    assert "li-shangfu.moscow-visit.duration" in result.stdout and "four-day" in result.stdout
    md, page = Path("claimtrack-demo/report.md"), Path("claimtrack-demo/report.html")
    assert f"  {md}\n  {page}\n" in result.stdout
    assert "The reports name an example publisher (org.name, org.url, org.corrections-contact, report.url)" in result.stdout
    report = md.read_text(encoding="utf-8")
    assert headings(parse(report), "h2") == SECTIONS
    assert "By the claimtrack editors, [Example Fact Desk](https://factdesk.example.org). Published 2026-12-06." in report
    assert "write to corrections@factdesk.example.org" in report
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    parser = Tags()
    parser.feed(html)
    [(kind, body)] = parser.scripts
    reviews = json.loads(body)
    assert len(reviews) == 32
    for review in reviews:  # what Google requires, and what it recommends where it is known
        assert review["@type"] == "ClaimReview" and review["claimReviewed"]
        assert review["url"].startswith("https://factdesk.example.org/checks/li-shangfu-moscow-2023#claim-c")
        assert review["reviewRating"]["alternateName"] in ("True", "Mostly true", "False", "Unproven")
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk", "url": "https://factdesk.example.org"}
        assert review["datePublished"] == "2026-12-06" and review["itemReviewed"]["@type"] == "Claim"
        anchor = review["url"].split("#")[1]
        assert f'id="{anchor}"' in html
    assert not Path(os.environ["CLAIMTRACK_DB"]).exists()  # the user's database is left alone
    run("demo", "--db", tmp_path / "kept.db", "--out", tmp_path / "elsewhere")
    assert (tmp_path / "kept.db").exists() and (tmp_path / "elsewhere" / "report.html").exists()
    assert len(run.json("--db", tmp_path / "kept.db", "list", "--json")) == 33
    run("--db", tmp_path / "kept.db", "config", "set", "org.name", "My Desk")
    again = run("demo", "--db", tmp_path / "kept.db", "--out", tmp_path / "elsewhere")
    assert "example publisher" not in again.stdout  # a database's own settings are kept
    assert "My Desk" in (tmp_path / "elsewhere" / "report.md").read_text(encoding="utf-8")


def test_seed_case_is_found_by_the_installed_package():
    from claimtrack import caseio

    assert (caseio.seed_case_dir() / "case.json").read_text(encoding="utf-8") == (SHIPPED_CASE / "case.json").read_text(encoding="utf-8")


def test_escaped_text_always_reads_back_literally():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimtrack.reports.escape import clean, md_inline

    pieces = list("#*_`[]()<>!&|~\\-+=.:;/ \t\n\r1)aZ\u00a0\u202e\x00") + [
        "javascript:", "http://x.y", "&amp;", "<b>", "```", "---", "    ", "1. ", "* ", "> ", "[a]: http://x"]
    markdownish = st.lists(st.sampled_from(pieces), max_size=20).map("".join)

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(markdownish, st.text(max_size=40)))
    def check(raw):
        expected = clean(raw).replace("\r\n", "\n").replace("\n", " ").replace("\t", " ").strip(" ")
        if not expected.strip():
            return
        for prefix in ("", "x "):
            tokens = parse(prefix + md_inline(raw))
            kinds = [t.type for t in tokens]
            assert kinds == ["paragraph_open", "inline", "paragraph_close"], (raw, kinds)
            children = tokens[1].children
            assert {c.type for c in children} <= {"text"}, (raw, [c.type for c in children])
            # (markdown-it-py trims any Unicode whitespace at a paragraph's edges)
            assert "".join(c.content for c in children) == (prefix + expected).strip()

    check()


def test_an_export_reads_one_state_of_the_case_while_others_write(seeded, db_path, monkeypatch):
    """Every pass a report makes over the case sees the same data, even when another
    process commits a change between two passes."""
    from claimtrack import reports, storage

    three = claim_id(seeded, DURATION, "three-day")
    conn = storage.connect(db_path, now=NOW)
    other = storage.connect(db_path, now=NOW)
    seen = []

    def render(report, out, warn):
        verdicts = lambda: {c["id"]: c["verdict"] for c in report.claims(statuses=None, full=False)}  # noqa: E731
        seen.append(verdicts())
        with storage.write(other):
            other.execute("UPDATE claims SET verdict = 'false' WHERE id = ?", (three,))
        seen.append(verdicts())

    monkeypatch.setattr(reports, "renderer", lambda fmt: render)
    reports.export(conn, "markdown", "li-shangfu-moscow-2023", io.StringIO(), now=NOW, edition="internal")
    assert seen[0][three] is None and seen[1] == seen[0]
    # the change did land: a read after the export sees it
    assert conn.execute("SELECT verdict FROM claims WHERE id = ?", (three,)).fetchone()[0] == "false"
    conn.close()
    other.close()
