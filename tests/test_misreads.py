"""No silent misreads: each kind of wording that was read wrong now reads right, or stays text and says why.

One table a kind, in the order the kinds are listed in the project's notes on value reading.
An expected value is the canonical reading, or "text: ..." with words the note must hold.
Every wording here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.values import normalize

TUESDAY = date(2023, 4, 18)


def _check(raw, expected, ref=TUESDAY, kind=None):
    value = normalize(raw, ref_date=ref, kind=kind)
    if expected.startswith("text:"):
        assert value.type == "text", (raw, value.canonical())
        assert expected[5:].strip() in value.note, (raw, value.note)
    else:
        assert value.canonical() == expected, (raw, value.note)


DECIMALS_WITHOUT_A_LEADING_ZERO = [
    (".5 percent", "percent 0.5"),
    (".25 points", "count 0.25"),
    (".75 miles", "quantity 1.207008 km"),
    ("$.99", "money 0.99 USD"),
    ("No.5", "text: not a number"),  # a label, not a decimal
]

DECIMAL_COMMAS = [
    ("3,5 million", "count 3500000"),
    ("1,5 km", "quantity 1.5 km"),
    ("0,75 percent", "percent 0.75"),
    ("1,500 residents", "count 1500"),  # three digits after a comma: thousands, as English copy writes them
    ("2.400 residents", "text: a decimal point or a thousands separator"),  # 2.4 in English, 2400 in translation
    ("2.400 million", "count 2400000"),  # a scale word after it: a decimal
]

NUMBERS_BROKEN_BY_A_SPACE = [
    ("1 250 voters", "count 1250"),  # a thin space between thousands
    ("3 7 voters", "text: more than one number"),
    ("20, 000 voters", "text: more than one number"),
    ("6 .5 million", "text: more than one number"),
]

ONE_AS_A_PRONOUN = [
    ("one of them", "text: picks one out of a group"),
    ("one of the miners", "text: picks one out of a group"),
    ("one of whom died later", "text: picks one out of a group"),
    ("one miner", "count 1"),
]

MAGNITUDES_GLUED_TO_THE_NUMBER = [
    ("$6.2bn", "money 6200000000 USD"),
    ("€40m", "money 40000000 EUR"),
    ("4m", "text: metres or million"),
    ("4m residents", "count 4000000"),
    ("a 4m-high fence", "quantity 0.004 km"),
    ("4 m", "quantity 0.004 km"),
    ("7mil", "count 7000000"),
    ("$7mil", "money 7000000 USD"),
    ("$7b", "money 7000000000 USD"),
    ("7b residents", "text: no scale or unit"),
    ("12k", "count 12000"),
]

X_MILLION_AND_A_HALF = [
    ("three million and a half", "count 3500000"),
    ("a billion and a half", "count 1500000000"),
    ("a dozen and a half", "count 18"),
    ("4 million and a half", "count 4500000"),
    ("three and a half million", "count 3500000"),
    ("a week and a half", "duration 10.5d"),
]

X_AND_A_QUARTER = [
    ("seven and a quarter", "count 7.25"),
    ("two and three quarters", "count 2.75"),
    ("six and a third miles", "quantity 10.192512 km"),
    ("an hour and a quarter", "duration 75min"),
    ("seven and a quarters", "text: a fraction"),  # no such fraction: never read as seven
]

MIXED_FRACTIONS = [
    ("3 1/2 miles", "quantity 5.632704 km"),
    ("1/4 mile", "quantity 0.402336 km"),
    ("6 1/2 hours", "duration 6.5h"),
    ("2/3", "text: a fraction, a date or a score"),
    ("7/10 voters", "text: a fraction, a date or a score"),
    ("24/7", "text: a rate or a ratio"),
]

SUPERSCRIPTS = [
    ("3²", "text: a power"),
    ("10⁹ cells", "text: a power"),
    ("40 km²", "quantity 40 km2"),
    ("8 m³", "quantity 8000 l"),
]

BOUND_SIGNS = [
    ("≥ 25", "count >=25"),
    (">= 25", "count >=25"),
    ("=> 25", "count >=25"),
    ("≤ 8", "count <=8"),
    ("<= 8", "count <=8"),
    ("> 25", "count >25"),
    ("< 8", "count <8"),
]

BOUND_WORDS = [
    ("25 or more", "count >=25"),
    ("25 or greater", "count >=25"),
    ("25 and over", "count >=25"),
    ("65 or older", "count >=65"),
    ("no fewer than 25", "count >=25"),
    ("not fewer than 25", "count >=25"),
    ("more than 25", "count >25"),
    ("upwards of 25", "count >25"),
    ("25 and under", "count <=25"),
    ("25 or below", "count <=25"),
    ("25 or lower", "count <=25"),
    ("18 or younger", "count <=18"),
    ("fewer than 25", "count <25"),
]

TWO_SIDED_BOUNDS = [
    ("more than 150 but fewer than 400", "count >150..<400"),
    ("at least 8 and no more than 12", "count 8..12"),
    ("over 30 yet under 45", "count >30..<45"),
    ("more than $2 million but less than $3 million", "money >2000000..<3000000 USD"),
    ("more than 400 but fewer than 150", "text: an empty range"),
    ("more than 5 km but less than 9", "text: no unit of its own"),
]

MONEY_RANGES = [
    ("between $4 billion and $6 billion", "money 4000000000..6000000000 USD"),
    ("$4-$6 billion", "money 4000000000..6000000000 USD"),
    ("€2m-€3m", "money 2000000..3000000 EUR"),
    ("$4 billion-$6 billion", "money 4000000000..6000000000 USD"),
    ("$4-£6", "text: two different currencies"),
    ("$6-$4", "text: a range whose ends are reversed"),
]

CENTS_AND_PENCE = [
    ("75 cents", "money 0.75 USD"),
    ("49¢", "money 0.49 USD"),
    ("35p", "money 0.35 GBP"),
    ("35 pence", "money 0.35 GBP"),
    ("20 euro cents", "money 0.2 EUR"),
    ("49c", "text: cents or degrees Celsius"),
    ("31C", "quantity 31 C"),
]

CURRENCIES_NAMED_AFTER_THE_NUMBER = [
    ("300 Chinese yuan", "money 300 CNY"),
    ("2 billion Japanese yen", "money 2000000000 JPY"),
    ("80 million Russian rubles", "money 80000000 RUB"),
    ("15 South African rand", "money 15 ZAR"),
    ("9 million Mexican pesos", "money 9000000 MXN"),
    ("9 million pesos", "money 9000000 pesos"),  # several currencies share the name: money in that name
    ("300 Atlantis yuan", "text: a currency ('yuan') apart from the figure"),
    ("12 pounds", "text: a weight and several currencies"),
    ("12 pounds sterling", "money 12 GBP"),
]

LAKH_AND_CRORE = [
    ("3 lakh rupees", "money 300000 INR"),
    ("Rs 4.5 crore", "money 45000000 INR"),
    ("₹1.2 lakh crore", "money 1200000000000 INR"),
    ("2.5 lakh people", "count 250000"),
    ("3,00,000 people", "count 300000"),
    ("Rs 1,25,000", "money 125000 INR"),
]

DEGREES_AND_SPEEDS = [
    ("1 degree Fahrenheit", "quantity -17.22222222 C"),
    ("a 3-degree Celsius swing", "quantity 3 C"),
    ("5 degree", "quantity 5 deg"),  # a bare degree: an angle or a temperature, compared only as degrees
    ("90 km/hr", "quantity 90 km/h"),
    ("90 kmph", "quantity 90 km/h"),
    ("90 km an hour", "quantity 90 km/h"),
    ("55 mi/h", "quantity 88.51392 km/h"),
    ("20 kts", "quantity 37.04 km/h"),
    ("20 kt", "text: knots or kilotons"),
    ("90 km per day", "text: a rate or a ratio"),
    ("$15 per hour", "text: a rate or a ratio"),
]

DECADES = [
    ("the 70s", "year 1970..1979"),
    ("the '70s", "year 1970..1979"),
    ("the seventies", "year 1970..1979"),
    ("the early '90s", "year 1990..1993"),
    ("the late 1960s", "year 1966..1969"),
    ("the 20s", "text: the 1920s or the 2020s"),  # the publication's own decade, or a century before?
    ("the 1900s", "text: the decade 1900-1909, or the century"),
    ("in her 70s", "text: an age"),
    ("in their late twenties", "text: an age"),
]

CENTURIES = [
    ("the 19th century", "year 1800..1900"),  # both ways of counting a century's years
    ("the twentieth century", "year 1900..2000"),
    ("the early 21st century", "year 2000..2033"),
    ("three centuries", "duration 109575d"),
]

QUARTERS = [
    ("Q2", "daterange 2023-04-01..2023-06-30"),  # the latest second quarter begun by the publication date
    ("Q3", "daterange 2022-07-01..2022-09-30"),
    ("Q4 2019", "daterange 2019-10-01..2019-12-31"),
    ("the second quarter of 2019", "daterange 2019-04-01..2019-06-30"),
    ("last quarter", "daterange 2023-01-01..2023-03-31"),
    ("this quarter", "daterange 2023-04-01..2023-06-30"),
    ("the fourth quarter", "text: a quarter with no year"),  # of a year, or of a match?
]

HOLIDAYS = [
    ("Christmas Eve", "date 2022-12-24"),
    ("on Boxing Day 2020", "date 2020-12-26"),
    ("New Year's Eve", "date 2022-12-31"),
    ("last Halloween", "date 2022-10-31"),
    ("Orthodox Easter", "date 2023-04-16"),
    ("Western Easter 2022", "date 2022-04-17"),
    ("Easter Monday", "text: Western (2023-04-10) or Orthodox (2023-04-17)"),
    ("Easter 2025", "date 2025-04-20"),  # the churches agree that year
    ("US Thanksgiving 2021", "date 2021-11-25"),
    ("Thanksgiving", "text: the US (November) and Canada (October)"),
    ("Independence Day", "text: each country has its own"),
    ("Eid al-Fitr", "text: a lunar date"),
    ("St. Patrick's Day of 2019", "date 2019-03-17"),  # the year after "of" is the day's
    ("Black Friday", "text: the day after US Thanksgiving"),  # a named weekday, never the last Friday
    ("Bloody Sunday", "text: the name of more than one massacre"),
]

PARTS_OF_A_PERIOD = [
    ("late last month", "daterange 2023-03-21..2023-03-31"),
    ("early this month", "daterange 2023-04-01..2023-04-10"),
    ("mid-last month", "daterange 2023-03-11..2023-03-20"),
    ("the end of the month", "daterange 2023-04-21..2023-04-30"),
    ("the start of next month", "daterange 2023-05-01..2023-05-10"),
    ("late last week", "daterange 2023-04-13..2023-04-16"),
    ("earlier this year", "daterange 2023-01-01..2023-04-18"),
    ("the end of the year", "daterange 2023-09-01..2023-12-31"),
    ("late last year", "daterange 2022-09-01..2022-12-31"),
]

ORDINAL_DAYS = [
    ("on the 9th", "date 2023-04-09"),
    ("on the 25th", "date 2023-03-25"),  # not yet the 25th this month: last month's
    ("the 30th", "date 2023-03-30"),
    ("the 2nd of last month", "date 2023-03-02"),
    ("the first of the month", "date 2023-04-01"),
    ("on the 31st of this month", "text: no day 31"),
    ("9th", "text: an ordinal"),  # a rank as often as a day
]

TWO_DIGIT_YEARS = [
    ("'79", "year 1979"),
    ("since '05", "year 2005"),
    ("'24", "year 2024"),  # the year after the publication's is still near enough
    ("'31", "year 1931"),  # not 2031: news reports the past
    ("25/06/79", "date 1979-06-25"),
    ("March '19", "date 2019-03"),
    ("05/06/79", "text: day and month order is ambiguous"),
]

DAY_RANGES = [
    ("between 4 and 9 July", "daterange 2022-07-04..2022-07-09"),
    ("between July 4 and 9", "daterange 2022-07-04..2022-07-09"),
    ("from 4 to 9 July", "daterange 2022-07-04..2022-07-09"),
]

ORDINAL_WORDS = [
    ("the twenty-first of March", "date 2023-03-21"),
    ("twenty first of March", "date 2023-03-21"),
    ("March twenty-first", "date 2023-03-21"),
    ("the third of April", "date 2023-04-03"),
    ("twenty second", "text: an ordinal"),  # no twenty seconds
]

AMBIGUOUS_DATES = [
    ("05/06/2021", "text: day and month order is ambiguous"),
    ("25/06/2021", "date 2021-06-25"),
    ("06/25/2021", "date 2021-06-25"),
]

CLOCK_TIMES = [
    ("8:47 pm", "time 20:47"),
    ("8.47pm", "time 20:47"),
    ("20:47", "time 20:47"),
    ("9 pm", "time 20:30..21:30"),  # a bare hour is a rounded figure
    ("around 9 pm", "time 20:30..21:30"),
    ("about 8:45 p.m.", "time 20:30..21:00"),
    ("shortly after 9 pm", "time 21:00..21:30"),
    ("just before noon", "time 11:30..12:00"),
    ("9 pm Sunday", "time 2023-04-16T20:30..2023-04-16T21:30"),
    ("8:47 p.m. on March 3, 2023", "time 2023-03-03T20:47"),
    ("0130 GMT", "time 01:30 GMT"),
    ("after 9 pm", "text: a bound on a time"),
    ("9 o'clock", "text: morning or evening"),
    # a twelve-hour clock with its a.m. or p.m. left out; a 24-hour clock says so with its leading zero or its hour
    ("at 10:30", "text: morning or evening"),
    ("7:15 on Friday", "text: morning or evening"),
    ("07:15", "time 07:15"),
    ("19:15", "time 19:15"),
    ("10:30 GMT", "time 10:30 GMT"),
    ("midnight on Sunday", "text: its start or its end"),
]

EVENTS_BY_THEIR_VICTIMS = [
    ("a triple shooting", "count 3"),
    ("double fatal shooting", "count 2"),
    ("the quadruple homicide", "count 4"),
    ("double", "text: not a number"),  # alone a change, not a count: "prices could double"
    ("a double bombing", "text: not a number"),  # bombings counted, not people
    ("triple shootings", "text: not a number"),  # several events
]

CASES = {
    "events named by how many they struck": EVENTS_BY_THEIR_VICTIMS,
    "decimals without a leading zero": DECIMALS_WITHOUT_A_LEADING_ZERO,
    "decimal commas": DECIMAL_COMMAS,
    "numbers broken by a space": NUMBERS_BROKEN_BY_A_SPACE,
    "one as a pronoun": ONE_AS_A_PRONOUN,
    "magnitudes glued to the number": MAGNITUDES_GLUED_TO_THE_NUMBER,
    "X million and a half": X_MILLION_AND_A_HALF,
    "X and a quarter": X_AND_A_QUARTER,
    "mixed fractions": MIXED_FRACTIONS,
    "superscripts": SUPERSCRIPTS,
    "bound signs": BOUND_SIGNS,
    "bound words": BOUND_WORDS,
    "two-sided bounds": TWO_SIDED_BOUNDS,
    "money ranges": MONEY_RANGES,
    "cents and pence": CENTS_AND_PENCE,
    "currencies named after the number": CURRENCIES_NAMED_AFTER_THE_NUMBER,
    "lakh and crore": LAKH_AND_CRORE,
    "degrees and speeds": DEGREES_AND_SPEEDS,
    "decades": DECADES,
    "centuries": CENTURIES,
    "quarters": QUARTERS,
    "holidays": HOLIDAYS,
    "parts of a period": PARTS_OF_A_PERIOD,
    "ordinal days": ORDINAL_DAYS,
    "two-digit years": TWO_DIGIT_YEARS,
    "day ranges": DAY_RANGES,
    "ordinal words": ORDINAL_WORDS,
    "ambiguous dates": AMBIGUOUS_DATES,
    "clock times": CLOCK_TIMES,
}


@pytest.mark.parametrize("raw, expected", [pytest.param(raw, expected, id=f"{kind}: {raw}")
                                           for kind, table in CASES.items() for raw, expected in table])
def test_reads_right_or_stays_text(raw, expected):
    _check(raw, expected)


# ------------------------------------------------------------------ every string

_PIECES = st.sampled_from(
    ["at least", "more than", "about", "nearly", "up to", "between", "and", "but", "fewer than", "or more", "-", "/",
     "$", "€", "£", "¥", "%", "~", ">=", "≥", "'", ".", ",", "0", "1", "3", "12", "1.5", ".5", "3,5", "2.400",
     "1,00,000", "1/2", "²", "2023", "'68", "1990s", "80s", "one", "twenty", "second", "half", "a", "quarter",
     "dozen", "million", "bn", "m", "k", "b", "lakh", "crore", "people", "km", "miles", "knots", "kt", "degree",
     "Fahrenheit", "C", "c", "cents", "p", "pounds", "pesos", "yuan", "Chinese", "days", "hours", "years",
     "century", "21st", "the", "of", "on", "last", "this", "next", "late", "early", "end", "month", "week",
     "year", "Q3", "Sunday", "April", "16", "27th", "Christmas", "Easter", "Orthodox", "Thanksgiving", "9:59",
     "pm", "10", "noon", "around", "GMT", "yes", "no", "double", "triple", "fatal", "shooting", "homicide"])
_WORDINGS = st.one_of(st.lists(_PIECES, min_size=1, max_size=6).map(" ".join),
                      st.lists(_PIECES, min_size=1, max_size=4).map("".join), st.text(max_size=30))


@settings(max_examples=500, deadline=None)
@given(_WORDINGS, st.sampled_from([None, TUESDAY, date(1999, 12, 31), date(2024, 2, 29)]))
def test_any_string_reads_to_a_value_whose_canonical_form_reads_back_to_itself_or_stays_text(raw, ref):
    value = normalize(raw, ref_date=ref)
    if value.type == "text":
        assert value.note, raw
        return
    canonical = value.canonical()
    again = normalize(canonical, ref_date=ref)
    assert again.canonical() == canonical, (raw, canonical, again.note)
    assert again.type == value.type
