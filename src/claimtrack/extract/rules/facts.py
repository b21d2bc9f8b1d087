"""Yes/no facts: a first visit ("his first trip abroad"), being under sanctions.
"""

from __future__ import annotations

from claimtrack.extract import text as et
from claimtrack.extract.events import person_for
from claimtrack.extract.model import Found, Rule, examples, negatives


def read_first_visits(ctx) -> list[tuple[et.Sentence, Found]]:
    """A first visit, and whose: "his first trip abroad", "Li's first official visit", "the
    tour was her first"."""
    text = ctx.text
    out = []
    lowered = ctx.lower if ctx.lower is not None else text.lower()
    # Both of the pattern's wordings need "first" and a word for the journey: most texts have
    # the one but not the other, and the pattern, tried at every word, is not scanned for nothing.
    trip = "visit" in lowered or "trip" in lowered or "tour" in lowered or "journey" in lowered
    firsts = ctx.p["first"].finditer(text) if trip and "first" in lowered else ()
    for m in firsts:
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or m.end() > sentence.end:
            continue
        owner_at = m.start(1) if m.group(1) else m.start(3)
        mention = next((mm for mm in ctx.doc.people(sentence.index) if mm.start <= owner_at < mm.end), None)
        person = ctx.doc.resolve(mention) if mention else None
        if person is None and m.group(3):
            person = person_for(ctx, sentence, m.start(), m.start(), m.end())
        if person is None:
            continue
        out.append((sentence, Found(m.start(), m.end(), f"{person}.visit.first", "yes", m.start(), "bool",
                                    "first-visits")))
    return out


def read_sanctions(ctx) -> list[tuple[et.Sentence, Found]]:
    """Someone under sanctions, or sanctioned, named within 90 characters of the words."""
    text = ctx.text
    out = []
    lowered = ctx.lower if ctx.lower is not None else text.lower()
    sanctions = ctx.p["sanctioned"].finditer(text) if ("sanction" in lowered or "blacklist" in lowered) else ()
    for m in sanctions:
        sentence = ctx.doc.sentence_at(m.start())
        if sentence is None or m.end() > sentence.end:
            continue
        people = ctx.doc.people(sentence.index)
        if not people:
            continue
        nearest = min(people, key=lambda mm: min(abs(mm.start - m.start()), abs(mm.end - m.start())))
        if min(abs(nearest.start - m.start()), abs(nearest.end - m.start())) > 90:
            continue
        person = ctx.doc.resolve(nearest)
        if person:
            out.append((sentence, Found(m.start(), m.end(), f"{person}.sanctions", "yes", m.start(), "bool",
                                        "sanctions")))
    return out


FIRST_VISITS = Rule("first-visits", "article", read_first_visits,
                     reads="a person's first visit: \"his first trip abroad\", \"the tour was her first\"",
                     examples=examples("""
President Omar Kesse made his first trip abroad to Kenya on Monday.
    omar-kesse.visit.first | yes | his first trip
    omar-kesse.visit.date | Monday | trip abroad to Kenya on Monday
Helena Varga, making her first official visit abroad, arrived in Rome.
    helena-varga.visit.first | yes | her first official visit
"""),
                     negatives=negatives("""
The first train left at dawn.
It was the first time the team had won away.
"""))
SANCTIONS = Rule("sanctions", "article", read_sanctions,
                  reads="a person under sanctions or sanctioned, named within 90 characters of the words",
                  examples=examples("""
The oligarch Pavel Dorin, who is under US sanctions, owns the club.
    pavel-dorin.sanctions | yes | under US sanctions
The businessman Ivo Petrov was blacklisted by the treasury last year.
    ivo-petrov.sanctions | yes | blacklisted
    ivo-petrov.sanctions.date | last year | blacklisted by the treasury last year
Lena Marsh, a US-sanctioned banker, denied the charges.
    lena-marsh.sanctions | yes | US-sanctioned
"""),
                  negatives=negatives("""
The EU discussed new sanctions on Tuesday.
Sanctions have hurt the economy, analysts said.
"""))
