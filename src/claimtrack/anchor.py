"""Anchoring verbatim quotes in article text.

Matching forgives what copy-paste changes (curly vs straight quotes, dash
styles, runs of white space) but nothing else; the anchor keeps the exact
text, its offsets and the words around it so the quote can be found again.
"""

from __future__ import annotations

import re
from collections import namedtuple

from claimtrack.errors import InvalidInput, QuoteNotFound

CONTEXT_WORDS = 8
_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...",
}


class Anchor(namedtuple("Anchor", "quote start end before after field", defaults=(None,))):
    """Where a quote sits in a source text: the ``quote`` exactly as there (str),
    its ``start`` and ``end`` offsets (int), the words ``before`` and ``after`` it (str),
    and which of the source's texts it is in (``field``: None for the article, "title"
    for its headline).
    """

    __slots__ = ()


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, its offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                out.append(" ")
                where.append(index)
            in_space = True
            continue
        in_space = False
        replacement = _FOLD.get(char, char)
        for piece in replacement:
            out.append(piece)
            where.append(index)
    return "".join(out), where


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> tuple[str, str]:
    """The ``words`` words before ``start`` and after ``end``.

    Only a stretch of text around the quote is split: one that holds more
    words than needed, so that a word cut at its far edge is never among them.
    """
    if words <= 0:
        return " ".join(text[:start].split()[-words:]), " ".join(text[end:].split()[:words])
    reach = 16 * words
    while True:
        low = max(0, start - reach)
        before_words = text[low:start].split()
        if low == 0 or len(before_words) > words:
            break
        reach *= 4
    reach = 16 * words
    while True:
        high = end + reach
        after_words = text[end:high].split()
        if high >= len(text) or len(after_words) > words:
            break
        reach *= 4
    return " ".join(before_words[-words:]), " ".join(after_words[:words])


def _span(where: list[int], text: str, fstart: int, fend: int) -> tuple[int, int]:
    start = where[fstart]
    last = where[fend - 1]
    return start, last + 1


def find(text: str, quote: str, *, near: int | None = None) -> Anchor:
    """Anchor ``quote`` in ``text``; the occurrence nearest ``near`` wins."""
    if near is not None and len(quote) >= 2 and quote == quote.strip() and text.startswith(quote, near):
        # the exact words at the given offset: the nearest occurrence, found without folding the whole text
        before, after = context(text, near, near + len(quote))
        return Anchor(quote=quote, start=near, end=near + len(quote), before=before, after=after)
    folded_quote = check_quote(quote)
    folded_text, where = fold(text)
    hits = [m.start() for m in re.finditer(re.escape(folded_quote), folded_text)]
    if not hits:
        raise QuoteNotFound(_not_found_message(folded_text, folded_quote, text, where))
    if near is not None:
        hits.sort(key=lambda h: abs(where[h] - near))
    fstart = hits[0]
    start, end = _span(where, text, fstart, fstart + len(folded_quote))
    before, after = context(text, start, end)
    return Anchor(quote=text[start:end], start=start, end=end, before=before, after=after)


def check_quote(quote: str) -> str:
    """The quote folded; one of fewer than two characters is refused as empty."""
    folded_quote = fold(quote.strip())[0].strip()
    if len(folded_quote) < 2:
        raise InvalidInput("quote is empty; give the verbatim words from the article")
    return folded_quote


def _not_found_message(folded_text: str, folded_quote: str, text: str, where: list[int]) -> str:
    closest = closest_passage(folded_text, folded_quote, text, where)
    if closest is None:
        return "quote not found in the source text"
    passage, score = closest
    return f"quote not found in the source text; closest passage ({score:.0f}% similar): \"{passage}\""


# The longest piece of a quote aligned at once. Partial alignment costs far more than linear time in
# the length of what it aligns (a 10,000-character quote took over 30 s); a longer quote is placed by
# its first and last pieces of this length, each aligned in time linear in the text.
ALIGNED_PIECE = 256


def closest_passage(folded_text: str, folded_quote: str, text: str, where: list[int]) -> tuple[str, float] | None:
    """The passage of ``text`` most like the quote, and how alike (0-100).

    A quote longer than :data:`ALIGNED_PIECE` runs from where its first piece
    aligns best to where its last piece does, and is as alike as those two
    pieces are on average.
    """
    from rapidfuzz import fuzz

    if len(folded_quote) <= ALIGNED_PIECE:
        alignment = fuzz.partial_ratio_alignment(folded_quote, folded_text)
        if alignment is None or alignment.score <= 0:
            return None
        fstart, fend, score = alignment.dest_start, alignment.dest_end, alignment.score
    else:
        head = fuzz.partial_ratio_alignment(folded_quote[:ALIGNED_PIECE], folded_text)
        tail = fuzz.partial_ratio_alignment(folded_quote[-ALIGNED_PIECE:], folded_text)
        if head is None or tail is None or head.score + tail.score <= 0:
            return None
        fstart, score = head.dest_start, (head.score + tail.score) / 2
        fend = tail.dest_end
        if not fstart < fend <= fstart + 2 * len(folded_quote):  # the last piece aligns elsewhere
            fend = min(len(folded_text), fstart + len(folded_quote))
    start, end = _span(where, text, fstart, max(fend, fstart + 1))
    passage = " ".join(text[start:min(end, start + 1000)].split())
    if len(passage) > 200:
        passage = passage[:197] + "..."
    return passage, score


def still_matches(text: str, quote: str, start: int, end: int) -> bool:
    """Whether a stored anchor still points at its quote in ``text``."""
    return 0 <= start <= end <= len(text) and text[start:end] == quote


def relocate(text: str, quote: str, before: str, after: str) -> Anchor | None:
    """Find a quote again after the text changed, preferring its old context."""
    try:
        candidates = []
        folded_quote = check_quote(quote)  # an empty quote is found nowhere, not everywhere
        folded_text, where = fold(text)
        for match in re.finditer(re.escape(folded_quote), folded_text):
            start, end = _span(where, text, match.start(), match.start() + len(folded_quote))
            b, a = context(text, start, end)
            score = (b == before) + (a == after)
            candidates.append((-score, start, end))
        if not candidates:
            return None
        _, start, end = min(candidates)
        b, a = context(text, start, end)
        return Anchor(text[start:end], start, end, b, a)
    except InvalidInput:
        return None


def text_of(source, field: str | None) -> str:
    """The text of a source (a row or dict) that a quote anchored in ``field`` sits in."""
    return (source["title"] or "") if field == "title" else source["text"]


def find_in_source(source, quote: str, *, near: int | None = None) -> Anchor:
    """Anchor ``quote`` in a source's article, else in its headline."""
    try:
        return find(source["text"], quote, near=near)
    except QuoteNotFound:
        title = source["title"]
        if title:
            try:
                return find(title, quote)._replace(field="title")
            except QuoteNotFound:
                pass
        raise
