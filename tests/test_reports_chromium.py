"""The HTML report opened in a real headless Chromium: its JSON-LD read back from the DOM, and a screenshot."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
IN_CI = os.environ.get("CI", "").lower() == "true"

pytestmark = pytest.mark.skipif(not CHROMIUM and not IN_CI, reason="chromium is not installed (CI installs it)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    assert CHROMIUM, "CI must have chromium: .ci/run installs it"
    profile = tmp_path / "chromium-profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                          timeout=90, check=True, env={**os.environ, "HOME": str(tmp_path)})


class LdJson(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self._open = [], False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._open = True
            self.blocks.append("")

    def handle_data(self, data):
        if self._open:
            self.blocks[-1] += data

    def handle_endtag(self, tag):
        self._open = False


def test_the_demo_report_in_chromium(run, tmp_path, monkeypatch):
    """The page `claimtrack demo` writes, as a browser reads it: its ClaimReview, its sections, a screenshot."""
    monkeypatch.setenv("CLAIMTRACK_NOW", "2026-12-08T09:30:00Z")
    run("demo", "--out", tmp_path / "demo")
    page = tmp_path / "demo" / "report.html"

    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    parser = LdJson()
    parser.feed(dom)
    [block] = parser.blocks
    reviews = json.loads(block)
    assert len(reviews) == 32
    assert [(r["claimReviewed"], r["reviewRating"]["alternateName"]) for r in reviews[:2]] == [
        ("Leaked U.S. intelligence documents say China agreed to provide lethal aid to Russia", "Unproven"),
        ("Leaked U.S. intelligence documents say China's arms supplies to Russia were to be kept secret or disguised",
         "Unproven")]
    assert all(r["author"]["name"] == "Example Fact Desk" and r["url"] for r in reviews)
    for heading in ("The claims and our ratings", "Where the outlets disagree", "Our rating scale", "Methodology",
                    "Corrections policy", "Sources consulted", "Outlets checked"):
        assert f"<h2>{heading}</h2>" in dom
    assert "Side 1: three-day" in dom and "Side 2: four-day" in dom and "Why we rated it" in dom

    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,3000", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 3000)
    assert len(data) > 100_000  # a rendered page, not a blank one
