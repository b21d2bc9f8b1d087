"""Candidate claims read from article text: durations, dates, years, counts,
money, percentages and a few yes/no facts, each with a key.

The key is what lets outlets be compared: ``subject.attribute[.facet]``.
Subjects come from the text: the person a detail is said of ("a three-day
visit" of the man who began it, "he" read as the sentence's main person), the
incident a toll belongs to ("earthquake", or "attack-kharkiv" when the article
tells two attacks apart), or the thing measured ("budget", "inflation").
Attributes are few and fixed (visit, talks, deaths, injuries...), so "trip",
"tour" and "visit" meet on one key while "talks" and "summit" meet on another.

Pure: text in, candidates out; no database, no printing. Values are typed by
:func:`claimtrack.values.normalize`.

The package, as its files read:

- ``model``: a candidate, a figure a rule found, the limits (quote length, reach).
- ``lexicon``: the words rules look for (events, incidents, statuses, things, money
  nouns, titles...), with the value vocabulary taken from ``claimtrack.values.lexicon``.
- ``patterns``: that vocabulary as regular expressions: the value pattern and its kinds.
- ``text``: sentences, people and their mentions, attribution ("..., officials said").
- ``context``: one article as the rules see it: clauses, words, people, windows, and
  where its values are.
- ``incidents``, ``incident_words``: the incidents an article speaks of, told apart
  and labelled; which words are no incident ("opened fire", a walkout, a figurative
  collapse).
- ``events``: the event a date or a length belongs to, and whose it is; ``happenings``:
  whether a date is the incident's own day or another happening's (a hearing, an arrest).
- ``guards``: what is not a figure: ages, addresses, family sizes, names, scores.
- ``rules``: the rules, one module per kind of figure, each declared with its
  examples, in the order they run (see ``rules.RULES``); ``rules.rate_topics`` says
  what a rate is of and whose (an owner, a referendum's side, a growth's thing),
  ``rules.count_status`` what befell the people a count counts, ``rules.count_groups``
  which group of them it is (a part, each side's share), ``rules.chamber_votes`` a
  chamber's vote told by its members, ``rules.listings`` what a sanctions package lists.
- ``facets``: a figure that is not the one reported, as it is read: earlier, target,
  forecast and its year, a change; ``stages``: a stage of several, a numbered round,
  another month, a partial count.
- ``qualifiers``: what narrows a candidate's key once the text is read: critical,
  additional, a place's part, the shot who survived.
- ``periods``: the period and basis a figure is given for (q1, 2022, year-on-year).
- ``segments``: the part of a whole a figure is of (a business's segment, a group's jobless
  rate) and the market a move is of.
- ``reader``: the driver: runs the rules over a text and its headline.
- ``store``: candidates stored as claims, batch by batch.

Importing this package loads none of the rules: they load on the first read.
"""

from __future__ import annotations

from claimtrack.extract.model import LEAD_CHARS, MAX_QUOTE, MAX_STATEMENT, REACH, Candidate

__all__ = ["Candidate", "LEAD_CHARS", "MAX_QUOTE", "MAX_STATEMENT", "REACH", "align", "compile_patterns", "extract",
           "read"]


def compile_patterns() -> None:
    """Compile the rules' patterns now: worker processes forked afterwards share them."""
    from claimtrack.extract import reader

    reader.compile_patterns()


def extract(text: str, *, published=None) -> list[Candidate]:
    """Every candidate in ``text``, in reading order; ``published`` resolves "Sunday"."""
    from claimtrack.extract import reader

    return reader.read(text, published=published)[0]


def read(text: str, *, published=None, title: str | None = None) -> tuple[list[Candidate], tuple]:
    """Every candidate in ``text`` and the incidents the article speaks of; see
    :func:`claimtrack.extract.reader.read`."""
    from claimtrack.extract import reader

    return reader.read(text, published=published, title=title)


def align(candidates: list[Candidate], known_keys: set[str], text: str, plan=None, events: tuple = ()) -> list[Candidate]:
    """Keys made to meet the ones the case has; see :func:`claimtrack.extract.reader.align`."""
    from claimtrack.extract import reader

    return reader.align(candidates, known_keys, text, plan, events)
