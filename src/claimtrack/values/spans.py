"""Calendar arithmetic and the date Values it makes: a day, a month, a range, or
a wording that needs a publication date it was not given."""

from __future__ import annotations

from datetime import date

from .lexicon import calendar as _calendar
from .model import Value
from .tokens import Lazy

MONTHS = {name: number for number, names in enumerate(_calendar.MONTHS, start=1) for name in names}
WEEKDAYS = {name: number for number, names in enumerate(_calendar.WEEKDAYS) for name in names}


def iso(d: date) -> str:
    return d.isoformat()


def month_end(y: int, m: int) -> int:
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def date_value(raw, start: date, end: date, precision: str, relative=None) -> Value:
    if start > end:
        start, end = end, start
    if start == end and precision == "range":
        precision = "day"
    return Value(type="date", raw=raw, start=iso(start), end=iso(end), precision=precision, relative=relative)


def unresolved(raw, typ, relative) -> Value:
    return Value(type=typ, raw=raw, resolved=False, relative=relative,
                 note=f"no publication date to resolve {raw!r}")


def year_value(raw, y: int, relative=None) -> Value:
    return Value(type="year", raw=raw, lo=float(y), hi=float(y), relative=relative)


def two_digit_year(yy: int, ref: date) -> int:
    """ "'68", "16/04/68": the latest such year not after the one after the publication's."""
    return max(y for y in (1800 + yy, 1900 + yy, 2000 + yy, 2100 + yy) if y <= ref.year + 1)


POSSESSIVE = Lazy(r"'s\b")
DATE_TOKEN_RE = Lazy(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,4}[/.]\d{1,2}[/.]\d{2,4}|\d+|[^\W\d_]+|-")


def date_tokens(words: str) -> list[str]:
    """Lower-cased words as the date reader splits them: "New Year's Day" is new, year, day."""
    return DATE_TOKEN_RE.findall(POSSESSIVE.sub("", words.lower()))


def valid(y, m, d) -> bool:
    try:
        date(y, m, d)
        return True
    except (ValueError, TypeError, OverflowError):
        return False


def latest(ref: date, make) -> date | None:
    """The latest year's candidate whose start is not after ref (news reports the past)."""
    for y in range(ref.year, ref.year - 9, -1):
        got = make(y)
        if got and got[0] <= ref:
            return got
    return None
