"""Saved web pages made from the corpus's articles, in the shapes newsrooms publish them.

Each article of ``corpus.stories`` becomes one page, its shape by turn: JSON-LD
NewsArticle, OpenGraph only, bare meta tags, a Wayback Machine capture, no
metadata. Around the story, what a real page carries: inline styles and
scripts, a menu, ad slots, a photo with its caption, a "Most read" list, a
footer. Pages weigh about 100 KB, as a news page saved without its images does.
Deterministic: the same seed gives the same bytes.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

import corpus

SHAPES = ("json-ld", "open-graph", "bare-meta", "wayback", "none")
SECTIONS = ["Home", "News", "Local", "World", "Politics", "Business", "Sport", "Weather", "Opinion", "Video"]


def _style(rng: random.Random) -> str:
    rules = [f".c{i}{{margin:{rng.randint(0, 40)}px;color:#{rng.randint(0, 0xFFFFFF):06x};"
             f"font-size:{rng.randint(10, 30)}px}}" for i in range(900)]
    return "<style>" + "".join(rules) + "</style>"


def _script(rng: random.Random) -> str:
    config = {"ads": [{"slot": f"slot-{i}", "sizes": [[300, 250], [728, 90]], "targeting": {"k": rng.random()}}
                      for i in range(500)], "build": rng.getrandbits(64)}
    return "<script>window.__CONFIG__ = " + json.dumps(config) + ";</script>"


def _head(article, shape: str, published: str | None) -> str:
    title, outlet, url, author = (html.escape(article.title), html.escape(article.outlet.name or ""),
                                  article.url or "", article.outlet.author)
    if not outlet and shape in ("json-ld", "open-graph"):
        shape = "bare-meta"  # an article with no outlet line: its page names none
    if shape == "json-ld":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                "publisher": {"@type": "Organization", "name": article.outlet.name},
                "mainEntityOfPage": url}
        if published:
            data["datePublished"] = published + "T08:00:00Z"
        if author:
            data["author"] = [{"@type": "Person", "name": author}]
        return (f"<title>{title} | {outlet}</title><link rel=\"canonical\" href=\"{url}\">"
                f"<script type=\"application/ld+json\">{json.dumps(data)}</script>")
    if shape == "open-graph":
        return (f"<title>{title}</title><meta property=\"og:site_name\" content=\"{outlet}\">"
                f"<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:url\" content=\"{url}\">"
                + (f"<meta property=\"article:published_time\" content=\"{published}\">" if published else ""))
    if shape == "bare-meta":
        return (f"<title>{title}</title>" + (f"<meta name=\"author\" content=\"{html.escape(author)}\">" if author else "")
                + (f"<meta name=\"date\" content=\"{published}\">" if published else ""))
    if shape == "wayback":
        stamp = (published or "2023-01-01").replace("-", "") + "101500"
        return (f"<script>__wm.init(\"https://web.archive.org/web\");__wm.wombat(\"{url}\",\"{stamp}\","
                f"\"https://web.archive.org/\",\"web\",\"/_static/\",\"1\");</script><title>{title}</title>"
                f"<link rel=\"canonical\" href=\"https://web.archive.org/web/{stamp}/{url}\">")
    return ""


def render(article, index: int, rng: random.Random) -> str:
    shape = SHAPES[index % len(SHAPES)]
    published = article.outlet.published.isoformat() if article.outlet.published else None
    menu = "".join(f"<li><a href=\"/{s.lower()}\">{s}</a></li>" for s in SECTIONS * 5)
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    body = []
    for number, paragraph in enumerate(paragraphs):
        body.append(f"<p>{html.escape(paragraph)}</p>")
        if number == 1:
            body.append("<div class=\"ad-slot\"><p>Advertisement</p></div>")
        if number == 2:
            body.append("<figure><img src=\"/img/scene.jpg\" alt=\"\"><figcaption>The scene on the day."
                        " (Photo: Staff)</figcaption></figure>")
    most_read = "".join(f"<li><a href=\"/s/{rng.getrandbits(32)}\">Headline number {i} of the day</a></li>"
                        for i in range(10))
    footer = "".join(f"<a href=\"/f/{i}\">Footer link {i}</a> " for i in range(60))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + _head(article, shape, published)
            + _style(rng) + _script(rng) + "</head>\n<body><a href=\"#main\">Skip to content</a>"
            f"<nav><ul>{menu}</ul></nav><main id=\"main\"><article><h1>{html.escape(article.title)}</h1>"
            + "\n".join(body) + f"</article></main><aside><h2>Most read</h2><ol>{most_read}</ol></aside>"
            f"<footer>{footer}<p>Copyright 2023 {html.escape(article.outlet.name or 'the publisher')}. All rights reserved.</p>"
            "</footer></body></html>\n")


def write_pages(directory: Path, *, count: int, seed: int) -> dict:
    """``count`` saved pages (and the same articles as text files, under ``text/``, for comparison)."""
    directory = Path(directory)
    (directory / "text").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = size = 0
    for story, articles in corpus.stories(seed, sources=count):
        for article in articles:
            page = render(article, written, rng)
            name = article.filename[:-len(".txt")]
            (directory / f"{name}.html").write_text(page, encoding="utf-8")
            (directory / "text" / article.filename).write_text(article.file_text(None), encoding="utf-8")
            written += 1
            size += len(page.encode("utf-8"))
            if written == count:
                return {"pages": written, "bytes": size, "mean_kb": round(size / written / 1024, 1)}
    return {"pages": written, "bytes": size, "mean_kb": round(size / max(written, 1) / 1024, 1)}
