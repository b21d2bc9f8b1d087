"""Publication dates as people write them ("24 April 2023", "Apr 18, 2023")."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from claimtrack.errors import InvalidInput
from claimtrack.values.lexicon import calendar as _calendar

_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

# "24 April 2023", "April 24, 2023", "Apr 24 2023": what most articles give. Read
# here as dateutil reads them (its month names, any letter case), without
# importing dateutil (~20 ms) or running its two parses (~0.1 ms a date):
# thousands of articles with different dates would spend a second on them.
_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2}) ([A-Za-z]+) ([0-9]{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+) ([0-9]{1,2}),? ([0-9]{4})")
_MONTHS = {name: number for number, names in enumerate(_calendar.MONTHS, start=1) for name in names}


def _written_date(cleaned: str) -> date | None:
    """The date in the common written forms above, if valid and in range; else None (dateutil decides)."""
    match = _DAY_MONTH_YEAR.fullmatch(cleaned)
    if match:
        day, month, year = match.groups()
    else:
        match = _MONTH_DAY_YEAR.fullmatch(cleaned)
        if not match:
            return None
        month, day, year = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None or not 1800 <= int(year) <= 2200:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:  # 31 April: dateutil words the error
        return None


# A date written in figures alone, at the start: 03/04/2023, 3.4.2023, 23-04-18 (what follows may be a time).
_NUMERIC = re.compile(r"([0-9]{1,4})([./-])([0-9]{1,2})\2([0-9]{1,4})(?![0-9])")
DATE_ORDERS = ("dmy", "mdy")
_MAX_OFFSET_HOURS = 14  # the furthest any time zone is from UTC


def _numeric_date(cleaned: str, order: str | None) -> str | None:
    """A date in figures, its order settled, as ISO text with whatever followed it; None if it is not one.

    Which of 03/04/2023 is the day cannot be told from the figures: the
    date decides how "Sunday" is read, so a guess would make false
    conflicts. It is read when one figure is over 12, or both are equal, or
    ``order`` ("dmy" or "mdy") says; otherwise refused with both readings.
    """
    match = _NUMERIC.match(cleaned)
    if not match:
        return None
    first, _, middle, last = match.groups()
    rest = cleaned[match.end():]
    if len(first) == 4:
        year, month, day = int(first), int(middle), int(last)
        if len(last) > 2:
            raise InvalidInput(f"cannot read publication date {cleaned!r}")
    elif len(last) == 4:
        a, b, year = int(first), int(middle), int(last)
        if a > 12 or b > 12 or a == b:
            day, month = (a, b) if a > 12 or a == b else (b, a)
        elif order in DATE_ORDERS:
            day, month = (a, b) if order == "dmy" else (b, a)
        else:
            raise InvalidInput(
                f"publication date {cleaned!r} is ambiguous: {_spelled(year, b, a)} (day first) or"
                f" {_spelled(year, a, b)} (month first); write the month in words, or say which with --date-order dmy|mdy")
    else:
        raise InvalidInput(f"publication date {cleaned!r} has a two-digit year (or none); write the year in full,"
                           " e.g. 2023-04-18")
    try:
        return date(year, month, day).isoformat() + rest
    except ValueError as error:
        raise InvalidInput(f"cannot read publication date {cleaned!r}: {error}") from None


def _spelled(year: int, month: int, day: int) -> str:
    try:
        return f"{day} {date(year, month, day):%B} {year}"
    except ValueError:
        return f"day {day} of month {month}"


# What a publication date's time of day is written with: "09:00", "9.30pm", "9 a.m."
_TIME = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b", re.IGNORECASE)
_TIME_A = datetime(2001, 1, 1, 3)  # hours no time of day has twice: "9 am" keeps its own in both
_TIME_B = datetime(2001, 1, 1, 5)


def publication_time(text: str, order: str | None = None) -> str | None:
    """The moment a publication date gives when it gives the time of day, as ISO text to the
    minute with its UTC offset if it gives one ("2025-09-04T09:00+03:00", "2025-09-04T09:00");
    None when it gives no time. A date that cannot be read is refused as by
    :func:`parse_publication_date`."""
    cleaned = " ".join(str(text).split())
    if not _TIME.search(cleaned):
        return None
    day = parse_publication_date(cleaned, order)
    cleaned = _numeric_date(cleaned, order) or cleaned
    from dateutil import parser

    cleaned = _MERIDIEM.sub(r"\1m", cleaned)  # "9 a.m.": as dateutil reads it, "9 am"
    try:
        first, second = _parsed(cleaned, _TIME_A), _parsed(cleaned, _TIME_B)
    except (ValueError, OverflowError, parser.ParserError):
        return None
    if first.hour != second.hour:
        return None  # the figures were a date's, not a time's
    moment = f"{day.isoformat()}T{first:%H:%M}"
    offset = first.utcoffset() if first.tzinfo is not None else None
    if offset is None:
        return moment
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return moment + f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_MERIDIEM = re.compile(r"\b([ap])\.m\.?", re.IGNORECASE)


def _parsed(cleaned: str, default: datetime) -> datetime:
    """dateutil's reading, quietly: a zone named by letters it does not know ("EDT") gives no offset."""
    import warnings

    from dateutil import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parser.parse(cleaned, default=default)


def utc_moment(moment: str) -> str:
    """A publication's date or moment as text that sorts in time order: a moment with its offset
    brought to UTC ("2025-09-04T06:00"), one without as written, a date as it is."""
    if len(moment) <= 16 or moment[16] not in "+-":
        return moment[:16]
    at = datetime.fromisoformat(moment)
    return (at - at.utcoffset()).strftime("%Y-%m-%dT%H:%M")


@lru_cache(maxsize=4096)
def parse_publication_date(text: str, order: str | None = None) -> date:
    """A full calendar date; partial, impossible or ambiguous dates are refused, not guessed.

    ``order`` ("dmy" or "mdy") says how to read a date written in figures
    whose day and month could be either (03/04/2023).
    """
    cleaned = " ".join(str(text).split())
    if not cleaned:
        raise InvalidInput("empty publication date")
    if not cleaned.isascii() and any(char.isdigit() and not char.isascii() for char in cleaned):
        raise InvalidInput(f"publication date {cleaned!r} has digits of another script; write it with 0-9")
    if cleaned[0] in "+-":
        raise InvalidInput(f"cannot read publication date {cleaned!r}: it starts with a sign")
    if _ISO.fullmatch(cleaned):  # the common case, without dateutil's two parses
        try:
            parsed = date.fromisoformat(cleaned)
        except ValueError as error:
            raise InvalidInput(f"cannot read publication date {cleaned!r}: {error}") from None
        if 1800 <= parsed.year <= 2200:
            return parsed
    written = _written_date(cleaned)
    if written is not None:
        return written
    cleaned = _numeric_date(cleaned, order) or cleaned
    from dateutil import parser

    try:
        first, second = _parsed(cleaned, _DEFAULT_A), _parsed(cleaned, _DEFAULT_B)
    except (ValueError, OverflowError, parser.ParserError) as error:
        reason = str(error).split(":")[0]
        raise InvalidInput(f"cannot read publication date {cleaned!r}: {reason}") from None
    missing = [name for name in ("year", "month", "day") if getattr(first, name) != getattr(second, name)]
    if missing:
        raise InvalidInput(
            f"publication date {cleaned!r} has no {' or '.join(missing)}; give a full date such as 2023-04-18"
        )
    if not 1800 <= first.year <= 2200:
        raise InvalidInput(f"publication date {cleaned!r} is out of range")
    try:
        offset = first.utcoffset()
    except ValueError:  # a day or more from UTC
        offset = None if first.tzinfo is None else _MAX_OFFSET_HOURS * 3600 + 1
    else:
        offset = None if offset is None else abs(offset.total_seconds())
    if offset is not None and offset > _MAX_OFFSET_HOURS * 3600:
        raise InvalidInput(f"cannot read publication date {cleaned!r}: its time zone is further from UTC than"
                           f" any ({_MAX_OFFSET_HOURS} hours)")
    return first.date()
