"""Who and what a sanctions package lists: "sanctioned 12 individuals and seven companies", "adding
48 individuals and 35 entities to its blacklist", "the measures target 74 vessels". Read only in an
article that speaks of sanctions; the counts are the package's (``sanctions.sanctioned``,
``sanctions.companies-sanctioned``), whatever else the article reports.
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract.patterns import QUAL, alternation, any_of

SUBJECT = "sanctions"
_SPEAKS_OF = any_of(lex.SANCTION_WORDS)
# the verb, then what it lists before this count ("48 individuals and "), then the count's own qualifier
_LISTED = (r"(?:\s+(?:more|another|a\s+further|further))?\s+(?:[^.;:()]{0,60}?(?:,|\band\b)\s+)?"
           rf"{QUAL}?$")
# (the nearest verb: "the sanctions package blacklists 61 tankers" is listed by "blacklists")
_VERB_BEFORE = re.compile(rf".*\b(?P<verb>{alternation(lex.SANCTION_VERBS)}){_LISTED}", re.IGNORECASE | re.DOTALL)
_ADD_BEFORE = re.compile(rf".*\b(?P<verb>{alternation(lex.SANCTION_ADD_VERBS)}){_LISTED}", re.IGNORECASE | re.DOTALL)
# what an adding verb adds to, said after the counts: "to its blacklist", "to the EU's sanctions list"
_TO_LIST = re.compile(r"\bto\s+(?:its|the|their|a|an|[\w'’]+['’]s?)\s+(?:[\w'’\-]+\s+){0,3}?(?:black)?list\b"
                      r"|\bto\s+(?:its|the|their)\s+(?:[\w\-]+\s+){0,2}?sanctions\b", re.IGNORECASE)
# the measures as what lists: "the measures target", "the package hits", "the full list contains"
_MEASURES = re.compile(r"\b(?:sanctions|measures|package|penalties|restrictions|list|round)\b", re.IGNORECASE)


def listing(ctx, sentence, pos: int, end: int) -> int | None:
    """Where the words that list the count at ``pos`` (its noun ending at ``end``) begin, if they do."""
    if not ctx.speaks_of(_SPEAKS_OF):
        return None
    lo = max(sentence.start, pos - 120)
    verb = _VERB_BEFORE.match(ctx.text, lo, pos)
    if verb is not None:
        return verb.start("verb")
    added = _ADD_BEFORE.match(ctx.text, lo, pos)
    if added is None:
        return None
    if _TO_LIST.search(ctx.text, end, sentence.end) or _MEASURES.search(ctx.text, lo, added.start("verb")):
        return added.start("verb")
    return None
