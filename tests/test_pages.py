"""Saved web pages in: the main text, and each field read or left unknown as the page states it."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import zlib

import pytest

from conftest import ROOT

NAV = """<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<a class="skip" href="#main">Skip to content</a>"""
ASIDE = """<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Council backs new tram line</a></li>
<li><a href="/b">Heatwave warning for the weekend</a></li></ol></aside>"""
FOOTER = """<footer><p>Copyright 2023 The Northern Ledger. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>"""
BODY = """<article><h1>{headline}</h1>
<p>A freight train left the tracks near the river crossing on Tuesday morning and eleven wagons overturned,
the regional rail operator said.</p>
<div class="ad-slot"><p>Advertisement</p></div>
<figure><img src="/img/wagons.jpg" alt=""><figcaption>Overturned wagons beside the line. (Photo: Rail Desk)</figcaption></figure>
<p>Two crew members were taken to hospital with minor injuries, and the line will stay closed until Friday,
a spokeswoman for the operator told reporters at the scene.</p>
<p>Investigators from the national safety board arrived in the afternoon to examine the damaged section of track.</p>
</article>"""
STORY = ["A freight train left the tracks near the river crossing on Tuesday morning and eleven wagons overturned",
         "Two crew members were taken to hospital with minor injuries",
         "Investigators from the national safety board arrived in the afternoon"]
FURNITURE = ["Skip to content", "Most read", "Council backs new tram line", "Copyright 2023", "Advertisement",
             "Home", "Overturned wagons", "About us"]


def page(head: str, headline: str = "Freight train derails at river crossing", before_body: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n{head}\n</head>\n<body>\n{before_body}"
            f"{NAV}\n<main id=\"main\">{BODY.format(headline=headline)}</main>\n{ASIDE}\n{FOOTER}\n</body></html>\n")


JSON_LD = page("""<title>Freight train derails at river crossing | The Northern Ledger</title>
<link rel="canonical" href="https://northernledger.example/news/2023/04/18/freight-train-derails">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Freight train derails at river crossing",
 "datePublished": "2023-04-18T07:45:00+02:00", "dateModified": "2023-04-19T10:00:00+02:00",
 "author": [{"@type": "Person", "name": "Mira Holt"}],
 "publisher": {"@type": "Organization", "name": "The Northern Ledger"},
 "mainEntityOfPage": {"@type": "WebPage", "@id": "https://northernledger.example/news/2023/04/18/freight-train-derails"}}
</script>""")

OPEN_GRAPH = page("""<title>Derailment closes line</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Valley Courier">
<meta property="og:title" content="Derailment closes line until Friday">
<meta property="og:url" content="https://valleycourier.example/local/derailment-closes-line">
<meta property="article:published_time" content="2023-04-19T06:00:00Z">
<meta property="article:author" content="https://www.facebook.com/valleycourier">""", headline="Derailment closes line")

BARE_META = page("""<title>Train derailment: wagons overturned</title>
<meta name="author" content="Tomas Reyes">
<meta name="date" content="2023-04-20">
<meta name="description" content="Eleven wagons overturned near the river crossing.">""",
                 headline="Train derailment: wagons overturned")

WAYBACK = page("""<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{};</script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("http://www.lakeshoreherald.example/news/train-derails-123","20160312084512","https://web.archive.org/","web","/_static/",
              "1457772312");
</script>
<title>Train derails - Lakeshore Herald</title>
<link rel="canonical" href="https://web.archive.org/web/20160312084512/http://www.lakeshoreherald.example/news/train-derails-123">""",
               headline="Train derails", before_body="""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" style="display:none"><div id="wm-ipp"><span>The Wayback Machine - https://web.archive.org/web/20160312084512/</span>
<a href="https://web.archive.org/">INTERNET ARCHIVE</a> <span>captures</span> <span>12 Mar 2016 - 20 Nov 2018</span></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->""").replace("</html>", """</html>
<!--
     FILE ARCHIVED ON 08:45:12 Mar 12, 2016 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:01:02 Jan 05, 2024.
-->""")

NO_METADATA = (f"<html><body>{NAV}<div class=\"content\">"
               + BODY.format(headline="").replace("<h1></h1>", "") + f"</div>{FOOTER}</body></html>")

PAGES = {
    # name: (markup, the fields as the page states them)
    "json-ld.html": (JSON_LD, {"outlet": "The Northern Ledger", "title": "Freight train derails at river crossing",
                               "author": "Mira Holt", "published": "2023-04-18",
                               "url": "https://northernledger.example/news/2023/04/18/freight-train-derails",
                               "original_url": None, "captured_at": None}),
    # article:author is a profile address, not a name: no author
    "open-graph.html": (OPEN_GRAPH, {"outlet": "Valley Courier", "title": "Derailment closes line until Friday",
                                     "author": None, "published": "2023-04-19",
                                     "url": "https://valleycourier.example/local/derailment-closes-line",
                                     "original_url": None, "captured_at": None}),
    # the outlet is named nowhere but in the title's words: unknown; no address: unknown
    "bare-meta.htm": (BARE_META, {"outlet": None, "title": "Train derailment: wagons overturned",
                                  "author": "Tomas Reyes", "published": "2023-04-20", "url": None,
                                  "original_url": None, "captured_at": None}),
    # a capture: the address read at, the address captured and when, apart; no publication date stated
    "wayback.html": (WAYBACK, {"outlet": None, "title": "Train derails", "author": None, "published": None,
                               "url": "https://web.archive.org/web/20160312084512/http://www.lakeshoreherald.example/news/train-derails-123",
                               "original_url": "http://www.lakeshoreherald.example/news/train-derails-123",
                               "captured_at": "2016-03-12T08:45:12Z"}),
    "no-metadata.html": (NO_METADATA, {"outlet": None, "title": None, "author": None, "published": None, "url": None,
                                       "original_url": None, "captured_at": None}),
}
FIELDS = ("outlet", "title", "author", "published", "url", "original_url", "captured_at")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Reading a page never goes out: any connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a page was read with the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def saved(tmp_path):
    def write(name: str, markup: str | bytes):
        path = tmp_path / name
        path.write_bytes(markup if isinstance(markup, bytes) else markup.encode("utf-8"))
        return path
    return write


def _added(run, *args):
    [result] = run.json("source", "add", "--json", *args)
    assert result["added"], result
    return run.json("source", "show", result["id"], "--json")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_field_is_read_or_left_unknown_as_the_page_states_it(run, saved, name):
    markup, expected = PAGES[name]
    record = _added(run, saved(name, markup))
    assert {field: record[field] for field in FIELDS} == expected
    for sentence in STORY:
        assert sentence in " ".join(record["text"].split()), sentence
    for furniture in FURNITURE:
        assert furniture not in record["text"], furniture
    assert "Wayback" not in record["text"] and "INTERNET ARCHIVE" not in record["text"]
    assert record["credit"] is None
    kept = record["original"]
    assert kept["media_type"] == "text/html" and kept["file_name"] == name
    assert kept["size"] == len(markup.encode("utf-8"))


def test_the_page_is_kept_byte_for_byte_beside_its_text(run, saved, db_path):
    markup = JSON_LD.replace("Mira Holt", "Mira Holt \u00e9").encode("utf-8")
    record = _added(run, saved("p.html", markup))
    result = run("source", "show", record["id"], "--original")
    assert result.stdout.encode("utf-8") == markup
    conn = sqlite3.connect(db_path)
    data, digest = conn.execute("SELECT data, content_hash FROM source_originals").fetchone()
    assert zlib.decompress(data) == markup and len(data) < len(markup)
    import hashlib
    assert digest == hashlib.sha256(markup).hexdigest()


def test_options_win_over_what_the_page_says(run, saved):
    record = _added(run, saved("p.html", JSON_LD), "--outlet", "Ledger Weekly", "--published", "19 April 2023",
                    "--author", "Desk", "--title", "Derailment", "--url", "https://ledger.example/x", "--credit", "AFP")
    assert [record[f] for f in ("outlet", "published", "author", "title", "url", "credit")] == \
        ["Ledger Weekly", "2023-04-19", "Desk", "Derailment", "https://ledger.example/x", "AFP"]


def test_a_wire_story_on_a_page_is_credited(run, saved):
    markup = JSON_LD.replace("<p>A freight train", "<p>OSLO, April 18 (Reuters) - A freight train")
    assert _added(run, saved("p.html", markup))["credit"] == "Reuters"
    markup = OPEN_GRAPH.replace('<meta property="article:author" content="https://www.facebook.com/valleycourier">', "").replace(
        "<meta property=\"og:type\"", "<meta name=\"author\" content=\"The Associated Press\">\n<meta property=\"og:type\"")
    record = _added(run, saved("q.html", markup))
    assert record["author"] == "The Associated Press" and record["credit"] == "AP"


SINGLEFILE = """<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile
 url: https://northernledger.example/news/freight-train-derails
 saved date: Wed Apr 19 2023 09:12:30 GMT+0200 (Central European Summer Time)
--><head><meta charset="utf-8"><title>Freight train derails</title></head><body><article>{body}</article></body></html>"""
SAVED_FROM = """<!DOCTYPE html>
<!-- saved from url=(0058)https://northernledger.example/news/freight-train-derails -->
<html><head><title>Freight train derails</title></head><body><article>{body}</article></body></html>"""
MHTML = """From: <Saved by Blink>
Snapshot-Content-Location: https://northernledger.example/news/freight-train-derails
Subject: Freight train derails
Date: Wed, 19 Apr 2023 09:12:30 +0200
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--abc123----"

------MultipartBoundary--abc123----
Content-Type: text/html
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://northernledger.example/news/freight-train-derails

<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3DUTF-8"><title>Freight train derails</title></head><body><article>{body}</article></body></html>
------MultipartBoundary--abc123------
"""
ARTICLE = "".join(f"<p>{sentence}, officials said.</p>" for sentence in STORY)


@pytest.mark.parametrize("name, markup, captured_at, media_type", [
    ("singlefile.html", SINGLEFILE, "2023-04-19T07:12:30Z", "text/html"),
    ("saved.htm", SAVED_FROM, None, "text/html"),
    ("page.mhtml", MHTML, "2023-04-19T07:12:30Z", "multipart/related"),
])
def test_a_saved_page_says_where_and_when_it_was_saved(run, saved, name, markup, captured_at, media_type):
    record = _added(run, saved(name, markup.format(body=ARTICLE)))
    assert record["original_url"] == "https://northernledger.example/news/freight-train-derails"
    assert record["url"] == record["original_url"]
    assert record["captured_at"] == captured_at and record["published"] is None
    assert record["original"]["media_type"] == media_type
    assert all(sentence in record["text"] for sentence in STORY)


def test_a_page_is_known_by_its_markup_whatever_its_name(run, saved):
    record = _added(run, saved("article.txt", JSON_LD))
    assert record["outlet"] == "The Northern Ledger" and "<p>" not in record["text"]


def test_a_folder_of_pages_is_added_in_order_and_the_same_page_twice_is_one_source(run, saved, tmp_path):
    folder = tmp_path / "saved"
    (folder / "more").mkdir(parents=True)
    (folder / "b.html").write_text(OPEN_GRAPH)
    (folder / "a.html").write_text(JSON_LD)
    (folder / "more" / "c.htm").write_text(BARE_META)
    (folder / "notes.json").write_text("{}")
    (folder / ".hidden.html").write_text(JSON_LD)
    results = run.json("source", "add", "--json", folder)
    assert [r["file"][len(str(folder)) + 1:] for r in results] == ["a.html", "b.html", "more/c.htm"]
    again = run.json("source", "add", "--json", folder / "a.html")
    assert again[0]["added"] is False
    (tmp_path / "empty").mkdir()
    assert run("source", "add", tmp_path / "empty", expect=1).stderr.startswith("Error: ")


@pytest.mark.parametrize("markup, message", [
    ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found in the page"),
    ("<!DOCTYPE html><html><head><title>x</title></head></html>", "no article text found in the page"),
])
def test_a_page_with_no_article_is_refused_and_nothing_is_stored(run, saved, db_path, markup, message):
    good = saved("good.html", JSON_LD)
    result = run("source", "add", good, saved("bad.html", markup), expect=1)
    assert message in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert run.json("source", "list", "--json") == []


def test_check_verifies_the_kept_page(run, saved, db_path):
    record = _added(run, saved("p.html", JSON_LD))
    assert run("check").stdout == "ok\n"
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE source_originals SET data = ?", (zlib.compress(JSON_LD.replace("eleven", "twelve").encode()),))
    conn.commit()
    result = run("check", expect=1)
    assert f"source {record['id']}: its original file changed since it was kept" in result.stdout
    assert "changed since it was kept" in run("source", "show", record["id"], "--original", expect=1).stderr
    conn.execute("UPDATE source_originals SET data = x'00ff'")
    conn.commit()
    assert "its original file cannot be read" in run("check", expect=1).stdout
    conn.close()


@pytest.mark.parametrize("argv", [["--help"], ["source", "add", "--help"], ["list"], ["list", "--conflicts"],
                                  ["show", "{source}"], ["source", "list"], ["source", "show", "{source}"]])
def test_reading_commands_never_load_the_page_reader(run, saved, db_path, argv):
    source = _added(run, saved("p.html", JSON_LD))["id"][:8]
    code = ("import sys\nimport claimtrack\n"
            f"sys.argv = ['claimtrack', '--db', {str(db_path)!r}] + {[a.format(source=source) for a in argv]!r}\n"
            "try:\n    claimtrack.main()\nexcept SystemExit:\n    pass\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml', 'htmldate', 'justext'))\n"
            "sys.stderr.write('LOADED:' + ','.join(loaded) + '\\n')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stderr.strip().splitlines()[-1] == "LOADED:", result.stderr[-500:]


def test_a_capture_goes_through_case_files(run, saved, tmp_path):
    run("source", "add", "--case", "rail", saved("wayback.html", WAYBACK))
    run("export", "--format", "case", "--case", "rail", tmp_path / "case")
    run("--db", tmp_path / "other.db", "import", tmp_path / "case")
    [source] = run.json("--db", tmp_path / "other.db", "source", "list", "--json")
    assert (source["original_url"], source["captured_at"]) == (PAGES["wayback.html"][1]["original_url"],
                                                               "2016-03-12T08:45:12Z")
