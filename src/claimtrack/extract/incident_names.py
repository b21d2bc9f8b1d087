"""An incident's own name: a storm's ("Typhoon Haiyan"), a wildfire's ("the Camp Fire"); a named
storm told of later by its name alone ("Haiyan's toll"); and an earlier incident a story's is measured
against ("the deadliest since the attack of 3 February"), by its month."""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.patterns import MONTH

# (not an office or a time of year: "the National Hurricane Center", "the Typhoon Season")
_STORM_NAME = re.compile(rf"(?<!National\s)(?:Tropical\s+)?(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\s+"
                         rf"(?!(?:Center|Centre|Season|Warning|Watch|Hunters?|Preparedness|Relief|Shelters?|Alley|Fund"
                         rf"|Tracker|Committee|Agency|Office|Service)\b)({et.CAP}[a-z]+)\b")
_FIRE_NAME_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:1[89]|20)\d\d\s+)?((?:[A-Z][\w'’-]+\s+){1,2})$")


def incident_name(ctx, inc) -> str | None:
    """A named storm: "Storm Bert", "Hurricane Helene", "Typhoon Haiyan"; a named wildfire:
    "the Mosquito Fire", "the Camp Fire"."""
    if inc.kind == "fire" and ctx.text[inc.start:inc.end] == "Fire":
        m = ctx.search_before(_FIRE_NAME_BEFORE, inc.start, 40)
        return et.slugify(m.group(1)) if m else None
    if inc.kind != "storm":
        return None
    m = _STORM_NAME.match(ctx.text, inc.start)
    return et.slugify(m.group(1)) if m else None


# a storm's word right before a name: the full name, found already
_STORM_WORD_BEFORE = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone)\s+$")
# a name set in a longer one: "Mayor Ana Merant", "Merant Bay"
_IN_LONGER_NAME = re.compile(rf"{et.CAP}[\w.]*\s+$")
_LONGER_NAME_AFTER = re.compile(rf"\s+{et.CAP}")


def mentions_by_name(ctx, found: list) -> list:
    """Later mentions of a named storm by its name alone, each as the storm its full name is:
    "It was the strongest since Typhoon Merant. Merant's toll of 312 dead remains a benchmark":
    the 312 are Merant's, not the dead of the storm the story is on."""
    text = ctx.text
    names: dict[str, object] = {}  # the name as written -> its first full mention
    for inc in found:
        if inc.kind == "storm" and inc.label_kind == "name":
            full = _STORM_NAME.match(text, inc.start)
            if full is not None:
                names.setdefault(full.group(1), inc)
    mentions = []
    for name, named in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            before = text[max(0, m.start() - 20):m.start()]
            if _STORM_WORD_BEFORE.search(before) or (_IN_LONGER_NAME.search(before) and not _opens(text, m.start())) \
                    or _LONGER_NAME_AFTER.match(text, m.end()):
                continue
            sentence = ctx.doc.sentence_at(m.start())
            if sentence is not None:
                mentions.append(replace(named, start=m.start(), end=m.end(), sentence=sentence.index))
    return mentions


def _opens(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a sentence: the capital before it is the last sentence's word."""
    return bool(re.search(r"[.!?][\"”’]?\s+$", text[max(0, pos - 20):pos])) or not text[:pos].strip()


# the one a story's incident is measured against: "the deadliest since the attack of 3 February", "larger than the
# strike on Kessa": an earlier one
_MEASURED_AGAINST = re.compile(r"\b(?:deadliest|worst|largest|biggest|strongest|heaviest|highest|bloodiest|greatest"
                               r"|fiercest|costliest|most|first|deadlier|worse|larger|bigger|stronger|heavier|higher"
                               r"|bloodier|greater|more)\b[^.;:]{0,60}?\b(?:since|than)\s+(?:the|that)\s+"
                               r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


_MONTH_OF = re.compile(rf"\s+(?:of|on|in)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{MONTH})")


def measured_against(ctx, inc) -> str | None:
    """The label of an earlier incident the story's is measured against: its month, else "earlier"."""
    sentence = ctx.doc.sentences[inc.sentence]
    if ctx.search_before(_MEASURED_AGAINST, inc.start, 90, sentence.start) is None:
        return None
    month = _MONTH_OF.match(ctx.text, inc.end)
    if month is None:
        return "earlier"
    return next(name.lower() for name in lex.MONTH_NAMES if name[:3] == month.group("month")[:3])
