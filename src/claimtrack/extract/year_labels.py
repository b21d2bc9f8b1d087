"""The year or the running span a count is told over, as a label on its subject: "in 2029" (a past year's
count), "since-2011" and "2031-to-date" (a running tally), never the story's own happening's.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract.outlooks import YEAR_LEAD, lead_year
from claimtrack.extract.patterns import MONTH, lexicon_word


# a count told in the perfect, over "this year": so far this year
_PERFECT_THIS_YEAR = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:has|have|had)\s+(?:been\s+)?[a-z]+\b[^.;,]{0,60}?"
                                r"\bthis\s+year\b", re.IGNORECASE)
# "the strongest since 1999": a comparison, not a tally
# (not a bound's "at least" or "at most": "has killed at least 40 people since 2021" is a tally)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?<!at\s)(?:[a-z]+est|worst|best|most|least|first|last|highest|lowest)\b"
                                 r"(?:\s+[\w-]+){0,4}\s+$", re.IGNORECASE)
# A running tally is no incident's count: "already this year, 76 people have been shot", "the war has
# killed 330,000 since 2011". Its subject says over what: shooting-2016-to-date, fighting-since-2011.
_WARS = r"war|civil\s+war|conflict|insurgency|uprising|rebellion|invasion|occupation"
_BEGAN = r"(?:first\s+)?(?:began|started|erupted|broke\s+out)(?!\s+(?:on|in|last|this|early|late)\b)"
_TALLY = re.compile(
    r"\b(?:(?:so\s+far|already)\s+this\s+year|this\s+year\s+(?:so\s+far|to\s+date)|year[\s-]to[\s-]date"
    r"|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|(?P<since_last>last\s+year)"
    r"|(?P<since_month>" + MONTH + r")(?:\s+(?P<since_month_year>(?:19|20)\d\d))?|(?P<since_year>(?:19|20)\d\d))"
    # a year gone: "1,800 people died or went missing on the route last year" (not "last year's floods")
    r"|(?P<last_year>(?<!since\s)last\s+year(?!['’]s))"
    # a war's whole span: "have been killed in the insurgency since it began", "since the war began" (not a campaign
    # or an offensive, which may be the story's own)
    r"|(?P<since_start>(?:" + _WARS + r")\b[^.;]{0,40}?\bsince\s+it\s+" + _BEGAN
    + r"|since\s+the\s+(?:" + _WARS + r")\s+" + _BEGAN
    + r"|since\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:" + _WARS + r")(?!\s+(?:on|in|last|this)\b)))\b",
    re.IGNORECASE)
# ("won 124 seats at the June 2030 election": that one's)
_IN_YEAR_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{1,4}}?\s+(?:in\s+|at\s+the\s+(?:{MONTH}\s+)?)((?:19|20)\d\d)\b"
                            r"(?![-–/]\d)")
_VERB_FORM = re.compile(r"\b(?:[a-z]+(?:ed|ing)|sought|said|told|made|took|gave|got|bought|paid|wrote|began|became"
                        r"|came|ran|won|held|kept|met|sent|spent|brought|thought|knew|saw|chose|sold|built|did)\b",
                        re.IGNORECASE)
# (a count's own verbs: "killed", and what befell things: "1,200 jobs eliminated last year")
_STATUS_WORDS = frozenset(word for table in (lex.STATUS, lex.THING_STATUS) for phrase in table
                          for word in phrase.split())


def year_after(ctx, sentence, match: re.Match) -> str | None:
    """The label of a past year told right after a count's own words: "already cut 3,100 jobs in 2029"
    (not "the man who killed three officers was jailed in 2019": another verb's)."""
    after = _IN_YEAR_AFTER.match(ctx.text, match.end(), sentence.end)
    if after is None or (ctx.published is not None and int(after.group(1)) >= ctx.published.year):
        return None
    if any(word.lower() not in _STATUS_WORDS for word in _VERB_FORM.findall(ctx.text, match.end(), after.start(1))):
        return None
    return f"in-{after.group(1)}"


def year_when(ctx, sentence, match: re.Match) -> str | None:
    """The label of a past year whose "when" clause a count is told in: "anger left over from 2017, when a block
    fell and killed 22 people" (that year's toll, not the story's)."""
    when = None
    for when in _YEAR_WHEN_CLAUSE.finditer(ctx.text, sentence.start, match.start()):
        pass
    year = when.group(1) or when.group(2) if when is not None else None
    if year is None or (ctx.published is not None and int(year) >= ctx.published.year):
        return None
    if any(ch in ".;:" for ch in ctx.text[when.end():match.start()]):
        return None
    return f"in-{year}"


# (and "set in August 2019, during a heatwave that killed 211 people": that heatwave's toll; "a leak in 2014
# that injured 28 people", "the landslide of 2017, which killed 23", "the bridge fell in 2018, killing 12")
_YEAR_WHEN_CLAUSE = re.compile(rf"\b(?:of|in|since|from|until|to)\s+(?:{MONTH}\s+)?((?:19|20)\d\d)\s*,?\s+"
                               r"(?:when|during|which|that|in\s+which|killing|injuring|wounding|leaving)\b"
                               # "the 2014 chlorine leak at the plant, in which 28 people were hurt"
                               r"|\b(?:the|a|an)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
                               r"(?:\s+(?:at|in|on|near)\s+[^.;:,]{1,40}?)?\s*,?\s+(?:which|that|in\s+which)\b",
                               re.IGNORECASE)


def year_in_subject(ctx, sentence, match: re.Match) -> str | None:
    """The label of a past year told with the incident that a count's verb has for subject: "The collapse at
    the Varun Hills mine in 2029 killed 41 workers" (that year's toll, not the story's)."""
    incident = None
    for incident in ctx.p["incident"].finditer(ctx.text, sentence.start, match.start()):
        pass  # (its word, whether or not the article counts it as an incident of its own)
    if incident is None:
        return None
    year = _IN_YEAR_THEN_VERB.match(ctx.text, incident.end(), match.start())
    if year is None or (ctx.published is not None and int(year.group(1)) >= ctx.published.year):
        return None
    return f"in-{year.group(1)}"


# the rest of the subject, a year in it, then the verb: " at the Varun Hills coal mine in 2029 killed "
_IN_YEAR_THEN_VERB = re.compile(r"[^.;,\d]{0,60}?\bin\s+((?:19|20)\d{2})\s+(?:[a-z]+\s+){1,3}$")


def tally_label(ctx, sentence, match: re.Match) -> str | None:
    """The period a count tallies, as a subject's label ("2016-to-date", "since-2011"), if its part of
    the sentence (between semicolons) says it is a running tally."""
    text = ctx.text
    start = max(sentence.start, text.rfind(";", sentence.start, match.start()) + 1)
    end = text.find(";", match.end(), sentence.end)
    tally = _TALLY.search(text, start, end if end >= 0 else sentence.end)
    if tally is not None and _SUPERLATIVE_BEFORE.search(text, max(start, tally.start() - 40), tally.start()):
        tally = None  # "the strongest since 1999": a comparison, not a tally
    year = ctx.published.year if ctx.published else None
    if tally is None and _PERFECT_THIS_YEAR.match(text, match.end(), end if end >= 0 else sentence.end):
        # "41 people had been killed by mines in the province this year": so far this year, no one happening's
        return f"{year}-to-date" if year else "to-date"
    if tally is None:
        led = lead_year(ctx, sentence, YEAR_LEAD.match(text, start, match.start()))
        return f"in-{led}" if led and (year is None or int(led) < year) else None
    if tally.start() > match.end() and not tally.group("last_year") and any(
            word.lower() not in _STATUS_WORDS for word in _VERB_FORM.findall(text, match.end(), tally.start())):
        return None  # "which killed 52 people, was caused by nitrate left in a warehouse since 2021": another verb's
    if tally.group("since_year"):
        return f"since-{tally.group('since_year')}"
    if tally.group("since_month"):
        month = lexicon_word(tally.group("since_month"))
        since_year = tally.group("since_month_year")
        if not month.startswith("jan") and (since_year is None or (year is not None and int(since_year) == year)):
            # "displaced since April", in a crisis that began then: its own span, no running tally (those are
            # counted from January: "since January, 76 people have been shot")
            return None
        return f"since-{month}" + (f"-{since_year}" if since_year else "")
    if tally.group("since_start"):
        return "since-start"  # "more than 1,400 people have been killed in the insurgency since it began"
    if tally.group("since_last"):
        return f"since-{year - 1}" if year else "since-last-year"
    if tally.group("last_year"):
        if tally.start() > match.end() and any(
                word.lower() not in _STATUS_WORDS for word in _VERB_FORM.findall(text, match.end(), tally.start())):
            return None  # "the man who killed three officers declared last year": the year another verb's
        return f"in-{year - 1}" if year else "last-year"
    return f"{year}-to-date" if year else "to-date"
