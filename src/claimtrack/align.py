"""One fact, one key, across a case: the incident each figure belongs to.

Extraction reads one article at a time and keys a figure by the incident its
sentence names: "attack-aleppo" in one outlet, "attack-syria" or "explosion"
in another, "shooting-1" where an article tells two shootings apart, and
"incident" where it names none. Alignment looks at the whole case: which
incident its articles are about (what their leads name weighs most), and
sends every figure of that incident, whatever word or place its outlet used,
to one subject. A figure stays apart only where its own article ties it to
another incident: an earlier one by its year, a named storm, an aftershock,
another kind of incident, or a second one the article itself tells apart from
the one the case is about.

Pure: what the articles' readings say in, subjects out.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, NamedTuple

from claimtrack.extract import lexicon as lex
from claimtrack.extract.model import TALLY_LABEL, YEAR_LABEL

# The subject of a figure whose article names no incident at all.
GENERIC = "incident"
# The subject of a weather figure (rain, snow, heat) whose sentence names no incident.
WEATHER = "weather"
# Incidents rain is part of: in a case about one, the rain its articles measure is its rain.
RAIN_INCIDENTS = frozenset({"storm", "flood", "landslide"})
# Kinds too broad to be what a case is about while a specific one is named ("the fighting", "the war").
BROAD = lex.BROAD_INCIDENTS
# Labels that make a subject its own incident, whatever the case is about.
OWN_LABELS = frozenset({"year", "name", "earlier"})  # (earlier: past ones in general, "in earlier attacks")
# The words for a second incident that an article tells apart and names nowhere, in order.
_NTH = frozenset({"second", "third", "fourth"})  # an unnamed incident told apart keeps its label up to the fourth
# A date more days than this from the one a case's articles give for its incident is another's.
OTHER_DAYS = 31
# Days this close to each other back each other as a case's day: one night's shooting is "late
# Saturday" in one report and "early Sunday" in another, a weekday is read against each report's date.
NEAR_DAYS = 2
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


class Incident(NamedTuple):
    """An incident an article names: its subject as extraction keys it ("attack-dnipro"),
    its kind, its label and what the label is (see claimtrack.extract.incidents.Incident), how much the
    article speaks of it (mentions, those in the lead counted twice), and the place its
    words first name, told apart from another or not."""

    subject: str
    kind: str
    label: str | None
    label_kind: str | None
    weight: float
    place: str | None
    separate: bool = False


def article_incidents(events: tuple) -> dict[str, Incident]:
    """An article's incidents by subject, from what extract.read gives."""
    return {row[0]: Incident(*row) for row in events[0]} if events else {}


def article_days(events: tuple) -> dict[int, tuple[str, str]]:
    """The days each of an article's incident dates reads to (first, last), by where its quote starts."""
    return {start: (first, last) for _, start, first, last, _ in events[1]} if events else {}


def kind_of(subject: str) -> str | None:
    """The incident kind a subject names ("attack-dnipro" -> "attack"), or None for a
    person's or a thing's subject."""
    kind = subject.split("-", 1)[0]
    if kind == GENERIC or kind in lex.INCIDENT_KINDS:
        return kind
    return None


def same_happening(kind: str, main: str) -> bool:
    """Whether, in a story about a ``main``, a ``kind`` names that same happening."""
    return kind == main or kind == GENERIC or kind in lex.INCIDENT_AFFINITY.get(main, ()) or (
        kind == "collapse" and main in lex.COLLAPSE_CAUSES)  # the buildings a quake or a flood brought down


class CasePlan:
    """What a case is about, and where each of its articles' figures goes."""

    def __init__(self, main: str | None, places: Counter, day: str | None = None, name: str | None = None) -> None:
        self.main = main
        self.places = places  # label -> how much the case's articles speak of an incident there
        self.day = day  # the day the case's articles most give for it, if any
        self.name = name  # the subject of its name, if the articles name it ("storm-milton", "fire-ridge")

    def _part(self, main: str, place: str | None, incidents: dict[str, Incident]) -> str:
        """The case's incident, or the part of it made in one place: "11 people died in Serrat" in a
        case whose articles place the quake in Veloria is earthquake.serrat. Only an incident that
        covers an area has parts by place; a place the article puts the incident itself in is the
        whole."""
        if not place or not self.places or main not in lex.AREA_INCIDENTS:
            return main  # a shooting "in Manhattan" is where it happened, not a part of it
        main_place = max(sorted(self.places), key=lambda p: self.places[p])
        if place == main_place or any(i.place == place for i in incidents.values()):
            return main
        return f"{main}.{place}"

    def _within(self, label: str) -> bool:
        """Whether a place names a spot inside the case's main place (a street in its town), not
        another place like it."""
        if not self.places:
            return False
        main_place = max(sorted(self.places), key=lambda p: self.places[p])
        return label != main_place and bool(_STREET_LABEL.search(label)) and not _STREET_LABEL.search(main_place)

    def subject(self, incidents: dict[str, Incident], subject: str, days: tuple[str, str] | None = None,
                place: str | None = None) -> str:
        """The case's subject for a figure an article keyed under ``subject``; ``days``: the
        first and last day a date figure reads to; ``place``: where a count was made."""
        kind = kind_of(subject)
        main = self.main
        if subject == WEATHER and main in RAIN_INCIDENTS:
            return main  # the rain an article names with no incident, in a case about the flood it brought
        if kind is None or main is None:
            return subject
        if TALLY_LABEL.search(subject):
            return subject  # "already this year, 76 people have been shot": a tally, no incident's count
        year = YEAR_LABEL.search(subject)
        if year:  # "In 2015, ... 164 gunshot victims": that year's, unless the case's incident is of that year
            if not (self.day and self.day[:4] == year.group("year")):
                return f"{kind}-{year.group('year')}"
            subject = subject[:year.start()]
        own = incidents.get(subject)
        if own is not None and own.label_kind == "year" and self.day and self.day[:4] == own.label:
            own = None  # "In 2019, the gunman killed two": the case's own, of that year
            subject = kind
        if own is not None and own.label_kind in OWN_LABELS and subject != self.name:
            return subject  # "the 2019 quake", "Storm Bert" in a case about another
        if not same_happening(kind, main):
            return subject  # another kind of incident: its own
        if days and self.day and kind != GENERIC and _days_apart(days, self.day) > OTHER_DAYS:
            # "in the Nov. 5, 2009 shooting", "in August 2015": far from the case's day, another incident's
            day = days[0]
            return f"{kind}-{day[:4]}" if day[:4] != self.day[:4] else f"{kind}-{_MONTHS[int(day[5:7]) - 1]}"
        told_apart = [i for i in incidents.values()
                      if same_happening(i.kind, main) and i.kind != GENERIC and i.label_kind not in OWN_LABELS]
        if len({i.subject for i in told_apart}) <= 1 or own is None or own.label_kind in (None, "unnamed"):
            return self._part(main, place, incidents)  # the one incident of its kind, or one named nowhere
        if own.label_kind == "place" and not own.separate and self._within(own.label):
            return main  # "on Franklin Avenue" in a case about the Wilkinsburg shooting: where in it
        first = max(told_apart, key=lambda i: (not i.separate, self.places.get(i.label, 0.0), i.weight,
                                               -told_apart.index(i)))
        if own.subject == first.subject:
            return main
        if own.label_kind == "other":
            return f"{own.kind}-{own.label if own.label in _NTH else 'other'}"
        return subject  # "a separate strike on Synelnykove": attack-synelnykove


_STREET_LABEL = re.compile(r"(?:^|-)(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct"
                           r"|place|parkway|highway|hwy|block|square|plaza|terrace|circle|trail)(?:-|$)")


def plan_case(articles: Iterable[tuple], stored_subjects: Iterable[str] = ()) -> CasePlan:
    """The plan for a case from its articles' incidents (see extract.read) and the subjects
    its stored claims already have.

    The case is about the incident its articles speak of most, its lead counted
    twice; a broad one ("fighting") only where nothing more specific is named.
    A case that has claims keeps the incident they are keyed under, so that a
    new article's figures meet the old ones.
    """
    weights: Counter = Counter()
    places: Counter = Counter()
    names: Counter = Counter()
    dated: list[tuple[str, str, float]] = []
    for events in articles:
        incidents = article_incidents(events)
        for incident in incidents.values():
            weights[incident.kind] += incident.weight
            if incident.place and not incident.separate:
                # (not "a separate strike on the village of Orsk", however much its article says of it)
                places[incident.place] += incident.weight
            if incident.label_kind == "name" and not incident.separate:  # not "since Hurricane Orla"
                names[incident.subject] += incident.weight
        dated.extend((incidents[subject].kind, first, weight)
                     for subject, _, first, last, weight in (events[1] if events else ()) if first == last)
    stored = {s for s in stored_subjects if s in lex.INCIDENT_KINDS}
    choices = ([k for k in stored if k not in BROAD] or [k for k in weights if k not in BROAD]
               or sorted(stored) or list(weights))
    main = max(sorted(choices), key=lambda kind: _score(kind, weights)) if choices else None
    days: Counter = Counter()
    for kind, day, weight in dated:
        if main is not None and same_happening(kind, main):
            days[day] += weight
    # The name the case's articles give its incident most ("Hurricane Milton", "the Ridge Fire"): the
    # outlets that name it and those that say only "the hurricane" report one happening. A name its
    # articles give less is another's ("the 2018 Cedar Fire").
    named = sorted(subject for subject in names if main is not None and same_happening(kind_of(subject) or "", main))
    name = max(named, key=lambda subject: names[subject]) if named else None
    return CasePlan(main, places, _case_day(days), name)


def _case_day(days: Counter) -> str | None:
    """The day a case's articles most give for its incident, each day backed by the days near it
    ("late Wednesday" and "Thursday's shooting" of one night); of days backed alike, the first."""
    from datetime import date

    if not days:
        return None
    # the days in order, and for each the weight of those within NEAR_DAYS of it (a sliding window:
    # a case of 10,000 reports names thousands of days)
    ordered = sorted(days)
    ordinal = [date.fromisoformat(day).toordinal() for day in ordered]
    support, low, high, total = {}, 0, 0, 0.0
    for i, day in enumerate(ordered):
        while high < len(ordered) and ordinal[high] <= ordinal[i] + NEAR_DAYS:
            total += days[ordered[high]]
            high += 1
        while ordinal[low] < ordinal[i] - NEAR_DAYS:
            total -= days[ordered[low]]
            low += 1
        support[day] = total
    return max(ordered, key=lambda day: support[day])


def _days_apart(days: tuple[str, str], day: str) -> int:
    """How many days a span of days (first, last) lies from a day: 0 if it holds it."""
    from datetime import date

    first, last, that = date.fromisoformat(days[0]), date.fromisoformat(days[1]), date.fromisoformat(day)
    return 0 if first <= that <= last else min(abs((first - that).days), abs((last - that).days))


def _score(kind: str, weights: Counter) -> float:
    """How much a case speaks of ``kind``, its kindred words counted half."""
    return weights.get(kind, 0.0) + 0.5 * sum(weights.get(k, 0.0) for k in lex.INCIDENT_AFFINITY.get(kind, ()))


# --- which reports are of one incident --------------------------------------------------------

# Where an article names who and where: its first few thousand characters.
ANCHOR_CHARS = 4000
_STREET = re.compile(
    r"\b((?:[A-Z0-9][\w'’.-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\."
    r"|Way|Court|Ct\.|Place|Parkway|Pkwy\.|Highway|Hwy\.|Circle|Terrace|Trail|Square|Plaza))(?!\w)")
_STREET_WORD = re.compile(r"-(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|pkwy|parkway"
                          r"|hwy|highway|way|place|circle|terrace|trail|square|plaza)$")
# what a street's name is written with or without: a house number, a direction ("833 N. Anderson St."
# and "Anderson Street" are one street)
_STREET_PREFIX = re.compile(r"^(?:\d+[a-z]?-)?(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)-(?=.*-))?")


def street_name(slug: str) -> str:
    """A street as an anchor: its name without house number, direction or street word."""
    return _STREET_WORD.sub("", _STREET_PREFIX.sub("", slug)) or slug


_AGE = re.compile(r"\b(\d{1,2})-year-old\b|(?<=[A-Za-z]), (\d{1,2}),")
# a name followed by what it said is someone who speaks of an incident, not someone it happened to
_SPEAKER_AFTER = re.compile(r"[\s,]*(?:said|says|told|added|stated|explained|confirmed)\b")


def anchors(text: str) -> frozenset[str]:
    """What only one incident's reports would name: the people it happened to or who did it
    (not an official who speaks of it, named with a title or as the one who said so), its
    streets, and the ages given for those involved."""
    from claimtrack.extract import text as et

    head = text[:ANCHOR_CHARS]
    out: set[str] = set()
    for mention in et.read(head).mentions:
        if mention.kind == "person" and mention.slug and "-" in mention.slug and not mention.titled \
                and not _SPEAKER_AFTER.match(head, mention.end):
            out.add("person:" + mention.slug)
    for m in _STREET.finditer(head):
        out.add("street:" + street_name(et.slugify(m.group(1))))
    for m in _AGE.finditer(head):
        out.add("age:" + (m.group(1) or m.group(2)))
    for m in _STRUCK_PLACE.finditer(head):
        out.add("place:" + et.slugify(m.group(1)))
    for m in _TAKEN_PLACE.finditer(head):
        out.add("place:" + et.slugify(m.group(1)))
    for m in _FLIGHT.finditer(head):
        out.add("flight:" + m.group(1).replace(" ", "").lower())
    for m in _VESSEL.finditer(head):
        out.add("vessel:" + et.slugify(m.group(1)))
    gunfire = _GUNFIRE.search(head)
    if not gunfire:
        # where a plane, a train or a boat came to grief (in a shooting's story, a car's crash is anywhere in town)
        for m in _WRECK_PLACE.finditer(head):
            out.add("place:" + et.slugify(m.group(1)))
    if _STRUCK_WORD.search(head) and not gunfire:
        # in a story of a strike or a quake, where its dead and hurt were: "two civilians died in Zarovka"
        for m in _HURT_PLACE.finditer(head):
            out.add("place:" + et.slugify(m.group(1)))
    return frozenset(out)


# The place a strike, a quake or a blast hit, as its reports name it: "a missile strike on Poltava", "the
# attack on the city of Sumy". Not a shooting's: a city has many shootings a night, named by their streets.
# a place as news copy names it after "in" or "on": "the city of Sumy", "Ostrava Nova" (no day or month)
_CALENDAR_NAMES = ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June"
                   " July August September October November December")
_NAMED_PLACE = (r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:city|town|village|port|region|province|district|capital)\s+of\s+)?"
                rf"(?!(?:{'|'.join(_CALENDAR_NAMES.split())})\b)((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)")
_STRUCK_PLACE = re.compile(
    r"(?<!separate\s)(?<!another\s)(?<!earlier\s)(?<!previous\s)(?<!last\s)(?<!\d\d\d\d\s)"
    r"\b(?:strikes?|attacks?|shelling|bombing|bombardment|raids?|missiles?|rockets?|drones?|quake|earthquake"
    r"|explosion|blast|flooding|landslide)\b[^.;:!?]{0,60}?\b(?:on|in|at|near|hit|hits|struck)\s+" + _NAMED_PLACE,
    re.IGNORECASE)


# where people or ships were seized: "abducted 287 students from a school in Dunmar", "seized four freighters off
# Cape Varn"
_TAKEN_PLACE = re.compile(
    r"(?<!separate\s)(?<!another\s)(?<!earlier\s)(?<!previous\s)(?<!last\s)(?<!\d\d\d\d\s)"
    r"\b(?:kidnapped|kidnapping|kidnappers|abducted|abduction|abductors|hijacked|hijacking|seized|seizure|seizing)\b"
    r"[^.;:!?]{0,60}?"
    r"\b(?:from|in|at|near|off)\s+" + _NAMED_PLACE, re.IGNORECASE)
_WRECK_PLACE = re.compile(
    r"(?<!separate\s)(?<!another\s)(?<!earlier\s)(?<!previous\s)(?<!last\s)(?<!\d\d\d\d\s)"
    r"\b(?:crash|crashed|derailment|derailed|capsized|capsizing|overturned|sank|sinking|sunk|ran\s+aground|collapse"
    r"|collapsed)\b[^.;:!?]{0,60}?"
    r"\b(?:on|in|at|near|from|off|outside)\s+" + _NAMED_PLACE, re.IGNORECASE)
# a ship by its name: "the MV Sewol", "HMS Sheffield"
_VESSEL = re.compile(r"\b(?:MV|M/V|MS|MT|SS|HMS|USS|RMS|FV|HMAS|INS)\s+"
                     r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")
# a flight by its number, which no other crash has: "Flight 418", "flight MH17"
_FLIGHT = re.compile(r"\b(?-i:[Ff]light|FLIGHT)\s+((?-i:[A-Z]{2,3})?\s?\d{1,4}(?-i:[A-Z])?)\b", re.IGNORECASE)
_STRUCK_WORD = re.compile(r"\b(?:strikes?|airstrikes?|shelling|bombing|bombardment|missiles?|rockets?|drones?|quake"
                          r"|earthquake)\b", re.IGNORECASE)
_GUNFIRE = re.compile(r"\b(?:shooting|shootings|gunfire|gunman|gunmen|shot\s+dead|opened\s+fire)\b", re.IGNORECASE)
_HURT_PLACE = re.compile(r"\b(?:killed|died|dead|injured|wounded|hurt)\b[^.;:!?]{0,40}?\b(?:in|at|near)\s+"
                         + _NAMED_PLACE, re.IGNORECASE)


def apart(anchors_a, values_a: dict, anchors_b, values_b: dict) -> str | None:
    """Why two reports are probably of two incidents, or None if they may be of one.

    Reports of one incident share something: a figure they give alike, a person, a street,
    or two ages. Two that share none of these and differ on the day, on two figures, or on
    one figure while each names streets and none in common, are taken for reports of two
    incidents (``values`` map each report's keys to the canonical value it gives, a date's
    followed by the weekday its words name). The anchors may be given as callables, called
    only when the figures leave the question open (reading names costs more)."""
    differ, small = [], 0
    for key in sorted(set(values_a) & set(values_b)):
        if _alike(values_a[key], values_b[key]):
            if not _small_count(values_a[key]):
                return None
            small += 1  # two reports that both count one or two of something may well be of two incidents
            continue
        if _compatible(values_a[key], values_b[key]):
            continue  # "at least 12" and "12", "about 30" and "30": no sign either way
        differ.append(key)
    if not differ or small >= 2:
        return None
    anchors_a = anchors_a() if callable(anchors_a) else anchors_a
    anchors_b = anchors_b() if callable(anchors_b) else anchors_b
    shared = anchors_a & anchors_b
    if any(not anchor.startswith("age:") for anchor in shared) or len(shared) >= 2:
        return None  # one age in common is chance; a name, a street, or two ages are not
    dates = [key for key in differ if key.endswith(".date")]
    if dates:
        key = dates[0]
        return f"nothing in common but the kind of incident, and they differ on {key} ({values_a[key][5:15]} vs " \
               f"{values_b[key][5:15]}): probably two incidents"
    if len(differ) >= 2:
        return f"nothing in common but the kind of incident, and they differ on {differ[0]} and {differ[1]}: " \
               "probably two incidents"
    streets_a = {a for a in anchors_a if a.startswith("street:")}
    streets_b = {a for a in anchors_b if a.startswith("street:")}
    if streets_a and streets_b:
        return f"they name different streets ({min(streets_a)[7:]}, {min(streets_b)[7:]}), nothing else in " \
               f"common, and differ on {differ[0]}: probably two incidents"
    return None


def _compatible(a: str, b: str) -> bool:
    """Two canonical figures, not alike, that may both hold: a bound and a figure within it, an
    approximate figure and an exact one near it."""
    from claimtrack.values.canonical import read_canonical
    from claimtrack.values.comparison import AGREE, compare

    if a.startswith("date ") or b.startswith("date "):
        return False
    value_a, value_b = read_canonical(a, a), read_canonical(b, b)
    return value_a is not None and value_b is not None and compare(value_a, value_b) == AGREE


def _small_count(value: str) -> bool:
    return value in ("count 1", "count 2")


def _alike(a: str, b: str) -> bool:
    """Two canonical values given alike; two days named by one weekday are alike, whatever days
    they were read to against their reports' dates ("Sunday" in one published a month later)."""
    if a == b:
        return True
    weekday_a, weekday_b = a[16:], b[16:]
    return bool(a.startswith("date ") and weekday_a and weekday_a == weekday_b)
