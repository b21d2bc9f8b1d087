"""Holidays as dates: fixed ("Christmas Day"), counted from Easter ("Good Friday") or
the nth weekday of a month ("US Thanksgiving"); read in the past of the publication
date as "April 16" is. A name whose day depends on the country, the church or a
lunar calendar stays text, with why.

dateutil (for Easter) is imported only when an Easter holiday is read.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .lexicon import calendar as _calendar
from .model import Value, as_text
from .spans import date_tokens, date_value, month_end, unresolved

_MODS = ("last", "this", "next")


@lru_cache(maxsize=1)
def _names() -> dict[tuple[str, ...], tuple[str, str, object]]:
    """Each holiday's words as the date reader splits them -> (its name, kind, rule)."""
    tables = (("fixed", _calendar.FIXED_HOLIDAYS), ("easter", _calendar.EASTER_HOLIDAYS),
              ("nth", _calendar.NTH_WEEKDAY_HOLIDAYS), ("ambiguous", _calendar.AMBIGUOUS_HOLIDAYS))
    return {tuple(date_tokens(name)): (name, kind, rule) for kind, table in tables for name, rule in table.items()}


def _easter(year: int, church: str) -> date:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    return easter(year, EASTER_ORTHODOX if church == "orthodox" else EASTER_WESTERN)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, month_end(year, month))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _on(kind: str, rule, year: int, church: str) -> date:
    if kind == "fixed":
        return date(year, *rule)
    if kind == "easter":
        return _easter(year, church) + timedelta(days=rule)
    return _nth_weekday(year, *rule)


def holiday(raw: str, toks: list[str], ref: date | None) -> Value | None:
    """ "Christmas Eve 2021", "last Christmas", "Good Friday", "Orthodox Easter"; None if no holiday is named."""
    mod = toks[0] if toks[:1] and toks[0] in _MODS else ""
    i = 1 if mod else 0
    church = _calendar.EASTER_CHURCHES.get(toks[i]) if i < len(toks) else None
    if church:
        i += 1
    names = _names()
    for n in range(len(toks) - i, 0, -1):
        found = names.get(tuple(toks[i:i + n]))
        if found:
            break
    else:
        return None
    name, kind, rule = found
    rest = toks[i + n:]
    if rest[:1] == ["of"] and len(rest) == 2:
        rest = rest[1:]  # "St Patrick's Day of 2012"
    if len(rest) > 1 or (rest and not (rest[0].isdigit() and len(rest[0]) == 4)) or (rest and mod):
        return None
    if kind == "ambiguous":
        return as_text(raw, f"{name!r}: {rule}")
    if church and kind != "easter":
        return None
    rel = f"holiday:{name.replace(' ', '-')}" + (f":{church}" if church else "") + (f":{mod}" if mod else "")
    if rest:
        years = [int(rest[0])]
        rel = None
    elif ref is None:
        return unresolved(raw, "date", rel)
    elif mod == "next":
        years = [y for y in (ref.year, ref.year + 1) if _on(kind, rule, y, church or "western") > ref][:1]
    elif mod == "this":
        years = [ref.year]
    else:  # the latest one on or before the publication day ("last": strictly before)
        years = [y for y in (ref.year, ref.year - 1, ref.year - 2)
                 if _on(kind, rule, y, church or "western") < ref or (
                     not mod and _on(kind, rule, y, church or "western") == ref)][:1]
    if not years or not 1583 <= years[0] <= 9999:
        return as_text(raw, f"no {name} in range")
    day = _on(kind, rule, years[0], church or "western")
    if kind == "easter" and not church:
        other = _on(kind, rule, years[0], "orthodox")
        if other != day:
            return as_text(raw, f"Western ({day}) or Orthodox ({other}) {name.title()}? Say which")
    return date_value(raw, day, day, "day", rel)
