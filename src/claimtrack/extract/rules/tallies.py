"""Vote tallies: "the Senate voted 52-48 to confirm", "passed by a vote of 218 to 214", "the court
ruled 6-3". Each side of the tally is a figure of its own: the votes for and the votes against.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.guards import earlier_day_figure
from claimtrack.extract.incident_words import chamber
from claimtrack.extract.model import Found, Rule, examples, negatives
from claimtrack.extract.outlooks import past_year

# a verb of voting, a few words, then two numbers joined by a dash or "to" (not a share, a time or an age)
_TALLY = re.compile(
    r"\b(?P<verb>voted|votes|vote|passed|approved|adopted|rejected|defeated|confirmed|cleared|backed|ruled"
    r"|overturned|upheld|blocked)\s+(?:(?:by\s+)?(?:a\s+)?(?:vote|margin|tally)\s+of\s+|by\s+|the\s+[\w'’-]+\s+"
    r"|it\s+|him\s+|her\s+|them\s+){0,2}(?P<first>\d{1,4})\s*(?:-|–|to)\s*(?P<second>\d{1,4})\b"
    r"(?!\s*(?:%|percent|per\s+cent|years?|months?|weeks?|days?|hours?|[ap]\.?m\b))",
    re.IGNORECASE)
# the tally said with its own words, wherever the verb is: "survived the vote by 211 votes to 148", "cleared
# the House on a 218-214 vote"
# the bill passed ... "by a vote of 69 to 30", "..., 69 votes to 30", "with 69 votes to 30"
_TALLY_WORDED = re.compile(r"(?:\bby|\bwith|,)\s+(?P<first>\d{1,4})\s+votes?\s+to\s+(?P<second>\d{1,4})\b"
                           r"|\bon\s+an?\s+(?P<first2>\d{1,4})\s*[-–]\s*(?P<second2>\d{1,4})\s+vote\b"
                           r"|\bby\s+a\s+(?:vote|margin|tally)\s+of\s+(?P<first3>\d{1,4})\s*(?:-|–|to)\s*(?P<second3>\d{1,4})\b"
                           r"(?!\s*(?:%|percent|per\s+cent))"
                           # "the motion won 94 votes against 99": the votes for it, against those against
                           r"|\b(?:won|got|gained|received|secured|drew|garnered|mustered|obtained)\s+"
                           r"(?P<first4>\d{1,4})\s+votes?\s+against\s+(?P<second4>\d{1,4})\b(?!\s+(?:needed|required))",
                           re.IGNORECASE)
_WORDED_GROUPS = (("first", "second"), ("first2", "second2"), ("first3", "second3"), ("first4", "second4"))
_AGAINST_VERB = re.compile(r"\b(?:" + "|".join(sorted(lex.AGAINST_FIRST_VERBS)) + r")\b", re.IGNORECASE)
_PAIR = re.compile(r"\d\s*(?:-|–|to)\s*\d|\d\s+votes?\s+(?:to|against)\s+\d")
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
    read: set[int] = set()  # where the tallies read begin
    for m in _TALLY.finditer(text, max(0, first.start() - 120)) if first else ():
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or m.end() > sentence.end:
            continue
        read.add(m.start("first"))
        if ctx.says_when and earlier_day_figure(ctx, sentence, m):
            # "at its February 5 meeting, when the committee voted 7-2": that meeting's tally (one of a past year
            # is read, as that year's)
            continue
        against_first = m.group("verb").lower() in lex.AGAINST_FIRST_VERBS or _against(ctx, sentence, m)
        out.extend(_sides(ctx, sentence, m, m.start(), ("first", "second"), against_first))
    for m in _TALLY_WORDED.finditer(text, max(0, first.start() - 120)) if first else ():
        sentence = ctx.doc.sentence_at(m.start())
        groups = next(pair for pair in _WORDED_GROUPS if m.group(pair[0]))
        if sentence is None or m.end() > sentence.end or m.start(groups[0]) in read:
            continue
        if ctx.says_when and earlier_day_figure(ctx, sentence, m):
            continue
        against_first = _AGAINST_VERB.search(text, sentence.start, m.start()) is not None or _against(ctx, sentence, m)
        out.extend(_sides(ctx, sentence, m, m.start(), groups, against_first))
    return out


def _against(ctx, sentence, m: re.Match) -> bool:
    """Whether a tally's first number voted against the motion: "voted 187 to 152 against the motion", or a
    government that survived a motion against it ("survived a no-confidence vote by 187 votes to 152"; one that
    survived a confidence motion had the first number for it)."""
    if _AGAINST_AFTER.match(ctx.text, m.end(), sentence.end):
        return True
    return _SURVIVED_CENSURE.search(ctx.text, sentence.start, m.start()) is not None


_AGAINST_AFTER = re.compile(r"\s+(?:votes?\s+)?against\b", re.IGNORECASE)
_SURVIVED_CENSURE = re.compile(r"\bsurviv\w*\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?:no[\s-]confidence"
                               r"|censure|impeachment|recall)\b", re.IGNORECASE)


def _sides(ctx, sentence, m: re.Match, start: int, groups: tuple[str, str], against_first: bool) -> list:
    """The two sides of a tally as figures, under the body that voted (named before it, or "vote")."""
    body = _BODY_BEFORE.search(ctx.text, sentence.start, m.start(groups[0]))  # "passed the House by ..."
    subject = chamber(ctx.text, sentence.start, m.start(groups[0]), body)
    sides = (("votes-against", "votes-for") if against_first else ("votes-for", "votes-against"))
    # ("The last successful motion came in 2011, when the government was defeated by 157 votes to 138": that year's)
    year = past_year(ctx, sentence, m)
    return [(sentence, Found(start, m.end(group), f"{subject}.{side}" + (f".{year}" if year else ""), m.group(group),
                             m.start(group), "count", "tallies")) for group, side in zip(groups, sides)]


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
The government survived the confidence motion by 306 votes to 251.
    vote.votes-for | 306 | by 306
    vote.votes-against | 251 | by 306 votes to 251
The prime minister survived a no-confidence vote by 280 votes to 221.
    vote.votes-against | 280 | by 280
    vote.votes-for | 221 | by 280 votes to 221
Deputies voted 301 to 240 against the motion.
    vote.votes-against | 301 | voted 301
    vote.votes-for | 240 | voted 301 to 240
The measure cleared the Senate on a 61-38 vote.
    senate.votes-for | 61 | on a 61
    senate.votes-against | 38 | on a 61-38
Senators on Thursday approved the aid bill by a vote of 71 to 27.
    senate.vote.date | Thursday | on Thursday approved
    senate.votes-for | 71 | by a vote of 71
    senate.votes-against | 27 | by a vote of 71 to 27
"""),
            negatives=negatives("""
The home side won 3-1 on Saturday.
The museum is open 9-5 on weekdays.
Voters aged 18-24 backed the plan.
The team moved up to 12th on a 3-1 win.
"""))
