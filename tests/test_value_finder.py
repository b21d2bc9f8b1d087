"""The value finder reads what the full value pattern would, wherever it is tried.

``Context.value_at`` matches a lower-cased pattern first and then only the kind it found (or,
where a month or weekday is in another case, the kinds after it): never a different value from
``value_re().match`` at the same place. These texts mix cases the way headlines and wire copy do.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.context import Context
from claimtrack.extract.patterns import value_re

TEXTS = [
    "FLOODS KILL 12 IN MAY, 40 MISSING",
    "Three Dead After Shooting On SUNDAY Night; Police Seek 2 Men",
    "Quake of magnitude 6.1 hits on Monday, JAN. 16; 30C heat follows",
    "may 5 was the day: 5 may, mAY 2021, at least 30c warmer, $4.5bn, 3 MILES",
    "The vote on Tuesday, March 3, 2020 drew 4,500 voters, about 60 PERCENT of them",
    "A 3-DAY VISIT, from 3 to 7 July, cost £20 million and 150 tonnes of aid",
    "A $4.5-BILLION package, Rs 1,200-crore relief, 2,50,000 PEOPLE, 32,5 % and 3,5 million, 1,200 km",
]

WORDS = ["may", "May", "MAY", "Sunday", "SUNDAY", "sunday", "5", "30", "C", "c", "million", "on", "at least",
         "in", "Jan.", "JAN", "2021", "people", "days", "$", "per cent", "Good", "Friday", "killed", ",", "."]


def _agree(text: str) -> None:
    ctx = Context(text, date(2024, 5, 1))
    full = value_re()
    for start in range(len(text)):
        got, want = ctx.value_at(start), full.match(text, start)
        assert (got and (got.lastgroup, got.span())) == (want and (want.lastgroup, want.span())), (text, start)


@pytest.mark.parametrize("text", TEXTS)
def test_the_finder_reads_what_the_full_pattern_reads(text):
    _agree(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
def test_the_finder_agrees_on_any_mix_of_cases(words):
    _agree(" ".join(words))
