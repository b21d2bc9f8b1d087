"""The contradiction engine through the CLI: detection, display, life cycle."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import ROOT


def _sources(run):
    return {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}


@pytest.fixture
def flood(run, article):
    """A story in which three outlets report a flood's toll differently."""
    run("source", "add", article("a.txt", "At least 40 people died in the floods on Sunday, the governor said.\n",
                                 {"outlet": "River Times", "published": "2024-05-07", "case": "flood"}))
    run("source", "add", article("b.txt", "The floods killed 35 people, according to the Red Cross.\n",
                                 {"outlet": "Valley News", "published": "2024-05-08", "case": "flood"}))
    run("source", "add", article("c.txt", "Officials said 52 people were killed in the floods on May 5.\n",
                                 {"outlet": "Delta Daily", "published": "2024-05-09", "case": "flood"}))
    ids = _sources(run)
    add = lambda outlet, quote, value: run("claim", "add", f"{value} died", "--source", ids[outlet], "--quote", quote,
                                           "--key", "flood.deaths", "--value", value).stdout.strip()
    return ids, add


def test_seed_case_flags_visit_length_only_where_outlets_disagree(seeded):
    records = seeded.json("list", "--conflicts", "--json", "--key", "li-shangfu")
    assert [r["key"] for r in records] == ["li-shangfu.moscow-visit.duration"]
    [record] = records
    assert set(record) >= {"id", "case", "key", "state", "sides"}
    assert record["state"] == "open" and record["case"] == "li-shangfu-moscow-2023"
    by_value = {side["value"]: side for side in record["sides"]}
    assert set(by_value) == {"three-day", "four-day"}
    assert len(by_value["three-day"]["sources"]) == 2 and len(by_value["four-day"]["sources"]) == 1
    quotes = {q["quote"] for side in record["sides"] for q in side["quotes"]}
    assert quotes == {"as he began a three-day visit to Moscow", "during a three-day trip to the Kremlin",
                      "to Moscow on Sunday for a four-day visit"}
    for side in record["sides"]:
        assert set(side) >= {"value", "normalized", "claims", "sources", "outlets"}


def test_seed_meeting_day_is_not_a_conflict_and_undated_sundays_are_unresolved(seeded):
    keys = {r["key"] for r in seeded.json("list", "--conflicts", "--json", "--all")}
    assert "li-shangfu.putin-meeting.date" not in keys
    assert not any(k.startswith("xi-jinping.") for k in keys)
    text = seeded("list", "--conflicts").stdout
    line = next(l for l in text.splitlines() if "li-shangfu.putin-meeting.date" in l)
    assert "Sunday" in line and "no publication date" in line
    # the dated article's Sunday is read as 2023-04-16, the same day as "April 16"
    [claim] = [c for c in seeded.json("list", "--json", "--key", "li-shangfu.putin-meeting.date") if c["value"] == "Sunday"]
    dated = [a for a in claim["appearances"] if a["published"] == "2023-04-18"]
    assert dated[0]["normalized"] == "date 2023-04-16"


def test_counts_with_tolerance(run, flood):
    ids, add = flood
    add("River Times", "At least 40 people died", "at least 40")
    add("Delta Daily", "52 people were killed", "52")
    assert run.json("list", "--conflicts", "--json") == []  # at least 40 fits 52
    add("Valley News", "killed 35 people", "35")
    [record] = run.json("list", "--conflicts", "--json")
    assert sorted(side["value"] for side in record["sides"]) == ["35", "52", "at least 40"]


def test_life_cycle_confirm_dismiss_resolve_reopen(run, flood):
    ids, add = flood
    add("River Times", "At least 40 people died", "at least 40")
    add("Valley News", "killed 35 people", "35")
    [record] = run.json("list", "--conflicts", "--json")
    cid = record["id"][:7]
    assert run("list", "--conflicts", "--exit-code", expect=1).stdout
    run("conflict", "confirm", cid)
    assert run.json("conflict", "show", cid, "--json")["state"] == "confirmed"
    assert "--reason" in run("conflict", "dismiss", cid, "--reason", " ", expect=1).stderr
    run("conflict", "resolve", cid, "--side", "2", "--why", "Health ministry list names 41 dead")
    shown = run.json("conflict", "show", cid, "--json")
    assert shown["state"] == "resolved"
    assert shown["resolution"]["value"] == record["sides"][1]["value"]
    assert run.json("list", "--conflicts", "--json") == []
    assert [r["state"] for r in run.json("list", "--conflicts", "--json", "--all")] == ["resolved"]
    run("list", "--conflicts", "--exit-code")  # nothing open: exit 0
    # recomputation alone keeps the decision
    run("claim", "link", run.json("list", "--json")[0]["id"], "--source", ids["Delta Daily"], "--quote", "52 people")
    assert run.json("conflict", "show", cid, "--json")["state"] == "resolved"
    # a new value changes the sides: the conflict reopens and says so
    add("Delta Daily", "52 people were killed", "52")
    shown = run.json("conflict", "show", cid, "--json")
    assert shown["state"] == "open"
    assert [h["action"] for h in shown["history"]] == ["detect", "confirm", "resolve", "reopen"]
    assert "sides changed" in shown["history"][-1]["note"]
    assert "it can take: confirm, dismiss, resolve" in run("conflict", "reopen", cid, expect=1).stderr
    run("conflict", "dismiss", cid, "--reason", "Counts from different days")
    run("conflict", "reopen", cid)


def test_same_outlet_disagreeing_with_itself_is_not_a_conflict_between_outlets(run, article):
    run("source", "add", article("a.txt", "The strike lasted three days.\n", {"outlet": "Post", "case": "s"}))
    run("source", "add", article("b.txt", "The strike lasted four days, we reported.\n", {"outlet": "post", "case": "s"}))
    a, b = [s["id"] for s in run.json("source", "list", "--json")]
    run("claim", "add", "3 days", "--source", a, "--quote", "three days", "--key", "strike.duration", "--value", "three days")
    run("claim", "add", "4 days", "--source", b, "--quote", "four days", "--key", "strike.duration", "--value", "four days")
    assert run.json("list", "--conflicts", "--json") == []


def test_undated_weekday_is_unresolved_never_a_conflict(run, article):
    run("source", "add", article("a.txt", "The vote was held on Sunday.\n", {"outlet": "A", "case": "v"}))
    run("source", "add", article("b.txt", "The vote was held on March 3.\n", {"outlet": "B", "published": "2024-03-06", "case": "v"}))
    ids = _sources(run)
    run("claim", "add", "Sunday", "--source", ids["A"], "--quote", "on Sunday", "--key", "vote.date", "--value", "Sunday")
    run("claim", "add", "March 3", "--source", ids["B"], "--quote", "on March 3", "--key", "vote.date", "--value", "March 3")
    assert run.json("list", "--conflicts", "--json", "--all") == []
    assert "vote.date: \u201cSunday\u201d in A (no publication date" in run("list", "--conflicts").stdout


def test_denial_of_the_same_statement_conflicts(run, article):
    run("source", "add", article("a.txt", "The minister resigned on Friday.\n", {"outlet": "A", "case": "m", "published": "2024-01-08"}))
    run("source", "add", article("b.txt", "Reports that the minister resigned are false, his office said.\n", {"outlet": "B", "case": "m"}))
    ids = _sources(run)
    claim = run("claim", "add", "The minister resigned", "--source", ids["A"], "--quote", "The minister resigned",
                "--key", "minister.resigned", "--value", "yes").stdout.strip()
    run("claim", "link", claim, "--source", ids["B"], "--quote", "Reports that the minister resigned are false",
        "--stance", "denies", "--attribution", "his office said")
    [record] = run.json("list", "--conflicts", "--json")
    assert sorted(side["stance"] for side in record["sides"]) == ["asserts", "denies"]


def test_cases_keep_their_keys_apart(run, article):
    run("source", "add", article("a.txt", "The fire killed 12 people.\n", {"outlet": "A", "case": "fire-a"}))
    run("source", "add", article("b.txt", "The fire killed 30 people.\n", {"outlet": "B", "case": "fire-b"}))
    ids = _sources(run)
    run("claim", "add", "12", "--source", ids["A"], "--quote", "killed 12", "--key", "fire.deaths", "--value", "12")
    run("claim", "add", "30", "--source", ids["B"], "--quote", "killed 30", "--key", "fire.deaths", "--value", "30")
    assert run.json("list", "--conflicts", "--json") == []


def test_independent_sources_count_wire_copies_once(run, article):
    wire = "Flooding killed 20 people, Reuters reported, citing local officials.\n"
    run("source", "add", article("a.txt", wire, {"outlet": "Paper A", "case": "w"}))
    run("source", "add", article("b.txt", "Metro edition. " + wire, {"outlet": "Paper B", "case": "w"}))
    run("source", "add", article("c.txt", "Flooding killed 31 people, the mayor said.\n", {"outlet": "Paper C", "case": "w"}))
    ids = _sources(run)
    claim = run("claim", "add", "20 died", "--source", ids["Paper A"], "--quote", "killed 20 people",
                "--key", "flood.deaths", "--value", "20", "--attribution", "Reuters reported").stdout.strip()
    run("claim", "link", claim, "--source", ids["Paper B"], "--quote", "killed 20 people", "--attribution", "Reuters reported")
    run("claim", "add", "31 died", "--source", ids["Paper C"], "--quote", "killed 31 people", "--key", "flood.deaths", "--value", "31")
    [record] = run.json("list", "--conflicts", "--json")
    by_value = {side["value"]: side for side in record["sides"]}
    assert len(by_value["20"]["outlets"]) == 2
    assert by_value["20"]["independent_sources"] == 1


def test_matrix_marks_conflicting_cells(seeded):
    grid = seeded.json("matrix", "--json", "--key", "li-shangfu.moscow-visit")
    assert grid["keys"] == ["li-shangfu.moscow-visit.duration", "li-shangfu.moscow-visit.first-overseas-trip-as-minister"]
    duration = grid["rows"][0]["cells"]
    flagged = sorted(cell["values"][0] for cell in duration if cell and cell["conflict"])
    assert flagged == ["four-day", "three-day", "three-day"]
    text = seeded("matrix", "--key", "li-shangfu.moscow-visit").stdout
    assert "! three-day" in text and "! four-day" in text


def test_old_database_is_upgraded_with_a_backup(run, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "data" / "schema-v1.db", old)
    claims = run.json("--db", old, "list", "--json")
    assert len(claims) == 33
    assert (tmp_path / "old.db.v1.bak").exists()
    backup = sqlite3.connect(tmp_path / "old.db.v1.bak")
    assert backup.execute("SELECT max(version) FROM _migrations").fetchone()[0] == 1
    done = [c for c in claims if c["verdict"] == "true"]
    assert len(done) == 1 and done[0]["key"] == "li-shangfu.moscow-visit.duration"
    shown = run.json("--db", old, "show", done[0]["id"], "--json")
    assert [n["text"] for n in shown["notes"] if not n["text"].startswith("Curation")] == ["Readout lists three days"]
    [record] = run.json("--db", old, "list", "--conflicts", "--json", "--key", "li-shangfu")
    assert record["key"] == "li-shangfu.moscow-visit.duration"
