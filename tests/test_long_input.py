"""Reading a very long run-on "sentence" costs what its length does, not its square.

Each figure's rules look for their words (an event, an incident, a clause's
bounds, a person) within extract.REACH characters of it, and a place where no
value starts is tried once, not once for every figure after it. Work is
counted here, not timed: the time itself is in benchmarks/.
"""

from __future__ import annotations

from datetime import date

from claimtrack import extract
from claimtrack.extract.context import Context

PUB = date(2024, 5, 1)


def test_every_figure_looks_within_reach_of_itself(monkeypatch):
    spans = []
    real_clause, real_incidents = Context.clause, Context.incidents_in

    def clause(self, sentence, pos):
        found = real_clause(self, sentence, pos)
        spans.append(found[1] - found[0])
        return found

    def incidents_in(self, start, end):
        spans.append(end - start)
        return real_incidents(self, start, end)

    monkeypatch.setattr(Context, "clause", clause)
    monkeypatch.setattr(Context, "incidents_in", incidents_in)
    text = "The attack on the town " + "on April 16, killing 5 people, " * 2000 + "ended."
    found = extract.extract(text, published=PUB)
    assert found and spans
    assert max(spans) <= 2 * extract.REACH + 100  # a figure's own words, not the 60,000 characters around it


def test_a_place_where_no_value_starts_is_tried_once(monkeypatch):
    tried = []
    real = Context.value_at
    monkeypatch.setattr(Context, "value_at", lambda self, start: (tried.append(start), real(self, start))[1])
    text = "It cost " + "$" * 20_000 + "."
    assert extract.extract(text, published=PUB) == []
    assert len(tried) == len(set(tried)) <= len(text)
