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

# Decades in words: "the eighties" are the 80s.
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90}

# Words before a decade that make it an age, not years: "in his 80s", "in their early twenties".
AGE_OWNERS = {"his", "her", "their", "my", "your", "our", "its"}

# Holidays on the same day every year: name -> (month, day).
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "hogmanay": (12, 31), "valentine's day": (2, 14),
    "halloween": (10, 31), "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "st george's day": (4, 23),
    "st andrew's day": (11, 30), "st david's day": (3, 1), "bastille day": (7, 14), "guy fawkes night": (11, 5),
    "bonfire night": (11, 5), "juneteenth": (6, 19), "armistice day": (11, 11), "remembrance day": (11, 11),
    "veterans day": (11, 11), "all saints' day": (11, 1), "all souls' day": (11, 2), "epiphany": (1, 6),
    "international women's day": (3, 8), "may day": (5, 1), "anzac day": (4, 25), "australia day": (1, 26),
    "canada day": (7, 1),
}

# Holidays counted from Easter Sunday: name -> days after it. Western and Orthodox Easter fall on
# different days in most years: a bare "Easter" is read only in a year when they meet.
EASTER_HOLIDAYS = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "holy saturday": -1,
    "easter monday": 1, "palm sunday": -7, "maundy thursday": -3, "holy thursday": -3, "ash wednesday": -46,
    "shrove tuesday": -47, "mardi gras": -47, "pancake day": -47, "ascension day": 39, "pentecost": 49,
    "whit sunday": 49, "whitsun": 49, "whit monday": 50,
}
EASTER_CHURCHES = {"western": "western", "catholic": "western", "orthodox": "orthodox"}

# Holidays on the nth weekday of a month (n = -1: the last): name -> (month, weekday from Monday = 0, n).
NTH_WEEKDAY_HOLIDAYS = {
    "martin luther king day": (1, 0, 3), "martin luther king jr day": (1, 0, 3), "mlk day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "us thanksgiving": (11, 3, 4), "american thanksgiving": (11, 3, 4),
    "canadian thanksgiving": (10, 0, 2), "remembrance sunday": (11, 6, 2),
}

# Names whose day depends on the country, or on a lunar calendar not computed here: kept as text.
AMBIGUOUS_HOLIDAYS = {
    "thanksgiving": "the US (November) and Canada (October) keep it on different days",
    "independence day": "each country has its own",
    "national day": "each country has its own",
    "labour day": "a different day in different countries",
    "labor day": "a different day in different countries",
    "memorial day": "a different day in different countries",
    "victory day": "8 or 9 May, by country",
    "mother's day": "a different day in different countries",
    "father's day": "a different day in different countries",
    "election day": "a different day in each election",
    "new year": "the calendar's, or a lunar one?",
    "lunar new year": "a lunar date, not computed here",
    "chinese new year": "a lunar date, not computed here",
    "ramadan": "a lunar date, not computed here",
    "eid": "a lunar date, not computed here",
    "eid al-fitr": "a lunar date, not computed here",
    "eid al-adha": "a lunar date, not computed here",
    "diwali": "a lunar date, not computed here",
    "hanukkah": "a lunar date, not computed here",
    "passover": "a lunar date, not computed here",
    "rosh hashanah": "a lunar date, not computed here",
    "yom kippur": "a lunar date, not computed here",
    # a weekday with a name: never the last such weekday before the report
    "black friday": "the day after US Thanksgiving; shops elsewhere keep their own",
    "cyber monday": "the Monday after US Thanksgiving; shops elsewhere keep their own",
    "super tuesday": "a different day in each primary season",
    "super saturday": "a different day in each primary season",
    "bloody sunday": "the name of more than one massacre, not a day of the calendar",
    "black monday": "the name of more than one market crash, not a day of the calendar",
    "black tuesday": "the name of more than one market crash, not a day of the calendar",
}

# Parts of a week (Monday = 0): "early last week", "the end of the week".
WEEK_PARTS = {"early": (0, 2), "beginning": (0, 2), "start": (0, 2), "mid": (1, 3), "middle": (1, 3),
              "late": (3, 6), "end": (3, 6)}
