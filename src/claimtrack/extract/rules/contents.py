"""What a package or a shipment holds, item by item: "a $2.3 billion aid package, including 40
armoured vehicles and 12 air-defence systems", "the shipment contains 200 tonnes of flour" is
read elsewhere (a quantity); here, counts of things named by their own words.

Each item is the package's own figure (``package.armoured-vehicles``): two outlets that count
the air-defence systems of one package differently contradict each other, while the package's
sum, a part of it ("$800 million of the package") and what was only asked for ("asked for 25
more") are other figures.
"""

from __future__ import annotations

import re

from claimtrack.extract import text as et
from claimtrack.extract.model import Found, value_words

# what holds the items, then the verb that lists them, then earlier items of the list
_HOLDS_BEFORE = re.compile(
    r"\b(?P<holder>package|packages|shipment|consignment|delivery|tranche|convoy)\b(?:[^.;:]|\.(?=\d)){0,90}?"
    r"\b(?:includ(?:es|ed|ing|e)|contains?|contained|containing|comprises|comprising|consists\s+of|consisting\s+of"
    r"|is\s+made\s+up\s+of|will\s+include)\s+(?:(?:[^.;:]|\.(?=\d)){0,120}?(?:,\s+(?:and\s+)?|\s+and\s+))?$",
    re.IGNORECASE)
# the item right after its count: a few words ending in a plural noun ("air-defence systems", "artillery shells")
_ITEM_AFTER = re.compile(r"\s+((?:(?-i:[a-z])[\w-]*\s+){0,2}?(?-i:[a-z])[\w-]*[^s\W]s)\b(?!\s+(?:of|per|a)\b)",
                         re.IGNORECASE)
_HOLDERS = {"packages": "package", "tranche": "package", "delivery": "shipment", "consignment": "shipment"}


def package_item(ctx, sentence, m: re.Match, raw: str, before_text: str) -> Found | None:
    """A count of things a package or a shipment holds, named in the list after its verb."""
    if "includ" not in before_text and "contain" not in before_text and "compris" not in before_text \
            and "consist" not in before_text and "made up" not in before_text:
        return None
    holds = _HOLDS_BEFORE.search(before_text)
    if holds is None:
        return None
    item = _ITEM_AFTER.match(ctx.text, m.end(), sentence.end)
    if item is None:
        return None
    holder = holds.group("holder").lower()
    key = f"{_HOLDERS.get(holder, holder)}.{et.slugify(item.group(1))}"
    return Found(m.start(), item.end(), key, value_words(raw), m.start(), "count", "counts")
