"""Every extraction rule's own examples, as its module declares them (claimtrack.extract.rules).

A positive example is compared with everything extraction gives for its text, every
candidate's key, value and quote, so an extra candidate fails it as a missing or wrong one
does; a negative example must give nothing from the rule, whatever other rules find. An
example whose right output is not read yet is declared with why, and runs as a strict xfail.
"""

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.extract.patterns import VALUE_KINDS
from claimtrack.extract.rules import ARTICLE_RULES, CANDIDATE_RULES, RULES, VALUE_RULES

STAGES = ("value", "figure", "article", "candidates", "headline")


def _read(example):
    return extract.read(example.text, published=example.published, title=example.title)[0]


def _positives():
    for rule in RULES:
        for n, example in enumerate(rule.examples):
            marks = [pytest.mark.xfail(reason=example.xfail, strict=True)] if example.xfail else []
            yield pytest.param(rule, example, id=f"{rule.name}-{n}", marks=marks)


def _negatives():
    for rule in RULES:
        for n, example in enumerate(rule.negatives):
            yield pytest.param(rule, example, id=f"{rule.name}-{n}")


@pytest.mark.parametrize("rule,example", list(_positives()))
def test_a_rule_s_example_gives_exactly_its_candidates(rule, example):
    got = [(c.key, c.value, c.quote) for c in _read(example)]
    assert got == list(example.expected)


@pytest.mark.parametrize("rule,example", list(_positives()))
def test_a_rule_s_example_is_read_by_that_rule(rule, example):
    if example.xfail:
        pytest.skip("not read as declared yet")
    assert rule.name in {c.rule for c in _read(example)}


@pytest.mark.parametrize("rule,example", list(_negatives()))
def test_a_rule_proposes_nothing_from_its_negative_examples(rule, example):
    assert [(c.key, c.value) for c in _read(example) if c.rule == rule.name] == []


def test_every_rule_has_examples_of_both_kinds():
    for rule in RULES:
        assert len([e for e in rule.examples if not e.xfail]) >= 2, rule.name
        assert rule.negatives, rule.name
        assert rule.reads, rule.name


def test_rules_are_declared_in_the_order_they_run():
    names = [rule.name for rule in RULES]
    assert len(set(names)) == len(names)
    assert [STAGES.index(rule.stage) for rule in RULES] == sorted(STAGES.index(rule.stage) for rule in RULES)
    # one value rule for each kind of value, in the order the value pattern tries the kinds
    assert list(VALUE_RULES) == list(VALUE_KINDS)
    assert [rule.name for rule in ARTICLE_RULES] == ["first-visits", "sanctions", "multiples", "tallies", "curfews",
                                                          "times", "closures"]
    assert [rule.name for rule in CANDIDATE_RULES] == ["conditions", "places", "shot-and-survived"]


def test_every_candidate_names_a_declared_rule():
    text = ("The quake killed 90 people on Monday. In the village of Somar, 12 people died. Revenue fell to "
            "2.1 billion dollars from 2.6 billion dollars. Helena Varga, making her first official visit abroad, "
            "arrived in Rome.")
    found = extract.read(text, published=None, title="Quake Kills 90 in Somar")[0]
    names = {rule.name for rule in RULES}
    assert found and {c.rule for c in found} <= names
    assert {"counts", "places", "money", "relative-facets", "first-visits"} <= {c.rule for c in found}


def test_no_module_binds_a_top_level_name_twice():
    # a pattern defined twice in one module silently replaces the first: the rule written against it then
    # runs with the other one (it happened to a date rule's "ahead" words)
    import ast
    from collections import Counter
    from pathlib import Path

    import claimtrack

    twice = {}
    for path in Path(claimtrack.__file__).parent.rglob("*.py"):
        names: Counter = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
                if isinstance(node, ast.AnnAssign) else []
            names.update(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        bound = sorted(name for name, n in names.items() if n > 1)
        if bound:
            twice[path.name] = bound
    assert twice == {}
