"""The time of day a happening came at: "the ferry left port at 11:40 p.m. on Thursday", "the quake
struck at 6:18 a.m. local time", "the blast happened shortly after 2 a.m. on Sunday". Keyed as the
happening's day is (``sinking.time``, ``departure.time``), with the day when the text names it beside
the time, so that 9:40 p.m. and 11:40 p.m. the same evening meet, and "about 10:30 p.m." keeps its slack.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.model import Found, Rule, examples, negatives
from claimtrack.extract.patterns import MONTH, WEEKDAYS, alternation
from claimtrack.extract.rules.dates import RELATIVE_TO, dated

# a clock time as copy writes it: "11:40 p.m.", "6am", "23:40", "09:15", "10:30 GMT" (not "10 o'clock" nor "at 10:30":
# morning or evening?)
_CLOCK = (r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
          r"|(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?!\s*(?:a\.?\s?m|p\.?\s?m))(?:\s*(?:GMT|UTC|local\s+time))?"
          r"|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:GMT|UTC))")
_DAY = rf"(?:(?:last\s+)?(?:{alternation(WEEKDAYS)})|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{MONTH})"
_HOW_NEAR = (r"(?:about|around|approximately|roughly|some|shortly\s+(?:before|after)|just\s+(?:before|after)"
             r"|soon\s+after|minutes\s+(?:before|after)|before|after)")
# the time, with the day before it ("on Thursday at 11:40 p.m.") or after it ("at 11:40 p.m. on Thursday")
_TIME = re.compile(
    rf"(?:\b(?P<day1>{_DAY})(?:,|\s+(?:morning|afternoon|evening|night))?\s+)?"
    rf"(?:\bat\s+(?P<time>(?:{_HOW_NEAR}\s+)?{_CLOCK})|\b(?P<near>{_HOW_NEAR}\s+{_CLOCK}))"
    rf"(?:\s+(?:local\s+time|GMT|UTC|\([^()]{{1,25}}\)))?"
    rf"(?:,?\s+(?:on\s+)?(?P<day2>{_DAY}))?(?![\w-])", re.IGNORECASE)
# a span of hours, not a moment ("from 10 p.m. to 5 a.m.": a curfew's, or opening hours)
_SPAN_AFTER = re.compile(rf"\s*(?:-|–|to|until|till|and)\s*{_CLOCK}", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:from|between|until|till|by|before|curfew\b[^.;]{0,40})\s*$", re.IGNORECASE)
# the few words of a clause that opens on the time: "at about 4:20 a.m., the bus crashed", "At 6:18 a.m. the quake hit"
_SUBJECT_NEXT = re.compile(r"\s*,?\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+")
_TIMED = frozenset(lex.INCIDENT_KINDS) | {"incident", "departure", "death"}
_PLACE_OF = re.compile(r"\bof\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MAYBE = re.compile(r"\d\s*[ap]\.?\s?m\b|\d:\d\d", re.IGNORECASE)


def read_times(ctx) -> list[tuple[et.Sentence, Found]]:
    text = ctx.text
    if _MAYBE.search(text) is None:
        return []
    out = []
    for m in _TIME.finditer(text):
        sentence = ctx.doc.sentence_at(m.start())
        time = m.group("time") or m.group("near")
        if sentence is None or m.end() > sentence.end or _SPAN_AFTER.match(text, m.end("time" if m.group("time")
                                                                                           else "near")):
            continue
        if _SPAN_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start()):
            continue
        day = m.group("day1") or m.group("day2")
        value = time + (f" on {day}" if day else "")
        found = dated(ctx, sentence, m, value, "time", "times")
        if found is None or not found.key.endswith(".date") or (
                found.start >= m.start() and not _SUBJECT_NEXT.fullmatch(text, m.end(), found.end)):
            # named before its time, or as what the time's clause opens on ("at about 4:20 a.m., the bus crashed");
            # "police were called at 2 a.m. to a shooting" is no time of it
            continue
        subject = found.key.split(".")[0]
        if subject.split("-")[0] not in _TIMED and found.key.split(".")[-2] not in _TIMED:
            continue  # a happening's, a voyage's or a death's time, not that of someone's arrival or talks
        lead = (max(sentence.start, found.start - 40), found.start)
        if RELATIVE_TO.search(text, *lead) or _PLACE_OF.search(text, *lead):
            # "the night before the attack, just after 10 p.m.", "spotted on the block of the shooting by police
            # around 7:45 p.m.": a time told from the happening or its place, not its own
            continue
        out.append((sentence, Found(found.start, found.end, found.key[:-len(".date")] + ".time", value, m.start(),
                                    "time", "times")))
    return out


RULE = Rule("times", "article", read_times,
            reads="the time of day a happening came at, with its day where the text names it",
            examples=examples("""
The ferry sank at 2:15 a.m. on Friday, the coast guard said.
    sinking.date | Friday | sank at 2:15 a.m. on Friday
    sinking.time | 2:15 a.m. on Friday | sank at 2:15 a.m. on Friday
The earthquake struck at 6:18 a.m. local time.
    earthquake.time | 6:18 a.m. | earthquake struck at 6:18 a.m. local time
At about 4:20 a.m., the bus crashed through a guard rail.
    crash.time | about 4:20 a.m. | At about 4:20 a.m., the bus crashed
The shooting happened shortly after 2 a.m. Sunday outside a bar.
    shooting.date | Sunday | shooting happened shortly after 2 a.m. Sunday
    shooting.time | shortly after 2 a.m. on Sunday | shooting happened shortly after 2 a.m. Sunday
"""),
             negatives=negatives("""
The army imposed a curfew from 10 p.m. to 5 a.m.
The minister said at 9 a.m. on Monday that talks would go on.
The shop opens at 9 a.m. on weekdays.
The blast happened at 10:30 on Saturday.
Shortly after 10 a.m., tow trucks hauled away the cars from the scene of the shooting.
At 2:47 p.m., officers arrived at the house.
"""))
