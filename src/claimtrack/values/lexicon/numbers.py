"""Number words in news wording: plain data.

A small hand table, because libraries such as text2num/word2number miss
hyphenated adjectives ("three-day", "twenty-five-year") and vague quantities.
"""

SMALL = {
    "zero": 0, "nought": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}

TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Multipliers that close a group ("two thousand", "five crore").
BIG = {
    "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7,
    "crores": 1e7, "billion": 1e9, "trillion": 1e12,
}

# Scale words written after digits ("1.5 million", "2bn", "$300k"). "m" and "b"
# are in LETTER_SCALES, because they are also a unit and a letter.
SCALE_AFTER_DIGITS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "mil": 1e6, "crore": 1e7, "crores": 1e7,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "dozen": 12,
}

# Letters that scale a figure glued to them only with money or before a noun ("$5b", "5m people");
# else "5m" is metres, "5b" nothing.
LETTER_SCALES = {"m": 1e6, "b": 1e9}

FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}

# Shares said in words beyond FRACTIONS: "a fifth", "three tenths".
SHARE_FRACTIONS = {
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6, "seventh": 1 / 7, "sevenths": 1 / 7,
    "eighth": 1 / 8, "eighths": 1 / 8, "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
}

# Fractions written as one character.
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

# Vague multipliers: (low, high), both inclusive; may be followed by a scale
# word ("several hundred" = 300..900, "a few thousand" = 2000..5000).
VAGUE_MULT = {
    "a couple of": (2, 3), "a couple": (2, 3), "couple of": (2, 3),
    "a few": (2, 5), "a handful of": (2, 5), "a handful": (2, 5),
    "handful of": (2, 5), "several": (3, 9),
}

# Vague plurals: (low, high) with the high end excluded: each means "at least two
# of the unit, and fewer than the next word up" ("dozens" = 24..<100).
VAGUE_PLURAL = {
    "dozens": (24, 100), "scores": (40, 200), "hundreds": (200, 1e3),
    "thousands": (2e3, 1e4), "tens of thousands": (2e4, 1e5),
    "hundreds of thousands": (2e5, 1e6), "millions": (2e6, 1e7),
    "tens of millions": (2e7, 1e8), "hundreds of millions": (2e8, 1e9),
    "billions": (2e9, 1e10), "tens of billions": (2e10, 1e11),
    "hundreds of billions": (2e11, 1e12), "trillions": (2e12, 1e13),
}

# Words that make a whole wording too vague to put a number on.
TOO_VAGUE = {"many", "numerous", "countless", "multiple", "various", "some", "few", "lots", "plenty"}

ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}

# Ordinals in words: the day of a month ("the twenty-second of June" is "twenty" and "second"),
# never an amount ("twenty second" is no twenty seconds).
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100,
}

# "A triple shooting", "a double homicide": an event named by how many people it struck. Read as
# that count only before one of these nouns: "double" alone is a change ("prices doubled"), and
# "a double bombing" counts bombings, not people.
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
MULTIPLE_NOUNS = {"shooting", "homicide", "murder", "killing", "stabbing", "slaying"}
MULTIPLE_FATAL = {"fatal", "deadly"}  # "a double fatal shooting": both died
