"""Places an article itself says are parts of a whole ("the northern region of Harvel", "the capital,
Istrava", "the town of Dresk", "Harvel City", "Kessa province"), and a share given for one of them; the
group or the part a rate is of ("the jobless rate for young people", "the provincial rate"); a part of
the country whose jobs are counted ("The province's factories lost 3,000 jobs").

A place named by its name alone may be the country the story is about ("In Ostrenia, Yes won 52%"),
so a share set in a place is a part's only where the article calls that place a part somewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extract import text as et

_NAME = rf"({et.CAP}[\w'’-]+(?:\s+{et.CAP}[\w'’-]+)?)"
_PART_KIND = (r"(?:region|province|district|county|governorate|prefecture|oblast|state|town|city|village"
              r"|municipality|commune|capital|suburb|borough)")
_CALLED_A_PART = re.compile(
    # "the northern region of Harvel", "the mining town of Dresk", "the province of Kessa"
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PART_KIND}\s+of\s+{_NAME}"
    # "Kessa province", "the Harvel region", "Harvel City"
    rf"|(?<![\w'’-]){_NAME}\s+(?-i:(?:[Rr]egion|[Pp]rovince|[Dd]istrict|[Cc]ounty|[Gg]overnorate|[Pp]refecture"
    rf"|[Oo]blast|City))\b"
    # "the capital, Istrava", "the capital Istrava", "Istrava, the capital"
    rf"|\b[Tt]he\s+capital,?\s+{_NAME}|{_NAME},\s+the\s+(?:country['’]s\s+)?capital\b"
    # "Tolvar, a farming province,"
    rf"|{_NAME},\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PART_KIND}\b")
# words a name caught above never is: "The Central Electoral Commission's region", "In Sunday's"
_NOT_NAMES = frozenset({"The", "This", "That", "In", "On", "At", "Its", "Their", "Each", "Every", "Both", "Central",
                        "National", "Federal", "State", "City", "Capital"})


@lru_cache(maxsize=8)  # asked for by every share of one article
def article_parts(text: str) -> frozenset[str]:
    """The names of the places ``text`` calls a region, a province, a town, a city or the capital."""
    names = set()
    for m in _CALLED_A_PART.finditer(text):
        name = next(group for group in m.groups() if group)
        words = name.split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if words:
            names.add(" ".join(words))
    return frozenset(names)


def share_part(ctx, sentence, match) -> str | None:
    """The part a share is of, as a place the article calls a part: opening its sentence or clause
    ("In Istrava, Yes took 57 percent"), as its clause's subject ("Harvel voted 61.4 percent No",
    "Voters across Harvel rejected it by 61.4 percent to 38.6 percent"), or right after it ("57
    percent in Istrava"); not a place someone spoke in ("said in Istrava that turnout was 58%")."""
    parts = article_parts(ctx.text)
    if not parts:
        return None
    text = ctx.text
    c_start, c_end = ctx.clause(sentence, match.start())
    names = "|".join(re.escape(name) for name in sorted(parts, key=len, reverse=True))
    found = set()
    for start in dict.fromkeys((c_start, sentence.start)):  # (the clause's own lead first)
        lead = _LEAD.match(text, start, match.start())
        if lead is not None and (place := re.match(rf"(?:{names})(?![\w'’-])", lead.group(1))):
            found.add(place.group(0))
            break
    after = _IN_PLACE_AFTER.match(text, match.end(), c_end)
    if after is not None and (place := re.match(rf"(?:{names})(?![\w'’-])", after.group(1))):
        found.add(place.group(0))
    if len(found) != 1:
        return None  # none, or two places: which one the share is of is not told here
    return et.slugify(found.pop())


# what opens a share's sentence or clause with a place: "In Harvel City itself,", "Harvel, in the north,
# rejected", "Voters across Harvel rejected", "while the capital Istrava backed it"
_LEAD = re.compile(rf"[,;]?\s*(?:(?:and|but|while|whereas)\s+)?(?:[Ii]n|[Aa]cross|[Tt]hroughout"
                   rf"|[Vv]oters\s+(?:in|across)|(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?:capital|city|town|region|province"
                   rf"|district)(?:\s+of|,)?|)\s*{_NAME}"
                   r"(?:\s+(?:itself|alone|City))?\s*(?:,|\s+(?:voted|backed|rejected|approved|gave|chose|went|swung"
                   r"|returned|had|was|opted|favou?red|said\s+(?:yes|no)))")
# "57 percent in Istrava", "61.4 percent across Harvel"
_IN_PLACE_AFTER = re.compile(rf"\s+(?:of\s+the\s+vote\s+)?(?:in|across|throughout)\s+{_NAME}")


# how a rate is told: "rose to", "was", "stood at"
RATE_MOVED = (r"(?:(?:has|have|had)\s+)?(?:rose|risen|fell|fallen|climbed|jumped|dropped|was|is|were|stood|reached|hit"
              r"|held|edged|increased|decreased|eased|remained|stayed)\b[^.;]*$")
# a group a rate is of, after it: "the jobless rate for 16- to 24-year-olds jumped to 11.2%" (a group of people,
# not a month's)
_RATE_FOR_GROUP_BEFORE = re.compile(
    r"\brate\s+for\s+(\d+-?\s+to\s+\d+-year-olds|(?:(?:young|older|black|white|hispanic|female|male|disabled"
    r"|foreign-born|native-born|migrant)\s+)?(?:people|youths?|women|men|workers|adults|graduates|teenagers|teens"
    r"|immigrants|veterans))\s+" + RATE_MOVED, re.IGNORECASE)
# a part named by what it is, as an adjective: "the provincial jobless rate was 5.9%", "the regional figure"
_PART_ADJECTIVE_BEFORE = re.compile(r"\b(provincial|regional|municipal|district)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:rate|figure|average|level|total)\s+" + RATE_MOVED, re.IGNORECASE)
_PART_OF_ADJECTIVE = {"provincial": "province", "regional": "region", "municipal": "city", "district": "district"}


def rate_part(text: str, start: int, pos: int) -> str | None:
    """The part a rate told from ``start`` to its figure at ``pos`` is of: a group of people after the rate
    ("the jobless rate for young people jumped to 14.5%"), a part named as an adjective ("the provincial
    jobless rate was 5.9%")."""
    group = _RATE_FOR_GROUP_BEFORE.search(text, start, pos)
    if group is not None:
        return et.slugify(group.group(1))
    adjective = _PART_ADJECTIVE_BEFORE.search(text, start, pos)
    return None if adjective is None else _PART_OF_ADJECTIVE[adjective.group(1).lower()]


# a part of the country as a clause's subject: "The province's factories", "The Eastern Province added"
_PART_OWNER = re.compile(r"\b[Tt]he\s+(province|region|state|district|county)['’]s\b"
                         r"|\b(?:[Tt]he\s+)?((?:[A-Z][\w-]+\s+){1,2})(Province|Region|District|County)\b")


def country_part(text: str, start: int, pos: int) -> str | None:
    """The part of the country named as the subject of a count from ``start`` to ``pos``, as a slug."""
    part = _PART_OWNER.search(text, start, pos)
    if part is None:
        return None
    return et.slugify(part.group(1) or part.group(2).strip() + " " + part.group(3))


# a hospital that took in those counted, before them in their sentence: "At Mesra Central Hospital, ... the
# hospital had received nine bodies", "The Nuran District Hospital said it had received 22 of the dead"
_HOSPITAL_RECEIVED = re.compile(
    rf"(?:\b[Aa]t\s+(?:the\s+)?(?P<at>(?:{et.CAP}[\w'’-]+\s+){{0,3}})[Hh]ospital\b[^.;]{{0,120}}?"
    rf"|\b(?P<own>(?:{et.CAP}[\w'’-]+\s+){{0,3}})[Hh]ospital\b[^.;]{{0,40}}?|\b[Hh]ospital\b[^.;]{{0,40}}?)"
    r"\b(?:received|admitted|treated|took\s+in|taken\s+in)\s+[^.;]{0,40}$")


def hospital_count(ctx, pos: int, named: bool = False) -> str | None:
    """The hospital whose count the figure at ``pos`` is, as a key's part: its name ("mesra-central-hospital"),
    else "hospital" (None for one not named, where ``named``)."""
    sentence = ctx.doc.sentence_at(pos)
    if sentence is None:
        return None
    found = _HOSPITAL_RECEIVED.search(ctx.text, sentence.start, pos)
    if found is None:
        return None
    name = [w for w in (found.group("at") or found.group("own") or "").split() if w not in ("The", "At")]
    return et.slugify(" ".join(name + ["hospital"])) if name else None if named else "hospital"
