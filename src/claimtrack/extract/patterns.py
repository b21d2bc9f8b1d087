"""The value reader's vocabulary as running text writes it: one pattern for every kind of value
(money, percent, quantity, date, year, duration, count), tried in that order at each place, and
the shared patterns the rules look for words with (incidents, events, statuses, clauses...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et


# A case-blind "i" also matches "İ" and "ı", and a case-blind "s" "ſ", none of which lower-cases to
# the letter the lexicons spell: a matched word is looked up with them read as "i" and "s".
_LEXICON_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def lexicon_word(words: str) -> str:
    """Words a case-blind pattern matched, as the lexicons spell them: lower-cased, single-spaced."""
    return " ".join(words.translate(_LEXICON_FOLD).lower().split())


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

POSSESSIVE_END = re.compile(r"['’]s$")  # "Li’s", "the city's"


def alternation(words, lower: bool = True) -> str:
    """One regex for many words, as a prefix tree: Python's engine tries a flat
    alternation branch by branch at every position, a tree shares the work."""
    tree: dict = {}
    for word in {w.lower() if lower else w for w in words}:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if c == " " else re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")

    return emit(tree)


def any_of(words) -> re.Pattern:
    """Any of ``words`` (a word list kept as data) as whole words, case-blind."""
    return re.compile(rf"\b(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


# "the" right before a figure: "the 50 percent minimum", "the 41 injured"
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# Number words, scale words and qualifiers: the value reader's vocabulary, as prefix trees ("four" and
# "fourteen" share a branch): the number words are tried at every position the value pattern is, and a
# longer word is never a shorter one plus what may follow it.
_SMALL = "|".join(lex.SMALL_NUMBERS)
_TENS = "|".join(lex.TENS)
WORD_NUMBER = (rf"(?:(?:{alternation(lex.TENS)})(?:[- ](?:{alternation(lex.DIGIT_WORDS)})\b)?"
      rf"|(?:{alternation(lex.SMALL_NUMBERS)}))")
_BIG = alternation(lex.SCALE_WORDS)
_WORDNUM = (rf"(?:\b{WORD_NUMBER}(?:\s+hundred(?:\s+(?:and\s+)?{WORD_NUMBER})?|\s+dozen)?(?:\s+(?:{_BIG}))?\b"
            rf"|\b(?:a|one)\s+(?:hundred|{_BIG})\b)")
# A figure in digits: with commas every three digits, or as South Asian copy groups them ("2,50,000"), or with a
# decimal comma as translated copy writes it, where nothing else can be meant ("32,5 %", "3,5 million").
_DIG = (r"(?<![\w.,\-/])(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
        rf"|\d{{1,3}},\d{{1,2}}(?=\s?%|\s(?:per\s?cent|percent|{alternation(lex.SCALE_WORDS)})\b)"
        r"|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# (a scale word joined by a hyphen is the figure's too: "a $4.5-billion package", "Rs 1,200-crore relief")
_SCALE = rf"(?:[\s-]?(?:{alternation(lex.SCALES_AFTER_DIGITS)})\b|(?<=\d)[{''.join(lex.SCALE_LETTERS)}]\b)"
_VAGUE = (rf"(?:\b(?:{alternation(lex.VAGUE_PLURALS)})\b"
          rf"|\b(?:{alternation(lex.VAGUE_MULTIPLIERS)})\s+(?:hundred|dozen|{_BIG})\b"
          rf"|\ba\s+dozen\b|\bhalf\s+a\s+(?:dozen|{_BIG})\b)")
_NUM = rf"(?:{_DIG}(?:\s?(?:and\s+a\s+half\s+)?{_SCALE})?|{_VAGUE}|{_WORDNUM})"
_QUAL_PHRASES = lex.QUALIFIERS
QUAL = rf"(?:\b(?:{alternation(_QUAL_PHRASES)})\s+)"
# Deeds that kill the people they are "of": "the murder of 143 civilians", "the massacre of 40 villagers"
KILLING_DEEDS = r"murders?|massacres?|slaughter|executions?"
# Units, currencies, months and weekdays: the value reader's vocabulary, as running text writes it.
_CODES = rf"(?-i:{alternation(lex.CURRENCY_CODES, lower=False)})"
_CUR_PRE = (rf"(?:(?:{alternation(lex.DOLLAR_PREFIXES, lower=False)})?\$|[{''.join(lex.CURRENCY_SIGNS)}]"
            rf"|\b(?:(?:{alternation(lex.CURRENCY_ABBREVIATIONS)})\.?|{_CODES})\s?)")
_CUR_WORDS = rf"(?:{alternation(lex.CURRENCY_NAMES)}|{_CODES})\b"
_MONEY_ONE = rf"(?:{_CUR_PRE}\s?{_NUM}|{_NUM}\s+{_CUR_WORDS})"
_DIG_ON = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # a figure right after a range's dash
_RANGE_FROM = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in ("ranged", "ranging", "ranges", "range", "varied",
                                                                   "varying", "varies", "vary", "anywhere")) + ")"


def unit_alternation(names) -> str:
    """Names as written, each ending where a word would: "12 knots", "30°", "40 kWh", not "5 mins" as "5 min"."""
    return rf"(?:{alternation(names)})(?!\w)"


_MINOR_GLUED = rf"(?-i:{alternation(lex.MINOR_UNITS_GLUED, lower=False)})(?![\w.])"  # "99¢", "20p"
_UNITS = unit_alternation(lex.UNIT_NAMES)
_GLUED_UNIT = rf"(?-i:[{''.join(lex.GLUED_UNIT_LETTERS)}])\b"  # "30C", "40t"
_PERCENT = unit_alternation(lex.PERCENT_NAMES)
_TEMPERATURE = unit_alternation(lex.TEMPERATURE_UNITS)
# a figure's minus sign, in words or as a sign right before its digits (not a range's dash: "3-4C")
_SIGN = r"(?:\bminus\s+|(?<![\w.,\-/–−])[-−](?=\d))"
# Case-sensitive; as prefix trees, which try "January" and "Jan." before "Jan" as the lists did.
MONTH_NAMES = lex.MONTH_NAMES
MONTH = f"(?-i:{alternation(MONTH_NAMES, lower=False)})"
WEEKDAYS = lex.WEEKDAY_NAMES
_WEEKDAY = f"(?-i:{alternation(WEEKDAYS, lower=False)})"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"


def _holiday_source(names) -> str:
    """Holidays as running text writes them: capitalized ("Good Friday", "MLK Day"), "St" with or
    without its dot, an apostrophe straight, curly or left out ("Presidents Day"); as prefix trees.
    A one-word name before a word in lower case is the season's, not a day: "a Christmas party"."""
    spelled = set()
    for name in names:
        for apostrophe in ("'", "’", ""):
            written = name.replace("'", apostrophe)
            spelled.update({written, written.replace("st ", "st. ")} if written.startswith("st ") else {written})
    one_word = alternation(name for name in spelled if " " not in name)
    several = alternation(name for name in spelled if " " in name)
    return (rf"(?=(?-i:[A-Z]))(?:{several}\b"
            rf"|{one_word}\b(?!\s+(?!(?:morning|afternoon|evening|night)\b)(?-i:[a-z])))")


_HOLIDAY = _holiday_source(lex.HOLIDAY_NAMES)
_CHURCH = alternation(lex.CHURCHES)
_DUR_UNIT = f"(?:{alternation(lex.DURATION_NAMES)})"

# What is done to people after an incident, by others: never the incident's own doing.
LATER_STATUSES = frozenset({"arrests", "charged", "convicted", "released", "votes", "vaccinated"})

# The words that name people counted: "civilians", "children".
PEOPLE_NOUNS = frozenset(lex.GENERAL_PEOPLE) | frozenset(lex.PEOPLE_CATEGORIES)

# A share in words, before what it is a share of: "two-thirds of the buildings", "half of them",
# "one in five adults", "nine out of ten voters" (values reads it as a percent).
_FRACTION_WORDS = lex.FRACTION_WORDS
_SHARE_SMALL = "|".join(lex.DIGIT_WORDS)
# (a share of one unit is an amount of it: "a fifth of a mile" is a distance, read as a quantity)
_OF_A_UNIT = rf"\s+of\s+an?\s+(?:{alternation(lex.UNIT_NAMES)}|{alternation(lex.DURATION_NAMES)})\b"
# ("a metre and a half of snow", "an hour and a half of talks": a unit and its half, no share)
_SHARE = (rf"(?:\b(?<!\band\s)(?<!\band\sa\s)(?:(?:a|an|{_SHARE_SMALL})[\s-](?:{alternation(_FRACTION_WORDS)})|half)"
          rf"(?=\s+of\b)"
          rf"(?!{_OF_A_UNIT})"
          # a change by a share: "profits fell by a third", "cut by half"
          rf"|(?<=\bby\s)(?:(?:a|an|{_SHARE_SMALL})[\s-](?:{alternation(_FRACTION_WORDS)})|half)\b"
          r"(?!\s+(?:a|an|of\s+a|points?|percentage)\b)"
          rf"|\b(?:{_SHARE_SMALL}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_SHARE_SMALL}|ten|hundred|\d{{1,3}})"
          rf"(?=\s+[a-z])(?!\s+(?:of|and|or|to|the|a|an|in|on|at|for|by|with|who|which|that|was|were|is|are)\b))")

# A share of a percentage point in words: "a quarter point", "half a percentage point", "three-tenths of
# a point", "a half-point" (a rate's move; before a share, which would read "three-quarters" alone).
_POINT_SHARE = (rf"(?:\b(?:a|an|one|{_SHARE_SMALL})[\s-](?:{alternation(_FRACTION_WORDS)})(?:\s+of\s+an?)?"
                rf"|\bhalf\s+an?|\ban?[\s-]half)[\s-](?:percentage\s+|per\s?cent\s+)?points?\b")

# The kinds of value, tried in this order at each position; the pattern is their alternation.
# a month's year said relative to the report's: "in April last year", "on March 3 of this year"
_OF_A_YEAR = r"(?:,?\s+(?:of\s+)?(?:last|this|next)\s+year\b)"
VALUE_KINDS = {
    "money": (
        # a range whole: "between $10 billion and $15 billion", "$10-15 billion", "£2m-£3m", "10-15 billion
        # dollars"; "prices ranged from $70 to $170" (a "from" with no word of a range before it is a change's)
        rf"{QUAL}?(?:\bbetween\s+(?:{_CUR_PRE}\s?)?{_NUM}(?:\s+{_CUR_WORDS})?\s+and\s+{_MONEY_ONE}"
        rf"|(?=from\s){_RANGE_FROM}from\s+{_MONEY_ONE}\s+(?:to|and)\s+{_MONEY_ONE}"
        # "sales of $30 billion to $31 billion", "priced at $40 to $45": a band, as a percent's is; after a change
        # ("rose $2 billion to $31 billion", "an increase of $2 billion to $31 billion") two figures
        rf"|(?=[$€£¥])(?:(?<=\bof\s)|(?<=\bat\s))(?<!increase\sof\s)(?<!rise\sof\s)(?<!drop\sof\s)(?<!fall\sof\s)"
        rf"(?<!cut\sof\s)(?<!gain\sof\s)(?<!loss\sof\s)(?<!jump\sof\s){_CUR_PRE}\s?{_NUM}\s+to\s+{_CUR_PRE}\s?{_NUM}"
        rf"|{_CUR_PRE}\s?{_NUM}(?:\s?[-–]\s?(?:{_CUR_PRE}\s?)?{_DIG_ON}(?![\d\-/%]|[.,]\d){_SCALE}?)?"
        rf"|{_DIG}\s?[-–]\s?{_DIG_ON}{_SCALE}?\s+{_CUR_WORDS}"
        rf"|{_NUM}\s+{_CUR_WORDS}|{_DIG}{_MINOR_GLUED})"
    ),
    "percent": (
        rf"{QUAL}?(?:\bbetween\s+{_DIG}%?\s+and\s+{_DIG}\s?{_PERCENT}|{_DIG}%?\s?[-–]\s?{_DIG_ON}\s?{_PERCENT}"
        # "held rates at 5.25% to 5.5%": a band; after a change ("rose 0.25% to 5.5%") they are two figures
        rf"|(?=\d)(?:(?<=\bat\s)|(?<=\bof\s)|(?<=\bin\s)|(?<=\bthe\s)){_DIG}\s?%\s+to\s+{_DIG}\s?%"
        rf"|{_NUM}\s?{_PERCENT}|{_POINT_SHARE}|{_SHARE})"
    ),
    "quantity": (
        # a range whole, its unit said once: "120-130 km/h", "between 20 and 30 centimetres", "5 to 7 metres"
        rf"{QUAL}?(?:\bbetween\s+{_NUM}\s+and\s+{_NUM}[\s-]?{_UNITS}"
        # a temperature below zero, its sign said or written: "minus 14 degrees Celsius", "-14C", "14 degrees
        # below zero" (read without it, the figure would be one above zero)
        rf"|{_SIGN}{_DIG_ON}(?:\s?{_TEMPERATURE}|(?-i:[CF])\b)|\bminus\s+{_NUM}\s+{_TEMPERATURE}"
        rf"|{_NUM}[\s-]?(?:{_TEMPERATURE}|(?-i:[CF])\b)\s+below\s+zero\b"
        rf"|(?<!\bfrom\s){_DIG}(?:\s?[-–]\s?|\s+to\s+){_DIG_ON}[\s-]?{_UNITS}"
        rf"|\b(?:a\s+)?magnitude(?:\s+(?:of|at|as)\s+|[\s-]){_DIG}|{_DIG}[\s-]magnitude\b"
        rf"|{_DIG}\s+on\s+the\s+richter\s+scale\b|{_NUM}[\s-]?{_UNITS}|{_DIG}{_GLUED_UNIT}"
        rf"|\b(?:a|an|{_SHARE_SMALL})[\s-](?:{alternation(_FRACTION_WORDS)})\s+of\s+an?\s+{_UNITS})"
    ),
    "date": (
        # a span of days first ("24-25 June", "June 30-July 2", "from 3 to 7 July"): its first day alone is not
        # the value; "to" and "until" join days only after "from" ("rose from 3 to 7" is no span)
        rf"\b(?:(?:on|since|by|until|from|in)\s+)?(?:the\s+)?(?:"
        rf"{_DAYNUM}(?:\s+{MONTH})?\s*[-–]\s*{_DAYNUM}\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR}\b)?"
        # "between 3 and 12 September": the days, not a count
        rf"|between\s+{_DAYNUM}(?:\s+{MONTH})?\s+and\s+{_DAYNUM}\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR}\b)?"
        rf"|between\s+{MONTH}\s+{_DAYNUM}\s+and\s+(?:{MONTH}\s+)?{_DAYNUM}\b(?:,?\s+{YEAR}\b)?"
        rf"|(?<=from\s){_DAYNUM}(?:\s+{MONTH})?\s+(?:to|until)\s+{_DAYNUM}\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR}\b)?"
        rf"|{MONTH}\s+{_DAYNUM}\s*[-–]\s*(?:{MONTH}\s+)?{_DAYNUM}\b(?:,?\s+{YEAR}\b)?"
        rf"|(?<=from\s){MONTH}\s+{_DAYNUM}\s+(?:to|until)\s+(?:{MONTH}\s+)?{_DAYNUM}\b(?:,?\s+{YEAR}\b)?"
        # "Monday, Jan. 16": one day, named twice
        rf"|{_WEEKDAY},?\s+(?:{MONTH}\s+{_DAYNUM}|{_DAYNUM}\s+(?:of\s+)?{MONTH})\b(?:,?\s+{YEAR}\b)?"
        rf"|{MONTH}\s+{_DAYNUM}\b(?:,?\s+{YEAR}\b|{_OF_A_YEAR})?"
        rf"|{_DAYNUM}\s+(?:of\s+)?{MONTH}\b(?:,?\s+{YEAR}\b|{_OF_A_YEAR})?"
        rf"|(?:early|mid|late)[\s-]{MONTH}\b(?:\s+{YEAR}\b)?"
        rf"|(?:(?:last|this|next|early|late)\s+)?{_WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|{MONTH}\s+{YEAR}\b"
        # "on the 27th": a day of the month the report is in, or the one before
        rf"|(?<=\bon\sthe\s)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        rf"(?=\s*(?:[,.;:)]|$|\s(?:at|when|and|as|after|before|in|during|but|while)\b))"
        rf"|(?:(?<=in\s)|(?<=since\s)){MONTH}\b{_OF_A_YEAR}?|(?<=last\s){MONTH}\b"
        rf"|(?:last|this|next|earlier\s+this|later\s+this|early\s+this|late\s+last)\s+(?:week|month|year|weekend)\b"
        rf"|yesterday\b|\d{{4}}-\d\d-\d\d\b"
        rf"|(?:{_NUM}|a|an|one|several|a\s+few|a\s+couple\s+of)\s+{_DUR_UNIT}\s+ago\b"
        rf"|(?:days|weeks|months|years)\s+ago\b)"
    ),
    "year": (
        rf"\b(?:in|since|by|until|during|from|as\s+of|earlier\s+in|later\s+in|back\s+in|early|late)\s+"
        rf"{YEAR}\b(?![-–/]\d)"
    ),
    "duradj": (
        rf"\b(?:(?:a|an)\s+)?(?:(?:\d+|{WORD_NUMBER}|half)-(?:day|week|month|year|hour|minute|night|decade|fortnight)"
        r"(?:-long)?|(?:day|week|month|year|hour|minute|night|decade|fortnight)-?long)\b(?![-‐]old)(?!s\b)"
    ),
    "dur": (
        # (a unit and a half, half a unit, and two units told together: "a day and a half", "half an hour",
        # "1 hour 30 minutes")
        rf"{QUAL}?(?:(?:{_NUM}|\ba|\ban|\bone|\bseveral|\ba\s+few|\ba\s+couple\s+of)"
        rf"(?:\s+and\s+a\s+half\s+|-and-a-half\s+|\s+){_DUR_UNIT}\b"
        rf"(?:\s+and\s+a\s+half\b|\s+(?:and\s+)?\d{{1,2}}\s+{_DUR_UNIT}\b)?"
        rf"|(?<![\w-])half\s+(?:an?\s+)?{_DUR_UNIT}\b)"
    ),
    "count": (
        # a range's upper end with a percent sign is a percent of its own: "for 2024 to 2.9 percent"; "three or
        # four" is a range too
        # (a bound or a rounding said after the figure is the figure's: "530 or more", "30 or so")
        rf"{QUAL}?(?:\bbetween\s+{_NUM}\s+and\s+{_NUM}|(?<!\bfrom\s){_NUM}(?:\s*(?:-|–|to|\s+or\s+)\s*{_NUM}\b"
        r"(?![.,]\d)(?!\s*(?:%|percent\b|per\s+cent\b))|\s+or\s+(?:more|fewer|less|greater|so)\b(?!\s+than))?"
        rf"|{_NUM})"
    ),
}
_VALUE_RE_SOURCE = "|".join(f"(?P<{kind}>{body})" for kind, body in VALUE_KINDS.items())


# Words that every value contains one of: only around these is the full pattern tried.
_CORE_WORDS = (set(_SMALL.split("|")) | set(_TENS.split("|")) | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "scores", "hundreds", "thousands",
    "millions", "billions", "tens", "several", "few", "couple", "handful", "half", "yesterday", "week", "weekend",
    "month", "year", "day", "days", "weeks", "months", "years", "decades", "hours", "nights", "fortnight", "decade",
    "hour", "minute", "minutes", "night", *_FRACTION_WORDS,
} | {unit + "long" for unit in ("day", "week", "month", "year", "hour", "minute", "night", "decade", "fortnight")}
    | set(lex.SCALE_WORDS) | {phrase.split()[0] for phrase in lex.VAGUE_PLURALS})
_CORE_NAMES = set(lex.MONTH_WORDS) | set(lex.WEEKDAY_NAMES)
# A holiday's first word, capitalized: only at these is the holiday pattern tried ("Good Friday", "MLK Day"),
# and only where it names one are they cores; months and weekdays are cores wherever they are.
HOLIDAY_FIRST_WORDS = frozenset(
    spelled for name in lex.HOLIDAY_NAMES for first in [name.split()[0].split("'")[0]]
    for spelled in (first.capitalize(), *([first.upper()] if len(first) <= 3 else [])))
HOLIDAY_ONLY_CORES = HOLIDAY_FIRST_WORDS - _CORE_NAMES


# Words a value may begin with before its core word ("at least 45", "on Sunday", "a three-day", "USD 5").
START_WORDS = {
    "at", "more", "fewer", "less", "no", "up", "as", "just", "well", "close", "nearly", "almost", "about", "around",
    "some", "roughly", "approximately", "over", "under", "above", "below", "upwards", "in", "an", "a", "estimated",
    "another", "only", "exactly", "between", "on", "since", "by", "until", "from", "early", "mid", "late",
    "last", "this", "next", "earlier", "later", "back", "during", "half", "several", "magnitude", "one", "tens",
    "hundreds", "dozens", "scores", "thousands", "millions", "record", "total", "further", "additional", "extra",
    "upward", "minus",
} | {phrase.split()[0] for phrase in _QUAL_PHRASES} | {prefix.split(".")[0].lower() for prefix in lex.DOLLAR_PREFIXES} \
    | set(lex.CURRENCY_ABBREVIATIONS) | {code.lower() for code in lex.CURRENCY_CODES}


@lru_cache(maxsize=1)
def value_re() -> re.Pattern:
    return re.compile(_VALUE_RE_SOURCE, re.IGNORECASE)


@lru_cache(maxsize=1)
def holiday_re() -> re.Pattern:
    """A date named as a holiday ("on Good Friday", "last Christmas", "Orthodox Easter 2023",
    "Black Friday"), as the value pattern's date group: tried only where a holiday's first word
    is, before the value pattern, so that a named weekday is never read as the weekday alone."""
    return re.compile(rf"(?P<date>\b(?:(?:on|since|by|until|from|in|over|at)\s+)?(?:(?:last|this|next)\s+)?"
                      rf"(?:(?:{_CHURCH})\s+)?{_HOLIDAY}(?:,?\s+(?:of\s+)?{YEAR}\b)?)", re.IGNORECASE)


@lru_cache(maxsize=1)
def value_re_lowered() -> tuple[tuple[tuple[str, re.Pattern], ...], dict[str, re.Pattern]]:
    """The value pattern for lower-cased text (see et.CASELESS_ODDITIES), as each kind's pattern
    in the value pattern's order; and the kinds with words that must be in a given case
    (months, weekdays, currency codes, [CF]), each by its own case-blind pattern.

    Lower-cased, the case-sensitive words match in any case: where a kind's lowered pattern
    finds no value there is none of that kind; where it finds one, a kind with no such words
    has it, the same words, and one with such words is matched again over the text. Tried in
    order, the kinds give what the whole value pattern's alternation would.
    """
    lowered = tuple((kind, re.compile(f"(?P<{kind}>{body.lower()})")) for kind, body in VALUE_KINDS.items())
    cased = {kind: re.compile(f"(?P<{kind}>{body})", re.IGNORECASE) for kind, body in VALUE_KINDS.items()
             if "(?-i:" in body}
    return lowered, cased


# Words that open a clause (besides a clause-opening "as").
_CLAUSE_OPENERS = ("when", "while", "after", "before", "because", "although", "though", "but", "which", "who", "whom",
                   "where", "whereas", "following", "since", "until", "once", "whose", "that", "said")


# Where a clause begins or ends: punctuation, or a word that opens a clause.
_CLAUSE_SOURCE = (
    # (not a clock time's colon: "at 9:59 p.m.")
    r"[;(—–]|:(?<!\d:)|:(?!\d)|\s-\s"
    r"|,(?=\s+(?:as|when|while|after|before|because|although|though|but|which|who|whom|where|whereas|following"
    r"|since|until|once|whose|if|unless|and|said|says|according)\b)"
    r"|\b(?:as(?<!many\sas)(?<!much\sas)(?<!such\sas)(?<!well\sas)(?<!same\sas)"
    r"(?!\s+(?:many|much|well|of|part|a\s+result)\b)"
    # "as he began", "as Chinese officials said": a clause; "appointment as defense minister": not
    # ("killed 23 people as hundreds of civilians waited": a clause of its own, whose figure is none of the dead)
    r"(?=\s+(?:(?:he|she|they|it|we|i|you|the|his|her|their|its|this|that|these|those)\b|(?-i:[A-Z])"
    r"|(?:hundreds|thousands|dozens|scores|millions|tens)\s+of\b))"
    r"|" + alternation(_CLAUSE_OPENERS) + r")\b"
    # "shortly after midnight on Saturday", "since 2019": a time, not a clause
    r"(?!(?:(?<=after)|(?<=before)|(?<=until)|(?<=since))\s+(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall"
    r"|sunrise|sunset|\d"
    # a moment of a journey or a day: "shortly after take-off from ...", "just before landing"
    r"|(?:take-?off|landing|departure|arrival|lift-?off|dark|lunch|dinner|breakfast)\b))"
)


# things whose names end as a trade's people do ("drivers", "dockers"): never people counted
_THINGS_IN_ERS = ("containers", "computers", "tankers", "trailers", "papers", "letters", "numbers", "waters", "towers",
                  "centers", "centres", "chambers", "meters", "liters", "layers", "barriers", "powers", "orders",
                  "offers", "borders", "quarters", "headquarters", "matters", "markers", "shelters", "rivers",
                  "corners", "lockers", "covers", "filters", "printers", "boosters", "launchers", "chargers",
                  "transformers", "generators", "helicopters", "freighters", "destroyers", "cruisers", "rollers",
                  "stickers", "posters", "flyers", "banners", "ledgers", "registers", "answers", "hangers", "heaters")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    people = PEOPLE_NOUNS
    return {
        "incident": re.compile(rf"\b(?:{alternation(lex.INCIDENTS)})\b", re.IGNORECASE),
        "event": re.compile(rf"\b(?:{alternation(lex.PERSON_EVENTS)})\b", re.IGNORECASE),
        "event_lowered": re.compile(rf"\b(?:{alternation(lex.PERSON_EVENTS)})\b"),  # see et.CASELESS_ODDITIES
        "noun_after": re.compile(
            # the words between a number and its noun are no status, no article and no link to another
            # clause: "NBC 6 the teen was shot", "toll climbs to 2,300 as rescuers race against time"; a
            # group's own ("115 of its soldiers", "30 of their fighters") are the soldiers, the fighters
            rf"\s*(?:of\s+(?:the\s+|them\b|whom\b|those\b|(?:its|their|our)\s+(?:own\s+)?)?)?"
            rf"((?:(?!(?:{alternation(lex.STATUS)}|the|a|an|this|that"
            rf"|his|her|their|its|as|while|when|after|before|because|and|but|or|if|since|until|in|on|at|for|to"
            # (an initialism's dots are of a word: "three U.S. soldiers")
            rf"|from|by|with|than)\b)(?:[\w'’\-]+|(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+)\s+){{0,2}}?)"
            # (people by their nation or their trade: "Ukrainians", "dockers"; not things in "-ers": "containers")
            rf"({alternation(people | set(lex.THINGS))}|(?-i:{et.CAP})[a-z]+(?:ians|ans|is|ese|ers)"
            rf"|(?!{alternation(_THINGS_IN_ERS)}\b)[a-z]+ers)\b",
            re.IGNORECASE,
        ),
        "status": re.compile(rf"\b(?:{alternation(lex.STATUS)})\b", re.IGNORECASE),
        "verb_before": re.compile(
            rf"\b({alternation(lex.STATUS_VERBS_BEFORE)}|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of"
            r"|killing\s+at\s+least|left)\s+$",
            re.IGNORECASE,
        ),
        "toll_before": re.compile(
            r"\b(death\s+toll|toll|(?:number|total|tally|count|estimate)\s+of\s+(?:[\w\-]+\s+){0,3}?(?:"
            + alternation(lex.STATUS) + r"|evacuees)|fatalities|casualt(?:y|ies)(?:\s+toll)?|injur(?:y|ies)\s+toll)\b"
            # (a verb that the figure was passed is the value's own bound: "the toll has surpassed 100")
            r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,90}?\b(?:to|at|of|reached|hit|is|was|now|has|have|had|past|passed|topped"
            r"|exceeded"
            r"|surpassed|stands\s+at"
            r"|stood\s+at|rose\s+to|climbed\s+to|risen\s+to)\s+$",
            re.IGNORECASE,
        ),
        "total_before": re.compile(
            r"\b(?:(?:its|the|their|a)\s+(?:\w+\s+)?(?:total|tally|count|toll)\s+(?:to|at|of)"
            r"|(?:put|puts|estimated|estimates|placed|gave|give)\s+(?:the|their|its)\s+(?:own\s+)?"
            r"(?:figure|number|total|count|estimate|tally|turnout|crowd)(?:\s+(?:in\s+need|affected|of\s+dead"
            r"|of\s+victims))?\s+(?:at|as)"
            # "Crowds of her supporters, estimated by police at 15,000"
            r"|\bcrowds?\b[^.;:]{0,40}?\b(?:estimated|put|counted|numbered)\s+(?:by\s+[\w\s'’]{1,30}?\s+)?at)\s+$",
            re.IGNORECASE,
        ),
        "among": re.compile(r"\bamong\s+(?:the\s+)?(dead|killed|injured|wounded|victims|missing|casualties|fatalities)\b",
                            re.IGNORECASE),
        "including": re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|such\s+as)\s+$",
                                re.IGNORECASE),
        "money_noun": re.compile(rf"\b(?:{alternation(lex.MONEY_NOUNS)})\b", re.IGNORECASE),
        "percent_topic": re.compile(rf"\b(?:{alternation(lex.PERCENT_TOPICS)})\b", re.IGNORECASE),
        "clause": re.compile(_CLAUSE_SOURCE, re.IGNORECASE),
        "clause_lowered": re.compile(_CLAUSE_SOURCE.lower()),  # see _Reader._clause_marks
        "speech": re.compile(rf"\b(?:{alternation(lex.REPORTING)})\b"),
        "first": re.compile(
            r"\b(his|her|their|its|" + et.CAP + r"[\w\-]+['’]s)\s+first\s+(?:(?:ever|official|overseas|foreign|"
            r"international|state|trip|visit)\s+){0,2}?(visit|trip|tour|journey|trip\s+abroad|visit\s+abroad)\b"
            r"|\b(?:visit|trip|tour)\b[^.;]{0,60}?\bwas\s+(his|her|their)\s+first\b",
            re.IGNORECASE,
        ),
        "sanctioned": re.compile(
            r"\bunder\s+(?:(?:U\.S\.|US|American|Western|EU|European|British|UN|U\.N\.|international)\s+)?sanctions\b"
            r"|\b(?:U\.S\.|US|EU|UN)[-\s]sanctioned\b|\bsanctions\s+list\b|\bblacklisted\b",
            re.IGNORECASE,
        ),
        "words": re.compile(r"[\w'’\-]+"),
        # (the role whole where it is two words: "the Prime Minister's", not "minister")
        "owner_role": re.compile(r"\bthe\s+(?:[\w\-]+\s+)??(" + alternation(
            set(lex.ROLE_NOUNS) | {"team", "side", "club", "party", "country", "nation", "government", "company",
                                   "coalition", "alliance", "bloc", "opposition"})
            + r")\b", re.IGNORECASE),
        "status_of_end": re.compile(r"\bof\s+(?:[\w\-]+\s+){0,3}?(" + alternation(lex.STATUS) + r")$"),
        # what "left" left them: "left two dead", "left three others critically wounded"
        "status_lead": re.compile(r"\s+(?:(?:critically|seriously|severely|gravely|badly|slightly|mortally)\s+)?"
                                  r"(" + alternation(lex.STATUS) + r")\b", re.IGNORECASE),
        "status_after": re.compile(
            r"(?:\s+(?:were|was|have|has|had|been|are|is|being|reportedly|also|later|all|now|still|who|were"
            r"|feared|believed|confirmed|thought|to\s+be|to\s+have|remain|remained|remains|have\s+been"
            r"|had\s+been|were\s+left|left|found|later\s+found|each|critically|seriously|severely|gravely|badly|new"
            r"|slightly|also|due|set|scheduled|will\s+be|would\s+be"
            # where they are, named: "4.3 million people in Dorava face acute hunger"
            r"|in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
            # where they are from, up to the verb: "nine sailors from the trawler held by the navy were freed"
            r"|(?:from|aboard)(?:\s+(?!(?:that|which|who|whom|whose|when|where|and|but|or)\b)[\w'’-]+){1,7}?"
            r"(?=\s+(?:were|was|are|is|have|has|had)\b)"
            r"))*\s+((?:" + alternation(lex.STATUS) + r"))\b",
            re.IGNORECASE,
        ),
        "thing_status_before": re.compile(r"\b(" + alternation(lex.THING_STATUS) + r")\s+(?:\w+\s+){0,1}$",
                                          re.IGNORECASE),
        "thing_status_after": re.compile(
            # "homes and businesses lost power": what befell both
            r"(?:\s+(?:and|or)\s+(?:businesses|buildings|offices|shops|schools|farms))?"
            r"(?:\s+(?:were|was|have|has|had|been|are|is|being|also|either|reportedly|still|left|now))*\s+("
            + alternation(lex.THING_STATUS) + r")\b",
            re.IGNORECASE,
        ),
        # scanned over the lower-cased text: a case-blind pattern is several times slower. Figures and
        # words are scanned for apart, which is quicker; as neither holds a character of the other,
        # the two scans find what one pattern with both would.
        "core_figures": re.compile(r"[\d$€£¥₹₽₩₺₴₦₪]"),
        "core": re.compile(r"\b(?:" + alternation(_CORE_WORDS) + r")\b"),
        # Without the leading \b, which is checked where a name is found: the search then skips to the
        # capitals. A name found inside a word ends where that word does, so it hides no other.
        "core_names": re.compile(r"(?:" + alternation(_CORE_NAMES | HOLIDAY_ONLY_CORES, lower=False) + r")\b"),
        "boundary": re.compile(r"\b"),
        "incident_lower": re.compile(rf"\b(?:{alternation(lex.INCIDENTS)})\b"),
        "core_any_case": re.compile(
            r"[\d$€£¥₹₽₩₺₴₦₪]|\b(?:" + alternation(_CORE_WORDS) + r")\b|\b(?-i:"
            + alternation(_CORE_NAMES | HOLIDAY_ONLY_CORES, lower=False) + r")\b",
            re.IGNORECASE,
        ),
        # where a word or a currency symbol starts, with the word
        "word_start": re.compile(r"(?<![\w'’\-])(?:(\w+)|[$€£¥₹₽₩₺₴₦₪]|[-−](?=\d))"),
        # the same, but only where the word is a start word, over the lower-cased text
        "start_word": re.compile(
            r"(?<![\w'’\-])(?:(?:" + alternation(START_WORDS) + r")(?!\w)|[$€£¥₹₽₩₺₴₦₪]"
            r"|[-−](?=\d))"),
    }


def clean_word(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


# someone named by whose relation they are: "Pell's predecessor", "the minister's wife" (not that one's own figure)
_RELATIVES = ("predecessor", "successor", "rival", "opponent", "challenger", "wife", "husband", "son", "daughter",
              "father", "mother", "brother", "sister", "deputy", "running mate")
RELATION_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?:former|late|eventual|main|nearest|closest)\s+)?("
    + "|".join(word.replace(" ", r"\s+") for word in _RELATIVES) + r")\b", re.IGNORECASE)
