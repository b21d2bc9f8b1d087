"""What kind of disagreement two outlets' figures are, and why, in one line.

Not every difference is a contradiction. For each key, detection compares the
figure each source *reports* (one per source: an article that gives several
figures for one fact presents one of them as the fact, and a source never
contradicts itself), grouped into sides by value, and each pair of sides is:

- **compatible**: both can hold ("at least 40" and 52);
- **update**: a later report of a figure that grows (tolls, arrests, damage),
  or one whose words say it rose ("has risen to 72");
- **contradiction**: both cannot hold for the same thing at the same time.

A difference of scope (a town's deaths against the whole toll) is mostly
keyed apart from its whole (see claimtrack.align); where an article gives a
town's count alone, under the whole's key, the pair is **scope**: the smaller
count told of a place the larger one's reports never name.

Pure: appearances in, classes and reasons out. Cost is linear in the sides:
every side is weighed against the side of reference, and pairs among at most
``PAIRWISE`` of the best-supported sides.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable, NamedTuple

from claimtrack.dates import utc_moment

CONTRADICTION, UPDATE, COMPATIBLE, SAME_OUTLET = "contradiction", "update", "compatible", "same-outlet"
APART = "different-incidents"  # reports that are probably of two incidents (see claimtrack.align.apart)
BODIES = "different-bodies"  # each side the figure of another measuring body (police, organisers)
SCOPE = "scope"  # the smaller side told of one place only, a part of the larger (see _placed_part)
# Sides this large are taken to be of one incident without weighing their sources pair by pair.
APART_PAIRS = 400
FLAGGED = (CONTRADICTION, UPDATE)
PAIRWISE = 12  # sides compared pair by pair; the rest only with the side of reference

# Roles whose figure only grows as reports come in: a later, higher one updates an earlier.
CUMULATIVE = frozenset({
    "deaths", "injuries", "casualties", "shot", "hospitalized", "displaced", "evacuated", "arrests", "charged",
    "cases", "affected", "rescued", "destroyed", "damaged", "missing", "trapped", "abducted", "damage", "cost",
    "loss", "losses", "aid", "without-power", "counted", "partial", "area", "containment", "exclusion-radius",
    "captured",  # villages or towns taken in an offensive, as it goes on
    "arrived",  # migrants who have landed, as more boats come in
    "water-level",  # a river's reading, as it rises and recedes
    "snowfall", "rainfall",  # a storm's total, as it goes on
    "survivors",  # those found alive, as the search goes on
    "held",  # hostages or detainees still held, fewer as they are freed (see FALLING_TOO)
})

# Those freed under an amnesty or a pardon, as the releases go on over days (a swap frees its count at once).
_RELEASES_GO_ON = ("pardon.", "pardon-")

# What donors have pledged in all, as a conference or an appeal goes on ("$3.4 billion on the first day", "$4.9
# billion at the close"); one donor's pledge ("norrland.donation") is given once.
_PLEDGES_GO_ON = frozenset({"donation.amount"})

# ... and of those, the ones that also fall as reports come in: the missing are found, the trapped freed,
# power restored, patients sent home; a share of a count not yet over, and an exclusion zone, move either
# way. A later, lower one updates an earlier as well.
FALLING_TOO = frozenset({"missing", "trapped", "without-power", "hospitalized", "displaced", "partial",
                         "exclusion-radius", "water-level", "held"})

# Figures that change only when someone changes them, and a report says so: "widened the exclusion zone to 15 km"
_CHANGED_ONLY_AS_SAID = frozenset({"exclusion-radius"})
_MOVED = re.compile(r"\b(?:widen(?:ed|s|ing)?|expand(?:ed|s|ing)?|extend(?:ed|s|ing)?|enlarg(?:ed|es|ing)"
                    r"|increas(?:ed|es|ing)|rais(?:ed|es|ing)|push(?:ed|es|ing)\s+(?:out|back)|reduc(?:ed|es|ing)"
                    r"|narrow(?:ed|s|ing)?|shr[au]nk|shrink(?:s|ing)?|cut|lift(?:ed|s|ing)?|eas(?:ed|es|ing)|now|new"
                    r"|(?:up|down)\s+from)\b", re.IGNORECASE)

# Words that say a figure changed: "the toll rose to 72", "has climbed to", "now stands at".
_RISE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|grew|grown|mounted|swelled|soared"
    r"|reached|surpassed|passed|topped|exceeded|revised|updated|raised|now\s+(?:stands|stood|at|is|totals?)"
    r"|has\s+(?:now\s+)?(?:reached|hit))\b",
    re.IGNORECASE)
# Words that make a figure the article's whole: "a total of 12", "the death toll", "in all".
_TOTAL = re.compile(r"\b(?:total|toll|tally|in\s+all|altogether|overall|combined)\b", re.IGNORECASE)
# a whole the article tells as it was before: "the toll stood at 31 as recently as Monday", "had initially put"
_EARLIER_WORDS = ("as recently as", "initially", "previously", "earlier", "at first", "originally", "had stood",
                  "had been", "had put", "had reported", "had given")
_EARLIER_WHOLE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in _EARLIER_WORDS) + r")\b", re.IGNORECASE)


class Relations(NamedTuple):
    """Each side's relation to the side it was weighed against: ``of_side[i]`` is
    ``(class, reason, other side's index)``, or None for the side of reference;
    ``pairs`` are ``(i, j, class, reason)`` for every pair weighed (i < j)."""

    of_side: list
    pairs: list


def role_of(key: str) -> str:
    """What a key's figure measures: its last part ("earthquake.deaths" -> "deaths";
    "quake.houses-destroyed" -> "destroyed")."""
    last = key.rsplit(".", 1)[-1]
    if last in CUMULATIVE or "-" not in last:
        return last
    # ("homes-without-power": those without power, whatever they are counted as)
    return next((role for role in _HYPHENED_ROLES if last.endswith("-" + role)), last.rsplit("-", 1)[-1])


_HYPHENED_ROLES = tuple(role for role in CUMULATIVE if "-" in role)
# the incidents that cover an area, whose places each have a part of the whole's counts: the extraction lexicon's
# AREA_INCIDENTS but a protest (one march's crowd is its own, where it is told), kept here because detection
# loads without the lexicon (some 37 ms to import)
_AREA_KINDS = frozenset({"earthquake", "aftershock", "storm", "flood", "fire", "drought", "heatwave", "eruption",
                         "outbreak", "fighting", "landslide", "attack"})


# What a market's price and its move are keyed by: they change through the day and the week, so a later
# report of another figure is an update, up or down ("Brent rose 3.1% to $78.40" on Sunday, "up 2.6% at $78.05"
# by Monday's midday, "ended the week at $79.20")
_MARKET_ROLES = frozenset({"price", "change", "fall", "level", "rate", "yield"})


def _market_move(key: str) -> bool:
    subject, _, rest = key.partition(".")
    # (a company's shares: "halcor.shares.fall")
    return bool(rest) and role_of(key) in _MARKET_ROLES and (subject in _markets() or rest.startswith("shares."))


@lru_cache(maxsize=1)
def _markets() -> frozenset:
    """The subjects of markets' keys: commodities, stock indexes, currencies, a company's shares."""
    from claimtrack.extract import lexicon as lex

    return frozenset({*lex.COMMODITIES.values(), *lex.STOCK_INDEXES.values(), *lex.CURRENCY_SUBJECTS.values(),
                      "shares", "index", "yield", "bond-yield", "bond"})  # (a bond's yield and price move by the day)


def credited_apart(key: str) -> bool:
    """Whether an article's figure credited to a body and one it credits to no one are two reports: an
    outlook's (each forecaster's own), a quake's magnitude or depth (each agency's)."""
    return foreseen(key) or role_of(key) in QUAKE_MEASURES


def _told_apart(sides: list, role: str) -> frozenset:
    """(value, body) for each value an article gives uncredited beside another it credits to that body:
    the article tells them apart, so the uncredited one is not the body's."""
    by_source: dict[str, list] = {}
    for side in sides:
        for appearance in side.appearances:
            by_source.setdefault(appearance.source_id, []).append(appearance)
    quake = role in QUAKE_MEASURES
    told = set()
    for items in by_source.values():
        plain = {a.normalized for a in items if not _credited(a.attribution)}
        credited = {(a.normalized, body) for a in items for body in _credited(a.attribution)
                    if (body in SEISMIC_BODIES) == quake}
        told.update((value, body) for value in plain for other, body in credited if other != value)
    return frozenset(told)


def foreseen(key: str) -> bool:
    """Whether a key's figure is an outlook, which is always someone's (see _FORESEEN_KEY)."""
    return _FORESEEN_KEY.search(key) is not None


def reported_figures(appearances: list, apart: bool = False) -> tuple[list, list[dict]]:
    """The appearances of the figure each source reports for the key; and, set aside, the
    values a source gives besides that cannot both hold with it.

    Of several values in one article, the one it reports is the one it gives as a whole
    ("a total of", "the death toll"), else the one it says the figure rose to, else the
    first; its headline's only where its text gives none: later ones are parts ("two of them"), earlier figures or other counts. Values
    that fit the reported one ("at least 40" beside 52) stay.
    """
    from claimtrack import values

    credited = [body_of(appearance.attribution) for appearance in appearances]
    bodies: dict[str, set] = {}
    for appearance, body in zip(appearances, credited):
        if body is not None:
            bodies.setdefault(appearance.source_id, set()).add(body)
    by_source: dict[tuple[str, str], list] = {}
    for appearance, body in zip(appearances, credited):
        # where an article credits figures to two measuring bodies or more, each body's is its own report:
        # "police put the crowd at 48,000, while the unions said 200,000" reports both, as two measures
        # (and where ``apart``, see credited_apart, a figure credited to a body is that body's beside one the
        # article credits to no one: "the bank sees 1.4%; the finance ministry still expects 1.9%")
        own = body or "" if len(bodies.get(appearance.source_id, ())) > (0 if apart else 1) else ""
        by_source.setdefault((appearance.source_id, own), []).append(appearance)
    kept: list = []
    set_aside: list[dict] = []
    for source_id, _ in sorted(by_source):
        items = by_source[source_id, _]
        resolved = [a for a in items if a.value.resolved and a.stance == "asserts"]
        if len({a.normalized for a in resolved}) <= 1:
            kept.extend(items)
            continue
        chosen = min(resolved, key=_report_rank)
        for a in items:
            if a in resolved and values.compare(chosen.value, a.value) == values.CONFLICT:
                set_aside.append({"source": source_id, "claim": a.claim_id, "value": a.value_raw, "quote": a.quote,
                                  "reported": chosen.value_raw, "why": _beside(a, chosen)})
            else:
                kept.append(a)
    return kept, set_aside


# Words that make a figure a part of the article's whole: "two of them", "four others", "one more".
_PART = re.compile(r"\b(?:of\s+them|of\s+whom|others?|more|another|including|among)\b", re.IGNORECASE)


def _beside(appearance, reported) -> str:
    """What a value one article gives beside the figure it reports is: an update inside the article,
    a part of the whole, or another figure for the same thing (the article's own inconsistency)."""
    if _EARLIER_WHOLE.search(appearance.context):
        return "an earlier figure: the article says it was before"  # "the toll stood at 31 as recently as Monday"
    if _RISE.search(reported.quote) and (appearance.start < reported.start or (
            _RISE.search(appearance.quote) and _magnitude_of(appearance.value) < _magnitude_of(reported.value))):
        return "an earlier figure: the article says it rose"  # (or told after it: "had risen to 23 by Tuesday")
    if _magnitude_of(appearance.value) < _magnitude_of(reported.value) and _PART.search(appearance.context):
        return "a part of the figure the article reports"
    if appearance.field == "title" or reported.field == "title":
        return "the headline and the text give different figures"
    return "the article gives another figure for the same thing"


def _magnitude_of(value) -> float:
    for x in (value.hi, value.lo):
        if x is not None:
            try:
                return float(x)
            except (TypeError, ValueError):
                return 0.0
    return 0.0


def _report_rank(appearance) -> tuple:
    context = appearance.context
    earlier = bool(_EARLIER_WHOLE.search(context))
    total = bool(_TOTAL.search(context)) and not earlier
    rose = bool(_RISE.search(appearance.quote)) and not earlier
    # a whole first, then a figure said to have risen (the highest such: what rose twice is higher the second
    # time, whichever the article tells first; then the last told), then the first; the headline's
    # last, where the article's text gives none (a headline sums up, and is rewritten more than the text)
    # where the value itself stands, not its quote: two quotes may start alike ("shootings across the
    # city Saturday" and "... Saturday and Sunday"), and the claim IDs that would then decide are random
    at = appearance.start + max((appearance.quote or "").find(appearance.value_raw or ""), 0)
    return (appearance.field == "title", not total, not rose, -_magnitude_of(appearance.value) if rose else 0,
            -at if rose else at, appearance.value_raw or "", appearance.claim_id)


def classify(key: str, sides: list, events=None, *, reasons: bool = True) -> Relations:
    """Each side weighed against the side of reference, and the best-supported sides
    against each other. The side of reference is the one most outlets give, then the
    latest, then the highest. ``events`` (a conflicts.SourceEvents) tells reports of two
    incidents apart; without it every report is taken to be of one. Without ``reasons``,
    the reasons are written only when some pair is flagged (else they are None): detection
    reads them only then."""
    from claimtrack import values

    n = len(sides)
    if n < 2:
        return Relations([None] * n, [])
    role = role_of(key)
    outlook = foreseen(key)
    # each side's first report and its bodies, found once (a side may have thousands); and, for keys whose
    # articles may credit one figure and not another, the values reports tell apart from a body's
    firsts: dict = {}
    if credited_apart(key):
        firsts["told-apart"] = _told_apart(sides, role)
    cumulative = "falls-too" if role in FALLING_TOO or _market_move(key) else (
        role in CUMULATIVE or (role == "released" and key.startswith(_RELEASES_GO_ON)) or key in _PLEDGES_GO_ON)
    if events is not None and _one_happening(key):
        events = None  # a storm's or a party's figures: of the one the case is about (see _one_happening)
    support = [len(side.outlets) for side in sides]
    latest = [_latest(side) for side in sides]
    order = sorted(range(n), key=lambda i: (-support[i], _negated(latest[i]), -_magnitude(sides[i]), i))
    reference = order[0]
    pairs: dict[tuple[int, int], tuple[str, Callable[[], str]]] = {}

    def weigh(i: int, j: int) -> None:
        a, b = (i, j) if i < j else (j, i)
        if (a, b) not in pairs:
            pairs[a, b] = _relation(sides[a], sides[b], latest[a], latest[b], cumulative, values, events, firsts,
                                    role, outlook, key.split(".", 1)[0])

    for i in range(n):
        if i != reference:
            weigh(i, reference)
    top = order[:PAIRWISE]
    for x, i in enumerate(top):
        for j in top[x + 1:]:
            weigh(i, j)
    if reasons or any(kind in FLAGGED for kind, _ in pairs.values()):
        written = {pair: (kind, why()) for pair, (kind, why) in pairs.items()}
    else:
        written = {pair: (kind, None) for pair, (kind, _) in pairs.items()}
    of_side: list = [None] * n
    for i in range(n):
        if i != reference:
            kind, reason = written[(i, reference) if i < reference else (reference, i)]
            of_side[i] = (kind, reason, reference)
    return Relations(of_side, sorted((a, b, kind, reason) for (a, b), (kind, reason) in written.items()))


def _relation(a, b, when_a: str | None, when_b: str | None, cumulative: bool | str, values,
              events, firsts: dict | None = None, role: str | None = None,
              outlook: bool = False, key_subject: str | None = None) -> tuple[str, Callable[[], str]]:
    """The pair's class, and how to write why (labels cost more than the weighing, and most
    reasons are never read: see :func:`classify`). ``cumulative``: whether the role's figure grows as
    reports come in, or "falls-too" where it may fall as well (see FALLING_TOO); ``outlook``: whether
    it is an outlook, which is always someone's (see foreseen)."""
    if not _different_outlets(a, b):
        return SAME_OUTLET, lambda: f"{label(a)} vs {label(b)}: one outlet"
    va, vb = a.appearances[0].value, b.appearances[0].value
    verdict = values.compare(va, vb)
    if a.stance != b.stance:  # one asserts what the other denies
        if verdict == values.AGREE:
            return CONTRADICTION, lambda: f"{label(a)} vs {label(b)}: one says it, the other denies it"
        return COMPATIBLE, lambda: f"{label(a)} and {label(b)} deny different things"
    if a.stance != "asserts" or verdict != values.CONFLICT:
        return COMPATIBLE, lambda: f"{label(a)} fits {label(b)}"
    if values.at_bound(va, vb):
        return COMPATIBLE, lambda: f"{label(a)} and {label(b)}: one gives as a round figure the bound the other states"
    weekday = _same_weekday(a, b)
    if weekday:
        # "Sunday" in each: the words agree; the days differ only as read against each report's date
        return COMPATIBLE, lambda: (f"{label(a)} and {label(b)} both say {weekday}, read against different "
                                    "publication dates")
    weekday = _weekday_of_date(a, b) or _weekday_of_date(b, a)
    if weekday:
        return COMPATIBLE, lambda: (f"{label(a)} and {label(b)}: a {weekday} each, the weekday read against a "
                                    "later publication date")
    held = _ahead_and_held(a, b, va, vb) if va.type == "date" and vb.type == "date" else None
    if held:
        # "voters will go to the polls on March 22" and "the last election, in November 2024": the day set for one
        # still to come and the day of one already held are two happenings
        return APART, lambda: f"{label(a)} vs {label(b)}: {held}"
    # (a day is no measure: two bodies that give an incident two days contradict each other)
    bodies_a, bodies_b = (_bodies(a, firsts, role), _bodies(b, firsts, role)) if va.type != "date" \
        else (frozenset(), frozenset())
    if bodies_a and bodies_b and not bodies_a & bodies_b:
        return BODIES, lambda: (f"{label(a)} is {_names(bodies_a)}'s figure, {label(b)} {_names(bodies_b)}'s: "
                                "two measures, shown side by side")
    claim_a, claim_b = _a_claim(a), _a_claim(b)
    if claim_a != claim_b:
        claimed = a if claim_a else b
        # "Halvaran forces have claimed more than 40 sailors were killed", against the navy's nine: a party's claim
        return BODIES, lambda: (f"{label(a)} vs {label(b)}: {label(claimed)} is a claim its reports credit to "
                                f"{claim_a or claim_b}, shown beside the other figure")
    if outlook and bool(bodies_a) != bool(bodies_b):
        named = bodies_a or bodies_b
        return BODIES, lambda: (f"{label(a)} vs {label(b)}: the {_names(named)}'s outlook, against one its report "
                                "credits to no forecaster: two forecasters' outlooks, shown side by side")
    told = firsts.get("told-apart") if firsts is not None and bool(bodies_a) != bool(bodies_b) else None
    plain, named = (a, bodies_b) if not bodies_a else (b, bodies_a)
    if told and any((plain.normalized, body) in told for body in named):
        # "a magnitude 6.8 earthquake ... the geophysical institute measured it at 7.0": the 6.8 is another's
        return BODIES, lambda: (f"{label(a)} vs {label(b)}: a report gives {plain.value} beside the "
                                f"{_names(named)}'s figure, as another measure: two measures, shown side by side")
    place = _placed_part(a, b, va, vb, key_subject) if cumulative else None
    if place:
        small, large = (a, b) if _magnitude(a) < _magnitude(b) else (b, a)
        return SCOPE, lambda: (f"{label(small)} vs {label(large)}: {label(small)} is told of {place} alone, a part "
                               "of the whole")
    if events is not None and len(a.sources) * len(b.sources) <= APART_PAIRS:
        why = events.apart(a.sources, b.sources)
        if why:
            return APART, lambda: f"{label(a)} vs {label(b)}: {why}"
    # order the two by publication: the later one second
    later = _later(when_a, when_b)
    if later is False:
        a, b, va, vb, when_a, when_b = b, a, vb, va, when_b, when_a
    later_is_higher = _magnitude(b) > _magnitude(a)
    if later is not None and role in _CHANGED_ONLY_AS_SAID:
        moved = next((" ".join(m.group(0).split()) for appearance in b.appearances
                      if (m := _MOVED.search(_told(appearance)))), None)
        if not moved:
            # "set a 15-kilometre exclusion zone", a day after another outlet's 10 km: no zone changed
            return CONTRADICTION, lambda: f"{label(a)} vs {label(b)}: cannot both hold (no word of a change)"
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, says '{moved}'"
    if cumulative is True and later_is_higher and later is not None and _later(when_a, _first(b, firsts)) is False:
        # the higher figure was out before the lower one's last report: that report is the later, and lower
        high, low = b, a
        return CONTRADICTION, lambda: (f"{label(high, first=True)} vs {label(low)}: cannot both hold "
                                       "(the later report is lower)")
    if cumulative and later_is_higher and later is not None:
        cue = _rise_words(b)
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report" + (f", says '{cue}'" if cue else "")
    if cumulative == "falls-too" and later is not None:
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report (a count that falls as well as rises)"
    higher, lower = (b, a) if later_is_higher else (a, b)
    cue = _rise_words(higher)
    if cumulative and cue:
        return UPDATE, lambda: f"{label(lower)} vs {label(higher)}: the higher says '{cue}'"
    # (said in a report after the lower one: an earlier report's "now" tells nothing of a later one)
    grew = _revised_words(b, since=when_a) if not cumulative and later is not None and later_is_higher else None
    if grew:
        # "oil has now reached 65 km of coastline", after 40 km the day before: the later report says it grew
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, says '{grew}'"
    if later is not None and later_is_higher and _said_as_record(a) and _said_as_record(b):
        # "the largest aftershock, of magnitude 5.4" in the morning, "the strongest, of magnitude 6.1" that evening:
        # the largest so far, which only grows
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, the largest so far"
    released = _later_release(key_subject, role, when_a, when_b) if later is not None else None
    if released:
        # "inflation is running at 24 per cent" in May, "rose to 26 percent in May" in June: a month's figure,
        # another month's release
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, {released}"
    counted = next((" ".join(m.group(0).split()) for appearance in b.appearances
                    if (m := _FINAL_COUNT.search(appearance.context or ""))), None) \
        if later is not None and _later(when_a, _first(b, firsts)) else None
    if counted:
        # "rose to 68.1 percent once postal ballots were counted", "the final count showed turnout at 46.3%": the
        # count completed since the earlier figure's last report (not a figure some reported before it)
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, says '{counted}'"
    moved_from = _said_from(b, a) if later is not None else None
    if moved_from:
        # "slipped to 29 percent of capacity, from 31 percent a week earlier": the later report gives the other
        # figure as the one it changed from
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, says '{moved_from}'"
    revised = _words_after(b.appearances, _REVISION_AFTER) if later is not None else None
    if revised:
        # "exports rose 1.3 per cent, against a first estimate of 0.9 per cent": a revision, up or down
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, a revision, says '{revised}'"
    moved = _rise_words(b, _MOVED_TO, lead=True, since=when_a) \
        if not cumulative and later is not None and _days_apart(when_a, when_b) >= _NEXT_RELEASE_DAYS else None
    if moved:
        # "the case-fatality rate edged down to 1.9 percent" in the next week's bulletin, after 2.0 percent: the rate
        # moved since (a report a day or two later tells of the same release, and contradicts)
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, says '{moved}'"
    running = _still_running(a, b, va, vb, when_a, when_b) if not cumulative and later is not None else None
    if running:
        # "held for 11 days" on the 14th, "for 14 days" on the 17th: a span still running, told again later
        return UPDATE, lambda: f"{label(a)} vs {label(b)}: later report, {running}"
    if not cumulative:
        return CONTRADICTION, lambda: f"{label(a)} vs {label(b)}: cannot both hold"
    if when_a and when_b and later is None:
        why = "the same day" if len(when_a) == 10 or len(when_b) == 10 else "the same time"
    elif when_a and when_b:
        why = "the later report is lower"
    else:
        why = "no publication date to order them"
    return CONTRADICTION, lambda: f"{label(a)} vs {label(b)}: cannot both hold ({why})"


def _ahead_and_held(a, b, va, vb) -> str | None:
    """Why two days are of two happenings: one falls after every report that gives it (set for a day still to
    come), the other on or before every report that gives it; else None."""
    def ahead(side, value) -> bool:
        last = max((appearance.published or "")[:10] for appearance in side.appearances)
        return bool(last) and bool(value.start) and value.start > last

    def held(side, value) -> bool:
        first = min((appearance.published or "0000")[:10] for appearance in side.appearances)
        return bool(value.end) and value.end[:10] <= first

    if (ahead(a, va) and held(b, vb)) or (ahead(b, vb) and held(a, va)):
        return "one is a day still ahead of the reports that give it, the other one already past: two happenings"
    return None


# A figure said to have moved to its value ("edged down to 1.9 percent", "fell to 3.1%"), in a report this many days
# after the other: a later release's, not the same one told otherwise
_MOVED_TO = re.compile(r"\b(?:rose|risen|climbed|fell|fallen|dropped|declined|eased|slipped|slowed"
                       r"|edged\s+(?:up|down|higher|lower)|ticked\s+(?:up|down)|inched\s+(?:up|down)|increased"
                       r"|decreased|improved|worsened)\s+to\b", re.IGNORECASE)
_NEXT_RELEASE_DAYS = 5


def _days_apart(when_a: str | None, when_b: str | None) -> int:
    """Whole days between two publication moments (ISO strings), 0 where either is unknown."""
    try:
        return abs((date.fromisoformat(when_b[:10]) - date.fromisoformat(when_a[:10])).days)
    except (TypeError, ValueError):
        return 0


# Rates a statistics office releases each month; reports this many days apart are of two releases
_MONTHLY_RATES = frozenset({"inflation", "unemployment", "jobless", "cpi"})
_RELEASE_GAP_DAYS = 25


# a place a count is told of, by its name: "in Dunmere", "in the town of Salune", "at Port Avel", "Mirrow Bay,
# where seven people are confirmed dead", "48 Dunmere homes", "Dunmere's 48 homes"
_NAME = r"((?-i:[A-Z])[\w’-]+(?:\s+(?-i:[A-Z])[\w’-]+)?)"
_PLACE_IN = re.compile(rf"\b(?:in|at)\s+(?:the\s+(?:town|city|village|hamlet|district|province|region|county|suburb"
                       rf"|neighbou?rhood|port)\s+of\s+)?{_NAME}|{_NAME}\s*,\s+where\b|{_NAME}['’]s\s+\d"
                       rf"|\d[\d,]*\s+{_NAME}\s+(?:homes|houses|residents|buildings|families|villagers|people)\b")
_SHARE_OF_THEM = re.compile(r"\b(?:most|mostly|many|majority|half|including|among|all|nearly\s+all|mainly|largely"
                            r"|\d+|of\s+them)\b[^.;]*$", re.IGNORECASE)
_NOT_PLACE_WORDS = frozenset("January February March April May June July August September October November December "
                             "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That All Total Some "
                             "Most Many".split())


def _told(appearance) -> str:
    """The words a report gives its figure in: its sentence, else its quote."""
    return appearance.context or appearance.quote or ""


def _places(appearance) -> set[str]:
    text = _told(appearance)
    # (not where most of them were: "12 deaths had been confirmed, most in Salune", "including three in Avel")
    found = (next(name for name in match.groups() if name) for match in _PLACE_IN.finditer(text)
             if not _SHARE_OF_THEM.search(text, max(0, match.start() - 25), match.start()))
    return {name for name in found if name.split()[0] not in _NOT_PLACE_WORDS}


def _placed_part(a, b, va, vb, key_subject: str | None) -> str | None:
    """The place the smaller of two counts of an incident that covers an area is told of, where every report of it
    names that place and no report of the larger names it: "seven people are confirmed dead in Mirrow Bay" against
    a toll of 41 for the whole coast is the town's part, no contradiction of it. None otherwise."""
    if (key_subject or "").split("-", 1)[0] not in _AREA_KINDS or va.type != vb.type or va.type == "date":
        return None
    small, large = (a, b) if _magnitude(a) < _magnitude(b) else (b, a)
    placed = None
    for appearance in small.appearances:
        places = _places(appearance)
        placed = places if placed is None else placed & places
        if not placed:
            return None
    named = " ".join(_told(appearance) for appearance in large.appearances)
    left = sorted(place for place in placed or () if place not in named)
    return left[0] if left else None


_RECORD_SO_FAR = re.compile(r"\b(?:largest|strongest|biggest|highest|most\s+powerful)\b", re.IGNORECASE)


def _said_as_record(side) -> bool:
    """Whether every report of a side calls its figure the largest (of a series: aftershocks, waves, gusts)."""
    return all(_RECORD_SO_FAR.search(_told(appearance)) for appearance in side.appearances)


def _later_release(subject: str | None, role: str | None, when_a: str | None, when_b: str | None) -> str | None:
    """Why two reports of a monthly rate are of two releases, where they are a month apart; else None."""
    if role != "rate" or subject not in _MONTHLY_RATES:
        return None
    gap = _days_apart(when_a, when_b)
    return f"{gap} days apart: another month's release" if gap >= _RELEASE_GAP_DAYS else None


def _one_happening(key: str) -> bool:
    """Whether two reports' figures for the key are of one happening whatever else they share: the
    subject is no incident (a party's seats, a company's profit, inflation), or an incident a story
    tells of one at a time (a storm, a quake, a flood, an outbreak), alignment having sent another
    one's figures (an aftershock, an earlier or a named one) to their own subject. Shootings, crashes
    and strikes come many at a time: for them, reports with nothing in common stay apart."""
    from claimtrack import align
    from claimtrack.extract import lexicon as lex

    subject = key.split(".", 1)[0]
    return align.kind_of(subject) is None or subject in lex.SINGULAR_INCIDENTS


# An outlook's key: a forecast, what analysts expected, the outlook before ("growth.rate.forecast.2026")
_FORESEEN_KEY = re.compile(r"\.(?:forecast|expected|earlier-forecast)(?:\.|$)")


def body_of(attribution: str | None) -> str | None:
    """The measuring body an attribution credits, as lex.MEASURING_BODIES names it: "police
    said" -> "police", "according to the organisers" -> "organisers", "the U.S. Geological
    Survey said" -> "usgs"; None for one that names no body that measures ("officials said")."""
    return next(iter(_credited(attribution)), None)


@lru_cache(maxsize=4096)  # conflict detection asks it of every appearance of every key it refreshes
def _credited(attribution: str | None) -> tuple[str, ...]:
    """Every measuring body an attribution credits, in its order: "the geophysical institute and
    civil defence said" credits both, and a figure said by two bodies together is each one's."""
    if not attribution:
        return ()
    from claimtrack.extract import lexicon as lex

    attribution = _ASIDE.sub("", attribution)  # ("..., which works inside the hospital, said": no hospital's word)
    found = []
    for match in _body_pattern().finditer(attribution):
        words = match.group(0)
        if len(words) <= 3 and not words.isupper():
            continue  # "who said" is no WHO, "un" no UN: initials are written in capitals
        body = lex.MEASURING_BODIES[" ".join(words.lower().replace(".", " ").split())]
        if body not in found:
            found.append(body)
    for match in _ORGANISATION.finditer(attribution):
        # "Open Hands Medical said", "the Ostrel Rights Monitor estimates": a body by its own name, beside what
        # kind of body it is (a report that names only its kind credits the same body)
        body = re.sub(r"^(?:the|an?)-", "", "-".join(re.sub(r"[^\w\s-]", "", match.group(0).lower()).split()))
        if body not in found:
            found.append(body)
    for match in _POLLSTER.finditer(attribution):
        # "according to a Meridian poll", "A Castell survey ... has": each pollster's poll is its own measure
        body = "-".join(match.group(1).lower().split()) + "-poll"
        if body not in found:
            found.append(body)
    return tuple(found)


_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]{1,80},")
# a body named by its own name, which says what it is: "Open Hands Medical", "the Ostrel Rights Monitor"
_ORGANISATION = re.compile(r"(?-i:(?:[A-Z][\w&'’-]+\s+){1,4}(?:Monitor|Observatory|Council|Foundation|Institute"
                           r"|Commission|Committee|Association|Federation|Society|Trust|Coalition|Alliance|Network"
                           r"|Watch|Medical|Relief|Aid|Front|Movement|Brigades?|Militia)\b)")
# a poll named by who made it: "a Meridian poll", "the latest Castell survey", "Ipsos's poll"
_POLLSTER = re.compile(r"(?-i:\b(?!(?:A|An|The|This|That|New|Latest|Separate|Sunday|Monday|Tuesday|Wednesday|Thursday"
                       r"|Friday|Saturday|Opinion|National|Exit)\b)([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?))(?:['’]s)?\s+"
                       r"(?:opinion\s+)?(?:poll|survey)\b")


def _body_pattern():
    global _BODY_RE
    if _BODY_RE is None:
        from claimtrack.extract import lexicon as lex

        words = sorted(lex.MEASURING_BODIES, key=len, reverse=True)
        _BODY_RE = re.compile(r"(?<![\w.])(?:" + "|".join(r"\.?\s*".join(map(re.escape, w.split())) .replace(r"\ ", r"\s+")
                                                        for w in words) + r")(?![\w])", re.IGNORECASE)
    return _BODY_RE


_BODY_RE = None


# Bodies that measure a quake, and only a quake: credited with a toll ("the geophysical institute and civil
# defence said 14 died"), they are not who counted it.
SEISMIC_BODIES = frozenset({"usgs", "emsc", "gfz", "phivolcs", "jma", "national-seismic-agency"})
QUAKE_MEASURES = frozenset({"magnitude", "depth"})


def _bodies(side, found: dict | None = None, role: str | None = None) -> frozenset:
    """The bodies a side's appearances credit: an outlet that gives the same figure uncredited
    gives that body's figure ("7.4-magnitude earthquake" beside "the USGS measured it at 7.4").
    A seismological body measures a quake's magnitude and depth, and only those (``role``).
    Found once per side where ``found`` keeps them (a side may have thousands, weighed against many)."""
    if found is not None and ("bodies", id(side)) in found:
        return found["bodies", id(side)]
    quake = role in QUAKE_MEASURES
    bodies = frozenset(body for a in side.appearances for body in _credited(a.attribution)
                       if (body in SEISMIC_BODIES) == quake)
    if found is not None:
        found["bodies", id(side)] = bodies
    return bodies


_CLAIMED = re.compile(r"^(.*?)\s+(?:has\s+|have\s+|had\s+)?claim(?:ed|s)\b", re.IGNORECASE)
_CLAIMS_LIVES = re.compile(r"\b(?:gunfire|shooting|shots|blast|explosion|fire|blaze|attack|strike|bombing|shelling"
                           r"|quake|earthquake|storm|flood|floods|crash|collapse|violence|fighting|disease|outbreak"
                           r"|virus|heat|heatwave|avalanche|landslide)\b", re.IGNORECASE)
# (not "claimed four lives", "claimed responsibility": a toll, and what a group owns up to)
_CLAIMED_QUOTE = re.compile(r"claim(?:ed|s|ing)\s+(?!responsibility|credit|victory|[^.;]{0,30}\blives\b)",
                            re.IGNORECASE)
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)\s+(?:that\s+)?$", re.IGNORECASE)
_SAID_BY = re.compile(r"^(.*?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|stated|reported)\b", re.IGNORECASE)


def _a_claim(side) -> str | None:
    """Who a side's figure is a claim of, where every report of it says it was claimed, right before it
    ("Halvaran forces have claimed that more than 40 sailors were killed", "organisers claimed 210,000")."""
    who = set()
    for appearance in side.appearances:
        attribution = appearance.attribution or ""
        context, quote = appearance.context or "", appearance.quote or ""
        at = context.find(quote) if quote else -1
        claimed = _CLAIMED_QUOTE.match(quote) or (at >= 0 and _CLAIMED_BEFORE.search(context[:at]))
        m = (_CLAIMED.match(attribution) or _SAID_BY.match(attribution)) if claimed else None
        if m is None or not m.group(1).strip() or _CLAIMS_LIVES.search(m.group(1)):
            return None  # (not "the gunfire claimed the lives of three": a toll, no one's claim)
        who.add(" ".join(m.group(1).split()))
    return sorted(who)[0] if who else None


def _names(bodies: frozenset) -> str:
    return " and ".join(sorted(body.replace("-", " ") for body in bodies))


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_EXPLICIT_DAY = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:last|next)\b",
                           re.IGNORECASE)


def _same_weekday(a, b) -> str | None:
    """The weekday both sides name and nothing more exact ("Sunday", "early Sunday morning")."""
    days = set()
    for side in (a, b):
        for appearance in side.appearances:
            raw = appearance.value_raw or ""
            found = _WEEKDAY.search(raw)
            if found is None or _EXPLICIT_DAY.search(raw):
                return None
            days.add(found.group(1).capitalize())
    return days.pop() if len(days) == 1 else None


def _weekday_of_date(bare, exact) -> str | None:
    """The weekday one side names with nothing more exact ("in Wednesday's ambush") where the other
    gives a day that was that weekday ("March 9"): one day, the weekday read against a publication date
    a week or more later. Only the bare side's words say Wednesday; the other side is one exact day."""
    if not (bare.normalized or "").startswith("date ") or not (exact.normalized or "").startswith("date "):
        return None  # (asked of every pair weighed: a side of thousands is looked at only for dates)
    weekday = _same_weekday(bare, bare)
    if weekday is None:
        return None
    days = {(a.value.start, a.value.end) for a in exact.appearances if a.value is not None}
    if len(days) != 1:
        return None
    start, end = days.pop()
    if not start or start != end or len(start) != 10:
        return None
    named = date.fromisoformat(start).strftime("%A")
    return named if named == weekday else None


def _different_outlets(a, b) -> bool:
    for x in a.appearances:
        for y in b.appearances:
            if x.source_id != y.source_id and not (x.outlet and y.outlet and x.outlet.casefold() == y.outlet.casefold()):
                return True
    return False


def _reports(side, since: str | None):
    """A side's appearances in a stable order (they come in their claims' order, and claim IDs are random);
    only those published after ``since``, where it is given."""
    for appearance in sorted(side.appearances, key=lambda a: (a.outlet or "", a.published or "", a.start, a.quote)):
        if since is None or _later(since, appearance.published):
            yield appearance


def _rise_words(side, rise: re.Pattern = _RISE, lead: bool = False, since: str | None = None) -> str | None:
    """The words that say a side's figure changed, in its quote, or (``lead``) also in the few words
    right before it; only in reports published after ``since``, where it is given."""
    for appearance in _reports(side, since):
        said = appearance.quote
        at = appearance.context.find(said) if lead and appearance.context and said else -1
        if at >= 0:
            said = appearance.context[:at][-45:] + said
        m = rise.search(said)
        if m:
            return " ".join(m.group(0).split())
    return None


def _revised_words(side, since: str | None = None) -> str | None:
    """Words that say a figure is a report's newer one, not what happened ("has now reached 65 km",
    "has spread to", not "the ash reached 12 km" or "revenue grew 27%"), in or right before its quote;
    or right after it, setting it against what was first announced ("47 individuals, four more than
    ministers had announced", "52,000, up from an initial estimate of 38,000")."""
    return _rise_words(side, _REVISED, lead=True, since=since) or _words_after(_reports(side, since), _REVISED_AFTER)


def _words_after(appearances, after: re.Pattern) -> str | None:
    """The words ``after`` finds right after the quote of one of ``appearances`` (its first group)."""
    for appearance in appearances:
        at = appearance.context.find(appearance.quote) if appearance.context and appearance.quote else -1
        m = after.match(appearance.context, at + len(appearance.quote)) if at >= 0 else None
        if m:
            return " ".join(m.group(1).split())
    return None


# (a present perfect, or "now": what the report says has changed since)
# (not "now counted", "now complete": the count is over, which says nothing of a change)
_REVISED = re.compile(r"\b(?:now(?!\s+(?:counted|tallied|reporting|complete|in\b))"
                      r"|(?:has|have)\s+(?:now\s+)?(?:risen|climbed|grown|increased|reached|spread|swelled"
                      r"|widened|extended|expanded|jumped|doubled|tripled)|revised|revising|revises|updated"
                      # "raising the group's total cut to 1.3 million bpd": said to be raised since
                      r"|(?:raising|lifting|bringing)\s+(?:[\w'’-]+\s+){1,4}?to(?=\s)"
                      # an offer made anew: "put forward an improved pay offer of 5.5%", "lifted its offer to"
                      r"|(?:improved|raised|lifted|sweetened|increased|better|new)\s+(?:its\s+|their\s+|the\s+)?"
                      r"(?:pay\s+|wage\s+|salary\s+|cash\s+|takeover\s+)?(?:offer|bid)"
                      # "would cost more than first thought"
                      r"|(?:more|higher|larger|bigger|greater)\s+than\s+(?:first|initially|originally|previously)\s+"
                      r"(?:thought|estimated|expected|reported|announced|feared))\b", re.IGNORECASE)


# what a later figure is set against, after it: "47 individuals, four more than ministers had announced",
# "52,000, up from an initial estimate of 38,000"
_FIRST_SAID = "first initially originally previously earlier".split()
_SAID = "announced reported stated estimated given said thought".split()
_FIRST_FIGURE = "estimate figure count report tally total announcement".split()
_REVISED_AFTER = re.compile(
    r"[^.;:]{0,12}?,\s+((?:[\w-]+\s+)?(?:more|higher)\s+than\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:had\s+(?:been\s+)?|were\s+|was\s+)?(?:(?:%s)\s+)?(?:%s)"
    r"|up\s+from\s+(?:an?|the)\s+(?:%s|initial|preliminary|provisional)\s+(?:%s)"
    # "74,000 tonnes, revising upward its initial estimate of 60,000"
    r"|revis(?:ing|ed)\s+(?:up(?:wards?)?\s+)?(?:its|their|his|her|the|an?)\s+(?:(?:%s|initial|preliminary"
    r"|provisional)\s+)?(?:%s))\b"
    % ("|".join(_FIRST_SAID), "|".join(_SAID), "|".join(_FIRST_SAID), "|".join(_FIRST_FIGURE), "|".join(_FIRST_SAID),
       "|".join(_FIRST_FIGURE)), re.IGNORECASE)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=1024)
def _from_figure(figure: str) -> re.Pattern:
    """A figure given as the one a change started from: "from 27", "up from about $1,200"."""
    return re.compile(rf"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[$€£¥]?"
                      rf"{re.escape(figure)}(?![\d,]*\d|\.\d)", re.IGNORECASE)


def _said_from(later, earlier) -> str | None:
    """The words in which a report of ``later`` gives ``earlier``'s figure as the one it changed from."""
    number = _FIGURE.search(earlier.value or "")
    if number is None:
        return None
    said = _from_figure(number.group(0))
    for appearance in later.appearances:
        m = said.search(appearance.context or "")
        if m:
            return " ".join(m.group(0).split())
    return None


# a count completed: "the final count", "final results", "once postal ballots were counted"
_FINAL_COUNT = re.compile(r"\b(?:final|official|complete|full)\s+(?:count|results?|tally|figures?)\b"
                          r"|\b(?:once|after|when)\s+(?:[\w'’-]+\s+){1,5}?(?:were|was|had\s+been|have\s+been)\s+"
                          r"(?:counted|tallied|added)\b", re.IGNORECASE)
# a figure set, right after it, against the first one reported: "1.3%, against a first estimate of 0.9%", "a
# smaller drop than the 1.1% initially reported"
_REVISION_AFTER = re.compile(
    r"[^.;:]{0,25}?,\s+((?:against|compared\s+with|versus|revised\s+from|up\s+from|down\s+from)\s+(?:an?|the)\s+"
    r"(?:first|initial|preliminary|provisional|earlier|previous|flash)\s+(?:estimate|reading|figure|print)"
    r"|an?\s+(?:smaller|larger|bigger|sharper|milder|steeper|weaker|stronger)\s+(?:[\w-]+\s+)?than\s+the\s+"
    r"(?:[^,;.]|\.(?=\d)){1,30}?\s+(?:initially|first|previously|originally)\s+(?:reported|estimated|published))\b",
    re.IGNORECASE)


def _still_running(a, b, va, vb, when_a: str, when_b: str) -> str | None:
    """Why a later report's longer span is the same span, still running ("held for 14 days" three days
    after "held for 11 days"): it has grown by the days between the reports (to a day), and the later
    report tells it as going on. None otherwise: a visit of three days and one of four stay a contradiction."""
    if va.type != "duration" or vb.type != "duration" or va.lo is None or vb.lo is None:
        return None
    days = (date.fromisoformat(utc_moment(when_b)[:10]) - date.fromisoformat(utc_moment(when_a)[:10])).days
    grown = vb.lo - va.lo
    if days < 1 or abs(grown - days) > 1:
        return None
    cue = next((m.group(0) for appearance in b.appearances
                for m in [_GOING_ON.search(_told(appearance))] if m), None)
    if cue is None:
        return None
    return f"{days} day{'s' if days > 1 else ''} on, a span still running (says '{' '.join(cue.split())}')"


# a span told as going on: "have been held for", "now in its 14th day", "after 13 days in captivity"
_GOING_ON = re.compile(r"\b(?:(?:has|have)\s+(?:now\s+)?(?:been|lasted|gone\s+on|dragged\s+on|continued|raged)"
                       r"|now\s+in\s+its|entered\s+its|(?:so|thus)\s+far|still|after\s+(?:\w+\s+){0,2}days?\s+in\s+"
                       r"(?:captivity|detention|custody))\b", re.IGNORECASE)


def _latest(side) -> str | None:
    """When the side's latest report was published: its date, or its moment where the report gives
    the time of day ("2025-09-04T09:00+03:00")."""
    dates = [a.published for a in side.appearances if a.published]
    if not dates:
        return None
    return max(dates, key=lambda when: (utc_moment(when), when))


def _first(side, firsts: dict | None) -> str | None:
    """:func:`_earliest`, found once per side where ``firsts`` keeps them."""
    if firsts is None:
        return _earliest(side)
    if id(side) not in firsts:
        firsts[id(side)] = _earliest(side)
    return firsts[id(side)]


def _earliest(side) -> str | None:
    """When the side's first report was published (see :func:`_latest`)."""
    dates = [a.published for a in side.appearances if a.published]
    if not dates:
        return None
    return min(dates, key=lambda when: (utc_moment(when), when))


def _later(when_a: str | None, when_b: str | None) -> bool | None:
    """Whether ``when_b`` is after ``when_a`` (False: before); None when they cannot be told apart:
    one undated, the same day where either gives no time, or the same minute."""
    if not when_a or not when_b:
        return None
    a, b = utc_moment(when_a), utc_moment(when_b)
    if len(a) == 10 or len(b) == 10:
        a, b = a[:10], b[:10]
    return None if a == b else b > a


def _when(published: str) -> str:
    """A publication date or moment as a reason shows it: "2025-09-04", "2025-09-04 09:00"."""
    return published.replace("T", " ", 1)


def _negated(when: str | None) -> tuple:
    """A sort key putting later dates first and undated last."""
    if not when:
        return (1,)
    return (0, tuple(-ord(c) for c in utc_moment(when)))


def _magnitude(side) -> float:
    return _magnitude_of(side.appearances[0].value)


def label(side, first: bool = False) -> str:
    """A side as a person checks it: "69 (Dawn, BNO, 2025-10-01)"; outlets the sources do not
    name are counted, never shown by an internal ID. ``first``: by the outlet that gave it first and
    when ("53 (Sea Watch, 2025-06-14 11:00+02:00, first of 3)")."""
    if first:
        when = _earliest(side)
        earliest = next(a for a in side.appearances if a.published == when)
        outlets = len({a.outlet or a.source_id for a in side.appearances})
        return (f"{side.value} ({earliest.outlet or 'an unnamed outlet'}, {_when(when)}"
                + (f", first of {outlets})" if outlets > 1 else ")"))
    named = sorted({a.outlet for a in side.appearances if a.outlet})
    unnamed = len({a.source_id for a in side.appearances if not a.outlet})
    shown = named[:2] + ([f"+{len(named) - 2}"] if len(named) > 2 else [])
    if unnamed:
        shown.append("an unnamed outlet" if unnamed == 1 else f"{unnamed} unnamed outlets")
    when = _latest(side)
    return f"{side.value} ({', '.join(shown + ([_when(when)] if when else []))})"


def headline(of_side: list, pairs: list) -> tuple[str, str] | None:
    """The conflict's class and the reason a person checks first: a contradiction if
    there is one (with the side of reference first), else an update."""
    for wanted in FLAGGED:
        for relation in of_side:
            if relation is not None and relation[0] == wanted:
                return relation[0], relation[1]
        for _, _, kind, reason in pairs:
            if kind == wanted:
                return kind, reason
    return None
