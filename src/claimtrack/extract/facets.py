"""A figure that is not the one reported, told by its key's last facets: the one it changed from
(.earlier, .earlier-forecast, .previous-year), one aimed at or foreseen (.target, .forecast and
.expected, with the year they are for), a change (.change, .fall), a stage of several
(.first-stage, .second-round), a count not yet over (.partial); and a running tally's period on
its subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract import lexicon as lex
from claimtrack.extract.named_parts import RATE_MOVED, rate_part, share_part
from claimtrack.extract.text import slugify
from claimtrack.extract.model import Found, Rule, examples, negatives
from claimtrack.extract.patterns import MONTH, QUAL, THE_BEFORE
from claimtrack.extract.outlooks import OUTLOOK_WORD, YEAR_SEGMENT, analysts, earlier_outlook, horizon, past_year
from claimtrack.extract.periods import PREVIOUS_YEAR, period_of
from claimtrack.extract.stages import MONTH_SEGMENT, TALLIED, other_month, other_round, partial_count, stage_of
from claimtrack.extract.year_labels import tally_label, year_after, year_in_subject, year_when

# A figure someone means to reach is not the figure reached: "promised to cut the deficit to 3 percent".
_AIM_BEFORE = re.compile(
    r"(?:\b(?:promised|promises|promising|pledged|pledges|vowed|vows|aims?|aiming|aimed|plans?|planned|planning"
    r"|wants?|wanted|hopes?|hoped|hoping|seeks?|intends?|intended|targets?|targeting|goal|tried|trying|attempted"
    r"|push|pushes|pushing|strives?|striving|vowing|committed|determined)"
    r"\s+(?:is\s+)?(?:to\b|of\b)"
    # what was asked for: "prosecutors had sought a 12-year sentence"
    r"|\b(?:sought|seeking|demanded|demanding|demands|requested|requesting|called\s+for|calling\s+for"
    # (or argued for: "its lawyers argued that damages should not exceed $5 million")
    r"|asked\s+for|asking\s+for|argued|arguing|argues|should\s+not\s+exceed|should\s+be\s+capped\s+at)\b)"
    r"[^,.;:]{0,50}$"
    # what someone will bring something to: "the budget will cut the deficit to under 4%" (its aim, not a forecast)
    r"|\b(?:will|would|is\s+to|are\s+to)\s+(?:cut|reduce|lower|bring\s+down|narrow|trim|shrink|raise|lift)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:down\s+)?to\s+$",
    re.IGNORECASE)
# A figure something changed from: "rose to 45 from 30", "dropped to 1.2 billion in 2023 from 1.8 billion".
# ("climbed to $6.1 billion, or $1.12 a share, from $4.9 billion": the same figure said another way between)
# (a figure's own thousands separator is no break: "rose to 11,200 pesos from")
_FROM_BEFORE = re.compile(r"\b(?:to|at)\s+(?:[^,;:]|(?<=\d),(?=\d)){0,40}\d(?:[^,;:]|(?<=\d),(?=\d)){0,40}"
                          r"(?:,\s+or\s+[^,;:]{1,30},\s+)?(?:,\s+)?\bfrom\s+(?:the\s+|its\s+|their\s+)?$",
                          re.IGNORECASE)

# a year a figure is to be reached by: "to 3.5 per cent of GDP by 2028"
_BY_YEAR_AFTER = re.compile(r"\s+(?:of\s+(?:GDP|gross\s+domestic\s+product|output|national\s+income)\s+)?by\s+"
                            r"(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)

# a figure told as the one reported first: "the 1.1 per cent initially reported"
_REPORTED_BEFORE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:initially|first|previously|originally)\s+"
                                    r"(?:reported|estimated|announced|published|given)\b", re.IGNORECASE)

# A record a figure beat: "beating the 45.4C set in 2021", "broke the old mark of 9.58 seconds"
_BEATEN_BEFORE = re.compile(r"\b(?:beating|beat|beats|breaking|broke|breaks|surpassing|surpassed|topping|topped"
                            r"|eclipsing|eclipsed)\s+(?:the|its|a)\s+(?:(?:previous|old|former|earlier|national"
                            r"|all-time)\s+)*(?:(?:record|high|mark)\s+(?:of\s+)?)?$", re.IGNORECASE)
# a quantity's move, by how much: "risen by 1.7C", "fell 3 metres"
# what falls is measured as fallen: "snow fell 30 cm", "the bus fell 150 metres"
_FALLS_AS_IT_IS = re.compile(r"rain|snow|precipitation|fall-height")
_MOVED_BY_BEFORE = re.compile(r"\b(risen|rose|rises|rise|climbed|increased|grown|grew|warmed|fallen|fell|falls"
                              r"|declined|cooled|shrunk|shrank)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+"
                              r"|more\s+than\s+|roughly\s+|around\s+)?$", re.IGNORECASE)
# A figure named as an earlier one: "an earlier toll of 12", "the initial estimate of $2 billion"
_EARLIER_FIGURE_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:earlier|previous|prior|initial|original|preliminary|first|old)\s+"
    r"(?:(?:death|casualty|official|national|all-time|confirmed|provisional|government|world)\s+){0,2}"
    r"(?:toll|tally|count|figure|estimate|number|total|forecast|reading|record"
    r"|high|peak|budget|cost|price)\s*(?:,|\s(?:of|at|was|had\s+been|stood\s+at))\s*$"
    # a record broken is the record before: "breaking the record of 46 degrees", "beat the old mark of"
    r"|\b(?:break|breaks|breaking|broke|broken|beat|beats|beating|surpass|surpassed|surpassing|top|topped|topping"
    r"|smash|smashed|smashing|eclipse|eclipsed|eclipsing)\s+(?:the|a|its|their)\s+(?:(?:previous|old|national"
    r"|all-time|former)\s+)?(?:record|mark|high|best)\s*(?:,|\s(?:of|at))\s*$"
    # the figure itself said to be the one before: "a downgrade from the previous 1.7%"
    r"|\bfrom\s+(?:the|an?|its|their)\s+(?:earlier|previous|prior|initial|original|preliminary)\s+$"
    # ... or set aside for the later one: "about €1.1 billion, rather than the €850 million estimated on Tuesday"
    r"|,\s+rather\s+than\s+(?:the\s+)?$", re.IGNORECASE)
# ... when the words after it say it is an earlier time's
_EARLIER_AFTER = re.compile(r"\s+(?:(?:a|one|the)\s+(?:day|week|month|quarter|year)\s+(?:earlier|before|ago)"
                            r"|(?:in|for|during)\s+(?:the\s+)?(?:previous|prior|last|same)\b"
                            r"|(?:in|for)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:19|20)\d\d\b|(?:in|for)\s+" + MONTH + r"\b"
                            r"|(?:earlier|before|previously|last\s+(?:week|month|quarter|year)))", re.IGNORECASE)
# A figure another is set against: "$5.1 billion, compared with $4.2 billion a year earlier", "a loss of
# $1.3 billion, against a profit of $400 million", "versus 3.1% in May"
_COMPARED_BEFORE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|,\s+against|\bup\s+from|\bdown\s+from)"
                              r"\s+(?:(?:a|an|the)\s+(?:net\s+)?[a-z\-]+\s+of\s+)?$", re.IGNORECASE)
# A figure by which one differs from another: "£3bn less than forecast", "1,200 more than a year earlier",
# "$400 million over budget"
_COMPARATIVES = ("less", "more", "fewer", "lower", "higher", "greater", "smaller", "larger")
_PLANNED = ("forecast", "forecasts", "expectations", "estimate", "estimates", "target", "budget", "plan", "projection",
            "projections", "consensus", "consensus estimate", "consensus forecast",
            # (and what it was valued at or asked: "sold for £1.3m below its valuation")
            "valuation", "asking price", "guide price", "reserve price", "list price", "market value")
# (and "$1.47 a share, nine cents ahead of the consensus": by how much it beat what was foreseen)
_DIFFERENCE_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(_COMPARATIVES)})\s+than\b|\s+(?:below|above|short\s+of"
                               rf"|under|over|ahead\s+of|behind)\s+(?:the\s+|its\s+|their\s+|analysts['’]\s+)?"
                               rf"(?:{'|'.join(_PLANNED)})\b", re.IGNORECASE)
# ... and one in units: "about 20 knots faster than the target speed", "3 metres higher than in 2019"
_QUANTITY_DIFFERENCE_AFTER = re.compile(r"\s+(?:faster|slower|higher|lower|deeper|shallower|longer|shorter|wider"
                                        r"|narrower|heavier|lighter|hotter|colder|warmer|cooler|taller|further|farther"
                                        r"|closer|more|less)\s+than\b", re.IGNORECASE)
# What it takes: "needed 60 votes", "requires a two-thirds majority of 290"
_NEEDED_VERBS = ("needed", "needs", "need", "needing", "required", "requires", "require", "requiring")
_NEEDED_BEFORE = re.compile(rf"\b(?:{'|'.join(_NEEDED_VERBS)})\s+(?:at\s+least\s+|only\s+"
                            r"|a\s+(?:simple\s+|two-thirds\s+|absolute\s+)?majority\s+of\s+)?$"
                            # "the two-thirds threshold of 200 votes"
                            r"|\bthreshold\s+of\s+$", re.IGNORECASE)
# the period a sum is of, after it: "35 million dollars every day", "$2 million a week"
_PER_PERIOD_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(day|week|month)\b", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s+(?:each|apiece|a\s+head|per\s+(?:person|head|household|family|capita|worker|student"
                         r"|resident|victim|recipient|applicant))\b", re.IGNORECASE)
_PAID_BY_PERIOD = ("salary", "wage", "income", "fee", "rent", "pension", "benefit", "allowance", "payment")
# a line set for a figure, named after it: "the 50 percent minimum", "the 5.5-metre alert level"
_THRESHOLD_AFTER = re.compile(r"[\s-]+(?:(?:legal|required|minimum|maximum|official)\s+)?(?:minimum|threshold|mark|bar"
                              r"|hurdle|quorum|requirement|(?:alert|warning|danger|flood|evacuation)[\s-](?:level|mark"
                              r"|line|stage|threshold))\b", re.IGNORECASE)
_EXTRA_BEFORE = re.compile(r"\b(?:an?\s+)?(?:extra|additional|further)\s+(?:about\s+|some\s+|nearly\s+)?$",
                           re.IGNORECASE)
_EXTRA_LEAD = re.compile(r"(?:an?\s+)?(?:extra|additional|further)\s", re.IGNORECASE)  # the value's own words
# what something is able to take, said before the figure: "can handle up to", "a capacity of", "designed to hold"
_CAPACITY_BEFORE = re.compile(r"\b(?:(?:can|could|is\s+able\s+to|are\s+able\s+to|designed\s+to|built\s+to)\s+"
                              r"(?:handle|process|hold|store|house|accommodate|carry|take|treat|produce|generate)"
                              r"|capacity\s+(?:of|for|to\s+\w+))\s+(?:up\s+to\s+|about\s+|some\s+|around\s+)?$",
                              re.IGNORECASE)
# ... said after it: "176 votes were required", "a majority of 76 is needed", "the 200 votes required"
_NEEDED_AFTER = re.compile(r"\s+(?:votes?\s+|seats?\s+)?(?:[—–]\s*)?(?:were|was|are|is)\s+(?:required|needed)\b"
                           r"|\s+(?:votes|seats)\s+(?:required|needed)\b",
                           re.IGNORECASE)  # (and set off: "a simple majority, 121 votes, was required")
# Nor is a figure foreseen: "analysts expect the economy to grow by 2.5 percent".
# what exit polls and projections gave, every party they name: "with the Union bloc on 32%"
_PROJECTED_BEFORE = re.compile(r"\b(?:[Pp]rojections?|[Ee]xit\s+polls?)\b[^.;:]*$")
_FORECAST_BEFORE = re.compile(
    # (not "a faster-than-expected pace of 0.6%": the rate that came, said to beat what was foreseen)
    r"\b(?<!than-)(?<!than\s)(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|predicting"
    # (the verb, not the noun: "the ministry projects growth of 2%", not "the project's cost")
    r"|(?<!the\s)(?<!this\s)(?<!its\s)(?<!a\s)projects?(?!['’])|projected"
    r"|projecting|assumes|assumed|assuming|envisages|envisaged|foresees|plans|planned)\b[^,.;:]{0,50}$"
    # an outlook named, then set off: "the government's own forecast, 2.4% growth this year"
    r"|\b(?:forecasts?|projections?|outlook)\s*[,:—–]\s*$"
    # a level to come: "the minimum wage will rise to $15 by 2026"
    r"|\b(?:will|would|(?-i:could|might|may)|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to)\s+"
    r"(?:\w+\s+)?(?:rise|increase|climb|grow|fall|drop|decline|reach|peak|top|exceed|average|go\s+up|go\s+down"
    r"|be\s+raised|be\s+cut|be\s+lowered|be\s+increased|be\s+reduced)\s+(?:by\s+|to\s+|at\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
    # where something could take a figure: "the new spending could push the deficit back above 4 percent"
    r"|\b(?:(?-i:would|could|might|may)\s+(?:push|send|drive|lift|take|bring|pull|tip)"
    r"|(?:risks?|risked|risking|threatens?|threatened|threatening)\s+(?:to\s+)?(?:push|pushing|send|sending|drive"
    r"|driving|lift|lifting|tip|tipping))\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:back\s+|up\s+|down\s+)?(?:to\s+)?$"
    # what analysts expected, set against what came: "revenue of $12.4 billion, beating estimates of $12.1 billion"
    r"|\b(?:beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeding|above|below|short\s+of"
    r"|against|versus|vs\.?)\s+(?:analysts['’]?\s+|market\s+|wall\s+street\s+)?(?:average\s+)?(?:estimates?"
    r"|expectations|forecasts?|consensus(?:\s+estimates?)?)(?:\s+(?:of|for))?\s+$", re.IGNORECASE)
# a rate someone sees coming: "the bank sees inflation averaging 3.1% this year"
_SEES_BEFORE = re.compile(r"\b(?:sees|see)\b[^,.;:]{0,50}$", re.IGNORECASE)
# ... unless it is a count already known: "is expected to release the names of the four people
# killed", "wanted to talk to him about the four people killed": what is expected or wanted is
# something else.
_KNOWN_BEFORE = re.compile(r"\b(?:the|all|those)\s+$", re.IGNORECASE)
# A sum named as the aim after it (see _AIM_BEFORE): "well below the $6.5 billion target", "the $2 billion the
# agency had sought"
_ASKED = ("sought", "requested", r"appealed\s+for", r"asked\s+for")
_AIM_AFTER = re.compile(r"\s+(?:(?:fundraising|funding|donor)\s+)?(?:target|goal)\b|\s+(?:it|they|the\s+[\w-]+)\s+"
                        rf"(?:had\s+|has\s+|have\s+)?(?:{'|'.join(_ASKED)})\b", re.IGNORECASE)


def _phrases(words) -> str:
    """Words and phrases of the lexicon as one alternation, a phrase's words apart by any space."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(words, key=len, reverse=True))


# "reduced from £2m to ...": a change from; not "cost from $700 to $1,700", a range
# foreseen, said right after the figure: "the $5.0 billion analysts had expected", "the 2,000 forecast"
# a count's fate to come, after the words that say what it is: "are to be released", "will be evacuated"
_PLANNED_AFTER = re.compile(r"(?:\s+[\w'’\-]+){0,2}?\s*(?:(?:are|is)\s+(?:(?:due|set|scheduled|expected|slated)\s+)?to"
                            r"|(?:will|would)(?:\s+also|\s+then)?)\s+be\s+\w+ed\b", re.IGNORECASE)
# the verbs that say a figure was foreseen, after it ("the 2.9% economists had forecast", "pencilled in")
FORESEEN_VERBS = r"(?:expected|forecast|forecasted|predicted|anticipated|projected|estimated|pencill?ed\s+in)\b"
_FORESEEN_AFTER = re.compile(r"\s+(?:that\s+)?(?:(analysts|economists|forecasters|markets|investors|traders)\s+"
                             r"(?:had\s+)?)?" + FORESEEN_VERBS + r"(?!\s+(?:to|that|in|on|by)\b)", re.IGNORECASE)
# (what it was, named: "widened the exclusion zone around the crater from a radius of 5 km to 8 km")
_FROM_JUST_BEFORE = re.compile(rf"\b(?:{_phrases(lex.CHANGED_FROM_VERBS)})\s+(?:[\w-]+\s+){{0,6}}?from\s+"
                               r"(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:radius|level|height|depth|size|total|peak"
                               r"|high|figure|rate)\s+of\s+)?$", re.IGNORECASE)
# (the moment it changed from may stand between: "fell from $5.4 billion at the start of 2024 to about $1.9 billion")
_TO_AFTER = re.compile(rf"(?:\s+[^\d,;:()]{{1,30}}?(?:\s+(?:19|20)\d\d)?)?\s+to\s+{QUAL}?[$€£¥\d]", re.IGNORECASE)
_BOUND_WORD = re.compile(r"(?:below|above|under|over|beneath|past|beyond)\b", re.IGNORECASE)  # "fell below $70": a level
# A sum by which another changed is not that other: "rose 12 cents to $3.45", "narrowed by 1.2 billion"
# ("lost $2 billion" and "gained $5 million" are sums lost and gained, and stay).
_MONEY_CHANGE_BEFORE = re.compile(rf"(?:\b(?:(?:{_phrases(lex.SUM_CHANGE_VERBS)})(?:\s+by)?"
                                  rf"|(?:{_phrases(lex.SUM_CHANGE_BY_VERBS)})\s+by)"
                                  # "averaged $3.49, up 12 cents": the level's move, set off after it
                                  r"|,\s+(?:up|down)(?:\s+by)?)\s+$", re.IGNORECASE)
# A figure by which another changed is not that other: "a gain of 12 seats", "a drop of 40 jobs".
_CHANGE_OF_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:net\s+)?(gain|loss|increase|decrease|rise|drop|fall|jump|decline|reduction|cut|hike|boost)"
    r"\s+of\s+$",
    re.IGNORECASE)


# the hours just gone a count is given for, after its words: "registered in the previous 48 hours", a day's
# part of a running count (not days: "killed 30 over the past three days" is as often the whole toll)
_PAST_SPAN_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:in|over|during|within)\s+the\s+(?:previous|past|last"
                              r"|preceding)\s+((?:\d+|twenty-four|forty-eight|seventy-two)\s+hours)\b", re.IGNORECASE)


def _money_change_of(before: str) -> re.Match | None:
    """"an increase of" before a sum; not "a loss of $210 million", a sum lost (and a gain one gained)."""
    change = _CHANGE_OF_BEFORE.search(before)
    return change if change is not None and change.group(1).lower() not in ("gain", "loss") else None


def change_facet(words: str) -> str:
    """The facet of a change told by ``words``: "fall" when they say it went down ("shrank", "a drop
    of", "narrowed by"), else "change". A fall of 9% and a rise of 9% are two figures, never one."""
    return "fall" if any(word in lex.FALL_WORDS for word in words.lower().split()) else "change"


_PART_ALONE_BEFORE = re.compile(r"\b(?:of|in|from|for)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+alone\b", re.IGNORECASE)
# ("Among 16- to 24-year-olds, the jobless rate rose to 11.2%": the group may open the sentence)
_AMONG_BEFORE = re.compile(r"\bamong\s+([^,;:.%\d]{2,40}?|\d+-?\s+to\s+\d+-year-olds)"
                           r"(?:,\s+the\s+(?:[\w-]+\s+){0,2}?rate)?\s+" + RATE_MOVED, re.IGNORECASE)

# a sentence that opens on an earlier moment and tells what had been said then: "Earlier in the day the office had
# put the toll at six", "Earlier on Saturday, officials had said"
_EARLIER_HAD_LEAD = re.compile(r"\s*(?:Earlier|Previously)\b(?:\s+(?:in\s+the\s+day|that\s+day|on\s+\w+|in\s+the"
                               r"\s+(?:morning|afternoon|evening|week)|this\s+(?:morning|week)|today))?,?\s+"
                               r"[^.;:]{0,80}?\bhad\s+(?:been\s+)?(?:put|said|given|reported|estimated|stood|reached"
                               r"|counted|confirmed|been|announced|set)\b", re.IGNORECASE)
# (not "had set", "had announced": "the gunman had set 12 fires", "had announced 300 job cuts")
_HAD_GIVEN_BEFORE = re.compile(r"\bhad\s+(?:first\s+|initially\s+|earlier\s+)?(?:put|given|reported|estimated)\b"
                               r"[^.;:]{0,50}$", re.IGNORECASE)
_OUTGOING_AFTER = re.compile(r"[^.;:]{0,20}?\bin\s+the\s+(?:outgoing|previous|last|old)\s+(?:parliament|assembly"
                             r"|chamber|legislature|house|senate|council|congress)\b", re.IGNORECASE)
_YEAR_EARLIER_LEAD = re.compile(r"\s*(?:A|One)\s+year\s+(?:earlier|before|ago)\b", re.IGNORECASE)
_RANGE_OF_BEFORE = re.compile(r"\b(?:price\s+|marketed\s+|indicated\s+|target\s+|expected\s+|initial\s+|original\s+)?"
                              r"range\s+(?:of\s+)?(?:between\s+)?$", re.IGNORECASE)
# a part of a country named by what it is, not by its name: "in the capital", "in the north", "in rural areas"
_REGION = (r"\s+(?:the\s+)?(capital|north|south|east|west|north-?east|north-?west|south-?east|south-?west"
           r"|countryside|rural\s+areas|urban\s+areas|cities)\b")
_REGION_LEAD = re.compile(rf"\s*(?-i:I)n{_REGION}\s*,", re.IGNORECASE)  # opening its sentence
_REGION_IN = re.compile(rf"\bin{_REGION}(?![^,;]*\bof\b)", re.IGNORECASE)  # (not "in the north of the city")
_REGION_WORD = (r"(?:region|province|district|county|governorate|prefecture|town|city|municipality|village"
                r"|(?:metropolitan|metro|urban)\s+(?:area|region))")
_NAMED_REGION_IN = re.compile(
    rf"\b[Ii]n\s+the\s+(?:(?:capital|northern|southern|eastern|western|central|coastal)\s+)?{_REGION_WORD}\s+of\s+"
    rf"([A-Z][\w'’-]+)|\b[Ii]n\s+the\s+(?:(?:northern|southern|eastern|western|central|coastal)\s+)?"
    rf"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{_REGION_WORD}\b"
    r"|\b[Ii]n\s+([A-Z][\w'’-]+),\s+the\s+(?:capital|north|south|east|west)\b")


# a place's figure, named before it: "in Vessland", "in the region", "Vessland's jobless rate"
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n\s+(?:((?-i:[A-Z])[\w'’-]+)|the\s+(region|province|district|county|state|city"
                           r"|capital))(?=\s+(?:\w+\s+){0,3}?$|,?\s*$)"
                           r"|((?-i:[A-Z])[\w'’-]+)['’]s\s+(?:[\w-]+\s+){0,4}?$)")
_NOT_PLACES = frozenset(lex.MONTH_WORDS) | frozenset(lex.WEEKDAY_NAMES) | {"The", "This", "That", "It", "Its"}
# ... and the nation's, after it: "above the national rate of 5.8%", "against 5.8% nationally"
_WHOLE_AFTER = re.compile(r"\b(?:the\s+)?(?:%s)\s+(?:%s)\b|\bnationally\b|\bthe\s+country\s+as\s+a\s+whole\b" % (
    "national|nationwide|country['’]s", "rate|average|figure|level"), re.IGNORECASE)


def _placed_against_whole(ctx, sentence, match: re.Match) -> str | None:
    """The place a percentage is of, named just before it, when its sentence sets it against the
    nation's figure after it: that place is then a part, whatever it is called."""
    if not _WHOLE_AFTER.search(ctx.text, match.end(), sentence.end):
        return None
    start = ctx.clause(sentence, match.start())[0]
    place = _PLACE_BEFORE.search(ctx.text, max(start, match.start() - 60), match.start())
    if place is None:
        return None
    name = place.group(1) or place.group(2) or place.group(3)
    return None if name in _NOT_PLACES else slugify(name)  # ("in April" is no place)


def _that_race_year(ctx, sentence) -> str | None:
    """The past year of the vote "that race" points back to, named in the sentence before: "Turnout was 61.2%,
    up from 54.6% at the last election in 2028. Renn won that race with 44.1% of the vote": 2028's share."""
    if sentence.index == 0 or ctx.published is None or not _THAT_RACE.search(ctx.text, sentence.start, sentence.end):
        return None
    before = ctx.doc.sentences[sentence.index - 1]
    years = [y for y in _A_PAST_YEAR.findall(ctx.text, before.start, before.end) if int(y) < ctx.published.year]
    return years[-1] if years else None


_THAT_RACE = re.compile(r"\bthat\s+(?:race|election|vote|contest|ballot|poll|runoff)\b", re.IGNORECASE)
_A_PAST_YEAR = re.compile(r"\b(?:in|of)\s+((?:19|20)\d\d)\b")

# ... or named after the voters: "58.3% of voters in the Dalmark region rejected it"
_VOTERS_IN_REGION_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:votes?|ballots|voters)(?:\s+cast)?\s+in\s+the\s+"
                                     rf"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{_REGION_WORD}\b")


def _of_part(found: Found, part: str) -> Found:
    """A figure keyed as a part's: the part's label after the subject ("prices.capital.change")."""
    subject, _, rest = found.key.partition(".")
    if subject == part or subject.startswith(part + "-"):
        return found  # the part is the figure's subject already ("in the Dornhaven region, Dornhaven's share")
    return replace(found, key=f"{subject}.{part}.{rest}" if rest else f"{found.key}.{part}", rule="relative-facets")


def relative_facet(ctx, sentence, match: re.Match, found: Found) -> Found:
    """A facet on the key of a figure that is not the figure reported: the one it changed from
    (.earlier, .previous-year), one aimed at (.target), foreseen (.forecast), or a change (.change);
    and a running tally's period on its subject."""
    if found.kind not in ("date", "year") and found.key.endswith((".target", ".forecast", ".expected")):
        return horizon(ctx, sentence, match, found)
    earlier = earlier_outlook(ctx, sentence, match, found)
    if earlier is not None:
        return earlier
    if found.kind in ("money", "percent") and _YEAR_EARLIER_LEAD.match(ctx.text, sentence.start) \
            and not found.key.endswith((".previous-year", ".earlier")):
        # "A year earlier, in October 2030, the deficit stood at $2.9 billion": the year before's figure
        return replace(found, key=found.key + ".previous-year", rule="relative-facets")
    year = past_year(ctx, sentence, match) if found.kind in ("percent", "money", "quantity") \
        and not YEAR_SEGMENT.search(found.key) else None
    if year is None and found.kind in ("percent", "count") and not YEAR_SEGMENT.search(found.key):
        year = ctx.of_sentence(_that_race_year, sentence)
    if year is not None:
        # "In 2014, voters rejected it by 57% to 43%, on a turnout of 44%": that year's vote, not this one's
        return replace(found, key=f"{found.key}.{year}", rule="relative-facets")
    nth = ctx.of_sentence(other_round, sentence) if found.kind in ("count", "money", "percent") else None
    if nth is not None:
        # "The sixth package, adopted in October, listed 29 people", in a story of the seventh: that one's figure
        return replace(found, key=f"{found.key}.{nth}", rule="relative-facets")
    # (a count's subject told apart already, "sinking-ostrel", needs no month besides)
    month = ctx.of_sentence(other_month, sentence) if (found.kind in ("money", "percent") or (
        found.kind in ("count", "duration") and "-" not in found.key.split(".", 1)[0])) \
        and not MONTH_SEGMENT.search(found.key) else None
    if month is not None:
        # "In September the overall deficit was $3.56 billion", in a story of October's: that month's figure
        return replace(found, key=f"{found.key}.{month}", rule="relative-facets")
    region = (_REGION_LEAD.match(ctx.text, sentence.start, match.start()) or _REGION_IN.search(
        ctx.text, ctx.clause(sentence, match.start())[0], match.start())) if found.kind == "percent" else None
    named = (_NAMED_REGION_IN.search(ctx.text, sentence.start, match.start())
             or _VOTERS_IN_REGION_AFTER.match(ctx.text, match.end(), sentence.end)) \
        if found.kind == "percent" and region is None else None
    if region is not None:
        # "In the capital, prices rose 6.1%", "unemployment in the north rose to 9%": that part's rate, never
        # the whole country's (a place named by its name may be the country itself, and is left as it is)
        found = _of_part(found, "-".join(region.group(1).lower().replace("-", " ").split()))
    elif named is not None:
        # "in the Dornhaven region she won 63.5%", "In Dornhaven, the capital, she won 63.5%": a place said to be a
        # region or the capital is a part, by its name
        found = _of_part(found, slugify(next(group for group in named.groups() if group)))
    else:
        place = (_placed_against_whole(ctx, sentence, match) or share_part(ctx, sentence, match)) \
            if found.kind == "percent" else None
        if place is not None:
            # "Unemployment in Vessland reached 7.9%, well above the national rate": a place set against the
            # nation's figure is a part of it, by its name
            found = _of_part(found, place)
    c_start = ctx.clause(sentence, match.start())[0]
    among = _AMONG_BEFORE.search(ctx.text, c_start, match.start()) if found.kind == "percent" else None
    if among is not None:
        # "Unemployment among 16- to 24-year-olds rose to 12.9%", "turnout among young voters was 38%": that group's
        found = _of_part(found, slugify(among.group(1)))
    rate_of = rate_part(ctx.text, c_start, match.start()) if found.kind == "percent" and among is None else None
    if rate_of is not None:
        # "the jobless rate for young people jumped to 14.5%", "the provincial jobless rate was 5.9%": a part's
        found = _of_part(found, rate_of)
    alone = _PART_ALONE_BEFORE.search(ctx.text, ctx.clause(sentence, match.start())[0], match.start()) \
        if found.kind in ("percent", "money") else None
    if alone is not None:
        # "Exports of machinery alone fell 11.2%", "sales in Europe alone rose 4%": that part's, never the whole's
        found = _of_part(found, slugify(alone.group(1)))
    stage = stage_of(ctx, sentence, match) if found.kind in ("count", "percent") else None
    if stage is not None:
        # "the first eight hostages", "completing the first stage", "38% in the first round": that stage's
        found = _of_part(found, stage)
    if found.key.endswith(TALLIED) and partial_count(ctx, sentence, before=not found.key.endswith(".turnout")):
        # "with 80% of the vote counted, Lund had 55%": a share of the count so far, which the final one updates
        return replace(found, key=found.key + ".partial", rule="relative-facets")
    if found.kind in ("date", "year") or found.key.endswith((".limit", ".earlier", ".previous-year", ".offer",
                                                             ".demand")):
        return found
    if found.key.endswith((".change", ".fall")):
        # a move foreseen is not the move made: "markets expect a quarter-point cut in June"
        c_start, _ = ctx.clause(sentence, match.start())
        if _EARLIER_FIGURE_BEFORE.search(ctx.before(match.start(), 70, sentence.start)) \
                or _REPORTED_BEFORE_AFTER.match(ctx.text, match.end(), sentence.end):
            # "exports rose 1.3%, against a first estimate of 0.9%", "a smaller drop than the 1.1% initially
            # reported": the move first reported, which the later figure revises
            return replace(found, key=found.key + ".earlier", rule="relative-facets")
        if found.kind == "percent" and _FORECAST_BEFORE.search(ctx.before(match.start(), 70, c_start)):
            return horizon(ctx, sentence, match, replace(found, key=found.key + ".forecast", rule="relative-facets"))
        return found
    if found.kind == "count":
        label = tally_label(ctx, sentence, match)
        subject, rest = found.key.split(".", 1)
        if label is None and not any(inc.named and inc.key == subject for inc in ctx.incidents):
            # (a named one is told apart already: "storm-orla")
            label = year_after(ctx, sentence, match) or year_in_subject(ctx, sentence, match) \
                or year_when(ctx, sentence, match)
        year_of = re.search(r"\d{4}", label or "")
        if label is not None and not (year_of and subject.endswith(f"-{year_of.group(0)}")):
            # ("In 1998, floods killed 73", "since 1982, when a plane crashed, killing 78": already that year's)
            return replace(found, key=f"{subject}-{label}.{rest}", rule="relative-facets")
    c_start, _ = ctx.clause(sentence, match.start())
    before = ctx.before(match.start(), 70, c_start)
    changed_from = False
    after = ctx.after(match.end(), 60, sentence.end)
    if found.kind in ("money", "count", "quantity", "percent") and (
            _FROM_BEFORE.search(before) or (_FROM_JUST_BEFORE.search(before) and _TO_AFTER.match(after))):
        # "to 45 from 30", "from £2m to £500,000": the figure it changed from
        changed_from = not (found.kind == "percent" and period_of(after))  # a percent's period is in its key already
    if found.kind == "money" and not changed_from and _RANGE_OF_BEFORE.search(before):
        # "above the marketed range of $28 to $31": the range a price was to fall in, not the price
        return replace(found, key=found.key + ".range", rule="relative-facets")
    compared = _COMPARED_BEFORE.search(before) if not changed_from and found.kind in ("money", "count",
                                                                                      "percent") else None
    if compared is not None and not (found.kind == "percent" and "against" in compared.group(0).lower()):
        # (a share "against" another is the other side's: "52% of the vote, against 45% for her rival")
        if not (_EARLIER_AFTER.match(after) or PREVIOUS_YEAR.match(after) or compared.group(0).lower().startswith(
                ("up", "down"))):
            # "30 percent citywide, compared with 9 percent in one district": another place's or group's
            return replace(found, key=found.key + ".compared", rule="relative-facets")
        changed_from = not (found.kind == "percent" and period_of(after))
    if not changed_from and (_EARLIER_FIGURE_BEFORE.search(before) or _BEATEN_BEFORE.search(before)):
        # "revising an earlier toll of 12", "the initial estimate of $2 billion", "beating the 45.4C"
        changed_from = True
    if not changed_from and found.kind in ("money", "count", "quantity", "percent") \
            and (_EARLIER_HAD_LEAD.match(ctx.text, sentence.start, match.start())
                 or _HAD_GIVEN_BEFORE.search(ctx.text, c_start, match.start())
                 or _OUTGOING_AFTER.match(ctx.text, found.end, sentence.end)):
        # "Earlier in the day the office had put the toll at six", "Officials had put turnout at 58.2% when polls
        # closed": the figure a later one in the story replaced; "which had 14 seats in the outgoing parliament"
        changed_from = True
    expected = _FORESEEN_AFTER.match(after) if found.kind in ("money", "count") and not changed_from else None
    span = _PAST_SPAN_AFTER.match(ctx.text, match.end(), sentence.end) if found.kind == "count" else None
    if span is not None:
        # "Six deaths were registered in the previous 48 hours": that span's part of a running count, no toll
        return replace(found, key=f"{found.key}.past-{slugify(span.group(1))}", rule="relative-facets")
    if found.kind == "count" and not changed_from and _PLANNED_AFTER.match(ctx.text, match.end(), sentence.end):
        # "33 hostages are to be released over six weeks": what a deal or a plan says will come, not what came
        return replace(found, key=found.key + ".planned", rule="relative-facets")
    if changed_from:
        # "dropped to 1.2 billion from 1.8 billion a year earlier": the figure it changed from; in a forecast's
        # sentence, the forecast before ("raised its forecast to 3.1%, from 2.8%"), no rate that was
        facet = ".previous-year" if PREVIOUS_YEAR.match(after) else ".earlier"
        if facet == ".earlier" and OUTLOOK_WORD.search(ctx.text, sentence.start, match.start()):
            facet = ".earlier-forecast"
    elif expected is not None:
        # "above the $5.0 billion analysts had expected", "the 170,000 economists had forecast": foreseen
        facet = ".expected" if expected.group(1) else ".forecast"
    elif found.kind == "money" and (period := _PER_PERIOD_AFTER.match(after)) \
            and not found.key.split(".")[0].endswith(_PAID_BY_PERIOD):
        # "the strike costs the region 35 million dollars every day": a day's, never the whole cost (a wage or a
        # rent is said by the period it is paid for, and stays as it is)
        facet = f".per-{period.group(1).lower()}"
    elif found.kind == "money" and _EACH_AFTER.match(after) and ".per-" not in found.key \
            and not found.key.split(".")[0].endswith(_PAID_BY_PERIOD):
        facet = ".each"  # "households would receive up to 3,000 euros each": what one gets, never the whole sum
    elif found.kind in ("money", "count") and _DIFFERENCE_AFTER.match(after) or (
            found.kind == "quantity" and _QUANTITY_DIFFERENCE_AFTER.match(after)):
        facet = ".difference"  # "borrowed £15.4bn in March, £3bn less than forecast": by how much it differs
    elif (_AIM_BEFORE.search(before) or (found.kind == "money" and _AIM_AFTER.match(after))) \
            and not (found.kind == "count" and _KNOWN_BEFORE.search(before)) \
            and not (found.key.endswith("vote-share") and _VOTED_BEFORE.search(before)):
        # (not "voters rejected a plan to merge the towns by 61% to 39%": the vote on the plan)
        facet = ".target"
    elif _NEEDED_BEFORE.search(before) or (found.kind == "count" and _NEEDED_AFTER.match(after)):
        facet = ".needed"  # "the measure needed 60 votes to pass but got only 52": a threshold, not the votes
    elif found.kind in ("quantity", "money") and (_EXTRA_BEFORE.search(before) or _EXTRA_LEAD.match(found.value)):
        facet = ".additional"  # "would cut an extra 100,000 barrels per day": more, on top of the figure before
    elif found.kind in ("quantity", "count") and _CAPACITY_BEFORE.search(before) \
            and not found.key.endswith((".capacity", ".needed", ".threshold", ".limit")):
        facet = ".capacity"  # "the port can handle up to 6 million tonnes of grain a year": what it could, not did
    elif found.kind in ("percent", "quantity", "count", "money") and THE_BEFORE.search(before) \
            and _THRESHOLD_AFTER.match(after) and not found.key.endswith((".needed", ".threshold", ".limit")):
        # "still below the 50 percent minimum" (a quorum, as one "required" is), "well above the 5.5-metre alert
        # level": a line a figure is set against, not the figure
        facet = ".needed" if found.kind in ("percent", "count") else ".threshold"
    elif (_FORECAST_BEFORE.search(before) and not (found.kind == "count" and _KNOWN_BEFORE.search(before))) \
            or _PROJECTED_BEFORE.search(ctx.text, sentence.start, match.start()) \
            or (found.kind == "percent" and _SEES_BEFORE.search(before)):
        # what analysts or economists expected, set beside what came, is theirs (.expected); a company's, a
        # central bank's or an agency's outlook is its own (.forecast): two bodies' figures, never one. The
        # analysts may open the sentence before a clause ("Economists polled before the release had expected")
        facet = ".expected" if analysts(ctx.before(match.start(), 100, sentence.start)) else ".forecast"
    elif found.kind in ("percent", "money", "count") and (by := _BY_YEAR_AFTER.match(after)) \
            and ctx.published is not None and int(by.group(1)) > ctx.published.year:
        facet = ".target"  # "cut the deficit to 3.5 per cent of GDP by 2028": a goal for a year to come
    elif found.kind == "quantity" and not _FALLS_AS_IT_IS.search(found.key) \
            and (moved := _MOVED_BY_BEFORE.search(before)):
        # "temperatures have risen by 1.7C since 1990": by how much, no temperature
        return replace(found, key=f"{found.key}.{change_facet(moved.group(1))}", rule="relative-facets")
    elif found.kind in ("count", "percent") and (change := _CHANGE_OF_BEFORE.search(before)):
        key = found.key[:-len(".rate")] if found.key.endswith(".rate") else found.key
        return replace(found, key=f"{key}.{change_facet(change.group(1))}", rule="relative-facets")
    elif found.kind == "money" and (change := _MONEY_CHANGE_BEFORE.search(before) or _money_change_of(before)) \
            and not _BOUND_WORD.match(found.value):
        # "prices rose 12 cents to $3.45", "the deficit narrowed by 1.2 billion euros", "spend €412 billion, an
        # increase of €14 billion": by how much
        return replace(found, key=f"{found.key}.{change_facet(change.group(0))}", rule="relative-facets")
    else:
        return found
    found = replace(found, key=found.key + facet, rule="relative-facets")
    return horizon(ctx, sentence, match, found) if facet in (".target", ".forecast", ".expected") else found


_VOTED_BEFORE = re.compile(r"\b(?:rejected|approved|backed|defeated|passed|voted|endorsed|adopted|carried)\b",
                           re.IGNORECASE)


RELATIVE_FACETS = Rule("relative-facets", "figure", relative_facet,
                        reads="a figure not the one reported: the one it changed from, one aimed at or foreseen, a change",
                        examples=examples("""
Revenue fell to 2.1 billion dollars from 2.6 billion dollars.
    revenue.amount | 2.1 billion dollars | Revenue fell to 2.1 billion dollars
    revenue.amount.earlier | 2.6 billion dollars | Revenue fell to 2.1 billion dollars from 2.6 billion dollars
Sales rose to 1.4 million euros in 2023 from 1.1 million euros a year earlier.
    revenue.amount | 1.4 million euros | Sales rose to 1.4 million euros
    revenue.amount.previous-year | 1.1 million euros | Sales rose to 1.4 million euros in 2023 from 1.1 million euros
The government aims to cut unemployment to 4 percent.
    unemployment.rate.target | 4 percent | unemployment to 4 percent
Economists expect growth of 1.8% this year.
    growth.rate.expected.2024 | 1.8% | growth of 1.8%
Economists polled before the release had expected growth of 1.1%.
    growth.rate.expected | 1.1% | growth of 1.1%
The bank forecasts growth of 1.4% by the end of 2026.
    growth.rate.forecast.2026 | 1.4% | growth of 1.4%
The bank raised its forecast for inflation this year to 3.1%, from 2.8%.
    inflation.rate.forecast.2024 | 3.1% | inflation this year to 3.1%
    inflation.rate.earlier-forecast | 2.8% | inflation this year to 3.1%, from 2.8%
The bank sees inflation averaging 2.5% next year.
    inflation.rate.forecast.2025 | 2.5% | inflation averaging 2.5%
She won 38% of the vote in the first round.
    election.first-round.vote-share | 38% | 38% of the vote
The first 12 hostages were freed on Sunday.
    incident.first-stage.hostages.released | 12 | 12 hostages were freed
    release.date | Sunday | freed on Sunday
The deal brought a gain of 14 seats for the coalition.
    election.seats.change | 14 | 14 seats
In 2020, the group agreed a record 9 million bpd reduction.
    oil.output.cut.2020 | a record 9 million bpd | a record 9 million bpd
"""),
                        negatives=negatives("""
Inflation was 3.1% in March.
Revenue fell to 2.1 billion dollars.
"""))
