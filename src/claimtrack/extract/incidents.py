"""The incidents an article speaks of: found, told apart ("Storm Bert", "a strike on Dnipro ... a
separate strike on Synelnykove", an earlier one of a past year) and labelled; and the
incident a figure belongs to.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et

from claimtrack.extract.incident_names import incident_name, measured_against, mentions_by_name
from claimtrack.extract.incident_words import TARGET_AFTER, WALKOUT_WORDS, labour_strike, real_incident
from claimtrack.extract.model import LEAD_CHARS, REACH, normalize
from claimtrack.extract.outlooks import YEAR_LEAD, lead_year
from claimtrack.extract.patterns import MONTH, POSSESSIVE_END, clean_word, lexicon_word, patterns
from claimtrack.extract.qualifiers import SCOPED_ROLES, scope_place

# --------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------

@dataclass
class Incident:
    start: int
    end: int
    kind: str
    sentence: int
    label: str | None = None
    specific: bool = True
    named: bool = False
    # what the label is: "name" (Storm Bert), "year" (an earlier one), "place", "other" (told apart
    # by "a separate ..." and named nowhere), "earlier" (others in general: "in earlier attacks", labelled
    # "earlier", "in separate shootings", labelled "others"),
    # or "unnamed" (named nowhere, before one that is)
    label_kind: str | None = None
    place: str | None = None  # where its words say it happened, told apart or not
    separate: bool = False  # its words set it apart: "a separate strike", "another shooting"
    generic: bool = False  # past ones in general, no one of them: "used in earlier attacks on the region"

    @property
    def aside(self) -> bool:
        """Whether its words make it no incident the article itself reports: an earlier one, of a
        past year ("the 1998 floods"), or one set apart ("a separate strike")."""
        return self.label_kind in ("year", "earlier") or self.separate

    @property
    def key(self) -> str:
        """The incident as its figures' keys begin: "storm-bert", or the kind alone."""
        return f"{self.kind}-{self.label}" if self.label else self.kind

# --- incidents ------------------------------------------------------------------

def find_incidents(ctx) -> list[Incident]:
    text = ctx.text
    found: list[Incident] = []
    scan = ctx.p["incident_lower"].finditer(ctx.lower) if ctx.lower is not None else \
        ctx.p["incident"].finditer(text)
    walkout = False  # a strike in the article is industrial action
    untargeted: list[Incident] = []  # strikes on no target ("their last strike")
    attributive: list[Incident] = []  # buildings a collapse is said of, perhaps another incident's doing
    for m in scan:
        word = lexicon_word(m.group(0))
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or not real_incident(ctx, m, word):
            continue
        kind = lex.INCIDENTS[word]
        on_target = True
        if word in ("strike", "strikes"):
            if labour_strike(ctx, m):
                kind, walkout = "protest", True  # a walkout, as "strikers" and "walkout" are
            else:
                on_target = TARGET_AFTER.match(ctx.after(m.end(), 60).lower()) is not None
        if kind == "collapse" and ctx.speaks_of(_FIRM_FAILURE) and not ctx.speaks_of(_BUILDING_WORDS):
            kind = "bankruptcy"  # "the collapse of Solvane Air", in a story of its bankruptcy: no building's
        found.append(Incident(m.start(), m.end(), kind, sentence.index, specific=kind not in ("fighting",)))
        if not on_target:
            untargeted.append(found[-1])
        if word == "collapsed" and ctx.search_before(_ATTRIBUTIVE_BEFORE, m.start(), 14) \
                and _NOUN_AFTER.match(text, m.end()):
            attributive.append(found[-1])  # "the rubble of a collapsed hotel"
    if untargeted and not walkout:
        walkout = WALKOUT_WORDS.search(ctx.lower if ctx.lower is not None else text.lower()) is not None
    for inc in untargeted if walkout else ():
        inc.kind = "protest"  # in an article about a walkout, a strike on no target is that walkout
    if attributive and any(inc.kind != "collapse" for inc in found):
        # "a quake ... the rubble of a collapsed hotel": what the quake did, not an incident of its own
        found = [inc for inc in found if inc not in attributive]
    found.extend(_final(ctx))
    found.sort(key=lambda inc: inc.start)
    by_kind: dict[str, list[Incident]] = {}
    for inc in found:
        by_kind.setdefault(inc.kind, []).append(inc)
    for items in by_kind.values():
        _label(ctx, items)
    found = sorted(found + mentions_by_name(ctx, found), key=lambda inc: inc.start)
    own = [inc for inc in found if not inc.aside]
    if any(inc.kind in lex.COLLAPSE_CAUSES for inc in own):
        # "11 people died when a school collapsed", in a story of a quake: the quake's doing
        found = [inc for inc in found if inc.kind != "collapse"]
    headline = set(headline_kinds(ctx.title))
    if any(inc.specific and inc.kind != "crash" and text[inc.start:inc.end].lower() not in _ACCIDENT_WORDS
           for inc in own) or headline - {"crash", "fighting"}:
        # "the accident", in a story of a mine's collapse or a blast: that one, no crash
        found = [inc for inc in found if text[inc.start:inc.end].lower() not in _ACCIDENT_WORDS]
    return found


_ACCIDENT_WORDS = frozenset({"accident", "accidents"})
_ANOTHER = frozenset({"second", "another", "separate"})  # one of a kind after the story's own
_FIRM_FAILURE = re.compile(r"\b(?:bankruptcy|bankrupt|insolvency|insolvent|liquidation|creditors)\b", re.IGNORECASE)
# what comes down when a collapse is a building's
_BUILDING_WORDS = re.compile(r"\b(?:buildings?|bridges?|roofs?|tunnels?|rubble|debris|storeys?|stories|scaffolding"
                             r"|apartment\s+blocks?|tower\s+blocks?|mine\s+shafts?|collapsed\s+(?:onto|on|into))\b",
                             re.IGNORECASE)


_EARLIER_WORDS = frozenset({"earlier", "previous", "prior", "past", "recent", "last", "former"})


def _label(ctx, items: list[Incident]) -> None:
    """Tell incidents of one kind apart: by name ("Storm Bert", always), else by place
    ("a strike on Dnipro ... a separate strike on Synelnykove") when there are two."""
    text = ctx.text
    labels: list[str] = []
    kinds: dict[str, str] = {}  # label -> what it is
    current = None
    unnamed_first = False
    for inc in items:
        name = incident_name(ctx, inc)
        if name:
            inc.label, inc.named, inc.label_kind = name, True, "name"
            kinds[name] = "name"
            current = name
            # "the deadliest since Hurricane Orla", "the 2019 Birch Fire": set apart, as an earlier one
            earlier = ctx.search_before(_EARLIER_NAMED_BEFORE, inc.start, 50)
            inc.separate = earlier is not None and (earlier.group(1) is None or (
                ctx.published is not None and int(earlier.group(1)) < ctx.published.year))
            continue
        # (an exchange is between two sides, named beside it: "Russia and Ukraine swapped", no place it was in)
        place = inc.place = _incident_place(ctx, inc) if inc.kind != "exchange" else None
        # (an adjective's comma is no break: "a second, smaller explosion")
        before = [word.strip(",") for word in ctx.before(inc.start, 30).lower().split()]
        # (a bool: the incidents go to the parent process with the figures, and a match cannot be sent)
        separate = inc.separate = any(w in lex.SEPARATE_MARKERS for w in before[-2:]) or \
            before[-1:] in (["previous"], ["prior"]) or (before[-1:] == ["last"]
                                                         and _DATED_AFTER.match(text, inc.end) is not None)
        # ("the last exchange, on March 19" is the one before; "the last attack" alone may be the latest)
        past = _PAST_YEAR_AFTER.match(text, inc.end) or \
            ctx.search_before(_PAST_YEAR_BEFORE, inc.start, 90)
        year = (past.group(1) or past.group(2)) if past else None
        until = _YEARS_UNTIL.match(text, past.end(1)) if past is not None and past.group(1) else None
        if until is not None and ctx.published and int(until.group(1)[-2:]) >= ctx.published.year % 100:
            year = None  # "the 2025-26 outbreak", told in 2026: not over before this year
        if year is None and ctx.published and (ctx.search_before(_LAST_YEARS_BEFORE, inc.start, 30)
                                               or _LAST_YEAR_AFTER.match(text, inc.end)):
            year = str(ctx.published.year - 1)  # "last year's floods in the province killed 112 people"
        if year is None:
            # "That year, a fuel price rise set off riots": the year the sentence before names
            sentence = ctx.doc.sentence_at(inc.start)
            lead = YEAR_LEAD.match(text, sentence.start, inc.start) if sentence is not None else None
            year = lead_year(ctx, sentence, lead) if lead is not None and lead.group("that") else None
        if year and ctx.published and int(year) < ctx.published.year:
            # "a magnitude 7.5 quake in 2019": an earlier one, whose figures are not this one's
            inc.label, inc.label_kind = year, "year"
            kinds[inc.label] = "year"
            if inc.label not in labels:
                labels.append(inc.label)
            continue
        earlier = measured_against(ctx, inc)
        if earlier is not None:
            # "the deadliest since the attack of 3 February": an earlier one, by its month where it is named (the
            # story's own, told of after, is not this one)
            inc.label, inc.label_kind = earlier, "earlier"
            continue
        if place and current and not separate and before[-1:] == ["the"] \
                and not _PLACE_ATTACHED.match(text, inc.end):
            place = None  # "the quake, centred 35 km south-west of Tumbes": the one already named
        word = text[inc.start:inc.end].lower()
        inc.generic = separate and word.endswith("s") and not word.endswith("ss")
        if inc.generic:
            # "used in earlier attacks on the region": past ones in general, told apart from this one but no
            # one of them, and nothing after is told of them
            inc.label = "earlier" if any(w in _EARLIER_WORDS for w in before[-2:]) else "others"
            inc.label_kind = "earlier"
            continue
        if place:
            label, kinds[place] = place, "place"
        elif separate:
            # another one, named nowhere: "second", "third" (the first of its kind told as another is the second: the
            # first is what the story is on)
            another = any(w in _ANOTHER for w in before[-2:])
            label = _nth(len(labels) + 1 + unnamed_first + (another and not labels and not unnamed_first))
            kinds[label] = "other"
        else:
            label = current
            unnamed_first = unnamed_first or not labels
        if label and label not in labels:
            labels.append(label)
        inc.label = label
        inc.label_kind = kinds.get(label)
        current = label or current
    # (an earlier one, of its year, tells none of this one's mentions apart: "the 1998 floods")
    told = [label for label in labels if kinds.get(label) != "year"]
    if len(told) + unnamed_first < 2:
        for inc in items:
            # (one said to be another, with no first of its kind named: "a second, smaller explosion" after the
            # eruption stays the second)
            if not inc.named and inc.label_kind not in ("year", "earlier") and not (
                    inc.label == "second" and inc is items[0]):
                inc.label = inc.label_kind = None
    else:
        for inc in items:
            if not inc.label:
                inc.label = told[0] if not unnamed_first else _nth(1)
                inc.label_kind = kinds.get(inc.label, "unnamed")


def _nth(n: int) -> str:
    """The label of the n-th incident of a kind an article tells apart without naming it: a word, never a
    number a key would read as a count ("exchange-second", not "exchange-2")."""
    return lex.ORDINAL_WORDS[n - 1] if n <= len(lex.ORDINAL_WORDS) else f"{n}th"


_EARLIER_NAMED_BEFORE = re.compile(r"(?:\b(?:since|than)\s+(?:the\s+)?(?:(?:1[89]|20)\d\d\s+)?"
                                   r"|\b[Tt]he\s+(1[89]\d\d|20\d\d)\s+)(?:[A-Z][\w'’-]+\s+){0,2}$")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|of|from|two|three|four|several|many|partially|partly)\s+$",
                                 re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# (or what it last did: "the volcano last erupted in 2014")
# ("the last cyclone to hit the region, in 2019", "the quake that struck in 2019")
# (or where it was: "a similar collapse in the city in 2011", "the spill off the same cape in 2009")
_PAST_YEAR_AFTER = re.compile(r"(?:\s+(?:last|previously)\s+[a-z]+|\s+(?:to|that|which)\s+[^.;,()]{1,40}?"
                              r"|\s+(?:in|at|near|on|off)\s+(?:the\s+)?(?:same\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?,?"
                              r"\s+(?:in|of)\s+(1[89]\d\d|20\d\d)\b")
# ... the year a span of years ends: "the 2017-18 epidemic"
_YEARS_UNTIL = re.compile(r"[-–]((?:1[89]|20)?\d\d)\b")
# ("a 2019 quake", "the 1998 Varro floods", "the 2017-2018 epidemic", "In 1998, floods along the river", "since
# 2009, when a methane explosion",
# "In March 2019, shelling of the town")
_PAST_YEAR_BEFORE = re.compile(r"\b(?:(?:a|an|the)\s+(1[89]\d\d|20\d\d)(?:[-–](?:1[89]|20)?\d\d)?\s+(?:[\w-]+\s+)?"
                               r"|\b(?:in|since|on)\s+(?:" + MONTH + r"\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?"
                               r"(1[89]\d\d|20\d\d),?\s+(?:when\b(?:[^.;:]|\.(?=\d)){0,60}?\s)?"
                               # (the thing it befell, named: "in 2022 the patrol boat Ardent sank")
                               r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}|(?:[\w-]+\s+)?))$",
                               re.IGNORECASE)
_DATED_AFTER = re.compile(rf"\s*,?\s+(?:on|in)\s+(?:{MONTH}|\d)")
_LAST_YEARS_BEFORE = re.compile(r"\blast\s+year['’]s\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+|in\s+)?last\s+year\b", re.IGNORECASE)
_PLACE_ATTACHED = re.compile(rf"\s+(?:on|in|at|near)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?{et.CAP}")




_THE_FINAL = re.compile(r"\bthe\s+(final)(?=\s*(?:[,.;]|\s+(?:in|on|at|against|of|at)\b))")


def _final(ctx) -> list[Incident]:
    """'the final in Berlin': a match, though 'final' is mostly an adjective."""
    out = []
    if "final" not in ctx.text:
        return out
    for m in _THE_FINAL.finditer(ctx.text):
        sentence = ctx.doc.sentence_at(m.start(1))
        if sentence is not None:
            out.append(Incident(m.start(1), m.end(1), "match", sentence.index))
    return out


def _incident_place(ctx, inc: Incident) -> str | None:
    """Where an incident happened, as its words say: "a strike on Dnipro", "the Kharkiv strike"."""
    text = ctx.text
    sentence = ctx.doc.sentences[inc.sentence]
    c_start, c_end = ctx.clause(sentence, inc.start)
    for m in _PLACE_AFTER.finditer(text, inc.end, min(max(c_end, inc.end + 40), inc.end + 100, sentence.end)):
        # found within reach of the incident's words, read whole: "at Cameo Nightclub", not "Cameo Nig"
        m = _PLACE_AFTER.match(text, m.start(), sentence.end) or m
        name = _place_name(ctx, m, sentence)
        if name:
            return name
    # (a name before a verb is its subject, no place: "the service from Velmar to Ostrana left the track")
    said = text[inc.start:inc.end].lower()
    prev = ctx.search_before(_PLACE_BEFORE, inc.start, 40, sentence.start) \
        if not (said.endswith("ed") or said.split()[0] in _VERB_LEADS) else None
    if prev and prev.start(1) > sentence.start:
        return _place_name(ctx, prev, sentence)
    return None


_VERB_LEADS = frozenset({"left", "came", "jumped", "went", "gave", "broke", "burst"})
POSSESSIVE = re.compile(r"['’]s\b")
_INNER_PLACE = re.compile(rf"['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}({et.CAP}[\w\-]+)")


_CALENDAR_WORDS = frozenset(lex.WEEKDAY_NAMES) | frozenset(lex.MONTH_WORDS)
# words a place's name may begin with, which alone are no name
_FEATURE_WORDS = frozenset({"lake", "mount", "river", "port", "sea", "island", "valley", "gulf", "bay", "cape"})


def _place_name(ctx, m: re.Match, sentence) -> str | None:
    name = m.group(1)
    end = m.end(1)
    if name.endswith(("'s", "’s")):
        name, end = name[:-2], end - 2
    words = name.split()
    if words[0] in _CALENDAR_WORDS:
        return None  # "in March": a time, no place
    if any(ch.isdigit() for ch in name):
        return None  # "the EF-4 tornado", "COVID-19": a rating or a name with a number, no place
    if len(words) > 1 and words[-1] in _CALENDAR_WORDS:
        name = words[0]  # "in Kent Thursday": the place, then the day
        end = m.start(1) + len(name)
    first = clean_word(name.split()[0])
    feature = first in _FEATURE_WORDS and len(words) > 1  # "Lake Morva", "Mount Sinabung": a place by its kind
    if (first in lex.NOT_NAMES and first not in lex.COUNTRIES and not feature) or first in lex.DEMONYMS \
            or first in lex.TITLES:
        return None
    if POSSESSIVE.match(ctx.after(end, 2)):
        # "in Ukraine's southern Odesa region": the place is the one inside the country
        inner = _INNER_PLACE.match(ctx.text[end:sentence.end])
        if inner and clean_word(inner.group(1)) not in lex.NOT_NAMES | lex.DEMONYMS | lex.TITLES:
            name = inner.group(1)
    return et.slugify(POSSESSIVE_END.sub("", name))


def incident_distances(ctx, lo: int, hi: int, pos: int, end: int, weight: float, ahead: float, vague: float):
    """``(distance, incident)`` for each incident whose words start in ``[lo, hi)``, but the
    figure's own (``pos`` to ``end``): one after the figure counts ``ahead`` times as far,
    the whole run is weighed by ``weight``, and one that is no specific incident ("the
    fighting") is ``vague`` further."""
    for inc in ctx.incidents_in(lo, hi):
        if inc.start < end and inc.end > pos:
            continue
        dist = (pos - inc.end if inc.end <= pos else (inc.start - end) * ahead) * weight
        if not inc.specific:
            dist += vague
        yield dist, inc


def incident_for(ctx, sentence, pos: int, end: int, default: str = "incident",
                 own_figure: re.Pattern | None = None) -> tuple[str, Incident | None]:
    """The incident a figure belongs to: named nearby, else the one the story is on.

    ``own_figure`` finds a figure of the same measure: an incident after the figure with
    one of those between is that figure's ("had a magnitude of 7.8 and was followed by a
    6.7-magnitude aftershock": the 7.8 is not the aftershock's)."""
    c_start, c_end = ctx.clause(sentence, pos)
    best = None
    s_start, s_end = max(sentence.start, pos - REACH), min(sentence.end, end + REACH)
    for lo, hi, weight in ((c_start, c_end, 1.0), (s_start, s_end, 2.0)):
        for dist, inc in incident_distances(ctx, lo, hi, pos, end, weight, ahead=1.5, vague=200):
            if own_figure is not None and inc.start >= end and own_figure.search(ctx.text, end, inc.start):
                continue
            if best is None or dist < best[0]:
                best = (dist, inc)
        if best is not None:
            break
    inc = best[1] if best else None
    if inc is None:
        before = bisect.bisect_left(ctx._incident_starts, sentence.start)
        last = ctx.incidents[before - 1] if before else None
        inc = (ctx._specific_upto[before - 1] if before else None) or last
        if last is not None and inc is not None and last.sentence == sentence.index - 1 > inc.sentence:
            # the sentence before spoke of the war ("Since the war began, 41,000 have been killed"), after
            # the last strike: "Israel says it has killed 17,000 militants" is the war's too
            inc = last
        main = ctx.main_incident
        if main is not None and (inc is None or inc.generic
                                 or (_aside(inc, main) and ("\n" in ctx.text[inc.end:sentence.start]
                                                            or _told_in_passing(ctx, inc, main)))):
            # nothing named before, or another incident named in an earlier paragraph ("a volunteer
            # drowned when his boat capsized", "the 1998 floods"): the figure is of what the article is about
            return main
    if inc is None:
        specific = [i for i in ctx.incidents if i.specific]
        # (not an earlier one: "the 1998 floods" named alone, the figures are of the one the story is on)
        inc = next((i for i in specific or ctx.incidents if not i.aside), None)
    if inc is None:
        return default, None
    return inc.key, inc


def _told_in_passing(ctx, inc: Incident, main: tuple[str, Incident | None]) -> bool:
    """Whether an earlier incident was named in a sentence about the article's own, after it: "It is the
    largest fire since 2027, when a blaze burned 22,000 hectares." The sentence after is about the
    article's own again."""
    kind = main[1].kind if main[1] else main[0]
    return inc.aside and any(other.sentence == inc.sentence and other.start < inc.start and not other.aside
                             and other.kind == kind for other in ctx.incidents)


def _aside(inc: Incident, main: tuple[str, Incident | None]) -> bool:
    """Whether an incident is not the one an article is about: an earlier one, one set apart, another kind."""
    return inc.aside or inc.kind != (main[1].kind if main[1] else main[0])


# A headline's mention of an incident weighs this many of the text's (one in the lead weighs two).
HEADLINE_WEIGHT = 3.0


@lru_cache(maxsize=8)  # asked for by the incident finder and the main incident, article by article
def headline_kinds(title: str) -> tuple[str, ...]:
    """The kind of each incident a headline names, in order."""
    return tuple(lex.INCIDENTS[lexicon_word(m.group(0))] for m in patterns()["incident"].finditer(title)) \
        if title else ()


def main_incident(ctx) -> tuple[str, Incident | None] | None:
    """The incident the article is about, as ``(key, first mention)``: the one its headline and
    text name most, a mention in the lead counted twice, one in the headline three times (the
    mention is None where only the headline names it). An earlier one (of a past year) or one
    the text sets apart ("a separate strike") is never the article's own."""
    weights: dict[str, float] = {}
    first: dict[str, Incident] = {}
    for inc in ctx.incidents:
        if inc.aside:
            continue
        weights[inc.key] = weights.get(inc.key, 0.0) + (2.0 if inc.start < LEAD_CHARS else 1.0)
        first.setdefault(inc.key, inc)
    if ctx.title:
        kinds = {inc.kind for inc in ctx.incidents if not inc.aside}
        for kind in headline_kinds(ctx.title):
            if kind == "collapse" and kinds & lex.COLLAPSE_CAUSES:
                continue  # "dam collapse" over a story of its flood: the flood's doing
            if kind == "attack" and "protest" in kinds and "attack" not in kinds:
                kind = "protest"  # "strike" in the headline of a story of a walkout
            if kind in lex.BROAD_INCIDENTS:
                continue
            key = next((k for k, inc in first.items() if inc.kind == kind), kind)
            weights[key] = weights.get(key, 0.0) + HEADLINE_WEIGHT
    specific = {key for key in weights if key not in first or first[key].specific}
    if specific:  # "the violence" is what the article is about only where it names nothing more specific
        weights = {key: weight for key, weight in weights.items() if key in specific}
    if not weights:
        return None
    order = [key for key in first if key in weights] + [key for key in weights if key not in first]
    key = max(order, key=lambda k: weights[k])  # of those named alike, the first
    return key, first.get(key)


_PLACE_AFTER = re.compile(
    r"\b(?:on|in|at|near|of|hit|struck|targeting|against|rocked|battered)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,4}?"
    r"(?:(?:city|town|village|region|province|district|port|capital)\s+of\s+)?"
    rf"({et.CAP}[\w'’\-]+(?:\s+{et.CAP}[\w'’\-]+)?)"
)
_PLACE_BEFORE = re.compile(
    rf"({et.CAP}[\w\-]+)(?:['’]s)?\s+(?:(?:missile|drone|air|rocket|deadly|devastating)\s+)?$"
)


# A day more than this before its report's publication weighs half as the case's day: the incident
# a report is about is most often days old; a date from long before is most often one it recalls.
RECALLED_DAYS = 31


def _days_before(day: str, published) -> int:
    from datetime import date

    try:
        return (published - date.fromisoformat(day)).days
    except ValueError:
        return 0


def article_events(ctx, found: list) -> tuple[tuple, tuple, tuple]:
    """The incidents named, as ``(subject, kind, label, label kind, weight, place, separate)``,
    one per subject: the weight counts its mentions, those in the lead twice; the place is the
    first its words name; separate, whether its words set it apart from another. The days
    their dates read to, as ``(subject, start, first day, last day, weight)``. And the places
    counts were made in, as ``(start, place)``."""
    out: dict[str, list] = {}
    for inc in ctx.incidents:
        weight = 2.0 if inc.start < LEAD_CHARS else 1.0
        row = out.get(inc.key)
        if row is None:
            out[inc.key] = [inc.key, inc.kind, inc.label, inc.label_kind, weight, inc.place, inc.separate]
        else:
            row[4] += weight
            row[5] = row[5] or inc.place
            row[6] = row[6] or inc.separate
    days = []
    for c in found:
        subject, _, attribute = c.key.rpartition(".")
        if attribute == "date" and subject in out:
            value = normalize(c.value, ctx.published, "date")
            if value.resolved and value.start and value.end:
                weight = 2.0 if c.start < LEAD_CHARS else 1.0
                if ctx.published is not None and _days_before(value.end, ctx.published) > RECALLED_DAYS:
                    weight /= 2  # "in the Nov. 5, 2009 shooting": most likely an earlier incident recalled
                days.append((subject, c.start, value.start, value.end, weight))
    places = []
    for c in found:
        subject, _, role = c.key.rpartition(".")
        if (subject in out or subject == "incident") and c.value_type == "count" and role in SCOPED_ROLES:
            place = scope_place(ctx, c)
            if place:
                places.append((c.start, place))
    return tuple(tuple(row) for row in out.values()), tuple(days), tuple(places)
