"""The shipped seed case, as a fact-checker first meets it."""

from __future__ import annotations


from conftest import SHIPPED_CASE as SEED_CASE, checkpoint, db_fingerprint

SEED_QUOTES = {
    "three-day": {"as he began a three-day visit to Moscow", "during a three-day trip to the Kremlin"},
    "four-day": {"to Moscow on Sunday for a four-day visit"},
}


def test_seed_claims_link_all_five_articles(shipped):
    sources = shipped.json("source", "list", "--json")
    assert len(sources) == 5
    linked = {a["source"] for c in shipped.json("list", "--json") for a in c["appearances"]}
    assert linked == {s["id"] for s in sources}
    by_outlet = {s["outlet"]: s for s in sources}
    assert by_outlet["Warsaw Institute"]["published"] == "2023-04-24"
    assert by_outlet["The Epoch Times"]["published"] is None
    assert sorted(s["published"] or "-" for s in sources) == ["-", "-", "-", "2023-04-18", "2023-04-24"]


def test_product_table_rows_are_covered(shipped):
    keys = {c["key"] for c in shipped.json("list", "--json")}
    for key in ("li-shangfu.moscow-visit.duration", "li-shangfu.putin-meeting.date", "li-shangfu.us-sanctions",
                "xi-jinping.moscow-visit.time-before-li-visit", "li-shangfu.appointment.date",
                "li-shangfu.remarks.cold-war-comparison", "china.lethal-aid-to-russia.agreed"):
        assert key in keys


def test_visit_duration_claims_show_every_outlets_quote(shipped):
    claims = shipped.json("list", "--json", "--key", "li-shangfu.moscow-visit.duration")
    assert {c["value"]: {a["quote"] for a in c["appearances"]} for c in claims} == SEED_QUOTES
    for claim in claims:
        text = shipped("show", claim["id"][:7]).stdout
        for quote in SEED_QUOTES[claim["value"]]:
            assert f"\u201c{quote}\u201d" in text
    listing = shipped("list", "--key", "li-shangfu").stdout
    assert "li-shangfu.moscow-visit.duration" in listing and "four-day" in listing


def test_importing_twice_changes_nothing(shipped, db_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = shipped("import", str(SEED_CASE))
    assert "nothing new" in result.stderr
    checkpoint(db_path)
    assert db_fingerprint(db_path) == before


def test_seed_text_is_the_article_text(shipped, tmp_path):
    """The raw article (metadata block stripped) is recognised as the same source."""
    case_file = sorted((SEED_CASE / "sources").glob("*.md"))[0].read_text(encoding="utf-8")
    body = case_file.split("\n---\n", 1)[1]
    raw = tmp_path / "raw.txt"
    raw.write_text(body, encoding="utf-8")
    result = shipped("source", "add", raw)
    assert "same text as source" in result.stderr
    assert len(shipped.json("source", "list", "--json")) == 5
