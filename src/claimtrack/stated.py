"""Whether a quote states a value: a claim's value must be read in its own quote's words.

"99 died" quoted as "12 in Medellin" is a claim the article never made. A
value is checked by reading the quote's words, a few at a time, with the
same reader that reads values (against the source's publication date): some
words must read as the same figure, length, date or year. Values that are
not figures (free text, yes/no) cannot be checked this way and are not.
"""

from __future__ import annotations

import re
from datetime import date

MAX_WORDS = 6  # the longest wording of one figure looked for ("at least 1.5 million US dollars")
_EDGE = "\"'()[]{},;:!?\u201c\u201d\u2018\u2019"
_CHECKED = ("count", "quantity", "money", "percent", "duration", "date", "year")


def quote_states(quote: str, value: str, value_type: str | None, published: str | None) -> bool | None:
    """True when some words of ``quote`` read as ``value``; False when none do; None when the value
    is not one whose reading can be checked (text, yes/no)."""
    from claimtrack import anchor, values

    ref = date.fromisoformat(published) if published else None
    target = values.normalize(value, ref_date=ref, kind=value_type)
    if target.type not in _CHECKED:
        return None
    folded = anchor.fold(quote)[0].lower()
    if anchor.fold(value)[0].lower().strip() in folded:
        return True
    words = [word.strip(_EDGE).rstrip(".") for word in re.findall(r"\S+", folded)]
    words = [word for word in words if word]
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_WORDS) + 1):
            read = values.normalize(" ".join(words[start:end]), ref_date=ref, kind=value_type)
            if _same(read, target):
                return True
    return False


def _figure(value) -> float | None:
    """The figure a reading states: 40 in "at least 40", "about 40" and "40"."""
    for figure in (value.approx, value.lo, value.hi):
        if figure is not None:
            return figure
    return None


def _same(read, target) -> bool:
    if read.type != target.type:
        return False
    if read.canonical() == target.canonical():
        return True
    if target.type == "date":
        return read.resolved and target.resolved and (read.start, read.end) == (target.start, target.end)
    figure, wanted = _figure(read), _figure(target)
    if figure is None or wanted is None or (target.unit and read.unit != target.unit):
        return False
    return abs(figure - wanted) <= 1e-9 * max(1.0, abs(wanted))
