"""What a rate is of and whose: the body or person a share is for or "on", a referendum's side, the thing a
"growth" is named by, the word a verb or noun is said of. Helpers of rules.percent, which reads the rate.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.facets import change_facet
from claimtrack.extract.patterns import PEOPLE_NOUNS, alternation, any_of, lexicon_word

PAIR_BEFORE = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s?(?:%|percent|per\s+cent)\s+to\s+$", re.IGNORECASE)
PAIR_AFTER = re.compile(r"\s?(?:%|percent|per\s+cent)?\s+to\s+\d[\d.,]*\s?(?:%|percent|per\s+cent)", re.IGNORECASE)
ECONOMY_WORDS = frozenset({"economy", "economies", "gdp", "output", "growth", "product"})

# whose share it is, named after it: "against 46% for her challenger", "41% for Labour"
_FOR_OWNER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:popular\s+)?votes?|\s+(?:support|backing|approval))?\s+for\s+",
                        re.IGNORECASE)
_THE = re.compile(r"the\s+", re.IGNORECASE)

# a sentence of a poll or a vote, where a share "on" a body is its share
POLL = re.compile(r"\b(?:polls?|polling|survey|surveys|vote|votes|voters|election|ballot)\b", re.IGNORECASE)

# the body a share is given "on", right before it: "with the Union bloc on 32%", "puts Labour on 41%"
_ON_OWNER = re.compile(
    # opening its sentence or clause: "Labour is on 38%", "while the Conservatives are on 32%"
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s))(?=[A-Z]|the\s|The\s)"
    # ... or after a list's joint or "ahead of", past a title in lower case: "and lawmaker Odile Sanu on 12.4%"
    r"|(?:,|\bwith|\band|\bwhile|\bputs?|\bputting|\bhad|\bhas|\bshowed|\bshows|\bahead\s+of)\s+)(?:[Tt]he\s+)?"
    r"(?:(?-i:[a-z][\w\-]+)\s+){0,2}?((?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){0,3})"
    r"(?:\s+(?:bloc|party|alliance|coalition|camp|list))?"
    r"(?:\s+(?:is|are|was|were|stands|stood|remains|remain|sits|sat|now|still|third|second|fourth|fifth))*"
    r"\s+on\s+(?:(?:about|around|some|just|only|nearly)\s+)?$")

_NAME_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}")
_OWNER_ROLE_AFTER = re.compile(r"(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?(" + alternation(
    set(lex.ROLE_NOUNS) | {"rival", "opponent", "party", "coalition", "alliance", "bloc", "government", "opposition"})
    + r")\b", re.IGNORECASE)


def referendum_side(ctx, m: re.Match, c_start: int) -> str | None:
    """Which side of a referendum a share is, "yes" or "no", where its words say: after it ("voting in
    favour", "against", "voted no"), before it ("the 'yes' camp won"), or its place in a pair ("voted 58%
    to 42% to approve": the first is yes, unless the voters rejected it)."""
    text = ctx.text
    said = _SIDE_AFTER.match(text, m.end(), min(len(text), m.end() + 50))
    if said is None:
        lead = ctx.before(m.start(), 50, c_start)
        said = _SIDE_BEFORE.search(lead) or _SIDE_GIVEN.search(lead) or _OUTCOME_BEFORE.search(lead)
    if said is not None:
        return "yes" if said.group("yes") else "no"
    second = PAIR_BEFORE.search(text, max(c_start, m.start() - 30), m.start())
    first = PAIR_AFTER.match(text, m.end()) if second is None else None
    if second is None and first is None:
        return None
    if not _shares_of_one_vote(m.group(0), second.group(0) if second is not None else first.group(0)):
        return None  # "edged down 3 basis points to 4.12%": a move and the level it moved to, no vote's two sides
    first_at = second.start(1) if second is not None else m.start()
    rejected = rejected_before(ctx, first_at, c_start) or _REJECTED_AFTER.match(text, m.end(), m.end() + 60)
    return "no" if (second is None) == bool(rejected) else "yes"


REFERENDUM = any_of(lex.REFERENDUM_WORDS)
_SIDE_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:votes?|ballots|voters)(?:\s+cast)?\s+)?"
                         # (where they voted: "58.3% of voters in the Dalmark region rejected it")
                         r"(?:in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
                         r"(?:(?:were|was|had|have|has)\s+)?"
                         # ("48.4% for No": a side named in capitals, or quoted)
                         r"(?:(?:voting|voted|votes?|said)\s+|for\s+(?:the\s+)?(?=[\"“']|(?-i:Yes|No)\b))?"
                         r"(?:(?P<yes>in\s+favou?r|yes\b|[\"“']yes[\"”']|(?:backed|supported|approved|endorsed)\s+"
                         r"(?:it|the|his|her|their|its|this|that)\b)"
                         # (not "against" the other side's share: "51.6% of the vote against 48.4%")
                         r"|against\b(?!\s+(?:about\s+|some\s+|just\s+)?\d)|no\b|[\"“']no[\"”']"
                         r"|(?:rejected|opposed)\s+(?:it|the|his|her|their|its|this|that)\b)", re.IGNORECASE)
_ROUGHLY_END = r"(?:(?:about|nearly|almost|just\s+over|just\s+under|some|roughly)\s+)?$"
_SIDE_BEFORE = re.compile(r"(?:\b|[\"“'])(?:(?P<yes>yes)|no)[\"”']?\s+(?:(?:camp|side|vote|campaign)\s+)?"
                          r"(?:won|wins|took|takes|got|gets|secured|received|polled|garnered|had|has|with|on)\s+"
                          # ("the Yes side won the referendum with 57.2%")
                          r"(?:(?:the\s+)?(?:referendum|vote|ballot|plebiscite|poll)\s+with\s+|with\s+)?"
                          + _ROUGHLY_END, re.IGNORECASE)
# ... or the outcome the share gave: "the amendment passed with 50.9%" (yes), "was rejected by 58%" (no)
_OUTCOME_BEFORE = re.compile(r"\b(?:(?P<yes>passed|carried|(?:was|were)\s+approved|was\s+adopted)|(?:was\s+)?"
                             r"(?:rejected|defeated|voted\s+down))\s+(?:with|by)\s+" + _ROUGHLY_END, re.IGNORECASE)
# ... given it: "results gave the 'yes' side 54.2%"
_SIDE_GIVEN = re.compile(r"\b(?:gave|gives|giving|handed|hands|put|puts)\s+(?:the\s+)?"
                         r"[\"“']?(?:(?P<yes>yes)|no)[\"”']?\s+(?:camp|side|vote|campaign)\s+" + _ROUGHLY_END,
                         re.IGNORECASE)
_REJECTED_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:\w+\s+){0,2}?to\s+(?:reject|defeat|block|oppose)\b",
                             re.IGNORECASE)


_PAIR_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _shares_of_one_vote(one: str, other: str) -> bool:
    """Whether two figures said as a pair ("58% to 42%") can be a vote's two sides: shares, neither of
    them in points, that add up to no more than the whole."""
    if re.search(r"\bpoints?\b", one + other, re.IGNORECASE):
        return False
    figures = [_PAIR_FIGURE.search(words) for words in (one, other)]
    if None in figures:
        return False
    return sum(float(f.group(0).replace(",", ".")) for f in figures) <= 100.5


def rejected_before(ctx, pos: int, c_start: int) -> bool:
    """Whether a vote's verb before ``pos`` says the first figure after it is the side against."""
    return any(word in lex.AGAINST_FIRST_VERBS for word in ctx.before(pos, 90, c_start).lower().split())


def owner_after(ctx, sentence, end: int, c_end: int) -> str | None:
    """The person or body a share is "for", named right after it: "against 46.1% for her
    challenger" is the challenger's, whoever won the share before it."""
    found = _FOR_OWNER.match(ctx.text, end, c_end)
    if found is None:
        return None
    at = found.end()
    the = _THE.match(ctx.text, at, c_end)
    name_at = the.end() if the else at
    run = _NAME_RUN.match(ctx.text, name_at, c_end)  # "the Liberal Democrats": the name, all its words
    for mention in ctx.doc.by_sentence.get(sentence.index, ()):
        if mention.kind in ("person", "org", "place", "other") and mention.slug and (
                mention.start == name_at or (run and name_at <= mention.start < run.end())):
            return et.slugify(run.group(0)) if run else mention.slug
    role = _OWNER_ROLE_AFTER.match(ctx.text, at, c_end)
    named = _NAMED_AFTER_ROLE.match(ctx.text, role.end(), c_end) if role else None
    if named:
        return et.slugify(named.group(1))  # "for her rival, Piet Havel": the rival's name
    if role:
        return et.slugify(role.group(1))
    if the and run and run.group(0).split()[0].lower() not in lex.STOPWORDS:
        return et.slugify(run.group(0))  # "for the Union": a body named in one word, which names are not
    return None


# a role's name said after it: "for her rival, Piet Havel"
_NAMED_AFTER_ROLE = re.compile(r",\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})(?=\s*[,.;]|$)")


def owner_on(ctx, pos: int, c_start: int) -> str | None:
    """The body a share is given "on", named right before it: "with the Union bloc on 32%",
    "Labour on 40%" (as polls are reported)."""
    found = _ON_OWNER.search(ctx.text, c_start, pos)
    if found is None or found.group(1).split()[0].lower() in lex.STOPWORDS:
        return None
    return et.slugify(found.group(1))


# Words of the figures themselves, never what a share or change is of: "300 billion euros last year, up 3%"
_NOT_A_TOPIC = {"dollars", "euros", "pounds", "yuan", "yen", "rupees", "roubles", "rubles", "francs", "kroner",
                "kronor", "million", "billion", "trillion", "thousand", "hundred", "record", "year", "years",
                "month", "months", "week", "weeks", "percent", "cent", "points",
                # verbs of a level: "held at 3.2%", "hit 7%", "stood at 4%"
                "held", "hit", "hits", "stood", "stands", "hovered", "stayed", "remains", "remain", "sat", "sits",
                "sit", "stand", "above", "below", "under", "over",
                # irregular verbs of a sale or a payment: "the average home sold for 287,500 euros, 4.6% more"
                "sold", "bought", "paid", "spent", "made", "took", "gave", "won", "lost", "cost", "costs", "got",
                # and of a threshold: "needs 60% to pass"
                "needs", "need", "requires", "require",
                # which figure, not of what: "the initial reading of 2.1%"
                "initial", "previous", "earlier", "original", "preliminary", "revised", "final", "latest"}

# a relative clause set off by commas between a subject and its figure's verb
ASIDE_BEFORE = re.compile(r",\s+(?:which|who|that)\s[^,;:.]{1,80},\s+(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_COUNTED = set(lex.THINGS) | set(lex.STATUS) | PEOPLE_NOUNS


def growth_of(ctx, best: re.Match, c_start: int) -> tuple[str, str | None] | None:
    """What a growth named by its thing is of, and its basis if an adjective says it: "house price
    growth" -> prices.house, "annual rent growth" -> (rent, year-on-year); None for an economy's."""
    word = lexicon_word(best.group(0))
    if word not in ("growth", "price growth"):
        return None
    thing = word_before(ctx, best.start(), c_start)
    if thing is None or thing in ECONOMY_WORDS or thing in WHOLE_ECONOMY or thing in _GROWTH_ADJECTIVES \
            or thing in _GROWTH_VERBS_BEFORE or thing in lex.PERCENT_CHANGE_VERBS or thing in lex.SPEECH_VERBS:
        return None  # ("economists expect growth of 1.8%": the verb, no thing that grew)
    words = ctx.words(max(c_start, best.start() - 40), best.start())
    period = words[-2][0] if len(words) >= 2 else None
    basis = {"annual": "year-on-year", "yearly": "year-on-year", "monthly": "month-on-month"}.get(period)
    if word == "price growth":
        return f"prices.{et.slugify(thing)}", basis
    return lex.PERCENT_TOPICS.get(thing, et.slugify(thing)), basis


# verbs before "growth", which say what was done to or said of it: "expect growth of 1.8%", "boosted growth"
_GROWTH_VERBS_BEFORE = frozenset({"expect", "expects", "expected", "see", "sees", "saw", "forecast", "forecasts",
                                  "predict", "predicts", "predicted", "project", "projects", "projected", "anticipated",
                                  "anticipate", "anticipates", "show", "shows", "showed", "post", "posts",
                                  "posted", "report", "reports", "record", "records", "drive", "drives", "boost",
                                  "boosts", "boosted", "slow", "slows", "slowed", "hit", "hits", "fuel", "fuels",
                                  "spur", "spurs", "lift", "lifts", "estimate", "estimates", "target", "targets"})
# words before "growth" that say how it grew, not what: "strong growth", "annual growth"
_GROWTH_ADJECTIVES = frozenset({"annual", "yearly", "quarterly", "monthly", "strong", "stronger", "weak", "weaker",
                                "slow", "slower", "fast", "faster", "solid", "modest", "robust", "sluggish", "real",
                                "nominal", "underlying", "headline", "average", "global", "overall", "sustained",
                                "rapid", "steady", "sharp", "negative", "positive", "zero", "flat", "potential"})


def word_before(ctx, pos: int, c_start: int) -> str | None:
    """The word a verb or noun at ``pos`` is said of, right before it past adverbs and auxiliaries
    ("spending unexpectedly grew", "industrial output"), lower-cased; None for a determiner or a
    possessive ("its economy", "Japan's output"), or none at all."""
    following = pos
    for w, ws, we in reversed(ctx.words(max(c_start, pos - 40), pos)):
        if ctx.text[we:following].strip():
            return None  # "From a year earlier, output": a comma or a figure between, nothing said of it
        following = ws
        if w.endswith("ly") or w in _AUXILIARIES:
            continue
        if not w.isalpha() or w in lex.STOPWORDS or ctx.text[ws:ws + len(w) + 2].endswith(("'s", "’s")):
            return None
        return w
    return None


_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "also", "only", "still", "again"})
# what names a whole economy's output: "economic output", "total output"
WHOLE_ECONOMY = frozenset({"economic", "total", "national", "domestic", "overall", "aggregate", "gross", "real"})


def content_word_before(ctx, pos: int, c_start: int) -> tuple[str, int] | None:
    """The nearest plain noun before a figure: what a share with no known topic is of."""
    for w, ws, _ in reversed(ctx.words(max(c_start, pos - 50), pos)):
        if w in lex.STOPWORDS or not w.isalpha() or len(w) < 3 or w in lex.SPEECH_VERBS \
                or w in lex.PERCENT_CHANGE_VERBS:
            continue
        if ctx.text[ws].isupper() and not (w in _COUNTED and _SENTENCE_START.search(ctx.text, 0, ws)):
            continue  # a name; but "Cases rose by 40 percent": a counted thing opening the sentence
        if (w.endswith(("ed", "ing", "ly")) and w not in lex.ING_NOUNS) or w in _NOT_A_TOPIC:
            continue
        if w in _BUSINESS_PARTS:
            # "its cloud unit grew 27%": that part's sales, as "cloud revenue grew 27%" says
            part = _PART_NAME_BEFORE.search(ctx.text, max(c_start, ws - 30), ws)
            if part is not None and part.group(1).lower() not in lex.STOPWORDS:
                return f"sales.{et.slugify(part.group(1))}", part.start(1)
        return et.slugify(w), ws
    return None


_BUSINESS_PARTS = frozenset({"unit", "division", "segment", "arm", "business"})
_PART_NAME_BEFORE = re.compile(r"\b([a-z][a-z-]{2,})\s+$")


# What makes a bare "rate" a central bank's: the article speaks of its interest or its policy.
_MONETARY = re.compile(r"\b(?:interest|central\s+bank|monetary|policy\s+rate|base\s+rate|benchmark|federal\s+reserve"
                       r"|the\s+fed|rate\s+(?:cut|cuts|hike|hikes|rise|rises|increase|decision)|lending|borrowing"
                       r"|mortgage|repo|(?:key|cash|prime|bank|official|discount|overnight|deposit)\s+rates?)\b",
                       re.IGNORECASE)
TARIFF_STORY = re.compile(r"\b(?:tariffs?|duties|duty|levies|levy|imports?)\b", re.IGNORECASE)
_GOODS = any_of(lex.TARIFF_GOODS)
# the goods a rate is laid on, named after it ("a 25% levy on steel", "10% on other goods", "a 10% duty will apply to
# 1,400 other product lines") or before it ("cars will face a 20% rate", "steel will be taxed at 25%")
# (up to the next rate: "on steel and a 10% duty on other goods")
_UP_TO_THE_NEXT_RATE = r"(?!\band\s+(?:a\s+|an\s+)?\d|\d[\d.,]*\s*(?:%|percent|per\s+cent))"
_GOODS_AFTER = re.compile(r"\s*(?:(?:import\s+)?(?:tariffs?|duty|duties|levy|levies|rate)\s+)?(?:(?:will|would)\s+)?"
                          r"(?:on|for|apply\s+to|applies\s+to|applied\s+to|covering)\s+(?P<goods>(?:"
                          + _UP_TO_THE_NEXT_RATE + r"(?:[^,;.:]|(?<=\d)[,.](?=\d))){1,80})", re.IGNORECASE)
_GOODS_BEFORE = re.compile(r"(?P<goods>[^,;.:]{1,60}?)\s+(?:will\s+|would\s+)?(?:face|faces|facing"
                           r"|(?:be|is|are)\s+taxed\s+at|taxed\s+at|attract|attracts|(?:be|is|are)\s+subject\s+to)\s+"
                           r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$|(?P<listed>[^,;.:]{1,40}?)\s+at\s+$",
                           re.IGNORECASE)


def tariff_goods(ctx, m: re.Match, c_start: int, c_end: int) -> str | None:
    """The goods a tariff's rate is laid on, as TARIFF_GOODS names them ("aluminium-steel"); "" where the
    words that say what it is laid on name none of them ("on $48 billion of goods": the whole), None where
    there are no such words."""
    said = _GOODS_AFTER.match(ctx.text, m.end(), max(c_end, m.end()))
    if said is None:
        said = _GOODS_BEFORE.search(ctx.text, max(c_start, m.start() - 90), m.start())
    if said is None:
        return None
    words = said.group("goods") or said.group("listed")  # (listed: "and other goods at 10%")
    goods = sorted({lex.TARIFF_GOODS[lexicon_word(g.group(0))] for g in _GOODS.finditer(words)})
    return "-".join(goods)


# words before "rate" that say nothing of which rate it is: "a higher rate of 20 percent"
_RATE_ADJECTIVES = frozenset({"higher", "lower", "new", "current", "annual", "average", "same", "flat", "reduced",
                              "top", "standard", "basic", "fixed", "headline", "key", "overall", "previous", "old",
                              "maximum", "minimum", "special", "single", "uniform", "blanket", "national",
                              "regional", "provincial", "federal", "local", "statewide", "nationwide", "citywide"})
# rates a sentence may name once and then call "the rate"
_NAMED_RATES = frozenset({"unemployment", "inflation", "poverty", "participation", "vacancy"})


_THE_RATE = re.compile(r"\bthe\s+rate\b", re.IGNORECASE)
# the noun right before "rate" that names it: "a utilisation rate", "the occupancy rate" (not a verb: "raised rates")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:(?:national|annual|overall|headline|monthly)\s+)?"
                          r"([a-z]{4,}(?<!ed))\s+$", re.IGNORECASE)


def bare_rate(ctx, word: re.Match, c_start: int) -> str | None:
    """What a figure's "rate" is when only that word names it: a central bank's in a story of its
    interest rates; a named one's own ("a utilisation rate of 80 percent"); a tariff in a story of
    tariffs ("cars will face a higher rate of 20 percent"); else nothing read."""
    sentence = ctx.doc.sentence_at(word.start())
    named = None
    for named in ctx.p["percent_topic"].finditer(ctx.text, sentence.start, word.start()) if sentence else ():
        pass
    if named is not None and lex.PERCENT_TOPICS.get(lexicon_word(named.group(0))) in _NAMED_RATES:
        # "Unemployment in the region reached 7.9%, above the national rate of 5.8%": the rate named before
        return lex.PERCENT_TOPICS[lexicon_word(named.group(0))]
    if named is None and sentence is not None and sentence.index > 0 \
            and _THE_RATE.search(ctx.text, max(sentence.start, word.start() - 5), word.end()):
        # "Annual inflation eased to 3.4%. In January the rate was 3.9%": the rate the sentence before named
        before = ctx.doc.sentences[sentence.index - 1]
        for named in ctx.p["percent_topic"].finditer(ctx.text, before.start, before.end):
            pass
        if named is not None and lex.PERCENT_TOPICS.get(lexicon_word(named.group(0))) in _NAMED_RATES:
            return lex.PERCENT_TOPICS[lexicon_word(named.group(0))]
    # (the clause may start after the word: "The core rate, which excludes food and energy, eased to 2.8%")
    before = _NOUN_BEFORE.search(ctx.text, max(min(c_start, sentence.start if sentence else 0), word.start() - 40),
                                 word.start())
    if before is not None and before.group(1).lower() == "core":
        return "inflation.core"  # "the national core rate eased to 2.8%": core inflation, as "core inflation" is
    if ctx.speaks_of(_MONETARY):
        return "interest-rate"
    if before is not None and before.group(1).lower() not in _RATE_ADJECTIVES:
        return et.slugify(before.group(1))
    return "tariff" if ctx.speaks_of(TARIFF_STORY) else None


# --- a rate's move: whether the words around it say it changed, and which way -----------------------------

CHANGE_AFTER = re.compile(
    r"\s+(?:increase|rise|jump|drop|fall|decline|decrease|gain|surge|cut|reduction|higher|lower|more"
    r"|less|fewer|up|down)\b", re.IGNORECASE)
_SIBLING_BEFORE = re.compile(r"(?<![\d.,])\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b)[^,;.%]{0,40}?\band\s+$",
                             re.IGNORECASE)
_CALENDAR = frozenset(name.capitalize() for name in (*lex.MONTH_NAMES, *lex.WEEKDAY_NAMES))


def direction(ctx, m: re.Match, c_start: int, after: str, words: list[str]) -> tuple[bool, bool, re.Match | None]:
    """Whether the words around a percent say it is a change, whether it fell, and the change word
    after it ("9% lower") if there is one. ``words`` are those before it, lower-cased."""
    verb_words = words[-5:] if words[-1:] == ["by"] else words[-3:]  # "cut its workforce by 10%"
    change = _says_change(verb_words)
    sibling = _SIBLING_BEFORE.search(ctx.text, max(c_start, m.start() - 70), m.start()) \
        if not change and words[-1:] == ["and"] else None
    if sibling is not None and any(w.strip(",.").capitalize() in _CALENDAR and prev in ("on", "in")
                                   for prev, w in zip(sibling.group(0).lower().split(), sibling.group(0).split()[1:])):
        # "fell 3% on Monday and 2% on Tuesday": another day's figure, whose verb is not said ("rose 0.3% from April
        # and 3.8% from a year earlier": both rose)
        sibling = None
    if sibling is not None:  # "grew 0.2 percent on the month and 3.9 percent from a year earlier": both grew
        verb_words = ctx.before(sibling.start(), 40, c_start).lower().split()[-3:]
        change = _says_change(verb_words)
    changed_after = CHANGE_AFTER.match(after)
    # "shrank 0.3%", "9% lower": by how much it fell (a fall of 0.3% is no growth of 0.3%)
    fall = (change and change_facet(" ".join(verb_words)) == "fall") or (
        changed_after is not None and change_facet(changed_after.group(0)) == "fall")
    return change, fall, changed_after


def _says_change(verb_words: list[str]) -> bool:
    """A change verb among the words just before a figure, which do not end on the level it reached or
    came from: "rose 2%", not "rose to 4%" or "down from 42%" (an .earlier figure)."""
    return any(w in lex.PERCENT_CHANGE_VERBS for w in verb_words) and verb_words[-1:] not in (
        ["to"], ["at"], ["of"], ["from"])
