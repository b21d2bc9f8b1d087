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


@lru_cache(maxsize=4096)
def parse_publication_date(text: str) -> date:
    """A full calendar date; partial or impossible dates are refused, not guessed."""
    cleaned = " ".join(str(text).split())
    if not cleaned:
        raise InvalidInput("empty publication date")
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
    from dateutil import parser

    try:
        first = parser.parse(cleaned, default=_DEFAULT_A)
        second = parser.parse(cleaned, default=_DEFAULT_B)
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
    return first.date()
