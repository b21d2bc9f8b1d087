"""Sums of money and what they are: a fine, a budget, the damage of an incident, a fee paid for
someone.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.events import PLAIN_WORDS, person_for
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, MAX_QUOTE, Prior, Rule, examples, negatives, value_words
from claimtrack.extract.patterns import QUAL, alternation, any_of, lexicon_word
from claimtrack.extract.facets import change_facet
from claimtrack.extract.segments import business_segment
from claimtrack.extract.rules import trade


_MONEY_LINK = re.compile(
    r"\s+(?:of|at|worth|totalling|totaling|amounting\s+to|was|is|stood\s+at)\s+", re.IGNORECASE)

# after an amount paid: what it bought ("for the striker"), not a span of work ("for a year")
_PAID_OUT = re.compile(r"\s+out\b", re.IGNORECASE)
_PAID_FOR = re.compile(r"(?:\s+in\s+cash)?\s+for\s+(?!(?:a|an|each|every|one|per|the)\s+(?:year|month|week|day|hour"
                       r"|shift|season|game|match)\b)(?:the|a|an|his|her|its|their|this|that|[A-Z])")


# to whom a sum is paid for a loss: "pay $55,000 to the family of each miner", "paid to the victims' relatives"
_TO_BEREAVED = re.compile(r"(?:\s*,[^,;]{1,40},)?\s*,?\s+to\s+(?:the\s+|each\s+(?:of\s+(?:the\s+)?)?|every\s+)?"
                          r"(?:[\w'’]+\s+)?(?:famil(?:y|ies)|relatives|victims|survivors|next\s+of\s+kin|bereaved|heirs"
                          r"|widows?)\b", re.IGNORECASE)
# a wage's own words about the verb: "is paid", "will be paid", "gets paid"; and whom: "pay him", "pays its staff"
_PASSIVE_PAY = re.compile(r"\b(?:is|was|are|were|be|been|being|get|gets|got|getting)\s+$", re.IGNORECASE)
_PAY_WHOM = re.compile(r"\s+(?:him|her|them|each|every|its|their|his|workers|staff|employees|players?)\b",
                       re.IGNORECASE)
_TO_DATE = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|all\s+told|brings?\s+(?:the\s+)?total"
                      # "Total US military aid to Narvia now stands at ...": all of it, no one package
                      r"|total\s+(?:[\w.'’-]+\s+){0,3}?(?:aid|assistance)\b(?!\s+package)"
                      r"|since\s+the\s+(?:start\s+of\s+the\s+)?(?:full-scale\s+)?(?:war|invasion|conflict)"
                      r"(?:\s+(?:began|started))?)\b", re.IGNORECASE)
_TAKEOVER = any_of(lex.TAKEOVER_WORDS)


_OF_A_WHOLE_SUM = re.compile(r"\s+of\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:package|budget|aid|fund"
                             r"|funding|sum|total|amount|loan|deal|pledge|appeal)\b", re.IGNORECASE)
# "cost" with whom it cost before the sum: "cost the insurance fund 9 billion dollars", "cost taxpayers $2bn"
_COST_WHOM_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:(?:the|its|their|his|her|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}"
                               r"(?:about\s+|some\s+|nearly\s+|an\s+estimated\s+|more\s+than\s+)?$", re.IGNORECASE)
# (in lower case: "cost US$12 million" is no one's)
_COST_ONE_PERSON = re.compile(r"cost(?:s|ing)?\s+(?:him|her|me|us|you|them|his\s+family|her\s+family)\b")

# by how much a sum grew, added to it: "the amendments add 610 million crowns to spending"
_ADD_BEFORE = re.compile(r"\b(?:add|adds|added|adding)\s+(?:(?:about|some|nearly|roughly|around|another|an\s+extra"
                         r"|a\s+further|a\s+combined|a\s+total\s+of)\s+)?$", re.IGNORECASE)
# one item of what people buy, whose cost is its price: "a bus ticket will cost", "a loaf of bread now costs"
_PRICED_ITEM_BEFORE = re.compile(r"\b(tickets?|fares?|loaf|loaves|litres?|liters?|gallons?|bottles?|packs?|meals?"
                                 r"|rides?|cylinders?|kilos?)\b(\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+)?"
                                 r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
                                 r"\s+(?:will\s+|now\s+|would\s+)?$", re.IGNORECASE)

_MINIMUM_BEFORE = re.compile(r"\b(?:minimum|national\s+minimum|statutory\s+minimum)\s+(?:monthly\s+|hourly\s+)?$",
                             re.IGNORECASE)
_BASIS_WORDS = frozenset({"including", "excluding", "plus", "minus", "net", "before", "after", "without"})
_CONTRACTS_WORTH = re.compile(r"\b(contracts?|deals?|tenders?|orders?|grants?)\s+(?:together\s+)?(?:worth|valued\s+at"
                              r"|totall?ing)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$",
                              re.IGNORECASE)


def _giver(ctx, sentence, m: re.Match, best: re.Match, c_start: int) -> str | None:
    """Who gives a pledge or aid, named as its giver: the name before its sum in brackets ("Eskerra ($800
    million)"), before the pledge's possessive ("Norrland's pledge"), or opening the clause before a verb of
    giving ("Japan pledged $500 million"); never a plural of many ("Donors pledged $4.9 billion")."""
    text = ctx.text
    found = _NAME_BRACKET_BEFORE.search(text, max(sentence.start, m.start() - 60), m.start())
    if found is None and best.start() < m.start():
        found = _NAME_POSSESSIVE_BEFORE.search(text, max(sentence.start, best.start() - 60), best.start())
    if found is None:
        found = _GIVER_OPENS.match(text, c_start if c_start > sentence.start else sentence.start, m.start())
    if found is None:
        return None
    name = found.group("name")
    first = name.split()[0].lower()
    if first in lex.STOPWORDS or first in _MANY_GIVERS or first in lex.GENERAL_PEOPLE:
        return None
    return et.slugify(name)


_NAME = r"(?P<name>(?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){0,3})"
_NAME_BRACKET_BEFORE = re.compile(rf"\b{_NAME}\s*\(\s*$")
_NAME_POSSESSIVE_BEFORE = re.compile(rf"\b{_NAME}['’]s\s+(?:[\w\-]+\s+){{0,2}}$")
_GIVER_OPENS = re.compile(rf"\s*(?:(?-i:The)\s+)?{_NAME}\s+(?:(?:has|have|had|also|will|would|then)\s+)?"
                          r"(?:pledged|promised|committed|offered|gave|donated|made|announced|provided|contributed"
                          r"|put\s+up)\b", re.IGNORECASE)
_MANY_GIVERS = frozenset({"donors", "countries", "governments", "nations", "lenders", "allies", "members", "states",
                          "agencies", "leaders", "ministers", "delegates", "participants", "officials", "organisers",
                          "organizers", "banks", "companies", "charities", "individuals"})


_NAMED_CENT = re.compile(r"\d\s+Cents?\b")
# "a $3.4 billion, 48-month loan": the sum and the term, both the loan's
_TERM_BETWEEN = re.compile(r",\s+[\w.]+-(?:year|month|week|day)\s+", re.IGNORECASE)
# a bail bond is set by a court, for someone arrested or charged; a bond traded "on the dollar" is debt
_BAIL_WORDS = ("court", "judge", "magistrate", "arrest", "arrested", "charged", "charges", "jail", "custody", "bail",
               "arraigned", "arraignment", "warrant", "suspect", "defendant", "prosecutors?", "posted", r"free\s+on")
_BAIL_STORY = re.compile(r"\b(?:" + "|".join(_BAIL_WORDS) + r")\b", re.IGNORECASE)
_ON_THE_DOLLAR = re.compile(r"\s+on\s+the\s+(?:dollar|euro|pound)\b", re.IGNORECASE)


def read_money(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    text = ctx.text
    raw = ctx.raw(m)
    if _NAMED_CENT.search(raw):
        return None  # "50 Cent", a name: copy writes its cents in lower case
    c_start, c_end = ctx.clause(sentence, m.start())
    market = _market_price(ctx, sentence, m, raw, c_start)
    if market is not None:
        return market
    best = None
    for bm in ctx.finditer_before(ctx.p["money_noun"], m.start(), 40, sentence.start):
        if _MONEY_LINK.fullmatch(text[bm.end():m.start()]):
            best = bm
    after = None if best else ctx.p["money_noun"].search(text, m.end(), min(c_end, m.end() + 45))
    between = text[m.end():after.start()].split() if after else ()
    if after and (PLAIN_WORDS.fullmatch(text[m.end():after.start()]) or _TERM_BETWEEN.fullmatch(
            text, m.end(), after.start())) and len(between) <= 3 \
            and "and" not in between and not _BASIS_WORDS.intersection(word.lower() for word in between) \
            and not ("as" in between and lex.MONEY_NOUNS[lexicon_word(after.group(0))] in ("imports", "exports")) \
            and not (between == ["on"] and lex.MONEY_NOUNS[lexicon_word(after.group(0))] == "revenue"):
        # ("profit fell to 210 million euros on sales of 4.6 billion euros": a profit, measured against sales)
        # "fined $8,000 and told to pay": what follows "and" is its own; "$8.2 billion including debt": how
        # the sum is counted, no debt's; "widened to $23.3 billion as imports rose": the clause after is another's
        best = after
    costing = _COST_WHOM_BEFORE.search(text, max(sentence.start, m.start() - 50), m.start())
    if costing is not None and _COST_ONE_PERSON.match(text, costing.start()):
        return None  # "the rise would cost him around 2,500 pesos a month": one person's cost, no figure of the story
    if costing is not None:  # "would cost its fund about 3 billion dollars": the cost, not a fund's
        best = ctx.p["money_noun"].match(text, costing.start()) or best
    if best is None:
        for bm in ctx.finditer_before(ctx.p["money_noun"], m.start(), 80, c_start):
            best = bm
    if best is None:
        for bm in ctx.finditer_before(ctx.p["money_noun"], m.start(), 80, sentence.start):
            best = bm
    if best is None:
        if _PER_SHARE.match(text, m.end()) and ctx.speaks_of(_TAKEOVER):
            # "Halvard is paying $45 a share", in a takeover's story: the offer, whatever the verb
            return Found(m.start(), _PER_SHARE.match(text, m.end()).end(), "deal.per-share", value_words(raw),
                         m.start(), "money", "money")
        return None
    goods = _OF_GOODS.match(text, m.end(), c_end)
    if goods is not None:
        # "tariffs of 25% on $300 billion of Chinese goods": what the goods are worth, no tax
        return Found(m.start(), goods.end(), f"{lex.GOODS.get(lexicon_word(goods.group(1)), 'goods')}.value",
                     value_words(raw), m.start(), "money", "money")
    if _OF_A_WHOLE_SUM.match(text, m.end(), c_end) and best.start() > m.end():
        return None  # "About $800 million of the package will come from stockpiles": a part of it, which is unsaid
    what = _IN_WHAT.match(text, m.end(), c_end)
    held_in = what.group(1).split()[0].lower() if what is not None else None
    if what is not None and not (best.start() >= m.end() and best.end() <= what.end()) and held_in not in _IN_ANY \
            and not (held_in in _HOLDINGS and lex.MONEY_NOUNS[lexicon_word(best.group(0))] in _LOCKED):
        # ("froze $900 million in assets", "seized $2 million in property": what was frozen or seized)
        return None  # "a $2.3 million fine and $400,000 in unpaid wages": a sum of its own, not the fine
    if lex.MONEY_NOUNS.get(lexicon_word(best.group(0))) == "budget" and best.start() < m.start():
        # "the deficit in the new budget has risen to $2.3 billion": the deficit's, the budget only where it is
        head = _HEAD_OF_BUDGET.search(text, max(sentence.start, best.start() - 50), best.start())
        if head is not None and lex.MONEY_NOUNS.get(lexicon_word(head.group(1))) in _BUDGET_PARTS:
            best = ctx.p["money_noun"].match(text, head.start(1)) or best
    if lex.MONEY_NOUNS.get(lexicon_word(best.group(0))) == "value":
        for bm in ctx.finditer_before(ctx.p["money_noun"], best.start(), 30, sentence.start):
            # (not across a comma: "At the offer price, the firm is valued at $18 billion" is a valuation)
            if lex.MONEY_NOUNS[lexicon_word(bm.group(0))] != "value" and "," not in text[bm.end():best.start()]:
                best = bm
    contracts = _CONTRACTS_WORTH.search(text, max(sentence.start, m.start() - 40), m.start())
    if contracts is not None and lexicon_word(best.group(0)) in ("awarded", "award"):
        # "contracts worth 240 million euros awarded by the ministry": what the contracts are worth, no damages
        return Found(contracts.start(), m.end(), f"{et.slugify(contracts.group(1))}.value", value_words(raw),
                     m.start(), "money", "money")
    worth = trade.thing_worth(ctx, sentence, m.start()) \
        if lexicon_word(best.group(0)) == "worth" and best.start() < m.start() else None
    if worth is not None:
        # "highway contracts worth 8.6 billion rupees": what those things are worth, never a value of nothing
        # named (two such sums would meet under one key)
        return Found(worth[1], m.end(), f"{worth[0]}.value", value_words(raw), m.start(), "money", "money")
    noun = lex.MONEY_NOUNS[lexicon_word(best.group(0))]
    if noun == "bail" and lexicon_word(best.group(0)) in ("bond", "bonds") and not ctx.speaks_of(_BAIL_STORY):
        # "a $1.25 billion bond maturing in 2038", "the bond traded at 31 cents on the dollar": debt, no bail
        noun = "bond"
        if _ON_THE_DOLLAR.match(text, m.end()):
            return Found(best.start() if best.start() < m.start() else m.start(), m.end(), "bond.price",
                         value_words(raw), m.start(), "money", "money")
    if noun == "damage" and lexicon_word(best.group(0)) == "damages" and ctx.speaks_of(_COURT):
        noun = "compensation"  # "$48 million in damages", in a story of a verdict: an award, no fire's damage
    if lexicon_word(best.group(0)) in ("bill", "bills") and ctx.legislative():
        noun = "package"  # "the bill sets aside $110 billion", in a story of a chamber's vote: legislation, no invoice
    if noun == "salary" and lexicon_word(best.group(0)) in ("paid", "pay"):
        if best.start() > m.start() and _PAID_OUT.match(text, best.end()):
            # "$560 million will be paid out within days": a payment, no one's wage
            return Found(m.start(), best.end() + 4, "payment.amount", value_words(raw), m.start(), "money", "money")
        if _PAID_FOR.match(text, m.end()):
            noun = "price"  # "paid £100 million for the striker": what something cost, not a wage
        elif _TO_BEREAVED.match(text, m.end()):
            # "will pay 1.2 million crowns to the family of each miner who died": theirs, not the payer's
            return Found(best.start(), m.end(), "compensation.amount", value_words(raw), m.start(), "money", "money")
        elif best.start() < m.start() and not _PER_SHARE.match(text, m.end()) \
                and not _PASSIVE_PAY.search(text, max(sentence.start, best.start() - 12), best.start()) \
                and not _PAY_WHOM.match(text, best.end()):
            # "households would pay $7.5 billion more", "the firm will pay $2 million": what someone pays,
            # no one's wage ("is paid $200,000 a year", "pay him $5 million a year" are)
            return Found(best.start(), m.end(), "payment.amount", value_words(raw), m.start(), "money", "money")
    mod = ctx.before(best.start(), 20, sentence.start).lower().split()
    # (a package is the one a story is about, whatever kind: "a military aid package", "the latest package")
    modifier = mod[-1] if mod and mod[-1] in lex.MONEY_MODIFIERS and noun not in (mod[-1], "package") else None
    if lexicon_word(best.group(0)) == "paid":
        modifier = None  # the word before a verb is who paid: "the state paid"
    if modifier in ("defense",):
        modifier = "defence"
    if noun in trade.TRADE_NOUNS:
        modifier, name = trade.trade_name(ctx, noun, modifier, mod, best.end(), m.end())
    else:
        name = f"{modifier}-{noun}" if modifier else noun
    segment = None if modifier else business_segment(ctx, noun, best.start(), sentence.start)
    if segment:
        name = f"{noun}.{segment[0]}"  # "cloud revenue grew to $9.2 billion": that part of the company's revenue
    if noun == "salary" and _MINIMUM_BEFORE.search(text, max(sentence.start, best.start() - 30), best.start()):
        key = "minimum-wage.amount"  # "the minimum wage will rise to 11,200 pesos": a country's floor, no one's pay
    elif noun in ("fine", "bail", "salary", "fee", "ransom", "compensation", "bribe", "embezzlement"):
        person = person_for(ctx, sentence, m.start(), best.start(), best.end(), role="patient")
        key = f"{person}.{name}" if person else f"{name}.amount"
    elif noun in ("donation", "aid") and (giver := _giver(ctx, sentence, m, best, c_start)) is not None:
        # "Eskerra made the largest single pledge of $800 million", "Norrland ($650 million)": one donor's, never
        # the conference's total
        key = f"{giver}.{name}"
    elif noun in ("damage", "cost", "aid", "loss", "reconstruction") and modifier != "military" \
            and ctx.incident_nearby(sentence):
        subject, _ = incident_for(ctx, sentence, m.start(), m.end())
        key = f"{subject}.{name}"
    else:
        # (what a country buys or sells abroad is their value, as "$14bn in imports" is)
        key = f"{name}.value" if noun in ("imports", "exports") else f"{name}.amount"
    key = trade.sale_key(ctx, sentence, noun, best.start(), m.start(), _TAKEOVER) or key
    if noun in ("aid", "package") and _TO_DATE.search(text, sentence.start, sentence.end):
        # "brings total military aid since the invasion to $47 billion": every package so far, no one package's
        subject, _, role = key.rpartition(".")
        key = f"{subject}-to-date.{role}"
    if noun == "price" and _SHARES_AT_BEFORE.search(text, max(sentence.start, m.start() - 12), m.start()):
        key = "price.per-share"  # "sold 62 million shares at $34": each share's price
    elif _PER_SHARE.match(text, m.end()):
        key = f"{key.rpartition('.')[0] or key}.per-share"  # "$1.12 a share": earnings per share, not the profit
        if noun == "salary" or (noun == "price" and ctx.speaks_of(_TAKEOVER)):
            # "Harlow will pay $72 a share": the offer (no wage is paid by the share); a price, in a takeover's story
            key = "deal.per-share"
    # (a package "of" its sum is the whole, whatever it is for: "a relief package of Rs 1,200 crore for farmers")
    # a sum named as part of one before it: "a total of 400 million euros, including 150 million for schools"
    part = best.start() < m.start() and (
        _PART_BEFORE.search(text, max(sentence.start, m.start() - 120), m.start())
        or noun in _ALLOCATED and _WITH_BEFORE.search(text, max(sentence.start, m.start() - 8), m.start())
        and _FOR_PURPOSE.match(text, m.end(), c_end))
    purpose = _FOR_PURPOSE.match(text, m.end(), c_end) if (noun in _ALLOCATED or part) and best.start() < m.start() \
        and not _OF_ITS_SUM.fullmatch(text, best.end(), m.start()) else None
    if purpose is not None and purpose.group(1).split()[0].lower() in _NO_PURPOSE:
        purpose = None
    if part and purpose is None:
        return None  # a part that says not which: no figure of the whole, nor one a reader can name
    if purpose is not None:
        # "the bill sets aside $110 billion for roads and bridges": that share of it, not the whole
        subject, _, role = key.rpartition(".")
        key = f"{subject}.{et.slugify(purpose.group(1))}.{role}"
    if trade.ON_ITS_OWN.match(text, m.end()):
        key = trade.month_part(ctx, sentence, m.start(), key)
        if key is None:
            return None  # a part, of a whole the sentence does not name
    if noun in ("profit", "revenue") and _ADJUSTED.search(text, max(c_start, m.start() - 60), min(c_end, m.end() + 40)):
        key += ".adjusted"  # "adjusted earnings of $1.47 a share": beside the reported $1.31, another measure
    if best.start() > m.end() and text[m.end():best.start()].split() == ["to"] \
            and _ADD_BEFORE.search(text, max(c_start, m.start() - 30), m.start()):
        key = f"{key.rpartition('.')[0]}.change"  # "the amendments add 610 million crowns to spending": by how much
    item = _PRICED_ITEM_BEFORE.search(text, max(c_start, best.start() - 40), best.start()) \
        if lexicon_word(best.group(0)) in ("cost", "costs") and best.start() < m.start() else None
    if item is not None:
        # "a bus ticket will cost 13.20 pesos": what one costs; "a litre of regular petrol will cost": petrol's
        goods = [lex.COMMODITIES[w] for w in (item.group(2) or "").lower().split() if w in lex.COMMODITIES]
        key = f"{goods[-1] if goods else item.group(1).lower().rstrip('s')}.price"
    start, end = min(m.start(), best.start()), max(m.end(), best.end(), purpose.end() if purpose else 0)
    if end - start > MAX_QUOTE:
        start, end = m.start(), m.end()
    return Found(start, end, key, value_words(raw), m.start(), "money", "money")


def _market_price(ctx, sentence, m: re.Match, raw: str, c_start: int) -> Found | None:
    """A market's price, by what its clause is about: a commodity's by the unit ("Brent crude rose to
    $85.40 a barrel", "gold hit a record $2,450 an ounce"), a currency's against another ("the euro
    slipped to $1.052"); by how much it moved where a level follows ("gained $1.30 to $81.20")."""
    text = ctx.text
    unit = _PER_UNIT.match(text, m.end())
    commodity = None
    for commodity in _COMMODITY.finditer(text, c_start, m.start()):
        pass
    moved = _MARKET_VERB.search(text, commodity.end(), m.start()) if commodity is not None else None
    if commodity is not None and (unit or moved):
        key = f"{lex.COMMODITIES[lexicon_word(commodity.group(1))]}.price"
        subject, end = commodity, unit.end() if unit else m.end()
    else:
        subject = None
        for subject in _CURRENCY_SUBJECT.finditer(text, c_start, m.start()):
            pass
        moved = _MARKET_VERB.search(text, subject.end(), m.start()) if subject is not None and not unit else None
        if moved is None:
            return None
        key = f"{lex.CURRENCY_SUBJECTS[lexicon_word(subject.group(1))]}.exchange-rate"
        end = m.end()
    if _TO_LEVEL.match(text, m.end()) and moved is not None:
        # "gained $1.30 to $81.20", "dropped 9 cents to $3.12": by how much it moved; the level follows ("risen
        # from $1.05 to $1.42": the level it moved from)
        moved_from = "from" in text[moved.end():m.start()].lower().split()[-2:]
        key += ".earlier" if moved_from else f".{change_facet(moved.group(0))}"
    start = subject.start(1) if end - subject.start(1) <= MAX_QUOTE else m.start()
    return Found(start, end, key, value_words(raw), m.start(), "money", "money")


_PER_UNIT = re.compile(r"\s+(?:a|an|per)\s+(?:troy\s+)?(?:barrel|ounce|gallon|litre|liter|tonne|ton|bushel|pound"
                       r"|kilogram|kilo|kg|megawatt-hour|mmbtu|coin|token)\b", re.IGNORECASE)
_COMMODITY = re.compile(r"\b(" + alternation(lex.COMMODITIES) + r")\b(?!\s+(?:company|companies|firm|group|giant"
                        r"|producer|producers|station|stations|tax|taxes|field|fields|well|wells|pipeline|mine|mines))",
                        re.IGNORECASE)
_CURRENCY_SUBJECT = re.compile(r"\b(?:the\s+)?(" + alternation(lex.CURRENCY_SUBJECTS) + r")\b(?!\s+(?:amount|amounts"
                               r"|figure|figures|value|values|terms|sum|sums|store|stores|bill|bills|coin|coins|notes?"
                               r"|sign|signs|denominated|-denominated))", re.IGNORECASE)
# how a price moved or where it stood, between what is priced and the figure
_MARKET_VERB = re.compile(r"\b(?:rose|risen|rises|fell|fallen|falls|slipped|slips|slid|climbed|climbs|jumped|dropped"
                          r"|traded|trades|trading|weakened|strengthened|gained|gains|lost|loses|hit|hits|touched"
                          r"|reached|surged|tumbled|plunged|soared|eased|edged|settled|settles|closed|ended|was|stood"
                          r"|stands|fetched|sold|priced)\b", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+to\s+(?:a\s+)?(?:record\s+)?[$€£¥]\s?\d", re.IGNORECASE)
_OF_GOODS = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,2}?(goods|imports|exports|products|shipments"
                       r"|merchandise)\b", re.IGNORECASE)
_ADJUSTED = re.compile(r"\b(?:adjusted|non-GAAP|excluding\s+(?:one-time\s+|some\s+)?items|excluding\s+one-offs"
                       r"|underlying|before\s+one-time\s+items)\b", re.IGNORECASE)
_COURT = re.compile(r"\b(?:jury|juries|verdict|lawsuit|lawsuits|sued|suing|court|judge|trial|punitive|compensatory)\b",
                    re.IGNORECASE)
_SHARES_AT_BEFORE = re.compile(r"\bshares\s+(?:at|for)\s+$", re.IGNORECASE)
# ("43.50 euros in cash for every Brennick share": how it is paid may stand between)
_PER_SHARE = re.compile(r"\s+(?:in\s+cash\s+|in\s+stock\s+)?(?:(?:a|per)\s+(?:diluted\s+|adjusted\s+)?"
                        r"|for\s+(?:each|every)\s+(?:(?-i:[A-Z])[\w&'’.-]*\s+){0,3})share\b", re.IGNORECASE)
# what a share of a sum is for, right after it: "$110 billion for roads and bridges", "$65 billion to expand
# broadband"; of the sums that are spent on several things
_OF_ITS_SUM = re.compile(r"\s+(?:worth\s+|of\s+|totall?ing\s+|valued\s+at\s+)(?:(?:about|around|some|nearly|over)\s+)?",
                         re.IGNORECASE)
_PART_BEFORE = re.compile(rf"\b(?:including|of\s+which|of\s+that|of\s+this|among\s+them)\s+"
                          rf"(?:[^.;:()]{{1,80}}?\s(?:and|or)\s+)?{QUAL}?$", re.IGNORECASE)
# what a budget holds, named as a budget's: "the deficit in Westmarch's new budget", "spending in the budget"
_HEAD_OF_BUDGET = re.compile(r"\b([a-z]+)\s+(?:in|of)\s+(?:the\s+|this\s+year['’]s\s+|(?-i:[A-Z])[\w-]*['’]s\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_BUDGET_PARTS = frozenset({"deficit", "debt", "spending", "revenue", "borrowing", "tax", "aid", "funding",
                           "investment"})
# an allocation within a sum, told by what it is for: "passed the budget with $180 million for the project"
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_ALLOCATED = {"package", "budget", "funding", "aid", "spending", "investment", "cost"}
_FOR_PURPOSE = re.compile(r"\s+(?:for\s+|to\s+(?:expand|improve|build|repair|upgrade|fund|replace|modernize|modernise)\s+)"
                          r"((?-i:[a-z])[\w-]*(?:\s+(?:and\s+)?(?-i:[a-z])[\w-]*){0,2})(?=\s*(?:[,.;:]|$|\s+(?:and|in|over"
                          r"|across|by|from|to|under|with|while|as)\b))", re.IGNORECASE)
_NO_PURPOSE = {"a", "an", "the", "each", "every", "his", "her", "their", "its", "this", "that", "these", "those", "years",
               "months", "weeks", "days", "fiscal", "next", "another", "one", "two", "three", "all", "both"}
# what sums frozen or seized are held in: "froze $900 million in assets"
_HOLDINGS = {"assets", "holdings", "property", "properties", "accounts", "funds", "deposits", "reserves"}
_LOCKED = {"frozen-assets", "forfeiture"}
# what a sum is, named after it: "$400,000 in restitution", "$12 million in stolen goods"
_IN_WHAT = re.compile(r"\s+in\s+((?-i:[a-z])[\w'’\-]*(?:\s+(?-i:[a-z])[\w'’\-]*){0,2})", re.IGNORECASE)
# ... and the words after "in" that say nothing of what it is: "$50,000 in cash", "$3 million in total"
_IN_ANY = {"cash", "total", "all", "the", "a", "an", "his", "her", "its", "their", "this", "that", "each", "one",
           "two", "bills", "notes", "coins", "dollars", "euros", "pounds", "value", "today's", "real", "nominal",
           "current", "constant", "terms", "recent", "just", "less", "under", "over", "about",
           "bitcoin", "cryptocurrency", "crypto", "gold"}  # (how it is paid: "5 million dollars in bitcoin")


RULE = Rule("money", "value", read_money, kind="money",
             reads="sums of money and what they are: a fine, bail, a budget, a price paid, the damage an incident did",
             examples=examples("""
The court fined the shipping firm $3.5 million on Thursday.
    fine.amount | $3.5 million | fined the shipping firm $3.5 million
The ministry pledged £90m, including £30m for housing and £5m for roads.
    donation.amount | £90m | pledged £90m
    donation.housing.amount | £30m | pledged £90m, including £30m for housing
    donation.roads.amount | £5m | pledged £90m, including £30m for housing and £5m for roads
The fund has $2 billion, of which $300 million is unspent.
    funding.amount | $2 billion | fund has $2 billion
Storm damage along the coast was put at 80 million euros.
    storm.damage | 80 million euros | damage along the coast was put at 80 million euros
The council approved a budget of £420 million for next year.
    budget.amount | £420 million | budget of £420 million
The club paid £45 million for the midfielder in August.
    price.amount | £45 million | paid £45 million
A judge set bail at $250,000 for the driver.
    bail.amount | $250,000 | bail at $250,000
"""),
             negatives=negatives("""
The 50-dollar note was withdrawn years ago.
Prices were quoted in dollars and euros.
"""))
