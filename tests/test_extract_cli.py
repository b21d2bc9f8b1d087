"""claimtrack extract and review, end to end on a temporary database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT, checkpoint, db_count, db_fingerprint

SEEDS = ROOT.parent / "shared" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
# Without the raw files beside the repository, the same texts come from the shipped
# case files (metadata block stripped), told apart by how each article opens.
SEED_OPENINGS = {"000": "Beijing Pledges", "001": "The Chinese defense minister", "002": "Breaking News",
                 "003": "Date: 24 April 2023", "004": " date 2023-04-18"}
# Publication dates the articles carry in their own text (003 and 004); the others carry none.
SEED_DATES = {"003": "2023-04-24", "004": "2023-04-18"}


def _seed_texts_from_case(folder: Path) -> list[Path]:
    from conftest import SEED_CASE

    files = []
    for case_file in sorted((SEED_CASE / "sources").glob("*.md")):
        body = case_file.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        [number] = [n for n, opening in SEED_OPENINGS.items() if body.startswith(opening)]
        path = folder / f"{number}.txt"
        path.write_text(body, encoding="utf-8")
        files.append(path)
    return sorted(files)


@pytest.fixture
def seeds(run, tmp_path):
    """The five raw seed articles, with no curated claims; {'000': source id, ...}."""
    files = SEED_FILES if len(SEED_FILES) == 5 else _seed_texts_from_case(tmp_path)
    assert len(files) == 5
    ids = {}
    for path in files:
        number = path.name[:3]
        args = ["source", "add", "--case", "li", "--json", str(path)]
        if number in SEED_DATES:
            args += ["--published", SEED_DATES[number]]
        [added] = run.json(*args)
        ids[number] = added["id"]
    return ids


@pytest.fixture
def storm(run, article):
    """Two outlets on one storm that disagree on its toll (a mayor's and a Red Cross count would be two
    bodies' measures, shown side by side: the second outlet credits officials)."""
    one = article("a.txt", "The storm killed 12 people on Sunday, the mayor said. Damage was put at $3 million.\n",
                  {"outlet": "Coast Herald", "published": "2024-05-07", "case": "storm"})
    two = article("b.txt", "The storm killed at least 15 people and injured 40, according to city officials.\n",
                  {"outlet": "Valley News", "published": "2024-05-08", "case": "storm"})
    run("source", "add", one, two)
    return {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}


def test_seed_articles_show_the_visit_length_conflict_and_keep_xi_apart(run, seeds):
    result = run("extract")
    assert result.stdout == ""
    assert result.stderr.startswith("extracted ") and "from 5 sources" in result.stderr
    records = run.json("list", "--conflicts", "--json")
    visit = [r for r in records if r["key"] == "li-shangfu.visit.duration"]
    assert len(visit) == 1, [r["key"] for r in records]
    [record] = visit
    assert record["unreviewed"] is True
    sides = {side["value"]: sorted(side["sources"]) for side in record["sides"]}
    assert sides == {"three-day": sorted([seeds["001"], seeds["004"]]), "four-day": [seeds["002"]]}
    quotes = {q["quote"] for side in record["sides"] for q in side["quotes"]}
    assert not any("talks" in q or "summit" in q for q in quotes)
    # Xi's three days of talks are on a key of their own, and in no conflict
    assert not any(r["key"].startswith("xi-jinping.") for r in records)
    xi = run.json("list", "--json", "--key", "xi-jinping.talks.duration")
    assert {c["value"] for c in xi} == {"three days", "three-day"}
    assert {a["source"] for c in xi for a in c["appearances"]} == {seeds["000"]}


def test_candidates_are_listed_marked_and_typed(run, storm):
    run("extract")
    listed = run.json("list", "--candidates", "--json")
    assert listed and all(c["status"] == "candidate" for c in listed)
    by_key = {}
    for claim in listed:
        by_key.setdefault(claim["key"], set()).add(claim["value"])
    assert by_key["storm.deaths"] == {"12", "at least 15"}
    assert by_key["storm.injuries"] == {"40"}
    toll = next(c for c in listed if c["value"] == "12")
    [appearance] = toll["appearances"]
    assert appearance["quote"] == "killed 12 people"
    assert appearance["attribution"] == "the mayor said"
    assert toll["normalized"] == "count 12"
    [conflict] = run.json("list", "--conflicts", "--json")
    assert conflict["key"] == "storm.deaths" and conflict["unreviewed"] is True
    text = run("list", "--candidates").stdout
    assert "candidate" in text and "storm.deaths" in text


def test_json_output_lists_the_new_candidates(run, storm):
    data = json.loads(run("extract", "--json").stdout)
    assert data["summary"] == {"sources": 2, "candidates": len(data["candidates"]), "keys": 4, "conflicts": 1,
                               "already_extracted": 0, "failed": 0}
    first = data["candidates"][0]
    assert set(first) >= {"id", "source", "key", "value", "value_type", "normalized", "quote", "start", "end",
                          "attribution", "statement"}


def test_nothing_is_read_twice_and_again_never_duplicates(run, storm, db_path):
    run("extract")
    count = len(run.json("list", "--candidates", "--json"))
    assert run("extract").stderr == "extracted 0 candidates from 0 sources (0 keys, 0 conflicts)\n"
    again = run("extract", "--again")
    assert again.stderr.startswith("extracted 0 candidates from 2 sources")
    assert len(run.json("list", "--candidates", "--json")) == count
    named = run("extract", storm["Coast Herald"][:7], "--json")
    assert "was extracted before; use --again" in named.stderr
    assert json.loads(named.stdout)["summary"]["already_extracted"] == 1


def test_rejected_candidates_are_not_proposed_again(run, storm):
    run("extract")
    listed = run.json("list", "--candidates", "--json")
    damage = next(c for c in listed if c["key"] == "storm.damage")
    run("claim", "reject", damage["id"])
    run("extract", "--again")
    after = run.json("list", "--candidates", "--json")
    assert damage["id"] not in {c["id"] for c in after}
    assert len(after) == len(listed) - 1
    rejected = run.json("list", "--json", "--status", "rejected")
    assert [c["id"] for c in rejected] == [damage["id"]]


def test_review_queue_accept_reject_skip_quit(run, storm):
    run("extract")
    queue = run.json("list", "--candidates", "--json")
    result = run("review", "--case", "storm", input="a\nr\ns\nq\n")
    assert "killed 12 people" in result.stdout
    assert "key:" in result.stdout and "storm.deaths" in result.stdout
    assert "[count 12]" in result.stdout
    assert "accepted 1, rejected 1, edited 0, skipped 1" in result.stderr
    statuses = {c["id"]: c["status"] for c in run.json("list", "--json", "--status", "unverified")}
    statuses.update({c["id"]: c["status"] for c in run.json("list", "--json", "--status", "rejected")})
    assert len(statuses) == 2
    remaining = run.json("list", "--candidates", "--json")
    assert len(remaining) == len(queue) - 2


def test_review_edit_then_accept(run, storm):
    run("extract")
    result = run("review", "--case", "storm", input="e\nstorm.dead\n\nThe storm killed a dozen\na\nq\n")
    assert "accepted 1, rejected 0, edited 1" in result.stderr
    [accepted] = run.json("list", "--json", "--status", "unverified")
    assert (accepted["key"], accepted["statement"]) == ("storm.dead", "The storm killed a dozen")
    history = run.json("show", accepted["id"], "--json")["history"]
    assert [(h["action"], h["field"]) for h in history if h["action"] in ("edit", "accept")] == [
        ("edit", "statement"), ("edit", "key"), ("accept", "status")]  # a statement a person wrote is kept


def test_an_accepted_candidate_states_its_fact_apart_from_its_sentence(run, storm):
    """The rating covers one fact, not the sentence it was read in: accepting names the fact."""
    run("extract")
    deaths = next(c for c in run.json("list", "--candidates", "--json") if c["key"] == "storm.deaths"
                  and c["value"] == "12")
    assert deaths["statement"] == "The storm killed 12 people on Sunday, the mayor said."
    shown = run("review", "--case", "storm", input="s\n" * 10).stdout
    assert "statement:  Deaths in the storm: 12  (on accept; [e]dit to change)" in shown
    run("claim", "accept", deaths["id"])
    claim = run.json("show", deaths["id"], "--json")
    assert claim["statement"] == "Deaths in the storm: 12"
    assert claim["appearances"][0]["quote"] in "The storm killed 12 people on Sunday, the mayor said."
    [edit] = [h for h in claim["history"] if h["field"] == "statement"]
    assert edit["old"] == "The storm killed 12 people on Sunday, the mayor said."
    run("claim", "edit", deaths["id"], "--statement", "The storm killed 12 people")
    assert run.json("show", deaths["id"], "--json")["statement"] == "The storm killed 12 people"


@pytest.mark.parametrize("key,value,text,statement", [
    ("quake-bogo.deaths", "69", "A quake near Bogo killed 69.", "Deaths in the Bogo quake: 69"),
    ("quake.depth", "five kilometres", "The quake was shallow.", "Depth of the quake: five kilometres"),
    ("quake.deaths.count", "at least 40", "At least 40 died.", "Deaths in the quake: at least 40"),
    ("ana-ruiz.trip.duration", "a week", "Ana Ruiz left. Ana Ruiz's trip lasted a week.", "Duration of Ana Ruiz's trip: a week"),
    ("budget.year", "2024", "The budget passed.", "Year of the budget: 2024"),
    ("mayor.deaths", None, "x", None),
    (None, "12", "x", None),
])
def test_proposed_statements(key, value, text, statement):
    from claimtrack.statements import propose

    assert propose(key, value, text) == statement


def test_review_shows_article_text_literally(run, article):
    path = article("x.txt", "The [bold red]storm[/] killed 12 people on Sunday.\n", {"case": "x", "published": "2024-05-07"})
    run("source", "add", path)
    run("extract")
    result = run("review", input="q\n")
    assert "The [bold red]storm[/] killed 12 people on Sunday." in result.stdout


def test_review_stops_when_input_ends(run, storm):
    run("extract")
    result = run("review", input="a\n")
    assert "accepted 1, rejected 0, edited 0, skipped 0" in result.stderr
    assert len(run.json("list", "--json", "--status", "unverified")) == 1


def test_review_with_nothing_to_review(run):
    result = run("review")
    assert result.stderr == "no candidates to review\n"


def test_stored_candidates_are_anchored(run, seeds, db_path):
    run("extract")
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT a.quote, a.start, a.end, s.text, c.origin FROM appearances a JOIN sources s ON s.id = a.source_id"
        " JOIN claims c ON c.id = a.claim_id").fetchall()
    conn.close()
    assert rows
    for quote, start, end, text, origin in rows:
        assert text[start:end] == quote and origin == "extract"


BAD = [
    ("unknown source id", ["extract", "szzzzzzzz"], "no source 'szzzzzzzz'"),
    ("malformed source id", ["extract", "hello"], "no source 'hello'"),
    ("unknown case", ["extract", "--case", "nope"], "no case 'nope'"),
    ("source from another case", ["extract", "--case", "other", "{source}"], "is not in case 'other'"),
    ("review unknown case", ["review", "--case", "nope"], "no case 'nope' (cases: other, storm)"),
]


@pytest.mark.parametrize("label,args,message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_leaves_the_database_alone(run, storm, article, db_path, label, args, message):
    run("source", "add", article("o.txt", "Nothing here.\n", {"case": "other"}))
    args = [a.format(source=storm["Coast Herald"]) for a in args]
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = run(*args, expect=1)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert db_fingerprint(db_path) == before


def test_help_texts(run):
    for command in ("extract", "review"):
        text = run(command, "--help").stdout
        assert "Example:" in text


LONG_PARAGRAPH = ("The storm killed 12 people on Sunday, officials said, after a week in which rivers rose across the "
                  "north of the country, roads were cut in a dozen places and the emergency services, short of boats "
                  "and of fuel, asked the army for help in reaching the villages that the water had cut off.")


def test_piped_source_text_comes_out_as_stored(run, article):
    """Off a terminal the article text is written whole: no line is broken at the console's width,
    so a quote copied from it is the quote in the article."""
    path = article("long.txt", LONG_PARAGRAPH + "\n\nSecond paragraph.\n", {"case": "x", "published": "2024-05-07"})
    source = run("source", "add", path).stdout.split()[0]
    shown = run("source", "show", source).stdout
    assert shown.endswith("text\n" + LONG_PARAGRAPH + "\n\nSecond paragraph.\n")
    assert len(LONG_PARAGRAPH) > 200


def test_piped_review_writes_each_line_whole(run, article):
    path = article("long.txt", LONG_PARAGRAPH + "\n", {"case": "x", "published": "2024-05-07"})
    run("source", "add", path)
    run("extract")
    [claim] = [c for c in run.json("list", "--candidates", "--json") if c["value"] == "12"]
    assert claim["statement"] == LONG_PARAGRAPH  # the whole sentence, well over a console's width
    shown = run("review", input="q\n").stdout
    assert LONG_PARAGRAPH in shown.splitlines()


@pytest.mark.parametrize("count", [3, 60])  # read in this process, and in worker processes (50 sources or more)
def test_a_source_the_rules_fail_on_is_named_and_left_to_the_next_run(run, article, db_path, monkeypatch, count):
    from claimtrack import extract, workers

    monkeypatch.setattr(workers, "cpus", lambda: 2)  # (worker processes even on a machine with one CPU)
    names = [article(f"s{n}.txt", f"The flood killed {n + 2} people on Monday, officials said.\n",
                     {"outlet": f"Outlet {n}", "published": "2024-05-07", "case": "flood"}) for n in range(count)]
    broken = article("broken.txt", "The flood killed 9 people on Monday. XYZZY\n",
                     {"outlet": "Odd Outlet", "published": "2024-05-07", "case": "flood"})
    run("source", "add", *names, broken)
    read = extract.read

    def failing(text, **options):
        if "XYZZY" in text:
            raise ValueError("a rule tripped")
        return read(text, **options)

    monkeypatch.setattr(extract, "read", failing)
    failed = run("extract", "--json", expect=1)
    lines = failed.stderr.splitlines()
    assert "Traceback" not in failed.stderr
    assert any(line.startswith("Error: source s") and "could not be read (ValueError: a rule tripped)" in line
               for line in lines)
    assert lines[-1] == "Error: 1 source could not be read"
    summary = json.loads(failed.stdout)["summary"]
    assert summary["sources"] == count and summary["failed"] == 1 and summary["candidates"] >= count
    assert db_count(db_path, "SELECT count(*) FROM sources WHERE extracted_at IS NULL") == 1
    monkeypatch.setattr(extract, "read", read)
    again = run("extract")
    assert again.stderr.startswith("extracted 2 candidates from 1 source")
    assert db_count(db_path, "SELECT count(*) FROM sources WHERE extracted_at IS NULL") == 0


def test_a_case_s_plan_is_made_from_every_source_of_it_read(run, article, monkeypatch):
    from claimtrack import align

    names = [article(f"p{n}.txt", f"The quake killed {n + 3} people on Monday, officials said.\n",
                     {"outlet": f"Outlet {n}", "published": "2024-05-07", "case": "quake"}) for n in range(3)]
    run("source", "add", *names)
    plan_case, seen = align.plan_case, []

    def counting(events, keys):
        events = list(events)
        seen.append(len(events))
        return plan_case(events, keys)

    monkeypatch.setattr(align, "plan_case", counting)
    run("extract")
    assert seen == [3]  # the first source stored among them
