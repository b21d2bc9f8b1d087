"""One fact, every outlet: a case's figures aligned, and each difference classed.

The story below is made up for the purpose: five outlets report one earthquake
over three days. Its toll rises (26 on the first day, 69 on the second, 72 on the
third), one town's count is a part of it, an aftershock and an earlier quake have
figures of their own, and one outlet gets the magnitude wrong. `list --conflicts`
must show that error as a contradiction, the rise as an update, and nothing else.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack import align, conflicts, disagreement, extract, values

STORY = {
    "northern-wire.txt": ("Northern Wire", "2025-03-10", (
        "A magnitude 6.8 earthquake struck Tarsa province on Monday morning, killing 26 people and injuring more "
        "than 140, the provincial disaster agency said.\n\n"
        "In the town of Serrat, 11 people died when a school collapsed. Rescue teams were still searching the "
        "rubble late on Monday.\n\n"
        "It was the deadliest quake in the region since a 2011 earthquake killed 41 people.\n")),
    "valley-courier.txt": ("Valley Courier", "2025-03-10", (
        "At least 26 people were killed when a strong earthquake hit Tarsa province on Monday.\n\n"
        "The magnitude 6.8 quake was felt as far away as the capital. In Serrat, 11 people died, the mayor "
        "said.\n")),
    "daily-ledger.txt": ("Daily Ledger", "2025-03-11", (
        "The death toll from Monday's earthquake in Tarsa province has risen to 69, officials said on Tuesday. "
        "The magnitude 6.8 quake injured 310 people.\n\n"
        "A magnitude 5.4 aftershock struck the province on Tuesday afternoon, damaging more buildings.\n")),
    "morning-post.txt": ("Morning Post", "2025-03-12", (
        "Rescuers pulled more survivors from the rubble on Wednesday as the death toll from Monday's magnitude "
        "6.8 earthquake in Tarsa province climbed to 72. More than 300 people were injured.\n\n"
        "The aftershock on Tuesday measured magnitude 5.4.\n")),
    # the one real error: every other outlet, and the agencies, give 6.8
    "coastal-times.txt": ("Coastal Times", "2025-03-12", (
        "A magnitude 7.6 earthquake that struck Tarsa province on Monday has killed 72 people, officials said. "
        "In the town of Serrat, 11 people died.\n")),
}


@pytest.fixture
def quake(run, article):
    for name, (outlet, published, text) in STORY.items():
        run("source", "add", article(name, text, {"outlet": outlet, "published": published, "case": "tarsa-quake"}))
    run("extract")
    return run


def test_the_error_is_a_contradiction_the_rise_an_update_and_nothing_else(quake):
    listed = quake.json("list", "--conflicts", "--json")
    assert [(c["key"], c["class"]) for c in listed] == [
        ("earthquake.deaths", "update"), ("earthquake.magnitude", "contradiction")]
    deaths, magnitude = listed
    assert [(s["value"], s["outlets"]) for s in deaths["sides"]] == [
        ("26", ["Northern Wire"]), ("69", ["Daily Ledger"]), ("72", ["Coastal Times", "Morning Post"])]
    assert deaths["class_reason"] == ("26 (Northern Wire, 2025-03-10) vs 72 (Coastal Times, Morning Post, "
                                      "2025-03-12): later report, says 'climbed'")
    assert [s["class"] for s in deaths["sides"]] == ["update", "update", None]
    assert [(s["value"], s["outlets"]) for s in magnitude["sides"]] == [
        ("magnitude 6.8", ["Daily Ledger", "Morning Post", "Northern Wire", "Valley Courier"]),
        ("magnitude 7.6", ["Coastal Times"])]
    assert magnitude["class_reason"] == ("magnitude 6.8 (Daily Ledger, Morning Post, +2, 2025-03-12) vs "
                                         "magnitude 7.6 (Coastal Times, 2025-03-12): cannot both hold")
    # the text listing says the same, a line for each
    shown = quake("list", "--conflicts").stdout
    assert " update: 26 (Northern Wire, 2025-03-10) vs 72" in shown
    assert " contradiction: magnitude 6.8" in shown


def test_the_town_the_aftershock_and_the_earlier_quake_keep_their_own_keys(quake):
    keys = {(c["key"], c["value"]) for c in quake.json("list", "--json")}
    assert {("earthquake.serrat.deaths", "11"), ("aftershock.magnitude", "magnitude 5.4"),
            ("earthquake-2011.deaths", "41")} <= keys
    # none of them is set against the figures of the quake itself
    assert not {("earthquake.deaths", "11"), ("earthquake.magnitude", "magnitude 5.4"),
                ("earthquake.deaths", "41")} & keys


def test_conflict_show_gives_the_fitting_values_and_the_parts(quake):
    [deaths] = [c for c in quake.json("list", "--conflicts", "--json") if c["key"] == "earthquake.deaths"]
    shown = quake.json("conflict", "show", deaths["id"], "--json")
    assert [(o["value"], o["class"]) for o in shown["others"]] == [("At least 26", "compatible")]
    assert shown["parts"] == [{"key": "earthquake.serrat.deaths", "values": ["11"]}]
    text = quake("conflict", "show", deaths["id"]).stdout
    assert "parts of this figure, never compared with it:\n  earthquake.serrat.deaths: 11" in text


def test_a_decision_survives_extracting_again(quake):
    [_, magnitude] = quake.json("list", "--conflicts", "--json")
    quake("conflict", "confirm", magnitude["id"][:7])
    quake("extract", "--again")
    assert [c["state"] for c in quake.json("list", "--conflicts", "--json")] == ["open", "confirmed"]


def _sides(conflict: dict) -> dict[str, list[str]]:
    """A listed conflict's sides: each value, with the outlets that give it."""
    return {s["value"]: sorted({q["outlet"] for q in s["quotes"]}) for s in conflict["sides"]}


def _only_the_wrong_figure(run, key: str, wrong: str, wrong_outlet: str, right_outlets: list[str]) -> None:
    """``list --conflicts`` shows one contradiction, on ``key``: ``wrong`` from ``wrong_outlet`` against the
    others' figure (in whatever words), from ``right_outlets``."""
    listed = run.json("list", "--conflicts", "--json")
    assert [(c["key"], c["class"]) for c in listed] == [(key, "contradiction")]
    sides = _sides(listed[0])
    assert sides.pop(wrong) == [wrong_outlet]
    assert sorted(outlet for outlets in sides.values() for outlet in outlets) == right_outlets


def _add_case(run, article, articles: dict, case: str) -> None:
    """Each of ``articles`` (file name: outlet, published, title, text) added to ``case``, then extracted."""
    for name, (outlet, published, title, text) in articles.items():
        run("source", "add", article(name, text, {"outlet": outlet, "published": published, "title": title,
                                                  "case": case}))
    run("extract")


def _listed_conflicts(run, article, articles: dict, case: str) -> dict:
    """``articles`` added to ``case`` and extracted (see _add_case); the conflicts listed, by key."""
    _add_case(run, article, articles, case)
    return {c["key"]: c for c in run.json("list", "--conflicts", "--json")}


def _classes(listed: dict) -> dict:
    """Each listed conflict's class, by key."""
    return {key: c["class"] for key, c in listed.items()}


# A made-up missile strike, as four outlets report it over two days: the regional governor's toll
# (14 on the first day, 21 on the second), a local monitor's own (17), an earlier strike's (six)
# and one outlet's wrong figure (41). Only the wrong figure is a contradiction; the rise is an
# update, the monitor's figure is its own measure, and the earlier strike is set aside.
STRIKE = {
    "northern-star.txt": ("Northern Star", "2025-03-11", "Missile strike on Dovsk market kills 14", (
        "A missile strike on a crowded market in the city of Dovsk killed at least 14 people and wounded 37 on "
        "Monday, the regional governor said.\n\nLast month, a strike on the same district killed six people.\n")),
    "evening-wire.txt": ("Evening Wire", "2025-03-11", "Dovsk strike", (
        "At least 14 people were killed when a missile struck a market in Dovsk on Monday, the governor said, "
        "while a local monitor put the toll at 17.\n")),
    "coastal-times.txt": ("Coastal Times", "2025-03-12", "Dovsk toll rises", (
        "The death toll from Monday's missile strike on a market in Dovsk has risen to 21, the regional governor "
        "said on Wednesday. More than 40 people were wounded, officials said.\n")),
    "daily-courier.txt": ("Daily Courier", "2025-03-11", "Strike on Dovsk market", (
        "A missile hit a market in Dovsk on Monday, killing 41 people, the regional governor said.\n")),
}


def test_a_monitors_toll_is_its_own_measure_and_only_the_wrong_figure_contradicts(run, article):
    listed = _listed_conflicts(run, article, STRIKE, "dovsk")
    assert _classes(listed) == {"attack.deaths": "contradiction",
                                                                "attack.injuries": "update"}
    deaths = listed["attack.deaths"]
    assert deaths["class_reason"] == ("14 (Northern Star, 2025-03-11) vs 41 (Daily Courier, 2025-03-11): cannot both "
                                      "hold (the same day)")
    values_of = [s["value"] for s in deaths["sides"]]
    flagged = {frozenset((values_of[i], values_of[j])) for i, j in deaths["pairs"]}
    # the governor's 14 and the monitor's 17 are two measures; the rise to 21 is no error
    assert frozenset(("14", "17")) not in flagged and frozenset(("17", "21")) not in flagged
    assert frozenset(("14", "41")) in flagged
    # the headline's "kills 14" is the governor's, as the story says
    [headline] = [q for s in deaths["sides"] for q in s["quotes"] if q["quote"] == "kills 14"]
    assert headline["attribution"] == "the regional governor said"
    # the earlier strike's six is set aside, beside the figure its article reports
    shown = run("conflict", "show", deaths["id"]).stdout
    assert "six" in shown.split("set aside")[1] and "None: None" not in shown


# A made-up monthly jobs report, as four outlets give it: the economy's jobs in whatever words each
# uses ("employers added", "payrolls grew by", "the economy created"), a sector's, a revised month's,
# the forecast, the jobless rate's move in points, and one outlet's wrong figure (168,000).
JOBS = {
    "ledger.txt": ("Harbour Ledger", "2025-06-06T09:00-04:00", "Employers add 139,000 jobs in May", (
        "Employers added 139,000 jobs in May, the statistics office said Friday, more than the 126,000 "
        "economists had expected. The unemployment rate held at 4.2%. Health care added 62,000 jobs.\n")),
    "wire.txt": ("Valley Wire", "2025-06-06T10:30-04:00", "Hiring beats forecasts", (
        "Nonfarm payrolls increased by 139,000 jobs last month. Economists had forecast payrolls rising by "
        "126,000. Figures for April were revised to show 147,000 jobs added.\n")),
    "courier.txt": ("Plains Courier", "2025-06-06T13:00-04:00", "Job growth slows", (
        "The economy created 168,000 jobs last month, while the jobless rate was unchanged at 4.2 percent. "
        "Some 230,000 people joined the labor force.\n")),
    "post.txt": ("Morning Post", "2025-06-07T07:00-04:00", "Jobless rate steady", (
        "Payrolls grew by 139,000 in May and the unemployment rate rose two-tenths of a point to 4.2 percent "
        "in the household survey. The labor force participation rate slipped to 62.4 percent.\n")),
}


def test_a_jobs_report_meets_under_one_key_and_only_the_wrong_figure_contradicts(run, article):
    _add_case(run, article, JOBS, "jobs")
    _only_the_wrong_figure(run, "economy.jobs-created", "168,000", "Plains Courier",
                           ["Harbour Ledger", "Morning Post", "Valley Wire"])
    keys = {c["key"] for c in run.json("list", "--case", "jobs", "--json")}
    # the sector's, the revised month's and the forecast are their own; the move in points is no rate;
    # joining the labor force is no crowd, and its participation rate no election's turnout
    assert {"economy.health-care.jobs-created", "economy.jobs-created.apr", "economy.jobs-created.expected",
            "unemployment.change", "participation.rate"} <= keys
    assert not any(key.startswith(("protest.", "election.")) for key in keys)


# A made-up prisoner exchange, as four outlets report it: each side's count in whatever verb ("swapped",
# "returned home", "had been returned"), a count of every swap since the war began, the exchange before
# this one, a strike the day before, and one outlet's wrong figure (70).
SWAP = {
    "north.txt": ("North Courier", "2025-05-11T12:00+03:00", "Sides swap 75 prisoners each", (
        "The two sides exchanged 75 prisoners of war each on Saturday, officials said. The swap brought the total "
        "number of soldiers returned home to 3,214. Among those freed were four civilians.\n")),
    "south.txt": ("South Bulletin", "2025-05-10T21:00+03:00", "Prisoners come home", (
        "Seventy-five servicemen returned home on Saturday in a prisoner exchange, the president said. The "
        "defence ministry said 75 of its soldiers had been returned in exchange.\n")),
    "east.txt": ("East Review", "2025-05-11T09:00+02:00", "70 POWs swapped", (
        "The two countries swapped 70 prisoners of war on Saturday. The last exchange, on April 19, freed 110 "
        "prisoners on each side. A day earlier, a missile strike on a railway station killed 12 people.\n")),
    "west.txt": ("West Gazette", "2025-05-12T08:00+03:00", "Weekend swap", (
        "Both sides exchanged 75 prisoners each on Saturday, the largest swap in weeks.\n")),
}


def test_a_prisoner_exchange_meets_under_one_key_and_only_the_wrong_count_contradicts(run, article):
    _add_case(run, article, SWAP, "swap")
    _only_the_wrong_figure(run, "exchange.released", "70", "East Review", ["North Courier", "South Bulletin",
                                                                           "West Gazette"])
    keys = {c["key"] for c in run.json("list", "--case", "swap", "--json")}
    # every swap's total, the civilians among the freed and the exchange before are their own
    assert {"exchange-to-date.released", "exchange.civilians.released", "attack.deaths"} <= keys
    assert not any(key.startswith("fighting") for key in keys)  # "prisoners of war" is no fighting


# A made-up bill, as four outlets report the upper chamber's vote: the tally in whatever words ("by a vote of
# 71 to 28", "71-28", "71 votes to 28", "senators voted"), the day, the bill's size and what it sets aside,
# and one outlet's wrong tally (70-29). A chamber's vote is no election, and members joining others no crowd.
BILL = {
    "capital.txt": ("Capital Review", "2025-06-18T19:00-04:00", "Senate passes $900 billion water bill", (
        "The Senate on Wednesday passed a $900 billion spending bill by a vote of 71 to 28. Twenty Republicans "
        "joined the Democrats in backing the bill, which sets aside $48 billion for water pipes.\n")),
    "ledger.txt": ("River Ledger", "2025-06-18T20:30-04:00", "Water bill clears Senate", (
        "A $900 billion spending bill cleared the Senate 71-28 on Wednesday. It needed 60 votes to pass.\n")),
    "times.txt": ("Valley Times", "2025-06-19T07:00-04:00", "Senators approve water plan", (
        "Senators voted 70-29 on Wednesday to approve the $900 billion spending plan, which includes "
        "$48 billion for water pipes.\n")),
    "wire.txt": ("County Wire", "2025-06-19T09:00-04:00", "What the bill means here", (
        "The county expects new money under the bill the Senate passed on Wednesday, 71 votes to 28.\n")),
}


def test_a_chamber_s_vote_meets_under_the_chamber_and_only_the_wrong_tally_contradicts(run, article):
    _add_case(run, article, BILL, "bill")
    listed = run.json("list", "--conflicts", "--json")
    assert [(c["key"], c["class"]) for c in listed] == [("senate.votes-against", "contradiction"),
                                                         ("senate.votes-for", "contradiction")]
    for conflict, (wrong, right) in zip(listed, (("29", "28"), ("70", "71"))):
        assert _sides(conflict) == {wrong: ["Valley Times"], right: ["Capital Review", "County Wire", "River Ledger"]}
    keys = {c["key"] for c in run.json("list", "--case", "bill", "--json")}
    # the vote's day and the threshold are the Senate's; what the bill sets aside is a part of it
    assert {"senate.vote.date", "senate.votes.needed", "package.amount", "package.water-pipes.amount"} <= keys
    assert not any(key.startswith(("election", "protest")) for key in keys)


# A made-up company's quarterly results, as four outlets report them: the revenue and its rise, a segment's,
# last year's profit, profit per share, what analysts expected and what the company foresees, the shares'
# move since January, and one outlet's wrong rise (16%).
RESULTS = {
    "ledger.txt": ("Tech Ledger", "2025-10-23T16:45-04:00", "Kestrel revenue up 12%", (
        "Kestrel Labs said revenue rose 12% to $8.4 billion, beating analysts' average estimate of $8.1 billion. "
        "Net income climbed to $1.9 billion, or 88 cents a share, from $1.5 billion a year earlier. Chip revenue "
        "grew 40% to $2.2 billion. The company expects revenue of $8.9 billion in the current quarter.\n")),
    "beat.txt": ("Market Beat", "2025-10-23T17:30-04:00", "Kestrel beats", (
        "Kestrel Labs reported quarterly sales of $8.4 billion, up 12 percent from a year ago.\n")),
    "daily.txt": ("Business Daily", "2025-10-24T06:00-04:00", "Kestrel results", (
        "Kestrel's revenue rose 16% to $8.4 billion, topping Wall Street forecasts of $8.1 billion. "
        "Kestrel shares have gained 35% this year.\n")),
    "finance.txt": ("Evening Finance", "2025-10-24T09:00-04:00", "Kestrel outlook", (
        "Revenue grew 12% to $8.4 billion in the quarter. Shares rose 3% in early trading.\n")),
}


def test_a_company_s_results_meet_and_only_the_wrong_rise_contradicts(run, article):
    _add_case(run, article, RESULTS, "kestrel")
    _only_the_wrong_figure(run, "sales.change", "16%", "Business Daily", ["Evening Finance", "Market Beat",
                                                                          "Tech Ledger"])
    keys = {c["key"] for c in run.json("list", "--case", "kestrel", "--json")}
    assert {"revenue.amount", "revenue.amount.expected", "revenue.amount.forecast", "revenue.chip.amount",
            "profit.amount.previous-year", "profit.per-share", "kestrel.shares.change.year-to-date"} <= keys


# A made-up growth report, as four outlets give it: the quarter's growth in whatever words ("grew", "expanded",
# "gross domestic product"), what economists foresaw, an earlier quarter revised, the growth against a year
# before, the annualised rate, and one outlet's wrong year-on-year figure (2.7%).
GROWTH = {
    "line.txt": ("Trade Line", "2025-08-14T09:30+01:00", "Economy grows 0.5% in second quarter", (
        "The economy grew 0.5% in the second quarter, the statistics office said on Thursday, faster than the "
        "0.3% economists had forecast. Growth in the first quarter was revised down to 0.2% from 0.4%. "
        "Compared with the same quarter last year, output was 1.7% higher.\n")),
    "report.txt": ("Rates Report", "2025-08-14T11:00+01:00", "GDP beats expectations", (
        "Gross domestic product expanded by 0.5 per cent in the April-to-June period, beating expectations of "
        "0.3 per cent. From a year earlier, the economy grew 1.7 per cent.\n")),
    "ledger.txt": ("City Ledger", "2025-08-14T13:00+01:00", "Spending lifts growth", (
        "The economy expanded at a faster-than-expected pace of 0.5% in the three months to June. On an annual "
        "basis, growth reached 2.7%. Household spending grew 0.6% and business investment fell 0.9%.\n")),
    "today.txt": ("Money Today", "2025-08-15T07:00+01:00", "Growth surprises", (
        "Quarterly growth of 0.5% is equivalent to an annualised rate of 2.0%. Investment dropped 0.9% and the "
        "jobless rate held at 4.3%.\n")),
}


def test_a_growth_report_meets_under_its_bases_and_only_the_wrong_figure_contradicts(run, article):
    _add_case(run, article, GROWTH, "growth")
    _only_the_wrong_figure(run, "growth.rate.year-on-year", "2.7%", "City Ledger", ["Rates Report", "Trade Line"])
    keys = {c["key"]: c for c in run.json("list", "--case", "growth", "--json")}
    # the quarter's growth is the rate; foreseen, revised, annualised and a year's are their own; spending and
    # investment are no growth, and the jobless rate is no investment's fall
    assert {"growth.rate", "growth.rate.expected", "growth.rate.q1", "growth.rate.q1.earlier",
            "growth.rate.annualised", "spending.change", "investment.fall", "unemployment.rate"} <= set(keys)
    assert keys["unemployment.rate"]["value"] == "4.3%"


# A made-up cut in oil output, as four outlets give it: the cut a day in any unit ("barrels per day", "bpd",
# "barrels a day"), one producer's share of it, the price's move, and one outlet's wrong cut (1.5 million).
OIL = {
    "wire.txt": ("Crude Wire", "2025-10-05T16:00+02:00", "Producers agree deep cut", (
        "The producers' group agreed on Wednesday to cut oil production by 1 million barrels per day from "
        "November. Norland's share of the cut will be about 250,000 barrels per day, delegates said. Brent "
        "crude rose 2.1% to $88.10 a barrel.\n")),
    "daily.txt": ("Barrel Daily", "2025-10-05T18:00+02:00", "Output target lowered", (
        "The group will reduce its output target by 1 million bpd starting in November, ministers said. Brent "
        "crude futures were up 2.1%.\n")),
    "markets.txt": ("Open Markets", "2025-10-05T19:00+02:00", "Oil jumps on supply cut", (
        "Producers agreed to lower output by 1.5 million barrels a day, the largest cut in three years.\n")),
    "observer.txt": ("Energy Observer", "2025-10-06T09:00+02:00", "What the cut means", (
        "The cut, equal to about 1% of global demand, takes effect on November 1.\n")),
}


def test_an_oil_output_cut_meets_under_one_key_and_only_the_wrong_cut_contradicts(run, article):
    _add_case(run, article, OIL, "oil")
    _only_the_wrong_figure(run, "oil.output.cut", "1.5 million barrels a day", "Open Markets",
                           ["Barrel Daily", "Crude Wire"])
    keys = {c["key"] for c in run.json("list", "--case", "oil", "--json")}
    assert {"oil.norland.output.cut", "brent-crude.change", "demand.share"} <= keys


# A made-up sentencing, as four outlets give it: the term in any words ("sentenced to 9 years", "a nine-year
# sentence"), one outlet naming no one ("the former minister"), another only by surname, and one outlet's wrong
# term (7 years).
SENTENCE = {
    "courier.txt": ("State Courier", "2025-05-12T15:00+03:00", "Ex-minister jailed for nine years", (
        "A court on Monday sentenced former health minister Ilse Marrak to 9 years in prison for fraud.\n")),
    "today.txt": ("Capital Today", "2025-05-12T16:30+03:00", "Nine-year term", (
        "The former health minister was given a nine-year sentence on Monday.\n")),
    "press.txt": ("Open Press", "2025-05-12T18:00+03:00", "Marrak sentenced", (
        "Ilse Marrak was sentenced to 7 years on Monday. Her lawyer said she would appeal.\n")),
    "observer.txt": ("Weekly Observer", "2025-05-13T08:00+03:00", "After the verdict", (
        "Marrak, who ran the ministry from 2017 to 2022, could be released after six years, the judge said. "
        "Prosecutors had asked for a 12-year term.\n")),
}


def test_a_sentence_meets_under_its_person_whoever_names_her_and_only_the_wrong_term_contradicts(run, article):
    _add_case(run, article, SENTENCE, "marrak")
    _only_the_wrong_figure(run, "ilse-marrak.sentence.duration", "7 years", "Open Press",
                           ["Capital Today", "State Courier"])
    keys = {c["key"] for c in run.json("list", "--case", "marrak", "--json")}
    assert "ilse-marrak.sentence.date" in keys and not any(key.startswith(("marrak.", "sentence.")) for key in keys)


# A made-up referendum, as four outlets give it: each side's share however told ("voting in favour", "the 'yes'
# camp won", "voted 63% to 37% to approve"), one outlet rounding them, the turnout and the bar it had to clear,
# who could vote, an earlier referendum's turnout, and one outlet's wrong turnout (58%).
REFERENDUM = {
    "post.txt": ("Lake Post", "2025-04-07T08:00+02:00", "Voters back new constitution", (
        "Voters in Marovia approved a new constitution on Sunday, with 62.6% voting in favour and 37.4% against, "
        "preliminary results showed. Turnout was 51%, above the 40% threshold. About 2.8 million people were "
        "registered to vote.\n")),
    "today.txt": ("Marovia Today", "2025-04-07T10:30+02:00", "'Yes' wins referendum", (
        "The \"yes\" camp won 62.6 percent of the vote in Sunday's referendum, while 37.4 percent voted no.\n")),
    "report.txt": ("Globe Report", "2025-04-07T12:00+02:00", "Marovia referendum passes", (
        "Marovians voted 63% to 37% to approve the new constitution. Turnout was 58 percent, officials said.\n")),
    "gazette.txt": ("Evening Gazette", "2025-04-08T07:00+02:00", "What the vote changes", (
        "The referendum was the country's first since 2012, when turnout reached 66%.\n")),
}


def test_a_referendum_s_sides_meet_rounded_or_not_and_only_the_wrong_turnout_contradicts(run, article):
    _add_case(run, article, REFERENDUM, "marovia")
    _only_the_wrong_figure(run, "election.turnout", "58 percent", "Globe Report", ["Lake Post"])
    keys = {c["key"]: c for c in run.json("list", "--case", "marovia", "--json")}
    assert {"yes.vote-share", "no.vote-share", "election.turnout.needed", "election.registered-voters"} <= set(keys)


# A made-up no-confidence vote, as four outlets give it: the tally however told ("survived ... by 190 votes to
# 148", "defeated the motion by 190 votes to 148", "only 158 deputies backing it"), what it needed, the
# government's seats and the premier's approval, and one outlet's wrong count for the motion (158).
CONFIDENCE = {
    "watch.txt": ("Chamber Watch", "2025-09-17T22:00+02:00", "Premier survives confidence vote", (
        "Premier Lio Danner survived a no-confidence vote on Wednesday by 190 votes to 148. The motion needed 170 "
        "votes in the 340-seat chamber to pass.\n")),
    "news.txt": ("Capital Bulletin", "2025-09-17T23:00+02:00", "Danner clings on", (
        "Danner's government defeated the motion by 190 votes to 148, with nine abstentions.\n")),
    "politics.txt": ("Continental Politics", "2025-09-18T07:00+02:00", "Motion fails", (
        "The no-confidence motion against Danner fell short, with only 158 deputies backing it; 170 votes were "
        "required.\n")),
    "record.txt": ("Daily Register", "2025-09-18T10:00+02:00", "What next for Danner?", (
        "Danner's coalition holds 177 of the 340 seats in parliament. Her approval rating has fallen to 31% from "
        "40% a year ago.\n")),
}


def test_a_no_confidence_vote_s_sides_meet_and_only_the_wrong_count_contradicts(run, article):
    _add_case(run, article, CONFIDENCE, "danner")
    _only_the_wrong_figure(run, "vote.votes-for", "only 158", "Continental Politics", ["Capital Bulletin",
                                                                                       "Chamber Watch"])
    keys = {c["key"] for c in run.json("list", "--case", "danner", "--json")}
    assert {"vote.votes-against", "vote.votes.needed"} <= keys
    assert not any(key.endswith(".survivors") for key in keys)


# A made-up cyclone, as four outlets give it: the evacuated in lakh or digits ("moved to safety"), sustained
# winds as a range and gusts apart, the day it weakened, a rising toll, and one outlet's wrong evacuation count.
CYCLONE = {
    "coast.txt": ("Coast Times", "2025-10-28T23:30+05:30", "Cyclone Ira makes landfall", (
        "Nearly 1.5 lakh people were evacuated as Cyclone Ira made landfall near Velpur on Tuesday night with "
        "wind speeds of 100-110 km/h gusting to 125 km/h, officials said. At least 4 people died.\n")),
    "national.txt": ("National Post", "2025-10-29T08:00+05:30", "Storm hits coast", (
        "About 150,000 people were moved to safety before the storm struck, the disaster authority said. "
        "Four deaths were reported.\n")),
    "bay.txt": ("Bay Herald", "2025-10-29T09:00+05:30", "Cyclone Ira hits Velpur", (
        "Authorities evacuated some 15,000 residents ahead of Cyclone Ira. Winds reached 110 km/h.\n")),
    "chronicle.txt": ("East Chronicle", "2025-10-29T20:00+05:30", "Ira weakens; toll rises to 6", (
        "The cyclone weakened into a deep depression on Wednesday. The death toll rose to 6.\n")),
}


def test_a_cyclone_s_winds_and_stages_stay_apart_and_only_the_wrong_evacuation_contradicts(run, article):
    _add_case(run, article, CYCLONE, "ira")
    listed = run.json("list", "--conflicts", "--json")
    assert [(c["key"], c["class"]) for c in listed] == [("storm.deaths", "update"),
                                                         ("storm.evacuated", "contradiction")]
    assert _sides(listed[1]).pop("some 15,000") == ["Bay Herald"]
    keys = {c["key"] for c in run.json("list", "--case", "ira", "--json")}
    assert {"storm.wind-speed", "storm.wind-gusts", "storm.weakening.date", "storm.date"} <= keys


# --- the pieces, one table each --------------------------------------------------------------

PUB = date(2025, 3, 12)


def aligned(*texts: str) -> list[list[str]]:
    read = [extract.read(text, published=PUB) for text in texts]
    plan = align.plan_case([events for _, events in read])
    return [[c.key for c in extract.align(found, set(), text, plan, events)] for (found, events), text in zip(read, texts)]


ALIGNED = [
    # one strike, three words for it, three places named: one subject
    (("A strike on Dnipro killed eight people on Monday.", "An explosion in Dnipro killed nine people.",
      "The attack killed eight, the mayor said."),
     [["attack.date", "attack.deaths"], ["attack.deaths"], ["attack.deaths"]]),
    # a second strike an article sets apart keeps its place
    (("A strike on Dnipro killed eight people. A separate strike on Synelnykove killed four.",),
     [["attack.deaths", "attack-synelnykove.deaths"]]),
    # ... however much the case's articles tell of it, and in an article that names the case's place nowhere; a
    # shelling of a past month and year is that year's
    (("Shelling of Ostrava killed six people. Two more died in a separate strike on the village of Lenka, police "
      "said. The strike on Lenka hit a school.",
      "Shelling killed six people. Two people were killed in a separate strike on the village of Lenka.",
      "In May 2019, shelling of the city killed 15 people."),
     [["attack.deaths", "attack-lenka.deaths"], ["attack.deaths", "attack-lenka.deaths"],
      ["attack-2019.date", "attack-2019.deaths"]]),
    # a town's count beside the whole is the town's part; alone, in a case placing the quake elsewhere, too
    (("An earthquake struck Tarsa province, killing 30 people. In the town of Serrat, 11 people died.",
      "Eleven people died in Serrat, the mayor said."),
     [["earthquake.deaths", "earthquake.serrat.deaths"], ["earthquake.serrat.deaths"]]),
    # a shooting "in" a town is where it happened, not a part of it
    (("A shooting in Elmwood left two men dead.", "Two men were killed in Elmwood on Sunday."),
     [["shooting.deaths"], ["shooting.deaths"]]),
    # a figure far from the case's day is another incident's
    (("The shooting on June 3, 2024 killed two people.", "In the June 3, 2024 shooting, two people died.",
      "It recalled the March 2, 2019 shooting, which killed five."),
     [["shooting.date", "shooting.deaths"], ["shooting.date", "shooting.deaths"], ["shooting-2019.date",
                                                                                  "shooting-2019.deaths"]]),
    # a figure told in the sentence of its incident's far date goes with that date
    (("A drone attack on the port killed four people on Monday.", "In January, a drone attack on the city killed three."),
     [["attack.date", "attack.deaths"], ["attack-january.date", "attack-january.deaths"]]),
    # the case's day is the one its reports give for what they are about, not a date one recalls:
    # a day long before its report weighs less, and the days of one night back each other
    (("A gunman killed two people at a mall on Monday.", "Police recalled the Nov. 5, 2019 shooting at the same mall."),
     [["shooting.date", "shooting.deaths"], ["shooting-2019.date"]]),
    (("A gunman killed two people at a mall late Sunday.", "Two people died in the mall shooting early Monday.",
      "Police recalled the Nov. 5, 2019 shooting at the same mall on Nov. 5, 2019."),
     [["shooting.date", "shooting.deaths"], ["shooting.deaths", "shooting.date"], ["shooting-2019.date"]]),
    # a named happening is the case's when its articles name it most: the outlets that say only "the
    # hurricane" report the same one; another name, said less, is another's
    (("Hurricane Delmar killed 16 people in the Keys.", "The hurricane killed 14 people, officials said.",
      "Delmar was the deadliest storm since Hurricane Orla, which killed 40 people in 2017."),
     [["storm.deaths"], ["storm.deaths"], ["storm-orla.deaths"]]),
    (("The Pine Fire has burned 9,000 acres.", "The wildfire has burned 9,500 acres.",
      "The fire is the largest since the 2019 Birch Fire, which burned 30,000 acres."),
     [["fire.area"], ["fire.area"], ["fire-birch.area"]]),
    # a ship struck and sunk, a crash and the fire it set off: one happening, whichever word an outlet uses
    (("The frigate sank on Sunday. There were 112 sailors aboard, the navy said.",
      "The frigate sank after a missile attack set it ablaze. The navy said 121 sailors were aboard when the "
      "attack hit."),
     [["sinking.date", "sinking.crew.aboard"], ["sinking.crew.aboard"]]),
    # a running tally keeps its own subject: it is no incident's count
    (("A gunman killed two people on Monday.", "So far this year, 40 people have been killed in the city."),
     [["shooting.date", "shooting.deaths"], ["incident-2025-to-date.deaths"]]),
    # a past year's count is that year's, unless the case's incident is of that year
    (("A gunman killed two people on Monday.", "In 2019, the district recorded 164 gunshot victims."),
     [["shooting.date", "shooting.deaths"], ["incident-2019.injuries", "incident-2019.shot"]]),
    (("A gunman killed two people on March 3, 2019.", "In 2019, the gunman killed two people at the mall."),
     [["shooting.date", "shooting.deaths"], ["shooting.year", "shooting.deaths"]]),
]


@pytest.mark.parametrize("texts,expected", ALIGNED, ids=[t[0][0][:40] for t in ALIGNED])
def test_alignment_table(texts, expected):
    assert aligned(*texts) == expected


def aligned_titled(*articles: tuple[str, str]) -> list[list[str]]:
    read = [extract.read(text, published=PUB, title=title) for title, text in articles]
    plan = align.plan_case([events for _, events in read])
    return [[c.key for c in extract.align(found, set(), text, plan, events)]
            for (found, events), (_, text) in zip(read, articles)]


TITLED = [
    # a side happening named in an earlier paragraph (a rescuer's boat) does not take the figures after it;
    # the headline says what the article is about
    ((("River flood toll rises to 20", "The death toll rose to 20 on Friday, officials said.\n\n"
       "A volunteer drowned when his boat capsized near the bridge.\n\nAbout 5,000 people are now displaced."),
      ("Levee breach leaves 18 dead", "Eighteen people died after the levee breach, and 5,000 were displaced.")),
     [["flood.deaths", "flood.displaced"], ["flood.deaths", "flood.displaced"]]),
    # an earlier one named alone is that year's; the figures before it are the article's own
    ((("Town counts its dead", "Twelve people were killed and 40 are missing.\n\nIt is the worst since the "
       "2004 floods, which killed 90 people."),
      ("Floods kill 12", "Floods killed 12 people on Monday.")),
     [["flood.deaths", "flood.missing", "flood-2004.deaths"], ["flood.date", "flood.deaths"]]),
    # in a case about a flood or a quake, the buildings that came down are its doing, and the rain its rain
    ((("Dam collapse kills 9", "Nine people died when the dam collapsed. Up to 300 mm of rain fell in two days."),
      ("Flood kills nine", "The flood killed nine people after 300 mm of rain.")),
     [["flood.deaths", "flood.rainfall"], ["flood.deaths", "flood.rainfall"]]),
    ((("Flood kills nine", "The flood killed nine people."), ("Record rain", "Up to 300 mm of rain fell in two days.")),
     [["flood.deaths"], ["flood.rainfall"]]),
    # "the accident" in a story of a mine's collapse is that collapse; a blast of a past year is its own
    ((("Roof collapse traps miners", "Two miners died in the accident, the company said.\n\nIt is the worst since "
       "2009, when a methane blast killed 31 miners at another pit."),
      ("Two dead in pit collapse", "The roof of the tunnel collapsed on Tuesday, killing two miners.")),
     [["collapse.deaths"], ["collapse.date", "collapse.deaths"]]),
    # "when" with a decimal figure before the incident: still the earlier one's
    ((("Quake kills 9", "Nine people died in the quake.\n\nIt was the deadliest since 2001, when a magnitude 8.4 "
       "tremor killed 145 people."),
      ("Nine dead in quake", "The quake killed nine people on Monday.")),
     [["earthquake.deaths", "earthquake-2001.deaths"],
      ["earthquake.date", "earthquake.deaths"]]),
    # an earlier one whose year comes after what it did is that year's too
    ((("Storm kills three", "Three people died in the storm.\n\nThe last storm to reach the island, in 2017, "
       "killed 14 people."),
      ("Three dead as storm hits island", "The storm killed three people on Monday.")),
     [["storm.deaths", "storm-2017.year", "storm-2017.deaths"], ["storm.date", "storm.deaths"]]),
]


@pytest.mark.parametrize("articles,expected", TITLED, ids=[t[0][0][0] for t in TITLED])
def test_alignment_with_headlines(articles, expected):
    assert aligned_titled(*articles) == expected


APART = [
    # (anchors a, values a, anchors b, values b, apart?)
    ({"person:jane-roe"}, {"shooting.date": "date 2024-06-03 monday"}, {"person:jane-roe"},
     {"shooting.date": "date 2024-06-07 friday"}, False),  # one victim: one incident, a real difference of day
    (set(), {"shooting.date": "date 2024-06-03 monday"}, set(), {"shooting.date": "date 2024-06-07 friday"}, True),
    (set(), {"shooting.date": "date 2024-06-02 sunday"}, set(), {"shooting.date": "date 2024-07-07 sunday"}, False),
    (set(), {"shooting.deaths": "count 2", "shooting.injuries": "count 3"}, set(),
     {"shooting.deaths": "count 1", "shooting.injuries": "count 5"}, True),
    (set(), {"shooting.deaths": "count 2", "shooting.injuries": "count 3"}, set(),
     {"shooting.deaths": "count 2", "shooting.injuries": "count 5"}, False),  # they agree on the dead
    (set(), {"shooting.injuries": "count 3"}, set(), {"shooting.injuries": "count 5"}, False),
    ({"street:elm"}, {"shooting.injuries": "count 3"}, {"street:oak"}, {"shooting.injuries": "count 5"}, True),
    ({"age:19"}, {"shooting.injuries": "count 3", "shooting.deaths": "count 1"}, {"age:19"},
     {"shooting.injuries": "count 5", "shooting.deaths": "count 2"}, True),  # one age in common is chance
    ({"age:19", "age:22"}, {"shooting.injuries": "count 3", "shooting.deaths": "count 1"}, {"age:19", "age:22"},
     {"shooting.injuries": "count 5", "shooting.deaths": "count 2"}, False),
    # one place struck: one strike, whatever day and toll each report gives
    ({"place:kremenets"}, {"attack.date": "date 2025-09-01 monday", "attack.deaths": "count 41"}, {"place:kremenets"},
     {"attack.date": "date 2025-09-02 tuesday", "attack.deaths": "count 47"}, False),
    # figures that may both hold ("at least 12" and 12, about 30 and 30) are no sign of two incidents
    (set(), {"sinking.deaths": "count >=12", "sinking.missing": "count ~30", "sinking.rescued": "count 164"}, set(),
     {"sinking.deaths": "count 12", "sinking.missing": "count 30", "sinking.rescued": "count 146"}, False),
    (set(), {"sinking.deaths": "count 5", "sinking.missing": "count 3"}, set(),
     {"sinking.deaths": "count 12", "sinking.missing": "count 30"}, True),
    # one flight: one crash
    ({"flight:418"}, {"crash.aboard": "count 132", "crash.deaths": "count 40"}, {"flight:418"},
     {"crash.aboard": "count 123", "crash.deaths": "count 108"}, False),
]


@pytest.mark.parametrize("anchors_a,values_a,anchors_b,values_b,expected", APART)
def test_two_reports_are_of_two_incidents_only_with_nothing_in_common(anchors_a, values_a, anchors_b, values_b,
                                                                      expected):
    assert (align.apart(frozenset(anchors_a), values_a, frozenset(anchors_b), values_b) is not None) == expected


def test_anchors_are_people_streets_and_ages_not_officials():
    text = ("Jane Roe, 19, was shot on Elm Street on Sunday. Officer John Smith said the gunman fled. "
            "A 34-year-old man was also hurt near Fifth Avenue. Mary Kline said she heard shots.")
    assert align.anchors(text) == {"person:jane-roe", "age:19", "age:34", "street:elm", "street:fifth"}


@pytest.mark.parametrize("text,places", [
    # the place a strike, a quake or a blast hit is what only its reports name
    ("A drone strike on a fuel depot in Kremenets killed three people on Friday.", {"place:kremenets"}),
    ("Two missiles hit the central city of Ostrava Nova overnight.", {"place:ostrava-nova"}),
    ("The quake struck on Tuesday near Tarsa.", {"place:tarsa"}),  # not the day
    # not another one's, and never a shooting's city: a city has many shootings a night
    ("The attack on Dovsk killed five. A separate attack on Lenno killed two.", {"place:dovsk"}),
    ("It was the deadliest since a 2019 bombing in Marsk.", set()),
    ("A shooting in Riverton left two dead.", set()),
    # in a story of a strike or a quake, where its dead and hurt were, told apart from the strike's words
    ("Russia launched 90 drones overnight. Three people were killed in the city of Kremenets.",
     {"place:kremenets"}),
    ("Missiles hit the region overnight. Two civilians died in Tarsa, officials said.", {"place:tarsa"}),
    ("Gunmen opened fire at a bus stop. Two people died in Riverton.", set()),  # gunfire: a shooting's city
])
def test_the_place_an_attack_or_a_quake_hit_is_an_anchor(text, places):
    assert {a for a in align.anchors(text) if a.startswith("place:")} == places


@pytest.mark.parametrize("text,anchors", [
    # a flight by its number, a ship by its name, where a plane, a train or a boat came to grief
    ("Relay Air Flight 77 crashed near Dunmore on Friday.", {"flight:77", "place:dunmore"}),
    ("The ferry, the MV Sella Bright, overturned on Lake Orvin.", {"vessel:sella-bright", "place:lake-orvin"}),
    ("A freight train derailed outside Halden on Monday.", {"place:halden"}),
    # not in a shooting's story: a car that crashed after a shooting did so anywhere in town
    ("The gunman fled and crashed his car in Riverton.", set()),
])
def test_a_flight_a_ship_and_the_place_of_a_wreck_are_anchors(text, anchors):
    assert align.anchors(text) == anchors


@pytest.mark.parametrize("text", ["Shots were fired at a home at 812 N. Birch St. late Saturday.",
                                  "Police were called to a house on Birch Street.",
                                  "The shooting happened in the 800 block of North Birch Street."])
def test_a_street_is_one_anchor_with_or_without_its_house_number_and_direction(text):
    assert {a for a in align.anchors(text) if a.startswith("street:")} == {"street:birch"}


BODIES = [
    ("police said", "police"), ("according to the organisers", "organisers"), ("organizers estimated", "organisers"),
    ("the health ministry said", "health-ministry"), ("according to the U.S. Geological Survey", "usgs"),
    ("the Ostland League for Human Rights maintains", "rights-group"),
    ("a war monitor said", "monitor"), ("the WHO said", "un"), ("officials said", None), ("who said", None),
    ("A law enforcement official reported", "police"), (None, None),
    ("the regional governor said", "local-authorities"), ("according to the city administration", "local-authorities"),
    # aid and rights groups count for themselves; health officials speak for the ministry
    ("according to Doctors Without Borders", "msf"), ("Medecins Sans Frontieres said", "msf"),
    ("Human Rights Watch reported", "human-rights-watch"), ("the World Food Programme said", "un"),
    ("local health officials said", "health-ministry"),
    ("Japan's meteorological agency gave", "jma"), ("the EMSC put", "emsc"),
    # a country's own seismological agency, however named; the USGS stays the USGS
    ("the country's geophysics agency put", "national-seismic-agency"),
    ("the national seismology institute said", "national-seismic-agency"),
    ("according to Indonesia's BMKG", "national-seismic-agency"),
    ("The U.S. Geological Survey measured", "usgs"), ("recorded by the USGS", "usgs"),
    # those that foresee an economy, each its own outlook
    ("The Finance Ministry still expects", "finance-ministry"), ("the International Monetary Fund put", "imf"),
    ("the government's own forecast", "government"), ("the Federal Reserve projected", "central-bank"),
    ("the Treasury said", "finance-ministry"), ("the OECD expects", "oecd"),
    # aid groups, councils and fiscal watchdogs by what they are; a body by its own name where it names none
    ("the medical charity said", "aid-group"), ("the city council says", "local-authorities"),
    ("The Fiscal Council has put", "budget-office"), ("Field Care Relief said", "field-care-relief"),
    # (a clause said of the body names nothing it is)
    ("The charity, which runs the hospital, said", "aid-group"),
]


@pytest.mark.parametrize("attribution,body", BODIES)
def test_the_body_a_figure_is_credited_to(attribution, body):
    assert disagreement.body_of(attribution) == body


def test_a_body_named_by_its_own_name_meets_its_kind():
    # "Field Care Relief said" and "the aid group Field Care Relief said": one body; a monitor by its name and
    # a council are two
    assert disagreement._credited("the aid group Field Care Relief said") == ("aid-group", "field-care-relief")
    assert disagreement._credited("The Varn Rights Monitor, an independent group, estimates") == (
        "monitor", "varn-rights-monitor")


def _appearance(source: str, outlet: str, raw: str, published: str, attribution: str | None = None,
                quote: str | None = None, start: int = 0, context: str | None = None):
    value = values.normalize(raw, kind="count")
    return conflicts.Appearance(f"c-{source}-{start}", "candidate", raw, source, outlet, published, "asserts",
                                attribution, quote or raw, context or quote or raw, value, value.canonical(), start)


CLASSES = [
    # (key, appearances as (source, outlet, value, published, attribution, quote, start), headline class)
    ("protest.participants", [("s1", "A", "3,000", "2025-01-01", "police said", None, 0),
                              ("s2", "B", "12,000", "2025-01-01", "organisers said", None, 0)], None),
    ("protest.participants", [("s1", "A", "3,000", "2025-01-01", "police said", None, 0),
                              ("s2", "B", "4,000", "2025-01-01", "according to police", None, 0)], "contradiction"),
    ("flood.deaths", [("s1", "A", "12", "2025-01-01", None, None, 0),
                      ("s2", "B", "20", "2025-01-02", None, None, 0)], "update"),
    ("flood.deaths", [("s1", "A", "20", "2025-01-01", None, None, 0),
                      ("s2", "B", "12", "2025-01-02", None, None, 0)], "contradiction"),
    ("flood.deaths", [("s1", "A", "12", "2025-01-01", None, None, 0),
                      ("s2", "B", "20", "2025-01-01", None, "the toll rose to 20", 0)], "update"),
    ("flood.deaths", [("s1", "A", "at least 12", "2025-01-01", None, None, 0),
                      ("s2", "B", "20", "2025-01-01", None, None, 0)], None),
    # a toll said by a seismological agency and civil defence together is civil defence's: no two bodies' measures
    ("earthquake.deaths", [("s1", "A", "14", "2025-01-01T08:00", "the geophysics institute and civil defence said",
                            None, 0),
                           ("s2", "B", "19", "2025-01-01T18:00", "the civil defence agency said", None, 0)], "update"),
    # ... while a quake's magnitude is only a seismological body's
    ("earthquake.magnitude", [("s1", "A", "6", "2025-01-01", "the geophysics institute and civil defence said",
                               None, 0),
                              ("s2", "B", "7", "2025-01-01", "the USGS said", None, 0)], None),
    # "more than 120" given as "120" by another outlet: compatible, not a contradiction; "100" is one
    ("earthquake.injuries", [("s1", "A", "more than 120", "2025-01-01", None, None, 0),
                             ("s2", "B", "120", "2025-01-01", None, None, 0)], None),
    ("earthquake.injuries", [("s1", "A", "more than 120", "2025-01-01", None, None, 0),
                             ("s2", "B", "100", "2025-01-01", None, None, 0)], "contradiction"),
    # one source never conflicts with itself: the figure it reports first stands, the other is set aside
    ("flood.deaths", [("s1", "A", "12", "2025-01-01", None, None, 0),
                      ("s1", "A", "4", "2025-01-01", None, None, 50)], None),
    # the missing are found, the displaced go home: a later, lower count of them is an update; a toll never falls
    ("flood.missing", [("s1", "A", "21", "2025-01-01", None, None, 0),
                       ("s2", "B", "17", "2025-01-02", None, None, 0)], "update"),
    ("storm.without-power", [("s1", "A", "250,000", "2025-01-01", None, None, 0),
                             ("s2", "B", "90,000", "2025-01-02", None, None, 0)], "update"),
    # a union's count of strikers and the company's are two bodies' measures, as police's and organisers' are
    ("strike.participants", [("s1", "A", "4,200", "2025-03-02", "the union says", None, 0),
                             ("s2", "B", "3,600", "2025-03-02", "the company puts the figure at", None, 0)], None),
    # an army's toll and the insurgents' claim are two sides' figures
    ("attack.soldiers.deaths", [("s1", "A", "11", "2025-03-02", "the army said", None, 0),
                                ("s2", "B", "30", "2025-03-03", "the insurgents claimed", None, 0)], None),
    # hostages still held are fewer as they are freed
    ("exchange.held", [("s1", "A", "30", "2025-03-14T09:00", None, None, 0),
                       ("s2", "B", "18", "2025-03-16T20:00", None, None, 0)], "update"),
    ("flood.missing", [("s1", "A", "21", "2025-01-01", None, None, 0),
                       ("s2", "B", "17", "2025-01-01", None, None, 0)], "contradiction"),
    # a fire's burned area and its containment grow; counting progress too, and a share of a count not yet over
    # moves either way
    ("fire.area", [("s1", "A", "41,000", "2025-08-14T07:00", None, None, 0),
                   ("s2", "B", "43,500", "2025-08-14T19:00", None, None, 0)], "update"),
    # prisoners freed under an amnesty as the releases go on (a swap frees its count at once); a later, lower count
    # of them still contradicts
    ("pardon.prisoners.released", [("s1", "A", "1,140", "2025-03-08T19:00", None, None, 0),
                                   ("s2", "B", "3,050", "2025-03-10T20:00", None, None, 0)], "update"),
    ("pardon.prisoners.released", [("s1", "A", "3,050", "2025-03-08T19:00", None, None, 0),
                                   ("s2", "B", "1,140", "2025-03-10T20:00", None, None, 0)], "contradiction"),
    ("exchange.prisoners.released", [("s1", "A", "115", "2025-03-08T19:00", None, None, 0),
                                     ("s2", "B", "151", "2025-03-10T20:00", None, None, 0)], "contradiction"),
    # a bond's price moves by the day; those found alive grow as the search goes on
    ("bond.price", [("s1", "A", "31", "2025-03-17T16:00", None, None, 0),
                    ("s2", "B", "27", "2025-03-18T16:00", None, None, 0)], "update"),
    ("flood.survivors", [("s1", "A", "12", "2025-03-17T16:00", None, None, 0),
                         ("s2", "B", "13", "2025-03-18T16:00", None, None, 0)], "update"),
    # snow piles up as a storm goes on
    ("storm.snowfall", [("s1", "A", "68", "2025-01-15T06:00", None, None, 0),
                        ("s2", "B", "94", "2025-01-16T18:00", None, None, 0)], "update"),
    # a later figure set against the first estimate is its revision, up or down; without those words, two
    # outlets' figures for one quarter contradict
    ("exports.change", [("s1", "A", "0.9", "2025-02-12T08:00", None, None, 0),
                        ("s2", "B", "1.3", "2025-03-12T09:00", None, "Exports rose 1.3", 0,
                         "Exports rose 1.3 per cent, against a first estimate of 0.9 per cent.")], "update"),
    ("investment.fall", [("s1", "A", "1.1", "2025-02-12T08:00", None, None, 0),
                         ("s2", "B", "0.7", "2025-03-12T09:00", None, "investment fell 0.7", 0,
                          "investment fell 0.7 per cent, a smaller drop than the 1.1 per cent first reported")],
     "update"),
    ("exports.change", [("s1", "A", "0.9", "2025-02-12T08:00", None, None, 0),
                        ("s2", "B", "1.3", "2025-03-12T09:00", None, "Exports rose 1.3", 0,
                         "Exports rose 1.3 per cent in the quarter.")], "contradiction"),
    # a later report of a count completed since: the final count, ballots counted since
    ("election.turnout", [("s1", "A", "52.6", "2025-05-11T08:00", None, None, 0),
                          ("s2", "B", "53.4", "2025-05-13T09:00", None, "Turnout climbed to 53.4", 0,
                           "Turnout climbed to 53.4 percent once ballots from overseas were counted.")], "update"),
    ("election.turnout", [("s1", "A", "52.6", "2025-05-11T08:00", None, None, 0),
                          ("s2", "B", "53.4", "2025-05-13T09:00", None, "turnout at 53.4", 0,
                           "The final results put turnout at 53.4 percent.")], "update"),
    ("election.turnout", [("s1", "A", "52.6", "2025-05-11T08:00", None, None, 0),
                          ("s2", "B", "53.4", "2025-05-13T09:00", None, "turnout at 53.4", 0,
                           "The commission put turnout at 53.4 percent.")], "contradiction"),
    # a later report that says the figure was raised to it
    ("oil.output.cut.total", [("s1", "A", "1.2 million", "2025-04-05T08:00", None, None, 0),
                              ("s2", "B", "1.4 million", "2025-04-06T09:00", None, "1.4 million barrels a day", 0,
                               "one more member joined, raising the group's total cut to 1.4 million barrels a day")],
     "update"),
    # a figure a party claimed, against another: a claim shown beside it, not one outlet against another
    ("sinking.crew.deaths", [("s1", "A", "more than 30", "2025-06-14T06:30", "the rebel command has claimed",
                              "claimed more than 30 sailors", 0, "the rebel command has claimed more than 30 sailors"),
                             ("s2", "B", "7", "2025-06-14T14:20", None, None, 0)], None),
    ("sinking.crew.deaths", [("s1", "A", "more than 30", "2025-06-14T06:30", "the rebel command said",
                              "more than 30 sailors were killed", 0,
                              "its forces sank the ship and claimed that more than 30 sailors were killed"),
                             ("s2", "B", "7", "2025-06-14T14:20", None, None, 0)], None),
    ("sinking.crew.deaths", [("s1", "A", "more than 30", "2025-06-14T06:30", "the rebel command said", None, 0),
                             ("s2", "B", "7", "2025-06-14T14:20", None, None, 0)], "contradiction"),
    # (not a toll a happening "claimed", nor a figure beside a claim of responsibility)
    ("shooting.deaths", [("s1", "A", "four", "2025-06-14T06:30", "authorities said", "claimed four lives", 0,
                          "The rampage claimed four lives, authorities said"),
                         ("s2", "B", "two", "2025-06-14T06:30", None, None, 0)], "contradiction"),
    ("breach.affected", [("s1", "A", "4.9 million", "2025-06-14T06:30", "A ransomware group claimed",
                          "4.9 million customers", 0, "A ransomware group claimed responsibility for the attack, "
                          "which exposed data of 4.9 million customers"),
                         ("s2", "B", "9.4 million", "2025-06-14T06:30", None, None, 0)], "contradiction"),
    ("shooting.deaths", [("s1", "A", "four", "2025-06-14T06:30", "Gunfire on Friday claimed", None, 0),
                         ("s2", "B", "two", "2025-06-14T14:20", None, None, 0)], "contradiction"),
    # a later report that gives the other figure as the one it changed from
    ("reservoirs.share", [("s1", "A", "44", "2025-08-03T08:00", None, None, 0),
                          ("s2", "B", "41", "2025-08-10T09:00", None, "41 percent", 0,
                           "Storage slipped to 41 percent of capacity, from 44 percent a week earlier.")], "update"),
    ("reservoirs.share", [("s1", "A", "44", "2025-08-03T08:00", None, None, 0),
                          ("s2", "B", "41", "2025-08-10T09:00", None, "41 percent", 0,
                           "Storage stood at 41 percent of capacity, down from 47 percent in June.")], "contradiction"),
    # a monthly rate told a month apart is two releases; days apart, one release told two ways
    ("inflation.rate", [("s1", "A", "24", "2025-05-16T08:00", None, None, 0),
                        ("s2", "B", "26", "2025-06-16T08:00", None, None, 0)], "update"),
    ("inflation.rate", [("s1", "A", "24", "2025-05-16T08:00", None, None, 0),
                        ("s2", "B", "26", "2025-05-18T08:00", None, None, 0)], "contradiction"),
    # an exclusion zone changes when someone changes it, and a later report says so; a later one that does not is
    # another outlet's figure for the same zone
    ("eruption.exclusion-radius", [("s1", "A", "10", "2025-08-14T07:00", None, None, 0),
                                   ("s2", "B", "6", "2025-08-14T19:00", None, "reduced the exclusion zone to 6", 0)],
     "update"),
    ("eruption.exclusion-radius", [("s1", "A", "10", "2025-08-14T07:00", None, None, 0),
                                   ("s2", "B", "15", "2025-08-15T09:00", None, "set a 15-kilometre exclusion zone", 0)],
     "contradiction"),
    ("fire.containment", [("s1", "A", "12", "2025-08-14T07:00", None, None, 0),
                          ("s2", "B", "20", "2025-08-14T19:00", None, None, 0)], "update"),
    ("election.counted", [("s1", "A", "70", "2025-05-04T01:00", None, None, 0),
                          ("s2", "B", "98", "2025-05-04T07:00", None, None, 0)], "update"),
    ("ana-ruiz.vote-share.partial", [("s1", "A", "56", "2025-05-04T01:00", None, None, 0),
                                     ("s2", "B", "53", "2025-05-04T07:00", None, None, 0)], "update"),
    ("ana-ruiz.vote-share", [("s1", "A", "56", "2025-05-04T01:00", None, None, 0),
                             ("s2", "B", "53", "2025-05-04T07:00", None, None, 0)], "contradiction"),
    # an outlook is its forecaster's: a finance ministry's against a forecast its report credits to no one is two
    # outlooks side by side; two reports of one forecaster's, or two uncredited, still contradict
    ("growth.rate.forecast.2026", [("s1", "A", "1.4", "2025-03-12", None, None, 0),
                                   ("s2", "B", "1.9", "2025-03-12", "The Finance Ministry still expects", None, 0)],
     None),
    ("growth.rate.forecast.2026", [("s1", "A", "1.4", "2025-03-12", "the IMF said", None, 0),
                                   ("s2", "B", "1.9", "2025-03-12", "the World Bank put", None, 0)], None),
    ("growth.rate.forecast.2026", [("s1", "A", "1.4", "2025-03-12", "the IMF said", None, 0),
                                   ("s2", "B", "1.9", "2025-03-12", "according to the IMF", None, 0)],
     "contradiction"),
    ("growth.rate.forecast.2026", [("s1", "A", "1.4", "2025-03-12", None, None, 0),
                                   ("s2", "B", "1.2", "2025-03-13", None, None, 0)], "contradiction"),
    # ... which a figure that is no outlook is not: credited on one side only, it contradicts
    ("flood.deaths", [("s1", "A", "12", "2025-01-02", "the government said", None, 0),
                      ("s2", "B", "20", "2025-01-01", None, None, 0)], "contradiction"),
    # a market's price moves through the day and the week, up or down: a later report of another is an update
    ("brent-crude.price", [("s1", "A", "78.40", "2027-06-02T16:40", None, None, 0),
                           ("s2", "B", "78.05", "2027-06-03T12:00", None, None, 0)], "update"),
    ("brent-crude.price", [("s1", "A", "78.40", "2027-06-02T16:40", None, None, 0),
                           ("s2", "B", "78.05", "2027-06-02T16:40", None, None, 0)], "contradiction"),
    # a figure that does not grow as reports come in is updated only by a later report that says it is newer
    # ("has now"); "reached" and "grew" tell what happened, not that the report is a newer one
    ("spill.shoreline", [("s1", "A", "30", "2025-01-01", None, "30 kilometres", 0),
                         ("s2", "B", "52", "2025-01-02", None, "has now fouled 52 kilometres", 0)], "update"),
    ("eruption.ash-height", [("s1", "A", "3", "2025-01-01", None, "reached 3 kilometres", 0),
                             ("s2", "B", "5", "2025-01-02", None, "reached 5 kilometres", 0)], "contradiction"),
    ("revenue.change", [("s1", "A", "23", "2025-01-01", None, "grew 23%", 0),
                        ("s2", "B", "27", "2025-01-02", None, "grew 27%", 0)], "contradiction"),
    # an offer made anew is an update where the later report says so ("an improved offer"); else it contradicts
    ("salary.offer", [("s1", "A", "4.5", "2025-01-01", None, "a pay offer of 4.5%", 0),
                      ("s2", "B", "5.5", "2025-01-02", None, "an improved pay offer of 5.5%", 0)], "update"),
    ("salary.offer", [("s1", "A", "4.5", "2025-01-01", None, "a pay offer of 4.5%", 0),
                      ("s2", "B", "5.5", "2025-01-02", None, "a pay offer of 5.5%", 0)], "contradiction"),
    # a lower figure told after a higher one was out is no update, whoever repeats the higher later
    ("sinking.rescued", [("s1", "A", "53", "2025-06-14T11:00+02:00", None, None, 0),
                         ("s2", "B", "35", "2025-06-14T16:00+02:00", None, None, 0),
                         ("s3", "C", "53", "2025-06-15T09:00+02:00", None, None, 0)], "contradiction"),
]


SET_ASIDE = [
    # what a second value in one article is: (first quote, start), (second quote, start), why
    (("12 people died", 0), ("four others died", 60), "a part of the figure the article reports"),
    (("the toll rose to 20", 80), ("12 people died", 0), "an earlier figure: the article says it rose"),
    (("12 people died", 0), ("14 people died", 60), "the article gives another figure for the same thing"),
    # of two figures said to have risen, the higher is the later, whichever the article tells first
    (("the toll has climbed to 31", 0), ("the toll rose to 24", 90), "an earlier figure: the article says it rose"),
    # a whole told as it was before is no whole the article reports
    (("At least 47 people have died", 0), ("the toll stood at 31 as recently as Monday", 200),
     "an earlier figure: the article says it was before"),
]


@pytest.mark.parametrize("first,second,why", SET_ASIDE)
def test_a_second_value_in_one_article_is_told_for_what_it_is(first, second, why):
    raws = {"12 people died": "12", "four others died": "four", "the toll rose to 20": "20", "14 people died": "14",
            "the toll has climbed to 31": "31", "the toll rose to 24": "24", "At least 47 people have died": "at least 47",
            "the toll stood at 31 as recently as Monday": "31"}
    rows = [_appearance("s1", "A", raws[quote], "2025-01-01", None, quote, start) for quote, start in (first, second)]
    found = conflicts._detect("case", "flood.deaths", rows)
    assert found.headline is None
    [aside] = found.set_aside
    assert aside["why"] == why
    assert aside["value"] == raws[second[0]]


@pytest.mark.parametrize("key,rows,expected", CLASSES)
def test_each_difference_is_classed(key, rows, expected):
    found = conflicts._detect("case", key, [_appearance(*row) for row in rows])
    assert (found.headline[0] if found.headline else None) == expected


RUNNING = [
    # (each report's span, its date and its words); the class of the pair
    # a span still running, told again days later, has grown by the days between: an update
    ([("11 days", "2025-03-14", "have now been held for 11 days"),
      ("14 days", "2025-03-17", "have been held for 14 days")], "update"),
    # ... not one grown by more than the days between, nor spans not told as going on
    ([("11 days", "2025-03-14", "held for 11 days"), ("19 days", "2025-03-17", "have been held for 19 days")],
     "contradiction"),
    ([("three days", "2025-03-14", "a three-day visit"), ("four days", "2025-03-15", "a four-day visit")],
     "contradiction"),
]


@pytest.mark.parametrize("rows,expected", RUNNING)
def test_a_span_still_running_that_grew_by_the_days_between_its_reports_is_an_update(rows, expected):
    found = conflicts._detect("case", "crew.held.duration", [
        conflicts.Appearance(f"c-s{i}", "candidate", raw, f"s{i}", "AB"[i], published, "asserts", None, quote, quote,
                             value, value.canonical(), 0)
        for i, (raw, published, quote) in enumerate(rows) for value in [values.normalize(raw, kind="duration")]])
    assert found.headline[0] == expected
    if expected == "update":
        assert found.headline[1] == ("11 days (A, 2025-03-14) vs 14 days (B, 2025-03-17): later report, 3 days on, "
                                     "a span still running (says 'have been')")


@pytest.mark.parametrize("key,role", [
    ("grid.homes-without-power", "without-power"),  # what is counted as without power falls as power comes back
    ("quake.houses-destroyed", "destroyed"),
    ("storm.water-level", "water-level"),
    ("economy.jobs-lost", "lost"),
])
def test_a_role_is_the_key_s_last_part_or_the_known_role_it_ends_with(key, role):
    assert disagreement.role_of(key) == role


def test_the_largest_of_a_series_told_larger_later_is_an_update_not_an_error():
    rows = [("the largest of magnitude 5.1", "2025-03-14T08:00+00:00"),
            ("The strongest, of magnitude 5.8, struck at noon", "2025-03-14T19:00+00:00")]
    found = conflicts._detect("case", "aftershock.magnitude", [
        conflicts.Appearance(f"c-s{i}", "candidate", raw, f"s{i}", "AB"[i], published, "asserts", None, quote, quote,
                             value, value.canonical(), 0)
        for i, (quote, published) in enumerate(rows) for raw in [quote.split("magnitude ")[1].split(",")[0]]
        for value in [values.normalize(raw, kind="quantity")]])
    assert found.headline[0] == "update" and found.headline[1].endswith("later report, the largest so far")
    # (a figure not told as the largest, later and larger, is no such update)
    rows[1] = ("It measured magnitude 5.8, struck at noon", rows[1][1])
    found = conflicts._detect("case", "aftershock.magnitude", [
        conflicts.Appearance(f"c-s{i}", "candidate", raw, f"s{i}", "AB"[i], published, "asserts", None, quote, quote,
                             value, value.canonical(), 0)
        for i, (quote, published) in enumerate(rows) for raw in [quote.split("magnitude ")[1].split(",")[0]]
        for value in [values.normalize(raw, kind="quantity")]])
    assert found.headline[0] == "contradiction"


def _told(key, rows):
    """The classes of the pairs of sides over (value, outlet, published, context) rows, one source each."""
    appearances = [conflicts.Appearance(f"c-s{i}", "candidate", raw, f"s{i}", outlet, published, "asserts", None, raw,
                                        context, value, value.canonical(), 0)
                   for i, (raw, outlet, published, context) in enumerate(rows)
                   for value in [values.normalize(raw, kind="count")]]
    sides, _ = conflicts.build_sides(disagreement.reported_figures(appearances, False)[0])
    return [kind for _, _, kind, _ in disagreement.classify(key, sides).pairs]


def test_a_town_s_count_against_the_whole_toll_is_a_difference_of_scope_not_a_conflict():
    rows = [("41", "A", "2025-03-14T08:00+00:00", "The floods have killed 41 people across the province."),
            ("seven", "B", "2025-03-14T09:00+00:00", "Crews reached Orla Bay, where seven people are confirmed dead.")]
    assert _told("flood.deaths", rows) == ["scope"]
    # (a count said to be mostly in one place is the whole, and contradicts another whole)
    rows[1] = ("seven", "B", "2025-03-14T09:00+00:00", "Seven people are confirmed dead, most in Orla Bay.")
    assert _told("flood.deaths", rows) == ["contradiction"]
    # (nor is a shooting's count told in one place a part: a shooting happens in one)
    rows[1] = ("two", "B", "2025-03-14T09:00+00:00", "Two people were killed in Orla Bay.")
    rows[0] = ("three", "A", "2025-03-14T08:00+00:00", "Three people were killed, police said.")
    assert _told("shooting.deaths", rows) == ["contradiction"]


def test_a_later_lower_figure_is_shown_against_the_outlet_that_gave_the_higher_first():
    rows = [("s1", "A", "53", "2025-06-14T11:00+02:00", None, None, 0),
            ("s2", "B", "35", "2025-06-14T16:00+02:00", None, None, 0),
            ("s3", "C", "53", "2025-06-15T09:00+02:00", None, None, 0)]
    found = conflicts._detect("case", "sinking.rescued", [_appearance(*row) for row in rows])
    assert found.headline == ("contradiction", "53 (A, 2025-06-14 11:00+02:00, first of 2) vs 35 (B, 2025-06-14 "
                                               "16:00+02:00): cannot both hold (the later report is lower)")


def test_two_agencies_magnitudes_stand_side_by_side_though_some_outlets_credit_neither():
    # the national agency's 7.2 and the USGS's 7.4, each also given uncredited by another outlet: two measures
    rows = [("s1", "A", "7.2", "2025-03-08", "the country's geophysics agency put", None, 0),
            ("s2", "B", "7.2", "2025-03-08", None, None, 0),
            ("s3", "C", "7.4", "2025-03-08", "the USGS said", None, 0),
            ("s4", "D", "7.4", "2025-03-08", None, None, 0)]
    found = conflicts._detect("case", "earthquake.magnitude", [_appearance(*row) for row in rows])
    assert found.headline is None
    # while an uncredited figure against a credited one still contradicts it
    rows = [("s1", "A", "7.4", "2025-03-08", "the USGS said", None, 0), ("s2", "B", "6.4", "2025-03-08", None, None, 0)]
    found = conflicts._detect("case", "earthquake.magnitude", [_appearance(*row) for row in rows])
    assert found.headline[0] == "contradiction"


def test_each_body_s_figure_in_one_article_is_reported_and_one_body_s_two_figures_contradict():
    # one article gives the police's count and the unions': both are its reports, two measures; another
    # article's police count, set against the first's, is a contradiction
    rows = [("s1", "A", "48,000", "2025-03-08", "Police put", None, 0),
            ("s1", "A", "200,000", "2025-03-08", "the unions said", None, 40),
            ("s2", "B", "84,000", "2025-03-09", "Police said", None, 0)]
    found = conflicts._detect("case", "protest.participants", [_appearance(*row) for row in rows])
    assert found.set_aside == []
    values_of = [side.value for side in found.sides]
    assert {frozenset((values_of[i], values_of[j])) for i, j in found.pairs} == {frozenset(("48,000", "84,000"))}


class _TwoIncidents:
    """Reports that, by their names and figures, are of two incidents."""

    def apart(self, sources_a, sources_b):
        return "nothing in common: probably two incidents"


@pytest.mark.parametrize("key,expected", [
    ("shooting.deaths", None),  # shootings come many at a time: two reports with nothing in common are two
    ("storm.deaths", "contradiction"),  # a story tells of one storm: they are two accounts of it
    ("earthquake.date", "contradiction"),
    ("storm-orla.deaths", None),  # a named one is not the case's own: kept apart as any other
    ("progress-party.seats", "contradiction"),  # no incident: nothing to tell apart
])
def test_reports_with_nothing_in_common_are_of_two_incidents_unless_one_happening_is_told(key, expected):
    rows = [("s1", "A", "12", "2025-01-01", None, None, 0), ("s2", "B", "20", "2025-01-01", None, None, 0)]
    found = conflicts._detect("case", key, [_appearance(*row) for row in rows], _TwoIncidents())
    assert (found.headline[0] if found.headline else None) == expected


def test_a_toll_that_grew_between_two_reports_of_one_day_is_an_update_when_they_give_the_time(run, article, tmp_path):
    run("source", "add", article("m.txt", "A missile strike on the depot killed 14 people, officials said.\n",
                                 {"outlet": "Morning Wire", "published": "2025-09-03T08:00+03:00", "case": "depot"}))
    run("source", "add", article("e.txt", "A missile strike on the depot killed 22 people, officials said.\n",
                                 {"outlet": "Evening Post", "published": "3 September 2025, 9:30 pm", "case": "depot"}))
    run("extract")
    [conflict] = run.json("list", "--conflicts", "--json")
    assert (conflict["key"], conflict["class"]) == ("attack.deaths", "update")
    assert conflict["class_reason"] == ("14 (Morning Wire, 2025-09-03 08:00+03:00) vs 22 (Evening Post, 2025-09-03 21:30): "
                                  "later report")
    # without the time of day, one day's two tolls cannot be ordered: a contradiction, as before
    [source] = [s for s in run.json("source", "list", "--json") if s["outlet"] == "Evening Post"]
    run("source", "edit", source["id"], "--published", "2025-09-03")
    [conflict] = run.json("list", "--conflicts", "--json")
    assert conflict["class"] == "contradiction"
    assert conflict["class_reason"].endswith("cannot both hold (the same day)")
    # the time is kept in history, and carried in case files
    run("source", "edit", source["id"], "--published", "2025-09-03 21:30")
    assert run.json("list", "--conflicts", "--json")[0]["class"] == "update"
    assert "published_at" in run("log").stdout
    run("export", "--format", "case", "--case", "depot", "-o", str(tmp_path / "depot"))
    assert 'published: "2025-09-03T08:00+03:00"' in "".join(p.read_text() for p in (tmp_path / "depot").rglob("*.md"))


def test_a_figure_only_the_headline_states_is_quoted_from_the_headline(run, article, tmp_path, monkeypatch):
    run("source", "add", article("h.txt", "Police said the shooting happened early Sunday near a bar on Elm Street.\n",
                                 {"outlet": "Bay Herald", "published": "2016-03-01", "case": "bay",
                                  "title": "7 Shot, 3 Dead After Drive-By"}))
    run("source", "add", article("i.txt", "Three people were killed and four wounded in a drive-by shooting on "
                                          "Sunday, police said.\n",
                                 {"outlet": "City Post", "published": "2016-03-01", "case": "bay"}))
    run("extract")
    listed = {(c["key"], c["value"]): c for c in run.json("list", "--json")}
    headline = listed["shooting.deaths", "3"]
    [appearance] = headline["appearances"]
    assert (appearance["quote"], appearance["field"]) == ("3 Dead", "title")
    assert ("shooting.shot", "7") in listed
    # the other outlet's three dead agree with it
    assert run.json("list", "--conflicts", "--json") == []
    assert run("check").stdout == "ok\n"
    assert "[headline]" in run("show", headline["id"]).stdout
    # quoted by hand, too
    run("claim", "add", "Seven were shot", "--source", appearance["source"], "--quote", "7 Shot",
        "--key", "shooting.shot", "--value", "7")
    # carried in case files, and anchored in the headline again on import
    run("export", "--format", "case", "--case", "bay", "-o", str(tmp_path / "bay"))
    assert '"field": "title"' in "".join(p.read_text() for p in (tmp_path / "bay").rglob("*.json"))
    monkeypatch.setenv("CLAIMTRACK_DB", str(tmp_path / "other.db"))
    run("import", str(tmp_path / "bay"))
    assert run("check").stdout == "ok\n"
    moved = {(c["key"], c["value"]): c for c in run.json("list", "--json")}
    assert [a["field"] for a in moved["shooting.deaths", "3"]["appearances"]] == ["title"]


def test_one_weekday_in_both_is_no_contradiction_whatever_days_it_reads_to():
    rows = [("s1", "A", "Sunday", "2024-05-07", None, None, 0), ("s2", "B", "early Sunday morning", "2024-05-21", None,
                                                                    None, 0)]
    found = conflicts._detect("case", "shooting.date", [_dated(*row) for row in rows])
    assert found.headline is None
    sides, _ = conflicts.build_sides([_dated(*row) for row in rows])
    [(_, _, kind, reason)] = disagreement.classify("shooting.date", sides).pairs
    assert kind == "compatible" and "both say Sunday" in reason


def test_a_side_is_named_by_the_same_wording_whatever_order_its_claims_come_in():
    rows = [("s1", "A", "3", "2025-08-12", None, None, 0), ("s1", "A", "Three", "2025-08-12", None, None, 90),
            ("s2", "B", "four", "2025-08-12", None, None, 0)]
    appearances = [_appearance(*row) for row in rows]
    named = {tuple(side.value for side in conflicts.build_sides(order)[0])
             for order in (appearances, appearances[::-1], appearances[1:] + appearances[:1])}
    assert named == {("3", "four")}


def test_a_weekday_read_a_week_off_meets_the_exact_day_it_names():
    # "in Wednesday's ambush", published twelve days on, reads to the wrong Wednesday; March 9 was a Wednesday
    rows = [("s1", "A", "March 9", "2016-03-10", None, None, 0), ("s2", "B", "Wednesday", "2016-03-21", None, None, 0)]
    found = conflicts._detect("case", "shooting.date", [_dated(*row) for row in rows])
    assert found.headline is None
    sides, _ = conflicts.build_sides([_dated(*row) for row in rows])
    [(_, _, kind, reason)] = disagreement.classify("shooting.date", sides).pairs
    assert kind == "compatible" and "a Wednesday each" in reason
    # a weekday that the day was not still contradicts it
    rows = [("s1", "A", "March 9", "2016-03-10", None, None, 0), ("s2", "B", "Thursday", "2016-03-21", None, None, 0)]
    assert conflicts._detect("case", "shooting.date", [_dated(*row) for row in rows]).headline[0] == "contradiction"


def _dated(source, outlet, raw, published, attribution, quote, start):
    value = values.normalize(raw, ref_date=date.fromisoformat(published), kind="date")
    return conflicts.Appearance(f"c-{source}", "candidate", raw, source, outlet, published, "asserts", attribution,
                                raw, raw, value, value.canonical(), start)


def test_an_edited_key_and_a_rejection_survive_reading_again(quake):
    listed = {(c["key"], c["value"]): c["id"] for c in quake.json("list", "--json")}
    quake("claim", "edit", listed["earthquake.serrat.deaths", "11"][:7], "--key", "earthquake.school.deaths")
    quake("claim", "reject", listed["earthquake-2011.deaths", "41"][:7])
    before = len(quake.json("list", "--json"))
    quake("extract", "--again")
    after = {(c["key"], c["value"]) for c in quake.json("list", "--json")}
    assert ("earthquake.school.deaths", "11") in after
    assert len(quake.json("list", "--json")) == before
    assert ("earthquake-2011.deaths", "41") not in after


@pytest.mark.parametrize("key, kind, rows, classes", [
    # (source, outlet, value, published, attribution)
    ("storm.deaths", None, [("s1", "A", "at least 40", "2024-05-07", None), ("s2", "B", "52", "2024-05-08", None)],
     {"compatible"}),
    ("storm.date", "date", [("s1", "A", "12 May 2024", "2024-05-13", None), ("s2", "B", "14 May 2024", "2024-05-15", None),
                            ("s3", "C", "12 May 2024", "2024-05-16", None)], {"contradiction"}),
    ("storm.deaths", None, [("s1", "A", "12", "2024-05-07", None), ("s2", "B", "30", "2024-05-09", "police said"),
                            ("s3", "C", "about 30", "2024-05-09", None), ("s4", "D", "9", "2024-05-10", None)],
     {"update", "contradiction", "compatible"}),
    ("storm.deaths", None, [("s1", "A", "12", "2024-05-07", None), ("s2", "A", "15", "2024-05-07", None)],
     {"same-outlet"}),
])
def test_reasons_left_unwritten_change_no_class_and_are_all_written_when_a_pair_is_flagged(key, kind, rows, classes):
    sides, _ = conflicts.build_sides([_dated_as(*row, kind) for row in rows])
    full = disagreement.classify(key, sides)
    quiet = disagreement.classify(key, sides, reasons=False)
    assert {kind for _, _, kind, _ in full.pairs} == classes
    assert [(a, b, kind) for a, b, kind, _ in quiet.pairs] == [(a, b, kind) for a, b, kind, _ in full.pairs]
    assert [r and (r[0], r[2]) for r in quiet.of_side] == [r and (r[0], r[2]) for r in full.of_side]
    if classes & set(disagreement.FLAGGED):
        assert quiet == full
    else:
        assert all(reason is None for *_, reason in quiet.pairs)
        assert all(reason for *_, reason in full.pairs)


@pytest.mark.parametrize("key, rows, kind", [
    # what donors have pledged in all grows as a conference goes on; a lower later total cannot be
    ("donation.amount", [("s1", "A", "$2.1 billion", "2031-04-07"), ("s2", "B", "$3.3 billion", "2031-04-08")],
     "update"),
    ("donation.amount", [("s1", "A", "$3.3 billion", "2031-04-07"), ("s2", "B", "$2.1 billion", "2031-04-08")],
     "contradiction"),
    # one donor's pledge is given once
    ("kelmar.donation", [("s1", "A", "$400 million", "2031-04-07"), ("s2", "B", "$600 million", "2031-04-08")],
     "contradiction"),
])
def test_a_conference_s_total_pledged_grows_and_one_donor_s_pledge_does_not(key, rows, kind):
    sides, _ = conflicts.build_sides([_dated_as(*row, None, None) for row in rows])
    [(_, _, found, _)] = disagreement.classify(key, sides).pairs
    assert found == kind


def _dated_as(source, outlet, raw, published, attribution, kind):
    value = values.normalize(raw, ref_date=date.fromisoformat(published), kind=kind)
    return conflicts.Appearance(f"c-{source}", "candidate", raw, source, outlet, published, "asserts", attribution,
                                raw, raw, value, value.canonical(), 0)


@pytest.mark.parametrize("ids", [("c-a", "c-b"), ("c-b", "c-a")])
def test_the_figure_a_source_reports_does_not_hang_on_its_claim_ids(ids):
    """Two values whose quotes start at one place ("shootings across the city Saturday", "... Saturday
    and Sunday"): the first value in the text is the one reported, whichever claim ID sorts first."""
    quote = "shootings across the city left 12 and then 14"
    first, second = (_appearance("s1", "A", raw, "2025-01-01", quote=quote, start=100) for raw in ("12", "14"))
    first, second = first._replace(claim_id=ids[0]), second._replace(claim_id=ids[1])
    kept, set_aside = disagreement.reported_figures([second, first])
    assert [a.value_raw for a in kept] == ["12"] and [s["value"] for s in set_aside] == ["14"]


def test_the_case_s_day_is_the_best_backed_one():
    """Each day backed by the days within NEAR_DAYS of it (a window slid over the sorted days),
    checked against summing them one by one; the first of days backed alike."""
    import random
    from collections import Counter
    from datetime import date, timedelta

    def by_hand(days: Counter) -> str:
        when = {day: date.fromisoformat(day) for day in days}
        backed = {day: sum(w for other, w in days.items() if abs((when[other] - when[day]).days) <= align.NEAR_DAYS)
                  for day in days}
        return max(sorted(days), key=lambda day: backed[day])

    rng = random.Random(11)
    for _ in range(2000):
        days: Counter = Counter()
        for _ in range(rng.randint(1, 25)):
            days[(date(2024, 1, 1) + timedelta(days=rng.randint(0, 30))).isoformat()] += rng.choice((0.5, 1.0, 2.0))
        assert align._case_day(days) == by_hand(days), days
    assert align._case_day(Counter({"2024-03-09": 2.0, "2024-03-10": 1.0, "2019-11-05": 2.5})) == "2024-03-09"
    assert align._case_day(Counter()) is None


def test_an_election_count_in_progress_is_updated_by_a_later_count_and_a_real_error_still_stands(run, article):
    # an early report from a count not yet over, a later one nearer its end, and a final one; one outlet's
    # turnout is wrong
    run("source", "add", article("a.txt", "With 70% of ballots counted, Ana Ruiz had 56% of the vote to Tom "
                                          "Hale's 42%. Turnout was 58%.\n",
                                 {"outlet": "Night Desk", "published": "2026-05-04T01:00", "case": "poll"}))
    run("source", "add", article("b.txt", "With 98% of ballots counted, Ana Ruiz had 53% of the vote. "
                                          "Turnout was 58%.\n",
                                 {"outlet": "Dawn Wire", "published": "2026-05-04T07:00", "case": "poll"}))
    run("source", "add", article("c.txt", "Ana Ruiz won the mayoral election with 53% of the vote, against 45% for "
                                          "Tom Hale. Turnout was 63%.\n",
                                 {"outlet": "Noon Post", "published": "2026-05-04T12:00", "case": "poll"}))
    run("extract")
    listed = {(c["key"], c["value"]) for c in run.json("list", "--json")}
    # the figure after a name's possessive is that name's, not the one named first in the sentence
    assert ("tom-hale.vote-share.partial", "42%") in listed
    found = {c["key"]: c for c in run.json("list", "--conflicts", "--json")}
    assert {key: c["class"] for key, c in found.items()} == {
        "election.counted": "update", "ana-ruiz.vote-share.partial": "update", "election.turnout": "contradiction"}
    assert found["ana-ruiz.vote-share.partial"]["class_reason"].startswith("56% (Night Desk, 2026-05-04 01:00) vs 53%")


def _conflicts_of(run, article, case: str, reports: list[tuple[str, str, str]]) -> dict:
    """Each report (outlet, published, text) added to ``case`` and extracted: the conflicts by key."""
    for outlet, published, text in reports:
        meta = {"case": case, "outlet": outlet, "published": published}
        run("source", "add", article(f"{outlet.replace(' ', '-').lower()}.txt", text + "\n", meta))
    run("extract")
    return {c["key"]: c for c in run.json("list", "--conflicts", "--json")}


def test_a_forecaster_s_outlook_stands_beside_another_s_and_one_forecaster_s_two_outlooks_contradict(run, article):
    # the bank's growth forecast as three outlets report it, one wrongly; the finance ministry's own outlook
    found = _conflicts_of(run, article, "bank", [
        ("Wire One", "2026-03-12T10:00", "The central bank cut its forecast for growth this year to 1.4 percent, "
                                         "from 1.7 percent in December."),
        ("Daily Two", "2026-03-12T14:00", "The bank now sees the economy growing 1.4 percent this year. The Finance "
                                          "Ministry still expects growth of 1.9 percent this year."),
        ("Review Three", "2026-03-13T08:00", "The bank cut its growth forecast for this year to 1.2 percent, from 1.7 "
                                             "percent.")])
    assert {key: c["class"] for key, c in found.items()} == {"growth.rate.forecast.2026": "contradiction"}
    conflict = found["growth.rate.forecast.2026"]
    assert sorted(side["value"] for side in conflict["sides"]) == ["1.2 percent", "1.4 percent"]
    [ministry] = conflict["others"]
    assert (ministry["value"], ministry["class"]) == ("1.9 percent", "different-bodies")
    assert "the finance ministry's outlook" in ministry["reason"]


def test_a_bloc_s_seats_are_compared_whatever_each_outlet_calls_it(run, article):
    found = _conflicts_of(run, article, "seats", [
        ("North Wire", "2027-09-13T06:30", "The centre-right bloc won a majority on Sunday, taking 91 of the 175 "
                                           "seats. The Moderates won 54 seats."),
        ("Baltic Daily", "2027-09-13T09:00", "The four-party centre-right alliance secured 91 seats in Osland's "
                                             "election, winning 54 seats for the Moderates."),
        ("Press Service", "2027-09-13T12:00", "Voters handed a majority to the opposition centre-right bloc, with the "
                                              "alliance winning 93 of the 175 seats.")])
    assert {key: c["class"] for key, c in found.items()} == {"centre-right-bloc.seats": "contradiction"}
    assert sorted(side["value"] for side in found["centre-right-bloc.seats"]["sides"]) == ["91", "93"]


def test_a_magnitude_a_report_tells_apart_from_an_agency_s_stands_beside_it(run, article):
    # one report gives 6.8 and the institute's 7.0 as two measures; others give one of them
    reports = [
        ("Coast Post", "2026-02-03T06:00", "A magnitude 6.8 earthquake struck the coast on Monday. The national "
                                           "seismology institute measured it at magnitude 7.0."),
        ("Bay Times", "2026-02-03T09:00", "Monday's magnitude 6.8 earthquake damaged the port."),
        ("Hill Daily", "2026-02-03T11:00", "The magnitude 7.0 earthquake on Monday cracked roads, the seismology "
                                           "institute said.")]
    assert _conflicts_of(run, article, "quake", reports) == {}
    # ... and one more outlet's 6.5, which no report tells apart from either, contradicts both
    found = _conflicts_of(run, article, "quake", [("Plain Wire", "2026-02-03T12:00",
                                                   "Monday's magnitude 6.5 earthquake shook the region.")])
    values_of = sorted(side["value"] for side in found["earthquake.magnitude"]["sides"])
    assert values_of == ["magnitude 6.5", "magnitude 6.8", "magnitude 7.0"]
    assert "magnitude 6.5" in found["earthquake.magnitude"]["class_reason"]


# A made-up ferry disaster, as four outlets give it over two days: a toll given as a bound ("at least 9", which
# the later 16 fits), a count of missing that falls as bodies are found, the ship by its name (or not at all),
# an earlier sinking elsewhere, the clock time of the capsizing, and one outlet's wrong count of the rescued.
FERRY = {
    "harbour.txt": ("Harbour Post", "2026-05-04T13:00+03:00", "Ferry overturns on Lake Sarn", (
        "An overcrowded ferry capsized on Lake Sarn at 6:40 a.m. on Monday, killing at least 9 people, with "
        "about 25 still missing, officials said. Rescuers pulled 181 people from the water.\n\n"
        "In February, 14 people drowned when a smaller boat sank near Ostrel.\n")),
    "courier.txt": ("Lake Courier", "2026-05-04T19:00+03:00", "Rescue effort on Lake Sarn", (
        "At least 9 people died and 118 were rescued after the MV Tarra Belle overturned on Lake Sarn on "
        "Monday, the coast guard said. Divers were searching for 25 people still unaccounted for.\n")),
    "tribune.txt": ("Sarn Tribune", "2026-05-05T10:00+03:00", "Ferry toll rises to 16", (
        "The death toll from Monday's capsizing of the MV Tarra Belle on Lake Sarn rose to 16 on Tuesday, "
        "officials said. Eighteen people remain missing. A total of 181 people were rescued.\n")),
    "wire.txt": ("Lakes Wire", "2026-05-05T18:00+03:00", "Ferry owner held", (
        "The owner of the ferry that capsized on Lake Sarn on Monday was detained on Tuesday, police said. "
        "At least 16 people died and 18 are still missing.\n")),
}


def test_a_ferry_s_wrong_rescue_count_contradicts_and_its_toll_and_missing_are_updates(run, article):
    _add_case(run, article, FERRY, "sarn")
    listed = run.json("list", "--conflicts", "--json")
    assert [(c["key"], c["class"]) for c in listed] == [("sinking.missing", "update"),
                                                         ("sinking.rescued", "contradiction")]
    assert _sides(listed[1]).pop("118") == ["Lake Courier"]
    assert "later report" in listed[0]["class_reason"]
    keys = {c["key"]: c["value"] for c in run.json("list", "--case", "sarn", "--json")}
    # the earlier sinking keeps its own key; the capsizing's day is read past its clock time, and the day the
    # owner was held is not the capsizing's
    assert keys["sinking-ostrel.deaths"] == "14"
    dates = {c["value"] for c in run.json("list", "--case", "sarn", "--json") if c["key"] == "sinking.date"}
    assert dates <= {"Monday", "Monday's"} and dates


# A made-up impeachment vote: one outlet names the chamber, two say only "lawmakers", one of them with the
# wrong count; police and organisers count the crowd outside, each its own figure.
IMPEACHMENT = {
    "wire.txt": ("Chamber Wire", "2026-09-10T16:00+02:00", "Assembly impeaches the governor", (
        "The Regional Assembly voted 74 to 31 on Wednesday to impeach Governor Ilse Brandt, clearing the "
        "threshold of 70 votes needed.\n")),
    "post.txt": ("Evening Post", "2026-09-10T19:00+02:00", "Brandt impeached", (
        "Lawmakers impeached Governor Ilse Brandt on Wednesday by a vote of 47 to 31. Supporters of the "
        "governor, whose crowd was estimated by police at 3,000, gathered outside. Organisers put the crowd "
        "at 9,000.\n")),
    "daily.txt": ("The Daily", "2026-09-11T08:00+02:00", "After the vote", (
        "A day after lawmakers voted 74-31 to remove her, Brandt said she would appeal.\n")),
}


def test_a_vote_told_by_lawmakers_meets_the_named_chamber_s_and_the_wrong_count_contradicts(run, article):
    _add_case(run, article, IMPEACHMENT, "brandt")
    _only_the_wrong_figure(run, "assembly.votes-for", "47", "Evening Post", ["Chamber Wire", "The Daily"])
    keys = {c["key"] for c in run.json("list", "--case", "brandt", "--json")}
    assert "assembly.votes.needed" in keys and "protest.participants" in keys


# An offensive's gains as its ministry reports them day by day: villages taken grow as it goes on.
OFFENSIVE = {
    "first.txt": ("Front Wire", "2026-06-20T12:00+03:00", "Army retakes villages", (
        "Government forces have recaptured 9 villages since the offensive began on June 6, the defence ministry "
        "said on Sunday.\n")),
    "second.txt": ("Capital Post", "2026-06-22T08:00+03:00", "Offensive gains", (
        "The defence minister said on Monday that 12 villages had now been retaken in the offensive, which began on "
        "June 6.\n")),
}



# A bond's yield, reported on two days: it moves by the day as a price does.
YIELDS = {
    "monday.txt": ("Rates Wire", "2026-08-17T21:00+00:00", "Bonds rally", (
        "The yield on the 10-year government bond fell to 3.62% as investors sought safety.\n")),
    "tuesday.txt": ("Money Desk", "2026-08-18T17:00+00:00", "Bonds slip", (
        "The 10-year bond yield climbed back to 3.70% on Tuesday.\n")),
}


@pytest.mark.parametrize("articles,key", [(OFFENSIVE, "fighting.villages-captured"), (YIELDS, "yield.rate")],
                         ids=["villages taken", "a bond's yield"])
def test_a_figure_that_moves_as_reports_come_in_is_an_update(run, article, articles, key):
    _add_case(run, article, articles, "moving")
    listed = run.json("list", "--conflicts", "--json")
    assert [(c["key"], c["class"]) for c in listed] == [(key, "update")]


# Two pollsters' polls, each its own measure; one outlet's wrong figure for one of them contradicts.
POLLS = {
    "one.txt": ("Poll Wire", "2026-08-30T07:00+02:00", "Greens ahead", (
        "The Greens are on 31% and the Liberals on 28%, according to a Meridian poll published on Sunday.\n")),
    "two.txt": ("Vote Desk", "2026-08-30T09:00+02:00", "Liberals ahead", (
        "A Castell poll published on Saturday has the Greens on 27% and the Liberals on 30%.\n")),
    "three.txt": ("Daily Ballot", "2026-08-31T09:00+02:00", "Polls", (
        "The Liberals are on 26% and the Greens on 31%, according to the latest Meridian poll.\n")),
}


def test_two_pollsters_are_two_measures_and_a_wrong_figure_for_one_contradicts(run, article):
    _add_case(run, article, POLLS, "polls")
    _only_the_wrong_figure(run, "liberals.vote-share", "26%", "Daily Ballot", ["Poll Wire"])


# A fuel spill told over two days: the shore it fouled grew, and the later report says so ("has now");
# one outlet's wrong cargo contradicts.
SPILL = {
    "first.txt": ("Shore Wire", "2027-04-06T08:00+00:00", "Barge leaks diesel", (
        "The Tern, a barge that ran aground near Orsa on Monday, has fouled 30 kilometres of shoreline, "
        "officials said. The barge was carrying 2,400 tonnes of diesel.\n")),
    "second.txt": ("River Post", "2027-04-07T09:00+00:00", "Spill spreads", (
        "The diesel has now fouled 52 kilometres of shoreline, officials said. The barge was carrying "
        "2,400 tonnes of diesel.\n")),
    "third.txt": ("Delta Daily", "2027-04-07T12:00+00:00", "Clean-up begins", (
        "Crews began cleaning the shore near Orsa on Tuesday. The Tern, carrying 4,200 tonnes of diesel, ran "
        "aground on Monday.\n")),
}


def test_a_spill_s_spread_is_an_update_and_a_wrong_cargo_contradicts(run, article):
    listed = _listed_conflicts(run, article, SPILL, "spill")
    assert _classes(listed) == {
        "shoreline.amount": "update", "diesel.amount": "contradiction"}
    assert listed["shoreline.amount"]["class_reason"].endswith("later report, says 'now'")


# Freighters seized at sea: the grain on board, first estimated, then put higher by a report that says it revised
# the estimate (and a later one that repeats the new figure); one outlet's count of the ships is wrong.
SEIZURE = {
    "first.txt": ("Coast Wire", "2032-03-08T09:00+00:00", "Navy seizes four freighters", (
        "The navy seized four freighters off Cape Varn overnight, the port office said. The ships carry "
        "some 50,000 tonnes of grain, by the port office's first estimate.\n")),
    "second.txt": ("Harbour Daily", "2032-03-08T20:00+00:00", "Freighters held at naval base", (
        "The seizure of six freighters off Cape Varn overnight has shut the grain route. The port office said "
        "the ships were carrying 63,000 tonnes of wheat and barley, revising upward its first estimate after checking "
        "the manifests.\n")),
    "third.txt": ("Delta Post", "2032-03-09T10:00+00:00", "Crews still held", (
        "The four freighters seized by the navy remain at the base with 63,000 tonnes of grain on board.\n")),
}


def test_a_load_put_higher_by_a_revised_estimate_is_an_update_and_a_wrong_count_of_ships_contradicts(run, article):
    listed = _listed_conflicts(run, article, SEIZURE, "seizure")
    assert _classes(listed) == {
        "grain.amount": "update", "incident.boats-seized": "contradiction"}
    assert listed["grain.amount"]["class_reason"].endswith("later report, says 'revising upward its first estimate'")


# A dock strike at one port, and a solidarity stoppage at another: the other port's strikers are a part of the
# action, not a count of the strike's; one outlet's count of the strikers is wrong.
DOCK_STRIKE = {
    "first.txt": ("Port Wire", "2033-05-02T09:00+00:00", "Dock strike enters second day", (
        "A strike by 4,200 dockworkers at Harlow entered its second day on Tuesday, leaving 30 ships waiting at "
        "anchor. The union wants a pay rise of 9%.\n")),
    "second.txt": ("Brayford Echo", "2033-05-02T18:00+00:00", "Brayford dockers join action", (
        "At Harlow, where 4,200 dockers are on strike over pay, talks with the union have not resumed. In "
        "Brayford, where about 800 dockers began a one-day solidarity stoppage this morning, 12 ships are at "
        "anchor.\n")),
    "third.txt": ("Coast Ledger", "2033-05-03T08:00+00:00", "Strike goes on", (
        "A strike by 2,400 dockworkers at Harlow went into its third day. In Brayford, where about 800 dockers "
        "stopped work on Tuesday, the port has reopened. The union has rejected a pay offer of 5%.\n")),
}


def test_another_town_s_strikers_are_a_part_and_a_wrong_count_of_the_strikers_contradicts(run, article):
    listed = _listed_conflicts(run, article, DOCK_STRIKE, "dock-strike")
    assert _classes(listed) == {"protest.participants": "contradiction"}
    assert sorted(side["value"] for side in listed["protest.participants"]["sides"]) == ["2,400", "4,200"]


# A sanctions package announced one day and published the next: the published list is longer, and the report
# says so ("four more than ... announced"); the package before it keeps its own count; one outlet's frozen sum is
# wrong.
LISTING = {
    "first.txt": ("Bloc Wire", "2031-05-06T10:00+00:00", "Bloc adopts fifth sanctions package", (
        "Ministers adopted a fifth package of sanctions on Tuesday, blacklisting 31 people and freezing assets "
        "worth $1.6 billion. The fourth package, agreed in January, listed 22 individuals.\n")),
    "second.txt": ("Capital Ledger", "2031-05-07T09:00+00:00", "Published list names 35", (
        "The sanctions list published on Wednesday contains 35 individuals, four more than ministers had "
        "announced. The package freezes assets worth $1.6 billion.\n")),
    "third.txt": ("Harbour Times", "2031-05-06T15:00+00:00", "Sanctions hit shipping", (
        "The new package blacklists 31 people and freezes assets worth $2.1 billion, officials said.\n")),
}


def test_a_published_list_longer_than_announced_is_an_update_and_a_wrong_sum_contradicts(run, article):
    listed = _listed_conflicts(run, article, LISTING, "listing")
    assert _classes(listed) == {
        "sanctions.sanctioned": "update", "frozen-assets.amount": "contradiction"}
    assert listed["sanctions.sanctioned"]["class_reason"].endswith(
        "later report, says 'four more than ministers had announced'")


# A referendum's final count, told by three outlets: the middle one's share is wrong. "Now counted" says the
# count is over, not that a figure changed, and an earlier report's words say nothing of a later one.
CHARTER = {
    "first.txt": ("Vote Wire", "2033-03-14T01:00+00:00", "Voters back new charter", (
        "Sunday's referendum: with all stations now counted, Yes has 57.2 percent of the vote. "
        "No has 42.8 percent.\n")),
    "second.txt": ("Morning Standard", "2033-03-14T07:00+00:00", "Charter passes", (
        "With every ballot counted in the referendum, the Yes side won 53.2 per cent of the vote against 46.8 per "
        "cent for No.\n")),
    "third.txt": ("Evening Courier", "2033-03-14T16:00+00:00", "Charter result confirmed", (
        "The Yes side won the referendum with 57.2 per cent, the electoral commission confirmed.\n")),
}


def test_a_final_count_told_wrong_contradicts_whatever_an_earlier_report_said_of_its_count(run, article):
    _add_case(run, article, CHARTER, "charter")
    listed = {c["key"]: c["class"] for c in run.json("list", "--conflicts", "--json")}
    assert listed == {"yes.vote-share": "contradiction", "no.vote-share": "contradiction"}


# A made-up kidnapping from a school, as three outlets tell it: the day one gives it is wrong. Two bodies credited
# with two days (police, the state government) are no two measures of a day: the days contradict.
KIDNAPPING = {
    "one.txt": ("Wire A", "2031-10-08T09:00+01:00", "Pupils abducted", (
        "Gunmen abducted 120 pupils from a boarding school in Tarvo on Tuesday night, police said.\n")),
    "two.txt": ("Post B", "2031-10-09T09:00+01:00", "Ransom demanded", (
        "The kidnappers of 120 pupils seized from a school in Tarvo on Oct. 5 have demanded a ransom, the state "
        "government said.\n")),
    "three.txt": ("Radio C", "2031-10-09T12:00+01:00", "Parents wait", (
        "The 120 pupils abducted from their school in Tarvo on Tuesday, Oct. 7, are still missing, police said.\n")),
}


def test_a_kidnapping_s_wrong_day_contradicts_whoever_each_outlet_credits(run, article):
    _add_case(run, article, KIDNAPPING, "tarvo")
    _only_the_wrong_figure(run, "kidnapping.date", "Oct. 5", "Post B", ["Radio C", "Wire A"])


# A river's reading moves as reports come in; its peak does not.
@pytest.mark.parametrize("key,expected", [("flood.water-level", "update"), ("flood.water-level.peak", "contradiction")])
def test_a_river_s_reading_is_updated_and_its_peak_contradicted(key, expected):
    rows = [("s1", "A", "7.6", "2025-01-01T08:00", None, None, 0),
            ("s2", "B", "7.2", "2025-01-02T08:00", None, None, 0)]
    found = conflicts._detect("case", key, [_appearance(*row) for row in rows])
    assert found.headline[0] == expected


def _rate(source: str, outlet: str, raw: str, published: str, context: str):
    value = values.normalize(raw, kind="percent")
    return conflicts.Appearance(f"c-{source}", "candidate", raw, source, outlet, published, "asserts", None, raw,
                                context, value, value.canonical(), 0)


def test_a_rate_said_to_move_in_a_later_week_s_report_is_an_update_and_the_same_day_s_contradicts():
    # a weekly bulletin's case-fatality rate "edged down to 1.9 percent", a week after 2.0 percent: it moved since
    earlier = _rate("s1", "A", "2.0 percent", "2031-03-02", "The case-fatality rate stands at 2.0 percent.")
    moved = "The case-fatality rate edged down to 1.9 percent in the latest bulletin."
    found = conflicts._detect("case", "mortality.rate", [earlier, _rate("s2", "B", "1.9 percent", "2031-03-09", moved)])
    assert found.headline[0] == "update" and "edged down to" in found.headline[1]
    # ... told the next day, the same bulletin's figure told otherwise: a contradiction
    found = conflicts._detect("case", "mortality.rate", [earlier, _rate("s2", "B", "1.9 percent", "2031-03-03", moved)])
    assert found.headline[0] == "contradiction"


def _day(source: str, outlet: str, raw: str, published: str):
    value = values.normalize(raw, kind="date", ref_date=date.fromisoformat(published[:10]))
    return conflicts.Appearance(f"c-{source}", "candidate", raw, source, outlet, published, "asserts", None, raw, raw,
                                value, value.canonical(), 0)


def test_a_day_still_ahead_and_a_day_already_past_are_two_happenings_and_two_days_ahead_contradict():
    # "voters will go to the polls on Sunday, March 22" against "the last election, in November 2024": two elections
    found = conflicts._detect("case", "election.date", [_day("s1", "A", "Sunday, March 22", "2026-02-11T20:00"),
                                                        _day("s2", "B", "November 2024", "2026-02-11T21:00")])
    assert found.headline is None
    # ... while two reports of the day set, a week apart, contradict each other
    found = conflicts._detect("case", "election.date", [_day("s1", "A", "Sunday, March 22", "2026-02-11T20:00"),
                                                        _day("s2", "B", "Sunday, March 29", "2026-02-11T21:00")])
    assert found.headline[0] == "contradiction"
