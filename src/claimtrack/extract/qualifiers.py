"""What narrows a candidate's key once the rules have read the text: a part of the whole
(.critical, .serious, .still, .additional), a place's part of an incident's count, and the
people shot in an article that names no death, who are its injured. (A figure that is not the
one reported, .earlier or .forecast, is told as each figure is read: see ``facets``.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.model import Candidate, Rule, examples, negatives, normalize
from claimtrack.extract.named_parts import hospital_count
from claimtrack.extract.patterns import PEOPLE_NOUNS, WORD_NUMBER, alternation, clean_word


# How a count is narrower than the role's whole: "two others critically wounded" (the critically
# hurt among the injured), "four remained hospitalized" (those still there), "three more were shot"
# (on top of a figure the article gave before)
_CONDITION = re.compile(r"\b(critically|seriously|severely|gravely)\b", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"\s+(critically|seriously|severely|gravely)\b(?!\s+(?:ill|sick)\b)"
                              # "two injured people in a serious condition", "three in critical condition"
                              r"|\s+(?:[\w-]+\s+){0,2}?in\s+(?:a\s+)?(critical|serious|grave)\s+condition\b",
                              re.IGNORECASE)
_STILL = re.compile(r"\b(?:remain|remains|remained|still)\b", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|additional)\b", re.IGNORECASE)
# "12 more people died": added to a count, whether or not the article gave it
_MORE_PEOPLE_AFTER = re.compile(rf"\s+(?:more|additional)\s+(?:{alternation(PEOPLE_NOUNS - {'more'})})\b",
                                re.IGNORECASE)
# "300 new cases": the day's, added to a total ("new" of a count of what happens again and again)
_NEW_COUNTED_AFTER = re.compile(r"\s+(?:new|fresh|further)\s+(?:confirmed\s+)?(?:cases|infections|deaths|fatalities"
                                r"|casualties|arrests|hospitali[sz]ations|admissions)\b", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.IGNORECASE)
_CONDITIONED_ROLES = ("injuries", "hospitalized")


# "..., bringing the death toll to 112": the count before it is what was added to the total
_BRINGING_WORDS = ("bringing", "raising", "taking", "pushing", "lifting")
_BRINGING = re.compile(rf"[,;]?\s*(?:{'|'.join(_BRINGING_WORDS)})(?:\s+up)?\s+(?:the\s+)?"
                       r"(?:overall\s+|total\s+|official\s+)?(?:death\s+toll|toll|total|tally|number|count)\b",
                       re.IGNORECASE)
_BROUGHT_ROLES = ("deaths", "injuries", "missing", "shot", "arrests", "cases", "displaced", "evacuated", "rescued")


def _brings_total(ctx, end: int) -> bool:
    """The words after a count, in its sentence, bring a total to a figure of their own."""
    sentence = ctx.doc.sentence_at(end - 1)
    if sentence is None:
        return False
    lowered = ctx.text[end:sentence.end].lower()
    if not any(word in lowered for word in _BRINGING_WORDS):
        return False
    found = _BRINGING.search(ctx.text, end, sentence.end)
    if found is not None and _FROM_ONLY.match(ctx.text, found.end(), sentence.end):
        return False  # "14 have been killed, raising the toll from 12": the count is the new toll
    return found is not None and not any(ch in ".!?" for ch in ctx.text[end:found.start()])


# what it changed from, and no figure it was brought to: "raising the toll from 12 earlier in the day"
_FROM_ONLY = re.compile(r"\s+from\s+(?:(?!\bto\b)[^;])*$", re.IGNORECASE)


def _more_people_added(ctx, v_start: int, v_end: int, role: str) -> bool:
    """ "12 more people died": added to a toll, told or not; but in "a woman was killed and three
    more people were wounded" the three are others than she, and all the wounded."""
    if not ctx.text.startswith((" more ", " additional "), v_end) or not _MORE_PEOPLE_AFTER.match(ctx.text, v_end):
        return False
    sentence = ctx.doc.sentence_at(v_start)
    start = sentence.start if sentence is not None else v_start
    return all(lex.STATUS.get(" ".join(found.group(0).lower().split())) == role
               for found in ctx.p["status"].finditer(ctx.text, start, v_start))


# deaths counted against a baseline: "320 more deaths than would normally be expected", "1,150 more people died
# than normal", "about 320 excess deaths"
_THAN_NORMAL = re.compile(r"[^.;:]{0,40}?\bthan\s+(?:would\s+)?(?:normally\s+|usually\s+|otherwise\s+)?(?:be\s+)?"
                          r"(?:expected|normal|usual|average|the\s+average|the\s+norm|in\s+a\s+normal\s+\w+)\b",
                          re.IGNORECASE)
_EXCESS_WORD = re.compile(r"\bexcess\b", re.IGNORECASE)


def _excess(ctx, c, v_start: int) -> bool:
    """Whether a count of deaths is of deaths above what is normal for the time of year."""
    end = v_start + len(c.value)
    return bool(_EXCESS_WORD.search(ctx.text, max(0, v_start - 40), min(len(ctx.text), end + 20))
                or (ctx.text.startswith(" more ", end) and _THAN_NORMAL.match(ctx.text, end)))


def qualify(ctx, out: dict) -> None:
    """A count narrower than its role's whole, keyed as the part it is: "two others critically
    wounded" (.critical.injuries), "four remained hospitalized" (.still), "three more were shot"
    after the first count of the shot (.additional)."""
    roles_seen: set[str] = set()
    for spot in sorted(out, key=lambda s: (s[0], s[1], s[2])):
        c = out[spot]
        subject, _, role = c.key.rpartition(".")
        # (a listing's "48 more people" are the package's new listings, its figure)
        if c.value_type != "count" or not subject or role in ("target", "forecast", "change", "fall", "earlier",
                                                               "sanctioned"):
            continue
        qualifier = None
        at = c.quote.find(c.value)
        v_start = c.start + max(at, 0)
        if role in _CONDITIONED_ROLES:
            condition = _CONDITION.search(c.quote) or _CONDITION_AFTER.match(ctx.text, c.end)
            if condition:
                word = next(group for group in condition.groups() if group).lower()
                qualifier = {"critically": "critical", "gravely": "critical", "critical": "critical",
                             "grave": "critical"}.get(word, "serious")
            elif _STILL.search(c.quote):
                qualifier = "still"
        if qualifier is None and role == "deaths" and _excess(ctx, c, v_start):
            # "around 320 more deaths than would normally be expected", "about 320 excess deaths": a statistics
            # office's estimate against a baseline, never a count of deaths from the incident
            qualifier = "excess"
        if qualifier is None and ((c.key in roles_seen and (
                _MORE_AFTER.match(ctx.text, v_start + len(c.value))
                or ctx.search_before(_MORE_BEFORE, v_start, 20)))
                or _more_people_added(ctx, v_start, v_start + len(c.value), role)
                or _NEW_COUNTED_AFTER.match(ctx.text, v_start + len(c.value))):
            qualifier = "additional"  # "three more were shot", after the first count of the shot
        if qualifier is None and role in _BROUGHT_ROLES and (_brings_total(ctx, c.end)
                                                            or _ADDED_TO_TOLL.match(ctx.text, c.end)):
            # "recovered 17 bodies, bringing the toll to 112": 17 more, of 112; "13 deaths had been added to the toll"
            qualifier = "additional"
        roles_seen.add(c.key)
        if qualifier:
            key = f"{subject}.{qualifier}.{role}"
            del out[spot]
            out[(c.start, c.end, key)] = replace(c, key=key, rule="conditions")


# Where in an incident a count was made: "In the town of Serrat, 11 people died", "11 of them in Serrat"
# (a place after the figure is its own only with no other figure between: in "killed 140 people, among
# them 23 in the town of Ardel", Ardel is the 23's)
_PLACE_KIND = (r"(?:town|city|village|district|province|region|county|state|municipality|commune|neighbou?rhood|area"
               r"|capital|port|oblast|governorate|prefecture)")
_PLACE_NAME = rf"({et.CAP}[\w'’\-]+(?:\s+{et.CAP}[\w'’\-]+)?)"
# (a place "at" which a count was made is a part only of an incident that covers an area: "1,100 dockers at
# Penmarrow" joined a strike elsewhere, while "16 injured at the Cameo nightclub" is where a shooting happened)
# ("in Calvara province", "in the Kherson region": the kind of place may follow its name)
_SCOPE_PLACE = (rf"\b(?:[Ii]n|[Aa]t)\s+(?:[Tt]he\s+|its\s+|their\s+)?(?:{_PLACE_KIND}\s+of\s+)?{_PLACE_NAME}"
                rf"(?:\s+{_PLACE_KIND}\b)?")
# ... or a site of a company's, named: "412 positions at its Port Elridge headquarters", "at the Brill plant"
_SITE_AFTER = re.compile(r"\s+(?:headquarters|head\s+office|plant|factory|site|offices?|mill|warehouse|campus|facility"
                         r"|works|shipyard|refinery|smelter|depot|hub)\b", re.IGNORECASE)
# ... named before the figure's clause: "most were in the hill town of Vesca, where 41 people were killed"
_SCOPE_WHERE = re.compile(rf"\b(?:[Ii]n|[Aa]t)\s+(?:[Tt]he\s+)?(?:[a-z]+\s+){{0,2}}?"
                          rf"(?:{_PLACE_KIND}\s+of\s+)?{_PLACE_NAME},\s+where\s+$")
_SCOPE_AFTER = re.compile(rf"[^.;:\d]{{0,40}}?{_SCOPE_PLACE}")
_AT_THE_PLACE = re.compile(r"\b[Aa]t\s+(?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}?(?:[a-z]+\s+of\s+)?$")
# a place counted on its own, before the figure: "Lusembo district alone accounted for 1,032 cases"
_SCOPE_ALONE = re.compile(rf"({et.CAP}[\w'’\-]+(?:\s+{et.CAP}[\w'’\-]+)?)\s+(?:(?:district|province|region|county|city"
                          rf"|town|state|governorate|camp)\s+)?alone\b[^.;:\d]{{0,40}}$")
_SCOPE_LEAD = re.compile(rf"\s*{_SCOPE_PLACE}(?:\s+alone)?\s*,")
# ... or as the one that counts: "Kessa district has recorded 1,260 suspected cases"
_SCOPE_SUBJECT = re.compile(rf"({et.CAP}[\w'’\-]+(?:\s+{et.CAP}[\w'’\-]+)?)\s+(?:district|province|region|county"
                            r"|city|town|state|governorate|camp)\s+(?:has\s+|had\s+|have\s+)?(?:so\s+far\s+)?"
                            r"(?:recorded|reported|registered|counted|logged|confirmed|seen)\s+[^.;:\d]{0,20}$")
# a part a sentence opens with, said to be counted alone: "In the fishing town of Port Callo alone,", "In the
# maternity ward alone,"
_ALONE_LEAD = re.compile(r"\s*(?:[Ii]n|[Aa]t|[Aa]mong|[Ff]rom)\s+(?:[Tt]he\s+)?(?P<what>[^,;:.()]{2,60}?)\s+alone\s*,")
_WHEN_WORDS = re.compile(r"\d|\b(?:" + "|".join(lex.MONTH_NAMES + lex.WEEKDAY_NAMES)
                         + r"|day|days|week|weeks|month|months|year|years|quarter|morning|night|weekend|hours?)\b",
                         re.IGNORECASE)
_OF_NAME = re.compile(rf"\bof\s+((?:{et.CAP}[\w'’\-]+\s*)+)$")
# (and what befell things: "homes-destroyed", "buildings-damaged", "jobs-lost"; whom a measure reaches)
_SCOPED_ENDS = ("-destroyed", "-damaged", "-lost", "-flooded", "-covered")
_HOSPITAL_ROLES = frozenset({"deaths", "injuries", "hospitalized", "casualties", "survivors"})
SCOPED_ROLES = ("deaths", "injuries", "missing", "displaced", "evacuated", "hospitalized", "rescued", "shot",
                 "casualties", "trapped", "affected", "cases", "participants", "arrests", "survivors")

# what was added to a count: "13 deaths had been added to the toll", "were added to the tally overnight"
_ADDED_TO_TOLL = re.compile(r"\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+added\b", re.IGNORECASE)


def place_parts(ctx, out: dict) -> None:
    """A count made in one place, smaller than the article's count of the same for the whole
    incident, is that place's part: earthquake.serrat.deaths beside earthquake.deaths. An
    article that gives no larger count for the whole keeps the placed one as it is."""
    for spot, c in list(out.items()):
        if ".among." in c.key and c.value_type == "count" and (place := scope_place(ctx, c, False)):
            # "killed 140 people, among them 23 in the town of Ardel": a part, and the place's
            scoped = c.key.replace(".among.", f".{place}.")
            del out[spot]
            out[(c.start, c.end, scoped)] = replace(c, key=scoped, rule="places")
    by_key: dict[str, list] = {}
    for spot, c in list(out.items()):
        subject, _, role = c.key.rpartition(".")
        if c.value_type == "count" and (role in SCOPED_ROLES or role.endswith(_SCOPED_ENDS)) and subject:
            alone = _counted_alone(ctx, c) or (hospital_count(ctx, _value_at(c), named=True)
                                               if role in _HOSPITAL_ROLES else None)
            if alone is not None:
                # "In the village of Lorne alone, 29 homes were lost": a part, said to be one, whole told or not;
                # "At Mesra Central Hospital ... the hospital had received nine bodies": that hospital's
                del out[spot]
                scoped = f"{subject}.{alone}.{role}"
                out[(c.start, c.end, scoped)] = replace(c, key=scoped, rule="places")
                continue
            by_key.setdefault(c.key, []).append(spot)
    for key, spots in by_key.items():
        if len(spots) < 2:
            continue
        subject, _, role = key.rpartition(".")
        at = lex.INCIDENTS.get(subject.split(".", 1)[0].split("-", 1)[0]) in lex.AREA_INCIDENTS
        # (a hospital not named is a part only beside a larger count of the whole: "the hospital received 35")
        placed = {spot: scope_place(ctx, out[spot], at) or (hospital_count(ctx, _value_at(out[spot]))
                                                            if role in _HOSPITAL_ROLES else None) for spot in spots}
        # the largest count of the whole each source gives: "the governor said 14 died in Dovsk, while a
        # monitor put the toll at 17" are two sources' wholes, and 14 is no part of the monitor's 17
        biggest: dict[str | None, float] = {}
        for spot in spots:
            value = normalize(out[spot].value, None, "count")
            if placed[spot] is None and value.resolved:
                who = out[spot].attribution
                biggest[who] = max(biggest.get(who, 0), value.hi or value.lo or 0)
        if not biggest:
            continue
        for spot in spots:
            place = placed[spot]
            value = normalize(out[spot].value, None, "count")
            whole = biggest.get(out[spot].attribution)
            if whole is None and out[spot].attribution is None:
                # told in the article's own voice, against the whole it credits to its source: "the authority
                # said floods killed 47 ... In the district of Tolan, 19 people drowned"
                whole = max(biggest.values())
            if place and value.resolved and whole is not None and (value.hi or value.lo or 0) < whole:
                c = out.pop(spot)
                scoped = f"{subject}.{place}.{role}"
                out[(c.start, c.end, scoped)] = replace(c, key=scoped, rule="places")


def _value_at(c: Candidate) -> int:
    """Where a candidate's value is in the text (its quote may begin on a verb before it)."""
    return c.start + max(0, c.quote.find(c.value))


_FIGURE_WORD = re.compile(rf"\b(?:{WORD_NUMBER}|a\s+dozen|dozens|hundreds|thousands)\b", re.IGNORECASE)


# words a place's name never begins with: "In the north", "In Ukrainian", "In President ..."
_NO_PLACE_WORDS = lex.NOT_NAMES | lex.DEMONYMS | lex.TITLES


def _counted_alone(ctx, c: Candidate) -> str | None:
    """The part a sentence opens with, said to be counted alone ("In the village of Lorne alone, 29 ..."); a
    place named alone within the sentence is left to the case (see scope_place)."""
    sentence = ctx.doc.sentence_at(c.start)
    lead = _ALONE_LEAD.match(ctx.text, sentence.start, c.start) if sentence is not None else None
    if lead is None or _WHEN_WORDS.search(lead.group("what")):
        return None  # (nor "In 2019 alone,", "In the past week alone,": a span of time, no part of a place)
    named = _OF_NAME.search(lead.group("what"))  # "the fishing town of Port Callo": Port Callo
    return et.slugify(named.group(1) if named else lead.group("what"))


def scope_place(ctx, c: Candidate, at: bool = True) -> str | None:
    """Where a count was made, as its sentence names the place: "in" one, or "at" one where ``at``."""
    sentence = ctx.doc.sentence_at(c.start)
    if sentence is None:
        return None
    after = _SCOPE_AFTER.match(ctx.text, c.end, sentence.end)
    if after is not None and _FIGURE_WORD.search(ctx.text, c.end, after.start(1)):
        after = None  # "47 had died across the country, nine of them in Belmira": the place is the nine's
    lead = _SCOPE_LEAD.match(ctx.text, sentence.start, c.start) or _SCOPE_ALONE.search(
        ctx.text, max(sentence.start, c.start - 80), c.start) or _SCOPE_WHERE.search(
        ctx.text, max(sentence.start, c.start - 100), c.start) or _SCOPE_SUBJECT.search(
        ctx.text, max(sentence.start, c.start - 80), c.start)
    found = lead or after
    if found is None or (not at and _AT_THE_PLACE.search(ctx.text, found.start(), found.start(1))
                         and not _SITE_AFTER.match(ctx.text, found.end(1))):
        return None
    name = found.group(1)
    first = clean_word(name.split()[0])
    if first in _NO_PLACE_WORDS and not (first in _NAME_LEADS and len(name.split()) > 1):
        return None
    return et.slugify(name)


# a word that opens a place's name as often as it is a common noun: "Port Elridge", "Mount Ossa", "Lake Varn"
_NAME_LEADS = frozenset({"port", "fort", "mount", "cape", "lake", "saint", "san", "santa", "new", "north", "south",
                         "east", "west", "upper", "lower", "great", "little"})


# Words that a death was spoken of; an attempted murder is no death.
DEATH_WORDS = re.compile(
    r"\b(?:kill|kills|killed|killing|dead|died|dies|dying|death|deaths|fatal|fatally|fatality|fatalities"
    r"|homicide|homicides|slain|deceased|lifeless|succumbed|passed\s+away|murdered"
    r"|(?<!attempted\s)(?<!first-degree\s)(?<!second-degree\s)murders?)\b", re.IGNORECASE)


def shot_and_survived(ctx, out: dict) -> None:
    """People shot in an article that speaks of no death were wounded: "five people were shot"
    is also the count of the injured. An article that names any death gives no such count."""
    shot = [c for c in out.values() if c.key.endswith(".shot")]
    if not shot or DEATH_WORDS.search(ctx.text):
        return
    for c in shot:
        key = c.key[:-len("shot")] + "injuries"
        out.setdefault((c.start, c.end, key), replace(c, key=key, rule="shot-and-survived"))


CONDITIONS = Rule("conditions", "candidates", qualify,
                   reads="a count narrower than its whole: the critically or seriously hurt, those still in hospital, more",
                   examples=examples("""
The crash injured 14 people, and two others were critically injured.
    crash.injuries | 14 | injured 14 people
    crash.critical.injuries | two | two others were critically injured
Three people were shot on Friday. Two more were shot on Saturday.
    incident.injuries | Three | Three people were shot
    incident.shot | Three | Three people were shot
    incident.additional.injuries | Two | Two more were shot
    incident.additional.shot | Two | Two more were shot
The bus crash injured 22 people, 5 of them critically.
    crash.injuries | 22 | injured 22 people
    crash.critical.injuries | 5 | 5 of them critically
    ! a part given as "5 of them" after its whole is not read
"""),
                   negatives=negatives("""
The crash injured 14 people.
Eleven people were wounded.
"""))
PLACES = Rule("places", "candidates", place_parts,
               reads="a count made in one place, smaller than the whole incident's: that place's part",
               examples=examples("""
The quake killed 90 people. In the village of Somar, 12 people died.
    earthquake.deaths | 90 | killed 90 people
    earthquake.somar.deaths | 12 | 12 people died
The quake killed 90 people. Twelve people died in Somar.
    earthquake.deaths | 90 | killed 90 people
    earthquake.somar.deaths | Twelve | Twelve people died
The quake killed 140 people, among them 23 in the town of Ardel.
    earthquake.deaths | 140 | killed 140 people
    earthquake.ardel.deaths | 23 | 23
"""),
               negatives=negatives("""
The storm killed 7 people in Belport.
The quake killed 90 people in the region of Valdor.
"""))
SHOT_AND_SURVIVED = Rule("shot-and-survived", "candidates", shot_and_survived, in_headlines=False,
                          reads="the people shot in an article that names no death, who are its injured",
                          examples=examples("""
Four men were shot outside a bar early Sunday, police said.
    incident.injuries | Four | Four men were shot
    incident.shot | Four | Four men were shot
A gunman shot five people at a party on Saturday.
    shooting.date | Saturday | gunman shot five people at a party on Saturday
    shooting.injuries | five | shot five people
    shooting.shot | five | shot five people
"""),
                          negatives=negatives("""
Four men were shot outside a bar early Sunday; one of them died.
Police said two men were shot and killed on Friday.
"""))
