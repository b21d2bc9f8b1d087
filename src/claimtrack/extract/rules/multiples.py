"""Events named by how many people they struck: "a triple shooting", "a double homicide"."""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, Rule, examples, negatives
from claimtrack.extract.patterns import alternation

# what the people an event names were: shot (whether they lived), or killed
_STATUS = {"shooting": "shot", "homicide": "deaths", "murder": "deaths", "killing": "deaths", "slaying": "deaths"}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # the singular only: "two triple shootings" are two events
    return re.compile(rf"\b(?:{alternation(lex.MULTIPLES)})[\s-]+(?:({alternation(lex.MULTIPLE_FATAL)})\s+)?"
                      rf"({alternation(_STATUS)})\b(?!s\b|-)", re.IGNORECASE)


def read_multiples(ctx) -> list[tuple[et.Sentence, Found]]:
    """ "a quadruple shooting": four shot, under the shooting's key; "a double fatal shooting",
    "a triple homicide": the dead."""
    lowered = ctx.lower if ctx.lower is not None else ctx.text.lower()
    if not any(word in lowered for word in lex.MULTIPLES):
        return []
    out = []
    for m in _pattern().finditer(ctx.text):
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or m.end() > sentence.end:
            continue
        status = "deaths" if m.group(1) else _STATUS[m.group(2).lower()]
        # the event its words name ("triple shooting"), else the one named nearby ("a double homicide")
        own = next(iter(ctx.incidents_in(m.start(2), m.end(2))), None)
        subject = own.key if own is not None else incident_for(ctx, sentence, m.start(), m.end(), "incident")[0]
        out.append((sentence, Found(m.start(), m.end(), f"{subject}.{status}", m.group(0), m.start(), "count",
                                    "multiples")))
    return out


MULTIPLES = Rule("multiples", "article", read_multiples,
                 reads="an event named by how many people it struck: \"a triple shooting\", \"a double homicide\"",
                 examples=examples("""
Police are looking for two men after a quadruple shooting on Pine Street.
    shooting.injuries | quadruple shooting | quadruple shooting
    shooting.shot | quadruple shooting | quadruple shooting
A teenager died in a triple shooting on Pine Street.
    shooting.shot | triple shooting | triple shooting
Detectives said the double fatal shooting followed an argument.
    shooting.deaths | double fatal shooting | double fatal shooting
Officers found the bodies in a triple homicide at a farmhouse after a shooting there.
    shooting.deaths | triple homicide | triple homicide
"""),
                 negatives=negatives("""
Prices could double by the end of the year.
The city recorded two triple shootings last summer.
A double bombing hit the market.
"""))
