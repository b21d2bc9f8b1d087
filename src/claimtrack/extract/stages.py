"""Which of several a figure is of: one stage of a swap, a deal or a vote ("the first stage", "the second
round"), one of a numbered series of measures ("the sixth package"), another month than the story's own, or a
vote count not yet over ("with 80% of ballots counted"). The relative facets (facets.py) put these on a key.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract.patterns import MONTH, lexicon_word

# one stage of several: a swap's, a deal's, a vote's ("the first stage", "the second round", "a first batch")
# (not "the last exchange", "the first swap": an earlier one, told apart as incidents are)
_STAGE = re.compile(r"\b(first|second|third|fourth|initial|final|next)\s+(stage|phase|round|batch|tranche|wave|group)\b"
                    r"(?!\s+of\s+(?:shots|gunfire|bullets|fire|ammunition))", re.IGNORECASE)
_FIRST_N = re.compile(r"\b(?:the\s+)?(first|final|next)\s+$", re.IGNORECASE)  # "the first eight hostages"
_STAGE_NAMES = {"stage": "stage", "phase": "stage", "round": "round", "batch": "batch", "tranche": "batch",
                "wave": "batch", "group": "batch"}
_STAGE_ORDINALS = {"initial": "first"}


_FOR_A_STAGE = re.compile(r"\b(?:enough|needed|required|sufficient)\s+for\s+(?:a|an|the)\s+$", re.IGNORECASE)


# one of a numbered series of measures: "the sixth package", "a 14th round of sanctions", "the third tranche"
_NTH_ROUND = re.compile(rf"\b({'|'.join(lex.ORDINAL_WORDS)}|eleventh|twelfth|\d{{1,2}}(?:st|nd|rd|th))\s+"
                        r"(?:(?:sanctions?|aid|weapons|arms|security|rescue|relief|stimulus|new)\s+)?"
                        r"(package|round|tranche)\b", re.IGNORECASE)


_ROUND_NAMES = {"package": "package", "round": "package", "tranche": "tranche"}  # a round of sanctions is a package


def _rounds(text: str, start: int, end: int) -> set[str]:
    return {f"{m.group(1).lower()}-{_ROUND_NAMES[m.group(2).lower()]}" for m in _NTH_ROUND.finditer(text, start, end)}


def _months(text: str, start: int, end: int) -> set[str]:
    return {lexicon_word(m.group(1))[:3] for m in _A_MONTH.finditer(text, start, end)}


def _headline_or_lead(ctx, found) -> set[str]:
    """What ``found(text, start, end)`` finds in the article's headline, else in its first sentence: what
    the story says it is about ("a seventh package", "in October")."""
    own = found(ctx.title, 0, len(ctx.title))
    lead = ctx.doc.sentences[0] if ctx.doc.sentences else None
    return own or (found(ctx.text, lead.start, lead.end) if lead is not None else set())


def other_round(ctx, sentence) -> str | None:
    """The numbered measure a figure's sentence names ("sixth-package") where it is not the one the
    article is about: the one its headline or first sentence numbers ("a seventh package of
    sanctions"), else the first it names (a story tells of its own before the earlier ones). None
    where the sentence names none or more than one. A stage of a vote or a swap is told apart as
    such (see stage_of)."""
    named = _rounds(ctx.text, sentence.start, sentence.end)
    if len(named) != 1 or _STAGE.search(ctx.text, sentence.start, sentence.end):
        return None
    own = _headline_or_lead(ctx, _rounds)
    if not own:
        first = _NTH_ROUND.search(ctx.text)
        own = _rounds(ctx.text, first.start(), first.end())
    if len(own) != 1 or named == own:
        return None
    return next(iter(named))


_MONTH_LEAD = re.compile(rf"\s*(?:In|During|For)\s+({MONTH})\b(?!\s+\d)")
_A_MONTH = re.compile(rf"\b({MONTH})\b")
MONTH_SEGMENT = re.compile(r"\.(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:-\d{4})?(?:\.|$)")


def other_month(ctx, sentence) -> str | None:
    """The month a sentence opens with ("In September the deficit was ..."), where the story's own month,
    the one its headline or first sentence names, is another; None otherwise."""
    lead = _MONTH_LEAD.match(ctx.text, sentence.start, sentence.end)
    if lead is None or sentence.index == 0:
        return None
    own = _headline_or_lead(ctx, _months)
    month = lexicon_word(lead.group(1))[:3]
    if not own and ctx.published is not None:
        # (a story whose headline and lead name no month is of the month it came out in, or of the one before)
        return month if month not in (_MONTHS[ctx.published.month - 1], _MONTHS[ctx.published.month - 2]) else None
    return month if len(own) == 1 and month not in own else None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def stage_of(ctx, sentence, match: re.Match) -> str | None:
    """The stage of several a figure is of, named in its sentence: "first-stage", "second-round";
    None where the sentence names none (or more than one)."""
    found = ctx.of_sentence(_stages_named, sentence)
    first_n = _FIRST_N.search(ctx.text, max(sentence.start, match.start() - 12), match.start())
    if not found and first_n is not None:
        found = {(first_n.group(1).lower(), "stage")}
    if len(found) != 1:
        return None
    ordinal, stage = next(iter(found))
    if ordinal == "next":
        return None  # a stage to come, counted from which one the text does not say
    return f"{_STAGE_ORDINALS.get(ordinal, ordinal)}-{stage}"


def _stages_named(ctx, sentence) -> set[tuple[str, str]]:
    """The stages a sentence names, as (ordinal, stage): "the second round" is ("second", "round")."""
    return {(m.group(1).lower(), _STAGE_NAMES[m.group(2).lower()])
            for m in _STAGE.finditer(ctx.text, sentence.start, sentence.end)
            if not _FOR_A_STAGE.search(ctx.text, max(sentence.start, m.start() - 20), m.start())}


# what a count of the votes gives, so far or in the end
TALLIED = (".vote-share", ".votes", ".seats", ".turnout", ".votes-for", ".votes-against", ".abstentions")
# the words after a share of the ballots that make it how far the count has gone: "(of the vote) counted",
# "have been tallied", "(of precincts) reporting", "in,"
COUNTED_SO_FAR = (r"\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|now\s+)?"
                  r"(?:counted|tallied|reporting|processed|in(?=\s*(?:[,.;]|$)))\b")
_TIME_OF_DAY = r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|midday|noon)"
# where the sentence says the count is not over: "with 80% of ballots counted", "partial results"
_PARTIAL_COUNT = re.compile(
    r"\b(?:with|after|when)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|some\s+)?"
    r"(?:(?P<share>\d[\d.,]*)\s*(?:%|percent|per\s+cent)|most|half|two-thirds|three-quarters|a\s+third|a\s+quarter)"
    r"\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots|precincts|polling\s+(?:stations|places)|districts|constituencies)"
    + COUNTED_SO_FAR
    + r"|\b(?:partial|preliminary|early|incomplete|provisional)\s+(?:official\s+|electronic\s+)?(?:results|returns"
    r"|count|figures|tally)\b"
    # "turnout in the stations counted so far", "the ballots tallied so far"
    r"|\b(?:votes|ballots|precincts|stations|districts|constituencies)" + COUNTED_SO_FAR + r"\s+so\s+far\b"
    # a turnout at a moment of the day, or when polls closed, before the postal and late votes: "Turnout stood at
    # 58.2% when polls closed", "By 4 p.m., turnout was 41.2%"
    r"|\bwhen\s+(?:the\s+)?polls\s+closed\b|\b(?:turnout\s+(?:at|by)\s+" + _TIME_OF_DAY + r"|(?:at|by)\s+"
    + _TIME_OF_DAY + r"\s*,?\s+turnout)\b",
    re.IGNORECASE)


def partial_count(ctx, sentence, before: bool = True) -> bool:
    """Whether the sentence gives its vote figures from a count not yet over (100% counted is over); or,
    ``before``, the sentence before did and this one goes on with the same count, naming no count of its
    own ("With 94% of ballots tallied, Varsh had 50.6%. Brekker had 37.6%"; not a turnout, which may be
    the final one: asked with ``before`` false)."""
    for found in _PARTIAL_COUNT.finditer(ctx.text, sentence.start, sentence.end):
        share = found.group("share")
        if share is None or float(share.replace(",", "")) < 100:
            return True
    if not before or sentence.index == 0 or _COUNT_SAID.search(ctx.text, sentence.start, sentence.end):
        return False
    previous = ctx.doc.sentences[sentence.index - 1]
    return _TALLY_FIGURE.search(ctx.text, previous.start, previous.end) is not None \
        and partial_count(ctx, previous, before=False)


# a count's own words, which a sentence's figures then are of: "final results", "100% counted", "certified"
_COUNT_SAID = re.compile(r"\b(?:final|certified|official|complete|full|counted|tallied|reporting|results?)\b",
                         re.IGNORECASE)
_TALLY_FIGURE = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
