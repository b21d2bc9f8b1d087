"""The period and the basis a rate or a count is given for, as key facets: "in the first quarter" (q1),
"in 2022", "from a year earlier" (year-on-year), "on the month" (month-on-month); none for the month or
quarter a report published then is of (what "last month" says elsewhere).
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract.patterns import MONTH, lexicon_word


_PERIOD = re.compile(
    r"\s+(?:(?:recorded|seen|registered|reported|posted|logged)\s+)?(?:in|for|during|over)\s+(?:the\s+)?"
    r"(?:(?P<quarter>first|second|third|fourth)\s+quarter(?:\s+of)?\s*|(?P<half>first|second)\s+half(?:\s+of)?\s*"
    r"|year\s+to\s+)?(?P<month>" + MONTH + r")?\s*(?:(?P<year>(?:1[89]|20)\d\d)|(?P<last>last\s+year))?\b",
    re.IGNORECASE,
)


PREVIOUS_YEAR = re.compile(r"\s+(a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year"
                            r"|the\s+year\s+(?:before|earlier)|in\s+the\s+same\s+(?:period|quarter|month)\s+"
                            r"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+the\s+previous\s+year))\b",
                            re.IGNORECASE)


# What a change is measured against, right after it: "3.9% from a year earlier", "0.2% on the month"
_BASIS = re.compile(
    # ("3.8% higher than a year earlier": the comparison's word between)
    r"\s*,?\s+(?:(?:higher|lower|more|less|up|down|bigger|smaller)\s+(?=(?:than|from|on|over)\s))?"
    r"(?:(?P<year>(?:from|over|on|than|against|compared\s+with|compared\s+to)\s+(?:a|one|the\s+same\s+\w+)"
    r"\s+year\s+(?:earlier|ago|before)"
    # "from the same period a year before", "compared with the same quarter last year"
    r"|(?:from|over|on|than|against|compared\s+with|compared\s+to)\s+the\s+same\s+(?:quarter|period|month|time)\s+"
    r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+(?:last|the\s+previous|the\s+prior)\s+year)"
    r"|(?:on\s+)?(?:a\s+)?year[-\s]on[-\s]year(?:\s+basis)?|on\s+the\s+year"
    r"|(?:on\s+)?an?\s+annual\s+basis"
    # "over the past 12 months", "in the year to August": a year's change, told by its span
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous|preceding)\s+(?:12|twelve)\s+months"
    r"|(?:over|in)\s+the\s+(?:past|last)\s+year|over\s+the\s+year"
    r"|in\s+the\s+(?:12|twelve)\s+months\s+(?:to|through|ending\s+in)"
    r"(?:\s+(?-i:[A-Z])\w+\.?)?|in\s+the\s+year\s+to(?:\s+(?-i:[A-Z])\w+\.?)?)"
    r"|(?P<month>(?:from|over|on|than)\s+(?:a|one|the\s+previous|the\s+prior)\s+month(?:\s+(?:earlier|ago|before))?"
    r"|(?:on\s+)?(?:a\s+)?month[-\s]on[-\s]month(?:\s+basis)?|on\s+the\s+month|(?:on\s+)?a\s+monthly\s+basis))\b",
    re.IGNORECASE)


_BASIS_BEFORE = re.compile(r"\b(?:on\s+a\s+(?P<month>monthly)|on\s+an?\s+(?P<year>annual|yearly)|(?P<month2>month[\s-]on[\s-]month)"
                           r"|(?P<year2>year[\s-]on[\s-]year))(?:\s+basis)?\s*,?\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def basis_before(before: str) -> str | None:
    """What a change is against, said before it: "On a monthly basis, prices rose 0.2%" -> month-on-month."""
    m = _BASIS_BEFORE.search(before)
    if m is None:
        return None
    return "month-on-month" if m.group("month") or m.group("month2") else "year-on-year"


def basis_of(after: str) -> tuple[str | None, int]:
    """What a change is against, as a key facet, and where its words end in ``after``: "from a
    year earlier" -> year-on-year, "on the month" -> month-on-month; a rise of 0.2% on the month
    is no rise of 3.9% on the year."""
    m = _BASIS.match(after)
    if m is None:
        return None, 0
    return ("year-on-year" if m.group("year") else "month-on-month"), m.end()


def period_of(after: str, published=None) -> str | None:
    """The period a rate is given for, as a key facet: "in 2022" -> 2022, "in the first quarter" -> q1.

    Not the month a report is of, read against its ``published`` date: the month it came out in or
    the one before ("rose to 3.8% in August", out in September, is what "last month" says elsewhere)."""
    ended = _QUARTER_END.match(after)
    if ended is not None:
        end = lex.MONTH_NUMBERS[lexicon_word(ended.group("end") or ended.group("end2")).rstrip(".")]
        return quarter_period(end, ended.group("year"), published)
    m = _PERIOD.match(after)
    if m is None or not (m.group("quarter") or m.group("half") or m.group("month") or m.group("year")):
        # ("in the same quarter last year": no period of its own named, the year before's)
        return "previous-year" if PREVIOUS_YEAR.match(after) else None
    year = m.group("year")
    if m.group("last"):
        if published is None:
            return None  # "the third quarter of last year", with no date to say which year: left as it is
        year = str(published.year - 1)  # "in the third quarter of last year"
    if m.group("month") and not (m.group("quarter") or m.group("half")):
        return month_period(m.group("month"), year, published)
    if m.group("quarter") and not m.group("month"):
        end = 3 * (("first", "second", "third", "fourth").index(lexicon_word(m.group("quarter"))) + 1)
        return quarter_period(end, year, published)
    parts = []
    if m.group("quarter"):
        parts.append("q" + str(("first", "second", "third", "fourth").index(lexicon_word(m.group("quarter"))) + 1))
    if m.group("half"):
        parts.append("h" + str(("first", "second").index(lexicon_word(m.group("half"))) + 1))
    if m.group("month"):
        parts.append(m.group("month").lower().rstrip(".")[:3])
    if year:
        parts.append(year)
    return "-".join(parts) or None


# since January, after a move: "have gained 35% this year" (see rules.percent)
SO_FAR_THIS_YEAR = re.compile(r"\s+(?:so\s+far\s+)?(?:this\s+year|in\s+\d{4}\s+so\s+far|year[\s-]to[\s-]date"
                              r"|since\s+the\s+start\s+of\s+the\s+year)\b", re.IGNORECASE)
# a quarter named by the month it ends with: "in the September quarter", "in the three months to
# August" (a rolling quarter), "in the July-September period"
_QUARTER_END = re.compile(
    r"\s+(?:in|for|during|over)\s+the\s+(?:(?:three|3)\s+months\s+(?:to|through|ending(?:\s+in)?)\s+(?P<end>" + MONTH
    + r")|(?:" + MONTH + r"\s*(?:[-–]|to|[-–]to[-–])\s*)?(?P<end2>" + MONTH + r")\s+(?:quarter|period))"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE)


def quarter_period(end: int, year: str | None, published) -> str | None:
    """The three months ending with month ``end`` (and ``year``) as a key facet ("q3", "q3-2024";
    "3m-aug" for a rolling quarter); None for the last to end before ``published``, the one a
    report out then is of (as "the quarter" says it elsewhere)."""
    if published is not None:
        ended = int(year) if year else (published.year if end < published.month else published.year - 1)
        if 1 <= (published.year * 12 + published.month) - (ended * 12 + end) <= 3:
            return None
    facet = f"q{end // 3}" if end % 3 == 0 else f"3m-{_MONTH_ABBREVIATIONS[end - 1]}"
    return f"{facet}-{year}" if year else facet


_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def month_period(month: str, year: str | None, published) -> str | None:
    """A month (and year) a figure is given for, as a key facet ("jul", "dec-2024"); None for the
    month a report published on ``published`` is of: the one it came out in or the one before."""
    if published is not None:
        number = lex.MONTH_NUMBERS[lexicon_word(month).rstrip(".")]
        before = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        if any(number == m and (year is None or int(year) == y) for y, m in ((published.year, published.month),
                                                                               before)):
            return None
    return "-".join([month.lower().rstrip(".")[:3], *([year] if year else [])])


# growth on a year, said by its adjective: "annual growth reached 1.9%" (not "an annual rate of", annualised)
_YEARS_GROWTH_BEFORE = re.compile(r"\b(?:annual|yearly|year-on-year)\s+(?:gdp\s+|economic\s+)?growth\b(?!\s+rate)"
                                  r"\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
_NTH_HALF_BEFORE = re.compile(r"\b(?:first|second|latter|former|back|front|opening|closing)\s+$", re.IGNORECASE)


def years_growth(before: str) -> bool:
    """Whether the words before a rate name a growth on the year: "Annual growth reached 1.9%"."""
    return _YEARS_GROWTH_BEFORE.search(before) is not None


def half_of_time(raw: str, before: str) -> bool:
    """Whether a "half" is a span of time, no share: "in the first half of 2028", "the second half"."""
    return raw.lower() == "half" and _NTH_HALF_BEFORE.search(before) is not None
