"""Wire credits: read from where a story states its origin, and counted once in conflicts."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import wire
from conftest import ROOT

FILLER = "Crews worked through the night to clear the wreckage from the road.\n\n" * 12

CREDITED = [
    # (text, author, credits)
    ("LISBON, May 6 (AFP) - A ferry capsized on Sunday.\n", None, ["AFP"]),
    ("QUITO, Ecuador (AP) \u2014 A bridge gave way on Monday.\n", None, ["AP"]),
    ("OSLO, Jan 3 (Reuters) -- Power returned to most homes.\n", None, ["Reuters"]),
    ("NAIROBI (AFP/Reuters) \u2013 Rains flooded the valley.\n", None, ["AFP", "Reuters"]),
    ("By The Associated Press\n\nA storm reached the coast overnight.\n", None, ["AP"]),
    ("By Maria Lund, Reuters\n\nThe vote was delayed.\n", None, ["Reuters"]),
    ("Associated Press\n\nThe vote was delayed.\n", None, ["AP"]),
    ("The minister arrived in Minsk on Tuesday, Russian news agency TASS reported.\n", None, ["TASS"]),
    ("The talks ended without a deal, according to the state news agency Xinhua.\n", None, ["Xinhua"]),
    ("A tanker ran aground near the port.\n\nSalvage teams are on site.\n\n\u2014 AFP\n", None, ["AFP"]),
    ("A tanker ran aground near the port.\n\n\u00a9 Agence France-Presse\n", None, ["AFP"]),
    ("A tanker ran aground.\n\nCopyright 2023 The Associated Press. All rights reserved.\n", None, ["AP"]),
    ("The council met on Friday.\n", "Reuters Staff", ["Reuters"]),
    ("The council met on Friday.\n", "AFP", ["AFP"]),
]

NOT_CREDITED = [
    # a local station's call letters, a partial contribution, a photo credit, a quote far down the story
    ("YPSILANTI, Mich. (WXYZ) - Police are investigating a shooting.\n", None),
    ("The council met on Friday.\n\nThe Associated Press contributed to this report.\n\nMore on our site.\n", None),
    ("Firefighters at the scene (AP Photo/Jan Berg) on Monday.\n", None),
    ("The council met on Friday.\n\n" + FILLER + "The plan is stalled, TASS reported.\n\n" + FILLER, None),
    ("A rapid response, Reuters said in an analysis.\n\n" + FILLER, None),  # 'said' is a quote's credit, not a lead's
    ("The council met on Friday.\n", "Jane Apted"),
    ("The grape harvest began early. AFPRO volunteers helped.\n", None),
]


@pytest.mark.parametrize("text, author, expected", CREDITED)
def test_a_credit_is_read_where_a_story_states_its_origin(text, author, expected):
    assert wire.credits(text, author) == expected


@pytest.mark.parametrize("text, author", NOT_CREDITED)
def test_no_credit_is_read_elsewhere(text, author):
    assert wire.credits(text, author) == []


# Pieces of datelines, bylines, sign-offs and leads, agencies' names among them and near them.
_PIECES = ["AFP", "AP", "Reuters", "REUTERS", "Tass", "ITAR-TASS", "RIA Novosti", "dpa", "\u010cTK", "Kyodo News",
           "APT", "Associated", "Press", "AFPRO", "(", ")", "/", ",", "-", "\u2014", "\u00a9", "(c)", "Copyright", "2023",
           "By", "by:", "The", "the", "staff", "reported", "according to", "news agency", "state", "Source:", ".", "\n",
           "OSLO", "police said", "\u00dcber", "x", "\u00a0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=9), st.sampled_from([" ", "", "\n"]))
def test_where_no_agency_is_named_no_credit_pattern_can_match(pieces, separator):
    """credits() reads a story's head or tail with its patterns only when an agency's name is in it."""
    text = separator.join(pieces)
    for pattern in (wire._DATELINE, wire._BYLINE, wire._ALONE, wire._SIGN_OFF, wire._LEAD):
        assert wire._ANY_NAME.search(text) or pattern.search(text) is None, (pattern.pattern[:40], text)


@pytest.mark.parametrize("given, stored", [("Associated Press", "AP"), ("afp, the associated press", "AFP, AP"),
                                           ("Reuters, AFP, AFP", "AFP, Reuters"), ("Ostwire", "Ostwire")])
def test_a_credit_given_by_hand_takes_the_agency_s_usual_name(given, stored):
    assert wire.canonical(given) == stored


def _ferry(run, article, *, credited: bool):
    """Two outlets' edited copies of one agency story (at least 40 dead), and a third outlet's own (35)."""
    dateline, sign_off = ("LISBON, May 6 (AFP) - ", "\n\n\u2014 AFP\n") if credited else ("LISBON - ", "\n")
    run("source", "add", article("a.txt", dateline + "A ferry capsized off the coast on Sunday and at least 40 people "
                                 "died, the coastguard said.\n\nRescue teams searched through the night.\n",
                                 {"outlet": "Harbor Post", "published": "2024-05-06", "case": "ferry"}))
    run("source", "add", article("b.txt", "A ferry went down on Sunday. At least 40 people died in the sinking, "
                                 "the coastguard told reporters." + sign_off,
                                 {"outlet": "Coast Herald", "published": "2024-05-06", "case": "ferry"}))
    run("source", "add", article("c.txt", "The ferry disaster killed 35 people, the port authority said.\n",
                                 {"outlet": "Island Daily", "published": "2024-05-07", "case": "ferry"}))
    ids = {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}
    for outlet, quote, value in [("Harbor Post", "at least 40 people died", "at least 40"),
                                 ("Coast Herald", "At least 40 people died", "at least 40"),
                                 ("Island Daily", "killed 35 people", "35")]:
        run("claim", "add", f"{value} died", "--source", ids[outlet], "--quote", quote, "--key", "ferry.deaths",
            "--value", value)
    return ids


def test_two_outlets_copies_of_one_wire_story_count_once(run, article):
    ids = _ferry(run, article, credited=True)
    assert run.json("source", "show", ids["Harbor Post"], "--json")["credit"] == "AFP"
    assert run.json("source", "show", ids["Coast Herald"], "--json")["credit"] == "AFP"
    assert run.json("source", "show", ids["Island Daily"], "--json")["credit"] is None
    [record] = run.json("list", "--conflicts", "--json")
    counts = {side["value"]: (len(side["sources"]), side["independent_sources"]) for side in record["sides"]}
    assert counts == {"at least 40": (2, 1), "35": (1, 1)}
    table = run("list", "--conflicts").stdout
    [row] = [line.split("|") for line in table.splitlines() if "| at least 40 " in line]
    assert row[2].strip() == "1"  # the indep. column


def test_the_same_story_without_a_credit_counts_each_outlet(run, article):
    _ferry(run, article, credited=False)
    [record] = run.json("list", "--conflicts", "--json")
    counts = {side["value"]: (len(side["sources"]), side["independent_sources"]) for side in record["sides"]}
    assert counts == {"at least 40": (2, 2), "35": (1, 1)}


def test_the_command_line_and_the_metadata_block_win_over_the_text(run, article):
    text = "LISBON, May 6 (AFP) - A ferry capsized on Sunday.\n"
    run("source", "add", article("a.txt", text, {"outlet": "Harbor Post"}), "--credit", "reuters")
    run("source", "add", article("b.txt", text + "Divers are searching.\n", {"credit": "EFE"}))
    run("source", "add", article("c.txt", text + "Divers searched.\n", {"credit": "unknown"}))
    run("source", "add", article("d.txt", "A ferry capsized.\n"), "--author", "By The Associated Press")
    credits = sorted(str(s["credit"]) for s in run.json("source", "list", "--json"))
    assert credits == ["AP", "EFE", "None", "Reuters"]
    shown = run("source", "show", run.json("source", "list", "--json")[0]["id"]).stdout
    assert "credit:" in shown


def test_an_old_database_learns_its_sources_credits_and_recounts_their_conflicts(run, tmp_path):
    """schema-v3.db holds the seed case; two outlets' copies of an AFP story restating one of its
    claims are put in as schema 3 stored them (no credit, the conflict not recounted)."""
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "data" / "schema-v3.db", old)
    conn = sqlite3.connect(old)
    key = "li-shangfu.moscow-visit.duration"
    quote = "during a three-day trip to the Kremlin"
    appearance = conn.execute("SELECT * FROM appearances a JOIN claims c ON c.id = a.claim_id"
                              " WHERE c.key = ? AND a.quote = ?", (key, quote)).fetchone()
    columns = [row[1] for row in conn.execute("PRAGMA table_info(appearances)")]
    before = {side["value"]: side["independent_sources"]
              for side in __import__("json").loads(conn.execute("SELECT sides_json FROM conflicts WHERE key = ?",
                                                                (key,)).fetchone()[0])["sides"]}
    for number, (head, tail) in enumerate([("MOSCOW, April 16 (AFP) - Li Shangfu arrived ", " on Sunday.\n"),
                                           ("Li Shangfu was in Moscow ", ", officials said.\n\n\u2014 AFP\n")]):
        text = head + quote + tail
        source_id = f"sw1re{number}aaaaaaaaaaaaaaa"  # an ID the commands could address
        conn.execute("INSERT INTO sources (id, case_name, outlet, text, content_hash, added_at)"
                     " VALUES (?, 'li-shangfu-moscow-2023', ?, ?, ?, '2024-01-01T00:00:00Z')",
                     (source_id, f"Wire Copy {number}", text, __import__("hashlib").sha256(text.encode()).hexdigest()))
        row = dict(zip(columns, appearance))
        row.update(id=f"aw1re{number}aaaaaaaaaaaaaaa", source_id=source_id, start=len(head),
                   end=len(head) + len(quote), before=head, after=tail, attribution=None)
        conn.execute(f"INSERT INTO appearances ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                     list(row.values()))
    conn.commit()
    conn.close()

    [record] = run.json("--db", old, "list", "--conflicts", "--json", "--key", key)
    sources = run.json("--db", old, "source", "list", "--json")
    assert sorted(s["credit"] for s in sources if s["outlet"] and s["outlet"].startswith("Wire Copy")) == ["AFP", "AFP"]
    assert [s["credit"] for s in sources if not (s["outlet"] or "").startswith("Wire Copy")] == [None] * 5
    after = {side["value"]: (len(side["sources"]), side["independent_sources"]) for side in record["sides"]}
    # two more sources on the three-day side, one more independent source: the two copies count once
    assert after["three-day"] == (2 + 2, before["three-day"] + 1)
    assert after["four-day"][1] == before["four-day"]
    assert run("--db", old, "check").stdout == "ok\n"


def test_a_credit_goes_through_case_files_and_files_without_one_read_as_before(run, article, tmp_path):
    run("source", "add", "--case", "ferry", article("a.txt", "LISBON, May 6 (AFP) - A ferry capsized on Sunday.\n"))
    run("source", "add", "--case", "ferry", article("b.txt", "A ferry capsized on Sunday near Lisbon.\n"))
    run("export", "--format", "case", "--case", "ferry", tmp_path / "case")
    headers = sorted(path.read_text().split("---")[1] for path in (tmp_path / "case" / "sources").glob("*.md"))
    assert ['credit: "AFP"' in header for header in headers].count(True) == 1
    assert not any("credit: unknown" in header for header in headers)
    run("--db", tmp_path / "other.db", "import", tmp_path / "case")
    assert sorted(str(s["credit"]) for s in run.json("--db", tmp_path / "other.db", "source", "list", "--json")) \
        == ["AFP", "None"]


def test_a_misread_credit_is_fixed_by_hand_and_the_conflict_recounted(run, article):
    ids = _ferry(run, article, credited=True)
    run("source", "edit", ids["Coast Herald"], "--credit", "-")
    [record] = run.json("list", "--conflicts", "--json")
    assert {side["value"]: side["independent_sources"] for side in record["sides"]} == {"at least 40": 2, "35": 1}
    assert "credit: AFP -> unknown" in run("source", "edit", ids["Harbor Post"], "--credit", "-").stdout
