"""Durations: stored in days, with months and years by the calendar (a month is
28..31 days, n months the shortest..longest run of n calendar months)."""

from __future__ import annotations

import math

from .numbers import magnitude
from .tokens import tok
from .units import unit_at


def _month_days(n: float, longest: bool) -> float:
    """Fewest/most days in n consecutive calendar months."""
    if n != int(n) or n > 120:
        return n * (31 if longest else 28) if n < 2 else n * (30.5 + (0.5 if longest else -1))
    n = int(n)
    lengths = [31, 29 if longest else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    sums = [sum(lengths[(s + k) % 12] for k in range(n)) for s in range(12)]
    return float(max(sums) if longest else min(sums))


def _year_days(n: float, longest: bool) -> float:
    if n != int(n):  # "2.5 years": whole days, from all short years to all long ones
        return float(math.ceil(n * 366) if longest else math.floor(n * 365))
    return 365.0 * n + (math.ceil(n / 4) if longest else math.floor(n / 4))


def to_days(x: float, spec, longest: bool) -> float:
    unit, factor = spec[1], spec[2]
    if unit == "month":
        return _month_days(x * factor, longest) if x >= 0 else x * 30.44 * factor
    if unit == "year":
        return _year_days(x * factor, longest) if x >= 0 else x * 365.25 * factor
    return x * factor


def add_smaller_units(toks: list[str], i: int, mag, spec) -> int:
    """'1 hour 30 minutes', 'two days and six hours': the smaller units after a duration added to
    its figure (in the first unit); the index after them."""
    while spec[0] == "duration" and spec[1] == "d":
        k = i + 1 if tok(toks, i) == "and" else i
        more, k2 = magnitude(toks, k, False)
        if more is None or not more.point:
            break
        unit, k3 = unit_at(toks, k2)
        if not unit or unit[0] != "duration" or unit[1] != "d" or unit[2] >= spec[2]:
            break
        mag.lo += more.lo * unit[2] / spec[2]
        mag.hi += more.lo * unit[2] / spec[2]
        i = k3
    return i
