"""Reading claim values and comparing them (claimtrack.values)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import values
from claimtrack.values import VALUE_TYPES, Value, compare, normalize

WED = date(2024, 3, 13)  # a Wednesday
SUN = date(2024, 3, 10)  # a Sunday

NORMALIZE_CASES = [
    # digits outside ASCII that float() alone would refuse
    ("\u24f5 dead", None, "count 1"),
    ("\u0663\u0660 people", None, "count 30"),
    # counts: digits, words, bounds, vague words
    ("at least 62 people", None, "count >=62"),
    ("more than 1,300 homes", None, "count >1300"),
    ("Fourteen", None, "count 14"),
    ("twenty-three miners", None, "count 23"),
    ("one hundred and twenty", None, "count 120"),
    ("a dozen", None, "count 12"),
    ("half a dozen", None, "count 6"),
    ("dozens of villagers", None, "count 24..<100"),
    ("hundreds of protesters", None, "count 200..<1000"),
    ("tens of thousands of evacuees", None, "count 20000..<100000"),
    ("several", None, "count 3..9"),
    ("a few", None, "count 2..5"),
    ("a few hundred", None, "count 200..500"),
    ("nearly 300 passengers", None, "count 270..<300"),
    ("almost 50", None, "count 45..<50"),
    ("about 4,000 troops", None, "count ~4000"),
    ("roughly 600", None, "count ~600"),
    ("some 70 lawmakers", None, "count ~70"),
    ("fewer than 10 survivors", None, "count <10"),
    ("up to 30 jurors", None, "count <=30"),
    ("no more than 12", None, "count <=12"),
    ("between 20 and 30 candidates", None, "count 20..30"),
    ("20-30", None, "count 20..30"),
    ("12 to 15 firefighters", None, "count 12..15"),
    ("three or four", None, "count 3..4"),
    ("1 200 voters", None, "count 1200"),
    ("2.3 million voters", None, "count 2300000"),
    ("5m people", None, "count 5000000"),
    ("no casualties", None, "count 0"),
    ("  AT LEAST   forty-one ", None, "count >=41"),
    ("40-odd", None, "count >40..<50"),
    ("an estimated 15,000 marchers", None, "count ~15000"),
    ("half a million", None, "count 500000"),
    ("100,000-plus", None, "count >=100000"),
    ("more than a dozen", None, "count >12"),
    # money
    ("$1.5 billion", None, "money 1500000000 USD"),
    ("US$3.2bn", None, "money 3200000000 USD"),
    ("€20m", None, "money 20000000 EUR"),
    ("£300,000", None, "money 300000 GBP"),
    ("20 million euros", None, "money 20000000 EUR"),
    ("5bn roubles", None, "money 5000000000 RUB"),
    ("1.2 trillion yuan", None, "money 1200000000000 CNY"),
    ("nearly $2 billion in aid", None, "money 1800000000..<2000000000 USD"),
    ("between $10 million and $12 million", None, "money 10000000..12000000 USD"),
    ("$1-2 billion", None, "money 1000000000..2000000000 USD"),
    ("Rs 5 crore", None, "money 50000000 INR"),
    ("a $700 billion budget", None, "money 700000000000 USD"),
    ("hundreds of millions of dollars", None, "money 200000000..<1000000000 USD"),
    # percent
    ("12%", None, "percent 12"),
    ("12 per cent", None, "percent 12"),
    ("4.5 percent", None, "percent 4.5"),
    ("about 52%", None, "percent ~52"),
    ("3 percentage points", None, "percent 3 pp"),
    # a hundredth of a percentage point, and shares of one in words (once read as 50, 75, 2 or 30)
    ("50 basis points", None, "percent 0.5 pp"),
    ("25bp", None, "percent 0.25 pp"),
    ("half a percentage point", None, "percent 0.5 pp"),
    ("three-quarters of a percentage point", None, "percent 0.75 pp"),
    ("one-tenth of a percentage point", None, "percent 0.1 pp"),
    ("nearly half a percentage point", None, "percent 0.45..<0.5 pp"),
    # a bare "point" may be an index's: kept as text unless a percent is being read (see KIND_CASES)
    ("two-tenths of a point", None, None),
    ("a quarter point", None, None),
    ("more than 60% of voters", None, "percent >60"),
    # quantities, converted within their dimension
    ("10 miles", None, "quantity 16.09344 km"),
    ("a fifth of a mile", None, "quantity 0.3218688 km"),  # once read as a whole mile
    ("two-tenths of a second", None, "duration 0.2s"),
    ("a 40km stretch", None, "quantity 40 km"),
    ("500 metres", None, "quantity 0.5 km"),
    ("7.8-magnitude", None, "quantity 7.8 mag"),
    ("magnitude 6.1", None, "quantity 6.1 mag"),
    ("2 million tonnes of grain", None, "quantity 2000000000 kg"),
    ("200 hectares", None, "quantity 2 km2"),
    ("130 km/h", None, "quantity 130 km/h"),
    ("45C", None, "quantity 45 C"),
    ("1,000 barrels", None, "quantity 158987.2949 l"),
    # oil a day is a rate, in whatever words: never an amount of oil
    ("1.2 million barrels a day", None, "quantity 1200000 bbl/d"),
    ("1.2 million bpd", None, "quantity 1200000 bbl/d"),
    ("300,000 barrels of oil per day", None, "quantity 300000 bbl/d"),
    ("120-130 km/h", None, "quantity 120..130 km/h"),
    # durations, days as the unit
    ("three-day", None, "duration 3d"),
    ("four-day strike", None, "duration 4d"),
    ("72-hour ceasefire", None, "duration 3d"),
    ("a week", None, "duration 7d"),
    ("two weeks", None, "duration 14d"),
    ("a month", None, "duration 28..31d"),
    ("six months", None, "duration 181..184d"),
    ("48 hours", None, "duration 2d"),
    ("half an hour", None, "duration 0.5h"),
    ("a year", None, "duration 365..366d"),
    ("a day and a half", None, "duration 1.5d"),
    ("three-and-a-half-hour", None, "duration 3.5h"),
    ("90 minutes", None, "duration 1.5h"),
    ("two-to-three-week", None, "duration 14..21d"),
    ("a fortnight", None, "duration 14d"),
    ("a week-long trial", None, "duration 7d"),
    ("a weeklong trial", None, "duration 7d"),
    ("Monthlong", None, "duration 28..31d"),
    ("a yearlong inquiry", None, "duration 365..366d"),
    # absolute, partial and ranged dates
    ("March 3, 2024", None, "date 2024-03-03"),
    ("3 March 2024", None, "date 2024-03-03"),
    ("2024-03-03", None, "date 2024-03-03"),
    ("the 3rd of March, 2024", None, "date 2024-03-03"),
    ("16/04/2023", None, "date 2023-04-16"),
    ("February 2024", None, "date 2024-02"),
    ("February", WED, "date 2024-02"),
    ("February", None, "date ? month:02"),
    ("May", WED, "date 2023-05"),
    ("March 3", WED, "date 2024-03-03"),
    ("December 28", WED, "date 2023-12-28"),
    # a day with its month within two months after the report is that coming day, not one ten months or more
    # before; further ahead, the last one
    ("March 20", WED, "date 2024-03-20"),
    ("April 12", WED, "date 2024-04-12"),
    ("May 14", WED, "date 2024-05-14"),
    ("May 15", WED, "date 2023-05-15"),
    ("March 3", None, "date ? month-day:03-03"),
    ("late February", WED, "daterange 2024-02-21..2024-02-29"),
    ("early March 2023", None, "daterange 2023-03-01..2023-03-10"),
    ("mid-January", WED, "daterange 2024-01-11..2024-01-20"),
    ("March 4-6", WED, "daterange 2024-03-04..2024-03-06"),
    ("Feb 27 - March 2, 2024", None, "daterange 2024-02-27..2024-03-02"),
    ("Q3 2022", None, "daterange 2022-07-01..2022-09-30"),
    ("Thursday, March 7, 2024", None, "date 2024-03-07"),
    # relative dates, read against the publication date
    ("Sunday", WED, "date 2024-03-10"),
    ("on Sunday", SUN, "date 2024-03-10"),
    ("last Sunday", SUN, "date 2024-03-03"),
    ("Sunday", None, "date ? weekday:SU"),
    ("Tuesday night", WED, "date 2024-03-12"),
    ("yesterday", WED, "date 2024-03-12"),
    ("yesterday", None, "date ? yesterday"),
    ("last week", WED, "daterange 2024-03-04..2024-03-10"),
    ("last month", WED, "date 2024-02"),
    ("three days ago", WED, "date 2024-03-10"),
    # a count of months or years ago is within half of one of them; one month or "weeks" ago stays loose
    ("26 months ago", WED, "daterange 2021-12-24..2022-01-30"),  # about 13 January 2022
    ("two years ago", WED, "daterange 2021-09-11..2022-09-13"),  # about 13 March 2022
    ("a month ago", WED, "daterange 2024-01-26..2024-02-23"),
    ("the past week", WED, "daterange 2024-03-06..2024-03-13"),
    # years
    ("2018", None, "year 2018"),
    ("in 2018", None, "year 2018"),
    ("2019-20", None, "year 2019..2020"),
    ("the 1990s", None, "year 1990..1999"),
    ("last year", WED, "year 2023"),
    ("last year", None, "year ? last-year"),
    # wording around the figure
    ("€1.5 billion ($1.6 billion)", None, "money 1500000000 EUR"),
    ("winds of 150 km/h", None, "quantity 150 km/h"),
    ("the death toll rose to 41", None, "count 41"),
    ("has passed 1,500", None, "count >1500"),
    # crowns are several countries' currency: a name shared, comparable with the same name only
    ("14.2 billion crowns", None, "money 14200000000 crowns"),
    ("a record 3.5 million", None, "count 3500000"),
    ("16-Apr-2023", None, "date 2023-04-16"),
    ("in the early hours of Sunday", WED, "date 2024-03-10"),
    # a day named with its weekday that fell on no such date in the year before the report (nor in the weeks
    # after it) is kept as text: the latest year it did, 2019, would be a guess
    ("Tuesday 5 November", WED, None),
    ("Sunday 5 November", WED, "date 2023-11-05"),
    ("Sunday, March 29", date(2026, 2, 11), "date 2026-03-29"),
    # a day named with its weekday in the weeks after the report is that day, no year long gone
    ("Friday, March 15", WED, "date 2024-03-15"),
    ("Monday, March 11", WED, "date 2024-03-11"),
    ("late last year", WED, "daterange 2023-09-01..2023-12-31"),
    ("1 hour 30 minutes", None, "duration 1.5h"),
    # yes / no
    ("Yes", None, "yes"),
    ("denied", None, "no"),
    ("TRUE.", None, "yes"),
    ("false", None, "no"),
    ("confirmed", None, "yes"),
    # not machine-readable: kept as text
    ("", None, None),
    ("the mayor resigned", None, None),
    ("04/05/2023", None, None),
    ("February 30, 2024", None, None),
    ("Monday, March 7, 2024", None, None),
    ("two-thirds of voters", None, None),
    ("many", None, None),
    ("12 people, including 3 children", None, None),
    ("killed 12", None, None),
    # shares in words: rounded figures, so bare they read as "about"; a share is at most the whole
    ("two-thirds", None, "percent ~66.67"),
    ("Two thirds", None, "percent ~66.67"),
    ("a fifth", None, "percent ~20"),
    ("three-quarters", None, "percent ~75"),
    ("half", None, "percent ~50"),
    ("nearly half", None, "percent 45..<50"),
    ("more than a third", None, "percent >33.33..100"),
    ("at least half", None, "percent 50..100"),
    ("one in five", None, "percent ~20"),
    ("nine out of ten", None, "percent ~90"),
    ("one out of every four", None, "percent ~25"),
    ("1 in 4", None, "percent ~25"),
    ("five in two", None, None),
    ("one in one", None, None),
    ("half a million", None, "count 500000"),
    ("by 2030", None, None),
    ("3-1", None, None),
    ("around 5pm", None, "time 16:30..17:30"),
    ("16th", None, None),
]


@pytest.mark.parametrize("raw, ref, expected", NORMALIZE_CASES)
def test_normalize(raw, ref, expected):
    value = normalize(raw, ref_date=ref)
    assert value.canonical() == expected
    assert value.raw == raw
    if expected is None:
        assert value.type == "text" and value.note
    elif "?" in expected:
        assert value.resolved is False and value.note and value.relative


KIND_CASES = [
    ("2018", "count", "count 2018"),
    ("1.5 million", "money", "money 1500000"),
    ("12", "percent", "percent 12"),
    ("2021", "date", "date 2021"),
    ("last year", "date", "date 2023"),
    ("three days", "count", None),
    ("March 2021", "year", None),
    ("yes", "count", None),
    ("40", "text", None),
    ("maybe", "bool", None),
    ("four", "duration", None),
    ("a quarter point", "percent", "percent 0.25 pp"),
    ("a half-point", "percent", "percent 0.5 pp"),
    ("three-tenths of a point", "percent", "percent 0.3 pp"),
    ("about a tenth of a point", "percent", "percent ~0.1 pp"),
    ("75 bps", "percent", "percent 0.75 pp"),
]


@pytest.mark.parametrize("raw, kind, expected", KIND_CASES)
def test_normalize_with_kind_hint(raw, kind, expected):
    value = normalize(raw, ref_date=WED, kind=kind)
    assert value.canonical() == expected
    if expected is None:
        assert value.type == "text" and value.note


COMPARE_CASES = [
    ("at least 40", None, "52", None, "agree"),
    ("at least 40", None, "35", None, "conflict"),
    ("more than 20", None, "24", None, "agree"),
    ("more than 20", None, "20", None, "conflict"),
    # large figures: one apart is a different figure; a decimal times a scale word is the same figure
    ("999,999,999", None, "1,000,000,000", None, "conflict"),
    ("3.3 billion", None, "3,300,000,000", None, "agree"),
    ("2.675 million", None, "2,675,000", None, "agree"),
    ("dozens", None, "40", None, "agree"),
    ("dozens", None, "6", None, "conflict"),
    ("at least 40", None, "dozens", None, "agree"),
    ("three-day", None, "four-day", None, "conflict"),
    ("a week", None, "seven days", None, "agree"),
    ("72 hours", None, "three days", None, "agree"),
    ("four-day", None, "96 hours", None, "agree"),
    ("about 40", None, "42", None, "agree"),
    ("about 40", None, "50", None, "conflict"),
    ("10-20", None, "15", None, "agree"),
    ("10-20", None, "25", None, "conflict"),
    ("12", None, "12", None, "agree"),
    ("12", None, "13", None, "conflict"),
    ("12", None, "twelve", None, "agree"),
    ("nearly 50", None, "48", None, "agree"),
    ("nearly 50", None, "50", None, "conflict"),
    ("fewer than 10", None, "9", None, "agree"),
    ("fewer than 10", None, "10", None, "conflict"),
    ("up to 30", None, "30", None, "agree"),
    ("hundreds", None, "1,200", None, "conflict"),
    ("several hundred", None, "450", None, "agree"),
    ("tens of thousands", None, "35,000", None, "agree"),
    ("a dozen", None, "twelve", None, "agree"),
    ("no deaths", None, "one", None, "conflict"),
    ("no deaths", None, "zero", None, "agree"),
    ("10 miles", None, "16 km", None, "agree"),
    ("10 miles", None, "20 km", None, "conflict"),
    ("5 km", None, "5,000 metres", None, "agree"),
    ("86F", None, "30C", None, "agree"),
    ("10 km", None, "10 kg", None, "incomparable"),
    ("$1.5 billion", None, "$1,500 million", None, "agree"),
    ("$1.5 billion", None, "€1.5 billion", None, "incomparable"),
    ("$1.5 billion", None, "$2 billion", None, "conflict"),
    ("about $1.5 billion", None, "$1.6 billion", None, "agree"),
    ("12%", None, "12 per cent", None, "agree"),
    ("12%", None, "15%", None, "conflict"),
    # a figure written with fewer decimals is the other rounded, if it is close: "58%" for "58.3%"
    ("58%", None, "58.3 percent", None, "agree"),
    ("42%", None, "41.7%", None, "agree"),
    ("58%", None, "58.6%", None, "conflict"),
    ("3.0%", None, "2.9%", None, "conflict"),
    ("2%", None, "2.4%", None, "conflict"),
    ("$18.6 billion", None, "$18.62 billion", None, "agree"),
    ("$2 billion", None, "$1.6 billion", None, "conflict"),
    ("more than 60% of voters", None, "58%", None, "conflict"),
    ("3 percentage points", None, "3%", None, "incomparable"),
    ("a month", None, "30 days", None, "agree"),
    ("a month", None, "six weeks", None, "conflict"),
    ("a year", None, "12 months", None, "agree"),
    ("half an hour", None, "30 minutes", None, "agree"),
    ("April", date(2023, 5, 2), "April 16, 2023", None, "agree"),
    ("April 2023", None, "May 3, 2023", None, "conflict"),
    ("Sunday", date(2023, 4, 18), "April 16", date(2023, 4, 24), "agree"),
    ("Sunday", None, "April 16, 2023", None, "unresolved"),
    ("Sunday", None, "Sunday", None, "unresolved"),
    ("2018", None, "September 20, 2018", None, "agree"),
    ("2018", None, "2019", None, "conflict"),
    ("in 2018", None, "March 2019", None, "conflict"),
    ("last year", WED, "2023", None, "agree"),
    ("the 1990s", None, "1995", None, "agree"),
    ("the 1990s", None, "2001", None, "conflict"),
    ("last week", WED, "Friday", WED, "agree"),
    ("three days ago", WED, "Sunday", WED, "agree"),
    ("late February", WED, "February 25, 2024", None, "agree"),
    ("early March 2024", None, "March 20, 2024", None, "conflict"),
    ("March 4-6", WED, "March 5, 2024", None, "agree"),
    ("March 4-6", WED, "March 8, 2024", None, "conflict"),
    ("yesterday", WED, "March 12, 2024", None, "agree"),
    ("yes", None, "confirmed", None, "agree"),
    ("yes", None, "denied", None, "conflict"),
    ("yes", None, "12", None, "incomparable"),
    ("The mayor resigned", None, "the mayor  resigned", None, "agree"),
    ("the mayor resigned", None, "the mayor quit", None, "incomparable"),
    ("12 people", None, "12 km", None, "incomparable"),
    # a share in words against the same share in digits
    ("two-thirds", None, "66%", None, "agree"),
    ("one in five", None, "20 percent", None, "agree"),
    ("one in five", None, "30%", None, "conflict"),
    ("more than half", None, "48%", None, "conflict"),
    ("nearly half", None, "49.5%", None, "agree"),
    ("a third", None, "one in three", None, "agree"),
    ("12", None, "12%", None, "incomparable"),
    ("2018", None, "2018 people", None, "incomparable"),
    # clock times: on their day where the wording names one, else as times of day
    ("7:58 pm", None, "around 8 pm", None, "agree"),
    ("7:58 pm", None, "8 pm", None, "agree"),  # a bare hour is a rounded figure
    ("7:58 pm", None, "8:40 pm", None, "conflict"),
    ("19:58", None, "7:58 pm", None, "agree"),
    ("around midnight", None, "11:52 pm", None, "agree"),
    ("8 pm Sunday", WED, "7:58 pm", None, "agree"),
    ("8 pm Sunday", WED, "Sunday", WED, "agree"),
    ("8 pm Sunday", WED, "Saturday", WED, "conflict"),
    ("7:58 pm on March 10, 2024", None, "8 pm Sunday", WED, "agree"),
    ("7:58 pm on March 9, 2024", None, "8 pm Sunday", WED, "conflict"),
    ("0200 GMT", None, "2 am", None, "incomparable"),  # another zone
    ("8 pm", None, "8 pm Sunday", None, "agree"),
    ("8 pm", None, "20", None, "incomparable"),
    # bounds on both sides, decades, quarters, minor units, shared currency names
    ("more than 150 but fewer than 400", None, "399", None, "agree"),
    ("more than 150 but fewer than 400", None, "400", None, "conflict"),
    ("the 70s", WED, "1977", None, "agree"),
    ("the 70s", WED, "1981", None, "conflict"),
    ("Q3", WED, "August 2023", None, "agree"),
    ("last quarter", WED, "February 2024", None, "conflict"),
    ("75 cents", None, "$0.75", None, "agree"),
    ("9 million pesos", None, "9 million Mexican pesos", None, "incomparable"),
    ("9 million pesos", None, "8 million pesos", None, "conflict"),
    ("Christmas Eve", WED, "December 24, 2023", None, "agree"),
]


@pytest.mark.parametrize("a, ref_a, b, ref_b, expected", COMPARE_CASES)
def test_compare(a, ref_a, b, ref_b, expected):
    va, vb = normalize(a, ref_date=ref_a), normalize(b, ref_date=ref_b)
    assert compare(va, vb) == expected
    assert compare(vb, va) == expected


AT_BOUND = [
    # a round figure given for the bound another states: the wording's difference, not the fact's
    ("120", "more than 120", True), ("300", "fewer than 300", True), ("900", "over 900", True),
    ("14", "more than 14", False),  # not a round figure: a different count
    ("120", "more than 100", False),  # they agree: no pair to tell apart
    ("130", "more than 120", False), ("100", "at least 120", False),
    ("50%", "more than 50%", False),  # a share against a threshold is never waved through
]


@pytest.mark.parametrize("a, b, expected", AT_BOUND)
def test_a_round_figure_at_another_s_bound_is_told_apart(a, b, expected):
    va, vb = normalize(a), normalize(b)
    assert values.at_bound(va, vb) is expected and values.at_bound(vb, va) is expected
    if expected:
        assert compare(va, vb) == "conflict"  # strictly, both cannot hold: the comparison itself still says so


def test_count_compares_with_unitless_quantity():
    quantity = normalize("40", kind="quantity")
    assert quantity.type == "quantity" and quantity.unit is None
    assert compare(normalize("at least 30"), quantity) == "agree"
    assert compare(quantity, normalize("fewer than 40")) == "conflict"


def test_date_kind_and_year_compare_at_year_precision():
    assert compare(normalize("2018", kind="date"), normalize("September 20, 2018")) == "agree"
    assert compare(normalize("2018", kind="date"), normalize("2019")) == "conflict"


def test_json_round_trip_keeps_every_field():
    v = normalize("more than 20 km", ref_date=WED)
    d = v.to_json()
    assert d["canonical"] == "quantity >20 km"
    assert Value.from_json(json.loads(json.dumps(d))) == v
    with pytest.raises(ValueError):
        Value.from_json({"raw": "x"})


def test_relative_value_keeps_how_it_was_read():
    v = normalize("Sunday", ref_date=WED)
    assert v.resolved and v.relative == "weekday:SU" and v.precision == "day"
    assert normalize("Sunday").note == "no publication date to resolve 'Sunday'"


def test_importing_the_package_loads_no_reader():
    import subprocess
    import sys

    code = ("import sys; from claimtrack import values; "
            "print(sorted(m for m in sys.modules if m.startswith('claimtrack.values.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_dateutil_not_imported_for_numbers():
    import subprocess
    import sys

    code = ("import sys; from claimtrack.values import normalize; normalize('at least 40'); "
            "normalize('March 3, 2024'); normalize('Sunday'); print('dateutil' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- properties

_PHRASES = st.one_of(
    st.builds(lambda q, n, u: f"{q}{n}{u}",
              st.sampled_from(["", "at least ", "more than ", "about ", "nearly ", "up to ", "fewer than ",
                               "between 3 and ", "some ", "~"]),
              st.integers(min_value=0, max_value=10**7),
              st.sampled_from(["", " people", "%", " km", " miles", " kg", " days", "-hour", " weeks",
                               " months", " million", "bn", " per cent"])),
    st.builds(lambda c, n, s: f"{c}{n}{s}", st.sampled_from(["$", "€", "£", "US$"]),
              st.integers(min_value=1, max_value=999), st.sampled_from(["", "m", " million", "bn", " billion"])),
    st.sampled_from(["dozens", "hundreds", "a few", "several", "a dozen", "three-day", "a week", "a month",
                     "Sunday", "last week", "yesterday", "April 16", "late March", "April 2023",
                     "April 16, 2023", "2018", "in 2019", "the 1990s", "yes", "no", "denied", "the mayor quit",
                     "", "12 people, including 3 children", "March 21-23", "a month ago", "last year"]),
    st.builds(lambda d: d.strftime("%B %d, %Y"), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1))),
)
_REFS = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), _REFS, st.sampled_from((None,) + VALUE_TYPES))
def test_reader_never_raises_on_any_text(raw, ref, kind):
    value = values._normalize(raw, ref, kind)  # the strict reader: no safety net
    assert value.type in VALUE_TYPES and value.raw == raw
    if value.type == "text":
        assert value.canonical() is None and value.note


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_normalize_never_raises_on_arbitrary_unicode(raw):
    assert normalize(raw).raw == raw


@settings(max_examples=300, deadline=None)
@given(_PHRASES, _REFS, _PHRASES, _REFS)
def test_compare_is_symmetric(a, ref_a, b, ref_b):
    va, vb = normalize(a, ref_date=ref_a), normalize(b, ref_date=ref_b)
    assert compare(va, vb) == compare(vb, va)


@settings(max_examples=300, deadline=None)
@given(_PHRASES, _REFS)
def test_resolved_value_agrees_with_itself(raw, ref):
    v = normalize(raw, ref_date=ref)
    if v.type != "text" and v.resolved:
        assert compare(v, v) == "agree"
        assert compare(v, normalize(raw, ref_date=ref)) == "agree"


@settings(max_examples=300, deadline=None)
@given(_PHRASES, _REFS)
def test_json_round_trip(raw, ref):
    v = normalize(raw, ref_date=ref)
    assert Value.from_json(json.loads(json.dumps(v.to_json()))) == v


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))
def test_bounds_match_integer_order(n, m):
    other = normalize(f"{m} people")  # a bare 1800..2100 would read as a year
    exact = compare(normalize(f"{n:,}"), other)
    assert exact == ("agree" if n == m else "conflict")
    at_least = compare(normalize(f"at least {n}"), other)
    assert at_least == ("agree" if m >= n else "conflict")
    more_than = compare(normalize(f"more than {n} people"), other)
    assert more_than == ("agree" if m > n else "conflict")


# ------------------------------------------- readings shared across reference dates

# A wording that reads the same on every date is read once (values.date_free): these tables and the
# property below check each shared reading against the wording read afresh against that very date.
_DATE_WORDINGS = [
    "16 April 2023", "April 16, 2023", "2023-04-16", "2023-04", "16/04/2023", "04/05/2023", "16.04.2023",
    "April 2023", "in April 2023", "April 16", "16 April", "April", "mid-April", "late March", "late March 2023",
    "early 2023", "first half of 2023", "Q3 2022", "the third quarter of 2022", "2018", "in 2018", "2019-20",
    "1998 to 2004", "the 1990s", "the late 1980s", "circa 1850", "1969", "Sunday", "on Sunday", "last Sunday",
    "this Tuesday", "next Friday", "Tuesday 5 November", "Tuesday, 5 November 2019", "Monday, March 7, 2024",
    "yesterday", "today", "last night", "the day before yesterday", "three days ago", "a month ago",
    "weeks ago", "the past week", "over the last 24 hours", "last week", "this month", "next year",
    "last year", "this year", "earlier this year", "later this month", "last weekend", "the weekend",
    "last April", "April last year", "late last year", "early last year", "mid last year",
    "first half of last year", "Q3 last year", "April 10-16, 2023", "April 10-16", "between March 3 and 5",
    "March 21-23", "December 30 to January 2", "February 29", "29 February 2024", "February 29, 2023",
    "February 30", "2023 April 16", "16-Apr-2023", "in the early hours of Sunday", "at 5pm on Sunday",
    "Sunday at 3:30 p.m. local time", "300 people", "at least 62", "three-day", "yes", "the mayor quit", "",
]
_REF_DATES = [None, date(2024, 2, 29), date(2023, 12, 31), date(2024, 1, 1), SUN, WED, date(2019, 3, 15),
              date(1001, 1, 1), date(9998, 12, 31), date(2100, 3, 1)]


def _fresh(raw, ref, kind):
    """The wording read against this date, with nothing shared from another date."""
    return values._read.__wrapped__(raw, ref, values._kind(kind))


@pytest.mark.parametrize("kind", [None, "date", "year"])
@pytest.mark.parametrize("raw", _DATE_WORDINGS)
def test_shared_reading_is_the_reading_on_that_date(raw, kind):
    free = values.date_free(raw, kind)
    undated = _fresh(raw, None, kind)
    assert free == (undated.resolved and undated.relative is None and undated.type != "text")
    for ref in _REF_DATES:
        assert normalize(raw, ref_date=ref, kind=kind) == _fresh(raw, ref, kind)
        if free:
            assert _fresh(raw, ref, kind) == undated


def test_what_is_shared_and_what_is_not():
    assert values.date_free("16 April 2023") and values.date_free("1969", "year")
    assert values.date_free("300 people") and values.date_free("Sunday", "count")  # only dates read dates
    for raw in ("Sunday", "April 16", "last year", "three days ago", "late last year", "Tuesday 5 November"):
        assert not values.date_free(raw), raw


def test_part_of_last_year_without_a_date_is_unresolved():
    # read without a publication date it was unreadable text; it is a date that needs one
    for raw, relative, on_wed in [("early last year", "last-year:early", "daterange 2023-01-01..2023-04-30"),
                                  ("first half of last year", "last-year:first-half",
                                   "daterange 2023-01-01..2023-06-30"),
                                  ("Q3 last year", "last-year:q-3", "daterange 2023-07-01..2023-09-30")]:
        undated = normalize(raw)
        assert (undated.type, undated.resolved, undated.relative) == ("date", False, relative)
        assert normalize(raw, ref_date=WED).canonical() == on_wed
    assert normalize("banana last year").type == "text"


_DATE_TOKENS = st.sampled_from(
    ["16", "5", "29", "31", "2023", "2019", "1969", "04", "16/04/2023", "2023-04-16", "2023-04", "April", "Feb",
     "February", "Sept.", "December", "Sunday", "Tuesday", "last", "this", "next", "past", "early", "late", "mid",
     "the", "of", "on", "in", "year", "month", "week", "weekend", "days", "weeks", "ago", "three", "a", "half",
     "first", "quarter", "Q3", "yesterday", "today", "night", "between", "and", "to", "-", ",", "5pm", "1990s"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_TOKENS, min_size=1, max_size=5).map(" ".join),
       st.dates(min_value=date(values.ANY_YEAR[0], 1, 1), max_value=date(values.ANY_YEAR[1], 12, 31)),
       st.sampled_from([None, "date", "year"]))
def test_shared_reading_holds_for_any_wording_and_date(raw, ref, kind):
    assert normalize(raw, ref_date=ref, kind=kind) == _fresh(raw, ref, kind)
