"""One vocabulary: every unit, currency and month the value reader knows is found in running text.

The reader (claimtrack.values) and the finder (claimtrack.extract) are both built from
claimtrack.values.lexicon; these tests walk that lexicon, put each name in a sentence of its
kind, and check that extraction proposes a candidate whose value reads as the reader reads the
figure alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack import extract, values
from claimtrack.values.lexicon import calendar, money, numbers, qualifiers, units

PUBLISHED = date(2024, 5, 1)


def _names(kind):
    return [(name, unit) for k, unit, _, _, names in units.UNITS if k == kind for name in names.split("|")
            if name not in units.NOT_IN_RUNNING_TEXT]


def _glued(name):
    return name in units.GLUED_LETTERS


def _figure(name):
    """The figure as running text writes it: glued letters in their case ("30C"), others after a space."""
    return f"12{units.GLUED_LETTERS[name]}" if _glued(name) else f"12 {name}"


def _found(sentence, figure, kind):
    """The reading of every candidate whose quote holds the figure."""
    expected = values.normalize(figure, kind=kind)
    assert expected.type == kind, (figure, expected)
    got = [values.normalize(c.value, ref_date=PUBLISHED, kind=c.value_type).canonical()
           for c in extract.extract(sentence, published=PUBLISHED) if figure.lower() in c.quote.lower()]
    return expected.canonical(), got


@pytest.mark.parametrize("name, unit", _names("quantity"))
def test_every_quantity_unit_is_found(name, unit):
    figure = _figure(name)
    expected, got = _found(f"Crews hauled {figure} of debris from the riverbank.", figure, "quantity")
    assert got == [expected]


@pytest.mark.parametrize("name, unit", _names("duration"))
def test_every_duration_unit_is_found(name, unit):
    expected, got = _found(f"The walkout lasted 12 {name}, the union said.", f"12 {name}", "duration")
    assert got == [expected]


@pytest.mark.parametrize("name, unit", _names("percent"))
def test_every_percent_unit_is_found(name, unit):
    expected, got = _found(f"Inflation rose to 12 {name} in March, the bureau said.", f"12 {name}", "percent")
    assert got == [expected]


_AFTER = (sorted(money.NAMES) + sorted(money.SHARED_NAMES) + sorted(c.upper() for c in money.CODES)
          + sorted(name for name in money.MINOR_UNITS if len(name) > 1))
_BEFORE = (sorted(money.SYMBOLS) + [p.upper() + "$" for p in sorted(money.DOLLAR_PREFIXES)]
           + [a.capitalize() + " " for a in sorted(money.BEFORE) if " " not in a]
           + [c.upper() + " " for c in sorted(money.CODES)])


@pytest.mark.parametrize("name", _AFTER)
def test_every_currency_written_after_the_figure_is_found(name):
    figure = f"12 million {name}"
    expected, got = _found(f"The bridge cost {figure}, the council said.", figure, "money")
    assert got == [expected]


@pytest.mark.parametrize("sign", _BEFORE)
def test_every_currency_written_before_the_figure_is_found(sign):
    figure = f"{sign}12 million"
    expected, got = _found(f"The bridge cost {figure}, the council said.", figure, "money")
    assert got == [expected]


@pytest.mark.parametrize("sign", sorted(name for name in money.MINOR_UNITS if len(name) == 1))
def test_every_minor_unit_glued_to_the_figure_is_found(sign):
    figure = f"40{sign}"
    expected, got = _found(f"A loaf of bread cost {figure}, the bakery said.", figure, "money")
    assert expected == f"money 0.4 {money.MINOR_UNITS[sign]}" and got == [expected]


def test_a_pound_is_never_guessed():
    """A weight and several currencies: kept as text unless the value is said to be a quantity."""
    for raw in ("5 pounds", "twenty million pounds"):
        assert values.normalize(raw).type == "text" and "weight" in values.normalize(raw).note
        assert values.normalize(raw, kind="money").type == "text"
    assert values.normalize("5 pounds", kind="quantity").canonical() == "quantity 2.26796185 kg"
    assert extract.extract("Police seized 40 pounds of cannabis and 3 million pounds in cash.",
                           published=PUBLISHED) == []


_MONTHS = [(number, name, names[0]) for number, names in enumerate(calendar.MONTHS, start=1) for name in names]


@pytest.mark.parametrize("number, name, full", _MONTHS)
def test_every_month_is_found(number, name, full):
    written = name.capitalize() + ("" if name == full else ".")  # "Sept." as running text abbreviates
    figure = f"{written} 12, 2021"
    expected, got = _found(f"The summit opened on {figure}, officials said.", figure, "date")
    assert expected == f"date 2021-{number:02d}-12"
    assert got == [expected]


@pytest.mark.parametrize("number, names", list(enumerate(calendar.WEEKDAYS)))
def test_every_weekday_is_found(number, names):
    day = names[0].capitalize()
    expected, got = _found(f"The summit opened on {day}, officials said.", day, "date")
    assert expected == f"date ? weekday:{('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')[number]}"
    assert got == [values.normalize(day, ref_date=PUBLISHED).canonical()]


def _count(sentence, figure):
    """The readings of the candidates whose value is the figure (with what the finder took around it)."""
    return [values.normalize(c.value, ref_date=PUBLISHED, kind=c.value_type).canonical()
            for c in extract.extract(sentence, published=PUBLISHED) if figure.lower() in c.value.lower()]


@pytest.mark.parametrize("word", sorted(set(numbers.SMALL) | set(numbers.TENS)))
def test_every_number_word_is_found(word):
    expected = values.normalize(word).canonical()
    assert _count(f"The blast killed {word} people, police said.", word) == [expected]


@pytest.mark.parametrize("scale", sorted(numbers.SCALE_AFTER_DIGITS))
def test_every_scale_word_is_found(scale):
    figure = f"12{scale}" if len(scale) == 1 else f"12 {scale}"
    expected = values.normalize(f"{figure} people").canonical()
    assert _count(f"The flood displaced {figure} people, officials said.", figure) == [expected]


@pytest.mark.parametrize("vague", sorted(numbers.VAGUE_PLURAL) + [f"{m} hundred" for m in sorted(numbers.VAGUE_MULT)])
def test_every_vague_quantity_is_found(vague):
    expected = values.normalize(f"{vague} people").canonical()
    assert _count(f"The flood displaced {vague} people, officials said.", vague) == [expected]


_QUALIFIERS = sorted(p for p, meaning in qualifiers.BEFORE.items()
                     if p[0].isalpha() and meaning not in ("skip", "between", "aged", "mag", "one")
                     and p not in qualifiers.NOT_IN_RUNNING_TEXT)


@pytest.mark.parametrize("qualifier", _QUALIFIERS)
def test_every_qualifier_is_found_with_its_figure(qualifier):
    figure = f"{qualifier} 120"
    expected = values.normalize(f"{figure} people").canonical()
    assert _count(f"The flood displaced {figure} people, officials said.", figure) == [expected]


_HOLIDAYS = sorted({*calendar.FIXED_HOLIDAYS, *calendar.EASTER_HOLIDAYS, *calendar.NTH_WEEKDAY_HOLIDAYS,
                    *calendar.AMBIGUOUS_HOLIDAYS})


def _written(name):
    """A holiday as running text writes it: "New Year's Day", "MLK Day", "Eid al-Fitr"."""
    return " ".join(word.upper() if len(word) <= 3 and word not in ("day", "eve", "al", "new", "may", "all", "st")
                    else "-".join(part.capitalize() if part != "al" else part for part in word.split("-"))
                    for word in name.split())


@pytest.mark.parametrize("name", _HOLIDAYS)
def test_every_holiday_is_found_whole(name):
    """A holiday the reader knows is read as the reader reads it alone, in a sentence where a
    date attaches to an event; one it keeps as text gives no candidate, and never its weekday
    alone ("Good Friday" read as the last Friday)."""
    for figure in {_written(name), _written(name).replace("'", "’")}:  # straight and curly apostrophes
        alone = values.normalize(figure, ref_date=PUBLISHED, kind="date")
        assert alone.type in ("date", "text"), (figure, alone)
        found = [c for c in extract.extract(f"The summit opened on {figure}, officials said.", published=PUBLISHED)
                 if c.key.endswith(".date")]
        if alone.type == "text":
            assert found == [], (figure, alone.note)
        else:
            assert [(c.value, values.normalize(c.value, ref_date=PUBLISHED, kind="date").canonical())
                    for c in found] == [(figure, alone.canonical())]


@pytest.mark.parametrize("sentence", [
    "A fire broke out at a Christmas market on Sunday, officials said.",
    "The Halloween parade was cancelled on Sunday after the storm.",
])
def test_a_one_word_holiday_before_a_noun_is_the_season_not_the_day(sentence):
    dates = [c.value for c in extract.extract(sentence, published=PUBLISHED) if c.value_type == "date"]
    assert all(value == "Sunday" for value in dates), dates


@pytest.mark.parametrize("sentence, person", [
    ("Jane Okafor died on St. Patrick's Day after the crash, police said.", "jane-okafor"),
    ("The boy died on Valentine’s Day, two days after he was shot.", None),
])
def test_a_day_named_for_a_saint_is_no_one_s(sentence, person):
    dates = [c.key for c in extract.extract(sentence, published=PUBLISHED) if c.value_type == "date"]
    assert dates == [f"{person}.death.date" if person else "death.date"]
