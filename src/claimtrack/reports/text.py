"""The fixed prose of a report, as plain text: each format escapes and lays it out."""

from __future__ import annotations

METHODOLOGY: list[tuple[str, list[str]]] = [
    ("How claims are recorded", [
        "Each checkable detail of the story is recorded as a claim with a key naming what it is about "
        "(subject, attribute and facet) and a value as the outlet worded it. Every claim is anchored to the "
        "verbatim words of at least one article: the quote, its exact position in the stored text and the "
        "words around it, so it can be found again and re-checked against the article.",
        "The work on a claim (unverified, in review, done) is kept apart from its verdict, and every change "
        "of status, verdict or conflict decision is kept with its time and author. Evidence notes are "
        "append-only.",
    ]),
    ("How values are compared", [
        "Values are normalized before they are compared: counts, quantities with units, money, percentages, "
        "durations, dates and date ranges, years and yes/no. Comparison allows for tolerance: \"at least 40\" "
        "is compatible with 52 but not with 35, and \"April\" is compatible with \"April 16\". Relative dates "
        "such as \"Sunday\" are read against the publication date of the article that states them.",
        "Two outlets conflict on a key when their normalized values cannot both be true. Values that are kept "
        "as free text are never counted as conflicts; they are listed side by side for a reader to judge.",
    ]),
    ("What counts as independent sources", [
        "Each side of a conflict counts its independent sources: articles from the same outlet count once, "
        "articles that credit the same origin (\"according to TASS\") count once, and articles that carry the "
        "same wording around the quote (a copied wire story) count once.",
    ]),
    ("Unresolved relative dates", [
        "A relative date that cannot be read against a known publication date (\"Sunday\" in an article whose "
        "date is unknown) is reported as unresolved. It is never counted as a conflict, and it is never "
        "guessed.",
    ]),
    ("Unknown metadata", [
        "Where an article does not say its outlet, title, author, date or address, this report says "
        "\"unknown\". Nothing is inferred or invented.",
    ]),
]

RATING_NOTE = (
    "ClaimReview ratings use a 1 to 5 scale: false 1, mostly false 2, mixed 3, mostly true 4, true 5 "
    "(worst 1, best 5). An unproven claim is not placed on that scale: its rating carries the name "
    "\"Unproven\" with no rating value."
)
