"""An outlook's facets and a figure's past year: the year and quarter a forecast or a target is for
("inflation.rate.forecast.2027", "revenue.amount.forecast.q1"), the outlook it replaced (.earlier-forecast),
whose foresight it is (analysts' .expected or a body's .forecast), and the past year a sentence sets a figure in
("In 2014, voters rejected it by 57% to 43%").
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract.model import Found
from claimtrack.extract.patterns import MONTH
from claimtrack.values.lexicon.numbers import SMALL as _SMALL_NUMBERS


# an outlook changed, in whose sentence the figure it changed from is the outlook before (not "expects the
# deficit to shrink to 2.9% from 3.6%": the deficit's change)
OUTLOOK_WORD = re.compile(r"\b(?:forecasts?|projections?|outlook|downgraded?|upgraded?)\b", re.IGNORECASE)
# The outlook before, in an outlook's sentence: "cut its forecast to 1.2%, from 1.7% in December", "up from the
# 4.9% it projected in June", "compared with 3.5% in the June forecast" (whatever month it names: when the outlook
# before was made, no rate of that month)
_FROM_OR_SET_AGAINST = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|,\s+against)\s+"
                                  r"(?:(?:the|its|their)\s+)?(?:(?:previous|earlier|prior|initial|original)\s+)?$",
                                  re.IGNORECASE)
_EARLIER_OUTLOOK_AFTER = re.compile(
    r"\s+(?:(?:that\s+)?(?:it|they|the\s+[a-z]+)\s+(?:had\s+)?(?:projected|forecast|predicted|pencill?ed\s+in)\b"
    r"|(?:in|at|from)\s+(?:the|its|their)\s+(?:(?:" + MONTH + r"|previous|earlier|prior|last|autumn|spring|summer"
    r"|winter)\s+)?(?:forecasts?|projections?|outlook|(?:economic\s+|monetary\s+policy\s+|inflation\s+)?report)\b)",
    re.IGNORECASE)
_PERCENT_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.IGNORECASE)
_MONTH_SEGMENT = re.compile(r"\.(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:-\d{4})?(?=\.earlier$|$)")
# A part of a sentence that opens on a past year: "In 2015, the district recorded 164 gunshot victims".
# Its counts are that year's, which the case's plan tells from the case's own (align.CasePlan).
# a sentence that opens on a past year: "In 2019, ...", "Last year, ...", or a timeline's entry "August 1982: Eight
# people killed"
# ("In 2031 seven hostages were swapped": the comma left out before the clause's own words)
YEAR_LEAD = re.compile(rf"\s*(?:(?:In|During|Throughout)\s+(?:(?:early|mid|late)[\s-]+)?(?:{MONTH}\s+)?"
                       rf"(?P<year>(?:19|20)\d\d)"
                       rf"(?:\s*,|\s+(?!and\b|or\b|to\b|alone\b)(?=(?-i:[a-z])|$))"
                       # "Last year, ...", "A year ago, ...", "Last year's budget ..."
                       rf"|(?P<last>Last\s+year|A\s+year\s+ago)(?:\s*,|(?<=year)['’]s\s)"
                       rf"|(?:{MONTH}\.?\s+)?(?P<listed>(?:19|20)\d\d)\s*:\s"
                        # "In a similar exodus in 2019, about 90,000 people fled"
                        rf"|(?:In|During)\s+(?:an?|the)\s+(?:[\w-]+\s+){{1,3}}?in\s+(?P<named>(?:19|20)\d\d)\s*,"
                        # "After the 2029 election, Saaby's coalition commanded 93 seats"
                        rf"|(?:After|Following|Before|In|At|During)\s+the\s+(?P<event>(?:19|20)\d\d)\s+[\w-]+"
                        rf"(?:\s+[\w-]+)?\s*,"
                        # "Four years ago, the party won only 39 seats": the year so many before the report's
                        rf"|(?P<ago>\d{{1,2}}|{'|'.join(w.capitalize() for w in _SMALL_NUMBERS)})\s+years\s+ago\s*,"
                        # "That year, a 30% rise set off riots": the year the sentence before names
                        rf"|(?P<that>(?:In\s+)?(?:That|The)\s+(?:same\s+)?year)(?:\s*,|\s+(?=(?-i:[a-z]))))")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a sentence about another of a kind: "A previous ceasefire, agreed in 2023, lasted 11 days", "Another siege"
ANOTHER_LEADS = re.compile(r"\s*(?:(?:A|An|The)\s+(?:similar|previous|earlier|prior|separate)|Another)\b")


def lead_year(ctx, sentence, lead: re.Match | None, *, listed: bool = True) -> str | None:
    """The year a YEAR_LEAD match names: its own, the one before the report's for "Last year", or the last
    one the sentence before names for "That year" (None where it names none, or where it is unknown)."""
    if lead is None:
        return None
    year = lead.group("year") or (listed and lead.group("listed")) or lead.group("named") or lead.group("event")
    if year:
        return year
    if lead.group("last"):
        return str(ctx.published.year - 1) if ctx.published is not None else None
    if lead.group("ago"):
        ago = lead.group("ago")
        n = int(ago) if ago.isdigit() else _SMALL_NUMBERS[ago.lower()]
        return str(ctx.published.year - n) if ctx.published is not None and n > 1 else None
    if lead.group("that") and sentence.index > 0:
        before = ctx.doc.sentences[sentence.index - 1]
        years = _YEAR.findall(ctx.text, before.start, before.end)
        return years[-1] if years else None
    return None


_ANALYSTS_BEFORE = re.compile(r"\b(?:analysts?|economists?|forecasters|estimates?|consensus|Wall\s+Street"
                              r"|expectations|polled|surveyed)\b", re.IGNORECASE)
# a sentence set in a past year: "In 2014, ...", "the verdict of 2014, when ...", "A 2014 proposal ... failed"
_YEAR_WHEN = re.compile(r"\b(?:of|in|since)\s+((?:19|20)\d\d)\s*,?\s+when\b", re.IGNORECASE)
# "last borrowed from the Fund in 2026, under a $2.1 billion arrangement": the figure that year's
# ... or set off before the figure's clause: "When it last bought abroad, in 2029, it paid $4.8 billion"
_YEAR_UNDER = re.compile(r"\bin\s+((?:19|20)\d\d)\s*,\s+(?:under|with|for)\s+(?:an?\s+|the\s+|its\s+)?$"
                         r"|,\s+in\s+((?:19|20)\d\d)\s*,\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
# ... or named by it: "a 2014 proposal", "the 2019 vote"
_NAMED_BY_YEAR = ("proposal referendum vote election plan poll ballot bill measure initiative tariffs? duties deal"
                  " agreement package budget").split()
_YEAR_NAMED = re.compile(r"\b(?:an?|the)\s+(?:(?-i:%s)\s+)?((?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:%s)\b"
                         % (MONTH, "|".join(_NAMED_BY_YEAR)), re.IGNORECASE)


def past_year(ctx, sentence, match: re.Match) -> str | None:
    """The past year a sentence sets a rate in, said before it; None where it names none, or the
    publication's own year or a later one."""
    text = ctx.text
    # ("Last year, a rival raised $1.4 billion": the year before the report's)
    year = lead_year(ctx, sentence, YEAR_LEAD.match(text, sentence.start, match.start()))
    if not year:
        named = _YEAR_WHEN.search(text, sentence.start, match.start()) or _YEAR_NAMED.search(
            text, sentence.start, match.start()) or _YEAR_UNDER.search(text, max(sentence.start, match.start() - 60),
                                                                       match.start())
        year = named and next(group for group in named.groups() if group)
    return year if year and ctx.published is not None and int(year) < ctx.published.year else None


def earlier_outlook(ctx, sentence, match: re.Match, found: Found) -> Found | None:
    """A rate an outlook changed from, or is set against, in an outlook's sentence: the outlook before
    (.earlier-forecast), its month when it was made, not a rate of that month."""
    if found.kind != "percent" or found.key.endswith((".earlier-forecast", ".forecast", ".expected", ".target")):
        return None
    if not _FROM_OR_SET_AGAINST.search(ctx.before(match.start(), 30, sentence.start)):
        return None
    said = _EARLIER_OUTLOOK_AFTER.match(ctx.text, match.end(), sentence.end)
    key = found.key.removesuffix(".earlier")
    month = _MONTH_SEGMENT.search(key)
    if said is None and not (month is not None or found.key.endswith(".earlier")):
        return None  # (a year's or a quarter's rate beside an outlook stays that period's)
    if said is None:
        # the outlook named before the rate it changed to, and only that rate between ("cut its forecast for
        # growth to 1.2%, from 1.7%"; not "Inflation, which the bank forecast at 3%, slowed to 3.6% from 3.8%")
        outlook = None
        for outlook in OUTLOOK_WORD.finditer(ctx.text, sentence.start, match.start()):
            pass
        if outlook is None or len(_PERCENT_FIGURE.findall(ctx.text, outlook.end(), match.start())) > 1:
            return None
    if month is not None:
        key = key[:month.start()]
    return replace(found, key=key + ".earlier-forecast", rule="relative-facets")


# the year a forecast or a target is for: "2.4% by the end of next year", "growth of 1.8% in 2027"
_HORIZON_AFTER = re.compile(r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product|output|the\s+economy)"
                            r"|\s+(?:economic\s+)?(?:growth|inflation|expansion|contraction|unemployment))?"
                            r"\s+(?:(?:by|in|for|during|over)\s+(?:(?:the\s+)?(?:end|close|middle|start)\s+of\s+"
                            r"|(?:late|early|mid-?)\s*)?)?(?:the\s+)?(next\s+year|this\s+year|(?:19|20)\d\d)\b"
                            r"(?!\s*(?:[-–]|to)\s*(?:19|20)?\d\d)", re.IGNORECASE)
_QUARTER_ORDINALS = ("first", "second", "third", "fourth")
_QUARTER_NAMED = re.compile(r"\b(first|second|third|fourth)[-\s]quarter\b|\b[Qq]([1-4])\b", re.IGNORECASE)
_QUARTER_SEGMENT = re.compile(r"\.q[1-4](?:\.|$)")
_YEAR_THEN_FACET = re.compile(r"\.((?:19|20)\d\d)\.(forecast|expected|target)$")
# ... or before it, in its clause: "raised its forecast for inflation this year to 3.1%"
_HORIZON_BEFORE = re.compile(r"\b(next\s+year|this\s+year|(?:19|20)\d\d)\b(?:\s+[\w-]+){0,2}\s+(?:to|at|of)\s+"
                             r"(?:about\s+|around\s+)?$", re.IGNORECASE)
YEAR_SEGMENT = re.compile(r"(?:^|[.-])(?:19|20)\d\d(?:[.-]|$)")
# who foresaw it, nearest first: analysts' consensus or a body's own outlook
_OWN_FORECASTER = re.compile(r"\b(?:bank|government|ministry|treasury|IMF|fund|agency|office|company|commission|OECD"
                             r"|OPEC|council|board|authority)\b", re.IGNORECASE)


def analysts(before: str) -> bool:
    """Whether analysts or economists foresaw the figure: named before it, with no body of its own named
    after them ("economists said the central bank forecasts 2.4%" is the bank's)."""
    found = None
    for found in _ANALYSTS_BEFORE.finditer(before):
        pass
    return found is not None and not _OWN_FORECASTER.search(before, found.end())


def horizon(ctx, sentence, match: re.Match, found: Found) -> Found:
    """A forecast's or a target's year on its key ("inflation.rate.forecast.2027"): outlooks for two
    years are two figures. Left off where the text names none, or "next year" with no date to count from.
    A sum's quarter too ("expects first-quarter sales of $30 billion": revenue.amount.forecast.q1)."""
    if found.kind == "money" and not _QUARTER_SEGMENT.search(found.key):
        quarter = None
        for quarter in _QUARTER_NAMED.finditer(ctx.text, sentence.start, match.start()):
            pass
        if quarter is not None:
            number = quarter.group(2) or str(_QUARTER_ORDINALS.index(quarter.group(1).lower()) + 1)
            found = replace(found, key=f"{found.key}.q{number}", rule="relative-facets")
    key = _YEAR_THEN_FACET.sub(r".\2.\1", found.key)  # "growth.rate.2026.forecast": its year last
    if key != found.key:
        return replace(found, key=key, rule="relative-facets")
    horizon = _HORIZON_AFTER.match(ctx.text, match.end(), sentence.end)
    if horizon is None:
        c_start, _ = ctx.clause(sentence, match.start())
        horizon = _HORIZON_BEFORE.search(ctx.text, max(c_start, match.start() - 60), match.start())
    if horizon is None:
        return found
    said = horizon.group(1).lower()
    if said[0].isdigit():
        year = int(said)
    elif ctx.published is None:
        return found
    else:
        year = ctx.published.year + (1 if said.startswith("next") else 0)
    if YEAR_SEGMENT.search(found.key):
        return found  # its period is on its key already ("growth.rate.2026.forecast")
    return replace(found, key=f"{found.key}.{year}", rule="relative-facets")


