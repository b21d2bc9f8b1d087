"""What extraction hands back: a candidate claim; what a rule hands the driver: a figure found;
and the limits every rule keeps to (how long a quote, how far a figure's words are looked for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date

from claimtrack import values


MAX_QUOTE = 160
# How far from a figure its words are looked for (an event, an incident, a clause's bounds): in a run-on
# "sentence" of many thousand characters, every figure would otherwise scan all of it.
REACH = 400
LEAD_CHARS = 800  # an article's lead: what it says first is what it is about
MAX_STATEMENT = 2000


@dataclass(frozen=True)
class Candidate:
    """One proposed claim: ``text[start:end] == quote``, where ``text`` is the article's, or its
    headline's when ``field`` is "title"."""

    statement: str
    quote: str
    start: int
    end: int
    key: str
    value: str
    value_type: str
    attribution: str | None = None
    field: str | None = None
    rule: str | None = dataclass_field(default=None, compare=False, repr=False)  # the rule that proposed it (rules.RULES)


KEY = re.compile(r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+")
# Subjects of figures that are no incident's own: a running tally ("incident-2024-to-date",
# "fighting-since-2011") and a past year's count ("incident-in-2019", which the case's plan keeps
# apart unless the case's incident is of that year)
TALLY_LABEL = re.compile(r"-(?:since-[a-z0-9-]+|(?:\d{4}-)?to-date)$")
YEAR_LABEL = re.compile(r"-in-(?P<year>\d{4})$")


@dataclass(slots=True)
class Found:
    """A figure a rule read: its words (``start`` to ``end``), its key and value, where the
    value starts, its kind, and the rule that read it.

    ``key`` None: the rule read the figure but proposes nothing. What a later rule may use
    of it is noted: ``status``, what happened to the people counted, with where the figure
    starts ("12 were killed, including 5 children": the children's status); ``thing``, the
    thing counted, what was done to it and where its noun ends ("fired 40 missiles and 35
    drones": the drones were fired too).
    """

    start: int
    end: int
    key: str | None
    value: str
    vstart: int
    kind: str | None = None
    rule: str | None = None
    status: tuple[str, int] | None = None
    thing: tuple[str, str, int] | None = None


@dataclass(frozen=True)
class Prior:
    """What the rules run so far read that a rule may build on, passed to each rule in turn.

    ``status``: the last status a count of people read in the article, with where that count
    starts; ``sentence_status`` the same in one sentence, with its index; ``thing``: the last
    counted thing whose fate was read, with its sentence's index (see :class:`Found`).
    """

    status: tuple[str, int] | None = None
    sentence_status: tuple[int, str, int] | None = None
    thing: tuple[int, str, str, int] | None = None

    def status_in(self, sentence: int) -> tuple[str, int] | None:
        s = self.sentence_status
        return (s[1], s[2]) if s is not None and s[0] == sentence else None

    def thing_in(self, sentence: int) -> tuple[str, str, int] | None:
        t = self.thing
        return t[1:] if t is not None and t[0] == sentence else None

    def after(self, found: Found, sentence: int) -> Prior:
        """What the rules that follow may use, once ``found`` (read in ``sentence``) is read."""
        if found.status is None and found.thing is None:
            return self
        prior = self
        if found.status is not None:
            prior = Prior(found.status, (sentence, *found.status), prior.thing)
        if found.thing is not None:
            prior = Prior(prior.status, prior.sentence_status, (sentence, *found.thing))
        return prior


_PLAIN = {
    "count": re.compile(r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than)\s)?"
                        r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,5})", re.IGNORECASE),
    "date": re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"),
    "year": re.compile(r"(?:1[89]|20)\d\d"),
    "percent": re.compile(r"\d{1,2}(?:\.\d)?%"),
}


def plain_type(value: str, kind: str | None) -> str | None:
    """The type of wordings so plain that reading them would only confirm it."""
    pattern = _PLAIN.get(kind or "")
    return kind if pattern is not None and pattern.fullmatch(value) else None


def normalize(value: str, published: date | None, kind: str | None):
    return values.normalize(value, ref_date=published, kind=kind)  # cached there


def value_words(raw: str) -> str:
    return " ".join(raw.split())


EXAMPLE_DAY = date(2024, 3, 12)  # a Tuesday: what the rules' examples are read as published on


@dataclass(frozen=True)
class Example:
    """A text a rule reads, with every candidate extraction gives for it, as ``(key, value,
    quote)`` in reading order: the rule's own and any other rule's, so that an extra
    candidate fails it as a missing one does. ``xfail``: why the output is not yet this."""

    text: str
    expected: tuple[tuple[str, str, str], ...]
    published: date | None = EXAMPLE_DAY
    xfail: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Rule:
    """One rule: what it reads, where in the order it runs, and its examples.

    ``stage``: "value" (tried on every value of its ``kind`` the value pattern finds, in
    reading order, with what the rules before found, see :class:`Prior`), "article" (reads
    the article's words itself), "candidates" (narrows the keys of what the rules before
    proposed), or "headline" (admits figures only the headline states). ``read`` is the
    function; ``negatives`` are texts from which it must propose nothing; ``in_headlines``:
    whether it runs on a headline too."""

    name: str
    stage: str
    read: object
    reads: str
    examples: tuple[Example, ...] = ()
    negatives: tuple[str, ...] = ()
    kind: str | None = None
    in_headlines: bool = True


def examples(block: str) -> tuple[Example, ...]:
    """A rule's examples as its module writes them: each text on a line of its own (``title ||
    text`` for one read with a headline), then, indented, every candidate extraction gives for
    it as ``key | value | quote``, in reading order, and, for one not yet read so, ``! why``."""
    out: list[Example] = []
    for line in block.strip("\n").splitlines():
        if not line.startswith("    "):
            title, _, text = line.rpartition(" || ")
            out.append(Example(text, (), title=title or None))
        elif line.strip().startswith("! "):
            out[-1] = replace(out[-1], xfail=line.strip()[2:])
        else:
            key, value, quote = line.strip().split(" | ")
            out[-1] = replace(out[-1], expected=(*out[-1].expected, (key, value, quote)))
    return tuple(out)


def negatives(block: str) -> tuple[Example, ...]:
    """Texts, one a line (``title || text`` for one read with a headline), from which a rule
    must propose nothing."""
    return tuple(examples("\n".join(line for line in block.strip("\n").splitlines())))
