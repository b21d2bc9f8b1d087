"""Percentages and shares: a rate ("inflation hit 9.1%"), a change ("rose 12%") or a fall ("fell 12%"), a share of
something ("56% of the vote", "one in five adults"), with the period it is for.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, MAX_QUOTE, Prior, Rule, examples, negatives, value_words
from claimtrack.extract.patterns import any_of, lexicon_word
from claimtrack.extract.periods import SO_FAR_THIS_YEAR, basis_before, basis_of, half_of_time, period_of, years_growth
from claimtrack.extract.facets import FORESEEN_VERBS
from claimtrack.extract.stages import COUNTED_SO_FAR
from claimtrack.extract.rules.rate_topics import (ASIDE_BEFORE, CHANGE_AFTER, ECONOMY_WORDS, PAIR_AFTER, PAIR_BEFORE,
                                                 POLL, TARIFF_STORY, WHOLE_ECONOMY, bare_rate, content_word_before,
                                                 direction, growth_of, owner_after, owner_on, rejected_before,
                                                 tariff_goods, word_before)
from claimtrack.extract.rules.shares import special_share
from claimtrack.extract.rules.things import owner_of
from claimtrack.extract.segments import business_segment, market_subject, share_owner


# a verb's object after "cut": "cut rates", "cut its forecast", "cut interest rates" (a discount is "a cut of")
_OBJECT_AFTER = re.compile(r"\s+(?!(?:of|in|on|to|for|from|at|and|or|was|is|were|are|will|would|has|had|have|that|which"
                           r"|this|next|last)\b)(?-i:[a-z])", re.IGNORECASE)
_COUNTED_AFTER = re.compile(COUNTED_SO_FAR, re.IGNORECASE)
# ... and the places counted in: "of polling stations counted", "of precincts reporting"
_COUNTED_PLACES = frozenset({"polling", "precincts", "districts", "constituencies", "stations", "wards"})
_PLACES_COUNTED_AFTER = re.compile(r"(?:\s+(?:stations|places|booths|districts))?" + COUNTED_SO_FAR, re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+(?:[\w'’\-]+\s+){0,3}?by\b", re.IGNORECASE)  # "cut its workforce by": the verb
# (whose vote it was may be said: "of the party's vote", "of the members' vote")
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z][\w\-]*(?:['’]s|s['’])\s+)?(?:[\d,.]+\s+)?"
                       r"(?:(?:valid|popular|total|cast|national|global|world|domestic|annual|daily|overall|local"
                       r"|run-off|runoff|first-round|second-round|final-round|members['’])\s+"
                       r"(?=[a-z]))?(vote|votes|ballots|[a-z][a-z\-]+)\b",
                       re.IGNORECASE)
# "one in five adults", "nine out of ten young voters": the share is of the people or things named
_POINTS = re.compile(r"\b(?:points?|basis|bps?|bips)\b", re.IGNORECASE)  # a percentage point's or its hundredth's
_RATIO = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)
_RATIO_OF = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*s|children|people|women|men)\b", re.IGNORECASE)
_OF_ITS_VALUE = re.compile(r"\s+of\s+(?:its|their|the)\s+value\b", re.IGNORECASE)
_SEATS_ON_BEFORE = re.compile(r"\bseats\s+(?:on|with)\s+(?:about\s+|nearly\s+|just\s+|only\s+)?$", re.IGNORECASE)
_WON_VERBS = frozenset({"won", "winning", "polled", "garnered"})  # a share of votes whatever else is spoken of
# (and where an election is spoken of, how a candidate placed: "won with 51.3%", "finished second with 37.2%")
_WON_BEFORE = re.compile(r"\b(received|receiving|won|winning|took|secured|garnered|polled|got|gained|had|has"
                         r"|(?:won|trailed|finished|came|ended|placed)(?:\s+(?:first|second|third|fourth|last))?"
                         r"(?:\s+in\s+the\s+(?:first|second|final)\s+round)?\s+(?:with|on))\s+"
                         r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# shares that are a level someone reports ("41 percent approve"), whose change is another figure; a
# share of something ("cut a fifth of its workforce") is what it is, whatever verb comes before it
_LEVELS = frozenset({"vote-share", "approval", "support", "stake", "turnout", "containment"})
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
# a share of the economy, said after the figure: "45% of GDP", "3.2% of gross domestic product", "2% of its output"
_OF_GDP = re.compile(r"\s+of\s+(?:(?:the\s+)?(?:country|nation|economy|state|region|bloc)['’]s\s+|its\s+|their\s+"
                     r"|the\s+)?(?:annual\s+)?(?:gdp|gross\s+domestic\s+product|economic\s+output|national\s+output"
                     r"|national\s+income|output|economy)\b", re.IGNORECASE)
_FISCAL = any_of(lex.FISCAL_NOUNS)
_PERIOD_THEN_BASIS = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}?(?=(?:from|over|on|than|compared)\s)",
                                re.IGNORECASE)
_LEVEL_OF = re.compile(r"\b(?:a|an|the|its|their)\s+(?:(?:record|all-time|recent|\d+-(?:year|month|decade))\s+)?"
                       r"(?:peak|high|low|level|average|pace)\s+of\s+$", re.IGNORECASE)
_PAST_LEVEL = re.compile(r"\b(?:below|above|under|over|from|than|off|since)\s+(?:a|an|the|its|their)\s+"
                         r"(?:(?:record|all-time|recent|\d+-(?:year|month|decade))\s+)?(?:peak|high|low)\s+of\s+$",
                         re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?\w+\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?$"
                             r"|\b(?:is|are)\s+(?:up|down)\s+$", re.IGNORECASE)  # "have gained", "are up"
_RELATIVE_OPEN = re.compile(r",\s+(?:which|that)\s*$", re.IGNORECASE)  # a clause said of the noun before its comma
_TO_LEVEL_AFTER = re.compile(r"\s*,?\s+to\s+(?:a\s+|an\s+)?(?:record\s+|new\s+)?(?:high\s+of\s+|low\s+of\s+)?"
                             r"\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_CONTAINED_BEFORE = re.compile(r"\b(?:contained|containing)\s+(?:about\s+|nearly\s+|some\s+|only\s+)?$", re.IGNORECASE)
_GROWTH_VERBS = frozenset({"grew", "expanded", "contracted", "shrank"})  # the economy's only when nothing else is named
_BARE_RATE = frozenset({"rate", "rates"})  # an interest rate only where no other topic names whose rate it is
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the|a|its)\s+$", re.IGNORECASE)
# what was foreseen, named right after the rate: "less than the 0.2% expected", "the 2.9% economists had forecast"
_EXPECTED_AFTER = re.compile(r"\s+(?:(?:that\s+)?(?P<who>economists|analysts|markets|investors|forecasters)\s+"
                             r"(?:had\s+)?)?" + FORESEEN_VERBS + r"(?!\s+(?:to|that)\b)", re.IGNORECASE)

# what was foreseen of the rate just given, before it: "beating expectations of 0.4%", "against forecasts of 2%"
_FORESEEN_OF_BEFORE = re.compile(r"\b(?:expectations|forecasts?|estimates?|predictions?|projections?|consensus"
                                 r"(?:\s+forecasts?|\s+estimates?)?)\s+(?:of|for)\s+(?:a\s+|an\s+)?$", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
# an annualised rate, said before it ("an annualised rate of 2.4%", "at an annual pace of 2.4%") or after
# ("2.4% at an annual rate", "a 2.4% annualized pace"): a quarter's growth as a year's, no quarter's own
_ANNUALISED_BEFORE = re.compile(r"\b(?:annuali[sz]ed|annual)\s+(?:rate|pace|basis)\s+of\s+(?:about\s+|around\s+)?$"
                                r"|\bannuali[sz]ed\s+$|\b(?:in\s+annuali[sz]ed\s+terms|on\s+an\s+annuali[sz]ed\s+basis)"
                                r"\s*,?\s+(?:[\w'’\-]+\s+){0,4}$", re.IGNORECASE)
_ANNUALISED_AFTER = re.compile(r"\s*,?\s+(?:(?:at|on)\s+)?(?:an?\s+)?(?:seasonally\s+adjusted\s+)?"
                               r"(?:annuali[sz]ed(?:\s+(?:rate|pace|basis))?|annual\s+(?:rate|pace))\b", re.IGNORECASE)
# a period said between a rate's topic and its figure: "Growth in the first quarter was revised up to 0.3%"
_PERIOD_BEFORE = re.compile(r"\b(?P<period>(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+"
                            r"(?:quarter|half)(?:\s+of\s+(?:(?:19|20)\d\d|last\s+year))?|(?:19|20)\d\d)),?\s+"
                            r"(?:[\w\-.%]+\s+){0,7}$"
                            # "Second-quarter growth was revised to 0.5%": the period as an adjective
                            r"|\b(?P<adjective>(?:first|second|third|fourth)-(?:quarter|half))"
                            r"\s+(?:[\w\-.%]+\s+){0,7}$",
                            re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\b(?:and|or|but|while|whereas)\b", re.IGNORECASE)  # another figure's topic after it

_TARIFFED = frozenset(et.slugify(words) for words in lex.TARIFF_GOODS) | {"imports", "goods", "products"}


_SPENDING_KINDS = {"defence": "defence", "defense": "defence", "military": "defence", "health": "health",
                   "education": "education", "social": "social", "public": "public"}
_SPENDING_KIND_BEFORE = re.compile(r"\b(" + "|".join(_SPENDING_KINDS) + r")\s+spending\b", re.IGNORECASE)
_ELECTORATE = frozenset({"registered", "eligible", "voters", "electorate", "the"})
_TURNOUT_BEFORE = re.compile(r"\bturnout\b", re.IGNORECASE)
# what the electorate's share did, right after it: voted ("voters cast a ballot", "turned out")
_VOTED_AFTER = re.compile(r"(?:\s+voters)?\s+(?:had\s+|have\s+)?(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted"
                          r"|turned\s+out|went\s+to\s+the\s+polls)\b", re.IGNORECASE)


# words before a rate that are no subject of it
_NO_TOPIC = frozenset({"won", "wins", "led", "leads", "took", "takes", "gave", "gives", "got", "gets", "drew", "draws",
                       "held", "holds", "had", "has", "hit", "rose", "fell", "grew", "saw", "put", "puts", "said", "says",
                       "ahead", "behind", "round", "rather", "night", "day", "week"})


def read_percent(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    text = ctx.text
    raw = ctx.raw(m)
    c_start, c_end = ctx.clause(sentence, m.start())
    if half_of_time(raw, ctx.before(m.start(), 20, c_start)):
        return None  # "in the first half of 2028", "the second half of the match": a span of time, no share
    handled, found = special_share(ctx, sentence, m, raw, c_start, c_end)
    if handled:
        return found
    after = ctx.after(m.end(), 40, c_end)
    topic, t_start, t_end = None, m.start(), m.end()
    growth_basis: str | None | bool = False  # a named thing's growth: its basis ("annual"), or False for no such
    of_gdp = _OF_GDP.match(after)
    am = _SHARE_OF.match(after) if of_gdp is None else None
    if am is None and of_gdp is None and _RATIO.search(raw):
        am = _RATIO_OF.match(after)
    if am is not None and am.group(1).lower() in _ELECTORATE and _TURNOUT_BEFORE.search(text, c_start, m.start()):
        am = None  # "turnout was 61.4 percent of registered voters": the turnout, a share of the electorate as all are
    if am is not None and am.group(1).lower() in ("registered", "eligible", "electorate"):
        voted = _VOTED_AFTER.match(text, m.end() + am.end(), c_end)
        if voted is None:
            return None  # "signatures equal to 15 percent of registered voters": a threshold, a share of no one's vote
        # "About 37% of registered voters cast a ballot": the turnout
        return Found(m.start(), voted.end(), "election.turnout", value_words(raw), m.start(), "percent", "percent")
    if am and am.group(1).lower() not in lex.STOPWORDS and am.group(1).lower() not in ("gdp", "output", "value"):
        word = am.group(1).lower()
        counted = _COUNTED_AFTER.match(after, am.end()) if word in ("vote", "votes", "ballots") else \
            _PLACES_COUNTED_AFTER.match(after, am.end()) if word in _COUNTED_PLACES else None
        if counted is not None:
            # "with 90% of ballots counted", "with 87% of polling stations counted": how far the count has gone,
            # no one's share of the vote
            return Found(m.start(), m.end() + counted.end(), "election.counted", value_words(raw), m.start(),
                         "percent", "percent")
        if word in ("vote", "votes", "ballots"):
            topic = "vote-share"
        elif _CONTAINED_BEFORE.search(ctx.before(m.start(), 20, c_start)):
            topic = "containment"  # "firefighters have contained 60% of the fire": as "60% contained"
        else:
            topic = et.slugify(word) + "-share"
        t_end = m.end() + am.end()
    lost_value = _OF_ITS_VALUE.match(after)
    won = _WON_BEFORE.search(ctx.before(m.start(), 50, c_start))
    if topic is None and won and not lost_value and (
            won.group(1).lower() in _WON_VERBS or any(i.kind == "election" for i in ctx.incidents)):
        topic = "vote-share"  # "won 52%", "polled 41%"; "got 30%" where an election is spoken of
    if topic is None and _SEATS_ON_BEFORE.search(ctx.before(m.start(), 30, c_start)):
        topic = "vote-share"  # "won 45 seats on 24.8%": the share that won them
    if topic is None:
        best = None
        for tm in ctx.finditer_before(ctx.p["percent_topic"], m.start(), 70, c_start):
            if lexicon_word(tm.group(0)) in ("cut", "cuts") and (_BY_AFTER.match(text, tm.end())
                                                                 or _OBJECT_AFTER.match(text, tm.end())):
                continue  # "the budget was cut by 10 percent", "the bank cut rates to 3.5%": the verb, not a discount
            if lexicon_word(tm.group(0)) == "funded":
                continue  # "the state-funded broadcaster cut 10%": funded only right after ("14% funded")
            if lex.PERCENT_TOPICS[lexicon_word(tm.group(0))] == "growth" and (
                    of_gdp is not None or _OF_BEFORE.search(text, tm.start() - 4, tm.start())):
                continue  # "widened to 5.5% of GDP from 4.8%": what the deficit is a share of, no growth
            if best is not None and lexicon_word(tm.group(0)) in _BARE_RATE:
                continue  # "the economy grew at an annualised rate of 2.1%": the economy's rate, no interest rate
            if best is not None and lexicon_word(tm.group(0)) in _GROWTH_VERBS:
                continue  # "wages grew 0.2 percent": the wages' growth, not the economy's
            best = tm
        if best is not None and lexicon_word(best.group(0)) in _GROWTH_VERBS:
            subject = word_before(ctx, best.start(), c_start)
            if subject is not None and subject not in ECONOMY_WORDS:
                best = None  # "Consumer spending grew 0.9%": the spending's change, no economy's growth
        if best is None and of_gdp is not None:
            # "spending will climb to €412 billion, or about 47% of GDP": that spending's share of the economy;
            # with nothing of a budget's named, the share is left unread, never an economy's growth
            fiscal = None
            for fiscal in _FISCAL.finditer(text, max(sentence.start, m.start() - 120), m.start()):
                pass
            if fiscal is None:
                return None
            topic, t_start = et.slugify(fiscal.group(0)) + ".share-of-gdp", fiscal.start()
            t_end = m.end() + of_gdp.end()
        if best is None and of_gdp is None:
            tm = ctx.p["percent_topic"].search(text, m.end(), min(c_end, m.end() + 30))
            between = text[m.end():tm.start()].split() if tm else []
            if tm and (len(between) <= 2 or (len(between) == 3 and between[1].lower() == "in"
                                             and CHANGE_AFTER.match(" " + between[0]))) \
                    and not _AND_BETWEEN.search(text, m.end(), tm.start()):
                # "a 5% rise in prices", "a 38% fall in operating profit"; not "dropped 1.2% and the unemployment
                # rate held"
                best = tm
        relative = _RELATIVE_OPEN.search(text, max(sentence.start, c_start - 12), c_start) if best is None else None
        if relative is not None:
            # "inflation, which ran at 5.4%": the rate of what the relative clause is said of
            for tm in ctx.finditer_before(ctx.p["percent_topic"], relative.start(), 40, sentence.start):
                best = tm
        aside = ASIDE_BEFORE.search(text, sentence.start, m.start())
        if aside is not None and (best is None or best.start() > aside.start()):
            # "Core inflation, which strips out food and energy, held at 3.2%": the subject's, not the aside's
            # (no economy's growth in "Spending, which makes up 60% of the economy, rose 0.8%")
            if best is not None and best.start() < aside.start() + aside.group(0).rfind(","):
                best = None
            for tm in ctx.finditer_before(ctx.p["percent_topic"], aside.start(), 40, sentence.start):
                best = tm
        if best is not None:
            topic = lex.PERCENT_TOPICS[lexicon_word(best.group(0))]
            if lexicon_word(best.group(0)) in ("rate", "rates"):
                topic = bare_rate(ctx, best, c_start)
                if topic is None:
                    return None  # "a rate of 80 percent" in no story of interest rates: which rate, unsaid
            if of_gdp is not None and topic not in ("deficit", "debt"):
                topic = f"{topic}.share-of-gdp"  # "exports are worth a third of the economy": no exports' rate
            kind = word_before(ctx, best.start(), c_start) if lexicon_word(best.group(0)) == "output" else None
            if kind is not None and kind not in ECONOMY_WORDS and kind not in WHOLE_ECONOMY:
                topic = f"output.{et.slugify(kind)}"  # "industrial output fell 2%": that output's, no economy's growth
            grown = growth_of(ctx, best, c_start)
            if grown is not None:
                topic, growth_basis = grown  # "annual house price growth of 4.2%": house prices' rise, no inflation
            if topic == "discount" and _POINTS.search(raw):
                topic = "interest-rate"  # "a half-point cut": a discount is no move in points; a rate's cut is
            t_start, t_end = min(t_start, best.start()), max(t_end, best.end())
            segment = business_segment(ctx, topic, best.start(), sentence.start)
            if segment and topic == "prices" and segment[0] == "core":
                topic, segment = "inflation", segment  # "core prices rose 3.2% from a year ago": core inflation
            if segment:
                # "cloud revenue grew 31%", "core inflation slowed to 3.2%", "food prices were up 2.2%": that part's
                topic = f"{topic}.{segment[0]}"
                t_start = min(t_start, segment[1])
    if topic == "tariff" and _RETALIATION.search(text, sentence.start, sentence.end):
        topic = "tariff.retaliation"  # "vowed to retaliate with duties of 15%": the other side's tariff, not this one
    if topic in ("tariff", "tariff.retaliation") and (goods := tariff_goods(ctx, m, c_start, c_end)):
        topic = f"{topic}.{goods}"  # "a 25% levy on steel", "10% on other goods": each goods' own rate
    if topic is None:
        market = market_subject(ctx, m.start(), c_start)
        if market is not None:
            topic, t_start = market[0], min(t_start, market[1])  # "Brent crude rose 2%", "the S&P 500 fell 1.2%"
    on_owner = owner_on(ctx, m.start(), c_start)
    if topic is None and on_owner and (ctx.speaks_of(POLL) or any(i.kind == "election" for i in ctx.incidents)):
        topic = "vote-share"  # "the latest poll puts Labour on 41%", "Labour is on 38%": a party's share in a poll
    level = _LEVEL_OF.search(ctx.before(m.start(), 40, c_start)) if topic is None else None
    if level is not None:
        # "inflation was 5.4%, down from a peak of 7.8%": a level of the rate the sentence is about
        for tm in ctx.finditer_before(ctx.p["percent_topic"], m.start(), 160, sentence.start):
            topic = lex.PERCENT_TOPICS[lexicon_word(tm.group(0))]
        if topic is not None:
            t_start = m.start() - len(ctx.before(m.start(), 40, c_start)) + level.start()
    if topic is None:
        foreseen = _foreseen_rate(ctx, sentence, m, c_start, prior)
        if foreseen is not None:
            return foreseen
    threshold = _THRESHOLD_AFTER.match(text, m.end())
    if topic is None:
        # a share "for" someone is theirs ("against 45 percent for the opposition candidate"), else the noun's before it
        aside = ASIDE_BEFORE.search(text, sentence.start, m.start())
        # (the subject's, past an aside: "Consumer spending, which makes up 60% of the economy, rose 0.8%")
        noun = content_word_before(ctx, aside.start(), sentence.start) if aside is not None \
            else content_word_before(ctx, m.start(), c_start)
        owner = owner_after(ctx, sentence, m.end(), c_end)
        if owner is not None:
            topic = owner
        elif threshold is not None:
            topic, t_end = "threshold", threshold.end()  # "parties must clear a 5% threshold": the bar itself
        elif noun is None or noun[0] in _NO_TOPIC or (noun[0].endswith("ed") and len(noun[0]) > 4):
            # ("Roskam won 29.5 percent", "ahead of Roskam on 29.5 percent", "the plan, with 58 percent": a verb or a
            # word of place says nothing of what the rate measures; left unread)
            return None
        else:
            topic = noun[0]
            t_start = min(t_start, noun[1])
            goods = tariff_goods(ctx, m, c_start, c_end) if topic in _TARIFFED and ctx.speaks_of(TARIFF_STORY) \
                else None
            if goods is not None:
                # "steel will be taxed at 25%", in a story of tariffs: steel's tariff; "steel and 10% on other
                # goods": the goods the words after the rate name, not the noun before it
                topic = f"tariff.{goods}" if goods else "tariff"
    spent = _SPENDING_KIND_BEFORE.search(text, c_start, m.start()) if topic == "spending" else None
    if spent is not None:
        # "defence spending will rise 12%", "military spending climbs 12%": that spending's, no budget's whole
        topic = f"{_SPENDING_KINDS[spent.group(1).lower()]}-spending"
    words = ctx.before(m.start(), 40, c_start).lower().split()
    change, fall, changed_after = direction(ctx, m, c_start, after, words)
    if growth_basis is not False:
        change = True  # a growth is a change, whatever the verb: "rent growth eased to 3.1%"
    if lost_value:
        change = True
        t_end = m.end() + lost_value.end()
    if changed_after:
        change = True
    # said as a move over its period ("prices rose 1.2% in the September quarter"), not as a level ("was 5.4%",
    # "rose to 3.8%"): the period stays in the key even where it is the latest, as no annual rate's
    # (an economy's growth is its quarter's move: the latest quarter's is the rate reported, as inflation's latest
    # month is)
    moved_in_period = change and not _TO_LEVEL_AFTER.match(after) and not words[-1:] == ["to"] \
        and topic.split(".")[0] != "growth" and growth_basis is False
    if topic.split(".")[0] in ("inflation", "growth", "interest-rate", "unemployment") and not fall \
            and not (change and _TO_LEVEL_AFTER.match(after)):
        # "prices rose 9.1%", "the economy grew 2%": the rate itself; "raised rates 0.25% to 5.5%": by how much
        change = False
    if _POINTS.search(raw):
        change = True  # "rose 0.3 percentage points", "cut by 50 basis points", "a quarter point": a move
    if topic.endswith(".share-of-gdp"):
        key, change = topic, False  # a level, whatever verb brought it there
    elif topic.endswith("-share") and topic != "vote-share":
        key = f"{topic[:-len('-share')]}.share"
    elif topic in ("vote-share", "approval", "support", "stake"):
        owner = owner_after(ctx, sentence, m.end(), c_end) or on_owner or owner_of(ctx, sentence, m.start(), c_start)
        if owner is None and topic == "vote-share":
            owner = "election"
        if owner is None and topic in ("approval", "support"):
            owner = "poll"
        if owner is None:
            key = f"{topic}.percent"
        else:
            key = f"{lex.party_key(owner)}.{topic}"
    elif topic == "turnout":
        key = "election.turnout"
        hour = _BY_HOUR.search(text, sentence.start, m.start())
        if hour is not None:  # "turnout at 6 p.m. stood at 52%": so far that day, no final turnout
            key += "." + ("by-" + (hour.group("noon").lower() if hour.group("noon")
                                    else f"{hour.group('h')}{hour.group('m') or ''}{hour.group('ap').lower()}m"))
    elif topic == "premium":
        key = "deal.premium"  # a takeover's premium, whoever is named as paying it
    elif topic == "funded":  # "the UN's $2.6 billion appeal is only 14% funded": how much of it has come in
        key = "appeal.funded"
    elif topic == "containment":  # "the fire was 40 percent contained"
        subject, _ = incident_for(ctx, sentence, m.start(), m.end(), "fire")
        key = f"{subject}.containment"
    else:
        key = f"{topic}.{('fall' if fall else 'change') if change else 'rate'}"
        owner = share_owner(ctx, sentence, t_start, m.start()) if topic == "shares" else None
        key = f"{owner}.{key}" if owner else key  # "Halcor's shares lost 23%": that company's, no other's
    session = next((name for name, words in _SESSIONS.items() if words.search(text, sentence.start, sentence.end)),
                   None) if topic == "shares" or topic in lex.STOCK_INDEXES.values() else None
    if session is not None:
        # "up 8.4% in extended trading", "fell 3% in early trade", "rose 3.2% by midday": not the day's close
        key += f".{session}"
    if change and topic in _LEVELS:
        # "approval fell 4 percentage points to 41 percent": by how much, not the level
        key += ".fall" if fall else ".change"
    pair = PAIR_BEFORE.search(text, max(c_start, m.start() - 30), m.start())
    led = ctx.before(pair.start(), 30, c_start).lower().split()[-3:] if pair else []
    # (not a move: "raised rates from 4.75% to 5.25%")
    if pair and not change and led[-1:] != ["from"] and not any(w in lex.PERCENT_CHANGE_VERBS for w in led):
        # "approved the measure 61% to 39%", "won 52% to 48%": the other side's share of what the first is
        first = ctx.value_at(pair.start(1))
        first_found = read_percent(ctx, sentence, first, prior) if (
            first is not None and first.lastgroup == "percent" and first.end() <= m.start()) else None
        key = first_found.key.removesuffix(".against") if first_found is not None else key
        if not rejected_before(ctx, pair.start(1), c_start):
            key += ".against"  # after "rejected", the first share is the side against and this one is for
        return Found(t_start, t_end, key, value_words(raw), m.start(), "percent", "percent")
    if not change and PAIR_AFTER.match(text, m.end()) and rejected_before(ctx, m.start(), c_start):
        key += ".against"  # "voters rejected the measure 54% to 46%": the 54% voted no
    basis, basis_end = basis_of(after) if topic not in ("vote-share", "turnout", "containment") else (None, 0)
    if basis is None and topic not in ("vote-share", "turnout", "containment"):
        basis = basis_before(ctx.before(m.start(), 60, sentence.start))  # "On a monthly basis, prices rose 0.2%"
    if basis is None and growth_basis:
        basis = growth_basis
    if basis is None and topic.split(".")[0] == "growth" and not _RATE_BEFORE.search(text, sentence.start, m.start()):
        # a sentence that opens on it: "Compared with the same quarter last year, the economy grew 1.9%"
        lead, lead_end = basis_of(" " + text[sentence.start:m.start()])
        if lead == "year-on-year" and text.startswith(",", sentence.start + lead_end - 1):
            basis = lead
    period_words = ctx.after(m.end() + basis_end, 90, sentence.end)
    if basis is None and (moved_in_period or topic.split(".")[0] == "growth") \
            and topic.split(".")[0] in ("inflation", "prices", "growth"):
        # "rose 2.9% in July from a year earlier": a year's rise, told with the month it reached; no month's move
        over = _PERIOD_THEN_BASIS.match(period_words)
        if over is not None and basis_of(" " + period_words[over.end():])[0] == "year-on-year":
            moved_in_period = False
            if topic.split(".")[0] == "growth":
                basis = "year-on-year"  # "grew 5.2% in the second quarter from a year earlier": no quarter's own move
    if basis is None and topic.split(".")[0] == "growth" and years_growth(ctx.before(m.start(), 40, sentence.start)):
        basis = "year-on-year"  # "Annual growth reached 1.9%": on the year, beside the quarter's 0.6%
    if basis is None and topic.split(".")[0] == "growth" and (
            _ANNUALISED_BEFORE.search(ctx.before(m.start(), 40, sentence.start))
            or _ANNUALISED_AFTER.match(text, m.end())):
        basis = "annualised"  # "an annualised rate of 2.4%": a quarter's growth as a year's
    if basis == "year-on-year" and ((not change and topic.split(".")[0] == "inflation")
                                    or (change and topic.split(".")[0] in ("sales", "profit"))):
        basis = None  # the way those rates are given unless said otherwise (a company's results: on its year before)
    if threshold is not None and topic != "threshold":
        key += ".needed"  # "above the 40% threshold needed for the result to be valid": the bar, not the turnout
    if basis:
        key += f".{basis}"  # "0.2 percent on the month and 3.9 percent from a year earlier": two figures
    period = period_of(period_words, None if moved_in_period else ctx.published)
    said = None
    if period is None and not basis_end:
        lead = ctx.before(m.start(), 60, c_start)
        said = _PERIOD_BEFORE.search(lead)
        at = m.start() - len(lead) + said.start() if said is not None else 0
        if said is not None and _RATE_BEFORE.search(text, sentence.start, at):
            # "grew 0.3% in the second quarter, short of the 0.5% forecast": the period of the rate before
            said = None
    if said is not None:
        # "Growth in the first quarter was revised up to 0.3%": the period said before the figure
        told = said.group("period") or "in the " + said.group("adjective").replace("-", " ")
        period = period_of(" " + told, None if moved_in_period else ctx.published)
    if period and moved_in_period and topic.split(".")[0] == "inflation" and basis is None \
            and not period.startswith(("q", "h", "3m")) and period_of(period_words, ctx.published) is None:
        # "the index increased 0.2% in July", out in August: the month's own rise
        period, basis = None, "month-on-month"
        key += ".month-on-month"
    if not period and SO_FAR_THIS_YEAR.match(after) and _PERFECT_BEFORE.search(ctx.before(m.start(), 30, c_start)):
        period = "year-to-date"  # "shares have gained 35% this year": since January, not the day's move
    if words[-1:] == ["from"] and any(w in lex.PERCENT_CHANGE_VERBS for w in words[-3:]):
        # "stood at 4.2%, up from 4.1%": the level before; "growth in the first quarter was revised up to 0.3%
        # from 0.2%": that quarter's, before
        key += (f".{period}" if period else "") + ".earlier"
    elif period:
        key += f".{period}"  # "54% in 2022", "the 79% recorded in 2020": another period, another figure
    elif (foreseen := _EXPECTED_AFTER.match(text, m.end())) and not key.endswith((".forecast", ".expected")):
        # "less than the 0.2% expected": what was foreseen, not what came; economists' foresight is .expected
        key += ".expected" if foreseen.group("who") else ".forecast"
    elif (mark := _MARK_AFTER.match(text, m.end(), c_end)) and _SET_AGAINST_BEFORE.search(
            ctx.before(m.start(), 30, c_start)):
        # "above the 4.8% average of the past decade", "below the 5.4% peak": the mark set against, not the figure
        key += ".average" if mark.group(1).lower() in ("average", "norm") else ".earlier"
    elif not change and _GAP_AFTER.match(text, m.end(), c_end):
        key += ".gap"  # "1.2 per cent below the 2022 peak": how far from a mark, no level and no change
    elif _THAN_BEFORE.search(ctx.before(m.start(), 12, c_start)) or _PAST_LEVEL.search(ctx.before(m.start(), 50,
                                                                                                    c_start)):
        key += ".earlier"  # "lower than the 79%", "below the peak of 7.8%": a figure compared with, not the one reported
    if t_end - t_start > MAX_QUOTE:
        t_start, t_end = m.start(), m.end()
    return Found(t_start, t_end, key, value_words(raw), m.start(), "percent", "percent")


_RETALIATION = any_of(lex.RETALIATION_WORDS)
# a share move outside a day's close, by when it came
_SESSIONS = {name: any_of(words) for name, words in (
    ("after-hours", ("extended trading", "extended trade", "after-hours trading", "after-hours trade", "after hours",
                     "after the bell", "after the closing bell")),
    ("premarket", ("premarket", "pre-market", "pre-open", "premarket trading", "pre-market trading")),
    ("intraday", ("early trade", "early trading", "morning trade", "morning trading", "midday trading",
                  "afternoon trading", "intraday trading", "intraday", "early deals", "afternoon trade", "by midday",
                  "by noon", "by mid-morning", "by mid-afternoon", "by lunchtime", "at one point",
                  "shortly after the open")))}
_BY_HOUR = re.compile(r"\b(?:at|by|as\s+of|until)\s+(?:(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>[ap])\.?m\b\.?"
                      r"|(?P<noon>noon|midday))", re.IGNORECASE)
# a figure's distance from a mark: "1.2% below the June 2022 peak", "6 per cent short of its record high"
_GAP_AFTER = re.compile(r"\s+(?:below|above|under|short\s+of|off|higher\s+than|lower\s+than)\s+(?:the|its|their|an?)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:peak|highs?|lows?|record|level|average|mark|target)\b",
                        re.IGNORECASE)
_SET_AGAINST_BEFORE = re.compile(r"\b(?:below|above|under|over|exceeding|exceeded|topping|topped|beating|beat"
                                 r"|short\s+of)\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_MARK_AFTER = re.compile(r"\s+(?:(?:long-term|historical|national|regional|[\w]+-year)\s+)?(average|norm|peak|high)\b",
                         re.IGNORECASE)
_THRESHOLD_AFTER = re.compile(r"\s+(?:minimum\s+)?(?:threshold|hurdle|quorum)\b"
                              r"|\s+(?:needed|required)\s+(?:for|to)\b", re.IGNORECASE)
def _foreseen_rate(ctx, sentence, m: re.Match, c_start: int, prior: Prior) -> Found | None:
    """A rate foreseen, with no topic of its own, right after the rate that came: "grew 0.6%, faster
    than the 0.4% economists had forecast", "expanded 0.6%, beating expectations of 0.4%" are that
    rate's, as foreseen (.expected where economists or expectations are named, else .forecast)."""
    text = ctx.text
    before = ctx.before(m.start(), 40, sentence.start)
    than = _THAN_BEFORE.search(before)
    foreseen = _EXPECTED_AFTER.match(text, m.end()) if than is not None else None
    of = _FORESEEN_OF_BEFORE.search(before) if foreseen is None else None
    if foreseen is None and of is None:
        return None
    words_start = m.start() - len(before) + (than or of).start()
    previous = None
    for previous in _RATE_BEFORE.finditer(text, sentence.start, words_start):
        pass
    came = ctx.value_at(previous.start()) if previous is not None else None
    if came is None or came.lastgroup != "percent" or came.end() > words_start:
        return None
    found = read_percent(ctx, sentence, came, prior)
    if found is None or found.key.split(".")[0] not in _FORESEEABLE:
        return None
    key = found.key
    for facet in (".expected", ".forecast", ".earlier"):
        key = key.removesuffix(facet)
    facet = ".expected" if of is not None or foreseen.group("who") else ".forecast"
    start = words_start if of is not None else m.start()
    return Found(start, m.end(), key + facet, value_words(ctx.raw(m)), m.start(), "percent", "percent")


# the rates whose foreseen figure is reported beside the one that came
_FORESEEABLE = frozenset({"growth", "inflation", "unemployment", "interest-rate", "sales", "profit", "prices",
                          "salary", "exports", "imports", "deficit", "participation"})


RULE = Rule("percent", "value", read_percent, kind="percent",
             reads="percentages and shares: a rate, a change, a share of something, a vote share, with its period",
             examples=examples("""
Inflation rose to 4.2% in January.
    inflation.rate.jan | 4.2% | Inflation rose to 4.2%
The ruling party won 38% of the vote.
    party.vote-share | 38% | 38% of the vote
The mayor took 54% of the vote against 44% for his challenger.
    mayor.vote-share | 54% | 54% of the vote
    challenger.vote-share | 44% | of the vote against 44%
The central bank raised rates by a quarter point.
    interest-rate.change | a quarter point | rates by a quarter point
The central bank cut rates to 3.5% on Thursday.
    interest-rate.rate | 3.5% | rates to 3.5%
Shares rose 3.2% by midday.
    shares.change.intraday | 3.2% | Shares rose 3.2%
With 90% of the votes counted, the governor had 51% of the vote.
    election.counted | 90% | 90% of the votes counted
    governor.vote-share.partial | 51% | 51% of the vote
Unemployment fell 0.3 percentage points to 5.1 percent.
    unemployment.fall | 0.3 percentage points | Unemployment fell 0.3 percentage points
    unemployment.rate | 5.1 percent | Unemployment fell 0.3 percentage points to 5.1 percent
Two-thirds of the buildings were without power.
    buildings.share | Two-thirds | Two-thirds of the buildings
Shares in the firm fell 9% on the news.
    shares.fall | 9% | Shares in the firm fell 9%
The tax was cut by a third.
    tax.fall | a third | tax was cut by a third
Rents climbed 7% over three years while prices rose 1.5%.
    rent.change | 7% | Rents climbed 7%
    prices.change | 1.5% | prices rose 1.5%
Home values sit 3.4% below the 2021 peak.
    values.rate.gap | 3.4% | values sit 3.4%
Unemployment rose to 6.2%, above the 5.5% long-term average.
    unemployment.rate | 6.2% | Unemployment rose to 6.2%
    unemployment.rate.average | 5.5% | Unemployment rose to 6.2%, above the 5.5%
"""),
             negatives=negatives("""
The share of women on the board has grown.
Bernard slipped 4% in the polls.
"""))
