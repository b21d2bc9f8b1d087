"""No silent misreads: each kind of wording that was read wrong now reads right, or stays text and says why.

One table a kind, in the order the kinds are listed in the project's notes on value reading.
An expected value is the canonical reading, or "text: ..." with words the note must hold.
Every wording here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

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

CASES = {
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
    "cents and pence": CENTS_AND_PENCE,
    "currencies named after the number": CURRENCIES_NAMED_AFTER_THE_NUMBER,
    "lakh and crore": LAKH_AND_CRORE,
    "degrees and speeds": DEGREES_AND_SPEEDS,
}


@pytest.mark.parametrize("raw, expected", [pytest.param(raw, expected, id=f"{kind}: {raw}")
                                           for kind, table in CASES.items() for raw, expected in table])
def test_reads_right_or_stays_text(raw, expected):
    _check(raw, expected)
