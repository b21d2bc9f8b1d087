"""Words for an incident that are no incident here: "opened fire", "Chelsea Fire said", a
heart attack, a strike that is a walkout, a legal battle, talks that collapsed.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.patterns import MONTH_NAMES, WEEKDAYS, alternation


_FIRE_VERB_BEFORE = re.compile(r"\b(?:opened|open|opening|under|cease|returned|return|to|exchanged|exchanging"
                               r"|exchange|of|line\s+of"
                               # a weapon's: "killed by sniper fire", "came under artillery fire"
                               r"|sniper|artillery|mortar|rocket|tank|machine-gun|small-arms|anti-aircraft|enemy"
                               r"|friendly|cross)\s+$")
# "started to fire shots", "they fire into the crowd": the verb, not a blaze ("a fire at the market" is one)
_FIRE_SHOTS_AFTER = re.compile(r"\s+(?:shots?|rounds?|bullets?|volleys?|a\s+(?:gun|weapon|shot))\b")
_FIRE_AT_AFTER = re.compile(r"\s+(?:at|into|upon|on|back)\b")
# what protesters burn, no blaze a story is about: "set fire to tyres", "setting fire to a police car"
_FIRE_TO_LITTER = re.compile(r"\s+to\s+(?:a\s+|an\s+|the\s+|two\s+|several\s+|dozens\s+of\s+)?(?:[\w-]+\s+)?"
                             r"(?:tyres?|tires?|cars?|vehicles?|bins?|barricades?|effig(?:y|ies)|flags?|rubbish|trash"
                             r"|garbage|dumpsters?|posters?|ballot\s+boxes)\b", re.IGNORECASE)
_FIRE_SUBJECT_BEFORE = re.compile(r"\b(?:to|will|would|could|can|did|they|he|she|we|gunmen|men|suspects|police"
                                  r"|officers|troops|soldiers)\s+$")
_FIRE_SERVICE_AFTER = re.compile(r"\s*(?:brigade|service|department|dept|fighters|crews?|engines?|chief|officials?"
                                 r"|marshal|investigators?|inspectors?|station|trucks?|rescue|captain|district"
                                 r"|authorities|officers?|spokes(?:man|woman|person)|and\s+(?:rescue|emergency))\b")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|stated)\b")
# "Tropical Storm Bert", "Super Typhoon", "Atlantic Hurricane": names of an incident's own kind
_NAMED_INCIDENT_BEFORE = re.compile(r"\b(?:Tropical|Super|Post-Tropical|Subtropical|Atlantic|Pacific|Great"
                                    r"|Severe|Major)\s+$")
# "Chelsea Fire confirmed", "Cal Fire said": a fire service; "the Mosquito Fire", "the 2018 Camp Fire" are
# named blazes
_NAME_BEFORE = re.compile(r"(?<!\bthe\s)(?<!\bThe\s)(?<!\bthe\s\d{4}\s)(?<!\bThe\s\d{4}\s)\b[A-Z][\w'’-]+\s+$")
_STRIKING_PEOPLE = {word for word, group in lex.PEOPLE_CATEGORIES.items() if group not in ("fighters", "soldiers")}
# "to strike", "a hunger strike", "a lightning strike": no attack
_STRIKE_NOT_ATTACK_BEFORE = re.compile(r"\b(?:to|will|would|could|hunger|lightning)\s+$")
# "the miners' strike", "a 24-hour strike", "went on strike", "strike action", "a strike by nurses"
_LABOUR_STRIKE_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(lex.LABOUR_STRIKE_BEFORE)})(?:['’]s?)?|\b[\w.]+-(?:hour|day|week|month)"
    r"|\b(?:go|goes|going|gone|went|are|is|were|was|be|been|remain|remains|remained|stay|stayed)\s+on)\s+$")
_LABOUR_STRIKE_AFTER = re.compile(
    # "a strike by 4,200 dockworkers", "by some 300 hospital staff"
    rf"\s+(?:(?:{alternation(lex.LABOUR_STRIKE_AFTER)})\b|by\s+(?:the\s+)?(?:[\w,.\-]+\s+){{0,3}}?"
    rf"(?:{alternation(_STRIKING_PEOPLE)})\b|(?:was|were|has\s+been|had\s+been)\s+called\s+off\b"
    # "the strike involved some 8,000 workers"
    rf"|(?:involved|involving|involves|drew|included|including)\s+(?:[\w,\-]+\s+){{0,3}}?"
    rf"(?:{alternation(_STRIKING_PEOPLE)})\b)")
_FIGURATIVE_BATTLE_BEFORE = re.compile(r"\b(?:legal|court|price|trade|culture)\s+$")
_FOR_A_LIFE_AFTER = re.compile(r"\s+(?:for\s+(?:(?:his|her|their|your|my|our|a|the)\s+)?(?:life|lives|survival)"
                               r"|to\s+(?:stay|survive|live)\b)")
# "talks collapsed", "the collapse of the ceasefire": no building came down
_AGREEMENTS = (r"(?:talks|negotiations|ceasefire|truce|deal|agreement|accord|government|coalition|economy"
               r"|currency|markets?|prices|bank|company|firm|peace\s+process|alliance|regime|bid|plan|project"
               r"|merger|takeover|case|trial|prosecution|investigation|party|league|club|carrier|airline|lender"
               r"|retailer|insurer|fund|exchange|startup|chain|business|businesses|industry|sector|demand|sales"
               r"|support|confidence)")
_FIGURATIVE_COLLAPSE_BEFORE = re.compile(
    rf"\b{_AGREEMENTS}(?:'s|’s|(?:,[^,.;]{{1,40}},)?"
    r"(?:\s+(?:has|had|have|was|were|all\s+but|effectively|finally|eventually|then|later|soon))*)\s+$")
_FIGURATIVE_COLLAPSE_AFTER = re.compile(rf"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?{_AGREEMENTS}\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|the)\s+$")
_PRISONERS_OF_BEFORE = re.compile(r"\b(?:prisoners?|pows?)\s+of\s+$")

# "exchange" and "swap" name a prisoner exchange only where nothing makes them another: a stock
# exchange, an exchange rate, an exchange of fire; a debt or currency swap. The verbs need the
# people exchanged after them ("swapped 95 prisoners"), not fire ("exchanged fire").
_OTHER_EXCHANGES = ("stock foreign currency crypto cryptocurrency information student cultural trade energy debt credit"
                    " default interest rate asset land seat job player heated brief angry testy diplomatic verbal")
_EXCHANGED_THINGS = "fire gunfire shots views letters ideas blows words messages information notes greetings data"
_OTHER_EXCHANGE_BEFORE = re.compile(rf"\b(?:{alternation(_OTHER_EXCHANGES.split())})\s+$")
_OTHER_EXCHANGE_AFTER = re.compile(rf"\s+(?:rates?|of\s+(?:{alternation(_EXCHANGED_THINGS.split())})|programmes?"
                                   rf"|programs?|students?|commission|traded|listing|lines?|deals?\s+on\s+debt)\b")
_PRISONER_WORDS = re.compile(r"\b(?:prisoners?|pows?|captives?|captivity|hostages?|detainees?)\b", re.IGNORECASE)
_PEOPLE_EXCHANGED_AFTER = re.compile(
    r"(?:\s+[\w,'’-]+){0,6}?\s+(?:prisoners|prisoner|pows|captives|detainees|hostages|soldiers|servicemen|troops"
    r"|fighters|civilians|people|bodies)\b")


def _prisoner_exchange(ctx, m: re.Match, word: str, before: str) -> bool:
    if not ctx.speaks_of(_PRISONER_WORDS):
        return False  # an exchange in a story of no prisoners is of gunfire, words or shares
    if word in ("exchanged", "swapped", "traded") or (word == "exchange" and before.endswith("in ")):
        # ("in exchange for 36 prisoners" is one; "in exchange for aid" none)
        return _PEOPLE_EXCHANGED_AFTER.match(ctx.after(m.end(), 60).lower()) is not None
    return not (_OTHER_EXCHANGE_BEFORE.search(before) or _OTHER_EXCHANGE_AFTER.match(ctx.after(m.end(), 30).lower()))

# What people do with a walkout: "joined the strike", "staged a two-hour strike", "called off the strike"
_WALKOUT_VERB_BEFORE = re.compile(
    r"\b(?:join|joins|joined|joining|stage|stages|staged|staging|hold|holds|held|holding|call|calls|called"
    r"|(?:take|takes|took|taking)\s+part\s+in|end|ends|ended|suspend|suspends|suspended|begin|begins|began"
    r"|start|starts|started|threaten|threatens|threatened|threatening|announce|announces|announced|announcing)"
    r"(?:\s+off)?\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+)?$")
# "strikes on militant positions", not "on Monday" or "on 3 May"
TARGET_AFTER = re.compile(
    rf"\s+(?:against\b|on\s+(?!(?:{alternation(WEEKDAYS + MONTH_NAMES)})\b|\d|(?:this|last|next)\b))")
# Words that put an article's strikes on a picket line
WALKOUT_WORDS = re.compile(r"\b(?:walk(?:s|ed|ing)?\s+out|walkouts?|strikers|picket(?:s|ed|ing)?|trade\s+unions?)\b")


def labour_strike(ctx, m: re.Match) -> bool:
    """A strike that is industrial action: see lex.LABOUR_STRIKE_BEFORE; or one that people
    join, stage or call off, on no target ("workers joined the strike"; "the coalition
    joined the strikes on militant positions" is an attack)."""
    before = ctx.before(m.start(), 40).lower()
    after = ctx.after(m.end(), 60).lower()
    return bool(_LABOUR_STRIKE_BEFORE.search(before) or _LABOUR_STRIKE_AFTER.match(after)
                or (_WALKOUT_VERB_BEFORE.search(before) and not TARGET_AFTER.match(after)))


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _in_title_case(ctx, pos: int) -> bool:
    """Whether the line at ``pos`` is written in title case, as a headline is ("86 Sick, 7 Dead in
    Largest Outbreak"): there a capital says nothing of a name."""
    start = ctx.text.rfind("\n", 0, pos) + 1
    end = ctx.text.find("\n", pos)
    words = _LONG_WORD.findall(ctx.text, start, end if end >= 0 else len(ctx.text))
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


_IN_A_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[a-z]+\s+(?:for|of|on)\s+$")
# "storm" as a verb: after "to", a modal or a subject pronoun, or before the place taken
_STORM_VERB = re.compile(r"(?i:storms?)(?=\s+(?:the|a|an|its|their|his|her|into|through)\s+"
                         r"(?!(?:of|that|which|was|is|has|had)\b))"
                         r"(?<!\bthe\sstorm)(?<!\bthe\sstorms)(?<!\ba\sstorm)", re.IGNORECASE)


_WARNING_AFTER = re.compile(r"\s+(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies)|sirens?|drills?|alarms?)\b",
                            re.IGNORECASE)
_CRASH_COMPOUND_AFTER = re.compile(r"\s+(?:barriers?|tests?|helmets?|course|diet|pads?|mats?|landing)\b")


_WAR_CRIMES_AFTER = re.compile(r"[\s-]+(?:crimes?|criminals?)\b", re.IGNORECASE)


# "flood-hit", "quake-ravaged": a place described by an incident, no mention of the incident itself (the day
# in "began a vaccination campaign in its flood-hit province on Monday" is the campaign's)
# "no match for", "more than a match for", "an even match for"; "met its match"
_MATCH_FOR = re.compile(r"\b(?:no|a|an(?:\s+even|\s+equal)?|any|little|more\s+than\s+a)\s+$", re.IGNORECASE)
_MET_ITS_MATCH = re.compile(r"\b(?:meet|meets|met|meeting)\s+(?:its|his|her|their|our|your|my)\s+$", re.IGNORECASE)
_DESCRIBES_A_PLACE_AFTER = re.compile(r"-(?:hit|ravaged|stricken|battered|affected|devastated|prone|damaged|torn)\b",
                                      re.IGNORECASE)


_ASHORE_AFTER = re.compile(r"\s+(?:ashore|onshore|onto\s+(?:the\s+)?(?:coast|land|shore)|into\s+the\s+coast)\b",
                           re.IGNORECASE)
_BODY_NAME_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Board|Agency|Commission|Authority|Office|Bureau|Centre"
                              r"|Center|Unit|Department|Ministry|Committee|Institute|Council|Directorate|Fund"
                              r"|Task\s+Force|Investigation\s+Branch)\b")


# what rises in a market's rally: "Bonds rallied", "shares in Norvale rallied", "the stock market's rally"
_MARKET_RALLY_BEFORE = re.compile(r"\b(?:bonds?|shares?|stocks?|equities|markets?|prices?|index|indices|indexes"
                                  r"|currency|currencies|krona|krone|euro|dollar|pound|yen|yuan|rupee|peso|lira|gold"
                                  r"|oil|crude|futures|treasuries|gilts|bourse)\b(?:['’]s?)?(?:\s+[\w'’-]+){0,3}"
                                  r"\s+$", re.IGNORECASE)


def real_incident(ctx, m: re.Match, word: str) -> bool:
    text = ctx.text
    raw = text[m.start():m.end()]
    if _DESCRIBES_A_PLACE_AFTER.match(text, m.end()):
        return False
    before = ctx.before(m.start(), 14).lower()
    after = ctx.after(m.end(), 12).lower()
    if raw in ("March", "May") or (raw[0].isupper() and word in ("march",)):
        return False
    if raw[0].isupper() and " " not in raw and not ctx.headline and not _in_title_case(ctx, m.start()) and (
            _SPEAKS_AFTER.match(text, m.end())
            or (ctx.search_before(_NAME_BEFORE, m.start(), 30)
                and not ctx.search_before(_NAMED_INCIDENT_BEFORE, m.start(), 30))):
        # "Terrence Flood said", "Chelsea Fire confirmed": a person's or a service's name
        return False
    if word == "fire" and (_FIRE_VERB_BEFORE.search(before) or _FIRE_SERVICE_AFTER.match(after)
                           or _FIRE_SHOTS_AFTER.match(text, m.end()) or _FIRE_TO_LITTER.match(text, m.end())
                           or (_FIRE_SUBJECT_BEFORE.search(before) and _FIRE_AT_AFTER.match(text, m.end()))):
        return False
    if word in ("attack", "attacks") and before.endswith("heart "):
        return False
    if word in ("rallied", "rally", "rallies", "rallying") and _MARKET_RALLY_BEFORE.search(
            text, max(0, m.start() - 40), m.start()):
        return False  # "Bonds rallied on Monday", "a rally in tech stocks": prices that rose, no protest
    if word == "match" and (_MATCH_FOR.search(ctx.before(m.start(), 30)) and after.startswith(" for ")
                            or _MET_ITS_MATCH.search(ctx.before(m.start(), 30))):
        return False  # "would be no match for the frigates", "met their match": an idiom, no sports match
    if _WARNING_AFTER.match(text, m.end()):
        return False  # "issued a flood warning at 1 p.m.", "a tsunami alert": a warning of one, no happening
    if word == "crash" and _CRASH_COMPOUND_AFTER.match(after):
        return False  # "calls for crash barriers", "a crash course": a thing named by the word, no crash
    if word in ("crashed", "crashes") and _ASHORE_AFTER.match(text, m.end()):
        return False  # "the cyclone crashed ashore": a storm's landfall, no crash
    if raw[0].isupper() and not ctx.headline and (_IN_A_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                                  or _BODY_NAME_AFTER.match(text, m.end())):
        # "the Centers for Disease Control", "the Office of Flood Management", "the Rail Accident Investigation
        # Board": a body's name
        return False
    if word in ("storm", "storms") and _STORM_VERB.match(text, m.start()):
        return False  # "planned to storm the broadcaster's headquarters": a building taken, no weather
    if word in ("strike", "strikes") and _STRIKE_NOT_ATTACK_BEFORE.search(before):
        return False
    if word == "ballot" and before.endswith("strike "):  # a union's vote on striking, not an election
        return False
    if word == "war" and _WAR_CRIMES_AFTER.match(text, m.end()):
        return False  # "a 28-year war crimes sentence", "the war crimes tribunal": a kind of crime, no war
    if word in ("battle", "battles", "war", "conflict") and _FIGURATIVE_BATTLE_BEFORE.search(before):
        return False
    if word == "war" and _PRISONERS_OF_BEFORE.search(before):
        return False  # "prisoners of war": people, not the fighting
    if lex.INCIDENTS.get(word) == "exchange" and not _prisoner_exchange(ctx, m, word, before):
        return False
    if word in ("fighting", "battling", "battle") and _FOR_A_LIFE_AFTER.match(ctx.after(m.end(), 30).lower()):
        return False  # "fighting for his life", "a battle for survival": a patient, not combat
    if word in ("collapse", "collapsed") and (
            _FIGURATIVE_COLLAPSE_BEFORE.search(ctx.before(m.start(), 50).lower())
            or _FIGURATIVE_COLLAPSE_AFTER.match(ctx.after(m.end(), 60).lower())):
        return False
    if word in ("vote", "polls", "ballot") and _ARTICLE_BEFORE.search(before) is None and word == "vote":
        return False
    if word in ("election", "elections", "electoral", "vote", "polls", "ballot") and VOTE_BODY_AFTER.match(after):
        return False  # "the election commission said on Monday": a body, not the vote
    if word in ("vote", "ballot"):
        if ctx.legislative(ctx.doc.sentence_at(m.start())):
            return False  # "passed the bill by a vote of 69 to 30": a chamber's vote (events.nearest_event)
    return True


# after a word of voting, a body or a thing that is not the vote itself: its day is not the vote's
VOTE_BODY_AFTER = re.compile(r"\s+(?:commission|commissions|board|boards|authority|authorities|officials|official"
                              r"|observers|monitors|body|committee|council|agency|tribunal|court|law|laws|rules"
                              r"|results?|count|counting|workers|staff|office|chief|watchdog)\b", re.IGNORECASE)


# A chamber's vote on a bill, a motion or a nominee, which is no election: "the Senate voted 69-30",
# "lawmakers approved the measure"; unless the sentence speaks of voters, ballots or seats.
_CHAMBERS = "House Senate Parliament Congress Assembly Knesset Bundestag Duma Dail"
_LEGISLATIVE_WORDS = ("senators lawmakers legislators mps bill bills legislation amendment motion resolution nominee"
                      " budget treaty nomination impeachment no-confidence parliament abstained")
_ELECTORAL_WORDS = ("polls polling ballot ballots voters turnout candidate candidates seats electorate constituency"
                    " constituencies referendum primary primaries runoff election elections")
_LEGISLATURE = re.compile(rf"\b(?:(?-i:{'|'.join(_CHAMBERS.split())})|{alternation(_LEGISLATIVE_WORDS.split())}"
                          rf"|confidence\s+vote)\b", re.IGNORECASE)
_ELECTORAL = re.compile(rf"\b(?:{alternation(_ELECTORAL_WORDS.split())})\b", re.IGNORECASE)


def legislative_vote(text: str, start: int, end: int) -> bool:
    """Whether the vote a stretch of text speaks of is a chamber's, not an election."""
    return _LEGISLATURE.search(text, start, end) is not None and _ELECTORAL.search(text, start, end) is None


_BODY_ANYWHERE = re.compile(r"\b(?:the\s+)?(?P<body>House|Senate|Parliament|Congress|Assembly|Knesset|Bundestag|Duma"
                            r"|Lok\s+Sabha|Dail|MPs|(?i:lawmakers|legislators|senators))\b")
# a chamber by its members' name: "senators voted" is the Senate's vote
_MEMBERS_OF = {"senators": "senate", "representatives": "house", "mps": "parliament", "councillors": "council",
               "council-members": "council"}
_CHAMBER = re.compile(r"\b(?:House|Senate|(?i:parliament)|Congress|Assembly|Knesset|Bundestag|Duma|Lok\s+Sabha|Dail)\b")


def chamber(text: str, start: int, end: int, body: re.Match | None = None) -> str:
    """The body that voted, as a key's subject: named before the tally ("the Senate", "senators": senate),
    or for lawmakers the chamber the sentence names; "vote" where none is."""
    if body is None:
        body = _BODY_ANYWHERE.search(text, start, end)  # "The Senate on Tuesday passed a ... bill by a vote of"
        if body is None:
            return _only_chamber(text) or "vote"  # "126 in favour, 98 against": the one chamber the story names
    name = et.slugify(body.group("body"))
    if name in ("lawmakers", "legislators", "members"):
        named = _CHAMBER.search(text, start, end)  # "lawmakers in the lower house of Parliament voted"
        return et.slugify(named.group(0)) if named else (_only_chamber(text) or name)
    return _MEMBERS_OF.get(name, name)


def _only_chamber(text: str) -> str | None:
    """The chamber a story names, where it names one only (a vote in two chambers keeps each sentence's)."""
    named = {et.slugify(m.group(0)) for m in _CHAMBER.finditer(text)}
    return named.pop() if len(named) == 1 else None
