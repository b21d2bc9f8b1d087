"""Vote tallies: "the Senate voted 52-48 to confirm", "passed by a vote of 218 to 214", "the court
ruled 6-3". Each side of the tally is a figure of its own: the votes for and the votes against.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.model import Found, Rule, examples, negatives

# a verb of voting, a few words, then two numbers joined by a dash or "to" (not a share, a time or an age)
_TALLY = re.compile(
    r"\b(?P<verb>voted|votes|vote|passed|approved|adopted|rejected|defeated|confirmed|cleared|backed|ruled"
    r"|overturned|upheld|blocked)\s+(?:(?:by\s+)?(?:a\s+)?(?:vote|margin|tally)\s+of\s+|by\s+|the\s+[\w'’-]+\s+"
    r"|it\s+|him\s+|her\s+|them\s+){0,2}(?P<first>\d{1,4})\s*(?:-|–|to)\s*(?P<second>\d{1,4})\b"
    r"(?!\s*(?:%|percent|per\s+cent|years?|months?|weeks?|days?|hours?|[ap]\.?m\b))",
    re.IGNORECASE)
_PAIR = re.compile(r"\d\s*(?:-|–|to)\s*\d")
# who voted, named before the verb: "the House", "the Senate", "lawmakers", "the court"
_BODY_BEFORE = re.compile(r"\b(?:the\s+)?(?P<body>House|Senate|Parliament|Congress|Assembly|Council|Knesset|Bundestag"
                          r"|Duma|Lok\s+Sabha|Dail|court|committee|board|jury|lawmakers|legislators|MPs|senators"
                          r"|councillors|council\s+members|shareholders|members)\b[^.;]{0,60}$", re.IGNORECASE)


def read_tallies(ctx) -> list[tuple[et.Sentence, Found]]:
    """Each side of a vote's tally, under the body that voted ("senate.votes-for", "senate.votes-against")."""
    text = ctx.text
    out = []
    # every tally has two numbers joined by a dash or "to": most texts have none, and are read no further
    first = _PAIR.search(text)
    for m in _TALLY.finditer(text, max(0, first.start() - 120)) if first else ():
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or m.end() > sentence.end:
            continue
        body = _BODY_BEFORE.search(text, sentence.start, m.start("first"))  # "passed the House by ..."
        subject = et.slugify(body.group("body")) if body else "vote"
        against_first = m.group("verb").lower() in lex.AGAINST_FIRST_VERBS
        sides = (("votes-against", "votes-for") if against_first else ("votes-for", "votes-against"))
        for group, side in zip(("first", "second"), sides):
            start = m.start(group)
            out.append((sentence, Found(m.start(), m.end(group), f"{subject}.{side}", m.group(group), start, "count",
                                        "tallies")))
    return out


RULE = Rule("tallies", "article", read_tallies,
            reads="each side of a vote's tally: \"the Senate voted 52-48\", \"by a vote of 218 to 214\"",
            examples=examples("""
The Senate voted 52-48 to confirm the nominee.
    senate.votes-for | 52 | voted 52
    senate.votes-against | 48 | voted 52-48
The bill passed the House by a vote of 218 to 214.
    house.votes-for | 218 | passed the House by a vote of 218
    house.votes-against | 214 | passed the House by a vote of 218 to 214
Lawmakers rejected the amendment 301-129.
    lawmakers.votes-against | 301 | rejected the amendment 301
    lawmakers.votes-for | 129 | rejected the amendment 301-129
"""),
            negatives=negatives("""
The home side won 3-1 on Saturday.
The museum is open 9-5 on weekdays.
Voters aged 18-24 backed the plan.
"""))
