"""What is not a figure though it reads as one: a year, an age ("A man, 34,"), an address or
route number, a score, a family's size ("a mother of two"), part of a name ("Air Force One"),
the whole of a part ("12 of the 40"), and the figures of an earlier event a report compares with.
"""

from __future__ import annotations

import re
from datetime import timedelta

from claimtrack.extract import lexicon as lex
from claimtrack.extract.model import normalize
from claimtrack.extract.patterns import MONTH, PEOPLE_NOUNS, WORD_NUMBER, YEAR, alternation


YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# digits grouped by spaces, as some copy writes thousands ("1 200 voters"): the finder reads "1" and "200"
SPACE_GROUP_AFTER = re.compile(r"[ \u00a0]\d{3}(?![\d,.])")
SPACE_GROUP_BEFORE = re.compile(r"(?<![\w,.])\d{1,3}[ \u00a0]$")
OF_AFTER = re.compile(r"\s+of\b")
NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:[:.]\d|a\.?m\b|p\.?m\b|-year|-month|-week|-day|-point|-member|-strong|st\b|nd\b|rd\b|th\b"
    r"|%|/|-|–|\)|\s*(?:percent|per\s+cent|years?\s+old|(?:more\s+|other\s+|separate\s+)?times|o['’]\s?clock)\b)",
    re.IGNORECASE)  # ("at around one o'clock": a time)
_NAMED_AS_BEFORE = re.compile(r"\b(?:identified|named|described)\s+(?:[\w'’-]+\s+){0,4}?as\s+(?:the\s+)?$",
                              re.IGNORECASE)
_NAMED_CURRENCY_AFTER = re.compile(rf"\s+(?-i:[A-Z][a-z]+)\s+(?:{alternation(lex.CURRENCY_NAMES)})\b", re.IGNORECASE)
NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:No\.|number|Article|Resolution|Flight|Route|Highway|Interstate|Freeway|Motorway|page|chapter|section|room"
    r"|aged|age|ages"
    r"|score|scored|won|lost|beat|drew)\s*$"
    # "children under the age of 16", "people over the age of 65": an age
    r"|\b(?:age|ages)\s+of\s+$"
    # the rest of a list of ages: "ages 15, 17, and 18"
    r"|\b(?:aged|ages)\s+(?:\d{1,3}\s*,?\s*(?:and\s+|to\s+)?)+$"
    # "killing all but two on board": the ones left out of a whole, counted by no one
    r"|\ball\s+but\s+$"
    # "a mother of two", "the city of about 87,000 people": children had, people living there
    r"|\b(?:mother|father|parent|mom|dad|grandmother|grandfather)\s+of\s+$"
    r"|\b(?:city|town|village|county|community|country|nation|state|region|district|island|suburb|borough)"
    r"\s+of\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|more\s+than\s+|over\s+|almost\s+)?$",
    re.IGNORECASE)
SCORE_VERB_BEFORE = re.compile(r"\b(?:won|lost|scored)\s*$", re.IGNORECASE)
# an age set off after a person: "A man, 34, of Tallahassee", "Jane Roe, 19, was", "the victim (22)"
AGE_BEFORE = re.compile(r"(?:\b(?:man|men|woman|women|boys?|girls?|teens?|teenagers?|victims?|persons?|drivers?"
                         r"|suspects?|gunman|shooter|sons?|daughters?|mother|father|wife|husband|brothers?|sisters?"
                         r"|friends?|residents?|officers?)|[A-Z][a-z'’\-]+)\s*(?:,\s*|\(\s*)$")
AGE_AFTER = re.compile(r"\s*(?:,|\)|and\s+\d{1,2}\s*,)")
PARTITIVE = re.compile(r"\s+of\s+(?:the|whom|them|those|these|its|their)\b", re.IGNORECASE)
VAGUE_PLURAL = re.compile(r"(?:tens|hundreds|dozens|scores|thousands|millions)", re.IGNORECASE)
# "183 of the 276 seats", "shot down 25 of the 31 missiles": the things are what is counted
OF_THE_THINGS = re.compile(rf"\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+)?(?:(?:[\d,]+|{WORD_NUMBER})\s+)?"
                           rf"(?:{alternation(lex.THINGS)})\b", re.IGNORECASE)  # (and "of the train's eight carriages")
# "12 of the 40 passengers were injured": the 12 are counted as the 40 would be ...
# (or of the escaped, the prisoners, as a breakout's counts are given: "21 of the escapees have been recaptured")
OF_THE_NUMBERED = re.compile(rf"\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+)?(?:(?:[\d,]+|{WORD_NUMBER})\s+"
                             rf"(?:{alternation(PEOPLE_NOUNS)})\b|(?:escapees|escaped\s+(?:prisoners|inmates)|inmates"
                             rf"|prisoners)\s+(?:who\s+|have\s+|had\s+|were\s+|are\s+)*(?:been\s+)?"
                             rf"(?:recaptured|rearrested|re-arrested|caught|back\s+in\s+custody|at\s+large)\b)",
                             re.IGNORECASE)
# ... and the 40 are the whole, of which nothing is said
WHOLE_OF_PARTITIVE = re.compile(rf"(?:\b\d[\d,]*|\b{WORD_NUMBER}|\b(?:none|no\s+one|some|most|many|several|few|half"
                                rf"|dozens|hundreds|thousands|each|either|neither))\s+of\s+(?:the|its|their)\s+"
                                rf"(?:[\w\-]+['’]s\s+)?$",
                                re.IGNORECASE)
# ... and a group's size after a part of it: "three members of a group of five friends", "two of a party of 12 hikers"
_GROUP_OF_PART_BEFORE = re.compile(rf"(?:\b\d[\d,]*|\b{WORD_NUMBER})\s+(?:(?:members|people|men|women)\s+)?of\s+"
                                   r"(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+)?(?:group|party|team|band|class|crew"
                                   r"|family|convoy|delegation)\s+of\s+$", re.IGNORECASE)
# ... said bare, with a verb that is the part's: "four of six missiles were intercepted" (while in "one of five
# people shot" the five were shot)
BARE_WHOLE_BEFORE = re.compile(rf"(?:\b\d[\d,]*|\b{WORD_NUMBER})\s+of\s+$", re.IGNORECASE)
PART_VERB_AFTER = re.compile(r"\s+(?:(?!(?:who|that|which)\b)[\w\-]+\s+){1,2}?(?:were|was|are|is|have|has|had)\b",
                             re.IGNORECASE)
# a whole said to be aboard: "killing 62 of the 71 people on board"
_WHOLE_ABOARD = re.compile(rf"\s+(?:(?:{alternation(PEOPLE_NOUNS)})\s+)?(?:on\s+board|aboard)\b", re.IGNORECASE)
# ... or the weapons fired, of which a part was downed: "shot down 128 of the 145 drones launched overnight"
_WHOLE_FIRED = re.compile(r"\s+(?:(?:ballistic|cruise|attack|kamikaze|guided)\s+)?(?:drones|missiles|rockets|shells)"
                          r"\s+(?:launched|fired)\b(?!\s+(?:were|was|have|had)\b)", re.IGNORECASE)
# "115 of its soldiers", "30 of their own fighters": a side's forces or captives, counted, no part of a whole told
OF_ITS_PEOPLE = re.compile(r"\s+of\s+(?:its|their|our)\s+(?:own\s+)?(?:soldiers|troops|servicemen|fighters|police"
                           r"|officers|prisoners)\b", re.IGNORECASE)
OF_THE = re.compile(rf"\s+of\s+(?:the|its|their)\s+(?:[\w\-]+['’]s\s+(?=[\d,]|{WORD_NUMBER}))?"
                    rf"(?:[\d,]+|{WORD_NUMBER}(?=\s))?",
                    re.IGNORECASE)  # as case-blind as OF_THE_THINGS
# a figure of the event another is compared with: "the deadliest since 2017, when 64 people died",
# "higher than in 2019, when 40% voted"
_WHEN_DATE = (rf"(?:{MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{YEAR})?"
              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})(?:,?\s+{YEAR})?|{YEAR}")
# (or a month alone, or a day: "since October, when", "since January 18, when", "larger than the attack of 18
# January, when"; not "after the attack on March 3, when 12 died", which may be the story's own)
PAST_EVENT_WHEN = re.compile(rf"\b(?:since|(?:than|as|before|time)\s+in|(?:since|than)\s+the\s+"
                             rf"(?:[\w-]+\s+){{1,2}}?of)\s+(?:{_WHEN_DATE})\s*,?\s+when\b[^,.;:]{{0,60}}$",
                             re.IGNORECASE)
# ... and a past year's, told with "when": "it last erupted in 2010, when 353 people were killed"
PAST_YEAR_WHEN = re.compile(rf"\b(?:in|of)\s+(?:(?:{MONTH})\s+)?(?P<year>{YEAR})\s*,?\s+when\b[^,.;:]{{0,60}}$",
                            re.IGNORECASE)

# a gunshot, not people shot: "fired one shot", "one more shot", "one shot struck the wall"
_FIRED_BEFORE = re.compile(r"\b(?:fired|fires|fire|firing|heard|hear|hears|let\s+off|got\s+off|squeezed\s+off)"
                           r"\s+(?:at\s+least\s+|only\s+|just\s+)?$", re.IGNORECASE)
_A_SHOT_AFTER = re.compile(r"\s+(?:more|single|final|last|warning|fatal)\s+shot\b"
                           r"|\s+shot\s+(?:rang|rings|ring|echoed|traveled|travelled|struck|strikes|hit|hits|pierced"
                           r"|entered|grazed|missed|went|came|was\s+fired|were\s+fired)\b", re.IGNORECASE)
_SHOT_AFTER = re.compile(r"\s+shot\b", re.IGNORECASE)

NAME_WORD_BEFORE = re.compile(r"[a-z.,;:!?\"”)]\s+[A-Z][\w'’-]*\s+$|^\s*[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+$")
def _shouted(core: str, before: str) -> bool:
    """A number in a line written in capitals ("SHOOTING LEAVES ONE DEAD"): capitals name no one there."""
    words = before.split()
    return len(core) > 1 and core.isupper() and bool(words) and len(words[-1]) > 1 and words[-1].isupper()


FAMILY_BEFORE = re.compile(r"\b(?:had|has|have|having|with|raising|raised|leaves|left\s+behind|survived\s+by"
                            r"|adopted|fostered)\s+$", re.IGNORECASE)


# a crowd drawn, no draw: "the rally drew 48,000 people"
_DREW_BEFORE = re.compile(r"\bdrew\s*$", re.IGNORECASE)
_CROWD_AFTER = re.compile(rf"\s+(?:more\s+than\s+)?(?:{alternation(lex.CROWD_NOUNS)})\b", re.IGNORECASE)


# the words that make "one" a pronoun, standing for a thing named before: "this one", "the last one"
_THE_ONE = ("last", "latest", "first", "new", "next", "previous", "only", "same", "worst", "deadliest", "biggest",
            "largest", "other")
_ONE_AS_PRONOUN_BEFORE = re.compile(rf"\b(?:this|each|every|another|the\s+(?:{'|'.join(_THE_ONE)}))\s+$", re.I)
# a rate: so many per so many people
_PER_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?per\s+(?:\d[\d,]*|one|a|ten|a\s+hundred|a\s+thousand|hundred|thousand"
                        r"|million|capita|head)\b", re.IGNORECASE)
_SUPPLIES_FOR_BEFORE = re.compile(r"\b(?:food|supplies|aid|rations|water|medicine|medicines|shelter|tents|vaccines?"
                                  r"|doses)\b[^.;:]{0,30}\bfor\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+|around\s+"
                                  r"|more\s+than\s+)?$", re.IGNORECASE)


def not_a_count(ctx, m, core: str, before: str, after: str) -> str | None:
    """Why the number ``m`` (``core`` without its qualifier) counts nothing, if it does not:
    ``before`` and ``after`` are the 90 characters of its sentence either side."""
    if YEAR_LIKE.fullmatch(core):
        return "a year"
    raw = m.group(0)
    if core.isdigit() and ((raw[-1:].isdigit() and SPACE_GROUP_AFTER.match(after))
                           or (raw[:1].isdigit() and SPACE_GROUP_BEFORE.search(before))):
        return "a part of a figure written with spaces between its digit groups ('1 200'): left unread"
    if before[-1:] == ":" and before[-2:-1].isdigit() and raw[:1].isdigit():
        return "the minutes of a clock or a running time ('1:03')"
    if core.lower() in ("one", "a dozen") and OF_AFTER.match(ctx.after(m.end(), 5)):
        return "one of a number"  # "one of the victims"
    if before.rstrip()[-4:].lower() in (" per", "per") or _PER_AFTER.match(after):
        return "a rate: so many per so many people"  # "19.3 deaths per 100,000 people": neither is a count
    if "for " in before[-25:].lower() and _SUPPLIES_FOR_BEFORE.search(before):
        return "those supplies are meant for"  # "carried enough food for 60,000 people": no one aboard, no one fed yet
    if core.lower() == "one" and _ONE_AS_PRONOUN_BEFORE.search(before):
        return "'one' as a pronoun"  # "This one has killed 38 people", "the latest one": no count of one
    if core.lower() == "one" and before.lower().endswith(("as ", "as a ")) and _AS_ONE_AFTER.match(after):
        # "voted as one against the motion": all of them, no count of one (not "as one person was shot")
        return "'as one': together"
    if NOT_A_COUNT_AFTER.match(after):
        return "a time, an age, a share, an ordinal or a part of another figure"
    if _NAMED_AS_BEFORE.search(before):
        return "who the people named are ('identified as two brothers'), no count of the story's"
    if _NAMED_CURRENCY_AFTER.match(after):
        return "a sum in a currency named by its country ('40 million Kerevan dollars'): the reader keeps it as text"
    if NOT_A_COUNT_BEFORE.search(before) and not SCORE_VERB_BEFORE.search(before) \
            and not (_DREW_BEFORE.search(before) and _CROWD_AFTER.match(after)):
        return "a number, an age, a score or a family's size"  # "Flight 17", "aged 34", "a mother of two"
    if core.isdigit() and len(core) <= 3 and AGE_BEFORE.search(before) and AGE_AFTER.match(after):
        return "an age"  # "A man, 34, of ..."
    if core[:1].isupper() and core.isalpha() and not ctx.headline and not _shouted(core, before) \
            and NAME_WORD_BEFORE.search(before):
        return "part of a name"  # "Regional One", "Air Force One"
    if _SHARE_OF_BEFORE.search(before):
        return "the whole a share is of"  # "68 percent of the country's 640,000 public employees"
    if (WHOLE_OF_PARTITIVE.search(before) or _GROUP_OF_PART_BEFORE.search(before) or (
            BARE_WHOLE_BEFORE.search(before) and (PART_VERB_AFTER.match(after) or _PART_DEED_AFTER.match(after)))) \
            and not _WHOLE_ABOARD.match(after) and not _WHOLE_FIRED.match(after):
        # the 40 of "12 of the 40 passengers"; but "62 of the 71 people on board": the 71 were aboard
        return "the whole of a part"
    if _A_SHOT_AFTER.match(after) or (_FIRED_BEFORE.search(before) and _SHOT_AFTER.match(after)):
        return "shots fired"  # "fired one shot", "one shot struck the wall": no one counted
    if _GUESSED_BEFORE.search(before):
        return "a guess, said as one"  # "may have killed hundreds": what someone thinks possible, no count made
    return None


_SHARE_OF_BEFORE = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                              r"(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)
# what befell the part, as the clause's own verb right after the whole's noun: "2,140 of 5,600 schools shut on
# Thursday" (the 5,600 are all the schools)
_PART_DEED_AFTER = re.compile(r"\s+[a-z][\w-]*\s+(?:shut|closed|stayed\s+(?:shut|closed)|destroyed|damaged|flooded"
                              r"|cancelled|canceled|collapsed|reopened)\s*(?:[,.;]|$|(?:on|in|at|across|by|during)\b)",
                              re.IGNORECASE)
_AS_ONE_AFTER = re.compile(r"\s*(?:[,.;]|$)|\s+(?:against|for|behind|with|to|in|on|and|when)\b", re.IGNORECASE)
# a verb said as a possibility, right before the figure: "may have killed", "could have displaced"
_GUESSED_BEFORE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?have\s+(?:[a-z]+ed|killed|left|forced|displaced"
                             r"|hit|cost)\s+(?:as\s+many\s+as\s+|up\s+to\s+|some\s+|about\s+)?$", re.IGNORECASE)


def earlier_event_figure(ctx, sentence, match) -> bool:
    """A figure of an earlier event a report compares with: "the deadliest since 2017, when 64
    people died", "higher than in 2019, when 40% voted", "it last erupted in 2010, when 353 died";
    or told of a day well before the report's: "at its February 5 meeting, when the committee voted
    7-2", "on January 18, when 96 missiles were fired", in a story of March."""
    if not ctx.says_when:
        return False
    if ctx.search_before(PAST_EVENT_WHEN, match.start(), 90, sentence.start) is not None:
        return True
    past = ctx.search_before(PAST_YEAR_WHEN, match.start(), 90, sentence.start)
    if past is not None:
        return ctx.published is not None and int(past.group("year")) < ctx.published.year
    return earlier_day_figure(ctx, sentence, match)


def earlier_day_figure(ctx, sentence, match) -> bool:
    """A figure told of a day well before the report's, named by its date (see :func:`earlier_event_figure`)."""
    dated = ctx.search_before(_DAY_WHEN, match.start(), 90, sentence.start) if ctx.published is not None else None
    if dated is None:
        return False
    day = normalize(dated.group("date"), ctx.published, "date")
    # (a meeting is told of by its date the day after; anything else, in the days after)
    days = 3 if dated.group("meeting") else 14
    return bool(day.resolved and day.end and day.end < (ctx.published - timedelta(days=days)).isoformat())


# a day named with its date, and what was told of it: "at its February 5 meeting, when", "on 18 January, when"
_DAY_WHEN = re.compile(rf"\b(?:(?:at|in|during)\s+(?:its|the|their|a)\s+(?P<mdate>)|on\s+)"
                       rf"(?P<date>(?:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{YEAR})?"
                       rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})(?:,?\s+{YEAR})?)"
                       r"(?P<meeting>(?(mdate)\s+(?:policy\s+|board\s+|rate\s+)?(?:meeting|session|sitting|vote)))"
                       r"\s*,?\s+when\b[^,.;:]{0,60}$", re.IGNORECASE)
