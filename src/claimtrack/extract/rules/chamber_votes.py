"""A vote of a chamber told by counts of its members and the side they took ("48 senators voted
against", "the motion was backed by 162 deputies", "126 votes in favour, 98 against and nine
abstentions"), and seats or votes listed party by party with the noun left out ("Labour won 71
seats, the Tories 52"). Read from the count rule (rules.counts), which finds the figure first.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.incident_words import chamber
from claimtrack.extract.model import Found, Prior, value_words

# a name right before a bare figure in a list that goes on from a counted one: ", the Social Democrats 52 and"
# (or with the verb again: ", the Liberals won 52 and the Green Left won 23")
_LISTED_OWNER = re.compile(r"(?:,|\band)\s+(?:the\s+)?((?-i:[A-Z][\w'’\-]*)(?:\s+(?-i:[A-Z][\w'’\-]*)){0,3})\s+"
                           r"(?:(?:won|took|secured|got|gained|claimed|captured|has|had|have|with)\s+)?$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|;|\.|$|\s+and\b|\s+while\b)")
# members of a chamber, and the side of a vote they took, said after them or before
# (and "deputies", police as often: only where they take a side of a vote)
_LEGISLATORS = frozenset(word for word, kind in lex.PEOPLE_CATEGORIES.items() if kind == "legislators") | {"deputies"}
_SIDE_TAKEN = re.compile(r"\s+(?:present\s+)?(?:(?:have|had|has)\s+)?(?:backing|backed|supporting|supported"
                         r"|(?:voting|voted)\s+(?:for|yes|in\s+favou?r"
                         r"|to\s+(?:convict|impeach|remove|approve|pass|adopt|censure|dismiss))"
                         r"|(?P<against>(?:voting|voted)\s+(?:against|no|to\s+(?:acquit|reject|block))|opposing"
                         r"|opposed))\b"
                         # (backing a person is backing them against the motion, not the motion: left unread)
                         r"(?!\s+(?:her|him|them|the\s+(?:government|prime\s+minister|president|chancellor|premier"
                         r"|cabinet|coalition))\b)", re.IGNORECASE)
_BACKED_BY = re.compile(r"\b(?:backed|supported|approved)\s+by\s+$", re.IGNORECASE)


def chamber_side(ctx, sentence, m: re.Match, raw: str, noun_word, noun_end: int, before_text: str,
                  c_end: int) -> Found | None:
    """Members of a chamber who took a side of its vote: "with only 162 deputies backing it", "the motion was
    backed by 162 deputies", "48 senators voted against"."""
    if noun_word not in _LEGISLATORS:
        return None
    side = _SIDE_TAKEN.match(ctx.text, noun_end, c_end)
    if side is None and not _BACKED_BY.search(before_text):
        return None
    role = "votes-against" if side is not None and side.group("against") else "votes-for"
    # ("eleven Liberal deputies voted against": one party's part of the side, not the chamber's whole)
    party = _PARTY_BEFORE_NOUN.match(ctx.text, m.end(), noun_end)
    body = lex.party_key(et.slugify(party.group(1))) if party is not None \
        else chamber(ctx.text, sentence.start, sentence.end)
    return Found(m.start(), side.end() if side is not None else noun_end, f"{body}.{role}", value_words(raw),
                 m.start(), "count", "counts")


_PARTY_BEFORE_NOUN = re.compile(r"\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?=\w+\s*$)")
# a side of a chamber's vote said after its count: "126 votes in favour, 98 against and nine abstentions"
# ("162 deputies supporting it and 121 opposed": the side said by a verb alone)
_VOTE_SIDE_AFTER = re.compile(r"\s+(?:(?:votes?|lawmakers|legislators|deputies|MPs|members|senators)\s+)?"
                              r"(?:(?:voting|voted)\s+)?(?:(?P<for>in\s+"
                              r"favou?r|(?<=votes\s)for\b"
                              r"|(?<=voted\s)to\s+(?:convict|impeach|remove|approve|pass|adopt))"
                              r"|(?P<against>against(?!\s+\d)|opposed|opposing|(?<=voted\s)to\s+(?:acquit|reject))\b"
                              r"|(?P<abstained>abstentions?|abstained|abstaining)\b)", re.IGNORECASE)
# the other side of a vote just told: "164 deputies had voted in favour and 121 against"
_SIDE_JUST_TAKEN = re.compile(r"\b(?:voted|voting)\s+(?:in\s+favou?r|for|against)(?:\s+it)?\s*(?:,|and|,\s+and)\s+$",
                              re.IGNORECASE)


def vote_side(ctx, sentence, m: re.Match, raw: str) -> Found | None:
    """A count of a chamber's vote with its side after it, in a sentence on a vote of a chamber."""
    side = _VOTE_SIDE_AFTER.match(ctx.text, m.end(), sentence.end)
    if side is None or not (ctx.legislative(sentence) or ctx.legislative()
                            or _SIDE_JUST_TAKEN.search(ctx.text, max(sentence.start, m.start() - 40), m.start())):
        return None
    role = "votes-for" if side.group("for") else "votes-against" if side.group("against") else "abstentions"
    return Found(m.start(), side.end(), f"{chamber(ctx.text, sentence.start, sentence.end)}.{role}", value_words(raw),
                 m.start(), "count", "counts")




def listed_owner(ctx, sentence, m: re.Match, raw: str, before_text: str, prior: Prior) -> Found | None:
    """A bare figure in a list that goes on from a count of seats or votes, its noun left out: "Labour
    won 71 seats, the Tories 52 and the Greens 28" (each named owner's)."""
    listed = _LISTED_OWNER.search(before_text)
    if listed is None or not _LIST_GOES_ON.match(ctx.text, m.end()):
        return None
    previous = prior.thing_in(sentence.index)
    if previous is None or previous[0] not in ("seats", "votes"):
        return None
    owner = et.slugify(listed.group(1))
    return Found(m.start() - len(before_text) + listed.start(1), m.end(),
                 f"{lex.party_key(owner)}.{previous[0]}", value_words(raw), m.start(), "count", "things")
