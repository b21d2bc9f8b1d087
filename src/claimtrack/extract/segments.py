"""What part of a whole a figure is of, named right before its noun: a business's segment ("cloud
revenue", "core inflation", "youth unemployment"), and the market a move is of (a stock index, a
commodity, a currency, a company's shares).
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.patterns import alternation, lexicon_word


# Words before "revenue", "sales" or "profit" that name no part of a company's business: "quarterly
# revenue", "net profit" are the whole; "cloud revenue", "operating profit" a segment or another measure.
_WHOLE_BUSINESS = {"total", "quarterly", "annual", "overall", "net", "group", "company", "full-year", "fiscal",
                   "record", "reported", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
                   "half-year", "yearly", "monthly", "global", "worldwide", "combined", "consolidated", "higher",
                   "lower", "strong", "weak", "weaker", "stronger", "its", "their", "the", "a", "an", "his", "her",
                   "in", "of", "and", "with", "as", "on", "for", "from", "by", "that", "which", "while", "but",
                   # verbs whose object the revenue is: "Orvane forecast revenue of ..."
                   "forecast", "forecasts", "expects", "expect", "sees", "see", "posts", "post", "reports", "report",
                   "says", "projects", "guides", "cut", "cuts", "lift", "lifts", "raise", "raises", "boost", "boosts",
                   "generate", "generates", "made", "make", "makes", "had", "has", "have", "its", "whose",
                   # of prices and inflation, the whole: "consumer prices", "headline inflation"
                   "consumer", "headline", "average", "retail", "producer", "wholesale", "overall", "annual",
                   "general", "price", "rising", "falling", "high", "low", "soaring", "persistent"}


# what may come right before a noun phrase's first word: a determiner, a possessive, a joining word or a mark
_NOUN_PHRASE_OPENS = re.compile(r"(?:[.,;:(—–\"“]|\b(?:the|a|an|its|their|his|her|our|this|that|these|those|and|or|but"
                                r"|while|whereas|as|with|of|in|on|for|from|by|at|after|before|since|where|when)|['’]s)\s*$",
                                re.IGNORECASE)


_BUSINESS_NOUNS = frozenset({"revenue", "sales", "profit", "inflation", "prices", "unemployment"})


_JOBLESS_GROUPS = frozenset({"youth", "long-term", "black", "hispanic", "female", "male", "graduate", "teen", "teenage",
                             "women's", "men's"})


def business_segment(ctx, noun: str, start: int, lo: int) -> tuple[str, int] | None:
    """The part of a business a sum or a change of its ``noun`` (revenue, sales, profit) is of, named
    right before the noun's words at ``start``, and where it is named: "cloud revenue" -> "cloud"; None
    for the whole."""
    if noun not in _BUSINESS_NOUNS:
        return None
    words = ctx.words(max(lo, start - 25), start)
    if not words:
        return None
    word, w_start, w_end = words[-1]
    if ctx.text[w_end:start].strip():
        return None  # "On a monthly basis, prices rose": no word of the noun's own
    lead = ctx.text[max(lo, w_start - 30):w_start]
    if lead.strip() and not _NOUN_PHRASE_OPENS.search(lead) and not _one_word_opens(ctx, words, lo):
        return None  # "to bring inflation down": a verb, no part; "while energy prices fell": a part
    if noun == "unemployment":  # a group's rate beside the whole's: "youth unemployment rose to 11.8%"
        return (et.slugify(word), w_start) if word in _JOBLESS_GROUPS else None
    if not word.isalpha() or word in _WHOLE_BUSINESS or word in lex.STOPWORDS or word.endswith(("ed", "ly")) \
            or (ctx.text[w_start].isupper() and ctx.headline):
        return None
    return et.slugify(word), w_start


def _one_word_opens(ctx, words: list, lo: int) -> bool:
    """Whether one more word of the noun phrase stands before its last ("Household energy prices"), and the
    phrase opens right before that word."""
    if len(words) < 2:
        return False
    word, w_start, w_end = words[-2]
    if not word.isalpha() or word in lex.STOPWORDS or word.endswith(("ed", "ly")) \
            or ctx.text[w_end:words[-1][1]] != " ":
        return False
    lead = ctx.text[max(lo, w_start - 30):w_start]
    return not lead.strip() or bool(_NOUN_PHRASE_OPENS.search(lead))


def market_subject(ctx, pos: int, c_start: int) -> tuple[str, int] | None:
    """What a market move is of, named before it in its clause: a stock index, a commodity, a currency."""
    found = None
    for found in _MARKET_SUBJECT.finditer(ctx.text, c_start, pos):
        pass
    if found is None:
        return None
    word = lexicon_word(found.group(1))
    for table in (lex.STOCK_INDEXES, lex.COMMODITIES, lex.CURRENCY_SUBJECTS):
        if word in table:
            return table[word], found.start(1)
    return None


_MARKET_SUBJECT = re.compile(r"(?<![\w&])(" + alternation(set(lex.STOCK_INDEXES) | set(lex.COMMODITIES)
                                                      | set(lex.CURRENCY_SUBJECTS)) + r")(?![\w&])"
                             r"(?!\s+(?:company|companies|firm|group|giant|producers?|stations?|tax|taxes|fields?"
                             # (the euro zone, the euro area: no currency)
                             r"|wells?|pipelines?|mines?|amount|figure|value|terms|zone|area))", re.IGNORECASE)


# whose shares: "Halcor's shares", "Halcor shares", "shares of Halcor", "saw its shares" (the sentence's company)
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})(?:['’]s)?\s+(?:own\s+)?"
                           r"(?i:shares|stock)\b")
_OWNER_AFTER = re.compile(r"(?i:shares|stock)\s+(?:of|in)\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})")
_ITS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:shares|stock)\b", re.IGNORECASE)
_SENTENCE_OPENER = re.compile(r"\s*(?-i:([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}))\b")


def share_owner(ctx, sentence, start: int, end: int) -> str | None:
    """The company whose shares a move is, named right by the word "shares" before the figure; None for
    shares of no one named ("shares fell across the board")."""
    text = ctx.text
    window = max(sentence.start, start - 40), end
    found = max((*_OWNER_BEFORE.finditer(text, *window), *_OWNER_AFTER.finditer(text, *window)),
                key=lambda owner: owner.start(), default=None)  # the nearest before the figure
    if found is None and _ITS.search(text, *window):
        found = _SENTENCE_OPENER.match(text, sentence.start)  # "Halcor, which cut its forecast, saw its shares drop"
    if found is None:
        return None
    name = found.group(1)
    if name.split()[0].lower() in lex.STOPWORDS or name.split()[0].lower() in lex.NOT_NAMES:
        return None
    return et.slugify(name)
