"""Counts of things, with what was done to them: "destroyed 300 homes", "fired 40 missiles
and 35 drones", "won 183 seats"; and whose a score, a seat count or a share is.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.context import APPOSITION
from claimtrack.extract.incident_words import chamber
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, Prior, REACH, Rule, examples, negatives, value_words
from claimtrack.extract.named_parts import country_part
from claimtrack.extract.patterns import (MONTH, RELATION_AFTER_POSSESSIVE, WORD_NUMBER, alternation, any_of,
                                        lexicon_word)
from claimtrack.extract.periods import month_period
from claimtrack.extract.segments import market_subject
from claimtrack.extract.rules import listings as sanctions


# a part of a whole, and where a verb of the part's own begins after the whole's words
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+", re.IGNORECASE)
_PART_STATUS = re.compile(r"\s+(?=(?:were|was|have\s+been|had\s+been|are|is)\s)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)
# the whole a part is counted of: "guilty on nine of 12 counts"
_WHOLE_OF_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{WORD_NUMBER})\s+of\s+$", re.IGNORECASE)
# a part that underwent something of its own, before the whole: "shot down 128 of the 145 drones launched" (the
# 145 were launched, the 128 shot down)
_PART_BEFORE_WHOLE = re.compile(rf"\b(?:{alternation(lex.THING_STATUS)})\s+(?:\w+\s+){{0,2}}?(?:\d[\d,]*|{WORD_NUMBER})"
                                r"\s+of\s+the\s+$", re.IGNORECASE)
# "rounds" that are ammunition: "fired 30 rounds", "rounds of ammunition", "artillery rounds"
_AMMUNITION = re.compile(r"\b(?:fired|firing|fires|shot|ammunition|artillery|mortar|tank|rifle|gun|guns|shelling"
                         r"|shells|bullets|rockets?)\b", re.IGNORECASE)
_TO_SPARE = re.compile(r"\s+to\s+spare\b", re.IGNORECASE)
_PLACES_CALLED_POINTS = re.compile(r"\b(?:crossing|entry|exit|border|distribution|collection|access|aid|check)\b",
                                   re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus|as\s+well\s+as)\s+", re.IGNORECASE)


# a level moving by so many points: "slipped three", "down four", "fell by 500"
_MOVED_BY = re.compile(r"\b(?:" + "|".join(sorted(lex.PERCENT_CHANGE_VERBS | {"slipped", "slips", "slip", "narrowed",
                                                                              "widened", "gains", "loses", "shed"}))
                       + r")\s+(?:by\s+)?(?:(?:about|some|nearly|almost|more\s+than)\s+)?$", re.IGNORECASE)
# (only a tally of a chamber's size, which rules.tallies reads: "48,190 votes to 47,921" are two candidates')
_TALLY_AFTER = re.compile(r"\s+to\s+\d{1,4}\b(?![,.]\d)", re.IGNORECASE)
_TALLY_SIDE = re.compile(r"\d{1,4}")
# "left him 312 votes behind"
_MARGIN_AFTER = re.compile(r"\s+(?:behind|ahead)\b", re.IGNORECASE)
# "picked up 40 votes in the recount": a change of a side's votes
_GAINED_BEFORE = re.compile(r"\b(?:gained|gains|gaining|picked\s+up|picks\s+up|netted|nets)\s+(?:a\s+further\s+"
                            r"|another\s+|only\s+|just\s+)?$", re.IGNORECASE)
_BASIS_POINTS = re.compile(r"\s*(?:-|\s)?basis[\s-]+points?\b|\s*bps?\b", re.IGNORECASE)
_MARGIN_OF_ERROR_BEFORE = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of\s+)?(?:plus\s+or\s+minus\s+)?"
                                     r"(?:\+/-\s*)?$", re.IGNORECASE)
_AIRBORNE = frozenset({"drones", "missiles"})  # what an air defence destroys it intercepts


_FIRED = frozenset({"drones", "missiles", "shells", "sea-drones"})  # what strikes a place when fired at it
_GROUND = frozenset({"villages", "buildings"})
# cases of what no outbreak spreads: "1,200 cases of acute malnutrition", "40 cases of fraud"
_CASES_OF = re.compile(r"\s+of\s+(?:(?:acute|severe|moderate|suspected|confirmed|reported|new)\s+)*"
                       rf"({alternation(lex.NON_OUTBREAK_CASES)})\b", re.IGNORECASE)  # what forces take: "have taken 19 villages"


def read_thing(ctx, sentence, m, raw, thing, noun_end, c_start, c_end, prior: Prior) -> Found | None:
    """A count of things (``thing``, its noun ending at ``noun_end``) and what was done to them."""
    text = ctx.text
    if thing == "points" and (_BASIS_POINTS.match(text, m.end()) or _MARGIN_OF_ERROR_BEFORE.search(
            text, max(sentence.start, m.start() - 40), m.start())
            or _PLACES_CALLED_POINTS.search(text, m.end(), noun_end)):
        # "lower borrowing costs by 100 to 150 basis points": a rate's move, no one's points (the percent rule's);
        # "a margin of error of 0.9 points": how far a poll may be off; "four crossing points": places
        return None
    if thing == "shells" and text[m.end():noun_end].lower().split()[-1:] == ["rounds"] \
            and not _AMMUNITION.search(text, sentence.start, sentence.end):
        return None  # "It took three rounds", "after two rounds of talks": a contest's or talks', no ammunition
    status = None
    s_start, s_end = m.start(), noun_end
    before = ctx.before(m.start(), 40, c_start)
    bm = ctx.p["thing_status_before"].search(before)
    if bm:
        status = lex.THING_STATUS.get(" ".join(bm.group(1).lower().split()))
        s_start = m.start() - len(before) + bm.start()
    else:
        am = ctx.p["thing_status_after"].match(ctx.after(noun_end, 50, c_end))
        apposition = None if am else APPOSITION.match(text, noun_end, sentence.end)
        if apposition:  # "Roughly 4,000 homes, or one in five in the district, were flooded"
            am = ctx.p["thing_status_after"].match(ctx.after(apposition.end(), 50, sentence.end))
            noun_end = apposition.end() if am else noun_end
        if am:
            status = lex.THING_STATUS.get(" ".join(am.group(1).lower().split()))
            s_end = noun_end + am.end(1)
    part_of = _PART_OF_AFTER.match(text, m.end())
    if part_of is not None and bm is None and status is not None:
        # "38 of the 52 rockets fired from Ostrel were intercepted": what the whole underwent is said right after
        # its noun; what the part did, after a verb of its own further on
        own = _PART_STATUS.search(text, noun_end, c_end)
        later = ctx.p["thing_status_after"].match(text, own.start()) if own is not None else None
        if later is not None:
            status = lex.THING_STATUS.get(" ".join(later.group(1).lower().split()))
            s_end = later.end(1)
    if thing == "job-losses":
        thing, status = "jobs", "lost"  # "announced 6,800 job cuts", "1,400 people will lose their jobs"
    if status == "captured" and thing not in _GROUND and bm is not None \
            and lexicon_word(bm.group(1)) in ("taken", "took"):
        status = None  # "taken to two nearby hospitals": no ground won; "taken 19 villages" is
    if status == "lost" and thing in ("homes", "buildings"):
        status = "destroyed"  # "63 homes have been lost" to a fire or a flood: destroyed, as the other outlets say
    if status == "died" and thing != "animals":
        status = None  # only living things die: "55,000 cattle have died"
    if status == "gained" and thing == "jobs":
        status = "created"  # "the economy gained 12,000 jobs"
    if status == "created" and thing != "jobs":
        status = None  # "added 74 ships to its list": nothing made; only jobs are added as created
    if status == "struck" and thing not in _FIRED:
        status = None  # "hit by two trucks": no weapon's strike
    listed_at = sanctions.listing(ctx, sentence, m.start(), noun_end) if status is None else None
    if listed_at is not None:  # "adding 48 individuals and 35 entities to its blacklist"
        status, s_start = "sanctioned", min(s_start, listed_at)
    if status is None:
        # listed after another kind of thing, which the verb governs too: "fired 40 missiles and 35 drones"
        # (not after the same kind: "14 villages, two towns" would give one key two figures)
        previous = prior.thing_in(sentence.index)
        if previous is not None and previous[0] != thing and _LIST_JOIN.fullmatch(text, previous[2], m.start()):
            status = previous[1]
    # what the things that follow in a list may take: this thing's fate as worded, read or not proposed
    noted = Found(m.start(), noun_end, None, value_words(raw), m.start(), "count", "things",
                  thing=(thing, status, noun_end)) if status is not None else None
    if status == "destroyed" and thing in _AIRBORNE:
        status = "intercepted"  # "38 drones were destroyed" in the air: shot down, as other outlets say
    convoy = _convoy(ctx, m, noun_end, c_start) if status is None and thing == "vehicles" else None
    if convoy is not None:
        return Found(min(s_start, m.start()), max(s_end, noun_end), f"{convoy}.vehicles", value_words(raw),
                     m.start(), "count", "things")
    if status is None and thing not in lex.SELF_EVIDENT_THINGS:
        return None
    launched_whole = status == "launched" and bm is None and _PART_BEFORE_WHOLE.search(
        ctx.before(m.start(), 60, c_start)) is not None
    if (_THE_BEFORE.search(ctx.before(m.start(), 8, c_start)) and not launched_whole) or (
            bm is not None or status is None) and _WHOLE_OF_BEFORE.search(ctx.before(m.start(), 24, c_start)):
        # (what befell the whole, said after it, is the whole's: "one of 49 schools shut down")
        return noted
    if thing == "votes" and _TALLY_AFTER.match(ctx.text, noun_end) and _TALLY_SIDE.fullmatch(raw):
        return None  # "by 306 votes to 251": one side of a tally, read with the other (rules.tallies)
    if thing in ("votes", "seats") and _TO_SPARE.match(ctx.text, noun_end):
        return None  # "with eleven votes to spare": a margin, no side's votes
    if thing == "points" and _MOVED_BY.search(ctx.before(m.start(), 30, c_start)):
        return None  # "approval slipped three points", "the index fell 500 points": a level's move, no score
    if thing in ("seats", "delegates", "votes", "goals", "points", "medals", "titles", "wins", "matches", "signatures",
                 "members", "counts", "charges", "ministries"):
        lead = _LEAD_BEFORE.search(ctx.text, max(sentence.start, m.start() - 100), m.start()) \
            if thing == "points" else None
        if lead is not None:
            # "Labour's lead over the Conservatives narrowed to six points", "Labour leads the Tories by six
            # points": the leader's lead, not a score of the party named last
            leader = lead.group("owner") or lead.group("subject") or lead.group("leader")
            slug = et.slugify(leader) if leader and leader.split()[0].lower() not in lex.STOPWORDS else "poll"
            return Found(min(s_start, m.start()), max(s_end, noun_end), f"{lex.party_key(slug)}.lead",
                         value_words(raw), m.start(), "count", "things")
        market = market_subject(ctx, m.start(), c_start) if thing == "points" else None
        if market is not None and market[0] in lex.STOCK_INDEXES.values():
            subject = market[0]  # "the S&P 500 fell 1.2% to 4,512.3 points": the index's level
        elif thing == "votes" and ctx.legislative():
            subject = None  # a chamber's votes are the chamber's, whoever the motion is about (below)
        else:
            subject = owner_of(ctx, sentence, m.start(), c_start)
        if subject is not None:
            subject = lex.party_key(subject)
        if subject is None:
            subject = {"seats": "election", "votes": "election"}.get(thing)
            if thing == "votes" and ctx.legislative():
                subject = chamber(ctx.text, 0, len(ctx.text))  # "it needed 60 votes to pass", of a bill in the Senate
        if subject is None:
            return noted
        status = None if status == "won" else status
        place = _PLACE_OF_WHOLE.match(ctx.text, m.end(), noun_end) if thing in ("seats", "votes") else None
        if place is not None:
            # "took five of the region's 12 seats": that place's part, never the party's whole count
            subject = f"{subject}.{et.slugify(place.group(1))}"
    elif thing in ("jobs", "stores"):
        subject = _whose_jobs(ctx, sentence, m.start(), noun_end, c_start, c_end)
        if thing == "jobs":
            # a site's part of the cuts: "the Brennsfeld plant, where 1,900 people will lose their jobs", "1,900 of
            # the job losses at Brennsfeld"; a part with no site ("600 of the job cuts") is left unread
            site = _SITE_WHERE_BEFORE.search(text, max(sentence.start, m.start() - 80), m.start()) or (
                _AT_SITE_AFTER.match(text, noun_end, c_end) if part_of is not None else None)
            if site is None and part_of is not None:
                return None
            if site is not None:
                words = [w for w in site.group(1).split() if w.lower() not in lex.STOPWORDS]  # (not "In" of "In Lusk")
                subject = f"{subject}.{et.slugify(' '.join(words))}" if words else subject
        if thing == "stores" and subject.startswith("economy"):
            subject = "company"  # "the chain will close 140 stores": one company's, named or not
    else:
        if status == "won":
            status = None
        default = "outbreak" if thing in ("cases", "tests", "doses") else "incident"
        if status == "sanctioned":
            subject = sanctions.SUBJECT
        elif thing == "violations":
            subject = "ceasefire"  # a truce's, whatever incident is near
        elif status == "covered":
            # "the cap will cover 27 million households": the measure's reach, no incident's
            named = list(_MEASURE.finditer(text, sentence.start, sentence.end))
            earlier = [found for found in named if found.start() < m.start()]
            measure = earlier[-1] if earlier else named[0] if named else None  # the last before, else the first
            if measure is None:
                return noted  # "snow covered 40 homes": no measure's reach
            subject = lex.MEASURES[measure.group(0).lower()]
        else:
            subject = incident_for(ctx, sentence, m.start(), noun_end, default)[0]
        condition = _CASES_OF.match(text, noun_end) if thing == "cases" else None
        if condition is not None:
            subject = et.slugify(condition.group(1))  # "1,200 cases of acute malnutrition": no outbreak's cases
    if thing == "cases" and (_CONFIRMED.search(text, m.end(), noun_end) or _CONFIRMED_AFTER.match(text, noun_end)):
        thing = "confirmed-cases"  # "538 confirmed cases" beside "2,305 suspected cases": two counts
    key = f"{subject}.{thing}" + (f"-{status}" if status else "")
    if thing in _DAILY_THINGS:
        key += _day_of(ctx, sentence, m.start(), noun_end)
    if thing in ("votes", "seats") and _SHORT_AFTER.match(ctx.text, noun_end):
        # "four votes short of the 151 it needed": by how much a side fell short, no one's votes
        body = chamber(ctx.text, 0, len(ctx.text)) if ctx.legislative() else \
            "vote" if ctx.speaks_of(_MOTION) else "election"
        key = f"{body}.{thing}-short"
    elif thing in ("votes", "seats") and (_MARGIN_BEFORE.search(ctx.before(m.start(), 70, c_start))
                                          or _MARGIN_AFTER.match(ctx.text, noun_end)) \
            and not _TALLY_TO_AFTER.match(ctx.text, noun_end):  # ("passed by 104 votes to 99": a tally)
        # "a margin of 24,200 votes", "a majority of 12 seats", "had led by 402 votes", "left him 312 votes
        # behind": by how much one side won or leads, no side's votes
        key = f"{subject}.{'majority' if 'majority' in ctx.before(m.start(), 40, c_start).lower() else 'margin'}"
    elif thing == "votes" and _GAINED_BEFORE.search(ctx.before(m.start(), 30, c_start)):
        key = f"{subject}.votes.change"  # "gained 21 votes in the recount": by how much a side's votes changed
    if thing == "jobs":
        key += jobs_month(ctx, sentence, m.start(), noun_end)
    return Found(min(s_start, m.start()), max(s_end, noun_end), key, value_words(raw), m.start(), "count", "things",
                 thing=noted.thing if noted is not None else None)


_MEASURE = any_of(lex.MEASURES)
_CONFIRMED = re.compile(r"\b(?:confirmed|laboratory-confirmed|lab-confirmed)\b", re.IGNORECASE)
# ... or said after them: "143 cases have been confirmed by culture"
_CONFIRMED_AFTER = re.compile(r"\s+(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s+confirmed\b"
                              r"|\s+(?:were|was)\s+confirmed\s+(?:by|in)\s+(?:the\s+)?(?:laboratory|lab|culture|tests?"
                              r"|testing)\b", re.IGNORECASE)


# Services run every day, whose counts are a day's or a span's: "64 flights cancelled on Thursday", "about 87
# over the two days" are no two accounts of one count.
_DAILY_THINGS = frozenset({"flights"})
_ON_A_DAY = re.compile(r"\b(?:on|for|by)\s+(?P<day>" + "|".join(lex.WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
_OVER_DAYS = re.compile(r"\b(?:over|across|in|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|several"
                        r"|\d+)\s+days\b|\b(?:in\s+(?:all|total)|altogether|so\s+far|since\s+(?:"
                        + "|".join(lex.WEEKDAY_NAMES) + r"))\b", re.IGNORECASE)


# a convoy's vehicles, said as its size ("a second convoy of 50 trucks": another's) or as aid that got through
_CONVOY_OF = re.compile(r"(?:\b(?P<other>second|third|another|next|new|further)\s+(?:[\w-]+\s+)?)?\bconvoy\s+of\s+"
                        r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_AID_WORD = re.compile(r"\b(?:aid|relief|humanitarian|food|fuel|supply|supplies|medical|medicines?|flour|grain|wheat"
                       r"|rice|water|tents|blankets)\b", re.IGNORECASE)
_GOT_THROUGH_AFTER = re.compile(r"\s+(?:ha[sd]\s+|have\s+)?(?:entered|reached|crossed|arrived|got\s+through)\b", re.I)


_LADEN_AFTER = re.compile(r"\s+(?:(?:loaded|laden|packed|filled)\s+with|carrying)\s+(?:[\w-]+,?\s+){0,4}?[\w-]+"
                          r"(?=\s+(?:ha[sd]\s+|have\s+)?(?:entered|reached|crossed|arrived|got\s+through)\b)",
                          re.IGNORECASE)


def _convoy(ctx, m: re.Match, noun_end: int, c_start: int) -> str | None:
    """The convoy a count of vehicles is the size of: "a convoy of 42 trucks", "42 aid trucks entered the
    city" (not "20 emergency vehicles arrived on the scene": no aid's); "a second convoy of 50 trucks" is
    another's ("convoy-second"); None for vehicles of no convoy."""
    said = _CONVOY_OF.search(ctx.before(m.start(), 40, c_start))
    if said is None:
        got_through = _GOT_THROUGH_AFTER.match(ctx.text, noun_end) and _AID_WORD.search(ctx.text, m.end(), noun_end)
        laden = _LADEN_AFTER.match(ctx.text, noun_end) if not got_through else None
        if laden is not None:
            # "32 lorries loaded with food entered the town", "40 trucks carrying aid crossed": laden with aid
            got_through = _AID_WORD.search(laden.group(0)) and _GOT_THROUGH_AFTER.match(ctx.text, laden.end())
        return "convoy" if got_through else None
    other = (said.group("other") or "").lower()
    return "convoy" if not other else f"convoy-{other if other in ('second', 'third') else 'next'}"


def _day_of(ctx, sentence, pos: int, end: int) -> str:
    """The day a count of services is of, as a key facet (".thu"), or ".total" for one over days; "" where
    the sentence says neither."""
    text = ctx.text
    span = _OVER_DAYS.search(text, sentence.start, sentence.end)
    if span is not None:
        return ".total"
    days = list(_ON_A_DAY.finditer(text, sentence.start, sentence.end))
    before = [day for day in days if day.start() < end]
    day = before[-1] if before else days[0] if days else None  # the nearest before the count, else after it
    return f".{day.group('day').lower()[:3]}" if day is not None else ""


_TALLY_TO_AFTER = re.compile(r"\s+to\s+\d")
_SHORT_AFTER = re.compile(r"\s+short\b", re.IGNORECASE)
# what a vote that fell short was on, where no chamber is named: a motion's, not an election's
_MOTION = re.compile(r"\b(?:motion|no-confidence|confidence\s+vote|bill|impeachment)\b", re.IGNORECASE)
_ROUGHLY = r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+|more\s+than\s+)?"
# "led by 402 votes"; "won the seat by 800 votes"
_MARGIN_VERBS = ("won", "carried", "passed", "lost", "led", "leads", "leading", "trailed", "trails", "trailing",
                 "ahead", "behind")
_WIN_VERBS = ("win", "wins", "winning", "won", "lose", "loses", "losing", "lost", "carried", "carries",
              # ... and those that name the one beaten or ahead: "trailed Holm by 89 votes", "beat her rival by 900"
              "trailed", "trails", "trailing", "led", "leads", "leading", "beat", "beats", "beating", "defeated",
              "defeating", "edged", "outpolled")
_MARGIN_BEFORE = re.compile(
    rf"\b(?:margin|majority|lead|gap|difference)\s+of\s+{_ROUGHLY}$"
    # "her lead shrank to 455 votes", "the gap narrowed to 37 votes"
    rf"|\b(?:margin|majority|lead|gap|difference)\s+(?:had\s+|has\s+)?(?:shrank|shrunk|narrowed|widened|grew|fell"
    rf"|dropped|rose|increased|stood|was|is|closed)\s+(?:to\s+|at\s+)?{_ROUGHLY}$|\b(?:(?:{'|'.join(_MARGIN_VERBS)})\s+"
    rf"|(?:{'|'.join(_WIN_VERBS)})\s+(?:the\s+|a\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){{0,4}}?)"
    rf"by\s+{_ROUGHLY}$", re.IGNORECASE)


def _whose_jobs(ctx, sentence, pos: int, end: int, c_start: int, c_end: int) -> str:
    """Whose jobs a count is: an incident's its clause names ("the fire destroyed 300 jobs"), a
    company's that adds or cuts them ("Northwind will cut 1,200 jobs"), a sector's, as a part of the
    economy ("health care added 71,000 jobs"); else the economy's, whatever word the report uses
    for it ("employers", "the economy", "payrolls"). A report's figure is never an incident's
    it names elsewhere ("the collapse of a freight carrier")."""
    subject, incident = incident_for(ctx, sentence, pos, end)
    if incident is not None and c_start <= incident.start < c_end:
        return subject
    text = ctx.text
    # a part of the country, as the clause's subject: "The province's factories lost 3,000 jobs", "The Eastern
    # Province added 23,000 jobs" (a part's, set beside the nation's)
    part = country_part(text, c_start, pos)
    economy = "economy" if part is None else f"economy.{part}"
    sector = None
    for sector in _SECTOR.finditer(text, c_start, pos):
        pass
    if sector is not None:
        return f"{economy}.{lex.ECONOMIC_SECTORS[' '.join(sector.group(1).lower().split())]}"
    if part is not None:
        return economy
    for mm in reversed(ctx.doc.by_sentence.get(sentence.index, ())):
        if mm.kind == "org" and mm.end <= pos and mm.slug \
                and not set(text[mm.start:mm.end].lower().split()) <= _COUNTRY_WORDS \
                and not _NOT_THE_EMPLOYER.search(text, mm.end, pos) \
                and not _ACCORDING_BEFORE.search(text, max(sentence.start, mm.start - 25), mm.start):
            return mm.slug  # the company that adds or cuts them, not the body that reports it
    if _EMPLOYER.search(text, c_start, pos):
        return "company"  # "the company plans to cut 1,500 jobs": one employer's, named or not
    return "economy"


def jobs_month(ctx, sentence, pos: int, end: int) -> str:
    """The month a count of jobs is of, as a key facet (".jul"), where the sentence names one that is
    not the month its report is of ("added 187,000 jobs in August", out in September, is that report's
    own figure; "revised to show 157,000 jobs added for July" is July's)."""
    named = _MONTH_AFTER.match(ctx.text, end, sentence.end)
    if named is None:
        for named in _MONTH_BEFORE.finditer(ctx.text, sentence.start, pos):
            pass
    if named is None:
        return ""
    facet = month_period(named.group("month"), named.group("year"), ctx.published)
    return f".{facet}" if facet else ""


_MONTH_AFTER = re.compile(rf"\s+(?:(?:added|created|lost|cut|shed)\s+)?(?:in|for|during)\s+(?P<month>{MONTH})"
                          rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
_MONTH_BEFORE = re.compile(rf"\b(?:in|for|during)\s+(?P<month>{MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")


# a sector as what adds or cuts jobs, opening its clause: "Health care added", "while trucking lost"
_SECTOR = re.compile(r"\b(?:the\s+)?("
                     + alternation(lex.ECONOMIC_SECTORS) + r")(?:\s+(?:sector|industry|industries|jobs|payrolls"
                     r"|employment))?\s+(?:(?:has|have|had|also|alone)\s+)?(?:added|lost|shed|cut|created|gained"
                     r"|grew\s+by|rose\s+by|fell\s+by|increased\s+by|decreased\s+by)\b", re.IGNORECASE)
_EMPLOYERS = ("company firm employer carmaker automaker airline retailer chain plant factory mill mine group"
              " conglomerate manufacturer lender insurer bank startup business")
_EMPLOYER = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:{alternation(_EMPLOYERS.split())})\b",
                       re.IGNORECASE)
# a body that reports the jobs, not one that adds or cuts them ("Halvorsen said it would cut" is its own)
_NOT_THE_EMPLOYER = re.compile(r"\b(?:said|says|reported|reports|showed|shows|estimated|estimates)\b"
                               r"(?!\s+(?:that\s+)?(?:it|they)\b)", re.IGNORECASE)
_COUNTRY_WORDS = frozenset(lex.DEMONYMS | lex.COUNTRIES)  # "U.S. employers": the economy's, not a body's
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def owner_of(ctx, sentence, pos: int, c_start: int) -> str | None:
    """The person or body a score, seat count or vote share belongs to."""
    doc = ctx.doc
    here = [mm for mm in doc.by_sentence.get(sentence.index, ()) if pos - REACH <= mm.start < pos]
    possessor = _POSSESSOR_BEFORE.search(ctx.text, max(c_start, pos - 60), pos)
    if possessor is not None and possessor.group(1).split()[0].lower() not in lex.STOPWORDS:
        # "Lund had 55% to Okafor's 43%": the one whose it is, named right before it
        named = next((mm for mm in here if mm.start == possessor.start(1) and mm.slug), None)
        if named is not None and named.kind in ("person", "org", "place", "other"):
            return named.slug
        return et.slugify(possessor.group(1))
    bloc = _bloc_owner(ctx, sentence, pos, here)
    if bloc is not None:
        return bloc
    if _PARTIES_TOGETHER.match(ctx.text, sentence.start, pos):
        return "bloc"  # "Together the three parties have 101 seats": the parties as one
    for lo in (c_start, max(sentence.start, pos - REACH)):
        for kinds in (("person", "pronoun"), ("org",), ("place", "other")):
            # the nearest before the figure: "his rival, Vice-President Bawumia, received 41.61%"
            for mm in reversed([mm for mm in here if lo <= mm.start < pos and mm.kind in kinds]):
                if _LED_BY.search(ctx.text, max(sentence.start, mm.start - 60), mm.start):
                    continue  # "The Unity Party, led by Karin Moe, won 41 seats": the party's, not its leader's
                if _BEATEN_BEFORE.search(ctx.text, max(sentence.start, mm.start - 60), mm.start) \
                        and _WITH_SHARE.search(ctx.text, mm.end, pos):
                    # "defeating former minister Ruben Okafor in a run-off with 52.6 percent": the winner's, not
                    # the one beaten
                    continue
                name_end = mm.end - 2 if ctx.text.endswith(("'s", "’s"), mm.start, mm.end) else mm.end
                if _ELECTION_AFTER_POSSESSIVE.match(ctx.text, name_end):
                    continue  # "in Varland's election on Sunday, winning 54 seats": where, not whose
                relation = RELATION_AFTER_POSSESSIVE.match(ctx.text, name_end)
                if relation is not None:
                    return relation.group(1).lower()  # "Pell's predecessor won by 4,300 votes": not Pell's
                slug = doc.resolve(mm) if mm.kind == "pronoun" else mm.slug
                party = next((other for other in here if other.kind == "org" and mm.end <= other.start < pos
                              and _POSSESSIVE_GAP.fullmatch(ctx.text, mm.start, other.start)), None)
                if party is not None and party.slug:
                    return party.slug  # "Elena Varga's Progress Party secured 161 seats": the party's
                if slug:
                    return slug
    named = _WINNER.match(ctx.text, sentence.start, pos)
    if named and named.group(1).lower() not in lex.STOPWORDS:
        return et.slugify(named.group(1))  # "Labour won 412 seats": a name the sentence opens with, as it wins
    role = ctx.p["owner_role"].search(ctx.text, c_start, pos)
    if role:
        word = et.slugify(role.group(1))
        if word == "party" and role.group(0).lower().startswith("the "):
            # "The party won 44.6%": the party the story named last ("the Progress Party"), if it named one
            named = [mm for index in range(sentence.index + 1) for mm in doc.by_sentence.get(index, ())
                     if mm.kind == "org" and mm.slug and mm.slug.endswith("-party") and mm.start < role.start()]
            if named:
                return named[-1].slug
        return word
    return None


_BEATEN_BEFORE = re.compile(r"\b(?:defeating|defeated|beating|beat|ousting|unseating|edging\s+out|trouncing)\s+"
                            r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,3})?$", re.IGNORECASE)
_WITH_SHARE = re.compile(r"\bwith\s+(?:just\s+|only\s+|about\s+|nearly\s+)?$|\bwith\b[^,;]{0,60}$", re.IGNORECASE)
# someone a person's possessive names, who is not that person: "Pell's predecessor", "her rival's"
_ELECTION_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:election|elections|vote|parliament|assembly"
                                        r"|referendum|polls|legislature|senate|congress)\b", re.IGNORECASE)
# a bloc of parties, and where it leans: "the four-party centre-right alliance", "the opposition bloc"
_BLOC = re.compile(r"\b(?:the\s+)?(?:(?:two|three|four|five|six|seven|[2-9])-party\s+)?"
                   r"(?P<leans>(?:(?:opposition|ruling|governing|centre-right|center-right|centre-left|center-left"
                   r"|left-wing|right-wing|left|right|conservative|liberal|progressive|nationalist|green)\s+)*)"
                   r"(?-i:bloc|alliance|coalition|camp)\b", re.IGNORECASE)  # (not "the People's Alliance": a name)
_PART_OF_BEFORE = re.compile(r"\b(?:of|in|within|from|for|among|into|join|joined|joins|left|quit)\s+$", re.IGNORECASE)
_SAME_LEANING = {"center-right": "centre-right", "center-left": "centre-left", "governing": "ruling"}
_IDEOLOGICAL = ("centre-right", "centre-left", "left-wing", "right-wing", "left", "right", "conservative", "liberal",
                "progressive", "nationalist", "green")


# a place whose seats or votes a count is a part of, between the count and its noun: "five of the region's 12 seats"
# a site named before "where" its jobs are counted: "the Brennsfeld plant, where", "in Kessendorf, where"
_SITE_WHERE_BEFORE = re.compile(r"\b((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})"
                                r"(?:\s+(?:plant|factory|site|works|mill|mine|plants|factories|sites|headquarters"
                                r"|office|offices))?,?\s+where\s+"
                                r"(?:(?:some|about|around|nearly|almost|roughly|another|more\s+than|up\s+to)\s+)?$")
_AT_SITE_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})")
_PLACE_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(region|province|state|district|county|city|capital|constituency"
                             r"|(?-i:[A-Z])[\w-]+)['’]s?\s+", re.IGNORECASE)
_PARTIES_TOGETHER = re.compile(r"\s*(?:Together|Combined|Between\s+them|Jointly),?\s+(?:the\s+)?"
                               r"(?:two|three|four|five|six|seven|[2-9])\s+parties\b", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"\s+of\s+(?:[^.;:]{1,120}?)\s+(?:controls|controlled|holds|held|has|had|commands"
                            r"|commanded|won|wins|took|takes|secured|secures)\s+(?:(?:just|only|about|some)\s+)?\d",
                            re.IGNORECASE)


def _bloc_name(match: re.Match) -> str:
    """"centre-right-bloc" for any bloc that leans so (alliance, coalition, camp alike); where it leans by
    its views, those, else its place ("opposition-bloc"); "bloc" for one that says neither."""
    leans = [_SAME_LEANING.get(word.lower(), word.lower()) for word in match.group("leans").split()]
    views = [word for word in leans if word in _IDEOLOGICAL]
    lean = (views or leans or [""])[0]
    return f"{lean}-bloc" if lean else "bloc"


def _bloc_owner(ctx, sentence, pos: int, here: list) -> str | None:
    """The bloc a seat count or a share is said of, nearest before it with no name between: "the
    centre-right alliance secured 91 seats"; "the alliance" is the one the article named before it
    with its leaning, where it named one."""
    text = ctx.text
    bloc = None
    for bloc in _BLOC.finditer(text, max(sentence.start, pos - REACH), pos):
        pass
    # (the parties named after "the coalition of" are its members: "The coalition of the Progressive Alliance, the
    # Liberal Centre and the Greens controls 101 of the 180 seats" is the coalition's)
    members = _MEMBERS_AFTER.match(text, bloc.end()) if bloc is not None else None
    if bloc is None or (members is None and any(bloc.end() <= mm.start < pos and mm.kind in ("person", "org")
                                                for mm in here)) \
            or _PART_OF_BEFORE.search(text, max(sentence.start, bloc.start() - 20), bloc.start()):
        return None  # (not "The Unity Party, part of the ruling coalition, won 41 seats": the party's)
    name = _bloc_name(bloc)
    if name == "bloc":
        earlier = [_bloc_name(found) for found in _BLOC.finditer(text, 0, bloc.start())]
        leaning = [found for found in earlier if found != "bloc"]
        if leaning and len(set(leaning)) == 1:
            name = leaning[0]
    return name


# a lead in points, and whose: "Labour's lead ... to", "Labour leads the Conservatives by", "a lead of"
_LEAD_BEFORE = re.compile(
    r"(?:(?P<owner>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)['’]s\s+lead"
    r"|(?P<subject>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)\s+(?:still\s+|now\s+)?(?:leads?|led)\b"
    r"|\b(?:trails?|trailed|is\s+behind|was\s+behind)\s+(?:the\s+)?(?P<leader>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)"
    r"|\blead)\b[^.;]{0,70}?\b(?:to|of|by|at)\s+(?:(?:about|around|some|just|only|nearly)\s+)?$", re.IGNORECASE)
_POSSESSOR_BEFORE = re.compile(r"((?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+){0,2})['’]s\s+"
                               r"(?:(?:about|nearly|almost|just|some|roughly|only)\s+)?$")
_LED_BY = re.compile(r"\b(?:led|headed|chaired|founded|fronted)\s+by\s+(?:[\w'’.\-]+\s+){0,3}$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"[^'’.,;]+['’]s\s+(?:(?:new|ruling|governing|own)\s+)?")  # "Elena Varga's (ruling) "
# A name that opens a sentence and wins or holds what is counted: one capitalized word there is
# no name the name finder can tell from a sentence's first word, but a party or team is one.
_WINNER = re.compile(r"\s*(?:The\s+)?((?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){0,3})\s+"
                     r"(?:won|wins|took|takes|secured|secures|holds|held|gained|gains|lost|loses|retained|retains)\s")


RULE = Rule("things", "value", read_thing,
             reads="counts of things and what was done to them (reached through counts: a count whose noun is a thing)",
             examples=examples("""
The floods destroyed 450 homes and 12 schools.
    flood.homes-destroyed | 450 | destroyed 450 homes
    flood.schools-destroyed | 12 | 12 schools
Militants fired 30 rockets and 12 mortar shells at the base.
    attack.missiles-launched | 30 | fired 30 rockets
    attack.shells-launched | 12 | 12 mortar shells
The air force shot down 18 drones overnight.
    attack.drones-intercepted | 18 | shot down 18 drones
The depot was hit by three missiles.
    attack.missiles-struck | three | was hit by three missiles
Two missiles struck the station.
    attack.missiles-struck | Two | Two missiles struck
The navy destroyed 14 sea drones and 22 aerial drones.
    attack.sea-drones-destroyed | 14 | destroyed 14 sea drones
    attack.drones-intercepted | 22 | 22 aerial drones
The party won 112 seats in the assembly.
    party.seats | 112 | won 112 seats
Rebels seized 14 villages, two towns and an airbase.
    incident.villages-seized | 14 | seized 14 villages
Employers added 151,000 jobs, and construction added 19,000 jobs.
    economy.jobs-created | 151,000 | added 151,000 jobs
    economy.construction.jobs-created | 19,000 | added 19,000 jobs
"""),
             negatives=negatives("""
The storm damaged the 40 homes nearest the sea.
The van was hit by two trucks on the bridge.
"""))
