"""The event a date or a length belongs to ("the summit, which opened on Thursday"), the moment
of it a date names (its end, an extension), and whose event it is (the visitor, the one
sanctioned, the guest).
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.incident_words import VOTE_BODY_AFTER, chamber
from claimtrack.extract.incidents import incident_distances
from claimtrack.extract.model import REACH
from claimtrack.extract.outlooks import YEAR_LEAD, lead_year
from claimtrack.extract.patterns import (POSSESSIVE_END, RELATION_AFTER_POSSESSIVE, WORD_NUMBER, alternation,
                                        lexicon_word)


_WITH_OR_BY_BETWEEN = re.compile(r"\s+(?:with|by)\s+(?:the\s+)?(?:[\w.'’\-]+\s+){0,5}")
PLAIN_WORDS = re.compile(r"[\s\w\-]*")
_MET_WITH_BEFORE = re.compile(r"\b(?:by|with|and|to|told|met|meet)\s+(?:[\w.'’\-]+\s+){0,4}$", re.IGNORECASE)


# who said it, named before the verb: "..., Chief Minister Anil Verma said" (not "Bryant posted a $20,000 bond")
_SPEAKS_AFTER = re.compile(r"\s*(?:,\s*[^,.;]{1,40},\s*)?(?:said|says|told|tells|stated|states|added|announced"
                           r"|confirmed|explained|noted|wrote|writes|insisted|argued|warned)\b")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w'’.\-]+\s+){0,4}$", re.IGNORECASE)


# what an event is done to, when no one: a plural noun in lower case after it ("suspended all flights")
_THINGS_OBJECT = re.compile(r"\s+(?:all|the|its|their|some|most|many|several|any|further)\s+(?:[a-z][\w-]*\s+){0,2}"
                            r"(?!people\b|residents\b|officials\b|members\b|players\b|athletes\b|(?:weeks|days|months"
                            r"|years|hours|minutes|times|decades)\b)[a-z][\w-]*s\b")  # (not "charged weeks ago")


# a clause whose subject is a thing, no one: "A shipment of 50,000 doses arrived"
_THING_SUBJECT = re.compile(r"\s*(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,3}(?:of\s+(?:[\w,.-]+\s+){1,4})?"
                            r"(?:arrived|arrives|landed|lands|left|leaves|reached|reaches)\b")


# what falls or flies in, before "landed": no one who travelled
_PROJECTILE_BEFORE = re.compile(r"\b(?:shells?|rockets?|missiles?|bombs?|drones?|mortars?|projectiles?|debris"
                                r"|munitions?|grenades?|shrapnel)\s+(?:(?:had|have|has)\s+)?$", re.IGNORECASE)
# an unnamed person as the subject: "An 11-year-old girl ... died", "a security guard who died"
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?:girl|boy|woman|man|child|baby|teenager|teen|student|pupil"
    r"|victim|resident|worker|soldier|officer|passenger|patient|driver|person|guard|employee|civilian|mother|father"
    r"|son|daughter|toddler|infant|pensioner|nurse|doctor|firefighter|rescuer|miner|fan|tourist|pedestrian)\b",
    re.IGNORECASE)


def person_for(ctx, sentence, pos: int, ev_start: int, ev_end: int, role: str = "agent") -> str | None:
    """Who an event is said of: the visitor, the one sanctioned, the one who met."""
    text, doc = ctx.text, ctx.doc
    everyone = ctx.people(sentence, max(sentence.start, min(pos, ev_start) - REACH),
                            min(sentence.end, max(pos, ev_end) + REACH))
    # "summit with Xi", "a visit by Li"
    for m in everyone:
        if ev_end <= m.start <= ev_end + 60 and _WITH_OR_BY_BETWEEN.fullmatch(text[ev_end:m.start]):
            return doc.resolve(m)
    lo = min(pos, ev_start)
    if ev_start > pos and ev_start - pos < 90:
        lo = ev_start  # "On Monday, Li met ...": the one who met
    # "Li’s Moscow visit", "his first overseas trip"
    for m in reversed(everyone):
        if m.end <= lo and lo - m.end <= 40 and PLAIN_WORDS.fullmatch(text[m.end:lo]) and (
                text[m.start:m.end].lower() in ("his", "her") or POSSESSIVE_END.search(text[m.start:m.end])):
            return doc.resolve(m)
    if role == "patient" and _THINGS_OBJECT.match(text, ev_end):
        return None  # "suspended all flights on Thursday": done to things, no one's
    if role == "patient" and (_COUNTED_BEFORE.search(text, max(sentence.start, ev_start - 40), ev_start)
                              or _COUNTED_AFTER.match(text, ev_end)):
        # "after 11 people died in October", "police arrested two men on Friday": a count's, no one person's
        return None
    if role == "patient":
        near = sorted(everyone, key=lambda m: min(abs(m.start - ev_start), abs(m.end - ev_start)))
        speakers = set()
        for m in near:
            if _SPEAKS_AFTER.match(text, m.end, sentence.end) or _ACCORDING_BEFORE.search(
                    text, max(sentence.start, m.start - 40), m.start):
                speakers.add(doc.resolve(m))  # "compensation of 500,000 rupees ..., Chief Minister Anil Verma said"
                continue
            slug = doc.resolve(m)
            if slug:
                return slug
        fallback = doc.topic[sentence.index] or doc.main_person
        if fallback is not None and fallback in _court_people(ctx):
            # "Judge Ekholm ordered him to pay a fine. Prosecutors had sought a 12-year sentence": a judge, a
            # prosecutor or a lawyer is never who is sentenced, charged or arrested
            fallback = doc.main_person if doc.main_person not in _court_people(ctx) else None
            return fallback or ""
        if fallback is not None and fallback in _official_people(ctx) \
                and not any(m.start < ev_start for m in everyone) and _UNNAMED_SUBJECT.search(text, sentence.start,
                                                                                              ev_start):
            # "Mayor Darko Lisac ... An 11-year-old girl wounded in the attack died on Thursday": someone unnamed's,
            # never the official the story quotes
            return None
        # ("" where the only one the story names there is who told it: whose it is, the sentence does not say)
        return "" if fallback in speakers and fallback is not None else fallback
    c_start, c_end = ctx.clause(sentence, lo)
    # "Putin welcomed Li to Moscow for a four-day visit": the guest
    for w, _, we in ctx.words(c_start, lo):
        if w in lex.HOST_VERBS:
            guests = [m for m in everyone if we <= m.start < lo and m.kind == "person"]
            if guests:
                return doc.resolve(guests[0])
    # (not one named only as whose relation someone is: "Ms Varesco's predecessor, Andrei Coman, stepped down")
    before = [m for m in everyone if c_start <= m.start < lo and not (
        POSSESSIVE_END.search(text[m.start:m.end]) and RELATION_AFTER_POSSESSIVE.match(text, m.end - 2))]
    if before:
        return doc.resolve(before[0])
    if _THING_SUBJECT.match(text, c_start, sentence.end):
        return ""  # "A shipment of vaccine doses arrived on Tuesday": a thing's coming, no one's visit
    body = next((m for m in doc.named(sentence.index, ("org",)) if c_start <= m.start < lo and m.slug), None)
    if body is not None:
        # "The Sahel Economic Community ... called an emergency summit for Saturday": that body's, not the
        # story's main person's
        return body.slug
    if _definite(ctx, sentence, ev_start) and sentence.index > 0 and doc.topic[sentence.index - 1]:
        return doc.topic[sentence.index - 1]
    after = [m for m in everyone if lo <= m.start < c_end
             and not _MET_WITH_BEFORE.search(text[max(sentence.start, m.start - 40):m.start])]
    if after:
        return doc.resolve(after[0])
    first = next((m for m in everyone if m.kind == "person" and m.start < lo), None)
    if first is not None:
        return first.slug
    if sentence.index > 0 and doc.topic[sentence.index - 1]:
        return doc.topic[sentence.index - 1]
    return doc.main_person


# a count of people ("11 people died", "arrested two men"), whose event is theirs, no one person's
_PEOPLE = alternation(set(lex.PEOPLE_CATEGORIES) | {"people", "persons", "men", "women", "others", "victims",
                                                    "suspects", "adults", "teenagers", "teens", "boys", "girls"})
_COUNT = (rf"(?<![$€£¥₹.,\d])\b(?:\d+(?:,\d{{3}})*|{WORD_NUMBER})\s+(?:more\s+|other\s+)?(?:[a-z]+\s+)?"
          rf"(?:{_PEOPLE})")
_COUNTED_BEFORE = re.compile(rf"{_COUNT}\s+(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(rf"\s+(?:at\s+least\s+|about\s+)?{_COUNT}\b", re.IGNORECASE)


def _court_people(ctx) -> frozenset:
    """The people an article names by a court's titles ("Judge Marta Ekholm", "prosecutor Lena Fors")."""
    return _titled_people(ctx, _COURT_TITLE_BEFORE)


def _official_people(ctx) -> frozenset:
    """The people an article names by an office's title ("Mayor Darko Lisac", "Interior Minister Katarina Holm")."""
    return _titled_people(ctx, _OFFICE_TITLE_BEFORE)


def _titled_people(ctx, title: re.Pattern) -> frozenset:
    """The people an article names right after a ``title``, found once an article."""
    found = ctx.titled_people.get(title)
    if found is None:
        found = ctx.titled_people[title] = frozenset(
            m.slug for m in ctx.doc.mentions if m.kind == "person" and m.slug
            and title.search(ctx.text, max(0, m.start - 30), m.start))
    return found


_COURT_TITLE_BEFORE = re.compile(r"\b(?:judge|justice|magistrate|prosecutor|attorney|lawyer|counsel|solicitor"
                                 r"|barrister)\s+(?:general\s+)?$", re.IGNORECASE)
_OFFICE_TITLE_BEFORE = re.compile(r"\b(?:mayor|governor|gov\.|minister|president|premier|chancellor|sheriff|chief"
                                  r"|commissioner|spokes(?:man|woman|person)|senator|sen\.|secretary|director"
                                  r"|superintendent|councillor|councilor|councilman|councilwoman)\s+$", re.IGNORECASE)


def _definite(ctx, sentence, pos: int) -> bool:
    head = ctx.before(pos, 40, sentence.start).lower().split()
    for word in reversed(head[-4:]):
        if word in ("the", "this", "that") or word.endswith(("’s", "'s")):
            return True
        if word in ("a", "an", "his", "her", "their"):
            return False
    return False


_TOLL_AFTER = re.compile(r"\s+toll\b", re.IGNORECASE)
_NEWS_BEFORE = re.compile(r"\b(?:news|press)\s+$", re.IGNORECASE)
_UNDER_BEFORE = re.compile(r"\b(?:under|according\s+to|in\s+line\s+with)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?$",
                           re.IGNORECASE)
# what a "set off" or "set out" starts or lays out, right after it (a departure has none)
_SET_OFF_WHAT = re.compile(r"\s+(?:(?:an?|the|its|their|his|her|several|more|new|fresh|mass|violent|deadly"
                           r"|a\s+wave\s+of)\s+"
                           r"|(?:protests|riots|clashes|explosions|alarms|fighting|panic|demonstrations|strikes|fears"
                           r"|plans|details|proposals|terms|measures|steps|rules|conditions)\b)", re.IGNORECASE)
_FIRE_AFTER = re.compile(r"\s+fire\b", re.IGNORECASE)
# "results released by the commission", "the report was released on": a release of things, not of a person
_RELEASED_THINGS = (r"(?:results?|report|reports|figures|data|statistics|statement|video|videos|footage|images?"
                    r"|photos?|documents?|files|findings|details|list|names|album|film|book|transcript|recording"
                    r"|tapes?|emails?|records|minutes|guidelines|plan|budget|forecast|estimates?)")
_RELEASED_THING_BEFORE = re.compile(rf"\b{_RELEASED_THINGS}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_RELEASED_THING_AFTER = re.compile(rf"\s+(?:(?:the|its|their|a|an|new|official|latest|preliminary|final)\s+)*"
                                   rf"{_RELEASED_THINGS}\b", re.IGNORECASE)


# a figure's sentence going on to its subject's verb: "... on Monday was charged"
_AUXILIARY_BETWEEN = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?",
                                re.IGNORECASE)
# what befell a thing built, told between its building and a day: "burst", "gave way", "collapsed"
_BEFELL_BETWEEN = re.compile(r"\b(?:burst|broke|breached|collapsed|gave\s+way|failed|fell|sank|exploded|caught\s+fire"
                             r"|crumbled|cracked|buckled|toppled|caved\s+in)\b", re.IGNORECASE)
# "construction" as what names a place or people: "the construction camp", "construction workers"
_CONSTRUCTION_NOUN_AFTER = re.compile(r"\s+(?:camp|site|sites|workers?|company|companies|firm|firms|crew|crews|crane"
                                      r"|cranes|project|projects|sector|industry|materials|equipment|zone|costs?)\b",
                                      re.IGNORECASE)
# a story of a mountain, where "the summit" is its top
_MOUNTAIN_WORDS = re.compile(r"\b(?:volcano(?:es)?|volcanic|craters?|mountains?|climbers?|mountaineers?|peaks?|slopes"
                             r"|eruptions?|erupted|avalanches?|glaciers?)\b", re.IGNORECASE)
# ... and a summit that is a meeting all the same: "the leaders' summit", "a summit with", "summit talks"
_MEETING_SUMMIT = re.compile(r"\b(?:leaders['’]?|peace|emergency|regional|climate|g\d+|nato|eu|un|bilateral"
                             r"|trilateral|annual)\s+summit|\bsummit\s+(?:talks|meeting|of|with|between|in|on\s+the)\b"
                             r"|\bsummit\s+(?:was\s+)?(?:held|hosted|convened)", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\b(?:without|no|failed\s+to\s+reach)\s+(?:a\s+|an\s+|any\s+)?$", re.IGNORECASE)


def event_near(ctx, sentence, pos: int, end: int, same_clause: bool = False) -> tuple[str, str, int, int] | None:
    """The nearest event word in the clause (before first), as (kind, canonical, start, end)."""
    c_start, c_end = ctx.clause(sentence, pos)
    best = None
    s_start, s_end = max(sentence.start, pos - REACH), min(sentence.end, end + REACH)
    spans = ((c_start, c_end, 1.0),) if same_clause else ((c_start, c_end, 1.0), (s_start, s_end, 3.0))
    event, text = ctx.event_scan()
    for lo, hi, weight in spans:
        for m in event.finditer(text, lo, hi):
            if m.start() < end and m.end() > pos:
                continue
            word = lexicon_word(m.group(0))
            if _NONE_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
                continue  # "ended without a deal", "no agreement was reached": nothing that happened
            if word == "opened" and _FIRE_AFTER.match(text, m.end()):
                continue  # "the gunman opened fire": a shooting, not an opening
            if word in ("set off", "set out") and _SET_OFF_WHAT.match(text, m.end()):
                continue  # "a price rise set off protests", "set out its plans": what it started, no departure
            if word == "conference" and _NEWS_BEFORE.search(text, max(lo, m.start() - 8), m.start()):
                continue  # "told a news conference on Monday": the day it was told, no talks
            if _UNDER_BEFORE.search(text, max(lo, m.start() - 14), m.start()) and lex.PERSON_EVENTS[word] == "contract":
                continue  # "the truce began on Saturday, under a deal brokered in Oslo": the terms, not what began
            if word == "death" and _TOLL_AFTER.match(text, m.end()):
                continue  # "the death toll": a count, no one's death
            if word == "construction" and _CONSTRUCTION_NOUN_AFTER.match(text, m.end()):
                continue  # "stormed the dam's construction camp on January 3": a place, nothing built then
            if lex.PERSON_EVENTS[word] == "construction" and m.end() <= pos \
                    and _BEFELL_BETWEEN.search(text, m.end(), pos):
                continue  # "completed in 1964 on the river, burst at 2:30 a.m. on Monday": the day it burst
            if word == "summit" and ctx.speaks_of(_MOUNTAIN_WORDS) \
                    and not _MEETING_SUMMIT.search(text, max(lo, m.start() - 30), min(hi, m.end() + 20)):
                continue  # "two climbers who set out for the summit on Monday", in a story of a volcano: its top
            if lex.PERSON_EVENTS[word] == "election" and VOTE_BODY_AFTER.match(text, m.end()):
                continue  # "released by the election commission on Monday": a body's day, not the vote's
            if word in ("landed", "lands", "arrived", "arrives") and _PROJECTILE_BEFORE.search(
                    text, max(lo, m.start() - 30), m.start()):
                continue  # "shells landed on the site": a strike, no one's arrival
            if word in ("released", "release") and (
                    _RELEASED_THING_BEFORE.search(text, max(lo, m.start() - 40), m.start())
                    or _RELEASED_THING_AFTER.match(text, m.end())):
                continue  # "released figures", "results released by": not a person's release
            name = lex.PERSON_EVENTS[word]
            if name in ("election", "vote"):
                legislative = ctx.legislative(sentence)
                if name == "vote" and not legislative:
                    continue  # "the deadline passed", "the plan was approved": no vote told
                if legislative:
                    name = "vote"  # "the Senate voted 69-30 on Tuesday": the chamber's vote (see event_key)
            dist = (pos - m.end() if m.end() <= pos else (m.start() - end) * 1.3) * weight
            if m.start() >= end and _AUXILIARY_BETWEEN.fullmatch(text, end, m.start()):
                dist *= 4  # "the ferry that capsized on Monday was charged": the date ends the clause before
            if best is None or dist < best[0]:
                best = (dist, ("person", name, m.start(), m.end()))
        for dist, inc in incident_distances(ctx, lo, hi, pos, end, weight, ahead=1.3, vague=80):
            if best is None or dist < best[0]:
                best = (dist, ("incident", inc.kind, inc.start, inc.end))
        if best is not None:
            return _head_event(ctx, best[1], text, lo)
    return None


# "talks on the deal", "negotiations over the ceasefire": the event is the talks
_EVENT_OF_EVENT = re.compile(r"\b([\w-]+)\s+(?:on|over|about)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                             r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def _head_event(ctx, found: tuple[str, str, int, int], text: str, lo: int) -> tuple[str, str, int, int]:
    if found[0] != "person":
        return found
    head = _EVENT_OF_EVENT.search(text, max(lo, found[2] - 40), found[2])
    word = lexicon_word(head.group(1)) if head else None
    if word not in lex.PERSON_EVENTS:
        return found
    return "person", lex.PERSON_EVENTS[word], head.start(1), head.end(1)


CLAUSE_VERB = re.compile(r"\s*(?:(?:was|were|is|are|had|has|have|been|first|officially|formally)\s+)*")
_RELATIVE_BEFORE = re.compile(r"\s*,?\s*(?:which|that)\s*$", re.IGNORECASE)


def antecedent_event(ctx, sentence, c_start: int) -> tuple[str, str, int, int] | None:
    """The event a relative clause is about: "the blaze, which broke out on Tuesday"."""
    rel = ctx.search_before(_RELATIVE_BEFORE, c_start, 40, sentence.start)
    if rel is None:
        return None
    end = rel.start()
    for inc in ctx.incidents_in(max(sentence.start, end - REACH), end):
        if inc.end == end:
            return "incident", inc.kind, inc.start, inc.end
    event, text = ctx.event_scan()
    for em in event.finditer(text, max(sentence.start, end - 40), end):
        if em.end() == end:
            return "person", lex.PERSON_EVENTS[lexicon_word(em.group(0))], em.start(), em.end()
    return None


# Between an event and the verb that tells its moment, only a short "on"/"against" phrase,
# auxiliaries and adverbs: "the ceasefire had finally collapsed", "sanctions on him were lifted",
# "the ban, lifted"; or a possessive before the noun: "the curfew's end".
_FILLER = r"(?:(?:had|has|have|was|were|is|are|been|being|be|then|later|finally|formally|officially|\w+ly),?\s+)*"
_DETERMINER = r"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w\-]+\s+)?"
_MOMENT_AFTER = re.compile(
    rf"(?:\s+(?:on|against|for)\s+(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+"
    # "a truce between Morvan and the rebels expired": the sides it is between
    rf"|\s+between\s+(?:[\w'’\-]+\s+){{0,3}}?and\s+(?:[\w'’\-]+\s+){{0,3}}?[\w'’\-]+)?\s*,?\s*"
    # ("the truce, which expired on Monday": its relative clause's verb)
    rf"(?:(?:which|that)\s+)?{_FILLER}"
    rf"({alternation(lex.MOMENT_VERBS)})\b|(?:'s|’s)\s+({alternation(lex.MOMENT_NOUNS)})\b",
    re.IGNORECASE)
_MOMENT_BEFORE = re.compile(
    rf"\b(?:({alternation(lex.MOMENT_VERBS)})\s+|({alternation(lex.MOMENT_NOUNS)})\s+of\s+){_DETERMINER}$"
    # what the event became: "weakened into a deep depression", "was upgraded to a Category 4 storm"
    rf"|\b({alternation(lex.MOMENT_VERBS)})\s+(?:in)?to\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}$",
    re.IGNORECASE)
# a happening dated before it that ended the event: "..., killed on Wednesday, ending a 12-day ceasefire"
_ENDING_BEFORE = re.compile(rf",\s+(?:and\s+)?(ending|shattering|breaking)\s+{_DETERMINER}$", re.IGNORECASE)
_MOMENT_VERB_BEFORE_DATE = re.compile(rf"\b({alternation(lex.MOMENT_VERBS)})\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def event_moment(ctx, e_start: int, e_end: int, d_start: int) -> tuple[str, int, int] | None:
    """The moment of the event a date names when it is not the event's start, with where its
    words are: "end" ("the truce broke down on Tuesday", "lifted the curfew on Sunday", "the
    end of the ceasefire in 2020", "the ceasefire, agreed in 2019, collapsed in 2020") or
    "extension" ("the lockdown was extended on Monday")."""
    text = ctx.text
    if d_start < e_start and (found := _ENDING_BEFORE.search(text, max(d_start, e_start - 50), e_start)) is not None:
        return "end", found.start(1), found.end(1)  # "killed on Wednesday, ending a 12-day ceasefire"
    limit = d_start if e_end <= d_start else e_end + 40
    if e_end <= d_start and (found := _MOMENT_VERB_BEFORE_DATE.search(text, e_end, d_start)) is not None:
        group, table = 1, lex.MOMENT_VERBS  # "extended on 5 April and lifted on 20 April": the nearer verb
    elif (found := _MOMENT_AFTER.match(text, e_end, limit)) is not None:
        verb = found.group(1)
        group = 1 if verb else 2
        table = lex.MOMENT_VERBS if verb else lex.MOMENT_NOUNS
    elif (found := _MOMENT_BEFORE.search(text, max(0, e_start - 50), e_start)) is not None:
        group = 2 if found.group(2) else (1 if found.group(1) else 3)
        table = lex.MOMENT_NOUNS if found.group(2) else lex.MOMENT_VERBS
    else:
        return None
    return table[lexicon_word(found.group(group))], found.start(group), found.end(group)


_AGREED_WORDS = {"agreed", "signed"}
_SUBJECT_OF_AGREED = re.compile(rf"\s*,?\s*(?:(?:which|that)\s+)?{_FILLER}$", re.IGNORECASE)


def agreed_event(ctx, c_start: int, e_start: int, e_end: int) -> tuple[str, str, int, int] | None:
    """"The ceasefire was agreed in 2019": the date is the ceasefire's, not a contract's. The
    event a contract's verb has as its subject, when the subject is an event of another kind."""
    if lexicon_word(ctx.text[e_start:e_end]) not in _AGREED_WORDS:
        return None
    event, text = ctx.event_scan()
    subject = None
    for found in event.finditer(text, max(c_start, e_start - 60), e_start):
        subject = found
    if subject is None or not _SUBJECT_OF_AGREED.fullmatch(ctx.text, subject.end(), e_start):
        return None
    name = lex.PERSON_EVENTS[lexicon_word(subject.group(0))]
    if name == "contract":
        return None
    return "person", name, subject.start(), subject.end()


def event_key(ctx, sentence, pos: int, name: str, e_start: int, e_end: int, attribute: str) -> str | None:
    """The key of an event's ``attribute``: the event's own ("ceasefire.date"), or the
    person's whose event it is ("li-qiang.visit.duration"), the one it is done to for
    an arrest or a sentence; None for one done to someone the sentence leaves unsaid
    while naming who told it ("passed away Saturday, according to her aunt")."""
    if name == "construction":
        built = _BUILT_THING_BEFORE.search(ctx.text, max(sentence.start, e_start - 40), e_start)
        if built is not None and built.group(1).lower() not in lex.STOPWORDS:
            # "The dam, built in 1971", "the flood walls completed in 2012": what was built, each its own
            return f"{et.slugify(built.group(1))}.{name}.{attribute}"
    if name in lex.OWN_SUBJECT_EVENTS:
        return f"{name}.{attribute}"
    if name == "vote":  # a chamber's: "senate.vote.date"
        body = chamber(ctx.text, sentence.start, sentence.end)
        return f"{body}.vote.{attribute}" if body != "vote" else f"vote.{attribute}"
    role = "patient" if name in lex.PATIENT_EVENTS else "agent"
    lead = YEAR_LEAD.match(ctx.text, sentence.start, sentence.end)
    year = lead_year(ctx, sentence, lead, listed=False)
    if year and ctx.published is not None and int(year) < ctx.published.year \
            and _SOMEONE_ELSE.match(ctx.text, lead.end(), sentence.end):
        # "In 2011, a former defence minister received a 10-year sentence": that year's, someone else's (while
        # "In 2013, Conley was charged", "In 2014, he was arrested" are the story's own person's)
        return f"{name}-in-{year}.{attribute}"
    if name in _AMONG_SIDES and not any(m.start < max(e_start, pos) and m.kind in ("person", "pronoun", "org")
                                        for m in ctx.doc.by_sentence.get(sentence.index, ())):
        # "The coalition agreement, signed on Saturday", "Formal talks began on July 22": between sides, and no one
        # named before it as the one who did it
        return f"{name}.{attribute}"
    person = person_for(ctx, sentence, pos, e_start, e_end, role)
    if person == "":
        return None
    return f"{person}.{name}.{attribute}" if person else f"{name}.{attribute}"


_AMONG_SIDES = frozenset({"contract", "talks"})  # events between sides


# what was built, right before the verb: "the dam, built", "the walls were completed"
_BUILT_THING_BEFORE = re.compile(r"\b((?-i:[a-z])[a-z-]{2,}),?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been"
                                 r"|has\s+been|have\s+been|is|are|being)\s+)?(?:first\s+|originally\s+)?$",
                                 re.IGNORECASE)
# someone unnamed as the subject of a sentence set in a past year ("In 2011, a former defence minister ...")
_SOMEONE_ELSE = re.compile(r"\s*(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:minister|mayor|official|officer|governor|man"
                           r"|woman|president|leader|executive|judge|lawmaker|senator|general|politician|businessman"
                           r"|person|suspect|defendant|teenager)\b", re.IGNORECASE)
