"""What a sum is in a story of a country's trade or a company's sale: the trade deficit (all of it, one
partner's, or the goods-and-services measure), imports and exports by the goods bought or sold; a
takeover's equity and enterprise values, and the price of the shares; what things are worth; and a
sum a sentence gives for one month of its own.
"""

from __future__ import annotations

import re

from claimtrack.extract import text as et
from claimtrack.extract.patterns import MONTH, QUAL, lexicon_word


TRADE_NOUNS = frozenset({"deficit", "imports", "exports"})

# a story of imports and exports, where "the deficit" is the trade deficit (not the budget's)
_TRADE_STORY = re.compile(r"\b(?:imports|exports|trade\s+(?:deficit|surplus|balance|gap|figures|data))\b",
                          re.IGNORECASE)
# a deficit's partner, right after it or its sum: "with the bloc", "with Valemont"
_WITH_PARTNER = re.compile(r"\s+with\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?|bloc|eurozone"
                           r"|union|region)\b", re.IGNORECASE)
# ... or the wider measure: "the deficit on goods and services"
_WITH_SERVICES = re.compile(r"\s+(?:on|in|of|for)\s+goods\s+and\s+services\b|\s+including\s+services\b",
                            re.IGNORECASE)
# words before "imports" or "exports" that name no goods
_NOT_GOODS = frozenset("the its their his her our total overall annual all of and in on with by to from as for that"
                       " which while but whose country nation national merchandise goods monthly quarterly yearly"
                       " net gross nominal real record combined".split())


# deficits of other accounts than trade's, named by the words right before
_OTHER_DEFICITS = {"current-account": "current-account", "current account": "current-account", "budget": "budget",
                   "fiscal": "budget", "primary": "primary", "structural": "structural", "pension": "pension"}


def trade_name(ctx, noun: str, modifier: str | None, before: list[str], noun_end: int,
               sum_end: int) -> tuple[str | None, str]:
    """The modifier and name of a deficit, imports or exports (``before``: the lowered words before the
    noun): "trade-deficit", "trade-deficit.bloc", "imports.fuel"."""
    if noun == "deficit":
        other = _OTHER_DEFICITS.get(" ".join(before[-2:])) or _OTHER_DEFICITS.get(" ".join(before[-1:]))
        if modifier is None and other is not None:
            modifier = other  # "the current-account deficit was only 4.8 billion", in a story of trade: another measure
        if modifier is None and (before[-1:] == ["goods"] or ctx.speaks_of(_TRADE_STORY)):
            modifier = "trade"  # "a goods deficit", "the deficit", in a story of imports and exports: the trade's
        name = f"{modifier}-{noun}" if modifier else noun
        partner = _WITH_PARTNER.match(ctx.text, noun_end) or _WITH_PARTNER.match(ctx.text, sum_end)
        if partner is not None:
            # "the deficit with the bloc was $9.6bn", "a deficit of $9.6 billion with the bloc": one partner's part
            return modifier, f"{name}.{et.slugify(partner.group(1))}"
        if _WITH_SERVICES.match(ctx.text, noun_end):
            return modifier, f"{name}.goods-and-services"  # another measure than the goods one
        return modifier, name
    goods = before[-1] if before and before[-1].isalpha() else None
    if goods is not None and goods not in _NOT_GOODS and not goods.endswith(("ing", "ed")):
        return modifier, f"{noun}.{goods}"  # "fuel imports alone totalled $31.7bn": that part of all imports
    return modifier, noun


# a deal's value, said before the sum: the whole firm's with its debt, its equity's, or the firm's as valued
_DEAL_VALUED = re.compile(r"(?:\b(?P<enterprise>enterprise\s+value)|\b(?P<equity>equity)\s+value"
                          r"|\b(?:valuing|values)\s+(?:[\w'’-]+\s+){0,4}?at)\b[^.;]{0,40}$", re.IGNORECASE)
# the firm's debt counted in, before the sum or right after it: "including debt", "with debt"
_WITH_DEBT = re.compile(r"\b(?:including|with|plus)\s+(?:its\s+|the\s+|[\w'’-]+['’]s\s+)?(?:net\s+)?debt\b",
                        re.IGNORECASE)
# a price that is a company's shares': "a closing price of $48.23", "the share price"
_SHARE_PRICE_BEFORE = re.compile(r"\b(?:closing|opening|share|stock|trading)\s+$", re.IGNORECASE)


def sale_key(ctx, sentence, noun: str, noun_start: int, sum_start: int, takeover: re.Pattern) -> str | None:
    """The key of a sum a company's sale or its shares give, whatever noun is nearest; None for others."""
    text = ctx.text
    if noun == "price" and _SHARE_PRICE_BEFORE.search(text, max(sentence.start, noun_start - 20), noun_start):
        return "shares.price"  # by the day, as markets' prices are
    if noun not in ("value", "deal") or not ctx.speaks_of(takeover):
        return None
    valued = _DEAL_VALUED.search(text, max(sentence.start, sum_start - 70), sum_start)
    if valued is None:
        return None
    # "an enterprise value of about $23.1 billion", "valuing the company at $8.2 billion including debt": the
    # whole firm's; "an equity value of $6.9 billion", "values its equity at $20.4 billion": the shares' alone
    end = min(sentence.end, sum_start + 40)
    clause_end = text.find(";", sum_start, end)
    if valued.group("enterprise") or _WITH_DEBT.search(text, valued.start(), clause_end if clause_end >= 0 else end):
        return "deal.enterprise-value"
    if valued.group("equity") or "equity" in text[valued.start():sum_start].lower():
        return "deal.equity-value"
    return "deal.amount"


ON_ITS_OWN = re.compile(r"\s+(?:on\s+its\s+own|by\s+itself|alone)\b", re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b{MONTH}\b")


def month_part(ctx, sentence, sum_start: int, key: str) -> str | None:
    """The key of a sum given "on its own" for the month its sentence names before it ("March was the
    weakest month, with a deficit of $8.1bn on its own": trade-deficit.mar.amount); None where none is."""
    month = None
    for month in _MONTH_WORD.finditer(ctx.text, sentence.start, sum_start):
        pass
    if month is None:
        return None
    subject, _, role = key.rpartition(".")
    return f"{subject}.{lexicon_word(month.group(0))[:3]}.{role}"


# the things a sum is the worth of, right before "worth": "contracts worth", "assets worth"
_THING_WORTH = re.compile(rf"\b((?-i:[a-z])[a-z-]{{2,}})\s+(?:together\s+|collectively\s+|combined\s+)?worth\s+"
                          rf"{QUAL}?$", re.IGNORECASE)
# a load by its weight or volume, and after it, set off by a comma, its worth
_GOODS_THEN_WORTH = re.compile(rf"\d\s*(?:million\s+|billion\s+|m\s+|bn\s+)?(?:tonnes|tons|barrels|bushels|kilograms"
                               rf"|cubic\s+metres)\s+of\s+((?-i:[a-z])[a-z-]{{2,}})\b[^,;.]{{0,60}},\s+worth\s+"
                               rf"{QUAL}?$", re.IGNORECASE)
_NOT_A_THING = frozenset("the its their his her our is was were are be been being now all each and or of in on at for"
                         " with to by as that which who about some over more less than still not also much well"
                         " anything something nothing one ones deal those".split())


def thing_worth(ctx, sentence, sum_start: int) -> tuple[str, int] | None:
    """What a sum said after "worth" is the worth of, named right before it ("highway contracts worth 8.6
    billion rupees": contracts), and where it is named; None where no thing is ("is worth $3bn")."""
    worth = _THING_WORTH.search(ctx.text, max(sentence.start, sum_start - 40), sum_start)
    if worth is None:
        # "2.1 million tonnes of steel products in the first quarter, worth $1.9 billion": the goods weighed
        worth = _GOODS_THEN_WORTH.search(ctx.text, max(sentence.start, sum_start - 120), sum_start)
        if worth is None:
            return None
    word = worth.group(1).lower()
    if word in _NOT_A_THING or word.endswith(("ly", "ed")):
        return None
    return et.slugify(word), worth.start(1)
