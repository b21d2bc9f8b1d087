"""The rules, in the order they run.

Each rule is declared where it is written (``RULE``, ``DATES``...), with what it reads and
its examples: texts with every candidate extraction gives for them, and texts from which it
must propose nothing (tests/test_rules.py walks them all). The order:

1. value rules, one per kind of value, on each value the value pattern finds in reading
   order (money, percent, quantities, dates, years, duration adjectives, durations, counts;
   things are reached through counts), each given what the ones before read
   (:class:`claimtrack.extract.model.Prior`);
2. relative facets, on each figure a value rule reads;
3. article rules, which read the text themselves (first visits, sanctions, events named by how
   many they struck, the sides of a vote's tally, a curfew's hours, the time of day a happening came at,
   the day a plant is to stop);
4. candidate rules, which narrow the keys of what was proposed (conditions, places, the
   shot who survived);
5. the headline rule, on what the rules read in the headline.
"""

from __future__ import annotations

from claimtrack.extract import facets, qualifiers
from claimtrack.extract.patterns import VALUE_KINDS
from claimtrack.extract.rules import (closures, counts, curfews, dates, durations, facts, headline, money, multiples,
                                      percent, quantities, tallies, things, times)

RULES = (
    money.RULE, percent.RULE, quantities.RULE, dates.DATES, dates.YEARS, durations.ADJECTIVES, durations.DURATIONS,
    counts.RULE, things.RULE,
    facets.RELATIVE_FACETS,
    facts.FIRST_VISITS, facts.SANCTIONS, multiples.MULTIPLES, tallies.RULE, curfews.RULE, times.RULE, closures.RULE,
    qualifiers.CONDITIONS, qualifiers.PLACES, qualifiers.SHOT_AND_SURVIVED,
    headline.RULE,
)

# by the kind of value the pattern found (its kinds are tried in this order at each place)
VALUE_RULES = {rule.kind: rule.read for rule in RULES if rule.stage == "value" and rule.kind}
assert tuple(VALUE_RULES) == tuple(VALUE_KINDS), "a value rule for each kind of value, in the pattern's order"
ARTICLE_RULES = tuple(rule for rule in RULES if rule.stage == "article")
CANDIDATE_RULES = tuple(rule for rule in RULES if rule.stage == "candidates")
