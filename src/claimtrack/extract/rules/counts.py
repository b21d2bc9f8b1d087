"""Counts of people and tolls: "killed 12 people", "the death toll rose to 45", "Dozens
wounded", "including seven children"; a count of things goes to rules.things.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.guards import (
    FAMILY_BEFORE,
    OF_ITS_PEOPLE,
    OF_THE,
    OF_THE_NUMBERED,
    OF_THE_THINGS,
    PARTITIVE,
    VAGUE_PLURAL,
    not_a_count,
)
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, Prior, Rule, examples, negatives, value_words
from claimtrack.extract.patterns import PEOPLE_NOUNS, QUAL, WORD_NUMBER, any_of
from claimtrack.extract.rules.chamber_votes import chamber_side, listed_owner, vote_side
from claimtrack.extract.rules.contents import package_item
from claimtrack.extract.rules.count_groups import (
    PLAIN_PEOPLE,
    STATUS_NOUNS,
    each_share,
    fronted_group,
    listed_after,
    of_the_whole,
    owner_of,
    paired,
)
from claimtrack.extract.rules import listings as sanctions
from claimtrack.extract.rules.count_status import SWAPPED, breakout, settle, status_of
from claimtrack.extract.rules.holdings import capacity, carries, crew_of, storeys, workforce
from claimtrack.extract.rules.quantities import bare_magnitude
from claimtrack.extract.rules.things import jobs_month, read_thing


# --- value kinds ------------------------------------------------------------------

_QUALIFIER = re.compile(QUAL, re.IGNORECASE)
_SAMPLE_BEFORE = re.compile(r"\b(?:poll|polls|survey|surveys|sample|study)\s+of\s+(?:(?:about|some|nearly|more\s+than|over"
                            r"|almost|just\s+over|just\s+under)\s+)?$", re.IGNORECASE)
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|them|these|those)\s+(?:(?:about|some|nearly|only|just)\s+)?$",
                              re.IGNORECASE)
# an evacuation by air, whose flights carry those it evacuates
_AIRLIFT = re.compile(r"\b(?:airlift|airlifts|airlifted|evacuation\s+flights?|evacuees)\b", re.IGNORECASE)
_CARRIED_BEFORE = re.compile(r"\b(?:carrying|carried|flown|flew|flying|brought|bringing)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)
_SIDED = {"soldiers", "fighters", "police"}  # the groups a war's or a clash's two sides each count their own of
# groups counted by nationality: "three British nationals", "nine Filipino sailors" (a part of the crew)
_BY_NATIONALITY = {"foreigners": "nationals", "crew": "crew", "passengers": "passengers", "workers": "workers",
                   "migrants": "migrants"}
_SIDE_OF = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in lex.DEMONYMS if len(w) > 3 or "." in w), key=len,
                                              reverse=True)) + r")(?![\w.])", re.IGNORECASE)
_DEMONYM_AS = {"u.s.": "american", "us": "american", "u.k.": "british", "uk": "british"}
# freed only in an exchange
_RETURNED = re.compile(r"\b(?:returned|brought\s+home|c[oa]me\s+home|received)\b", re.IGNORECASE)
# what says a count of those exchanged adds up every exchange so far (an exchange is told one swap at a time)
_ALL_EXCHANGES = re.compile(
    r"\b(?:brought\s+(?:the|its|their)\s+(?:overall\s+)?(?:total|tally)|in\s+total|in\s+all|so\s+far|to\s+date"
    r"|(?:has|have|had)\s+(?:now|so\s+far)\s+been|since\s+the\s+(?:start\s+of\s+the\s+)?(?:full-scale\s+)?"
    r"(?:war|invasion|conflict|ceasefire|truce))\b", re.IGNORECASE)
_JAILED = frozenset({"prisoners", "detainees", "inmates", "convicts"})  # whom a state holds
_LAID_OFF_BEFORE = re.compile(r"\b(?:lay|laid|laying|lays)\s+off\s+$", re.IGNORECASE)
_BARE_WHOLE_OF_THINGS = re.compile(rf"\s+of\s+(?:\d[\d,]*|{WORD_NUMBER})\s+"
                                   rf"({'|'.join(sorted(lex.THINGS, key=len, reverse=True))})\b", re.IGNORECASE)
_HIRED_BEFORE = re.compile(r"\b(?:hire|hires|hired|hiring|recruit|recruits|recruited|recruiting)\s+(?:some\s+|about\s+"
                           r"|around\s+|roughly\s+|nearly\s+|up\s+to\s+|more\s+than\s+|another\s+|an\s+extra\s+)?$",
                           re.IGNORECASE)
# still held, not taken now: "90 hostages remain in captivity", "20 crew members of the tanker have been held",
# "are still holding 12 hostages" (not "a club that can hold 1,200 people": how many it holds, no one held)
_BEING = r"(?:remain|remains|are|is|were|was|have\s+been|has\s+been|had\s+been)\s+(?:still\s+)?"
_HOLDING_BEFORE, _STILL_HOLDING_BEFORE = (re.compile(r"\b(?:holding|hold|holds|held)\s+$", re.IGNORECASE),
                                          re.compile(rf"\b{_BEING}holding\s+$", re.IGNORECASE))
_HELD_AFTER = re.compile(rf"\s+(?:of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:\w+\s+)?(?:{_BEING}(?:being\s+)?"
                         r"(?:held|captive)|in\s+captivity)\b", re.IGNORECASE)
# what payrolls did, right before by how much: "nonfarm payrolls rose by", "private payrolls fell"
_PAYROLLS_BEFORE = re.compile(
    r"\b(?:(?:non-?farm|(?P<private>private(?:-sector)?)|(?P<government>government|public[\s-]sector))\s+)?payrolls"
    r"\s+(?:(?:have|has|had|were|was)\s+)?"
    r"(?P<verb>rose|risen|rising|increased|increasing|grew|grown|growing|climbed|jumped|expanded|advanced|gained"
    r"|added|fell|fallen|falling|decreased|declined|dropped|shrank|contracted|lost)\s+(?:by\s+)?"
    r"(?:(?:a|an)\s+(?:seasonally[\s-]adjusted\s+)?)?$", re.IGNORECASE)


_TOLLS = frozenset({"deaths", "injuries", "casualties", "shot"})
_NO_TOLL_KINDS = frozenset({"exchange", "election", "match", "cyberattack"})  # happenings no toll is counted of


# a part of the count before it, given after it: "killed 287 people, 96 of them civilians", "of whom 12 were children"
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\s+(?:(?:were|are|was|being|reportedly)\s+)?"
                            r"(?P<word>[a-z]+)\b", re.IGNORECASE)


# ("119 of them, or 85 per cent, were intercepted": what they are as a share, set off by commas between)
_OF_THINGS_JUST_COUNTED = re.compile(r"\s+of\s+(?:them|those)(?=(?:\s*,[^,;.]{1,30},)?\s+(?:were|was|had\s+been"
                                     r"|have\s+been|are)\b)", re.IGNORECASE)
_ANYONE = frozenset({"people", "persons", "individuals", "others", "victims", "adults"})


def _part_of_them(ctx, sentence, m: re.Match, raw: str, after_text: str, prior: Prior) -> Found | None:
    """A group of the people counted before in the sentence, given after its figure: "the strike killed
    287 people, 96 of them civilians" (attack.civilians.deaths)."""
    said = _OF_THEM_AFTER.match(after_text)
    word = said.group("word").lower() if said is not None else None
    if word is None or word not in PEOPLE_NOUNS or word in _ANYONE:
        return None  # (a group: "civilians", "children"; not "people", which says nothing of which)
    previous = prior.status_in(sentence.index)
    if not previous or previous[1] >= m.start():
        return None
    subject = incident_for(ctx, sentence, m.start(), m.end())[0]
    group = lex.PEOPLE_CATEGORIES.get(word) or et.slugify(word)  # ("doctors" are aid workers, as anywhere)
    return Found(m.start(), m.end() + said.end(), f"{subject}.{group}.{previous[0]}", value_words(raw), m.start(),
                 "count", "counts")


def _the_part_again(ctx, sentence, m: re.Match, core: str, after_text: str) -> bool:
    """Whether a bare "all six" ("All six were released") is a part told before in the article ("Six of
    the 19 hostages freed are from Velm"): a part's figure, which says nothing of the whole (when in doubt
    which six they are, they are left unread)."""
    if sentence.index == 0 or not _ALL_BEFORE.search(ctx.text, max(sentence.start, m.start() - 8), m.start()) \
            or not _NO_NOUN_AFTER.match(after_text):
        return False
    told = re.compile(rf"\b{re.escape(core)}\s+of\s+(?:the|them|those|these|its|their)\b", re.IGNORECASE)
    return told.search(ctx.text, 0, sentence.start) is not None


_ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+|of\s+the\s+)?$", re.IGNORECASE)
# a verb right after the figure: no noun of its own
_NO_NOUN_AFTER = re.compile(r"\s+(?:were|was|had|have|are|is|remain|remained|died|survived)\b", re.IGNORECASE)


def read_count(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    """A count of people, with what happened to them, under its incident; a count of things
    goes to :func:`read_thing`."""
    raw = ctx.raw(m)
    core = _QUALIFIER.sub("", raw).strip() if _QUALIFIER.match(raw) else raw
    after_text = ctx.after(m.end(), 90, sentence.end)
    before_text = ctx.before(m.start(), 90, sentence.start)
    special = storeys(ctx, m, raw, before_text) or bare_magnitude(ctx, sentence, m, raw) or crew_of(
        ctx, sentence, m, raw, before_text) or capacity(ctx, sentence, m, raw, before_text) or carries(
        ctx, sentence, m, raw, before_text) or workforce(ctx, sentence, m, raw, before_text)
    if special is not None:
        return special
    if not_a_count(ctx, m, core, before_text, after_text):
        return None
    item = package_item(ctx, sentence, m, raw, before_text)
    if item is not None:
        return item  # "a package including 40 armoured vehicles": one of what it holds
    part = _part_of_them(ctx, sentence, m, raw, after_text, prior)
    if part is not None:
        return part
    them = _OF_THINGS_JUST_COUNTED.match(after_text)
    previous = prior.thing_in(sentence.index) if them is not None else None
    if previous is not None and previous[0] in lex.THINGS.values():
        # "140 rockets were fired, and 119 of them were intercepted": some of the things just counted, and what
        # befell them
        c_start, c_end = ctx.clause(sentence, m.start())
        return read_thing(ctx, sentence, m, raw, previous[0], m.end() + them.end(), c_start, c_end, prior)
    if _the_part_again(ctx, sentence, m, core, after_text):
        return None
    bare_whole = _BARE_WHOLE_OF_THINGS.match(after_text)
    if bare_whole is not None and not VAGUE_PLURAL.match(core):
        # "2,140 of 5,600 schools shut": the part is of the things named after the whole, and what befell them
        c_start, c_end = ctx.clause(sentence, m.start())
        return read_thing(ctx, sentence, m, raw, lex.THINGS[bare_whole.group(1).lower()], m.end() + bare_whole.end(),
                          c_start, c_end, prior)
    partitive = PARTITIVE.match(after_text)
    vague = bool(VAGUE_PLURAL.match(core))
    if partitive and not vague and not (OF_THE_THINGS.match(after_text) or OF_THE_NUMBERED.match(after_text)
                                        or OF_ITS_PEOPLE.match(after_text)):
        return None
    skipped = 0
    if partitive and not vague and not OF_ITS_PEOPLE.match(after_text):  # "183 of the 276 seats": the seats
        skipped = len(OF_THE.match(after_text).group(0))
    noun = ctx.p["noun_after"].match(after_text, skipped)
    noun_word, noun_end = None, m.end()
    befallen = ctx.p["status_lead"].match(after_text, skipped) if noun is None else None
    if befallen is not None:
        # what befell them before, said as an adjective, and what befell them since: "two injured people died"
        noun = ctx.p["noun_after"].match(after_text, befallen.end())
        if noun is None or noun.group(1).strip() or not ctx.p["status_after"].match(after_text, noun.end()):
            noun, befallen = None, None
    if noun and not (noun.group(1).strip() and ctx.p["status"].search(noun.group(1))):
        noun_word = " ".join(noun.group(2).lower().split())
        noun_end = m.end() + noun.end()
        again = ctx.p["noun_after"].match(after_text, noun.end()) if noun_word == "more" else None
        if again and not again.group(1).strip():  # "12 more people died": the people, "more" says added
            noun_word, noun_end = " ".join(again.group(2).lower().split()), m.end() + again.end()
    # "five shooting victims": people the shooting hit, whatever else the sentence says of them
    shot_victims = noun_word in (None, "victims") and _SHOT_VICTIMS.match(after_text, skipped)
    if shot_victims:
        noun_word, noun_end = "victims", m.end() + shot_victims.end()
    if noun_word and lex.PEOPLE_CATEGORIES.get(noun_word) == "children" and FAMILY_BEFORE.search(before_text):
        return None  # "was married with two children": a family, not a count of victims
    c_start, c_end = ctx.clause(sentence, m.start())
    # what happened to them
    status, s_start, s_end = status_of(ctx, sentence, m, noun_end, c_start, c_end, bool(noun_word), prior, noun_word,
                                     part=bool(skipped))
    if noun_word is None and _PLACES_STRUCK.match(after_text):
        return None  # "schools in the five affected districts": places counted, no people
    if status == "aboard" and ctx.speaks_of(_AIRLIFT) and _CARRIED_BEFORE.search(before_text):
        status = "evacuated"  # "planes carrying 412 people", in a story of an airlift: those it has flown out
    category = None
    thing = None
    if noun_word:
        if noun_word in lex.THINGS:
            thing = lex.THINGS[noun_word]
        elif noun_word in lex.PEOPLE_CATEGORIES:
            category = lex.PEOPLE_CATEGORIES[noun_word]
            side = _SIDE_OF.search(noun.group(1)) if noun is not None and (
                category in _SIDED or category in _BY_NATIONALITY) else None
            if side is not None:
                # "300 Ukrainian soldiers", "1,070 Russian troops": each side's losses, never one figure; "nine
                # Filipino sailors": those of one nationality, a part of the crew
                word = side.group(1).lower()
                category = f"{_DEMONYM_AS.get(word, word)}-{_BY_NATIONALITY.get(category, category)}"
    if category is not None and OF_ITS_PEOPLE.match(after_text):
        # "Varnia said 115 of its soldiers came home": one side's, named where the sentence names it before;
        # whose they are unsaid, the figure is left unread, as no side's can be set against another's
        owner = owner_of(ctx, sentence, m.start())
        if owner is None:
            return None
        category = f"{owner}-{category}"
    side = chamber_side(ctx, sentence, m, raw, noun_word, noun_end, before_text, c_end) or vote_side(
        ctx, sentence, m, raw)
    if side is not None:
        return side
    if _SAMPLE_BEFORE.search(before_text) and noun_word is not None:
        # "a new poll of 2,012 adults": how many were asked, no one something befell
        return Found(m.start(), noun_end, "poll.sample-size", value_words(raw), m.start(), "count", "counts")
    payrolls = _PAYROLLS_BEFORE.search(before_text) if noun_word in (None, "jobs", "positions") else None
    if payrolls is not None and not category:
        # "nonfarm payrolls grew by 187,000", "payrolls increased by 187,000 jobs": jobs added to the economy
        lost = payrolls.group("verb").lower() in lex.FALL_WORDS
        # (a sector's part: "government payrolls grew by 19,000", beside the whole economy's 142,000)
        subject = "economy.private-sector" if payrolls.group("private") else \
            "economy.government" if payrolls.group("government") else "economy"
        key = f"{subject}.jobs-{'lost' if lost else 'created'}" + jobs_month(ctx, sentence, m.start(), noun_end)
        return Found(m.start() - len(before_text) + payrolls.start(), noun_end, key, value_words(raw), m.start(),
                     "count", "things")
    if thing is None and noun_word is None and _OF_WHICH_BEFORE.search(before_text):
        # "Russia fired 147 drones, of which 98 were neutralised": some of the things just counted
        previous = prior.thing_in(sentence.index)
        thing = previous[0] if previous is not None else None
    listed = listed_owner(ctx, sentence, m, raw, before_text, prior) if thing is None and noun_word is None else None
    if listed is not None:
        return listed
    if thing is None and category == "workers" and _LAID_OFF_BEFORE.search(before_text):
        thing = "jobs"  # "will lay off 6,000 employees": the jobs a company cuts, however it names them
    if thing is None and noun_word is not None and _HIRED_BEFORE.search(before_text):
        thing = "jobs"  # "plans to hire about 600 engineers": jobs made, whoever fills them
    if thing is None and status == "jobs-lost":
        thing = "job-losses"  # "1,400 people will lose their jobs": the jobs cut, as "1,400 job cuts" are
    if thing:
        return read_thing(ctx, sentence, m, raw, thing, noun_end, c_start, c_end, prior)
    if status is None and noun_word is not None:
        listed_at = sanctions.listing(ctx, sentence, m.start(), noun_end)
        if listed_at is not None:  # "sanctioned 12 individuals": those a sanctions package lists
            status, s_start, s_end = "sanctioned", listed_at, noun_end
    status, s_end = breakout(ctx, sentence, status, category, noun_end, s_end, before_text)
    if status is None:
        if shot_victims:
            status, s_start, s_end = "shot", m.start(), noun_end
        elif category == "fans" and not skipped:
            status, s_start, s_end = "attendance", m.start(), noun_end
        elif category == "prisoners" and (took := _TOOK_BEFORE.search(before_text)):  # "took 43 prisoners"
            status, s_start, s_end = "captured", m.start() - len(before_text) + took.start(), noun_end
        # ("Six of the 19 hostages freed are from Velm": a part, with no fate of its own said)
        elif category == "hostages" and not skipped:  # "took 12 hostages": held, whatever the verb
            status, s_start, s_end = "abducted", m.start(), noun_end
            if _HELD_AFTER.match(ctx.text, noun_end, c_end) or _HOLDING_BEFORE.search(before_text):
                status = "held"  # "90 hostages remain in captivity": those still held, whenever taken
        elif noun_word and category not in ("prisoners", "detainees") and (
                _HELD_AFTER.match(ctx.text, noun_end, c_end) or _STILL_HOLDING_BEFORE.search(before_text)):
            # "20 crew members have been held for 14 days", "leaving 20 sailors in captivity", "holding 21
            # sailors": those held, however they were taken
            status, s_start, s_end = "held", m.start(), noun_end
        elif category in ("protesters", "participants") or (
                noun_word and _crowd_of_protest(ctx, sentence, m)
                and not _OTHER_PREDICATE.match(ctx.text, noun_end, c_end)
                # ("outlets with fewer than ten employees": what a thing has; "joined by 14 lawmakers" in a sentence
                # on a chamber's vote: its voters, no crowd)
                and not _HAVING_BEFORE.search(before_text)
                and not (category == "legislators" and ctx.legislative(sentence))):
            # (in a story of a protest, people counted beside it are its crowd, unless the sentence says something
            # else of them: "1.3 million workers, one in seven, are paid the minimum", "earn the minimum wage")
            status, s_start, s_end = "participants", m.start(), noun_end
        else:
            return None
    if status in ("votes",) or (status == "participants" and category == "legislators" and ctx.legislative(sentence)):
        return None  # (lawmakers "joined by 14 of the 19 lawmakers" in a chamber's vote: its voters, no crowd)
    if status == "captured" and category not in (None, "soldiers", "fighters", "prisoners") \
            and not (category or "").endswith(("-soldiers", "-fighters")):
        return None  # only fighters are taken prisoner; "captured two suspects" is an arrest, told as one elsewhere
    if status == "displaced" and category in ("suspects", "fighters", "soldiers", "police"):
        return None  # "two suspects fled the scene", "the gunmen fled on foot": they got away, no one was uprooted
    if status == "pardoned" and category in ("prisoners", "detainees"):
        category = None  # "pardoned 1,146 prisoners", "the pardon covers 1,146 people": one count, however named
    if status == "captured" and category in ("soldiers", "fighters", "prisoners"):
        category = None  # "took 43 prisoners", "captured 34 soldiers": those taken, whoever they fought for
    if status == "arrived" and lex.PEOPLE_CATEGORIES.get(noun_word or "") != "migrants":
        return None  # "two officers arrived at the scene": no one reached a shore
    if status in ("abducted", "held") and noun_word in _JAILED:
        return None  # "24 hostages and 310 prisoners", "held by the rebels for 310 prisoners": no one's hostages
    if status == "attendance" or (status == "participants" and category in ("protesters", "fans", "voters",
                                                                            "participants")):
        category = None
    noted = (status, m.start())  # what "including 5 children" after it takes, and "put the total at"
    default = {"cases": "outbreak", "vaccinated": "outbreak", "participants": "protest",
               "votes": "election", "registered-voters": "election", "attendance": "match",
               "pardoned": "pardon"}.get(status, "incident")
    subject, incident = (sanctions.SUBJECT, None) if status == "sanctioned" else incident_for(
        ctx, sentence, m.start(), noun_end, default)
    if status == "participants" and subject.split("-")[0] in ("election", "vote", "referendum"):
        subject = "protest"  # "crowds of her supporters gathered" in a story of a vote: a gathering, no ballot's
    gathering = _GATHERING.search(ctx.text, c_start, c_end) if status == "participants" else None
    if gathering is not None:
        # "a vigil was attended by about 2,000 people", "300 people attended a public meeting": that gathering's,
        # no protest's crowd nor the incident's
        subject, status, category = _GATHERINGS.get(gathering.group(1).lower(), gathering.group(1).lower()), \
            "attendance", None
    if status in _TOLLS and incident is not None and incident.kind in _NO_TOLL_KINDS \
            and incident.sentence != sentence.index:
        # "Both sides agreed to exchange prisoners. The monitor put the death toll at 287": the fighting's, not a
        # swap's named in another sentence
        lethal = next((i for i in ctx.incidents if i.kind not in _NO_TOLL_KINDS and not i.aside), None)
        subject = lethal.key if lethal is not None else subject
    if status in _BREAKOUT and subject.split("-")[0] != "jailbreak" and (status != "at-large"
                                                                         or category == "prisoners"):
        if status == "escaped" and category not in ("prisoners",) and not ctx.speaks_of(_CUSTODY):
            # "Three miners who escaped the collapse": those who got out alive, in a story of no prison
            status = "survivors"
        else:
            subject = "jailbreak"  # "37 inmates escaped during the riot": the breakout's, whatever else is told
    if status == "released" and subject.split("-")[0] != "exchange" and _RETURNED.search(ctx.text, s_start, s_end):
        return None  # "60 soldiers returned home" from a deployment: no one freed
    if (subject == "exchange" or status == "released") and _ALL_EXCHANGES.search(ctx.text, c_start, c_end):
        # "brought the total returned home to 4,552", "4,500 have now been returned": all the swaps', not this one's
        subject = f"{subject}-to-date"
    if (category, subject.split("-")[0]) in (("protesters", "protest"), ("fans", "match"), ("participants", "match"),
                                             ("prisoners", "exchange"), ("soldiers", "exchange"),
                                             ("workers", "protest"), ("worshippers", "stampede"),
                                             ("passengers", "stampede"), ("prisoners", "jailbreak")):
        category = None  # the people an event is made of are its default count
    if category == "prisoners" and status == "released" and ctx.speaks_of(SWAPPED):
        category = None  # "200 prisoners were released in return" for hostages: those an exchange hands over
    if (noun_word == "miners" and ctx.speaks_of(_MINE)) or (noun_word == "workers" and ctx.speaks_of(_MINING)):
        category = None  # and in a mine's accident, the miners (its workers) are who the toll counts
    if category == "aid-workers" and status == "participants" and subject.split("-")[0] == "protest":
        category = None  # "3,000 nurses went on strike": the strikers, as "6,500 dockworkers" are
    if category == "patients" and status == "hospitalized":
        category = None  # "20 patients have been admitted to hospital": the people in hospital, no group apart
    if category == "hostages" and status in ("abducted", "held"):
        category = None  # and hostages are what an abduction counts
    if status == "shot" and noun and " other" in f" {noun.group(0).lower()}":
        status = "injuries"  # "one was killed and two others were shot": the others survived it
    named = noun_word is not None and noun_word not in PLAIN_PEOPLE and noun_word not in STATUS_NOUNS
    if category is None and ((s_end > noun_end and _AMONG_END.search(ctx.text, noun_end, s_end))
                             or (s_start < m.start() and _AMONG_START.match(ctx.text, s_start, m.start()))
                             or _AMONG_THOSE.search(ctx.text, c_start, m.start())
                             or of_the_whole(ctx, sentence, m.start(), status)):
        # "Two Americans were among the dead": some of the dead, never the toll itself
        category = et.slugify(noun_word) if named else "among"
    elif category is None and noun_word is None and (group := fronted_group(ctx, sentence, m.start())):
        # "of the roughly 640 political prisoners it tracks, 37 have been freed": some of that group
        category = group
    elif category is None and ctx.p["including"].search(ctx.before(m.start(), 25, sentence.start)):
        # "killed 30 people, including three Americans": those of the 30; "12 million have fled, including
        # 3 million who crossed the border": some of them (rules.places names a part made in one place)
        category = et.slugify(noun_word) if named else "among"
    elif category is None and named and _LIST_NEXT.match(ctx.text, noun_end, sentence.end):
        # another group counted after it: "killed 12 civilians and four soldiers": the 12 are the civilians
        # among the dead; "two drivers and 40 passengers were aboard": the drivers of those aboard
        category = et.slugify(noun_word)
    elif category is None and noun_word is not None and s_start >= m.start() and paired(ctx, before_text):
        # "40 passengers and two drivers aboard": the second group of those aboard, the others named before
        if not named:
            return None
        category = et.slugify(noun_word)
    elif s_start < m.start() and listed_after(ctx, sentence, m, prior, s_start):
        # "killed 12 civilians and four volunteers": the four are one group of the dead; "and
        # three others" says of whom no more than that they were others
        if not named:
            return None
        category = category or et.slugify(noun_word)
    alone = _ALONE_AFTER.match(ctx.text, max(s_end, noun_end), c_end) if category is None else None
    if alone is not None:
        # "About 18,000 crossed on Saturday alone", "in March alone": that day's or month's part of the whole
        category, s_end = et.slugify(alone.group(1)), alone.end()
    whole = prior.status if category is None else None
    each = each_share(ctx, m, max(s_end, noun_end), c_start, c_end) if whole is not None and whole[0] == status \
        and sentence.start <= whole[1] < m.start() else None
    if each is not None:
        # "swapped 230 prisoners, 115 from each side": what one of them counts, beside the whole (where no
        # whole is told, "75 each" is the figure the report gives)
        category, s_end = each
    if status == "emergency-hunger" and category == "among":
        category = None  # "including 260,000 at emergency levels": the status says it is a part of the hungry
    if befallen is not None and category is None:
        category = et.slugify(befallen.group(1))  # "two injured people died": of the injured, a part of the dead
    means = _MEANS_AFTER.match(ctx.text, noun_end, c_end) if status in _MOVED and category is None else None
    if means is not None:
        # "evacuated 4,200 people by boat overnight": those moved that way, a part of all evacuated
        category = "by-" + lex.TRANSPORT_MEANS.get(means.group(1).lower(), means.group(1).lower())
        s_end = max(s_end, means.end())
    settled = settle(ctx, sentence, status, category, s_end, c_end)
    if settled is None:
        return None
    status, category, s_end = settled
    if status == "arrived":
        subject, category = "migrants", None  # those who landed, whatever else the story tells of (a sinking)
    if status == "participants" and category is None and _GROUP_OF_BEFORE.search(before_text):
        category = "group"  # "a group of several hundred masked protesters": a part of the crowd, no crowd's size
    key = f"{subject}.{category}.{status}" if category else f"{subject}.{status}"
    v_start = m.start()
    no = _NO_BEFORE.search(before_text) if core.lower() == "one" else None
    if no is not None:  # "No one was killed": none, not one
        v_start -= len(no.group(0))
        raw = ctx.text[v_start:m.end()]
    start = min(v_start, s_start)
    end = max(noun_end, s_end)
    return Found(start, end, key, value_words(raw), v_start, "count", "counts", status=noted)


# places something befell, counted by it: "the five affected districts", "12 flooded villages"
_PLACES_STRUCK = re.compile(r"\s+(?:worst[\s-]|hardest[\s-]|most[\s-]|badly[\s-])?(?:affected|hit|flooded|damaged|"
                            r"stricken|struck|ravaged|devastated|inundated)\s+(?:[\w-]+\s+)?(?:districts|areas|regions"
                            r"|provinces|states|countries|villages|towns|cities|municipalities|communities|counties"
                            r"|neighbourhoods|neighborhoods|zones|sectors|islands|departments|prefectures)\b",
                            re.IGNORECASE)
_CUSTODY = re.compile(r"\b(?:prisons?|jails?|inmates?|prisoners?|detention|custody|penitentiary|cells?|guards?"
                      r"|jailbreak|breakout|fugitives?)\b", re.IGNORECASE)
_MINE = any_of(lex.MINE_WORDS)
# a mine that is dug, not one laid: its workers are miners ("a copper mine", not "an anti-tank mine")
_MINING = re.compile(r"\b(?:miners?|mining|colliery|collieries|(?:coal|copper|gold|tin|iron|silver|salt|diamond|zinc"
                     r"|lithium|uranium)\s+mines?|mineshafts?|mine\s+shafts?)\b", re.IGNORECASE)
# gatherings that are no protest, and the word each is keyed by (not "mass", "service" nor "wake": "a mass
# protest", "the ambulance service", "in the wake of")
_GATHERINGS = {"vigils": "vigil", "vigil": "vigil", "memorial": "memorial", "funeral": "funeral", "funerals": "funeral",
               "meeting": "meeting", "meetings": "meeting", "ceremony": "ceremony", "concert": "concert",
               "prayers": "prayers"}
_GATHERING = re.compile(rf"\b({'|'.join(sorted(_GATHERINGS, key=len, reverse=True))})\b", re.IGNORECASE)
def _crowd_of_protest(ctx, sentence, m: re.Match) -> bool:
    """Whether people counted with no word of what befell them are a protest's crowd: a protest named in
    their sentence or the one before ("The strike involved about 3,000 nurses"), not anywhere in the
    story ("the decree covers 1,146 people", "plans to hire 600 engineers")."""
    subject, incident = incident_for(ctx, sentence, m.start(), m.end())
    return subject.startswith("protest") and incident is not None and incident.sentence >= sentence.index - 1


_HAVING_BEFORE = re.compile(r"\b(?:with|having|employing|employs|employ)\s+$", re.IGNORECASE)
_GROUP_OF_BEFORE = re.compile(r"\b(?:a|one|another)\s+(?:small\s+|large\s+|separate\s+)?(?:group|band|contingent)"
                              r"\s+of\s+$", re.IGNORECASE)
_OTHER_PREDICATE = re.compile(r"(?:\s*,[^,;]{1,60},)?\s+(?:are|is|were|was|earn|earns|earned|work|works|worked|live"
                              r"|lives|lived|receive|receives|received|get|gets|make|makes|own|owns|pay|pays|paid"
                              r"|depend|depends|rely|relies)\b(?!\s+(?:marching|protesting|rallying|gathered|expected"
                              r"|taking\s+part))", re.IGNORECASE)
_TOOK_BEFORE = re.compile(r"\b(?:took|taken|taking|take|takes)\s+(?:some\s+|about\s+|at\s+least\s+|more\s+than\s+)?$",
                          re.IGNORECASE)
_BREAKOUT = frozenset({"escaped", "recaptured", "at-large"})
_MOVED = frozenset({"evacuated", "rescued"})
_MEANS_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                          r"(?:evacuated\s+|rescued\s+|moved\s+|airlifted\s+)?by\s+"
                          r"(boats?|helicopters?|air|sea|road|bus|buses|trains?|ferry|ferries|planes?|rafts?)\b",
                          re.IGNORECASE)


_AMONG_END = re.compile(r"\bamong\s+(?:the\s+)?[\w\-]+$", re.IGNORECASE)
_AMONG_START = re.compile(r"among\b", re.IGNORECASE)
_AMONG_THOSE = re.compile(r"\bamong\s+(?:those|them|whom)\b", re.IGNORECASE)  # "Among those freed were ..."


_NO_BEFORE = re.compile(r"\b[Nn]o\s+$")
# the people a shooting hit, named by it: "five shooting victims", "two gunshot victims"
_SHOT_VICTIMS = re.compile(r"\s+(?:shooting|gunshot|gunfire)\s+victims\b", re.IGNORECASE)


_LIST_NEXT = re.compile(rf"\s*,?\s+and\s+(?:{QUAL})?(?:\d[\d,]*|{WORD_NUMBER})\s+", re.IGNORECASE)
# a period a count is given for by itself, a part of a running count: "on Saturday alone", "in March alone"
_ALONE_AFTER = re.compile(r"\s+(?:on|in|during|over)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+alone\b",
                          re.IGNORECASE)


RULE = Rule("counts", "value", read_count, kind="count",
             reads="counts of people and tolls, with what happened to them and the incident they belong to",
             examples=examples("""
The landslide killed 17 people and injured 9 others.
    landslide.deaths | 17 | killed 17 people
    landslide.injuries | 9 | injured 9 others
At least 60 miners were trapped after the tunnel caved in.
    incident.workers.trapped | At least 60 | At least 60 miners were trapped
Police detained 35 people during the march.
    protest.arrests | 35 | detained 35 people
The storm left 4 dead and 20 injured.
    storm.deaths | 4 | 4 dead
    storm.injuries | 20 | 20 injured
The toll from the blast has climbed to 31.
    explosion.deaths | 31 | toll from the blast has climbed to 31
The crash killed 8 people, including 3 children.
    crash.deaths | 8 | killed 8 people
    crash.children.deaths | 3 | 3 children
The blast killed 12 people as hundreds of commuters waited on the platform.
    explosion.deaths | 12 | killed 12 people
The rebels hold 24 hostages and the state 310 prisoners.
    incident.held | 24 | 24 hostages
"""),
             negatives=negatives("""
A woman, 27, was shot in the leg.
Officials opened 120 evacuation centres and sent 40 rescue boats.
The family of five lost their home.
She is a mother of three.
Flight 370 vanished in 2014.
One of the victims was a nurse.
The house at 14 Mill Lane burned down.
The guard heard one shot from the car park and called police.
A single shot rang out and one shot struck the shop window.
The officer shot four more times before the car stopped.
"""))
