"""Number words, qualifiers, units, currencies, months, weekdays and holidays, as running text writes them.

Not kept here: they are the value reader's vocabulary (claimtrack.values.lexicon), so that
what a value can be read in is also found in running text.
"""

from __future__ import annotations

from claimtrack.values.lexicon import calendar as _calendar
from claimtrack.values.lexicon import money as _money
from claimtrack.values.lexicon import numbers as _numbers
from claimtrack.values.lexicon import qualifiers as _qualifiers
from claimtrack.values.lexicon import units as _units


# Not kept here: they are the value reader's vocabulary (claimtrack.values.lexicon), so that
# what a value can be read in is also found in running text. Below, as running text writes it.

SMALL_NUMBERS = tuple(_numbers.SMALL)  # "zero" to "nineteen"

TENS = tuple(_numbers.TENS)

DIGIT_WORDS = tuple(word for word, n in _numbers.SMALL.items() if 1 <= n <= 9)  # "twenty-one"

SCALE_WORDS = tuple(_numbers.BIG)  # after number words: "five thousand", "two crore"

SCALES_AFTER_DIGITS = tuple(word for word in _numbers.SCALE_AFTER_DIGITS if len(word) > 1)  # "1.5 million", "2bn"

SCALE_LETTERS = tuple(word for word in _numbers.SCALE_AFTER_DIGITS if len(word) == 1) + tuple(_numbers.LETTER_SCALES)

VAGUE_PLURALS = tuple(_numbers.VAGUE_PLURAL)  # "dozens", "tens of thousands"

VAGUE_MULTIPLIERS = tuple(_numbers.VAGUE_MULT)  # before a scale word: "several hundred", "a few thousand"

FRACTION_WORDS = tuple(_numbers.FRACTIONS) + tuple(_numbers.SHARE_FRACTIONS)

# Words that bound a figure, soften it or belong to it ("at least", "about", "a total of"); not the
# words around it ("the", "to"), nor signs (">").
QUALIFIERS = tuple(phrase for phrase, meaning in _qualifiers.BEFORE.items()
                   if phrase[0].isalpha() and phrase not in _qualifiers.NOT_IN_RUNNING_TEXT
                   and meaning in ("ge", "gt", "gt_near", "lt", "nearly", "le", "approx", "filler"))


def _unit_names(kind: str, dimensions: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(name for k, unit, _, _, names in _units.UNITS if k == kind and (not dimensions or unit in dimensions)
                 for name in names.split("|")
                 if name not in _units.GLUED_LETTERS and name not in _units.NOT_IN_RUNNING_TEXT)


UNIT_NAMES = _unit_names("quantity")  # after a figure: "12 knots", "40 kWh", "3 nautical miles"

GLUED_UNIT_LETTERS = tuple(_units.GLUED_LETTERS.values())  # glued to it, in this case: "30C", "40t"

PERCENT_NAMES = _unit_names("percent")

DURATION_NAMES = _unit_names("duration")

# The units that say what a quantity measures, whatever the words around it.
SPEED_UNITS = _unit_names("quantity", ("km/h",))

# Bare "degrees" as a temperature (and a glued "C" or "F"); a bare "degree" is an angle as often ("a 90-degree turn").
TEMPERATURE_UNITS = _unit_names("quantity", ("C",)) + ("degrees", "°")

OIL_RATE_UNITS = _unit_names("quantity", ("bbl/d",))  # oil pumped or cut, a day

LENGTH_UNITS = _unit_names("quantity", ("km",))  # what a depth, a rainfall or a height is measured in

AREA_UNITS = _unit_names("quantity", ("km2",))

PRESSURE_UNITS = _unit_names("quantity", ("hPa",))  # a storm's central pressure

CURRENCY_SIGNS = tuple(sign for sign in _money.SYMBOLS if sign != "$")

DOLLAR_PREFIXES = tuple(prefix.upper() for prefix in _money.DOLLAR_PREFIXES)  # "US$", "HK$"

CURRENCY_CODES = tuple(code.upper() for code in _money.CODES)  # in capitals: "try", "pen" are words

CURRENCY_ABBREVIATIONS = tuple(a for a in _money.BEFORE if " " not in a)  # "Rs 5 crore", "RMB 3 billion"

# After a figure: "20 million euros"; "pounds" too, so that a weight in them is never taken for one.
CURRENCY_NAMES = tuple(_money.NAMES) + tuple(_money.SHARED_NAMES) + tuple(_money.WEIGHT_OR_MONEY) + tuple(
    name for name in _money.MINOR_UNITS if len(name) > 1)  # "50 cents"

MINOR_UNITS_GLUED = tuple(name for name in _money.MINOR_UNITS if len(name) == 1)  # "99¢", "20p"

# Months in capitals: full names, abbreviations with their dot, and without it where they are no word.
MONTH_NAMES = tuple(
    [names[0].capitalize() for names in _calendar.MONTHS]
    + [abbreviation.capitalize() + "." for names in _calendar.MONTHS for abbreviation in names[1:]]
    + [abbreviation.capitalize() for names in _calendar.MONTHS for abbreviation in names[1:]
       if abbreviation not in _calendar.MONTHS_DOTTED_ONLY]
)

MONTH_WORDS = tuple(name.capitalize() for names in _calendar.MONTHS for name in names)  # without dots
MONTH_NUMBERS = {name: number for number, names in enumerate(_calendar.MONTHS, 1) for name in names}  # lower-cased

WEEKDAY_NAMES = tuple(names[0].capitalize() for names in _calendar.WEEKDAYS)

# Holidays and named days, lower-cased, every one the date reader knows: the ones it reads
# ("Good Friday", "Christmas Eve") and the ones it keeps as text with why ("Black Friday",
# "Thanksgiving"): found whole, a named weekday is never read as the last such weekday.
HOLIDAY_NAMES = tuple(sorted({*_calendar.FIXED_HOLIDAYS, *_calendar.EASTER_HOLIDAYS,
                              *_calendar.NTH_WEEKDAY_HOLIDAYS, *_calendar.AMBIGUOUS_HOLIDAYS}))

CHURCHES = tuple(_calendar.EASTER_CHURCHES)  # "Orthodox Easter": whose Easter a holiday is counted from

# "a triple shooting": how many people an event struck (see claimtrack.values.lexicon.numbers)
MULTIPLES = tuple(_numbers.MULTIPLES)
MULTIPLE_NOUNS = tuple(_numbers.MULTIPLE_NOUNS)
MULTIPLE_FATAL = tuple(_numbers.MULTIPLE_FATAL)
