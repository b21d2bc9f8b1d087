"""What a building, a vessel or a place holds, told with a count of people or of floors: a building's storeys,
a crew's size, how many a place is built to hold and a hospital's beds. Each is tried before a count is read as
people (see rules.counts).
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, value_words
from claimtrack.extract.patterns import QUAL, WORD_NUMBER, any_of


_BUILDING_DISASTER = any_of(lex.BUILDING_DISASTER_WORDS)
_HAS_BEFORE = re.compile(r"\b(?:has|had|have|with|of|spanning|rising|rises|rose)\s+$", re.IGNORECASE)
_STOREYS_AFTER = re.compile(r"[-\s](?:stor(?:e)?y|storeys|stories|floors?)\b(?:[-\s]+high)?", re.IGNORECASE)
_QUALIFIER = re.compile(QUAL, re.IGNORECASE)


def storeys(ctx, m: re.Match, raw: str, before_text: str) -> Found | None:
    """How tall a building is, in a story of its collapse or fire: "a six-storey residential building",
    "the eight-storey block" (whatever the incident's word in the sentence, or none: "the block came down")."""
    storeys = _STOREYS_AFTER.match(ctx.text, m.end())
    if storeys is None or _QUALIFIER.match(raw):
        return None
    if not storeys.group(0).startswith("-") and not _HAS_BEFORE.search(before_text):
        return None  # "fell three floors": no building's height
    if not ctx.speaks_of(_BUILDING_DISASTER):
        return None  # "a two-story house" where a shooting was: no figure of the story
    return Found(m.start(), storeys.end(), "building.storeys", value_words(raw), m.start(), "count", "counts")


def crew_of(ctx, sentence, m: re.Match, raw: str, before_text: str) -> Found | None:
    """How many crewed a vessel or a plane, said as its crew's size: "the ship had a crew of 87",
    "of the crew of 78, 41 were rescued"."""
    crew = _CREW_OF_BEFORE.search(before_text)
    whole = _CREW_AFTER.match(ctx.text, m.end()) if crew is None and _PART_OF_BEFORE.search(before_text) else None
    if (crew is None and whole is None) or _QUALIFIER.match(raw):
        return None
    # ... or as the whole of a part: "Twenty of its 23 crew were rescued" (the 23 were aboard)
    subject, _ = incident_for(ctx, sentence, m.start(), m.end())
    start = m.start() - len(before_text) + crew.start() if crew is not None else m.start()
    end = m.end() if crew is not None else whole.end()
    return Found(start, end, f"{subject}.crew.aboard", value_words(raw), m.start(), "count", "counts")


def carries(ctx, sentence, m: re.Match, raw: str, before_text: str) -> Found | None:
    """How many a vessel, a plane, a bus or a train may carry: "the ferry, licensed to carry 150 passengers",
    "well above its licensed capacity of 150" (in a story of a sinking, a vessel's)."""
    licensed = _LICENSED_BEFORE.search(before_text)
    if licensed is None or _QUALIFIER.match(raw):
        return None
    at = m.start() - len(before_text) + licensed.start()
    vehicle = None
    for vehicle in _VEHICLE.finditer(ctx.text, sentence.start, at):
        pass
    if vehicle is not None:
        kind = lex.VEHICLES[vehicle.group(0).lower()]
    elif any(inc.kind == "sinking" for inc in ctx.incidents) and _LICENSED_WORDS.search(licensed.group(0)):
        kind = "vessel"  # (not what is "designed for 400": a place's, unnamed)
    else:
        return None  # "a capacity of 150" of nothing named: left to what a place holds
    return Found(at, m.end(), f"{kind}.capacity", value_words(raw), m.start(), "count", "counts")


def workforce(ctx, sentence, m: re.Match, raw: str, before_text: str) -> Found | None:
    """How many a company employs: "Solvane employed 6,400 people", "the carrier's 4,600 employees", "its 900
    staff" (``company.employees``), whatever befell them after."""
    employs = _EMPLOYS_BEFORE.search(before_text)
    staff = _STAFF_AFTER.match(ctx.text, m.end())
    if employs is not None:
        start = m.start() - len(before_text) + employs.start()
    elif staff is not None and _WHOSE_BEFORE.search(before_text) \
            and not ctx.p["status_after"].match(ctx.text, staff.end()):
        start = m.start()  # (not "the plant's 300 workers were evacuated": what befell them is read as it is)
    else:
        return None
    end = staff.end() if staff is not None else m.end()
    site = None
    for site in _SITE.finditer(ctx.text, sentence.start, start):
        pass
    subject = lex.SITES[site.group(0).lower()] if site is not None else "company"  # "The plant employs 1,300"
    named = (_NAME_BEFORE_SITE.search(ctx.text, max(sentence.start, site.start() - 40), site.start())
             or _IN_PLACE_AFTER.match(ctx.text, site.end(), start)) if site is not None else None
    if named is not None and named.group(1).split()[0].lower() not in lex.STOPWORDS:
        # "the Ellsworth plant employs 2,100", "the engine plant in Brannock, which employs 1,300": each site's own
        subject = f"{subject}-{et.slugify(named.group(1))}"
    where = _IN_PLACE_AFTER.match(ctx.text, end)
    if where is not None:  # "employs 4,000 in Germany": that country's part
        subject, end = f"{subject}.{et.slugify(where.group(1))}", where.end()
    return Found(start, end, f"{subject}.employees", value_words(raw), m.start(), "count", "counts")


# who employs them, said before the figure or as the staff's owner ("its", "the carrier's"); the site or the
# country a part of the staff is at
_EMPLOYS_BEFORE = re.compile(r"\b(?:employs|employed|employing|has\s+a\s+(?:work\s*force|staff)\s+of)\s+$",
                             re.IGNORECASE)
_WHOSE_BEFORE = re.compile(r"(?:\b(?:its|their)|['’]s)\s+(?:(?:entire|whole|remaining)\s+)?$", re.IGNORECASE)
_STAFF_AFTER = re.compile(r"\s+(?:(?:full-time|permanent)\s+)?(?:employees|staff|staffers|workers|people)\b", re.I)
_SITE = any_of(lex.SITES)
_NAME_BEFORE_SITE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|Its|Their)\b)"
                               r"((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+(?:[a-z-]+\s+)?$")
_IN_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})")


def capacity(ctx, sentence, m: re.Match, raw: str, before_text: str) -> Found | None:
    """How many a place is built to hold, named before: "a reception centre built for 400 people", "the
    camp, which has room for 4,000", "a stadium with a capacity of 60,000"."""
    beds = _BEDS_AFTER.match(ctx.text, m.end())
    if beds is not None and not _QUALIFIER.match(raw):
        # "the 240-bed hospital": how many beds it has, whatever befell it
        place = lex.HOLDING_PLACES.get(" ".join(beds.group(1).lower().split()), "hospital")
        return Found(m.start(), beds.end(), f"{place}.beds", value_words(raw), m.start(), "count", "counts")
    body = _BODY_SIZE_AFTER.match(ctx.text, m.end())
    if body is not None and not _QUALIFIER.match(raw):
        # "the 27-member council", "the 360-seat National Assembly": how many sit on it, whatever befell some
        return Found(m.start(), body.end(), f"{body.group(1).lower()}.members", value_words(raw), m.start(), "count",
                     "counts")
    convoy = _CONVOY_SIZE_AFTER.match(ctx.text, m.end())
    if convoy is not None and not _QUALIFIER.match(raw):
        # "a 24-vehicle army convoy": how many vehicles it had, whatever befell it
        return Found(m.start(), convoy.end(), "convoy.vehicles", value_words(raw), m.start(), "count", "counts")
    seats = _CAPACITY_AFTER.match(ctx.text, m.end())
    if seats is not None and not _QUALIFIER.match(raw):
        # "the 38,000-capacity stadium", "a 20,000-seat arena": how many it holds
        return Found(m.start(), seats.end(), f"{lex.HOLDING_PLACES[seats.group(1).lower()]}.capacity",
                     value_words(raw), m.start(), "count", "counts")
    built = _BUILT_FOR_BEFORE.search(before_text)
    if built is None or _QUALIFIER.match(raw):
        return None
    place = None
    for place in _HOLDING_PLACE.finditer(ctx.text, sentence.start, m.start() - len(before_text) + built.start()):
        pass
    if place is None:
        return None  # "room for 4,000" of nothing named: left unread
    # ("a second camp near the border, with space for 8,000": another place's, not the first one's)
    if built.group(0).split()[0] in ("holds", "seats", "accommodates") \
            and lex.HOLDING_PLACES[place.group(0).lower()] != "stadium":
        return None  # "the prison holds 1,200 inmates": those in it now, or as many as it can take; left unread
    other = _ANOTHER_BEFORE.search(ctx.text, max(sentence.start, place.start() - 20), place.start())
    subject = lex.HOLDING_PLACES[place.group(0).lower()] + (f"-{other.group(1).lower()}" if other else "")
    return Found(m.start() - len(before_text) + built.start(), m.end(), f"{subject}.capacity", value_words(raw),
                 m.start(), "count", "counts")


_ANOTHER_BEFORE = re.compile(r"\b(second|third|another|new)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


_BUILT_FOR_BEFORE = re.compile(r"\b(?:(?:built|designed|meant|intended)\s+(?:to\s+(?:hold|house|accommodate)|for)"
                               r"|(?:room|space|places|beds)\s+for|capacity\s+(?:of|for)"
                               r"|can\s+(?:hold|house|accommodate|take)"
                               # what a venue holds, in the present: "the stadium holds 38,000", "it seats 20,000"
                               r"|(?-i:holds|seats|accommodates))\s+$", re.IGNORECASE)
_HOLDING_PLACE = any_of(lex.HOLDING_PLACES)
_LICENSED = r"(?:licensed|rated|certified|permitted|allowed|approved|designed|built)"
_LICENSED_BEFORE = re.compile(rf"\b(?:{_LICENSED}\s+(?:to\s+carry|for)|(?:can|could)\s+carry"
                              rf"|(?:(?:{_LICENSED}|maximum|legal|passenger|seating)\s+)?capacity\s+(?:of|for))\s+$",
                              re.IGNORECASE)
_VEHICLE = any_of(lex.VEHICLES)
_LICENSED_WORDS = re.compile(r"licensed|capacity|carry", re.IGNORECASE)
# ("the 420-bed Kostrel Regional Hospital": a name between; "the 240-bed facility", in a hospital's own words)
_BEDS_AFTER = re.compile(r"-bed\s+(?:[\w'’-]+\s+){0,3}?("
                         + "|".join(sorted(lex.HOLDING_PLACES, key=len, reverse=True))
                         + r"|facility|clinic|infirmary|medical\s+centre|medical\s+center)\b", re.IGNORECASE)
_BODY_SIZE_AFTER = re.compile(r"-(?:member|seat|strong)\s+(?:[\w'’-]+\s+){0,2}?(council|cabinet|board|committee"
                              r"|parliament|assembly|senate|chamber|jury|panel|commission|legislature|delegation)\b",
                              re.IGNORECASE)
_CONVOY_SIZE_AFTER = re.compile(r"-(?:vehicle|truck|lorry|car)\s+(?:[\w'’-]+\s+){0,2}?(?:convoy|column)\b",
                                re.IGNORECASE)
_CAPACITY_AFTER = re.compile(r"-(?:capacity|seat|seater)\s+(?:[\w'’-]+\s+)??(" + "|".join(
    sorted(lex.HOLDING_PLACES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_CREW_OF_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+crew\s+of\s+$", re.IGNORECASE)
_PART_OF_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{WORD_NUMBER})\s+of\s+(?:the|its|their|(?:the\s+)?[\w'’-]+['’]s)\s+$",
                             re.IGNORECASE)
_CREW_AFTER = re.compile(r"\s+(?:crew(?:\s+members)?|crewmen|sailors|seafarers)\b", re.IGNORECASE)
