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

from conftest import SEED_CASE

GOLDEN = Path(__file__).parent / "golden"
NOW = "2023-05-01T12:00:00Z"
SECTIONS = ["Summary", "Claims", "Methodology", "Corrections log", "Sources"]
DURATION = "li-shangfu.moscow-visit.duration"


def parse(markdown: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def inline_tokens(tokens):
    for token in tokens:
        yield token
        for child in token.children or ():
            yield child


def headings(tokens, level: str) -> list[str]:
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == level]


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


# --- Markdown ---------------------------------------------------------------------


def test_seed_report_matches_golden(seeded, pinned):
    report = seeded("export", "--format", "markdown").stdout
    golden = GOLDEN / "seed-report.md"
    if os.environ.get("CLAIMTRACK_UPDATE_GOLDEN"):
        golden.write_text(report, encoding="utf-8")
    assert report == golden.read_text(encoding="utf-8"), "run with CLAIMTRACK_UPDATE_GOLDEN=1 to accept the change"


def test_seed_report_structure(seeded, pinned):
    report = seeded("export", "--format", "markdown").stdout
    tokens = parse(report)
    assert headings(tokens, "h1") == ["Fact-check: li-shangfu-moscow-2023"]
    assert headings(tokens, "h2") == SECTIONS
    claims = seeded.json("list", "--json")
    assert len(headings(tokens, "h3")) == len(claims) + 6  # one per claim, then the methodology's parts
    start = next(i for i, t in enumerate(tokens) if t.type == "table_open")
    end = next(i for i, t in enumerate(tokens) if t.type == "table_close")
    summary_rows = sum(1 for t in tokens[start:end] if t.type == "tr_open") - 1
    assert summary_rows == len(claims) == 33
    assert "Published 2023-05-01." in report
    assert not [t for t in inline_tokens(tokens) if t.type in ("html_inline", "html_block", "image")]
    # every claim lists each of its sources, with the verbatim quote
    for claim in claims:
        for appearance in claim["appearances"]:
            assert f"\u201c{appearance['quote']}\u201d" in report.replace("\\", "")
    # the visit-length conflict, side by side in a table
    section = report.split("Li Shangfu's visit to Moscow lasted three days\n", 1)[1].split("\n### ", 1)[0]
    assert "| 1 | three-day | unknown outlet (s6fxxes), unknown outlet (s7ymhcx) | 2 |" in section
    assert "| 2 | four-day | unknown outlet (sm3j9c7) | 1 |" in section
    # the sources table says unknown where the articles say nothing
    sources = report.split("## Sources\n", 1)[1]
    assert "| Warsaw Institute | China Hails Stronger Ties with Russia | Grzegorz Kuczyński | 2023-04-24 | unknown |" in sources
    assert sources.count("\n| S") == 5


def test_report_with_verdicts_corrections_and_resolution(reviewed, run):
    report = run("export", "--format", "markdown").stdout
    tokens = parse(report)
    corrections = report.split("## Corrections log\n", 1)[1].split("\n## ", 1)[0]
    assert "verdict changed from Mostly true to True by tester. Why: Kremlin readout: three days" in corrections
    assert corrections.count("\n- ") == 1  # the first verdicts are not corrections
    assert "Published 2023-05-01 by [Example Fact Desk](https://factdesk.example.org)." in report
    assert "**resolved**. Reason: Kremlin readout: three days. Side 1 holds (three-day)." in report
    assert "| True | unknown outlet (s6fxxes); unknown outlet (s7ymhcx) | none (resolved) |" in report
    links = [t.attrs["href"] for t in inline_tokens(tokens) if t.type == "link_open"]
    assert links == ["https://factdesk.example.org"]


def test_key_and_tag_filters(seeded, pinned):
    report = seeded("export", "--format", "markdown", "--key", "li-shangfu.moscow-visit").stdout
    tokens = parse(report)
    assert headings(tokens, "h3")[:3] == ["1. Li Shangfu's visit to Moscow lasted three days",
                                         "2. Li Shangfu's visit to Moscow lasted four days",
                                         "3. The Moscow visit was Li Shangfu's first overseas trip as defence minister"]
    assert "covers 3 claims (claims with key `li-shangfu.moscow-visit`)" in report
    tagged = seeded("export", "--format", "csv", "--tag", "leaks").stdout
    rows = list(csv.DictReader(io.StringIO(tagged)))
    assert rows and all("leaks" in row["tags"].split(";") for row in rows)
    empty = seeded("export", "--format", "markdown", "--key", "no.such-key").stdout
    assert "No claims match." in empty and "No sources." in empty


def test_batches_do_not_change_output(seeded, pinned, monkeypatch):
    from claimtrack.reports import data

    whole = seeded("export", "--format", "markdown").stdout
    everything = seeded("export", "--format", "json").stdout
    monkeypatch.setattr(data, "BATCH", 2)
    assert seeded("export", "--format", "markdown").stdout == whole
    assert seeded("export", "--format", "json").stdout == everything


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
    run("note", claim, HOSTILE_NOTE, "--url", "https://evidence.example.org/report?a=1&b=<2>", "--stance", "refutes")
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
    assert links == sorted(["https://example.org/a(b)?x=1&amp;y=2", "https://example.org/a(b)?x=1&amp;y=2",
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
                                "td", "a", "span", "article", "ul", "li", "div", "br", "strong", "details",
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


def test_rating_scale_is_documented():
    from claimtrack.reports import claimreview, text

    for verdict, value in claimreview.SCALE.items():
        assert f"{verdict.replace('-', ' ')} {value}" in text.RATING_NOTE
    assert "Unproven" in text.RATING_NOTE


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
    data = json.loads(run("export", "--format", "json").stdout)
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
    run("export", "--format", "csv", "-o", target)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert len(rows) == 33
    three = next(r for r in rows if r["id"] == reviewed["three"])
    assert three["verdict"] == "true" and three["sources"] == "2" and three["first_published"] == "2023-04-18"
    assert three["conflict"] == reviewed["conflict"] and three["conflict_state"] == "resolved"


def test_csv_cells_cannot_be_formulas(run, article):
    path = article("f.txt", "=HYPERLINK(\"http://evil\") said 3 people died.\n", {"case": "f"})
    run("source", "add", path)
    source = run.json("source", "list", "--json")[0]["id"]
    run("claim", "add", "=HYPERLINK(\"http://evil\")", "--source", source, "--quote", "3 people died")
    [row] = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").stdout)))
    assert row["statement"] == "'=HYPERLINK(\"http://evil\")"


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
    assert headings(parse(md.read_text(encoding="utf-8")), "h2") == SECTIONS
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not Path(os.environ["CLAIMTRACK_DB"]).exists()  # the user's database is left alone
    run("demo", "--db", tmp_path / "kept.db", "--out", tmp_path / "elsewhere")
    assert (tmp_path / "kept.db").exists() and (tmp_path / "elsewhere" / "report.html").exists()
    assert len(run.json("--db", tmp_path / "kept.db", "list", "--json")) == 33


def test_seed_case_is_found_by_the_installed_package():
    from claimtrack import caseio

    assert (caseio.seed_case_dir() / "case.json").read_text(encoding="utf-8") == (SEED_CASE / "case.json").read_text(encoding="utf-8")


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
    reports.export(conn, "markdown", SEED_CASE.name, io.StringIO(), now=NOW)
    assert seen[0][three] is None and seen[1] == seen[0]
    # the change did land: a read after the export sees it
    assert conn.execute("SELECT verdict FROM claims WHERE id = ?", (three,)).fetchone()[0] == "false"
    conn.close()
    other.close()
