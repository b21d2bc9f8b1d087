"""Shares that say what they are of their own: a poll's margin of error, who people approve of, a takeover's
premium, a side's position on a pay rise, a bar a rate is set against, a referendum's sides, a poll's two leaders.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.model import Found, value_words
from claimtrack.extract.patterns import MONTH, alternation, any_of, lexicon_word
from claimtrack.extract.rules.rate_topics import PAIR_AFTER, PAIR_BEFORE, POLL, REFERENDUM, referendum_side


_MARGIN_BEFORE = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of\s+|is\s+|was\s+)?"
                            r"(?:(?:plus\s+or\s+minus|±|\+/-)\s*)?$", re.IGNORECASE)
# who people approve of, after their share: "of voters approve of the Prime Minister's performance"
_WHO = (r"(?:the\s+)?(?P<who>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2}|(?-i:" + alternation(lex.ROLE_NOUNS)
        + r")\b)")
_APPROVE_AFTER = re.compile(
    r"(?:\s+of\s+(?:all\s+)?(?:voters|respondents|adults|people|those\s+(?:polled|surveyed|asked)|[A-Z][a-z]+ans))?"
    r"\s+(?:said\s+they\s+)?(?P<verb>approve|disapprove|back|support|oppose)(?:\s+of)?(?:\s+" + _WHO + r")?")
_JUDGED = re.compile(r"\b(?:approve|disapprove|back|support|oppose)(?:\s+of)?\s+" + _WHO)


def _judged_before(text: str, start: int, end: int) -> str | None:
    """Whom the sentence says people approve of, before a share that names no one ("while 58% disapprove")."""
    found = None
    for found in _JUDGED.finditer(text, start, end):
        pass
    return found.group("who") if found else None


_LEADS_PAIR = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<a>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)\s+(?:still\s+|now\s+)?"
    r"(?:leads?|led|trails?|trailed|is\s+ahead\s+of|was\s+ahead\s+of|is\s+behind|was\s+behind"
    r"|(?:has\s+|have\s+)?(?:overtaken|overtook|moved\s+ahead\s+of|pulled\s+ahead\s+of|edged\s+ahead\s+of))"
    r"\s+(?:the\s+)?"
    r"(?P<b>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)\b[^.;]{0,60}$")
# a pair of shares said "against" each other: "with 31% support against 28%"
_AGAINST_BEFORE = re.compile(r"\d\s?(?:%|percent|per\s+cent)(?:\s+(?:support|backing))?\s+(?:against|versus|vs\.?)\s+$",
                             re.IGNORECASE)
_AGAINST_AFTER = re.compile(r"\s?(?:%|percent|per\s+cent)?(?:\s+(?:support|backing))?\s+(?:against|versus|vs\.?)\s+\d",
                            re.IGNORECASE)
_PAY = any_of(lex.PAY_WORDS)
_BARGAINED_BEFORE = re.compile(rf"\b(?:(?P<offer>{alternation(lex.OFFER_WORDS)})|{alternation(lex.DEMAND_WORDS)})"
                               # ("wants a rise of 9%", "the offer stands at 4.5%", "a demand of 9%")
                               r"\s+(?:(?:a|an)\s+)?(?:(?:pay\s+)?(?:rise|increase|raise)\s+of\s+)?"
                               r"(?:of\s+|stands\s+at\s+|stood\s+at\s+|is\s+|was\s+)?$", re.IGNORECASE)
_PREMIUM_AFTER = re.compile(r"\s+(?:takeover\s+|acquisition\s+)?premium\b", re.IGNORECASE)
# ... or said as how far the offer is above the price, in a takeover's story: "30% above Friday's closing price"
_ABOVE_PRICE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+(?:above|over|higher\s+than)\s+(?:the\s+|its\s+"
                                r"|[\w'’-]+['’]s?\s+)?(?:closing|share|stock|last|undisturbed|average|market)\s+"
                                r"(?:share\s+|stock\s+|trading\s+)?price\b", re.IGNORECASE)
_TAKEOVER = any_of(lex.TAKEOVER_WORDS)
# the bar a figure had to clear: "the 40% threshold", "the 95% needed for herd immunity"
_BAR_AFTER = re.compile(r"\s+(?:inflation\s+|deficit\s+|debt\s+)?(target|goal|objective|limit|ceiling|cap)\b"
                        r"(?!\s+range)", re.IGNORECASE)


# a group among those counted, after its share: "are under 18", "of the victims were children"
_GROUP_AFTER = re.compile(
    r"(?:\s+of\s+(?:them|those(?:\s+[\w-]+){0,2}|the\s+(?:[\w-]+\s+){0,2}?(?P<whole>[\w-]+)))?\s+(?:are|were)\s+"
    r"(?P<group>(?:aged\s+)?(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d{1,3}"
    r"|(?-i:" + alternation(lex.PEOPLE_CATEGORIES) + r"))\b(?!\s+(?:of|who|from|in)\b)", re.IGNORECASE)
_AGED = re.compile(r"^aged\s+|the\s+age\s+of\s+")
# how likely something is, and by when: "put the odds of a rate cut in July at about 40%", "a 30% chance of rain"
_ODDS_BEFORE = re.compile(r"\b(?:odds|chances?|probability|likelihood)\s+(?:of|that|for)\b[^;:]{0,120}$", re.IGNORECASE)
_ODDS_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+(?:chance|probability|likelihood|odds)\b", re.IGNORECASE)
_ODDS_MONTH = re.compile(r"\b(?:in|by|at)\s+(?:the\s+)?(" + MONTH + r")\b")


def special_share(ctx, sentence, m: re.Match, raw: str, c_start: int, c_end: int) -> tuple[bool, Found | None]:
    """Whether the share at ``m`` is one of these, and what it is then (None: left unread, "the bank's 2%
    target" where no rate is named before it); (False, None) for any other share, read as a rate."""
    text = ctx.text
    odds = _ODDS_BEFORE.search(text, sentence.start, m.start()) or _ODDS_AFTER.match(text, m.end())
    if odds is not None:
        # a likelihood, never the thing it is the likelihood of ("the odds of a rate cut ... at 40%" is no cut)
        month = _ODDS_MONTH.search(text, odds.start(), m.start()) if odds.start() < m.start() else None
        key = "odds" + (f".{lexicon_word(month.group(1))[:3]}" if month else "") + ".rate"
        return True, Found(m.start(), m.end(), key, value_words(raw), m.start(), "percent", "percent")
    if _MARGIN_BEFORE.search(text, max(sentence.start, m.start() - 60), m.start()):
        # "a margin of error of plus or minus 2.2 percentage points": the poll's, no change of anything
        return True, Found(m.start(), m.end(), "poll.margin-of-error", value_words(raw), m.start(), "percent",
                           "percent")
    judged = _APPROVE_AFTER.match(text, m.end(), c_end if c_end > m.end() else sentence.end)
    if judged is not None:
        # "29 per cent of voters approve of the Prime Minister's performance, while 58 per cent disapprove"
        who = judged.group("who") or _judged_before(text, sentence.start, m.start())
        if who:
            owner = lex.party_key(et.slugify(who))
            facet = "disapproval" if judged.group("verb").lower() in ("disapprove", "oppose") else "approval"
            return True, Found(m.start(), judged.end(), f"{owner}.{facet}", value_words(raw), m.start(),
                               "percent", "percent")
    premium = _PREMIUM_AFTER.match(text, m.end()) or (
        _ABOVE_PRICE_AFTER.match(text, m.end()) if ctx.speaks_of(_TAKEOVER) else None)
    if premium is not None:
        # "a 37 percent premium to Friday's close": what a buyer pays over the price, whatever "share" came before
        return True, Found(m.start(), premium.end(), "deal.premium", value_words(raw), m.start(), "percent", "percent")
    said_before = ctx.before(m.start(), 50, c_start)
    # (in a story of pay, or of a strike by workers: "the rail company says its offer of 4.5% ...")
    bargained = _BARGAINED_BEFORE.search(said_before) if ctx.speaks_of(_PAY) or any(
        inc.kind == "protest" and ctx.text[inc.start:inc.end].lower().startswith("strike") for inc in ctx.incidents
    ) else None
    named = ctx.p["percent_topic"].search(text, m.end(), min(len(text), m.end() + 20)) if bargained else None
    if named is not None and not text[m.end():named.start()].strip() \
            and lex.PERCENT_TOPICS[lexicon_word(named.group(0))] != "salary":
        bargained = None  # "the union offered a 10% discount": what it names, no pay rise
    if bargained is not None:
        # "the company has offered 8%", "the union wants 14 per cent": each side's position on a pay rise
        role = "offer" if bargained.group("offer") else "demand"
        start = m.start() - len(said_before) + bargained.start()
        return True, Found(start, m.end(), f"salary.{role}", value_words(raw), m.start(), "percent", "percent")
    bar = _BAR_AFTER.match(text, m.end())
    if bar is not None:
        # "inflation remains above the bank's 2% target", "above the EU's 3 percent limit": the bar, never the rate;
        # whose bar is the rate the sentence speaks of before it (a rate's own "target" is left unread)
        topic_words = None
        for topic_words in ctx.p["percent_topic"].finditer(text, max(sentence.start, m.start() - 160), m.start()):
            pass
        topic = lex.PERCENT_TOPICS[lexicon_word(topic_words.group(0))] if topic_words is not None else None
        if topic is None or topic == "interest-rate":
            return True, None
        facet = "target" if lexicon_word(bar.group(1)) in ("target", "goal", "objective") else "limit"
        return True, Found(m.start(), bar.end(), f"{topic}.{facet}", value_words(raw), m.start(), "percent", "percent")
    group = _GROUP_AFTER.match(text, m.end(), sentence.end)
    if group is not None:
        # "about 40% are under 18", "45% of the victims were children": the share of a group among those counted,
        # by the group (never a share of the whole counted, which two groups would set against each other)
        name = " ".join(group.group("group").lower().split())
        slug = lex.PEOPLE_CATEGORIES.get(name) or et.slugify(_AGED.sub("", name))  # "aged under 18": under-18
        whole = f"{et.slugify(group.group('whole'))}." if group.group("whole") else ""  # "of the victims"
        return True, Found(m.start(), group.end(), f"{whole}{slug}.share", value_words(raw), m.start(), "percent",
                           "percent")
    side = referendum_side(ctx, m, c_start) if ctx.speaks_of(REFERENDUM) else None
    if side is not None:
        # "58.3% voting in favour and 41.7% against", "the 'yes' camp won 58.3%", "voted 58% to 42% to approve":
        # each side's share of a referendum, whatever the measure is called
        return True, Found(m.start(), m.end(), f"{side}.vote-share", value_words(raw), m.start(), "percent", "percent")
    paired = _LEADS_PAIR.search(text, max(sentence.start, m.start() - 120), m.start())
    if paired is not None and ctx.speaks_of(POLL):
        # "Labour leads the Conservatives by six points, 38% to 32%": each its own share, in the names' order
        second = PAIR_BEFORE.search(text, max(sentence.start, m.start() - 30), m.start()) is not None \
            or _AGAINST_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start()) is not None
        if second or PAIR_AFTER.match(text, m.end()) or _AGAINST_AFTER.match(text, m.end()):
            owner = et.slugify(paired.group("b" if second else "a"))
            return True, Found(m.start(), m.end(), f"{lex.party_key(owner)}.vote-share",
                               value_words(raw), m.start(), "percent", "percent")
    return False, None
