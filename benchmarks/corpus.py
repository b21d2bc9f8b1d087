"""A deterministic model of news coverage: stories, outlets, articles, claims.

Everything here is pure and seeded: story ``i`` of seed ``s`` is the same on
every machine and at every corpus size (a 1M-claim corpus starts with the
stories of the 100k one). Nothing imports claimtrack; generate.py turns the
model into article files or a database.

A story is one event (a strike, a state visit, an earthquake, a trial, an
election, a factory fire) with about a dozen checkable facts. Several outlets
cover it, each on its own publication date; each article states most of the
facts in its own words ("at least 40", "52 people", "dozens"; "Sunday",
"April 16"; "a three-day visit", "3 days"), with attributions, and now and
then one outlet gets a fact wrong, which is what claimtrack must flag.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

CLAIMS_PER_SOURCE = 10  # on average, as the budgets assume (100,000 from 10,000)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")

OUTLETS = (
    "The Harbor Times", "Northline Daily", "Meridian Post", "The Evening Ledger", "Capital Courier",
    "Riverside Gazette", "The Continental", "Atlas News", "Granite Herald", "The Morning Compass",
    "Eastgate Observer", "Pinewood Journal", "The Civic Record", "Coastline Tribune", "The Lantern",
    "Summit Dispatch", "Valley Chronicle", "Frontier Report", "The Open Ledger", "Lakeshore Sentinel",
    "The Daily Beacon", "Westbrook Star", "Metro Bulletin", "The Plainsman", "Bridgeport Examiner",
    "Highland Voice", "The Iron Quill", "Southern Mirror", "Kestrel Media", "The Republic Review",
    "Old Town Telegraph", "Crescent Wire Weekly", "The Signal", "Northern Outlook", "Tidewater News",
    "The Standard Bell", "Cobalt Times", "Fairhaven Press", "The Watchtower Online", "Union Street Journal",
)
WIRES = ("Ostwire", "Pan-Continental Press", "Nordia News Agency")
EDITORS = ("Ana Ruiz", "Tomas Berg", "Leila Haddad", "Kofi Mensah", "Mei Lin", "Priya Nair", "Jonas Weber")
FIRST = ("Adaro", "Bela", "Corin", "Dara", "Elian", "Farah", "Goran", "Hana", "Ilias", "Juno", "Kaveh", "Lena",
         "Marek", "Nadia", "Oren", "Petra", "Rasmus", "Sana", "Teodor", "Vera", "Yusuf", "Zora")
LAST = ("Venn", "Morrow", "Kastel", "Oduya", "Relling", "Sabri", "Taneva", "Ulric", "Varga", "Whitlow", "Yardeni",
        "Zelenko", "Brandt", "Coelho", "Dimas", "Eskola", "Fenwick", "Grachev", "Holm", "Iverson")
SYLLABLES = ("ka", "vel", "mor", "an", "dri", "sel", "tor", "va", "lin", "os", "bar", "ne", "gra", "ti", "ul",
             "ser", "po", "mi", "ren", "da", "kol", "bre", "zan", "e", "hav", "or", "tes", "ami", "lu", "vor")
COUNTRIES = ("Valdoria", "Ostrenia", "Karsland", "Meridia", "Tavros", "Lunaria", "Brevonia", "Sarkand")


@dataclass(frozen=True)
class Fact:
    attr: str  # the attribute segment of the key: "death-toll"
    family: str  # count, duration, date, year, money, percent, bool, magnitude, text
    truth: object
    unit: str = ""  # days, years, months for durations
    templates: tuple = ()  # sentences; [[...]] marks the quote, {v} the value wording
    denials: tuple = ()  # for bool facts: sentences that deny it


@dataclass
class Outlet:
    name: str | None  # None: the article names no outlet
    published: date | None  # None: no date line
    author: str | None
    wire: bool = False


@dataclass
class Story:
    index: int
    kind: str
    slug: str
    place: str
    country: str
    person: str
    event: date
    headline: str
    facts: list[Fact]
    outlets: list[Outlet]
    conflicts: dict[str, tuple[int, int]]  # attr -> (outlet stating the truth, outlet getting it wrong)
    case: str


@dataclass
class Mention:
    """One outlet stating one fact: what becomes a claim (or an appearance)."""

    attr: str
    family: str
    value: str | None
    value_type: str | None
    quote: str
    start: int
    end: int
    stance: str
    attribution: str | None
    sentence: str
    statement: str


@dataclass
class Article:
    story: Story
    number: int  # which outlet of the story
    outlet: Outlet
    title: str
    url: str | None
    text: str  # the body, exactly as claimtrack stores it (normalized)
    mentions: list[Mention] = field(default_factory=list)

    def file_text(self, case: str | None) -> str:
        """The article as a file a desk would save: metadata block, then the body."""
        meta = [("case", case), ("outlet", self.outlet.name), ("title", self.title), ("url", self.url),
                ("author", self.outlet.author),
                ("published", self.outlet.published.strftime("%d %B %Y") if self.outlet.published else None)]
        lines = ["---"]
        for name, value in meta:
            if value is not None:
                lines.append(f"{name}: {value}")
        lines.append("---")
        return "\n".join(lines) + "\n" + self.text

    @property
    def filename(self) -> str:
        return f"{self.story.slug}-{self.number}.txt"


# --- wording ---------------------------------------------------------------------


def number(n: int) -> str:
    return f"{n:,}"


def count_wording(rng: random.Random, n: int) -> str:
    """A way of writing a count that includes n (so honest outlets never conflict)."""
    options = [(4, number(n))]
    if n < 20:
        options.append((3, WORDS[n]))
    if n >= 12:
        step = 10 if n >= 50 else 5
        floor = (n // step) * step
        if floor >= 5:
            options.append((2, f"at least {number(floor)}"))
        if floor < n:
            options.append((1, f"more than {number(floor)}"))
    if n >= 30:
        r = round(n, -1) if n < 1000 else round(n, -2)
        if abs(n - r) <= 0.1 * r:
            options.append((1, f"about {number(r)}"))
        c = (n // 10 + 1) * 10 if n < 1000 else (n // 100 + 1) * 100
        if n >= 0.9 * c:
            options.append((1, f"nearly {number(c)}"))
    if 24 <= n < 100:
        options.append((1, "dozens"))
    if 200 <= n < 1000:
        options.append((1, "hundreds"))
    return _weighted(rng, options)


def wrong_count(rng: random.Random, n: int) -> int:
    delta = max(2, round(n * rng.uniform(0.2, 0.5)))
    return n + delta if rng.random() < 0.6 or n - delta < 1 else n - delta


def _weighted(rng: random.Random, options: list[tuple[float, str]]) -> str:
    total = sum(w for w, _ in options)
    pick = rng.random() * total
    for weight, value in options:
        pick -= weight
        if pick < 0:
            return value
    return options[-1][1]


def wrong_duration(rng: random.Random, n: int, unit: str) -> int:
    if unit == "days":
        return n + 1 if n <= 2 or rng.random() < 0.6 else n - 1
    return n + rng.choice((2, 3))


def duration_wording(rng: random.Random, n: int, unit: str, *, adjective: bool) -> str:
    singular = unit[:-1]
    if adjective:  # "a three-day visit"
        return f"{WORDS[n] if n < 20 else n}-{singular}"
    if n < 20 and rng.random() < 0.5:
        return f"{WORDS[n]} {unit}"
    return f"{n} {unit}"


def date_wording(rng: random.Random, d: date, published: date | None, *, allow_relative: bool = True) -> str:
    options = [(3, f"{MONTHS[d.month - 1]} {d.day}"), (2, f"{d.day} {MONTHS[d.month - 1]} {d.year}"),
               (1, f"{MONTHS[d.month - 1]} {d.day}, {d.year}")]
    if allow_relative and published is not None and 0 <= (published - d).days <= 6:
        options.append((4, WEEKDAYS[d.weekday()]))
        if (published - d).days == 1:
            options.append((1, "yesterday"))
    if allow_relative and published is None:
        options.append((3, WEEKDAYS[d.weekday()]))  # no date line: unresolvable, as in real copy
    return _weighted(rng, options)


def money_wording(rng: random.Random, amount: float) -> str:
    text = _money(amount)
    options = [(4, text), (1, f"about {text}")]
    if amount >= 1e9:
        options.append((1, text.replace("$", "") + " dollars"))
    low = _round_down(amount)
    if low < amount:
        options.append((1, f"more than {_money(low)}"))
    return _weighted(rng, options)


def _money(amount: float) -> str:
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if amount >= scale:
            return f"${amount / scale:g} {word}"
    return f"${number(int(amount))}"


def _round_down(amount: float) -> float:
    scale = 1e9 if amount >= 1e9 else 1e6
    return int(amount / scale) * scale


def percent_wording(rng: random.Random, p: float) -> str:
    text = f"{p:g}"
    options = [(3, f"{text} percent"), (2, f"{text}%")]
    r = round(p / 5) * 5
    if r and abs(p - r) <= 0.1 * r:
        options.append((1, f"about {r} percent"))
    return _weighted(rng, options)


# --- story kinds -------------------------------------------------------------------
# Each kind: headline, then facts as (attr, family, truth maker, unit, templates[, denials]).
# Templates: [[...]] is the verbatim quote the claim anchors to; {v} the value wording.


def _strike(rng, s):
    killed = rng.choice([rng.randint(3, 19), rng.randint(20, 95), rng.randint(100, 400)])
    return f"Strike on {s['place']} kills {killed}", [
        ("death-toll", "count", killed, "", (
            "[[{v} people were killed]] when missiles hit central {place}",
            "The strike on {place} [[killed {v} people]], including several children",
            "[[The death toll rose to {v}]] by the evening",
        )),
        ("wounded", "count", rng.randint(10, 300), "", (
            "[[{v} others were wounded]] and taken to hospitals across the region",
            "Doctors said [[{v} people were injured]] in the attack",
        )),
        ("date", "date", None, "", (
            "The attack came [[on {v}]], shortly before dawn",
            "Missiles struck {place} [[on {v}]] as residents slept",
        )),
        ("drones-launched", "count", rng.randint(12, 90), "", (
            "The military said the enemy [[launched {v} drones]] overnight",
            "Air defences tracked [[{v} drones]] over the region",
        )),
        ("drones-intercepted", "count", rng.randint(5, 60), "", (
            "Of those, [[{v} were shot down]], the air force said",
        )),
        ("buildings-damaged", "count", rng.randint(10, 240), "", (
            "[[{v} buildings were damaged]], among them a school and a clinic",
        )),
        ("mourning", "duration", rng.randint(2, 3), "days", (
            "The mayor [[declared {v} of mourning]] for the victims",
        )),
        ("search", "duration", rng.randint(2, 6), "days", (
            "Rescue teams searched the rubble [[for {v}]] before ending the operation",
        )),
        ("emergency-aid", "money", rng.choice([5, 10, 25, 40, 60]) * 1e6, "", (
            "The government pledged [[{v} in emergency aid]] for the families",
        )),
        ("previous-strike", "year", s["event"].year - rng.randint(1, 3), "", (
            "It was the deadliest attack on the city [[since {v}]]",
        )),
        ("children-killed", "count", rng.randint(2, 15), "", (
            "[[{v} children]] were among the dead, local officials said",
        )),
        ("first-on-city", "bool", True, "", (
            "It was [[the first strike on {place} this year]]",
        ), (
            "It was [[not the first strike on {place} this year]]",
        )),
    ]


def _visit(rng, s):
    return f"{s['person']} visits {s['place']} amid talk of closer ties", [
        ("visit.duration", "duration", rng.randint(2, 5), "days", (
            "{person} arrived in {place} for [[a {a} visit]]",
            "{person} began [[a {a} trip to {place}]] on the invitation of his counterpart",
            "The minister will stay in {place} [[for {v}]], officials said",
        )),
        ("meeting.date", "date", None, "", (
            "{person} met the president [[on {v}]] in the capital",
            "The two men held talks [[on {v}]] behind closed doors",
        )),
        ("agreements", "count", rng.randint(3, 18), "", (
            "The delegations [[signed {v} agreements]] on energy, transport and defence",
        )),
        ("delegation-size", "count", rng.randint(20, 120), "", (
            "He travelled with [[a delegation of {v}]] officials and business leaders",
        )),
        ("sanctioned", "year", s["event"].year - rng.randint(2, 8), "", (
            "{person} was [[sanctioned by Washington in {v}]] over arms purchases",
        )),
        ("first-trip", "bool", True, "", (
            "The visit is [[his first trip abroad]] since taking office",
        ), (
            "The visit is [[not his first trip abroad]] since taking office",
        )),
        ("trade-growth", "percent", round(rng.uniform(4, 40), rng.choice([0, 1])), "", (
            "Trade between the two countries [[rose {v}]] last year",
        )),
        ("deals-value", "money", rng.choice([1.2, 2.5, 4.8, 12, 25]) * 1e9, "", (
            "The deals are [[worth {v}]], according to the trade ministry",
        )),
        ("previous-visit", "year", s["event"].year - rng.randint(1, 6), "", (
            "His last visit to {place} was [[in {v}]]",
        )),
        ("talks.duration", "duration", rng.randint(2, 4), "days", (
            "The leaders held [[{v} of talks]] on security",
        )),
        ("joint-drills", "count", rng.randint(2, 12), "", (
            "The armies have held [[{v} joint exercises]] since the pact was signed",
        )),
        ("quote.alliance", "text", "stronger than any alliance", "", (
            "{person} said the partnership was [[stronger than any alliance]] of the past",
        )),
    ]


def _quake(rng, s):
    deaths = rng.choice([rng.randint(8, 90), rng.randint(100, 900), rng.randint(1000, 9000)])
    return f"Earthquake near {s['place']} leaves {number(deaths)} dead", [
        ("death-toll", "count", deaths, "", (
            "[[{v} people died]] after the earthquake struck near {place}",
            "The quake [[killed {v} people]], the disaster agency said",
            "[[The death toll climbed to {v}]] on the third day",
        )),
        ("injured", "count", rng.randint(100, 20000), "", (
            "[[{v} people were injured]], many of them seriously",
        )),
        ("displaced", "count", rng.randint(1000, 90000), "", (
            "[[{v} residents were left homeless]] as aftershocks continued",
        )),
        ("date", "date", None, "", (
            "The earthquake struck [[on {v}]] at 4:17 a.m. local time",
            "Buildings collapsed across {place} [[on {v}]]",
        )),
        ("magnitude", "magnitude", round(rng.uniform(5.8, 8.2), 1), "", (
            "The [[{v}]] quake was felt hundreds of kilometres away",
        )),
        ("homes-destroyed", "count", rng.randint(200, 20000), "", (
            "[[{v} homes were destroyed]], according to the housing ministry",
        )),
        ("damage", "money", rng.choice([0.8, 1.5, 3.2, 6.4, 10]) * 1e9, "", (
            "Economists put the damage [[at {v}]]",
        )),
        ("buildings-unsafe", "percent", round(rng.uniform(10, 60)), "", (
            "Inspectors found [[{v} of buildings]] in the old town unsafe",
        )),
        ("search", "duration", rng.randint(3, 9), "days", (
            "Rescuers dug through the rubble [[for {v}]] before the search was called off",
        )),
        ("aftershocks", "count", rng.randint(20, 400), "", (
            "Seismologists recorded [[{v} aftershocks]] in the first week",
        )),
        ("last-major-quake", "year", s["event"].year - rng.randint(10, 60), "", (
            "The region's last major earthquake was [[in {v}]]",
        )),
    ]


def _trial(rng, s):
    years = rng.randint(3, 18)
    return f"{s['person']} sentenced to {years} years", [
        ("sentence", "duration", years, "years", (
            "The court [[sentenced {person} to {v}]] in prison",
            "{person} was [[jailed for {v}]] on corruption charges",
        )),
        ("verdict.date", "date", None, "", (
            "The verdict was read [[on {v}]] in a packed courtroom",
        )),
        ("fine", "money", rng.choice([2, 5, 12, 30]) * 1e6, "", (
            "He was also [[fined {v}]]",
        )),
        ("defendants", "count", rng.randint(2, 14), "", (
            "[[{v} co-defendants]] received shorter terms",
        )),
        ("trial.duration", "duration", rng.randint(3, 14), "months", (
            "The verdict ended [[a {a} trial]] that gripped the country",
        )),
        ("witnesses", "count", rng.randint(12, 140), "", (
            "Prosecutors called [[{v} witnesses]]",
        )),
        ("charged", "year", s["event"].year - rng.randint(1, 4), "", (
            "{person} was [[first charged in {v}]]",
        )),
        ("bribes", "money", rng.choice([1.5, 3, 7.5, 20]) * 1e6, "", (
            "Prosecutors said he took [[{v} in bribes]]",
        )),
        ("appeal", "bool", True, "", (
            "His lawyers said [[he would appeal]] the ruling",
        ), (
            "His lawyers said [[he would not appeal]] the ruling",
        )),
        ("hearings", "count", rng.randint(20, 90), "", (
            "The case ran to [[{v} hearings]]",
        )),
    ]


def _election(rng, s):
    turnout = round(rng.uniform(38, 81), 1)
    return f"{s['country']} votes: turnout {turnout:g} percent", [
        ("turnout", "percent", turnout, "", (
            "[[Turnout was {v}]], the election commission said",
            "Officials put [[turnout at {v}]]",
        )),
        ("date", "date", None, "", (
            "Voters went to the polls [[on {v}]]",
        )),
        ("seats-won", "count", rng.randint(40, 180), "", (
            "The ruling party [[won {v} seats]] in the 300-seat parliament",
        )),
        ("vote-share", "percent", round(rng.uniform(25, 55), 1), "", (
            "The party took [[{v} of the vote]]",
        )),
        ("votes-cast", "count", rng.randint(800_000, 9_000_000), "", (
            "[[{v} ballots were cast]]",
        )),
        ("candidates", "count", rng.randint(3, 14), "", (
            "[[{v} candidates]] ran for president",
        )),
        ("campaign-spending", "money", rng.choice([8, 15, 40, 75]) * 1e6, "", (
            "The parties spent [[{v}]] on the campaign",
        )),
        ("last-election", "year", s["event"].year - rng.choice([4, 5]), "", (
            "The last election was held [[in {v}]]",
        )),
        ("runoff", "bool", True, "", (
            "The race [[goes to a runoff]] in two weeks",
        ), (
            "The race [[does not go to a runoff]], officials said",
        )),
        ("polling-stations", "count", rng.randint(2000, 12000), "", (
            "[[{v} polling stations]] opened at 7 a.m.",
        )),
        ("count.duration", "duration", rng.randint(2, 4), "days", (
            "Counting took [[{v}]] in the capital",
        )),
    ]


def _fire(rng, s):
    return f"Fire at {s['place']} plant kills workers", [
        ("death-toll", "count", rng.randint(3, 60), "", (
            "The fire [[killed {v} workers]] on the night shift",
            "[[{v} people died]] in the blaze at the {place} plant",
        )),
        ("injured", "count", rng.randint(5, 120), "", (
            "[[{v} others were injured]], officials said",
        )),
        ("date", "date", None, "", (
            "The blaze broke out [[on {v}]] shortly after midnight",
        )),
        ("firefighters", "count", rng.randint(40, 400), "", (
            "[[{v} firefighters]] fought the flames",
        )),
        ("burn.duration", "duration", rng.randint(2, 4), "days", (
            "The fire [[burned for {v}]] before it was contained",
        )),
        ("damage", "money", rng.choice([4, 12, 35, 80]) * 1e6, "", (
            "The owners estimated the damage [[at {v}]]",
        )),
        ("evacuated", "count", rng.randint(100, 3000), "", (
            "[[{v} workers were evacuated]] from nearby buildings",
        )),
        ("founded", "year", rng.randint(1950, 2005), "", (
            "The plant, [[built in {v}]], employs most of the town",
        )),
        ("output-share", "percent", round(rng.uniform(5, 40)), "", (
            "It produces [[{v} of the country's fertiliser]]",
        )),
        ("last-inspection", "year", s["event"].year - rng.randint(1, 5), "", (
            "The plant was [[last inspected in {v}]], records show",
        )),
        ("safety-violations", "bool", True, "", (
            "Inspectors had [[found safety violations]] at the site",
        ), (
            "Inspectors had [[found no safety violations]] at the site",
        )),
    ]


KINDS = (("strike", _strike), ("visit", _visit), ("quake", _quake), ("trial", _trial), ("election", _election),
         ("fire", _fire))

ATTRIBUTIONS = (
    "according to {wire}", "{official} said", "the ministry said", "a local monitor said",
    "officials told reporters", "according to state media", "regional authorities said",
)
OFFICIALS = ("the governor", "the mayor", "a police spokesman", "the interior minister", "a hospital director",
             "Governor {last}", "Minister {last}")

FILLER = (
    "Residents described scenes of confusion as emergency crews arrived.",
    "The government has faced criticism over its handling of earlier crises.",
    "{org} did not respond to a request for comment.",
    "Analysts said the episode could shape politics in {country} for months.",
    "Images shared on social media showed long queues outside the main hospital.",
    "“We are doing everything we can,” {person} told reporters.",
    "The opposition called for an independent inquiry.",
    "Neighbouring countries offered help and sent experts.",
    "Local television broadcast the events live through the night.",
    "Prices of basic goods have risen sharply in {place} this year.",
    "Human rights groups urged restraint on all sides.",
    "The foreign ministry summoned the ambassador for consultations.",
    "Schools in {place} stayed closed as a precaution.",
    "Many families said they had received no warning.",
    "The story is developing and will be updated.",
    "Officials promised to publish a full report within weeks.",
    "Markets in {country} fell in early trading.",
    "Volunteers collected blankets, food and water in the main square.",
    "The United Nations said it was monitoring the situation closely.",
    "Critics said the response had been too slow.",
)
ORGS = ("The defence ministry", "The company", "The presidential office", "The regional council", "The embassy")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_story(seed: int, index: int, *, case: str | None = None) -> Story:
    rng = random.Random(f"{seed}/story/{index}")
    kind, maker = KINDS[index % len(KINDS)] if rng.random() < 0.5 else rng.choice(KINDS)
    event = date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
    s = {"place": _place(rng), "country": rng.choice(COUNTRIES), "person": _name(rng), "event": event}
    headline, specs = maker(rng, s)
    facts = []
    for spec in specs:
        attr, family, truth, unit, templates = spec[:5]
        if family == "date":
            truth = event
        facts.append(Fact(attr, family, truth, unit, templates, spec[5] if len(spec) > 5 else ()))
    n_outlets = rng.choices((3, 4, 5, 6, 7), weights=(2, 3, 3, 2, 1))[0]
    names = rng.sample(OUTLETS, n_outlets)
    outlets = []
    for number_, name in enumerate(names):
        lag = rng.choices((0, 1, 2, 3, 5), weights=(3, 4, 2, 1, 1))[0]
        published = event + timedelta(days=lag)
        if rng.random() < 0.03:  # copy pasted without outlet or date line, as in the seed case
            name, published = None, None
        outlets.append(Outlet(name, published, _name(rng) if rng.random() < 0.8 else None))
    if rng.random() < 0.25:
        outlets[0] = Outlet(rng.choice(WIRES), event + timedelta(days=rng.choice((0, 1))), None, wire=True)
    # About one contested fact per story: 2,000 conflicts per 100,000 claims.
    contested = rng.choices((0, 1, 2), weights=(2, 5, 1))[0]
    conflicts = {}
    candidates = [f for f in facts if f.family != "text"]
    for fact in rng.sample(candidates, contested):
        right, wrong = rng.sample(range(n_outlets), 2)
        conflicts[fact.attr] = (right, wrong)
    slug = f"{s['place'].lower()}-{kind}-{event.isoformat()}-{index:x}"
    return Story(index, kind, slug, s["place"], s["country"], s["person"], event, headline, facts, outlets,
                 conflicts, case or slug)


def _sentence_fill(template: str, story: Story, rng: random.Random) -> str:
    return template.format(place=story.place, country=story.country, person=story.person, org=rng.choice(ORGS))


def _value_for(fact: Fact, rng: random.Random, outlet: Outlet, wrong: bool) -> tuple[str, str | None, str]:
    """(value wording, value type to pass or None, stance) for one outlet's telling."""
    truth = fact.truth
    if fact.family == "count":
        return (number(wrong_count(rng, truth)) if wrong else count_wording(rng, truth)), None, "asserts"
    if fact.family == "duration":
        n = wrong_duration(rng, truth, fact.unit) if wrong else truth
        return duration_wording(rng, n, fact.unit, adjective=False), None, "asserts"
    if fact.family == "date":
        if wrong:
            d = truth - timedelta(days=rng.choice((1, 2)))
            return date_wording(rng, d, outlet.published, allow_relative=False), None, "asserts"
        return date_wording(rng, truth, outlet.published), None, "asserts"
    if fact.family == "year":
        return str(truth + (rng.choice((-1, 1)) if wrong else 0)), None, "asserts"
    if fact.family == "money":
        return (_money(truth * 2) if wrong else money_wording(rng, truth)), None, "asserts"
    if fact.family == "percent":
        return (f"{truth + rng.choice((6, 8, 11)):g} percent" if wrong else percent_wording(rng, truth)), None, "asserts"
    if fact.family == "magnitude":
        x = round(truth + rng.choice((-0.5, 0.4)), 1) if wrong else truth
        return (f"magnitude-{x}" if rng.random() < 0.5 else f"{x}-magnitude"), None, "asserts"
    if fact.family == "bool":
        return "yes", "bool", "denies" if wrong else "asserts"
    return truth, "text", "asserts"


def make_article(story: Story, number_: int, seed: int) -> Article:
    rng = random.Random(f"{seed}/article/{story.index}/{number_}")
    outlet = story.outlets[number_]
    wire = story.outlets[0] if story.outlets[0].wire and number_ > 0 else None
    pieces: list[str] = []
    mentions: list[Mention] = []
    offset = 0

    def emit(sentence: str) -> None:
        nonlocal offset
        if pieces and not pieces[-1].endswith("\n"):
            sentence = " " + sentence
        pieces.append(sentence)
        offset += len(sentence)

    def paragraph() -> None:
        nonlocal offset
        if pieces and not pieces[-1].endswith("\n"):
            pieces.append("\n")
            offset += 1

    emit(_sentence_fill(rng.choice(FILLER), story, rng))
    told = [f for f in story.facts if f.attr in story.conflicts and number_ in story.conflicts[f.attr]
            or rng.random() < 0.95]
    rng.shuffle(told)
    for i, fact in enumerate(told):
        if i % 3 == 0:
            paragraph()
        wrong = fact.attr in story.conflicts and story.conflicts[fact.attr][1] == number_
        value, value_type, stance = _value_for(fact, rng, outlet, wrong)
        templates = fact.denials if stance == "denies" else fact.templates
        template = rng.choice(templates)
        adjective = None
        if "{a}" in template:
            n = wrong_duration(rng, fact.truth, fact.unit) if wrong else fact.truth
            adjective = duration_wording(rng, n, fact.unit, adjective=True)
            value = adjective
        body = template.format(v=value, a=adjective, place=story.place, person=story.person)
        attribution = None
        if wire is not None and rng.random() < 0.3 and "according" not in template:
            attribution = f"according to {wire.name}"
        elif rng.random() < 0.45 and not any(w in template for w in (" said", "according", "records show")):
            attribution = rng.choice(ATTRIBUTIONS).format(
                wire=rng.choice(WIRES), official=rng.choice(OFFICIALS).format(last=rng.choice(LAST)))
        built_in = re.search(r", ((?:according to|records show)[^,\]]*|[^,\]]* said)$", body)
        if built_in and attribution is None:
            attribution = built_in.group(1)
            body = body[: built_in.start()]
        sentence = body.replace("[[", "").replace("]]", "")
        sentence = sentence[0].upper() + sentence[1:]
        sentence = sentence + (f", {attribution}." if attribution else ".")
        head = body.index("[[")
        quote = body[head + 2:body.index("]]")]
        if head == 0:
            quote = quote[0].upper() + quote[1:]
        lead = 1 if pieces and not pieces[-1].endswith("\n") else 0
        start = offset + lead + head
        emit(sentence)
        attr_words = fact.attr.replace(".", " ").replace("-", " ")
        statement = (f"The {story.kind} in {story.place} on {story.event:%d %B %Y}: {attr_words} {value}"
                     if fact.family not in ("bool", "text") else sentence)
        mentions.append(Mention(fact.attr, fact.family, value, value_type, quote, start, start + len(quote), stance,
                                attribution, sentence, statement))
        if rng.random() < 0.6:
            emit(_sentence_fill(rng.choice(FILLER), story, rng))
    paragraph()
    emit(_sentence_fill(rng.choice(FILLER), story, rng))
    text = "".join(pieces).rstrip() + "\n"
    name = outlet.name
    slug = (name or "news").lower().replace(" ", "").replace("-", "")
    url = f"https://{slug}.example/{story.event.year}/{story.slug}" if name else None
    title = story.headline if rng.random() < 0.5 else f"{story.headline} ({story.place})"
    return Article(story, number_, outlet, title, url, text, mentions)


def stories(seed: int, *, claims: int | None = None, sources: int | None = None, case: str | None = None):
    """Stories in order until the corpus holds about ``claims`` claims or ``sources`` sources."""
    index = 0
    made_claims = made_sources = 0
    while True:
        if claims is not None and made_claims >= claims:
            return
        if sources is not None and made_sources >= sources:
            return
        story = make_story(seed, index, case=case)
        articles = [make_article(story, n, seed) for n in range(len(story.outlets))]
        if sources is not None:
            articles = articles[: sources - made_sources]
        made_sources += len(articles)
        made_claims += sum(len(a.mentions) for a in articles)
        yield story, articles
        index += 1
