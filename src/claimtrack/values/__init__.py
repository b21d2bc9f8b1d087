"""Typed, normalized claim values and whether two of them agree.

Articles state the same fact in different words ("at least 40", "dozens",
"three-day", "Sunday"); fact-checkers need those read as intervals and dates so
two articles can be compared without string matching. Every reading is an
interval, because news figures are often bounds or vague, and a comparison
only says "conflict" when the two intervals cannot both be true. What cannot
be read with certainty is kept as text, with a note saying why.

Where each part lives:
- model: the Value and its canonical string
- read: normalize(), the entry; yes/no
- tokens: cleaning and tokens; units: units and currencies; numbers: figures
- amounts: counts, quantities, money, percents, durations (one grammar)
- durations: days, months and years by the calendar
- years: years, decades, centuries; dates: the date reader's entry, absolute
  and partial dates; relative: dates said against the publication date;
  periods: parts of weeks, months and quarters; holidays; spans: calendar
  arithmetic
- times: clock times, on their day or as times of day
- canonical: a reading's canonical string read back
- comparison: agree / conflict / unresolved / incomparable
- lexicon/: the vocabulary (number words, qualifiers, money, units, calendar),
  shared with extraction

Vague words: a couple 2..3, a few / a handful 2..5, several 3..9 (times any
scale word after them: "several hundred" 300..900); plurals mean at least two
of the unit and less than the next word up: dozens 24..<100, scores 40..<200,
hundreds 200..<1000, thousands 2000..<10000, tens of thousands 20000..<100000,
millions 2e6..<1e7.

Importing this package loads none of it: each name is loaded from its module
on first use (start-up time matters; most runs of the CLI never read a value).
"""

from __future__ import annotations

import importlib

# public name -> the module that defines it
_HOME = {
    "VALUE_TYPES": "model", "Value": "model",
    "AGREE": "comparison", "CONFLICT": "comparison", "UNRESOLVED": "comparison", "INCOMPARABLE": "comparison",
    "compare": "comparison", "at_bound": "comparison",
    "normalize": "read", "date_free": "read", "reads_dates": "read", "ANY_YEAR": "read",
    # the reader without its cache and safety net, for tests
    "_normalize": "read", "_read": "read", "_kind": "read",
}

__all__ = [name for name in _HOME if not name.startswith("_")]


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = found  # looked up directly from now on
    return found


def __dir__():
    return sorted(set(globals()) | set(_HOME))
