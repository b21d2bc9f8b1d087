"""Candidate claims read from article text: durations, dates, years, counts,
money, percentages and a few yes/no facts, each with a key.

The key is what lets outlets be compared: ``subject.attribute[.facet]``.
Subjects come from the text: the person a detail is said of ("a three-day
visit" of the man who began it, "he" read as the sentence's main person), the
incident a toll belongs to ("earthquake", or "attack-kharkiv" when the article
tells two attacks apart), or the thing measured ("budget", "inflation").
Attributes are few and fixed (visit, talks, deaths, injuries...), so "trip",
"tour" and "visit" meet on one key while "talks" and "summit" meet on another.

Pure: text in, candidates out; no database, no printing. Values are typed by
:func:`claimtrack.values.normalize`, which already reads number words,
hyphenated adjectives, vague quantities and dates against the publication date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from claimtrack import extract_lexicon as lex
from claimtrack import extract_text as et
from claimtrack import values

MAX_QUOTE = 160
# How far from a figure its words are looked for (an event, an incident, a clause's bounds): in a run-on
# "sentence" of many thousand characters, every figure would otherwise scan all of it.
REACH = 400
LEAD_CHARS = 800  # an article's lead: what it says first is what it is about
MAX_STATEMENT = 2000


@dataclass(frozen=True)
class Candidate:
    """One proposed claim: ``text[start:end] == quote``, where ``text`` is the article's, or its
    headline's when ``field`` is "title"."""

    statement: str
    quote: str
    start: int
    end: int
    key: str
    value: str
    value_type: str
    attribution: str | None = None
    field: str | None = None


def compile_patterns() -> None:
    """Compile the rules' patterns now: worker processes forked afterwards share them.

    Not the value pattern for text in any case, ``_value_re()`` (~75 ms to compile): it reads
    only texts whose letters do not lower-case letter for letter, and values whose month or
    weekday is written in an unusual case; a worker that meets one compiles it then.
    """
    _value_re_lowered()
    _patterns()


def extract(text: str, *, published: date | None = None) -> list[Candidate]:
    """Every candidate in ``text``, in reading order; ``published`` resolves "Sunday"."""
    return read(text, published=published)[0]


def read(text: str, *, published: date | None = None, title: str | None = None) -> tuple[list[Candidate], tuple]:
    """Every candidate in ``text`` and the incidents the article speaks of (see
    :func:`claimtrack.align.article_incidents`), for aligning it with the rest of its case.

    A figure of an incident that the ``title`` states and the text does not ("7 Shot, 3 Dead")
    is a candidate quoted from the title; the title's incidents weigh most in what the
    article is about."""
    if not text or not text.strip():
        return [], ((), (), ())
    reader = _Reader(text, published)
    found = reader.run()
    events = reader.events(found)
    if title and title.strip():
        p = _patterns()
        if p["core_any_case"].search(title) is None:
            # no figure in it: what it names still says what the article is about
            rows = tuple((kind, kind, None, None, 2.0, None, False) for kind in
                         (lex.INCIDENTS[_lexicon_word(m.group(0))] for m in p["incident"].finditer(title)))
            return found, (_with_headline(events[0], rows), *events[1:])
        headline = _Reader(title, published, headline=True)
        titled = headline.run()
        if titled:
            if not _Reader._DEATH_WORDS.search(text) and not _Reader._DEATH_WORDS.search(title):
                titled += [replace(c, key=c.key[:-len("shot")] + "injuries") for c in titled if c.key.endswith(".shot")]
            said = {(c.key, _normalize(c.value, published, c.value_type).canonical()) for c in found}
            for c in titled:
                subject = c.key.split(".", 1)[0]
                if c.value_type != "date" and _is_incident(subject) and \
                        (c.key, _normalize(c.value, published, c.value_type).canonical()) not in said:
                    found.append(replace(c, field="title"))
        events = (_with_headline(events[0], headline.events([])[0]), *events[1:])
    return found, events


def _is_incident(subject: str) -> bool:
    kind = subject.split("-", 1)[0]
    return kind == "incident" or kind in lex.INCIDENT_KINDS


def _with_headline(rows: tuple, headline_rows: tuple) -> tuple:
    """An article's incidents with its headline's, each headline mention weighing three."""
    out = {row[0]: list(row) for row in rows}
    for row in headline_rows:
        extra = 3.0 * (row[4] / 2.0)  # a headline mention counted as a lead one (2.0) there
        if row[0] in out:
            out[row[0]][4] += extra
        else:
            out[row[0]] = [*row[:4], extra, *row[5:]]
    return tuple(tuple(row) for row in out.values())


def align(candidates: list[Candidate], known_keys: set[str], text: str, plan=None, events: tuple = ()) -> list[Candidate]:
    """Keys made to meet the ones the case has.

    Incidents follow the case's ``plan`` (an :class:`claimtrack.align.CasePlan`; ``events``
    are the incidents this article names, as :func:`read` gives them): every figure of
    the incident the case is about meets under one subject, whatever word or place
    this outlet used. A person named only "Putin" joins ``vladimir-putin.*`` when the
    case knows exactly one such full name.
    """
    from claimtrack import align as case_align

    subjects = {key.split(".", 1)[0] for key in known_keys}
    incidents = case_align.article_incidents(events) if plan is not None else {}
    days = case_align.article_days(events) if plan is not None else {}
    scopes = dict(events[2]) if plan is not None and events else {}
    out = []
    for candidate in candidates:
        subject, rest = candidate.key.split(".", 1)
        if case_align.kind_of(subject) is not None:
            better = plan.subject(incidents, subject, days.get(candidate.start),
                                  scopes.get(candidate.start)) if plan is not None else subject
        else:
            better = _aligned_person(subject, subjects)
        if better != subject:
            candidate = replace(candidate, key=f"{better}.{rest}")
        out.append(candidate)
    return out


def _aligned_person(subject: str, subjects: set[str]) -> str:
    if subject in subjects or "-" in subject:
        return subject
    fuller = [s for s in subjects if subject in s.split("-") and "-" in s and s.split("-")[0] not in lex.INCIDENT_KINDS]
    return fuller[0] if len(fuller) == 1 else subject


# A case-blind "i" also matches "İ" and "ı", and a case-blind "s" "ſ", none of which lower-cases to
# the letter the lexicons spell: a matched word is looked up with them read as "i" and "s".
_LEXICON_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _lexicon_word(words: str) -> str:
    """Words a case-blind pattern matched, as the lexicons spell them: lower-cased, single-spaced."""
    return " ".join(words.translate(_LEXICON_FOLD).lower().split())


_KEY = re.compile(r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+")


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

def _alternation(words, lower: bool = True) -> str:
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


# Number words, scale words and qualifiers: the value reader's vocabulary, as prefix trees ("four" and
# "fourteen" share a branch): the number words are tried at every position the value pattern is, and a
# longer word is never a shorter one plus what may follow it.
_SMALL = "|".join(lex.SMALL_NUMBERS)
_TENS = "|".join(lex.TENS)
_W = (rf"(?:(?:{_alternation(lex.TENS)})(?:[- ](?:{_alternation(lex.DIGIT_WORDS)})\b)?"
      rf"|(?:{_alternation(lex.SMALL_NUMBERS)}))")
_BIG = _alternation(lex.SCALE_WORDS)
_WORDNUM = (rf"(?:\b{_W}(?:\s+hundred(?:\s+(?:and\s+)?{_W})?)?(?:\s+(?:{_BIG}))?\b"
            rf"|\b(?:a|one)\s+(?:hundred|{_BIG})\b)")
_DIG = r"(?<![\w.,\-/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = rf"(?:\s?(?:{_alternation(lex.SCALES_AFTER_DIGITS)})\b|(?<=\d)[{''.join(lex.SCALE_LETTERS)}]\b)"
_VAGUE = (rf"(?:\b(?:{_alternation(lex.VAGUE_PLURALS)})\b"
          rf"|\b(?:{_alternation(lex.VAGUE_MULTIPLIERS)})\s+(?:hundred|dozen|{_BIG})\b"
          rf"|\ba\s+dozen\b|\bhalf\s+a\s+(?:dozen|{_BIG})\b)")
_NUM = rf"(?:{_DIG}(?:\s?(?:and\s+a\s+half\s+)?{_SCALE})?|{_VAGUE}|{_WORDNUM})"
_QUAL_PHRASES = lex.QUALIFIERS
_QUAL = rf"(?:\b(?:{_alternation(_QUAL_PHRASES)})\s+)"
# Units, currencies, months and weekdays: the value reader's vocabulary, as running text writes it.
_CODES = rf"(?-i:{_alternation(lex.CURRENCY_CODES, lower=False)})"
_CUR_PRE = (rf"(?:(?:{_alternation(lex.DOLLAR_PREFIXES, lower=False)})?\$|[{''.join(lex.CURRENCY_SIGNS)}]"
            rf"|\b(?:(?:{_alternation(lex.CURRENCY_ABBREVIATIONS)})\.?|{_CODES})\s?)")
_CUR_WORDS = rf"(?:{_alternation(lex.CURRENCY_NAMES)}|{_CODES})\b"


def _unit_alternation(names) -> str:
    """Names as written, each ending where a word would: "12 knots", "30°", "40 kWh", not "5 mins" as "5 min"."""
    return rf"(?:{_alternation(names)})(?!\w)"


_MINOR_GLUED = rf"(?-i:{_alternation(lex.MINOR_UNITS_GLUED, lower=False)})(?![\w.])"  # "99¢", "20p"
_UNITS = _unit_alternation(lex.UNIT_NAMES)
_GLUED_UNIT = rf"(?-i:[{''.join(lex.GLUED_UNIT_LETTERS)}])\b"  # "30C", "40t"
_PERCENT = _unit_alternation(lex.PERCENT_NAMES)
# Case-sensitive; as prefix trees, which try "January" and "Jan." before "Jan" as the lists did.
_MONTH_NAMES = lex.MONTH_NAMES
_MONTH = f"(?-i:{_alternation(_MONTH_NAMES, lower=False)})"
_WEEKDAYS = lex.WEEKDAY_NAMES
_WEEKDAY = f"(?-i:{_alternation(_WEEKDAYS, lower=False)})"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DUR_UNIT = f"(?:{_alternation(lex.DURATION_NAMES)})"

# What is done to people after an incident, by others: never the incident's own doing.
_LATER_STATUSES = frozenset({"arrests", "charged", "convicted", "released", "votes", "vaccinated"})

# The words that name people counted: "civilians", "children".
_PEOPLE_NOUNS = frozenset(lex.GENERAL_PEOPLE) | frozenset(lex.PEOPLE_CATEGORIES)

# A share in words, before what it is a share of: "two-thirds of the buildings", "half of them",
# "one in five adults", "nine out of ten voters" (values reads it as a percent).
_FRACTION_WORDS = lex.FRACTION_WORDS
_SHARE_SMALL = "|".join(lex.DIGIT_WORDS)
_SHARE = (rf"(?:\b(?:(?:a|an|{_SHARE_SMALL})[\s-](?:{_alternation(_FRACTION_WORDS)})|half)(?=\s+of\b)"
          # a change by a share: "profits fell by a third", "cut by half"
          rf"|(?<=\bby\s)(?:(?:a|an|{_SHARE_SMALL})[\s-](?:{_alternation(_FRACTION_WORDS)})|half)\b"
          r"(?!\s+(?:a|an|of\s+a|points?|percentage)\b)"
          rf"|\b(?:{_SHARE_SMALL}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_SHARE_SMALL}|ten|hundred|\d{{1,3}})"
          rf"(?=\s+[a-z])(?!\s+(?:of|and|or|to|the|a|an|in|on|at|for|by|with|who|which|that|was|were|is|are)\b))")

# The kinds of value, tried in this order at each position; the pattern is their alternation.
_VALUE_KINDS = {
    "money": rf"{_QUAL}?(?:{_CUR_PRE}\s?{_NUM}|{_NUM}\s+{_CUR_WORDS}|{_DIG}{_MINOR_GLUED})",
    "percent": rf"{_QUAL}?(?:{_NUM}\s?{_PERCENT}|{_SHARE})",
    "quantity": (
        rf"{_QUAL}?(?:\b(?:a\s+)?magnitude(?:\s+of\s+|[\s-]){_DIG}|{_DIG}[\s-]magnitude\b"
        rf"|{_DIG}\s+on\s+the\s+richter\s+scale\b|{_NUM}[\s-]?{_UNITS}|{_DIG}{_GLUED_UNIT})"
    ),
    "date": (
        # a span of days first ("24-25 June", "June 30-July 2", "from 3 to 7 July"): its first day alone is not
        # the value; "to" and "until" join days only after "from" ("rose from 3 to 7" is no span)
        rf"\b(?:(?:on|since|by|until|from|in)\s+)?(?:the\s+)?(?:"
        rf"{_DAYNUM}(?:\s+{_MONTH})?\s*[-–]\s*{_DAYNUM}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?"
        # "between 3 and 12 September": the days, not a count
        rf"|between\s+{_DAYNUM}(?:\s+{_MONTH})?\s+and\s+{_DAYNUM}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?"
        rf"|between\s+{_MONTH}\s+{_DAYNUM}\s+and\s+(?:{_MONTH}\s+)?{_DAYNUM}\b(?:,?\s+{_YEAR}\b)?"
        rf"|(?<=from\s){_DAYNUM}(?:\s+{_MONTH})?\s+(?:to|until)\s+{_DAYNUM}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?"
        rf"|{_MONTH}\s+{_DAYNUM}\s*[-–]\s*(?:{_MONTH}\s+)?{_DAYNUM}\b(?:,?\s+{_YEAR}\b)?"
        rf"|(?<=from\s){_MONTH}\s+{_DAYNUM}\s+(?:to|until)\s+(?:{_MONTH}\s+)?{_DAYNUM}\b(?:,?\s+{_YEAR}\b)?"
        # "Monday, Jan. 16": one day, named twice
        rf"|{_WEEKDAY},?\s+(?:{_MONTH}\s+{_DAYNUM}|{_DAYNUM}\s+(?:of\s+)?{_MONTH})\b(?:,?\s+{_YEAR}\b)?"
        rf"|{_MONTH}\s+{_DAYNUM}\b(?:,?\s+{_YEAR}\b)?"
        rf"|{_DAYNUM}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?"
        rf"|(?:early|mid|late)[\s-]{_MONTH}\b(?:\s+{_YEAR}\b)?"
        rf"|(?:(?:last|this|next|early|late)\s+)?{_WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|{_MONTH}\s+{_YEAR}\b"
        rf"|(?<=in\s){_MONTH}\b|(?<=since\s){_MONTH}\b|(?<=last\s){_MONTH}\b"
        rf"|(?:last|this|next|earlier\s+this|later\s+this|early\s+this|late\s+last)\s+(?:week|month|year|weekend)\b"
        rf"|yesterday\b|\d{{4}}-\d\d-\d\d\b"
        rf"|(?:{_NUM}|a|an|one|several|a\s+few|a\s+couple\s+of)\s+{_DUR_UNIT}\s+ago\b"
        rf"|(?:days|weeks|months|years)\s+ago\b)"
    ),
    "year": (
        rf"\b(?:in|since|by|until|during|from|as\s+of|earlier\s+in|later\s+in|back\s+in|early|late)\s+"
        rf"{_YEAR}\b(?![-–/]\d)"
    ),
    "duradj": (
        rf"\b(?:(?:a|an)\s+)?(?:(?:\d+|{_W}|half)-(?:day|week|month|year|hour|minute|night|decade|fortnight)"
        r"(?:-long)?|(?:day|week|month|year|hour|minute|night|decade|fortnight)-?long)\b(?![-‐]old)(?!s\b)"
    ),
    "dur": (
        rf"{_QUAL}?(?:{_NUM}|\ba|\ban|\bone|\bseveral|\ba\s+few|\ba\s+couple\s+of)\s+(?:and\s+a\s+half\s+)?"
        rf"{_DUR_UNIT}\b"
    ),
    "count": (
        rf"{_QUAL}?(?:\bbetween\s+{_NUM}\s+and\s+{_NUM}|(?<!\bfrom\s){_NUM}(?:\s*(?:-|–|to)\s*{_NUM}\b)?"
        rf"|{_NUM})"
    ),
}
_VALUE_RE_SOURCE = "|".join(f"(?P<{kind}>{body})" for kind, body in _VALUE_KINDS.items())


# Words that every value contains one of: only around these is the full pattern tried.
_CORE_WORDS = (set(_SMALL.split("|")) | set(_TENS.split("|")) | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "scores", "hundreds", "thousands",
    "millions", "billions", "tens", "several", "few", "couple", "handful", "half", "yesterday", "week", "weekend",
    "month", "year", "day", "days", "weeks", "months", "years", "decades", "hours", "nights", "fortnight", "decade",
    "hour", "minute", "minutes", "night", *_FRACTION_WORDS,
} | {unit + "long" for unit in ("day", "week", "month", "year", "hour", "minute", "night", "decade", "fortnight")}
    | set(lex.SCALE_WORDS) | {phrase.split()[0] for phrase in lex.VAGUE_PLURALS})
_CORE_NAMES = set(lex.MONTH_WORDS) | set(lex.WEEKDAY_NAMES)


# Words a value may begin with before its core word ("at least 45", "on Sunday", "a three-day", "USD 5").
_START_WORDS = {
    "at", "more", "fewer", "less", "no", "up", "as", "just", "well", "close", "nearly", "almost", "about", "around",
    "some", "roughly", "approximately", "over", "under", "above", "below", "upwards", "in", "an", "a", "estimated",
    "another", "only", "exactly", "between", "on", "since", "by", "until", "from", "early", "mid", "late",
    "last", "this", "next", "earlier", "later", "back", "during", "half", "several", "magnitude", "one", "tens",
    "hundreds", "dozens", "scores", "thousands", "millions", "record", "total", "further", "additional", "extra",
    "upward",
} | {phrase.split()[0] for phrase in _QUAL_PHRASES} | {prefix.split(".")[0].lower() for prefix in lex.DOLLAR_PREFIXES} \
    | set(lex.CURRENCY_ABBREVIATIONS) | {code.lower() for code in lex.CURRENCY_CODES}


@lru_cache(maxsize=1)
def _value_re() -> re.Pattern:
    return re.compile(_VALUE_RE_SOURCE, re.IGNORECASE)


@lru_cache(maxsize=1)
def _value_re_lowered() -> tuple[re.Pattern, dict[str, re.Pattern]]:
    """The value pattern for lower-cased text (see et.CASELESS_ODDITIES), and each kind's own
    case-blind pattern.

    Lower-cased, the case-sensitive months, weekdays and [CF] match in any case: where the
    lowered pattern finds no value there is none, and where it finds one of a kind, the kinds
    before it have none and the kind's own pattern, matched over the text, gives the value.
    """
    lowered = re.compile("|".join(f"(?P<{kind}>{body.lower()})" for kind, body in _VALUE_KINDS.items()))
    kinds = {kind: re.compile(f"(?P<{kind}>{body})", re.IGNORECASE) for kind, body in _VALUE_KINDS.items()}
    return lowered, kinds


# Words that open a clause (besides a clause-opening "as").
_CLAUSE_OPENERS = ("when", "while", "after", "before", "because", "although", "though", "but", "which", "who", "whom",
                   "where", "whereas", "following", "since", "until", "once", "whose", "that", "said")


# Where a clause begins or ends: punctuation, or a word that opens a clause.
_CLAUSE_SOURCE = (
    r"[;:(—–]|\s-\s|,(?=\s+(?:as|when|while|after|before|because|although|though|but|which|who|whom|where"
    r"|whereas|following|since|until|once|whose|if|unless|and|said|says|according)\b)"
    r"|\b(?:as(?<!many\sas)(?<!much\sas)(?<!such\sas)(?<!well\sas)(?<!same\sas)"
    r"(?!\s+(?:many|much|well|of|part|a\s+result)\b)"
    # "as he began", "as Chinese officials said": a clause; "appointment as defense minister": not
    r"(?=\s+(?:(?:he|she|they|it|we|i|you|the|his|her|their|its|this|that|these|those)\b|(?-i:[A-Z])))"
    r"|" + _alternation(_CLAUSE_OPENERS) + r")\b"
    # "shortly after midnight on Saturday", "since 2019": a time, not a clause
    r"(?!(?:(?<=after)|(?<=before)|(?<=until)|(?<=since))\s+(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall"
    r"|sunrise|sunset|\d))"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    people = _PEOPLE_NOUNS
    return {
        "incident": re.compile(rf"\b(?:{_alternation(lex.INCIDENTS)})\b", re.IGNORECASE),
        "event": re.compile(rf"\b(?:{_alternation(lex.PERSON_EVENTS)})\b", re.IGNORECASE),
        "event_lowered": re.compile(rf"\b(?:{_alternation(lex.PERSON_EVENTS)})\b"),  # see et.CASELESS_ODDITIES
        "noun_after": re.compile(
            rf"\s*(?:of\s+(?:the\s+|them\b|whom\b|those\b)?)?((?:(?!(?:{_alternation(lex.STATUS)})\b)[\w'’\-]+\s+){{0,2}}?)"
            rf"({_alternation(people | set(lex.THINGS))}|{et.CAP}[a-z]+(?:ians|ans|is|ese|ers))\b",
            re.IGNORECASE,
        ),
        "status": re.compile(rf"\b(?:{_alternation(lex.STATUS)})\b", re.IGNORECASE),
        "verb_before": re.compile(
            rf"\b({_alternation(lex.STATUS_VERBS_BEFORE)}|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of"
            r"|killing\s+at\s+least|left)\s+$",
            re.IGNORECASE,
        ),
        "toll_before": re.compile(
            r"\b(death\s+toll|toll|(?:number|total|tally|count)\s+of\s+(?:[\w\-]+\s+){0,2}?(?:"
            + _alternation(lex.STATUS) + r")|fatalities|casualt(?:y|ies)(?:\s+toll)?|injur(?:y|ies)\s+toll)\b"
            r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,90}?\b(?:to|at|of|reached|hit|is|was|now|past|passed|topped|exceeded"
            r"|surpassed|stands\s+at"
            r"|stood\s+at|rose\s+to|climbed\s+to|risen\s+to)\s+$",
            re.IGNORECASE,
        ),
        "total_before": re.compile(
            r"\b(?:(?:its|the|their|a)\s+(?:\w+\s+)?(?:total|tally|count|toll)\s+(?:to|at|of)"
            r"|(?:put|puts|estimated|estimates|placed|gave|give)\s+(?:the|their|its)\s+(?:own\s+)?"
            r"(?:figure|number|total|count|estimate|tally|turnout|crowd)\s+(?:at|as))\s+$",
            re.IGNORECASE,
        ),
        "among": re.compile(r"\bamong\s+(?:the\s+)?(dead|killed|injured|wounded|victims|missing|casualties|fatalities)\b",
                            re.IGNORECASE),
        "including": re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|such\s+as)\s+$",
                                re.IGNORECASE),
        "money_noun": re.compile(rf"\b(?:{_alternation(lex.MONEY_NOUNS)})\b", re.IGNORECASE),
        "percent_topic": re.compile(rf"\b(?:{_alternation(lex.PERCENT_TOPICS)})\b", re.IGNORECASE),
        "clause": re.compile(_CLAUSE_SOURCE, re.IGNORECASE),
        "clause_lowered": re.compile(_CLAUSE_SOURCE.lower()),  # see _Reader._clause_marks
        "speech": re.compile(rf"\b(?:{_alternation(lex.REPORTING)})\b"),
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
        "owner_role": re.compile(r"\bthe\s+(?:[\w\-]+\s+)?(" + _alternation(
            set(lex.ROLE_NOUNS) | {"team", "side", "club", "party", "country", "nation", "government", "company"})
            + r")\b", re.IGNORECASE),
        "status_of_end": re.compile(r"\bof\s+(?:[\w\-]+\s+){0,2}?(" + _alternation(lex.STATUS) + r")$"),
        "status_lead": re.compile(r"\s+(?:" + _alternation(lex.STATUS) + r")\b", re.IGNORECASE),
        "status_after": re.compile(
            r"(?:\s+(?:were|was|have|has|had|been|are|is|being|reportedly|also|later|all|now|still|who|were"
            r"|feared|believed|confirmed|thought|to\s+be|to\s+have|remain|remained|remains|have\s+been"
            r"|had\s+been|were\s+left|left|found|later\s+found|each|critically|seriously|severely|gravely|badly"
            r"|slightly|also))*\s+((?:" + _alternation(lex.STATUS) + r"))\b",
            re.IGNORECASE,
        ),
        "thing_status_before": re.compile(r"\b(" + _alternation(lex.THING_STATUS) + r")\s+(?:\w+\s+){0,1}$",
                                          re.IGNORECASE),
        "thing_status_after": re.compile(
            r"(?:\s+(?:were|was|have|has|had|been|are|is|being|also|either|reportedly|still|left|now))*\s+("
            + _alternation(lex.THING_STATUS) + r")\b",
            re.IGNORECASE,
        ),
        # scanned over the lower-cased text: a case-blind pattern is several times slower. Figures and
        # words are scanned for apart, which is quicker; as neither holds a character of the other,
        # the two scans find what one pattern with both would.
        "core_figures": re.compile(r"[\d$€£¥₹₽₩₺₴₦₪]"),
        "core": re.compile(r"\b(?:" + _alternation(_CORE_WORDS) + r")\b"),
        # Without the leading \b, which is checked where a name is found: the search then skips to the
        # capitals. A name found inside a word ends where that word does, so it hides no other.
        "core_names": re.compile(r"(?:" + _alternation(_CORE_NAMES, lower=False) + r")\b"),
        "boundary": re.compile(r"\b"),
        "incident_lower": re.compile(rf"\b(?:{_alternation(lex.INCIDENTS)})\b"),
        "core_any_case": re.compile(
            r"[\d$€£¥₹₽₩₺₴₦₪]|\b(?:" + _alternation(_CORE_WORDS) + r")\b|\b(?-i:"
            + _alternation(_CORE_NAMES, lower=False) + r")\b",
            re.IGNORECASE,
        ),
        # where a word or a currency symbol starts, with the word
        "word_start": re.compile(r"(?<![\w'’\-])(?:(\w+)|[$€£¥₹₽₩₺₴₦₪])"),
        # the same, but only where the word is a start word, over the lower-cased text
        "start_word": re.compile(
            r"(?<![\w'’\-])(?:(?:" + _alternation(_START_WORDS) + r")(?!\w)|[$€£¥₹₽₩₺₴₦₪])"),
    }


# --------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------


@dataclass
class _Incident:
    start: int
    end: int
    kind: str
    sentence: int
    label: str | None = None
    specific: bool = True
    named: bool = False
    # what the label is: "name" (Storm Bert), "year" (an earlier one), "place", "other" (told apart
    # by "a separate ..." and named nowhere), or "unnamed" (named nowhere, before one that is)
    label_kind: str | None = None
    place: str | None = None  # where its words say it happened, told apart or not
    separate: bool = False  # its words set it apart: "a separate strike", "another shooting"

    @property
    def key(self) -> str:
        """The incident as its figures' keys begin: "storm-bert", or the kind alone."""
        return f"{self.kind}-{self.label}" if self.label else self.kind


@dataclass
class _Found:
    start: int
    end: int
    key: str
    value: str
    vstart: int
    kind: str | None = None


class _Reader:
    def __init__(self, text: str, published: date | None, headline: bool = False):
        self.text = text
        self.published = published
        self.headline = headline  # a title, in title case: capitals say nothing of names
        lowered = text.lower()
        self.lower = lowered if len(lowered) == len(text) else None  # offsets must line up
        # the same, where a case-blind pattern may be matched over it lower-cased (see et.CASELESS_ODDITIES)
        self.caseless = et.caseless(text, lowered)
        self.doc = et.read(text)
        self.p = _patterns()
        self.last_status: dict[int, tuple[str, int]] = {}
        self.last_status_doc: tuple[str, int] | None = None
        # per sentence, the last counted thing, its status and where its noun ends ("fired 40 missiles")
        self.last_thing: dict[int, tuple[str, str, int]] = {}
        self._clauses: dict[int, tuple[list, list, list]] = {}  # each sentence's clause marks, their ends, their starts
        self._bodies: dict[int, str] = {}  # each sentence's words, single-spaced
        self._people_at: dict[int, tuple[list, list]] = {}  # each sentence's people, and where each begins
        self.incidents = self._find_incidents()
        self._incident_starts = [inc.start for inc in self.incidents]  # sorted: where each begins
        # per incident, the last specific one up to it (for "the one the story is on", looked up by bisection)
        self._specific_upto: list[_Incident | None] = []
        for inc in self.incidents:
            self._specific_upto.append(inc if inc.specific else (self._specific_upto[-1] if self._specific_upto
                                                                   else None))

    # --- driver -------------------------------------------------------------

    def events(self, found: list[Candidate]) -> tuple[tuple, tuple]:
        """The incidents named, as ``(subject, kind, label, label kind, weight, place, separate)``,
        one per subject: the weight counts its mentions, those in the lead twice; the place is the
        first its words name; separate, whether its words set it apart from another. And the days their dates read to, as ``(subject, start, day, weight)``."""
        out: dict[str, list] = {}
        for inc in self.incidents:
            weight = 2.0 if inc.start < LEAD_CHARS else 1.0
            row = out.get(inc.key)
            if row is None:
                out[inc.key] = [inc.key, inc.kind, inc.label, inc.label_kind, weight, inc.place, inc.separate]
            else:
                row[4] += weight
                row[5] = row[5] or inc.place
                row[6] = row[6] or inc.separate
        days = []
        for c in found:
            subject, _, attribute = c.key.rpartition(".")
            if attribute == "date" and subject in out:
                value = _normalize(c.value, self.published, "date")
                if value.resolved and value.start and value.end:
                    days.append((subject, c.start, value.start, value.end, 2.0 if c.start < LEAD_CHARS else 1.0))
        places = []
        for c in found:
            subject, _, role = c.key.rpartition(".")
            if (subject in out or subject == "incident") and c.value_type == "count" and role in self._SCOPED_ROLES:
                place = self._scope_place(c)
                if place:
                    places.append((c.start, place))
        return tuple(tuple(row) for row in out.values()), tuple(days), tuple(places)

    def _values(self):
        """Value matches in reading order, as ``finditer`` would give them, but the
        full pattern is only tried in the few words before each core word."""
        text = self.text
        word_start, start_word = self.p["word_start"], self.p["start_word"]
        done = 0
        if self.lower is not None:
            cores = [m.start() for m in self.p["core_figures"].finditer(self.lower)]
            cores.extend(m.start() for m in self.p["core"].finditer(self.lower))
            boundary = self.p["boundary"]
            cores.extend(m.start() for m in self.p["core_names"].finditer(text) if boundary.match(text, m.start()))
            cores.sort()
        else:
            cores = [m.start() for m in self.p["core_any_case"].finditer(text)]
        tried: set[int] = set()  # starts that gave no value (one found there would have ended before a core)
        line_start, seen = 0, 0  # where the line of the last core begins; up to where the text was searched
        for at in cores:
            if at < done:
                continue
            newline = text.rfind("\n", seen, at)  # only what lies since the last core: linear in the text
            if newline >= 0:
                line_start = newline + 1
            seen = at
            low = max(done, line_start, at - 40)
            if self.lower is not None:
                # Read up to at + 1, so that what follows a word ending at the core is seen; no start
                # word runs on into the core, which starts a word or is a figure or a symbol.
                starts = [w.start() for w in start_word.finditer(self.lower, low, at + 1) if w.start() < at]
            else:
                starts = []
                for w in word_start.finditer(text, low):
                    if w.start() >= at:
                        break
                    word = w.group(1)  # None for a currency symbol
                    if word is None or word.lower() in _START_WORDS:
                        starts.append(w.start())
            starts.append(at)
            for start in starts:
                if start in tried:
                    continue
                match = self._value_at(start)
                if match and match.end() > at:
                    yield match
                    done = match.end()
                    break
                tried.add(start)

    def _value_at(self, start: int) -> re.Match | None:
        """``_value_re().match(self.text, start)``, found over the lower-cased text where it can be."""
        if self.caseless is None:
            return _value_re().match(self.text, start)
        lowered_re, kinds = _value_re_lowered()
        found = lowered_re.match(self.caseless, start)
        if found is None:
            return None
        # None only where a month, weekday or [CF] is in another case: the full pattern decides
        return kinds[found.lastgroup].match(self.text, start) or _value_re().match(self.text, start)

    def run(self) -> list[Candidate]:
        out: dict[tuple[int, int, str], Candidate] = {}
        for match in self._values():
            kind = match.lastgroup
            sentence = self.doc.sentence_at(match.start())
            if sentence is None or match.end() > sentence.end:
                continue
            if self._PAST_EVENT_WHEN.search(self.text, max(sentence.start, match.start() - 90), match.start()):
                continue  # "the deadliest since 2017, when 64 people died": an earlier event's figure
            found = getattr(self, "_" + kind)(sentence, match)
            if found is None:
                continue
            self._relative_facet(sentence, match, found)
            self._emit(out, sentence, found)
        for sentence, found in self._bools():
            self._emit(out, sentence, found)
        self._qualified(out)
        if not self.headline:  # a headline's words say nothing of whether the article speaks of a death
            self._shot_and_survived(out)
        return sorted(out.values(), key=lambda c: (c.start, c.end, c.key))

    # How a count is narrower than the role's whole: "two others critically wounded" (the critically
    # hurt among the injured), "four remained hospitalized" (those still there), "three more were shot"
    # (on top of a figure the article gave before)
    _CONDITION = re.compile(r"\b(critically|seriously|severely|gravely)\b", re.IGNORECASE)
    _STILL = re.compile(r"\b(?:remain|remains|remained|still)\b", re.IGNORECASE)
    _MORE_AFTER = re.compile(r"\s+(?:more|additional)\b", re.IGNORECASE)
    _MORE_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.IGNORECASE)
    _CONDITIONED_ROLES = ("injuries", "hospitalized")

    def _qualified(self, out: dict) -> None:
        roles_seen: set[str] = set()
        for spot in sorted(out, key=lambda s: (s[0], s[1], s[2])):
            c = out[spot]
            subject, _, role = c.key.rpartition(".")
            if c.value_type != "count" or not subject or role in ("target", "forecast", "change", "earlier"):
                continue
            qualifier = None
            at = c.quote.find(c.value)
            v_start = c.start + max(at, 0)
            if role in self._CONDITIONED_ROLES:
                condition = self._CONDITION.search(c.quote)
                if condition:
                    qualifier = {"critically": "critical", "gravely": "critical"}.get(condition.group(1).lower(), "serious")
                elif self._STILL.search(c.quote):
                    qualifier = "still"
            if qualifier is None and c.key in roles_seen and (
                    self._MORE_AFTER.match(self.text, v_start + len(c.value))
                    or self._MORE_BEFORE.search(self.text, max(0, v_start - 20), v_start)):
                qualifier = "additional"  # "three more were shot", after the first count of the shot
            roles_seen.add(c.key)
            if qualifier:
                key = f"{subject}.{qualifier}.{role}"
                del out[spot]
                out[(c.start, c.end, key)] = replace(c, key=key)
        self._scoped(out)

    # Where in an incident a count was made: "In the town of Serrat, 11 people died", "11 of them in Serrat"
    _SCOPE_PLACE = (rf"\b[Ii]n\s+(?:[Tt]he\s+)?(?:(?:town|city|village|district|province|region|county|state|municipality"
                    rf"|commune|neighbou?rhood|area|capital|port)\s+of\s+)?({et.CAP}[\w'’\-]+(?:\s+{et.CAP}[\w'’\-]+)?)")
    _SCOPE_AFTER = re.compile(rf"[^.;:]{{0,40}}?{_SCOPE_PLACE}")
    _SCOPE_LEAD = re.compile(rf"\s*{_SCOPE_PLACE}\s*,")
    _SCOPED_ROLES = ("deaths", "injuries", "missing", "displaced", "evacuated", "hospitalized", "rescued", "shot",
                     "casualties", "trapped", "affected")

    def _scoped(self, out: dict) -> None:
        """A count made in one place, smaller than the article's count of the same for the whole
        incident, is that place's part: earthquake.serrat.deaths beside earthquake.deaths. An
        article that gives no larger count for the whole keeps the placed one as it is."""
        by_key: dict[str, list] = {}
        for spot, c in out.items():
            subject, _, role = c.key.rpartition(".")
            if c.value_type == "count" and role in self._SCOPED_ROLES and subject:
                by_key.setdefault(c.key, []).append(spot)
        for key, spots in by_key.items():
            if len(spots) < 2:
                continue
            placed = {spot: self._scope_place(out[spot]) for spot in spots}
            wholes = [_normalize(out[spot].value, None, "count") for spot in spots if placed[spot] is None]
            biggest = max((v.hi or v.lo or 0 for v in wholes if v.resolved), default=None)
            if biggest is None:
                continue
            subject, _, role = key.rpartition(".")
            for spot in spots:
                place = placed[spot]
                value = _normalize(out[spot].value, None, "count")
                if place and value.resolved and (value.hi or value.lo or 0) < biggest:
                    c = out.pop(spot)
                    scoped = f"{subject}.{place}.{role}"
                    out[(c.start, c.end, scoped)] = replace(c, key=scoped)

    def _scope_place(self, c: Candidate) -> str | None:
        sentence = self.doc.sentence_at(c.start)
        if sentence is None:
            return None
        after = self._SCOPE_AFTER.match(self.text, c.end, sentence.end)
        lead = self._SCOPE_LEAD.match(self.text, sentence.start, c.start)
        found = lead or after
        if found is None:
            return None
        name = found.group(1)
        first = _clean_word(name.split()[0])
        if first in lex.NOT_NAMES or first in lex.DEMONYMS or first in lex.TITLES:
            return None
        return et.slugify(name)

    # Words that a death was spoken of; an attempted murder is no death.
    _DEATH_WORDS = re.compile(
        r"\b(?:kill|kills|killed|killing|dead|died|dies|dying|death|deaths|fatal|fatally|fatality|fatalities"
        r"|homicide|homicides|slain|deceased|lifeless|succumbed|passed\s+away|murdered"
        r"|(?<!attempted\s)(?<!first-degree\s)(?<!second-degree\s)murders?)\b", re.IGNORECASE)

    def _shot_and_survived(self, out: dict) -> None:
        """People shot in an article that speaks of no death were wounded: "five people were shot"
        is also the count of the injured. An article that names any death gives no such count."""
        shot = [c for c in out.values() if c.key.endswith(".shot")]
        if not shot or self._DEATH_WORDS.search(self.text):
            return
        for c in shot:
            key = c.key[:-len("shot")] + "injuries"
            out.setdefault((c.start, c.end, key), replace(c, key=key))

    # A figure someone means to reach is not the figure reached: "promised to cut the deficit to 3 percent".
    _AIM_BEFORE = re.compile(
        r"(?:\b(?:promised|promises|promising|pledged|pledges|vowed|vows|aims?|aiming|plans?|planned|planning"
        r"|wants?|hopes?|seeks?|intends?|targets?|targeting|goal)\s+(?:is\s+)?(?:to\b|of\b)"
        # what was asked for: "prosecutors had sought a 12-year sentence"
        r"|\b(?:sought|seeking|demanded|demanding|demands|requested|requesting|called\s+for|calling\s+for"
        r"|asked\s+for|asking\s+for)\b)[^,.;:]{0,50}$",
        re.IGNORECASE)
    # A figure something changed from: "rose to 45 from 30", "dropped to 1.2 billion in 2023 from 1.8 billion".
    _FROM_BEFORE = re.compile(r"\b(?:to|at)\s+[^,;:]{0,40}\d[^,;:]{0,40}\bfrom\s+$", re.IGNORECASE)
    # Nor is a figure foreseen: "analysts expect the economy to grow by 2.5 percent".
    _FORECAST_BEFORE = re.compile(
        r"\b(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|predicting|projects?|projected"
        r"|projecting)\b[^,.;:]{0,50}$", re.IGNORECASE)
    # A figure by which another changed is not that other: "a gain of 12 seats", "a drop of 40 jobs".
    _CHANGE_OF_BEFORE = re.compile(
        r"\b(?:a|an)\s+(?:net\s+)?(?:gain|loss|increase|decrease|rise|drop|fall|jump|decline|reduction)\s+of\s+$",
        re.IGNORECASE)

    def _relative_facet(self, sentence, match: re.Match, found: _Found) -> None:
        """A facet on the key of a figure that is not the figure reported: the one it changed from
        (.earlier, .previous-year), one aimed at (.target), foreseen (.forecast), or a change (.change)."""
        if found.kind in ("date", "year") or found.key.endswith((".change", ".target", ".forecast", ".earlier",
                                                                 ".previous-year")):
            return
        c_start, _ = self._clause(sentence, match.start())
        before = self.text[max(c_start, match.start() - 70):match.start()]
        after = self.text[match.end():min(sentence.end, match.end() + 60)]
        if found.kind in ("money", "count", "quantity", "percent") and self._FROM_BEFORE.search(before) \
                and not (found.kind == "percent" and _period(after)):  # a percent's period is in its key already
            # "dropped to 1.2 billion from 1.8 billion a year earlier": the figure it changed from
            found.key += ".previous-year" if _PREVIOUS_YEAR.match(after) else ".earlier"
        elif self._AIM_BEFORE.search(before):
            found.key += ".target"
        elif self._FORECAST_BEFORE.search(before):
            found.key += ".forecast"
        elif found.kind in ("count", "percent") and self._CHANGE_OF_BEFORE.search(before):
            found.key = (found.key[:-len(".rate")] if found.key.endswith(".rate") else found.key) + ".change"

    def _emit(self, out, sentence, found: _Found) -> None:
        value = found.value
        value_type = _plain_type(value, found.kind)
        if value_type is None:
            value_type = _normalize(value, self.published, found.kind).type
            if value_type == "text":
                return
        key = found.key
        if not _KEY.fullmatch(key) or len(key) > 200:
            return
        start, end = self._trim(found.start, found.end, sentence)
        if end - start < 2 or (start, end, key) in out:
            return  # too short, or these words under this key are proposed already
        quote = self.text[start:end]
        statement = self._statement(sentence, start, end)
        attributed = et.attribution(self.doc, sentence)
        who = None
        if attributed is not None:
            phrase, a_start, a_end = attributed
            if not (a_start <= found.vstart < a_end):
                who = phrase
        out[start, end, key] = Candidate(statement=statement, quote=quote, start=start, end=end, key=key, value=value,
                                         value_type=value_type, attribution=who)

    def _trim(self, start: int, end: int, sentence) -> tuple[int, int]:
        text = self.text
        start, end = max(start, sentence.start), min(end, sentence.end)
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        return start, end

    def _statement(self, sentence, start: int, end: int) -> str:
        body = self._bodies.get(sentence.index)
        if body is None:
            body = self._bodies[sentence.index] = " ".join(self.text[sentence.start:sentence.end].split())
        if len(body) <= MAX_STATEMENT:
            return body
        lo = max(sentence.start, start - 600)
        hi = min(sentence.end, end + 600)
        return "… " + " ".join(self.text[lo:hi].split()) + " …"

    # --- helpers --------------------------------------------------------------

    _UP_TO = re.compile(r"up\s+to\s", re.IGNORECASE)
    _UP_VERB_BEFORE = re.compile(
        r"\b(?:picked|pick|picks|went|go|goes|gone|moved|shot|ramped|sped|jumped|climbed|crept|ticked|edged"
        r"|inched|rose|rising|risen|came|comes|ran|stepped|built|revised|marked|bumped|shored|scaled)\s+$",
        re.IGNORECASE)

    def _raw(self, m: re.Match) -> str:
        """The value's words, without an "up to" that belongs to the verb ("picked up to 2.7%")."""
        raw = m.group(0)
        if self._UP_TO.match(raw) and self._UP_VERB_BEFORE.search(self.text[max(0, m.start() - 20):m.start()]):
            return raw[raw.lower().index("to") + 2:].strip()
        return raw

    def _clause(self, sentence, pos: int) -> tuple[int, int]:
        """The stretch of the sentence around ``pos`` between clause openers, within REACH of it."""
        marks = self._clauses.get(sentence.index)
        if marks is None:
            found = self._clause_marks(sentence)
            # a long run of marks is searched by bisection (the marks do not overlap and are in order)
            marks = self._clauses[sentence.index] = (found, [m_end for _, m_end in found] if len(found) > 8 else None,
                                                     [m_start for m_start, _ in found] if len(found) > 8 else None)
        found, ends, starts = marks
        start, end = sentence.start, sentence.end
        if ends is None:
            for m_start, m_end in found:
                if m_end <= pos:
                    start = m_end
                elif m_start >= pos:
                    end = m_start
                    break
        else:
            i = bisect.bisect_right(ends, pos) - 1
            if i >= 0:
                start = ends[i]
            j = bisect.bisect_left(starts, pos, max(i + 1, 0))
            if j < len(starts):
                end = starts[j]
        if end - start > 2 * REACH:
            return max(start, pos - REACH), min(end, pos + REACH)
        return start, end

    def _clause_marks(self, sentence) -> list[tuple[int, int]]:
        clause, text = self.p["clause"], self.text
        if self.caseless is None:
            return [(m.start(), m.end()) for m in clause.finditer(text, sentence.start, sentence.end)]
        # Over the lower-cased text, lower-cased (see et.CASELESS_ODDITIES), the pattern finds the same
        # marks, and also an "as" before a small letter where it wants a capital: each "as" is checked
        # over the text. Where one fails, nothing starts at its "s" either: the marks after it are the same.
        lowered = self.p["clause_lowered"].finditer(self.caseless, sentence.start, sentence.end)
        return [(m.start(), m.end()) for m in lowered
                if m.group(0) != "as" or clause.match(text, m.start(), sentence.end)]

    def _words(self, start: int, end: int) -> list[tuple[str, int, int]]:
        return [(m.group(0).lower(), m.start(), m.end()) for m in self.p["words"].finditer(self.text, start, end)]

    def _people(self, sentence, start: int, end: int) -> list[et.Mention]:
        people = self._people_at.get(sentence.index)
        if people is None:
            found = self.doc.people(sentence.index)
            people = self._people_at[sentence.index] = (found, [m.start for m in found])
        found, starts = people
        return found[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    _WITH_OR_BY_BETWEEN = re.compile(r"\s+(?:with|by)\s+(?:the\s+)?(?:[\w.'’\-]+\s+){0,5}")
    _PLAIN_WORDS = re.compile(r"[\s\w\-]*")
    _POSSESSIVE_END = re.compile(r"['’]s$")
    _MET_WITH_BEFORE = re.compile(r"\b(?:by|with|and|to|told|met|meet)\s+(?:[\w.'’\-]+\s+){0,4}$", re.IGNORECASE)

    def _person_for(self, sentence, pos: int, ev_start: int, ev_end: int, role: str = "agent") -> str | None:
        """Who an event is said of: the visitor, the one sanctioned, the one who met."""
        text, doc = self.text, self.doc
        everyone = self._people(sentence, max(sentence.start, min(pos, ev_start) - REACH),
                                min(sentence.end, max(pos, ev_end) + REACH))
        # "summit with Xi", "a visit by Li"
        for m in everyone:
            if ev_end <= m.start <= ev_end + 60 and self._WITH_OR_BY_BETWEEN.fullmatch(text[ev_end:m.start]):
                return doc.resolve(m)
        lo = min(pos, ev_start)
        if ev_start > pos and ev_start - pos < 90:
            lo = ev_start  # "On Monday, Li met ...": the one who met
        # "Li’s Moscow visit", "his first overseas trip"
        for m in reversed(everyone):
            if m.end <= lo and lo - m.end <= 40 and self._PLAIN_WORDS.fullmatch(text[m.end:lo]) and (
                    text[m.start:m.end].lower() in ("his", "her") or self._POSSESSIVE_END.search(text[m.start:m.end])):
                return doc.resolve(m)
        if role == "patient":
            near = sorted(everyone, key=lambda m: min(abs(m.start - ev_start), abs(m.end - ev_start)))
            for m in near:
                slug = doc.resolve(m)
                if slug:
                    return slug
            return doc.topic[sentence.index] or doc.main_person
        c_start, c_end = self._clause(sentence, lo)
        # "Putin welcomed Li to Moscow for a four-day visit": the guest
        for w, _, we in self._words(c_start, lo):
            if w in lex.HOST_VERBS:
                guests = [m for m in everyone if we <= m.start < lo and m.kind == "person"]
                if guests:
                    return doc.resolve(guests[0])
        before = [m for m in everyone if c_start <= m.start < lo]
        if before:
            return doc.resolve(before[0])
        if self._definite(sentence, ev_start) and sentence.index > 0 and doc.topic[sentence.index - 1]:
            return doc.topic[sentence.index - 1]
        after = [m for m in everyone if lo <= m.start < c_end
                 and not self._MET_WITH_BEFORE.search(text[max(sentence.start, m.start - 40):m.start])]
        if after:
            return doc.resolve(after[0])
        first = next((m for m in everyone if m.kind == "person" and m.start < lo), None)
        if first is not None:
            return first.slug
        if sentence.index > 0 and doc.topic[sentence.index - 1]:
            return doc.topic[sentence.index - 1]
        return doc.main_person

    def _definite(self, sentence, pos: int) -> bool:
        head = self.text[max(sentence.start, pos - 40):pos].lower().split()
        for word in reversed(head[-4:]):
            if word in ("the", "this", "that") or word.endswith(("’s", "'s")):
                return True
            if word in ("a", "an", "his", "her", "their"):
                return False
        return False

    _TOLL_AFTER = re.compile(r"\s+toll\b", re.IGNORECASE)
    _FIRE_AFTER = re.compile(r"\s+fire\b", re.IGNORECASE)
    # "results released by the commission", "the report was released on": a release of things, not of a person
    _RELEASED_THINGS = (r"(?:results?|report|reports|figures|data|statistics|statement|video|videos|footage|images?"
                        r"|photos?|documents?|files|findings|details|list|names|album|film|book|transcript|recording"
                        r"|tapes?|emails?|records|minutes|guidelines|plan|budget|forecast|estimates?)")
    _RELEASED_THING_BEFORE = re.compile(rf"\b{_RELEASED_THINGS}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
    _RELEASED_THING_AFTER = re.compile(rf"\s+(?:(?:the|its|their|a|an|new|official|latest|preliminary|final)\s+)*"
                                       rf"{_RELEASED_THINGS}\b", re.IGNORECASE)

    def _event_near(self, sentence, pos: int, end: int, same_clause: bool = False) -> tuple[str, str, int, int] | None:
        """The nearest event word in the clause (before first), as (kind, canonical, start, end)."""
        c_start, c_end = self._clause(sentence, pos)
        best = None
        s_start, s_end = max(sentence.start, pos - REACH), min(sentence.end, end + REACH)
        spans = ((c_start, c_end, 1.0),) if same_clause else ((c_start, c_end, 1.0), (s_start, s_end, 3.0))
        event, text = self._event_scan()
        for lo, hi, weight in spans:
            for m in event.finditer(text, lo, hi):
                if m.start() < end and m.end() > pos:
                    continue
                word = _lexicon_word(m.group(0))
                if word == "opened" and self._FIRE_AFTER.match(text, m.end()):
                    continue  # "the gunman opened fire": a shooting, not an opening
                if word == "death" and self._TOLL_AFTER.match(text, m.end()):
                    continue  # "the death toll": a count, no one's death
                if word in ("released", "release") and (
                        self._RELEASED_THING_BEFORE.search(text, max(lo, m.start() - 40), m.start())
                        or self._RELEASED_THING_AFTER.match(text, m.end())):
                    continue  # "released figures", "results released by": not a person's release
                dist = (pos - m.end() if m.end() <= pos else (m.start() - end) * 1.3) * weight
                if best is None or dist < best[0]:
                    best = (dist, ("person", lex.PERSON_EVENTS[word], m.start(), m.end()))
            for inc in self._incidents_in(lo, hi):
                if inc.start < end and inc.end > pos:
                    continue
                dist = (pos - inc.end if inc.end <= pos else (inc.start - end) * 1.3) * weight
                if not inc.specific:
                    dist += 80
                if best is None or dist < best[0]:
                    best = (dist, ("incident", inc.kind, inc.start, inc.end))
            if best is not None:
                return self._head_event(best[1], text, lo)
        return None

    def _event_scan(self) -> tuple[re.Pattern, str]:
        """The event-word pattern and the text to run it over: case-blind, or as well over the
        lower-cased text (the same words, lower-cased)."""
        if self.caseless is not None:
            return self.p["event_lowered"], self.caseless
        return self.p["event"], self.text

    # "talks on the deal", "negotiations over the ceasefire": the event is the talks
    _EVENT_OF_EVENT = re.compile(r"\b([\w-]+)\s+(?:on|over|about)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                                 r"(?:[\w-]+\s+)?$", re.IGNORECASE)

    def _head_event(self, found: tuple[str, str, int, int], text: str, lo: int) -> tuple[str, str, int, int]:
        if found[0] != "person":
            return found
        head = self._EVENT_OF_EVENT.search(text, max(lo, found[2] - 40), found[2])
        word = _lexicon_word(head.group(1)) if head else None
        if word not in lex.PERSON_EVENTS:
            return found
        return "person", lex.PERSON_EVENTS[word], head.start(1), head.end(1)

    # --- incidents ------------------------------------------------------------------

    def _find_incidents(self) -> list[_Incident]:
        text = self.text
        found: list[_Incident] = []
        scan = self.p["incident_lower"].finditer(self.lower) if self.lower is not None else \
            self.p["incident"].finditer(text)
        walkout = False  # a strike in the article is industrial action
        untargeted: list[_Incident] = []  # strikes on no target ("their last strike")
        attributive: list[_Incident] = []  # buildings a collapse is said of, perhaps another incident's doing
        for m in scan:
            word = _lexicon_word(m.group(0))
            sentence = self.doc.sentence_at(m.start())
            if sentence is None or not self._real_incident(m, word):
                continue
            kind = lex.INCIDENTS[word]
            on_target = True
            if word in ("strike", "strikes"):
                if self._labour_strike(m):
                    kind, walkout = "protest", True  # a walkout, as "strikers" and "walkout" are
                else:
                    on_target = self._TARGET_AFTER.match(text[m.end():m.end() + 60].lower()) is not None
            found.append(_Incident(m.start(), m.end(), kind, sentence.index, specific=kind not in ("fighting",)))
            if not on_target:
                untargeted.append(found[-1])
            if word == "collapsed" and self._ATTRIBUTIVE_BEFORE.search(text, max(0, m.start() - 14), m.start()) \
                    and self._NOUN_AFTER.match(text, m.end()):
                attributive.append(found[-1])  # "the rubble of a collapsed hotel"
        if untargeted and not walkout:
            walkout = self._WALKOUT_WORDS.search(self.lower if self.lower is not None else text.lower()) is not None
        for inc in untargeted if walkout else ():
            inc.kind = "protest"  # in an article about a walkout, a strike on no target is that walkout
        if attributive and any(inc.kind != "collapse" for inc in found):
            # "a quake ... the rubble of a collapsed hotel": what the quake did, not an incident of its own
            found = [inc for inc in found if inc not in attributive]
        if any(inc.kind in lex.COLLAPSE_CAUSES for inc in found):
            # "11 people died when a school collapsed", in a story of a quake: the quake's doing
            found = [inc for inc in found if inc.kind != "collapse"]
        found.extend(self._final())
        found.sort(key=lambda inc: inc.start)
        by_kind: dict[str, list[_Incident]] = {}
        for inc in found:
            by_kind.setdefault(inc.kind, []).append(inc)
        for items in by_kind.values():
            self._label(items)
        return found

    def _label(self, items: list[_Incident]) -> None:
        """Tell incidents of one kind apart: by name ("Storm Bert", always), else by place
        ("a strike on Dnipro ... a separate strike on Synelnykove") when there are two."""
        text = self.text
        labels: list[str] = []
        kinds: dict[str, str] = {}  # label -> what it is
        current = None
        unnamed_first = False
        for inc in items:
            name = self._incident_name(inc)
            if name:
                inc.label, inc.named, inc.label_kind = name, True, "name"
                kinds[name] = "name"
                current = name
                continue
            place = inc.place = self._incident_place(inc)
            before = text[max(0, inc.start - 30):inc.start].lower().split()
            separate = inc.separate = any(w in lex.SEPARATE_MARKERS for w in before[-2:])
            past = self._PAST_YEAR_AFTER.match(text, inc.end) or \
                self._PAST_YEAR_BEFORE.search(text, max(0, inc.start - 40), inc.start)
            if past and self.published and int(past.group(1)) < self.published.year:
                # "a magnitude 7.5 quake in 2019": an earlier one, whose figures are not this one's
                inc.label, inc.label_kind = past.group(1), "year"
                kinds[inc.label] = "year"
                if inc.label not in labels:
                    labels.append(inc.label)
                continue
            if place and current and not separate and before[-1:] == ["the"] \
                    and not self._PLACE_ATTACHED.match(text, inc.end):
                place = None  # "the quake, centred 35 km south-west of Tumbes": the one already named
            if place:
                label, kinds[place] = place, "place"
            elif separate:
                label = f"{len(labels) + 1 + unnamed_first}"  # another one, named nowhere
                kinds[label] = "other"
            else:
                label = current
                unnamed_first = unnamed_first or not labels
            if label and label not in labels:
                labels.append(label)
            inc.label = label
            inc.label_kind = kinds.get(label)
            current = label or current
        if len(labels) + unnamed_first < 2:
            for inc in items:
                if not inc.named:
                    inc.label = inc.label_kind = None
        else:
            for inc in items:
                if not inc.label:
                    inc.label = labels[0] if not unnamed_first else "1"
                    inc.label_kind = kinds.get(inc.label, "unnamed")

    _ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|of|from|two|three|four|several|many|partially|partly)\s+$",
                                     re.IGNORECASE)
    _NOUN_AFTER = re.compile(r"\s+[a-z]")
    _PAST_YEAR_AFTER = re.compile(r"\s+(?:in|of)\s+(1[89]\d\d|20\d\d)\b")
    _PAST_YEAR_BEFORE = re.compile(r"\b(?:a|an|the)\s+(1[89]\d\d|20\d\d)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
    _PLACE_ATTACHED = re.compile(rf"\s+(?:on|in|at|near)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?{et.CAP}")

    _FIRE_NAME_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]+\s+){1,2})$")

    def _incident_name(self, inc: _Incident) -> str | None:
        """A named storm: "Storm Bert", "Hurricane Helene", "Typhoon Haiyan"; a named wildfire:
        "the Mosquito Fire", "the Camp Fire"."""
        if inc.kind == "fire" and self.text[inc.start:inc.end] == "Fire":
            m = self._FIRE_NAME_BEFORE.search(self.text, max(0, inc.start - 40), inc.start)
            return et.slugify(m.group(1)) if m else None
        if inc.kind != "storm":
            return None
        m = _STORM_NAME.match(self.text, inc.start)
        return et.slugify(m.group(1)) if m else None

    _FIRE_VERB_BEFORE = re.compile(r"\b(?:opened|open|opening|under|cease|returned|return|to|exchanged|exchanging"
                                   r"|exchange|of|line\s+of)\s+$")
    # "started to fire shots", "they fire into the crowd": the verb, not a blaze ("a fire at the market" is one)
    _FIRE_SHOTS_AFTER = re.compile(r"\s+(?:shots?|rounds?|bullets?|volleys?|a\s+(?:gun|weapon|shot))\b")
    _FIRE_AT_AFTER = re.compile(r"\s+(?:at|into|upon|on|back)\b")
    _FIRE_SUBJECT_BEFORE = re.compile(r"\b(?:to|will|would|could|can|did|they|he|she|we|gunmen|men|suspects|police"
                                      r"|officers|troops|soldiers)\s+$")
    _FIRE_SERVICE_AFTER = re.compile(r"\s*(?:brigade|service|department|dept|fighters|crews?|engines?|chief|officials?"
                                     r"|marshal|investigators?|inspectors?|station|trucks?|rescue|captain|district"
                                     r"|authorities|officers?|spokes(?:man|woman|person))\b")
    _SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|stated)\b")
    # "Tropical Storm Bert", "Super Typhoon", "Atlantic Hurricane": names of an incident's own kind
    _NAMED_INCIDENT_BEFORE = re.compile(r"\b(?:Tropical|Super|Post-Tropical|Subtropical|Atlantic|Pacific|Great"
                                        r"|Severe|Major)\s+$")
    # "Chelsea Fire confirmed", "Cal Fire said": a fire service; "the Mosquito Fire" is a named blaze
    _NAME_BEFORE = re.compile(r"(?<!\bthe\s)(?<!\bThe\s)\b[A-Z][\w'’-]+\s+$")
    _STRIKING_PEOPLE = {word for word, group in lex.PEOPLE_CATEGORIES.items() if group not in ("fighters", "soldiers")}
    _STRIKE_NOT_ATTACK_BEFORE = re.compile(r"\b(?:to|will|would|could|hunger)\s+$")
    # "the miners' strike", "a 24-hour strike", "went on strike", "strike action", "a strike by nurses"
    _LABOUR_STRIKE_BEFORE = re.compile(
        rf"(?:\b(?:{_alternation(lex.LABOUR_STRIKE_BEFORE)})(?:['’]s?)?|\b[\w.]+-(?:hour|day|week|month)"
        r"|\b(?:go|goes|going|gone|went|are|is|were|was|be|been|remain|remains|remained|stay|stayed)\s+on)\s+$")
    _LABOUR_STRIKE_AFTER = re.compile(
        rf"\s+(?:(?:{_alternation(lex.LABOUR_STRIKE_AFTER)})\b|by\s+(?:the\s+)?(?:[\w-]+\s+)?"
        rf"(?:{_alternation(_STRIKING_PEOPLE)})\b|(?:was|were|has\s+been|had\s+been)\s+called\s+off\b)")
    _FIGURATIVE_BATTLE_BEFORE = re.compile(r"\b(?:legal|court|price|trade|culture)\s+$")
    # "talks collapsed", "the collapse of the ceasefire": no building came down
    _AGREEMENTS = (r"(?:talks|negotiations|ceasefire|truce|deal|agreement|accord|government|coalition|economy"
                   r"|currency|markets?|prices|bank|company|firm|peace\s+process|alliance|regime|bid|plan|project"
                   r"|merger|takeover|case|trial|prosecution|investigation|party|league|club)")
    _FIGURATIVE_COLLAPSE_BEFORE = re.compile(
        rf"\b{_AGREEMENTS}(?:'s|’s|(?:,[^,.;]{{1,40}},)?"
        r"(?:\s+(?:has|had|have|was|were|all\s+but|effectively|finally|eventually|then|later|soon))*)\s+$")
    _FIGURATIVE_COLLAPSE_AFTER = re.compile(rf"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?{_AGREEMENTS}\b")
    _ARTICLE_BEFORE = re.compile(r"\b(?:a|the)\s+$")

    # What people do with a walkout: "joined the strike", "staged a two-hour strike", "called off the strike"
    _WALKOUT_VERB_BEFORE = re.compile(
        r"\b(?:join|joins|joined|joining|stage|stages|staged|staging|hold|holds|held|holding|call|calls|called"
        r"|(?:take|takes|took|taking)\s+part\s+in|end|ends|ended|suspend|suspends|suspended|begin|begins|began"
        r"|start|starts|started|threaten|threatens|threatened|threatening|announce|announces|announced|announcing)"
        r"(?:\s+off)?\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+)?$")
    # "strikes on militant positions", not "on Monday" or "on 3 May"
    _TARGET_AFTER = re.compile(
        rf"\s+(?:against\b|on\s+(?!(?:{_alternation(_WEEKDAYS + _MONTH_NAMES)})\b|\d|(?:this|last|next)\b))")
    # Words that put an article's strikes on a picket line
    _WALKOUT_WORDS = re.compile(r"\b(?:walk(?:s|ed|ing)?\s+out|walkouts?|strikers|picket(?:s|ed|ing)?|trade\s+unions?)\b")

    def _labour_strike(self, m: re.Match) -> bool:
        """A strike that is industrial action: see lex.LABOUR_STRIKE_BEFORE; or one that people
        join, stage or call off, on no target ("workers joined the strike"; "the coalition
        joined the strikes on militant positions" is an attack)."""
        before = self.text[max(0, m.start() - 40):m.start()].lower()
        after = self.text[m.end():m.end() + 60].lower()
        return bool(self._LABOUR_STRIKE_BEFORE.search(before) or self._LABOUR_STRIKE_AFTER.match(after)
                    or (self._WALKOUT_VERB_BEFORE.search(before) and not self._TARGET_AFTER.match(after)))

    def _real_incident(self, m: re.Match, word: str) -> bool:
        text = self.text
        raw = text[m.start():m.end()]
        before = text[max(0, m.start() - 14):m.start()].lower()
        after = text[m.end():m.end() + 12].lower()
        if raw in ("March", "May") or (raw[0].isupper() and word in ("march",)):
            return False
        if raw[0].isupper() and " " not in raw and not self.headline and (
                self._SPEAKS_AFTER.match(text, m.end())
                or (self._NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and not self._NAMED_INCIDENT_BEFORE.search(text, max(0, m.start() - 30), m.start()))):
            # "Terrence Flood said", "Chelsea Fire confirmed": a person's or a service's name
            return False
        if word == "fire" and (self._FIRE_VERB_BEFORE.search(before) or self._FIRE_SERVICE_AFTER.match(after)
                               or self._FIRE_SHOTS_AFTER.match(text, m.end())
                               or (self._FIRE_SUBJECT_BEFORE.search(before) and self._FIRE_AT_AFTER.match(text, m.end()))):
            return False
        if word in ("attack", "attacks") and before.endswith("heart "):
            return False
        if word in ("strike", "strikes") and self._STRIKE_NOT_ATTACK_BEFORE.search(before):
            return False
        if word == "ballot" and before.endswith("strike "):  # a union's vote on striking, not an election
            return False
        if word in ("battle", "battles", "war", "conflict") and self._FIGURATIVE_BATTLE_BEFORE.search(before):
            return False
        if word in ("collapse", "collapsed") and (
                self._FIGURATIVE_COLLAPSE_BEFORE.search(text[max(0, m.start() - 50):m.start()].lower())
                or self._FIGURATIVE_COLLAPSE_AFTER.match(text[m.end():m.end() + 60].lower())):
            return False
        if word in ("vote", "polls", "ballot") and self._ARTICLE_BEFORE.search(before) is None and word == "vote":
            return False
        return True

    _THE_FINAL = re.compile(r"\bthe\s+(final)(?=\s*(?:[,.;]|\s+(?:in|on|at|against|of|at)\b))")

    def _final(self) -> list[_Incident]:
        """'the final in Berlin': a match, though 'final' is mostly an adjective."""
        out = []
        if "final" not in self.text:
            return out
        for m in self._THE_FINAL.finditer(self.text):
            sentence = self.doc.sentence_at(m.start(1))
            if sentence is not None:
                out.append(_Incident(m.start(1), m.end(1), "match", sentence.index))
        return out

    def _incident_place(self, inc: _Incident) -> str | None:
        """Where an incident happened, as its words say: "a strike on Dnipro", "the Kharkiv strike"."""
        text = self.text
        sentence = self.doc.sentences[inc.sentence]
        c_start, c_end = self._clause(sentence, inc.start)
        for m in _PLACE_AFTER.finditer(text, inc.end, min(max(c_end, inc.end + 40), inc.end + 100, sentence.end)):
            name = self._place_name(m, sentence)
            if name:
                return name
        prev = _PLACE_BEFORE.search(text, max(sentence.start, inc.start - 40), inc.start)
        if prev and prev.start(1) > sentence.start:
            return self._place_name(prev, sentence)
        return None

    _POSSESSIVE = re.compile(r"['’]s\b")
    _INNER_PLACE = re.compile(rf"['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}({et.CAP}[\w\-]+)")

    def _place_name(self, m: re.Match, sentence) -> str | None:
        name = m.group(1)
        end = m.end(1)
        if name.endswith(("'s", "’s")):
            name, end = name[:-2], end - 2
        first = _clean_word(name.split()[0])
        if (first in lex.NOT_NAMES and first not in lex.COUNTRIES) or first in lex.DEMONYMS or first in lex.TITLES:
            return None
        if self._POSSESSIVE.match(self.text[end:end + 2]):
            # "in Ukraine's southern Odesa region": the place is the one inside the country
            inner = self._INNER_PLACE.match(self.text[end:sentence.end])
            if inner and _clean_word(inner.group(1)) not in lex.NOT_NAMES | lex.DEMONYMS | lex.TITLES:
                name = inner.group(1)
        return et.slugify(self._POSSESSIVE_END.sub("", name))

    def _incidents_in(self, start: int, end: int) -> list[_Incident]:
        starts = self._incident_starts
        return self.incidents[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def _incident_at(self, start: int, end: int) -> _Incident | None:
        """The incident whose words are exactly these."""
        return next((inc for inc in self._incidents_in(start, start + 1) if inc.end == end), None)

    def _incident_for(self, sentence, pos: int, end: int, default: str = "incident") -> tuple[str, _Incident | None]:
        """The incident a figure belongs to: named nearby, else the one the story is on."""
        c_start, c_end = self._clause(sentence, pos)
        best = None
        s_start, s_end = max(sentence.start, pos - REACH), min(sentence.end, end + REACH)
        for lo, hi, weight in ((c_start, c_end, 1.0), (s_start, s_end, 2.0)):
            for inc in self._incidents_in(lo, hi):
                if inc.start < end and inc.end > pos:
                    continue
                dist = (pos - inc.end if inc.end <= pos else (inc.start - end) * 1.5) * weight
                if not inc.specific:
                    dist += 200
                if best is None or dist < best[0]:
                    best = (dist, inc)
            if best is not None:
                break
        inc = best[1] if best else None
        if inc is None:
            before = bisect.bisect_left(self._incident_starts, sentence.start)
            last = self.incidents[before - 1] if before else None
            inc = (self._specific_upto[before - 1] if before else None) or last
            if last is not None and inc is not None and last.sentence == sentence.index - 1 > inc.sentence:
                # the sentence before spoke of the war ("Since the war began, 41,000 have been killed"), after
                # the last strike: "Israel says it has killed 17,000 militants" is the war's too
                inc = last
        if inc is None:
            specific = [i for i in self.incidents if i.specific]
            inc = (specific or self.incidents or [None])[0]
        if inc is None:
            return default, None
        return inc.key, inc

    # --- value kinds ------------------------------------------------------------------

    _QUALIFIER = re.compile(_QUAL, re.IGNORECASE)
    _YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
    _OF_AFTER = re.compile(r"\s+of\b")
    _NOT_A_COUNT_AFTER = re.compile(
        r"\s*(?:[:.]\d|a\.?m\b|p\.?m\b|-year|-month|-week|-day|-point|-member|-strong|st\b|nd\b|rd\b|th\b"
        r"|%|/|-|–|\)|\s*(?:percent|per\s+cent|years?\s+old|times)\b)", re.IGNORECASE)
    _NOT_A_COUNT_BEFORE = re.compile(
        r"\b(?:No\.|number|Article|Resolution|Flight|Route|Highway|page|chapter|section|room|aged|age|ages"
        r"|score|scored|won|lost|beat|drew)\s*$"
        # the rest of a list of ages: "ages 15, 17, and 18"
        r"|\b(?:aged|ages)\s+(?:\d{1,3}\s*,?\s*(?:and\s+|to\s+)?)+$"
        # "a mother of two", "the city of about 87,000 people": children had, people living there
        r"|\b(?:mother|father|parent|mom|dad|grandmother|grandfather)\s+of\s+$"
        r"|\b(?:city|town|village|county|community|country|nation|state|region|district|island|suburb|borough)"
        r"\s+of\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|more\s+than\s+|over\s+|almost\s+)?$",
        re.IGNORECASE)
    _SCORE_VERB_BEFORE = re.compile(r"\b(?:won|lost|scored)\s*$", re.IGNORECASE)
    # an age set off after a person: "A man, 34, of Tallahassee", "Jane Roe, 19, was", "the victim (22)"
    _AGE_BEFORE = re.compile(r"(?:\b(?:man|men|woman|women|boys?|girls?|teens?|teenagers?|victims?|persons?|drivers?"
                             r"|suspects?|gunman|shooter|sons?|daughters?|mother|father|wife|husband|brothers?|sisters?"
                             r"|friends?|residents?|officers?)|[A-Z][a-z'’\-]+)\s*(?:,\s*|\(\s*)$")
    _AGE_AFTER = re.compile(r"\s*(?:,|\)|and\s+\d{1,2}\s*,)")
    _PARTITIVE = re.compile(r"\s+of\s+(?:the|whom|them|those|these|its|their)\b", re.IGNORECASE)
    _VAGUE_PLURAL = re.compile(r"(?:tens|hundreds|dozens|scores|thousands|millions)", re.IGNORECASE)
    # "183 of the 276 seats", "shot down 25 of the 31 missiles": the things are what is counted
    _OF_THE_THINGS = re.compile(rf"\s+of\s+the\s+(?:(?:[\d,]+|{_W})\s+)?(?:{_alternation(lex.THINGS)})\b",
                                re.IGNORECASE)
    # "12 of the 40 passengers were injured": the 12 are counted as the 40 would be ...
    _OF_THE_NUMBERED = re.compile(rf"\s+of\s+the\s+(?:[\d,]+|{_W})\s+(?:{_alternation(_PEOPLE_NOUNS)})\b",
                                  re.IGNORECASE)
    # ... and the 40 are the whole, of which nothing is said
    _WHOLE_OF_PARTITIVE = re.compile(rf"(?:\b\d[\d,]*|\b{_W})\s+of\s+(?:the|its|their)\s+$", re.IGNORECASE)
    _OF_THE = re.compile(rf"\s+of\s+the\s+(?:[\d,]+|{_W}(?=\s))?", re.IGNORECASE)  # as case-blind as _OF_THE_THINGS
    # a figure of the event another is compared with: "the deadliest since 2017, when 64 people died",
    # "higher than in 2019, when 40% voted"
    _PAST_EVENT_WHEN = re.compile(rf"\b(?:since|(?:than|as|before|time)\s+in)\s+(?:(?:{_MONTH})\s+)?{_YEAR}\s*,?"
                                  rf"\s+when\b[^,.;:]{{0,60}}$", re.IGNORECASE)

    def _count(self, sentence, m: re.Match) -> _Found | None:
        text = self.text
        raw = self._raw(m)
        core = self._QUALIFIER.sub("", raw).strip() if self._QUALIFIER.match(raw) else raw
        if self._YEAR_LIKE.fullmatch(core):
            return None
        if core.lower() in ("one", "a dozen") and self._OF_AFTER.match(text[m.end():m.end() + 5]):
            return None
        after_text = text[m.end():min(sentence.end, m.end() + 90)]
        if self._NOT_A_COUNT_AFTER.match(after_text):
            return None
        before_text = text[max(sentence.start, m.start() - 90):m.start()]
        if self._NOT_A_COUNT_BEFORE.search(before_text) and not self._SCORE_VERB_BEFORE.search(before_text):
            return None
        if core.isdigit() and len(core) <= 3 and self._AGE_BEFORE.search(before_text) \
                and self._AGE_AFTER.match(after_text):
            return None  # an age, not a count
        if core[:1].isupper() and core.isalpha() and not self.headline and self._NAME_WORD_BEFORE.search(before_text):
            return None  # "Regional One", "Air Force One": part of a name
        if self._WHOLE_OF_PARTITIVE.search(before_text):
            return None
        partitive = self._PARTITIVE.match(after_text)
        vague = bool(self._VAGUE_PLURAL.match(core))
        if partitive and not vague and not (self._OF_THE_THINGS.match(after_text)
                                            or self._OF_THE_NUMBERED.match(after_text)):
            return None
        skipped = 0
        if partitive and not vague:  # "183 of the 276 seats": the seats are what is counted
            skipped = len(self._OF_THE.match(after_text).group(0))
        noun = self.p["noun_after"].match(after_text, skipped)
        noun_word, noun_end = None, m.end()
        if noun and not (noun.group(1).strip() and self.p["status"].search(noun.group(1))):
            noun_word = " ".join(noun.group(2).lower().split())
            noun_end = m.end() + noun.end()
        if noun_word and lex.PEOPLE_CATEGORIES.get(noun_word) == "children" and self._FAMILY_BEFORE.search(before_text):
            return None  # "was married with two children": a family, not a count of victims
        c_start, c_end = self._clause(sentence, m.start())
        # what happened to them
        status, s_start, s_end = self._status(sentence, m, noun_end, c_start, c_end, bool(noun_word), noun_word,
                                              part=bool(skipped))
        category = None
        thing = None
        if noun_word:
            if noun_word in lex.THINGS:
                thing = lex.THINGS[noun_word]
            elif noun_word in lex.PEOPLE_CATEGORIES:
                category = lex.PEOPLE_CATEGORIES[noun_word]
        if thing:
            return self._thing(sentence, m, raw, thing, noun_end, c_start, c_end)
        if status is None:
            if category == "fans":
                status, s_start, s_end = "attendance", m.start(), noun_end
            elif category == "hostages":  # "took 12 hostages": held, whatever the verb
                status, s_start, s_end = "abducted", m.start(), noun_end
            elif category in ("protesters", "participants") or (
                    noun_word and self._incident_for(sentence, m.start(), m.end())[0].startswith("protest")):
                status, s_start, s_end = "participants", m.start(), noun_end
            else:
                return None
        if status in ("votes",):
            return None
        if status == "attendance" or (status == "participants" and category in ("protesters", "fans", "voters",
                                                                                "participants")):
            category = None
        self.last_status[sentence.index] = (status, m.start())
        self.last_status_doc = (status, m.start())
        default = {"cases": "outbreak", "vaccinated": "outbreak", "participants": "protest",
                   "votes": "election", "attendance": "match"}.get(status, "incident")
        subject, _ = self._incident_for(sentence, m.start(), noun_end, default)
        if (category, subject.split("-")[0]) in (("protesters", "protest"), ("fans", "match"), ("participants", "match")):
            category = None  # the people an event is made of are its default count
        if (category, status) == ("hostages", "abducted"):
            category = None  # and hostages are what an abduction counts
        if status == "shot" and noun and " other" in f" {noun.group(0).lower()}":
            status = "injuries"  # "one was killed and two others were shot": the others survived it
        key = f"{subject}.{category}.{status}" if category else f"{subject}.{status}"
        start = min(m.start(), s_start)
        end = max(noun_end, s_end)
        return _Found(start, end, key, _value_words(raw), m.start(), "count")

    # a phrase set off by commas between the counted and what happened to them
    _APPOSITION = re.compile(r",\s+[^,;:.]{1,60},|\s*\([^()]{1,60}\)")
    _LIVES_LOST = re.compile(r"\s+(?:were|have\s+been|had\s+been|was)\s+(?:\w+\s+)?lost\b", re.IGNORECASE)
    _TO_HOSPITAL = re.compile(r"\s+(?:\w+\s+)?(?:to|in)\s+(?:the\s+)?hospitals?\b", re.IGNORECASE)
    _SENT_BEFORE = re.compile(r"\b(?:sent|sending|taken|rushed|admitted|brought|flown)\s+(?:\w+\s+){0,2}$",
                              re.IGNORECASE)
    _HOSPITALS = re.compile(r"hospitals?", re.IGNORECASE)  # as case-blind as _TO_HOSPITAL, which found it
    _AMONG_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(dead|killed|injured|wounded"
                              r"|victims|missing|casualties|fatalities|arrested|detained)\b", re.IGNORECASE)
    _ABOARD_WORD = re.compile(r"\s+(?:on\s+board|aboard)\b", re.IGNORECASE)
    _ABOARD = re.compile(r"\s+(?:on\s+board|aboard)")
    _IN_HOSPITAL = re.compile(r"\b(?:in|to|taken\s+to|admitted\s+to)\s+hospital", re.IGNORECASE)

    def _status(self, sentence, m, noun_end, c_start, c_end, has_noun, noun_word=None,
                part=False) -> tuple[str | None, int, int]:
        """What happened to the people counted. ``part``: the figure is part of a whole ("12 of the 40
        passengers"), so a bare participle after the whole ("trapped", "killed") is the whole's."""
        text = self.text
        toll_text = text[max(c_start, m.start() - 120):m.start()]
        toll = self.p["toll_before"].search(toll_text)
        before_text = text[max(c_start, m.start() - 70):m.start()]
        if toll:
            word = " ".join(toll.group(1).lower().split())
            status = "deaths"
            of = self.p["status_of_end"].search(word)
            if of:
                status = lex.STATUS.get(" ".join(of.group(1).split()), "deaths")
            elif "injur" in word or "wounded" in word:
                status = "injuries"
            elif "casualt" in word:
                status = "casualties"
            return status, m.start() - len(toll_text) + toll.start(), m.end()
        after_noun = text[noun_end:min(c_end, noun_end + 40)]
        if noun_word in ("bodies", "dead"):  # "two dead", "left one dead and three injured"
            return "deaths", m.start(), noun_end
        lost = self._LIVES_LOST.match(after_noun) if noun_word == "lives" else None
        if lost:  # "30 lives were lost"
            return "deaths", m.start(), noun_end + lost.end()
        if self._TO_HOSPITAL.match(after_noun) and self._SENT_BEFORE.search(before_text + " "):
            return "hospitalized", m.start(), noun_end + self._HOSPITALS.search(after_noun).end()
        among_after = self._AMONG_AFTER.match(after_noun)
        if among_after:
            status = lex.STATUS.get(among_after.group(1).lower(), "deaths")
            return status, m.start(), noun_end + among_after.end()
        if self._ABOARD_WORD.match(after_noun):
            return "aboard", m.start(), noun_end + len(self._ABOARD.match(after_noun).group(0))
        total = self.p["total_before"].search(before_text)
        if total:
            previous = self.last_status_doc
            if previous is not None and previous[1] < m.start():
                return previous[0], m.start() - len(before_text) + total.start(), noun_end
        verb = self.p["verb_before"].search(before_text)
        if verb:
            word = " ".join(verb.group(1).lower().split())
            s = m.start() - len(before_text) + verb.start()
            if word == "left":
                after = self.p["status_lead"].match(text[noun_end:noun_end + 30])
                if after:
                    st = " ".join(after.group(0).strip().lower().split())
                    return lex.STATUS.get(st), s, noun_end + after.end()
                return None, m.start(), m.end()
            if word.startswith(("claimed", "claiming", "killing")):
                return "deaths", s, m.end()
            if word in ("drew", "attracted"):
                return "participants", s, m.end()
            if word in lex.VERBS_NEEDING_PEOPLE and not has_noun:
                return None, m.start(), m.end()
            return lex.VERB_STATUS.get(word) or lex.STATUS.get(word), s, m.end()
        # after the figure: "12 people were killed", "dozens wounded", "12 dead"
        after_text = text[noun_end:min(c_end, noun_end + 60)]
        apposition = self._APPOSITION.match(text, noun_end, sentence.end)
        if apposition and self.p["status_after"].match(text, apposition.end(), min(sentence.end, apposition.end() + 60)):
            # "About 1.9 million people, or 90% of Gaza's population, have been displaced"
            noun_end = apposition.end()
            after_text = text[noun_end:min(sentence.end, noun_end + 60)]
        am = self.p["status_after"].match(after_text)
        if am and part and not after_text[:am.start(1)].split():
            am = None  # "Six of the 20 fighters killed were foreigners": the 20 were killed
        if am and (has_noun or am.start(1) - 0 <= 30):
            word = " ".join(am.group(1).lower().split())
            if word not in ("toll", "death toll", "cases", "hospital") or has_noun:
                status = lex.STATUS.get(word)
                if status == "hospitalized" and word == "hospital":
                    if not self._IN_HOSPITAL.search(after_text):
                        status = None
                if word == "lives" and (has_noun or after_text[:am.start(1)].strip()):
                    status = None  # "five adults now lives in poverty": the verb; lives lost are "12 lives"
                if status:
                    return status, m.start(), noun_end + am.end(1)
        # "Among the dead were 14 children", "including 5 children"
        among = None
        for among in self.p["among"].finditer(text, c_start, m.start()):
            pass
        if among is not None:
            return lex.STATUS.get(among.group(1).lower(), "deaths"), among.start(), noun_end
        if self.p["including"].search(text[max(sentence.start, m.start() - 25):m.start()]):
            previous = self.last_status.get(sentence.index)
            if previous and previous[1] < m.start():
                return previous[0], m.start(), noun_end
        if not has_noun:
            return None, m.start(), m.end()
        if self._OWN_VERB_AFTER.match(text, noun_end):
            return None, m.start(), m.end()  # "died, and two others were taken ...": their own verb, unread
        # a status word elsewhere in the clause, before the figure
        best = None
        for sm in self.p["status"].finditer(text, max(c_start, m.start() - 60), m.start()):
            best = sm
        if best is not None:
            word = " ".join(best.group(0).lower().split())
            if word not in ("toll", "hospital", "cases", "lives", "crowd", "fans", "attendance"):
                return lex.STATUS.get(word), best.start(), noun_end
        return None, m.start(), m.end()

    _NAME_WORD_BEFORE = re.compile(r"[a-z.,;:!?\"”)]\s+[A-Z][\w'’-]*\s+$|^\s*[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+$")
    _FAMILY_BEFORE = re.compile(r"\b(?:had|has|have|having|with|raising|raised|leaves|left\s+behind|survived\s+by"
                                r"|adopted|fostered)\s+$", re.IGNORECASE)
    _OWN_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)
    _THE_BEFORE = re.compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)
    _LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus|as\s+well\s+as)\s+", re.IGNORECASE)

    def _thing(self, sentence, m, raw, thing, noun_end, c_start, c_end) -> _Found | None:
        text = self.text
        status = None
        s_start, s_end = m.start(), noun_end
        before = text[max(c_start, m.start() - 40):m.start()]
        bm = self.p["thing_status_before"].search(before)
        if bm:
            status = lex.THING_STATUS.get(" ".join(bm.group(1).lower().split()))
            s_start = m.start() - len(before) + bm.start()
        else:
            am = self.p["thing_status_after"].match(text[noun_end:min(c_end, noun_end + 50)])
            apposition = None if am else self._APPOSITION.match(text, noun_end, sentence.end)
            if apposition:  # "Roughly 4,000 homes, or one in five in the district, were flooded"
                am = self.p["thing_status_after"].match(text[apposition.end():min(sentence.end, apposition.end() + 50)])
                noun_end = apposition.end() if am else noun_end
            if am:
                status = lex.THING_STATUS.get(" ".join(am.group(1).lower().split()))
                s_end = noun_end + am.end(1)
        if status is None:
            # listed after another kind of thing, which the verb governs too: "fired 40 missiles and 35 drones"
            # (not after the same kind: "14 villages, two towns" would give one key two figures)
            previous = self.last_thing.get(sentence.index)
            if previous is not None and previous[0] != thing and self._LIST_JOIN.fullmatch(text, previous[2], m.start()):
                status = previous[1]
        if status is not None:
            self.last_thing[sentence.index] = (thing, status, noun_end)
        if status is None and thing not in lex.SELF_EVIDENT_THINGS:
            return None
        if self._THE_BEFORE.search(text[max(c_start, m.start() - 8):m.start()]):
            return None
        if thing in ("seats", "votes", "goals", "points", "medals", "titles", "wins", "matches", "signatures",
                     "members", "counts", "charges"):
            subject = self._owner(sentence, m.start(), c_start)
            if subject is None:
                subject = {"seats": "election", "votes": "election"}.get(thing)
            if subject is None:
                return None
            status = None if status == "won" else status
        else:
            if status == "won":
                status = None
            default = "outbreak" if thing in ("cases", "tests", "doses") else "incident"
            subject, _ = self._incident_for(sentence, m.start(), noun_end, default)
        key = f"{subject}.{thing}" + (f"-{status}" if status else "")
        return _Found(min(s_start, m.start()), max(s_end, noun_end), key, _value_words(raw), m.start(), "count")

    def _owner(self, sentence, pos: int, c_start: int) -> str | None:
        """The person or body a score, seat count or vote share belongs to."""
        doc = self.doc
        here = [mm for mm in doc.by_sentence.get(sentence.index, ()) if pos - REACH <= mm.start < pos]
        for lo in (c_start, max(sentence.start, pos - REACH)):
            for kinds in (("person", "pronoun"), ("org",), ("place", "other")):
                # the nearest before the figure: "his rival, Vice-President Bawumia, received 41.61%"
                for mm in reversed([mm for mm in here if lo <= mm.start < pos and mm.kind in kinds]):
                    slug = doc.resolve(mm) if mm.kind == "pronoun" else mm.slug
                    if slug:
                        return slug
        role = self.p["owner_role"].search(self.text, c_start, pos)
        if role:
            return et.slugify(role.group(1))
        return None

    _MONEY_LINK = re.compile(
        r"\s+(?:of|at|worth|totalling|totaling|amounting\s+to|was|is|stood\s+at)\s+", re.IGNORECASE)

    # after an amount paid: what it bought ("for the striker"), not a span of work ("for a year")
    _PAID_FOR = re.compile(r"\s+for\s+(?!(?:a|an|each|every|one|per|the)\s+(?:year|month|week|day|hour|shift|season"
                           r"|game|match)\b)(?:the|a|an|his|her|its|their|this|that|[A-Z])")

    def _money(self, sentence, m: re.Match) -> _Found | None:
        text = self.text
        raw = self._raw(m)
        c_start, c_end = self._clause(sentence, m.start())
        best = None
        for bm in self.p["money_noun"].finditer(text, max(sentence.start, m.start() - 40), m.start()):
            if self._MONEY_LINK.fullmatch(text[bm.end():m.start()]):
                best = bm
        after = None if best else self.p["money_noun"].search(text, m.end(), min(c_end, m.end() + 45))
        if after and self._PLAIN_WORDS.fullmatch(text[m.end():after.start()]) and \
                len(text[m.end():after.start()].split()) <= 3:
            best = after
        if best is None:
            for bm in self.p["money_noun"].finditer(text, max(c_start, m.start() - 80), m.start()):
                best = bm
        if best is None:
            for bm in self.p["money_noun"].finditer(text, max(sentence.start, m.start() - 80), m.start()):
                best = bm
        if best is None:
            return None
        if lex.MONEY_NOUNS.get(_lexicon_word(best.group(0))) == "value":
            for bm in self.p["money_noun"].finditer(text, max(sentence.start, best.start() - 30), best.start()):
                if lex.MONEY_NOUNS[_lexicon_word(bm.group(0))] != "value":
                    best = bm
        noun = lex.MONEY_NOUNS[_lexicon_word(best.group(0))]
        if noun == "salary" and _lexicon_word(best.group(0)) in ("paid", "pay") and self._PAID_FOR.match(text, m.end()):
            noun = "price"  # "paid £100 million for the striker": what something cost, not a wage
        mod = self.text[max(sentence.start, best.start() - 20):best.start()].lower().split()
        modifier = mod[-1] if mod and mod[-1] in lex.MONEY_MODIFIERS and mod[-1] != noun else None
        if _lexicon_word(best.group(0)) == "paid":
            modifier = None  # the word before a verb is who paid: "the state paid"
        if modifier in ("defense",):
            modifier = "defence"
        name = f"{modifier}-{noun}" if modifier else noun
        if noun in ("fine", "bail", "salary", "fee", "ransom", "compensation", "bribe", "embezzlement"):
            person = self._person_for(sentence, m.start(), best.start(), best.end(), role="patient")
            key = f"{person}.{name}" if person else f"{name}.amount"
        elif noun in ("damage", "cost", "aid", "loss", "reconstruction") and self._incident_nearby(sentence):
            subject, _ = self._incident_for(sentence, m.start(), m.end())
            key = f"{subject}.{name}"
        else:
            key = f"{name}.amount"
        start, end = min(m.start(), best.start()), max(m.end(), best.end())
        if end - start > MAX_QUOTE:
            start, end = m.start(), m.end()
        return _Found(start, end, key, _value_words(raw), m.start(), "money")

    def _incident_nearby(self, sentence) -> bool:
        return any(i.specific and i.start < sentence.end for i in self.incidents)

    _BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
    _SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z][\w\-]*['’]s\s+)?"
                           r"(?:(?:valid|popular|total|cast|national)\s+)?(vote|votes|ballots|[a-z][a-z\-]+)\b",
                           re.IGNORECASE)
    # "one in five adults", "nine out of ten young voters": the share is of the people or things named
    _RATIO = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)
    _RATIO_OF = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*s|children|people|women|men)\b", re.IGNORECASE)
    _OF_ITS_VALUE = re.compile(r"\s+of\s+(?:its|their|the)\s+value\b", re.IGNORECASE)
    _WON_BEFORE = re.compile(r"\b(?:received|receiving|won|winning|took|secured|garnered|polled|got|gained)\s+"
                             r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
    _CHANGE_AFTER = re.compile(
        r"\s+(?:increase|rise|jump|drop|fall|decline|decrease|gain|surge|cut|reduction|higher|lower|more"
        r"|less|fewer|up|down)\b", re.IGNORECASE)
    _THAN_BEFORE = re.compile(r"\bthan\s+(?:the|a|its)\s+$", re.IGNORECASE)

    def _percent(self, sentence, m: re.Match) -> _Found | None:
        text = self.text
        raw = self._raw(m)
        c_start, c_end = self._clause(sentence, m.start())
        after = text[m.end():min(c_end, m.end() + 40)]
        topic, t_start, t_end = None, m.start(), m.end()
        am = self._SHARE_OF.match(after)
        if am is None and self._RATIO.search(raw):
            am = self._RATIO_OF.match(after)
        if am and am.group(1).lower() not in lex.STOPWORDS and am.group(1).lower() not in ("gdp", "output", "value"):
            word = am.group(1).lower()
            if word in ("vote", "votes", "ballots"):
                topic = "vote-share"
            else:
                topic = et.slugify(word) + "-share"
            t_end = m.end() + am.end()
        lost_value = self._OF_ITS_VALUE.match(after)
        if topic is None and self._WON_BEFORE.search(text[max(c_start, m.start() - 30):m.start()]) and not lost_value \
                and any(i.kind == "election" for i in self.incidents):
            topic = "vote-share"
        if topic is None:
            best = None
            for tm in self.p["percent_topic"].finditer(text, max(c_start, m.start() - 70), m.start()):
                if _lexicon_word(tm.group(0)) in ("cut", "cuts") and self._BY_AFTER.match(text, tm.end()):
                    continue  # "the budget was cut by 10 percent": the verb, not a discount
                best = tm
            if best is None:
                tm = self.p["percent_topic"].search(text, m.end(), min(c_end, m.end() + 30))
                if tm and len(text[m.end():tm.start()].split()) <= 2:
                    best = tm
            if best is not None:
                topic = lex.PERCENT_TOPICS[_lexicon_word(best.group(0))]
                t_start, t_end = min(t_start, best.start()), max(t_end, best.end())
        if topic is None:
            noun = self._content_word_before(m.start(), c_start)
            if noun is None:
                return None
            topic = noun[0]
            t_start = min(t_start, noun[1])
        words = text[max(c_start, m.start() - 30):m.start()].lower().split()
        change = bool(words) and any(w in lex.PERCENT_CHANGE_VERBS for w in words[-3:]) and words[-1] not in (
            "to", "at", "of")
        if lost_value:
            change = True
            t_end = m.end() + lost_value.end()
        if self._CHANGE_AFTER.match(after):
            change = True
        if topic in ("inflation", "growth", "interest-rate", "unemployment"):
            change = False  # "prices rose 9.1%", "the economy grew 2%": the rate itself
        if "percentage point" in raw.lower():
            change = True
        if topic.endswith("-share") and topic != "vote-share":
            key = f"{topic[:-len('-share')]}.share"
        elif topic in ("vote-share", "approval", "support", "stake"):
            owner = self._owner(sentence, m.start(), c_start)
            if owner is None and topic == "vote-share":
                owner = "election"
            if owner is None and topic in ("approval", "support"):
                owner = "poll"
            if owner is None:
                key = f"{topic}.percent"
            else:
                key = f"{owner}.{topic}"
        elif topic == "turnout":
            key = "election.turnout"
        elif topic == "containment":  # "the fire was 40 percent contained"
            subject, _ = self._incident_for(sentence, m.start(), m.end(), "fire")
            key = f"{subject}.containment"
        else:
            key = f"{topic}.{'change' if change else 'rate'}"
        period = _period(text[m.end():min(sentence.end, m.end() + 60)])
        if period:
            key += f".{period}"  # "54% in 2022", "the 79% recorded in 2020": another period, another figure
        elif self._THAN_BEFORE.search(text[max(c_start, m.start() - 12):m.start()]):
            key += ".earlier"  # "lower than the 79%": a figure compared with, not the one reported
        if t_end - t_start > MAX_QUOTE:
            t_start, t_end = m.start(), m.end()
        return _Found(t_start, t_end, key, _value_words(raw), m.start(), "percent")

    # Words of the figures themselves, never what a share or change is of: "300 billion euros last year, up 3%"
    _NOT_A_TOPIC = {"dollars", "euros", "pounds", "yuan", "yen", "rupees", "roubles", "rubles", "francs", "kroner",
                    "kronor", "million", "billion", "trillion", "thousand", "hundred", "record", "year", "years",
                    "month", "months", "week", "weeks", "percent", "cent", "points"}

    _SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
    _COUNTED = set(lex.THINGS) | set(lex.STATUS) | _PEOPLE_NOUNS

    def _content_word_before(self, pos: int, c_start: int) -> tuple[str, int] | None:
        """The nearest plain noun before a figure: what a share with no known topic is of."""
        for w, ws, _ in reversed(self._words(max(c_start, pos - 50), pos)):
            if w in lex.STOPWORDS or not w.isalpha() or len(w) < 3 or w in lex.SPEECH_VERBS \
                    or w in lex.PERCENT_CHANGE_VERBS:
                continue
            if self.text[ws].isupper() and not (w in self._COUNTED and self._SENTENCE_START.search(self.text, 0, ws)):
                continue  # a name; but "Cases rose by 40 percent": a counted thing opening the sentence
            if w.endswith(("ed", "ing", "ly")) or w in self._NOT_A_TOPIC:
                continue
            return et.slugify(w), ws
        return None

    _ARTICLE = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)
    _DISTANCE_AFTER = re.compile(
        r"\s*(?:from|away|north|south|east|west|off|outside|of\s+the\s+(?:city|capital|border|town))")
    _SPEED_UNIT = re.compile(rf"(?<!\w){_unit_alternation(lex.SPEED_UNITS)}")
    _VEHICLE = re.compile(r"\b(?:drove|driving|train|car|speeding)\b")
    # a speed is the wind's only where wind is spoken of: "travelling at 110 km/h" is the train's
    _WIND = re.compile(r"\b(?:winds?|gusts?|gusting|sustained|storm|hurricane|typhoon|cyclone|tornado|gale)\b")
    _TEMPERATURE_UNIT = re.compile(rf"(?<!\w){_unit_alternation(lex.TEMPERATURE_UNITS)}|\d[cf]$")
    _AREA_UNIT = re.compile(rf"(?<!\w){_unit_alternation(lex.AREA_UNITS)}")
    _LENGTH_UNIT = re.compile(rf"(?<!\w){_unit_alternation(lex.LENGTH_UNITS)}")
    _DEPTH_AFTER = re.compile(r"\s*(?:deep|below|underground|beneath)")
    _RAIN = re.compile(r"\b(?:rain|rainfall|precipitation|snow)\b")
    _HEIGHT = re.compile(r"\b(?:high|tall|height|wave|waves|surge)\b")
    _OF_WORD = re.compile(r"\s+of\s+([a-z][a-z\-]+)")

    def _quantity(self, sentence, m: re.Match) -> _Found | None:
        text = self.text
        raw = m.group(0)
        low = raw.lower()
        c_start, c_end = self._clause(sentence, m.start())
        if "magnitude" in low or "richter" in text[m.start():m.end() + 30].lower():
            subject, _ = self._incident_for(sentence, m.start(), m.end(), "earthquake")
            if not subject.startswith(("earthquake", "aftershock")):
                subject = "earthquake"
            lead = self._ARTICLE.match(raw)
            start = m.start() + (lead.end() if lead else 0)
            return _Found(start, m.end(), f"{subject}.magnitude", _value_words(raw[lead.end() if lead else 0:]),
                          start, "quantity")
        window = text[max(c_start, m.start() - 40):min(c_end, m.end() + 25)].lower()
        after = text[m.end():min(c_end, m.end() + 25)].lower()
        if self._DISTANCE_AFTER.match(after) and "deep" not in after:
            return None
        length = self._LENGTH_UNIT.search(low)  # a weight is no height, whatever the words around it
        if self._SPEED_UNIT.search(low):  # the unit says what is measured, before any nearby word
            attr = "wind-speed" if self._WIND.search(window) and not self._VEHICLE.search(window) else "speed"
        elif self._TEMPERATURE_UNIT.search(low):
            attr = "temperature"
        elif self._AREA_UNIT.search(low):
            attr = "area"
        elif length and ("depth" in window or self._DEPTH_AFTER.match(after)):
            attr = "depth"
        elif length and self._RAIN.search(window):
            attr = "rainfall"
        elif length and self._HEIGHT.search(window):
            attr = "height"
        else:
            tm = self._OF_WORD.match(after)
            if tm and tm.group(1) not in lex.STOPWORDS:
                return _Found(m.start(), m.end() + tm.end(), f"{et.slugify(tm.group(1))}.amount", _value_words(raw),
                              m.start(), "quantity")
            return None
        default = {"depth": "earthquake", "speed": "incident"}.get(attr, "weather")
        subject, _ = self._incident_for(sentence, m.start(), m.end(), default)
        return _Found(m.start(), m.end(), f"{subject}.{attr}", _value_words(raw), m.start(), "quantity")

    _WINDOW_OR_AHEAD = re.compile(
        r"(?:this|next|earlier\s+this|later\s+this|early\s+this)\s+(?:week|month|year|weekend)|next\s", re.IGNORECASE)
    _DATE_PREPOSITION = re.compile(r"^(?:on|since|by|until|from|in)\s+", re.IGNORECASE)
    _THE_LEAD = re.compile(r"^the\s+", re.IGNORECASE)
    _BOUND = re.compile(r"(?:by|until|since)\b", re.IGNORECASE)
    _FROM = re.compile(r"from\b", re.IGNORECASE)

    def _date(self, sentence, m: re.Match) -> _Found | None:
        raw = m.group(0)
        if self._WINDOW_OR_AHEAD.match(raw):
            return None  # a window or the future: not the day something happened
        value = self._DATE_PREPOSITION.sub("", raw)
        value = self._THE_LEAD.sub("", value)
        possessive = self._POSSESSIVE.match(self.text[m.end():m.end() + 3])
        if self._BOUND.match(raw) or (self._FROM.match(raw) and not possessive and not self._SPAN.search(raw)):
            return None  # a bound, not the day something happened
        return self._dated(sentence, m, value, "date")

    _SPAN = re.compile(r"\s(?:to|until)\s", re.IGNORECASE)  # "from 3 to 7 July": the days it happened

    _YEAR_BOUND = re.compile(r"(?:by|until|from|since|as\s+of)\b", re.IGNORECASE)
    _FOUR_DIGITS = re.compile(r"\d{4}")

    def _year(self, sentence, m: re.Match) -> _Found | None:
        raw = m.group(0)
        if self._YEAR_BOUND.match(raw):
            return None
        year = self._FOUR_DIGITS.search(raw).group(0)
        if published_year := (self.published.year if self.published else None):
            if int(year) > published_year:
                return None
        return self._dated(sentence, m, year, "year")

    _AHEAD_BEFORE = re.compile(
        r"\b(?:will|would|shall|set\s+for|scheduled|due|expected|slated|planned|plans|to\s+be\s+held"
        r"|is\s+to\s+(?:begin|start|open|resume)|are\s+to\s+(?:begin|start|open|resume)"
        r"|postponed\s+(?:to|until)|next|upcoming|as\s+of)\b", re.IGNORECASE)
    _DIGIT = re.compile(r"\d")
    _RISE_VERB = re.compile(r"\b(?:rose|risen|rising|climbed|reached|stood|stands|jumped|increased|topped|passed)\b")

    _CLAUSE_VERB = re.compile(r"\s*(?:(?:was|were|is|are|had|has|have|been|first|officially|formally)\s+)*")
    _RELATIVE_BEFORE = re.compile(r"\s*,?\s*(?:which|that)\s*$", re.IGNORECASE)

    def _antecedent_event(self, sentence, c_start: int) -> tuple[str, str, int, int] | None:
        """The event a relative clause is about: "the blaze, which broke out on Tuesday"."""
        rel = self._RELATIVE_BEFORE.search(self.text, max(sentence.start, c_start - 40), c_start)
        if rel is None:
            return None
        end = rel.start()
        for inc in self._incidents_in(max(sentence.start, end - REACH), end):
            if inc.end == end:
                return "incident", inc.kind, inc.start, inc.end
        event, text = self._event_scan()
        for em in event.finditer(text, max(sentence.start, end - 40), end):
            if em.end() == end:
                return "person", lex.PERSON_EVENTS[_lexicon_word(em.group(0))], em.start(), em.end()
        return None

    # Between an incident and its date, only words of the incident itself: "the shooting happened
    # early Sunday", "Thursday night, police responded to a shooting". Another verb or a word for
    # another happening makes the date that one's: "the shooting ... accepted plea deals Friday",
    # "on Friday announced charges in the shooting", "the shooting ... was in court Tuesday".
    _INCIDENT_VERBS = frozenset(
        "happened happen happens occurred occur occurs erupted unfolded started began begun broke place "
        "left killed wounded injured hurt struck hit shot opened fired reported responded dispatched "
        "found involved involving targeted sparked triggered killing wounding injuring leaving happening "
        "occurring erupting broken was were is are been being had has have in at on near of the a an "
        "and outside inside along just shortly before after around about early late earlier later last this "
        "that which where when morning afternoon evening night overnight".split()) | frozenset(
        # what the incident itself does or is: "protesters gathered", "the train derailed", "sank"
        word for phrase in (*lex.INCIDENTS, *(w for w, status in lex.STATUS.items() if status not in _LATER_STATUSES))
        for word in phrase.split())
    _OTHER_HAPPENINGS = re.compile(
        r"\b(?:motive|plea|pleas|trial|hearing|court|funeral|vigil|service|memorial|update|updates|arraignment"
        r"|sentencing|indictment|charges|charged|lawsuit|conference|meeting|rally|protest|march|identity|autopsy"
        r"|arrest|arrests|arrested|custody|bond|bail|verdict|jury|appearance|interview|statement|release"
        r"|investigation|briefing|connection|took\s+(?:his|her|their)\s+own\s+li(?:fe|ves))\b", re.IGNORECASE)
    # "police were called to the shooting", "the shooting took place": the incident's own words
    _INCIDENT_PHRASES = re.compile(r"\b(?:took\s+place|(?:was|were)\s+called)\b", re.IGNORECASE)
    # a date before "on the shooting", "about the shooting": the day something was said of it
    _ABOUT_BEFORE_EVENT = re.compile(r"\b(?:on|about|regarding|concerning|into|over)\s+(?:the|a|an|this|that|last)?\s*"
                                     r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    _PAST_WORD = re.compile(r"[a-z]{3,}ed|held|said|told|met|made|went|came|saw|gave|got|brought|sought|caught"
                            r"|led|pled|sent|spoke|wrote|kept|paid|won|ran|fled|stood|sat|heard|knew|thought|took"
                            r"|shed|set|put|spent|read|began|drew|threw|chose|rose|fell|grew")
    # "arrested Thursday in connection with the shooting": the day of the verb right before it
    _VERB_JUST_BEFORE = re.compile(r"\b([a-z]{3,}ed|held|met|sent|charged|booked)\s+(?:on\s+|late\s+|early\s+)?$")

    # an incident after a preposition is no verb's subject: "accused in the shooting accepted ..."
    _OBJECT_OF_BEFORE = re.compile(r"\b(?:in|of|for|to|with|into|about|over|after|before|from|by|at|on|since|during"
                                   r"|following|behind|against)\s+(?:the|a|an|this|that|last|its|their|[\w-]+['’]s)?\s*"
                                   r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

    def _another_happening(self, between: str, e_start: int, e_end: int, d_start: int) -> bool:
        if self._OTHER_HAPPENINGS.search(between):
            return True
        if e_start > d_start:
            verb = self._VERB_JUST_BEFORE.search(self.text, max(0, d_start - 25), d_start)
            if verb and verb.group(1).lower() not in self._INCIDENT_VERBS:
                return True
        if e_start > d_start and self._ABOUT_BEFORE_EVENT.search(between):
            return True  # "said Monday morning on the shooting"
        if e_end <= d_start and not self._OBJECT_OF_BEFORE.search(self.text, max(0, e_start - 40), e_start):
            return False  # "the blast ripped through the station on Wednesday": the incident's own doing
        between = self._INCIDENT_PHRASES.sub(" ", between)
        for word in self.p["words"].findall(between):
            word = word.lower()
            if word not in self._INCIDENT_VERBS and word not in lex.MOMENT_VERBS and self._PAST_WORD.fullmatch(word):
                return True
        return False

    def _dated(self, sentence, m: re.Match, value: str, kind: str) -> _Found | None:
        text = self.text
        c_start, _ = self._clause(sentence, m.start())
        if self._AHEAD_BEFORE.search(text[max(c_start, m.start() - 60):m.start()]):
            return None  # a date ahead of publication: read in the past, it would be a year off
        event = self._event_near(sentence, m.start(), m.end(), same_clause=True)
        antecedent = None
        # none before the date in its clause, or only the relative clause's own verb ("the summit, which
        # opened on Thursday"): the clause is about its antecedent
        if event is None or event[2] >= m.end() or self._CLAUSE_VERB.fullmatch(self.text, c_start, event[2]):
            antecedent = self._antecedent_event(sentence, c_start)
            event = antecedent or event
        if event is None:
            return None
        which, name, e_start, e_end = event
        if name == "contract" and which == "person":
            event = self._agreed_event(c_start, e_start, e_end) or event
            which, name, e_start, e_end = event
        # "said on Monday", "told reporters on Friday": the day it was said, not the day it happened
        between = text[e_end:m.start()] if e_end <= m.start() else text[m.end():e_start]
        speech = None
        for sm in self.p["speech"].finditer(text, max(sentence.start, m.start() - 45), m.start()):
            speech = sm
        if speech is not None and (e_end <= speech.start() or e_start >= m.end()):
            return None
        if len(between) > 90:
            return None
        if e_end <= m.start() and self._DIGIT.search(between) and self._RISE_VERB.search(between):
            return None  # "the toll rose to 45 on Tuesday": the day of the figure, not of the event
        if which == "incident":
            if self._another_happening(between, e_start, e_end, m.start()):
                return None  # "the shooting ... were identified Friday": the day of something else
            own = self._incident_at(e_start, e_end) if antecedent else None
            subject = own.key if own is not None else self._incident_for(sentence, m.start(), m.end())[0]
            key = f"{subject}.date"
        else:
            if name in lex.OWN_SUBJECT_EVENTS:
                key = f"{name}.date"
            else:
                role = "patient" if name in lex.PATIENT_EVENTS else "agent"
                person = self._person_for(sentence, m.start(), e_start, e_end, role)
                key = f"{person}.{name}.date" if person else f"{name}.date"
        moment = self._moment(e_start, e_end, m.start())
        if moment is not None:
            key = key[: -len(".date")] + f".{moment[0]}.date"
            e_start, e_end = min(e_start, moment[1]), max(e_end, moment[2])
        if kind == "year":
            key = key[: -len(".date")] + ".year"
        start, end = min(m.start(), e_start), max(m.end(), e_end)
        if end - start > 80:
            start, end = m.start(), m.end()
        return _Found(start, end, key, value, m.start(), kind)

    # Between an event and the verb that tells its moment, only a short "on"/"against" phrase,
    # auxiliaries and adverbs: "the ceasefire had finally collapsed", "sanctions on him were lifted",
    # "the ban, lifted"; or a possessive before the noun: "the curfew's end".
    _FILLER = r"(?:(?:had|has|have|was|were|is|are|been|being|be|then|later|finally|formally|officially|\w+ly),?\s+)*"
    _DETERMINER = r"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w\-]+\s+)?"
    _MOMENT_AFTER = re.compile(
        rf"(?:\s+(?:on|against|for)\s+(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+)?\s*,?\s*{_FILLER}"
        rf"({_alternation(lex.MOMENT_VERBS)})\b|(?:'s|’s)\s+({_alternation(lex.MOMENT_NOUNS)})\b",
        re.IGNORECASE)
    _MOMENT_BEFORE = re.compile(
        rf"\b(?:({_alternation(lex.MOMENT_VERBS)})\s+|({_alternation(lex.MOMENT_NOUNS)})\s+of\s+){_DETERMINER}$",
        re.IGNORECASE)
    _MOMENT_VERB_BEFORE_DATE = re.compile(rf"\b({_alternation(lex.MOMENT_VERBS)})\s+(?:\w+ly\s+)?$", re.IGNORECASE)

    def _moment(self, e_start: int, e_end: int, d_start: int) -> tuple[str, int, int] | None:
        """The moment of the event a date names when it is not the event's start, with where its
        words are: "end" ("the truce broke down on Tuesday", "lifted the curfew on Sunday", "the
        end of the ceasefire in 2020", "the ceasefire, agreed in 2019, collapsed in 2020") or
        "extension" ("the lockdown was extended on Monday")."""
        text = self.text
        limit = d_start if e_end <= d_start else e_end + 40
        if e_end <= d_start and (found := self._MOMENT_VERB_BEFORE_DATE.search(text, e_end, d_start)) is not None:
            group, table = 1, lex.MOMENT_VERBS  # "extended on 5 April and lifted on 20 April": the nearer verb
        elif (found := self._MOMENT_AFTER.match(text, e_end, limit)) is not None:
            verb = found.group(1)
            group = 1 if verb else 2
            table = lex.MOMENT_VERBS if verb else lex.MOMENT_NOUNS
        elif (found := self._MOMENT_BEFORE.search(text, max(0, e_start - 50), e_start)) is not None:
            group = 1 if found.group(1) else 2
            table = lex.MOMENT_VERBS if found.group(1) else lex.MOMENT_NOUNS
        else:
            return None
        return table[_lexicon_word(found.group(group))], found.start(group), found.end(group)

    _AGREED_WORDS = {"agreed", "signed"}
    _SUBJECT_OF_AGREED = re.compile(rf"\s*,?\s*(?:(?:which|that)\s+)?{_FILLER}$", re.IGNORECASE)

    def _agreed_event(self, c_start: int, e_start: int, e_end: int) -> tuple[str, str, int, int] | None:
        """"The ceasefire was agreed in 2019": the date is the ceasefire's, not a contract's. The
        event a contract's verb has as its subject, when the subject is an event of another kind."""
        if _lexicon_word(self.text[e_start:e_end]) not in self._AGREED_WORDS:
            return None
        event, text = self._event_scan()
        subject = None
        for found in event.finditer(text, max(c_start, e_start - 60), e_start):
            subject = found
        if subject is None or not self._SUBJECT_OF_AGREED.fullmatch(self.text, subject.end(), e_start):
            return None
        name = lex.PERSON_EVENTS[_lexicon_word(subject.group(0))]
        if name == "contract":
            return None
        return "person", name, subject.start(), subject.end()

    _A_OR_AN_LEAD = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)
    _WORD_TOKENS = re.compile(r"[\w\-]+")

    def _duradj(self, sentence, m: re.Match) -> _Found | None:
        text = self.text
        raw = m.group(0)
        value = self._A_OR_AN_LEAD.sub("", raw)
        after = text[m.end():min(sentence.end, m.end() + 50)]
        words = self._WORD_TOKENS.findall(after)[:3]
        if not words or words[0].lower() in ("old", "olds", "ago", "high", "low", "record", "long"):
            return None
        e_start = e_end = None
        for k in range(len(words)):
            if words[k] in ("March", "May"):
                break  # "the biggest one-day drop since March": the month, not a protest march
            for span in (3, 2, 1):
                phrase = " ".join(words[k:k + span]).lower()
                if phrase in lex.PERSON_EVENTS or phrase in lex.INCIDENTS or phrase in _DURATION_NOUNS:
                    pm = re.search(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", after, re.IGNORECASE)
                    e_start, e_end = m.end() + pm.start(), m.end() + pm.end()
                    return self._duration_key(sentence, m, value, phrase, e_start, e_end, m.start())
        return None

    _LASTING_BEFORE = re.compile(r"\b(?:for|lasted|lasting|lasts|last|spent|spend|spending|took)\s+$", re.IGNORECASE)
    _NOT_A_LENGTH_AFTER = re.compile(
        r"\s*(?:ago|after|before|later|earlier|since|from\s+now|old|of\s+age|apart|into|in\s+advance)\b", re.IGNORECASE)
    _BEFORE_OR_AFTER = re.compile(r"\s*(?:before|after)\b")
    _POINT_IN_TIME_BEFORE = re.compile(
        r"\b(?:in|within|after|past|last|next|first|over|every|each|per|the)\s+$", re.IGNORECASE)
    _OF_PHRASE = re.compile(r"\s+of\s+((?:[\w\-]+\s+){0,1}[\w\-]+)")
    _SENTENCED_BEFORE = re.compile(
        r"\b(?:sentenced\s+to|jailed\s+for|imprisoned\s+for|term\s+of|sentence\s+of)\s+$", re.IGNORECASE)
    _IN_PRISON_AFTER = re.compile(r"\s+(?:in\s+(?:prison|jail)|behind\s+bars|imprisonment)", re.IGNORECASE)
    # "47 days in captivity", "14 months in detention": how long someone was held
    # "five years in office": the length of a term
    _IN_OFFICE_AFTER = re.compile(r"\s+(?:in\s+(?:office|power)|at\s+the\s+helm)\b", re.IGNORECASE)
    _HELD_AFTER = re.compile(r"\s+(?:in\s+(?:captivity|detention|custody|solitary\s+confinement)"
                             r"|as\s+(?:a\s+)?hostages?)\b", re.IGNORECASE)
    # "after six weeks of talks": how long the talks had lasted, though "after six weeks" alone is a time
    _AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)

    def _dur(self, sentence, m: re.Match) -> _Found | None:
        text = self.text
        raw = m.group(0)
        after = text[m.end():min(sentence.end, m.end() + 40)]
        before = text[max(sentence.start, m.start() - 50):m.start()]
        lasting = self._LASTING_BEFORE.search(before)
        if self._NOT_A_LENGTH_AFTER.match(after) and not (lasting and self._BEFORE_OR_AFTER.match(after)):
            return None
        point = self._POINT_IN_TIME_BEFORE.search(before)
        if point and not self._AFTER_BEFORE.search(before):
            return None
        value = raw
        of = self._OF_PHRASE.match(after)
        if of:
            phrase = of.group(1).lower()
            last = phrase.split()[-1]
            for cand in (phrase, last):
                if cand in lex.PERSON_EVENTS or cand in lex.INCIDENTS or cand in _DURATION_NOUNS:
                    e_start = m.end() + of.start(1)
                    return self._duration_key(sentence, m, value, cand, e_start, m.end() + of.end(1), m.start())
        held = self._HELD_AFTER.match(after)
        if held:
            return self._duration_key(sentence, m, value, "detention", m.end(), m.end() + held.end(), m.start())
        in_office = self._IN_OFFICE_AFTER.match(after)
        if in_office:
            return self._duration_key(sentence, m, value, "term", m.end(), m.end() + in_office.end(), m.start())
        sentenced = None if point else self._SENTENCED_BEFORE.search(before)
        if sentenced or self._IN_PRISON_AFTER.match(after):
            s = m.start() - len(before) + sentenced.start() if sentenced else m.start()
            return self._duration_key(sentence, m, value, "sentence", s, m.end(), m.start())
        if point or not lasting:
            return None
        event = self._event_near(sentence, m.start(), m.end(), same_clause=True)
        if event is None or abs(event[2] - m.start()) > 90:
            c_start, _ = self._clause(sentence, m.start())
            for w, ws, we in reversed(self._words(max(c_start, m.start() - 60), m.start())):
                if w in lex.VERB_EVENTS:
                    name = lex.VERB_EVENTS[w]
                    if name == "duration":
                        break
                    return self._duration_key(sentence, m, value, name, ws, we, m.start())
            return None
        _, _, e_start, e_end = event
        word = text[e_start:e_end].lower()
        return self._duration_key(sentence, m, value, word, e_start, e_end, m.start())

    def _duration_key(self, sentence, m, value, word, e_start, e_end, vstart) -> _Found | None:
        word = " ".join(word.lower().split())
        if word in lex.PERSON_EVENTS:
            name = lex.PERSON_EVENTS[word]
            if name in lex.OWN_SUBJECT_EVENTS:
                key = f"{name}.duration"
            else:
                role = "patient" if name in lex.PATIENT_EVENTS else "agent"
                person = self._person_for(sentence, m.start(), e_start, e_end, role)
                key = f"{person}.{name}.duration" if person else f"{name}.duration"
        elif word in lex.INCIDENTS:
            # the length is that incident's ("after a 10-year war, the country held elections")
            own = self._incident_at(e_start, e_end)
            subject = own.key if own is not None else self._incident_for(sentence, e_start, e_end)[0]
            key = f"{subject}.duration"
        else:
            key = f"{_DURATION_NOUNS.get(word, et.slugify(word))}.duration"
        start, end = min(m.start(), e_start), max(m.end(), e_end)
        if end - start > MAX_QUOTE:
            start, end = m.start(), m.end()
        return _Found(start, end, key, value, vstart, "duration")

    # --- yes/no facts ---------------------------------------------------------------------

    def _bools(self) -> list[tuple[et.Sentence, _Found]]:
        text = self.text
        out = []
        lowered = self.lower if self.lower is not None else text.lower()
        # Both of the pattern's wordings need "first" and a word for the journey: most texts have
        # the one but not the other, and the pattern, tried at every word, is not scanned for nothing.
        trip = "visit" in lowered or "trip" in lowered or "tour" in lowered or "journey" in lowered
        firsts = self.p["first"].finditer(text) if trip and "first" in lowered else ()
        for m in firsts:
            sentence = self.doc.sentence_at(m.start())
            if sentence is None or m.end() > sentence.end:
                continue
            owner_at = m.start(1) if m.group(1) else m.start(3)
            mention = next((mm for mm in self.doc.people(sentence.index) if mm.start <= owner_at < mm.end), None)
            person = self.doc.resolve(mention) if mention else None
            if person is None and m.group(3):
                person = self._person_for(sentence, m.start(), m.start(), m.end())
            if person is None:
                continue
            out.append((sentence, _Found(m.start(), m.end(), f"{person}.visit.first", "yes", m.start(), "bool")))
        sanctions = self.p["sanctioned"].finditer(text) if ("sanction" in lowered or "blacklist" in lowered) else ()
        for m in sanctions:
            sentence = self.doc.sentence_at(m.start())
            if sentence is None or m.end() > sentence.end:
                continue
            people = self.doc.people(sentence.index)
            if not people:
                continue
            nearest = min(people, key=lambda mm: min(abs(mm.start - m.start()), abs(mm.end - m.start())))
            if min(abs(nearest.start - m.start()), abs(nearest.end - m.start())) > 90:
                continue
            person = self.doc.resolve(nearest)
            if person:
                out.append((sentence, _Found(m.start(), m.end(), f"{person}.sanctions", "yes", m.start(), "bool")))
        return out


_STORM_NAME = re.compile(rf"(?:Tropical\s+)?(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\s+({et.CAP}[a-z]+)\b")
_PLACE_AFTER = re.compile(
    r"\b(?:on|in|at|near|of|hit|struck|targeting|against|rocked|battered)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,4}?"
    r"(?:(?:city|town|village|region|province|district|port|capital)\s+of\s+)?"
    rf"({et.CAP}[\w'’\-]+(?:\s+{et.CAP}[\w'’\-]+)?)"
)
_PLACE_BEFORE = re.compile(
    rf"({et.CAP}[\w\-]+)(?:['’]s)?\s+(?:(?:missile|drone|air|rocket|deadly|devastating)\s+)?$"
)


_PERIOD = re.compile(
    r"\s+(?:(?:recorded|seen|registered|reported|posted|logged)\s+)?(?:in|for|during|over)\s+(?:the\s+)?"
    r"(?:(?P<quarter>first|second|third|fourth)\s+quarter(?:\s+of)?\s*|(?P<half>first|second)\s+half(?:\s+of)?\s*"
    r"|year\s+to\s+)?(?P<month>" + _MONTH + r")?\s*(?P<year>(?:1[89]|20)\d\d)?\b",
    re.IGNORECASE,
)


_PREVIOUS_YEAR = re.compile(r"\s+(a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year)\b",
                            re.IGNORECASE)

def _period(after: str) -> str | None:
    """The period a rate is given for, as a key facet: "in 2022" -> 2022, "in the first quarter" -> q1."""
    m = _PERIOD.match(after)
    if m is None:
        m = _PREVIOUS_YEAR.match(after)
        return "previous-year" if m else None
    parts = []
    if m.group("quarter"):
        parts.append("q" + str(("first", "second", "third", "fourth").index(_lexicon_word(m.group("quarter"))) + 1))
    if m.group("half"):
        parts.append("h" + str(("first", "second").index(_lexicon_word(m.group("half"))) + 1))
    if m.group("month"):
        parts.append(m.group("month").lower().rstrip(".")[:3])
    if m.group("year"):
        parts.append(m.group("year"))
    return "-".join(parts) or None


def _clean_word(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Nouns whose length is worth checking even though no person owns them.
_DURATION_NOUNS = {
    "festival": "festival", "conference": "conference", "siege": "siege", "blockade": "blockade",
    "standoff": "standoff", "search": "search", "operation": "operation", "mission": "mission",
    "campaign": "campaign", "tournament": "tournament", "flight": "flight", "blackout": "blackout",
    "outage": "outage", "shutdown": "shutdown", "closure": "closure", "state of emergency": "state-of-emergency",
    "emergency": "state-of-emergency", "occupation": "occupation", "exercise": "exercise", "exercises": "exercise",
    "drills": "exercise", "drill": "exercise", "fast": "fast", "retreat": "retreat", "mourning": "mourning",
    "holiday": "holiday", "break": "break", "plan": "plan", "programme": "programme", "program": "programme",
    "moratorium": "moratorium", "freeze": "freeze", "extension": "extension", "delay": "delay",
}


_PLAIN = {
    "count": re.compile(r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than)\s)?"
                        r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,5})", re.IGNORECASE),
    "date": re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"),
    "year": re.compile(r"(?:1[89]|20)\d\d"),
    "percent": re.compile(r"\d{1,2}(?:\.\d)?%"),
}


def _plain_type(value: str, kind: str | None) -> str | None:
    """The type of wordings so plain that reading them would only confirm it."""
    pattern = _PLAIN.get(kind or "")
    return kind if pattern is not None and pattern.fullmatch(value) else None


def _normalize(value: str, published: date | None, kind: str | None):
    return values.normalize(value, ref_date=published, kind=kind)  # cached there


def _value_words(raw: str) -> str:
    return " ".join(raw.split())
