"""When a plant, a mine or a line stops: "production will end on June 30, 2027", "will stop
building cars at the plant at the end of 2027", "the factory will close in March". A date to
come, which the dates rule leaves to the events that happened.
"""

from __future__ import annotations

import re

from claimtrack.extract import text as et
from claimtrack.extract.model import Found, Rule, examples, negatives
from claimtrack.extract.patterns import MONTH, YEAR

_DAY = rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}|\d{{1,2}}\s+{MONTH}\s+{YEAR})"
_WHEN = (rf"(?P<when>(?:(?:the\s+)?(?:end|close|middle|start)\s+of\s+|(?:early|mid|late)[\s-])?"
         rf"(?:{_DAY}|{MONTH}\s+{YEAR}|{YEAR}))")
_STOPS = (r"(?:will|would|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|plans\s+to|planned\s+to)\s+"
          r"(?:end|stop|cease|halt|close|shut(?:\s+down)?|wind\s+down|be\s+(?:halted|stopped|ended|closed|shut"
          r"|wound\s+down|phased\s+out))")
_CLOSURE = re.compile(
    rf"\b(?:(?P<what>production|assembly|manufacturing|operations|output|mining|smelting|refining)\b[^.;]{{0,60}}?"
    rf"\b{_STOPS}"
    rf"|(?P<site>plant|factory|mine|smelter|refinery|mill|works|site|facility|line)\s+{_STOPS}"
    rf"|(?:will|would)\s+(?:stop|cease|end)\s+(?:building|making|producing|assembling|manufacturing|mining)\b"
    rf"[^.;]{{0,60}}?)"
    rf"[^.;]{{0,40}}?\b(?:on|by|in|at|from)\s+{_WHEN}", re.IGNORECASE)


# the verbs of a stop, as the pattern has them: only the sentences that hold one are read with it
_STOP_VERB = re.compile(r"\b(?:will|would|is|are|plans|planned)\s+(?:to\s+|set\s+to\s+|due\s+to\s+)?(?:end|stop|cease"
                        r"|halt|close|shut|wind|be\s+(?:halted|stopped|ended|closed|shut|wound|phased))\b")


def read_closures(ctx) -> list[tuple[et.Sentence, Found]]:
    text = ctx.text
    lowered = ctx.lower if ctx.lower is not None else text.lower()
    out = []
    done = -1  # the last sentence read
    for verb in _STOP_VERB.finditer(lowered):
        sentence = ctx.doc.sentence_at(verb.start())
        if sentence is None or sentence.index <= done:
            continue
        done = sentence.index
        for m in _CLOSURE.finditer(text, sentence.start, sentence.end):
            out.append((sentence, Found(m.start(), m.end(), "production.end.date", " ".join(m.group("when").split()),
                                        m.start("when"), "date", "closures")))
    return out


RULE = Rule("closures", "article", read_closures,
            reads="the day a plant, a mine or a production line is to stop, a date to come",
            examples=examples("""
Production at the plant will end on June 30, 2027, the company said.
    production.end.date | June 30, 2027 | Production at the plant will end on June 30, 2027
The carmaker will stop building cars at the factory at the end of 2027.
    production.end.date | the end of 2027 | will stop building cars at the factory at the end of 2027
"""),
            negatives=negatives("""
Production ended on Friday after the fire.
The plant will close if no buyer is found.
"""))
