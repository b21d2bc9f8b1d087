"""Which group of people a count is, beside the others its sentence counts: a part of a whole said
before it ("Of the 31 dead, five died in hospital"), one group in a list ("killed 12 civilians and
four volunteers"), each side's share ("115 from each side"), the second of two groups named together
("40 passengers and two drivers"), and whose people "its" or "their" says they are. Read from the
count rule (rules.counts).
"""

from __future__ import annotations

import re

from claimtrack.extract import text as et
from claimtrack.extract.model import Prior
from claimtrack.extract.patterns import PEOPLE_NOUNS, QUAL, WORD_NUMBER

# the whole a count is a part of, said before it: "Of the 31 dead, five died in hospital"
# (not of the victims: "Of the 12 victims, three were killed" gives the whole toll)
_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|those|these)\s+(?:[\w,.\-]+\s+){0,3}?(?P<whole>dead|killed|deaths|fatalities"
                           r"|injured|wounded|people\s+(?:killed|hurt|injured|who\s+died))\s*,\s*$", re.IGNORECASE)
# a group counted before a count that says no one else: "Of the 80 soldiers captured, 12 were released"
_FRONTED_GROUP = re.compile(rf"\b[Oo]f\s+(?:the|those|these)\s+{QUAL}?(?:\d[\d,]*|{WORD_NUMBER})\s+"
                            r"((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b[^.;:,]{0,50},\s*$")


def fronted_group(ctx, sentence, pos: int) -> str | None:
    """The group a noun-less count at ``pos`` is a part of, counted at its clause's head: "of the
    roughly 640 political prisoners it tracks, 37 have been freed" -> "political-prisoners"."""
    fronted = _FRONTED_GROUP.search(ctx.text, max(sentence.start, pos - 110), pos)
    if fronted is None:
        return None
    words = fronted.group(1).lower().split()
    at = next((i for i, word in enumerate(words) if word in PEOPLE_NOUNS), None)
    if at is None or words[at] in PLAIN_PEOPLE or words[at] in STATUS_NOUNS or words[at] == "victims":
        # "of the 300 people on board, 40 were rescued", "Of the 12 victims, three were killed": of those the
        # count is of anyway
        return None
    return et.slugify(" ".join(words[:at + 1]))  # ("political prisoners", "soldiers" of "soldiers captured")




def of_the_whole(ctx, sentence, pos: int, status: str | None) -> bool:
    """Whether the count at ``pos`` is part of a whole of the same kind said before it."""
    whole = _OF_THE_WHOLE.search(ctx.text, max(sentence.start, pos - 80), pos)
    if whole is None:
        return False
    word = whole.group("whole").lower()
    return status == ("injuries" if word in ("injured", "wounded") or word.endswith(("hurt", "injured")) else "deaths")


PLAIN_PEOPLE = {"people", "persons", "person", "individuals", "others", "more"}
STATUS_NOUNS = {"dead", "bodies", "lives", "casualties", "survivors"}  # say what befell them, not who they were


def listed_after(ctx, sentence, m, prior: Prior, s_start: int) -> bool:
    """Whether the count is a further group in a list after another count its status word
    was said of: "killed 12 civilians and four volunteers", "carrying 162 passengers and six
    crew". Such a count is one group of those the sentence counts, never all of them."""
    previous = prior.status_in(sentence.index)
    return (previous is not None and s_start < previous[1] < m.start()
            and _AND_BEFORE.search(ctx.text, max(s_start, m.start() - 8), m.start()) is not None)


_AND_BEFORE = re.compile(r"(?:,|\band)\s+$", re.IGNORECASE)


def owner_of(ctx, sentence, at: int) -> str | None:
    """Whose people "its" or "their" before ``at`` says they are: the last name before it in its
    sentence ("varnia"), if any."""
    owner = None
    for mention in ctx.doc.by_sentence.get(sentence.index, ()):
        if mention.start >= at:
            break
        if mention.kind != "pronoun" and mention.slug:
            owner = mention.slug
    return owner




def each_share(ctx, m, end: int, c_start: int, c_end: int) -> tuple[str, int] | None:
    """The share of one of many that a count is, as its group ("each-side"), and where its words end:
    "115 from each side", "40 apiece", "each side freed 115 prisoners"."""
    after = _EACH_AFTER.match(ctx.text, end, c_end)
    if after is not None:
        return ("each-" + after.group(1).lower() if after.group(1) else "each"), after.end()
    before = _EACH_BEFORE.search(ctx.text, c_start, m.start())
    return None if before is None else ("each-" + before.group(1).lower(), end)


_EACH_AFTER = re.compile(r"\s+(?:(?:from|on|for|in|to|by)\s+)?(?:each|every|per)\s+(?!of\b|one\b)([a-z]+)\b"
                         r"|\s+(?:each|apiece)\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\b(?:each|every)\s+(?!of\b|one\b)([a-z]+)\s+(?:[a-z'’-]+\s+){0,2}$", re.IGNORECASE)
# a first group counted right before: "40 passengers and " (two words at most; a range's "10 and " has none)
_PAIRED_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{WORD_NUMBER})\s+((?:[a-z][\w-]*\s+){{1,2}})and\s+$", re.IGNORECASE)


def paired(ctx, before_text: str) -> bool:
    """Whether a count is the second of two groups of people named together ("40 passengers and two drivers"),
    the first with nothing said of it (not "12 people died and 146 were rescued")."""
    first = _PAIRED_BEFORE.search(before_text)
    return first is not None and ctx.p["status"].search(first.group(1)) is None
