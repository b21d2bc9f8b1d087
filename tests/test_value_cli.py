"""Values as a person meets them through the commands: the reason a value is kept as text, and clock times."""

from __future__ import annotations

import pytest


@pytest.fixture
def fire(run, article):
    """Two outlets on one warehouse fire, each giving the time it broke out."""
    one = article("one.txt", "The blaze at the depot broke out at 9:52 pm on Saturday, firefighters said.\n",
                  {"outlet": "Harbour Gazette", "published": "2023-04-18", "case": "depot"})
    two = article("two.txt", "Neighbours saw smoke around 10 pm and called for help.\n",
                  {"outlet": "Valley Courier", "published": "2023-04-17", "case": "depot"})
    run("source", "add", one, two)
    return {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}


def test_a_value_kept_as_text_says_why(run, fire):
    claim = run("claim", "add", "The blaze destroyed stock worth 5 pounds", "--source", fire["Harbour Gazette"],
                "--quote", "The blaze at the depot broke out", "--key", "depot-fire.damage",
                "--value", "5 pounds").stdout.strip()
    shown = run.json("show", claim, "--json")
    assert shown["normalized"] is None and shown["value_type"] == "text"
    assert "weight and several currencies" in shown["value_note"]
    assert "kept as text: 'pounds' names a weight and several currencies" in run("show", claim).stdout
    read = run("claim", "add", "Broke out at night", "--source", fire["Harbour Gazette"],
               "--quote", "broke out at 9:52 pm on Saturday", "--key", "depot-fire.time",
               "--value", "9:52 pm on Saturday").stdout.strip()
    assert run.json("show", read, "--json")["value_note"] is None


def test_clock_times_are_compared_on_their_day(run, fire):
    run("claim", "add", "The fire broke out at 9:52 pm on Saturday", "--source", fire["Harbour Gazette"],
        "--quote", "broke out at 9:52 pm on Saturday", "--key", "depot-fire.time", "--value", "9:52 pm on Saturday")
    later = run("claim", "add", "Smoke was seen around 10 pm", "--source", fire["Valley Courier"],
                "--quote", "around 10 pm", "--key", "depot-fire.time", "--value", "around 10 pm").stdout.strip()
    shown = run.json("show", later, "--json")
    assert (shown["value_type"], shown["normalized"]) == ("time", "time 21:30..22:30")
    assert run.json("list", "--conflicts", "--json") == []  # "around 10 pm" holds 9:52 pm
    run("claim", "edit", later, "--value", "11:15 pm")
    [record] = run.json("list", "--conflicts", "--json")
    assert sorted(side["value"] for side in record["sides"]) == ["11:15 pm", "9:52 pm on Saturday"]
