"""What happened to the people a count counts, as its words say: "12 people were killed",
"killing 12", "the death toll rose to 12", "two dead", "12 were among the injured", "carrying 40
passengers", "forced 3,000 people to flee"; with where those words begin and end.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract.context import APPOSITION
from claimtrack.extract.model import Prior
from claimtrack.extract.patterns import KILLING_DEEDS, WORD_NUMBER, any_of


# what "joined" is said of when it is no crowd gathering: "joined the labor force", "joined the army"
_JOINED_OTHER = re.compile(
    # joining others in a stand, no crowd: "Nineteen Republicans joined all 50 Democrats in backing the bill"
    r"(?=[^.;]{0,60}?\s+in\s+(?:backing|supporting|voting|opposing|calling|signing|condemning|rejecting|approving"
    r"|endorsing)\b)"
    r"|\s+(?:the|a|an|its|their|his|her|this|that)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:protests?|march(?:es)?|rall(?:y|ies)"
    r"|demonstrations?|strikes?|walkouts?|crowds?|vigils?|processions?|parades?|celebrations?|sit-ins?|pickets?"
    r"|occupations?|boycotts?|marchers|protesters|demonstrators|movement|gathering|funeral|service|mass|prayers?"
    r"|festivities|festival|event|race|marathon|campaign)\b)", re.IGNORECASE)
_OUT_AFTER = re.compile(r"\s+out\b")
_DATA_OF_BEFORE = re.compile(r"\b(?:data|records|details|information|accounts)\s+(?:of|on|belonging\s+to|for)\s+"
                             r"(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|roughly|around)\s+)?$",
                             re.IGNORECASE)
_AFTER_WHO = re.compile(r"\b(?:who|that|which)$", re.IGNORECASE)
# (a figure's own bound, "about 200", is in its value, never before it)
# freed in return, in a swap: "released four hostages in exchange for 200 prisoners"
_IN_RETURN_FOR = re.compile(r"\bin\s+(?:exchange|return)\s+for\s+(?:the\s+(?:release\s+of\s+)?)?$", re.IGNORECASE)
_SURVIVED_VOTE = re.compile(r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:vote|votes|motion|ballot"
                            r"|challenge|confidence|impeachment|recall|election|primary|leadership)\b", re.IGNORECASE)
_LIVES_LOST = re.compile(r"\s+(?:were|have\s+been|had\s+been|was)\s+(?:\w+\s+)?lost\b", re.IGNORECASE)
# ... and what took them: "the quake took 200 lives", "a war that has cost 41 lives"
_LIVES_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|taking|cost|costing)\s+$", re.IGNORECASE)
_TO_HOSPITAL = re.compile(r"\s+(?:\w+\s+)?(?:to|in)\s+(?:the\s+|a\s+)?(?:local\s+|nearby\s+|area\s+)?hospitals?\b",
                          re.IGNORECASE)
_CROWD = re.compile(r"\b(?:crowds?|attendance)\b", re.IGNORECASE)
# a figure a source gives, and nothing after it in its part of the sentence
_SAID_JUST_BEFORE = re.compile(r"\b(?:said|says|say|estimated|counted|reported)\s+(?:it\s+was\s+)?$", re.IGNORECASE)
# a bare figure credited right after it, in a list of the bodies' figures: ": 18,000 by the police count, 60,000
# according to the organisers" (not "seized 300, according to the statement": a verb's object)
_LISTED_BEFORE = re.compile(r"(?:[,:;]|\band|\bwhile)\s*$", re.IGNORECASE)
_COUNTED_BY_AFTER = re.compile(r"\s*(?:,\s*)?(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                               r"(?:count|estimates?|tally|figures?)|according\s+to)\b", re.IGNORECASE)
_PART_END = re.compile(r"\s*(?:[.;!?\"”]|,\s+(?:while|whereas|but)\b|$)", re.IGNORECASE)
# a relative clause that says what happened to the people counted: "two people who were killed ..."
# ("two people who died", "16 prisoners who escaped": what befell them, said right after "who"; not what
# they did: "two men who shot", "suspects who fled")
_RELATIVE_AFTER = re.compile(r"\s+(?:who|that)\s+(?:(?:were|was|had|have|has)\b|(?=(?:died|perished|drowned|survived"
                             r"|escaped|broke\s+out|lost\s+their\s+lives)\b))", re.IGNORECASE)
_SENT_BEFORE = re.compile(r"\b(?:sent|sending|taken|rushed|admitted|brought|flown)\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)
_HOSPITALS = re.compile(r"hospitals?", re.IGNORECASE)  # as case-blind as _TO_HOSPITAL, which found it
_AMONG_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(dead|killed|injured|wounded"
                          r"|victims|missing|casualties|fatalities|arrested|detained)\b", re.IGNORECASE)
_ABOARD_WORD = re.compile(r"\s+(?:on\s+board|aboard)\b", re.IGNORECASE)
_IN_HOSPITAL = re.compile(r"\b(?:in|to|taken\s+to|admitted\s+to)\s+hospital", re.IGNORECASE)
# asked to leave, as the count after it is: "ordered 120,000 residents to evacuate"
_ORDERED_BEFORE = re.compile(r"\b(?:ordered|ordering|orders|told|telling|urged|urging|asked|asking|advised|warned"
                             r"|called\s+on|instructed)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CAUSED_BEFORE = re.compile(r"\b(?:forced|forcing|forces|force|prompted|prompting|prompts|caused|causing|causes"
                            r"|drove|driving|drives|driven|compelled|compelling|sent|sending)\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
# words that may follow a figure and are no noun of it
_LINKS = frozenset({"on", "in", "to", "at", "of", "for", "from", "with", "and", "or", "when", "as", "before", "after",
                    "during", "while", "across", "over", "through", "into", "by", "near", "since", "the", "a", "an"})
# a plain noun right after a figure, none of the people counted ("48 counties", "12 tonnes")
_PLAIN_NOUN_AFTER = re.compile(r"\s+(?!(?:" + "|".join(sorted(_LINKS | {"people", "passengers", "crew", "aboard"}))
                               + r")\b)(?-i:[a-z]{3,})\b")
_OWN_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)
# a status word that names what a thing is for, before the thing counted: "120 evacuation centres",
# "two death threats", "three arrest warrants", "40 rescue boats"
_THING_HEADS = ("centre", "center", "shelter", "site", "camp", "order", "warrant", "threat", "team", "boat", "flight",
                "route", "zone", "point", "notice", "certificate", "record", "vehicle", "helicopter", "crew",
                "operation", "mission", "effort", "unit", "tent", "truck", "convoy", "ship", "plane", "drill", "plan",
                "alert", "warning", "report", "claim", "benefit", "payment", "bed", "ward", "room", "case")
_MODIFIED_THING = re.compile(r"\s+(?:(?!(?:" + "|".join(sorted(_LINKS)) + r")\b)[\w-]+\s+)?(?:"
                             + "|".join(f"{head}s?" for head in _THING_HEADS) + r"|facilities|facility|buses|bus)\b",
                             re.IGNORECASE)


SWAPPED = any_of(lex.SWAP_WORDS)


# whose murder: "convicted of the murder of 143 civilians" (not "attempted murder")
_DEED_OF_BEFORE = re.compile(rf"(?<!attempted\s)\b(?:{KILLING_DEEDS})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# statuses that say only where those counted were, which a verb right before the figure overrides
_WHERE_THEY_WERE = frozenset({"underground"})


def _identified(text: str, start: int, end: int) -> int | None:
    """Where "have been identified" right after ``start`` ends, if it says the dead's names are known; None
    where it names them ("were identified as two brothers") or is not there."""
    named = _IDENTIFIED_AFTER.match(text, start, end)
    return None if named is None or _AS_AFTER.match(text, named.end(), end) else named.end()


_AS_AFTER = re.compile(r"\s+(?:(?:by|through|from)\s+[\w\s'’-]{1,40}?\s+)?as\b", re.IGNORECASE)
_THINGS_TOLD_BEFORE = re.compile(r"\b(?:homes|houses|buildings|properties|structures|dwellings|businesses"
                                 r"|vehicles|cars)\b", re.IGNORECASE)
_STATUS_NOUN_AFTER = re.compile(r"\s+(survivors|casualties)\b", re.IGNORECASE)
_IDENTIFIED_AFTER = re.compile(r"\s+(?:have\s+|had\s+|has\s+)?(?:now\s+|so\s+far\s+)?(?:been|were|was)\s+"
                               r"(?:formally\s+)?identified\b", re.IGNORECASE)

def _status_just_before(ctx, pos: int, floor: int) -> tuple[str, int, int] | None:
    """The status a word right before ``pos`` names ("trapped 32 men"), with where it begins."""
    last = None
    for last in ctx.finditer_before(ctx.p["status"], pos, 30, floor):
        pass
    if last is None or ctx.text[last.end():pos].strip():
        return None
    status = lex.STATUS.get(" ".join(last.group(0).lower().split()))
    return (status, last.start(), pos) if status is not None and status not in _WHERE_THEY_WERE else None


# a status word as a group named after a preposition ("for the missing", "families of the dead")
# between an incident and "claimed", where the incident is what claimed them ("the shooting that claimed")
_CLAIMED_BY = re.compile(r"[\s,]*(?:(?:that|which|has|have|had|already|now|so\s+far)\s+)*", re.IGNORECASE)
_GROUP_WORDS = frozenset({"missing", "dead", "injured", "wounded", "displaced", "trapped", "detained", "abducted",
                          "kidnapped", "hospitalized", "hospitalised", "evacuated", "rescued"})
_GROUP_OBJECT_BEFORE = re.compile(r"\b(?:for|of|to|with|on|about)\s+the\s+$", re.IGNORECASE)


_BOUND_VERB_LEAD = re.compile(r"(?:(?:has|have|had|now)\s+)*(?:passed|topped|exceeded|surpassed|crossed|passes|tops"
                              r"|exceeds|surpasses)\b", re.IGNORECASE)
_TOLL_JUST_BEFORE = re.compile(r"\b(death\s+toll|toll|fatalities|casualt(?:y|ies)(?:\s+toll)?|injur(?:y|ies)\s+toll)"
                               r"(?:\s+(?:from|in|of)\s+(?:the\s+)?[\w\s'’-]{1,40}?)?\s+$", re.IGNORECASE)
_CASES_BEFORE = re.compile(r"\b(?:cases|infections)\b(?:\s+(?:of\s+)?[\w'’-]+){0,3}?\s+(?:(?:has|have|had)\s+)?"
                           r"(?:rose\s+to|risen\s+to|climbed\s+to|jumped\s+to|increased\s+to|grown\s+to|grew\s+to"
                           r"|reached|stood\s+at|stand\s+at|stands\s+at|now\s+stand\s+at|hit|totalled|totaled"
                           r"|number|numbered|passed|topped|exceeded)\s+$", re.IGNORECASE)
_CONFIRMED_JUST_BEFORE = re.compile(r"\b(?:confirmed|laboratory-confirmed|lab-confirmed)\s+(?:[\w-]+\s+)?$",
                                   re.IGNORECASE)
_NOUN_AFTER_TOLL = re.compile(r"\s+([a-z]+)\b")
_NAMED_COUNT = re.compile(r"(?:number|total|tally|count|estimate)\s+of\b", re.IGNORECASE)


_TREATED_AFTER_TOLL = re.compile(r"\s+(?:still\s+)?(?:being\s+treated|in\s+(?:the\s+)?hospitals?|hospitali[sz]ed)\b",
                                 re.IGNORECASE)
_STILL_IN_HOSPITAL = re.compile(r"[^,;.]{0,50}?\b(?:remain|remains|remained|are\s+still|were\s+still|is\s+still)\s+"
                                r"(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|being\s+treated)\b", re.IGNORECASE)
# what befell those a participle counts since ("trapped for five days"), the clause's own verb
_FREED_SINCE = re.compile(r"[^,;.]{0,50}?\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:rescued|freed|saved"
                          r"|brought\s+(?:out|up|to\s+the\s+surface|to\s+safety)|pulled\s+out"
                          r"|(?:lifted|hoisted)\s+(?:out|to\s+the\s+surface)|winched\s+(?:out|to\s+safety))\b",
                          re.IGNORECASE)


def status_of(ctx, sentence, m, noun_end, c_start, c_end, has_noun, prior: Prior, noun_word=None,
            part=False) -> tuple[str | None, int, int]:
    """What happened to the people counted. ``part``: the figure is part of a whole ("12 of the 40
    passengers"), so a bare participle after the whole ("trapped", "killed") is the whole's."""
    text = ctx.text
    lead = ctx.before(m.start(), 60, c_start)
    returned = _IN_RETURN_FOR.search(lead)
    if returned is not None and has_noun:  # "released four hostages in exchange for 200 prisoners": freed too
        return "released", m.start() - len(lead) + returned.start(), m.end()
    # (through a relative clause: "the number of people who have fled ... rose to 235,000")
    data = _DATA_OF_BEFORE.search(lead) if has_noun else None
    if data is not None:  # "stole the personal data of 9.4 million customers": those whose data was taken
        return "affected", m.start() - len(lead) + data.start(), m.end()
    deed = _DEED_OF_BEFORE.search(lead) if has_noun else None
    if deed is not None:  # they died
        return "deaths", m.start() - len(lead) + deed.start(), m.end()
    toll_text = ctx.before(m.start(), 120, sentence.start if _AFTER_WHO.search(ctx.text, max(sentence.start,
                                                                                            c_start - 6), c_start)
                           else c_start)
    toll = ctx.p["toll_before"].search(toll_text)
    if toll is None and _BOUND_VERB_LEAD.match(text, m.start()):
        # "the death toll has passed 100": the verb is the value's own bound ("has passed 100"), after the toll
        toll = _TOLL_JUST_BEFORE.search(toll_text)
    if toll is None and any(inc.kind == "outbreak" for inc in ctx.incidents):
        # "Suspected cases have risen to 2,305", "confirmed cases stood at 538": an outbreak's cases
        cases = _CASES_BEFORE.search(toll_text)
        if cases is not None:
            # ("confirmed cases rose to 538", beside suspected ones: another count)
            confirmed = _CONFIRMED_JUST_BEFORE.search(toll_text, 0, cases.start())
            return "confirmed-cases" if confirmed else "cases", m.start() - len(toll_text) + (
                confirmed or cases).start(), m.end()
    if toll is None and c_start > sentence.start:
        # "The number of people arrested after the protests rose to 162": a count's head before a clause of its own
        whole = ctx.before(m.start(), 120, sentence.start)
        toll = ctx.p["toll_before"].search(whole)
        if toll is not None and _NAMED_COUNT.match(toll.group(1)) \
                and not any(char.isdigit() for char in whole[toll.end(1):]):
            toll_text = whole
        else:
            toll = None
    while toll is not None:  # the toll word nearest the figure: "tracks casualties ..., put the death toll at 287"
        nearer = ctx.p["toll_before"].search(toll_text, toll.end(1))  # (past its words: not "toll" of "death toll")
        if nearer is None:
            break
        toll = nearer
    before_text = ctx.before(m.start(), 70, c_start)
    if toll and (head := _NOUN_AFTER_TOLL.match(toll_text, toll.end(1))) and head.group(1).lower() in lex.THINGS:
        return None, m.start(), m.end()  # "the number of evacuated villages to 16": places counted, no people
    if toll and toll.group(1).lower() == "toll" and _THINGS_TOLD_BEFORE.search(
            text, sentence.start, m.start() - len(toll_text) + toll.start(1)):
        # "48 homes have been destroyed, as the county-wide toll rose to 112": a toll of homes, no one's death
        return None, m.start(), m.end()
    if toll:
        word = " ".join(toll.group(1).lower().split())
        status = "deaths"
        of = ctx.p["status_of_end"].search(word)
        if of:
            status = lex.STATUS.get(" ".join(of.group(1).split()), "deaths")
        elif "injur" in word or "wounded" in word:
            status = "injuries"
        elif "casualt" in word:
            status = "casualties"
        elif word.endswith("evacuees"):
            status = "evacuated"  # "the number of evacuees climbed to 13,750" (not "1,200 evacuees" in one hall)
        if status == "injuries" and _TREATED_AFTER_TOLL.match(toll_text, toll.end(1)):
            status = "hospitalized"  # "the number of wounded being treated stood at 27": those in hospital now
        return status, m.start() - len(toll_text) + toll.start(), m.end()
    after_noun = ctx.after(noun_end, 40, c_end)
    if noun_word in ("bodies", "dead") and not part:  # "two dead", "left one dead and three injured"
        named = _identified(text, noun_end, c_end)
        if named is not None:  # "12 bodies were identified by Sunday": those whose names are known
            return "identified", m.start(), named
        return "deaths", m.start(), noun_end
    taken = _LIVES_TAKEN_BEFORE.search(before_text) if noun_word == "lives" else None
    if taken is not None:
        return "deaths", m.start() - len(before_text) + taken.start(), noun_end
    lost = _LIVES_LOST.match(after_noun) if noun_word == "lives" else None
    if lost:  # "30 lives were lost"
        return "deaths", m.start(), noun_end + lost.end()
    if _TO_HOSPITAL.match(after_noun) and _SENT_BEFORE.search(before_text + " "):
        return "hospitalized", m.start(), noun_end + _HOSPITALS.search(after_noun).end()
    among_after = _AMONG_AFTER.match(after_noun)
    aside = APPOSITION.match(text, noun_end, sentence.end) if among_after is None and text.find(
        " among ", noun_end, min(sentence.end, noun_end + 140)) >= 0 else None
    if aside is not None:  # "at least 15 civilians, including four children, were among the dead"
        among_after = _AMONG_AFTER.match(text, aside.end(), min(sentence.end, aside.end() + 60))
        if among_after is not None:
            return lex.STATUS.get(among_after.group(1).lower(), "deaths"), m.start(), among_after.end()
    if among_after:
        status = lex.STATUS.get(among_after.group(1).lower(), "deaths")
        return status, m.start(), noun_end + among_after.end()
    aboard = _ABOARD_WORD.match(after_noun)
    if aboard and not part:
        return "aboard", m.start(), noun_end + aboard.end()
    if aboard:  # "killing 62 of the 71 people on board", "12 of the 40 passengers aboard were hurt": the 71 were aboard
        noun_end += aboard.end()
    total = ctx.p["total_before"].search(before_text)
    if total:
        if _CROWD.search(total.group(0)):  # "police put the crowd at 3,000", whatever was counted before
            return "participants", m.start() - len(before_text) + total.start(), noun_end
        named = ctx.p["status"].search(total.group(0))
        if named is not None:  # "puts the number in need at 3.1 million": what the total says it counts
            return lex.STATUS.get(" ".join(named.group(0).lower().split())), \
                m.start() - len(before_text) + total.start(), noun_end
        previous = prior.status
        # (of the count just told, in this sentence or the one before: not "eleven are being treated" paragraphs
        # before "representatives put the number at 140")
        told_from = ctx.doc.sentences[sentence.index - 1].start if sentence.index else sentence.start
        if previous is not None and told_from <= previous[1] < m.start():
            return previous[0], m.start() - len(before_text) + total.start(), noun_end
    verb = ctx.p["verb_before"].search(before_text)
    own = _STATUS_NOUN_AFTER.match(text, m.end())
    if own is not None and (verb is None or any(mark in before_text[verb.end():] for mark in ",;:")):
        # "Six people dead, eight survivors": the noun says what befell them, not a word of another clause
        # (while "pulled 12 survivors" were rescued)
        return lex.STATUS[own.group(1).lower()], m.start(), own.end()
    if verb and verb.group(1).lower() == "received" and not (has_noun and ctx.speaks_of(SWAPPED)):
        verb = None  # "received 300 injured people": a hospital's; those a side receives in a swap are freed
    if verb:
        word = " ".join(verb.group(1).lower().split())
        s = m.start() - len(before_text) + verb.start()
        if word == "left":
            after = ctx.p["status_lead"].match(ctx.after(noun_end, 30))
            if after:
                st = " ".join(after.group(1).lower().split())
                return lex.STATUS.get(st), s, noun_end + after.end()
            return None, m.start(), m.end()
        claimant = word.startswith(("claimed", "claiming")) and not has_noun \
            and "lives" not in text[s:m.start()].lower()
        if claimant and not any(_CLAIMED_BY.fullmatch(text, inc.end, s)
                                for inc in ctx.incidents_in(max(sentence.start, s - 80), s)):
            # "the unions claimed 150,000": a figure someone gives, no toll; after another's figure, of the same
            # ("police counted 42,000 marchers, while the unions claimed 150,000")
            previous = prior.status_in(sentence.index)
            if previous and previous[1] < m.start() and _PART_END.match(text, m.end(), sentence.end):
                return previous[0], m.start(), m.end()
            return None, m.start(), m.end()
        if word.startswith(("claimed", "claiming", "killing")):
            return "deaths", s, m.end()
        if word in ("drew", "attracted"):
            return "participants", s, m.end()
        if word in lex.VERBS_NEEDING_PEOPLE and not has_noun:
            return None, m.start(), m.end()
        if word in ("carrying", "carried") and not has_noun and _PLAIN_NOUN_AFTER.match(text, m.end()):
            return None, m.start(), m.end()  # "Lund carried 48 counties": won them; only people are carried aboard
        return lex.VERB_STATUS.get(word) or lex.STATUS.get(word), s, m.end()
    # after the figure: "12 people were killed", "dozens wounded", "12 dead"
    after_text = ctx.after(noun_end, 60, c_end)
    relative = _RELATIVE_AFTER.match(text, noun_end, sentence.end)
    # (not a part's, told by the whole: "two of the three people who died" died, as all three did)
    if relative and not (part and relative.group(0).split()[-1].lower() in ("who", "that")):
        after_text = ctx.after(noun_end, 60, sentence.end)  # "two people who were killed": their clause
    apposition = APPOSITION.match(text, noun_end, sentence.end)
    if apposition and ctx.p["status_after"].match(text, apposition.end(), min(sentence.end, apposition.end() + 60)):
        # "About 1.9 million people, or 90% of Gaza's population, have been displaced"
        noun_end = apposition.end()
        after_text = ctx.after(noun_end, 60, sentence.end)
    am = ctx.p["status_after"].match(after_text)
    if am is None and (named := _identified(text, noun_end, c_end)) is not None:
        return "identified", m.start(), named  # "Of those, 19 have been identified", "19 of the victims ..."
    if am and part and not after_text[:am.start(1)].split():
        am = None  # "Six of the 20 fighters killed were foreigners": the 20 were killed
    if am and not has_noun and not after_text[:am.start(1)].strip() and _MODIFIED_THING.match(after_text, am.end(1)):
        am = None  # "opened 120 evacuation centres": the centres are counted, not people evacuated
    if am and (has_noun or am.start(1) - 0 <= 30):
        word = " ".join(am.group(1).lower().split())
        if word not in ("toll", "death toll", "cases", "hospital") or has_noun:
            status = lex.STATUS.get(word)
            if status == "hospitalized" and word == "hospital":
                if not _IN_HOSPITAL.search(after_text):
                    status = None
            if word == "lives" and (has_noun or after_text[:am.start(1)].strip()):
                status = None  # "five adults now lives in poverty": the verb; lives lost are "12 lives"
            if word.startswith("to "):  # "forcing 250,000 people to flee"; "ordered 120,000 to evacuate": told to
                status = "ordered-to-leave" if _ORDERED_BEFORE.search(before_text) else (
                    status if _CAUSED_BEFORE.search(before_text) else None)
            if status == "participants" and word == "joined" and _JOINED_OTHER.match(text, noun_end + am.end(1)):
                status = None  # "736,000 people joined the labor force": no crowd
            if status == "aboard" and word == "carried" and _OUT_AFTER.match(text, noun_end + am.end(1)):
                status = None  # "the survey of 2,012 adults was carried out": no one aboard
            if status in _WHERE_THEY_WERE:
                # "trapped 32 men underground": where they were trapped; the verb right before them says what befell
                # them ("110 miners were underground at the time" have no such verb)
                verb = _status_just_before(ctx, m.start(), c_start)
                if verb is not None:
                    return verb
            if status in ("injuries", "hospitalized") and not after_text[:am.start(1)].strip() \
                    and _STILL_IN_HOSPITAL.match(after_text, am.end(1)):
                # "Five other people wounded in the attack remain in hospital": those still in hospital, of the hurt
                return "hospitalized", m.start(), noun_end + _STILL_IN_HOSPITAL.match(after_text, am.end(1)).end()
            if status == "trapped" and not after_text[:am.start(1)].strip():
                freed = _FREED_SINCE.match(after_text, am.end(1))
                if freed is not None:
                    # "Nine miners trapped for five days were brought to the surface": those rescued, of the trapped
                    return "rescued", m.start(), noun_end + freed.end()
            if status:
                return status, m.start(), noun_end + am.end(1)
    if has_noun and not part:
        shared = _shared_status(ctx, noun_end, c_end)
        if shared is not None:  # "126 passengers and six crew were on board": both were
            return shared[0], m.start(), shared[1]
    # "Among the dead were 14 children", "including 5 children"
    among = None
    for among in ctx.p["among"].finditer(text, c_start, m.start()):
        pass
    if among is not None:
        return lex.STATUS.get(among.group(1).lower(), "deaths"), among.start(), noun_end
    if ctx.p["including"].search(ctx.before(m.start(), 25, sentence.start)):
        previous = prior.status_in(sentence.index)
        if previous and previous[1] < m.start():
            return previous[0], m.start(), noun_end
    if not has_noun and _SAID_JUST_BEFORE.search(ctx.before(m.start(), 30, sentence.start)) \
            and _PART_END.match(text, m.end(), sentence.end):
        # "police said 3,000 attended, organisers said 10,000": another source's figure for the same
        previous = prior.status_in(sentence.index)
        if previous and previous[1] < m.start():
            return previous[0], m.start(), m.end()
    counted_by = _COUNTED_BY_AFTER.match(text, m.end(), sentence.end) \
        if not has_noun and _LISTED_BEFORE.search(text, sentence.start, m.start()) else None
    if counted_by is not None:
        # "Tens of thousands marched: 18,000 by the police count, 60,000 according to the organisers": each body's
        # figure for what was just counted
        previous = prior.status_in(sentence.index)
        if previous and previous[1] < m.start():
            return previous[0], m.start(), counted_by.end() if counted_by.group(0).strip(" ,").startswith("by") \
                else m.end()
    if not has_noun:
        return None, m.start(), m.end()
    if _OWN_VERB_AFTER.match(text, noun_end):
        return None, m.start(), m.end()  # "died, and two others were taken ...": their own verb, unread
    # a status word elsewhere in the clause, before the figure (not "survived" a vote: "survived a no-confidence
    # vote, with 187 lawmakers ...", no one hurt)
    best = None
    for sm in ctx.finditer_before(ctx.p["status"], m.start(), 60, c_start):
        best = sm
    if best is not None and best.group(0).lower() in _GROUP_WORDS \
            and _GROUP_OBJECT_BEFORE.search(text, max(0, best.start() - 12), best.start()):
        best = None  # "the search for the missing resumed, with about 40 divers": the divers are none of them
    counted = prior.status
    if best is not None and counted is not None and best.start() <= counted[1] < m.start() \
            and _TURNS_TO.search(text, counted[1], m.start()):
        best = None  # "shelling killed three people near the route, allowing 650 more to leave": the three's
    if best is not None and _OTHER_DEED_BETWEEN.search(text, best.end(), m.start()):
        best = None  # "to the family of each person killed and cover costs for all 312 passengers": not the killed
    if best is not None:
        word = " ".join(best.group(0).lower().split())
        if word not in ("toll", "hospital", "cases", "lives", "crowd", "fans", "attendance") and not (
                word.startswith("surviv") and _SURVIVED_VOTE.match(text, best.end())):
            return lex.STATUS.get(word), best.start(), noun_end
    return None, m.start(), m.end()


# between a status word and a figure, another deed ("attended the school and has three siblings", "each person killed
# and cover medical costs for all 312 passengers"); not more of its objects ("killing his wife and their four children")
_OTHER_DEED_BETWEEN = re.compile(r"(?:\b(?:for|to|from|about)|(?<!along\s)(?<!together\s)\bwith)\s+"
                                 r"(?:all|the|its|their)\s+$"
                                 r"|\band\s+(?!(?:the|a|an|his|her|their|its|our|my|your|other|another|all|both|some"
                                 r"|at|up|more|then)\b)(?-i:[a-z]+)\s", re.IGNORECASE)
# a turn to what followed from what a clause tells: ", allowing", ", forcing", ", prompting"
_TURNS_TO = re.compile(r",\s+(?-i:[a-z]+ing)\b")
# a second count joined to the first: "126 passengers and six crew ...", "two men and a woman ..."
# (or one person named after them, who shares their fate: "Six children and the driver were killed")
_AND_COUNT = re.compile(rf"\s+and\s+(?:(?:about|some|nearly|another|at\s+least)\s+)?(?:\d[\d,]*|{WORD_NUMBER}|a|an"
                        r"|the|their|its)\b", re.IGNORECASE)


# one person, in the singular (an empty first group, as "noun_after" has words between the figure and its noun)
_ONE_PERSON = re.compile(r"()\s+(?:[a-z][a-z-]+\s+)?[a-z]+(?<!s)\b")


def _shared_status(ctx, noun_end: int, c_end: int) -> tuple[str, int] | None:
    """What befell the people of a second count joined to the first by "and", said right after its noun, and
    where those words end: "126 passengers and six crew were aboard", "two men and three women were killed"."""
    other = _AND_COUNT.match(ctx.text, noun_end, c_end)
    if other is None:
        return None
    if other.group(0).split()[-1].lower() in ("the", "their", "its"):
        noun = _ONE_PERSON.match(ctx.text, other.end(), c_end)  # "and the (bus) driver"
    else:
        noun = ctx.p["noun_after"].match(ctx.text, other.end(), c_end)
    if noun is None or noun.group(1).strip():
        return None
    aboard = _ABOARD_WORD.match(ctx.text, noun.end(), c_end)
    if aboard is not None:
        return "aboard", aboard.end()
    after = ctx.p["status_after"].match(ctx.after(noun.end(), 60, c_end))
    if after is None or after.start(1) > 25:
        return None
    status = lex.STATUS.get(" ".join(after.group(1).lower().split()))
    return (status, noun.end() + after.end(1)) if status in _SHARED else None


# what two joined counts share when said once after both
_SHARED = frozenset({"deaths", "injuries", "shot", "missing", "aboard", "rescued", "hospitalized", "arrested",
                     "evacuated", "displaced", "abducted", "released", "survivors"})


# A breakout told by what befell the prisoners: "16 prisoners who fled" fled a prison, not their homes; those
# "still searched for" are at large
_PRISONERS_FLED = re.compile(r"\s+who\s+(?:had\s+|have\s+)?fled\b", re.IGNORECASE)
_SOUGHT_BEFORE = re.compile(r"\b(?:searching|search|hunting|hunt|looking|manhunt)\s+for\s+(?:the\s+)?"
                            r"(?:remaining\s+)?$", re.IGNORECASE)


def breakout(ctx, sentence, status: str | None, category: str | None, noun_end: int, s_end: int,
             before_text: str) -> tuple[str | None, int]:
    """The status of a count of prisoners as a breakout's ("escaped", "at-large"), and where its words end."""
    fled = _PRISONERS_FLED.match(ctx.text, noun_end, sentence.end) if category == "prisoners" else None
    if category == "prisoners" and (status == "displaced" or (status is None and fled)):
        status, s_end = "escaped", max(s_end, fled.end() if fled else noun_end)
    if status == "escaped" and _SOUGHT_BEFORE.search(before_text):
        status = "at-large"  # "still searching for 16 prisoners who fled": those not yet caught
    return status, s_end


# evacuation orders lifted for those counted: back home, no longer out
_ORDERS_LIFTED = re.compile(r"\b(?:orders?|warnings?)\s+(?:[\w,'’.\-]+\s+){0,8}?"
                            r"(?:were|was|have\s+been|had\s+been|has\s+been)?\s*(?:lifted|rescinded|cancelled|canceled"
                            r"|downgraded)\b|\b(?:lifted|rescinded|cancelled|canceled)\s+(?:the\s+)?(?:evacuation\s+)?"
                            r"(?:orders?|warnings?)\b", re.IGNORECASE)
_SENT = frozenset({"firefighters", "police", "soldiers", "aid-workers"})  # whom a count of those deployed is of
_ABROAD_AFTER = re.compile(r"\s+(?:the\s+country\s+)?(?:abroad|overseas|across\s+the\s+border|to\s+neighbou?ring"
                           r"\s+countries|into\s+neighbou?ring\s+countries)\b", re.IGNORECASE)


def settle(ctx, sentence, status: str | None, category: str | None, s_end: int,
           c_end: int) -> tuple[str | None, str | None, int] | None:
    """The status and group of a count once its group is known, and where its words end; None for no count.

    "evacuation orders were lifted for about 2,000 residents": allowed home, not evacuated; "more than half
    a million have fled abroad": those who left the country, a part of all displaced; "two are still battling
    serious injuries": no one deployed (only firefighters, police, soldiers and aid workers are)."""
    if status == "evacuated" and _ORDERS_LIFTED.search(ctx.text, sentence.start, sentence.end):
        status = "allowed-home"
    if status == "sheltering" and category == "displaced":
        category = None  # "1,200 displaced people had been sheltering there": those sheltering, as others say
    if status == "deployed" and category not in _SENT:
        return None
    abroad = _ABROAD_AFTER.match(ctx.text, s_end, c_end) if status == "displaced" and category is None else None
    if abroad is not None:
        category, s_end = "abroad", abroad.end()
    elif status == "displaced" and category is None and any(
            word in ctx.text[max(0, s_end - 30):s_end].lower() for word in ("crossed", "entered the country")):
        category = "abroad"  # "210,000 people have crossed into Daresh": refugees in another country
    return status, category, s_end
