"""Measured quantities: a magnitude, a depth, wind speed, temperature, area, rainfall, snowfall, height,
and an amount of a named thing ("40 kilograms of cocaine").
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, Prior, Rule, examples, negatives, value_words
from claimtrack.extract.patterns import THE_BEFORE, alternation, any_of, lexicon_word, unit_alternation


def _units(names, *also: str) -> re.Pattern:
    """Where a value names one of ``names`` (or matches one of ``also``) as its unit."""
    return re.compile("|".join((rf"(?<!\w){unit_alternation(names)}", *also)))


_ARTICLE = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)
_DISTANCE_AFTER = re.compile(
    r"\s*(?:from|away|north|south|east|west|off|outside|of\s+the\s+(?:city|capital|border|town)"
    r"|to\s+the\s+(?:north|south|east|west))")
_PLACE_JUST_BEFORE = re.compile(r"(?<![\w'’-])((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),\s+$")
_WORD = re.compile(r"\S+")
_LONG_THING = rf"(?P<thing>{alternation(lex.LONG_THINGS)})"
# "the 420-metre bridge", "a 112-metre landing ship"; "the bridge, 420 metres long", "the ship was 112 metres long"
_LONG_THING_AFTER = re.compile(rf"(?<=[a-z])-?(?:long)?\s+(?:[a-z]+\s+)?{_LONG_THING}\b", re.IGNORECASE)
_LONG_AFTER = re.compile(r"\s+long\b", re.IGNORECASE)
_LONG_THING_BEFORE = re.compile(rf"\b{_LONG_THING}(?:,|\s+(?:is|was|stands|stood|measures|measured|runs|ran))\s+"
                                r"(?:(?:about|some|nearly|almost|roughly|more\s+than|over)\s+)?$", re.IGNORECASE)
_STREET_WORDS = frozenset({"street", "road", "avenue", "lane", "drive", "highway", "boulevard", "way", "route", "place"})
_SPEED_UNIT = _units(lex.SPEED_UNITS)
_VEHICLE = re.compile(r"\b(?:drove|driving|train|car|speeding)\b")
# a speed is the wind's only where wind is spoken of: "travelling at 110 km/h" is the train's
_WIND = re.compile(r"\b(?:winds?|gusts?|gusting|sustained|storm|hurricane|typhoon|cyclone|tornado|gale)\b")
# the wind word nearest before a speed: sustained winds and gusts are two measurements ("winds of
# 120 km/h gusting to 145 km/h")
_WIND_WORD = re.compile(r"\b(?:winds?|gusts?|gusting|gusted)\b")
_GUSTS_AFTER = re.compile(r"\s*(?:wind\s+)?gusts?\b")
# how fast a storm travels, not its winds: "moving west at 20 km/h", "was tracking north-northwest at 15 mph"
_MOVING_BEFORE = re.compile(r"\b(?:mov(?:ing|es|ed|e)|travell?(?:ing|ed|s)?|head(?:ing|ed|s)|track(?:ing|ed|s)"
                            r"|advanc(?:ing|ed|es)|drift(?:ing|ed|s)|crawl(?:ing|ed|s)|churn(?:ing|ed|s)"
                            r"|forward\s+speed)\b[^.;,]{0,40}?\b(?:at|of)\s+"
                            r"(?:(?:about|around|nearly|almost|some|up\s+to|roughly|near)\s+)?$", re.IGNORECASE)
_OIL_RATE_UNIT = _units(lex.OIL_RATE_UNITS)
_LIMIT_AFTER = re.compile(r"\s+(?:speed\s+)?(?:limit|zone)\b", re.IGNORECASE)
_WARMING = re.compile(r"\s*(?:(?:above|over|higher\s+than|warmer\s+than|hotter\s+than)\s+(?:in\s+)?(?:the\s+)?"
                      r"(?:pre-?industrial|(?:long-term|20th[-\s]century|historical)\s+average|the\s+1850|1850)"
                      r"|(?:warmer|hotter|higher)\s+(?:[\w-]+\s+){0,3}?than\s+(?:in\s+the\s+)?(?:before|pre-?industrial"
                      r"|1850))",
                      re.IGNORECASE)
_FAHRENHEIT = re.compile(r"(?:\d\s*|°\s*|degrees?\s+)f(?:ahrenheit)?\b|fahrenheit")
_GOAL_AFTER = re.compile(r"\s+(?:target|goal|threshold|cap)\b", re.IGNORECASE)
# (a speed's limit with "speed" left out: "on a curve where the limit is 80 km/h")
_LIMIT_BEFORE = re.compile(r"\b(?:speed\s+)?limit\s+(?:of|is|was)\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
# a producer's part of a group's output or cut: "Saudi Arabia's share of the cut"
_PRODUCER_BEFORE = re.compile(r"\b((?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*)){0,2})['’]s\b", re.IGNORECASE)
_OIL_GROUPS = frozenset({"opec", "opec+", "the group", "the cartel"})
_TEMPERATURE_UNIT = _units(lex.TEMPERATURE_UNITS, r"\d[cf]$")
_AREA_UNIT = _units(lex.AREA_UNITS)
_PRESSURE_UNIT = _units(lex.PRESSURE_UNITS)
_LENGTH_UNIT = _units(lex.LENGTH_UNITS)
_DEPTH_AFTER = re.compile(r"\s*(?:deep|below|underground|beneath)")
_LOW = re.compile(r"\b(?:night-?time|overnight|minimum|minimums|lows?|nights?)\b")
_RAIN = re.compile(r"\b(?:rain|rainfall|precipitation)\b")
_SNOW = re.compile(r"\b(?:snow|snowfall|snowdrifts?)\b")  # a depth of snow is no rainfall
_ZONE = re.compile(r"\b(?:radius|exclusion\s+zone|evacuation\s+zone|exclusion\s+area|danger\s+zone|no-go\s+zone"
                   r"|cordon|safety\s+zone)\b")
# a zone changed, further before its figures in their clause
_ZONE_MOVED = re.compile(r"\b(?:widen(?:ed|s|ing)?|expand(?:ed|s|ing)?|extend(?:ed|s|ing)?|enlarg(?:ed|es|ing)"
                         r"|reduc(?:ed|es|ing)|narrow(?:ed|s|ing)?|shr[au]nk)\s+(?:the\s+|its\s+)?"
                         r"(?:exclusion|evacuation|danger|no-go|safety)\s+(?:zone|area)\b[^.;:]{0,60}$", re.IGNORECASE)
_HEIGHT = re.compile(r"\b(?:high|tall|height|wave|waves|surge|into\s+the\s+(?:sky|air|atmosphere)|skywards?"
                     r"|above\s+the\s+(?:crater|summit|peak|vent|volcano))\b")
_ASH = re.compile(r"\b(?:ash|plume|smoke|column)\b")  # what rose that high: an eruption's, no weather's
_OF_WORD = re.compile(r"\s+of\s+([a-z][a-z\-]+)")
_LISTED_GOODS = re.compile(r"(?:,\s+[a-z][\w-]*){0,5},?\s+and\s+(?!other\b)[a-z][\w-]*")
_GOODS_WORD = re.compile(r"\b(?!and\b)[a-z][\w-]*")
# goods of one kind, listed: their kind's load ("wheat and maize" is grain); other lists are "supplies"
_GOODS_KINDS = {"grain": frozenset("wheat maize corn barley rice sorghum oats rye millet".split()),
                "fuel": frozenset("diesel petrol gasoline kerosene fuel-oil jet-fuel".split())}


def _load_of(goods: list[str]) -> str:
    words = {word.lower() for word in goods}
    return next((kind for kind, kinds in _GOODS_KINDS.items() if words <= kinds), "supplies")


_EARLIER_ONE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:previous|earlier|prior|last)\s+[a-z]+\b",
                                 re.IGNORECASE)
_MAGNITUDE = re.compile(r"\d[\s\-]*magnitude|magnitude[\s\-]+(?:(?:of|at|as)\s+)?\d", re.IGNORECASE)


# A quake's magnitude given as a bare figure, in an article on a quake: "the USGS measured the quake at 7.4",
# "the national agency put it at 7.2", "an aftershock measuring 5.9", "the 7.4 recorded by the USGS"
_QUAKE = re.compile(r"\b(?:quake|earthquake|tremor|temblor|aftershock|seismic|magnitude)s?\b", re.IGNORECASE)
_BARE_MAGNITUDE = re.compile(r"\d\.\d")
_QUAKE_NOUN = alternation(lex.QUAKE_NOUNS)
_MEASURED_AT = re.compile(rf"\b(?:{alternation(lex.MEASURE_VERBS)})\s+(?:it|its\s+(?:strength|size)"
                          rf"|the\s+(?:[\w'’-]+\s+)?(?:{_QUAKE_NOUN}))\s+(?:at|to|as)\s+$"
                          rf"|\b(?:{_QUAKE_NOUN})\s+(?:measuring|registering|of)\s+$", re.IGNORECASE)
_BY_AGENCY_AFTER = re.compile(r"\s+(?:recorded|measured|reported|registered|given|estimated)\s+by\b", re.IGNORECASE)


def bare_magnitude(ctx, sentence, m: re.Match, raw: str) -> Found | None:
    """A bare figure a sentence on a quake gives as its magnitude; else None."""
    if not _BARE_MAGNITUDE.fullmatch(raw) or not ctx.speaks_of(_QUAKE):
        return None
    said = _MEASURED_AT.search(ctx.text, max(sentence.start, m.start() - 60), m.start())
    if said is None and not (THE_BEFORE.search(ctx.text, max(sentence.start, m.start() - 5), m.start())
                             and _BY_AGENCY_AFTER.match(ctx.text, m.end())):
        return None
    subject, _ = incident_for(ctx, sentence, m.start(), m.end(), "earthquake", own_figure=_MAGNITUDE)
    if not subject.startswith(("earthquake", "aftershock")):
        subject = "earthquake"
    return Found(said.start() if said else m.start(), m.end(), f"{subject}.magnitude", raw, m.start(), "quantity",
                 "quantities")


# a figure in brackets right after another: the same one in other units ("240 km/h (149 mph)")
_CONVERTED_BEFORE = re.compile(r"\d[\d.,]*\s*[^\s\d()]{1,20}(?:\s+[^\s\d()]{1,10}){0,2}\s*\(\s*$")
# what a flood, a storm or a quake raises, whose height is the incident's: "the wave was 10 metres high"
_INCIDENT_WATERS = frozenset({"wave", "waves", "surge", "water", "waters", "swell", "tide", "tides", "sea", "seas"})
# the structure a height is of, right before it: "the dam, which is 48 metres high", "the tower stood 30 metres"
_BUILT_BEFORE = re.compile(r"\b(?:the|a|an|its|their|whose)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}),?\s+"
                           r"(?:(?:which|that)\s+)?"
                           r"(?:is|was|stands|stood|rise|rises|rose|measures|measured|towers|towered)\s+"
                           r"(?:as\s+(?:high|tall)\s+as\s+|up\s+to\s+)?"
                           r"(?:(?:about|some|nearly|almost|roughly|more\s+than|over)\s+)?$", re.IGNORECASE)


_DAY_NAMES = frozenset(lex.WEEKDAY_NAMES) | frozenset(lex.MONTH_NAMES)


def read_quantity(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    text = ctx.text
    raw = m.group(0)
    low = raw.lower()
    c_start, c_end = ctx.clause(sentence, m.start())
    converted = _CONVERTED_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start())
    if converted is not None:
        # "gusts of 240 km/h (149 mph)": the figure before in other units, whose words say what it measures
        c_start = ctx.clause(sentence, converted.start())[0]
    if "magnitude" in low or "richter" in text[m.start():m.end() + 30].lower():
        subject, _ = incident_for(ctx, sentence, m.start(), m.end(), "earthquake", own_figure=_MAGNITUDE)
        if not subject.startswith(("earthquake", "aftershock")):
            subject = "earthquake"
        lead = _ARTICLE.match(raw)
        start = m.start() + (lead.end() if lead else 0)
        return Found(start, m.end(), f"{subject}.magnitude", value_words(raw[lead.end() if lead else 0:]),
                      start, "quantity", "quantities")
    if _OIL_RATE_UNIT.search(low):  # ("from November" after it is no distance)
        return _oil_rate(ctx, sentence, m, raw, c_start)
    window = text[max(c_start, m.start() - 40):min(c_end, m.end() + 25)].lower()
    after = ctx.after(m.end(), 25, c_end).lower()
    if _DISTANCE_AFTER.match(after) and "deep" not in after:
        # how far a place named right before lies: "taken to Orlan, 60 km to the west"; any other distance
        # ("2 miles from the scene") is left unread
        place = _PLACE_JUST_BEFORE.search(text, max(sentence.start, m.start() - 60), m.start())
        words = list(_WORD.finditer(text, place.start(1), place.end(1))) if place is not None else []
        while words and words[0].group(0).lower() in lex.STOPWORDS:
            words.pop(0)  # "In Tessel, 12 miles from the fire": Tessel
        if words and words[-1].group(0).capitalize() in _DAY_NAMES:
            return None  # "sank on Friday, some 14 nautical miles off the island": a day, no place
        if not words or (len(words) == 1 and (not text[sentence.start:words[0].start()].strip()
                                              or words[0].group(0).lower() in _STREET_WORDS)):
            # (a sentence's first word alone may be any word: "However, 20 km from the coast"; a street's kind
            # alone names no place: "379th Street, 3 miles south")
            return None
        name = " ".join(w.group(0) for w in words)
        return Found(words[0].start(), m.end(), f"{et.slugify(name)}.distance", value_words(raw), m.start(),
                     "quantity", "quantities")
    length = _LENGTH_UNIT.search(low)  # a weight is no height, whatever the words around it
    if _SPEED_UNIT.search(low):  # the unit says what is measured, before any nearby word
        attr = "wind-speed" if _WIND.search(window) and not _VEHICLE.search(window) else "speed"
        moving = _MOVING_BEFORE.search(text, max(c_start, m.start() - 70), m.start()) if attr == "wind-speed" or (
            attr == "speed" and not _VEHICLE.search(window) and any(i.kind == "storm" for i in ctx.incidents)) else None
        if moving and not _WIND_WORD.search(text[max(c_start, moving.start() - 25):moving.start()].lower()):
            attr = "forward-speed"  # "the storm was moving west at 20 km/h": its track, not its winds
        if attr == "wind-speed" and _gusts(text, m, c_start, c_end):
            attr = "wind-gusts"
        elif attr == "speed" and (_LIMIT_AFTER.match(text, m.end()) or _LIMIT_BEFORE.search(text, c_start, m.start())):
            attr = "speed-limit"  # "well above the 80 km/h limit": what was allowed, not how fast it went
    elif _TEMPERATURE_UNIT.search(low):
        # a night's low is no day's high: "night-time temperatures did not drop below 30C"
        attr = "low-temperature" if _LOW.search(window) else "temperature"
        if _WARMING.match(text, m.end(), min(len(text), m.end() + 60)):
            attr = "warming"  # "1.6C above pre-industrial levels": how much warmer, no temperature
            if _FAHRENHEIT.search(low):
                attr = "warming-fahrenheit"  # a difference: 2.9F is 1.6C, which a reading as a temperature is not
        elif _LIMIT_AFTER.match(text, m.end()) or _GOAL_AFTER.match(text, m.end()):
            attr = "warming-limit"  # "the 1.5C limit set in the Paris agreement"
    elif _AREA_UNIT.search(low):
        attr = "area"
    elif _PRESSURE_UNIT.search(low):
        attr = "pressure"  # "a central pressure of 942 millibars": a storm's
    elif length and (measure := _FLIGHT_MEASURE_BEFORE.search(text, max(c_start, m.start() - 40), m.start())) \
            and (craft := _CRAFT.search(text, sentence.start, sentence.end)):
        # "the missile had a range of about 1,150 km and reached a peak altitude of roughly 620 km": the craft's
        attr = "altitude" if measure.group(1).lower() in ("altitude", "apogee", "height") else "range"
        return Found(m.start(), m.end(), f"{lex.CRAFT[craft.group(0).lower()]}.{attr}", value_words(raw), m.start(),
                     "quantity", "quantities")
    elif length and (shore := _SHORE_OF_AFTER.match(text, m.end(), c_end)):
        # "waves flooded 140 km of coastline", "across 140 km of the southern coast": how much shore, whatever
        # waves or oil came with it (no wave's height)
        return Found(m.start(), shore.end(), "shoreline.amount", value_words(raw), m.start(), "quantity",
                     "quantities")
    elif length and _FROM_NORMAL_AFTER.match(after):
        return None  # "12 metres below normal": how far from the usual, no level, depth or height
    elif length and ("depth" in window or _DEPTH_AFTER.match(after)):
        attr = "depth"
    elif length and _SNOW.search(window):
        attr = "snowfall"
    elif length and _RAIN.search(window):
        attr = "rainfall"
    elif length and (_ZONE.search(window) or _ZONE_MOVED.search(text, c_start, m.start())):
        # "widened the exclusion zone to 10 km", "within a 6-kilometre radius", "widened the exclusion zone on
        # Wednesday morning from 5 km to 12 km"
        attr = "exclusion-radius"
    elif length and _WIDE_AFTER.match(text, m.end()) and _PATH.search(window):
        attr = "path-width"  # "its path was 27 miles long and 800 yards wide"
    elif length and _PATH.search(window):
        attr = "path-length"  # a tornado's or a storm's track: "stayed on the ground for 27 miles"
    elif length and _WIDE_AFTER.match(text, m.end()):
        attr = "width"  # "the slide, about 300 metres wide": how wide the happening was
    elif length and (("-" in raw and _LONG_THING_AFTER.match(text, m.end())) or _LONG_AFTER.match(text, m.end())):
        thing = ("-" in raw and _LONG_THING_AFTER.match(text, m.end())) or _LONG_THING_BEFORE.search(
            text, max(sentence.start, m.start() - 40), m.start())
        if thing is None:
            return None  # "ran for 1.2 km", "a 5-km queue": a length of nothing the story is about
        # "the 420-metre bridge", "the bridge, 420 metres long": a structure's or a vessel's, whatever befell it
        owner = lex.LONG_THINGS[thing.group('thing').lower()]
        # (a pipeline measured in centimetres or inches is measured across: "the 90-centimetre pipeline")
        measure = "diameter" if owner == "pipeline" and _ACROSS_UNIT.search(low) else "length"
        return Found(m.start(), m.end() + (thing.end() - m.end() if thing.start() >= m.end() else 0),
                     f"{owner}.{measure}", value_words(raw), m.start(), "quantity", "quantities")
    elif length and _WATER.search(text, sentence.start, m.start()) and (
            _WATER_LEVEL.search(window) or _TO_LEVEL_BEFORE.search(text, max(c_start, m.start() - 30), m.start())):
        # "the river peaked at 7.9 metres", "the reservoir stood at 12 metres": how high the water stands (its
        # peak, a fixed figure, apart from a reading, which moves as reports come in)
        attr = "water-level.peak" if _PEAK_BEFORE.search(window[:window.find(raw.lower()) + 1]) else "water-level"
    elif length and _FALL.search(window):
        attr = "fall-height"  # "the bus fell 150 metres into a gorge", "plunged into a 150-metre ravine"
    elif length and _HEIGHT.search(window):
        attr = "ash-height" if _ASH.search(window) else "height"
        built = _BUILT_BEFORE.search(text, sentence.start, m.start()) if attr == "height" else None
        if built is not None and lexicon_word(built.group(1)) not in lex.INCIDENTS \
                and built.group(1).lower() not in _INCIDENT_WATERS:
            # "the dam, which is 48 metres high", "the tower stood 30 metres": the structure's, no incident's
            return Found(m.start(), m.end(), f"{et.slugify(built.group(1))}.height", value_words(raw), m.start(),
                         "quantity", "quantities")
    else:
        tm = _OF_WORD.match(after)
        if tm and tm.group(1) not in lex.STOPWORDS:
            role = _held_or_lost(ctx, sentence, m, tm)
            # "240 tonnes of flour, lentils, oil and medicine": a mixed load, whatever it is listed with first;
            # "74,000 tonnes of wheat and maize": grain, of two kinds
            listed = _LISTED_GOODS.match(text, m.end() + tm.end())
            what = _load_of([tm.group(1), *_GOODS_WORD.findall(listed.group(0))]) if listed \
                else et.slugify(tm.group(1))
            if _EARLIER_ONE_BEFORE.search(ctx.text, ctx.clause(sentence, m.start())[0], m.start()):
                role += ".earlier"  # "The previous convoy, in July, brought 180 tonnes of food": not this one's
            return Found(m.start(), m.end() + tm.end(), f"{what}.{role}", value_words(raw), m.start(), "quantity",
                         "quantities")
        return None
    default = {"depth": "earthquake", "speed": "incident", "speed-limit": "incident", "fall-height": "incident",
               "ash-height": "eruption", "exclusion-radius": "incident", "width": "incident", "water-level": "flood",
               "water-level.peak": "flood", "pressure": "storm"}.get(attr, "weather")
    if attr.endswith("temperature") or attr.startswith("warming"):
        subject = "weather"  # the weather's, whichever happening the story names beside it (a heatwave, its fires)
    else:
        subject, _ = incident_for(ctx, sentence, m.start(), m.end(), default)
    return Found(m.start(), m.end(), f"{subject}.{attr}", value_words(raw), m.start(), "quantity", "quantities")


def _held_or_lost(ctx, sentence, m: re.Match, of_word: re.Match) -> str:
    """What a quantity of a substance is to its holder: what was "spilled" or leaked from it, what
    "remains" of it, else its "amount", carried or held ("a tanker carrying 85,000 tonnes of crude",
    "85,000 tonnes of crude on board": one load, however it is said)."""
    c_start, c_end = ctx.clause(sentence, m.start())
    before = ctx.before(m.start(), 50, c_start)
    after_end = m.end() + of_word.end()
    if _SPILLED_BEFORE.search(before) or _SPILLED_AFTER.match(ctx.text, after_end, c_end):
        return "spilled"  # "has leaked about 3,000 tonnes", "3,000 tonnes of crude had spilled"
    if _REMAINING_BEFORE.search(before) or _REMAINING_AFTER.match(ctx.text, after_end, c_end):
        return "remaining"  # "the remaining 2,000 tonnes", "some 2,000 tonnes of crude remain on board"
    return "amount"


_SPILL_VERBS = r"(?:leak(?:ed|ing|s)?|spill(?:ed|ing|s)?|spilt|gush(?:ed|ing)|pour(?:ed|ing)|discharg(?:ed|ing))"
_SPILLED_BEFORE = re.compile(rf"\b{_SPILL_VERBS}\s+(?:out\s+|into\s+the\s+sea\s+)?$", re.IGNORECASE)
_SPILLED_AFTER = re.compile(rf"\s+(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?{_SPILL_VERBS}\b", re.IGNORECASE)
_REMAINING_BEFORE = re.compile(r"\b(?:remaining|another|a\s+further|still\s+holds?|still\s+holding"
                               r"|still\s+carrying|still\s+has)\s+(?:some\s+|about\s+|around\s+|roughly\s+)?$",
                               re.IGNORECASE)
_REMAINING_AFTER = re.compile(r"\s+(?:(?:still|now)\s+)?(?:remains?|remained|remaining|(?:are|is|were|was)\s+left"
                              r"|still\s+(?:on\s+board|aboard|in))\b", re.IGNORECASE)


def _oil_rate(ctx, sentence, m: re.Match, raw: str, c_start: int) -> Found:
    """Oil a day: the output a producer pumps (oil.output), or by how much it is cut or raised
    (oil.output.cut, oil.output.increase); one producer's part of a group's is its own
    (oil.saudi-arabia.output.cut)."""
    before = ctx.before(m.start(), 80, c_start)
    change = ""
    if not _LEVEL_TO_BEFORE.search(before):  # "reducing its output by 500,000 bpd to about 9 million bpd": a level
        for word, _, _ in reversed(ctx.words(m.start() - len(before), m.start())):  # the nearest says what was done
            if word in lex.OUTPUT_CUT_WORDS or word in lex.OUTPUT_RISE_WORDS:
                change = ".cut" if word in lex.OUTPUT_CUT_WORDS else ".increase"
                break
    if not change and _SHARE_AFTER.match(ctx.text, m.end()) and ctx.speaks_of(_CUT):
        change = ".cut"
    if not change and _CUT_AFTER.match(ctx.text, m.end()):
        change = ".cut"  # "the record 8 million bpd reduction": a cut, named after its size
    if change and _TOTAL_BEFORE.search(ctx.before(m.start(), 60, sentence.start)):
        change += ".total"  # "total output cuts now amount to 5 million bpd": every cut in place, no one cut
    producer = None
    for producer in _PRODUCER_BEFORE.finditer(before):
        pass
    if producer is None:  # ("Saudi Arabia's share of the reduction is 500,000 bpd, which will bring its production")
        for producer in _PRODUCER_BEFORE.finditer(ctx.text, sentence.start, m.start()):
            pass
    name = producer.group(1) if producer is not None else None
    if name is None:
        # "Saudi Arabia will cut 700,000 barrels a day", "Saudi Arabia will shoulder the largest share, reducing its
        # output by 500,000 bpd": the producer the sentence opens on
        subject = _PRODUCER_SUBJECT.match(ctx.text, sentence.start, m.start())
        name = subject.group(1) if subject is not None else None
    part = ""
    if name is not None and name.lower() not in _OIL_GROUPS and name.split()[0].lower() not in _NO_PRODUCER:
        part = "." + et.slugify(name)
    return Found(m.start(), m.end(), f"oil{part}.output{change}", value_words(raw), m.start(), "quantity",
                 "quantities")


# words a sentence may open on that name no one producer: "Producers agreed to lower output by ..."
_NO_PRODUCER = frozenset({"producers", "exporters", "members", "ministers", "officials", "delegates", "countries",
                          "nations", "analysts", "traders", "output", "production", "it", "they", "this", "the", "its",
                          "their", "oil", "crude", "supply", "supplies", "cuts", "group"})
# (a level whatever verb brought it there: "output dropped to 8.5 million bpd"; "by up to 400,000 bpd" is no level)
_LEVEL_TO_BEFORE = re.compile(r"(?:\d[^;]*|\b(?:output|production|pumping)\s+|\b[a-z]+ed\s+)\bto\s+(?:about\s+"
                              r"|around\s+|roughly\s+|some\s+|nearly\s+|just\s+)?$", re.IGNORECASE)
# a producer's part of a cut, named after it: "Saudi Arabia's 500,000 bpd contribution"
_SHARE_AFTER = re.compile(r"\s+(?:contribution|share|portion)\b", re.IGNORECASE)
_CUT = any_of(lex.OUTPUT_CUT_WORDS)
_CUT_AFTER = re.compile(r"\s+(?:cut|cuts|reduction|reductions)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:total|combined|overall|all)\b[^,;.]*$|\b(?:in\s+all|altogether)\b", re.IGNORECASE)
_PRODUCER_SUBJECT = re.compile(r"\s*(?:The\s+)?((?-i:[A-Z][\w\-+]*)(?:\s+(?-i:[A-Z][\w\-+]*)){0,2})(?:,\s+which)?\s+"
                               r"(?:will|would"
                               r"|has|have|had|is|was|plans|planned|agreed|pumps|pumped|produces|produced|cut|cuts"
                               r"|reduced|reduces|raised|raises|shoulders|shouldered)\b")


def _gusts(text: str, m: re.Match, c_start: int, c_end: int) -> bool:
    """Whether a wind's speed is its gusts', not its sustained speed: "gusting to 145 km/h",
    "gusts of up to 150 km/h", "150 km/h gusts"."""
    if _GUSTS_AFTER.match(text[m.end():c_end].lower()):
        return True
    word = None
    for word in _WIND_WORD.finditer(text[max(c_start, m.start() - 40):m.start()].lower()):
        pass
    return word is not None and word.group(0).startswith("gust")


RULE = Rule("quantities", "value", read_quantity, kind="quantity",
             reads="magnitude, depth, wind speed, temperature, area, rainfall, snowfall, height, an amount of a thing",
             examples=examples("""
A magnitude 6.1 earthquake struck off the coast on Friday.
    earthquake.magnitude | magnitude 6.1 | magnitude 6.1
    earthquake.date | Friday | earthquake struck off the coast on Friday
The tremor struck at a depth of 12 kilometres.
    earthquake.depth | 12 kilometres | 12 kilometres
The quake had a magnitude of 7.1 and was followed by a 5.8-magnitude aftershock.
    earthquake.magnitude | magnitude of 7.1 | magnitude of 7.1
    aftershock.magnitude | 5.8-magnitude | 5.8-magnitude
The eruption sent an ash column 8 kilometres above the crater.
    eruption.ash-height | 8 kilometres | 8 kilometres
The eruption forced officials to widen the exclusion zone to 10 kilometres.
    eruption.exclusion-radius | 10 kilometres | 10 kilometres
The blizzard left up to 80 centimetres of snow on the passes.
    storm.snowfall | up to 80 centimetres | up to 80 centimetres
Gusts reached 150 km/h as the storm came ashore.
    storm.wind-gusts | 150 km/h | 150 km/h
The hurricane had sustained winds of 120 mph, gusting to 145 mph.
    storm.wind-speed | 120 mph | 120 mph
    storm.wind-gusts | 145 mph | 145 mph
The cyclone was moving south-west at about 18 km/h, with winds of 160 km/h near its centre.
    storm.forward-speed | about 18 km/h | about 18 km/h
    storm.wind-speed | 160 km/h | 160 km/h
The typhoon, the third to hit the islands this year, was moving west at 25 km/h.
    storm.forward-speed | 25 km/h | 25 km/h
The storm brought gusts of 240 km/h (149 mph).
    storm.wind-gusts | 240 km/h | 240 km/h
    storm.wind-gusts | 149 mph | 149 mph
Temperatures climbed to 41 degrees Celsius in the valley.
    weather.temperature | 41 degrees Celsius | 41 degrees Celsius
The blaze has burned 2,400 hectares of forest.
    fire.area | 2,400 hectares | 2,400 hectares
Officers found 30 kilograms of heroin in the van.
    heroin.amount | 30 kilograms | 30 kilograms of heroin
The car was driving at 180 km/h when it crashed.
    crash.speed | 180 km/h | 180 km/h
The producers agreed to cut output by 2 million barrels per day, Norland's share being 400,000 bpd.
    oil.output.cut | 2 million barrels per day | 2 million barrels per day
    oil.norland.output.cut | 400,000 bpd | 400,000 bpd
Norland pumps about 9.5 million barrels a day.
    oil.norland.output | about 9.5 million barrels a day | about 9.5 million barrels a day
Kestavia, which pumps 4 million barrels a day, will cut 300,000 bpd.
    oil.kestavia.output | 4 million barrels a day | 4 million barrels a day
    oil.kestavia.output.cut | 300,000 bpd | 300,000 bpd
A consultancy said the real drop in supply would be nearer 350,000 barrels a day.
    oil.output.cut | 350,000 barrels a day | 350,000 barrels a day
Its output slipped to 2.1 million bpd last month.
    oil.output | 2.1 million bpd | 2.1 million bpd
"""),
             negatives=negatives("""
The village lies 40 km from the border.
The car was a 2.0-litre model.
"""))


# a track across the ground: "its path was 27 miles long", "stayed on the ground for 27 miles", "traveled 72 miles"
_PATH = re.compile(r"\b(?:path|track)\b|\bon\s+the\s+ground\s+for\b|\btravell?ed\b", re.IGNORECASE)
_WIDE_AFTER = re.compile(r"\s+wide\b", re.IGNORECASE)
# how far something fell: "fell 150 metres into a gorge", "a 150-metre ravine"
_FLIGHT_MEASURE_BEFORE = re.compile(r"\b(range|altitude|apogee)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+"
                                    r"|nearly\s+|up\s+to\s+|more\s+than\s+)?$", re.IGNORECASE)
_CRAFT = any_of(lex.CRAFT)
_ACROSS_UNIT = re.compile(r"centimet|millimet|\bcm\b|\bmm\b|inch")
_SHORES = ("coastline", "coast", "shoreline", "shore", "beaches", "beach")
_SHORE_OF_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(_SHORES)})\b", re.IGNORECASE)
_USUAL = ("normal", "average", "usual", "seasonal")
_FROM_NORMAL_AFTER = re.compile(rf"\s+(?:below|above|under|over)\s+(?:the\s+|its\s+|their\s+)?(?:{'|'.join(_USUAL)})\b",
                                re.IGNORECASE)
_TO_LEVEL_BEFORE = re.compile(r"\b(?:fell|fallen|falls|dropped|drops|receded|rose|risen|rises|climbed|swelled)\s+to\s+"
                              r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_WATER = re.compile(r"\b(?:rivers?|waters?|floodwaters?|reservoirs?|lake|tide|dam)\b", re.IGNORECASE)
_WATER_LEVEL = re.compile(r"\b(?:levels?|peaked|peaks|crested|crests|crest|peak|gauge|stood|stands|rose|risen|rising"
                          r"|receded|receding|swelled|swollen)\b")
_PEAK_BEFORE = re.compile(r"\b(?:peaked|peaks|peak|crested|crests|crest|highest)\b")
_FALL = re.compile(r"\b(?:fell|fallen|plunged|plummeted|tumbled|toppled)\b|\b(?:ravine|gorge|cliff|precipice)\b",
                   re.IGNORECASE)
