"""Dates and years of events: the day an incident happened, a visit began, a ceasefire ended;
not the day something was said, a figure updated, or a bound ("since", "by").
"""

from __future__ import annotations

import re
from datetime import date

from claimtrack.extract import lexicon as lex
from claimtrack.extract.events import CLAUSE_VERB, agreed_event, antecedent_event, event_key, event_moment, event_near
from claimtrack.extract.happenings import FIRST_NOTED, another_happening
from claimtrack.extract.incidents import POSSESSIVE, incident_for
from claimtrack.extract.model import Found, Prior, Rule, examples, negatives
from claimtrack.extract.outlooks import ANOTHER_LEADS, YEAR_LEAD, lead_year
from claimtrack.extract.patterns import KILLING_DEEDS, MONTH, QUAL, WEEKDAYS, WORD_NUMBER, alternation


_WINDOW_OR_AHEAD = re.compile(
    r"(?:this|next|earlier\s+this|later\s+this|early\s+this)\s+(?:week|month|year|weekend)|next\s", re.IGNORECASE)
_DATE_PREPOSITION = re.compile(r"^(?:on|since|by|until|from|in)\s+", re.IGNORECASE)
_THE_LEAD = re.compile(r"^the\s+", re.IGNORECASE)
_BOUND = re.compile(r"(?:by|until|since)\b", re.IGNORECASE)
_FROM = re.compile(r"from\b", re.IGNORECASE)


def read_date(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    raw = m.group(0)
    if _WINDOW_OR_AHEAD.match(raw):
        return None  # a window or the future: not the day something happened
    value = _DATE_PREPOSITION.sub("", raw)
    value = _THE_LEAD.sub("", value)
    if _ORDINAL_DAY.fullmatch(value):
        value = "the " + value  # "on the 27th": "27th" alone is an ordinal, "the 27th" a day
    possessive = POSSESSIVE.match(ctx.after(m.end(), 3))
    if possessive is not None and _MARKET_DAY_AFTER.match(ctx.text, m.end() + possessive.end()):
        return None  # "31% over Friday's close": a market's day, a price's basis, no happening's
    if possessive is not None and value == raw:  # (not "died on Monday's flight home": the day she died)
        owned = _OWNED_AFTER.match(ctx.text, m.end() + possessive.end())
        if owned is not None and not ctx.p["incident"].search(owned.group(0)) \
                and not ctx.p["event"].search(owned.group(0)):
            return None  # "the protests that prompted Tuesday's emergency decree": the decree's day, no happening's
    if _BOUND.match(raw) or (_FROM.match(raw) and not possessive and not _SPAN.search(raw)):
        return None  # a bound, not the day something happened
    if _THE_LAST_UNIT.fullmatch(_DATE_PREPOSITION.sub("", raw)):
        # "in the last week of the talks", "over the past month": a stretch, or the final one of something, not the
        # calendar's last week or month
        return None
    if _AGO_BEFORE.search(ctx.before(m.start(), 8, sentence.start)):
        return None  # "a week ago Sunday": the Sunday before last, not the last one; left unread
    if not possessive and _COMPARED_BEFORE.search(ctx.before(m.start(), 40, sentence.start)):
        return None  # "higher than at this time last year", "the same level as last year": a comparison's basis
    if _RESULTS_OUT_BEFORE.search(ctx.before(m.start(), 60, sentence.start)):
        return None  # "final results released on Monday": when the results came out, no election's day
    if _EARLIER_COUNT_BEFORE.search(ctx.before(m.start(), 80, sentence.start)):
        # "540 firefighters, up from 320 on Wednesday": when the figure before was given, no happening's day
        return None
    if _SPAN_END_BEFORE.search(ctx.before(m.start(), 60, sentence.start)) or (
            _BETWEEN_BEFORE.search(ctx.before(m.start(), 10, sentence.start)) and _AND_AFTER.match(ctx.text, m.end())):
        # "from Jan. 1, 2014, through June 30", "between June 2011 and June 2014": a span's ends, not the day
        # something happened
        return None
    if not _FOUR_DIGITS.search(raw) and _PLAN_BEFORE.search(ctx.text, sentence.start, m.start()):
        # "a timetable: a national dialogue in May, ...": days ahead, which a month or a weekday with no year,
        # read as the last one before the report, would misdate (what is said to come is left unread in _dated)
        return None
    if _BARE_MONTH.fullmatch(value) and ctx.published is not None and any(
            int(year) < ctx.published.year for year in _PAST_YEAR.findall(ctx.text, sentence.start, sentence.end)):
        # "became prime minister in December 2024, after an election in November": the month of a year the sentence
        # tells, which the publication's date would put a year or two off; left unread
        return None
    if _CAPTION_DATE.fullmatch(raw) and ctx.before(m.start(), 3, sentence.start).rstrip().endswith(",") \
            and _CAPTION_END.fullmatch(ctx.text, m.end(), sentence.end):
        return None  # a photo's caption: the day the picture was taken
    return dated(ctx, sentence, m, value, "date", "dates")


# what a day's possessive names: "Tuesday's emergency decree", "Saturday's rally"
_OWNED_AFTER = re.compile(r"(?:\s*[\w-]+){1,3}")
# a market's day named by its possessive: "Friday's close", "Monday's trading session"
_MARKET_DAY_AFTER = re.compile(r"\s+(?:(?:closing|opening|trading|intraday|record)\s+)?(?:close|closing|session|trading"
                               r"|open|opening|high|low|level|price|prices)\b", re.IGNORECASE)
_RESULTS_OUT_BEFORE = re.compile(r"\bresults?\s+(?:[\w'’-]+\s+){0,3}?(?:were\s+|was\s+)?(?:released|announced"
                                 r"|published|declared|certified)\s+$", re.IGNORECASE)
_FIGURE = rf"(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:\d[\d,.]*|{WORD_NUMBER})(?:\s+[a-z][\w-]*)?\s+$"
_EARLIER_COUNT_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|rose|risen|raising|raised|fell|fallen|falling|dropped|increased|decreased|climbed|jumped"
    rf"|grew|grown|revised)(?:\s+[\w'’-]+){{0,3}}?|\bto\s+[\d,.]+(?:\s+[a-z]+)?)\s+from\s+{_FIGURE}"
    rf"|\bcompared\s+(?:with|to)\s+{_FIGURE}", re.IGNORECASE)
_PLAN_BEFORE = re.compile(r"\b(?:timetable|roadmap|road\s+map|calendar|schedule)\s*:", re.IGNORECASE)
_AGO_BEFORE = re.compile(r"\bago\s+$", re.IGNORECASE)
_THE_LAST_UNIT = re.compile(r"the\s+(?:last|past|previous)\s+(?:week|weekend|month|year|decade|quarter)", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:than|as|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:at|in|during|over|for)\s+)?"
                              r"(?:(?:this|that|the\s+same)\s+(?:time|point|period|stage)\s+(?:of\s+|in\s+)?)?$"
                              # the year of a figure a figure is set against: "86 women were elected, against 71 in
                              # 2022", "up from 4.1% in 2019"
                              r"|\b(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s+"
                              r"(?:about\s+|some\s+)?"
                              r"[\d,.]*\d(?:\s*%|\s+(?:percent|per\s+cent|[a-z]+))?\s+(?:(?:in|during)\s+)?$",
                              re.IGNORECASE)
# what is agreed or announced on one day and begins on another
_AGREED_APART = frozenset({"ceasefire", "lockdown", "ban", "sanctions"})
_AGREED_VERB = re.compile(r"\b(?:agreed|brokered|negotiated|announced|reached|signed|struck|unveiled)\b", re.IGNORECASE)
_AGREED_BEFORE = re.compile(r"\b(?:agreed|agreeing|brokered|brokering|negotiated|announced|announcing|reached|signed"
                            r"|signing|struck|unveiled)\s+(?:to\s+)?(?:(?:a|an|the|its|their)\s+)?"
                            r"(?:[\w'’\-]+\s+){0,2}$",
                            re.IGNORECASE)
_BEGAN_VERB = re.compile(r"\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|began|begun|started"
                         r"|kicked\s+in|entered\s+into\s+force)\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_AFTER = re.compile(r",?\s+(?:and|to|through|until)\s", re.IGNORECASE)
_SPAN_END_BEFORE = re.compile(r"\b(?:from|between)\s+[^;]{3,40}?\s(?:through|thru|to|till|until|and)\s+$",
                              re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
_SPAN = re.compile(r"\s(?:to|until)\s", re.IGNORECASE)  # "from 3 to 7 July": the days it happened

_YEAR_BOUND = re.compile(r"(?:by|until|from|since|as\s+of)\b", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")


def read_year(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    raw = m.group(0)
    record = _RECORD_BEFORE.search(ctx.text, max(sentence.start, m.start() - 60), m.start()) \
        if raw[:5].lower() == "since" and (ctx.incidents_in(sentence.start, m.start()) or _DISASTER_WORD.search(
            ctx.text, sentence.start, m.start())) else None
    if record is not None:
        # "the worst drought since 2009", "the deadliest attack since 2017": the last one as bad, which two
        # outlets may give as two years (the earlier one's own figures are read apart: see guards); only where
        # the sentence names the incident, or calls it a crisis or a disaster ("inflation, the highest since 1982"
        # is no drought's)
        subject, incident = incident_for(ctx, sentence, m.start(), m.end())
        if incident is not None:
            return Found(record.start(), m.end(), f"{subject}.record-since", _FOUR_DIGITS.search(raw).group(0),
                         m.start(), "year", "years")
    if _YEAR_BOUND.match(raw):
        return None
    year = _FOUR_DIGITS.search(raw).group(0)
    if _RECORD_SET_BEFORE.search(ctx.text, max(sentence.start, m.start() - 20), m.start()):
        return None  # "the record of 43.2C set in 2019": when a record was set, no happening's year
    if _COMPARED_BEFORE.search(ctx.before(m.start(), 40, sentence.start)) \
            and not POSSESSIVE.match(ctx.after(m.end(), 3)):
        return None  # "more shootings than in 2019": a comparison's basis
    if published_year := (ctx.published.year if ctx.published else None):
        if int(year) > published_year:
            return None
    return dated(ctx, sentence, m, year, "year", "years")


_YEAR_BEFORE_WORDS = ("last year", "a year ago")  # a date that is the year before the report's
_DISASTER_WORD = re.compile(r"\b(?:crisis|disaster|emergency|catastrophe|tragedy|calamity)\b", re.IGNORECASE)
_RECORD_BEFORE = re.compile(r"\b(?:worst|deadliest|strongest|biggest|largest|highest|lowest|heaviest|hottest|coldest"
                            r"|wettest|driest|longest|most\s+(?:severe|powerful|destructive|intense|serious))\b"
                            r"(?:\s+[\w'’-]+){0,3}\s+$", re.IGNORECASE)
_RECORD_SET_BEFORE = re.compile(r"\b(?:set|established)\s+(?:back\s+)?(?:in\s+)?$", re.IGNORECASE)


# what someone means to do, and a protest called for a day: "offered to meet the unions on Thursday", "called a
# nationwide strike for Monday" (the day it is meant for, read in the past, would be a week off)
_MEANING_TO = ("offered", "offers", "agreed", "agrees", "promised", "promises", "pledged", "pledges", "vowed", "vows",
               "threatened", "threatens", "intends", "hopes", "wants", "plan", "planning")
_CALLED_FOR = ("strikes?", "protests?", "walkouts?", "rall(?:y|ies)", "march(?:es)?", "demonstrations?", "stoppages?",
               "shutdowns?", "meetings?", "sessions?", "vigils?", "votes?")
_MEANT_FOR = (rf"(?:{'|'.join(_MEANING_TO)})\s+to\s+[a-z]+|(?:called|calls|calling|announced|announces|set|planned"
              rf"|scheduled)\s+(?:for\s+)?(?:a|an|the)\s+"
              rf"(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(_CALLED_FOR)})(?:\s+(?:[\w-]+\s+){{0,4}}?for)?")
_MEANT_BEFORE_DATE = re.compile(rf"\b(?:{'|'.join(_MEANING_TO)})\s+(?:on\s+)?$", re.IGNORECASE)
_TO_VERB_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)(?-i:[a-z]+)\b", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|shall|set\s+for|scheduled|due|expected|slated|planned|plans|to\s+be\s+held"
    # "is to chair a meeting on Monday" (not "is to blame")
    r"|(?:is|are)\s+to\s+(?!blame\b)(?-i:[a-z]+)"
    # what is foreseen: "forecasters expect the heat to break on Sunday"
    r"|expects?|predicts?|anticipates?|forecasts?"
    r"|postponed\s+(?:to|until)|next|upcoming|as\s+of|" + _MEANT_FOR + r")\b", re.IGNORECASE)
# what could, may or might be done on a day: "a strike could be called in January", "might be released later in
# the day Friday" (lower case: not the month; not "could be behind a Sunday night shooting", a guess at a cause)
_DONE = ("held", "set", "made", "put", "run", "kept", "met", "built", "sent", "brought", "cut", "shut")
_MAYBE_BEFORE = re.compile(rf"\b(?-i:could|may|might)\s+(?:still\s+)?be\s+(?:[a-z]+(?:ed|en)|{'|'.join(_DONE)})"
                           r"(?:\s+[\w'’-]+){0,4}?\s+$"
                           # what could or should happen: "the flood wave could reach the city on Thursday", "the
                           # heat should ease on Sunday" (not "could not", "might have", nor "could be")
                           r"|\b(?-i:could|should|might)\s+(?:still\s+|also\s+|only\s+)?(?!not\b|have\b|be\b)"
                           r"(?-i:[a-z]+)(?:\s+[\w'’-]+){0,4}?\s+$", re.IGNORECASE)
# a start or an end told in the present, in the text (a headline's present is its past): "the truce starts on
# Friday morning", read in the past, would be a week off
_AHEAD_PRESENT = re.compile(r"\b(?:starts|begins|takes\s+effect|take\s+effect|comes\s+into\s+force|come\s+into\s+force"
                            r"|goes\s+into\s+effect|go\s+into\s+effect|kicks\s+off|resumes|expires|opens|arrives"
                            # what goes on or sits next: "the strike continues on Friday", "the cabinet meets on
                            # Thursday", "the court rules on Monday"
                            r"|continues|ends|closes|concludes|meets|convenes|reconvenes|debates|decides|rules"
                            # "the board meets again on April 30": the next one
                            r"|(?:meets|meet|convenes|reconvenes|sits|votes|returns|resume)\s+again)\b"
                            r"(?:\s+(?:at|on|from|early|late|this))*\s+$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PERFECT_OF_ANOTHER = re.compile(r"\b(?:had|has|have)\s+been\s+(?!held|scheduled|set|planned|due|expected|called"
                                 r"|postponed|moved|brought\s+forward)[a-z]+\b", re.IGNORECASE)
_TO_LEVEL_END = re.compile(rf"\bto\s+{QUAL}?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s+(?:on\s+|by\s+)?$",
                           re.IGNORECASE)
# "had the fire 30% contained on Monday": the figure's day
_STATE_OF_FIGURE_END = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+(?:contained|complete|completed|counted)\s+"
                                  r"(?:on\s+|by\s+)?$", re.IGNORECASE)
_RISE_VERB = re.compile(r"\b(?:rose|risen|rising|climbed|reached|stood|stands|jumped|increased|topped|passed)\b")

# a photo's caption, as agencies write it: "..., Friday, June 17, 2016, in Orlando." The date is
# when the picture was taken, not when what it shows happened
_BARE_MONTH = re.compile(rf"(?:(?:early|late|mid|mid-)\s*)?{MONTH}", re.IGNORECASE)
_PAST_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_CAPTION_DATE = re.compile(rf"(?:{alternation(WEEKDAYS, lower=False)}),\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}")
_CAPTION_END = re.compile(r"\s*(?:,\s*(?:in|near|at|outside)\s+[A-Z](?:[^.;]|\.(?=[\s,]*[A-Z]))*?)?\.?\s*$")


# the verb of the main clause, after an event's own set off by a comma: ", failed on", ", collapsed on"
_FAILED = ("failed", "collapsed", "burst", "broke", "fell", "gave way", "sank", "caved in", "crumbled", "flooded",
           "caught fire", "exploded", "was hit", "was destroyed", "was damaged")
# someone named doing something else right before the date: "... the one Stavros presented in September"
_NAMED_DOER_BEFORE = re.compile(r"\b(?:the\s+one|which|that|whom)\s+(?-i:[A-Z][a-z]+)\s+(?:had\s+|has\s+)?"
                                r"(?-i:[a-z]+ed)\s+(?:(?:it|them)\s+)?(?:(?:in|on)\s+)?$", re.IGNORECASE)
_ANOTHER_CLAUSE_VERB = re.compile(r",\s+(?:(?:then|later|suddenly|finally)\s+)?(?:%s)\s+(?:[a-z]+\s+){0,3}$"
                                  % "|".join(verb.replace(" ", r"\s+") for verb in _FAILED))


_LAST_DID = re.compile(r"\b(?:last|previously)\s+[a-z]+\s+(?:in\s+)?$", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?:1[89]|20)\d\d")


_DEED_OF_BETWEEN = re.compile(rf"\b(?:{KILLING_DEEDS}|killings?|deaths?|torture|abduction|kidnapping|rape)\s+of\b",
                              re.IGNORECASE)


# a day some way into a happening: "entered its third day on Wednesday", "in its second week on Friday"
_NTH_DAY_BEFORE = re.compile(r"\b(?:enter(?:ed|s|ing)?|into|in|reached|reaches|marked|marks)\s+its\s+[\w-]+\s+"
                             r"(?:day|week|month)\s+(?:on\s+)?$", re.IGNORECASE)


_NTH_DAY_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+(?:the|its)\s+(?:[\w-]+\s+){1,2}?"
                            r"(?:full\s+)?(?:day|week|night)\s+of\b", re.IGNORECASE)


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:(?:deadly|fatal|massive|huge|powerful|devastating|overnight|early|late"
                               r"|morning|night|evening|afternoon)\s+){0,2}")


_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})"
                        rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH})\b(?!,?\s*\d{{4}})")


# what is set for one day ahead, named before it: an election, a vote, a strike, a truce
_SCHEDULED = re.compile(r"\b(?:elections?|polls|vote|voting|referendum|run-?off|ballot|strike|walkout|ceasefire|truce"
                        r"|summit)\b(?![^.;]{0,40}\b(?:hearing|trial|court|sentencing|arraignment)\b)", re.IGNORECASE)


def _soon_after(ctx, value: str) -> bool:
    """Whether a date said as ahead is a month and a day (no year) that falls in the two months after
    publication, which the value reader reads as that coming day."""
    said = _MONTH_DAY.search(value)
    if said is None or ctx.published is None:
        return False
    month = lex.MONTH_NUMBERS.get((said.group("month") or said.group("month2")).lower().rstrip("."))
    day = int(said.group("day") or said.group("day2"))
    if month is None:
        return False
    for year in (ctx.published.year, ctx.published.year + 1):
        try:
            gap = (date(year, month, day) - ctx.published).days
        except ValueError:
            return False
        if 0 < gap <= 60:
            return True
    return False


def dated(ctx, sentence, m: re.Match, value: str, kind: str, rule: str) -> Found | None:
    c_start, _ = ctx.clause(sentence, m.start())
    lead = ctx.before(m.start(), 60, c_start)
    if (_AHEAD_BEFORE.search(lead) or _MAYBE_BEFORE.search(lead) or (
            not ctx.headline and _AHEAD_PRESENT.search(ctx.before(m.start(), 40, c_start)))) \
            and not (_SCHEDULED.search(lead) and _soon_after(ctx, value)):
        # a date ahead of publication: read in the past, it would be a year off (but a vote's or a strike's, with a
        # month and a day in the next two months, reads as that coming day: "voters will go to the polls on
        # Sunday, March 22"; no hearing's or trial's, each one of many)
        return None
    return _dated(ctx, sentence, m, value, kind, rule, c_start, lead)


def _dated(ctx, sentence, m: re.Match, value: str, kind: str, rule: str, c_start: int, lead: str) -> Found | None:
    text = ctx.text
    if _MEANT_BEFORE_DATE.search(lead) and _TO_VERB_AFTER.match(text, m.end()):
        return None  # "had threatened last week to quit": the day of the threat, not of the quitting
    if _NTH_DAY_BEFORE.search(lead) or _NTH_DAY_AFTER.match(text, m.end()):
        # "the strike entered its second day on Tuesday", "on Sunday, the last full day of the truce": a day of
        # it, not the day it began
        return None
    if _NAMED_DOER_BEFORE.search(lead):
        return None  # "not quite the budget Stavros presented in September": his deed's month, in a clause of its own
    event = event_near(ctx, sentence, m.start(), m.end(), same_clause=True)
    antecedent = None
    # none before the date in its clause, or only the relative clause's own verb ("the summit, which
    # opened on Thursday"): the clause is about its antecedent
    if event is None or event[2] >= m.end() or CLAUSE_VERB.fullmatch(ctx.text, c_start, event[2]):
        antecedent = antecedent_event(ctx, sentence, c_start)
        event = antecedent or event
    if event is not None and event[0] != "incident":
        # "died in Tuesday's bombardment": the day named with the incident is the incident's, whatever came before
        own = _POSSESSIVE_AFTER.match(text, m.end())
        named = next((inc for inc in ctx.incidents_in(own.end(), own.end() + 1) if inc.start == own.end()), None) \
            if own is not None else None
        if named is not None:
            event = ("incident", named.kind, named.start, named.end)
    if event is None:
        return _it_began(ctx, sentence, m, value, kind, rule)
    which, name, e_start, e_end = event
    if name == "contract" and which == "person":
        event = agreed_event(ctx, c_start, e_start, e_end) or event
        which, name, e_start, e_end = event
    other = ANOTHER_LEADS.match(text, sentence.start, min(m.start(), e_start)) if which != "incident" else None
    if other is not None and e_start - other.end() <= 25:
        # "A previous ceasefire, agreed in 2023, ...": another one's moment, not the story's (not "Another man
        # ... was released on Thursday": another person)
        return None
    if e_start >= m.end() and RELATIVE_TO.search(text, max(m.end(), e_start - 40), e_start):
        return None  # "on Saturday night, four hours prior to the attack": a day told from the happening, not its own
    # "said on Monday", "told reporters on Friday": the day it was said, not the day it happened
    between = text[e_end:m.start()] if e_end <= m.start() else text[m.end():e_start]
    speech = None
    for sm in ctx.finditer_before(ctx.p["speech"], m.start(), 45, sentence.start):
        speech = sm
    if speech is not None and (e_end <= speech.start() or e_start >= m.end()):
        return None
    if len(between) > 90:
        return None
    if which != "incident" and e_start >= m.end() and _PERFECT_OF_ANOTHER.search(between):
        # "the span that fell on Tuesday morning had been given a rating at its last inspection": the day of the
        # fall, told in a clause of its own before the inspection's
        return None
    if e_end <= m.start() and _DIGIT.search(between) and (_RISE_VERB.search(between) or _TO_LEVEL_END.search(between)
                                                          or _STATE_OF_FIGURE_END.search(between)):
        # "the toll rose to 45 on Tuesday", "increased containment of the fire to 20 percent on Thursday": the day
        # of the figure, not of the event
        return None
    if which != "incident" and e_end <= m.start() and _DEED_OF_BETWEEN.search(between):
        # "convicted on nine counts, including the murder of 143 civilians in 2019": the killings' year, no
        # conviction's (left unread: what the killings are keyed by is the count's to say)
        return None
    if which != "incident" and name in lex.OWN_SUBJECT_EVENTS and e_end <= m.start() \
            and _ANOTHER_CLAUSE_VERB.search(between):
        return None  # "the dam, built in 1971 to supply water, failed on Sunday": the failure's day, no building's
    if which == "incident" and e_end <= m.start() and text[e_end - 2:e_end] == "ed" \
            and ctx.search_before(_ARTICLE_BEFORE, e_start, 6):
        return None  # "sealed a tank at a shelled chemical plant on Friday": what was shelled, no day of the shelling
    if which == "incident":
        if another_happening(ctx, between, e_start, e_end, m.start(), m.end(), c_start):
            return None  # "the shooting ... were identified Friday": the day of something else
        own = ctx.incident_at(e_start, e_end) if antecedent else None
        subject = own.key if own is not None else incident_for(ctx, sentence, m.start(), m.end())[0]
        if value.lower() in _YEAR_BEFORE_WORDS and ctx.published is not None and not _YEAR_IN.search(subject):
            # "Last year, an attack on a clinic killed 11": that year's, as its toll is (never the story's own day)
            subject = f"{subject}-in-{ctx.published.year - 1}"
        led = lead_year(ctx, sentence, YEAR_LEAD.match(text, sentence.start, m.end() + 2))
        if led and ctx.published is not None and int(led) < ctx.published.year and not _YEAR_IN.search(subject):
            # "In March 2019, a ferry capsized in the bay, killing 31": that year's ferry, as its toll is
            subject = f"{subject}-in-{led}"
        key = f"{subject}.date"
    else:
        key = event_key(ctx, sentence, m.start(), name, e_start, e_end, "date")
        if key is None:
            return None
        year = _past_year(ctx, value) if kind == "date" and _EARLIER_ONE.search(text, sentence.start, m.start()) \
            else None
        if year is None and value.lower() in _YEAR_BEFORE_WORDS and ctx.published is not None \
                and (name in lex.OWN_SUBJECT_EVENTS or name == "vote") and not _YEAR_IN.search(key.partition(".")[0]):
            # "A year ago, the budget passed by five votes": that year's vote, of the kind held each year (while
            # "was sanctioned last year" is the day of the sanctions a story is about)
            year = f"in-{ctx.published.year - 1}"
        if year is not None:
            # "Last year's budget, which passed in December 2031": that year's vote, no day of this one's
            subject, _, rest = key.partition(".")
            key = f"{subject}-{year}.{rest}"
    moment = event_moment(ctx, e_start, e_end, m.start())
    if moment is None and kind == "date" and name in _AGREED_APART and len(between) <= 60 \
            and not _BEGAN_VERB.search(between) \
            and (_AGREED_VERB.search(between) or _AGREED_BEFORE.search(text, max(c_start, e_start - 40), e_start)):
        # "the ceasefire, agreed on Tuesday, took effect on Thursday": the day it was agreed is not the day it began
        # (a year is both's: "the ceasefire agreed in 2019")
        moment = ("agreement", e_start, e_end)
    if moment is not None:
        key = key[: -len(".date")] + f".{moment[0]}.date"
        e_start, e_end = min(e_start, moment[1]), max(e_end, moment[2])
    if kind == "year" and key in _NO_ONES_DEAL:
        return None  # the year of a deal no one is named as making: some other deal's, told as background
    if kind == "year":
        key = key[: -len(".date")] + ".year"
        last = _LAST_DID.search(text, min(e_end, m.start()), m.start()) if which == "incident" else None
        if last is not None and ctx.published is not None and _YEAR_IN.search(value) \
                and int(_YEAR_IN.search(value).group(0)) < ctx.published.year:
            # "the volcano last erupted in 2014": the one before, not this one's year
            subject, _, rest = key.partition(".")
            year = _YEAR_IN.search(value).group(0)
            key = key if subject.endswith(f"-{year}") else f"{subject}-{year}.{rest}"
    start, end = min(m.start(), e_start), max(m.end(), e_end)
    if end - start > 80:
        start, end = m.start(), m.end()
    return Found(start, end, key, value, m.start(), kind, rule)


_NO_ONES_DEAL = frozenset({"contract.date", "talks.date"})
# a happening a moment is told from: "the night before the attack", "four hours prior to the shooting"
RELATIVE_TO = re.compile(r"\b(?:before|after|prior\s+to|ahead\s+of|following|since|until)\s+"
                         r"(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# what says an event is an earlier one of its kind: "last year's budget", "the previous talks"
_EARLIER_ONE = re.compile(r"\b(?:last\s+year['’]s|the\s+year\s+before['’]s"
                          r"|(?:the|a|an|its|their)\s+(?:previous|earlier|prior|last)\b)", re.IGNORECASE)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)


def _past_year(ctx, value: str) -> str | None:
    """The year of a date written with its year that ended half a year or more before the report, else None."""
    if ctx.published is None or not _FOUR_DIGITS.search(value):
        return None
    from datetime import date, timedelta

    from claimtrack.values.read import normalize

    read = normalize(value, ref_date=ctx.published, kind="date")
    if not read.resolved or not read.end or date.fromisoformat(read.end) > ctx.published - timedelta(days=182):
        return None
    return read.end[:4]


# "It started on Saturday": a sentence about the incident the one before it spoke of; "The first case was
# recorded on March 2": an outbreak's
_IT_BEGAN = re.compile(r"(?:(?:It|It\s+had)\s+(?:started|began|begun|broke\s+out|erupted|ignited|struck|hit|happened"
                       r"|occurred|took\s+place)"
                       r"|(?P<case>The\s+first\s+(?:confirmed\s+|known\s+)?(?:cases?|infections?)(?:\s+of\s+the\s+\w+)?"
                       r"\s+(?:was|were|had\s+been)\s+(?:recorded|detected|confirmed|identified|diagnosed)))"
                       r"\s+(?:(?:early|late|shortly\s+after|just\s+after|before)\s+)?$")
# "... an outbreak ... since it was first detected on March 12", "a wildfire ... since it broke out on Thursday":
# the incident the sentence named before "it"
_IT_FIRST_NOTED = re.compile(rf"\b(?:since|after|when)\s+(it\s+(?:was\s+{FIRST_NOTED}|broke\s+out|began|started"
                             r"|erupted|ignited|was\s+(?:sparked|started)))\s+(?:(?:early|late)\s+)?$", re.IGNORECASE)


def _it_began(ctx, sentence, m: re.Match, value: str, kind: str, rule: str) -> Found | None:
    """The day "it" began, where "it" opens the sentence after one that names a specific incident;
    or where "it" was first noticed, after the incident it stands for ("an outbreak ... since it was
    first detected on March 12")."""
    noticed = _IT_FIRST_NOTED.search(ctx.text, sentence.start, m.start())
    if noticed is not None and any(inc.specific for inc in ctx.incidents_in(sentence.start, noticed.start())):
        subject, _ = incident_for(ctx, sentence, m.start(), m.end())
        key = f"{subject}.date" if kind == "date" else f"{subject}.year"
        return Found(noticed.start(1), m.end(), key, value, m.start(), kind, rule)
    began = _IT_BEGAN.match(ctx.text, sentence.start, m.start())
    if began is None or sentence.index == 0:
        return None
    previous = ctx.doc.sentences[sentence.index - 1]
    if not any(inc.specific for inc in ctx.incidents_in(previous.start, previous.end)):
        return None
    subject, _ = incident_for(ctx, sentence, m.start(), m.end())
    if began.group("case") and not subject.startswith("outbreak"):
        return None  # a first case is an outbreak's
    key = f"{subject}.date" if kind == "date" else f"{subject}.year"
    return Found(sentence.start, m.end(), key, value, m.start(), kind, rule)


DATES = Rule("dates", "value", read_date, kind="date",
              reads="the day an event happened, began or ended; never a bound, nor the day something was said",
              examples=examples("""
The ferry sank on 4 March off the northern coast.
    sinking.date | 4 March | sank on 4 March
The bridge collapsed on Sunday morning, police said.
    collapse.date | Sunday morning | collapsed on Sunday morning
The truce, agreed on 2 May, took effect on 4 May.
    ceasefire.agreement.date | 2 May | truce, agreed on 2 May
    ceasefire.date | 4 May | truce, agreed on 2 May, took effect on 4 May
Flooding hit the valley between 2 and 5 February.
    flood.date | between 2 and 5 February | Flooding hit the valley between 2 and 5 February
The minister began a visit to Hanoi on Monday.
    visit.date | Monday | visit to Hanoi on Monday
The truce broke down on 28 February.
    ceasefire.end.date | 28 February | truce broke down on 28 February
The blaze has destroyed 40 homes. It started on Friday near a campsite.
    fire.homes-destroyed | 40 | destroyed 40 homes
    fire.date | Friday | It started on Friday
The measles outbreak has grown to 90 cases. The first case was confirmed on 3 May.
    outbreak.cases | 90 | 90 cases
    outbreak.date | 3 May | The first case was confirmed on 3 May
"""),
              negatives=negatives("""
Officials said on Monday that the inquiry would continue.
The death toll rose to 40 on Saturday.
Prices have been frozen since 1 January.
The city recorded 212 shootings from 1 March through 30 June.
The agency logged 40 fires between May 2024 and May 2025.
Arrests are higher than at this time last year.
Crews increased containment of the fire to 20 percent on Thursday.
The summit will open next Tuesday.
Officers arrested the gunman on Friday.
The board met to discuss the results. It started on Friday.
She was arraigned on two counts Monday, including assault in the shooting.
Rescuers search the rubble after the earthquake, Sunday, May 4, 2025, in Serrat.
"""))
YEARS = Rule("years", "value", read_year, kind="year",
              reads="the year an event happened, began or ended (\"in 2019\"), never one ahead of publication",
              examples=examples("""
The dam burst in 2019, flooding three towns.
    flood-2019.year | 2019 | dam burst in 2019
The war began in 2014.
    fighting.year | 2014 | war began in 2014
The oligarch Pavel Dorin, who is under US sanctions, bought the yacht in 2015.
    pavel-dorin.sanctions | yes | under US sanctions
    ! 2015 is the year of the purchase, not of the sanctions: a verb of another happening stands between them
"""),
              negatives=negatives("""
The election will be held in 2026.
Inflation has fallen since 2022.
The plan runs until 2030.
Police recorded more shootings this year than in 2019.
"""))
