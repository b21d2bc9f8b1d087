"""A curfew's hours: "a curfew from 10 p.m. to 5 a.m.", "curfew between 8 p.m. and 6 a.m.",
"a 9 p.m.-to-6 a.m. curfew": when it starts and when it ends, each a time of day.
"""

from __future__ import annotations

import re

from claimtrack.extract import text as et
from claimtrack.extract.model import Found, Rule, examples, negatives

# a time of day as copy writes it: "10 p.m.", "10pm", "22:00", "2200 GMT", "midnight", "noon"
_TIME = (r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|\d{1,2}:\d{2}(?:\s*(?:GMT|UTC))?"
         r"|midnight|noon|midday)")
# the hours, with the curfew named before them (within its clause) or right after them
_HOURS = re.compile(
    rf"\b(?:from\s+|between\s+)?(?P<start>{_TIME})\s*(?:-|–|to|until|till|and)\s*(?P<end>{_TIME})",
    re.IGNORECASE)
_CURFEW_BEFORE = re.compile(r"\bcurfews?\b[^.;:]{0,60}$", re.IGNORECASE)
_CURFEW_AFTER = re.compile(r"\s*curfews?\b", re.IGNORECASE)
# hours that are not the curfew's now: the ones it replaced ("instead of 10 p.m. to 5 a.m."), or ones it will
# have ("from Monday the curfew will run from midnight"): left unread
_OTHER_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than|previously|formerly)\s+(?:from\s+|between\s+)?$",
                           re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|from\s+next|starting\s+next|as\s+of\s+next)\b",
                    re.IGNORECASE)


def read_curfews(ctx) -> list[tuple[et.Sentence, Found]]:
    text = ctx.text
    lowered = ctx.lower if ctx.lower is not None else text.lower()
    if "curfew" not in lowered:
        return []
    out = []
    for m in _HOURS.finditer(text):
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or m.end() > sentence.end:
            continue
        named = _CURFEW_BEFORE.search(text, sentence.start, m.start()) or _CURFEW_AFTER.match(text, m.end())
        if named is None or _OTHER_BEFORE.search(text, max(sentence.start, m.start() - 25), m.start()) \
                or _AHEAD.search(text, sentence.start, m.start()):
            continue
        start = min(m.start(), named.start())
        end = max(m.end(), named.end())
        out.append((sentence, Found(start, end, "curfew.start-time", m.group("start"), m.start("start"), "time",
                                    "curfews")))
        out.append((sentence, Found(start, end, "curfew.end-time", m.group("end"), m.start("end"), "time",
                                    "curfews")))
    return out


RULE = Rule("curfews", "article", read_curfews,
            reads="a curfew's hours: when it starts and when it ends, each a time of day",
            examples=examples("""
The army imposed a nationwide curfew from 10 p.m. to 5 a.m.
    curfew.end-time | 5 a.m. | curfew from 10 p.m. to 5 a.m.
    curfew.start-time | 10 p.m. | curfew from 10 p.m. to 5 a.m.
Residents must observe a 9pm-6am curfew.
    curfew.end-time | 6am | 9pm-6am curfew
    curfew.start-time | 9pm | 9pm-6am curfew
"""),
            negatives=negatives("""
The shops are open from 9 a.m. to 5 p.m.
From Monday the curfew will run from midnight to 5 a.m. instead of 10 p.m. to 5 a.m.
"""))
