"""schema.org ClaimReview JSON-LD: one review per claim that has a verdict.

Ratings come from the organisation's scale (:mod:`claimtrack.verdicts`); by
default worst 1, best 5::

    false 1 · mostly-false 2 · mixed 3 · mostly-true 4 · true 5

A rating with no value (``unproven``) is not a point between true and false,
so it carries only its name in ``alternateName`` (no ratingValue, bestRating or
worstRating). Google requires ``claimReviewed``, ``reviewRating`` (with
``alternateName``) and ``url``; the author, date and item reviewed are given
too wherever they are known.

Fields that cannot be filled from what is recorded (no organization set, no
report address, no dated or named source) are left out, never invented, and
each one is reported through ``warn``.
"""

from __future__ import annotations

import json
from typing import Callable, Iterator, TextIO

from claimtrack import ids, verdicts
from claimtrack.reports.data import Report, first_appearance

Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    pass


def rating(verdict: str, report: Report) -> dict:
    out = {"@type": "Rating"}
    value = next((r["value"] for r in report.scale if r["name"] == verdict), None)
    bounds = verdicts.bounds(report.scale)
    if value is not None and bounds:
        out.update(ratingValue=value, bestRating=bounds[1], worstRating=bounds[0])
    out["alternateName"] = report.label(verdict)
    return out


def _organization(name: str | None, url: str | None = None) -> dict | None:
    if not name:
        return None
    out = {"@type": "Organization", "name": name}
    if url:
        out["url"] = url
    return out


def creative_work(appearance: dict) -> dict:
    """An article as schema.org sees it; unknown fields are left out."""
    work: dict = {"@type": "CreativeWork"}
    if appearance["url"]:
        work["url"] = appearance["url"]
    if appearance["title"]:
        work["headline"] = appearance["title"]
    publisher = _organization(appearance["outlet"])
    if publisher:
        work["publisher"] = publisher
    if appearance["author"]:
        work["author"] = {"@type": "Person", "name": appearance["author"]}
    if appearance["published"]:
        work["datePublished"] = appearance["published"]
    return work


def review(report: Report, claim: dict, warn: Warn = _ignore) -> dict:
    short = ids.short(claim["id"])
    out: dict = {"@context": "https://schema.org", "@type": "ClaimReview"}
    url = report.claim_url(claim["id"])
    if url:
        out["url"] = url
    out["claimReviewed"] = claim["statement"]
    out["datePublished"] = report.published_date
    if report.updated_date:
        out["dateModified"] = report.updated_date
    author = _organization(report.org_name, report.org_url)
    if author:
        out["author"] = author
    out["reviewRating"] = rating(claim["verdict"], report)

    item: dict = {"@type": "Claim"}
    works = []
    seen = set()
    for appearance in claim["appearances"]:
        if appearance["source"] not in seen:
            seen.add(appearance["source"])
            works.append(creative_work(appearance))
    known = [work for work in works if len(work) > 1]  # an article with nothing known about it tells a reader nothing
    first = first_appearance(claim["appearances"])
    outlets = {a["outlet"] for a in claim["appearances"]}
    claimant = first["outlet"] if first else (next(iter(outlets)) if len(outlets) == 1 else None)
    if claimant:
        item["author"] = {"@type": "Organization", "name": claimant}
    else:
        warn(f"ClaimReview for claim {short}: itemReviewed.author left out (no outlet known for its first appearance)")
    if first:
        item["datePublished"] = first["published"]
        item["firstAppearance"] = creative_work(first)
    else:
        warn(f"ClaimReview for claim {short}: itemReviewed.datePublished and firstAppearance left out "
             "(none of its sources has a known date)")
    item["appearance"] = known
    missing_urls = sum(1 for work in works if "url" not in work)
    if missing_urls:
        warn(f"ClaimReview for claim {short}: {missing_urls} of {len(works)} appearance(s) without a url "
             "(the source has no known address)")
    out["itemReviewed"] = item
    return out


def reviews(report: Report, warn: Warn = _ignore) -> Iterator[dict]:
    if not report.org_name:
        warn("ClaimReview author left out: no organization set (claimtrack config set org.name \"...\")")
    if not report.report_url:
        warn("ClaimReview url left out: no report address set (claimtrack config set report.url https://...)")
    count = 0
    for claim in report.claims(full=False, verdict_only=True):
        count += 1
        yield review(report, claim, warn)
    if not count:
        warn("no claim has a verdict yet: ClaimReview lists only claims with one (claimtrack verdict ...)")


def script_safe(text: str) -> str:
    """JSON that cannot close or comment out the <script> element holding it."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_json(items: Iterator[dict], out: TextIO, *, indent: int = 2, for_script: bool = False) -> None:
    """A JSON array, written item by item."""
    pad = " " * indent
    out.write("[")
    first = True
    for item in items:
        text = json.dumps(item, indent=indent, ensure_ascii=False)
        if for_script:
            text = script_safe(text)
        out.write(("\n" if first else ",\n") + pad + text.replace("\n", "\n" + pad))
        first = False
    out.write("]\n" if first else "\n]\n")


def render(report: Report, out: TextIO, warn: Warn = _ignore) -> None:
    write_json(reviews(report, warn), out)
