"""Publication dates as people write them ("24 April 2023", "Apr 18, 2023")."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from claimtrack.errors import InvalidInput

_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


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
