"""Months, weekdays and the words that place a moment in them: plain data."""

# Each month's names, the full name first.
MONTHS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)

# Abbreviations that are also words or names ("Mar-a-Lago", "Jun" as a given name): running
# text must write them with their dot ("Mar.") to be taken for a month.
MONTHS_DOTTED_ONLY = {"mar", "jun", "jul", "sep"}

# Each weekday's names from Monday, the full name first. Running text is searched for the
# full names only: the short forms are words too ("sun", "sat", "wed").
WEEKDAYS = (
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"),
)

# Parts of a day, dropped when a day is read ("Tuesday night" is Tuesday).
TIMES_OF_DAY = {"morning", "afternoon", "evening", "night", "dawn", "dusk", "midday", "noon", "midnight",
                "daybreak", "lunchtime", "nightfall", "sunrise", "sunset", "am", "pm"}

# Parts of a month (days) and of a year (months): "late March", "early 2023".
MONTH_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
               "middle": (11, 20), "late": (21, 31), "end": (21, 31)}
YEAR_PARTS = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
              "late": (9, 12), "end": (9, 12)}

# Which quarter: "the third quarter", "Q3".
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Words around a date that change nothing ("on the 16th of April").
FILLERS = {"on", "the", "of", "at", "in", "during", "from", "since", "as", "occurred", "happened"}
