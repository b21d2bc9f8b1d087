"""Words that bound, soften or pad a figure: plain data.

Each phrase maps to what it does to the figure it stands by:
ge/gt (at least / more than), le/lt (up to / fewer than), approx (about),
nearly (just below), gt_near (just above), odd ("40-odd"), filler and skip
(change nothing: a word of the figure, or one around it), and a few that change
how the rest is read (between, aged, mag, one).
"""

# Phrases before a figure ("at least 40").
BEFORE = {
    # lower bounds
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "not less than": "ge",
    "not fewer than": "ge", "a minimum of": "ge", "minimum of": "ge", "minimum": "ge", "≥": "ge", "> =": "ge",
    "as few as": "ge",
    "more than": "gt", "over": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt",
    "upward of": "gt", "greater than": "gt", "exceeding": "gt", "north of": "gt", "well over": "gt",
    # a verb that says the figure was passed: "now exceeds $47 billion", "the toll has topped 100"
    "exceeds": "gt", "exceeded": "gt", "surpassed": "gt", "surpasses": "gt", "topped": "gt", "tops": "gt",
    # ("has passed 1,500", with its auxiliary: "the bill passed 52 to 48" is a vote)
    "has passed": "gt", "have passed": "gt", "had passed": "gt", "has now passed": "gt",
    "well above": "gt", "well in excess of": "gt", "well more than": "gt", ">": "gt",
    "just over": "gt_near", "just above": "gt_near", "just more than": "gt_near", "slightly more than": "gt_near",
    "a little over": "gt_near", "a little more than": "gt_near", "slightly over": "gt_near",
    # upper bounds
    "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt", "well under": "lt",
    "well below": "lt", "<": "lt",
    "just under": "nearly", "just below": "nearly", "just shy of": "nearly", "just short of": "nearly",
    "slightly less than": "nearly", "slightly fewer than": "nearly", "a little under": "nearly",
    "a little less than": "nearly", "nearly": "nearly", "almost": "nearly", "approaching": "nearly",
    "close to": "approx",
    "up to": "le", "as many as": "le", "as much as": "le", "at most": "le", "no more than": "le",
    "not more than": "le", "a maximum of": "le", "maximum of": "le", "at the most": "le", "within": "le",
    "≤": "le", "< =": "le",
    # about
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "approx": "approx", "circa": "approx", "ca": "approx", "~": "approx",
    "≈": "approx", "an estimated": "approx", "estimated": "approx", "est": "approx",
    "in the region of": "approx", "on the order of": "approx", "of the order of": "approx",
    "give or take": "approx", "more or less": "approx", "an approximate": "approx",
    # words of the figure that change nothing ("exactly 40", "a total of 40")
    "exactly": "filler", "precisely": "filler", "only": "filler", "just": "filler", "a total of": "filler",
    "total of": "filler", "total": "filler", "another": "filler", "an additional": "filler", "additional": "filler",
    "an extra": "filler", "extra": "filler", "a further": "filler", "further": "filler", "a reported": "filler",
    "a record": "filler", "record": "filler", "a staggering": "filler", "a whopping": "filler", "a mere": "filler",
    "a modest": "filler",
    # words around it that change nothing either, but are no part of it ("rose to 41")
    "the": "skip", "all": "skip", "reportedly": "skip", "officially": "skip", "at": "skip", "of": "skip",
    "to": "skip", "for": "skip", "lasting": "skip",
    "a single": "one", "single": "one",
    "between": "between", "from": "between", "aged": "aged", "age": "aged",
    "magnitude": "mag", "a magnitude": "mag", "magnitude as": "mag",  # "gave the magnitude as 7.0"
}

# Phrases the finder does not take with a figure in running text, and why; the reader still
# reads them in a value ("within 3 days": at most 3 days).
NOT_IN_RUNNING_TEXT = {
    "within": "in running text, a time after something ('within 3 minutes of the crash'), not a bound",
    "minimum": "in running text, an adjective of what follows as often ('a minimum 10-year sentence')",
}

# Phrases after a figure ("40 or more").
AFTER = {
    "or more": "ge", "or over": "ge", "or above": "ge", "or higher": "ge", "and more": "ge",
    "and above": "ge", "and up": "ge", "plus": "ge", "+": "ge", "and counting": "ge", "and rising": "ge",
    "at least": "ge", "at a minimum": "ge", "minimum": "ge", "or so": "approx", "or thereabouts": "approx",
    "odd": "odd", "something": "something", "or fewer": "le", "or less": "le", "or under": "le",
    "at most": "le", "at the most": "le", "maximum": "le", "max": "le", "at the latest": "le",
    "approximately": "approx", "roughly": "approx", "or nearly so": "approx", "give or take": "approx",
    "or greater": "ge", "and over": "ge", "and upwards": "ge", "or upwards": "ge", "or older": "ge",
    "and older": "ge", "and under": "le", "or below": "le", "and below": "le", "or lower": "le",
    "and fewer": "le", "and less": "le", "or younger": "le", "and younger": "le",
}

# Words that join a lower bound to an upper one: "more than 100 but fewer than 300".
TWO_SIDED = {"but", "and", "yet"}

# Words that lead in to a figure without changing it ("the toll rose to 41").
LEADS = {"of", "to", "at", "by", "is", "was", "were", "are", "reached", "hit", "totalled", "totaled",
         "numbered", "stood", "stands", "cost", "costing", "worth", "valued"}

NEGATIONS = {"not", "no", "never", "without", "nor", "neither"}
